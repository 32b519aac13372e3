"""The change lists and the review queues."""

from __future__ import annotations

import weakref
from collections import Counter
from dataclasses import dataclass
from datetime import date

from praksisbank.core.base import urls
from praksisbank.core.base.countries import norwegian_name
from praksisbank.core.base.letters import nb_key
from praksisbank.core.base.model import Clarification, Decision, Document, Status
from praksisbank.core.content.kinds import Kind, address, kind_of
from praksisbank.core.practice.flags import FlagKind
from praksisbank.core.practice.site import Site
from praksisbank.core.views.common import Badge, Link, PageView
from praksisbank.core.views.documents import status_summary

# -- changes and review queues ----------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class ChangeRow:
    date: date
    title: str
    uri: str
    country: str
    country_code: str
    kind: str
    """The kind of document as readers name it: «Vedtak», «Praksisnotat»."""
    kind_key: str
    practice: bool
    summary: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ChangeFilter:
    """One choice above the change list: a pre-built page (no JavaScript needed)."""

    title: str
    uri: str
    current: bool


def change_kinds(site: Site) -> list[Kind]:
    """The kinds of document (items with an id, a country and a status) the change list and
    the feeds can be narrowed to, in the order of the kinds."""
    return [k for k in site.kinds if issubclass(k.item_type, Document)]


def kind_key(kind: Kind) -> str:
    """The kind in addresses: ``vedtak``, ``praksisnotat``."""
    return urls.slug(kind.words.singular)


def _change(doc: Document, when: date, summary: str, practice: bool = False) -> ChangeRow:
    kind = kind_of(doc)
    return ChangeRow(
        date=when,
        title=doc.title,
        uri=address(doc),
        country=norwegian_name(doc.country),
        country_code=doc.country,
        kind=kind.words.singular.capitalize(),
        kind_key=kind_key(kind),
        practice=practice,
        summary=summary,
    )


_ROWS: weakref.WeakKeyDictionary[Site, tuple[ChangeRow, ...]] = weakref.WeakKeyDictionary()
"""Each site's change rows, made once: every change list, filter and feed of a build reads them."""


def change_rows(site: Site) -> list[ChangeRow]:
    """Every change of every document, newest first: new decisions (on their ``decided`` day),
    the change logs of notes, guides and clarifications, and what was marked outdated or
    withdrawn. A withdrawn decision is never listed as new."""
    rows = _ROWS.get(site)
    if rows is None:
        rows = _ROWS[site] = tuple(_change_rows(site))
    return list(rows)


def _change_rows(site: Site) -> list[ChangeRow]:
    rows = []
    for doc in site.content.documents():
        if isinstance(doc, Decision) and doc.status is not Status.WITHDRAWN:
            rows.append(_change(doc, doc.decided, f"Nytt vedtak: {doc.outcome.short.lower()}."))
        summary = "Ny praksisavklaring." if isinstance(doc, Clarification) else ""
        rows += [
            _change(doc, c.date, summary or c.summary, c.practice_change) for c in doc.change_log()
        ]
        if doc.status is not Status.CURRENT and doc.status_date:
            word = "Merket som utdatert" if doc.status is Status.OUTDATED else "Fjernet"
            rows.append(
                _change(doc, doc.status_date, status_summary(word, doc.status_reason or ""))
            )
    rows.sort(key=lambda r: (-r.date.toordinal(), r.uri, r.summary))
    return rows


def changes_uri(*, country: str | None = None, kind: str | None = None) -> str:
    """The change list, whole or for one country (``endringer/land/afg/``) or one kind
    (``endringer/vedtak/``)."""
    if country:
        return f"endringer/land/{country.lower()}/index.md"
    if kind:
        return f"endringer/{kind}/index.md"
    return urls.CHANGES


def feed_uri(country: str | None = None) -> str:
    """The Atom feed of every change, or of one country's (written by the build, ``feeds.py``)."""
    return f"land/{country.lower()}/atom.xml" if country else "endringer/atom.xml"


def change_filters(site: Site) -> tuple[list[str], list[str]]:
    """Every country (codes, each has a page) and the kinds (keys) that have a change: one
    pre-built change list each."""
    countries = sorted(site.content.countries(), key=lambda c: nb_key(norwegian_name(c)))
    present = {r.kind_key for r in change_rows(site)}
    return countries, [kind_key(k) for k in change_kinds(site) if kind_key(k) in present]


