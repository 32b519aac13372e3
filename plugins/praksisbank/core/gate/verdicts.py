"""Clean verdicts kept between runs: a text the gate read and found nothing in is not read again.

Most runs read the texts the run before read: a contributor's second ``check``, a pull request
that changes three files, a rebuild, the live preview. The detectors over text that does not
repeat inside a run are the gate's cost, so a run keeps, for each text it read and found
*nothing* in, a signed digest of that reading, and the next run skips a text whose digest it
holds. Nothing else is kept: a text with any finding (a cap reached is a finding,
``caps.py``) is never stored, so it is read every time and its messages (file, line) are the
same as without the store.

An entry is ``HMAC-SHA256(key, gate ‖ settings ‖ kind ‖ names ‖ text)`` cut to 16 bytes:

- ``key``: 32 random bytes drawn on this machine and kept outside the project
  (``key_folder()``, the same key that signs the PDF verdicts in ``sitegate.py``);
- ``gate``: ``GATE_FINGERPRINT``, a hash of the core's code and data files, the Python and
  Unicode versions and the versions of the libraries the detectors call;
- ``settings``: what else changes a verdict (the exceptions file, the names a site may show),
  given by the caller when it opens the store;
- ``kind``: which reading (a page, a search record, a source text, ...);
- ``names``: the people the text may name (``known_names``);
- ``text``: the exact text as the reading receives it, a page with all its blocks, so a change
  of one neighbouring block is a new text.

A digest cannot be made without the key, and the key is in no file of the project: nothing a
contributor can put in the repository (a store file, a restored CI cache) makes a text count as
read. The file itself is signed as a whole too; a file cut short, changed or signed with
another key is not read at all (every text is read again).

The store is one file, ``key_folder()/clean-verdicts.bin``, read once when a run opens it and
written once at its end (``Store.save``): a new file beside it, renamed over it, so two runs at
once lose at most entries, never leave a broken file. It holds at most ``MAX_ENTRIES`` digests
(16 bytes each, 4 MB): those the last run used or learned first, then the older ones, up to the
bound.

Worker processes get the store when they start (``use``) and send back what they learned
(``take``); the process that opened the store saves it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import sys
import tempfile
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

MAX_ENTRIES = 250_000
"""Digests the store keeps: about 4 MB, ten runs of a project of 5,000 decisions."""
FILE = "clean-verdicts.bin"
KEY_FILE = "gate-key"
"""The file in ``key_folder()`` that holds the key (shared with the PDF verdicts)."""
_MAGIC = b"praksisbank clean verdicts 1\n"
_SIZE = 16
_MAC = 32
_LIBRARIES = (
    "phonenumbers",
    "python-stdnum",
    "schwifty",
    "pycountry",
    "pypdfium2",
    "nh3",
    "PyYAML",
)
"""The libraries the detectors ask: a new version may judge a text otherwise."""

PAGE = "page"
ATTRIBUTES = "attributes"
FILE_READ = "file"
SOURCE = "source"


def _gate_fingerprint() -> str:
    digest = hashlib.sha256()
    core = Path(__file__).parent.parent
    for module in sorted([*core.rglob("*.py"), *core.rglob("data/*")]):
        if module.is_file():
            digest.update(module.relative_to(core).as_posix().encode() + b"\0")
            digest.update(module.read_bytes())
    digest.update(f"\0{sys.version}\0{unicodedata.unidata_version}".encode())
    for library in _LIBRARIES:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"\0{library}={version}".encode())
    return digest.hexdigest()


GATE_FINGERPRINT = _gate_fingerprint()


def key_folder() -> Path:
    """Where this machine keeps the key and the store: the user's cache folder
    (``$XDG_CACHE_HOME/praksisbank``, else ``~/.cache/praksisbank``), never the project's."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base, "praksisbank")


def inside(folder: Path, project: Path) -> bool:
    """Whether ``folder`` is ``project`` or inside it (a key there is one a contributor sees)."""
    try:
        return folder.resolve().is_relative_to(project.resolve())
    except (OSError, RuntimeError):
        return True


def key_in(folder: Path) -> bytes | None:
    """The key in ``folder``, drawn at random the first time (``None``: none can be kept)."""
    path = folder / KEY_FILE
    try:
        if not path.exists():
            folder.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")  # mode 0600
            with os.fdopen(fd, "wb") as handle:
                handle.write(os.urandom(32))
            try:
                os.link(temporary, path)  # never replaces a key another process wrote
            except FileExistsError:
                pass
            finally:
                Path(temporary).unlink()
        key = path.read_bytes()
    except OSError:
        return None
    return key if len(key) == 32 else None


