"""The live preview: after a save, rebuild only what the save changed.

Under ``mkdocs serve --dirtyreload`` (``make serve``) MkDocs rebuilds only the pages whose
``File.is_modified()`` says so. What this module keeps between rebuilds decides it for our pages:

- the files are loaded through a ``FileCache``: a file unchanged since the last rebuild is not
  read or checked again;
- the generated pages (lists, country pages, review queues) and what goes around each item
  depend only on the fields of the content, never on a body: when no field of any file changed
  (nor the date, nor the set of files), the last rebuild's pages and decorations are used again
  and only the pages whose file changed are rebuilt;
- when fields changed but nothing else (not ``mkdocs.yml``, the set of files or the
  navigation), the decorations and generated pages are made again and compared: the pages
  rebuilt are those whose item, decoration (flags, links and titles of other files) or generated
  text changed. When only decisions changed and the flags are the same (``core/views/changed.py``),
  only the generated pages that read a changed decision (``Planned.reads``) and the decorations
  of its neighbours are made again, the others are the last rebuild's; otherwise all of them.
  A template is rendered only for values that differ from the last rebuild's (``renders``,
  ``core/views/render.py``);
- otherwise every page counts as changed, as in a full build.

Python's cycle collector does not run during a rebuild after the first: the garbage is
collected in the background two seconds after it (``rebuild_starts``, ``rebuild_done``).

The store of clean verdicts (``core/gate/verdicts.py``) is read once and kept in memory while
the project, its reviewed exceptions and the machine's key are the same (``verdict_store``);
what the rebuilds found clean is written with the garbage collection, after the page is shown,
and when the preview stops (``close``): reading and writing its 4 MB on every rebuild was about
a twentieth of a field edit at 5,000 decisions.

A page of ours the last rebuild wrote and this one does not (a tag no decision has any more, a
deleted file's page) is removed from the site folder: MkDocs' dirty rebuild never removes one.

After a rebuild of changed bodies or fields, Pagefind's index is made in the background
(``search_later``): the page is shown first, search finds the change once the index is written.

MkDocs' ``File`` of each item outside the navigation (a decision, a note) is kept from one
rebuild to the next with its ``Page``, made new again (``_as_new``) but for its addresses,
which MkDocs would compute again from the same values (``kept_file``): making 5,000 of each
again was about a tenth of a field edit.

Between rebuilds the preview also keeps the theme's compiled templates (``Compiled``: MkDocs
makes a new template environment for every rebuild, and compiled Material's templates again) and
the scripts a page may hold (``known``: read from the theme's folders), and does not write the
sitemap again while the addresses in it are the same.

MkDocs lists the theme's folders on every rebuild to publish their static files (Material's
14,510 files, most of them icons): the preview lists a theme folder outside the project (the
installed themes, the plugin's) once, and a folder inside it (``theme.custom_dir``) every time
(``list_theme``).

As with MkDocs' own ``--dirtyreload``, a change to the theme's templates is not seen by pages
that did not change: restart the preview after editing templates, or after adding a file to an
installed theme's folders.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date

from praksisbank.core.base.model import Content, Item
from praksisbank.core.content.loader import FileCache
from praksisbank.core.content.personal import verdict_settings, verdict_store
from praksisbank.core.content.scripts import REVIEWED
from praksisbank.core.gate import csp, verdicts
from praksisbank.core.practice.site import Site
from praksisbank.core.views import changed
from praksisbank.core.views.pages import Decoration, GeneratedPage, Pages, Planned
from praksisbank.core.views.render import RenderCache

log = logging.getLogger("mkdocs.plugins.praksisbank")

COLLECT_AFTER = 2.0
"""Seconds after a rebuild before its garbage is collected: the browser has the page by then."""


def _fields_of(content: Content) -> int:
    """A fingerprint of everything but the bodies: what the generated pages are made from."""
    items = tuple(
        dataclasses.replace(item, body="") for items in content.items.values() for item in items
    )
    parts = (items, content.arrivals, content.sources, content.training, content.files)
    try:
        return hash(parts)
    except TypeError:  # a kind with a list or a mapping among its fields
        return hash(repr(parts))


class Preview:
    """Kept by the plugin from one build to the next; `live` under `mkdocs serve` only (a
    build or a check reads everything once)."""

    def __init__(self, *, live: bool, dirty: bool = False) -> None:
        self.cache = FileCache() if live else None
        self.renders = RenderCache() if live else None
        """Each page's and decoration's text with the values it was rendered from: a page whose
        values did not change is not rendered again (``Pages.render``)."""
        if live and dirty:  # MkDocs' warning says links go stale: here they do not
            logging.getLogger("mkdocs.commands.build").addFilter(_no_dirty_warning)
            log.info("Praksisbanken: etter hver lagring bygges bare sidene som er endret.")
        self._key: tuple[Any, ...] | None = None
        self._generated: list[GeneratedPage] = []
        self._changed_pages: set[str] | None = None
        """The generated pages whose text changed; None: all of them."""
        self._site: Site | None = None
        """The last rebuild's site: what a field edit is compared with (``changed.py``)."""
        self._touched: set[str] | None = None
        """The items whose decoration this field edit can have changed; None: every item."""
        self._items: dict[str, Item] = {}
        self._nav: Any = None
        self.decorations: dict[str, Decoration] = {}
        self.same = False
        """This rebuild's fields are those of the last one: only changed bodies to rebuild."""
        self._fields_only = False
        """Only fields changed (not the settings, nor the set of files): pages are compared."""
        self.compiled = Compiled() if live else None
        self._known: tuple[tuple[Any, ...], csp.Known] | None = None
        self._sitemap: tuple[Any, ...] = ()
        """What the sitemap written last lists: each page's address and date."""
        self._written: dict[str, str] = {}
        self.files: dict[str, bytes] | None = {} if live else None
        """The other files the rendered-text gate passed (feeds, styles), as they were."""
        self.gated: dict[str, str] | None = {} if live else None
        """The large generated pages as last written and passed by the rendered-text gate:
        a rebuild's gate reads only the part of such a page that changed
        (``protect.changed_part``)."""
        self._building = False
        self._files: dict[str, tuple[tuple[Any, ...], File]] = {}
        """Each item's file (outside the navigation) of the last rebuild, by address, with what
        its addresses were computed from (``kept_file``)."""
        self._verdicts: tuple[Path, verdicts.Store] | None = None
        """The store of clean verdicts the rebuilds use, with its project (``verdict_store``)."""
        self._saved = 0
        """How many digests the kept store held when it was last written."""
        self._saving = threading.Lock()
        """Held while the kept store is written (in the background) or used by a rebuild."""
        self._theme_listed: dict[tuple[str, bool], list[str]] = {}
        """The files of each theme folder outside the project, listed once (``list_theme``)."""

    def list_theme(self, loader: jinja2.BaseLoader, root: Path) -> None:
        """A live preview: the theme's loader (MkDocs lists its files on every rebuild, and
        publishes those that are not templates) lists a folder outside the project ``root``
        once; a folder inside it every time, as MkDocs does."""
        if self.cache is None or type(loader) is not jinja2.FileSystemLoader:
            return
        project = os.path.realpath(root)
        kept = self._theme_listed
        folders, follow = list(loader.searchpath), loader.followlinks

        def list_templates() -> list[str]:
            found: set[str] = set()
            for folder in folders:
                real = os.path.realpath(folder)
                outside = os.path.commonpath([real, project]) != project
                names = kept.get((real, follow)) if outside else None
                if names is None:
                    names = jinja2.FileSystemLoader(real, followlinks=follow).list_templates()
                    if outside:
                        kept[(real, follow)] = names
                found.update(names)
            return sorted(found)

        loader.list_templates = list_templates  # type: ignore[method-assign]

    def verdict_store(self, root: Path) -> verdicts.Store | None:
        """The store of clean verdicts for this build of the project at ``root``. A live
        preview keeps the one it opened while the project, its reviewed exceptions (the store's
        ``settings``) and the machine's key are the same, and writes it after the page is shown
        (``rebuild_done``); otherwise the store is opened again (the old one written first)."""
        if self.cache is None:
            return verdict_store(root)
        with self._saving:
            if self._verdicts is not None:
                where, store = self._verdicts
                if (
                    where == root
                    and store.folder is not None
                    and store.settings == verdicts.settings_fingerprint(verdict_settings(root))
                    and verdicts.key_in(store.folder) == store.key
                ):
                    return store
                self._save_verdicts()
                self._verdicts = None
            opened = verdict_store(root)
            if opened is not None:
                self._verdicts, self._saved = (root, opened), 0
            return opened

    def keeps(self, store: verdicts.Store) -> bool:
        """Whether ``store`` is the one this preview keeps (and writes itself)."""
        return self._verdicts is not None and self._verdicts[1] is store

    def close(self) -> None:
        """The preview stops: what its rebuilds found clean is written."""
        with self._saving:
            self._save_verdicts()

    def _save_verdicts(self) -> None:
        """The kept store written, when it learned or used a digest since it was last
        (``_saving`` held)."""
        if self._verdicts is not None and len(self._verdicts[1].fresh) > self._saved:
            self._verdicts[1].save()
            self._saved = len(self._verdicts[1].fresh)

    def kept_file(self, config: Any) -> Callable[[str, str, str], File | None] | None:
        """For ``sitefiles.publish``: an item's file of the last rebuild, by its address, source
        and edit address, when what MkDocs computes its addresses from is the same (the site's
        folder and address, the repository's and the edit addresses); its page made new."""
        if self.cache is None:
            return None
        settings = _addressed_by(config)

        def kept(uri: str, source: str, edit_uri: str) -> File | None:
            found = self._files.get(uri)
            if found is None or found[0] != (source, edit_uri, settings):
                return None
            file = found[1]
            if file.page is not None:
                _as_new(file.page)
            return file

        return kept

    def known(self, config: Any, root: Path, read: Callable[[Any, Path], csp.Known]) -> csp.Known:
        """The scripts a built page may hold (``sitefiles.known_scripts``), read again only
        when the theme's folders, the site's address or ``skript-ok.yml`` changed."""
        if self.cache is None:
            return read(config, root)
        reviewed = root / REVIEWED
        key = (
            tuple(config.theme.dirs),
            config.theme.custom_dir,
            config.site_url,
            reviewed.read_bytes() if reviewed.is_file() else None,
        )
        if self._known is None or self._known[0] != key:
            self._known = (key, read(config, root))
        return self._known[1]

    def theme(self, env: jinja2.Environment, config: Any, files: Files) -> None:
        """MkDocs' template environment of this rebuild gets the templates compiled before,
        and the sitemap is not written again when no address in it (nor its date) changed."""
        if self.compiled is None:
            return
        env.bytecode_cache = self.compiled
        listed = tuple(
            (page.canonical_url, page.abs_url, page.update_date, page.is_link)
            for file in files.documentation_pages()
            if (page := file.page) is not None
        )
        written = (Path(config.site_dir) / "sitemap.xml").is_file()
        if written and listed == self._sitemap and "sitemap.xml" in config.theme.static_templates:
            config.theme.static_templates.discard("sitemap.xml")
        self._sitemap = listed

    def generated(self, pages: Pages, config_file: str) -> list[GeneratedPage]:
        """The generated pages: made again unless no field changed since the last rebuild (nor
        ``mkdocs.yml``: its extensions and options shape every page)."""
        if self.cache is None:
            self.decorations = {}
            return pages.generated()
        found = bool(config_file) and Path(config_file).is_file()
        content = pages.site.content
        settings = (pages.site.options, Path(config_file).read_bytes() if found else b"")
        key = ((*settings, content.files), _fields_of(content))
        self.same = key == self._key and bool(self._generated)
        self._fields_only = not self.same and self._key is not None and key[0] == self._key[0]
        if not self.same and not self._fields_only and self.renders is not None:
            self.renders.clear()  # the settings changed (or the first build): render everything
        if not self.same:
            before = {page.uri: page for page in self._generated}
            edit = changed.edit_between(self._site, pages.site) if self._fields_only else None
            plans = pages.planned()
            if [plan.uri for plan in plans] != list(before):  # a page came or went
                edit = None
            self._key = key
            self._touched = changed.touched(pages.site, edit) if edit is not None else None

            def kept(plan: Planned) -> GeneratedPage | None:
                """The last rebuild's page, when it reads no decision the edit changed."""
                return None if edit is None or edit.reads(plan.reads) else before[plan.uri]

            self._generated = pages.generated(plans, kept)
            self._changed_pages = (
                {
                    page.uri
                    for page in self._generated
                    if (old := before.get(page.uri)) is not page
                    and (old is None or old.markdown != page.markdown)
                }
                if self._fields_only
                else None
            )
        self._site = pages.site  # a body edit too: the next field edit compares with it
        return self._generated

    def rebuild_starts(self) -> None:
        """A live preview's rebuild after the first: Python's cycle collector waits until the
        page is shown. At 5,000 decisions a full collection walks every object the process
        holds (the content, the kept texts, MkDocs' pages): 0.3 to 0.7 s of a field edit."""
        if self.cache is not None and self._key is not None:
            self._building = True
            gc.disable()

    def rebuild_done(self) -> None:
        """After a rebuild (or a failed one): the garbage is collected a little later, in the
        background, and the collector runs by itself again until the next rebuild; the kept
        store of clean verdicts is written then too."""
        self._building = False
        if self.cache is not None:
            timer = threading.Timer(COLLECT_AFTER, self._collect)
            timer.daemon = True
            timer.start()

    def _collect(self) -> None:
        if self._building:  # a rebuild started meanwhile: its end collects
            return
        if not gc.isenabled():
            gc.collect()
            gc.enable()
        with self._saving:
            if not self._building:
                self._save_verdicts()

    def forget(self) -> None:
        """After a rebuild that showed errors or failed: the next one rebuilds every page."""
        self._key, self._generated, self._items, self.decorations = None, [], {}, {}
        self._files = {}
        self._site, self._touched = None, None
        self.same = self._fields_only = False
        self._sitemap = ()
        if self.renders is not None:
            self.renders.clear()
        if self.gated is not None:
            self.gated.clear()
        if self.files is not None:
            self.files.clear()

    @property
    def search_later(self) -> bool:
        """Pagefind's index made after the rebuild, while the changed page is shown: a rebuild
        of changed texts or fields (the index over every page is written some seconds later)."""
        return self.cache is not None and (self.same or self._fields_only)

    def mark(
        self,
        files: Files,
        items: dict[str, Item],
        config: Any,
        decorate: Callable[[Item], Decoration],
    ) -> None:
        """Tell MkDocs which of our pages changed since the last rebuild: under ``same`` those
        whose file changed; when only fields changed, those whose item or decoration (flags,
        links, titles of other files) or generated text changed; otherwise all of them."""
        if self.cache is None:
            return
        nav = config.nav
        changed_items: set[str] | None = None  # None: every item's page
        pages = self._changed_pages
        if self.same:
            changed_items, pages = {u for u, i in items.items() if self._items.get(u) != i}, set()
        elif self._fields_only and nav == self._nav:
            decorated = self._decorated(items, decorate)
            changed_items = {
                uri
                for uri, item in items.items()
                if _differ(self._items.get(uri), item)
                or _differ(self.decorations.get(uri), decorated[uri])
            }
            self.decorations = decorated
        else:
            self.decorations, pages = {}, None
        made = {page.uri for page in self._generated}
        written: dict[str, str] = {}
        settings = _addressed_by(config)
        self._files = {
            uri: ((file.abs_src_path, file.edit_uri, settings), file)
            for uri in items
            if (file := files.get_file_from_path(uri)) is not None
            and file.inclusion is InclusionLevel.NOT_IN_NAV
            and file.abs_src_path is not None
        }
        for file in files:
            if file.src_uri in items:
                _set_modified(file, changed_items is None or file.src_uri in changed_items)
            elif file.src_uri in made:
                _set_modified(file, pages is None or file.src_uri in pages)
            else:
                continue
            written[file.src_uri] = file.abs_dest_path
        self._items, self._nav = dict(items), nav
        self._remove_gone(written)

    def _decorated(
        self, items: dict[str, Item], decorate: Callable[[Item], Decoration]
    ) -> dict[str, Decoration]:
        """Every item's decoration after a field edit: made again for the items the edit can
        have touched (``changed.touched``) and any item without one; the others are the last
        rebuild's. When the edit was more than decisions' fields, every one is made again."""
        if self._touched is None:
            return {uri: decorate(item) for uri, item in items.items()}
        last = self.decorations
        return {
            uri: decorate(item) if uri in self._touched or (kept := last.get(uri)) is None else kept
            for uri, item in items.items()
        }

    def _remove_gone(self, written: dict[str, str]) -> None:
        """MkDocs' dirty rebuild never removes a file: the page of a tag no decision has any
        more, or of a file deleted, would still be served with its old lists. Each page this
        plugin wrote last time and does not write now is removed."""
        kept = set(written.values())
        for src_uri, path in self._written.items():
            if src_uri not in written and path not in kept:
                Path(path).unlink(missing_ok=True)
        self._written = written


