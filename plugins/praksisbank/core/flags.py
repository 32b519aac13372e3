"""Flags: what a reader must be warned about, and what a responsible unit must look at.

Four kinds. ``outdated`` and ``withdrawn`` are set by hand (``status``). ``possibly_outdated`` is
computed: a practice change in a country's note flags every current decision of that country (of
the change's categories, or all) decided before it and not reviewed since. ``review_overdue`` is
computed: a note or guide whose ``last_reviewed`` plus ``review_interval_days`` has passed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from .dates import norwegian_date
from .model import (
    Change,
    Content,
    Decision,
    Document,
    InterviewGuide,
    PracticeNote,
    Reviewable,
    Status,
)

UNKNOWN_UNIT = "Ikke angitt enhet"


class FlagKind(enum.StrEnum):
    OUTDATED = "outdated"
    WITHDRAWN = "withdrawn"
    POSSIBLY_OUTDATED = "possibly_outdated"
    REVIEW_OVERDUE = "review_overdue"

    @property
    def label(self) -> str:
        return {
            "outdated": "Utdatert",
            "withdrawn": "Fjernet",
            "possibly_outdated": "Kan være utdatert",
            "review_overdue": "Gjennomgang forfalt",
        }[self.value]


@dataclass(frozen=True, kw_only=True, slots=True)
class Flag:
    kind: FlagKind
    item: Document
    reason: str
    """The explanation a reader sees, in Norwegian."""
    owner_unit: str
    since: date
    change: Change | None = None
    """For ``possibly_outdated``: the practice change that raised the flag."""
    note: PracticeNote | None = None
    """For ``possibly_outdated``: the note that holds that change."""

    def as_dict(self) -> dict[str, str]:
        return {
            "id": self.item.id,
            "file": self.item.path,
            "kind": str(self.kind),
            "reason": self.reason,
            "owner_unit": self.owner_unit,
            "since": self.since.isoformat(),
        }


def is_overdue(item: Reviewable, today: date) -> bool:
    return today > item.review_due


def practice_change_for(decision: Decision, note: PracticeNote | None) -> Change | None:
    """The latest practice change that this decision predates and has not been reviewed after."""
    if note is None or decision.status is not Status.CURRENT:
        return None
    for change in sorted(note.changes, key=lambda c: c.date, reverse=True):
        if not change.practice_change:
            continue
        if change.categories and decision.category not in change.categories:
            continue
        if decision.decided >= change.date:
            continue
        if decision.reviewed is not None and decision.reviewed >= change.date:
            continue
        return change
    return None


def owner_of(item: Document, content: Content) -> str:
    if isinstance(item, PracticeNote):
        return item.owner_unit
    if isinstance(item, InterviewGuide) and item.owner_unit:
        return item.owner_unit
    note = content.current_note(item.country) or next(
        (n for n in content.notes if n.country == item.country), None)
    return note.owner_unit if note else UNKNOWN_UNIT


_ORDER = {kind: i for i, kind in enumerate(FlagKind)}


def compute(content: Content, today: date) -> tuple[Flag, ...]:
    """Every flag in the content, sorted by unit, kind, date and id."""
    flags: list[Flag] = []
    for item in (*content.decisions, *content.notes, *content.guides):
        owner = owner_of(item, content)
        if item.status is Status.OUTDATED:
            successor = "" if item.superseded_by else " Ingen nyere dokument er angitt."
            flags.append(Flag(kind=FlagKind.OUTDATED, item=item, owner_unit=owner,
                              since=item.status_date or today,
                              reason=f"{item.status_reason}{successor}"))
        elif item.status is Status.WITHDRAWN:
            flags.append(Flag(kind=FlagKind.WITHDRAWN, item=item, owner_unit=owner,
                              since=item.status_date or today, reason=item.status_reason or ""))
        if isinstance(item, Decision):
            note = content.current_note(item.country)
            change = practice_change_for(item, note)
            if change is not None:
                flags.append(Flag(
                    kind=FlagKind.POSSIBLY_OUTDATED, item=item, owner_unit=owner,
                    since=change.date, change=change, note=note,
                    reason=f"Praksis endret {norwegian_date(change.date)}: {change.summary}",
                ))
        elif (isinstance(item, Reviewable) and item.status is Status.CURRENT
              and is_overdue(item, today)):
            flags.append(Flag(
                kind=FlagKind.REVIEW_OVERDUE, item=item, owner_unit=owner,
                since=item.review_due,
                reason=f"Skulle vært gjennomgått innen {norwegian_date(item.review_due)} (sist "
                f"gjennomgått {norwegian_date(item.last_reviewed)}, hver "
                f"{item.review_interval_days}. dag).",
            ))
    return tuple(sorted(flags, key=lambda f: (f.owner_unit, _ORDER[f.kind], f.since, f.item.id)))


def needs_attention(flag: Flag) -> bool:
    """What a unit's review queue lists: possibly outdated, overdue, outdated with no successor."""
    if flag.kind is FlagKind.OUTDATED:
        return flag.item.superseded_by is None
    return flag.kind in (FlagKind.POSSIBLY_OUTDATED, FlagKind.REVIEW_OVERDUE)
