"""After MkDocs has written every page, before the build folder goes live: Pagefind's index (in
the background for a live preview's rebuilds) while the rendered-text gate's worker reads the
files MkDocs wrote, the PDFs, the gate's verdict over the finished folder; under ``mkdocs
serve`` with content errors, the error page at every address.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import SpawnContext, SpawnProcess
from multiprocessing.process import BaseProcess
from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from praksisbank.core.base.model import Synonyms
from praksisbank.core.base.orphans import end_with_parent
from praksisbank.core.base.problems import summary
from praksisbank.core.gate.sitegate import SiteGate, shipped_by
from praksisbank.core.pdf import build as pdf
from praksisbank.core.practice.site import Site
from praksisbank.core.publish import stages
from praksisbank.core.publish.search import SearchError, SearchIndex, index_site, stop_running
from praksisbank.core.views.pages import Pages

log = logging.getLogger("mkdocs.plugins.praksisbank")


def finish(
    config: MkDocsConfig,
    *,
    pages: Pages | None,
    env: jinja2.Environment,
    search: bool,
    search_later: bool,
    pdfs: bool,
    gate: SiteGate | None,
) -> pdf.Report | None:
    """Every stage after MkDocs, in order, into the build folder; returns what the PDFs took.
    ``pages`` is ``None`` when a live preview shows content errors: any address the reader asks
    for shows them then."""
    site = Path(config.site_dir)
    if pages is None:
        shutil.copyfile(site / "index.html", site / "404.html")
    if gate is not None:  # the files MkDocs wrote, read by the gate's worker beside Pagefind
        gate.early(site, theme_file(config))
    if pages is not None and search:
        index_search(site, background=search_later, vocabulary=pages.site.content.vocabulary)
    report = None
    if pdfs and pages is not None:
        root = Path(config.config_file_path).resolve().parent
        report = make_pdfs(pages.site, env, config, root)
    if gate is not None:
        stop_if_published_data(gate, config)
    return report


def index_search(
    site: Path, *, background: bool = False, vocabulary: Sequence[Synonyms] = ()
) -> None:
    """Pagefind's index over the finished pages (core/publish/search.py), before the site is put in
    place.

    In the background for a live preview's rebuilds: the changed page is shown at once, and
    search finds it some seconds later. One index is made at a time, in a process of its own
    (``_apart``); saves that come while one is being made are indexed once it is done, together
    (the last save's site is indexed)."""
    global _worker, _pending
    if not background:
        with _one_index:
            _index_search(site, vocabulary=vocabulary)
        return
    with _queue:
        _pending = (site, vocabulary)
        if _worker is None:
            _worker = threading.Thread(target=_index_pending, daemon=True)
            _worker.start()


_one_index = threading.Lock()
"""Held while Pagefind writes an index: never two at once into one site."""
_queue = threading.Lock()
_pending: tuple[Path, Sequence[Synonyms]] | None = None
"""The index asked for while one was being made."""
_worker: threading.Thread | None = None


def _index_pending() -> None:
    global _worker, _pending
    while True:
        with _queue:
            if _pending is None or _stopped:
                _worker = None
                return
            (site, vocabulary), _pending = _pending, None
        with _one_index:
            try:
                _index_search(site, low_priority=True, vocabulary=vocabulary)
            except PluginError as exc:
                if not _stopped:
                    log.error(str(exc))


def _index_search(
    site: Path, *, low_priority: bool = False, vocabulary: Sequence[Synonyms] = ()
) -> None:
    try:
        if low_priority:
            index = _apart(site, vocabulary)
        else:
            index = index_site(site, vocabulary=vocabulary)
    except SearchError as exc:
        raise PluginError(str(exc)) from None
    warning = stages.search_warning(index)
    if warning is not None:
        log.warning(warning)
    log.info(stages.search_summary(index))


_process: ProcessPoolExecutor | None = None
"""The process a live preview's search index is made in (``_apart``), kept for the next."""
_stopped = False
"""The live preview has stopped (``stop_search``): no index is made any more."""


def _apart(site: Path, vocabulary: Sequence[Synonyms]) -> SearchIndex:
    """A live preview's search index, made in a process of its own at a low priority: Pagefind
    and the word lists after it (about 2.7 s of Python at 5,000 decisions: the index's words
    counted, the pages listed) do not hold this process's interpreter lock while the next save
    is rebuilt. Where such a process cannot be had, it is made in this thread, as before."""
    global _process
    try:
        return (
            index_process().submit(index_site, site, low_priority=True, vocabulary=vocabulary)
        ).result()
    except (BrokenProcessPool, OSError):
        _process = None
        if _stopped:  # stopped with the preview: no index made here instead
            raise SearchError(
                "Praksisbanken: søkeindeksen ble ikke laget: forhåndsvisningen er stoppet."
            ) from None
        return index_site(site, low_priority=True, vocabulary=vocabulary)


class _IndexWorker(SpawnProcess):
    """A process of the search index's pool, kept when it starts (``_workers``): the pool has
    no public way to end a worker at work (Python 3.11), so ``stop_search`` ends those it
    started itself."""

    def start(self) -> None:
        super().start()
        _workers.append(self)


class _IndexContext(SpawnContext):
    """The spawn context (``multiprocessing.get_context("spawn")``), its processes kept: the
    pool makes each of its workers through its context's ``Process``."""

    Process = _IndexWorker


_workers: list[BaseProcess] = []
"""The search index's processes started (``_IndexWorker``), of every pool: a pool made while
the preview stops (an index that was waiting) must not hide the one at work from
``stop_search``."""


def index_process() -> ProcessPoolExecutor:
    """The process a live preview's search index is made in, started when first needed."""
    global _process
    if _process is None:
        _workers[:] = [w for w in _workers if w.is_alive()]  # an earlier pool's, ended
        _process = ProcessPoolExecutor(
            max_workers=1,
            mp_context=_IndexContext(),
            initializer=_lower_priority,
        )
    return _process


def index_workers() -> tuple[BaseProcess, ...]:
    """The search index's processes running (its pool's, as it started them)."""
    return tuple(worker for worker in _workers if worker.is_alive())


def _lower_priority() -> None:
    """The search index's process yields to the rebuilds (Pagefind, run from it, lower still).
    Told to stop (``stop_search``, or the preview's process group stopped), it stops Pagefind
    (``search.stop_running``) and ends at once, busy or idle: Pagefind is not left running
    without it, and it is not left waiting on a queue no one writes to; it ends with its
    parent (``orphans.end_with_parent``)."""
    end_with_parent()
    with contextlib.suppress(OSError, AttributeError):
        os.nice(10)
    signal.signal(signal.SIGTERM, _stop_on_request)


def _stop_on_request(signum: int, frame: object) -> None:
    stop_running()
    os._exit(128 + signum)


def start_search() -> None:
    """A live preview starts (MkDocs' ``on_startup``): its saves are indexed again."""
    global _stopped
    with _queue:
        _stopped = False


STOP_WAIT = 10.0
"""Seconds the search index's process is given to stop Pagefind and end (then it is killed)."""


def stop_search() -> None:
    """The live preview stops (MkDocs' ``on_shutdown``): the search index waiting is dropped, the
    one being made is stopped with its process and Pagefind, and no index is made after. Left
    alone, Python would wait at exit for the index under way to be finished (minutes at
    5,000 decisions, Pagefind at nice 15), writing into a site folder MkDocs deletes."""
    global _process, _pending, _stopped
    with _queue:
        _pending, _stopped = None, True
    process, _process = _process, None
    if process is None:
        return
    # The pool's processes, as it started them (``_IndexWorker``): Python 3.11's pool has no
    # public way to end the one at work.
    workers = list(_workers)
    _workers.clear()
    process.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        with contextlib.suppress(OSError):
            worker.terminate()
    for worker in workers:
        worker.join(STOP_WAIT)
        if worker.is_alive():
            worker.kill()
            worker.join()


def make_pdfs(site: Site, env: jinja2.Environment, config: MkDocsConfig, root: Path) -> pdf.Report:
    """Every document's PDF and every country's bundle (core/pdf/build.py), from the built
    pages, into the build folder."""
    settings = pdf.Settings(
        site_dir=Path(config.site_dir),
        cache_dir=root / pdf.CACHE,
        site_url=config.site_url or "",
        site_name=config.site_name,
        directory_urls=config.use_directory_urls,
    )
    try:
        return pdf.build(site, env, settings, progress=log.info, warn=log.warning)
    except pdf.PdfError as exc:
        raise PluginError(str(exc)) from None


def stop_if_published_data(gate: SiteGate, config: MkDocsConfig) -> None:
    """The rendered-text gate's verdict on the finished build folder, before it goes live."""
    started = time.perf_counter()
    gate.rest(Path(config.site_dir), theme_file(config))
    problems = gate.problems()
    if not problems:
        log.info(
            "Praksisbanken: %d sider og %d andre filer lest slik leserne ser dem: ingen "
            "personopplysninger (%s s etter bygget).",
            len(gate.done),
            gate.files,
            f"{time.perf_counter() - started:.1f}".replace(".", ","),  # Norwegian: 0,5
        )
    for problem in problems:
        log.error(problem.as_text())
    if problems:
        raise PluginError(
            f"Praksisbanken: de ferdige sidene har {summary(problems)}. Ingenting ble "
            "publisert. Rett feilene over (kjør «praksisbank check --render» for å se "
            "dem igjen)."
        )


def theme_file(config: MkDocsConfig) -> Callable[[str, Path], bool]:
    """Whether a published file is one of the theme's own, byte for byte (not gated: no content
    reaches it). The site's ``custom_dir`` is not the theme's own: its files are gated."""
    custom = Path(config.theme.custom_dir).resolve() if config.theme.custom_dir else None
    folders = [Path(d) for d in config.theme.dirs if custom is None or Path(d).resolve() != custom]

    return shipped_by(folders)
