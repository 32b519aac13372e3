"""How the live preview learns that a file was saved: told by the kernel, not by looking.

MkDocs' server watches with watchdog's ``PollingObserver``: every half second it lists and
``stat``s every file under each watched folder and compares the list with the last one. At
5,000 decisions one look takes about 55 ms of CPU (the listing and the comparison, in a thread
of the server's process: it holds the interpreter's lock the rebuild needs), a save waits on
average a quarter of a second before it is seen, and the looks go on during the rebuild.

``observer`` gives the server an observer that watches each folder on a local file system
with Linux's inotify (a save is seen at once, and nothing runs between saves), and keeps
polling for the rest: a single file (``mkdocs.yml``: an editor that saves by renaming a new
file over it would end an inotify watch on the old one), a folder on a network or shared file
system (inotify is not told of changes made on another machine), and any system without
inotify. Only the events of a change are passed on: reading a file (the rebuild itself reads
every content file) raises none.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileAttribEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers.api import BaseObserver, ObservedWatch

CHANGES: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileAttribEvent,
    FileMovedEvent,
    FileClosedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
]
"""The events that say a file changed; not a file opened or closed after reading."""

LOCAL = frozenset(
    {"ext2", "ext3", "ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs", "f2fs", "jfs", "bcachefs"}
)
"""File systems whose changes inotify reports: those of this machine's own disks and memory."""


def file_system(path: Path, mounts: Path = Path("/proc/self/mounts")) -> str | None:
    """The type of the file system ``path`` is on (Linux's mount table), or None when it cannot
    be read."""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, found = -1, None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best, found = len(point), fields[2]
    return found


class Observers:
    """The server's observer: each folder on a local file system watched by inotify, every
    other path polled. It offers what MkDocs' server calls (``schedule``, ``unschedule``,
    ``start``, ``stop``, ``join``)."""

    def __init__(self, polling: BaseObserver, native: BaseObserver | None) -> None:
        self.polling = polling
        self.native = native
        self._native_watches: set[ObservedWatch] = set()
        self._polling = False

    def schedule(
        self, event_handler: FileSystemEventHandler, path: str, *, recursive: bool = False
    ) -> ObservedWatch:
        place = Path(path)
        if self.native is not None and place.is_dir() and file_system(place) in LOCAL:
            try:  # the native observer runs already: the watch is added here, or refused
                watch = self.native.schedule(
                    event_handler, path, recursive=recursive, event_filter=CHANGES
                )
            except OSError:  # no inotify watch left to this user: polled, as by MkDocs
                pass
            else:
                self._native_watches.add(watch)
                return watch
        return self.polling.schedule(event_handler, path, recursive=recursive)

    def unschedule(self, watch: ObservedWatch) -> None:
        if watch in self._native_watches:
            self._native_watches.discard(watch)
            assert self.native is not None
            self.native.unschedule(watch)
        else:
            self.polling.unschedule(watch)

    def start(self) -> None:
        self.polling.start()  # the native observer was started with this object
        self._polling = True

    def stop(self) -> None:
        self.polling.stop()
        if self.native is not None:
            self.native.stop()

    def join(self, timeout: float | None = None) -> None:
        if self._polling:  # MkDocs starts it only when it watches a path
            self.polling.join(timeout)
        if self.native is not None:
            self.native.join(timeout)


def observer(polling: BaseObserver) -> Any:
    """The observer for MkDocs' server, which made ``polling``: inotify beside it where the
    system has it (not Linux, or no inotify left to this user: polling alone, as MkDocs).
    The inotify observer is started here, so that a watch the system refuses is refused when
    it is scheduled (and that path polled), not later in the observer's thread."""
    if not hasattr(os, "uname") or os.uname().sysname != "Linux":
        return polling
    try:
        from watchdog.observers.inotify import InotifyObserver

        started = InotifyObserver()
        started.start()
    except (ImportError, OSError):
        return Observers(polling, None)
    return Observers(polling, started)
