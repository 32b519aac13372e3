"""The front page, the countries, readiness and each country's page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from praksisbank.core.base import urls
from praksisbank.core.base.countries import norwegian_name
from praksisbank.core.base.model import (
    Clarification,
    Complexity,
    Contact,
    Decision,
    Document,
    InterviewGuide,
    PracticeNote,
    Status,
)
from praksisbank.core.content.kinds import Kind, address
from praksisbank.core.practice.flags import practice_changes
from praksisbank.core.practice.readiness import LARGEST
from praksisbank.core.practice.site import Site
from praksisbank.core.views import charts
from praksisbank.core.views.changes import changes_uri, feed_uri
from praksisbank.core.views.common import Link, PageView, SubHeading
from praksisbank.core.views.decisions import DecisionRow, decision_rows
from praksisbank.core.views.documents import DocumentRow, ListRow, clarification_row, list_row
from praksisbank.core.views.matrix import Checklist, checklist

# -- the front page and the countries -----------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class Card:
    title: str
    uri: str
    text: str


@dataclass(frozen=True, kw_only=True, slots=True)
class HomeView(PageView):
    """``home.md``: the front page."""

    cards: list[Card]
    """One card per section, with its count."""
    countries: list[Link]
    """The page of each country with content."""
    demo: bool
    """The content is fictional demo content (the plugin's ``demo`` option)."""


def home(site: Site) -> HomeView:
    content = site.content

    def published(kind: Kind) -> int:
        items = content.items.get(kind.item_type, ())
        return sum(not isinstance(i, Document) or i.status is not Status.WITHDRAWN for i in items)

    ready = sum(r.ready for r in site.readiness)
    cards = [
        Card(title=k.nav_title, uri=k.index, text=k.card.format(n=published(k)))
        for k in site.kinds
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
    return HomeView(
        cards=cards,
        countries=countries,
        demo=site.options.demo,
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class CountryRow:
    name: str
    uri: str
    code: str
    note: Link | None
    guides: int
    decisions: int


@dataclass(frozen=True, kw_only=True, slots=True)
class CountriesView(PageView):
    """``countries.md``: every country with content."""

    rows: list[CountryRow]
    """One row per country, by code."""


def countries(site: Site) -> CountriesView:
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
                    g.status is Status.CURRENT for g in site.of_country(InterviewGuide, code)
                ),
                decisions=len(site.listed(site.decisions_of(code))),
            )
        )
    return CountriesView(
        rows=rows,
    )


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


@dataclass(frozen=True, kw_only=True, slots=True)
class ReadinessPage(PageView):
    """``readiness.md``: is each of the largest arrival countries ready."""

    rows: list[ReadinessView]
    """One row per readiness country, by rank."""
    ready: int
    """How many are ready."""
    total: int
    """How many readiness countries there are."""
    arrivals: charts.BarChart
    """The arrivals of the last 12 months, as data (the table under the chart)."""
    arrivals_svg: Markup
    """The same chart drawn."""


def readiness(site: Site) -> ReadinessPage:
    rows = readiness_rows(site)
    chart = arrivals_chart(site)
    return ReadinessPage(
        rows=rows,
        ready=sum(r.ready for r in rows),
        total=len(rows),
        arrivals=chart,
        arrivals_svg=Markup(charts.bars_svg(chart)),
    )


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
        for c in site.of_country(Clarification, code)
        if c.status is not Status.WITHDRAWN
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


def bundle_link(site: Site, country: str) -> Link | None:
    """The country's bundle (landpakke), when this build makes PDFs."""
    if not site.options.pdf:
        return None
    return Link(title="Last ned landpakken (PDF)", uri=urls.bundle_pdf(country))


@dataclass(frozen=True, kw_only=True, slots=True)
class KindSection:
    """A kind's section on a country's page."""

    title: str
    """Its heading («Praksisavklaringer»)."""
    template: str
    """The template of what stands under the heading (``CountrySection.template``)."""
    rows: list[DocumentRow] | list[ListRow]
    """The country's items of the kind that are not withdrawn: ``DocumentRow`` for the
    practice clarifications (newest first), else ``ListRow`` (by file)."""


