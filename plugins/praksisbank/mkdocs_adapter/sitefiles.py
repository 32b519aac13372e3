"""The files MkDocs builds: our checked content and generated pages in, raw content files out.

The content is loaded and checked here (a build with content errors stops, a live preview shows
them instead); the core decides what is published, this module hands it to MkDocs as files: each
item at its address, the generated pages, our assets, the Atom feeds, images without metadata.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from praksisbank.core.base.model import Content, FreePage, Item
from praksisbank.core.base.problems import Severity, summary
from praksisbank.core.content.kinds import KINDS, address
from praksisbank.core.content.loader import FileCache, Layout, LoadResult, load
from praksisbank.core.gate import imagemeta
from praksisbank.core.practice.site import Site, SiteOptions
from praksisbank.core.publish.tree import ASSET_DIR as ASSET_DIR  # the plugin's and tests' names
from praksisbank.core.publish.tree import ASSETS as ASSETS
from praksisbank.core.views.pages import NAV, PAGES, GeneratedPage, Pages
from praksisbank.mkdocs_adapter.settings import Settings

log = logging.getLogger("mkdocs.plugins.praksisbank")


def load_content(
    layout: Layout, settings: Settings, cache: FileCache | None, *, serve: bool
) -> LoadResult:
    """Every kind's files loaded and checked, each problem logged. With an error the build
    stops here; a live preview (``serve``) goes on and shows the problems."""
    result = load(layout, settings.today, cache, workers=settings.workers)
    for problem in result.problems:
        (log.error if problem.severity is Severity.ERROR else log.warning)(problem.as_text())
    if not result.ok and not serve:
        raise PluginError(
            f"Praksisbanken: innholdet har {summary(result.problems)}. Ingenting ble bygget. "
            "Rett feilene over (kjør «praksisbank check» for å se dem igjen)."
        )
    if result.ok:
        log.info(read_summary(result.content))
    return result


def site_of(content: Content, settings: Settings, config: MkDocsConfig, *, demo: bool) -> Site:
    """The checked content with this build's options: the day, addresses, demo, PDFs."""
    options = SiteOptions(
        today=settings.today, directory_urls=config.use_directory_urls, demo=demo, pdf=settings.pdf
    )
    return Site(content, options)


def add_feeds(files: Files, config: MkDocsConfig, pages: Pages) -> None:
    """The Atom feeds of «Siste endringer» (the site's and each country's)."""
    for path, xml in pages.feeds(config.site_url, config.site_name):
        if files.get_file_from_path(path) is not None:
            raise PluginError(
                f"Praksisbanken lager filen «{path}» selv (en Atom-feed), men den finnes "
                f"også i {config.docs_dir}. Flytt eller gi nytt navn til filen i docs-mappen."
            )
        files.append(File.generated(config, path, content=xml))


def asset_files(config: MkDocsConfig) -> list[File]:
    package = resources.files("praksisbank") / "assets"
    return [
        File.generated(config, f"{ASSET_DIR}/{name}", content=(package / name).read_bytes())
        for name in ASSETS
    ]


def publish(
    files: Files,
    config: MkDocsConfig,
    layout: Layout,
    *,
    pages: Pages,
    generated: list[GeneratedPage],
    own_nav: bool,
    kept: Callable[[str, str, str], File | None] | None = None,
) -> tuple[dict[str, Item], dict[str, tuple[Any, ...]]]:
    """Put the checked items, the generated pages and the feeds into ``files``; return the items
    and the generated pages' sub-headings by address. ``kept`` gives a live preview's file of
    an item outside the navigation from the last rebuild, by its address, source and edit
    address, when it can serve again (``Preview.kept_file``)."""
    content = pages.site.content
    published: dict[str, Item] = {}
    subheadings: dict[str, tuple[Any, ...]] = {}

    written: dict[str, str] = {}
    """Each added file's place in the site, and the file it is made from."""

    def add(new: File) -> None:
        if files.get_file_from_path(new.src_uri) is not None:
            raise PluginError(
                f"Praksisbanken lager siden «{new.src_uri}» selv, men den finnes også i "
                f"{config.docs_dir}. Flytt eller gi nytt navn til filen i docs-mappen."
            )
        other = written.setdefault(new.dest_uri, new.src_uri)
        if other != new.src_uri:  # `endringer.md` and the generated `endringer/index.md`
            first, second = sorted((other, new.src_uri))
            raise PluginError(
                f"«{first}» og «{second}» får samme adresse på nettstedet (/{new.url}), og bare "
                "den ene ville blitt publisert. Gi den ene filen i docs-mappen et annet navn."
            )
        files.append(new)

    # Content in docs/ (roles, free pages) is published from our checked items below; other
    # files there (images) stay MkDocs' own, except in folders that hold only content.
    sources = resolved_paths(layout.root, (item.path for item in content.all_items()))
    closed = [layout.folder(kind).resolve() for kind in KINDS if not kind.assets]
    for file in list(files):
        if not file.abs_src_path or file.generated_by:
            continue
        source = Path(file.abs_src_path).resolve()
        if str(source) in sources or any(source.is_relative_to(folder) for folder in closed):
            files.remove(file)
        else:
            file.edit_uri = quote(layout.show(source))
    for items in content.items.values():
        for item in items:
            uri = address(item)
            origin = str(layout.root / item.path)
            edit_uri = quote(item.path)  # the theme writes it into a link unescaped
            reused = None
            if kept is not None and not isinstance(item, FreePage):
                reused = kept(uri, origin, edit_uri)
            if reused is None:
                reused = File.generated(
                    config,
                    uri,
                    abs_src_path=origin,
                    inclusion=InclusionLevel.UNDEFINED
                    if isinstance(item, FreePage)
                    else InclusionLevel.NOT_IN_NAV,
                )
                reused.edit_uri = edit_uri
            add(reused)
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
    add_feeds(files, config, pages)
    return published, subheadings


def resolved(root: Path, paths: Iterable[str]) -> set[Path]:
    """``(root / path).resolve()`` of each path (``resolved_paths``)."""
    return {Path(path) for path in resolved_paths(root, paths)}


def resolved_paths(root: Path, paths: Iterable[str]) -> set[str]:
    """``str((root / path).resolve())`` of each path, each folder resolved once: a file that is
    not itself a link resolves to its folder's real path and its name (one ``lstat``, not one
    per folder above it: 5,000 decisions are read again after every save in a live preview).
    On strings with ``os.path``: ``pathlib`` made this a third of handing the files to MkDocs
    (``Path.resolve`` is ``os.path.realpath``)."""
    base = str(root)
    folders: dict[str, str] = {}
    found = set()
    for path in paths:
        full = os.path.join(base, path)  # noqa: PTH118 (strings: see the docstring)
        parent, name = os.path.split(full)
        if name in ("", ".", "..") or os.path.islink(full):  # noqa: PTH114
            found.add(os.path.realpath(full))
            continue
        folder = folders.get(parent)
        if folder is None:
            folder = folders[parent] = os.path.realpath(parent)
        found.add(os.path.join(folder, name))  # noqa: PTH118
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
