"""The files MkDocs builds: our checked content and generated pages in, raw content files out.

Part of the MkDocs adapter; the core decides what is published, this module hands it to MkDocs.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from html import escape
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote, urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from praksisbank.core.base.model import Content, FreePage, Item, Synonyms
from praksisbank.core.base.problems import Problem
from praksisbank.core.content import scripts
from praksisbank.core.content.kinds import KINDS, address
from praksisbank.core.content.loader import Layout
from praksisbank.core.content.report import Reporter
from praksisbank.core.gate import csp, imagemeta
from praksisbank.core.gate.anonymity import mask_digits
from praksisbank.core.gate.sitegate import SiteGate, Source, shipped_by
from praksisbank.core.pdf import build as pdf
from praksisbank.core.publish import tree
from praksisbank.core.publish.search import SearchError, index_site
from praksisbank.core.publish.tree import ASSET_DIR as ASSET_DIR  # the plugin's and tests' names
from praksisbank.core.publish.tree import ASSETS as ASSETS
from praksisbank.core.views.pages import NAV, PAGES, GeneratedPage
from praksisbank.mkdocs_adapter import rendercheck

log = logging.getLogger("mkdocs.plugins.praksisbank")

GATE_WORKERS_FROM = 300
"""Pages from which the rendered-text gate runs in worker processes beside the build."""


def asset_files(config: MkDocsConfig) -> list[File]:
    package = resources.files("praksisbank") / "assets"
    return [
        File.generated(config, f"{ASSET_DIR}/{name}", content=(package / name).read_bytes())
        for name in ASSETS
    ]


def page_scripts(output: str, page_url: str) -> str:
    """The page's HTML with the scripts it uses added before ``</body>``, after Material's."""
    return tree.page_scripts(output, lambda asset: get_relative_url(asset, page_url))


def publish(
    files: Files,
    config: MkDocsConfig,
    layout: Layout,
    *,
    content: Content,
    generated: list[GeneratedPage],
    own_nav: bool,
) -> tuple[dict[str, Item], dict[str, tuple[Any, ...]]]:
    """Put the checked items and the generated pages into ``files``; return the items and the
    generated pages' sub-headings by address."""
    published: dict[str, Item] = {}
    subheadings: dict[str, tuple[Any, ...]] = {}

    def add(new: File) -> None:
        if files.get_file_from_path(new.src_uri) is not None:
            raise PluginError(
                f"Praksisbanken lager siden «{new.src_uri}» selv, men den finnes også i "
                f"{config.docs_dir}. Flytt eller gi nytt navn til filen i docs-mappen."
            )
        files.append(new)

    # Content in docs/ (roles, free pages) is published from our checked items below; other
    # files there (images) stay MkDocs' own, except in folders that hold only content.
    sources = resolved(layout.root, (item.path for item in content.all_items()))
    closed = [layout.folder(kind).resolve() for kind in KINDS if not kind.assets]
    for file in list(files):
        if not file.abs_src_path or file.generated_by:
            continue
        source = Path(file.abs_src_path).resolve()
        if source in sources or any(source.is_relative_to(folder) for folder in closed):
            files.remove(file)
        else:
            file.edit_uri = quote(layout.show(source))
    for items in content.items.values():
        for item in items:
            uri = address(item)
            file = File.generated(
                config,
                uri,
                abs_src_path=str(layout.root / item.path),
                inclusion=InclusionLevel.UNDEFINED
                if isinstance(item, FreePage)
                else InclusionLevel.NOT_IN_NAV,
            )
            file.edit_uri = quote(item.path)  # the theme writes it into a link unescaped
            add(file)
            published[uri] = item
    if own_nav:  # our pages, then the site's free pages by title
        free = sorted(content.of(FreePage), key=lambda p: p.title)
        config.nav = [{title: uri} for title, uri in NAV]
        config.nav += [{p.title: address(p)} for p in free]
    in_nav = {page.uri for page in PAGES}
    for page in generated:
        level = InclusionLevel.UNDEFINED if page.uri in in_nav else InclusionLevel.NOT_IN_NAV
        add(File.generated(config, page.uri, content=page.markdown, inclusion=level))
        if page.subheadings:
            subheadings[page.uri] = page.subheadings
    for asset in asset_files(config):
        add(asset)
    strip_image_metadata(files)
    return published, subheadings


