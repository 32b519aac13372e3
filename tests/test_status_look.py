"""Status at a glance: each status has one word, one icon and one colour, the same on a page's
banner, its «Status» line, the listings, the search results and the PDFs
(core/practice/looks.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import (
    GUIDE,
    Project,
    build_site,
    outdated_decision,
    read_page,
    search_documents,
    withdrawn_decision,
)
from helpers import write_project as write_small_project
from praksisbank.core.practice import looks
from praksisbank.core.views import a11y

ASSETS = Path(__file__).parent.parent / "plugins/praksisbank/assets"

# The one table: status -> word, icon, class modifier. Most serious first.
LOOK_TABLE = [
    ("withdrawn", "Fjernet", "forbud"),
    ("outdated", "Utdatert", "kryss"),
    ("possibly", "Kan være utdatert", "varsel"),
    ("overdue", "Gjennomgang forfalt", "klokke"),
    ("demo", "Demoinnhold", "info"),
    ("current", "Gjeldende", "hake"),
]


def test_the_looks_are_the_table_most_serious_first() -> None:
    assert [(look.key, look.word, look.icon) for look in looks.LOOKS] == LOOK_TABLE
    severities = [look.severity for look in looks.LOOKS]
    assert severities == sorted(severities, reverse=True)
    assert len(set(severities)) == len(severities)


@pytest.mark.parametrize("attribute", ["key", "word", "icon", "colour"])
def test_no_two_statuses_share_a_word_an_icon_or_a_colour(attribute: str) -> None:
    values = [getattr(look, attribute) for look in looks.LOOKS]
    assert len(set(values)) == len(values)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("look", looks.LOOKS, ids=lambda look: look.key)
def test_each_colour_reads_as_white_text_on_it_and_as_text_on_white(look: looks.Look) -> None:
    assert contrast(look.colour, "#ffffff") >= 4.5


def test_contrast_is_measured_right() -> None:
    # Near-misses: Material's grey code tokens (4.47:1 on its code background) fail; black passes.
    assert 4.4 < contrast("#717171", "#f5f5f5") < 4.5
    assert contrast("#000000", "#ffffff") == pytest.approx(21)


@pytest.mark.parametrize("look", looks.LOOKS, ids=lambda look: look.key)
def test_the_site_style_sheet_draws_each_look(look: looks.Look) -> None:
    css = (ASSETS / "praksisbank.css").read_text(encoding="utf-8")
    rule = (
        f".pb-badge--{look.key}, .pb-flag--{look.key}, .pb-status--{look.key} "
        f"{{ --pb-look: {look.colour}; --pb-icon: var(--pb-icon-{look.icon}); }}"
    )
    assert rule in css
    assert f"--pb-icon-{look.icon}: url(" in css


@pytest.mark.parametrize("look", looks.LOOKS, ids=lambda look: look.key)
def test_the_pdf_style_sheet_draws_each_look_in_its_colour(look: looks.Look) -> None:
    css = (ASSETS / "pdf.css").read_text(encoding="utf-8")
    assert f".pdf-badge--{look.key} {{ color: {look.colour};" in css.replace(
        f".pb-badge--{look.key}, ", ""
    )
    icon = re.search(rf"\.pdf-badge--{look.key}::before[^{{]*\{{ content: url\(([^)]*)\)", css)
    assert icon is not None
    assert look.colour.replace("#", "%23") in icon.group(1)


def test_search_results_know_every_status_word() -> None:
    script = (ASSETS / "praksisbank-header.js").read_text(encoding="utf-8")
    block = script[
        script.index("var STATUS_CSS = {") : script.index("};", script.index("STATUS_CSS"))
    ]
    found = dict(re.findall(r'"([^"]+)": "([a-z]+)"', block))
    assert found == {look.word: look.key for look in looks.LOOKS}


# -- built pages: a small project with a document in each status --------------------------------

OVERDUE_GUIDE = GUIDE.replace("last_reviewed: 2026-08-20", "last_reviewed: 2026-01-10")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mp = pytest.MonkeyPatch()
    mp.setenv("PRAKSISBANK_TODAY", "2026-11-21")
    mp.setenv("PRAKSISBANK_PDF", "0")
    project = write_small_project(Project(tmp_path_factory.mktemp("looks")))
    project.write("decision_bank/afg/2019-gammel.md", outdated_decision())
    project.write("decision_bank/afg/2020-fjernet.md", withdrawn_decision())
    assert OVERDUE_GUIDE != GUIDE
    project.write("interview_guides/afg.md", OVERDUE_GUIDE)
    built = build_site(project)
    mp.undo()
    return built


# (page, the banner's class and title, the «Status» line's class and text; "" = none)
PAGES = [
    ("vedtaksbank/afg/2020-fjernet", "withdrawn", "Dette dokumentet er fjernet", "", ""),
    ("vedtaksbank/afg/2019-gammel", "outdated", "Utdatert siden", "outdated", "Utdatert"),
    (
        "vedtaksbank/afg/2024-kvinne",
        "possibly",
        "Kan være utdatert",
        "possibly",
        "Kan være utdatert",
    ),
    ("intervjuguider/afg", "overdue", "Gjennomgang forfalt", "overdue", looks.CURRENT_BUT_OVERDUE),
    ("vedtaksbank/afg/2025-dublin", "", "", "current", "Gjeldende"),
    # Near-miss: a note due in the future is current now, and says what it will be once due.
    ("praksisnotater/afg", "", "", "current", "Gjeldende"),
]


@pytest.mark.parametrize(("url", "flag", "title", "line", "text"), PAGES)
def test_each_page_shows_its_status_with_its_look(
    site: Path, url: str, flag: str, title: str, line: str, text: str
) -> None:
    page = read_page(site, url)
    flags = re.findall(
        r'class="admonition pb-flag pb-flag--([a-z]+)[^"]*"[^>]*>\s*'
        r'<p class="admonition-title">([^<]*)',
        page,
    )
    if flag:
        assert flags[0][0] == flag and flags[0][1].startswith(title)
        assert all(f != "current" for f, _ in flags)
    else:
        assert [f for f, _ in flags if f != "overdue"] == []
    shown = re.findall(
        r'<span class="pb-status pb-status--([a-z]+)"(?: data-valid-until="[^"]+")?>([^<]*)<', page
    )
    assert shown == ([(line, text)] if line else [])


def test_a_current_but_overdue_page_never_says_only_gjeldende(site: Path) -> None:
    page = read_page(site, "intervjuguider/afg")
    assert "pb-status--current" not in page
    assert f'<span class="pb-status pb-status--overdue">{looks.CURRENT_BUT_OVERDUE}</span>' in page
    # A page built before its review is due turns overdue in the reader's browser on the day.
    note = read_page(site, "praksisnotater/afg")
    assert re.search(
        r'data-valid-until="2026-12-30">Gjeldende</span><span class="pb-status pb-status--overdue" '
        rf'data-review-due="2026-12-30" hidden>{looks.CURRENT_BUT_OVERDUE}</span>',
        note,
    )


def test_listings_show_the_badges_of_the_looks(site: Path) -> None:
    country = read_page(site, "land/afg")
    badges = set(re.findall(r'class="pb-badge pb-badge--([a-z]+)"[^>]*>([^<]+)<', country))
    assert ("outdated", "Utdatert") in badges and ("possibly", "Kan være utdatert") in badges
    # A current decision has no badge in a listing: the listings would be all badges.
    assert not any(key == "current" for key, _ in badges)


@pytest.mark.parametrize(
    ("url", "suggested"),
    [
        ("vedtaksbank/afg/2020-fjernet", False),  # withdrawn: no contributor tools
        ("vedtaksbank/afg/2025-dublin", True),
        ("praksisnotater/afg", True),
    ],
)
def test_foresla_endring_replaces_the_pencil_and_the_repository_link(
    site: Path, url: str, suggested: bool
) -> None:
    page = read_page(site, url)
    assert ('rel="edit">Foreslå endring</a>' in page) is suggested
    assert "md-content__button" not in page and "md-header__source" not in page


# -- heading anchors and the accessibility statement's contact ----------------------------------

HEADINGS = [
    (
        '<h2 id="faktum">Faktum<a class="headerlink" href="#faktum" title="Permanent lenke">'
        "¶</a></h2>",
        'aria-label="Lenke til «Faktum»"',
    ),
    (  # markup and entities inside the heading: the name is its text
        '<h3 id="x">Barn &amp; <em>unge</em>\n i leir'
        '<a class="headerlink" href="#x">&para;</a></h3>',
        'aria-label="Lenke til «Barn &amp; unge i leir»"',
    ),
    (  # a quote in the heading stays inside the attribute
        '<h2 id="q">Han sa "nei"<a class="headerlink" href="#q">¶</a></h2>',
        'aria-label="Lenke til «Han sa &quot;nei&quot;»"',
    ),
]


@pytest.mark.parametrize(("html", "named"), HEADINGS)
def test_heading_anchors_are_named_after_their_heading(html: str, named: str) -> None:
    out = a11y.name_heading_links(html)
    assert named in out
    assert out.count("aria-label") == 1


@pytest.mark.parametrize(
    "html",
    [
        '<h2 id="a">Uten lenke</h2>',  # near-miss: a heading without an anchor is left alone
        '<p>Tekst<a class="headerlink" href="#a">¶</a></p>',  # not a heading
        '<h2 id="a">A<a class="headerlink" aria-label="Egen" href="#a">¶</a></h2>',  # named already
    ],
)
def test_other_markup_is_left_alone(html: str) -> None:
    assert a11y.name_heading_links(html) == html


CONTACTS = [
    (None, "Meld fra til den som forvalter Praksisbanken i din virksomhet."),
    (
        "https://skjema.intern.example/uu",
        "[skjemaet for tilbakemeldinger](https://skjema.intern.example/uu)",
    ),
    ("uu@intern.example", "[uu@intern.example](mailto:uu@intern.example)"),
    ("mailto:uu@intern.example", "[uu@intern.example](mailto:uu@intern.example)"),
]


@pytest.mark.parametrize(("contact", "shown"), CONTACTS)
def test_the_statement_names_the_configured_contact(contact: str | None, shown: str) -> None:
    assert a11y.contact_problem(contact) is None
    assert shown in a11y.contact_markdown(contact)


@pytest.mark.parametrize(
    "contact", ["Fagsystemgruppen", "uu@", "www.skjema.example/uu", "a b@c.no"]
)
def test_a_contact_that_is_neither_address_nor_link_is_a_norwegian_error(contact: str) -> None:
    problem = a11y.contact_problem(contact)
    assert problem is not None and "verken en e-postadresse eller en lenke" in problem


def test_the_statement_gives_a_contact_and_the_complaint_route() -> None:
    statement = (Path(__file__).parent.parent / "docs/tilgjengelighet.md").read_text("utf-8")
    assert a11y.CONTACT_MARKER in statement
    assert "Tilsynet for universell utforming av IKT" in statement
    assert "uutilsynet.no" in statement


def test_search_shows_an_overdue_guide_as_overdue_and_filters_it_as_current(site: Path) -> None:
    docs = {d["url"]: d for d in search_documents(site)}
    guide = docs["/intervjuguider/afg/"]
    assert guide["meta"]["status"] == looks.OVERDUE.word
    assert guide["filters"]["status"] == [looks.CURRENT.word]
    # Near-miss: a note not yet due is current in both.
    note = docs["/praksisnotater/afg/"]
    assert note["meta"]["status"] == note["filters"]["status"][0] == looks.CURRENT.word
