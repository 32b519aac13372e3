"""The MkDocs plugin: MkDocs' events, each handed to the core or to one adapter module.

``options.py`` the options; ``refuse.py`` and ``configure.py`` the config (``on_config``);
``sitefiles.py`` the files (``on_files``); ``decorate.py`` each page's source, text and
navigation; ``protect.py`` each built page and what stops a build for it; ``postbuild.py``
search, PDFs and the gate's verdict before the build folder goes live (``core/publish/aside.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from praksisbank.core.base.dates import norwegian_date
from praksisbank.core.content.kinds import KINDS
from praksisbank.core.content.loader import Layout
from praksisbank.core.gate import csp, rendered
from praksisbank.core.pdf import build as pdf
from praksisbank.core.practice.site import Site, SiteOptions
from praksisbank.core.publish import search
from praksisbank.core.publish.aside import AsideBuild
from praksisbank.core.views.pages import Pages
from praksisbank.core.views.render import environment, render_problems
from praksisbank.mkdocs_adapter import (
    configure,
    htmlblocks,
    postbuild,
    refuse,
    rendercheck,
    searchview,
    settings,
    sitefiles,
)
from praksisbank.mkdocs_adapter.decorate import Decorator, with_contact
from praksisbank.mkdocs_adapter.options import Options, PraksisbankConfig
from praksisbank.mkdocs_adapter.preview import Preview
from praksisbank.mkdocs_adapter.protect import Protection, known_scripts

__all__ = ["PraksisbankConfig", "PraksisbankPlugin"]


class PraksisbankPlugin(BasePlugin[Options]):
    config_class = PraksisbankConfig
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.command: str | None = None
        self.preview = Preview(live=False)
        """What a live preview keeps from one rebuild to the next (preview.py)."""
        self.aside: AsideBuild | None = None
        """The folder beside ``site_dir`` this build writes into (core/publish/aside.py)."""
        self.html_blocks = htmlblocks.HtmlBlocks()
        self.guard: rendercheck.Guard | None = None
        self.env_for: tuple[Any, ...] | None = None
        """The template folders ``self.env`` was made for: a live preview's rebuilds keep it,
        and its compiled templates (Jinja reloads a template whose file changed)."""
        self.pdf_report: pdf.Report | None = None  # what the PDFs took (for the benchmark)
        self.start_build()

    def start_build(self) -> None:
        """`mkdocs serve` keeps this object across rebuilds: every build starts afresh."""
        self.decorator = Decorator(self.preview)
        self.protection = Protection()
        self.showing_errors = False
        self.generated_uris: frozenset[str] = frozenset()

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
        self.start_build()
        try:
            self.settings = settings.resolve(self.config, self.command)
        except settings.SettingsError as exc:
            raise PluginError(str(exc)) from None
        self.today, self.pdf = self.settings.today, self.settings.pdf
        refuse.fetching_elsewhere(config)
        refuse.bad_contact(config, self.config.accessibility_contact)
        refuse.two_searches(config, self.config.search)
        # Every page's Content-Security-Policy (core/gate/csp.py); under `mkdocs serve` its live
        # reload adds an inline script to each page that no hash can name.
        root = Path(config.config_file_path).resolve().parent
        known = known_scripts(config, root)
        self.protection = Protection(csp.SitePolicy(live_preview=self.serve, known=known))
        configure.add_assets(config)
        configure.add_theme(config)
        env_for = (self.config.templates, config.theme.custom_dir)
        if env_for != self.env_for:
            loader = configure.template_loader(config, self.config.templates)
            self.env, self.env_for = environment(loader), env_for
        self.guard = configure.add_extensions(config, self.html_blocks)
        self.material_search = refuse.material_search(config)
        self.own_nav = config.nav is None  # ours is made from the page list
        configure.watch(config, self.layout(config))
        if self.command in (None, "build", "gh-deploy"):
            refuse.warn_without_site_url(config)
            site_dir = config.site_dir
            if self.aside is not None:  # on_config ran again: its first folder is not used
                self.aside.fail()
                site_dir = str(self.aside.final)
            self.aside, config.site_dir = AsideBuild.start(site_dir)
        return config

    @property
    def serve(self) -> bool:
        return self.command == "serve"

    # Runs before other plugins (search, tags) so they see the generated pages as real ones.
    @event_priority(50)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        layout = self.layout(config)
        workers, cache = self.settings.workers, self.preview.cache
        result = sitefiles.load_content(
            layout, self.today, cache, workers=workers, serve=self.serve
        )
        if not result.ok:  # a live preview shows the problems at every address
            self.showing_errors = True
            self.preview.forget()
            return sitefiles.error_files(render_problems(self.env, result.problems), files, config)
        content, d = result.content, self.decorator
        options = SiteOptions(
            today=self.today,
            directory_urls=config.use_directory_urls,
            demo=self.config.demo,
            pdf=self.pdf,
        )
        d.pages = pages = Pages(Site(content, options), self.env, self.preview.renders)
        generated = self.preview.generated(pages, config.config_file_path)
        self.generated_uris = frozenset(page.uri for page in generated)
        d.items, d.subheadings = sitefiles.publish(
            files, config, layout, content=content, generated=generated, own_nav=self.own_nav
        )
        sitefiles.add_feeds(files, config, pages)
        self.preview.mark(files, d.items, config.nav, pages.decorate)
        sitefiles.log.info(sitefiles.read_summary(content))
        if self.aside is not None:  # a build that publishes: every page and file is gated
            names = rendered.known_names(content)
            self.protection.open_gate(files, d.items, layout, result.excepted_keys, names)
        return files

    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        return self.decorator.source(page.file.src_uri)

    def on_page_markdown(
        self, markdown: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        self.html_blocks.active = page.file.src_uri in self.generated_uris  # just before Markdown
        return with_contact(markdown, self.config.accessibility_contact)

    def on_page_content(
        self, html: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        failure = self.guard.take() if self.guard is not None else None
        if failure is not None:
            item = self.decorator.items.get(page.file.src_uri)
            html = self.protection.unrenderable(item, page, failure, config, serve=self.serve)
        return self.decorator.content(html, page)

    # Material's search reads each page in its on_page_context (priority 0). Just before, it gets
    # a page its parser cannot stumble on (searchview.py); just after, readers' page is back.
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
        item = self.decorator.items.get(page.file.src_uri)
        context["pb_search_place"] = search.place(page.file.src_uri, item)
        context["pb_search_below"] = search.BELOW
        return context

    def _mark_section(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any]:
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
    def on_post_template(
        self, output_content: str, *, template_name: str, config: MkDocsConfig
    ) -> str:
        """The theme's own pages (404.html) carry the policy too."""
        if not template_name.endswith(".html"):
            return output_content
        return self.protection.template(output_content, template_name, config)

    def on_env(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> None:
        if not self.serve:
            self.protection.stop_if_unrendered()
        # The date in the print header of every page (theme/main.html).
        env.globals["praksisbank_built"] = norwegian_date(self.today)

    def on_post_build(self, config: MkDocsConfig) -> None:
        self.protection.stop_if_active(self.layout(config))
        site, pages = Path(config.site_dir), self.decorator.pages
        if self.showing_errors:
            postbuild.errors_everywhere(site)
        if self.config.search and not self.showing_errors:
            vocabulary = pages.site.content.vocabulary if pages is not None else ()
            later = self.preview.search_later
            postbuild.index_search(site, background=later, vocabulary=vocabulary)
        if self.pdf and pages is not None:  # into the build folder, before it goes live
            self.pdf_report = postbuild.pdfs(pages.site, self.env, config, self.layout(config).root)
        gate = self.protection.take_gate()
        if gate is not None:
            postbuild.stop_if_published_data(gate, config)
        if self.aside is not None:
            self.aside.finish(site)
            config.site_dir = str(self.aside.final)
            self.aside = None

    def on_build_error(self, *, error: Exception) -> None:
        self.preview.forget()
        self.protection.close_gate()
        if self.aside is not None:
            sitefiles.log.error(self.aside.fail())
            self.aside = None