def resolved(root: Path, paths: Iterable[str]) -> set[Path]:
    """``(root / path).resolve()`` of each path, each folder resolved once: a file that is not
    itself a link resolves to its folder's real path and its name (one ``lstat``, not one per
    folder above it: 5,000 decisions are read again after every save in a live preview)."""
    folders: dict[Path, Path] = {}
    found = set()
    for path in paths:
        full = root / path
        if full.name in ("", ".", "..") or full.is_symlink():
            found.add(full.resolve())
            continue
        folder = folders.get(full.parent)
        if folder is None:
            folder = folders[full.parent] = full.parent.resolve()
        found.add(folder / full.name)
    return found


def strip_image_metadata(files: Files) -> None:
    """Every image of the site (``docs/``, the theme) written again from its pixels alone, with
    no metadata and nothing else (``core/gate/imagemeta.py``)."""
    for file in files:
        fmt = imagemeta.FORMATS.get(PurePosixPath(file.src_uri).suffix.lower())
        if fmt is None:
            continue
        try:
            file.content_bytes = imagemeta.clean(file.content_bytes, fmt)
        except imagemeta.ImageError as exc:
            raise PluginError(
                f"Praksisbanken: bildet «{file.src_uri}» kan ikke publiseres: {exc}."
            ) from None


def read_summary(content: Content) -> str:
    counts = ", ".join(
        f"{n} {k.words.singular if n == 1 else k.words.plural.lower()}"
        for k in KINDS
        for n in [len(content.items.get(k.item_type, ()))]
    )
    countries = len(content.countries())
    return f"Praksisbanken: {len(content.files)} filer lest: {counts}; {countries} land."


def error_files(page: str, files: Files, config: MkDocsConfig) -> Files:
    """Under ``mkdocs serve``, a content error is a page, not a hanging preview: every address
    shows what is wrong, and the preview comes back by itself when the file is fixed."""
    kept = Files(
        [
            f
            for f in files
            if f.generated_by is None
            and not f.is_documentation_page()
            and not f.src_uri.endswith(".html")
        ]
    )
    kept.append(File.generated(config, "index.md", content=page))
    for asset in asset_files(config):
        kept.append(asset)
    config.nav = [{"Feil i innholdet": "index.md"}]
    return kept


def index_search(
    site: Path, *, background: bool = False, vocabulary: Sequence[Synonyms] = ()
) -> None:
    """Pagefind's index over the finished pages (core/publish/search.py), before the site is put in
    place.

    In the background for a live preview's rebuilds: the changed page is shown at once, and
    search finds it some seconds later. One index is made at a time; saves that come while one
    is being made are indexed once it is done, together (the last save's site is indexed)."""
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
            if _pending is None:
                _worker = None
                return
            (site, vocabulary), _pending = _pending, None
        with _one_index:
            try:
                _index_search(site, low_priority=True, vocabulary=vocabulary)
            except PluginError as exc:
                log.error(str(exc))


def _index_search(
    site: Path, *, low_priority: bool = False, vocabulary: Sequence[Synonyms] = ()
) -> None:
    try:
        index = index_site(site, low_priority=low_priority, vocabulary=vocabulary)
    except SearchError as exc:
        raise PluginError(str(exc)) from None
    if not index.stemmed:
        log.warning(
            "Praksisbanken: søket kjenner ikke bøyningsformene for språket %s; bare nøyaktige "
            "ord gir treff. Sett «theme: language: nb» i mkdocs.yml.",
            ", ".join(index.languages),
        )
    log.info(
        "Praksisbanken: søkeindeksen har %d sider og %d ord (%d kB).",
        index.pages,
        index.words,
        round(index.size / 1000),
    )


