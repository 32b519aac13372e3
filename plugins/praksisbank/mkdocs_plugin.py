"""The MkDocs adapter: content files in, generated pages out. All real work is in ``core``."""

from __future__ import annotations

import logging
import shutil
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
import yaml
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from . import rendercheck
from . import today as today_module
from .aside import AsideBuild
from .core import pdf, searchview
from .core.dates import norwegian_date
from .core.kinds import KINDS, address
from .core.loader import ALLOW_LIST, Layout, load
from .core.model import FreePage, Item
from .core.pages import NAV, PAGES, Decoration, Pages
from .core.problems import Problem, Severity, summary
from .core.render import environment, packaged_templates, render_problems
from .core.sanitize import sanitize
from .core.site import Site, SiteOptions
from .search import SearchError, index_site

log = logging.getLogger("mkdocs.plugins.praksisbank")

ASSETS = (
    "praksisbank.css",
    "praksisbank.js",
    "praksisbank-header.js",
    "finder.js",
    "praksisbank-print.css",
)
ASSET_DIR = "assets/praksisbank"


class _Options(Config):
    demo = c.Type(bool, default=False)
    """Say on the front page that all content is fictional (for the demo site)."""
    teams = c.Type(dict, default={})
    """Each responsible unit's team, for ``praksisbank codeowners`` (``"*"``: everything else).

    ```yaml
    teams:
      Enhet A1: "@asylavdelingen/enhet-a1"
    ```
    """
    search = c.Type(bool, default=True)
    """Search with Pagefind: Norwegian word forms, the decision panel's values as filters, an
    index the reader's browser fetches in small parts (``search.py``). Material's ``search``
    plugin must then be off; ``search: false`` turns ours off instead."""
    templates = c.Optional(c.Dir(exists=True))
    """A folder of templates that replace ours by name; without it, ``praksisbank/`` in the
    theme's ``custom_dir`` is used when it exists.

    ```yaml
    theme:
      custom_dir: overrides      # overrides/praksisbank/decision.html replaces ours
    ```
    """


# One folder option per content kind, named by the kind (``decision_bank: decision_bank``),
# relative to mkdocs.yml. Made from the kinds, so a new kind has its option without an edit here.
PraksisbankConfig = type(
    "PraksisbankConfig",
    (_Options,),
    {kind.option: c.Dir(exists=False, default=kind.folder) for kind in KINDS if kind.option},
)


