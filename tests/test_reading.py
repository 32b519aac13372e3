"""What a reader reads: no internal values shown raw, counts that agree (and say what they leave
out), the footer, the 404 page, the finder's script only where the finder is, and the charts on
the country pages and the readiness overview. Real builds of the small test project; the last
tests open the pages in Chromium (served over HTTP, at 375 px and in print)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser_fixtures import browser as browser  # the fixture, found by pytest by its name
from helpers import (
    MKDOCS_YML,
    Project,
    build_site,
    read_page,
    search_documents,
    visible_text,
    write_project,
)
from shared_builds import project_site
from test_finder import write_finder_project

NBSP = "\u00a0"

GUIDE_CHILDREN = """\
---
id: IG-AFG-BARN
title: Intervjuguide Afghanistan – samtaler med barn
country: AFG
audience: children
quality_assured_by: Fagansvarlig enhet
quality_assured: 2026-08-20
last_reviewed: 2026-08-20
---
## Forberedelse

Les praksisnotatet.
"""

FOOTER = """\
extra:
  owner: Asylavdelingen (test)
  contact:
    text: Meld fra om feil
    url: https://git.intern.example/asyl/praksisbanken/issues
"""


FIELD_ROWS = [
    ("quality_assured_by", "tekst", "hvem som kvalitetssikret guiden, slik enheten skriver navnet"),
    ("review_interval_days", "heltall", "antall dager mellom hver gjennomgang av dokumentet"),
    (
        "practice_clarifications/",
        "mappe",
        "korte og daterte svar på spørsmål om praksis for ett land",
    ),
]
FIELDS_PAGE = (
    "---\ntitle: Felter\n---\n\n# Felter\n\n| felt | type | betydning |\n|---|---|---|\n"
    + "".join(f"| `{name}` | {kind} | {meaning} |\n" for name, kind, meaning in FIELD_ROWS)
)


def reading_project(project: Project) -> Project:
    """The finder's project (two countries; current, possibly outdated, outdated, withdrawn),
    a children's guide, a guide quality-assured by a role that is not the network, and the
    footer's settings."""
    write_finder_project(project)
    project.write("interview_guides/afg-barn.md", GUIDE_CHILDREN)
    guide = (project.root / "interview_guides/afg.md").read_text(encoding="utf-8")
    project.write(
        "interview_guides/afg.md",
        guide.replace(
            "quality_assured_by: Intervjufaglig nettverk", "quality_assured_by: Fagansvarlig enhet"
        ),
    )
    project.write("mkdocs.yml", MKDOCS_YML + FOOTER)
    project.write("docs/felter.md", FIELDS_PAGE)  # field names in a table, as on «Slik bidrar du»
    return project


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mp = pytest.MonkeyPatch()
    mp.setenv("PRAKSISBANK_TODAY", "2026-11-21")
    mp.setenv("PRAKSISBANK_PDF", "0")
    mp.setenv("NO_MKDOCS_2_WARNING", "1")
    project = reading_project(write_project(Project(tmp_path_factory.mktemp("reading"))))
    built = build_site(project)
    mp.undo()
    return built


# -- internal values are not shown raw ------------------------------------------------------------

READING = [
    # (page, what a reader sees, what must not show)
    (
        "land/afg",
        "Kvinner uten mannlig nettverk. Saker i kategorien regnes som komplekse.",
        "Kompleksitet:",
    ),
    ("land/afg", "Saker i kategorien regnes som enkle.", "Kompleksitet: enkel"),
    ("land/afg", "Intervjuguide Afghanistan – samtaler med barn", "(barn)"),
    ("land/afg", "Intervjuguide Afghanistan, for voksne", "(voksne)"),
    ("praksisnotater/afg", "Kategori Kompleksitet Vedtak", "Kode Kategori"),
    ("beredskap", "kvalitetssikret av fagansvarlig enhet, ikke av", "av Fagansvarlig enhet"),
]


@pytest.mark.parametrize(("url", "shown", "not_shown"), READING)
def test_pages_show_words_not_internal_values(
    site: Path, url: str, shown: str, not_shown: str
) -> None:
    text = visible_text(read_page(site, url))
    assert shown in text
    assert not_shown not in text


