"""Prepared values for the templates: counting, filtering and choosing happen here, in Python.

Templates lay out what these functions return: named rows with titles, addresses (site paths that
the template's ``link()`` makes relative), dates and badges. Nothing here writes HTML.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

from . import kinds, urls
from .countries import norwegian_name
from .dates import norwegian_date
from .flags import FlagKind
from .kinds import Kind, address
from .model import (
    Clarification,
    Contact,
    Decision,
    Document,
    InterviewGuide,
    Outcome,
    PracticeNote,
    Responsibility,
    Reviewable,
    Role,
    Status,
)
from .site import Site


@dataclass(frozen=True, kw_only=True, slots=True)
class Badge:
    css: str
    """The modifier of ``pb-badge``: outdated, withdrawn, possibly, overdue, change, ok."""
    text: str
    review_due: date | None = None
    """The reader's browser shows the badge once this day has passed."""
    hidden: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class SubHeading:
    """A heading a generated page writes as HTML, for its table of contents (``toc``).

    Headings that carry a value from content are written as HTML, never as Markdown, so that no
    Markdown in a value (an attribute list, a reference link) can take effect.
    """

    parent: str
    anchor: str
    title: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Link:
    title: str
    uri: str
    anchor: str = ""


def status_badge(site: Site, item: Document) -> Badge | None:
    if item.status is Status.OUTDATED:
        return Badge(css="outdated", text="Utdatert")
    if item.status is Status.WITHDRAWN:
        return Badge(css="withdrawn", text="Fjernet")
    if site.possibly_outdated(item):
        return Badge(css="possibly", text="Kan være utdatert")
    return None


def overdue_badge(site: Site, item: Reviewable) -> Badge | None:
    """Shown at build time when overdue; else hidden until the reader's browser finds it due."""
    if item.status is not Status.CURRENT:
        return None
    return Badge(
        css="overdue",
        text="Gjennomgang forfalt",
        review_due=item.review_due,
        hidden=not site.overdue(item),
    )


def status_text(site: Site, item: Document) -> str:
    return "Kan være utdatert" if site.possibly_outdated(item) else item.status.label


# -- decisions ------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class DecisionRow:
    title: str
    uri: str
    badge: Badge | None
    description: str | None
    decided: date
    outcome: str
    country: str


def decision_rows(site: Site, decisions: list[Decision]) -> list[DecisionRow]:
    """Decisions as listings show them (see ``Site.listed``)."""
    return [
        DecisionRow(
            title=d.title,
            uri=address(d),
            badge=status_badge(site, d),
            description=d.description,
            decided=d.decided,
            outcome=d.outcome.label,
            country=norwegian_name(d.country),
        )
        for d in site.listed(decisions)
    ]


@dataclass(frozen=True, kw_only=True, slots=True)
class CountryCount:
    name: str
    uri: str
    total: int
    by_outcome: tuple[int, ...]
    """In the order of ``Outcome``."""
    not_current: int


def decision_bank(site: Site, kind: Kind) -> dict[str, object]:
    rows = []
    for code in site.content.countries():
        shown = site.listed(site.decisions_of(code))
        counts = Counter(d.outcome for d in shown)
        rows.append(
            CountryCount(
                name=norwegian_name(code),
                uri=urls.country(code),
                total=len(shown),
                by_outcome=tuple(counts[o] for o in Outcome),
                not_current=sum(d.status is not Status.CURRENT for d in shown),
            )
        )
    newest = sorted(
        site.listed(list(site.content.decisions)), key=lambda d: d.decided, reverse=True
    )[:15]
    return {"outcomes": list(Outcome), "rows": rows, "newest": decision_rows(site, newest)}


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


def notes(site: Site, kind: Kind) -> dict[str, object]:
    return {
        "rows": [
            _row(site, n, n.last_reviewed)
            for n in _published(site.content.notes)
            if isinstance(n, PracticeNote)
        ]
    }


def guides(site: Site, kind: Kind) -> dict[str, object]:
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
    return {"rows": rows}


def clarifications(site: Site, kind: Kind) -> dict[str, object]:
    items = sorted(
        (c for c in site.content.clarifications if c.status is not Status.WITHDRAWN),
        key=lambda c: (-c.date.toordinal(), c.id),
    )
    return {"rows": [_clarification_row(site, c) for c in items]}


