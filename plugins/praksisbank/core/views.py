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
from urllib.parse import urlencode

from markupsafe import Markup

from . import charts, kinds, looks, urls
from .countries import norwegian_name
from .dates import norwegian_date
from .flags import FlagKind, practice_changes
from .kinds import Kind, address, kind_of
from .letters import nb_key
from .looks import Look
from .model import (
    Clarification,
    Complexity,
    Contact,
    Decision,
    Document,
    InterviewGuide,
    Labelled,
    Outcome,
    PracticeNote,
    Responsibility,
    Reviewable,
    Role,
    Status,
)
from .provisions import Provision, provision, provisions_of
from .readiness import LARGEST
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


def look_badge(look: Look) -> Badge:
    return Badge(css=look.key, text=look.word)


def status_badge(site: Site, item: Document) -> Badge | None:
    """A listing's badge: none for a current document (the listings would be all badges)."""
    look = looks.look_of(site, item)
    if look is looks.OVERDUE or look is looks.CURRENT:
        return None
    return look_badge(look)


def overdue_badge(site: Site, item: Reviewable) -> Badge | None:
    """Shown at build time when overdue; else hidden until the reader's browser finds it due."""
    if item.status is not Status.CURRENT:
        return None
    return Badge(
        css=looks.OVERDUE.key,
        text=looks.OVERDUE.word,
        review_due=item.review_due,
        hidden=not site.overdue(item),
    )


def status_text(site: Site, item: Document) -> str:
    return looks.look_of(site, item).word if site.possibly_outdated(item) else item.status.label


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
    return {
        "outcomes": [Link(title=o.short, uri=urls.outcome(o.short)) for o in Outcome],
        "rows": rows,
        "finder": finder(site),
        "provisions_uri": urls.PROVISIONS,
        "nojs": PrebuiltLists(
            countries=[
                Link(title=r.name, uri=r.uri, anchor="kategorier-og-eksempelvedtak")
                for r in sorted(rows, key=lambda r: nb_key(r.name))
                if r.total
            ],
            outcomes=[Link(title=o.short, uri=urls.outcome(o.short)) for o in Outcome],
        ),
    }


@dataclass(frozen=True, kw_only=True, slots=True)
class PrebuiltLists:
    """What a reader without JavaScript filters by instead: the pages the build writes per
    country and per outcome (and the provisions' index)."""

    countries: list[Link]
    outcomes: list[Link]


# -- the decision finder, the pages per legal provision and per outcome ------------------------


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


def decision_entries(site: Site) -> list[DecisionEntry]:
    """Every published decision (withdrawn never), in the order of the listings."""
    names = _category_names(site)
    entries = []
    for d in site.listed(list(site.content.decisions)):
        cited = provisions_of(d.legal_basis)
        entries.append(
            DecisionEntry(
                id=d.id,
                title=d.title,
                uri=address(d),
                badge=status_badge(site, d),
                description=d.description or "",
                decided=d.decided,
                country=norwegian_name(d.country),
                country_key=d.country.lower(),
                category=names.get((d.country, d.category), d.category),
                category_key=category_key(d.country, d.category),
                outcome=d.outcome.short,
                outcome_key=outcome_key(d.outcome),
                outcome_uri=urls.outcome(d.outcome.short),
                citations=d.legal_basis,
                provisions=tuple(Link(title=p.label, uri=urls.provision(p.key)) for p in cited),
                provision_keys=" ".join(p.key for p in cited),
                status=finder_status(site, d),
                tags=d.tags,
            )
        )
    return entries


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


def tag_page(site: Site, group: TagGroup) -> dict[str, object]:
    return {
        "group": group,
        "rows": group.entries,
        "current": sum(e.status is not FinderStatus.OUTDATED for e in group.entries),
        "index": TAGS,
        "decisions": kinds.DECISION.index,
        "trail": [
            Link(title=kinds.DECISION.nav_title, uri=kinds.DECISION.index),
            Link(title="Stikkord", uri=TAGS),
        ],
    }


def tags_index(site: Site, groups: list[TagGroup]) -> dict[str, object]:
    return {
        "groups": groups,
        "decisions": kinds.DECISION.index,
        "trail": [Link(title=kinds.DECISION.nav_title, uri=kinds.DECISION.index)],
    }


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


def provisions(site: Site) -> dict[str, object]:
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
    return {"rows": rows, "decisions": kinds.DECISION.index}


def provision_page(site: Site, group: ProvisionGroup) -> dict[str, object]:
    return {
        "group": group,
        "rows": group.entries,
        "cited": group.cited,
        "current": sum(e.status is not FinderStatus.OUTDATED for e in group.entries),
        "index": urls.PROVISIONS,
        "decisions": kinds.DECISION.index,
        "query": urlencode({"rettsgrunnlag": group.key}),
    }