@dataclass(frozen=True, kw_only=True, slots=True)
class ChangesView(PageView):
    """``changes.md``: the change list, whole or for one country or one kind."""

    heading: str
    """The page's heading."""
    narrowed: bool
    """The list is for one country or one kind."""
    rows: list[ChangeRow]
    """The changes, newest first."""
    all: Link
    """The whole list."""
    countries: list[ChangeFilter]
    """The list of each country."""
    kinds: list[ChangeFilter]
    """The list of each kind."""
    feed: Link
    """The Atom feed of what is shown."""
    site_feed: Link
    """The Atom feed of every change."""
    country_feeds: list[Link]
    """Each country's Atom feed."""


def changes(site: Site, *, country: str | None = None, kind: str | None = None) -> ChangesView:
    """The change list, all of it or narrowed to one country or one kind of document."""
    rows = change_rows(site)
    countries, kind_keys = change_filters(site)
    names = {kind_key(k): k.words.singular.capitalize() for k in change_kinds(site)}
    plural = {kind_key(k): k.words.plural for k in change_kinds(site)}
    shown = [
        r
        for r in rows
        if (not country or r.country_code == country) and (not kind or r.kind_key == kind)
    ]
    heading = "Siste endringer"
    if country:
        heading = f"Siste endringer for {norwegian_name(country)}"
    elif kind:
        heading = f"Siste endringer: {plural[kind].lower()}"
    return ChangesView(
        heading=heading,
        narrowed=bool(country or kind),
        rows=shown,
        all=Link(title="Alle", uri=urls.CHANGES),
        countries=[
            ChangeFilter(title=norwegian_name(c), uri=changes_uri(country=c), current=c == country)
            for c in countries
        ],
        kinds=[
            ChangeFilter(title=names[k], uri=changes_uri(kind=k), current=k == kind)
            for k in kind_keys
        ],
        feed=Link(
            title=f"Abonner på endringene for {norwegian_name(country)} (Atom)"
            if country
            else "Abonner på alle endringer (Atom)",
            uri=feed_uri(country),
        ),
        site_feed=Link(title="Abonner på alle endringer (Atom)", uri=feed_uri()),
        country_feeds=[Link(title=norwegian_name(c), uri=feed_uri(c)) for c in countries],
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class UnitRow:
    unit: str
    uri: str
    counts: tuple[int, int, int]
    """Possibly outdated, review overdue, outdated without a successor."""


@dataclass(frozen=True, kw_only=True, slots=True)
class ReviewIndexView(PageView):
    """``review_index.md``: each unit's review queue, counted."""

    rows: list[UnitRow]
    """One row per unit."""


def review_index(site: Site) -> ReviewIndexView:
    rows = []
    for unit in site.units:
        kinds_ = Counter(f.kind for f in site.queue(unit))
        rows.append(
            UnitRow(
                unit=unit,
                uri=urls.review(unit),
                counts=(
                    kinds_[FlagKind.POSSIBLY_OUTDATED],
                    kinds_[FlagKind.REVIEW_OVERDUE],
                    kinds_[FlagKind.OUTDATED],
                ),
            )
        )
    return ReviewIndexView(
        rows=rows,
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class FlagRow:
    title: str
    uri: str
    badge: Badge
    id: str
    reason: str
    country: str
    since: date


@dataclass(frozen=True, kw_only=True, slots=True)
class ReviewUnitView(PageView):
    """``review_unit.md``: one unit's review queue."""

    unit: str
    """The unit's name."""
    rows: list[FlagRow]
    """What the unit must look at."""


def review_unit(site: Site, unit: str) -> ReviewUnitView:
    return ReviewUnitView(
        unit=unit,
        rows=[
            FlagRow(
                title=f.item.title,
                uri=address(f.item),
                badge=Badge(css=f.kind.css, text=f.kind.label),
                id=f.item.id,
                reason=f.reason,
                country=norwegian_name(f.item.country),
                since=f.since,
            )
            for f in site.queue(unit)
        ],
    )
