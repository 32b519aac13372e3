"""The decision finder: citations grouped by provision, the finder's prepared values, the page
that works without JavaScript, and the pages per legal provision and per outcome."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import NOTE, TODAY, Project, decision, read_page, visible_text, write_project
from praksisbank.core.base.model import Outcome
from praksisbank.core.base.provisions import provision, provisions_of
from praksisbank.core.content.loader import Layout, load
from praksisbank.core.practice.site import Site, SiteOptions
from praksisbank.core.views import decisions as decisionviews
from praksisbank.core.views import provisions as provisionviews
from praksisbank.core.views.render import environment
from shared_builds import build_warnings, project_site

# -- citations grouped under their provision -------------------------------------------------

CITATIONS = [
    # (as a decision writes it, the group's key, the group's name)
    ("utl. § 28 første ledd bokstav a", "utl-28", "utl. § 28"),
    ("utl. § 28", "utl-28", "utl. § 28"),
    ("Utl §28 femte ledd", "utl-28", "utl. § 28"),
    ("utlendingsloven § 28 første ledd", "utl-28", "utl. § 28"),
    ("utl.\u00a0§\u00a038", "utl-38", "utl. § 38"),
    ("  utl.  §  38  ", "utl-38", "utl. § 38"),
    ("utl. § 28a", "utl-28a", "utl. § 28a"),
    ("utl. § 28 a", "utl-28a", "utl. § 28a"),
    ("utl. § 28 i.f.", "utl-28", "utl. § 28"),
    ("utl. § 32 første ledd bokstav a", "utl-32", "utl. § 32"),
    ("utf. § 7-1", "utf-7", "utf. § 7"),
    ("EMK art. 3", "emk-art-3", "EMK art. 3"),
    ("EMK artikkel 8 nr. 1", "emk-art-8", "EMK art. 8"),
    (
        "Flyktningkonvensjonen art. 1 A",
        "flyktningkonvensjonen-art-1-a",
        "Flyktningkonvensjonen art. 1 A",
    ),
    (
        "Dublin III-forordningen artikkel 18 nr. 1 bokstav b",
        "dublin-iii-forordningen-art-18",
        "Dublin III-forordningen art. 18",
    ),
    ("Søknaden trukket", "soknaden-trukket", "Søknaden trukket"),
    ("§§§", "uten-navn", "§§§"),
]


@pytest.mark.parametrize(("citation", "key", "label"), CITATIONS)
def test_a_citation_is_grouped_under_its_provision(citation: str, key: str, label: str) -> None:
    p = provision(citation)
    assert (p.key, p.label) == (key, label)


def test_sections_come_first_by_law_and_number() -> None:
    cited = ["Søknaden trukket", "utl. § 38", "utl. § 28a", "utl. § 28", "EMK art. 3", "utl. § 4"]
    ordered = sorted((provision(c) for c in cited), key=lambda p: p.order)
    assert [p.label for p in ordered] == [
        "EMK art. 3",
        "utl. § 4",
        "utl. § 28",
        "utl. § 28a",
        "utl. § 38",
        "Søknaden trukket",
    ]
    assert [p.is_section for p in ordered] == [True] * 5 + [False]


def test_a_decision_names_each_provision_once() -> None:
    cited = ("utl. § 28", "utl. § 28 første ledd bokstav a", "utl. § 38", "utl. § 28 femte ledd")
    assert [p.key for p in provisions_of(cited)] == ["utl-28", "utl-38"]


# -- the finder's values -----------------------------------------------------------------------

ERI_NOTE = (
    NOTE.replace("PN-AFG", "PN-ERI")
    .replace("Praksisnotat Afghanistan", "Praksisnotat Eritrea")
    .replace("country: AFG", "country: ERI")
    .replace("code: enslig-kvinne", "code: ERI-A")
    .replace("categories: [enslig-kvinne]", "categories: [ERI-A]")
    .replace("practice_change: true", "practice_change: false")
)


def cites(text: str, *legal_basis: str) -> str:
    """A decision's file with other citations than the helper's."""
    lines = "".join(f"  - {b}\n" for b in legal_basis)
    return text.replace("  - utl. § 28 første ledd bokstav a\n", lines)


def eritrean(id: str, **fields: str) -> str:
    return decision(id, category="ERI-A", **fields).replace("country: AFG", "country: ERI")


def write_finder_project(project: Project) -> Project:
    """The helpers' project and a second country: current, possibly outdated, outdated and
    withdrawn decisions, citing utl. § 28 in three ways, utl. § 38 and «Søknaden trukket»."""
    project.write("practice_notes/eri.md", ERI_NOTE)
    project.write(
        "decision_bank/afg/2019-gammel.md",
        cites(
            decision(
                "VB-AFG-2019-003",
                title="Gammel vurdering av internflukt",
                decided="2019-03-01",
                category="dublin",
                outcome="refused",
                extra="status: outdated\nstatus_reason: Gammel landinformasjon.\n"
                "status_date: 2025-06-01\n",
            ),
            "utl. § 28",
            "utl. § 28 femte ledd",
        ),
    )
    project.write(
        "decision_bank/afg/2020-fjernet.md",
        decision(
            "VB-AFG-2020-004",
            title="Fjernet vedtak",
            decided="2020-01-01",
            extra="status: withdrawn\nstatus_reason: Feil.\nstatus_date: 2025-01-01\n",
        ),
    )
    project.write(
        "decision_bank/eri/2026-trukket.md",
        cites(
            eritrean("VB-ERI-2026-001", title="Søknad trukket", decided="2026-02-01"),
            "Søknaden trukket",
        ).replace("outcome: protection", "outcome: dismissed"),
    )
    project.write(
        "decision_bank/eri/2025-humanitaert.md",
        cites(
            eritrean("VB-ERI-2025-002", title="Alvorlig syk", decided="2025-04-01"),
            "utl. § 38",
            "utl. § 28 første ledd bokstav a",
        ).replace("outcome: protection", "outcome: humanitarian"),
    )
    return project


@pytest.fixture
def finder_project(project: Project) -> Project:
    return write_finder_project(project)


@pytest.fixture
def site(finder_project: Project) -> Site:
    result = load(Layout.default(finder_project.root), TODAY)
    assert result.ok, result.problems
    return Site(result.content, SiteOptions(today=TODAY))


def test_the_finder_lists_every_published_decision_and_never_a_withdrawn_one(site: Site) -> None:
    finder = decisionviews.finder(site)
    # Current first, then possibly outdated, then outdated; newest first within each.
    assert [(e.id, e.status.value) for e in finder.entries] == [
        ("VB-ERI-2026-001", "gjeldende"),
        ("VB-ERI-2025-002", "gjeldende"),
        ("VB-AFG-2025-002", "gjeldende"),
        ("VB-AFG-2024-001", "kan-vaere-utdatert"),
        ("VB-AFG-2019-003", "utdatert"),
    ]
    first = finder.entries[0]
    assert (first.country, first.country_key) == ("Eritrea", "eri")
    assert (first.category, first.category_key) == ("Enslige kvinner", "eri.ERI-A")
    assert (first.outcome, first.outcome_key) == ("Henlagt", "henlagt")
    assert first.provision_keys == "soknaden-trukket"
    assert first.outcome_uri == "vedtaksbank/utfall/henlagt/index.md"
    humanitarian = finder.entries[1]
    assert humanitarian.provision_keys == "utl-38 utl-28"
    assert [p.title for p in humanitarian.provisions] == ["utl. § 38", "utl. § 28"]
    assert humanitarian.outcome_key == "humanitaert"


def test_facets_offer_what_the_published_decisions_have_with_counts(site: Site) -> None:
    finder = decisionviews.finder(site)

    def options(facet: list[decisionviews.FacetOption]) -> list[tuple[str, str, int]]:
        return [(o.value, o.label, o.count) for o in facet]

    assert options(finder.countries) == [("afg", "Afghanistan", 3), ("eri", "Eritrea", 2)]
    assert [(g.value, g.label, options(g.options)) for g in finder.categories] == [
        ("afg", "Afghanistan", [("afg.dublin", "Dublin-saker", 2),
                                ("afg.enslig-kvinne", "Enslige kvinner", 1)]),
        ("eri", "Eritrea", [("eri.ERI-A", "Enslige kvinner", 2)]),
    ]  # fmt: skip
    assert options(finder.outcomes) == [
        ("beskyttelse", "Beskyttelse (utl. § 28)", 1),
        ("humanitaert", "Opphold på humanitært grunnlag (utl. § 38)", 1),
        ("avslag", "Avslag", 1),
        ("dublin", "Dublin-overføring", 1),
        ("henlagt", "Henlagt", 1),
    ]
    # Each decision counts once under utl. § 28, whichever paragraph or letter it cites.
    assert options(finder.provisions) == [
        ("utl-28", "utl. § 28", 4),
        ("utl-38", "utl. § 38", 1),
        ("soknaden-trukket", "Søknaden trukket", 1),
    ]
    assert finder.years == [2026, 2025, 2024, 2019]
    assert options(finder.statuses) == [
        ("gjeldende", "Gjeldende", 3),
        ("kan-vaere-utdatert", "Kan være utdatert", 1),
        ("utdatert", "Utdatert", 1),
    ]
    assert finder.default_statuses == "gjeldende kan-vaere-utdatert"


def test_a_provision_page_shows_how_each_decision_cites_it(site: Site) -> None:
    groups = decisionviews.provision_groups(decisionviews.decision_entries(site))
    utl28 = groups[0]
    assert (utl28.key, utl28.label, utl28.uri) == (
        "utl-28",
        "utl. § 28",
        "vedtaksbank/rettsgrunnlag/utl-28/index.md",
    )
    assert utl28.cited_as == [
        "utl. § 28 første ledd bokstav a",
        "utl. § 28",
        "utl. § 28 femte ledd",
    ]
    assert utl28.cited["VB-AFG-2019-003"] == "utl. § 28; utl. § 28 femte ledd"
    assert [e.id for e in utl28.entries] == [
        "VB-ERI-2025-002",
        "VB-AFG-2025-002",
        "VB-AFG-2024-001",
        "VB-AFG-2019-003",
    ]
    values = provisionviews.provision_page(site, utl28)
    assert values.current == 3
    assert values.query == "rettsgrunnlag=utl-28"


def test_an_outcome_page_lists_its_decisions(site: Site) -> None:
    entries = decisionviews.decision_entries(site)
    values = provisionviews.outcome_page(site, Outcome.REFUSED, entries)
    assert [e.id for e in values.rows] == ["VB-AFG-2019-003"]
    assert values.current == 0
    assert values.query == "utfall=avslag"
    assert "Avslag" not in [o.title for o in values.others]


def test_values_from_content_are_escaped_in_the_finder(site: Site) -> None:
    """Titles and summaries are checked as plain text, but the template must not trust that:
    every value goes out escaped, in text and in attributes."""
    finder = decisionviews.finder(site)
    hostile = '"><script>alert(1)</script><!--'
    entry = finder.entries[0]
    fields = {f: getattr(entry, f) for f in entry.__slots__}
    fields |= {"title": hostile, "description": "</table>" + hostile, "category_key": hostile}
    tampered = decisionviews.Finder(
        **{f: getattr(finder, f) for f in finder.__slots__}
        | {"entries": [decisionviews.DecisionEntry(**fields)]}
    )
    template = environment().get_template("decision_bank.md")
    page = template.render(
        link=lambda target, anchor="": "x/",
        today=TODAY,
        outcomes=[],
        rows=[],
        finder=tampered,
        provisions_uri="",
        nojs=decisionviews.PrebuiltLists(countries=[], outcomes=[]),
    )
    assert "<script>alert" not in page and "</table><" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'data-kategori="&#34;&gt;&lt;script&gt;' in page


# -- the built pages ------------------------------------------------------------------------


@pytest.fixture
def built(tmp_path_factory: pytest.TempPathFactory, no_warnings: None) -> Path:
    """The finder's project built once per run (test_feeds.py reads the same build)."""
    site = project_site(tmp_path_factory, lambda p: write_finder_project(write_project(p)))
    assert build_warnings(site) == []
    return site


