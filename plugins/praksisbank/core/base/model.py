"""Content items: frozen dataclasses, built only from front matter that passed validation."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Self, TypeVar

T = TypeVar("T")


class Labelled(enum.StrEnum):
    """A fixed vocabulary of the contract: each value carries, once, the words a reader sees.

    ``label`` is what pages show; ``short`` is the column heading in tables (the label when not
    given). The contract's messages list the same labels, so no second list repeats them.
    """

    label: str
    short: str

    def __new__(cls, value: str, label: str = "", short: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.short = short or label
        return member


class Status(Labelled):
    CURRENT = "current", "Gjeldende"
    OUTDATED = "outdated", "Utdatert"
    WITHDRAWN = "withdrawn", "Fjernet"


class Outcome(Labelled):
    PROTECTION = "protection", "Beskyttelse (utl. § 28)", "Beskyttelse"
    HUMANITARIAN = "humanitarian", "Opphold på humanitært grunnlag (utl. § 38)", "Humanitært"
    REFUSED = "refused", "Avslag"
    DUBLIN = "dublin", "Dublin-overføring", "Dublin"
    DISMISSED = "dismissed", "Henlagt"


class Complexity(Labelled):
    SIMPLE = "simple", "Enkel"
    MEDIUM = "medium", "Middels"
    COMPLEX = "complex", "Kompleks"


class Checked(Labelled):
    """A state the site can verify from content: a role's responsibility may name one
    (``check``); ``checks.CHECKS`` computes it. The label is what the check verifies, in the
    words of the contract's messages."""

    READINESS = "readiness", "alle beredskapsland er klare"
    PRACTICE_NOTES_CURRENT = (
        "practice-notes-current",
        "beredskapslandenes praksisnotater er oppdatert",
    )
    INTERVIEW_GUIDES_QA = (
        "interview-guides-qa",
        "beredskapslandenes intervjuguider er kvalitetssikret og oppdatert",
    )
    STANDARD_TEXTS = "standard-texts", "beredskapslandene har favoritttekster"
    CATEGORIES_DEFINED = "categories-defined", "beredskapslandene har kategorier"
    CONTACTS_TWO_PER_UNIT = (
        "contacts-two-per-unit",
        "minst to landpraksiskontakter i hver enhet",
    )
    DECISIONS_REVIEWED = (
        "decisions-reviewed",
        "ingen vedtak venter på vurdering etter endret praksis",
    )


class Audience(Labelled):
    ADULTS = "adults", "Voksne"
    CHILDREN = "children", "Barn"


class Requirement(Labelled):
    PRACTICE_NOTE = "practice_note", "Oppdatert praksisnotat"
    INTERVIEW_GUIDE = (
        "interview_guide",
        "Intervjuguide kvalitetssikret av intervjufaglig nettverk",
    )
    STANDARD_TEXTS = "standard_texts", "Favoritttekster"
    CATEGORIES = "categories", "Kategorier for differensiering"
    CONTACTS = "contacts", "Minst to landpraksiskontakter i hver enhet"


