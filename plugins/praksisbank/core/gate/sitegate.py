"""The gate over a built site: nothing is published that the rendered-text gate did not pass.

``SiteGate`` takes every page as the build writes it (``page``) and gates it in a worker
process while the build goes on, so the gate costs little time on two cores; once MkDocs is
done, ``early`` sends every other file already in the build folder (the sitemap, feeds, scripts
and styles) to the worker, which reads them while Pagefind indexes the pages; after the search
index and the PDFs, ``rest`` walks the build folder again and reads what is new or has changed
since (search records, PDFs, any file written again). What it finds becomes a ``Problem``
that names the content file (and the line, where the value can be traced back to one), so the
build stops with the same kind of message as for a content error, and the last good site stays
(``core/publish/aside.py``).

Files that are not gated, and why:

- the theme's own files, byte for byte as the installed theme ships them (Material's scripts,
  styles, fonts and icons): no content reaches them (a file under ``docs/`` that would replace
  one is refused by the check);
- Pagefind's binary index, filter and WebAssembly files: they are made from the pages and
  search records, which are gated;
- images: the build writes them without their metadata, and the check gates the metadata;
  their pixels are not read.

Any other file the gate cannot read is refused (fail closed).
"""

from __future__ import annotations

import filecmp
import functools
import gzip
import hashlib
import hmac
import html
import json
import multiprocessing
import os
import re
import tempfile
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from itertools import accumulate
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

from praksisbank.core.base.orphans import end_with_parent
from praksisbank.core.base.problems import Problem
from praksisbank.core.gate import anonymity, blame, neighbours, rendered, verdicts
from praksisbank.core.gate.anonymity import WHAT_IDENTITY, mask_digits

SKIPPED_SUFFIXES = frozenset(
    (".pf_index", ".pf_filter", ".pf_meta", ".pagefind", ".png", ".jpg", ".jpeg", ".gif", ".webp")
)
"""Files the gate does not read (see the module's docstring)."""


def _gate_version() -> str:
    """Part of the name of every kept PDF verdict: a hash of the core's code, so a gate that
    finds more reads every PDF again."""
    digest = hashlib.sha256()
    core = Path(__file__).parent.parent
    for module in sorted([*core.rglob("*.py"), *core.rglob("data/*.txt")]):
        digest.update(module.relative_to(core).as_posix().encode())
        digest.update(module.read_bytes())
    return digest.hexdigest()[:12]


GATE_VERSION = _gate_version()
PDF_WORKERS_FROM = 20
"""PDFs from which ``rest`` reads in worker processes even for a small site (a PDF not read
before takes about a tenth of a second)."""
_BATCH = 24
"""Pages sent to the worker at a time: fewer round trips, and results still come early."""
_BACKLOG = 100
"""Batches the worker may have waiting: beyond that this process gates a batch itself, so the
pages held for the worker stay within about 2,400 (a build of 20,000 pages would otherwise keep
every page's HTML until its end when the worker falls behind)."""
_PAGEFIND_HASH = re.compile(r"(?<=_)[0-9a-f]{6,}(?=\.pf_[a-z]+$)")
"""The content hash Pagefind puts in the names of its own files (``nb_30b3269.pf_fragment``,
``pagefind.nb_bba9cea6b3.pf_meta``): hex digits that change with every index, and now and then
are all digits that pass an identity number's check. They are Pagefind's machinery, not text."""


def _machinery_free(published: str) -> str:
    """An address as the gate reads it: Pagefind's hashes in its own file names left out."""
    if not published.startswith("pagefind/"):
        return published
    return _PAGEFIND_HASH.sub("hash", published)


@dataclass(frozen=True, slots=True)
class Source:
    """The content file a published file is made from."""

    path: str
    """As messages show it (relative to the project)."""
    file: Path | None
    """On disk, to find the line; ``None`` for a generated page."""
    line: int = 1
    """Where to point when the value cannot be traced to a line (the body's first line)."""


