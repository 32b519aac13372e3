"""The pages the site generates, and what goes around each content item on its own page.

``PAGES`` lists the pages that do not depend on content (the front page, each kind's index, the
countries, readiness, the matrix, the changes, the review queues): the navigation is made from the
same list. Pages per country, per unit, per legal provision and per outcome follow from the content.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import jinja2

from . import feeds, itemviews, urls, views
from .countries import norwegian_name
from .kinds import KINDS, Kind, address, kind_of
from .model import Document, Item, Outcome, Status
from .render import attribute_text
from .site import Site


@dataclass(frozen=True, kw_only=True, slots=True)
class Page:
    uri: str
    template: str
    title: str
    """The page's title in the navigation."""
    position: int
    view: Callable[[Site], dict[str, object]]


def _index(kind: Kind) -> Page:
    view = getattr(views, kind.index_view)
    return Page(
        uri=kind.index,
        template=kind.index_template,
        title=kind.nav_title,
        position=kind.nav_position,
        view=lambda site: view(site, kind),
    )


PAGES: tuple[Page, ...] = tuple(
    sorted(
        (
            Page(uri=urls.HOME, template="home.md", title="Forside", position=0, view=views.home),
            Page(
                uri=urls.COUNTRIES,
                template="countries.md",
                title="Land",
                position=20,
                view=views.countries,
            ),
            Page(
                uri=urls.READINESS,
                template="readiness.md",
                title="Beredskap",
                position=60,
                view=views.readiness,
            ),
            Page(
                uri=urls.PROVISIONS,
                template="provisions.md",
                title="Rettsgrunnlag",
                position=15,
                view=views.provisions,
            ),
            Page(
                uri=urls.MATRIX,
                template="matrix.md",
                title="Ansvarsmatrise",
                position=75,
                view=lambda site: {**views.matrix(site), "pdf": itemviews.matrix_link(site)},
            ),
            Page(
                uri=urls.CHANGES,
                template="changes.md",
                title="Siste endringer",
                position=80,
                view=views.changes,
            ),
            Page(
                uri=urls.REVIEW,
                template="review_index.md",
                title="Til gjennomgang",
                position=90,
                view=views.review_index,
            ),
            *(_index(kind) for kind in KINDS if kind.index_template),
        ),
        key=lambda p: p.position,
    )
)
"""In the order of the navigation."""

NAV: tuple[tuple[str, str], ...] = tuple((p.title, p.uri) for p in PAGES)
"""(title, page) for the site's navigation."""


