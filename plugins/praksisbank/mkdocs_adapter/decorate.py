"""Each page as readers get it, in MkDocs' page events: the front matter and body MkDocs reads
from our checked item, the decoration around its text (panel, flags, trail), the sub-headings in
its table of contents, the section shown as active in the navigation, the accessibility contact.

What a decoration holds is the core's (``core/views/pages.py``); this module puts it where
MkDocs expects it.
"""

from __future__ import annotations

import posixpath
from html import escape
from typing import Any

import yaml
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from praksisbank.core.base.model import Item
from praksisbank.core.gate.sanitize import sanitize
from praksisbank.core.views import a11y
from praksisbank.core.views.pages import Decoration, Pages
from praksisbank.mkdocs_adapter.preview import Preview

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's: several times faster


class Decorator:
    """One build's pages and items by address, and what each page event does with them."""

    def __init__(self, preview: Preview) -> None:
        self.preview = preview
        """Keeps the decorations from one live-preview rebuild to the next."""
        self.pages: Pages | None = None
        self.items: dict[str, Item] = {}
        self.subheadings: dict[str, tuple[Any, ...]] = {}
        """The generated pages' sub-headings (categories on a country page), by address."""
        self.marked: Page | None = None
        """The navigation page shown as active for the page being written (``mark``)."""
        self.sections: Sections | None = None
        """The navigation's pages by folder, read once per build (``mark``)."""

    def decoration(self, uri: str) -> Decoration | None:
        item = self.items.get(uri)
        if item is None or self.pages is None:
            return None
        decorations = self.preview.decorations  # made once per page (kept by a live preview)
        if uri not in decorations:
            decorations[uri] = self.pages.decorate(item)
        return decorations[uri]

    def source(self, uri: str) -> str | None:
        """Our own parse replaces MkDocs' lenient one: clean front matter and the body."""
        decoration = self.decoration(uri)
        if decoration is None:
            return None
        item = self.items[uri]
        front = yaml.dump(decoration.meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=True)
        return f"---\n{front}---\n\n{item.body if decoration.publish_body else ''}"

    def content(self, html: str, page: Page) -> str:
        """The rendered text with what goes around it; its headings in the table of contents."""
        for sub in self.subheadings.get(page.file.src_uri, ()):
            holder = _find_anchor(page.toc.items, sub.parent)
            if holder is not None:
                holder.children.append(AnchorLink(escape(sub.title), sub.anchor, holder.level + 1))
        decoration = self.decoration(page.file.src_uri)
        if decoration is None:
            return a11y.name_heading_links(html)
        for heading in decoration.headings:
            page.toc.items.append(AnchorLink(escape(heading.title), heading.anchor, 2))
        reserved = frozenset(heading.anchor for heading in decoration.headings)
        body = sanitize(html, reserved) if decoration.publish_body else ""
        return a11y.name_heading_links(f"{decoration.before}\n{body}\n{decoration.after}")

    def mark(self, page: Page, nav_pages: list[Page]) -> None:
        """A page outside the navigation (a decision, a country) shows its section there as
        active: the navigation page whose folder holds it, the deepest one. Undone once the
        page is written (``unmark``)."""
        if self.sections is None or self.sections.pages is not nav_pages:
            self.sections = Sections(nav_pages)
        path = page.file.src_uri
        self.marked = None if path in self.sections.listed else self.sections.holding(path)
        if self.marked is not None:
            self.marked.active = True

    def unmark(self) -> None:
        if self.marked is not None:
            self.marked.active = False
            self.marked = None


def with_contact(markdown: str, contact: str | None) -> str:
    """The accessibility statement's ``<!-- praksisbank:kontakt -->`` replaced by the contact."""
    if a11y.CONTACT_MARKER not in markdown:
        return markdown
    return markdown.replace(a11y.CONTACT_MARKER, a11y.contact_markdown(contact))


def _find_anchor(items: list[AnchorLink], anchor: str) -> AnchorLink | None:
    for item in items:
        if item.id == anchor:
            return item
        found = _find_anchor(item.children, anchor)
        if found is not None:
            return found
    return None


class Sections:
    """The navigation's pages, read once per build: which pages it lists, and for each folder
    the first index page in it, so that each of 5,000 pages is not compared with every
    navigation page (``Page.__eq__`` compares titles and files) and their folders."""

    def __init__(self, pages: list[Page]) -> None:
        self.pages = pages
        self.listed = frozenset(page.file.src_uri for page in pages)
        self.index: dict[str, Page] = {}
        for candidate in pages:
            folder = posixpath.dirname(candidate.file.src_uri)
            if folder and candidate.file.name == "index":
                self.index.setdefault(folder, candidate)

    def holding(self, path: str) -> Page | None:
        """The navigation page whose folder holds ``path``, the deepest:
        ``vedtaksbank/index.md`` for ``vedtaksbank/afg/x.md``,
        ``vedtaksbank/rettsgrunnlag/index.md`` for a provision."""
        folder = posixpath.dirname(path)
        while folder:
            found = self.index.get(folder)
            if found is not None:
                return found
            folder = posixpath.dirname(folder)
        return None
