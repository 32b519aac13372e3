"""Accessibility in a real Chromium: the open menu keeps focus, axe finds nothing with the menu
or search open, heading anchors say what they do, code reads at 4.5:1, and each status has its
own look."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from browser_fixtures import browser as browser  # the fixture, found by pytest by its name
from browser_fixtures import serving
from helpers import (
    GUIDE,
    MKDOCS_YML,
    Project,
    build_site,
    outdated_decision,
    withdrawn_decision,
    write_project,
)
from praksisbank.core.practice import looks

pytestmark = pytest.mark.browser

CODE_PAGE = """\
---
title: Slik bidrar du
---
# Slik bidrar du

## Legge til et vedtak

```yaml
---
id: VB-AFG-2024-001   # kommentar
decided: 2024-05-02
outcome: protection
tags: [kvinne, "enslig"]
---
```

## Sjekk før du sender

```python
def sjekk(tekst: str) -> int:
    return len(tekst) + 1  # tall
```
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mp = pytest.MonkeyPatch()
    mp.setenv("PRAKSISBANK_TODAY", "2026-11-21")
    mp.setenv("PRAKSISBANK_PDF", "0")
    project = write_project(Project(tmp_path_factory.mktemp("a11y")))
    yml = MKDOCS_YML.replace(
        "  - attr_list\n", "  - attr_list\n  - pymdownx.highlight\n  - pymdownx.superfences\n"
    ).replace("  - Forside: index.md\n", "  - Forside: index.md\n  - Slik bidrar du: slik.md\n")
    yml = yml.replace("  - praksisbank\n", "  - praksisbank:\n      demo: true\n")
    assert yml != MKDOCS_YML
    project.write("mkdocs.yml", yml)
    project.write("docs/slik.md", CODE_PAGE)
    project.write("decision_bank/afg/2019-gammel.md", outdated_decision())
    project.write("decision_bank/afg/2020-fjernet.md", withdrawn_decision())
    project.write(
        "interview_guides/afg.md",
        GUIDE.replace("last_reviewed: 2026-08-20", "last_reviewed: 2026-01-10"),
    )
    built = build_site(project)
    mp.undo()
    return built


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    """Over http: search (Pagefind) needs it."""
    with serving(site) as root:
        yield root


IN_DRAWER = "() => !!document.activeElement.closest('.md-sidebar--primary')"
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def open_menu(page: Page) -> None:
    menu = page.get_by_role("button", name="Meny")
    menu.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(IN_DRAWER)


def test_the_open_menu_keeps_focus_and_escape_gives_it_back(served: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 740})
    page.goto(served + "vedtaksbank/afg/2025-dublin/")
    open_menu(page)
    # The rest of the page is inert: not focusable, not clickable, not read out.
    assert page.evaluate("document.querySelector('.md-content').closest('[inert]') !== null")
    assert page.evaluate("document.querySelector('.md-header').inert")
    seen = set()
    for key in ["Tab"] * 25 + ["Shift+Tab"] * 25:
        page.keyboard.press(key)
        assert page.evaluate(IN_DRAWER), key
        seen.add(page.evaluate("document.activeElement.textContent.trim()"))
    assert "Forside" in seen and len(seen) > 3  # it moved, and wrapped round
    page.keyboard.press("Escape")
    menu = page.get_by_role("button", name="Meny")
    expect(menu).to_be_focused()
    assert menu.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.querySelectorAll('[inert]').length") == 0
    page.close()


def test_a_click_on_the_overlay_closes_the_menu_and_frees_the_page(
    served: str, browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 740})
    page.goto(served + "vedtaksbank/afg/2025-dublin/")
    open_menu(page)
    page.mouse.click(360, 400)  # the overlay, right of the drawer
    page.wait_for_function("() => !document.getElementById('__drawer').checked")
    assert page.evaluate("document.querySelectorAll('[inert]').length") == 0
    expect(page.get_by_role("button", name="Meny")).to_have_attribute("aria-expanded", "false")
    page.close()


