"""Readiness (beredskap): are the countries with the most arrivals ready, and if not, why.

IM 2016-003 section 5: the five largest arrival countries, and every country where a sharp rise is
expected, must at all times have a current practice note, a current interview guide
quality-assured by the interview network, favourite texts and defined categories; section 9 adds
at least two country-practice contacts in each unit that has contacts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from praksisbank.core.base.dates import common_names, in_sentence, norwegian_date
from praksisbank.core.base.model import Content, InterviewGuide, Requirement, Status
from praksisbank.core.content.kinds import INTERVIEW_GUIDE, PRACTICE_NOTE, address
from praksisbank.core.practice.flags import is_overdue

LARGEST = 5
INTERVIEW_NETWORK = "intervjufaglig nettverk"
MIN_CONTACTS = 2


@dataclass(frozen=True, kw_only=True, slots=True)
class Missing:
    requirement: Requirement
    reason: str
    uri: str
    """The page where it must be mended (a site path such as ``praksisnotater/afg.md``)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Readiness:
    country: str
    rank: int
    arrivals: int
    expected_increase: bool
    missing: tuple[Missing, ...]
    next_due: date | None = None
    """When the country's note or guide next falls due: a ready country stops being ready then,
    which the reader's browser shows on a site built before that day."""

    @property
    def ready(self) -> bool:
        return not self.missing

    def as_dict(self) -> dict[str, object]:
        return {
            "country": self.country,
            "rank": self.rank,
            "ready": self.ready,
            "missing": [
                {"requirement": str(m.requirement), "reason": m.reason} for m in self.missing
            ],
        }


def readiness_countries(content: Content) -> list[tuple[int, str, int, bool]]:
    """(rank, country, arrivals, expected_increase): the five largest, then expected rises."""
    ranked = [(i + 1, a) for i, a in enumerate(content.arrivals)]  # already largest first
    chosen = [(rank, a) for rank, a in ranked if rank <= LARGEST or a.expected_increase]
    return [(rank, a.country, a.arrivals, a.expected_increase) for rank, a in chosen]


def _guide_problem(
    guides: list[InterviewGuide], today: date, common: frozenset[str]
) -> tuple[str, str] | None:
    current = [g for g in guides if g.status is Status.CURRENT]
    if not current:
        return ("Landet har ingen gjeldende intervjuguide.", INTERVIEW_GUIDE.index)
    assured = [g for g in current if g.quality_assured_by.casefold() == INTERVIEW_NETWORK]
    if not assured:
        g = current[0]
        by = in_sentence(g.quality_assured_by, common)
        return (
            f"Intervjuguiden er kvalitetssikret av {by}, ikke av intervjufaglig nettverk.",
            address(g),
        )
    fresh = [g for g in assured if not is_overdue(g, today)]
    if not fresh:
        g = assured[0]
        return (
            f"Intervjuguiden skulle vært gjennomgått innen {norwegian_date(g.review_due)}.",
            address(g),
        )
    return None


def _missing(code: str, content: Content, today: date) -> list[Missing]:
    """What one readiness country lacks, in the order of the requirements."""
    missing: list[Missing] = []

    def lack(requirement: Requirement, reason: str, uri: str) -> None:
        missing.append(Missing(requirement=requirement, reason=reason, uri=uri))

    note = content.current_note(code)
    if note is None:
        lack(
            Requirement.PRACTICE_NOTE,
            "Landet har ikke noe gjeldende praksisnotat.",
            PRACTICE_NOTE.index,
        )
    elif is_overdue(note, today):
        lack(
            Requirement.PRACTICE_NOTE,
            f"Praksisnotatet skulle vært gjennomgått innen "
            f"{norwegian_date(note.review_due)} (sist gjennomgått "
            f"{norwegian_date(note.last_reviewed)}).",
            address(note),
        )
    problem = _guide_problem(
        [g for g in content.guides if g.country == code],
        today,
        common_names([INTERVIEW_NETWORK, *(r.title for r in content.roles)]),
    )
    if problem:
        lack(Requirement.INTERVIEW_GUIDE, *problem)
    note_page = address(note) if note else PRACTICE_NOTE.index
    if note is None or not note.standard_texts:
        lack(Requirement.STANDARD_TEXTS, "Praksisnotatet har ingen favoritttekster.", note_page)
    if note is None or not note.categories:
        lack(Requirement.CATEGORIES, "Praksisnotatet definerer ingen kategorier.", note_page)
    if note is not None:
        per_unit = Counter(c.unit for c in note.contacts)
        thin = sorted(unit for unit, n in per_unit.items() if n < MIN_CONTACTS)
        if not per_unit:
            lack(Requirement.CONTACTS, "Praksisnotatet har ingen landpraksiskontakter.", note_page)
        elif thin:
            lack(
                Requirement.CONTACTS,
                " ".join(
                    f"{u} har bare {per_unit[u]} landpraksiskontakt (minst {MIN_CONTACTS} trengs)."
                    for u in thin
                ),
                note_page,
            )
    return missing


def _next_due(code: str, content: Content) -> date | None:
    note = content.current_note(code)
    dues = [note.review_due] if note else []
    dues += [
        g.review_due
        for g in content.guides
        if g.country == code
        and g.status is Status.CURRENT
        and g.quality_assured_by.casefold() == INTERVIEW_NETWORK
    ]
    return min(dues, default=None)


def assess(content: Content, today: date) -> tuple[Readiness, ...]:
    """Whether each readiness country is ready, and if not, why, in rank order."""
    return tuple(
        Readiness(
            country=code,
            rank=rank,
            arrivals=arrivals,
            expected_increase=rising,
            missing=tuple(_missing(code, content, today)),
            next_due=_next_due(code, content),
        )
        for rank, code, arrivals, rising in readiness_countries(content)
    )
