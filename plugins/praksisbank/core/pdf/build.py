"""PDF exports: every published document, and a bundle per country, rendered from the built site.

The engine takes the jobs (``pdfviews.jobs``), reads each page's text from the build folder
(``pdfhtml.article``), puts the parts in one print document (the ``pdf.html`` template with
``pdf.css``: header, footer, marks, contents, bookmarks) and renders it with WeasyPrint
(``pdfrender``). A PDF is cached under a hash of everything it is made from, the print document
itself (which holds the build date) and every file it shows: a second build with nothing changed
renders none, and a change renders only the PDFs it touches. Rendering runs in a pool of worker
processes, one per core. The same input on the same day gives the same bytes.

``PRAKSISBANK_PDF=0`` turns the PDFs off, ``PRAKSISBANK_PDF=1`` on; without it they are made by
``mkdocs build`` and not by ``mkdocs serve``.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urljoin

import jinja2
import markupsafe

from praksisbank.core.base import urls
from praksisbank.core.base.dates import norwegian_date
from praksisbank.core.base.orphans import end_with_parent
from praksisbank.core.pdf import html as pdfhtml
from praksisbank.core.pdf import jobs as pdfviews
from praksisbank.core.pdf.jobs import Job, Part
from praksisbank.core.practice.site import Site

CACHE = Path(".cache") / "praksisbank-pdf"
"""The cache, under the project root."""
ENGINE = "2"
"""Part of every cache key: raise it when rendering changes in a way the inputs do not show."""
KEEP_DAYS = 14
"""Cached PDFs no build has used for this long are removed."""

Progress = Callable[[str], None]


class PdfError(Exception):
    """The PDFs could not be made; the message is Norwegian, for the reader of the build log."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Settings:
    site_dir: Path
    """The build folder: pages are read from it, and the PDFs written into it."""
    cache_dir: Path
    site_url: str = ""
    site_name: str = "Praksisbanken"
    directory_urls: bool = True
    workers: int = 0
    """Worker processes; 0: one per core."""


@dataclass(frozen=True, slots=True)
class Prepared:
    job: Job
    html: str
    base_url: str
    key: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Outcome:
    path: str
    cached: bool
    pages: int = 0
    seconds: float = 0.0


@dataclass(frozen=True, kw_only=True, slots=True)
class Report:
    outcomes: tuple[Outcome, ...]
    seconds: float
    workers: int

    @property
    def rendered(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not o.cached)

    @property
    def pages(self) -> int:
        return sum(o.pages for o in self.rendered)

    def summary(self) -> str:
        made = len(self.rendered)
        text = f"Praksisbanken: {len(self.outcomes)} PDF-er på {_seconds(self.seconds)}: "
        text += f"{made} laget, {len(self.outcomes) - made} fra hurtiglageret"
        if made:
            rate = self.pages / self.seconds if self.seconds else 0.0
            speed = f"{rate:.1f}".replace(".", ",")
            text += f" ({self.pages} sider, {speed} sider/s med {self.workers} prosesser)"
        return text + "."


def _seconds(value: float) -> str:
    return f"{value:.1f} s".replace(".", ",")


# -- from jobs to print documents -------------------------------------------------------------


class Assembler:
    """Makes the print document of each job from the built pages and the templates."""

    def __init__(self, site: Site, env: jinja2.Environment, settings: Settings) -> None:
        self.site = site
        self.env = env
        self.settings = settings
        self.root = settings.site_dir.resolve()
        self.stylesheet = markupsafe.Markup(
            (resources.files("praksisbank") / "assets" / "pdf.css").read_text(encoding="utf-8")
        )
        self._pages: dict[str, str] = {}

    def url(self, uri: str) -> str:
        """A site path's address inside the site (``land/afg/``)."""
        return urls.url_of(uri, self.settings.directory_urls)

    def address(self, uri: str) -> str:
        """The address a reader types to see the current version of a page."""
        path = self.url(uri)
        if self.settings.site_url:
            return self.settings.site_url.rstrip("/") + "/" + path
        return f"{self.settings.site_name}: /{path}"

    def _file(self, uri: str) -> Path:
        path = self.url(uri)
        return self.root / (path + "index.html" if path.endswith("/") or not path else path)

    def _page(self, uri: str) -> str:
        if uri not in self._pages:
            file = self._file(uri)
            try:
                self._pages[uri] = file.read_text(encoding="utf-8")
            except OSError as exc:
                raise PdfError(
                    f"Praksisbanken: fant ikke siden {file} i bygget ({exc.strerror})."
                ) from None
        return self._pages[uri]

    def prepare(self, job: Job) -> Prepared:
        printed = {self.url(page): anchor for page, anchor in job.pages().items()}

        def href(target: str, fragment: str = "") -> str:
            """A link to a site page: a jump when it is in this PDF, its address otherwise."""
            if target in printed:
                return f"#{printed[target]}-{fragment}" if fragment else f"#{printed[target]}"
            if not self.settings.site_url:
                return ""
            return (
                self.settings.site_url.rstrip("/")
                + "/"
                + target
                + (f"#{fragment}" if fragment else "")
            )

        def site_href(uri: str, fragment: str = "") -> str:
            return href(self.url(uri), fragment)

        parts: list[tuple[Part, markupsafe.Markup]] = []
        files: set[str] = set()
        for part in job.parts:
            if part.page:
                found = pdfhtml.article(
                    self._page(part.page),
                    page_url=self.url(part.page),
                    href=href,
                    prefix=f"{part.anchor}-",
                )
                files.update(found.resources)
                parts.append((part, markupsafe.Markup(found.html)))
            else:
                html = self.env.get_template(part.template).render(
                    part=part,
                    href=site_href,
                    address=self.address,
                    today=self.site.today,
                    **part.values,
                )
                parts.append((part, markupsafe.Markup(html)))
        html = self.env.get_template("pdf.html").render(
            job=job,
            parts=parts,
            address=self.address,
            stylesheet=self.stylesheet,
            site_name=self.settings.site_name,
            built=norwegian_date(self.site.today),
            day=self.site.today.isoformat(),
            demo=self.site.options.demo,
        )
        digest = hashlib.sha256()
        for text in (ENGINE, _weasyprint_version(), job.path, html):
            digest.update(text.encode("utf-8"))
            digest.update(b"\0")
        base_url = (self.root / "index.html").as_uri()
        for path in sorted(files):
            digest.update(path.encode("utf-8"))
            digest.update(_file_digest(urljoin(base_url, path), self.root))
        return Prepared(job=job, html=html, base_url=base_url, key=digest.hexdigest())


