"""The live preview: after a save, rebuild only what the save changed.

Under ``mkdocs serve --dirtyreload`` (``make serve``) MkDocs rebuilds only the pages whose
``File.is_modified()`` says so. What this module keeps between rebuilds decides it for our pages:

- the files are loaded through a ``FileCache``: a file unchanged since the last rebuild is not
  read or checked again;
- the generated pages (lists, country pages, review queues) and what goes around each item
  depend only on the fields of the content, never on a body: when no field of any file changed
  (nor the date, nor the set of files), the last rebuild's pages and decorations are used again
  and only the pages whose file changed are rebuilt;
- otherwise every page counts as changed, as in a full build.

As with MkDocs' own ``--dirtyreload``, a change to the theme's templates is not seen by pages
that did not change: restart the preview after editing templates.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

from .core.loader import FileCache
from .core.model import Content, Item
from .core.pages import Decoration, GeneratedPage, Pages


def _fields_of(content: Content) -> int:
    """A fingerprint of everything but the bodies: what the generated pages are made from."""
    items = tuple(
        dataclasses.replace(item, body="") for items in content.items.values() for item in items
    )
    return hash((items, content.arrivals, content.sources, content.training, content.files))


class Preview:
    """Kept by the plugin from one build to the next; `live` under `mkdocs serve` only (a
    build or a check reads everything once)."""

    def __init__(self, *, live: bool) -> None:
        self.cache = FileCache() if live else None
        self._key: tuple[Any, ...] | None = None
        self._generated: list[GeneratedPage] = []
        self._items: dict[str, Item] = {}
        self.decorations: dict[str, Decoration] = {}
        self.same = False
        """This rebuild's fields are those of the last one: only changed bodies to rebuild."""

    def generated(self, pages: Pages, config_file: str) -> list[GeneratedPage]:
        """The generated pages: made again unless no field changed since the last rebuild (nor
        ``mkdocs.yml``: its extensions and options shape every page)."""
        if self.cache is None:
            self.decorations = {}
            return pages.generated()
        found = bool(config_file) and Path(config_file).is_file()
        settings = Path(config_file).read_bytes() if found else b""
        key = (pages.site.options, _fields_of(pages.site.content), settings)
        self.same = key == self._key and bool(self._generated)
        if not self.same:
            self._key = key
            self._generated = pages.generated()
            self.decorations = {}
        return self._generated

    def forget(self) -> None:
        """After a rebuild that showed errors or failed: the next one rebuilds every page."""
        self._key, self._generated, self._items, self.decorations = None, [], {}, {}
        self.same = False

    def mark(self, files: Files, items: dict[str, Item], generated: list[GeneratedPage]) -> None:
        """Tell MkDocs which of our pages changed since the last rebuild."""
        if self.cache is None:
            return
        made = {page.uri for page in generated}
        for file in files:
            if file.src_uri in items:
                changed = not self.same or self._items.get(file.src_uri) != items[file.src_uri]
                _set_modified(file, changed)
            elif file.src_uri in made:
                _set_modified(file, not self.same)
        self._items = dict(items)


def _set_modified(file: File, changed: bool) -> None:
    file.is_modified = (lambda: True) if changed else (lambda: False)  # type: ignore[method-assign]