def _clarification_row(site: Site, c: Clarification) -> DocumentRow:
    return _row(site, c, c.date, practice_change=c.practice_change)


def _status_summary(word: str, reason: str) -> str:
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


def _roles(site: Site) -> list[Role]:
    return sorted(site.content.roles, key=lambda r: r.title)


def roles(site: Site, kind: Kind) -> dict[str, object]:
    return {
        "rows": [
            RoleRow(
                title=r.title,
                uri=address(r),
                summary=r.summary or "",
                items=len(r.responsibilities),
            )
            for r in _roles(site)
        ],
        "sources": [
            SourceRow(
                document=s.document,
                title=s.title,
                date=s.date,
                repealed=s.repealed,
                replaced_by=s.replaced_by,
            )
            for s in site.content.sources
        ],
        "matrix": urls.MATRIX,
    }


# -- the front page and the countries -----------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class Card:
    title: str
    uri: str
    text: str


def home(site: Site) -> dict[str, object]:
    content = site.content

    def published(kind: Kind) -> int:
        items = content.items.get(kind.name, ())
        return sum(not isinstance(i, Document) or i.status is not Status.WITHDRAWN for i in items)

    ready = sum(r.ready for r in site.readiness)
    cards = [
        Card(title=k.nav_title, uri=k.index, text=k.card.format(n=published(k)))
        for k in kinds.KINDS
        if k.card
    ]
    cards += [
        Card(title="Land", uri=urls.COUNTRIES, text=f"{len(content.countries())} land med innhold"),
        Card(
            title="Beredskap",
            uri=urls.READINESS,
            text=f"{ready} av {len(site.readiness)} beredskapsland er klare",
        ),
        Card(title="Siste endringer", uri=urls.CHANGES, text="Nytt og endret i alle dokumenter"),
        Card(
            title="Til gjennomgang",
            uri=urls.REVIEW,
            text=f"{len(site.attention)} vedtak og dokumenter som må vurderes",
        ),
    ]
    countries = [Link(title=norwegian_name(c), uri=urls.country(c)) for c in content.countries()]
    return {"cards": cards, "countries": countries, "demo": site.options.demo}


@dataclass(frozen=True, kw_only=True, slots=True)
class CountryRow:
    name: str
    uri: str
    code: str
    note: Link | None
    guides: int
    decisions: int


def countries(site: Site) -> dict[str, object]:
    rows = []
    for code in site.content.countries():
        note = site.content.current_note(code)
        rows.append(
            CountryRow(
                name=norwegian_name(code),
                uri=urls.country(code),
                code=code,
                note=Link(title=note.title, uri=address(note)) if note else None,
                guides=sum(
                    g.status is Status.CURRENT for g in site.of_country("interview_guide", code)
                ),
                decisions=len(site.listed(site.decisions_of(code))),
            )
        )
    return {"rows": rows}


@dataclass(frozen=True, kw_only=True, slots=True)
class UnitContacts:
    unit: str
    names: str


def contacts(items: tuple[Contact, ...]) -> list[UnitContacts]:
    by_unit: dict[str, list[str]] = defaultdict(list)
    for c in items:
        by_unit[c.unit].append(c.name)
    return [UnitContacts(unit=u, names=", ".join(by_unit[u])) for u in sorted(by_unit)]


@dataclass(frozen=True, kw_only=True, slots=True)
class CategorySection:
    code: str
    anchor: str
    name: str
    description: str
    complexity: str
    decisions: list[DecisionRow]


@dataclass(frozen=True, kw_only=True, slots=True)
class MissingView:
    label: str
    reason: str
    uri: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ReadinessView:
    country: str
    uri: str
    rank: int
    arrivals: int
    ready: bool
    expected_increase: bool
    next_due: date | None
    missing: list[MissingView]


def readiness_rows(site: Site) -> list[ReadinessView]:
    return [
        ReadinessView(
            country=norwegian_name(r.country),
            uri=urls.country(r.country),
            rank=r.rank,
            arrivals=r.arrivals,
            ready=r.ready,
            expected_increase=r.expected_increase,
            next_due=r.next_due,
            missing=[
                MissingView(label=m.requirement.label, reason=m.reason, uri=m.uri)
                for m in r.missing
            ],
        )
        for r in site.readiness
    ]


def readiness(site: Site) -> dict[str, object]:
    rows = readiness_rows(site)
    return {"rows": rows, "ready": sum(r.ready for r in rows), "total": len(rows)}


