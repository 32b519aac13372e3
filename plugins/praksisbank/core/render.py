"""Rendering content into pages: Jinja templates (autoescaped) and an HTML sanitizer.

Nothing here knows MkDocs. Generated pages come out as Markdown with HTML blocks; each content
item gets the HTML that goes before and after its own (sanitized) body, and the headings that
HTML adds, so the adapter can put them in the page's table of contents.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

import jinja2
import markupsafe
import nh3

from . import flags as flagging
from . import readiness, urls
from .countries import norwegian_name
from .dates import norwegian_date
from .flags import Flag, FlagKind
from .model import (
    Content,
    Decision,
    Document,
    InterviewGuide,
    PracticeNote,
    Reviewable,
    Role,
    Status,
)

SINGLE_DECISION_NOTICE = (
    "Enkeltvedtak gir ikke nødvendigvis et fullstendig og riktig bilde av gjeldende praksis. "
    "Les alltid praksisnotatet for landet."
)


@dataclass(frozen=True, kw_only=True, slots=True)
class SiteOptions:
    today: date
    directory_urls: bool = True
    demo: bool = False
    """Say on every page that the content is fictional."""


@dataclass(frozen=True, kw_only=True, slots=True)
class GeneratedPage:
    uri: str
    markdown: str
    subheadings: tuple[tuple[str, str, str], ...] = ()
    """(parent anchor, anchor, title) of headings written as HTML, for the table of contents.

    Headings that carry a value from content are written as HTML, never as Markdown, so that no
    Markdown in a value (an attribute list, a reference link) can take effect.
    """


@dataclass(frozen=True, kw_only=True, slots=True)
class Decoration:
    """What the site adds around a content item's own text."""

    meta: dict[str, Any]
    """Front matter for the page (title, description, tags, search exclusion)."""
    before: str
    after: str = ""
    headings: tuple[tuple[str, str], ...] = ()
    """(anchor, title) of the level-2 headings in ``after``, for the table of contents."""
    publish_body: bool = True


def attribute_text(value: str) -> str:
    """Escaped for an HTML attribute: the theme writes the page description into one as it is."""
    return html.escape(value, quote=True)


def _one_line(value: Any) -> Any:
    """Values from content go out on one line.

    Generated pages are Markdown with HTML blocks, and some Markdown (fenced code) acts on whole
    lines even inside HTML: a value that spans lines could start such a line. Our own template
    output (``Markup``) keeps its lines.
    """
    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return " ".join(value.split())
    return value


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("praksisbank", "templates"),
    autoescape=True,
    finalize=_one_line,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_ENV.filters["nodate"] = norwegian_date
_ENV.filters["country_name"] = norwegian_name
_ENV.filters["slug"] = urls.slug
_ENV.globals["NOTICE"] = SINGLE_DECISION_NOTICE
_ENV.globals["Status"] = Status