@dataclass(frozen=True, slots=True)
class Found:
    """What the worker sends back: picklable, the value itself never included."""

    published: str
    where: str
    what: str
    masked: str
    fingerprint: str
    key: str
    """The value's first six digits (or its text): to find its line in the source."""
    row: str = ""
    """On a page that lists items, the published path of the item whose row shows the value
    (``rows_of``), so the message names that item's file; ``""`` when no one row shows it."""
    context: tuple[str, str] = ("", "")
    """The text before and after the value on its line, digits masked (``blame.context_of``):
    to find the template that writes it when no file holds the value."""


def _found(published: str, seen: Iterable[rendered.Seen]) -> list[Found]:
    return [
        Found(
            published,
            s.where,
            s.finding.what,
            s.finding.masked,
            s.finding.fingerprint,
            rendered.key_of(s),
            context=blame.context_of(s),
        )
        for s in seen
    ]


def gate_pages(batch: list[tuple[str, str]], names: frozenset[str] = frozenset()) -> list[Found]:
    """Gate pages ``(published path, html)``; runs in the worker process. ``names``: the
    people the site may name (``rendered.known_names``)."""
    found: list[Found] = []
    for published, page in batch:
        seen = rendered.in_page(page, names=names, clean=_clean(names))
        if not seen:
            continue
        rows = rows_of(published, page)
        for each, one in zip(seen, _found(published, seen), strict=True):
            value = _SPACES.sub(" ", each.text[each.finding.offset : each.finding.end])
            row = _row_showing(value, rows)
            parts = [] if row else _rows_split(value, rows)
            if parts:  # a value read down a list, over two items' rows: each item's file
                found += [replace(one, row=target, key=part) for target, part in parts]
            else:
                found.append(replace(one, row=row))
    return found


_LINK = re.compile(r"<a\b[^>]*?\bhref=(?:\"([^\"]*)\"|'([^']*)')", re.I)
_SPACES = re.compile(r"\s+")


def rows_of(published: str, page: str) -> list[tuple[str, str]]:
    """A page cut at each link: ``(the published path the link leads to, what a reader reads
    from the link to the next one)``. On a list page a row starts with its item's link (the
    title), so a value in a row's text is that item's. Only for pages the gate found something
    on: one reading of the page a link."""
    starts = [
        (m.start(), html.unescape(m.group(1) or m.group(2) or "")) for m in _LINK.finditer(page)
    ]
    rows = []
    for n, (start, href) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(page)
        shown = rendered.visible_text(page[start:end])
        text = rendered.readable(_SPACES.sub(" ", shown.text))
        rows.append((_target(published, href), text))
    return rows


def _target(published: str, href: str) -> str:
    """The published path a link on the page at ``published`` leads to (``""``: elsewhere)."""
    address = urlsplit(urljoin("http://site.invalid/" + published, href))
    if address.netloc != "site.invalid":
        return ""
    path = unquote(address.path).lstrip("/")
    return path + "index.html" if path.endswith("/") or not path else path


def _row_showing(value: str, rows: list[tuple[str, str]]) -> str:
    """The one row whose text shows ``value`` (its link's target), else ``""``."""
    targets = {target for target, text in rows if target and value and value in text}
    return targets.pop() if len(targets) == 1 else ""


