"""The live preview sees a save through inotify (``mkdocs_adapter/watching.py``): a file written,
replaced by renaming or deleted in a watched folder is reported; a file read (every rebuild reads
every content file) is not, or each rebuild would start the next. ``mkdocs.yml`` and folders on
a network file system stay polled, as MkDocs polls them.

No timed assertion: an event is waited for with a generous bound (a missing event would hang
the preview, so the bound only ends a failing test), and «no event for a read» is shown by the
order of the queue: a file written after the read is reported, nothing before it.
"""

from __future__ import annotations

import os
import queue
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers.polling import PollingObserver

from praksisbank.cli import guarded
from praksisbank.mkdocs_adapter import watching

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify: Linux")

BOUND = 30.0  # seconds: ends a test whose event never comes; not a measure of speed


class Recorder(FileSystemEventHandler):
    """Every event MkDocs' server would be given, in order (as its callback, folders left out)."""

    def __init__(self) -> None:
        self.events: queue.Queue[FileSystemEvent] = queue.Queue()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self.events.put(event)

    def paths_until(self, path: Path) -> list[str]:
        """The paths reported up to and including the first event of ``path``."""
        seen: list[str] = []
        while True:
            event = self.events.get(timeout=BOUND)
            names = [os.fsdecode(event.src_path), os.fsdecode(getattr(event, "dest_path", ""))]
            seen += [n for n in names if n]
            if str(path) in names:
                return seen


@pytest.fixture
def local(tmp_path: Path) -> Path:
    if watching.file_system(tmp_path) not in watching.LOCAL:
        pytest.skip("the test folder is not on a local file system")
    folder = tmp_path / "decision_bank"
    (folder / "afg").mkdir(parents=True)
    return folder


@pytest.fixture
def observers() -> Iterator[watching.Observers]:
    found = watching.observer(PollingObserver(timeout=0.5))
    assert isinstance(found, watching.Observers) and found.native is not None
    found.start()
    yield found
    found.stop()
    found.join()


def test_a_save_is_reported_and_a_read_is_not(local: Path, observers: watching.Observers) -> None:
    decision = local / "afg" / "2026-001.md"
    decision.write_text("---\ntitle: Fiktivt vedtak\n---\n", encoding="utf-8")
    recorder = Recorder()
    watch = observers.schedule(recorder, str(local), recursive=True)
    assert watch in observers._native_watches  # inotify, not the half-second poll

    decision.read_text(encoding="utf-8")  # what a rebuild does with every content file
    marker = local / "afg" / "2026-002.md"
    marker.write_text("---\ntitle: Et annet fiktivt vedtak\n---\n", encoding="utf-8")
    assert set(recorder.paths_until(marker)) == {str(marker)}  # the read raised nothing

    decision.write_text("---\ntitle: Fiktivt vedtak, endret\n---\n", encoding="utf-8")
    assert str(decision) in recorder.paths_until(decision)

    # An editor's save: a new file renamed over the old one.
    swap = local / "afg" / ".2026-001.md.swp"
    swap.write_text("---\ntitle: Fiktivt vedtak, lagret av en editor\n---\n", encoding="utf-8")
    swap.replace(decision)
    assert str(decision) in recorder.paths_until(decision)

    marker.unlink()
    assert str(marker) in recorder.paths_until(marker)

    # A folder made after the watch began is watched too.
    (local / "irq").mkdir()
    later = local / "irq" / "2026-003.md"
    later.write_text("---\ntitle: Fiktivt vedtak i ny mappe\n---\n", encoding="utf-8")
    assert str(later) in recorder.paths_until(later)


def test_a_watched_folder_deleted_and_made_again_is_watched_again(
    local: Path, observers: watching.Observers
) -> None:
    recorder = Recorder()
    watch = observers.schedule(recorder, str(local), recursive=True)
    old = local / "afg" / "2026-001.md"
    old.write_text("---\ntitle: Fiktivt vedtak\n---\n", encoding="utf-8")
    assert str(old) in recorder.paths_until(old)

    # As `git checkout` of a branch without the folder, then back: the folder and its files
    # deleted, then made again (the files before the new watch can begin).
    shutil.rmtree(local)
    assert str(old) in recorder.paths_until(old)  # its deletion is reported
    (local / "irq").mkdir(parents=True)
    back = local / "irq" / "2026-002.md"
    back.write_text("---\ntitle: Fiktivt vedtak tilbake\n---\n", encoding="utf-8")
    assert str(back) in recorder.paths_until(back)

    # A save after that is seen by the new watch.
    back.write_text("---\ntitle: Fiktivt vedtak tilbake, endret\n---\n", encoding="utf-8")
    assert str(back) in recorder.paths_until(back)
    assert watch in observers._native_watches

    # Deleted again and unwatched while it is gone: nothing is left watching the folder
    # above it.
    shutil.rmtree(local)
    assert str(back) in recorder.paths_until(back)
    # the delete reaches the observer's thread, which marks the watch lost, then watches the
    # folder above (two steps: on a loaded machine the test saw the first alone)
    for _ in range(int(BOUND / 0.05)):
        if observers._lost_relays and observers._waiters:
            break
        time.sleep(0.05)
    assert observers._waiters
    observers.unschedule(watch)
    assert not observers._waiters and not observers._lost_relays
    assert watch not in observers._native_watches


def test_a_single_file_and_a_network_folder_are_polled(
    local: Path, tmp_path: Path, observers: watching.Observers, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Fiktiv praksisbank\n", encoding="utf-8")
    watch = observers.schedule(Recorder(), str(config), recursive=True)
    assert watch not in observers._native_watches
    assert watch in {emitter.watch for emitter in observers.polling.emitters}

    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/deling {local} nfs4 rw 0 0\n", encoding="utf-8")
    assert watching.file_system(local / "afg", mounts) == "nfs4"
    real = watching.file_system
    monkeypatch.setattr(watching, "file_system", lambda path: real(path, mounts))
    shared = observers.schedule(Recorder(), str(local), recursive=True)
    assert shared not in observers._native_watches


def test_the_praksisbank_preview_server_uses_it(tmp_path: Path) -> None:
    import mkdocs.commands.serve as serve

    with guarded.guarded_rebuilds(tmp_path / "mkdocs.yml"):
        server = serve.__dict__["LiveReloadServer"](  # as serve.py calls it
            builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path)
        )
    try:
        assert isinstance(server.observer, watching.Observers)
    finally:
        server.observer.stop()
        server.observer.join()
        server.server_close()