def unrenderable(
    item: Item | None, page: Page, failure: rendercheck.RenderError, config: MkDocsConfig
) -> Problem:
    """A text Markdown cannot render: a problem naming its source file and line, like a content
    error (a generated page is named by its address)."""
    new = rendercheck.factory(config.markdown_extensions, config.mdx_configs)
    if item is not None:
        return rendercheck.problem(item.path, item.body_line, item.body, failure, new)
    return rendercheck.problem(page.file.src_uri, 1, page.markdown or "", failure, new)


def failure_note(problem: Problem) -> str:
    """Under ``mkdocs serve``, the page says why its text is missing."""
    return (
        '<div class="admonition failure"><p class="admonition-title">Teksten kan ikke '
        f"vises</p><p>{escape(problem.as_text())}</p></div>"
    )


def pdf_settings(config: MkDocsConfig, root: Path) -> pdf.Settings:
    return pdf.Settings(
        site_dir=Path(config.site_dir),
        cache_dir=root / pdf.CACHE,
        site_url=config.site_url or "",
        site_name=config.site_name,
        directory_urls=config.use_directory_urls,
    )


def published_gate(
    files: Files,
    items: dict[str, Item],
    layout: Layout,
    allowed: frozenset[str],
    names: frozenset[str],
) -> SiteGate:
    """The rendered-text gate for this build, knowing which content file each page is made
    from (a generated page has none: a value on it is traced to any content file)."""
    sources: dict[str, Source] = {}
    pages = files.documentation_pages()
    for file in pages:
        item = items.get(file.src_uri)
        if item is not None:
            sources[file.dest_uri] = Source(item.path, layout.root / item.path, item.body_line)
        else:
            sources[file.dest_uri] = Source(f"(generert side) {file.src_uri}", None)
    for file in files.media_files():  # a file under docs/ published as it is
        if file.abs_src_path and not file.generated_by:
            path = Path(file.abs_src_path)
            sources[file.dest_uri] = Source(layout.show(path), path)
    # Worker processes pay for their start (about half a second) from a few hundred pages on.
    # The build itself keeps one core busy: the gate takes the others (at least one).
    workers = max(1, (os.cpu_count() or 1) - 1) if len(pages) >= GATE_WORKERS_FROM else 0
    return SiteGate(
        sources, allowed=allowed, workers=workers, cache=layout.root / pdf.CACHE, names=names
    )


def theme_file(config: MkDocsConfig) -> Callable[[str, Path], bool]:
    """Whether a published file is one of the theme's own, byte for byte (not gated: no content
    reaches it). The site's ``custom_dir`` is not the theme's own: its files are gated."""
    custom = Path(config.theme.custom_dir).resolve() if config.theme.custom_dir else None
    folders = [Path(d) for d in config.theme.dirs if custom is None or Path(d).resolve() != custom]

    return shipped_by(folders)


def known_scripts(config: MkDocsConfig, root: Path) -> csp.Known:
    """The inline scripts a built page may hold (``core/gate/csp.py``): the shapes of the
    theme's own templates (every theme folder but the site's ``custom_dir``) and the scripts
    the developers reviewed in ``skript-ok.yml``."""
    custom = Path(config.theme.custom_dir).resolve() if config.theme.custom_dir else None
    folders = [Path(d) for d in config.theme.dirs if custom is None or Path(d).resolve() != custom]
    reviewed = scripts.read(root, Reporter())  # its problems are the check's to report
    return csp.Known(
        csp.template_shapes(folders),
        frozenset(r.hash for r in reviewed),
        script_files=script_files(config),
        base=urlsplit(config.site_url or "/").path.rstrip("/") + "/",
    )


