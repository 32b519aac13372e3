"""Checklist items that content can verify: one registry from check name to label and state.

A role's responsibility may name a ``check``; the contract takes its allowed values from
``model.Checked`` (the names and labels), and the page shows the state that the check's function
here computes. Adding a check is one name there and one entry here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from praksisbank.core.base import urls
from praksisbank.core.base.countries import norwegian_name
from praksisbank.core.base.model import Checked, Requirement
from praksisbank.core.practice.flags import Flag, FlagKind
from praksisbank.core.practice.readiness import Readiness


@dataclass(frozen=True, kw_only=True, slots=True)
class Detail:
    reason: str
    uri: str
    """The page where it must be mended."""


@dataclass(frozen=True, kw_only=True, slots=True)
class LiveState:
    ok: bool
    summary: str
    """E.g. '5 av 6 beredskapsland i orden'."""
    details: tuple[Detail, ...] = ()
    """What is not in order, each with where to mend it."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Facts:
    """What a check looks at, computed once per build."""

    readiness: tuple[Readiness, ...]
    flags: tuple[Flag, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class Check:
    name: Checked
    state: Callable[[Facts], LiveState]


def _decisions_reviewed(facts: Facts) -> LiveState:
    waiting = [f for f in facts.flags if f.kind is FlagKind.POSSIBLY_OUTDATED]
    bare = [f for f in facts.flags if f.kind is FlagKind.OUTDATED and not f.item.superseded_by]
    details = []
    if waiting:
        details.append(
            Detail(
                reason=f"{len(waiting)} vedtak kan være utdatert etter endret "
                "praksis og venter på vurdering.",
                uri=urls.REVIEW,
            )
        )
    if bare:
        details.append(
            Detail(
                reason=f"{len(bare)} utdaterte vedtak har ikke noe nyere vedtak som erstatter dem.",
                uri=urls.REVIEW,
            )
        )
    summary = f"{len(waiting)} vedtak venter på vurdering" if details else "Alle vedtak er vurdert"
    return LiveState(ok=not details, summary=summary, details=tuple(details))


def _readiness(facts: Facts) -> LiveState:
    total = len(facts.readiness)
    failing = [r for r in facts.readiness if not r.ready]
    return LiveState(
        ok=not failing,
        summary=f"{total - len(failing)} av {total} beredskapsland er klare",
        details=tuple(
            Detail(
                reason=f"{norwegian_name(r.country)}: " + " ".join(m.reason for m in r.missing),
                uri=urls.READINESS,
            )
            for r in failing
        ),
    )


def _requirement(requirement: Requirement) -> Callable[[Facts], LiveState]:
    """A check that one readiness requirement holds in every readiness country."""

    def state(facts: Facts) -> LiveState:
        total = len(facts.readiness)
        failing = [
            (r, m) for r in facts.readiness for m in r.missing if m.requirement is requirement
        ]
        return LiveState(
            ok=not failing,
            summary=f"{total - len(failing)} av {total} beredskapsland i orden",
            details=tuple(
                Detail(reason=f"{norwegian_name(r.country)}: {m.reason}", uri=m.uri)
                for r, m in failing
            ),
        )

    return state


CHECKS: Mapping[str, Check] = {
    check.name: check
    for check in (
        Check(name=Checked.READINESS, state=_readiness),
        Check(
            name=Checked.PRACTICE_NOTES_CURRENT,
            state=_requirement(Requirement.PRACTICE_NOTE),
        ),
        Check(
            name=Checked.INTERVIEW_GUIDES_QA,
            state=_requirement(Requirement.INTERVIEW_GUIDE),
        ),
        Check(
            name=Checked.STANDARD_TEXTS,
            state=_requirement(Requirement.STANDARD_TEXTS),
        ),
        Check(
            name=Checked.CATEGORIES_DEFINED,
            state=_requirement(Requirement.CATEGORIES),
        ),
        Check(
            name=Checked.CONTACTS_TWO_PER_UNIT,
            state=_requirement(Requirement.CONTACTS),
        ),
        Check(
            name=Checked.DECISIONS_REVIEWED,
            state=_decisions_reviewed,
        ),
    )
}