def category_anchor(code: str) -> str:
    return f"kategori-{urls.slug(code)}"


def country(site: Site, code: str) -> dict[str, object]:
    content = site.content
    note = content.current_note(code)
    decisions = site.decisions_of(code)
    categories = [
        CategorySection(
            code=c.code,
            anchor=category_anchor(c.code),
            name=c.name,
            description=c.description,
            complexity=c.complexity.label.lower(),
            decisions=decision_rows(site, [d for d in decisions if d.category == c.code]),
        )
        for c in (note.categories if note else ())
    ]
    guide_items = [
        g
        for g in site.of_country("interview_guide", code)
        if isinstance(g, InterviewGuide) and g.status is not Status.WITHDRAWN
    ]
    clarification_items = sorted(
        (
            c
            for c in site.of_country("clarification", code)
            if isinstance(c, Clarification) and c.status is not Status.WITHDRAWN
        ),
        key=lambda c: (-c.date.toordinal(), c.id),
    )
    ready = site.readiness_of(code)
    return {
        "code": code,
        "name": norwegian_name(code),
        "note": note,
        "note_uri": address(note) if note else "",
        "guides": [
            Link(title=f"{g.title} ({g.audience.label.lower()})", uri=address(g))
            for g in guide_items
        ],
        "clarifications": [_clarification_row(site, c) for c in clarification_items],
        "readiness": next(
            (r for r in readiness_rows(site) if ready and r.rank == ready.rank), None
        ),
        "categories": categories,
        "uncategorised": [] if note else decision_rows(site, decisions),
        "contacts": contacts(note.contacts) if note else [],
        "training": checklist(site, f"opplaering-{code.lower()}", content.training),
        "toc": [
            SubHeading(parent="kategorier-og-eksempelvedtak", anchor=c.anchor, title=c.name)
            for c in categories
        ],
    }


# -- checklists, the matrix -----------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class LiveView:
    ok: bool
    summary: str
    details: list[Link]


@dataclass(frozen=True, kw_only=True, slots=True)
class ChecklistItem:
    key: str
    """A stable key for the tick, so ticks survive reordering of the list."""
    task: str
    source: str
    repealed: str
    """Why the source no longer applies, or empty."""
    live: LiveView | None


@dataclass(frozen=True, kw_only=True, slots=True)
class Checklist:
    name: str
    items: list[ChecklistItem]


def _repealed(site: Site, item: Responsibility) -> str:
    doc = site.content.source(item.document)
    if doc is None or doc.repealed is None:
        return ""
    text = f"{doc.document} ble opphevet {norwegian_date(doc.repealed)}"
    if doc.replaced_by:
        newer = site.content.source(doc.replaced_by)
        text += f" og erstattet av {doc.replaced_by}" + (f" ({newer.title})" if newer else "")
    return text + "."