def outcome_page(site: Site, outcome: Outcome, entries: list[DecisionEntry]) -> dict[str, object]:
    rows = [e for e in entries if e.outcome_key == outcome_key(outcome)]
    return {
        "outcome": outcome,
        "rows": rows,
        "current": sum(e.status is not FinderStatus.OUTDATED for e in rows),
        "others": [
            Link(title=o.short, uri=urls.outcome(o.short)) for o in Outcome if o is not outcome
        ],
        "index": urls.PROVISIONS,
        "decisions": kinds.DECISION.index,
        "query": urlencode({"utfall": outcome_key(outcome)}),
    }


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
    chart = arrivals_chart(site)
    return {
        "rows": rows,
        "ready": sum(r.ready for r in rows),
        "total": len(rows),
        "arrivals": chart,
        "arrivals_svg": Markup(charts.bars_svg(chart)),
    }


def arrivals_chart(site: Site) -> charts.BarChart:
    """Every country in ``arrivals.yml``, largest first: the ranking that decides the readiness
    countries (the five largest, and every expected rise), which carry their rank."""
    ranks = {r.country: r.rank for r in site.readiness}
    arrivals = sorted(site.content.arrivals, key=lambda a: (-a.arrivals, a.country))
    return charts.BarChart(
        chart_id="pb-ankomster",
        title="Ankomster siste 12 måneder per land",
        bars=tuple(
            charts.Bar(
                label=norwegian_name(a.country),
                value=a.arrivals,
                rank=ranks.get(a.country),
                note="ventet økning" if a.expected_increase else "",
            )
            for a in arrivals
        ),
        cut=min(LARGEST, len(arrivals)),
        cut_label=f"De {LARGEST} største over linjen",
    )


def _mark(site: Site, d: Decision) -> charts.Mark:
    if d.status is not Status.CURRENT:
        return charts.Mark.OUTDATED
    return charts.Mark.POSSIBLY if site.possibly_outdated(d) else charts.Mark.CURRENT


def country_timeline(site: Site, code: str) -> charts.Timeline:
    """A country's practice changes (its note's and its clarifications'), its clarifications and
    its published decisions on one time axis, up to the build date."""
    events = [
        charts.Event(
            day=p.change.date,
            kind=charts.EventKind.PRACTICE_CHANGE,
            label=p.change.summary,
            uri=address(p.source),
        )
        for p in practice_changes(site.content).get(code, [])
    ]
    events += [
        charts.Event(day=c.date, kind=charts.EventKind.CLARIFICATION, label=c.title, uri=address(c))
        for c in site.of_country("clarification", code)
        if isinstance(c, Clarification) and c.status is not Status.WITHDRAWN
    ]
    events += [
        charts.Event(
            day=d.decided,
            kind=charts.EventKind.DECISION,
            label=d.title,
            mark=_mark(site, d),
            uri=address(d),
        )
        for d in site.listed(site.decisions_of(code))
    ]
    return charts.Timeline(
        chart_id=f"pb-tidslinje-{code.lower()}",
        title=f"Praksis over tid for {norwegian_name(code)}",
        events=tuple(events),
        end=site.today,
    )


def _guide_title(g: InterviewGuide) -> str:
    """A guide's title with its audience when the title does not already say it: «Intervjuguide
    for barn, Afghanistan» stays as written; «Intervjuguide Afghanistan» says «for voksne»."""
    word = g.audience.label.lower()
    if word in g.title.lower():
        return g.title
    return f"{g.title}, for {word}"


