"""Prepared values for the page of each content item: what goes around its own text.

Each function takes the site and one item and returns an ``ItemView``: the values its kind's
templates lay out, and the level-2 headings those templates add (for the table of contents).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import pdfviews, urls
from .countries import norwegian_name
from .dates import norwegian_date
from .kinds import address
from .looks import status_line
from .model import (
    Clarification,
    Decision,
    Document,
    InterviewGuide,
    Item,
    PracticeNote,
    Role,
    Status,
)
from .provisions import provision
from .site import Site
from .views import (
    Badge,
    Link,
    category_anchor,
    checklist,
    contacts,
    overdue_badge,
    status_text,
    tag_uri,
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Heading:
    anchor: str
    title: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ItemView:
    values: dict[str, object] = field(default_factory=dict)
    headings: tuple[Heading, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class OutdatedNotice:
    since: str
    reason: str
    successor: Link | None


def _successor(site: Site, item: Document) -> Link | None:
    successor = site.by_id.get(item.superseded_by or "")
    if successor is None:
        return None
    return Link(title=f"{successor.title} ({successor.id})", uri=address(successor))


def outdated_notice(site: Site, item: Document) -> OutdatedNotice | None:
    if item.status is not Status.OUTDATED or item.status_date is None:
        return None
    return OutdatedNotice(
        since=norwegian_date(item.status_date),
        reason=item.status_reason or "",
        successor=_successor(site, item),
    )


def _common(site: Site, item: Document) -> dict[str, object]:
    return {
        "country": Link(title=norwegian_name(item.country), uri=urls.country(item.country)),
        "outdated": outdated_notice(site, item),
        "status": status_text(site, item),
        "status_line": status_line(site, item),
        "pdf": pdf_link(site, item),
    }


def pdf_link(site: Site, item: Item) -> Link | None:
    """«Last ned PDF»: the item's PDF, when this build makes PDFs and the item has one."""
    path = pdfviews.document_path(item) if site.options.pdf else None
    return Link(title="Last ned PDF", uri=path) if path else None


def role_pdf_link(site: Site, item: Item) -> Link | None:
    """A role's PDF is its checklist on paper, with empty boxes."""
    link = pdf_link(site, item)
    return Link(title="Last ned sjekklisten (PDF)", uri=link.uri) if link else None


def matrix_link(site: Site) -> Link | None:
    """The responsibility matrix's PDF, when this build makes PDFs."""
    path = pdfviews.matrix_path(site) if site.options.pdf else None
    return Link(title="Last ned ansvarsmatrisen (PDF)", uri=path) if path else None


def bundle_link(site: Site, country: str) -> Link | None:
    """The country's bundle (landpakke), when this build makes PDFs."""
    if not site.options.pdf:
        return None
    return Link(title="Last ned landpakken (PDF)", uri=pdfviews.bundle_path(country))


@dataclass(frozen=True, kw_only=True, slots=True)
class PossiblyNotice:
    date: object
    summary: str
    source: Link
    """Where the change is: a note's «Siste endringer», or a practice clarification."""