def test_arrivals_are_written_with_a_no_break_space_between_thousands(site: Path) -> None:
    page = read_page(site, "beredskap")
    assert f'<td class="pb-number">1{NBSP}200</td>' in page  # the table, and the chart's table
    assert ">1200<" not in page and "1 200" not in page  # never a plain space: it could wrap


def test_category_codes_stay_out_of_the_practice_note_table(site: Path) -> None:
    page = read_page(site, "praksisnotater/afg")
    table = page[page.index('id="kategorier"') :]
    table = table[: table.index("</table>")]
    assert "enslig-kvinne</code>" not in table and ">Kode<" not in table


# -- counts agree, and say what they leave out ----------------------------------------------------


def cells(page: str, column: int) -> list[str]:
    body = page[page.index("<tbody>") : page.index("</tbody>")]
    rows = re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
    return [
        visible_text(re.findall(r"<td[^>]*>(.*?)</td>", r, flags=re.S)[column]).strip()
        for r in rows
    ]


def test_every_count_of_decisions_is_the_same_number(site: Path) -> None:
    # The finder's project: 6 decisions written, 1 withdrawn, so 5 published (1 outdated).
    home = visible_text(read_page(site, ""))
    bank = read_page(site, "vedtaksbank")
    table = bank[bank.index('id="vedtak-per-land"') :]
    countries = read_page(site, "land")
    facet = re.findall(r'data-count-for="land:[a-z]+">(\d+)<', bank)
    counts = {
        "front page": int(re.search(r"(\d+) eksempelvedtak", home).group(1)),  # type: ignore[union-attr]
        "finder": len(re.findall(r'<tr data-id="', bank)),
        "finder text": int(re.search(r"(\d+) publiserte vedtak", visible_text(bank)).group(1)),  # type: ignore[union-attr]
        "table per country": sum(int(n) for n in cells(table, 1)),
        "country facet": sum(int(n) for n in facet),
        "countries page": sum(int(n) for n in cells(countries, 4)),
    }
    assert set(counts.values()) == {5}, counts


def test_the_finder_says_what_it_leaves_out(site: Path) -> None:
    text = visible_text(read_page(site, "vedtaksbank"))
    assert "1 vedtak er fjernet og telles ikke med her eller andre steder" in text
    assert "Publiserte vedtak per land: utdaterte telles med, fjernede ikke (5 i alt" in text


