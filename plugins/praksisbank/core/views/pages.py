"""The pages the site generates, and what goes around each content item on its own page.

``PAGES`` lists the pages that do not depend on content (the front page, each kind's index, the
countries, readiness, the matrix, the changes, the review queues): the navigation is made from the
same list. Pages per country, per unit, per legal provision and per outcome follow from the content
(``CONTENT_PAGES``). Which templates show a kind is its record's ``presentation``; the views that
fill them are chosen by the kind's model class (``ITEM_VIEWS``, ``INDEX_VIEWS``), so a new kind
gets the views every item or document gets without a line here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

import jinja2

from praksisbank.core.base import urls
from praksisbank.core.base.countries import norwegian_name
from praksisbank.core.base.model import (
    Clarification,
    Decision,
    Document,
    InterviewGuide,
    Item,
    Outcome,
    PracticeNote,
    Role,
    Status,
)
from praksisbank.core.base.provisions import provision
from praksisbank.core.content.kinds import KINDS, Kind, address, kind_of
from praksisbank.core.practice.site import Site
from praksisbank.core.views import changes as changeviews
from praksisbank.core.views import countries as countryviews
from praksisbank.core.views import decisions as decisionviews
from praksisbank.core.views import documents as documentviews
from praksisbank.core.views import feeds
from praksisbank.core.views import items as itemviews
from praksisbank.core.views import matrix as matrixviews
from praksisbank.core.views import provisions as provisionviews
from praksisbank.core.views.common import Link, PageView, SubHeading
from praksisbank.core.views.items import ItemPage
from praksisbank.core.views.render import Keep, RenderCache, attribute_text, keep_nothing

V = TypeVar("V")


@dataclass(frozen=True, kw_only=True, slots=True)
class Page:
    uri: str
    template: str
    title: str
    """The page's title in the navigation."""
    position: int
    view: Callable[[Site], PageView]


_FIXED: tuple[Page, ...] = (
    Page(
        uri=urls.HOME,
        template="home.md",
        title="Forside",
        position=0,
        view=countryviews.home,
    ),
    Page(
        uri=urls.COUNTRIES,
        template="countries.md",
        title="Land",
        position=20,
        view=countryviews.countries,
    ),
    Page(
        uri=urls.READINESS,
        template="readiness.md",
        title="Beredskap",
        position=60,
        view=countryviews.readiness,
    ),
    Page(
        uri=urls.PROVISIONS,
        template="provisions.md",
        title="Rettsgrunnlag",
        position=15,
        view=provisionviews.provisions,
    ),
    Page(
        uri=urls.MATRIX,
        template="matrix.md",
        title="Ansvarsmatrise",
        position=75,
        view=matrixviews.matrix,
    ),
    Page(
        uri=urls.CHANGES,
        template="changes.md",
        title="Siste endringer",
        position=80,
        view=changeviews.changes,
    ),
    Page(
        uri=urls.REVIEW,
        template="review_index.md",
        title="Til gjennomgang",
        position=90,
        view=changeviews.review_index,
    ),
)
"""The pages every site has, whatever its kinds."""

ItemView = Callable[[Site, Any], ItemPage]
"""Prepares an item page's values and headings (``core/views/items.py``)."""
IndexView = Callable[[Site, Kind], PageView]
"""Prepares a kind's index page."""

ITEM_VIEWS: Mapping[type[Item], ItemView] = {
    Decision: itemviews.decision,
    PracticeNote: itemviews.note,
    Clarification: itemviews.clarification,
    InterviewGuide: itemviews.guide,
    Role: itemviews.role,
    Document: itemviews.document,
    Item: itemviews.page,
}
"""The view of an item's page, by model class: a kind's items get the view of their class, or
of the nearest class it extends (any document the one every document gets)."""

INDEX_VIEWS: Mapping[type[Item], IndexView] = {
    Decision: decisionviews.decision_bank,
    PracticeNote: documentviews.notes,
    Clarification: documentviews.clarifications,
    InterviewGuide: documentviews.guides,
    Role: documentviews.roles,
    Item: documentviews.listing,
}
"""The view of a kind's index page, chosen as ``ITEM_VIEWS`` (any other kind: a list of its
published items)."""


def _nearest(table: Mapping[type[Item], V], kind: Kind) -> V:
    return next(table[c] for c in kind.item_type.__mro__ if c in table)


def item_view(kind: Kind) -> ItemView:
    """The view of the pages of a kind's items."""
    return _nearest(ITEM_VIEWS, kind)


def index_view(kind: Kind) -> IndexView:
    """The view of a kind's index page."""
    return _nearest(INDEX_VIEWS, kind)


def _index(kind: Kind) -> Page:
    view = index_view(kind)
    return Page(
        uri=kind.index,
        template=kind.presentation.index,
        title=kind.nav_title,
        position=kind.nav_position,
        view=lambda site: view(site, kind),
    )


