"""Flags: what a reader must be warned about, and what a responsible unit must look at.

Four kinds. ``outdated`` and ``withdrawn`` are set by hand (``status``). ``possibly_outdated`` is
computed: a practice change (in a country's current practice note, or a current practice
clarification with ``practice_change: true``) flags every current decision of that country (of the
change's categories, or all) decided before it and not reviewed since. ``review_overdue`` is
computed: a note or guide whose ``last_reviewed`` plus ``review_interval_days`` has passed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from praksisbank.core.base.dates import norwegian_date
from praksisbank.core.base.model import (
    Change,
    Content,
    Decision,
    Document,
    Labelled,
    Reviewable,
    Status,
)

UNKNOWN_UNIT = "Ikke angitt enhet"


class FlagKind(Labelled):
    OUTDATED = "outdated", "Utdatert"
    WITHDRAWN = "withdrawn", "Fjernet"
    POSSIBLY_OUTDATED = "possibly_outdated", "Kan være utdatert"
    REVIEW_OVERDUE = "review_overdue", "Gjennomgang forfalt"

    @property
    def css(self) -> str:
        """The modifier of the badge class that shows this flag (``pb-badge--possibly``)."""
        return {"possibly_outdated": "possibly", "review_overdue": "overdue"}.get(self, self.value)


@dataclass(frozen=True, kw_only=True, slots=True)
class PracticeChange:
    """A change of practice, and the document that made it (a note or a clarification)."""

    change: Change
    source: Document


@dataclass(frozen=True, kw_only=True, slots=True)
class Flag:
    kind: FlagKind
    item: Document
    reason: str
    """The explanation a reader sees, in Norwegian."""
    owner_unit: str
    since: date
    practice: PracticeChange | None = None
    """For ``possibly_outdated``: the practice change that raised the flag, and where it is."""

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


def practice_changes(content: Content) -> dict[str, list[PracticeChange]]:
    """Per country, the practice changes of its current documents, newest first."""
    found: dict[str, list[PracticeChange]] = defaultdict(list)
    for doc in content.documents():
        if doc.status is not Status.CURRENT:
            continue
        for change in doc.change_log():
            if change.practice_change:
                found[doc.country].append(PracticeChange(change=change, source=doc))
    for changes in found.values():
        changes.sort(key=lambda p: (-p.change.date.toordinal(), p.source.id))
    return found


def practice_change_for(decision: Decision, changes: list[PracticeChange]) -> PracticeChange | None:
    """The latest practice change that this decision predates and has not been reviewed after."""
    if decision.status is not Status.CURRENT:
        return None
    for practice in changes:
        change = practice.change
        if change.categories and decision.category not in change.categories:
            continue
        if decision.decided >= change.date:
            continue
        if decision.reviewed is not None and decision.reviewed >= change.date:
            continue
        return practice
    return None


def owner_of(item: Document, content: Content) -> str:
    """The unit responsible for a document: its own ``owner_unit``, or its country's note's."""
    own = getattr(item, "owner_unit", None)
    if isinstance(own, str) and own:
        return own
    note = content.any_note(item.country)
    return note.owner_unit if note else UNKNOWN_UNIT


_ORDER = {kind: i for i, kind in enumerate(FlagKind)}


def compute(content: Content, today: date) -> tuple[Flag, ...]:
    """Every flag in the content, sorted by unit, kind, date and id."""
    flags: list[Flag] = []
    changes = practice_changes(content)
    for item in content.documents():
        owner = owner_of(item, content)
        if item.status is Status.OUTDATED:
            successor = "" if item.superseded_by else " Ingen nyere dokument er angitt."
            flags.append(
                Flag(
                    kind=FlagKind.OUTDATED,
                    item=item,
                    owner_unit=owner,
                    since=item.status_date or today,
                    reason=f"{item.status_reason}{successor}",
                )
            )
        elif item.status is Status.WITHDRAWN:
            flags.append(
                Flag(
                    kind=FlagKind.WITHDRAWN,
                    item=item,
                    owner_unit=owner,
                    since=item.status_date or today,
                    reason=item.status_reason or "",
                )
            )
        if isinstance(item, Decision):
            practice = practice_change_for(item, changes.get(item.country, []))
            if practice is not None:
                change = practice.change
                flags.append(
                    Flag(
                        kind=FlagKind.POSSIBLY_OUTDATED,
                        item=item,
                        owner_unit=owner,
                        since=change.date,
                        practice=practice,
                        reason=f"Praksis endret {norwegian_date(change.date)}: {change.summary}",
                    )
                )
        elif (
            isinstance(item, Reviewable)
            and item.status is Status.CURRENT
            and is_overdue(item, today)
        ):
            flags.append(
                Flag(
                    kind=FlagKind.REVIEW_OVERDUE,
                    item=item,
                    owner_unit=owner,
                    since=item.review_due,
                    reason=f"Skulle vært gjennomgått innen {norwegian_date(item.review_due)} (sist "
                    f"gjennomgått {norwegian_date(item.last_reviewed)}, hver "
                    f"{item.review_interval_days}. dag).",
                )
            )
    return tuple(sorted(flags, key=lambda f: (f.owner_unit, _ORDER[f.kind], f.since, f.item.id)))


def needs_attention(flag: Flag) -> bool:
    """What a unit's review queue lists: possibly outdated, overdue, outdated with no successor."""
    if flag.kind is FlagKind.OUTDATED:
        return flag.item.superseded_by is None
    return flag.kind in (FlagKind.POSSIBLY_OUTDATED, FlagKind.REVIEW_OVERDUE)
