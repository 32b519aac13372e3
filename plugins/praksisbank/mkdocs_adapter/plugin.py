"""The MkDocs plugin: MkDocs' events, each handed to the core or to one adapter module.

``options.py`` the options; ``refuse.py`` and ``configure.py`` the config (``on_config``);
``sitefiles.py`` the files (``on_files``); ``decorate.py`` each page's source, text and
navigation; ``protect.py`` each built page and what stops a build for it; ``postbuild.py``
search, PDFs and the gate's verdict before the build folder goes live (``core/publish/aside.py``).
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from praksisbank.core.base.dates import norwegian_date
from praksisbank.core.content.loader import Layout
from praksisbank.core.gate import rendered, verdicts
from praksisbank.core.pdf import build as pdf
from praksisbank.core.publish import search
from praksisbank.core.publish.aside import AsideBuild
from praksisbank.core.views.pages import Pages
from praksisbank.core.views.render import render_problems
from praksisbank.mkdocs_adapter import (
    configure,
    htmlblocks,
    logsafe,
    postbuild,
    refuse,
    rendercheck,
    searchview,
    settings,
    sitefiles,
    snippets,
)
from praksisbank.mkdocs_adapter.decorate import Decorator, with_contact
from praksisbank.mkdocs_adapter.options import Options, PraksisbankConfig
from praksisbank.mkdocs_adapter.preview import Preview
from praksisbank.mkdocs_adapter.protect import Protection
from praksisbank.mkdocs_adapter.written import Recording

snippets.install()  # before any page is rendered (see snippets.py)

Context = dict[str, Any]

__all__ = ["PraksisbankConfig", "PraksisbankPlugin"]

log = logging.getLogger("mkdocs.plugins.praksisbank")


class PraksisbankPlugin(BasePlugin[Options]):
    config_class = PraksisbankConfig
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.command: str | None = None
        self.preview = Preview(live=False)  # kept from one rebuild to the next (preview.py)
        self.aside: AsideBuild | None = None  # the folder this build writes into (aside.py)
        self.html_blocks = htmlblocks.HtmlBlocks()
        self.guard: rendercheck.Guard | None = None
        self.templates = configure.Templates()
        self.pdf_report: pdf.Report | None = None  # what the PDFs took (for the benchmark)
        self.frozen = False  # what the build loaded is out of the collector's way (_freeze)
        self.recording: Recording | None = None
        """A live preview's rebuild: the files it writes into the site folder (written.py)."""
        self.start_build()

    def start_build(self) -> None:
        """`mkdocs serve` keeps this object across rebuilds: every build starts afresh."""
        self.decorator = Decorator(self.preview)
        self.protection = Protection()
        self.verdicts: verdicts.Store | None = None  # this build's clean verdicts (on_config)
        self.generated_uris: frozenset[str] = frozenset()

    def layout(self, config: MkDocsConfig) -> Layout:
        return configure.layout(config, self.config)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        logsafe.install(logging.getLogger("mkdocs"))  # nothing logged reads as a CI command
        self.command = command
        self.preview = Preview(live=command == "serve", dirty=dirty)
        postbuild.start_search()

    def on_shutdown(self) -> None:
        """The live preview stops: its background search index with it (``postbuild``), and
        the clean verdicts it kept are written."""
        postbuild.stop_search()
        self.preview.close()

    # First of all plugins (Material's search translates through the theme's templates in its
    # own on_config): every environment the theme makes from here on is sandboxed.
    @event_priority(200)
    def _sandbox_theme(self, config: MkDocsConfig) -> MkDocsConfig:
        configure.sandbox_theme(config, self.preview.list_theme)
        return config

    def _configure(self, config: MkDocsConfig) -> MkDocsConfig:
        self._stop_recording()
        if self.command == "serve":  # a live preview gates the files written from now
            self.recording = Recording(Path(config.site_dir)).start()
        self.preview.rebuild_starts()  # no cycle collection until the page is shown
        self.start_build()
        try:
            self.settings = settings.resolve(self.config, self.command)
        except settings.SettingsError as exc:
            raise PluginError(str(exc)) from None
        self.today, self.pdf = self.settings.today, self.settings.pdf
        self._verdicts_done()  # a rebuild that ended without either event
        # The gates' clean verdicts kept between builds (core/gate/verdicts.py), read once here
        # and written once when the build ends (a live preview's: kept, written after the page
        # is shown).
        root = Path(config.config_file_path).resolve().parent
        self.verdicts = self.preview.verdict_store(root) if self.settings.verdict_cache else None
        verdicts.use(self.verdicts)
        refuse.fetching_elsewhere(config)
        refuse.bad_contact(config, self.config.accessibility_contact)
        refuse.two_searches(config, self.config.search)
        self.protection = Protection.for_build(
            config, live_preview=self.serve, known=self.preview.known
        )
        self.protection.gated_before = self.preview.gated
        self.protection.files_before = self.preview.files
        configure.add_assets(config)
        configure.add_theme(config)
        self.env = self.templates.environment(config, self.config.templates)
        self.guard = configure.add_extensions(config, self.html_blocks, self.layout(config))
        if self.serve:
            self.html_blocks.keep_rows()  # a page's rows read last time are not read again
        self.material_search = refuse.material_search(config)
        self.own_nav = config.nav is None  # ours is made from the page list
        configure.watch(config, self.layout(config))
        if self.command in (None, "build", "gh-deploy"):
            refuse.warn_without_site_url(config)
            self.aside = configure.beside(config, self.aside)
        return config

    on_config = CombinedEvent(_sandbox_theme, _configure)

    @property
    def serve(self) -> bool:
        return self.command == "serve"

    # Runs before other plugins (search, tags) so they see the generated pages as real ones.
    @event_priority(50)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        layout = self.layout(config)
        result = sitefiles.load_content(layout, self.settings, self.preview.cache, serve=self.serve)
        if not result.ok:  # a live preview shows the problems at every address
            self.preview.forget()
            return sitefiles.error_files(render_problems(self.env, result.problems), files, config)
        if not self.serve:
            self._freeze()
        site = sitefiles.site_of(result.content, self.settings, config, demo=self.config.demo)
        pages = self.decorator.pages = Pages(site, self.env, self.preview.renders)
        generated = self.preview.generated(pages, config.config_file_path)
        self.generated_uris = self.protection.generated = frozenset(p.uri for p in generated)
        items, self.decorator.subheadings = sitefiles.publish(
            files,
            config,
            layout,
            pages=pages,
            generated=generated,
            own_nav=self.own_nav,
            kept=self.preview.kept_file(config),
        )
        self.decorator.items = items
        self.preview.mark(files, items, config, pages.decorate)
        # Every page written is gated: a build's (before the site goes live) and a live
        # preview's (before the server answers; only the pages the rebuild writes).
        names = rendered.known_names(result.content)
        written = None
        if self.serve:
            written = sum(1 for file in files.documentation_pages() if file.is_modified())
        self.protection.open_gate(
            files, items, layout, result.excepted_keys, names, pages_written=written
        )
        return files

    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        return self.decorator.source(page.file.src_uri)

    def on_page_markdown(self, markdown: str, page: Page, config: Any, files: Files) -> str:
        self.html_blocks.active = page.file.src_uri in self.generated_uris  # just before Markdown
        self.html_blocks.page = page.file.src_uri
        return with_contact(markdown, self.config.accessibility_contact)

    def on_page_content(self, html: str, page: Page, config: Any, files: Files) -> str:
        failure = self.guard.take() if self.guard is not None else None
        if failure is not None:
            item = self.decorator.items.get(page.file.src_uri)
            html = self.protection.unrenderable(item, page, failure, config, serve=self.serve)
        return self.decorator.content(html, page)

    # Material's search reads each page in its on_page_context (priority 0). Just before, it gets
    # a page its parser cannot stumble on (searchview.py); just after, readers' page is back.
    @event_priority(100)
    def _hide_from_search(self, context: Context, *, page: Page, config: Any, nav: Any) -> Context:
        searchview.hide(page, self.material_search)
        return context

    @event_priority(-100)
    def _show_after_search(self, context: Context, *, page: Page, config: Any, nav: Any) -> Context:
        searchview.show(page, self.material_search)
        # What the page is to a caseworker searching (theme partials/content.html).
        item = self.decorator.items.get(page.file.src_uri)
        context["pb_search_place"] = search.place(page.file.src_uri, item)
        context["pb_search_below"] = search.BELOW
        return context

    def _mark_section(self, context: Context, *, page: Page, config: Any, nav: Any) -> Context:
        self.decorator.mark(page, nav.pages)
        return context

    on_page_context = CombinedEvent(_hide_from_search, _mark_section, _show_after_search)

    # Last, after any other plugin that rewrites the page (a minifier): the hashes are of the
    # final text.
    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        self.decorator.unmark()
        output = self.protection.page(output, page, config)
        # The page is written next and never read again (anchors are checked from what its
        # rendering recorded): MkDocs would keep every page's Markdown and HTML until the build
        # ends, 20,000 of them in a large decision bank.
        page.markdown = page.content = None
        return output

    @event_priority(-100)
    def on_post_template(self, output_content: str, *, template_name: str, config: Any) -> str:
        """The theme's own pages (404.html) carry the policy too."""
        if not template_name.endswith(".html"):
            return output_content
        return self.protection.template(output_content, template_name, config)

    # Before every other plugin (Material's tags renders its listings in its on_env, at 100):
    # each gets the sandboxed environment, and MkDocs renders every page with it.
    @event_priority(110)
    def on_env(
        self, env: jinja2.Environment, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment:
        if not self.serve:
            self.protection.stop_if_unrendered()
        env = configure.theme_environment(env, config)
        # The date in the print header of every page (theme/main.html).
        env.globals["praksisbank_built"] = norwegian_date(self.today)
        self.preview.theme(env, config, files)  # a live preview keeps compiled templates
        return env

    def _freeze(self) -> None:
        """A build: the content just loaded lives until the build ends. Python's full
        collections, which walk every object the process holds, leave it out from now on
        (``gc.freeze``; the collector was about 4 % of a build's main thread at 5,000
        decisions). A live preview turns the collector off during a rebuild instead."""
        gc.freeze()
        self.frozen = True

    def _unfreeze(self) -> None:
        """After the build: what was held is collected as usual again (tests build many
        sites in one process)."""
        if self.frozen:
            gc.unfreeze()
            self.frozen = False

    def on_post_build(self, config: MkDocsConfig) -> None:
        self.preview.rebuild_done()
        self.protection.stop_if_active(self.layout(config))
        if self.serve:
            self._preview_verdict(config)
        report = postbuild.finish(
            config,
            pages=self.decorator.pages,
            env=self.env,
            search=self.config.search,
            search_later=self.preview.search_later,
            pdfs=self.pdf,
            gate=self.protection.take_gate(),
        )
        self.pdf_report = report or self.pdf_report
        self._verdicts_done()
        if self.aside is not None:
            self.aside.finish(Path(config.site_dir))
            config.site_dir = str(self.aside.final)
            self.aside = None
        self._unfreeze()

    def _preview_verdict(self, config: MkDocsConfig) -> None:
        """A live preview: the rendered-text gate over what this rebuild wrote, before the
        server answers. A page with personal data is not shown: every page the rebuild wrote
        shows the problems instead, and the next rebuild makes every page again."""
        site = Path(config.site_dir)
        recording, self.recording = self.recording, None
        if recording is not None:
            recording.stop()
            if recording.unreadable:
                log.warning(
                    "Praksisbanken: %d skriveoperasjoner til nettstedsmappen kunne ikke spores i "
                    "denne forhåndsvisningen; filene er ikke lest av kontrollen av de ferdige "
                    "sidene (det gjør «make site»).",
                    recording.unreadable,
                )
        problems = self.protection.preview_verdict(
            site, postbuild.theme_file(config), recording.written() if recording else []
        )
        for problem in problems:
            log.error(problem.as_text())
        if problems:
            self.preview.forget()

    def _verdicts_done(self) -> None:
        """This build's clean verdicts written (once), and the store no longer in use."""
        verdicts.use(None)
        if self.verdicts is not None:
            if not self.preview.keeps(self.verdicts):  # the preview writes it after the page
                self.verdicts.save()
            self.verdicts = None

    def _stop_recording(self) -> None:
        if self.recording is not None:
            self.recording.stop()
            self.recording = None

    def on_build_error(self, *, error: Exception) -> None:
        self._stop_recording()
        self._verdicts_done()
        self._unfreeze()
        self.preview.rebuild_done()
        self.preview.forget()
        self.protection.close_gate()
        if self.aside is not None:
            sitefiles.log.error(self.aside.fail())
            self.aside = None