@dataclass(frozen=True, kw_only=True, slots=True)
class GeneratedPage:
    uri: str
    markdown: str
    subheadings: tuple[views.SubHeading, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Decoration:
    """What the site adds around a content item's own text."""

    meta: dict[str, Any]
    """Front matter for the page (title, description, tags, search exclusion)."""
    before: str
    after: str = ""
    headings: tuple[itemviews.Heading, ...] = ()
    """The level-2 headings in ``after``, for the table of contents."""
    publish_body: bool = True


class Pages:
    """Renders the generated pages and the decorations of one build."""

    def __init__(self, site: Site, env: jinja2.Environment) -> None:
        self.site = site
        self.env = env

    def render(self, template: str, page_uri: str, values: dict[str, object]) -> str:
        directory_urls = self.site.options.directory_urls

        def link(target: str | views.Link, anchor: str = "") -> str:
            uri = target.uri if isinstance(target, views.Link) else target
            anchor = target.anchor if isinstance(target, views.Link) else anchor
            return urls.relative(page_uri, uri, directory_urls, anchor) if uri else ""

        return self.env.get_template(template).render(link=link, today=self.site.today, **values)

    def generated(self) -> list[GeneratedPage]:
        pages = []
        for page in PAGES:
            pages.append(self.page(page.uri, page.template, page.view(self.site)))
        pages += [
            self.page(urls.review(unit), "review_unit.md", views.review_unit(self.site, unit))
            for unit in self.site.units
        ]
        pages += [
            self.page(
                urls.country(code),
                "country.md",
                {**views.country(self.site, code), "pdf": itemviews.bundle_link(self.site, code)},
            )
            for code in self.site.content.countries()
        ]
        countries, kind_keys = views.change_filters(self.site)
        pages += [
            self.page(
                views.changes_uri(country=code),
                "changes.md",
                views.changes(self.site, country=code),
            )
            for code in countries
        ]
        pages += [
            self.page(views.changes_uri(kind=key), "changes.md", views.changes(self.site, kind=key))
            for key in kind_keys
        ]
        entries = views.decision_entries(self.site)
        pages += [
            self.page(g.uri, "provision.md", views.provision_page(self.site, g))
            for g in views.provision_groups(entries)
        ]
        pages += [
            self.page(
                urls.outcome(o.short), "outcome.md", views.outcome_page(self.site, o, entries)
            )
            for o in Outcome
        ]
        tags = views.tag_groups(entries)
        pages.append(self.page(views.TAGS, "tags.md", views.tags_index(self.site, tags)))
        pages += [self.page(g.uri, "tag.md", views.tag_page(self.site, g)) for g in tags]
        return pages

    def feeds(self, site_url: str | None, site_name: str) -> list[tuple[str, str]]:
        """(path, Atom XML) of every feed the build writes (``feeds.py``)."""
        return [
            (
                feed.path,
                feeds.atom(
                    feed,
                    site_url=site_url,
                    directory_urls=self.site.options.directory_urls,
                    built=self.site.today,
                    author=site_name,
                ),
            )
            for feed in feeds.feeds(self.site, site_name)
        ]

    def page(self, uri: str, template: str, values: dict[str, object]) -> GeneratedPage:
        toc = values.get("toc", ())
        assert isinstance(toc, (list, tuple))
        return GeneratedPage(
            uri=uri, markdown=self.render(template, uri, values), subheadings=tuple(toc)
        )

    def path(self, item: Item) -> str:
        """The trail above an item's page: its section, its country, the item."""
        return self.render(
            "item_path.html", address(item), {"trail": trail(item), "here": item.title}
        )

    def decorate(self, item: Item) -> Decoration:
        uri = address(item)
        kind = kind_of(item)
        meta: dict[str, Any] = {"title": item.title}
        description = getattr(item, "description", None) or getattr(item, "summary", None)
        if description:
            meta["description"] = attribute_text(description)
        if isinstance(item, Document):
            # The status goes into the page title, so the browser tab, the navigation and search
            # results show it too; the page's own heading (in the templates) stays the plain one.
            if item.status is Status.OUTDATED:
                meta["title"] = f"Utdatert: {item.title}"
            elif self.site.possibly_outdated(item):
                meta["title"] = f"Kan være utdatert: {item.title}"
            if item.status is Status.WITHDRAWN:
                meta["title"] = f"Fjernet: {item.title}"
                meta["search"] = {"exclude": True}
                meta["withdrawn"] = True  # no «Foreslå endring» (theme/partials/content.html)
                return Decoration(
                    meta=meta,
                    publish_body=False,
                    before=self.path(item)
                    + self.render(
                        "withdrawn.html",
                        uri,
                        {"item": item, **itemviews.withdrawn(self.site, item)},
                    ),
                )
            tags = getattr(item, "tags", ())
            if tags:
                meta["tags"] = list(tags)
                # Each tag links to its page (theme/partials/tags.html reads this).
                meta["praksisbank_tags"] = {
                    t: urls.url_of(views.tag_uri(t), self.site.options.directory_urls) for t in tags
                }
        view: itemviews.ItemView = getattr(itemviews, kind.page_view)(self.site, item)
        before, after = kind.page_templates
        values = {"item": item, **view.values}
        return Decoration(
            meta=meta,
            before=self.path(item) + (self.render(before, uri, values) if before else ""),
            after=self.render(after, uri, values) if after else "",
            headings=view.headings,
        )


def trail(item: Item) -> list[views.Link]:
    """Where an item belongs: ``Vedtaksbanken › Afghanistan`` for a decision, the section
    alone for a role; nothing for a free page."""
    kind = kind_of(item)
    links = [views.Link(title=kind.nav_title, uri=kind.index)] if kind.index_template else []
    if links and isinstance(item, Document):
        links.append(views.Link(title=norwegian_name(item.country), uri=urls.country(item.country)))
    return links
