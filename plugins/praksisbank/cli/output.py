"""What the commands print, as a CI runner reads it.

A pull request's check runs these commands in a CI job whose runner reads every line of their
output for workflow commands (GitHub's ``::error …`` at a line's start, and its older ``##[…]``
anywhere in a line). Content reaches the output in many places (titles, reasons, file names,
exception texts), so while a command runs its standard output and error pass through
``problems.ci_safe`` line by line; the annotations the command means to write for GitHub go out
through ``annotate``, the one way round it.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator
from typing import TextIO

from praksisbank.core.base.problems import ci_safe


class _Safe(io.TextIOBase):
    """A text stream that writes whole lines to ``raw``, each made safe first; a line not yet
    ended waits for its end or a flush."""

    def __init__(self, raw: TextIO) -> None:
        super().__init__()
        self.raw = raw
        self._pending = ""

    def write(self, text: str) -> int:
        head, end, self._pending = (self._pending + text).rpartition("\n")
        if end:
            self.raw.write(ci_safe(head + end))
        return len(text)

    def flush(self) -> None:
        if self._pending:
            pending, self._pending = self._pending, ""
            self.raw.write(ci_safe(pending))
        self.raw.flush()

    def fileno(self) -> int:
        return self.raw.fileno()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.raw, "encoding", "utf-8")


@contextlib.contextmanager
def safe_streams() -> Iterator[None]:
    """Standard output and error made safe while the block runs, as they were after it."""
    out, err = sys.stdout, sys.stderr
    safe_out, safe_err = _Safe(out), _Safe(err)
    sys.stdout, sys.stderr = safe_out, safe_err
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
        for stream in (safe_out, safe_err):
            with contextlib.suppress(BrokenPipeError, ValueError):
                stream.flush()


def annotate(text: str) -> None:
    """Write the command's own workflow commands (``::error file=…``, built with their values
    escaped by ``problems.github_escaped``) to standard output as they are."""
    out = sys.stdout
    out.flush()
    raw = out.raw if isinstance(out, _Safe) else out
    raw.write(text + "\n")
