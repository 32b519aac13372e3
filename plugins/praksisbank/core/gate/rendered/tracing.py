"""Back to the source: a finding's key (``key_of``) and the line of a content file where it
starts as a reader reads it (``source_line_of``, ``SourceLines``).

Imports ``seen``, ``reading`` and ``visible``.
"""

from __future__ import annotations

import functools
import html
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from praksisbank.core.gate.rendered.reading import _NOT_DIGIT, readable
from praksisbank.core.gate.rendered.seen import Seen
from praksisbank.core.gate.rendered.visible import _ANY_TAG, _DROPPED

# -- back to the source ------------------------------------------------------------------------


def key_of(seen: Seen) -> str:
    """What ``source_line_of`` looks for: the value's first six digits, or its text (the
    value itself stays in memory; it is never printed)."""
    value = seen.text[seen.finding.offset : seen.finding.end]
    digits = _NOT_DIGIT.sub("", value)
    return digits[:6] if len(digits) >= 6 else value


def source_line_of(key: str, source: str) -> int | None:
    """The line of ``source`` (a content file) where ``key`` starts, as a reader reads it.

    ``key`` is a value's first six digits, looked for in the digits of the whole file with
    comments and tags dropped (so a number split over lines by a comment is found at its first
    digit), or, for a value with fewer digits (an e-mail address), its text, looked for line by
    line. ``None`` when the file does not hold it."""
    return _source_lines(source).line_of(key)


@functools.lru_cache(maxsize=4)
def _source_lines(source: str) -> SourceLines:
    """``SourceLines`` of the last few sources (a capped page has hundreds of findings to trace,
    each in the same megabyte)."""
    return SourceLines.of(source)


@dataclass(frozen=True, slots=True)
class SourceLines:
    """A content file read once as ``source_line_of`` reads it, to look for many keys in it
    (the site gate traces every value found on any page to its file)."""

    lines: tuple[str, ...]
    """Each line as a reader reads it, comments and tags dropped."""
    starts: tuple[int, ...]
    """Where each line's digits start in ``digits`` (a line without digits starts where the
    next one does)."""
    digits: str
    """The digits of the whole file, in order."""

    @classmethod
    def of(cls, source: str) -> SourceLines:
        source = _DROPPED.sub(lambda m: "\n" * m.group().count("\n"), source)
        lines = tuple(
            readable(html.unescape(_ANY_TAG.sub("", line))) for line in source.split("\n")
        )
        runs = [_NOT_DIGIT.sub("", line) for line in lines]
        starts = tuple(accumulate((len(run) for run in runs[:-1]), initial=0))
        return cls(lines, starts, "".join(runs))

    def line_of(self, key: str) -> int | None:
        """The line where ``key`` starts (see ``source_line_of``), else ``None``."""
        if not key.isdigit():
            return next((n for n, line in enumerate(self.lines, start=1) if key in line), None)
        at = self.digits.find(key)
        if at < 0:
            return None
        return bisect_right(self.starts, at)  # the line whose digits hold the key's first