class Site:
    """The content with the lookups every page needs, computed once per build."""

    def __init__(self, content: Content, options: SiteOptions) -> None:
        self.content = content
        self.options = options
        self.by_id: dict[str, Document] = {
            d.id: d for d in (*content.decisions, *content.notes, *content.guides)
        }
        self.decisions_by_country: dict[str, list[Decision]] = defaultdict(list)
        self.superseding: dict[str, list[Decision]] = defaultdict(list)
        for d in content.decisions:
            self.decisions_by_country[d.country].append(d)
            if d.superseded_by:
                self.superseding[d.superseded_by].append(d)
        self.guides_by_country: dict[str, list[InterviewGuide]] = defaultdict(list)
        for g in content.guides:
            self.guides_by_country[g.country].append(g)
        self.flags = flagging.compute(content, options.today)
        self.attention = [f for f in self.flags if flagging.needs_attention(f)]
        """What the review queues list, all units together."""
        self._flags = {(f.item.id, f.kind): f for f in self.flags}
        units = {n.owner_unit for n in content.notes} | {f.owner_unit for f in self.flags}
        units |= {g.owner_unit for g in content.guides if g.owner_unit}
        self.units = sorted(units)
        self.readiness = readiness.assess(content, options.today)
        self._live: dict[str, readiness.LiveState] = {}

    # -- lookups for templates ---------------------------------------------------------------

    def flag(self, item: Document, kind: str) -> Flag | None:
        return self._flags.get((item.id, FlagKind(kind)))

    def overdue(self, item: Reviewable) -> bool:
        return flagging.is_overdue(item, self.options.today)

    def owner(self, item: Document) -> str:
        return flagging.owner_of(item, self.content)

    def live(self, check: str) -> readiness.LiveState:
        """The state of a checklist item that content can verify, computed once per build."""
        if check not in self._live:
            self._live[check] = readiness.live_state(check, self.readiness, self.flags)
        return self._live[check]

    def readiness_of(self, country: str) -> readiness.Readiness | None:
        return next((r for r in self.readiness if r.country == country), None)

    @staticmethod
    def item_key(text: str) -> str:
        """A stable key for a checklist item, so ticks survive reordering of the list."""
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]

    def matrix(self) -> list[tuple[str, list[tuple[str, Role, str]]]]:
        """Per cited document: (section, role, task) rows sorted by section number, then role."""
        rows: dict[str, list[tuple[str, Role, str]]] = defaultdict(list)
        for role in self.content.roles:
            for r in role.responsibilities:
                rows[r.document].append((r.source[len(r.document):].strip(), role, r.task))

        def section_key(row: tuple[str, Role, str]) -> tuple[tuple[int, ...], str, str]:
            number = row[0].split()[1] if len(row[0].split()) > 1 else "0"
            return (tuple(int(n) for n in number.split(".")), row[0], row[1].title)

        def current_first(document: str) -> tuple[bool, str]:
            source = self.content.source(document)
            return (source is not None and source.repealed is not None, document)

        return [(doc, sorted(rows[doc], key=section_key))
                for doc in sorted(rows, key=current_first)]

    def queue(self, unit: str) -> list[Flag]:
        """What a unit must look at, in the order of the flags."""
        return [f for f in self.flags if f.owner_unit == unit and flagging.needs_attention(f)]

    def changes(self) -> list[tuple[date, Document, str, bool]]:
        """Every change of every document, newest first: (date, document, summary, practice)."""
        rows: list[tuple[date, Document, str, bool]] = []
        reviewable: tuple[Reviewable, ...] = (*self.content.notes, *self.content.guides)
        for item in reviewable:
            rows.extend((c.date, item, c.summary, c.practice_change) for c in item.changes)
        for doc in self.by_id.values():
            if doc.status is not Status.CURRENT and doc.status_date:
                word = "Merket som utdatert" if doc.status is Status.OUTDATED else "Fjernet"
                rows.append((doc.status_date, doc, f"{word}: {doc.status_reason}", False))
        return sorted(rows, key=lambda r: (-r[0].toordinal(), r[1].id))

    # -- helpers for templates ---------------------------------------------------------------

    def listed(self, decisions: list[Decision]) -> list[Decision]:
        """Decisions as listings show them: withdrawn left out; current, then possibly outdated,
        then outdated; newest first within each."""
        shown = [d for d in decisions if d.status is not Status.WITHDRAWN]

        def rank(d: Decision) -> int:
            if d.status is not Status.CURRENT:
                return 2
            return 1 if (d.id, FlagKind.POSSIBLY_OUTDATED) in self._flags else 0

        return sorted(shown, key=lambda d: (rank(d), -d.decided.toordinal(), d.id))

    def render(self, template: str, page_uri: str, **context: Any) -> str:
        directory_urls = self.options.directory_urls

        def link(target: str | Document, anchor: str = "") -> str:
            uri = target if isinstance(target, str) else urls.document(target)
            return urls.relative(page_uri, uri, directory_urls, anchor)

        return _ENV.get_template(template).render(
            site=self, content=self.content, today=self.options.today, link=link, urls=urls,
            demo=self.options.demo, **context,
        )

    # -- generated pages ---------------------------------------------------------------------

    def pages(self) -> list[GeneratedPage]:
        pages = [
            GeneratedPage(uri=urls.HOME, markdown=self.render("home.md", urls.HOME)),
            GeneratedPage(uri=urls.DECISION_BANK,
                          markdown=self.render("decision_bank.md", urls.DECISION_BANK)),
            GeneratedPage(uri=urls.COUNTRIES, markdown=self.render("countries.md", urls.COUNTRIES)),
            GeneratedPage(uri=urls.NOTES, markdown=self.render("notes.md", urls.NOTES)),
            GeneratedPage(uri=urls.GUIDES, markdown=self.render("guides.md", urls.GUIDES)),
        ]
        for uri, template in ((urls.READINESS, "readiness.md"), (urls.ROLES, "roles.md")):
            pages.append(GeneratedPage(uri=uri, markdown=self.render(template, uri)))
        matrix = self.matrix()
        pages.append(GeneratedPage(
            uri=urls.MATRIX, markdown=self.render("matrix.md", urls.MATRIX, matrix=matrix),
            subheadings=tuple(("ansvarsmatrise", urls.slug(doc), doc) for doc, _ in matrix),
        ))
        pages.append(GeneratedPage(uri=urls.CHANGES, markdown=self.render("changes.md",
                                                                          urls.CHANGES)))
        pages.append(GeneratedPage(uri=urls.REVIEW, markdown=self.render("review_index.md",
                                                                         urls.REVIEW)))
        for unit in self.units:
            uri = urls.review(unit)
            pages.append(GeneratedPage(uri=uri, markdown=self.render(
                "review_unit.md", uri, unit=unit, queue=self.queue(unit))))
        for code in self.content.countries():
            uri = urls.country(code)
            note = self.content.current_note(code)
            pages.append(GeneratedPage(
                uri=uri,
                markdown=self.render(
                    "country.md", uri, code=code, note=note,
                    guides=self.guides_by_country.get(code, []),
                    decisions=self.decisions_by_country.get(code, []),
                ),
                subheadings=tuple(
                    ("kategorier-og-eksempelvedtak", f"kategori-{c.code}", c.name)
                    for c in (note.categories if note else ())
                ),
            ))
        return pages

    # -- content items -----------------------------------------------------------------------

    def decorate(self, item: Document | Role) -> Decoration:
        uri = urls.document(item)
        meta: dict[str, Any] = {"title": item.title}
        if isinstance(item, Role):
            if item.summary:
                meta["description"] = attribute_text(item.summary)
            return Decoration(
                meta=meta,
                before=self.render("role_before.html", uri, item=item),
                after=self.render("role_after.html", uri, item=item),
                headings=(("sjekkliste", "Sjekkliste"),),
            )
        # The status goes into the page title, so the browser tab, the navigation and search
        # results show it too; the page's own heading (in the templates) stays the plain title.
        if item.status is Status.OUTDATED:
            meta["title"] = f"Utdatert: {item.title}"
        elif self.flag(item, FlagKind.POSSIBLY_OUTDATED):
            meta["title"] = f"Kan være utdatert: {item.title}"
        if item.status is Status.WITHDRAWN:
            meta["title"] = f"Fjernet: {item.title}"
            meta["search"] = {"exclude": True}
            return Decoration(meta=meta, before=self.render("withdrawn.html", uri, item=item),
                              publish_body=False)
        if isinstance(item, Decision):
            if item.description:
                meta["description"] = attribute_text(item.description)
            if item.tags:
                meta["tags"] = list(item.tags)
            note = self.content.current_note(item.country)
            return Decoration(meta=meta, before=self.render(
                "decision.html", uri, item=item, note=note,
                possibly=self.flag(item, FlagKind.POSSIBLY_OUTDATED),
                category=note.category(item.category) if note else None,
                successor=self.by_id.get(item.superseded_by or ""),
                replaces=self.superseding.get(item.id, []),
            ))
        if isinstance(item, PracticeNote):
            return Decoration(
                meta=meta,
                before=self.render("note_before.html", uri, item=item),
                after=self.render("note_after.html", uri, item=item),
                headings=_note_headings(item),
            )
        assert isinstance(item, InterviewGuide)
        note = self.content.current_note(item.country)
        return Decoration(
            meta=meta,
            before=self.render("guide_before.html", uri, item=item, note=note),
            after=self.render("guide_after.html", uri, item=item),
            headings=_guide_headings(item),
        )


