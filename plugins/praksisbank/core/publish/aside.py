"""Building beside the site: only a build that succeeds replaces ``site_dir``.

A failed build (content errors, or a crash in any plugin) leaves the last good site as it was,
so a deploy step never publishes an empty or half-built site.

Two builds into the same folder may run at once (two jobs of a deploy pipeline, a build started
while another runs). Each owns what it makes: its own ``.<site>-ny-*`` folder, which a failing
build removes (and no other), and its own ``.<site>-gammel-*`` folder for the site it replaces.
The swap itself is done under an exclusive lock on the folder that holds the site (``flock``; no
lock file), and where the system can (Linux ``renameat2``), as one atomic exchange: at every
moment the site folder holds a whole site, the last one that finished.

A build killed outright (``SIGKILL``, a machine that stops) runs no code of its own, so it
leaves its folders behind. While a build runs it holds a shared lock (``flock``) on its own
folder; the kernel lets go of it when the process ends, however it ends. So each new build,
before it makes its own folder, removes the folders of its site that nobody holds: those of
builds no longer running. It does so under the lock on the folder that holds the site, and a
build makes its folder and takes its hold under that lock too, so a folder is never seen
between being made and being held.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux ``renameat2``); ``False`` where that is not possible."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    renameat2.restype = ctypes.c_int
    done = renameat2(
        _AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE
    )  # fmt: skip
    return bool(done == 0)


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` itself (no lock file is left behind): one swap at a
    time in the folder that holds the site."""
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


class _Hold:
    """A shared lock on a build's own folder, held while the build runs (released once)."""

    __slots__ = ("_handle",)

    def __init__(self, folder: Path) -> None:
        self._handle: int | None = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        fcntl.flock(self._handle, fcntl.LOCK_SH)

    def release(self) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            os.close(handle)


def _left_behind(final: Path) -> list[Path]:
    """The folders beside ``final`` that builds of it make (``.site-ny-*``, ``.site-gammel-*``,
    ``tempfile.mkdtemp``'s names) and that no running build holds."""
    made = re.compile(rf"\.{re.escape(final.name)}-(?:ny|gammel)-[A-Za-z0-9_]{{8}}")
    left = []
    for entry in sorted(final.parent.iterdir()):
        if not made.fullmatch(entry.name) or entry.is_symlink() or not entry.is_dir():
            continue
        try:
            handle = os.open(entry, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except OSError:
            continue  # gone meanwhile, or not ours to read
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # a running build holds it
        finally:
            os.close(handle)
        left.append(entry)
    return left


@dataclass(frozen=True, slots=True)
class AsideBuild:
    final: Path
    """The site folder readers are served from."""
    building: Path
    """This build's own folder beside it, where the build writes."""
    hold: _Hold
    """This build's shared lock on ``building``: no other build removes it while it runs."""

    @classmethod
    def start(cls, site_dir: str) -> tuple[AsideBuild, str]:
        """Make a new, empty folder beside ``site_dir``: the build writes there. The folders
        left by builds of this site that are no longer running are removed first."""
        final = Path(site_dir)
        final.parent.mkdir(parents=True, exist_ok=True)
        with _locked(final.parent):
            for left in _left_behind(final):
                shutil.rmtree(left, ignore_errors=True)
            building = Path(tempfile.mkdtemp(prefix=f".{final.name}-ny-", dir=final.parent))
            building.chmod(0o755)  # mkdtemp makes it private; the site is read by a web server
            hold = _Hold(building)
        return cls(final, building, hold), str(building)

    def finish(self, built: Path) -> None:
        """Put the finished build in place of the old site (the last build to finish wins)."""
        with _locked(self.final.parent):
            if not self.final.exists():
                built.rename(self.final)
                self.hold.release()
                return
            if _exchange(built, self.final):  # the old site is now in ``built``
                old = built
            else:
                old = Path(tempfile.mkdtemp(prefix=f".{self.final.name}-gammel-", dir=built.parent))
                old.rmdir()  # a name of our own, free: the old site moves there
                self.final.rename(old)
                built.rename(self.final)
            self.hold.release()  # released under the lock: the folder is the site now
        shutil.rmtree(old, ignore_errors=True)

    def fail(self) -> str:
        """Remove this build's unfinished folder (no other build's); say in Norwegian what
        became of the site."""
        self.hold.release()
        shutil.rmtree(self.building, ignore_errors=True)
        state = "er ikke endret" if self.final.exists() else "er ikke laget"
        return f"Praksisbanken: bygget feilet. Nettstedet i {self.final} {state}."
