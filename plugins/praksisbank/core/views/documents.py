"""The index pages of notes, interview guides, practice clarifications and roles, and the one
every other kind gets (``listing``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from praksisbank.core.base import urls
from praksisbank.core.base.countries import norwegian_name
from praksisbank.core.base.dates import norwegian_date
from praksisbank.core.base.model import (
    Clarification,
    Document,
    InterviewGuide,
    Item,
    PracticeNote,
    Reviewable,
    Role,
    Status,
)
from praksisbank.core.content.kinds import Kind, address
from praksisbank.core.practice.site import Site
from praksisbank.core.views.common import Badge, PageView, overdue_badge, status_badge

# -- lists of notes, guides, clarifications, roles ----------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class DocumentRow:
    country: str
    country_uri: str
    title: str
    uri: str
    status: str
    badge: Badge | None
    owner_unit: str
    date: date
    """Last reviewed (notes, guides) or made (clarifications)."""
    audience: str = ""
    quality: str = ""
    """Who quality-assured a guide, and when."""
    practice_change: bool = False


def _row(site: Site, item: Document, when: date, **extra: Any) -> DocumentRow:
    badge = overdue_badge(site, item) if isinstance(item, Reviewable) else status_badge(site, item)
    return DocumentRow(
        country=norwegian_name(item.country),
        country_uri=urls.country(item.country),
        title=item.title,
        uri=address(item),
        status=item.status.label,
        badge=badge,
        owner_unit=site.owner(item),
        date=when,
        **extra,
    )


def _published(items: tuple[Document, ...]) -> list[Document]:
    return sorted(
        (i for i in items if i.status is not Status.WITHDRAWN), key=lambda i: (i.country, i.path)
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class DocumentsView(PageView):
    """``notes.md``, ``guides.md``, ``clarifications.md``: the published documents of a kind."""

    rows: list[DocumentRow]
    """One row per document that is not withdrawn."""


def notes(site: Site, kind: Kind) -> DocumentsView:
    return DocumentsView(
        rows=[
            _row(site, n, n.last_reviewed)
            for n in _published(site.content.notes)
            if isinstance(n, PracticeNote)
        ],
    )


def guides(site: Site, kind: Kind) -> DocumentsView:
    rows = [
        _row(
            site,
            g,
            g.last_reviewed,
            audience=g.audience.label,
            quality=f"{g.quality_assured_by}, {norwegian_date(g.quality_assured)}",
        )
        for g in _published(site.content.guides)
        if isinstance(g, InterviewGuide)
    ]
    return DocumentsView(
        rows=rows,
    )


def clarifications(site: Site, kind: Kind) -> DocumentsView:
    items = sorted(
        (c for c in site.content.clarifications if c.status is not Status.WITHDRAWN),
        key=lambda c: (-c.date.toordinal(), c.id),
    )
    return DocumentsView(
        rows=[clarification_row(site, c) for c in items],
    )


def clarification_row(site: Site, c: Clarification) -> DocumentRow:
    return _row(site, c, c.date, practice_change=c.practice_change)


def status_summary(word: str, reason: str) -> str:
    """«Fjernet: Ikke godt nok anonymisert.», but not «Fjernet: Fjernet fra …»."""
    if reason.casefold().startswith(word.split()[0].casefold()):
        return reason
    return f"{word}: {reason}"


@dataclass(frozen=True, kw_only=True, slots=True)
class RoleRow:
    title: str
    uri: str
    summary: str
    items: int


@dataclass(frozen=True, kw_only=True, slots=True)
class SourceRow:
    document: str
    title: str
    repealed: date | None
    replaced_by: str | None
    date: date | None  # last: the field's name shadows the type below it


def sorted_roles(site: Site) -> list[Role]:
    return sorted(site.content.roles, key=lambda r: r.title)


@dataclass(frozen=True, kw_only=True, slots=True)
class RolesView(PageView):
    """``roles.md``: every role and the documents their tasks come from."""

    rows: list[RoleRow]
    """One row per role, by title."""
    sources: list[SourceRow]
    """The memos cited (``sources.yml``)."""
    matrix: str
    """The responsibility matrix."""


def roles(site: Site, kind: Kind) -> RolesView:
    return RolesView(
        rows=[
            RoleRow(
                title=r.title,
                uri=address(r),
                summary=r.summary or "",
                items=len(r.responsibilities),
            )
            for r in sorted_roles(site)
        ],
        sources=[
            SourceRow(
                document=s.document,
                title=s.title,
                date=s.date,
                repealed=s.repealed,
                replaced_by=s.replaced_by,
            )
            for s in site.content.sources
        ],
        matrix=urls.MATRIX,
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class ListRow:
    title: str
    uri: str
    country: str
    """The country's name; empty: the kind's items have no country."""
    country_uri: str
    status: str
    """The status's label; empty: the kind's items have none."""
    badge: Badge | None


@dataclass(frozen=True, kw_only=True, slots=True)
class ListView(PageView):
    """The index page of a kind without a view of its own: its published items."""

    title: str
    """The kind's title in the navigation."""
    rows: list[ListRow]
    """One row per item that is not withdrawn, by country and file."""


def list_row(site: Site, item: Item) -> ListRow:
    """An item's row in a list: title, country and status when it has them."""
    if not isinstance(item, Document):
        return ListRow(
            title=item.title, uri=address(item), country="", country_uri="", status="", badge=None
        )
    return ListRow(
        title=item.title,
        uri=address(item),
        country=norwegian_name(item.country),
        country_uri=urls.country(item.country),
        status=item.status.label,
        badge=overdue_badge(site, item)
        if isinstance(item, Reviewable)
        else status_badge(site, item),
    )


def listing(site: Site, kind: Kind) -> ListView:
    items = site.content.of(kind.item_type)
    shown = [i for i in items if not isinstance(i, Document) or i.status is not Status.WITHDRAWN]
    shown.sort(key=lambda i: (i.country if isinstance(i, Document) else "", i.path))
    return ListView(title=kind.nav_title, rows=[list_row(site, i) for i in shown])
