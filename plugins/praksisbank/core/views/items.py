"""Prepared values for the page of each content item: what goes around its own text.

Each function takes the site and one item of its kind and returns the kind's page view: a frozen
dataclass whose fields are the variables of the kind's templates (with ``item``, the item itself),
and the level-2 headings those templates add (for the table of contents). Which templates serve a
kind is its record's ``presentation``; which function, its model class in ``pages.ITEM_VIEWS``:
a kind without a function of its own gets ``document`` (its items are documents) or ``page``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from praksisbank.core.base import urls
from praksisbank.core.base.countries import norwegian_name
from praksisbank.core.base.dates import norwegian_date
from praksisbank.core.base.model import (
    Clarification,
    Decision,
    Document,
    InterviewGuide,
    Item,
    PracticeNote,
    Role,
    Status,
)
from praksisbank.core.base.provisions import provision
from praksisbank.core.content.kinds import address, pdf_address
from praksisbank.core.practice.looks import StatusLine, status_line
from praksisbank.core.practice.site import Site
from praksisbank.core.views.common import Badge, Link, overdue_badge, status_text
from praksisbank.core.views.countries import UnitContacts, category_anchor, contacts
from praksisbank.core.views.matrix import Checklist, checklist
from praksisbank.core.views.provisions import tag_uri


@dataclass(frozen=True, kw_only=True, slots=True)
class Heading:
    anchor: str
    title: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ItemPage:
    """What every item's templates get besides ``item``; a free page gets nothing else."""

    headings: tuple[Heading, ...] = ()
    """The level-2 headings the templates add, for the table of contents."""


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


class _Common(TypedDict):
    country: Link
    outdated: OutdatedNotice | None
    status: str
    status_line: StatusLine
    pdf: Link | None


def _common(site: Site, item: Document) -> _Common:
    return {
        "country": Link(title=norwegian_name(item.country), uri=urls.country(item.country)),
        "outdated": outdated_notice(site, item),
        "status": status_text(site, item),
        "status_line": status_line(site, item),
        "pdf": pdf_link(site, item),
    }


def pdf_link(site: Site, item: Item) -> Link | None:
    """«Last ned PDF»: the item's PDF, when this build makes PDFs and the item has one."""
    path = pdf_address(item) if site.options.pdf else None
    return Link(title="Last ned PDF", uri=path) if path else None


def role_pdf_link(site: Site, item: Item) -> Link | None:
    """A role's PDF is its checklist on paper, with empty boxes."""
    link = pdf_link(site, item)
    return Link(title="Last ned sjekklisten (PDF)", uri=link.uri) if link else None


@dataclass(frozen=True, kw_only=True, slots=True)
class PossiblyNotice:
    date: object
    summary: str
    source: Link
    """Where the change is: a note's «Siste endringer», or a practice clarification."""


@dataclass(frozen=True, kw_only=True, slots=True)
class CategoryRow:
    code: str
    name: str
    description: str
    complexity: str
    link: Link
    decisions: int


@dataclass(frozen=True, kw_only=True, slots=True)
class DocumentPage(ItemPage):
    """What the templates of every document (an item with an id, a country and a status) get."""

    country: Link
    """The country's page."""
    outdated: OutdatedNotice | None
    """Since when and why the document is outdated, and what replaces it; ``None``: it is not."""
    status: str
    """The status in words: its label («Gjeldende»), or the word of its look when it may be
    outdated."""
    status_line: StatusLine
    """The status line under the title: the look (badge) and what it says."""
    pdf: Link | None
    """«Last ned PDF»; ``None``: this build makes no PDFs or the document has none."""


@dataclass(frozen=True, kw_only=True, slots=True)
class DecisionPage(DocumentPage):
    """``decision.html``: the panel above a decision's text."""

    possibly: PossiblyNotice | None
    """The practice change the decision predates; ``None``: none."""
    category: Link
    """The decision's category on its country's page (no address when the note lacks it)."""
    note: Link | None
    """The country's current practice note; ``None``: none."""
    replaces: list[Link]
    """The decisions this one replaces."""
    legal_basis: list[Link]
    """Each citation as written, linked to the page of its provision."""
    outcome_page: str
    """The page of the decision's outcome."""
    tags: list[Link]
    """The page of each of its tags."""


@dataclass(frozen=True, kw_only=True, slots=True)
class NotePage(DocumentPage):
    """``note_before.html``, ``note_after.html``: around a practice note's text."""

    overdue: Badge | None
    """«Gjennomgang forfalt» (shown by the reader's browser once the day has passed)."""
    owner: str
    """The unit responsible for the note."""
    categories: list[CategoryRow]
    """The note's categories, each with its number of decisions."""
    contacts: list[UnitContacts]
    """The country practice contacts, by unit."""


@dataclass(frozen=True, kw_only=True, slots=True)
class GuidePage(DocumentPage):
    """``guide_before.html``, ``guide_after.html``: around an interview guide's text."""

    overdue: Badge | None
    """«Gjennomgang forfalt» (shown by the reader's browser once the day has passed)."""
    owner: str
    """The unit responsible for the guide."""