PAGEFIND_SCRIPTS = ("pagefind.js", "pagefind-worker.js", "pagefind-ui.js", "pagefind-highlight.js")
"""The scripts Pagefind writes into ``pagefind/`` (a folder no file under ``docs/`` may use)."""


def script_files(config: MkDocsConfig) -> frozenset[str]:
    """The site's own script files, as paths in the built site: those of every theme folder
    (Material's; the site's ``custom_dir``, each reviewed in ``skript-ok.yml``), ours and
    Pagefind's. A ``<script src>`` in a built page names one of them or stops the build."""
    found = {f"{ASSET_DIR}/{name}" for name in ASSETS if name.endswith(".js")}
    found |= {f"pagefind/{name}" for name in PAGEFIND_SCRIPTS}
    for folder in config.theme.dirs:
        for path in Path(folder).rglob("*"):
            if path.suffix.lower() in (".js", ".mjs") and path.is_file():
                found.add(path.relative_to(folder).as_posix())
    return frozenset(found)


_TRACED = frozenset({".html", ".htm", ".j2", ".jinja", ".jinja2", ".xml", ".svg"})


def active_problems(
    refused: Sequence[tuple[str, csp.Active]],
    templates: dict[str, str],
    layout: Layout,
) -> list[Problem]:
    """What the built pages hold that runs or loads and is not known, as problems naming the
    site's template it comes from: the one holding the element as written, else the page's
    template in the site's theme folder, else that folder."""
    folders = [d for d in layout.theme_dirs if d.is_dir()]
    sources = [
        (path, path.read_text(encoding="utf-8", errors="replace"))
        for folder in folders
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink() and path.suffix.lower() in _TRACED
    ]
    grouped: dict[tuple[str, int, str], list[tuple[str, str]]] = {}
    for page, found in refused:
        traced, line = _traced(found.element, templates.get(page, "main.html"), folders, sources)
        shown_file = layout.show(traced) if traced is not None else "mkdocs.yml"
        element = mask_digits(" ".join(found.element.split()))[:120]
        grouped.setdefault((shown_file, line, found.what), []).append((page, element))
    problems = []
    for (file, line, what), pages in sorted(grouped.items()):
        page, element = min(pages)
        more = f" (og {len(pages) - 1} sider til)" if len(pages) > 1 else ""
        problems.append(
            Problem(
                file=file,
                line=line,
                column=1,
                code="script",
                message=(
                    f"Den bygde siden «{mask_digits(page) or '/'}»{more} har {what}. Ingenting "
                    "ble publisert. Malen skal begynne med <!doctype html> (bare en "
                    "Jinja-kommentar før den)."
                    if what == csp.NO_DOCTYPE
                    else f"Den bygde siden «{mask_digits(page) or '/'}»{more} har {what}: "
                    f"«{element}». "
                    "Det er verken temaets eget eller et skript utviklerteamet har gått gjennom i "
                    "skript-ok.yml, og ingenting en bidragsyter skriver, skal kjøre eller laste "
                    "noe i leserens nettleser. Ingenting ble publisert. Ta det bort fra malen "
                    "(et skript som er gått gjennom, må stå ferdig skrevet i malen, ikke bygges "
                    "av verdier fra sidene)."
                ),
            )
        )
    return problems


def _traced(
    element: str, template: str, folders: list[Path], sources: list[tuple[Path, str]]
) -> tuple[Path | None, int]:
    opening = element[: max(element.find(">") + 1, 1)]
    needles = [element[:60], opening] if len(opening) > 8 else [element[:60]]
    for needle in needles:
        for path, text in sources:
            at = text.find(needle)
            if at >= 0:
                return path, text.count("\n", 0, at) + 1
    for name in (template, "main.html"):  # every page of the theme extends main.html
        for folder in folders:
            if (folder / name).is_file():
                return folder / name, 1
    return (folders[0], 1) if folders else (None, 1)
