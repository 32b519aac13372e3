"""Attack round 3, class 2, in a real Chromium: a template that writes ``<!--<head>-->`` before
the real head no longer puts the Content-Security-Policy inside a comment."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from browser_fixtures import Guard, serving
from browser_fixtures import browser as browser  # the fixture, found by pytest by its name
from helpers import MKDOCS_YML, Project, build_site, write_project

pytestmark = pytest.mark.browser

_TRY_INLINE = """() => {
  const s = document.createElement("script");
  s.textContent = "window.__ran = 1";
  document.head.append(s);
  return window.__ran === 1;
}"""


@pytest.fixture(scope="module")
def commented_head(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mp = pytest.MonkeyPatch()
    mp.setenv("PRAKSISBANK_TODAY", "2026-11-21")
    mp.setenv("PRAKSISBANK_PDF", "0")  # the test reads the front page's head, not a PDF
    project = write_project(Project(tmp_path_factory.mktemp("head")))
    config = MKDOCS_YML.replace("  language: nb\n", "  language: nb\n  custom_dir: overrides\n")
    project.write("mkdocs.yml", config)
    base = (resources.files("material") / "templates" / "base.html").read_text(encoding="utf-8")
    assert base.count("<head>") == 1
    project.write("overrides/base.html", base.replace("<head>", "<!--<head>--><head>"))
    site = build_site(project)
    mp.undo()
    return site


def test_a_head_in_a_comment_does_not_switch_the_policy_off(
    commented_head: Path, browser: Browser
) -> None:
    html = (commented_head / "index.html").read_text(encoding="utf-8")
    assert '<!--<head>--><head><meta charset="utf-8"><meta http-equiv="Content-Sec' in html
    with serving(commented_head) as root:
        guard = Guard(root)
        page = guard.attach(browser.new_page())
        page.goto(root)
        in_head = page.evaluate(
            "() => [...document.head.children].findIndex("
            "e => e.httpEquiv === 'Content-Security-Policy')"
        )
        assert in_head == 1  # after our charset, before every script, link and style
        assert page.evaluate("document.documentElement.lang") == "nb"
        assert page.evaluate("document.characterSet") == "UTF-8"
        assert page.evaluate(_TRY_INLINE) is False  # an unknown inline script is refused
        page.close()
    assert any("script-src" in fault for fault in guard.faults), guard.faults