def rows_of(page: str) -> list[str]:
    body = page[page.index('<div class="pb-finder"') :]
    return re.findall(r"<tr data-id=.*?</tr>", body[: body.index("</table>")], re.S)


def test_without_javascript_the_page_is_a_complete_table(built: Path) -> None:
    page = read_page(built, "vedtaksbank")
    rows = rows_of(page)
    assert [re.search(r'data-id="([^"]+)"', r)[1] for r in rows] == [  # type: ignore[index]
        "VB-ERI-2026-001",
        "VB-ERI-2025-002",
        "VB-AFG-2025-002",
        "VB-AFG-2024-001",
        "VB-AFG-2019-003",
    ]
    assert "Fjernet vedtak" not in page and "2020-fjernet" not in page
    assert re.search(r'<form class="pb-finder__form"[^>]* hidden>', page)  # shown by the script
    header = re.sub(r"<[^>]+>", " ", page[page.index('<th scope="col" data-sort="tittel">') :])
    assert header.split()[:5] == ["Vedtak", "Land", "Kategori", "Utfall", "Dato"]
    first = visible_text(rows[0]).strip()
    assert first.startswith("Søknad trukket Kvinne uten nettverk fikk beskyttelse.")
    assert first.endswith("Eritrea Enslige kvinner Henlagt 1. februar 2026")
    assert 'data-land="eri" data-kategori="eri.ERI-A" data-utfall="henlagt"' in rows[0]
    assert 'data-rettsgrunnlag="soknaden-trukket" data-dato="2026-02-01"' in rows[0]
    assert "pb-badge--outdated" in rows[4] and "pb-badge--possibly" in rows[3]
    assert "5 publiserte vedtak" in visible_text(page)
    assert '<script src="../assets/praksisbank/finder.js"></script>' in page


