"""The stages the MkDocs plugin and ``praksisbank build`` both run, one function each.

Each adapter finds its inputs its own way (MkDocs' config and files; the project's
``mkdocs.yml`` and the docs tree) and hands them here, so the two builds choose a site's
templates, name a published file's source, write the web server's policy header and report the
search index alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import jinja2

from praksisbank.core.base.model import Item
from praksisbank.core.content.kinds import pdf_address
from praksisbank.core.content.layout import Layout
from praksisbank.core.content.published_files import appended_files
from praksisbank.core.gate import blame, csp
from praksisbank.core.gate.sitegate import Source
from praksisbank.core.publish.search import SearchIndex
from praksisbank.core.views.render import packaged_templates

SITE_TEMPLATES = "praksisbank"
"""The folder in the theme's ``custom_dir`` whose templates replace ours by name."""


def template_loader(root: Path, option: str | None, custom_dir: str | None) -> jinja2.BaseLoader:
    """The site's templates first, then ours: the folder of the ``templates`` option, else
    ``praksisbank/`` in the theme's ``custom_dir`` when it exists (both relative to ``root``,
    the folder of ``mkdocs.yml``, unless absolute)."""
    folder = Path(root, option) if option else None
    if folder is None and custom_dir:
        candidate = Path(root, custom_dir, SITE_TEMPLATES)
        folder = candidate if candidate.is_dir() else None
    if folder is None:
        return packaged_templates()
    return jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(folder)), packaged_templates()])


def page_source(item: Item | None, uri: str, root: Path) -> Source:
    """The content file a built page is made from, for the rendered-text gate's messages; a
    generated page has none (a value on it is traced to any content file)."""
    if item is None:
        return Source(f"(generert side) {uri}", None)
    return Source(item.path, root / item.path, item.body_line)


def pdf_sources(items: Iterable[tuple[str, Item]], root: Path) -> dict[str, Source]:
    """Each item's PDF (``pdf/vb-afg-2024-017.pdf``) and the content file it is made from, as
    ``page_source`` gives for its page: a finding in the PDF is blamed on that file and the
    line that holds the value, not on the PDF (attack round 11). ``items``: (source address,
    item) pairs; a country's package, made from many files, stays untraced."""
    found: dict[str, Source] = {}
    for uri, item in items:
        address = pdf_address(item)
        if address is not None:
            found.setdefault(address, page_source(item, uri, root))
    return found


def site_files(layout: Layout) -> tuple[Source, ...]:
    """The site's own files whose text every page may show, for the rendered-text gate's
    messages (``core/gate/blame.py``): the templates of its theme folders (``theme.custom_dir``,
    the ``templates`` option), sorted, then the files ``pymdownx.snippets`` adds to every page
    (``auto_append``, ``auto_prepend``: a value one of them holds is theirs, not each page's),
    then ``mkdocs.yml``. Symbolic links are left out (the check refuses them)."""
    found = [
        Source(layout.show(path), path)
        for folder in layout.theme_dirs
        if folder.is_dir()
        for path in sorted(folder.rglob("*"))
        if path.suffix.lower() in blame.TEMPLATE_SUFFIXES
        and path.is_file()
        and not path.is_symlink()
    ]
    found += [Source(layout.show(path), path) for _setting, path in appended_files(layout)]
    if layout.settings is not None and layout.settings.is_file():
        found.append(Source(layout.show(layout.settings), layout.settings))
    return tuple(found)


def write_policy_header(site: Path, policy: csp.SitePolicy) -> None:
    """The web server's Content-Security-Policy header (the union of every page's policy so
    far), written into the site in each server's form (``core/gate/csp.py``)."""
    folder = site / csp.SNIPPET_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in csp.header_snippets(policy.header()):
        (folder / name).write_text(text, encoding="utf-8")


def search_summary(index: SearchIndex) -> str:
    """The build log's line about the search index."""
    return (
        f"Praksisbanken: søkeindeksen har {index.pages} sider og {index.words} ord "
        f"({round(index.size / 1000)} kB)."
    )


def search_warning(index: SearchIndex) -> str | None:
    """A warning when Pagefind cannot stem a language of the site; ``None``: it can."""
    if index.stemmed:
        return None
    return (
        f"Praksisbanken: søket kjenner ikke bøyningsformene for språket "
        f"{', '.join(index.languages)}; bare nøyaktige ord gir treff. Sett «theme: language: "
        "nb» i mkdocs.yml."
    )