COMPLEXITY = {
    Complexity.SIMPLE: "Saker i kategorien regnes som enkle.",
    Complexity.MEDIUM: "Saker i kategorien regnes som middels kompliserte.",
    Complexity.COMPLEX: "Saker i kategorien regnes som komplekse.",
}
"""The category's complexity as a sentence a reader understands (not the contract's word)."""


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
            complexity=COMPLEXITY[c.complexity],
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
    timeline = country_timeline(site, code)
    return {
        "timeline": timeline,
        "timeline_svg": Markup(charts.timeline_svg(timeline)),
        "code": code,
        "name": norwegian_name(code),
        "feed": Link(title=f"Siste endringer for {norwegian_name(code)}", uri=feed_uri(code)),
        "changes_page": changes_uri(country=code),
        "note": note,
        "note_uri": address(note) if note else "",
        "guides": [Link(title=_guide_title(g), uri=address(g)) for g in guide_items],
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
    country_code: str
    kind: str
    """The kind of document as readers name it: «Vedtak», «Praksisnotat»."""
    kind_key: str
    practice: bool
    summary: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ChangeFilter:
    """One choice above the change list: a pre-built page (no JavaScript needed)."""

    title: str
    uri: str
    current: bool


CHANGE_KINDS = (kinds.DECISION, kinds.PRACTICE_NOTE, kinds.CLARIFICATION, kinds.INTERVIEW_GUIDE)
"""The kinds of document the change list and the feeds can be narrowed to, in this order."""


def kind_key(kind: Kind) -> str:
    """The kind in addresses: ``vedtak``, ``praksisnotat``."""
    return urls.slug(kind.words.singular)


def _change(doc: Document, when: date, summary: str, practice: bool = False) -> ChangeRow:
    kind = kind_of(doc)
    return ChangeRow(
        date=when,
        title=doc.title,
        uri=address(doc),
        country=norwegian_name(doc.country),
        country_code=doc.country,
        kind=kind.words.singular.capitalize(),
        kind_key=kind_key(kind),
        practice=practice,
        summary=summary,
    )


def change_rows(site: Site) -> list[ChangeRow]:
    """Every change of every document, newest first: new decisions (on their ``decided`` day),
    the change logs of notes, guides and clarifications, and what was marked outdated or
    withdrawn. A withdrawn decision is never listed as new."""
    rows = []
    for doc in site.content.documents():
        if isinstance(doc, Decision) and doc.status is not Status.WITHDRAWN:
            rows.append(_change(doc, doc.decided, f"Nytt vedtak: {doc.outcome.short.lower()}."))
        summary = "Ny praksisavklaring." if isinstance(doc, Clarification) else ""
        rows += [
            _change(doc, c.date, summary or c.summary, c.practice_change) for c in doc.change_log()
        ]
        if doc.status is not Status.CURRENT and doc.status_date:
            word = "Merket som utdatert" if doc.status is Status.OUTDATED else "Fjernet"
            rows.append(
                _change(doc, doc.status_date, _status_summary(word, doc.status_reason or ""))
            )
    rows.sort(key=lambda r: (-r.date.toordinal(), r.uri, r.summary))
    return rows


def changes_uri(*, country: str | None = None, kind: str | None = None) -> str:
    """The change list, whole or for one country (``endringer/land/afg/``) or one kind
    (``endringer/vedtak/``)."""
    if country:
        return f"endringer/land/{country.lower()}/index.md"
    if kind:
        return f"endringer/{kind}/index.md"
    return urls.CHANGES


def feed_uri(country: str | None = None) -> str:
    """The Atom feed of every change, or of one country's (written by the build, ``feeds.py``)."""
    return f"land/{country.lower()}/atom.xml" if country else "endringer/atom.xml"


def change_filters(site: Site) -> tuple[list[str], list[str]]:
    """Every country (codes, each has a page) and the kinds (keys) that have a change: one
    pre-built change list each."""
    countries = sorted(site.content.countries(), key=lambda c: nb_key(norwegian_name(c)))
    present = {r.kind_key for r in change_rows(site)}
    return countries, [kind_key(k) for k in CHANGE_KINDS if kind_key(k) in present]


def changes(
    site: Site, *, country: str | None = None, kind: str | None = None
) -> dict[str, object]:
    """The change list, all of it or narrowed to one country or one kind of document."""
    rows = change_rows(site)
    countries, kind_keys = change_filters(site)
    names = {kind_key(k): k.words.singular.capitalize() for k in CHANGE_KINDS}
    plural = {kind_key(k): k.words.plural for k in CHANGE_KINDS}
    shown = [
        r
        for r in rows
        if (not country or r.country_code == country) and (not kind or r.kind_key == kind)
    ]
    heading = "Siste endringer"
    if country:
        heading = f"Siste endringer for {norwegian_name(country)}"
    elif kind:
        heading = f"Siste endringer: {plural[kind].lower()}"
    return {
        "heading": heading,
        "narrowed": bool(country or kind),
        "rows": shown,
        "all": Link(title="Alle", uri=urls.CHANGES),
        "countries": [
            ChangeFilter(title=norwegian_name(c), uri=changes_uri(country=c), current=c == country)
            for c in countries
        ],
        "kinds": [
            ChangeFilter(title=names[k], uri=changes_uri(kind=k), current=k == kind)
            for k in kind_keys
        ],
        "feed": Link(
            title=f"Abonner på endringene for {norwegian_name(country)} (Atom)"
            if country
            else "Abonner på alle endringer (Atom)",
            uri=feed_uri(country),
        ),
        "site_feed": Link(title="Abonner på alle endringer (Atom)", uri=feed_uri()),
        "country_feeds": [Link(title=norwegian_name(c), uri=feed_uri(c)) for c in countries],
    }


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
