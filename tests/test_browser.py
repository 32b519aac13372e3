"""What a reader's browser does with a built site: the checks that need a real Chromium."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from browser_fixtures import Guard, demo_site
from browser_fixtures import browser as browser  # the fixture, found by pytest by its name
from helpers import NOTE, Project, build_site, write_project
from praksisbank.core.gate.csp import SNIPPET_FOLDER
from shared_builds import built_like, pdfs_stood_in

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.browser


def test_overdue_warning_appears_when_a_page_built_earlier_is_opened_later(
    project: Project, browser: Browser, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Built on 2026-11-21, the note (reviewed 2026-10-01, every 90 days) is due 2026-12-30.
    project.write("practice_notes/afg.md", NOTE)
    site = build_site(project)
    url = (site / "praksisnotater/afg/index.html").as_uri()
    page = browser.new_page()
    warning = page.locator(".pb-overdue")

    page.clock.set_fixed_time(datetime(2026, 12, 30, 12, 0))  # the due day: not overdue yet
    page.goto(url)
    assert warning.count() == 1
    assert not warning.is_visible()

    page.clock.set_fixed_time(datetime(2027, 1, 4, 12, 0))  # a reader opens it later
    page.reload()
    assert warning.is_visible()
    assert "skulle vært gjennomgått innen 30. desember 2026" in warning.inner_text()
    assert "Ansvarlig enhet: Enhet A1" in warning.inner_text()

    page.goto((site / "praksisnotater/index.html").as_uri())
    assert page.locator(".pb-badge--overdue").is_visible()

    # The readiness overview said "Klar" at build time; the reader sees that it has lapsed.
    page.goto((site / "beredskap/index.html").as_uri())
    lapsed = page.get_by_text("Ikke klar: gjennomgang forfalt 30. desember 2026")
    assert lapsed.is_visible()
    assert not page.get_by_text("Klar", exact=True).is_visible()
    page.clock.set_fixed_time(datetime(2026, 12, 1, 12, 0))
    page.reload()
    assert not lapsed.is_visible()
    assert page.get_by_text("Klar", exact=True).is_visible()
    page.close()


def test_copy_button_copies_the_favourite_text(
    project: Project, browser: Browser, tmp_path_factory: pytest.TempPathFactory
) -> None:
    site = built_like(tmp_path_factory, project)  # the run's build of these files
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto((site / "praksisnotater/afg/index.html").as_uri())
    button = page.get_by_role("button", name="Kopier tekst")
    button.click()
    page.wait_for_function("() => document.querySelector('.pb-copy').textContent === 'Kopiert'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Den generelle sikkerhetssituasjonen er ikke slik")
    context.close()


def test_ticks_survive_a_reload_and_can_be_cleared(
    project: Project, browser: Browser, tmp_path_factory: pytest.TempPathFactory
) -> None:
    site = built_like(tmp_path_factory, project)  # the run's build of these files
    context = browser.new_context()
    page = context.new_page()
    url = (site / "roller/fagansvarlig-enhet/index.html").as_uri()
    page.goto(url)
    boxes = page.locator("[data-checklist] input[type=checkbox]")
    assert boxes.count() == 3
    boxes.nth(0).check()
    boxes.nth(2).check()
    assert page.locator(".pb-checklist__count").inner_text() == "2 av 3 krysset av"

    page.reload()
    assert [boxes.nth(i).is_checked() for i in range(3)] == [True, False, True]
    assert page.locator(".pb-checklist__count").inner_text() == "2 av 3 krysset av"

    # Another checklist (the country's training list) keeps its own ticks.
    page.goto((site / "land/afg/index.html").as_uri())
    assert not page.locator("[data-checklist] input[type=checkbox]").nth(0).is_checked()

    page.goto(url)
    assert not page.get_by_role("button", name="Angre").is_visible()
    page.get_by_role("button", name="Fjern alle kryss").click()
    assert [boxes.nth(i).is_checked() for i in range(3)] == [False, False, False]
    assert "Alle kryss er fjernet" in page.locator(".pb-checklist__count").inner_text()
    page.get_by_role("button", name="Angre").click()  # a slip of the hand is undone
    assert [boxes.nth(i).is_checked() for i in range(3)] == [True, False, True]
    page.reload()
    assert [boxes.nth(i).is_checked() for i in range(3)] == [True, False, True]

    page.get_by_role("button", name="Fjern alle kryss").click()
    page.reload()
    assert [boxes.nth(i).is_checked() for i in range(3)] == [False, False, False]
    assert not page.get_by_role("button", name="Angre").is_visible()
    context.close()


def test_print_view_shows_empty_boxes(
    project: Project, browser: Browser, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    site = built_like(tmp_path_factory, project)  # the run's build of these files
    page = browser.new_page()
    page.goto((site / "roller/fagansvarlig-enhet/index.html").as_uri())
    page.locator("[data-checklist] input[type=checkbox]").nth(0).check()
    page.emulate_media(media="print")
    box = page.locator("[data-checklist] input[type=checkbox]").nth(0)
    assert box.is_visible()
    style = box.evaluate(
        "b => { const s = getComputedStyle(b); "
        "return [s.appearance, s.borderTopStyle, s.borderTopWidth]; }"
    )
    assert style[0] == "none" and style[1] == "solid"  # a drawn box, no tick mark
    assert not page.locator(".pb-checklist__reset").is_visible()
    assert not page.locator(".md-sidebar--primary").is_visible()
    pdf = tmp_path / "sjekkliste.pdf"
    page.pdf(path=str(pdf), format="A4")
    assert pdf.read_bytes().startswith(b"%PDF")
    page.close()


@pytest.mark.parametrize(
    "url",
    [
        "",
        "vedtaksbank",
        "land/afg",
        "vedtaksbank/afg/2024-kvinne",
        "praksisnotater/afg",
        "intervjuguider/afg",
        "roller/fagansvarlig-enhet",
        "roller/ansvarsmatrise",
        "beredskap",
        "gjennomgang/enhet-a1",
        "endringer",
    ],
)
def test_our_content_has_no_serious_accessibility_violations(
    site_for_browser: Path, browser: Browser, url: str
) -> None:
    page = browser.new_page()
    page.goto((site_for_browser / url / "index.html").as_uri())
    # Our own content; the theme's header and search dialog are Material's.
    result = Axe().run(page, context={"include": [["article"]]})
    serious = [
        (v["id"], [n["target"] for n in v["nodes"]][:3])
        for v in result.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    page.close()


@pytest.fixture(scope="module")
def site_for_browser(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The helpers' project with its «Last ned PDF» links; the PDFs are blank stand-ins
    (``shared_builds.pdfs_stood_in``): axe reads the pages, not the PDFs."""
    mp = pytest.MonkeyPatch()
    mp.setenv("PRAKSISBANK_TODAY", "2026-11-21")
    mp.setenv("PRAKSISBANK_PDF", "1")
    project = Project(tmp_path_factory.mktemp("a11y"))
    write_project(project)
    with pdfs_stood_in():
        site = build_site(project)
    mp.undo()
    return site


