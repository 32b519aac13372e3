"""The MkDocs adapter: content files in, generated pages out. All real work is in ``core``."""

from __future__ import annotations

import logging
from html import escape
from importlib import resources
from pathlib import Path
from urllib.parse import quote

import yaml
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from . import today as today_module
from .core import urls
from .core.loader import Layout, load
from .core.model import Document, Role
from .core.problems import Severity, summary
from .core.render import Decoration, Site, SiteOptions, sanitize

log = logging.getLogger("mkdocs.plugins.praksisbank")

ASSETS = ("praksisbank.css", "praksisbank.js")
ASSET_DIR = "assets/praksisbank"


class PraksisbankConfig(Config):
    decision_bank = c.Dir(exists=False, default="decision_bank")
    """The decision bank: one folder per country (``decision_bank/afg/``), relative to mkdocs.yml.

    ```yaml
    plugins:
      - praksisbank:
          decision_bank: decision_bank
    ```
    """
    practice_notes = c.Dir(exists=False, default="practice_notes")
    """Practice notes (``<anything>.md``) and ``arrivals.yml``, relative to mkdocs.yml."""
    interview_guides = c.Dir(exists=False, default="interview_guides")
    """Interview guides (``<anything>.md``), relative to mkdocs.yml."""
    roles = c.Dir(exists=False, default="docs/roles")
    """Roles (``<anything>.md``), ``sources.yml`` and ``training.yml``, relative to mkdocs.yml.

    Usually inside ``docs/``: the plugin takes these files over from MkDocs.
    """
    demo = c.Type(bool, default=False)
    """Say on the front page that all content is fictional (for the demo site)."""