def site_pages(kinds: tuple[Kind, ...]) -> tuple[Page, ...]:
    """The pages that do not depend on content, with the index page of each kind that has one,
    in the order of the navigation."""
    return tuple(
        sorted(
            (*_FIXED, *(_index(kind) for kind in kinds if kind.presentation.index)),
            key=lambda p: p.position,
        )
    )


CONTENT_PAGES: tuple[tuple[str, Callable[..., PageView]], ...] = (
    ("review_unit.md", changeviews.review_unit),
    ("country.md", countryviews.country),
    ("changes.md", changeviews.changes),
    ("provision.md", provisionviews.provision_page),
    ("outcome.md", provisionviews.outcome_page),
    ("tags.md", provisionviews.tags_index),
    ("tag.md", provisionviews.tag_page),
)
"""The pages made per unit, country, kind, provision, outcome and tag: template and view (for
the template contract, ``contract.py``; ``Pages.generated`` calls each)."""

PAGES = site_pages(KINDS)
"""The site's pages, in the order of the navigation (a site with other kinds: ``site_pages``)."""

NAV: tuple[tuple[str, str], ...] = tuple((p.title, p.uri) for p in PAGES)
"""(title, page) for the site's navigation."""


@dataclass(frozen=True, kw_only=True, slots=True)
class GeneratedPage:
    uri: str
    markdown: str
    subheadings: tuple[SubHeading, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Planned:
    """A generated page before its view is made."""

    uri: str
    template: str
    view: Callable[[], PageView]
    reads: Callable[[Decision], bool] | None = None
    """Whether the page shows anything of a decision (its row, a count it is in, its title);
    ``None``: the page reads more than the decisions it lists (flags, every decision's fields,
    the other kinds), and is made again after any edit. A live preview makes again only the
    pages that read a decision a field edit changed (``changed.py``)."""


def _in_country(code: str, decision: Decision) -> bool:
    return decision.country == code


def _every(decision: Decision) -> bool:
    return True


def _none(decision: Decision) -> bool:
    return False


def _cites(key: str, decision: Decision) -> bool:
    return any(provision(text).key == key for text in decision.legal_basis)


def _with_outcome(outcome: Outcome, decision: Decision) -> bool:
    return decision.outcome is outcome


def _tagged(uri: str, decision: Decision) -> bool:
    return any(provisionviews.tag_uri(tag) == uri for tag in decision.tags)


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

    def __init__(
        self, site: Site, env: jinja2.Environment, cache: RenderCache | None = None
    ) -> None:
        self.site = site
        self.env = env
        self.cache = cache
        """A live preview's texts of the last rebuild: values unchanged, text unchanged."""

    def render(self, template: str, page_uri: str, values: Mapping[str, object]) -> str:
        if self.cache is None:
            return self._render(template, page_uri, values, keep_nothing)
        key = (template, page_uri, self.site.today, self.site.options.directory_urls)
        return self.cache.text(
            key, values, lambda keep: self._render(template, page_uri, values, keep)
        )

    def _render(
        self, template: str, page_uri: str, values: Mapping[str, object], keep: Keep
    ) -> str:
        directory_urls = self.site.options.directory_urls

        def link(target: str | Link, anchor: str = "") -> str:
            uri = target.uri if isinstance(target, Link) else target
            anchor = target.anchor if isinstance(target, Link) else anchor
            return urls.relative(page_uri, uri, directory_urls, anchor) if uri else ""

        return self.env.get_template(template).render(
            link=link, today=self.site.today, keep=keep, **values
        )

    def planned(self) -> list[Planned]:
        """Every generated page, in the order of the navigation and the site folder, each with
        its view not yet made and what it reads of the decisions (``Planned.reads``)."""
        site = self.site
        plans = [
            Planned(uri=page.uri, template=page.template, view=partial(page.view, site))
            for page in site_pages(site.kinds)
        ]
        plans += [
            Planned(
                uri=urls.review(unit),
                template="review_unit.md",
                view=partial(changeviews.review_unit, site, unit),
            )
            for unit in site.units
        ]
        plans += [
            Planned(
                uri=urls.country(code),
                template="country.md",
                view=partial(countryviews.country, site, code),
                reads=partial(_in_country, code),
            )
            for code in site.content.countries()
        ]
        countries, kind_keys = changeviews.change_filters(site)
        plans += [
            Planned(
                uri=changeviews.changes_uri(country=code),
                template="changes.md",
                view=partial(changeviews.changes, site, country=code),
                reads=partial(_in_country, code),
            )
            for code in countries
        ]
        decision_keys = {
            changeviews.kind_key(kind)
            for kind in changeviews.change_kinds(site)
            if issubclass(kind.item_type, Decision)
        }
        plans += [
            Planned(
                uri=changeviews.changes_uri(kind=key),
                template="changes.md",
                view=partial(changeviews.changes, site, kind=key),
                reads=_every if key in decision_keys else _none,
            )
            for key in kind_keys
        ]
        kept = self.cache.values.setdefault("finder entries", {}) if self.cache else None
        entries = decisionviews.decision_entries(site, kept)
        plans += [
            Planned(
                uri=g.uri,
                template="provision.md",
                view=partial(provisionviews.provision_page, site, g),
                reads=partial(_cites, g.key),
            )
            for g in decisionviews.provision_groups(entries)
        ]
        plans += [
            Planned(
                uri=urls.outcome(o.short),
                template="outcome.md",
                view=partial(provisionviews.outcome_page, site, o, entries),
                reads=partial(_with_outcome, o),
            )
            for o in Outcome
        ]
        tags = provisionviews.tag_groups(entries)
        plans.append(
            Planned(
                uri=provisionviews.TAGS,
                template="tags.md",
                view=partial(provisionviews.tags_index, site, tags),
            )
        )
        plans += [
            Planned(
                uri=g.uri,
                template="tag.md",
                view=partial(provisionviews.tag_page, site, g),
                reads=partial(_tagged, g.uri),
            )
            for g in tags
        ]
        return plans

    def generated(
        self,
        plans: list[Planned] | None = None,
        kept: Callable[[Planned], GeneratedPage | None] | None = None,
    ) -> list[GeneratedPage]:
        """Every generated page (of ``plans``, by default ``planned()``). ``kept`` gives a live
        preview's page of the last rebuild when it cannot have changed (``changed.py``), or
        ``None``: the page's view is made."""
        pages = []
        for plan in self.planned() if plans is None else plans:
            page = kept(plan) if kept is not None else None
            pages.append(page or self.page(plan.uri, plan.template, plan.view()))
        return pages

    def feeds(self, site_url: str | None, site_name: str) -> list[tuple[str, str]]:
        """(path, Atom XML) of every feed the build writes (``feeds.py``). A live preview
        writes a feed again only when what it shows changed (its newest rows, its title): the
        others are the text of the last rebuild, as for the pages (``RenderCache``)."""
        directory_urls, today = self.site.options.directory_urls, self.site.today

        def xml(feed: feeds.Feed) -> str:
            return feeds.atom(
                feed,
                site_url=site_url,
                directory_urls=directory_urls,
                built=today,
                author=site_name,
            )

        def written(feed: feeds.Feed) -> Callable[[Keep], str]:
            return lambda _keep: xml(feed)

        found = feeds.feeds(self.site, site_name)
        if self.cache is None:
            return [(feed.path, xml(feed)) for feed in found]
        cache = self.cache
        return [
            (
                feed.path,
                cache.text(
                    ("atom", feed.path, site_url, directory_urls, today, site_name),
                    {"title": feed.title, "page": feed.page, "rows": feed.shown},
                    written(feed),
                ),
            )
            for feed in found
        ]

    def page(self, uri: str, template: str, view: PageView) -> GeneratedPage:
        return GeneratedPage(
            uri=uri, markdown=self.render(template, uri, variables(view)), subheadings=view.toc
        )

    def path(self, item: Item) -> str:
        """The trail above an item's page: its section, its country, the item."""
        return self.render("item_path.html", address(item), variables(item_trail(item)))

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
                        {"item": item, **variables(itemviews.withdrawn(self.site, item))},
                    ),
                )
            tags = getattr(item, "tags", ())
            if tags:
                meta["tags"] = list(tags)
                # Each tag links to its page (theme/partials/tags.html reads this).
                meta["praksisbank_tags"] = {
                    t: urls.url_of(provisionviews.tag_uri(t), self.site.options.directory_urls)
                    for t in tags
                }
        view = item_view(kind)(self.site, item)
        before, after = kind.presentation.before, kind.presentation.after
        values = {"item": item, **variables(view)}
        return Decoration(
            meta=meta,
            before=self.path(item) + (self.render(before, uri, values) if before else ""),
            after=self.render(after, uri, values) if after else "",
            headings=view.headings,
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class TrailView:
    """``item_path.html``: «Du er her» above an item's page."""

    trail: list[Link]
    """The pages above the item: its section, its country."""
    here: str
    """The item's title."""


def item_trail(item: Item) -> TrailView:
    return TrailView(trail=trail(item), here=item.title)


def trail(item: Item) -> list[Link]:
    """Where an item belongs: ``Vedtaksbanken › Afghanistan`` for a decision, the section
    alone for a role; nothing for a free page."""
    kind = kind_of(item)
    links = [Link(title=kind.nav_title, uri=kind.index)] if kind.nav_title else []
    if links and isinstance(item, Document):
        links.append(Link(title=norwegian_name(item.country), uri=urls.country(item.country)))
    return links


def variables(view: object) -> dict[str, object]:
    """A view's fields as the template's variables (``{{ rows }}``), each value as it is (not
    copied into dictionaries, as ``dataclasses.asdict`` would)."""
    assert dataclasses.is_dataclass(view) and not isinstance(view, type)
    return {f.name: getattr(view, f.name) for f in dataclasses.fields(view)}
