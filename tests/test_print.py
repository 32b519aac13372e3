"""Printing a page from the browser (praksisbank-print.css): Debian's Chromium in print mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from browser_fixtures import browser as browser  # the fixture, found by pytest by its name
from helpers import Project, build_site

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
