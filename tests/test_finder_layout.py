"""The finder's page as built: cells that name their column (the cards at 375 px), the notice a
reader without JavaScript sees, and the width given to the results. The same page in a browser:
test_finder_layout_browser.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import Project, build_site, read_page, visible_text, write_project
from test_finder import write_finder_project


@pytest.fixture(scope="module")
def finder_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mp = pytest.MonkeyPatch()
    mp.setenv("PRAKSISBANK_TODAY", "2026-11-21")
    mp.setenv("PRAKSISBANK_PDF", "0")
    mp.setenv("NO_MKDOCS_2_WARNING", "1")
    project = write_finder_project(write_project(Project(tmp_path_factory.mktemp("layout"))))
    site = build_site(project)
    mp.undo()
    return site


# -- the built page ---------------------------------------------------------------------------


def test_each_cell_names_its_column_for_the_narrow_cards(finder_site: Path) -> None:
    page = read_page(finder_site, "vedtaksbank")
    body = page[page.index('<div class="pb-finder"') :]
    table = body[: body.index("</table>")]
    assert "<table data-pb-stack>" in table  # stacked by CSS, with or without JavaScript
    rows = re.findall(r"<tr data-id=.*?</tr>", table, re.S)
    assert len(rows) == 5
    for row in rows:
        labels = re.findall(r'<td[^>]*data-label="([^"]+)"', row)
        assert labels == ["Land", "Kategori", "Utfall", "Dato"], row


def test_without_javascript_the_page_says_the_filters_did_not_apply(finder_site: Path) -> None:
    page = read_page(finder_site, "vedtaksbank")
    notice = page[page.index("<noscript>") : page.index("</noscript>")]
    text = visible_text(notice)
    assert "Filtrene virker bare med JavaScript" in text
    assert "Står det filtre i adressen" in text and "er de ikke brukt" in text
    links = {t: h for h, t in re.findall(r'<a href="([^"]+)">([^<]+)</a>', notice)}
    assert links["Afghanistan"] == "../land/afg/#kategorier-og-eksempelvedtak"
    assert links["Eritrea"] == "../land/eri/#kategorier-og-eksempelvedtak"
    assert links["Avslag"] == "utfall/avslag/"
    assert links["Henlagt"] == "utfall/henlagt/"
    assert links["alle rettsgrunnlag med sine vedtak"] == "rettsgrunnlag/"
    here = finder_site / "vedtaksbank"
    for href in links.values():
        assert (here / href.split("#")[0] / "index.html").resolve().is_file(), href


def test_the_finder_page_gives_its_width_to_the_results(finder_site: Path) -> None:
    page = read_page(finder_site, "vedtaksbank")
    assert 'class="md-sidebar md-sidebar--secondary"' in page
    secondary = page[page.index('class="md-sidebar md-sidebar--secondary"') - 200 :][:400]
    assert "hidden" in secondary  # no table of contents beside the finder
