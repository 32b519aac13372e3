"""Printing a page from the browser (praksisbank-print.css): Debian's Chromium in print mode, and
its print to PDF read back with pypdf page by page (the status line on every page)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser
from pypdf import PdfReader

from browser_fixtures import browser as browser  # the fixture, found by pytest by its name
from helpers import Project, build_site, decision, outdated_decision, write_project

pytestmark = pytest.mark.browser


def test_printed_page_says_where_and_when_and_hides_the_screen(
    project: Project, browser: Browser, tmp_path: Path
) -> None:
    site = build_site(project)
    page = browser.new_page()
    page.goto((site / "vedtaksbank/afg/2024-kvinne/index.html").as_uri())
    head = page.locator(".pb-print-head")
    assert not head.is_visible()  # on screen: not there
    page.emulate_media(media="print")
    assert head.is_visible()
    text = " ".join(head.inner_text().split())
    assert (
        "Sjekk gjeldende versjon: https://praksis.intern.example/vedtaksbank/afg/2024-kvinne/"
        in (text)
    )
    assert "Bygget 21. november 2026" in text
    # The status follows at the top, in the panel under the title.
    assert page.locator(".pb-panel").is_visible()
    assert "Kan være utdatert" in page.locator(".pb-panel").inner_text()
    for hidden in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-content__button"):
        assert not page.locator(hidden).first.is_visible(), hidden
    style = page.evaluate(
        "() => [getComputedStyle(document.querySelector('.md-typeset h2')).breakAfter,"
        " getComputedStyle(document.querySelector('.pb-panel')).breakInside]"
    )
    assert style == ["avoid", "avoid"]
    page.goto((site / "land/afg/index.html").as_uri())
    row = page.evaluate(
        "() => [getComputedStyle(document.querySelector('.md-typeset tbody tr')).breakInside,"
        " getComputedStyle(document.querySelector('.md-typeset table')).display]"
    )
    assert row == ["avoid", "table"]
    pdf = tmp_path / "side.pdf"
    page.pdf(path=str(pdf), format="A4")
    assert pdf.read_bytes().startswith(b"%PDF")
    page.close()


# -- the status on every printed page ---------------------------------------------------------


def _long(marker: str) -> str:
    """A decision's text long enough for several printed pages (fictional)."""
    paragraph = (
        "Søkeren forklarte seg utførlig om reisen, om familien og om forholdene i hjembyen. " * 6
    )
    parts = "".join(f"\n### Del {n}\n\n{paragraph}\n\n{paragraph}\n" for n in range(1, 9))
    return (
        f"\n## Sammendrag\n\n{marker}.\n\n## Faktum\n{parts}\n## Vurdering\n{parts}"
        "\n## Konklusjon\n\nSøkeren fyller vilkårene.\n"
    )


STATUSES = [
    # (page, the line every printed page must carry, or None: no status line)
    ("vedtaksbank/afg/2019-gammel", "Status: Utdatert. Viser ikke gjeldende praksis."),
    (
        "vedtaksbank/afg/2024-kvinne",  # from before the note's practice change
        "Status: Kan være utdatert. Praksis er endret etter dette vedtaket.",
    ),
    ("vedtaksbank/afg/2025-dublin", None),  # current: nothing to warn about
]


@pytest.fixture(scope="module")
def long_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = write_project(Project(tmp_path_factory.mktemp("print")))
    jumps = "\nSe [vurderingen](#vurdering) og [faktum](2019-gammel.md#faktum).\n"
    project.write(
        "decision_bank/afg/2019-gammel.md", outdated_decision(body=_long("Gammel") + jumps)
    )
    project.write("decision_bank/afg/2024-kvinne.md", decision(body=_long("Kanskje")))
    project.write(
        "decision_bank/afg/2025-dublin.md",
        decision(
            "VB-AFG-2025-002",
            title="Dublin-overføring til Østerrike",
            decided="2025-02-03",
            category="dublin",
            outcome="dublin",
            body=_long("Gjeldende"),
        ),
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PRAKSISBANK_TODAY", "2026-11-21")
        mp.setenv("PRAKSISBANK_PDF", "0")
        return build_site(project)


@pytest.mark.parametrize(("url", "status"), STATUSES)
def test_printed_page_repeats_the_status_on_every_page(
    long_site: Path, browser: Browser, tmp_path: Path, url: str, status: str | None
) -> None:
    page = browser.new_page()
    page.goto((long_site / url / "index.html").as_uri())
    pdf = tmp_path / "side.pdf"
    page.pdf(path=str(pdf), format="A4")
    page.close()
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages]
    assert len(pages) >= 3  # long enough that page 1 alone would not do
    for number, text in enumerate(pages, start=1):
        if status is None:
            assert "Status: " not in text, number  # near-miss: the panel's «Status Gjeldende»
        else:
            assert status in text, number


# -- links on paper -------------------------------------------------------------------------


def test_printed_links_show_their_address_once_and_jumps_none(
    long_site: Path, browser: Browser
) -> None:
    page = browser.new_page()
    page.goto((long_site / "vedtaksbank/afg/2019-gammel/index.html").as_uri())
    page.emulate_media(media="print")
    after = page.evaluate(
        """() => Array.from(document.querySelectorAll('.md-content a[href]'))
             .filter(a => a.offsetParent !== null)
             .map(a => [a.getAttribute('href'), a.textContent.trim(),
                        getComputedStyle(a, '::after').content])"""
    )
    page.close()
    country = (long_site / "land/afg").as_uri() + "/"
    assert next(c for _, text, c in after if text == "Afghanistan") == f'" ({country})"'
    successor = (long_site / "vedtaksbank/afg/2025-dublin").as_uri() + "/"
    assert f'" ({successor})"' in [c for _, _, c in after]  # «Se i stedet»
    for href, _, content in after:
        if href.startswith("#"):
            assert content == "none", href  # a jump on the page: nothing to print
    # Near-miss: a link to this page's own section, written as a path, is a jump too.
    assert [(t, c) for _, t, c in after if t in ("vurderingen", "faktum")] == [
        ("vurderingen", "none"),
        ("faktum", "none"),
    ]
    printed = [c for _, _, c in after if c != "none"]
    assert len(printed) == len(set(printed))  # each address once
    assert len(printed) >= 3


# -- the role page's print button ------------------------------------------------------------


def test_role_page_prints_its_checklist_from_the_keyboard(
    project: Project, browser: Browser
) -> None:
    site = build_site(project)
    page = browser.new_page()
    page.add_init_script("window.print = () => { window.pbPrinted = (window.pbPrinted || 0) + 1; }")
    page.goto((site / "roller/saksbehandler/index.html").as_uri())
    button = page.get_by_role("button", name="Skriv ut sjekkliste")
    assert button.is_visible()
    for _ in range(60):  # by Tab alone, from the top of the page
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('pb-print-button')"):
            break
    else:
        pytest.fail("«Skriv ut sjekkliste» cannot be reached with Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    assert page.evaluate("() => window.pbPrinted") == 2
    page.emulate_media(media="print")
    assert not button.is_visible()  # the paper shows the list, not the button
    page.close()