@functools.cache
def _weasyprint_version() -> str:
    from importlib.metadata import version

    return version("weasyprint")


def _file_digest(url: str, root: Path) -> bytes:
    from praksisbank.core.pdf.render import RefusedAddressError, local_file

    try:
        return hashlib.sha256(local_file(url, root).read_bytes()).digest()
    except (RefusedAddressError, OSError):
        return b"-"


# -- rendering, with the cache --------------------------------------------------------------


def _render_all(
    todo: list[tuple[Prepared, Path]], root: Path, workers: int, progress: Progress, warn: Progress
) -> dict[str, Outcome]:
    from praksisbank.core.pdf.render import Rendered, render_to

    done: dict[str, Outcome] = {}
    tasks = {p.job.path: (p.html, p.base_url, str(root), str(target)) for p, target in todo}

    def finished(path: str, result: Rendered) -> None:
        done[path] = Outcome(path=path, cached=False, pages=result.pages, seconds=result.seconds)
        for warning in result.warnings:
            warn(f"Praksisbanken: {path}: {warning}")
        progress(
            f"Praksisbanken: PDF {len(done)}/{len(tasks)}: {path} "
            f"({result.pages} sider, {_seconds(result.seconds)})"
        )

    if workers <= 1 or len(tasks) == 1:
        for path, task in tasks.items():
            finished(path, render_to(task))
        return done
    # Fresh interpreters, not forks: the build may run threads (mkdocs serve), and a fork of a
    # threaded process can hang.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=end_with_parent
    ) as pool:
        futures = {pool.submit(render_to, task): path for path, task in tasks.items()}
        for future in as_completed(futures):
            finished(futures[future], future.result())
    return done


def build(
    site: Site,
    env: jinja2.Environment,
    settings: Settings,
    progress: Progress = print,
    warn: Progress | None = None,
) -> Report:
    """Make every PDF of the site into ``settings.site_dir``, rendering only what the cache does
    not hold."""
    start = time.perf_counter()
    assembler = Assembler(site, env, settings)
    try:
        prepared = [assembler.prepare(job) for job in pdfviews.jobs(site)]
    except ValueError as exc:
        raise PdfError(f"Praksisbanken: kan ikke lage PDF-ene: {exc}.") from None
    cache = settings.cache_dir
    cache.mkdir(parents=True, exist_ok=True)
    todo = [(p, cache / f"{p.key}.pdf") for p in prepared if not (cache / f"{p.key}.pdf").is_file()]
    # The largest first, so that no big bundle starts last.
    todo.sort(key=lambda item: -len(item[0].html))
    workers = min(settings.workers or os.cpu_count() or 1, max(len(todo), 1))
    progress(
        f"Praksisbanken: {len(prepared)} PDF-er, {len(prepared) - len(todo)} fra hurtiglageret, "
        f"{len(todo)} å lage" + (f" med {workers} prosesser." if todo else ".")
    )
    done = _render_all(todo, assembler.root, workers, progress, warn or progress) if todo else {}
    outcomes = []
    for p in prepared:
        source = cache / f"{p.key}.pdf"
        target = settings.site_dir / p.job.path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        os.utime(source)  # in use: kept by the cache's clean-up
        outcomes.append(done.get(p.job.path) or Outcome(path=p.job.path, cached=True))
    _clean(cache, {f"{p.key}.pdf" for p in prepared})
    report = Report(outcomes=tuple(outcomes), seconds=time.perf_counter() - start, workers=workers)
    progress(report.summary())
    return report


def _clean(cache: Path, used: set[str]) -> None:
    """Remove cached PDFs no build has used for ``KEEP_DAYS`` days, and stray temporary files."""
    limit = time.time() - KEEP_DAYS * 86400
    for file in cache.iterdir():
        if file.name in used or not file.is_file():
            continue
        stale = file.stat().st_mtime < (
            time.time() - 3600 if file.name.startswith(".tmp-") else limit
        )
        if stale:
            file.unlink(missing_ok=True)
