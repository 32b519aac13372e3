"""The files a live preview's rebuild writes into the site folder, known as it writes them.

The rendered-text gate reads, before the server answers, every file a rebuild wrote
(``Protection.preview_verdict``). The pages are given to it as MkDocs writes them; the other
files (the feeds, the sitemap, the 404 page, our scripts and styles, what another plugin
writes) were found by listing the whole site folder and comparing each file's time with the
rebuild's start: 10,369 ``stat`` calls at 5,000 decisions, after every save.

Instead, Python's audit hook (``sys.addaudithook``, PEP 578) tells this module of every file
this process opens for writing, copies, links or renames onto (MkDocs' ``write_file`` and
``copy_file``, ``shutil``, ``gzip``, our own writes, any plugin's): ``Recording`` keeps those
under the site folder while a rebuild runs. A file another process writes there is not seen:
the only one that does is Pagefind, whose bundle the preview's gate leaves to the build.

The hook is added once for the process (an audit hook cannot be removed) and does nothing
while no rebuild records.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from types import TracebackType

_WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
"""Flags of ``os.open`` that write."""

_ONTO = frozenset({"os.rename", "shutil.copyfile", "os.link", "os.symlink"})
"""Audit events whose second argument is a file made or replaced."""

_recording: Recording | None = None
_added = False
_adding = threading.Lock()


class Recording:
    """While inside (``with``), the files written under ``site``: ``paths()`` after."""

    def __init__(self, site: Path) -> None:
        self.unreadable = 0
        """Audit events whose arguments were not those CPython documents (none expected)."""
        self.site = os.path.abspath(site) + os.sep  # noqa: PTH100 (as MkDocs: no links resolved)
        self._paths: set[str] = set()

    def start(self) -> Recording:
        global _recording
        _add_hook()
        _recording = self
        return self

    def __enter__(self) -> Recording:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    def stop(self) -> None:
        global _recording
        if _recording is self:
            _recording = None

    def add(self, path: object) -> None:
        if isinstance(path, int) or path is None:  # a file descriptor: opened before
            return
        try:
            name = os.fsdecode(path)  # type: ignore[arg-type]
        except TypeError:
            return
        full = os.path.abspath(name)  # noqa: PTH100 (a string, cheaply: every file written)
        if full.startswith(self.site):
            self._paths.add(full)

    def written(self) -> list[tuple[str, Path]]:
        """Each file written under the site folder, with its address there; sorted."""
        cut = len(self.site)
        return sorted((full[cut:].replace(os.sep, "/"), Path(full)) for full in self._paths)


def _hook(event: str, args: tuple[object, ...]) -> None:
    recording = _recording
    if recording is None:
        return
    try:
        _record(recording, event, args)
    except Exception:  # an error here would fail the write itself
        recording.unreadable += 1


def _record(recording: Recording, event: str, args: tuple[object, ...]) -> None:
    if event == "open":
        path, mode, flags = args
        if isinstance(mode, str):
            writes = any(c in mode for c in "wax+")
        else:
            writes = isinstance(flags, int) and bool(flags & _WRITES)
        if writes:
            recording.add(path)
    elif event in _ONTO and len(args) > 1:
        recording.add(args[1])


def _add_hook() -> None:
    global _added
    with _adding:
        if not _added:
            sys.addaudithook(_hook)
            _added = True