@dataclass(frozen=True, kw_only=True, slots=True)
class ClarificationPage(DocumentPage):
    """``clarification_before.html``: above a practice clarification's text."""

    categories: list[Link]
    """The categories it concerns, on the country's page."""
    practice_change: Badge | None
    """«Endret praksis»; ``None``: the clarification changes no practice."""
    note: Link | None
    """The country's current practice note; ``None``: none."""


@dataclass(frozen=True, kw_only=True, slots=True)
class RolePage(ItemPage):
    """``role_before.html``, ``role_after.html``: around a role's text."""

    summary: str | None
    """The role's summary."""
    extent: str
    """How many points, from which documents."""
    checklist_values: Checklist
    """The role's checklist, with what content can verify."""
    matrix: str
    """The responsibility matrix."""
    pdf: Link | None
    """The checklist's PDF; ``None``: this build makes no PDFs."""


@dataclass(frozen=True, kw_only=True, slots=True)
class WithdrawnPage(DocumentPage):
    """``withdrawn.html``: what a withdrawn document's page says instead of its text."""

    successor: Link | None
    """What replaces it; ``None``: nothing."""


def decision(site: Site, item: Decision) -> DecisionPage:
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
    return DecisionPage(
        **_common(site, item),
        possibly=possibly,
        category=Link(
            title=category.name,
            uri=urls.country(item.country),
            anchor=category_anchor(category.code),
        )
        if category
        else Link(title=item.category, uri=""),
        note=Link(title=f"Praksisnotat for {norwegian_name(item.country)}", uri=address(note))
        if note
        else None,
        replaces=[
            Link(title=f"{old.title} ({old.id})", uri=address(old))
            for old in site.superseding.get(item.id, [])
        ],
        legal_basis=[
            Link(title=text, uri=urls.provision(provision(text).key)) for text in item.legal_basis
        ],
        outcome_page=urls.outcome(item.outcome.short),
        tags=[Link(title=t, uri=tag_uri(t)) for t in item.tags],
    )


def note(site: Site, item: PracticeNote) -> NotePage:
    decisions = site.decisions_of(item.country)
    headings = [Heading(anchor="kategorier", title="Kategorier")]
    if item.standard_texts:
        headings.append(Heading(anchor="favoritttekster", title="Favoritttekster"))
    if item.contacts:
        headings.append(Heading(anchor="landpraksiskontakter", title="Landpraksiskontakter"))
    headings.append(Heading(anchor="siste-endringer", title="Siste endringer"))
    return NotePage(
        headings=tuple(headings),
        **_common(site, item),
        overdue=overdue_badge(site, item),
        owner=site.owner(item),
        categories=[
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
        contacts=contacts(item.contacts),
    )


def guide(site: Site, item: InterviewGuide) -> GuidePage:
    headings = []
    if item.links:
        headings.append(Heading(anchor="nyttig-informasjon", title="Nyttig informasjon"))
    if item.changes:
        headings.append(Heading(anchor="siste-endringer", title="Siste endringer"))
    return GuidePage(
        headings=tuple(headings),
        **_common(site, item),
        overdue=overdue_badge(site, item),
        owner=site.owner(item),
    )


def clarification(site: Site, item: Clarification) -> ClarificationPage:
    note = site.content.current_note(item.country)
    named = {c.code: c.name for c in (note.categories if note else ())}
    return ClarificationPage(
        **_common(site, item),
        categories=[
            Link(
                title=named.get(code, code),
                uri=urls.country(item.country),
                anchor=category_anchor(code),
            )
            for code in item.categories
        ],
        practice_change=Badge(css="change", text="Endret praksis")
        if item.practice_change
        else None,
        note=Link(title=f"Praksisnotat for {norwegian_name(item.country)}", uri=address(note))
        if note
        else None,
    )


def role(site: Site, item: Role) -> RolePage:
    documents = sorted({r.document for r in item.responsibilities})
    return RolePage(
        headings=(Heading(anchor="sjekkliste", title="Sjekkliste"),),
        summary=item.summary,
        extent=f"{len(item.responsibilities)} punkter, fra {' og '.join(documents)}",
        checklist_values=checklist(site, f"rolle-{item.role}", item.responsibilities),
        matrix=urls.MATRIX,
        pdf=role_pdf_link(site, item),
    )


def document(site: Site, item: Document) -> DocumentPage:
    """What every document's page gets: its country, status, outdated notice and PDF."""
    return DocumentPage(**_common(site, item))


def page(site: Site, item: Item) -> ItemPage:
    """A free page (and an item of any other kind without a view of its own) is its own text:
    nothing goes around it."""
    return ItemPage()


def withdrawn(site: Site, item: Document) -> WithdrawnPage:
    return WithdrawnPage(**_common(site, item), successor=_successor(site, item))