class Compiled(jinja2.BytecodeCache):
    """Compiled templates in memory, for this process. Jinja compares each template's source
    with the checksum stored beside its code: a template whose file changed is compiled again."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._code.clear()


def _no_dirty_warning(record: logging.LogRecord) -> bool:
    return "'dirty' build" not in record.getMessage()


def _differ(last: object, now: object) -> bool:
    """Whether a value differs from the last rebuild's (the same object: it does not)."""
    return last is not now and last != now


def _addressed_by(config: Any) -> tuple[Any, ...]:
    """What MkDocs computes a file's and a page's addresses from, beside the file's own."""
    return (
        config.site_dir,
        config.use_directory_urls,
        config.site_url,
        config.repo_url,
        config.edit_uri,
        config.edit_uri_template,
    )


def _as_new(page: Page) -> None:
    """A page of the last rebuild as ``Page.__init__`` leaves a new one (MkDocs 1.6), but for
    its addresses (``canonical_url``, ``abs_url``, ``edit_url``), computed from the same values:
    nothing of what the last rebuild read, rendered or linked stays on it
    (``tests/test_preview.py`` compares it with a new page attribute by attribute)."""
    for name in ("title", "parent", "present_anchor_ids", "links_to_anchors"):
        vars(page).pop(name, None)  # set by a rebuild; a new page has the class's value
    page.children = None
    page.previous_page = None
    page.next_page = None
    page.active = False
    page.update_date = get_build_date()
    page.markdown = None
    page._title_from_render = None
    page.content = None
    page.toc = []  # type: ignore[assignment]
    page.meta = {}


def _set_modified(file: File, changed: bool) -> None:
    file.is_modified = (lambda: True) if changed else (lambda: False)  # type: ignore[method-assign]
