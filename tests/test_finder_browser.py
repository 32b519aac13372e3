"""The decision finder in a real Chromium: filters, counts, the address, the back button, sorting
by keyboard, the page without JavaScript, and axe at a wide and a narrow width."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Locator, Page

from browser_fixtures import Guard, serving
from browser_fixtures import browser as browser  # the fixture, found by pytest by its name
from helpers import write_project
from shared_builds import project_site
from test_finder import write_finder_project

pytestmark = pytest.mark.browser

ROWS = ".pb-finder tbody tr"
COUNT = ".pb-finder__count"
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture(scope="module")
def finder_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The finder's project as test_finder.py builds it, the same build (once per run, without
    PDFs: the decision bank's page, the one these tests open, is the same bytes with them)."""
    return project_site(tmp_path_factory, lambda p: write_finder_project(write_project(p)))


@pytest.fixture(scope="module")
def bank(finder_site: Path) -> Iterator[str]:
    """The decision bank page over HTTP (the address bar and history as a reader has them)."""
    with serving(finder_site) as root:
        yield root + "vedtaksbank/"


def choice(page: Page, label: str) -> Locator:
    """A filter's tick box by its label; its name ends with its count: «Eritrea 2 vedtak»."""
    name = re.compile(rf"^{re.escape(label)}\s+\d+\s+vedtak$")
    return page.get_by_role("checkbox", name=name)


def titles(page: Page) -> list[str]:
    return page.locator(f"{ROWS} td:first-child > a").all_inner_texts()


def query(page: Page) -> str:
    return str(page.evaluate("location.search"))


def test_filters_count_and_keep_their_state_in_the_address(bank: str, browser: Browser) -> None:
    guard = Guard(bank.removesuffix("vedtaksbank/"))  # nothing refused, nothing from elsewhere
    page = guard.attach(browser.new_page())
    page.goto(bank)
    count = page.locator(COUNT)
    assert page.locator(".pb-finder__form").is_visible()
    assert count.get_attribute("aria-live") == "polite"
    # Current decisions only, until the reader asks for more: the outdated one is left out.
    assert count.inner_text() == (
        "4 av 5 vedtak passer. Sortert etter dato, nyeste først. 1 vedtak vises ikke fordi "
        "statusen er «utdatert»: kryss av under Status for å se det."
    )
    assert "Gammel vurdering av internflukt" not in titles(page)
    assert query(page) == ""

    choice(page, "Eritrea").check()
    assert query(page) == "?land=eri"
    assert titles(page) == ["Søknad trukket", "Alvorlig syk"]
    assert count.inner_text().startswith("2 av 5 vedtak passer.")
    # The country's categories appear; each count says what ticking it would give.
    group = page.get_by_role("group", name="Eritrea")
    assert group.is_visible()
    assert page.locator('[data-count-for="utfall:henlagt"]').inner_text() == "1"
    assert page.locator('[data-count-for="land:afg"]').inner_text() == "2"

    choice(page, "Henlagt").check()
    assert query(page) == "?land=eri&utfall=henlagt"
    assert titles(page) == ["Søknad trukket"]

    page.go_back()
    assert query(page) == "?land=eri"
    assert not choice(page, "Henlagt").is_checked()
    assert titles(page) == ["Søknad trukket", "Alvorlig syk"]
    page.go_back()
    assert query(page) == ""
    assert not choice(page, "Eritrea").is_checked()
    assert len(titles(page)) == 4
    page.go_forward()
    assert titles(page) == ["Søknad trukket", "Alvorlig syk"]

    # Free text over title and summary; one step in the history for the word typed.
    page.get_by_role("button", name="Nullstill filtrene").first.click()
    assert query(page) == ""
    box = page.get_by_label("Søk i tittel og sammendrag")
    box.press_sequentially("syk", delay=20)
    assert query(page) == "?tekst=syk"
    assert titles(page) == ["Alvorlig syk"]
    page.go_back()
    assert query(page) == "" and box.input_value() == ""
    page.close()
    assert guard.faults == []


