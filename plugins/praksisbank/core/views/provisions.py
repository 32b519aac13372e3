"""The pages that group the decision bank's decisions: by tag, by legal provision and by
outcome."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from urllib.parse import urlencode

from praksisbank.core.base import urls
from praksisbank.core.base.letters import nb_key
from praksisbank.core.base.model import Outcome
from praksisbank.core.content import kinds
from praksisbank.core.practice.site import Site
from praksisbank.core.views.common import Link, PageView
from praksisbank.core.views.decisions import (
    DecisionEntry,
    FinderStatus,
    ProvisionGroup,
    decision_entries,
    outcome_key,
    provision_groups,
)

# -- the pages per tag ------------------------------------------------------------------------

TAGS = "vedtaksbank/stikkord/index.md"


def tag_uri(tag: str) -> str:
    """The page of one tag: ``vedtaksbank/stikkord/kjonn/``. Tags that differ only in case or
    in æ, ø, å share a page."""
    return f"vedtaksbank/stikkord/{urls.slug(tag) or 'uten-navn'}/index.md"


@dataclass(frozen=True, kw_only=True, slots=True)
class TagGroup:
    name: str
    """The spelling most decisions use."""
    uri: str
    entries: list[DecisionEntry]


def tag_groups(entries: list[DecisionEntry]) -> list[TagGroup]:
    """Every tag of the published decisions, by name (Norwegian order)."""
    members: dict[str, list[DecisionEntry]] = defaultdict(list)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for e in entries:
        for tag in dict.fromkeys(e.tags):
            members[tag_uri(tag)].append(e)
            spellings[tag_uri(tag)][tag] += 1
    groups = [
        TagGroup(
            name=min(spellings[uri], key=lambda t: (-spellings[uri][t], t)),
            uri=uri,
            entries=found,
        )
        for uri, found in members.items()
    ]
    return sorted(groups, key=lambda g: (nb_key(g.name), g.uri))


@dataclass(frozen=True, kw_only=True, slots=True)
class TagView(PageView):
    """``tag.md``: the decisions that carry one tag."""

    group: TagGroup
    """The tag, its address and its decisions."""
    rows: list[DecisionEntry]
    """The tag's decisions."""
    current: int
    """How many of them are not outdated."""
    index: str
    """The page of every tag."""
    decisions: str
    """The decision bank."""
    trail: list[Link]
    """«Du er her»: the pages above this one."""


def tag_page(site: Site, group: TagGroup) -> TagView:
    return TagView(
        group=group,
        rows=group.entries,
        current=sum(e.status is not FinderStatus.OUTDATED for e in group.entries),
        index=TAGS,
        decisions=kinds.DECISION.index,
        trail=[
            Link(title=kinds.DECISION.nav_title, uri=kinds.DECISION.index),
            Link(title="Stikkord", uri=TAGS),
        ],
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class TagsView(PageView):
    """``tags.md``: every tag with its decisions."""

    groups: list[TagGroup]
    """Each tag, sorted by name."""
    decisions: str
    """The decision bank."""
    trail: list[Link]
    """«Du er her»: the pages above this one."""


def tags_index(site: Site, groups: list[TagGroup]) -> TagsView:
    return TagsView(
        groups=groups,
        decisions=kinds.DECISION.index,
        trail=[Link(title=kinds.DECISION.nav_title, uri=kinds.DECISION.index)],
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class OutcomeCount:
    title: str
    count: int
    query: str
    """The finder's address for this provision and outcome (``rettsgrunnlag=…&utfall=…``)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class ProvisionRow:
    title: str
    uri: str
    cited_as: str
    total: int
    current: int
    outcomes: list[OutcomeCount]
    """The outcomes its decisions have, in the order of ``Outcome``; none with no decision."""


@dataclass(frozen=True, kw_only=True, slots=True)
class ProvisionsView(PageView):
    """``provisions.md``: every legal provision cited, with its decisions by outcome."""

    rows: list[ProvisionRow]
    """One row per provision."""
    decisions: str
    """The decision bank."""


def provisions(site: Site) -> ProvisionsView:
    """The index «Rettsgrunnlag»: every provision cited, with its decisions by outcome."""
    rows = []
    for g in provision_groups(decision_entries(site)):
        counts = Counter(e.outcome_key for e in g.entries)
        rows.append(
            ProvisionRow(
                title=g.label,
                uri=g.uri,
                cited_as="; ".join(g.cited_as),
                total=len(g.entries),
                current=sum(e.status is not FinderStatus.OUTDATED for e in g.entries),
                outcomes=[
                    OutcomeCount(
                        title=o.short,
                        count=counts[outcome_key(o)],
                        query=urlencode({"rettsgrunnlag": g.key, "utfall": outcome_key(o)}),
                    )
                    for o in Outcome
                    if counts[outcome_key(o)]
                ],
            )
        )
    return ProvisionsView(
        rows=rows,
        decisions=kinds.DECISION.index,
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class ProvisionView(PageView):
    """``provision.md``: the decisions that cite one legal provision."""

    group: ProvisionGroup
    """The provision, its address and its decisions."""
    rows: list[DecisionEntry]
    """The provision's decisions."""
    cited: dict[str, str]
    """Per decision id, its citations of the provision."""
    current: int
    """How many of them are not outdated."""
    index: str
    """The index «Rettsgrunnlag»."""
    decisions: str
    """The decision bank."""
    query: str
    """The finder's query for the provision (``rettsgrunnlag=utl-28``)."""


def provision_page(site: Site, group: ProvisionGroup) -> ProvisionView:
    return ProvisionView(
        group=group,
        rows=group.entries,
        cited=group.cited,
        current=sum(e.status is not FinderStatus.OUTDATED for e in group.entries),
        index=urls.PROVISIONS,
        decisions=kinds.DECISION.index,
        query=urlencode({"rettsgrunnlag": group.key}),
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class OutcomeView(PageView):
    """``outcome.md``: the decisions with one outcome."""

    outcome: Outcome
    """The outcome (``label``, ``short``)."""
    rows: list[DecisionEntry]
    """Its decisions."""
    current: int
    """How many of them are not outdated."""
    others: list[Link]
    """The pages of the other outcomes."""
    index: str
    """The index «Rettsgrunnlag»."""
    decisions: str
    """The decision bank."""
    query: str
    """The finder's query for the outcome (``utfall=avslag``)."""


def outcome_page(site: Site, outcome: Outcome, entries: list[DecisionEntry]) -> OutcomeView:
    rows = [e for e in entries if e.outcome_key == outcome_key(outcome)]
    return OutcomeView(
        outcome=outcome,
        rows=rows,
        current=sum(e.status is not FinderStatus.OUTDATED for e in rows),
        others=[
            Link(title=o.short, uri=urls.outcome(o.short)) for o in Outcome if o is not outcome
        ],
        index=urls.PROVISIONS,
        decisions=kinds.DECISION.index,
        query=urlencode({"utfall": outcome_key(outcome)}),
    )