def settings_fingerprint(parts: Iterable[bytes]) -> str:
    """The settings part of every digest, from what changes a verdict (the caller's list)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


@dataclass(slots=True)
class Store:
    """The clean verdicts of one run (see the module's docstring). Picklable: a worker process
    gets a copy (``use``) and sends back what it learned (``take``)."""

    key: bytes
    settings: str
    known: frozenset[bytes]
    """The digests in the file when the run opened it."""
    order: tuple[bytes, ...] = ()
    """The same, most recently used first (what ``save`` keeps after this run's)."""
    folder: Path | None = None
    """Where ``save`` writes; ``None`` in a worker (it does not save)."""
    gate: str = GATE_FINGERPRINT
    fresh: dict[bytes, None] = field(default_factory=dict)
    """Digests this process used or learned since the last ``take``, in order."""
    skipped: int = 0
    """Readings this process spared (for the benchmarks and tests)."""

    def digest(self, kind: str, text: str | bytes, names: Collection[str] = ()) -> bytes:
        """The digest of a reading of ``text`` (or a file's bytes) as ``kind`` with ``names``
        allowed."""
        mac = _prefix(self.key, self.gate, self.settings, kind, tuple(sorted(names))).copy()
        mac.update(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
        return mac.digest()[:_SIZE]

    def for_worker(self) -> Store:
        """A copy to send to a worker process: the digests, not the file's order or folder."""
        return Store(self.key, self.settings, self.known | frozenset(self.fresh), gate=self.gate)

    def clean(self, digest: bytes) -> bool:
        """Whether a reading with this digest was found clean (by an earlier run or this one)."""
        if digest in self.known or digest in self.fresh:
            self.fresh[digest] = None
            self.skipped += 1
            return True
        return False

    def learn(self, digests: Iterable[bytes]) -> None:
        """Readings found clean in this run (only those: a finding is never stored)."""
        for digest in digests:
            self.fresh[digest] = None

    def take(self) -> list[bytes]:
        """What this process used or learned since the last call (a worker's answer)."""
        taken = list(self.fresh)
        self.fresh.clear()
        return taken

    def save(self) -> None:
        """Write the store: this run's digests first, then those of the file (as it is now:
        another run may have written it since), then the older ones, at most ``MAX_ENTRIES``;
        atomically (a new file renamed over the old one). A failure to write loses the entries
        and nothing else."""
        if self.folder is None or not self.fresh:
            return
        ordered = dict.fromkeys(self.fresh)
        for digest in (*_read(self.folder, self.key), *self.order):
            if len(ordered) >= MAX_ENTRIES:
                break
            ordered[digest] = None
        body = b"".join(list(ordered)[:MAX_ENTRIES])
        data = _MAGIC + len(body).to_bytes(8, "big") + body
        data += hmac.new(self.key, data, hashlib.sha256).digest()
        try:
            fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-verdicts-")
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            Path(temporary).replace(self.folder / FILE)
        except OSError:
            Path(temporary).unlink(missing_ok=True)


@functools.lru_cache(maxsize=256)
def _prefix(key: bytes, gate: str, settings: str, kind: str, names: tuple[str, ...]) -> hmac.HMAC:
    """The HMAC of a digest's parts before the text (``Store.digest`` copies it): a run makes
    thousands of digests with the same few prefixes (the names differ only from one practice
    note to another)."""
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for part in (gate, settings, kind, "\n".join(names)):
        encoded = part.encode("utf-8", "surrogatepass")
        mac.update(len(encoded).to_bytes(8, "big") + encoded)
    return mac


def _read(folder: Path, key: bytes) -> tuple[bytes, ...]:
    """The digests in the store file, or none when it is missing, cut short or not signed with
    ``key`` (then every text is read again)."""
    try:
        data = (folder / FILE).read_bytes()
    except OSError:
        return ()
    head = len(_MAGIC) + 8
    if len(data) < head + _MAC or not data.startswith(_MAGIC):
        return ()
    size = int.from_bytes(data[len(_MAGIC) : head], "big")
    if size % _SIZE or len(data) != head + size + _MAC:
        return ()
    signed = hmac.new(key, data[:-_MAC], hashlib.sha256).digest()
    if not hmac.compare_digest(signed, data[-_MAC:]):
        return ()
    body = data[head:-_MAC]
    return tuple(body[i : i + _SIZE] for i in range(0, size, _SIZE))


def open_store(
    project: Path, settings: Iterable[bytes], folder: Path | None = None
) -> Store | None:
    """The store for a run over ``project``, read once; ``settings``: what changes a verdict
    besides the gate (``settings_fingerprint``). ``None`` (every text read, nothing kept) when
    the key's folder is inside the project (a contributor could put a key there) or no key
    can be kept."""
    folder = key_folder() if folder is None else folder
    if inside(folder, project):
        return None
    key = key_in(folder)
    if key is None:
        return None
    order = _read(folder, key)
    fingerprint = settings_fingerprint(settings)
    return Store(key, fingerprint, frozenset(order), order, folder, gate=GATE_FINGERPRINT)


_ACTIVE: list[Store] = []
"""The store of the run in this process, if any (``use``)."""


def use(store: Store | None) -> None:
    """Make ``store`` this process's (a run's start; a worker's initializer); ``None``: none."""
    _ACTIVE[:] = [store] if store is not None else []


def active() -> Store | None:
    """This process's store, or ``None`` (every text read)."""
    return _ACTIVE[0] if _ACTIVE else None


def take() -> list[bytes]:
    """What this process's store used or learned since the last call (``[]`` without one)."""
    store = active()
    return store.take() if store is not None else []


def learn(digests: Iterable[bytes]) -> None:
    """Digests a worker sent back, into this process's store."""
    store = active()
    if store is not None:
        store.learn(digests)


@contextlib.contextmanager
def kept(store: Store | None) -> Iterator[Store | None]:
    """``store`` is this process's for the block, and is saved after it (also after a failure:
    what was found clean stays clean)."""
    use(store)
    try:
        yield store
    finally:
        use(None)
        if store is not None:
            store.save()