def _violations(page: Page) -> list[tuple[str, list[object]]]:
    result = Axe().run(page, options=WCAG)
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]]


@pytest.mark.parametrize(
    ("what", "width"), [("menu", 375), ("search", 375), ("search", 1280), ("nothing", 1280)]
)
def test_no_axe_violations_with_the_menu_or_search_open(
    served: str, browser: Browser, what: str, width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(served + "intervjuguider/afg/")
    if what == "menu":
        open_menu(page)
    elif what == "search":
        page.get_by_role("button", name="Søk", exact=True).click()
        page.locator("#pb-search-input").fill("intervju")
        page.wait_for_function("() => document.querySelector('.pb-search__status').textContent")
    assert _violations(page) == []
    page.close()


@pytest.mark.parametrize("url", ["slik/", "vedtaksbank/afg/2025-dublin/", "praksisnotater/afg/"])
def test_heading_anchors_say_what_they_do(served: str, browser: Browser, url: str) -> None:
    page = browser.new_page()
    page.goto(served + url)
    anchors = page.locator("a.headerlink")
    assert anchors.count() > 0
    for i in range(anchors.count()):
        anchor = anchors.nth(i)
        heading = anchor.evaluate("a => a.parentElement.firstChild.textContent.trim()")
        expect(anchor).to_have_accessible_name(f"Lenke til «{heading}»")
    page.close()


CONTRAST = """() => {
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => {
    const l = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92
      : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  };
  const out = [];
  for (const code of document.querySelectorAll('.highlight code')) {
    const bg = lum(rgb(getComputedStyle(code).backgroundColor));
    for (const span of code.querySelectorAll('span')) {
      if (!span.textContent.trim()) continue;
      const fg = lum(rgb(getComputedStyle(span).color));
      out.push([span.className, (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)]);
    }
  }
  return out;
}"""


def test_highlighted_code_reads_at_4_5_to_1(served: str, browser: Browser) -> None:
    page = browser.new_page()
    page.goto(served + "slik/")
    ratios = page.evaluate(CONTRAST)
    assert len({cls for cls, _ in ratios}) >= 5  # comments, keys, strings, numbers, punctuation
    low = [(cls, round(r, 2)) for cls, r in ratios if r < 4.5]
    assert low == []
    page.close()


# (page, the look it shows, where: the banner or the «Status» line)
STATUS_PAGES = [
    ("vedtaksbank/afg/2020-fjernet/", looks.WITHDRAWN, ".pb-flag"),
    ("vedtaksbank/afg/2019-gammel/", looks.OUTDATED, ".pb-flag"),
    ("vedtaksbank/afg/2024-kvinne/", looks.POSSIBLY, ".pb-flag"),
    ("intervjuguider/afg/", looks.OVERDUE, ".pb-flag"),
    ("", looks.DEMO, ".pb-flag"),
    ("vedtaksbank/afg/2025-dublin/", looks.CURRENT, ".pb-status"),
]


def _hex(rgb: str) -> str:
    return "#" + "".join(f"{int(v):02x}" for v in rgb[rgb.index("(") + 1 : -1].split(",")[:3])


@pytest.mark.parametrize(
    ("url", "look", "where"), STATUS_PAGES, ids=lambda v: getattr(v, "key", "")
)
def test_each_status_shows_its_own_colour_icon_and_word(
    served: str, browser: Browser, url: str, look: looks.Look, where: str
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served + url)
    target = page.locator(f"{where}--{look.key}").first
    icon_of = target.locator(".admonition-title") if where == ".pb-flag" else target
    style = icon_of.evaluate(
        "e => { const s = getComputedStyle(e, '::before');"
        " return [s.backgroundColor, s.maskImage || s.webkitMaskImage]; }"
    )
    assert _hex(style[0]) == look.colour
    assert style[1].startswith('url("data:image/svg+xml')
    assert look.word.lower() in target.inner_text().lower()
    page.close()
