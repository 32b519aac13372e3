"""Builds that several test files only read, made once per test run for every pytest-xdist worker.

Each worker is its own process with its own session fixtures, so a site that two files read was
built once in each worker that ran one of them. ``shared`` builds it into the run's common
temporary folder under a file lock: the first worker to ask builds it, a worker asking meanwhile
waits for that build, and later ones read the finished folder. Tests that change a site copy it
first (none of the shared folders may change).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from filelock import FileLock

from helpers import Project

_DONE = ".praksisbank-tests-built"


def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The temporary folder of this run: under xdist each worker's folder lies in it."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def shared(
    tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], Path]
) -> Path:
    """What ``make`` returns when given the empty folder ``shared-<name>``, made once per run.

    ``make`` must return a path inside the folder it was given; a build that failed is tried
    again by the next test that asks (and fails there too, with its own message)."""
    folder = run_folder(tmp_path_factory) / f"shared-{name}"
    done = folder / _DONE
    with FileLock(str(folder) + ".lock"):
        if not done.is_file():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            made = make(folder)
            done.write_text(made.relative_to(folder).as_posix(), encoding="utf-8")
    return folder / done.read_text(encoding="utf-8")


@contextmanager
def shared_pdf_cache(tmp_path_factory: pytest.TempPathFactory, cache: Path) -> Iterator[None]:
    """Run a build of the demo with the run's one PDF cache, so that its PDFs are rendered once.

    The builds take turns under a file lock: before a build the PDFs the run has made so far are
    copied into its cache folder ``cache``, and after it the PDFs it used are copied back. The
    first build renders every PDF; a later build whose print documents are the same reads them
    all from its cache (the cache key is a hash of the print document and its files).

    What the published-data gate found in each PDF goes with them (``gate-*.json`` beside the
    PDFs, keyed by the PDF's bytes, the gate's version and the site's names: what a developer's
    second build reads): a later build still gates every PDF it publishes, but reads a PDF's
    text (PDFium) only when no build of the run has read those bytes (about 3 s of CPU for the
    demo's 114 PDFs, text and detectors; 24 s with pypdf before)."""
    folder = run_folder(tmp_path_factory) / "shared-demo-pdf-cache"
    with FileLock(str(folder) + ".lock"):
        folder.mkdir(exist_ok=True)
        _copy_cached(folder, cache, since=0.0)
        start = time.time() - 1  # a build marks each cached file it uses as used now
        yield
        _copy_cached(cache, folder, since=start)


_CACHED = ("*.pdf", "gate-*.json")
"""The PDF cache's files: the PDFs, and what the gate found in each (``core/gate/sitegate.py``)."""


def _copy_cached(source: Path, target: Path, *, since: float) -> None:
    """Copy the PDFs and gate results of ``source`` used since ``since`` that ``target`` lacks
    (a cached file never changes: its name is the hash of what it is made from)."""
    if not source.is_dir():
        return
    target.mkdir(parents=True, exist_ok=True)
    for file in (found for pattern in _CACHED for found in source.glob(pattern)):
        fresh = file.stat().st_mtime >= since
        if fresh and not file.name.startswith(".") and not (target / file.name).exists():
            shutil.copy2(file, target / file.name)


def project_site(
    tmp_path_factory: pytest.TempPathFactory, write: Callable[[Project], object]
) -> Path:
    """The site of the project ``write`` makes in an empty folder, built (without PDFs, as on
    the tests' day) once per run for every test that asks for a project with the same files.

    The key is the project's files, not who asks: two test files that write the same project
    read one build. Tests that read the site only; one that changes a project or its site
    builds its own. The build's warnings are kept beside it (``build_warnings``)."""
    scratch = tmp_path_factory.mktemp("project-key")
    write(Project(scratch))
    return _site_of(tmp_path_factory, scratch)


def built_like(
    tmp_path_factory: pytest.TempPathFactory, project: Project, *, copy: bool = False
) -> Path:
    """The site a build of ``project`` as it stands makes (without PDFs, as on the tests' day:
    what ``helpers.build_site`` makes under conftest.py's settings), from the run's one build
    of a project with the same files (``project_site``).

    ``copy``: the site is copied into the project's ``site/``, where a build of the project
    would have left it, for a test that then changes the project and builds it again (a failed
    build keeps the last good site). Without it the shared site is returned: read it only."""
    site = _site_of(tmp_path_factory, project.root)
    if not copy:
        return site
    target = project.root / "site"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(site, target, symlinks=True)
    return target


def _site_of(tmp_path_factory: pytest.TempPathFactory, root: Path) -> Path:
    """The shared build of a project with the files of ``root`` (its ``site/`` and ``.cache/``
    left out: what a build writes)."""
    digest = hashlib.sha256()
    for file in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = file.relative_to(root)
        if relative.parts[0] in _WRITTEN:
            continue
        digest.update(relative.as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(file.read_bytes()).digest())

    def make(folder: Path) -> Path:
        project = folder / "prosjekt"
        shutil.copytree(
            root, project, symlinks=True, ignore=lambda d, names: _WRITTEN if d == str(root) else ()
        )
        return _build_quietly(project)

    return shared(tmp_path_factory, "project-" + digest.hexdigest()[:20], make)


_WRITTEN = ("site", ".cache")
"""What a build writes into a project (``site/`` and the caches), left out of its key."""


_WARNINGS = "build-warnings.json"


def build_warnings(site: Path) -> list[str]:
    """What a ``project_site`` build logged as a warning or an error."""
    found: list[str] = json.loads((site.parent / _WARNINGS).read_text(encoding="utf-8"))
    return found


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _build_quietly(root: Path) -> Path:
    from helpers import TODAY, build_site

    collect = _Collect()
    logging.getLogger().addHandler(collect)
    mp = pytest.MonkeyPatch()
    mp.setenv("PRAKSISBANK_TODAY", TODAY.isoformat())
    mp.setenv("PRAKSISBANK_PDF", "0")
    mp.setenv("NO_MKDOCS_2_WARNING", "1")
    try:
        site = build_site(Project(root))
    finally:
        mp.undo()
        logging.getLogger().removeHandler(collect)
    (root / _WARNINGS).write_text(json.dumps(collect.messages), encoding="utf-8")
    return site


RENDERS: list[Path] = []
"""The run's folder of PDFs rendered in a test process, by cache key (``pdfs_rendered_here``);
conftest.py sets it for the session."""


@contextmanager
def pdfs_rendered_here() -> Iterator[None]:
    """While open, a build renders its PDFs one after the other in this process instead of in a
    pool of new ones: the same PDFs and messages, without a second or so per new process to
    start Python and WeasyPrint (pytest-xdist keeps the cores busy already). test_pdf.py keeps
    one build in new processes, and compares its bytes with these.

    A PDF whose cache key (``core/pdf/build.py``: the hash of its print document and the files
    it shows, what the build's own cache trusts) a build in this run has rendered here already
    is copied from that render instead of laid out by WeasyPrint again, with its page count and
    warnings: test_pdf.py renders its project's 12 PDFs in four builds that each start from an
    empty cache. The build still decides what to render and reports each one as rendered."""
    from praksisbank.core.pdf import build as pdfbuild
    from praksisbank.core.pdf import render as pdfrender

    pooled = pdfbuild._render_all
    render_to = pdfrender.render_to
    keys: dict[str, str] = {}

    def remembered(task: tuple[str, str, str, str]) -> pdfrender.Rendered:
        key, target = keys.get(task[3]), Path(task[3])
        if key is None or not RENDERS:
            return render_to(task)
        kept, about = RENDERS[0] / f"{key}.pdf", RENDERS[0] / f"{key}.json"
        if about.is_file():
            _write_atomically(target, kept.read_bytes())
            pages, seconds, warnings = json.loads(about.read_text(encoding="utf-8"))
            return pdfrender.Rendered(pages=pages, seconds=seconds, warnings=tuple(warnings))
        made = render_to(task)
        _write_atomically(kept, target.read_bytes())
        _write_atomically(about, json.dumps([made.pages, made.seconds, made.warnings]).encode())
        return made

    def here(
        todo: list[tuple[pdfbuild.Prepared, Path]],
        root: Path,
        workers: int,
        progress: pdfbuild.Progress,
        warn: pdfbuild.Progress,
    ) -> dict[str, pdfbuild.Outcome]:
        keys.clear()
        keys.update({str(target): prepared.key for prepared, target in todo})
        return pooled(todo, root, 1, progress, warn)

    mp = pytest.MonkeyPatch()
    mp.setattr(pdfbuild, "_render_all", here)
    mp.setattr(pdfrender, "render_to", remembered)
    try:
        yield
    finally:
        mp.undo()


def _write_atomically(target: Path, data: bytes) -> None:
    """``data`` into ``target`` through a temporary file and a rename: another worker reading
    the run's renders never sees half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".tmp-{os.getpid()}-{target.name}")
    temporary.write_bytes(data)
    temporary.replace(target)


@contextmanager
def pdfs_stood_in() -> Iterator[None]:
    """While open, a build that makes PDFs writes one blank page for each PDF it would render:
    its pages are the same bytes as with the real PDFs (the «Last ned PDF» links, the files
    they lead to), for tests that read the pages and never the PDFs (the axe checks). The
    rendering itself is tested in test_pdf.py and by the strict build of the demo."""
    from pypdf import PdfWriter

    from praksisbank.core.pdf import build as pdfbuild

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    blank = io.BytesIO()
    writer.write(blank)

    def stand_in(
        todo: list[tuple[pdfbuild.Prepared, Path]], *args: object
    ) -> dict[str, pdfbuild.Outcome]:
        for _, target in todo:
            target.write_bytes(blank.getvalue())
        return {
            p.job.path: pdfbuild.Outcome(path=p.job.path, cached=False, pages=1) for p, _ in todo
        }

    mp = pytest.MonkeyPatch()
    mp.setattr(pdfbuild, "_render_all", stand_in)
    try:
        yield
    finally:
        mp.undo()


ROOT = Path(__file__).resolve().parent.parent


def strict_demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's demo site (its own mkdocs.yml) with every PDF, as on the tests' day,
    built strictly (a broken link or anchor, or a PDF warning, fails it) once per test run.

    Its PDFs go into the run's one PDF cache (``shared_pdf_cache``) before any other build of the
    demo's PDFs starts from it: every PDF that build reads from the cache was rendered here,
    where a warning fails. None of the tests that read the site may change it."""
    return shared(
        tmp_path_factory, "demo-strict", lambda folder: _build_strict(tmp_path_factory, folder)
    )


def _build_strict(tmp_path_factory: pytest.TempPathFactory, folder: Path) -> Path:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from helpers import TODAY
    from praksisbank.core.pdf import build as pdf

    mp = pytest.MonkeyPatch()
    mp.setenv("PRAKSISBANK_TODAY", TODAY.isoformat())
    mp.setenv("PRAKSISBANK_PDF", "1")
    try:
        site = folder / "site"
        with shared_pdf_cache(tmp_path_factory, ROOT / pdf.CACHE):
            build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site), strict=True))
    finally:
        mp.undo()
    return site
