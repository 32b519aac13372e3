"""Search: Pagefind's static index over the built site, made at the end of every build.

Pagefind (the ``pagefind`` package from PyPI, with its binary) reads the finished HTML and
writes ``pagefind/`` into the site: a small script, a WebAssembly search engine and the index in
chunks, so a reader's first search fetches only the chunks its words need, and nothing before
the reader opens search. Pages are ``<html lang="nb">``, and Pagefind stems ``nb`` with the
Norwegian Snowball stemmer: "kvinnene" finds "kvinne", "konvertering" finds "konvertere".

What is indexed is chosen in the templates, not here:

- ``data-pagefind-body`` (the theme's ``partials/content.html``) marks the page's own text;
  the header, navigation, footer and buttons are outside it, and a page without it (a
  withdrawn decision, the 404 page) is not in search at all;
- ``data-pagefind-filter`` and ``data-pagefind-meta`` on the decision panel's values (country,
  category, outcome, legal basis, status, id) make them filters and fields of each result;
- ``data-pagefind-weight`` on a decision's id ranks the decision first when its id is searched;
- ``place`` (below) says what a page is to a caseworker: content (decisions, notes,
  clarifications, guides, roles) is indexed as it is; overview pages and the site's own pages
  (the contributor guide) rank below it (``data-pagefind-weight`` on the page's text); change
  lists, review queues and readiness are lists of other pages' titles and are not indexed.

This module adds the parts every page has in common that must not be searched (below), code
examples among them, and leaves out of the bundle Pagefind's ready-made interfaces, which the
site does not use. After indexing it writes two small files the search dialog reads: the
department's vocabulary (``VOCABULARY``, a query is expanded with it, and each synonym says
which of Pagefind's index chunks it needs and their bytes, so the dialog can leave out a
synonym that would make a first search heavy) and the words in the index (``WORDS``, one small
file per first letter, fetched for the letters a query's words start with, for «Mente du …?»).

A large site is indexed in parts (``shards``): Pagefind holds every page's words in memory while
it indexes (3.4 GB for 20,000 decisions), so more than ``SHARD_PAGES`` pages are split by
folder (a country's decisions a part of their own, the small folders together, the front page
alone), each indexed by its own run, one after another. The first part's bundle is
``pagefind/`` as before; each further one is a folder in it (``pagefind/2/``) with only its
index. ``ROUTES`` lists, for each word, the parts that can have it and how well each part's
best page scores for it: the dialog merges into its search (Pagefind's ``mergeIndex``) only the
parts that can have every word of the query, so a search for a country's words fetches that
country's part and not the others' page lists and chunks. A word that many parts have (a word
of every country) would cost a chunk and a page list in each: the dialog then searches the
parts that score best for it first, within ``FIRST_PARTS_BYTES``, shows those results, and
searches the other parts after (the whole result replaces the first).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from praksisbank.core.base import urls
from praksisbank.core.base.model import FreePage, Item, Synonyms

BUNDLE = "pagefind"
"""The folder in the site that holds the search bundle (the theme's search partial uses it)."""

IGNORED = (
    ".headerlink",  # the "¶" after each heading
    ".pb-panel dt",  # "Land", "Utfall" ...: the labels, on every page; their values stay
    ".pb-notice",  # the same note on every decision
    ".pb-copy",  # "Kopier tekst"
    ".pb-pdf",  # "Last ned PDF"
    ".pb-checklist__tools",  # "Fjern alle kryss" and the count
    "pre",  # code examples (the contributor guide's front matter): never searched
    "code:not([data-pagefind-meta])",  # inline code too, but a document's id stays
)
"""Generated text inside the searchable part that would match every page of its kind."""

UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)
"""Pagefind's own interfaces: the site has its own (assets/praksisbank/praksisbank-header.js)."""


VOCABULARY = "praksisbank-vocabulary.json"
"""In the bundle: the groups of ``vocabulary.yml``, lower case, with the index chunks each
searched term needs (``chunks``, numbers into ``chunk_bytes``), and the letters that have a file
of words (``WORDS``); fetched when search opens."""
WORDS = "praksisbank-words"
"""In the bundle: a folder of the index's words, ``<key>.json`` per first letter (``word_key``)."""
MAX_WORDS = 30_000
"""The most frequent words kept for suggestions, so the file stays small on a large site."""
_WORD = re.compile(r"[0-9a-zæøåäöüé]+")
ROUTES = "praksisbank-parts"
"""In a bundle in parts: a folder of the index's words, ``<key>.json`` per first two letters
(``route_key``), each word with three characters per part (``write_routes``): 000 for a part
that cannot have a page Pagefind finds for it (no word that starts with its ``stem_floor``),
else how well the part's best page scores for it (``route_digit``), its rank by that score and
the bytes of its chunks there (``chunk_digit``). The dialog loads and searches
only the parts that can have every word of a query, the best first (``FIRST_PARTS_BYTES``); a
word not in these files can be in every part."""
FIRST_PARTS_BYTES = 110_000
"""In a bundle in parts: the bytes of the parts a search loads before it shows its first
results: their page lists (``part_bytes`` in ``VOCABULARY``) and the chunks of the query's
words there (``ROUTES``). The parts are taken in the order of their scores for the query's
words, the first part and one more always; the dialog then searches the rest of the parts the
query needs and shows the whole result in place of the first. With the engine, the script and
ten fragments, a first search stays under 300 kB at 20,000 decisions."""