def _rows_split(value: str, rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The two rows that show ``value`` between them, cut at a word (a name read down a list:
    a given name ending one item's row, the surname beginning the next item's title), each
    with the part it shows; ``[]`` unless exactly one pair does (the re-run of attack round 11:
    the build named the list page, not the two files). The row above is the nearest before
    the one below that shows its part: a row's other links (a legal basis) stand between."""
    words = [word for word in value.split(" ") if any(ch.isalnum() for ch in word)]
    pairs = set()
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        for below, (second, shown) in enumerate(rows):
            if not second or not shown.startswith(tail):
                continue
            above = next((r for r in reversed(rows[:below]) if head in r[1]), None)
            if above is not None and above[0] and above[0] != second:
                pairs.add(((above[0], head), (second, tail)))
    return list(pairs.pop()) if len(pairs) == 1 else []


_CLEAN: dict[frozenset[str], set[str]] = {}
"""Attribute values this process found clean (``rendered.in_page``), for the names allowed."""


def _clean(names: frozenset[str]) -> set[str]:
    if names not in _CLEAN:
        _CLEAN.clear()  # another build's: its names may let through what these do not
        _CLEAN[names] = set()
    return _CLEAN[names]


def gate_file(
    published: str,
    path: Path,
    cache: Path | None = None,
    names: frozenset[str] = frozenset(),
    data: bytes | None = None,
) -> list[Found]:
    """Gate one published file other than a page written by the build (see the docstring).
    ``data``: the file's bytes, when the caller has read them (else they are read here).

    A PDF's text costs more to read than a page's (PDFium): with a ``cache`` folder, what was
    found in a PDF is kept there under the hash of its bytes, signed (``verdict_key``), so an
    unchanged PDF is not read again; a kept verdict without this machine's signature is not
    believed. Any other file found clean is kept in this process's store of clean verdicts
    (``verdicts.py``), if any, and not read again while its bytes and address are the same."""
    suffix = path.suffix.lower()
    if data is None:
        data = path.read_bytes()
    store = verdicts.active()
    if store is None or suffix in (".pdf", ".gz"):  # PDFs: their own cache; .gz: see `_twin`
        return _gate_file(published, path, suffix, data, cache, names)
    digest = store.digest(f"{verdicts.FILE_READ}:{published}", data, names)
    if store.clean(digest):
        return []
    asked: list[str] = []
    found = _gate_file(published, path, suffix, data, cache, names, asked)
    if not found and not asked:  # a record judged by its page's text: that page may change
        store.learn([digest])
    return found


def _gate_file(
    published: str,
    path: Path,
    suffix: str,
    data: bytes,
    cache: Path | None,
    names: frozenset[str],
    asked: list[str] | None = None,
) -> list[Found]:
    """``gate_file`` without the store; ``asked`` gets the address of each page a search
    record's findings were compared with."""
    if suffix == ".pdf" and cache is not None:
        return _cached_pdf(published, data, cache, names)
    if suffix == ".pf_fragment":
        site = path.parents[len(PurePosixPath(published).parts) - 1]

        def page(url: str) -> str | None:
            target = _page_of(url)
            if asked is not None:
                asked.append(url)
            try:
                return (site / target).read_text(encoding="utf-8") if target else None
            except (OSError, UnicodeDecodeError):
                return None

        try:
            url, seen = rendered.in_search_record(data, names=names, page=page, clean=_clean(names))
        except ValueError as exc:
            return [Found(published, rendered.SEARCH, str(exc), "", "", "")]
        return _found(_page_of(url) or published, seen)
    if suffix == ".pdf":
        return _read_pdf(published, data, names)
    if suffix == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            return [Found(published, rendered.TEXT, "filen kan ikke pakkes ut", "", "", "")]
        suffix = Path(path.stem).suffix.lower()
        if _twin(path.with_suffix(""), data):
            return []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return [
            Found(published, rendered.TEXT, "filen er verken tekst, PDF eller bilde", "", "", "")
        ]
    if suffix in (".html", ".htm"):
        return _found(published, rendered.in_page(text, names=names))
    if suffix == ".xml" and rendered.is_sitemap(text):
        return _found(published, rendered.in_sitemap(text, names=names))
    if suffix in (".xml", ".svg", ".atom", ".rss"):
        return _found(published, rendered.in_markup(text, names=names))
    if published.startswith("pagefind/") and published.endswith("/pagefind-entry.json"):
        # The bundle's, and on a large site each further part's (pagefind/2/…)
        text = _without_index_hashes(text)
    if suffix in (".json", ".map", ".webmanifest"):
        return _found(published, rendered.in_json(text, names=names))
    return _found(published, rendered.in_text(text, names=names))


def _twin(unpacked: Path, data: bytes) -> bool:
    """Whether a packed file (``sitemap.xml.gz``) holds, byte for byte, the file published
    beside it unpacked (``sitemap.xml``): that one is gated (or is the theme's own), read the
    same way (same suffix), so the packed one is not read again. A file the gate does not read
    (an image) is no twin: its packed copy is refused as before."""
    if unpacked.suffix.lower() in SKIPPED_SUFFIXES:
        return False
    try:
        return unpacked.is_file() and unpacked.read_bytes() == data
    except OSError:
        return False


def _without_index_hashes(text: str) -> str:
    """Pagefind's entry file without the hash of each language's index (``"hash": "nb_…"``),
    which names the index's files (see ``_PAGEFIND_HASH``); every other value is read."""
    try:
        entry = json.loads(text)
        for language in entry["languages"].values():
            language.pop("hash", None)
    except (ValueError, KeyError, TypeError, AttributeError):
        return text  # not Pagefind's shape: read all of it
    return json.dumps(entry, ensure_ascii=False)


def _cached_pdf(published: str, data: bytes, cache: Path, names: frozenset[str]) -> list[Found]:
    key = verdict_key(cache)
    if key is None:  # no key this project cannot see: every PDF is read, nothing kept
        return _read_pdf(published, data, names)
    named = hashlib.sha256("\n".join(sorted(names)).encode()).hexdigest()[:12]
    kept = cache / f"gate-{GATE_VERSION}-{named}-{hashlib.sha256(data).hexdigest()}.json"
    try:
        stored = json.loads(kept.read_text(encoding="utf-8"))
        rows, signed = stored["rows"], stored["mac"]
        if isinstance(signed, str) and hmac.compare_digest(signed, _mac(key, kept.name, rows)):
            found = [Found(published, *row) for row in rows]
            os.utime(kept)  # in use: the PDF cache's clean-up keeps it
            return found
    except (OSError, ValueError, TypeError, KeyError):
        pass
    found = _read_pdf(published, data, names)
    if any(not f.fingerprint for f in found):
        return found  # unreadable: nothing to keep
    rows = [[f.where, f.what, f.masked, f.fingerprint, f.key] for f in found]
    cache.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=cache, prefix=".tmp-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({"rows": rows, "mac": _mac(key, kept.name, rows)}, handle)
    Path(temporary).replace(kept)
    return found


def _read_pdf(published: str, data: bytes, names: frozenset[str]) -> list[Found]:
    try:
        return _found(published, rendered.in_pdf(data, names=names))
    except ValueError as exc:
        return [Found(published, rendered.PDF, str(exc), "", "", "")]


def _mac(key: bytes, name: str, rows: object) -> str:
    """The signature of a kept verdict: its file name (the PDF's hash, the gate's version, the
    names allowed) and what was found, under ``verdict_key``."""
    text = name + "\n" + json.dumps(rows, ensure_ascii=False, sort_keys=True)
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


KEY_FILE = verdicts.KEY_FILE
"""The file in ``key_folder()`` that holds the key the kept PDF verdicts are signed with (the
store of clean verdicts, ``verdicts.py``, signs with the same key)."""
key_folder = verdicts.key_folder


def verdict_key(cache: Path) -> bytes | None:
    """The key that signs what the gate found in each PDF (``cache``: the project's PDF cache
    folder), drawn at random the first time on this machine and kept in ``key_folder()``.

    A verdict is kept in the project's cache folder, which a contributor could fill (a file
    forced into the repository, a restored CI cache): one that says «nothing found» for a PDF
    that holds personal data would publish it unread. A verdict counts only when it is signed
    with this key, which no file of the project holds: ``None`` (nothing kept, every PDF read)
    when the key folder is inside the project or cannot be written."""
    try:
        folder = key_folder()
        project = next((p.parent for p in (cache, *cache.parents) if p.name == ".cache"), cache)
        if folder.resolve().is_relative_to(project.resolve()):
            return None
    except (OSError, RuntimeError):  # no home folder to keep it in
        return None
    return _key_in(folder)


@functools.lru_cache(maxsize=4)
def _key_in(folder: Path) -> bytes | None:
    return verdicts.key_in(folder)


def _in_addresses(paths: list[str], names: frozenset[str]) -> list[Found]:
    """Personal data in the addresses of the published files (a reader sees them too)."""
    read = [_machinery_free(p) for p in paths]
    joined = rendered.APART.join(read)
    starts = list(accumulate((len(p) + len(rendered.APART) for p in read), initial=0))
    found = []
    for seen in rendered.in_text(joined, names=names):
        published = paths[bisect_right(starts, seen.finding.offset) - 1]
        found += _found(published, [replace(seen, where=rendered.ADDRESS)])
    return found


HIDDEN = (
    "den ligger i en skjult fil eller mappe (et navn som begynner med punktum, «{part}»). "
    "Slike filer leser ikke sjekken, og MkDocs publiserer dem bare når «exclude_docs» i "
    "mkdocs.yml tar dem inn igjen"
)


def _hidden_addresses(paths: Iterable[str]) -> list[Found]:
    """Published files with a hidden part in their address: the check never reads such a file
    (``discovery.find`` skips them, as MkDocs' own ``exclude_docs`` does), so one in the site
    came in by a setting and is refused whatever it holds."""
    found = []
    for published in paths:
        part = next((p for p in published.split("/") if p.startswith(".")), None)
        if part is not None:
            what = HIDDEN.format(part=mask_digits(part))
            found.append(Found(published, rendered.ADDRESS, what, "", "", ""))
    return found


def _page_of(url: str | None) -> str | None:
    """The page file a search record's address (``/vedtaksbank/afg/x/``) points to."""
    if not url or not url.startswith("/"):
        return None
    path = url.lstrip("/").split("#")[0]
    return path + "index.html" if path.endswith("/") or not path else path


Answer = tuple[list[Found], list[bytes]]
"""What a worker sends back: what it found, and the clean verdicts its store used or learned
(``verdicts.take``), for the store of the process that saves it."""


def _gate_files(batch: list[tuple[str, str]], cache: Path | None, names: frozenset[str]) -> Answer:
    found: list[Found] = []
    for published, path in batch:
        found += gate_file(published, Path(path), cache, names)
    return found, verdicts.take()


def _gate_pages(batch: list[tuple[str, str]], names: frozenset[str]) -> Answer:
    return gate_pages(batch, names), []


def _start_worker(key: bytes, store: verdicts.Store | None) -> None:
    """A worker process's start: its parent's fingerprint key and a copy of its store; it ends
    with its parent."""
    end_with_parent()
    anonymity.use_key(key)
    verdicts.use(store)


Read = tuple[str, str, list[Found]]
"""A file read by ``early``: its address, the hash of the bytes read, what was found in them."""
ReadAnswer = tuple[list[Read], list[bytes]]
"""What a worker sends back for ``early``'s files (see ``Answer``)."""


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _gate_files_read(
    batch: list[tuple[str, str]], cache: Path | None, names: frozenset[str]
) -> ReadAnswer:
    """``_gate_files``, each file with the hash of the very bytes gated (``SiteGate.early``)."""
    read: list[Read] = []
    for published, path in batch:
        try:
            data = Path(path).read_bytes()
        except OSError:
            continue  # gone again: ``rest`` finds it missing or reads what is there then
        read.append(
            (published, _digest(data), gate_file(published, Path(path), cache, names, data))
        )
    return read, verdicts.take()


class SiteGate:
    """The rendered-text gate over one build (see the module's docstring)."""

    def __init__(
        self,
        sources: Mapping[str, Source],
        *,
        allowed: frozenset[str] = frozenset(),
        workers: int = 1,
        cache: Path | None = None,
        names: frozenset[str] = frozenset(),
        site_files: Sequence[Source] = (),
    ) -> None:
        self.sources = sources
        self.site_files = tuple(site_files)
        """The site's own templates and ``mkdocs.yml``: a value every page shows is traced to
        them first (``blame.py``)."""
        self.names = names
        """The people the site may name (``rendered.known_names``)."""
        self.cache = cache
        """Where what was found in each PDF is kept (the PDF cache's folder)."""
        """Published path (``vedtaksbank/afg/x/index.html``) to its content file."""
        self.allowed = allowed
        self.done: set[str] = set()
        self.files = 0
        """Other files sent to the gate by ``rest``."""
        self._batch: list[tuple[str, str]] = []
        self._futures: list[tuple[Future[Answer], Callable[[], Answer]]] = []
        """Work sent to the workers, each with the same work done here (should a worker die)."""
        self._found: list[Found] = []
        self._early: list[tuple[Future[ReadAnswer], Callable[[], ReadAnswer]]] = []
        """Files sent to the workers by ``early``, each with the same work done here."""
        self.neighbours = neighbours.Neighbours()
        """What each page's title begins and ends with, and its runs of digits: numbers a
        reader puts together from two pages (``neighbours.py``)."""
        self.store = verdicts.active()
        """This run's clean verdicts (``verdicts.py``): a page found clean before is not read."""
        self._digests: dict[str, bytes] = {}
        """Each page read in this run, by address, with its digest in the store."""
        self.spared = 0
        """Pages not read because the store holds their clean verdict."""
        self._pool: ProcessPoolExecutor | None = None
        if workers > 0:
            self._start(workers)

    def _start(self, workers: int) -> None:
        # Fresh interpreters, not forks: `mkdocs serve` runs threads.
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_start_worker,  # fingerprints alike: reviewed values match
            initargs=(
                anonymity.process_key(),
                self.store.for_worker() if self.store is not None else None,
            ),
        )

    def _took(self, answer: Answer) -> None:
        found, digests = answer
        self._found += found
        verdicts.learn(digests)

    def page(self, published: str, html: str) -> None:
        """A page as the build writes it to ``published`` (a path in the site folder)."""
        self.done.add(published)
        title, text = neighbours.page_parts(html)  # every page, read before or not
        self.neighbours.add(published, title, text, own=published in self.sources)
        if self.store is not None:
            digest = self.store.digest(verdicts.PAGE, html, self.names)
            if self.store.clean(digest):
                self.spared += 1
                return
            self._digests[published] = digest
        self._batch.append((published, html))
        if len(self._batch) >= _BATCH:
            self._send()

    def _send(self) -> None:
        batch, self._batch = self._batch, []
        if not batch:
            return
        self._reap()
        if self._pool is None or len(self._futures) >= _BACKLOG:
            self._found += gate_pages(batch, self.names)
        else:
            self._futures.append(
                (
                    self._pool.submit(_gate_pages, batch, self.names),
                    partial(_gate_pages, batch, self.names),
                )
            )

    def _reap(self) -> None:
        """Take the results of the batches the worker has finished, and let their pages go
        (each future is kept with its batch, to gate it here should the worker die)."""
        waiting = []
        for future, here in self._futures:
            if future.done() and not future.cancelled() and future.exception() is None:
                self._took(future.result())
            else:
                waiting.append((future, here))
        self._futures = waiting

    def _unread(self, site: Path, pristine: Callable[[str, Path], bool]) -> list[tuple[str, str]]:
        """Every file in ``site`` no ``page`` call covered, but those the gate does not read
        (``SKIPPED_SUFFIXES``) and those ``pristine`` says are the theme's own, sorted."""
        todo = []
        for folder, _dirs, names in os.walk(site):
            for name in sorted(names):
                path = Path(folder, name)
                published = path.relative_to(site).as_posix()
                if published in self.done or path.suffix.lower() in SKIPPED_SUFFIXES:
                    continue
                if pristine(published, path):
                    continue
                todo.append((published, str(path)))
        return sorted(todo)

    def early(self, site: Path, pristine: Callable[[str, Path], bool]) -> None:
        """The files already in ``site`` that ``rest`` would read, sent to the workers now, after
        the pages: they read them while the search index is made (Pagefind) on the other core.
        Nothing is waited for here. ``rest`` keeps what they find, and reads again any file
        whose bytes are not the ones read here (written again since), and every new one.
        Without workers (a small site) this does nothing: ``rest`` reads every file."""
        if self._pool is None:
            return
        self._send()
        todo = self._unread(site, pristine)
        for start in range(0, len(todo), _BATCH):
            batch = todo[start : start + _BATCH]
            self._early.append(
                (
                    self._pool.submit(_gate_files_read, batch, self.cache, self.names),
                    partial(_gate_files_read, batch, self.cache, self.names),
                )
            )

    def _read_early(self) -> dict[str, str]:
        """What ``early``'s files found, kept; each file's address and the hash of the bytes
        read. A batch no worker has started is read here, now."""
        read: list[Read] = []
        for future, here in self._early:
            if future.cancel():
                answer = here()
            else:
                try:
                    answer = future.result()
                except Exception:  # a worker that died (memory, a signal): the same work here
                    answer = here()
            read += answer[0]
            verdicts.learn(answer[1])
        self._early = []
        for _published, _hash, found in read:
            self._found += found  # kept even when the file changed since: it was published
        return {published: digest for published, digest, _found in read}

    def rest(self, site: Path, pristine: Callable[[str, Path], bool]) -> None:
        """Every file in ``site`` no ``page`` call covered, but those ``pristine`` says are the
        theme's own and those ``early`` read as they are now: sent to the workers, and read
        here too from the last (``_share``)."""
        self._send()
        read = self._read_early()
        todo = []
        for published, path in self._unread(site, pristine):
            digest = read.get(published)
            if digest is not None and _same(Path(path), digest):
                continue
            todo.append((published, path))
        addresses = set(self.done)  # every file's address is read, whatever its content
        for folder, _dirs, names in os.walk(site):
            addresses.update(Path(folder, n).relative_to(site).as_posix() for n in names)
        self.files = len(todo) + len(read)
        pdfs = sum(1 for published, _ in todo if published.lower().endswith(".pdf"))
        if self._pool is None and pdfs >= PDF_WORKERS_FROM and (os.cpu_count() or 1) > 1:
            self._start((os.cpu_count() or 1) - 1)  # reading PDFs is slow: share them out
        self._found += _in_addresses(sorted(addresses), self.names)
        self._found += _hidden_addresses(sorted(addresses))
        batches = [todo[start : start + _BATCH] for start in range(0, len(todo), _BATCH)]
        if self._pool is None:
            for batch in batches:
                self._took(_gate_files(batch, self.cache, self.names))
            return
        for batch in batches:
            self._futures.append(
                (
                    self._pool.submit(_gate_files, batch, self.cache, self.names),
                    partial(_gate_files, batch, self.cache, self.names),
                )
            )
        self._share()

    def written(self, files: Sequence[tuple[str, Path, bytes]]) -> None:
        """A live preview's rebuild, instead of ``rest``: the files other than pages that it
        wrote (feeds, the sitemap), each with the bytes to read (the file's, or the part of it
        that changed), and the addresses of those and of the pages given; read here, now."""
        self._send()
        self.files += len(files)
        addresses = sorted({published for published, _, _ in files} | self.done)
        self._found += _in_addresses(addresses, self.names)
        self._found += _hidden_addresses(addresses)
        for published, path, data in files:
            self._found += gate_file(published, path, self.cache, self.names, data)

    def _share(self) -> None:
        """This process takes the work the workers have not started, last sent first, while
        they work from the first: the two meet wherever the workers' backlog of pages ends."""
        waiting = []
        for future, here in reversed(self._futures):
            if future.cancel():
                self._took(here())
            else:
                waiting.append((future, here))
        self._futures = waiting[::-1]

    def problems(self) -> tuple[Problem, ...]:
        """Everything found, as problems naming the content files; waits for the workers. A
        value is reported once for each file and line it is traced to (``blame.py``)."""
        self._send()
        self._read_early()  # `rest` has taken them, unless the build stopped before it
        for future, here in self._futures:
            try:
                self._took(future.result())
            except Exception:  # a worker that died (memory, a signal): the same work here
                self._took(here())
        self._futures = []
        self.close()
        self._learn_clean_pages()
        self._found += _paired(self.neighbours)
        kept = [f for f in self._found if not f.fingerprint or f.fingerprint not in self.allowed]
        problems = {self._unreadable(found) for found in kept if not found.fingerprint}
        problems.update(
            blame.problems([f for f in kept if f.fingerprint], self.sources, self.site_files)
        )
        return tuple(sorted(problems))

    def _learn_clean_pages(self) -> None:
        """The pages read in this run with nothing found on them (an allowed value is a
        finding too), into the store; a value found in a page's search record counts against
        the page as well."""
        if self.store is None:
            return
        dirty = {found.published for found in self._found}
        self.store.learn(d for published, d in self._digests.items() if published not in dirty)
        self._digests = {}

    def close(self) -> None:
        for future, _here in self._early:
            future.cancel()
        self._early = []
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _unreadable(self, found: Found) -> Problem:
        """A file the gate could not read."""
        own = self.sources.get(found.published)
        return Problem(
            file=own.path if own is not None else f"site/{mask_digits(found.published)}",
            line=1,
            column=1,
            code="personal-data",
            message=(
                f"Den publiserte filen kan ikke sjekkes for personopplysninger: "
                f"{found.what}. Ingenting ble publisert. Fjern filen, eller legg ut "
                "innholdet som en side (.md)."
            ),
        )