def checklist(site: Site, name: str, items: tuple[Responsibility, ...]) -> Checklist:
    def live(check: str | None) -> LiveView | None:
        if check is None:
            return None
        state = site.live(check)
        return LiveView(
            ok=state.ok,
            summary=state.summary,
            details=[Link(title=d.reason, uri=d.uri) for d in state.details],
        )

    return Checklist(
        name=name,
        items=[
            ChecklistItem(
                key=hashlib.sha1(r.task.encode("utf-8")).hexdigest()[:12],
                task=r.task,
                source=r.source,
                repealed=_repealed(site, r),
                live=live(r.check),
            )
            for r in items
        ],
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class MatrixRow:
    section: str
    role: Link
    task: str


@dataclass(frozen=True, kw_only=True, slots=True)
class MatrixGroup:
    """The tasks of one section of a document («punkt 4.2»), role by role."""

    section: str
    roles: list[MatrixTasks]


@dataclass(frozen=True, kw_only=True, slots=True)
class MatrixTasks:
    role: Link
    tasks: list[str]


@dataclass(frozen=True, kw_only=True, slots=True)
class MatrixSection:
    document: str
    anchor: str
    title: str
    repealed: str
    groups: list[MatrixGroup]


@dataclass(frozen=True, kw_only=True, slots=True)
class MatrixRole:
    role: Link
    cells: list[str]
    """Per cited document, the sections the role has tasks from ("4.2, 9")."""


def matrix_sections(site: Site) -> list[MatrixSection]:
    """Per cited document (current ones first): its tasks by section number, then role."""
    rows: dict[str, list[MatrixRow]] = defaultdict(list)
    for role in _roles(site):
        for r in role.responsibilities:
            rows[r.document].append(
                MatrixRow(
                    section=r.source[len(r.document) :].strip(),
                    role=Link(title=role.title, uri=address(role)),
                    task=r.task,
                )
            )

    def section_key(row: MatrixRow) -> tuple[tuple[int, ...], str, str]:
        words = row.section.split()
        number = words[1] if len(words) > 1 else "0"
        return (tuple(int(n) for n in number.split(".")), row.section, row.role.title)

    def current_first(document: str) -> tuple[bool, str]:
        source = site.content.source(document)
        return (source is not None and source.repealed is not None, document)

    sections = []
    for document in sorted(rows, key=current_first):
        source = site.content.source(document)
        repealed = ""
        if source and source.repealed:
            repealed = f"{document} ble opphevet {norwegian_date(source.repealed)}"
            repealed += f" og erstattet av {source.replaced_by}" if source.replaced_by else ""
        sections.append(
            MatrixSection(
                document=document,
                anchor=urls.slug(document),
                title=f"{document}: {source.title}" if source else document,
                repealed=repealed,
                groups=[
                    MatrixGroup(
                        section=section,
                        roles=[
                            MatrixTasks(role=role, tasks=[r.task for r in by_role])
                            for role, by_role in groupby(group, key=lambda r: r.role)
                        ],
                    )
                    for section, group in groupby(
                        sorted(rows[document], key=section_key), key=lambda r: r.section
                    )
                ],
            )
        )
    return sections


def matrix(site: Site) -> dict[str, object]:
    sections = matrix_sections(site)
    columns = [
        (s.document, bool(s.repealed))
        for s in sections
        if site.content.source(s.document) is not None
    ]
    role_rows = []
    for role in _roles(site):
        cells = []
        for document, _ in columns:
            numbers = [
                r.source.removeprefix(f"{document} punkt ")
                for r in role.responsibilities
                if r.document == document
            ]
            cells.append(", ".join(dict.fromkeys(numbers)) or "–")
        role_rows.append(MatrixRole(role=Link(title=role.title, uri=address(role)), cells=cells))
    headers = [f"{d}{' (opphevet)' if repealed else ''}: punkter" for d, repealed in columns]
    return {
        "headers": headers,
        "roles": role_rows,
        "sections": sections,
        "toc": [
            SubHeading(parent="ansvarsmatrise", anchor=s.anchor, title=s.document) for s in sections
        ],
    }


# -- changes and review queues ----------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class ChangeRow:
    date: date
    title: str
    uri: str
    country: str
    practice: bool
    summary: str


def changes(site: Site) -> dict[str, object]:
    """Every change of every document, newest first."""
    rows = []
    for doc in site.content.documents():
        country_name = norwegian_name(doc.country)
        summary = "Ny praksisavklaring." if isinstance(doc, Clarification) else ""
        rows += [
            ChangeRow(
                date=c.date,
                title=doc.title,
                uri=address(doc),
                country=country_name,
                practice=c.practice_change,
                summary=summary or c.summary,
            )
            for c in doc.change_log()
        ]
        if doc.status is not Status.CURRENT and doc.status_date:
            word = "Merket som utdatert" if doc.status is Status.OUTDATED else "Fjernet"
            rows.append(
                ChangeRow(
                    date=doc.status_date,
                    title=doc.title,
                    uri=address(doc),
                    country=country_name,
                    practice=False,
                    summary=_status_summary(word, doc.status_reason or ""),
                )
            )
    rows.sort(key=lambda r: (-r.date.toordinal(), r.uri))
    return {"rows": rows}


@dataclass(frozen=True, kw_only=True, slots=True)
class UnitRow:
    unit: str
    uri: str
    counts: tuple[int, int, int]
    """Possibly outdated, review overdue, outdated without a successor."""


def review_index(site: Site) -> dict[str, object]:
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
    return {"rows": rows}


@dataclass(frozen=True, kw_only=True, slots=True)
class FlagRow:
    title: str
    uri: str
    badge: Badge
    id: str
    reason: str
    country: str
    since: date


def review_unit(site: Site, unit: str) -> dict[str, object]:
    return {
        "unit": unit,
        "rows": [
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
    }