@dataclass(frozen=True, kw_only=True, slots=True)
class Item:
    """What every content item has: a page of its own, built from one Markdown file."""

    title: str
    path: str
    """Path of the source file relative to the project, with forward slashes."""
    name: str = ""
    """Path of the source file inside its kind's folder (``afg/x.md``): the page's address."""
    body: str
    body_line: int
    """The file line on which the body starts."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Document(Item):
    """A content item with an id, a country and a status: what flags and listings are about."""

    id: str
    country: str
    line: int = 1
    """Line of the front matter's first line (for messages about the item as a whole)."""
    status: Status = Status.CURRENT
    status_reason: str | None = None
    status_date: date | None = None
    superseded_by: str | None = None

    def change_log(self) -> tuple[Change, ...]:
        """What "Siste endringer" lists for this document, newest first; a change with
        ``practice_change`` flags the country's earlier decisions."""
        return ()


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

    def change_log(self) -> tuple[Change, ...]:
        return self.changes


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
class Clarification(Document):
    """A practice clarification (praksisavklaring, IM 2016-003 punkt 5): a short, dated answer
    from the responsible unit to one question of practice for one country."""

    owner_unit: str
    date: date
    categories: tuple[str, ...] = ()
    practice_change: bool = False

    def change_log(self) -> tuple[Change, ...]:
        return (
            Change(
                date=self.date,
                summary=self.title,
                practice_change=self.practice_change,
                categories=self.categories,
            ),
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class Arrival:
    country: str
    arrivals: int
    expected_increase: bool = False
    line: int = 1


@dataclass(frozen=True, kw_only=True, slots=True)
class Synonyms:
    """Words caseworkers use for the same thing (``vocabulary.yml``): an abbreviation, an older
    term, an everyday word. Search for any of them finds pages that use another."""

    terms: tuple[str, ...]
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
    """A state the site can verify from content (``Checked``, computed by ``checks.CHECKS``)."""

    @property
    def document(self) -> str:
        """The cited document: ``IM 2016-003`` of ``IM 2016-003 punkt 4.2``."""
        return " ".join(self.source.split()[:2])


@dataclass(frozen=True, kw_only=True, slots=True)
class Role(Item):
    role: str
    responsibilities: tuple[Responsibility, ...]
    summary: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class FreePage(Item):
    """A page of the site's own under ``docs/`` (an about page, a guide for contributors)."""

    description: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Content:
    """Everything the site is built from, each list sorted so output is deterministic."""

    items: Mapping[type[Item], tuple[Item, ...]] = field(default_factory=dict)
    """The items of each content kind, by the kind's item class (see ``kinds.KINDS``), in the
    kinds' order."""
    arrivals: tuple[Arrival, ...] = ()
    sources: tuple[SourceDocument, ...] = ()
    training: tuple[Responsibility, ...] = ()
    """The training checklist for units joining a shared portfolio (IM 2016-003 punkt 8)."""
    vocabulary: tuple[Synonyms, ...] = ()
    """The department's words for search, in the order of ``vocabulary.yml``."""
    vocabulary_file: str = ""
    """Where the vocabulary was read from (relative to the project); empty: there is none."""
    files: tuple[str, ...] = ()
    """Every content file that was read, published or not."""

    def of(self, item_type: type[T]) -> tuple[T, ...]:
        """The items of one kind, typed."""
        found = self.items.get(item_type, ())  # type: ignore[arg-type]
        assert all(isinstance(i, item_type) for i in found)
        return found  # type: ignore[return-value]

    @property
    def decisions(self) -> tuple[Decision, ...]:
        return self.of(Decision)

    @property
    def notes(self) -> tuple[PracticeNote, ...]:
        return self.of(PracticeNote)

    @property
    def guides(self) -> tuple[InterviewGuide, ...]:
        return self.of(InterviewGuide)

    @property
    def clarifications(self) -> tuple[Clarification, ...]:
        return self.of(Clarification)

    @property
    def roles(self) -> tuple[Role, ...]:
        return self.of(Role)

    def all_items(self) -> tuple[Item, ...]:
        return tuple(i for items in self.items.values() for i in items)

    def documents(self) -> tuple[Document, ...]:
        """Every document of every kind (items with an id, a country and a status)."""
        return tuple(i for items in self.items.values() for i in items if isinstance(i, Document))

    def countries(self) -> tuple[str, ...]:
        """Every country that has a document of any kind, sorted by code."""
        return tuple(sorted({d.country for d in self.documents()}))

    def source(self, document: str) -> SourceDocument | None:
        return next((s for s in self.sources if s.document == document), None)

    def current_note(self, country: str) -> PracticeNote | None:
        return next(
            (n for n in self.notes if n.country == country and n.status is Status.CURRENT), None
        )

    def any_note(self, country: str) -> PracticeNote | None:
        """The current note of a country, or any note of it when none is current."""
        return self.current_note(country) or next(
            (n for n in self.notes if n.country == country), None
        )