# -- nothing from elsewhere: the Content-Security-Policy on every demo page ----------------------


class _WithPolicy(SimpleHTTPRequestHandler):
    """A web server set up as handbook/operations.md says: the build's header snippet on every
    response."""

    policy = ""

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", self.policy)
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def demo_served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The demo site (this repository's mkdocs.yml), without PDFs, over HTTP with the header."""
    site = demo_site(tmp_path_factory)
    nginx = (site / SNIPPET_FOLDER / "nginx.conf").read_text(encoding="utf-8")
    header = re.search(r'add_header Content-Security-Policy "([^"]+)" always;', nginx)
    assert header is not None
    handler = type("Handler", (_WithPolicy,), {"policy": header.group(1)})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", site
    server.shutdown()
    server.server_close()


_POLICY_FIRST = """() => {
  const head = [...document.head.children];
  const policy = head.findIndex(e => e.httpEquiv === "Content-Security-Policy");
  const loads = head.findIndex(e => ["SCRIPT", "LINK", "STYLE"].includes(e.tagName));
  return policy >= 0 && policy < loads;
}"""


def test_no_demo_page_breaks_its_policy_or_fetches_from_another_host(
    demo_served: tuple[str, Path], browser: Browser
) -> None:
    """Every page of the demo (the whole site, not a sample), opened in Chromium, carries its
    policy first, breaks none of it, asks only the site itself for anything (issue 9, item 5) and
    finds everything it asks for there; then search and the finder in use do the same."""
    served, site = demo_served
    guard = Guard(served)
    page = guard.attach(browser.new_page(viewport={"width": 1280, "height": 900}))
    missing: list[str] = []
    page.on(
        "response",
        lambda r: missing.append(r.url) if r.status >= 400 and r.url.startswith(served) else None,
    )
    addresses = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(addresses) >= 140 and "404.html" in addresses
    without_policy = []
    for address in addresses:
        page.goto(served + address)
        if not page.evaluate(_POLICY_FIRST):
            without_policy.append(address)
    assert without_policy == []
    assert missing == []

    # Search in use: Pagefind's script, WebAssembly and index parts, with results shown.
    page.goto(served + "vedtaksbank/")
    page.keyboard.press("/")
    page.get_by_role("searchbox", name="Søkeord").press_sequentially("kvinne", delay=15)
    try:
        page.wait_for_function(
            "() => document.querySelector('.pb-search__status').textContent.includes('«kvinne»')",
            timeout=10_000,
        )
    except PlaywrightTimeout:
        pytest.fail(f"the search showed no result; what the browser refused: {guard.faults}")
    assert page.locator(".pb-search__link").count() > 0
    page.keyboard.press("Escape")
    # The finder in use: a filter ticked, fewer decisions shown.
    count = page.locator(".pb-finder__count")
    before = count.inner_text()
    page.locator(".pb-finder__form input[type=checkbox]").first.check()
    page.wait_for_function(
        "t => document.querySelector('.pb-finder__count').textContent !== t", arg=before
    )
    page.wait_for_load_state("networkidle")
    page.close()
    assert guard.faults == []