def _note_headings(note: PracticeNote) -> tuple[tuple[str, str], ...]:
    headings = [("kategorier", "Kategorier")]
    if note.standard_texts:
        headings.append(("favoritttekster", "Favoritttekster"))
    if note.contacts:
        headings.append(("landpraksiskontakter", "Landpraksiskontakter"))
    headings.append(("siste-endringer", "Siste endringer"))
    return tuple(headings)


def _guide_headings(guide: InterviewGuide) -> tuple[tuple[str, str], ...]:
    headings = []
    if guide.links:
        headings.append(("nyttig-informasjon", "Nyttig informasjon"))
    if guide.changes:
        headings.append(("siste-endringer", "Siste endringer"))
    return tuple(headings)


# -- sanitizing contributors' HTML -----------------------------------------------------------

_TAGS = nh3.ALLOWED_TAGS | {"details", "summary", "mark", "del", "ins", "figure", "figcaption"}
_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"class", "id", "title", "lang"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "ol": {"start", "type"},
    "details": {"open"},
}
_ATTRIBUTES.update({tag: _ATTRIBUTES.get(tag, set()) for tag in _TAGS if tag not in _ATTRIBUTES})


_SAFE_ID = re.compile(r"^[^\W_][\w:.-]*$")


def _filter_attribute(element: str, attribute: str, value: str) -> str | None:
    """Keep the site offline and the theme's own elements out of reach of content.

    An image from another host would be a request leaving the site. An ``id`` could shadow an
    element the theme or our script looks up by id (Material's ``__config``, our ``pb-…``), so
    only heading anchors of the form the table of contents makes are kept.
    """
    if element == "img" and attribute == "src" and ("//" in value or value.startswith("data:")):
        return None
    if attribute == "id" and not (_SAFE_ID.match(value) and not value.startswith("pb-")):
        return None
    return value


def sanitize(html: str, reserved: frozenset[str] = frozenset()) -> str:
    """Remove scripts, event handlers, styles and remote images from contributors' HTML.

    ``reserved`` are the anchors the site's own sections on the page use (``siste-endringer``):
    a heading in the text may not take them, or links to the section would land on it.
    """

    def keep(element: str, attribute: str, value: str) -> str | None:
        if attribute == "id" and value in reserved:
            return None
        return _filter_attribute(element, attribute, value)

    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        attribute_filter=keep,
        link_rel="noopener noreferrer",
    )


__all__ = ["Decoration", "GeneratedPage", "Site", "SiteOptions", "sanitize"]