def test_a_shared_link_opens_the_same_result(bank: str, browser: Browser) -> None:
    page = browser.new_page()
    page.goto(bank + "?rettsgrunnlag=utl-28&status=utdatert&status=gjeldende&fra=2019&til=2025")
    assert choice(page, "utl. § 28").is_checked()
    assert choice(page, "Utdatert").is_checked()
    assert not choice(page, "Kan være utdatert").is_checked()
    assert page.get_by_label("Fra").input_value() == "2019"
    assert titles(page) == [
        "Alvorlig syk",
        "Dublin-overføring til Østerrike",
        "Gammel vurdering av internflukt",
    ]
    # A category in the address brings its country; unknown values are left out.
    page.goto(bank + "?kategori=afg.dublin&utfall=ukjent")
    assert choice(page, "Afghanistan").is_checked()
    assert choice(page, "Dublin-saker").is_checked()
    assert titles(page) == ["Dublin-overføring til Østerrike"]
    assert page.locator(".pb-finder__active").inner_text() == "(2 valgt)"
    # Nothing passes: the reader is told, and can start again.
    page.goto(bank + "?tekst=finnesikke")
    assert page.locator(COUNT).inner_text() == "Ingen av de 5 vedtakene passer med filtrene."
    assert page.locator(".pb-finder__empty").is_visible()
    page.locator(".pb-finder__empty button").click()
    assert len(titles(page)) == 4
    page.close()


def test_columns_sort_by_keyboard(bank: str, browser: Browser) -> None:
    page = browser.new_page()
    page.goto(bank + "?status=alle")
    land = page.locator("th[data-sort=land]")
    date = page.locator("th[data-sort=dato]")
    assert date.get_attribute("aria-sort") == "descending"
    assert land.get_attribute("aria-sort") is None

    button = page.get_by_role("button", name="Land")
    button.focus()
    page.keyboard.press("Enter")
    assert land.get_attribute("aria-sort") == "ascending"
    assert date.get_attribute("aria-sort") is None
    countries = page.locator(f"{ROWS} td:nth-child(2)").all_inner_texts()
    assert countries == ["Afghanistan"] * 3 + ["Eritrea"] * 2
    assert query(page) == "?status=alle&sorter=land&retning=stigende"
    assert "Sortert etter land, A–Å." in page.locator(COUNT).inner_text()

    page.keyboard.press("Space")  # the same button, still focused: the other way
    assert land.get_attribute("aria-sort") == "descending"
    countries = page.locator(f"{ROWS} td:nth-child(2)").all_inner_texts()
    assert countries == ["Eritrea"] * 2 + ["Afghanistan"] * 3
    # Within a country, newest first.
    assert titles(page)[2:] == [
        "Dublin-overføring til Østerrike",
        "Enslig kvinne fra Herat",
        "Gammel vurdering av internflukt",
    ]
    page.go_back()
    assert land.get_attribute("aria-sort") == "ascending"
    page.close()


def test_without_javascript_the_table_lists_every_published_decision(
    bank: str, browser: Browser
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(bank)
    assert not page.locator(".pb-finder__form").is_visible()
    assert page.locator(ROWS).count() == 5  # outdated included; withdrawn never
    assert "Fjernet vedtak" not in page.content()
    headers = page.locator(".pb-finder thead th").all_inner_texts()
    assert headers == ["Vedtak", "Land", "Kategori", "Utfall", "Dato"]
    assert page.locator(f"{ROWS} td:nth-child(2)").all_inner_texts().count("Eritrea") == 2
    context.close()


@pytest.mark.parametrize("width", [1280, 375])
def test_the_finder_has_no_accessibility_violations(
    bank: str, browser: Browser, width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(bank + "?land=afg")
    if width < 600:
        page.locator(".pb-finder__filters > summary").click()  # folded on a narrow screen
    result = Axe().run(page, context={"include": [["article"]]}, options=WCAG)
    violations = [
        (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]
    ]
    assert violations == []
    # Nothing wider than the screen: the table scrolls in its own box.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.close()