def test_no_withdrawn_line_when_nothing_is_withdrawn(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = visible_text(read_page(project_site(tmp_path_factory, write_project), "vedtaksbank"))
    assert "er fjernet" not in text


# -- the footer ------------------------------------------------------------------------------------

FOOTERS = [
    # (settings added to mkdocs.yml, footer text, contact link or None)
    (
        FOOTER,
        "Testbanken eies av Asylavdelingen (test). Meld fra om feil. Bygget 21. november 2026.",
        "https://git.intern.example/asyl/praksisbanken/issues",
    ),
    ("", "Testbanken. Bygget 21. november 2026.", None),  # nothing set: no empty promises
    (
        "extra:\n  owner: Asylavdelingen\n",
        "Testbanken eies av Asylavdelingen. Bygget 21. november 2026.",
        None,
    ),
]


def test_the_footer_prints_its_settings_as_text(project: Project) -> None:
    """``extra.owner`` goes into every page: an ampersand is written as text, not as markup
    (HTML itself in the setting is refused by check and the build: test_site_config)."""
    project.write("mkdocs.yml", MKDOCS_YML + "extra:\n  owner: Asyl &amp Co\n")
    footer = read_page(build_site(project), "")
    assert "eies av Asyl &amp;amp Co." in footer


@pytest.mark.parametrize(("settings", "text", "contact"), FOOTERS)
def test_the_footer_says_who_owns_the_site_and_when_it_was_built(
    tmp_path_factory: pytest.TempPathFactory, settings: str, text: str, contact: str | None
) -> None:
    def write(project: Project) -> None:
        write_project(project).write("mkdocs.yml", MKDOCS_YML + settings)

    site = project_site(tmp_path_factory, write)  # without settings: the helpers' project
    for url in ("", "land/afg", "vedtaksbank/afg/2024-kvinne"):
        page = read_page(site, url)
        footer = page[page.index('<footer class="md-footer">') : page.index("</footer>")]
        assert visible_text(footer).strip() == text
        links = re.findall(r'<a href="([^"]+)"', footer)
        assert links == ([contact] if contact else [])


# -- the 404 page ---------------------------------------------------------------------------------

NOT_FOUND = [
    # (site_url, the link home)
    ("https://praksis.intern.example/", "/"),
    ("https://intern.example/praksis/", "/praksis/"),  # served under a path
    ("", "/"),  # no site_url: the docs root is the server's root
]


@pytest.mark.parametrize(("site_url", "home"), NOT_FOUND)
def test_the_404_page_has_a_title_a_search_button_and_a_link_home(
    project: Project, site_url: str, home: str
) -> None:
    config = MKDOCS_YML.replace("site_url: https://praksis.intern.example/\n", "")
    project.write("mkdocs.yml", (f"site_url: {site_url}\n" if site_url else "") + config)
    page = (build_site(project) / "404.html").read_text(encoding="utf-8")
    assert "<title>Siden finnes ikke – Testbanken</title>" in page
    assert f'href="{home}">Gå til forsiden</a>' in page  # a path: works on any host
    assert re.search(r'<button type="button" class="md-button" data-pb-open-search hidden>', page)


# -- the finder's script only where the finder is -------------------------------------------------


def test_the_finder_script_loads_only_on_the_decision_bank(site: Path) -> None:
    loading = sorted(
        str(p.relative_to(site))
        for p in site.rglob("*.html")
        if "finder.js" in p.read_text("utf-8")
    )
    assert loading == ["vedtaksbank/index.html"]
    assert (site / "assets/praksisbank/finder.js").is_file()  # still published
    page = read_page(site, "vedtaksbank")
    assert page.index("finder.js") > page.index("bundle.")  # after Material's own script


# -- the charts ----------------------------------------------------------------------------------


def chart(page: str, chart_id: str) -> str:
    start = page.index(f'aria-labelledby="{chart_id}-title {chart_id}-desc"')
    return page[page.rindex("<svg", 0, start) : page.index("</svg>", start) + 6]


def test_the_country_page_shows_practice_over_time(site: Path) -> None:
    page = read_page(site, "land/afg")
    svg = chart(page, "pb-tidslinje-afg")
    assert 'role="img"' in svg
    assert '<title id="pb-tidslinje-afg-title">Praksis over tid for Afghanistan</title>' in svg
    # The note's practice change of 15 September 2026; every published decision is older.
    assert "Siste praksisendring 15. september 2026" in svg
    assert "3 vedtak er fattet før den." in svg  # withdrawn ones are not drawn
    assert "Fjernet vedtak" not in svg
    text = visible_text(page)
    assert (
        "Praksis over tid for Afghanistan: 3 av vedtakene er fattet før siste praksisendring "
        "15. september 2026"
    ) in text
    assert "Det grå feltet er tiden før siste praksisendring" in text
    table = page[page.index('class="pb-chart-table"') :]
    table = table[: table.index("</table>")]
    assert "<a " not in table  # hidden on screen: no link in it may take the focus


def test_the_charts_stay_out_of_search(site: Path) -> None:
    records = {d["url"]: d["content"] for d in search_documents(site)}
    country = next(
        text
        for url, text in records.items()
        if url.endswith("/land/afg/") and "endringer" not in url
    )
    # The readiness overview may be left out of search altogether (an overview page).
    readiness = next((text for url, text in records.items() if url.endswith("beredskap/")), "")
    assert "Kategorier og eksempelvedtak" in country  # the page is indexed...
    assert "Siste praksisendring" not in country and "Det grå feltet" not in country
    assert "Fylte søyler" not in readiness  # ...its charts and their tables are not


def test_a_country_without_practice_changes_has_no_shaded_time(site: Path) -> None:
    svg = chart(read_page(site, "land/eri"), "pb-tidslinje-eri")
    assert "pb-chart__before" not in svg and "Siste praksisendring" not in svg


def test_the_readiness_overview_draws_the_arrivals_ranking(site: Path) -> None:
    page = read_page(site, "beredskap")
    svg = chart(page, "pb-ankomster")
    assert ">1. Afghanistan</text>" in svg
    assert f"1{NBSP}200" in svg
    assert (
        "Ankomster siste 12 måneder per land: Afghanistan 1\u00a0200 (beredskapsland nr. 1)." in svg
    )


# -- in Chromium ----------------------------------------------------------------------------------


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _NotFound(_Quiet):
    """Serves 404.html for an address that does not exist, as a web server is set up to."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404:
            super().send_error(code, message, explain)
            return
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_NotFound, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.mark.browser
def test_in_chromium_the_404_page_searches_and_goes_home(served: str, browser: Any) -> None:
    page = browser.new_page()
    page.goto(served + "finnes/ikke/her/")
    assert page.title() == "Siden finnes ikke – Testbanken"
    search = page.get_by_role("button", name="Søk i Testbanken")
    search.click()
    assert page.locator(".pb-search__dialog").is_visible()
    page.keyboard.press("Escape")
    page.get_by_role("link", name="Gå til forsiden").click()
    page.wait_for_load_state()
    assert page.url == served
    page.close()


@pytest.mark.browser
def test_in_chromium_the_finder_says_why_decisions_are_hidden(served: str, browser: Any) -> None:
    page = browser.new_page()
    page.goto(served + "vedtaksbank/")
    assert page.locator(".pb-finder__count").inner_text() == (
        "4 av 5 vedtak passer. Sortert etter dato, nyeste først. 1 vedtak vises ikke fordi "
        "statusen er «utdatert»: kryss av under Status for å se det."
    )
    page.get_by_role("checkbox", name=re.compile(r"^Utdatert")).check()
    assert page.locator(".pb-finder__count").inner_text().startswith("Alle 5 vedtak vises.")
    page.close()


CHART_PAGES = [("land/afg/", "pb-tidslinje-afg"), ("beredskap/", "pb-ankomster")]


@pytest.mark.browser
@pytest.mark.parametrize(("url", "chart_id"), CHART_PAGES)
@pytest.mark.parametrize("width", [375, 1280])
def test_in_chromium_charts_fit_the_screen_and_their_table_prints(
    served: str, browser: Any, url: str, chart_id: str, width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(served + url)
    svg = page.locator(f'svg[aria-labelledby="{chart_id}-title {chart_id}-desc"]')
    box = svg.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    assert box["width"] >= min(width - 60, 300)  # not shrunk to a stamp on a phone
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
    # The chart is named from its own title and description.
    name = page.evaluate("id => document.getElementById(id + '-title').textContent", chart_id)
    assert name and svg.get_attribute("role") == "img"
    table = page.locator(".pb-chart-data").first
    assert (table.bounding_box() or {"width": 0})["width"] <= 1  # screen readers only
    page.emulate_media(media="print")
    assert (table.bounding_box() or {"width": 0})["width"] > 100  # printed in full
    page.close()


MID_WORD = """() => {
  const found = [];
  for (const code of document.querySelectorAll("td code")) {
    const text = code.firstChild;
    let top = null;
    for (let i = 0; i < text.length; i++) {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const box = range.getClientRects()[0];
      if (!box) continue;
      const letters = /[\\p{L}\\p{N}]/u;
      const between = letters.test(text.data[i - 1]) && letters.test(text.data[i]);
      if (top !== null && box.top > top + 2 && between) {
        found.push(text.data.slice(0, i) + "|" + text.data.slice(i));
      }
      top = box.top;
    }
  }
  return found;
}"""
"""Field names in table cells broken between two letters (Material lets code break anywhere)."""


@pytest.mark.browser
@pytest.mark.parametrize("width", [375, 1280])
def test_in_chromium_field_names_in_tables_are_not_broken_mid_word(
    served: str, browser: Any, width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(served + "felter/")
    assert page.locator("td code").count() == 3
    assert page.evaluate(MID_WORD) == []
    # The check can fail: with code allowed to break anywhere, the names break mid-word.
    # Through the CSS object model: the page's policy refuses an inline <style> element.
    page.evaluate(
        """() => document.querySelectorAll('.md-typeset td code').forEach(c => {
            c.style.setProperty('overflow-wrap', 'anywhere', 'important');
            c.style.setProperty('display', 'inline-block');
            c.style.setProperty('width', '4em');
        })"""
    )
    assert page.evaluate(MID_WORD) != []
    page.close()


WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.mark.browser
@pytest.mark.parametrize("url", ["land/afg/", "beredskap/", "finnes/ikke/"])
@pytest.mark.parametrize("width", [375, 1280])
def test_in_chromium_pages_with_charts_and_the_404_page_pass_axe(
    served: str, browser: Any, url: str, width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(served + url)
    result = Axe().run(page, options=WCAG)  # the whole page: the footer included
    violations = [
        (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]
    ]
    assert violations == []
    page.close()
