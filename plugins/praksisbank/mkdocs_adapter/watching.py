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

A folder watched by inotify that is deleted (``git checkout`` of a branch without it, ``rm -r``
and a copy back) ends its inotify watch. Its parent (or the nearest folder above it that is
left) is then watched until the folder is made again; from then it is watched as before, and
each file already in it is reported as made, so the preview rebuilds with them.
"""

from __future__ import annotations

import os
import threading
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


class _Relay(FileSystemEventHandler):
    """Passes an inotify watch's events on to MkDocs' handler, and tells ``Observers`` when
    the watched folder itself is deleted (its inotify watch then ends)."""

    def __init__(
        self, owner: Observers, handler: FileSystemEventHandler, path: str, recursive: bool
    ) -> None:
        self.owner, self.handler, self.path, self.recursive = owner, handler, path, recursive

    def dispatch(self, event: FileSystemEvent) -> None:
        self.handler.dispatch(event)
        if isinstance(event, DirDeletedEvent) and os.fsdecode(event.src_path) == self.path:
            self.owner._lost(self)


class _Waiter(FileSystemEventHandler):
    """Watches a folder above deleted watched folders, to watch each again once it is made."""

    def __init__(self, owner: Observers, folder: str) -> None:
        self.owner, self.folder = owner, folder

    def dispatch(self, event: FileSystemEvent) -> None:
        self.owner._look_again(self.folder)


class Observers:
    """The server's observer: each folder on a local file system watched by inotify, every
    other path polled. It offers what MkDocs' server calls (``schedule``, ``unschedule``,
    ``start``, ``stop``, ``join``)."""

    def __init__(self, polling: BaseObserver, native: BaseObserver | None) -> None:
        self.polling = polling
        self.native = native
        self._native_watches: set[ObservedWatch] = set()
        self._relays: dict[ObservedWatch, _Relay] = {}
        self._lost_relays: dict[ObservedWatch, _Relay] = {}
        """Watched folders that were deleted, waiting to be made again."""
        self._waiters: dict[str, tuple[ObservedWatch, _Waiter]] = {}
        """The folder above each deleted one that is watched meanwhile, by its path."""
        self._lock = threading.RLock()
        self._polling = False

    def schedule(
        self, event_handler: FileSystemEventHandler, path: str, *, recursive: bool = False
    ) -> ObservedWatch:
        place = Path(path)
        if self.native is not None and place.is_dir() and file_system(place) in LOCAL:
            try:  # the native observer runs already: the watch is added here, or refused
                return self._watch(_Relay(self, event_handler, path, recursive))
            except OSError:  # no inotify watch left to this user: polled, as by MkDocs
                pass
        return self.polling.schedule(event_handler, path, recursive=recursive)

    def _watch(self, relay: _Relay) -> ObservedWatch:
        assert self.native is not None
        watch = self.native.schedule(
            relay, relay.path, recursive=relay.recursive, event_filter=CHANGES
        )
        with self._lock:
            self._native_watches.add(watch)
            self._relays[watch] = relay
        return watch

    def unschedule(self, watch: ObservedWatch) -> None:
        # Our lock is never held while the native observer's is taken from this thread: its
        # thread holds its own while it calls ``_lost`` and ``_look_again``, which take ours.
        with self._lock:
            native = watch in self._native_watches
            self._native_watches.discard(watch)
            lost = self._lost_relays.pop(watch, None) is not None
            self._relays.pop(watch, None)
            unwatched = self._unneeded() if lost else []
        assert self.native is not None or not native
        if native and not lost:
            assert self.native is not None
            self.native.unschedule(watch)
        elif not native:
            self.polling.unschedule(watch)
        self._unwatch(unwatched)

    def _lost(self, relay: _Relay) -> None:
        """A watched folder was deleted: its inotify watch has ended. The folder above it is
        watched until it is made again (``_look_again``). Called in the native observer's
        thread."""
        assert self.native is not None
        with self._lock:
            watch = next((w for w, r in self._relays.items() if r is relay), None)
            if watch is None:
                return
            del self._relays[watch]
            self._lost_relays[watch] = relay
        self.native.unschedule(watch)  # its emitter has stopped; a new one is made later
        self._wait_above(relay.path)

    def _wait_above(self, path: str) -> None:
        """Watch the nearest folder above ``path`` that exists (once for all that wait on it),
        then look: the folder may have been made again meanwhile."""
        assert self.native is not None
        folder = str(_existing_above(Path(path)))
        with self._lock:
            waiting = folder in self._waiters
        if not waiting:
            waiter = _Waiter(self, folder)
            try:
                watch = self.native.schedule(waiter, folder, recursive=False, event_filter=CHANGES)
            except OSError:  # no inotify watch left: the folder stays unwatched, as in MkDocs
                return
            with self._lock:
                self._waiters[folder] = (watch, waiter)
        self._look_again(folder)

    def _look_again(self, folder: str) -> None:
        """Something changed in ``folder``, watched for deleted folders: each of them that
        exists again is watched again, with each file in it reported as made (they were made
        before the watch began); for one still missing, a nearer folder above it may exist.
        Called in the native observer's thread."""
        with self._lock:
            lost = list(self._lost_relays.items())
        for watch, relay in lost:
            place = Path(relay.path)
            if place.is_dir():
                with self._lock:
                    if self._lost_relays.pop(watch, None) is None:
                        continue  # unscheduled meanwhile
                try:
                    self._watch(relay)
                except OSError:  # no inotify watch left: unwatched, as MkDocs would leave it
                    continue
                for made in _files_in(place, relay.recursive):
                    relay.handler.dispatch(FileCreatedEvent(made))
            elif str(_existing_above(place)) not in self._waiters:
                self._wait_above(relay.path)
        with self._lock:
            unwatched = self._unneeded()
        self._unwatch(unwatched)

    def _unneeded(self) -> list[tuple[ObservedWatch, _Waiter]]:
        """The watches on folders above deleted ones that no deleted folder needs any more,
        taken out of ``_waiters`` (with our lock held)."""
        needed = {str(_existing_above(Path(r.path))) for r in self._lost_relays.values()}
        return [self._waiters.pop(folder) for folder in set(self._waiters) - needed]

    def _unwatch(self, waiters: list[tuple[ObservedWatch, _Waiter]]) -> None:
        assert self.native is not None or not waiters
        for watch, waiter in waiters:
            assert self.native is not None
            if watch in self._native_watches:  # a folder MkDocs watches too: its watch stays
                self.native.remove_handler_for_watch(waiter, watch)
            else:
                self.native.unschedule(watch)

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


def _existing_above(path: Path) -> Path:
    """The nearest folder above ``path`` that exists."""
    above = path.parent
    while not above.is_dir() and above != above.parent:
        above = above.parent
    return above


def _files_in(folder: Path, recursive: bool) -> list[str]:
    """The files in ``folder`` (and its folders, when ``recursive``), sorted."""
    if not recursive:
        return sorted(str(p) for p in folder.iterdir() if p.is_file())
    return sorted(str(Path(top, name)) for top, _dirs, names in os.walk(folder) for name in names)


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
