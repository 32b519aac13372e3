"""The MkDocs adapter: content files in, generated pages out. All real work is in ``core``."""

from __future__ import annotations

import datetime
import logging
import posixpath
import shutil
import time
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import yaml
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from praksisbank.core.base.dates import norwegian_date
from praksisbank.core.base.model import Item
from praksisbank.core.base.problems import Problem, Severity, summary
from praksisbank.core.content.kinds import KINDS
from praksisbank.core.content.loader import ALLOW_LIST, Layout, load
from praksisbank.core.gate import csp, rendered, siteconfig
from praksisbank.core.gate.sanitize import sanitize
from praksisbank.core.gate.sitegate import SiteGate
from praksisbank.core.pdf import build as pdf
from praksisbank.core.practice.site import Site, SiteOptions
from praksisbank.core.publish import search
from praksisbank.core.publish.aside import AsideBuild
from praksisbank.core.publish.tree import site_wide
from praksisbank.core.views import a11y
from praksisbank.core.views.pages import Decoration, Pages
from praksisbank.core.views.render import environment, packaged_templates, render_problems
from praksisbank.mkdocs_adapter import htmlblocks, rendercheck, searchview, settings
from praksisbank.mkdocs_adapter.preview import Preview
from praksisbank.mkdocs_adapter.project import mkdocs_settings
from praksisbank.mkdocs_adapter.sitefiles import (
    ASSET_DIR,
    ASSETS,
    active_problems,
    error_files,
    failure_note,
    index_search,
    known_scripts,
    page_scripts,
    pdf_settings,
    publish,
    published_gate,
    read_summary,
    theme_file,
    unrenderable,
)