class PraksisbankPlugin(BasePlugin[PraksisbankConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.site: Site | None = None
        self.items: dict[str, Document | Role] = {}
        self.decorations: dict[str, Decoration] = {}
        self.subheadings: dict[str, tuple[tuple[str, str, str], ...]] = {}

    def layout(self, config: MkDocsConfig) -> Layout:
        return Layout(
            root=Path(config.config_file_path).resolve().parent,
            decision_bank=Path(self.config.decision_bank),
            practice_notes=Path(self.config.practice_notes),
            interview_guides=Path(self.config.interview_guides),
            roles=Path(self.config.roles),
        )

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # `mkdocs serve` keeps this object across rebuilds: start every build afresh.
        self.site = None
        self.items = {}
        self.decorations = {}
        self.subheadings = {}
        try:
            self.today = today_module.today()
        except today_module.TodayError as exc:
            raise PluginError(str(exc)) from None
        for name in ASSETS:
            target = config.extra_css if name.endswith(".css") else config.extra_javascript
            if f"{ASSET_DIR}/{name}" not in [str(x) for x in target]:
                target.append(f"{ASSET_DIR}/{name}")
        # Our few theme templates (the 404 page in Norwegian) go before the theme's own.
        theme_dir = str(resources.files("praksisbank") / "theme")
        if theme_dir not in config.theme.dirs:
            config.theme.dirs.insert(0, theme_dir)
        # Category headings on country pages carry their own anchors.
        if "attr_list" not in config.markdown_extensions:
            config.markdown_extensions.append("attr_list")
        layout = self.layout(config)
        for folder in (layout.decision_bank, layout.practice_notes, layout.interview_guides):
            if folder.is_dir():
                config.watch.append(str(folder))
        return config

    # Runs before other plugins (search, tags) so they see the generated pages as real ones.
    @event_priority(50)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        layout = self.layout(config)
        result = load(layout, self.today)
        for problem in result.problems:
            (log.error if problem.severity is Severity.ERROR else log.warning)(problem.as_text())
        if not result.ok:
            raise PluginError(
                f"Praksisbanken: innholdet har {summary(result.problems)}. Ingenting ble bygget. "
                "Rett feilene over (kjør «praksisbank check» for å se dem igjen)."
            )
        site = Site(result.content, SiteOptions(
            today=self.today, directory_urls=config.use_directory_urls, demo=self.config.demo))
        self.site = site
        content = result.content

        def add(new: File) -> None:
            if files.get_file_from_path(new.src_uri) is not None:
                raise PluginError(
                    f"Praksisbanken lager siden «{new.src_uri}» selv, men den finnes også i "
                    f"{config.docs_dir}. Flytt eller gi nytt navn til filen i docs-mappen."
                )
            files.append(new)

        roles_folder = layout.roles.resolve()
        for file in list(files):
            if not file.abs_src_path or file.generated_by:
                continue
            source = Path(file.abs_src_path).resolve()
            if source.is_relative_to(roles_folder):
                files.remove(file)  # role files are content: the plugin publishes them below
            else:
                file.edit_uri = quote(layout.show(source))
        items: tuple[Document | Role, ...] = (
            *content.decisions, *content.notes, *content.guides, *content.roles)
        for item in items:
            uri = urls.document(item)
            file = File.generated(config, uri, abs_src_path=str(layout.root / item.path),
                                  inclusion=InclusionLevel.NOT_IN_NAV)
            file.edit_uri = quote(item.path)  # the theme writes it into a link unescaped
            add(file)
            self.items[uri] = item
        in_nav = {urls.HOME, urls.DECISION_BANK, urls.NOTES, urls.GUIDES, urls.COUNTRIES,
                  urls.CHANGES, urls.REVIEW, urls.READINESS, urls.ROLES, urls.MATRIX}
        for page in site.pages():
            level = InclusionLevel.UNDEFINED if page.uri in in_nav else InclusionLevel.NOT_IN_NAV
            add(File.generated(config, page.uri, content=page.markdown, inclusion=level))
            if page.subheadings:
                self.subheadings[page.uri] = page.subheadings
        package = resources.files("praksisbank") / "assets"
        for name in ASSETS:
            add(File.generated(config, f"{ASSET_DIR}/{name}",
                               content=(package / name).read_bytes()))
        log.info(
            "Praksisbanken: %d filer lest: %d vedtak, %d praksisnotater, %d intervjuguider, "
            "%d land, %d roller.", len(content.files), len(content.decisions), len(content.notes),
            len(content.guides), len(content.countries()), len(content.roles),
        )
        return files

    def _decoration(self, uri: str) -> Decoration | None:
        item = self.items.get(uri)
        if item is None or self.site is None:
            return None
        if uri not in self.decorations:
            self.decorations[uri] = self.site.decorate(item)
        return self.decorations[uri]

    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        # Our own parse replaces MkDocs' lenient one: give MkDocs clean front matter and the body.
        decoration = self._decoration(page.file.src_uri)
        if decoration is None:
            return None
        item = self.items[page.file.src_uri]
        front = yaml.safe_dump(decoration.meta, allow_unicode=True, sort_keys=True)
        return f"---\n{front}---\n\n{item.body if decoration.publish_body else ''}"

    def on_page_content(
        self, html: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        for parent, anchor, title in self.subheadings.get(page.file.src_uri, ()):
            holder = _find_anchor(page.toc.items, parent)
            if holder is not None:
                holder.children.append(AnchorLink(escape(title), anchor, holder.level + 1))
        decoration = self._decoration(page.file.src_uri)
        if decoration is None:
            return html
        for anchor, title in decoration.headings:
            page.toc.items.append(AnchorLink(escape(title), anchor, 2))
        reserved = frozenset(anchor for anchor, _ in decoration.headings)
        body = sanitize(html, reserved) if decoration.publish_body else ""
        return f"{decoration.before}\n{body}\n{decoration.after}"

    def on_post_build(self, config: MkDocsConfig) -> None:
        self.decorations = {}


def _find_anchor(items: list[AnchorLink], anchor: str) -> AnchorLink | None:
    for item in items:
        if item.id == anchor:
            return item
        found = _find_anchor(item.children, anchor)
        if found is not None:
            return found
    return None