def decision(site: Site, item: Item) -> ItemView:
    assert isinstance(item, Decision)
    note = site.content.current_note(item.country)
    category = note.category(item.category) if note else None
    flag = site.possibly_outdated(item)
    possibly = None
    if flag is not None and flag.practice is not None:
        source = flag.practice.source
        possibly = PossiblyNotice(
            date=flag.practice.change.date,
            summary=flag.practice.change.summary,
            source=Link(
                title="endringen i praksisnotatet", uri=address(source), anchor="siste-endringer"
            )
            if isinstance(source, PracticeNote)
            else Link(title=f"praksisavklaringen «{source.title}»", uri=address(source)),
        )
    return ItemView(
        values={
            **_common(site, item),
            "possibly": possibly,
            "category": Link(
                title=category.name,
                uri=urls.country(item.country),
                anchor=category_anchor(category.code),
            )
            if category
            else Link(title=item.category, uri=""),
            "note": Link(
                title=f"Praksisnotat for {norwegian_name(item.country)}", uri=address(note)
            )
            if note
            else None,
            "replaces": [
                Link(title=f"{old.title} ({old.id})", uri=address(old))
                for old in site.superseding.get(item.id, [])
            ],
            # Each citation as written, linked to the page of its provision (utl. § 28).
            "legal_basis": [
                Link(title=text, uri=urls.provision(provision(text).key))
                for text in item.legal_basis
            ],
            "outcome_page": urls.outcome(item.outcome.short),
            "tags": [Link(title=t, uri=tag_uri(t)) for t in item.tags],
        }
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class CategoryRow:
    code: str
    name: str
    description: str
    complexity: str
    link: Link
    decisions: int


def note(site: Site, item: Item) -> ItemView:
    assert isinstance(item, PracticeNote)
    decisions = site.decisions_of(item.country)
    headings = [Heading(anchor="kategorier", title="Kategorier")]
    if item.standard_texts:
        headings.append(Heading(anchor="favoritttekster", title="Favoritttekster"))
    if item.contacts:
        headings.append(Heading(anchor="landpraksiskontakter", title="Landpraksiskontakter"))
    headings.append(Heading(anchor="siste-endringer", title="Siste endringer"))
    return ItemView(
        headings=tuple(headings),
        values={
            **_common(site, item),
            "overdue": overdue_badge(site, item),
            "owner": site.owner(item),
            "categories": [
                CategoryRow(
                    code=c.code,
                    name=c.name,
                    description=c.description,
                    complexity=c.complexity.label,
                    link=Link(
                        title=c.name, uri=urls.country(item.country), anchor=category_anchor(c.code)
                    ),
                    decisions=len(site.listed([d for d in decisions if d.category == c.code])),
                )
                for c in item.categories
            ],
            "contacts": contacts(item.contacts),
        },
    )


def guide(site: Site, item: Item) -> ItemView:
    assert isinstance(item, InterviewGuide)
    headings = []
    if item.links:
        headings.append(Heading(anchor="nyttig-informasjon", title="Nyttig informasjon"))
    if item.changes:
        headings.append(Heading(anchor="siste-endringer", title="Siste endringer"))
    return ItemView(
        headings=tuple(headings),
        values={
            **_common(site, item),
            "overdue": overdue_badge(site, item),
            "owner": site.owner(item),
        },
    )


def clarification(site: Site, item: Item) -> ItemView:
    assert isinstance(item, Clarification)
    note = site.content.current_note(item.country)
    named = {c.code: c.name for c in (note.categories if note else ())}
    return ItemView(
        values={
            **_common(site, item),
            "categories": [
                Link(
                    title=named.get(code, code),
                    uri=urls.country(item.country),
                    anchor=category_anchor(code),
                )
                for code in item.categories
            ],
            "practice_change": Badge(css="change", text="Endret praksis")
            if item.practice_change
            else None,
            "note": Link(
                title=f"Praksisnotat for {norwegian_name(item.country)}", uri=address(note)
            )
            if note
            else None,
        }
    )


def role(site: Site, item: Item) -> ItemView:
    assert isinstance(item, Role)
    documents = sorted({r.document for r in item.responsibilities})
    return ItemView(
        headings=(Heading(anchor="sjekkliste", title="Sjekkliste"),),
        values={
            "summary": item.summary,
            "extent": f"{len(item.responsibilities)} punkter, fra {' og '.join(documents)}",
            "checklist_values": checklist(site, f"rolle-{item.role}", item.responsibilities),
            "matrix": urls.MATRIX,
            "pdf": role_pdf_link(site, item),
        },
    )


def page(site: Site, item: Item) -> ItemView:
    """A free page is its own text: nothing goes around it."""
    return ItemView()


def withdrawn(site: Site, item: Document) -> dict[str, object]:
    return {**_common(site, item), "successor": _successor(site, item)}