def test_the_decision_panel_links_to_its_provisions_and_outcome(built: Path) -> None:
    page = read_page(built, "vedtaksbank/eri/2025-humanitaert")
    panel = page[page.index('class="pb-panel"') :]
    panel = panel[: panel.index("</dl>")]
    links = re.findall(r'<a href="([^"]+)">(?:<span[^>]*>)?([^<]+)<', panel)
    assert ("../../rettsgrunnlag/utl-38/", "utl. § 38") in links
    assert ("../../rettsgrunnlag/utl-28/", "utl. § 28 første ledd bokstav a") in links
    assert ("../../utfall/humanitaert/", "Opphold på humanitært grunnlag (utl. § 38)") in links
    here = built / "vedtaksbank/eri/2025-humanitaert"
    for href, _ in links[2:]:  # after the country and the category
        assert (here / href / "index.html").resolve().is_file(), href


def test_provision_and_outcome_pages(built: Path) -> None:
    index = visible_text(read_page(built, "vedtaksbank/rettsgrunnlag"))
    assert "Rettsgrunnlag" in index
    assert (
        "utl. § 28 Sitert som: utl. § 28 første ledd bokstav a; utl. § 28; utl. § 28 femte ledd "
        "4 3 Beskyttelse: 1 Humanitært: 1 Avslag: 1 Dublin: 1"
    ) in index
    assert 'href="../?rettsgrunnlag=utl-38&amp;utfall=humanitaert&amp;status=alle"' in read_page(
        built, "vedtaksbank/rettsgrunnlag"
    )
    page = read_page(built, "vedtaksbank/rettsgrunnlag/utl-28")
    text = visible_text(page)
    assert "<h1>utl. § 28</h1>" in page
    assert "4 publiserte vedtak viser til utl. § 28, 3 av dem gjeldende." in text
    assert 'href="../../?rettsgrunnlag=utl-28"' in page
    assert "Gammel vurdering av internflukt" in text and "utl. § 28; utl. § 28 femte ledd" in text
    assert "Fjernet vedtak" not in text
    assert (built / "vedtaksbank/rettsgrunnlag/soknaden-trukket/index.html").is_file()
    refused = read_page(built, "vedtaksbank/utfall/avslag")
    assert "<h1>Avslag</h1>" in refused
    assert "1 publisert vedtak har utfallet «avslag», 0 av dem gjeldende." in visible_text(refused)
    assert 'href="../../?utfall=avslag"' in refused
    for outcome in ("beskyttelse", "humanitaert", "avslag", "dublin", "henlagt"):
        assert (built / "vedtaksbank/utfall" / outcome / "index.html").is_file()