Place = Literal["content", "below", "hidden"]
HIDDEN = (urls.CHANGES, urls.REVIEW, urls.READINESS)
"""Pages that list other pages' titles (and the units' queues under ``gjennomgang/``)."""
_HIDDEN_FOLDERS = tuple(uri.removesuffix("index.md") for uri in (urls.CHANGES, urls.REVIEW))
"""The change lists per country and kind, and the units' review queues, are listings too."""
BELOW = "0.1"
"""The weight of the text of an overview or help page: found, but after content."""


def place(src_uri: str, item: Item | None) -> Place:
    """What a page is to a caseworker searching: the theme's ``partials/content.html`` marks
    its text accordingly."""
    if item is not None and not isinstance(item, FreePage):
        return "content"
    if src_uri in HIDDEN or src_uri.startswith(_HIDDEN_FOLDERS):
        return "hidden"
    return "below"


class SearchError(Exception):
    """Pagefind could not index the site; the message is for the person building, in Norwegian."""


@dataclass(frozen=True, kw_only=True, slots=True)
class SearchIndex:
    """What Pagefind reported: for the build log and the tests."""

    pages: int
    words: int
    """In parts, the sum of the parts' counts (a word in two parts counts twice)."""
    filters: int
    languages: tuple[str, ...]
    stemmed: bool
    """False when Pagefind has no stemmer for a language of the site (then only exact forms)."""
    size: int
    """Bytes of the bundle in the site."""


SHARD_PAGES = 6_000
"""The most pages one run of Pagefind indexes: Pagefind took 1.15 GB for 5,000 decisions and 3.35 GB
for 20,000. A site of 5,000 decisions stays one index (the fewest bytes a first search fetches)."""
SHARD_ONLY = ("pagefind-entry.json", "index", "filter", "fragment")
"""What a further part keeps, besides its ``*.pf_meta``: the rest (script, engine) is the first
bundle's, shared."""


