"""The decision bank and its finder: the rows of decisions, each decision's entry for the finder
(the pages per tag, legal provision and outcome are in ``provisionviews``)."""

from __future__ import annotations

import weakref
from collections import Counter, defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date

from praksisbank.core.base import urls
from praksisbank.core.base.countries import norwegian_name
from praksisbank.core.base.letters import nb_key
from praksisbank.core.base.model import Decision, Labelled, Outcome, Status
from praksisbank.core.base.provisions import Provision, provision, provisions_of
from praksisbank.core.content.kinds import Kind, address
from praksisbank.core.practice.site import Site
from praksisbank.core.views.common import Badge, Link, PageView, status_badge

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


@dataclass(frozen=True, kw_only=True, slots=True)
class DecisionBankView(PageView):
    """``decision_bank.md``: the decision bank with its finder."""

    outcomes: list[Link]
    """The page of each outcome, in the order of ``Outcome``."""
    rows: list[CountryCount]
    """Each country's decisions counted by outcome."""
    finder: Finder
    """The decision finder: every listed decision and the choices to filter by."""
    provisions_uri: str
    """The index «Rettsgrunnlag»."""
    nojs: PrebuiltLists
    """The pre-built pages a reader without JavaScript filters by instead."""


def decision_bank(site: Site, kind: Kind) -> DecisionBankView:
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
    return DecisionBankView(
        outcomes=[Link(title=o.short, uri=urls.outcome(o.short)) for o in Outcome],
        rows=rows,
        finder=finder(site),
        provisions_uri=urls.PROVISIONS,
        nojs=PrebuiltLists(
            countries=[
                Link(title=r.name, uri=r.uri, anchor="kategorier-og-eksempelvedtak")
                for r in sorted(rows, key=lambda r: nb_key(r.name))
                if r.total
            ],
            outcomes=[Link(title=o.short, uri=urls.outcome(o.short)) for o in Outcome],
        ),
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class PrebuiltLists:
    """What a reader without JavaScript filters by instead: the pages the build writes per
    country and per outcome (and the provisions' index)."""

    countries: list[Link]
    outcomes: list[Link]


# -- the decision finder ------------------------------------------------------------------------


class FinderStatus(Labelled):
    """The status facet: what a reader may rely on, as the listings' badges show it."""

    CURRENT = "gjeldende", "Gjeldende"
    POSSIBLY = "kan-vaere-utdatert", "Kan være utdatert"
    OUTDATED = "utdatert", "Utdatert"


DEFAULT_STATUSES = (FinderStatus.CURRENT, FinderStatus.POSSIBLY)
"""What the finder shows until the reader asks for more: decisions whose status is current."""


def finder_status(site: Site, d: Decision) -> FinderStatus:
    if d.status is not Status.CURRENT:
        return FinderStatus.OUTDATED
    return FinderStatus.POSSIBLY if site.possibly_outdated(d) else FinderStatus.CURRENT


def outcome_key(outcome: Outcome) -> str:
    """The outcome in addresses and the finder's query string: ``avslag``, ``humanitaert``."""
    return urls.slug(outcome.short)


def category_key(country: str, code: str) -> str:
    """Category codes are unique per country only: ``afg.enslig-kvinne``."""
    return f"{country.lower()}.{code}"


@dataclass(frozen=True, kw_only=True, slots=True)
class DecisionEntry:
    """One published decision as the finder and the pages per provision and outcome list it."""

    id: str
    title: str
    uri: str
    badge: Badge | None
    description: str
    decided: date
    country: str
    country_key: str
    category: str
    category_key: str
    outcome: str
    outcome_key: str
    outcome_uri: str
    citations: tuple[str, ...]
    """The decision's ``legal_basis`` as written."""
    provisions: tuple[Link, ...]
    provision_keys: str
    """The keys of the provisions cited, separated by spaces (``utl-28 utl-32``)."""
    status: FinderStatus
    tags: tuple[str, ...] = ()


def _category_names(site: Site) -> dict[tuple[str, str], str]:
    names = {}
    for code in site.content.countries():
        note = site.content.current_note(code)
        for c in note.categories if note else ():
            names[code, c.code] = c.name
    return names


_ENTRIES: weakref.WeakKeyDictionary[Site, tuple[DecisionEntry, ...]] = weakref.WeakKeyDictionary()
"""Each site's entries, made once: the finder, the provisions, outcomes and tags all read them."""


def decision_entries(
    site: Site, kept: dict[int, tuple[object, Hashable, object]] | None = None
) -> list[DecisionEntry]:
    """Every published decision (withdrawn never), in the order of the listings. ``kept``: a
    live preview's entries of the last rebuild (``RenderCache.values``), each used again when
    its decision and what else it shows (its category's name, badge and status) are the same;
    made once per site, the first call's ``kept`` is the one used."""
    entries = _ENTRIES.get(site)
    if entries is None:
        entries = _ENTRIES[site] = tuple(_decision_entries(site, kept))
    return list(entries)


def _decision_entries(
    site: Site, kept: dict[int, tuple[object, Hashable, object]] | None
) -> list[DecisionEntry]:
    names = _category_names(site)
    entries = []
    now: dict[int, tuple[object, Hashable, object]] = {}
    for d in site.listed(list(site.content.decisions)):
        category = names.get((d.country, d.category), d.category)
        badge, status = status_badge(site, d), finder_status(site, d)
        also = (category, badge, status)
        last = kept.get(id(d)) if kept is not None else None
        if last is not None and (last[0] is d or last[0] == d) and last[1] == also:
            entry = last[2]
            assert isinstance(entry, DecisionEntry)
            entries.append(entry)
            now[id(d)] = (d, also, entry)
            continue
        cited = provisions_of(d.legal_basis)
        entry = DecisionEntry(
            id=d.id,
            title=d.title,
            uri=address(d),
            badge=badge,
            description=d.description or "",
            decided=d.decided,
            country=norwegian_name(d.country),
            country_key=d.country.lower(),
            category=category,
            category_key=category_key(d.country, d.category),
            outcome=d.outcome.short,
            outcome_key=outcome_key(d.outcome),
            outcome_uri=urls.outcome(d.outcome.short),
            citations=d.legal_basis,
            provisions=tuple(Link(title=p.label, uri=urls.provision(p.key)) for p in cited),
            provision_keys=" ".join(p.key for p in cited),
            status=status,
            tags=d.tags,
        )
        entries.append(entry)
        now[id(d)] = (d, also, entry)
    if kept is not None:  # the entries of this rebuild only: the others' decisions let go
        kept.clear()
        kept.update(now)
    return entries


@dataclass(frozen=True, kw_only=True, slots=True)
class FacetOption:
    value: str
    """As the rows' data attributes and the query string write it."""
    label: str
    count: int
    """Published decisions with this value (the reader's browser counts again as filters change)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class FacetGroup:
    """The categories of one country."""

    value: str
    label: str
    options: list[FacetOption]


@dataclass(frozen=True, kw_only=True, slots=True)
class Finder:
    entries: list[DecisionEntry]
    countries: list[FacetOption]
    categories: list[FacetGroup]
    outcomes: list[FacetOption]
    provisions: list[FacetOption]
    years: list[int]
    """Newest first."""
    statuses: list[FacetOption]
    default_statuses: str
    """The statuses shown when the address names none, separated by spaces."""
    withdrawn: int = 0
    """Withdrawn decisions: in no listing and no count, which the finder says."""


def finder(site: Site) -> Finder:
    entries = decision_entries(site)
    count = Counter[str]()
    for e in entries:
        count.update([e.country_key, e.category_key, e.outcome_key, f"status:{e.status}"])
        count.update(f"§:{key}" for key in e.provision_keys.split())
    countries = sorted({(e.country, e.country_key) for e in entries}, key=lambda c: nb_key(c[0]))
    categories = []
    for name, key in countries:
        options = {(e.category, e.category_key) for e in entries if e.country_key == key}
        categories.append(
            FacetGroup(
                value=key,
                label=name,
                options=[
                    FacetOption(value=v, label=label, count=count[v])
                    for label, v in sorted(options, key=lambda o: (nb_key(o[0]), o[1]))
                ],
            )
        )
    return Finder(
        entries=entries,
        countries=[FacetOption(value=k, label=n, count=count[k]) for n, k in countries],
        categories=categories,
        outcomes=[
            FacetOption(value=outcome_key(o), label=o.label, count=count[outcome_key(o)])
            for o in Outcome
        ],
        provisions=[
            FacetOption(value=p.key, label=p.label, count=len(p.entries))
            for p in provision_groups(entries)
        ],
        years=sorted({e.decided.year for e in entries}, reverse=True),
        statuses=[
            FacetOption(value=s.value, label=s.label, count=count[f"status:{s}"])
            for s in FinderStatus
        ],
        default_statuses=" ".join(DEFAULT_STATUSES),
        withdrawn=sum(d.status is Status.WITHDRAWN for d in site.content.decisions),
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class ProvisionGroup:
    key: str
    label: str
    uri: str
    is_section: bool
    cited_as: list[str]
    """How the decisions write it, most used first (``utl. § 28 første ledd bokstav a``)."""
    entries: list[DecisionEntry]
    cited: dict[str, str]
    """Per decision id, its citations of this provision (``utl. § 28; utl. § 28 femte ledd``)."""


def provision_groups(entries: list[DecisionEntry]) -> list[ProvisionGroup]:
    """Every provision the published decisions cite, sections first (by law and number)."""
    found: dict[str, list[Provision]] = defaultdict(list)
    cited: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    members: dict[str, list[DecisionEntry]] = defaultdict(list)
    for e in entries:
        for text in e.citations:
            p = provision(text)
            found[p.key].append(p)
            if not cited[p.key][e.id]:
                members[p.key].append(e)
            cited[p.key][e.id].append(" ".join(text.split()))
    groups = []
    for key, ps in found.items():
        # A group's name: its section's (utl. § 28), else the spelling most decisions use.
        label = Counter(p.label for p in ps if p.is_section) or Counter(p.label for p in ps)
        name = min(label, key=lambda t: (-label[t], t))
        forms = Counter(t for texts in cited[key].values() for t in texts)
        groups.append(
            ProvisionGroup(
                key=key,
                label=name,
                uri=urls.provision(key),
                is_section=any(p.is_section for p in ps),
                cited_as=sorted(forms, key=lambda t: (-forms[t], nb_key(t))),
                entries=members[key],
                cited={i: "; ".join(texts) for i, texts in cited[key].items()},
            )
        )
    return sorted(groups, key=lambda g: min(p.order for p in found[g.key]))
