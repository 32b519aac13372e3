"""The finder on every screen, in Debian's Chromium: cards with no sideways scrolling at 375 px,
the results above the fold at 1280 × 800 and following each tick, «Vis N treff», a notice naming
what the finder does not know in the address, headers that line up, the page without JavaScript,
and axe with the filters open at both widths."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser

from browser_fixtures import Guard, serving
from browser_fixtures import browser as browser  # the fixture, found by pytest by its name
from test_finder_browser import choice
from test_finder_layout import finder_site as finder_site  # the same built site

pytestmark = pytest.mark.browser

ROWS = ".pb-finder tbody tr"
COUNT = ".pb-finder__count"
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture(scope="module")
def bank(finder_site: Path) -> Iterator[str]:
    with serving(finder_site) as root:
        yield root + "vedtaksbank/"


NO_SIDEWAYS = "document.scrollingElement.scrollWidth <= window.innerWidth"


@pytest.mark.parametrize("javascript", [True, False])
def test_at_375_each_result_is_a_card_with_no_sideways_scrolling(
    bank: str, browser: Browser, javascript: bool
) -> None:
    context = browser.new_context(
        viewport={"width": 375, "height": 800}, java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(bank + "?land=eri")
    if javascript:
        page.locator(".pb-finder__filters > summary").click()  # the filters open, too
        # The sort buttons stay in sight above the cards (a keyboard lands on none unseen).
        assert page.get_by_role("button", name="Land").is_visible()
    assert page.evaluate(NO_SIDEWAYS)
    first = page.locator(ROWS).first
    # A card: title, country, category, outcome and date one under the other, each inside the
    # screen's width, each after the title labelled by its column (data-label, CSS ::before).
    boxes = [cell.bounding_box() for cell in first.locator("td").all()]
    assert len(boxes) == 5
    tops = []
    for box in boxes:
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
        tops.append(box["y"])
    assert tops == sorted(tops) and len(set(tops)) == 5
    labels = first.evaluate(
        "(tr) => [...tr.cells].slice(1).map((td) => getComputedStyle(td, '::before').content)"
    )
    assert all(label not in ("none", "normal", "") for label in labels), labels
    text = first.inner_text()
    assert re.search(r"Eritrea\nEnslige kvinner\nHenlagt\n1\. februar 2026", text), text
    context.close()


def test_at_1280_the_results_start_above_the_fold_and_follow_each_tick(
    bank: str, browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(bank)
    assert page.locator(".pb-finder__filters").get_attribute("open") is not None
    first = page.locator(ROWS).first
    box = first.bounding_box()
    assert box is not None and box["y"] + 40 < 800  # the first result in view at once
    assert page.evaluate(NO_SIDEWAYS)
    table = page.locator(".pb-finder table")
    assert page.evaluate(
        "(t) => t.scrollWidth <= t.parentElement.clientWidth", table.element_handle()
    )
    before = first.inner_text()
    choice(page, "Afghanistan").check()
    after = page.locator(ROWS).first
    box = after.bounding_box()
    assert box is not None and box["y"] + 40 < 800
    assert page.locator(COUNT).inner_text().startswith("2 av 5 vedtak passer.")
    assert page.locator(COUNT).get_attribute("role") == "status"
    assert page.locator(ROWS).count() == 2
    assert after.inner_text().startswith("Dublin-overføring til Østerrike")
    assert not before.startswith("Dublin-overføring til Østerrike")
    page.close()


def test_at_375_one_press_brings_the_results(bank: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 700})
    page.goto(bank)
    page.locator(".pb-finder__filters > summary").click()
    jump = page.locator(".pb-finder__jump")
    assert jump.inner_text() == "Vis 4 treff"
    choice(page, "Eritrea").check()
    assert jump.inner_text() == "Vis 2 treff"
    box = jump.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 700  # it stays in sight
    jump.click()
    count = page.locator(COUNT)
    assert count.evaluate("(el) => el === document.activeElement")
    box = count.bounding_box()
    assert box is not None and 0 <= box["y"] < 700
    page.close()


# (address, what the notice names); near-misses that must raise none are in KNOWN.
UNKNOWN = [
    ("?utfall=ukjent", "utfall=ukjent"),
    ("?land=afg&land=xyz", "land=xyz"),
    ("?lnad=afg", "lnad=afg"),
    ("?fra=tjue", "fra=tjue"),
    ("?sorter=storrelse", "sorter=storrelse"),
]
KNOWN = ["", "?land=afg", "?status=alle", "?fra=2019&til=2025", "?sorter=land&retning=synkende"]


def test_an_unknown_value_in_the_address_is_named(bank: str, browser: Browser) -> None:
    page = browser.new_page()
    notice = page.locator(".pb-finder__unknown")
    for query, named in UNKNOWN:
        page.goto(bank + query)
        assert notice.is_visible(), query
        assert notice.inner_text() == f"Ukjent i adressen, ikke brukt: {named}.", query
    for query in KNOWN:
        page.goto(bank + query)
        assert not notice.is_visible(), query
    # Gone at the next change: the address is then the finder's own.
    page.goto(bank + "?utfall=ukjent")
    choice(page, "Eritrea").check()
    assert not notice.is_visible()
    page.close()


@pytest.mark.parametrize("javascript", [True, False])
def test_the_headers_line_up_with_their_columns(
    bank: str, browser: Browser, javascript: bool
) -> None:
    context = browser.new_context(
        viewport={"width": 1280, "height": 800}, java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(bank)
    lefts = page.evaluate(
        """() => {
          const left = (el) => {
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
              if (node.textContent.trim()) {
                const range = document.createRange();
                range.selectNodeContents(node);
                return Math.round(range.getBoundingClientRect().left);
              }
            }
            return null;
          };
          const heads = [...document.querySelectorAll('.pb-finder thead th')];
          const cells = [...document.querySelector('.pb-finder tbody tr').cells];
          return heads.map((th, i) => [left(th), left(cells[i])]);
        }"""
    )
    for head, cell in lefts:
        assert abs(head - cell) <= 1, lefts
    context.close()


def test_without_javascript_a_filtered_link_says_so(bank: str, browser: Browser) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(bank + "?land=eri&utfall=henlagt")
    notice = page.locator(".pb-finder__noscript")
    assert notice.is_visible()
    assert "er de ikke brukt" in notice.inner_text()
    assert page.locator(ROWS).count() == 5  # everything, as it says
    notice.get_by_role("link", name="Eritrea").click()
    assert page.url.endswith("/land/eri/#kategorier-og-eksempelvedtak")
    context.close()


@pytest.mark.parametrize("width", [1280, 375])
def test_no_accessibility_violations_with_the_filters_open(
    bank: str, browser: Browser, width: int
) -> None:
    guard = Guard(bank.removesuffix("vedtaksbank/"))
    page = guard.attach(browser.new_page(viewport={"width": width, "height": 800}))
    page.goto(bank + "?land=afg&utfall=ukjent")  # the unknown-value notice shown, too
    filters = page.locator(".pb-finder__filters")
    if filters.get_attribute("open") is None:
        page.locator(".pb-finder__filters > summary").click()
    assert page.locator(".pb-facet__group[data-country=afg]").is_visible()
    result = Axe().run(page, context={"include": [["article"]]}, options=WCAG)
    violations = [
        (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]
    ]
    assert violations == []
    assert page.evaluate(NO_SIDEWAYS)
    page.close()
    assert guard.faults == []


# (page, what must be on it): the change list and an item page with its trail.
PAGES = [
    ("endringer/", ".pb-change-filters"),
    ("endringer/land/eri/", ".pb-change-filters"),
    ("vedtaksbank/afg/2024-kvinne/", ".pb-path"),
    ("vedtaksbank/stikkord/kjonn/", ".pb-path"),
]


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize(("path", "selector"), PAGES)
def test_the_change_list_and_item_pages_have_no_violations(
    bank: str, browser: Browser, width: int, path: str, selector: str
) -> None:
    root = bank.removesuffix("vedtaksbank/")
    guard = Guard(root)
    page = guard.attach(browser.new_page(viewport={"width": width, "height": 800}))
    page.goto(root + path)
    assert page.locator(selector).is_visible()
    result = Axe().run(page, context={"include": [["article"]]}, options=WCAG)
    violations = [
        (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]
    ]
    assert violations == []
    assert page.evaluate(NO_SIDEWAYS)
    page.close()
    assert guard.faults == []