INDEXER: tuple[str, ...] = (sys.executable, "-m", "pagefind")
"""Pagefind's command line, from the pinned ``pagefind`` package (its binary runs in this
process's place: ``os.execv``, so the process watched is Pagefind itself)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Watchdog:
    """When a run of Pagefind is stopped. Not after a fixed time: under load (other builds on
    the same cores) a healthy run of 5,000 pages took more than ten minutes of wall time and was
    stopped by the old 600 s limit. Two limits follow the work instead:

    - the CPU seconds Pagefind may use: ``cpu_base`` plus ``cpu_per_page`` for each HTML page
      of the site (it indexes at most those): a run past that is stuck in a loop;
    - progress: a run whose CPU time has not grown for ``stalled`` seconds of wall time (waiting
      on nothing we know of) is stuck, however much work is left.

    Load slows the run in wall time, not the CPU it needs. Measured (benchmarks/README.md,
    «The search index's watchdog»): Pagefind used 18.7 s of CPU (3.7 ms a page) and 131 s of
    wall time for the 5,122 pages of 5,000 decisions at a load of 14 on two cores; the limit
    there is 376 s of CPU. Where the system cannot tell a process's CPU time (no ``/proc``),
    the CPU limit is applied to wall time instead."""

    cpu_base: float = 120.0
    cpu_per_page: float = 0.05
    stalled: float = 300.0
    poll: float = 0.5
    """Seconds between two looks at the process."""

    def cpu_limit(self, pages: int) -> float:
        return self.cpu_base + self.cpu_per_page * pages


def index_site(
    site_dir: Path,
    *,
    low_priority: bool = False,
    vocabulary: Sequence[Synonyms] = (),
    shard_pages: int = SHARD_PAGES,
    watchdog: Watchdog | None = None,
    indexer: Sequence[str] = INDEXER,
) -> SearchIndex:
    """Index the built site in ``site_dir`` into ``site_dir/pagefind``, in parts of at most
    `shard_pages` pages (``shards``); with `low_priority`, a live preview's next rebuild goes
    first. Each run of Pagefind (`indexer`) is watched (`watchdog`, ``Watchdog`` by default):
    stopped when it uses more CPU than its pages need or makes no progress; the bundle that was
    there stays as it was."""
    bundle = site_dir / BUNDLE
    fresh = site_dir / f".{BUNDLE}-new"  # made aside, then put in place of the old bundle
    shutil.rmtree(fresh, ignore_errors=True)
    globs = shards(site_dir, shard_pages)
    watch = watchdog or Watchdog()
    pages = html_pages(site_dir)
    words = filters = 0
    try:
        for number, glob in enumerate(globs, start=1):
            into = fresh if number == 1 else fresh / str(number)
            command = _command(indexer, site_dir, into, glob, low_priority=low_priority)
            output = run_indexer(command, pages=pages, watchdog=watch)
            words += _count(output, "word")
            filters = max(filters, _count(output, "filter"))
            if number > 1:
                for path in into.iterdir():
                    if path.name not in SHARD_ONLY and path.suffix != ".pf_meta":
                        (shutil.rmtree if path.is_dir() else Path.unlink)(path)
        for name in UNUSED:
            (fresh / name).unlink(missing_ok=True)
        shutil.rmtree(fresh / "playground", ignore_errors=True)
        parts = [fresh, *(fresh / str(n) for n in range(2, len(globs) + 1))]
        for part in parts:
            stable_filters(part)
        found = [_entry(part) for part in parts]
        write_words(fresh, vocabulary, shards=[f"{n}/" for n in range(2, len(globs) + 1)])
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    shutil.rmtree(bundle, ignore_errors=True)
    fresh.rename(bundle)
    return SearchIndex(
        pages=sum(pages for pages, _, _ in found),
        words=words,
        filters=filters,
        languages=tuple(sorted({lang for _, languages, _ in found for lang in languages})),
        stemmed=all(stemmed for _, _, stemmed in found),
        size=sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file()),
    )


def html_pages(site_dir: Path) -> int:
    """The HTML files of the site, but the search bundle's: what Pagefind may have to index."""
    count = 0
    for folder, dirs, names in os.walk(site_dir):
        if Path(folder) == site_dir:
            dirs[:] = [d for d in dirs if d not in (BUNDLE, f".{BUNDLE}-new")]
        count += sum(1 for name in names if name.endswith(".html"))
    return count


def _command(
    indexer: Sequence[str], site_dir: Path, into: Path, glob: str, *, low_priority: bool
) -> list[str]:
    """One run of Pagefind over the pages `glob` names, its bundle written to `into`."""
    nice = shutil.which("nice") if low_priority else None
    return [
        *((nice, "-n", "15") if nice else ()),
        *indexer,
        "--site",
        str(site_dir),
        "--output-path",
        str(into),
        "--glob",
        glob,
        *(arg for selector in IGNORED for arg in ("--exclude-selectors", selector)),
    ]


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_cpu(pid: int) -> float | None:
    """The CPU seconds (user and system, every thread) a running process has used, from
    ``/proc``; None where the system does not say."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except (OSError, ValueError):
        return None
    fields = stat[stat.rindex(")") + 2 :].split()  # after the name, which may hold spaces
    try:
        return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime
    except (IndexError, ValueError):
        return None


_RUNNING: set[subprocess.Popen[bytes]] = set()
"""The indexers this process runs now (``stop_running``)."""


def stop_running() -> None:
    """Stop every indexer this process runs now, and wait for each to end (its process is told
    to stop: a live preview's search index when the preview stops)."""
    for process in list(_RUNNING):
        _kill(process)


def run_indexer(command: Sequence[str], *, pages: int, watchdog: Watchdog) -> str:
    """Run `command` (Pagefind, or a stand-in in the tests) under `watchdog`; its output
    (standard output, then standard error). A run stopped by the watchdog, a command that
    cannot start and one that fails are a ``SearchError`` in Norwegian."""
    limit = watchdog.cpu_limit(pages)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            process = subprocess.Popen(  # our own arguments, no shell
                list(command), stdout=out, stderr=err, stdin=subprocess.DEVNULL
            )
        except OSError as exc:
            raise SearchError(f"Praksisbanken: søkeindeksen kunne ikke lages ({exc}).") from None
        _RUNNING.add(process)
        try:
            stopped = _watch(process, limit=limit, watchdog=watchdog, pages=pages)
        finally:
            _RUNNING.discard(process)
        out.seek(0)
        err.seek(0)
        said = [stream.read().decode("utf-8", "replace") for stream in (out, err)]
    output = "\n".join(said)
    if stopped is not None:
        raise SearchError(stopped)
    if process.returncode != 0:
        last = [line for line in output.splitlines() if line.strip()][-3:]
        raise SearchError(
            "Praksisbanken: søkeindeksen kunne ikke lages. Pagefind sa: " + " ".join(last)
        )
    return output


def _watch(
    process: subprocess.Popen[bytes], *, limit: float, watchdog: Watchdog, pages: int
) -> str | None:
    """Wait for `process`; stop it (and say why, in Norwegian) when it passes the CPU limit
    or its CPU time stands still for ``watchdog.stalled`` seconds."""
    started = time.monotonic()
    progress_at, last_cpu = started, -1.0
    try:
        while True:
            try:
                process.wait(timeout=watchdog.poll)
                return None
            except subprocess.TimeoutExpired:
                pass
            now = time.monotonic()
            cpu = process_cpu(process.pid)
            used = now - started if cpu is None else cpu
            if used > limit:
                what = "CPU-sekunder" if cpu is not None else "sekunder"
                return _stopped(
                    process,
                    f"Pagefind hadde brukt {_seconds(used)} {what} på et nettsted med {pages} "
                    f"HTML-sider, mer enn grensen på {_seconds(limit)} for så mange sider",
                )
            if cpu is not None and cpu > last_cpu:
                progress_at, last_cpu = now, cpu
            elif cpu is not None and now - progress_at > watchdog.stalled:
                return _stopped(
                    process,
                    f"Pagefind hadde ikke brukt prosessoren på {_seconds(now - progress_at)} "
                    "sekunder og kom ikke videre",
                )
    except BaseException:
        _kill(process)
        raise


def _stopped(process: subprocess.Popen[bytes], why: str) -> str:
    _kill(process)
    return (
        f"Praksisbanken: søkeindeksen kunne ikke lages: {why}, så den ble stoppet. "
        "Søkeindeksen som var der fra før, er ikke endret. Bygg igjen; skjer det på nytt, "
        "er det en feil i Pagefind eller i sidene den leser."
    )


def _kill(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        with contextlib.suppress(OSError):
            process.kill()
    process.wait()


def _seconds(value: float) -> str:
    """Seconds for a Norwegian reader: «12,5»."""
    return f"{value:.1f}".replace(".", ",")


PAGES = "**/*.html"
"""Pagefind's own choice of pages: every HTML file (those without ``data-pagefind-body`` it
leaves out itself)."""


BODY = re.compile(rb"<[a-z][^<>]*\sdata-pagefind-body[\s=/>]")
"""The mark of a page's searchable text (the theme's ``partials/content.html``): an attribute
of an element, not the words in a page's text (escaped there)."""


def shards(site_dir: Path, most: int) -> list[str]:
    """Pagefind's ``--glob`` for each part of the index: the site's pages with searchable text
    (``BODY``) split by folder into pieces of at most half of `most` where folders allow (a
    folder's own files stay together), in the order of their paths; one part, ``**/*.html``,
    for a site of `most` such pages or fewer. The root's own pages are the first part, alone
    (every search loads it); a piece of a quarter of `most` or more (a country's decisions) is a
    part of its own; smaller pieces share parts of at most half of `most`. A folder without
    such a page is in no part: run alone, Pagefind would index all of its pages' text.
    Deterministic."""
    walked = []
    for folder, dirs, names in os.walk(site_dir):
        here = Path(folder).relative_to(site_dir).parts
        if not here:
            dirs[:] = [d for d in dirs if d not in (BUNDLE, f".{BUNDLE}-new")]
        dirs.sort()
        walked.append((folder, here, [name for name in names if name.endswith(".html")]))
    if sum(len(names) for _, _, names in walked) <= most:  # no need to read a page
        return [PAGES]
    counts: Counter[tuple[str, ...]] = Counter()
    for folder, here, names in walked:
        pages = sum(1 for name in names if BODY.search(Path(folder, name).read_bytes()))
        for depth in range(len(here) + 1):
            counts[here[:depth]] += pages
    if counts[()] <= most:
        return [PAGES]
    piece = max(1, most // 2)  # at 20,000 decisions, a country's folder is a piece
    pieces: list[tuple[str, int]] = []

    def split(folder: tuple[str, ...]) -> None:
        inside = sorted(f for f in counts if len(f) == len(folder) + 1 and f[:-1] == folder)
        own = counts[folder] - sum(counts[f] for f in inside)
        prefix = "".join(f"{part}/" for part in folder)
        if own:
            pieces.append((f"{prefix}*.html", own))
        pages = {sub[-1]: counts[sub] for sub in inside if counts[sub]}
        for start, group in _by_start(pages, piece):
            if len(group) > 1:  # folders that start alike: one pattern (a decision per folder)
                pieces.append((f"{prefix}{start}*/**/*.html", sum(pages[n] for n in group)))
            elif pages[group[0]] > piece:
                split((*folder, group[0]))
            else:
                pieces.append((f"{prefix}{group[0]}/**/*.html", pages[group[0]]))

    split(())
    # A search loads only the parts that have its words (``ROUTES``), and always the first
    # part: the front page alone, when the site's root has searchable pages. A large piece (a
    # country's decisions) is a part of its own; the small ones (notes, guides, lists) share.
    groups: list[list[str]] = []
    packed: list[str] | None = None
    size = 0
    for number, (glob, pages) in enumerate(pieces):
        if (number == 0 and glob == "*.html") or pages >= max(1, most // 4):
            groups.append([glob])
            continue
        if packed is None or size + pages > piece:
            packed = []
            groups.append(packed)
            size = 0
        packed.append(glob)
        size += pages
    return [group[0] if len(group) == 1 else "{" + ",".join(group) + "}" for group in groups]


def _by_start(pages: dict[str, int], most: int) -> list[tuple[str, list[str]]]:
    """Folder names grouped by their first letters, as few letters as give groups of at most
    `most` pages (or one folder each): a folder per decision gives a pattern per year, not one
    per decision (a command line has a limit). Every name of a group of two or more starts with
    the group's letters and no name outside it does."""
    names = sorted(pages)
    for length in range(1, max(map(len, names), default=0) + 1):
        groups: dict[str, list[str]] = {}
        for name in names:
            groups.setdefault(name[:length], []).append(name)
        if all(len(g) == 1 or sum(pages[n] for n in g) <= most for g in groups.values()):
            return sorted(groups.items())
    return [(name, [name]) for name in names]


def write_words(
    bundle: Path, vocabulary: Sequence[Synonyms], *, shards: Sequence[str] = ()
) -> None:
    """The vocabulary and the index's words, as JSON files in the bundle (deterministic).

    Each group of the vocabulary keeps all its terms (a query may use any) and lists under
    ``search`` the terms the index has, the most frequent first: only those are worth searching
    for (Pagefind would take a short unknown word such as «IFA» for the start of other words).
    Beside each searched term, ``chunks`` lists the index chunks Pagefind fetches for it (one in
    each part of the index), as numbers into ``chunk_bytes``: a synonym in a chunk the query
    needs anyway costs nothing. ``shards`` are the further parts' folders, relative to the
    bundle, which the dialog merges into its search."""
    parts = [bundle, *(bundle / shard for shard in shards)]
    counts: Counter[str] = Counter()
    held: list[set[str]] = []
    scores: list[dict[str, float]] = []
    for part in parts:
        part_counts, part_words, part_scores = _word_counts(part, routed=len(parts) > 1)
        counts += part_counts
        held.append(part_words)
        scores.append(part_scores)
    known = sorted(counts)
    chunks = [index_chunks(part) for part in parts]
    used: dict[tuple[int, int], int] = {}  # (part, place in its chunks) -> number in the file
    groups = []
    for group in vocabulary:
        terms = list(dict.fromkeys(" ".join(t.casefold().split()) for t in group.terms))
        searched = [t for t in terms if all(_in_index(w, known) for w in _WORD.findall(t))]
        # The most used first: the dialog searches the first ones when a query has many.
        searched.sort(key=lambda t: -min((counts[w] for w in _WORD.findall(t)), default=0))
        needs = [
            [
                used.setdefault((part, at), len(used))
                for part, part_chunks in enumerate(chunks)
                for at in chunks_of(_WORD.findall(t), part_chunks)
            ]
            for t in searched
        ]
        groups.append({"terms": terms, "search": searched, "chunks": needs})
    kept = sorted(
        (w for w in counts if len(w) > 3 and not any(c.isdigit() for c in w)),
        key=lambda w: (-counts[w], w),
    )[:MAX_WORDS]
    letters: dict[str, list[str]] = {}
    for word in sorted(kept):
        letters.setdefault(word_key(word), []).append(word)
    # The letters that have a file: the dialog asks for no other (no failed request).
    routes = write_routes(bundle, held, scores, chunks) if len(parts) > 1 else []
    found = {
        "groups": groups,
        "chunk_bytes": [chunks[part][at].size for part, at in sorted(used, key=used.__getitem__)],
        "letters": sorted(letters),
        "shards": list(shards),
        "routes": routes,
    }
    if len(parts) > 1:  # what each part costs a search before its chunks: its page list
        found["part_bytes"] = [
            sum(meta.stat().st_size for meta in part.glob("*.pf_meta")) for part in parts
        ]
        found["first_bytes"] = FIRST_PARTS_BYTES
    (bundle / VOCABULARY).write_text(
        json.dumps(found, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    folder = bundle / WORDS
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for key, words in letters.items():
        (folder / f"{key}.json").write_text(
            json.dumps(words, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class Chunk:
    """One file of Pagefind's word index: the words from `first` to `last` (as Pagefind
    shortens them: enough letters to tell them from the next chunk's) and its bytes."""

    first: str
    last: str
    size: int


def index_chunks(bundle: Path) -> list[Chunk]:
    """Pagefind's index chunks, in order, from its language meta file (``*.pf_meta``: gzip,
    a ``pagefind_dcd`` mark and CBOR, version 1.x: [version, pages, chunks [[from, to, hash]],
    ...]). Empty when there is not exactly one such file or it has another shape: the dialog
    then counts synonyms only (``SPELLINGS`` in its script)."""
    metas = sorted(bundle.glob("*.pf_meta"))
    if len(metas) != 1:
        return []
    try:
        data = gzip.decompress(metas[0].read_bytes())
        mark = b"pagefind_dcd"
        if not data.startswith(mark):
            return []
        meta, _ = _cbor(data, len(mark))
        found = []
        if not isinstance(meta, list) or not isinstance(meta[2], list):
            return []
        for entry in meta[2]:
            first, last, name = entry
            if not (isinstance(first, str) and isinstance(last, str) and isinstance(name, str)):
                return []
            size = (bundle / "index" / f"{name}.pf_index").stat().st_size
            found.append(Chunk(first=first, last=last, size=size))
        return found
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        return []


def chunks_of(words: Sequence[str], chunks: Sequence[Chunk]) -> list[int]:
    """The places in `chunks` of those Pagefind fetches for `words`, as its engine picks them:
    for each word the first chunk whose range holds it; for a word between two chunks, the first
    whose range holds it when both ends are cut to the word's length (a word it might start)."""
    found: set[int] = set()
    for word in words:
        within = (at for at, c in enumerate(chunks) if c.first <= word <= c.last)
        near = (
            at
            for at, c in enumerate(chunks)
            if c.first[: len(word)] <= word[: len(c.first)]
            and word[: len(c.last)] <= c.last[: len(word)]
        )
        at = next(within, None)
        at = next(near, None) if at is None else at
        if at is not None:
            found.add(at)
    return sorted(found)


def _cbor(data: bytes, at: int) -> tuple[object, int]:
    """One CBOR item (RFC 8949) from `data` at `at`: the kinds Pagefind's meta file uses
    (integers, strings, arrays, maps, true, false, null; no floats); the item and where the
    next begins."""
    head = data[at]
    kind, info = head >> 5, head & 31
    at += 1
    if info < 24:
        value = info
    elif info <= 27:
        width = 1 << (info - 24)
        value = int.from_bytes(data[at : at + width], "big")
        if at + width > len(data):
            raise EOFError
        at += width
    else:
        raise ValueError(f"CBOR: {head:#x}")
    if kind == 0:
        return value, at
    if kind == 1:
        return -1 - value, at
    if kind in (2, 3):
        if at + value > len(data):
            raise EOFError
        raw = data[at : at + value]
        return (raw.decode("utf-8") if kind == 3 else raw), at + value
    if kind == 4:
        items = []
        for _ in range(value):
            item, at = _cbor(data, at)
            items.append(item)
        return items, at
    if kind == 5:
        pairs = {}
        for _ in range(value):
            key, at = _cbor(data, at)
            pairs[str(key)], at = _cbor(data, at)
        return pairs, at
    if kind == 6:
        return _cbor(data, at)
    if kind == 7 and info in (20, 21, 22):
        return {20: False, 21: True, 22: None}[info], at
    raise ValueError(f"CBOR: {head:#x}")


def _cbor_bytes(value: object) -> bytes:
    """``value`` as CBOR, each length and integer in its shortest form (as Pagefind writes
    them): the kinds ``_cbor`` reads."""

    def head(kind: int, number: int) -> bytes:
        if number < 24:
            return bytes([kind << 5 | number])
        width = next(w for w in (1, 2, 4, 8) if number < 1 << (8 * w))
        return bytes([kind << 5 | (24 + (1, 2, 4, 8).index(width))]) + number.to_bytes(width, "big")

    if value is False or value is True or value is None:
        return bytes([0xF4 if value is False else 0xF5 if value is True else 0xF6])
    if isinstance(value, int):
        return head(0, value) if value >= 0 else head(1, -1 - value)
    if isinstance(value, bytes):
        return head(2, len(value)) + value
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return head(3, len(raw)) + raw
    if isinstance(value, list):
        return head(4, len(value)) + b"".join(_cbor_bytes(item) for item in value)
    if isinstance(value, dict):
        return head(5, len(value)) + b"".join(
            _cbor_bytes(k) + _cbor_bytes(v) for k, v in value.items()
        )
    raise ValueError(f"CBOR: {type(value).__name__}")


_MARK = b"pagefind_dcd"


def _read_dcd(path: Path) -> object:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_MARK):
        raise ValueError(f"{path.name}: not Pagefind's format")
    value, end = _cbor(data, len(_MARK))
    if end != len(data):
        raise ValueError(f"{path.name}: more than one CBOR item")
    return value


def _dcd_bytes(value: object) -> bytes:
    """Pagefind's file of ``value``: its mark and the CBOR, gzipped without a time in it."""
    return gzip.compress(_MARK + _cbor_bytes(value), compresslevel=9, mtime=0)


def stable_filters(bundle: Path) -> None:
    """The same filter files for the same pages, run after run (stop 23 of issue 17).

    Pagefind (1.5) writes each filter's values, and the list of filters in the language's meta
    file, in the order of a hash map, which differs from one run to the next: the filter files
    and the meta file change their bytes and their names (a hash of their bytes), and so does
    ``pagefind-entry.json``, for the same content. Here each filter file's values are sorted by
    value and the meta file's filters by name, each file written again and named by a hash of
    what it holds (SHA-256, as long as Pagefind's names), and the entry file names the new meta
    file. A shape we do not know is left as Pagefind wrote it (only its order varies)."""
    entry_path = bundle / ENTRY
    try:
        entry = json.loads(entry_path.read_text(encoding="utf-8"))
        languages = entry["languages"]
        for language in languages.values():
            meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
            meta = _read_dcd(meta_path)
            if not isinstance(meta, list) or len(meta) < 4 or not isinstance(meta[3], list):
                continue
            prefix = str(language["hash"]).split("_", 1)[0]
            made: list[tuple[object, str, list[object]]] = []
            for name, old in meta[3]:
                path = bundle / "filter" / f"{old}.pf_filter"
                values = _read_dcd(path)
                if not isinstance(values, list) or len(values) != 2:
                    raise ValueError(f"{path.name}: not a filter")
                values[1] = sorted(values[1], key=lambda pair: str(pair[0]))
                made.append((name, f"{prefix}_{_digest(_cbor_bytes(values), 7)}", values))
            for _name, old in meta[3]:  # every file read before any is written
                (bundle / "filter" / f"{old}.pf_filter").unlink()
            for _name, new, values in made:
                (bundle / "filter" / f"{new}.pf_filter").write_bytes(_dcd_bytes(values))
            renamed = [[name, new] for name, new, _values in made]
            meta[3] = sorted(renamed, key=lambda pair: str(pair[0]))
            language["hash"] = f"{prefix}_{_digest(_cbor_bytes(meta), 10)}"
            meta_path.unlink()
            (bundle / f"pagefind.{language['hash']}.pf_meta").write_bytes(_dcd_bytes(meta))
        text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        entry_path.write_text(text, encoding="utf-8")
    except (OSError, EOFError, ValueError, TypeError, IndexError, KeyError) as exc:
        raise SearchError(
            f"Praksisbanken: søkeindeksen ble laget, men filtrene i den kan ikke ordnes "
            f"({type(exc).__name__}: {exc}). {_VERSION_HINT}"
        ) from None


def _digest(data: bytes, length: int) -> str:
    return hashlib.sha256(data).hexdigest()[:length]


def word_key(word: str) -> str:
    """The file a word is in: its first letter, or for æ, ø, å and other letters its code point
    (``e6`` for æ), so the file names are plain ASCII. The dialog computes the same."""
    first = word[0]
    return first if "a" <= first <= "z" else f"{ord(first):x}"


def _word_counts(
    bundle: Path, *, routed: bool = True
) -> tuple[Counter[str], set[str], dict[str, float]]:
    """The words of the indexed pages (Pagefind's fragments: title and text), lower case; every
    word of their text and fields as ``fold`` leaves them, whole and, where joined by a hyphen
    or a dot, run together (Pagefind indexes «ID-tvil» as «idtvil» as well); and for each word
    (folded) the score of its best page in this part (``_best_scores``). The last two only for
    an index in parts (``routed``): ``write_routes`` alone reads them, and at 5,000 decisions
    (one part) they were more than half of this reading, on the build's main thread after
    Pagefind."""
    counts: Counter[str] = Counter()
    tokens: set[str] = set()
    pages: list[tuple[int, Counter[str], float]] = []
    for fragment in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes())
        record = json.loads(data[data.index(b"{") :])
        meta = record.get("meta", {})
        title = str(meta.get("title", "")).casefold()
        text = f"{title} {record.get('content', '')}"
        words = _WORD.findall(text.casefold())
        counts.update(words)
        if not routed:
            continue
        # Pagefind weighs a title's words more (``TITLE_WEIGHT``); the content has it once.
        found = Counter(_WORD.findall(text.casefold().translate(_FOLD)))
        for word in _WORD.findall(title.translate(_FOLD)):
            found[word] += TITLE_WEIGHT - 1
        length = record.get("word_count")
        length = length if isinstance(length, int) and length > 0 else len(words)
        # An overview or help page (no document type) has its text weighted ``BELOW``.
        pages.append((length, found, 1.0 if "type" in meta else float(BELOW)))
        fields = " ".join(str(value) for value in meta.values() if isinstance(value, str))
        tokens.update(_token().findall(f"{text} {fields}".casefold()))
    held = set()
    for token in tokens:  # each word once: folding is per character
        plain = fold(token)
        held.update(_PLAIN.findall(plain))
        held.add(_CONNECTOR.sub("", plain))
    return counts, held, _best_scores(pages)


_FOLD = str.maketrans("åäöüé", "aaoue")
"""``fold`` for the letters of ``_WORD``: the accented ones lose their marks, æ and ø stay."""
TITLE_WEIGHT = 7
"""Pagefind's weight of a page's ``h1`` (the title); text has 1."""
K1, B = 1.4, 0.75
"""Pagefind's default ranking (``termSaturation``, ``pageLength``): BM25."""


def _best_scores(pages: Sequence[tuple[int, Counter[str], float]]) -> dict[str, float]:
    """For each word of `pages` (each its length in words, its words' counts, title counted
    ``TITLE_WEIGHT`` times, and the weight of its text), the
    BM25 score of the page that scores best for the word alone, as Pagefind scores a page
    within its own part of the index (its own page count and average length): an estimate of
    where a search for the word finds its best results, for the order parts are searched in."""
    if not pages:
        return {}
    average = sum(length for length, _, _ in pages) / len(pages)
    best: dict[str, float] = {}
    having: Counter[str] = Counter()
    for length, found, weight in pages:
        norm = K1 * (1 - B + B * length / average)
        having.update(found.keys())
        for word, count in found.items():
            score = (K1 + 1) * count * weight / (norm + count * weight)
            if score > best.get(word, 0.0):
                best[word] = score
    total = len(pages)
    return {
        word: score * math.log((total - having[word] + 0.5) / (having[word] + 0.5) + 1)
        for word, score in best.items()
    }


_PLAIN = re.compile(r"\w+")
_CONNECTOR = re.compile(r"[^\w]")


@cache
def _mark_class() -> str:
    """Every combining mark of Unicode's first plane (JavaScript's ``\\p{M}`` there), as the
    ranges of a character class: accents written as a letter and a mark stay in their word."""
    ranges: list[tuple[int, int]] = []
    for point in range(0x10000):
        if unicodedata.category(chr(point)).startswith("M"):
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1] = (ranges[-1][0], point)
            else:
                ranges.append((point, point))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


@cache
def _token() -> re.Pattern[str]:
    """A word with its marks, and words joined by a hyphen, a dot or the like."""
    part = rf"[\w{_mark_class()}]+"
    return re.compile(rf"{part}(?:[-\u2010-\u2015.'\u2019:/@+&]{part})*")


@cache
def _marks() -> re.Pattern[str]:
    return re.compile(f"[{_mark_class()}]+")


def fold(text: str) -> str:
    """Lower case without accents, as Pagefind reads a query («Å» and «å» are «a», «ø» stays)."""
    return _marks().sub("", unicodedata.normalize("NFD", text.casefold()))


_VOWELS = frozenset("aeiouyæåø")
_STEP1 = (
    "hetenes", "hetene", "hetens", "heten", "heter", "endes", "ande", "ende", "edes", "enes",
    "erte", "ede", "ane", "ene", "ens", "ers", "ets", "het", "ast", "ert", "en", "ar", "er",
    "as", "es", "et", "a", "e", "s",
)  # fmt: skip
_STEP3 = ("hetslov", "eleg", "elig", "elov", "slov", "leg", "eig", "lig", "els", "lov", "ig")


def stem_floor(word: str) -> str:
    """The shortest start of `word` (folded) that Pagefind's Norwegian stemmer (Snowball) can
    leave of it: every way its three steps can cut the word's end inside its region R1 is
    tried, so the stem Pagefind searches for always starts with this."""
    after = [
        at + 1
        for at in range(1, len(word))
        if _VOWELS.isdisjoint(word[at]) and word[at - 1] in _VOWELS
    ]
    region = max(3, after[0] if after else len(word))

    def cuts(forms: set[str], suffixes: Sequence[str]) -> set[str]:
        found = set(forms)
        for form in forms:
            for suffix in suffixes:
                if form.endswith(suffix) and len(form) - len(suffix) >= region:
                    found.add(form[: -len(suffix)])
        return found

    first = cuts({word}, _STEP1)
    for suffix, kept in (("erte", 2), ("ert", 1)):  # replaced by «er»: the word less kept letters
        if word.endswith(suffix) and len(word) - len(suffix) >= region:
            first.add(word[:-kept])
    second = first | {f[:-1] for f in first if f.endswith(("dt", "vt")) and len(f) - 1 >= region}
    return min(cuts(second, _STEP3), key=len)


def route_key(word: str) -> str:
    """The ``ROUTES`` file a word is in: its first two letters, each as ``word_key`` names it,
    joined by ``_`` («sy» is ``s_y``, «øy» ``f8_y``); a word of one letter, that letter."""
    return "_".join(word_key(letter) for letter in word[:2])


_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
SCORE_STEPS = 4
"""A part's score for a word in ``ROUTES``: ``_best_scores`` times this, rounded, from 1 to 35
(a base-36 digit; 0: the part has no form of the word)."""
CHUNK_STEP = 8_000
"""A part's chunks for a word in ``ROUTES``: their bytes in steps of this, rounded up, at most
35 (a base-36 digit)."""


def route_digit(score: float) -> str:
    """One part's character in a word's ``ROUTES`` entry, for a part that has the word."""
    return _DIGITS[min(35, max(1, round(score * SCORE_STEPS)))]


def chunk_digit(size: int) -> str:
    """The bytes of a part's chunks for a word, as a digit of ``CHUNK_STEP`` (at least 1)."""
    return _DIGITS[min(35, max(1, -(-size // CHUNK_STEP)))]


def _chunks_for(floor: str, chunks: Sequence[Chunk]) -> int:
    """The bytes of the chunks whose words can start with `floor` (a word's ``stem_floor``):
    Pagefind searches a word's stem and the words it starts, so these are the most a search
    for the word fetches from the part."""
    n = len(floor)
    return sum(
        c.size
        for c in chunks
        if c.first[:n] <= floor[: len(c.first)] and floor[: len(c.last)] <= c.last[:n]
    )


def write_routes(
    bundle: Path,
    held: Sequence[set[str]],
    scores: Sequence[dict[str, float]] = (),
    chunks: Sequence[Sequence[Chunk]] = (),
) -> list[str]:
    """The ``ROUTES`` files for a bundle whose parts hold the words `held` (folded, in the
    order of the parts), each with the best scores of its words `scores` (``_best_scores``)
    and its index chunks `chunks` (``index_chunks``); the keys that have a file
    (deterministic). A word's entry has three characters per part: ``000`` where the part has
    no word that starts with the word's ``stem_floor`` (no page Pagefind can find for it), else
    ``route_digit`` of the part's best score for it (1 when only other forms of it are there),
    the part's rank among those parts by that score unrounded (1 the best, at most 35; parts
    often score within a few thousandths of each other) and ``chunk_digit`` of the chunks a
    search for it can fetch there."""
    ordered = [sorted(words) for words in held]
    best = [*scores, *({} for _ in range(len(held) - len(scores)))]
    tables = [*chunks, *(() for _ in range(len(held) - len(chunks)))]
    letters: dict[str, dict[str, str]] = {}
    for word in sorted(set().union(*held)):
        if not word.isalpha():
            continue  # the dialog routes plain words only
        floor = stem_floor(word)
        having = [n for n, words in enumerate(ordered) if _starts(words, floor) is not None]
        ranked = sorted(having, key=lambda n: (-best[n].get(word, 0.0), n))
        rank = {n: _DIGITS[min(35, at + 1)] for at, n in enumerate(ranked)}
        letters.setdefault(route_key(word), {})[word] = "".join(
            route_digit(best[n].get(word, 0.0))
            + rank[n]
            + chunk_digit(_chunks_for(floor, tables[n]))
            if n in rank
            else "000"
            for n in range(len(ordered))
        )
    folder = bundle / ROUTES
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for key, words in letters.items():
        (folder / f"{key}.json").write_text(
            json.dumps(words, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
    return sorted(letters)


def _in_index(word: str, known: list[str]) -> bool:
    """Whether the index has `word` or, as Pagefind's stemmer would find it, another form of it:
    a word that starts with it («nasjonaltjenesten» for «nasjonaltjeneste»), or for a word of
    six letters or more, one that shares its start but for the last four letters at most
    («konverterte» for «konvertering»). A short word must be there as it is."""
    if len(word) <= 3:
        return _starts(known, word) == word
    if _starts(known, word) is not None:
        return True
    return len(word) >= 6 and _starts(known, word[: max(5, len(word) - 4)]) is not None


def _starts(known: list[str], start: str) -> str | None:
    """The first word of the sorted `known` that starts with `start`."""
    at = bisect_left(known, start)
    return known[at] if at < len(known) and known[at].startswith(start) else None


ENTRY = "pagefind-entry.json"
"""Pagefind's own description of the bundle, as numbers: each language's page count and whether
its search engine stems words (``wasm`` names the language's stemmer, ``null`` for none)."""


def _entry(bundle: Path) -> tuple[int, tuple[str, ...], bool]:
    """Pages, languages and whether every language is stemmed, read from the bundle."""
    try:
        languages = json.loads((bundle / ENTRY).read_text(encoding="utf-8"))["languages"]
        pages = sum(int(language["page_count"]) for language in languages.values())
        stemmed = all(language.get("wasm") for language in languages.values())
        return pages, tuple(sorted(languages)), stemmed
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SearchError(
            f"Praksisbanken: søkeindeksen ble laget, men Pagefinds beskrivelse av den "
            f"({BUNDLE}/{ENTRY}) kan ikke leses ({type(exc).__name__}). {_VERSION_HINT}"
        ) from None


_VERSION_HINT = (
    "Har Pagefind fått en annen versjon enn den requirements.lock låser? Installer på nytt med "
    "«make site»."
)


def _count(output: str, what: str) -> int:
    """A count from Pagefind's closing summary (``Indexed 1 word``, ``Indexed 2 filters``): a
    summary we do not recognise is an error, never a count of 0."""
    found = re.search(rf"^\s*Indexed (\d+) {what}s?\s*$", output, re.MULTILINE)
    if found is None:
        raise SearchError(
            f"Praksisbanken: søkeindeksen ble laget, men Pagefinds oppsummering er ikke slik vi "
            f"kjenner den (linjen «Indexed … {what}s» mangler). {_VERSION_HINT}"
        )
    return int(found.group(1))
