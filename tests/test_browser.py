"""What a reader's browser does with a built site: the checks that need a real Chromium."""

from __future__ import annotations

from datetime import datetime

import pytest
from playwright.sync_api import Browser

from conftest import NOTE, Project, build_site

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
    page.close()


def test_copy_button_copies_the_favourite_text(project: Project, browser: Browser) -> None:
    site = build_site(project)
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto((site / "praksisnotater/afg/index.html").as_uri())
    button = page.get_by_role("button", name="Kopier tekst")
    button.click()
    page.wait_for_function("document.querySelector('.pb-copy').textContent === 'Kopiert'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Den generelle sikkerhetssituasjonen er ikke slik")
    context.close()
