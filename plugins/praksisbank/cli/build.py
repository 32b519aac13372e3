"""``praksisbank build [--engine mkdocs|zensical]``: the site built without our MkDocs plugin.

check → the docs tree (``core/publish/tree.py``) → the engine, as a subprocess, into a folder
beside ``site/`` → on its output: each page's scripts and heading links, the
Content-Security-Policy, the rendered-text gate, Pagefind, the PDFs → the finished folder put in
place of ``site/`` at once (``core/publish/aside.py``). The same stages as the plugin's, which
``mkdocs build`` and ``mkdocs serve`` (the live preview) keep using.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from praksisbank.core.base import urls
from praksisbank.core.base.dates import norwegian_date
from praksisbank.core.base.model import Item
from praksisbank.core.base.problems import Problem, Severity, format_text, summary
from praksisbank.core.content.layout import Layout
from praksisbank.core.content.loader import load
from praksisbank.core.gate import csp, rendered
from praksisbank.core.gate.sitegate import SiteGate, Source, shipped_by
from praksisbank.core.pdf import build as pdf
from praksisbank.core.practice.site import Site, SiteOptions
from praksisbank.core.publish import stages
from praksisbank.core.publish import tree as docs_tree
from praksisbank.core.publish.aside import AsideBuild
from praksisbank.core.publish.search import SearchError, index_site
from praksisbank.core.views import a11y
from praksisbank.core.views.pages import Pages
from praksisbank.core.views.render import environment
from praksisbank.mkdocs_adapter import rendercheck
from praksisbank.mkdocs_adapter.project import (
    CONFIG,
    UnsafeSettingsError,
    layout_for,
    plugin_options,
    refuse_code,
    site_settings_problems,
)
from praksisbank.mkdocs_adapter.settings import resolve

ENGINES = ("mkdocs", "zensical")
TREE = Path(".cache") / "praksisbank-tree"
"""Where the docs tree is written, in the project (written anew by every build)."""


class BuildError(Exception):
    """The build stopped; the message (Norwegian) says why and that the site is unchanged."""


@dataclass(frozen=True, slots=True)
class Timings:
    """Seconds each stage took (for ``benchmarks/`` and the handbook's figures)."""

    tree: float
    engine: float
    after: float


def engine_command(engine: str, config: Path) -> list[str]:
    """The engine's own build, in this Python (its package must be installed)."""
    if engine == "mkdocs":
        # MkDocs behind the check of mkdocs.yml and the loader of reviewed tags (cli/guarded.py)
        guarded = "praksisbank.cli.guarded"
        return [sys.executable, "-m", guarded, "build", "--quiet", "--config-file", str(config)]
    return [sys.executable, "-m", "zensical", "build", "--clean", "--config-file", str(config)]


def engine_installed(engine: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(engine) is not None


def build(project: Path, engine: str = "mkdocs", say: Callable[[str], None] = print) -> Timings:
    """Build the project's site into its ``site_dir`` with ``engine``. Raises ``BuildError``."""
    if engine not in ENGINES:
        raise BuildError(f"ukjent motor «{engine}»: velg {' eller '.join(ENGINES)}.")
    if not engine_installed(engine):
        raise BuildError(
            f"motoren «{engine}» er ikke installert. Installer den med "
            f"«pip install -e '.[{engine}]'» (se handbook/engines.md)."
        )
    project = project.resolve()
    config_file = project / CONFIG
    if not config_file.is_file():
        raise BuildError(f"fant ikke {CONFIG} i {project}.")
    try:
        refuse_code(config_file)  # before anything else reads mkdocs.yml
    except UnsafeSettingsError as exc:
        raise BuildError(str(exc)) from None
    options = plugin_options(project)
    chosen = resolve(options, "build")
    layout = layout_for(project)
    try:
        settings = docs_tree.read_settings(config_file.read_text(encoding="utf-8"))
    except docs_tree.TreeError as exc:
        raise BuildError(str(exc)) from None
    if settings.get("use_directory_urls") is False:
        raise BuildError(
            "«praksisbank build» trenger «use_directory_urls: true» i mkdocs.yml (standard). "
            "Bygg med «mkdocs build» for et nettsted uten mappeadresser."
        )
    started = time.perf_counter()
    result = load(layout, chosen.today, workers=chosen.workers)
    problems = (*result.problems, *site_settings_problems(project))
    _stop_if(problems, say, "innholdet")
    new_markdown = rendercheck.site_markdown(project)

    def render(item: Item, text: str) -> str | Problem:
        try:
            return rendercheck.convert(new_markdown().convert, text)
        except rendercheck.RenderError as failure:
            return rendercheck.problem(item.path, item.body_line, text, failure, new_markdown)

    env = environment(_template_loader(project, options, settings))
    site = Site(
        result.content,
        SiteOptions(
            today=chosen.today,
            directory_urls=True,
            demo=bool(options.get("demo", False)),
            pdf=chosen.pdf,
        ),
    )
    pages = Pages(site, env)
    site_dir = project / str(settings.get("site_dir") or "site")
    aside, building_name = AsideBuild.start(str(site_dir))
    building = Path(building_name)
    try:
        written = _write_tree(
            project / TREE,
            pages=pages,
            layout=layout,
            settings=settings,
            render=render,
            theme_dir=Path(str(resources.files("praksisbank") / "theme")),
            contact=options.get("accessibility_contact"),
            search_on=bool(options.get("search", True)),
            built=norwegian_date(chosen.today),
            engine=engine,
        )
        _stop_if(written.problems, say, "innholdet")
        tree_done = time.perf_counter()
        _run_engine(engine, written.config, say)
        # Zensical writes only inside the tree's folder: the output is moved beside site/, into
        # this build's own folder (which it holds while it runs: aside.py).
        for entry in sorted((written.root / docs_tree.SITE).iterdir()):
            shutil.move(entry, building / entry.name)
        engine_done = time.perf_counter()
        names = rendered.known_names(result.content)
        gate = _gate(written, layout, result.excepted_keys, names)
        try:
            _finish_pages(building, gate)
            pristine = _pristine(engine, project, settings)
            gate.early(building, pristine)
            if options.get("search", True):
                _index(building, result.content.vocabulary, say)
            if chosen.pdf:
                pdf_settings = pdf.Settings(
                    site_dir=building,
                    cache_dir=project / pdf.CACHE,
                    site_url=str(settings.get("site_url") or ""),
                    site_name=str(settings.get("site_name") or "Praksisbanken"),
                    directory_urls=True,
                    workers=chosen.workers,
                )
                try:
                    pdf.build(site, env, pdf_settings, progress=say, warn=say)
                except pdf.PdfError as exc:
                    raise BuildError(str(exc)) from None
            gate.rest(building, pristine)  # the search records and PDFs too
            _stop_if(gate.problems(), say, "de ferdige sidene")
        finally:
            gate.close()
        aside.finish(building)
    except BaseException:
        say(aside.fail())
        raise
    done = time.perf_counter()
    return Timings(tree_done - started, engine_done - tree_done, done - engine_done)


def _write_tree(target: Path, **values: Any) -> docs_tree.Tree:
    try:
        return docs_tree.write(target, **values)
    except docs_tree.TreeError as exc:
        raise BuildError(str(exc)) from None


def _stop_if(problems: tuple[Problem, ...], say: Callable[[str], None], what: str) -> None:
    errors = tuple(sorted(p for p in problems if p.severity is Severity.ERROR))
    if problems:
        say(format_text(tuple(sorted(problems))))
    if errors:
        raise BuildError(
            f"{what} har {summary(errors)}. Ingenting ble publisert, og nettstedet er som før. "
            "Rett feilene over (kjør «praksisbank check --render» for å se dem igjen)."
        )


def _template_loader(
    project: Path, options: dict[str, Any], settings: dict[str, Any]
) -> jinja2.BaseLoader:
    """The site's templates first (the ``templates`` option or ``custom_dir/praksisbank``)."""
    folder = options.get("templates")
    theme = settings.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    return stages.template_loader(
        project,
        str(folder) if folder is not None else None,
        custom if isinstance(custom, str) else None,
    )


def _run_engine(engine: str, config: Path, say: Callable[[str], None]) -> None:
    command = engine_command(engine, config)
    environ = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    finished = subprocess.run(
        command,
        cwd=config.parent,
        env=environ,
        capture_output=True,
        text=True,
        check=False,
    )
    output = (finished.stdout + finished.stderr).strip()
    if output:  # the engine's own warnings (in English), or why it stopped
        say(output)
    if finished.returncode != 0:
        raise BuildError(
            f"{engine} stoppet (kode {finished.returncode}) på dokumenttreet i {config.parent}. "
            "Ingenting ble publisert. Meldingen over er fra motoren."
        )


def _gate(
    written: docs_tree.Tree, layout: Layout, allowed: frozenset[str], names: frozenset[str]
) -> SiteGate:
    """The rendered-text gate, knowing which content file each page and file is made from, and
    the site's own templates and settings."""
    root = layout.root
    sources: dict[str, Source] = {}
    for page in written.pages:
        sources[f"{page.url}index.html"] = stages.page_source(page.item, page.uri, root)
    made = [(page.uri, page.item) for page in written.pages if page.item is not None]
    for address, pdf_source in stages.pdf_sources(made, root).items():
        sources.setdefault(address, pdf_source)
    for path, source in written.files:
        sources[path] = Source(str(source.relative_to(root)), source)
    return SiteGate(
        sources,
        allowed=allowed,
        workers=0,
        cache=root / pdf.CACHE,
        names=names,
        site_files=stages.site_files(layout),
    )


def _finish_pages(site: Path, gate: SiteGate) -> None:
    """Each page as the plugin leaves it: the scripts it uses, named heading links, its
    Content-Security-Policy; then read by the gate. The web server's header (the union of all
    policies) is written beside them."""
    policy = csp.SitePolicy()
    for file in sorted(site.rglob("*.html")):
        published = file.relative_to(site).as_posix()
        html = file.read_text(encoding="utf-8")
        page_url = published.removesuffix("index.html")

        def script_url(asset: str, page_url: str = page_url) -> str:
            return urls.relative(f"{page_url}index.md", asset)

        html = a11y.name_heading_links(docs_tree.page_scripts(html, script_url))
        html, _ = policy.page(html)
        file.write_text(html, encoding="utf-8")
        gate.page(published, html)
    stages.write_policy_header(site, policy)


def _pristine(engine: str, project: Path, settings: dict[str, Any]) -> Callable[[str, Path], bool]:
    """Whether a published file is one of the engine's theme files, byte for byte (not gated:
    no content reaches it). Our overrides and the site's ``custom_dir`` are gated."""
    import importlib.util

    package = "material" if engine == "mkdocs" else "zensical"
    spec = importlib.util.find_spec(package)
    folders: list[Path] = []
    if spec is not None and spec.origin is not None:
        folders.append(Path(spec.origin).parent / "templates")

    return shipped_by(folders)


def _index(site: Path, vocabulary: Any, say: Callable[[str], None]) -> None:
    try:
        index = index_site(site, vocabulary=vocabulary)
    except SearchError as exc:
        raise BuildError(str(exc)) from None
    warning = stages.search_warning(index)
    if warning is not None:
        say(warning)
    say(stages.search_summary(index))