log = logging.getLogger("mkdocs.plugins.praksisbank")
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's: several times faster


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
    accessibility_contact = c.Optional(c.Type(str))
    """Where a reader reports an accessibility problem: an e-mail address or a form's address.
    The accessibility statement names it where it has ``<!-- praksisbank:kontakt -->``."""
    search = c.Type(bool, default=True)
    """Search with Pagefind: Norwegian word forms, the decision panel's values as filters, an
    index the reader's browser fetches in small parts (``core/publish/search.py``). Material's
    ``search`` plugin must then be off; ``search: false`` turns ours off instead."""
    pdf = c.Optional(c.Type((bool, int, str)))
    """Make a PDF of every document, the responsibility matrix and a bundle per country:
    ``true`` or ``false``; not set, every build makes them but ``mkdocs serve``. Not set in
    mkdocs.yml: ``PRAKSISBANK_PDF`` decides (``mkdocs_adapter/settings.py``).

    ```yaml
    pdf: !ENV [PRAKSISBANK_PDF, null]   # PRAKSISBANK_PDF=0 mkdocs build: no PDFs
    ```
    """
    today = c.Optional(c.Type((str, datetime.date)))
    """Build and check as if it were this day (``YYYY-MM-DD``), for output that does not
    change with the calendar; not set, today. Not set in mkdocs.yml: ``PRAKSISBANK_TODAY``."""
    workers = c.Optional(c.Type(int))
    """Processes that read and check a large project's files (400 or more): 1 reads them in
    this one, 0 or not set one per core. Not set in mkdocs.yml: ``PRAKSISBANK_WORKERS``."""
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
        self.subheadings: dict[str, tuple[Any, ...]] = {}
        self.command: str | None = None
        self.aside: AsideBuild | None = None
        self.own_nav = False
        """The site has no nav of its own: ours is made from the page list."""
        self.showing_errors = False
        self.pdf = False  # this build makes PDFs (core/pdf/build.py)
        self.pdf_report: pdf.Report | None = None  # what they took (for the benchmark)
        self.guard: rendercheck.Guard | None = None
        self.unrendered: list[Problem] = []
        """Texts that could not be rendered (``mkdocs_adapter/rendercheck.py``): the build stops in
        on_env."""
        self.material_search = False
        self.preview = Preview(live=False)
        """What a live preview keeps from one rebuild to the next (mkdocs_adapter/preview.py)."""
        self.site_gate: SiteGate | None = None
        """The rendered-text gate over this build's pages and files (core/gate/sitegate.py)."""
        self.csp = csp.SitePolicy()
        self.templates: dict[str, str] = {}
        """Each built page's address and its template, to name the template when the page holds
        a script or handler no one reviewed (``active_problems``)."""
        self.marked: Page | None = None
        """The navigation page shown as active for the page being written (_mark_section)."""
        self.html_blocks = htmlblocks.HtmlBlocks()
        """Our generated pages' large HTML blocks past Python-Markdown's parser (htmlblocks.py)."""
        self.generated_uris: frozenset[str] = frozenset()
        self._env_for: tuple[Any, ...] | None = None
        """The template folders ``self.env`` was made for: a live preview's rebuilds keep it,
        and its compiled templates (Jinja reloads a template whose file changed)."""

    def layout(self, config: MkDocsConfig) -> Layout:
        return Layout(
            root=Path(config.config_file_path).resolve().parent,
            folders={
                kind.name: Path(self.config[kind.option] if kind.option else config.docs_dir)
                for kind in KINDS
            },
            teams={str(k): str(v) for k, v in self.config.teams.items()},
            settings=Path(config.config_file_path).resolve(),
            theme_dirs=tuple(
                Path(d).resolve() for d in (config.theme.custom_dir, self.config.templates) if d
            ),
        )

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command
        self.preview = Preview(live=command == "serve", dirty=dirty)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # `mkdocs serve` keeps this object across rebuilds: start every build afresh.
        self.preview.rebuild_starts()  # no cycle collection until the page is shown
        self.pages = None
        self.showing_errors = False
        self.items = {}
        self.subheadings = {}
        self.unrendered = []
        try:
            self.settings = settings.resolve(self.config, self.command)
        except settings.SettingsError as exc:
            raise PluginError(str(exc)) from None
        self.today = self.settings.today
        self.pdf = self.settings.pdf  # off under `mkdocs serve` unless asked
        _refuse_fetching_elsewhere(config)
        # Every page's Content-Security-Policy (core/gate/csp.py); under `mkdocs serve` its live
        # reload adds an inline script to each page that no hash can name.
        self.csp = csp.SitePolicy(
            live_preview=self.command == "serve",
            known=self.preview.known(
                config, Path(config.config_file_path).resolve().parent, known_scripts
            ),
        )
        self.templates = {}
        contact_problem = a11y.contact_problem(self.config.accessibility_contact)
        if contact_problem is not None:
            raise PluginError(f"{config.config_file_path}: {contact_problem}")
        if self.config.search and {"search", "material/search"} & set(config.plugins):
            raise PluginError(
                "Praksisbanken har sitt eget søk (Pagefind), og Materials søk er også slått på. "
                "Fjern «search» fra «plugins» i mkdocs.yml, eller skriv «search: false» under "
                "«praksisbank» for å bruke Materials søk i stedet."
            )
        for name in filter(site_wide, ASSETS):
            target = config.extra_css if name.endswith(".css") else config.extra_javascript
            if f"{ASSET_DIR}/{name}" not in [str(x) for x in target]:
                target.append(f"{ASSET_DIR}/{name}")
        # Our theme files (the 404 page in Norwegian) go after the site's custom_dir, so a site
        # can override them too, and before the theme's own.
        theme_dir = str(resources.files("praksisbank") / "theme")
        if theme_dir not in config.theme.dirs:
            custom = config.theme.custom_dir
            config.theme.dirs.insert(1 if custom else 0, theme_dir)
        env_for = (self.config.templates, config.theme.custom_dir)
        if env_for != self._env_for:
            self.env, self._env_for = environment(self._template_loader(config)), env_for
        # Category headings on country pages carry their own anchors.
        for name in rendercheck.ADDED_EXTENSIONS:
            if name not in config.markdown_extensions:
                config.markdown_extensions.append(name)
        # A text that cannot be rendered is reported with its file and line, not a traceback.
        self.guard = rendercheck.Guard()
        ours = (rendercheck.Guard, rendercheck.CompactDefinitions, htmlblocks.HtmlBlocks)
        config.markdown_extensions[:] = [
            e for e in config.markdown_extensions if not isinstance(e, ours)
        ] + [rendercheck.CompactDefinitions(), self.html_blocks, self.guard]
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
            site_dir = config.site_dir
            if self.aside is not None:  # on_config ran again: its first folder is not used
                self.aside.fail()
                site_dir = str(self.aside.final)
            self.aside, config.site_dir = AsideBuild.start(site_dir)
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
        result = load(layout, self.today, self.preview.cache, workers=self.settings.workers)
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
        options = SiteOptions(
            today=self.today,
            directory_urls=config.use_directory_urls,
            demo=self.config.demo,
            pdf=self.pdf,
        )
        self.pages = Pages(Site(content, options), self.env, self.preview.renders)
        generated = self.preview.generated(self.pages, config.config_file_path)
        self.generated_uris = frozenset(page.uri for page in generated)
        self.items, self.subheadings = publish(
            files, config, layout, content=content, generated=generated, own_nav=self.own_nav
        )
        for path, xml in self.pages.feeds(config.site_url, config.site_name):
            if files.get_file_from_path(path) is not None:
                raise PluginError(
                    f"Praksisbanken lager filen «{path}» selv (en Atom-feed), men den finnes "
                    f"også i {config.docs_dir}. Flytt eller gi nytt navn til filen i docs-mappen."
                )
            files.append(File.generated(config, path, content=xml))
        self.preview.mark(files, self.items, config.nav, self.pages.decorate)
        log.info(read_summary(content))
        if self.aside is not None:  # a build that publishes: every page and file is gated
            self._close_gate()
            self.site_gate = published_gate(
                files,
                self.items,
                layout,
                result.excepted_keys,
                rendered.known_names(content),
            )
        return files

    def _error_site(
        self, problems: tuple[Problem, ...], files: Files, config: MkDocsConfig
    ) -> Files:
        self.showing_errors = True
        self.preview.forget()
        return error_files(render_problems(self.env, problems), files, config)

    def _decoration(self, uri: str) -> Decoration | None:
        item = self.items.get(uri)
        if item is None or self.pages is None:
            return None
        decorations = self.preview.decorations  # made once per page (kept by a live preview)
        if uri not in decorations:
            decorations[uri] = self.pages.decorate(item)
        return decorations[uri]

    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        # Our own parse replaces MkDocs' lenient one: give MkDocs clean front matter and the body.
        decoration = self._decoration(page.file.src_uri)
        if decoration is None:
            return None
        item = self.items[page.file.src_uri]
        front = yaml.dump(decoration.meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=True)
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
            return a11y.name_heading_links(html)
        for heading in decoration.headings:
            page.toc.items.append(AnchorLink(escape(heading.title), heading.anchor, 2))
        reserved = frozenset(heading.anchor for heading in decoration.headings)
        body = sanitize(html, reserved) if decoration.publish_body else ""
        return a11y.name_heading_links(f"{decoration.before}\n{body}\n{decoration.after}")

    def on_page_markdown(
        self, markdown: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        self.html_blocks.active = page.file.src_uri in self.generated_uris  # just before Markdown
        if a11y.CONTACT_MARKER not in markdown:
            return markdown
        contact = self.config.accessibility_contact
        return markdown.replace(a11y.CONTACT_MARKER, a11y.contact_markdown(contact))

    def _unrenderable(
        self, page: Page, failure: rendercheck.RenderError, config: MkDocsConfig
    ) -> str:
        """A text Markdown cannot render: a problem naming its source file and line, like a
        content error. The build stops in on_env; under `mkdocs serve` the page says why."""
        problem = unrenderable(self.items.get(page.file.src_uri), page, failure, config)
        log.error(problem.as_text())
        self.unrendered.append(problem)
        return failure_note(problem) if self.command == "serve" else ""

    # Material's search reads each page in its on_page_context (priority 0). Just before, it gets
    # a page its parser cannot stumble on (mkdocs_adapter/searchview.py); just after, readers' page
    # is back.
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
        # What the page is to a caseworker searching (theme partials/content.html).
        context["pb_search_place"] = search.place(
            page.file.src_uri, self.items.get(page.file.src_uri)
        )
        context["pb_search_below"] = search.BELOW
        return context

    def _mark_section(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any]:
        """A page outside the navigation (a decision, a country) shows its section there as
        active: the navigation page whose folder holds it, the deepest one. Undone once the page
        is written (on_post_page)."""
        self.marked = section_of(page, nav.pages) if page not in nav.pages else None
        if self.marked is not None:
            self.marked.active = True
        return context

    on_page_context = CombinedEvent(_hide_from_search, _mark_section, _show_after_search)

    # Last, after any other plugin that rewrites the page (a minifier): the hashes are of the
    # final text.
    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if self.marked is not None:
            self.marked.active = False
            self.marked = None
        template = page.meta.get("template") if isinstance(page.meta, dict) else None
        self.templates["/" + page.url] = template if isinstance(template, str) else "main.html"
        output = self._protect(page_scripts(output, page.url), config, "/" + page.url)
        if self.site_gate is not None:  # gated in a worker while the build goes on
            self.site_gate.page(page.file.dest_uri, output)
        # The page is written next and never read again (anchors are checked from what its
        # rendering recorded): MkDocs would keep every page's Markdown and HTML until the build
        # ends, 20,000 of them in a large decision bank.
        page.markdown = page.content = None
        return output

    @event_priority(-100)
    def on_post_template(
        self, output_content: str, *, template_name: str, config: MkDocsConfig
    ) -> str:
        """The theme's own pages (404.html) carry the policy too."""
        if not template_name.endswith(".html"):
            return output_content
        self.templates["/" + template_name] = template_name
        return self._protect(output_content, config, "/" + template_name)

    def _protect(self, html: str, config: MkDocsConfig, page: str) -> str:
        """The page with its policy. When it brings an inline script no page before it had,
        the web server's header (the union of all) is written again into the site."""
        protected, grown = self.csp.page(html, page)
        if grown:
            folder = Path(config.site_dir) / csp.SNIPPET_FOLDER
            folder.mkdir(parents=True, exist_ok=True)
            for name, text in csp.header_snippets(self.csp.header()):
                (folder / name).write_text(text, encoding="utf-8")
        return protected

    def on_post_build(self, config: MkDocsConfig) -> None:
        self.preview.rebuild_done()
        self._stop_if_active(config)
        if self.showing_errors:  # any address the reader asks for shows the problems
            site = Path(config.site_dir)
            shutil.copyfile(site / "index.html", site / "404.html")
        if self.config.search and not self.showing_errors:
            vocabulary = self.pages.site.content.vocabulary if self.pages is not None else ()
            index_search(
                Path(config.site_dir), background=self.preview.search_later, vocabulary=vocabulary
            )
        if self.pdf and self.pages is not None:  # into the build folder, before it goes live
            self._pdfs(config)
        if self.site_gate is not None:
            self._stop_if_published_data(config)
        if self.aside is not None:
            self.aside.finish(Path(config.site_dir))
            config.site_dir = str(self.aside.final)
            self.aside = None

    def _stop_if_active(self, config: MkDocsConfig) -> None:
        """A built page that holds a script, handler or frame no one reviewed stops the build
        before it goes live (``core/gate/csp.py``)."""
        problems = active_problems(self.csp.refused, self.templates, self.layout(config))
        if not problems:
            return
        self._close_gate()
        for problem in problems:
            log.error(problem.as_text())
        raise PluginError(
            f"Praksisbanken: de ferdige sidene har {summary(problems)}. Ingenting ble publisert. "
            "Rett feilene over."
        )

    def _pdfs(self, config: MkDocsConfig) -> None:
        """Every document's PDF and every country's bundle (core/pdf/build.py), from the built
        pages."""
        assert self.pages is not None
        settings = pdf_settings(config, self.layout(config).root)
        try:
            self.pdf_report = pdf.build(
                self.pages.site, self.env, settings, progress=log.info, warn=log.warning
            )
        except pdf.PdfError as exc:
            raise PluginError(str(exc)) from None

    def _stop_if_published_data(self, config: MkDocsConfig) -> None:
        """The rendered-text gate's verdict on the finished build folder, before it goes live."""
        assert self.site_gate is not None
        gate, self.site_gate = self.site_gate, None
        started = time.perf_counter()
        gate.rest(Path(config.site_dir), theme_file(config))
        problems = gate.problems()
        if not problems:
            log.info(
                "Praksisbanken: %d sider og %d andre filer lest slik leserne ser dem: ingen "
                "personopplysninger (%s s etter bygget).",
                len(gate.done),
                gate.files,
                f"{time.perf_counter() - started:.1f}".replace(".", ","),  # Norwegian: 0,5
            )
        for problem in problems:
            log.error(problem.as_text())
        if problems:
            raise PluginError(
                f"Praksisbanken: de ferdige sidene har {summary(problems)}. Ingenting ble "
                "publisert. Rett feilene over (kjør «praksisbank check --render» for å se "
                "dem igjen)."
            )

    def _close_gate(self) -> None:
        if self.site_gate is not None:
            self.site_gate.close()
            self.site_gate = None

    def on_env(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> None:
        self._stop_if_unrendered()
        self.preview.theme(env, config, files)  # a live preview keeps compiled templates
        # The date in the print header of every page (theme/main.html).
        env.globals["praksisbank_built"] = norwegian_date(self.today)

    def _stop_if_unrendered(self) -> None:
        """After every page is rendered and before any is written: the same stop as for content
        errors (on_files), with every text that could not be rendered listed above."""
        if self.unrendered and self.command != "serve":
            raise PluginError(
                f"Praksisbanken: innholdet har {summary(self.unrendered)}. Ingenting ble bygget. "
                "Rett feilene over (kjør «praksisbank check --render» for å se dem igjen)."
            )

    def on_build_error(self, *, error: Exception) -> None:
        self.preview.rebuild_done()
        self.preview.forget()
        self._close_gate()
        if self.aside is not None:
            log.error(self.aside.fail())
            self.aside = None


def _refuse_fetching_elsewhere(config: MkDocsConfig) -> None:
    """Stop before anything is built when mkdocs.yml makes readers fetch from other hosts."""
    problems = siteconfig.check(mkdocs_settings(config))
    for problem in problems:
        log.error(problem.as_text())
    if problems:
        raise PluginError(
            f"Praksisbanken: mkdocs.yml har {summary(problems)}. Ingenting ble bygget, og "
            "nettstedet er som før. Rett innstillingene over (kjør «praksisbank check» for å se "
            "dem igjen)."
        )


def _find_anchor(items: list[AnchorLink], anchor: str) -> AnchorLink | None:
    for item in items:
        if item.id == anchor:
            return item
        found = _find_anchor(item.children, anchor)
        if found is not None:
            return found
    return None


def section_of(page: Page, pages: list[Page]) -> Page | None:
    """The navigation page whose folder holds ``page``, the deepest: ``vedtaksbank/index.md``
    for ``vedtaksbank/afg/x.md``, ``vedtaksbank/rettsgrunnlag/index.md`` for a provision."""
    path = page.file.src_uri
    best: Page | None = None
    for candidate in pages:
        folder = posixpath.dirname(candidate.file.src_uri)
        inside = folder and path.startswith(folder + "/") and candidate.file.name == "index"
        if inside and (best is None or len(folder) > len(posixpath.dirname(best.file.src_uri))):
            best = candidate
    return best
