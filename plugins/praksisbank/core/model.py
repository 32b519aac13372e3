"""Content items: frozen dataclasses, built only from front matter that passed validation."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, timedelta


class Status(enum.StrEnum):
    CURRENT = "current"
    OUTDATED = "outdated"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.CURRENT: "Gjeldende",
    Status.OUTDATED: "Utdatert",
    Status.WITHDRAWN: "Fjernet",
}


class Outcome(enum.StrEnum):
    PROTECTION = "protection"
    HUMANITARIAN = "humanitarian"
    REFUSED = "refused"
    DUBLIN = "dublin"
    DISMISSED = "dismissed"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    Outcome.PROTECTION: "Beskyttelse (utl. § 28)",
    Outcome.HUMANITARIAN: "Opphold på humanitært grunnlag (utl. § 38)",
    Outcome.REFUSED: "Avslag",
    Outcome.DUBLIN: "Dublin-overføring",
    Outcome.DISMISSED: "Henlagt",
}


class Complexity(enum.StrEnum):
    SIMPLE = "simple"
    MEDIUM = "medium"
    COMPLEX = "complex"

    @property
    def label(self) -> str:
        return {"simple": "Enkel", "medium": "Middels", "complex": "Kompleks"}[self.value]


class Audience(enum.StrEnum):
    ADULTS = "adults"
    CHILDREN = "children"

    @property
    def label(self) -> str:
        return {"adults": "Voksne", "children": "Barn"}[self.value]


@dataclass(frozen=True, kw_only=True, slots=True)
class Document:
    """What every Markdown content item has: where it lives, its body and its status."""

    id: str
    title: str
    country: str
    path: str
    """Path of the source file relative to the project, with forward slashes."""
    line: int
    """Line of the front matter's first line (for messages about the item as a whole)."""
    body: str
    body_line: int
    status: Status = Status.CURRENT
    status_reason: str | None = None
    status_date: date | None = None
    superseded_by: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Decision(Document):
    category: str
    decided: date
    outcome: Outcome
    legal_basis: tuple[str, ...]
    tags: tuple[str, ...] = ()
    description: str | None = None
    reviewed: date | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Category:
    code: str
    name: str
    description: str
    complexity: Complexity


@dataclass(frozen=True, kw_only=True, slots=True)
class Contact:
    name: str
    unit: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Change:
    date: date
    summary: str
    practice_change: bool = False
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class StandardText:
    title: str
    text: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Reviewable(Document):
    """A document with a review routine: practice notes and interview guides."""

    last_reviewed: date
    review_interval_days: int = 90
    changes: tuple[Change, ...] = ()

    @property
    def review_due(self) -> date:
        return self.last_reviewed + timedelta(days=self.review_interval_days)


@dataclass(frozen=True, kw_only=True, slots=True)
class PracticeNote(Reviewable):
    owner_unit: str
    categories: tuple[Category, ...]
    contacts: tuple[Contact, ...] = ()
    standard_texts: tuple[StandardText, ...] = ()

    def category(self, code: str) -> Category | None:
        return next((c for c in self.categories if c.code == code), None)


@dataclass(frozen=True, kw_only=True, slots=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True, kw_only=True, slots=True)
class InterviewGuide(Reviewable):
    quality_assured_by: str
    quality_assured: date
    audience: Audience = Audience.ADULTS
    owner_unit: str | None = None
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Arrival:
    country: str
    arrivals: int
    expected_increase: bool = False
    line: int = 1


@dataclass(frozen=True, kw_only=True, slots=True)
class SourceDocument:
    """An internal memo that responsibilities cite, and whether it still applies."""

    document: str
    title: str
    repealed: date | None = None
    replaced_by: str | None = None
    date: date | None = None  # last: the field's name shadows the type below it


@dataclass(frozen=True, kw_only=True, slots=True)
class Responsibility:
    task: str
    source: str
    """Document and section, e.g. ``IM 2016-003 punkt 4.2``."""
    check: str | None = None
    """A state the site can verify from content (see ``readiness.CHECKS``)."""

    @property
    def document(self) -> str:
        """The cited document: ``IM 2016-003`` of ``IM 2016-003 punkt 4.2``."""
        return " ".join(self.source.split()[:2])


@dataclass(frozen=True, kw_only=True, slots=True)
class Role:
    role: str
    title: str
    path: str
    body: str
    body_line: int
    responsibilities: tuple[Responsibility, ...]
    summary: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Content:
    """Everything the site is built from, each list sorted so output is deterministic."""

    decisions: tuple[Decision, ...] = ()
    notes: tuple[PracticeNote, ...] = ()
    guides: tuple[InterviewGuide, ...] = ()
    arrivals: tuple[Arrival, ...] = ()
    roles: tuple[Role, ...] = ()
    sources: tuple[SourceDocument, ...] = ()
    training: tuple[Responsibility, ...] = ()
    """The training checklist for units joining a shared portfolio (IM 2016-003 punkt 8)."""
    files: tuple[str, ...] = field(default=())
    """Every content file that was read, published or not."""

    def countries(self) -> tuple[str, ...]:
        """Every country that has a practice note, a guide or a decision, sorted by code."""
        codes = {d.country for d in self.decisions}
        codes |= {n.country for n in self.notes} | {g.country for g in self.guides}
        return tuple(sorted(codes))

    def source(self, document: str) -> SourceDocument | None:
        return next((s for s in self.sources if s.document == document), None)

    def current_note(self, country: str) -> PracticeNote | None:
        return next(
            (n for n in self.notes if n.country == country and n.status is Status.CURRENT), None
        )
