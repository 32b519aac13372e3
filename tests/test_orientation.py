"""Where a page belongs: the trail above every item page (Vedtaksbanken › Afghanistan › the
decision), its section active in the navigation, and tags that lead to a page per tag."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import MKDOCS_YML, Project, build_site, decision, read_page, visible_text
from test_finder import write_finder_project


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mp = pytest.MonkeyPatch()
    mp.setenv("PRAKSISBANK_TODAY", "2026-11-21")
    mp.setenv("PRAKSISBANK_PDF", "0")
    mp.setenv("NO_MKDOCS_2_WARNING", "1")
    from helpers import write_project

    project = write_finder_project(write_project(Project(tmp_path_factory.mktemp("orient"))))
    # Material's tags plugin on, as in the demo: its tags above the title become links too.
    project.write("mkdocs.yml", MKDOCS_YML.replace("plugins:\n", "plugins:\n  - tags\n", 1))
    project.write(
        "decision_bank/afg/2023-tags.md",
        decision(
            "VB-AFG-2023-009",
            title="Kvinne med barn",
            decided="2023-06-01",
            extra="",
        ).replace("tags: [kjønn]", "tags: [Kjønn, barn]"),
    )
    site = build_site(project)
    mp.undo()
    return site


def trail(page: str) -> list[tuple[str, str]]:
    """(text, href) of the trail; the page itself last, with no link."""
    nav = re.search(r'<nav class="pb-path" aria-label="Du er her">(.*?)</nav>', page, re.S)
    assert nav, "no trail"
    items = re.findall(r"<li( aria-current=\"page\")?>(.*?)</li>", nav[1])
    found = []
    for current, inner in items:
        link = re.fullmatch(r'<a href="([^"]+)">([^<]+)</a>', inner)
        found.append((inner, "") if current else (link[2], link[1]) if link else (inner, "?"))
    return found


# (page, the trail above it)
TRAILS = [
    (
        "vedtaksbank/afg/2024-kvinne",
        [
            ("Vedtaksbanken", "../../"),
            ("Afghanistan", "../../../land/afg/"),
            ("Enslig kvinne fra Herat", ""),
        ],
    ),
    (
        "vedtaksbank/eri/2026-trukket",
        [("Vedtaksbanken", "../../"), ("Eritrea", "../../../land/eri/"), ("Søknad trukket", "")],
    ),
    (
        "praksisnotater/afg",
        [
            ("Praksisnotater", "../"),
            ("Afghanistan", "../../land/afg/"),
            ("Praksisnotat Afghanistan", ""),
        ],
    ),
    (
        "intervjuguider/afg",
        [
            ("Intervjuguider", "../"),
            ("Afghanistan", "../../land/afg/"),
            ("Intervjuguide Afghanistan", ""),
        ],
    ),
    ("roller/saksbehandler", [("Roller og ansvar", "../"), ("Saksbehandler", "")]),
    # A withdrawn decision's tombstone keeps its place too.
    (
        "vedtaksbank/afg/2020-fjernet",
        [
            ("Vedtaksbanken", "../../"),
            ("Afghanistan", "../../../land/afg/"),
            ("Fjernet vedtak", ""),
        ],
    ),
    (
        "vedtaksbank/stikkord/barn",
        [("Vedtaksbanken", "../../"), ("Stikkord", "../"), ("barn", "")],
    ),
]


@pytest.mark.parametrize(("url", "expected"), TRAILS)
def test_every_item_page_shows_where_it_belongs(
    built: Path, url: str, expected: list[tuple[str, str]]
) -> None:
    page = read_page(built, url)
    assert trail(page) == expected
    here = built / url
    for _, href in expected[:-1]:
        assert (here / href / "index.html").resolve().is_file(), href
    # Above the page's heading.
    assert page.index('class="pb-path"') < page.index("<h1")


# (page, the navigation entry shown active); near-misses: a page in the navigation is itself
# active, and nothing else is.
ACTIVE = [
    ("vedtaksbank/afg/2024-kvinne", "Vedtaksbanken"),
    # This site's own nav leaves «Rettsgrunnlag» out: the deepest section it lists holds it.
    ("vedtaksbank/rettsgrunnlag/utl-28", "Vedtaksbanken"),
    ("vedtaksbank/stikkord/barn", "Vedtaksbanken"),
    ("land/afg", "Land"),
    ("praksisnotater/afg", "Praksisnotater"),
    ("endringer/land/eri", "Siste endringer"),
    ("endringer", "Siste endringer"),
    ("vedtaksbank", "Vedtaksbanken"),
]


@pytest.mark.parametrize(("url", "section"), ACTIVE)
def test_the_navigation_shows_the_section_active(built: Path, url: str, section: str) -> None:
    page = read_page(built, url)
    primary = page[page.index("md-nav--primary") :]
    primary = primary[: primary.index("</nav>")]
    active = re.findall(
        r'<li class="md-nav__item md-nav__item--active">\s*(?:<input[^>]*>\s*)?'
        r'(?:<label[^>]*>.*?</label>\s*)?<a href="[^"]*" class="md-nav__link[^"]*">\s*'
        r'<span class="md-ellipsis">\s*([^<]+?)\s*</span>',
        primary,
        re.S,
    )
    assert active == [section]


def test_tags_lead_to_a_page_per_tag(built: Path) -> None:
    page = read_page(built, "vedtaksbank/afg/2023-tags")
    panel = page[page.index('class="pb-panel"') :]
    panel = panel[: panel.index("</dl>")]
    assert (
        '<dt>Stikkord</dt><dd><a href="../../stikkord/kjonn/">Kjønn</a>, '
        '<a href="../../stikkord/barn/">barn</a></dd>'
    ) in panel
    # Material's tags above the title link to the same pages.
    chips = re.search(r'<nav class="md-tags"[^>]*>(.*?)</nav>', page, re.S)
    assert chips is not None
    assert re.findall(r'<a href="([^"]+)" class="md-tag">([^<]+)</a>', chips[1]) == [
        ("../../stikkord/kjonn/", "Kjønn"),
        ("../../stikkord/barn/", "barn"),
    ]
    # «kjønn» and «Kjønn» share one page, named by the spelling most decisions use.
    tag = visible_text(read_page(built, "vedtaksbank/stikkord/kjonn"))
    assert "Stikkord: kjønn" in tag
    assert "6 publiserte vedtak har stikkordet «kjønn», 5 av dem gjeldende." in tag
    assert "Fjernet vedtak" not in tag  # withdrawn: never listed
    index = read_page(built, "vedtaksbank/stikkord")
    assert '<li><a href="barn/">barn</a> (1)</li>' in index
    assert '<li><a href="kjonn/">kjønn</a> (6)</li>' in index