def _clarification_rows(site: Site, items: list[Document]) -> list[DocumentRow]:
    clarifications = [c for c in items if isinstance(c, Clarification)]
    clarifications.sort(key=lambda c: (-c.date.toordinal(), c.id))
    return [clarification_row(site, c) for c in clarifications]


SECTION_ROWS: Mapping[type[Document], Callable[[Site, list[Document]], list[DocumentRow]]] = {
    Clarification: _clarification_rows,
}
"""A kind whose section on a country's page shows more than every kind's (``ListRow``): its
rows, by its model class."""


def kind_sections(site: Site, code: str) -> list[KindSection]:
    """The sections the kinds fill on a country's page (those with items there)."""
    sections = []
    for kind in site.kinds:
        section = kind.country_section
        if section is None or not issubclass(kind.item_type, Document):
            continue
        items = [
            i for i in site.of_country(kind.item_type, code) if i.status is not Status.WITHDRAWN
        ]
        if not items:
            continue
        made = SECTION_ROWS.get(kind.item_type)
        rows: list[DocumentRow] | list[ListRow] = (
            made(site, items)
            if made is not None
            else [list_row(site, i) for i in sorted(items, key=lambda i: i.path)]
        )
        sections.append(KindSection(title=section.title, template=section.template, rows=rows))
    return sections


@dataclass(frozen=True, kw_only=True, slots=True)
class CountryView(PageView):
    """``country.md``: one country's page."""

    timeline: charts.Timeline
    """Decisions, practice changes and clarifications over time, as data."""
    timeline_svg: Markup
    """The same timeline drawn."""
    code: str
    """The country's code (``AFG``)."""
    name: str
    """The country's Norwegian name."""
    feed: Link
    """The country's Atom feed."""
    changes_page: str
    """The country's change list."""
    note: PracticeNote | None
    """The current practice note; ``None``: none."""
    note_uri: str
    """Its page; empty when there is none."""
    guides: list[Link]
    """The interview guides that are not withdrawn."""
    sections: list[KindSection]
    """Each kind's section (``Kind.country_section``) with items here: the clarifications."""
    readiness: ReadinessView | None
    """The country's readiness; ``None``: not a readiness country."""
    categories: list[CategorySection]
    """The note's categories, each with its decisions."""
    uncategorised: list[DecisionRow]
    """Without a note: every decision."""
    contacts: list[UnitContacts]
    """The note's country practice contacts, by unit."""
    training: Checklist
    """The training checklist for units joining the country's portfolio."""
    pdf: Link | None
    """The country's bundle (landpakke); ``None``: this build makes no PDFs."""


def country(site: Site, code: str) -> CountryView:
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
        g for g in site.of_country(InterviewGuide, code) if g.status is not Status.WITHDRAWN
    ]
    ready = site.readiness_of(code)
    timeline = country_timeline(site, code)
    return CountryView(
        timeline=timeline,
        timeline_svg=Markup(charts.timeline_svg(timeline)),
        code=code,
        name=norwegian_name(code),
        feed=Link(title=f"Siste endringer for {norwegian_name(code)}", uri=feed_uri(code)),
        changes_page=changes_uri(country=code),
        note=note,
        note_uri=address(note) if note else "",
        guides=[Link(title=_guide_title(g), uri=address(g)) for g in guide_items],
        sections=kind_sections(site, code),
        readiness=next((r for r in readiness_rows(site) if ready and r.rank == ready.rank), None),
        categories=categories,
        uncategorised=[] if note else decision_rows(site, decisions),
        contacts=contacts(note.contacts) if note else [],
        training=checklist(site, f"opplaering-{code.lower()}", content.training),
        toc=tuple(
            SubHeading(parent="kategorier-og-eksempelvedtak", anchor=c.anchor, title=c.name)
            for c in categories
        ),
        pdf=bundle_link(site, code),
    )