class PraksisbankPlugin(BasePlugin[_Options]):
    config_class = PraksisbankConfig
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.pages: Pages | None = None
        self.items: dict[str, Item] = {}
        self.decorations: dict[str, Decoration] = {}
        self.subheadings: dict[str, tuple[Any, ...]] = {}
        self.command: str | None = None
        self.aside: AsideBuild | None = None
        self.own_nav = False
        self.showing_errors = False
        """The site has no nav of its own: ours is made from the page list."""
        self.pdf = False
        """This build makes PDFs (``core/pdf.py``)."""
        self.pdf_report: pdf.Report | None = None
        """What the last build's PDFs took (for the benchmark)."""
        self.guard: rendercheck.Guard | None = None
        self.unrendered: list[Problem] = []
        """Texts that could not be rendered (``rendercheck.py``): the build stops in on_env."""
        self.material_search = False

    def layout(self, config: MkDocsConfig) -> Layout:
        return Layout(
            root=Path(config.config_file_path).resolve().parent,
            folders={
                kind.name: Path(self.config[kind.option] if kind.option else config.docs_dir)
                for kind in KINDS
            },
            teams={str(k): str(v) for k, v in self.config.teams.items()},
        )

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # `mkdocs serve` keeps this object across rebuilds: start every build afresh.
        self.pages = None
        self.showing_errors = False
        self.items = {}
        self.decorations = {}
        self.subheadings = {}
        self.unrendered = []
        try:
            self.today = today_module.today()
            self.pdf = pdf.wanted(self.command)  # PRAKSISBANK_PDF; off under `mkdocs serve`
        except (today_module.TodayError, pdf.PdfError) as exc:
            raise PluginError(str(exc)) from None
        if self.config.search and {"search", "material/search"} & set(config.plugins):
            raise PluginError(
                "Praksisbanken har sitt eget søk (Pagefind), og Materials søk er også slått på. "
                "Fjern «search» fra «plugins» i mkdocs.yml, eller skriv «search: false» under "
                "«praksisbank» for å bruke Materials søk i stedet."
            )
        for name in ASSETS:
            target = config.extra_css if name.endswith(".css") else config.extra_javascript
            if f"{ASSET_DIR}/{name}" not in [str(x) for x in target]:
                target.append(f"{ASSET_DIR}/{name}")
        # Our theme files (the 404 page in Norwegian) go after the site's custom_dir, so a site
        # can override them too, and before the theme's own.
        theme_dir = str(resources.files("praksisbank") / "theme")
        if theme_dir not in config.theme.dirs:
            custom = config.theme.custom_dir
            config.theme.dirs.insert(1 if custom else 0, theme_dir)
        self.env = environment(self._template_loader(config))
        # Category headings on country pages carry their own anchors.
        for name in rendercheck.ADDED_EXTENSIONS:
            if name not in config.markdown_extensions:
                config.markdown_extensions.append(name)
        # A text that cannot be rendered is reported with its file and line, not a traceback.
        self.guard = rendercheck.Guard()
        config.markdown_extensions[:] = [
            e for e in config.markdown_extensions if not isinstance(e, rendercheck.Guard)
        ] + [self.guard]
        self.material_search = bool({"search", "material/search"} & set(config.plugins))
        self.own_nav = config.nav is None
        layout = self.layout(config)
        for kind in KINDS:
            if layout.folder(kind).is_dir():
                config.watch.append(str(layout.folder(kind)))
        if (layout.root / ALLOW_LIST).is_file():
            config.watch.append(str(layout.root / ALLOW_LIST))
        if self.command in (None, "build", "gh-deploy"):
            if not config.site_url:
                log.warning(
                    "Praksisbanken: «site_url» er ikke satt i mkdocs.yml. Uten den er "
                    "sidekartet tomt, og lenkene på feilsiden (404) virker bare på toppnivå. "
                    "Skriv adressen nettstedet publiseres på."
                )
            self.aside, config.site_dir = AsideBuild.start(config.site_dir)
        return config

    def _template_loader(self, config: MkDocsConfig) -> jinja2.BaseLoader:
        """The site's templates first (``templates`` option or ``custom_dir/praksisbank``)."""
        folder = self.config.templates
        if folder is None and config.theme.custom_dir:
            candidate = Path(config.theme.custom_dir) / "praksisbank"
            folder = str(candidate) if candidate.is_dir() else None
        if folder is None:
            return packaged_templates()
        return jinja2.ChoiceLoader([jinja2.FileSystemLoader(folder), packaged_templates()])

    # Runs before other plugins (search, tags) so they see the generated pages as real ones.
    @event_priority(50)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        layout = self.layout(config)
        result = load(layout, self.today)
        for problem in result.problems:
            (log.error if problem.severity is Severity.ERROR else log.warning)(problem.as_text())
        if not result.ok and self.command == "serve":
            return self._error_site(result.problems, files, config)
        if not result.ok:
            raise PluginError(
                f"Praksisbanken: innholdet har {summary(result.problems)}. Ingenting ble bygget. "
                "Rett feilene over (kjør «praksisbank check» for å se dem igjen)."
            )
        content = result.content
        site = Site(
            content,
            SiteOptions(
                today=self.today,
                directory_urls=config.use_directory_urls,
                demo=self.config.demo,
                pdf=self.pdf,
            ),
        )
        self.pages = Pages(site, self.env)

        def add(new: File) -> None:
            if files.get_file_from_path(new.src_uri) is not None:
                raise PluginError(
                    f"Praksisbanken lager siden «{new.src_uri}» selv, men den finnes også i "
                    f"{config.docs_dir}. Flytt eller gi nytt navn til filen i docs-mappen."
                )
            files.append(new)

        # Content in docs/ (roles, free pages) is published from our checked items below; other
        # files there (images) stay MkDocs' own, except in folders that hold only content.
        sources = {(layout.root / item.path).resolve() for item in content.all_items()}
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
                self.items[uri] = item
        if self.own_nav:  # our pages, then the site's free pages by title
            free = sorted(content.of("page", FreePage), key=lambda p: p.title)
            config.nav = [{title: uri} for title, uri in NAV]
            config.nav += [{p.title: address(p)} for p in free]
        in_nav = {page.uri for page in PAGES}
        for page in self.pages.generated():
            level = InclusionLevel.UNDEFINED if page.uri in in_nav else InclusionLevel.NOT_IN_NAV
            add(File.generated(config, page.uri, content=page.markdown, inclusion=level))
            if page.subheadings:
                self.subheadings[page.uri] = page.subheadings
        package = resources.files("praksisbank") / "assets"
        for name in ASSETS:
            add(
                File.generated(config, f"{ASSET_DIR}/{name}", content=(package / name).read_bytes())
            )
        counts = ", ".join(
            f"{n} {k.words.singular if n == 1 else k.words.plural.lower()}"
            for k in KINDS
            for n in [len(content.items.get(k.name, ()))]
        )
        log.info(
            "Praksisbanken: %d filer lest: %s; %d land.",
            len(content.files),
            counts,
            len(content.countries()),
        )
        return files

    def _error_site(
        self, problems: tuple[Problem, ...], files: Files, config: MkDocsConfig
    ) -> Files:
        """Under ``mkdocs serve``, a content error is a page, not a hanging preview: every address
        shows what is wrong, and the preview comes back by itself when the file is fixed."""
        page = render_problems(self.env, problems)
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
        package = resources.files("praksisbank") / "assets"
        for name in ASSETS:
            kept.append(
                File.generated(config, f"{ASSET_DIR}/{name}", content=(package / name).read_bytes())
            )
        config.nav = [{"Feil i innholdet": "index.md"}]
        self.showing_errors = True
        return kept

    def _decoration(self, uri: str) -> Decoration | None:
        item = self.items.get(uri)
        if item is None or self.pages is None:
            return None
        if uri not in self.decorations:
            self.decorations[uri] = self.pages.decorate(item)
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
        failure = self.guard.take() if self.guard is not None else None
        if failure is not None:
            html = self._unrenderable(page, failure, config)
        for sub in self.subheadings.get(page.file.src_uri, ()):
            holder = _find_anchor(page.toc.items, sub.parent)
            if holder is not None:
                holder.children.append(AnchorLink(escape(sub.title), sub.anchor, holder.level + 1))
        decoration = self._decoration(page.file.src_uri)
        if decoration is None:
            return html
        for heading in decoration.headings:
            page.toc.items.append(AnchorLink(escape(heading.title), heading.anchor, 2))
        reserved = frozenset(heading.anchor for heading in decoration.headings)
        body = sanitize(html, reserved) if decoration.publish_body else ""
        return f"{decoration.before}\n{body}\n{decoration.after}"

    def _unrenderable(
        self, page: Page, failure: rendercheck.RenderError, config: MkDocsConfig
    ) -> str:
        """A text Markdown cannot render: a problem naming its source file and line, like a
        content error. The build stops in on_env; under `mkdocs serve` the page says why."""
        item = self.items.get(page.file.src_uri)
        new = rendercheck.factory(config.markdown_extensions, config.mdx_configs)
        if item is not None:
            problem = rendercheck.problem(item.path, item.body_line, item.body, failure, new)
        else:  # a generated page
            problem = rendercheck.problem(page.file.src_uri, 1, page.markdown or "", failure, new)
        log.error(problem.as_text())
        self.unrendered.append(problem)
        if self.command != "serve":
            return ""
        return (
            '<div class="admonition failure"><p class="admonition-title">Teksten kan ikke '
            f"vises</p><p>{escape(problem.as_text())}</p></div>"
        )

    # Material's search reads each page in its on_page_context (priority 0). Just before, it gets
    # a page its parser cannot stumble on (core/searchview.py); just after, readers' page is back.
    @event_priority(100)
    def _hide_from_search(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any]:
        if self.material_search and page.content:
            page.content = searchview.for_search(page.content)
        return context

    @event_priority(-100)
    def _show_after_search(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any]:
        if self.material_search and page.content:
            page.content = searchview.restore(page.content)
        return context

    on_page_context = CombinedEvent(_hide_from_search, _show_after_search)

    def on_post_build(self, config: MkDocsConfig) -> None:
        self.decorations = {}
        if self.showing_errors:  # any address the reader asks for shows the problems
            site = Path(config.site_dir)
            shutil.copyfile(site / "index.html", site / "404.html")
        if self.config.search and not self.showing_errors:
            self._index(Path(config.site_dir))
        if self.pdf and self.pages is not None:  # into the build folder, before it goes live
            self._pdfs(config)
        if self.aside is not None:
            self.aside.finish(Path(config.site_dir))
            config.site_dir = str(self.aside.final)
            self.aside = None

    def _pdfs(self, config: MkDocsConfig) -> None:
        """Every document's PDF and every country's bundle (core/pdf.py), from the built pages."""
        assert self.pages is not None
        settings = pdf.Settings(
            site_dir=Path(config.site_dir),
            cache_dir=self.layout(config).root / pdf.CACHE,
            site_url=config.site_url or "",
            site_name=config.site_name,
            directory_urls=config.use_directory_urls,
        )
        try:
            self.pdf_report = pdf.build(
                self.pages.site, self.env, settings, progress=log.info, warn=log.warning
            )
        except pdf.PdfError as exc:
            raise PluginError(str(exc)) from None

    def on_env(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> None:
        self._stop_if_unrendered()
        # The date in the print header of every page (theme/main.html).
        env.globals["praksisbank_built"] = norwegian_date(self.today)

    def _index(self, site: Path) -> None:
        """Pagefind's index over the finished pages (search.py), before the site is put in place."""
        try:
            index = index_site(site)
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

    def _stop_if_unrendered(self) -> None:
        """After every page is rendered and before any is written: the same stop as for content
        errors (on_files), with every text that could not be rendered listed above."""
        if self.unrendered and self.command != "serve":
            raise PluginError(
                f"Praksisbanken: innholdet har {summary(self.unrendered)}. Ingenting ble bygget. "
                "Rett feilene over (kjør «praksisbank check --render» for å se dem igjen)."
            )

    def on_build_error(self, *, error: Exception) -> None:
        if self.aside is not None:
            log.error(self.aside.fail())
            self.aside = None


def _find_anchor(items: list[AnchorLink], anchor: str) -> AnchorLink | None:
    for item in items:
        if item.id == anchor:
            return item
        found = _find_anchor(item.children, anchor)
        if found is not None:
            return found
    return None