PAIRED = "søket og vedtaksfinneren"
"""Where a number read across two pages shows: a reader puts the two side by side there."""


def _paired(pages: neighbours.Neighbours) -> list[Found]:
    """The identity numbers read across two pages (``neighbours.py``): each page's part, so the
    message names both files; past the budget, the first title that begins with digits is
    reported as not checked."""
    pairs, over = pages.found()
    found = []
    for pair in pairs:
        masked = f"{pair.masked}, satt sammen av to sider"
        for published, key in ((pair.first, pair.head), (pair.second, pair.tail)):
            found.append(Found(published, PAIRED, WHAT_IDENTITY, masked, pair.fingerprint, key))
    if over:
        first = min(holder for holders in pages.starts.values() for holder in holders)
        what = (
            "for mange titler begynner med tall til at de kan leses mot tallene på de andre sidene"
        )
        found.append(Found(first, PAIRED, what, "", "", ""))
    return found


def _same(path: Path, digest: str) -> bool:
    """Whether the file at ``path`` still holds the bytes whose hash is ``digest``."""
    try:
        return _digest(path.read_bytes()) == digest
    except OSError:
        return False


def shipped_by(folders: Sequence[Path]) -> Callable[[str, Path], bool]:
    """Whether a published file (its address, its path in the built site) is one of the theme's
    own files in ``folders``, byte for byte: not gated, as no content reaches it. The first
    folder that has a file of that address decides, as the engines look them up."""

    def pristine(published: str, path: Path) -> bool:
        for folder in folders:
            shipped = folder / published
            if shipped.is_file():
                return filecmp.cmp(shipped, path, shallow=False)
        return False

    return pristine
