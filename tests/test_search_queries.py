"""Search as caseworkers use it: real queries over the demo, each with the page it must find.

Every row is a query a caseworker types (abbreviations, older terms, ids as the address spells
them, words from the department's vocabulary) and the page that must be among the first results
shown, in Chromium over HTTP, through the site's own search dialog. The suite's share is the
figure reported for search quality: ``PRAKSISBANK_SEARCH_SITE=/path/to/site`` runs it over a
site built elsewhere (an older version, to compare), instead of building the demo.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from browser_fixtures import browser as browser
from browser_fixtures import (
    demo_site as shared_demo_site,  # the fixture, found by pytest by its name
)

ROOT = Path(__file__).resolve().parent.parent

# (query, the page that must be found, in the first n results)
QUERIES: list[tuple[str, str, int]] = [
    # The content's own words.
    ("internflukt Kabul", "/vedtaksbank/afg/2019-04-enslig-mann-internflukt-kabul/", 3),
    ("nasjonaltjenesten desertør", "/vedtaksbank/eri/2019-03-desertor-treningsleir/", 3),
    ("minoritetsklan", "/vedtaksbank/som/2019-25-minoritetsklan-angrep/", 3),
    (
        "konvertitt menighet Afghanistan",
        "/vedtaksbank/afg/2022-31-konvertitt-kristendom-troverdig/",
        3,
    ),
    ("Dublin Italia Eritrea", "/vedtaksbank/eri/2021-26-dublin-italia-registrert/", 3),
    ("desertør Syria", "/vedtaksbank/syr/2026-06-desertor-familie-oppsokt/", 3),
    (
        "unndragelse familie oppsøkt",
        "/praksisavklaringer/syr-2026-01-familie-oppsokt-unndragelse/",
        3,
    ),
    (
        "aktivist tiltalt sosiale medier Tyrkia",
        "/vedtaksbank/tur/2026-09-kurdisk-aktivist-tiltalt-innlegg/",
        3,
    ),
    ("journalist kontrollposter", "/vedtaksbank/syr/2023-30-lokal-journalist-trusler/", 3),
    ("Mogadishu telefonkontakt", "/praksisavklaringer/som-2026-02-telefonkontakt-som-nettverk/", 3),
    ("kurdisk parti pågrepet", "/vedtaksbank/tur/2020-13-partimedlem-pagrepet/", 3),
    ("ulovlig utreise eldre kvinne", "/vedtaksbank/eri/2019-21-eldre-kvinne-ulovlig-utreise/", 3),
    (
        "personellregister politiet",
        "/praksisavklaringer/afg-2026-03-stillinger-i-personellregistre/",
        3,
    ),
    (
        "kjønnslemlestelse født utenfor Somalia",
        "/praksisavklaringer/som-2026-01-jenter-fodt-utenfor-somalia/",
        3,
    ),
    ("demens humanitært grunnlag", "/vedtaksbank/syr/2023-12-eldre-kvinne-demens/", 3),
    ("nabolagskomite", "/vedtaksbank/sdn/2019-27-demonstrant-nabolagskomite/", 5),
    ("intervju barn Afghanistan", "/intervjuguider/afg-barn/", 3),
    ("intervjuguide Eritrea", "/intervjuguider/eri/", 3),
    ("praksisnotat Syria", "/praksisnotater/syr/", 3),
    ("landpraksiskontakt", "/roller/landpraksiskontakt/", 3),
    ("saksbehandler sjekkliste", "/roller/saksbehandler/", 5),
    # Abbreviations, older terms and everyday words (the vocabulary).
    ("IFA Kabul", "/vedtaksbank/afg/2019-04-enslig-mann-internflukt-kabul/", 3),
    ("IFA Mogadishu klan", "/vedtaksbank/som/2019-12-internflukt-mogadishu-klannettverk/", 3),
    ("militærtjeneste Eritrea", "/vedtaksbank/eri/2019-03-desertor-treningsleir/", 5),
    ("FGM Somalia", "/vedtaksbank/som/2021-18-jente-risiko-kjonnslemlestelse/", 5),
    ("omskjæring jente", "/vedtaksbank/som/2021-18-jente-risiko-kjonnslemlestelse/", 5),
    ("EMA hazara", "/vedtaksbank/afg/2025-09-enslig-mindrearig-hazara-omsorg/", 3),
    ("apostasi kristen", "/vedtaksbank/afg/2022-31-konvertitt-kristendom-troverdig/", 5),
    ("Eurodac Kroatia", "/vedtaksbank/syr/2024-27-dublin-kroatia-fingeravtrykk/", 3),
    ("tvangsverving Somalia", "/vedtaksbank/som/2020-07-truet-av-vaepnet-gruppe/", 5),
    (
        "familieinnvandring Eritrea",
        "/vedtaksbank/eri/2026-15-soknad-trukket-familiegjenforening/",
        5,
    ),
    ("militærnekt bot", "/vedtaksbank/tur/2021-08-vernepliktsnekter-legitim-straff/", 5),
    (
        "SoMe delinger etterforskning",
        "/praksisavklaringer/tur-2026-03-delinger-uten-etterforskning/",
        5,
    ),
    ("henlagt Dublin Sudan", "/vedtaksbank/sdn/2023-28-soknad-trukket-reist-videre/", 5),
    ("ID-tvil Eritrea", "/vedtaksbank/eri/2020-09-nasjonalitet-ikke-sannsynliggjort/", 3),
    # Ids as the address or a colleague spells them.
    ("VB-AFG-2024-017", "/vedtaksbank/afg/2024-17-enslig-kvinne-herat/", 1),
    ("VB-AFG-2024-17", "/vedtaksbank/afg/2024-17-enslig-kvinne-herat/", 1),
    ("vb-afg-2024-017", "/vedtaksbank/afg/2024-17-enslig-kvinne-herat/", 1),
    ("vb-som-2019-12", "/vedtaksbank/som/2019-12-internflukt-mogadishu-klannettverk/", 1),
    ("PA-ERI-2026-1", "/praksisavklaringer/eri-2026-01-udokumentert-fritak/", 1),
]

MACHINERY = ("/slik-bidrar-du/", "/gjennomgang/", "/endringer/", "/beredskap/", "/problemer/")
"""Pages for contributors and the units' work: never before content in a caseworker's search."""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    given = os.environ.get("PRAKSISBANK_SEARCH_SITE")
    if given:
        yield Path(given)
        return
    yield shared_demo_site(tmp_path_factory)


@pytest.fixture(scope="module")
def searching(demo_site: Path, browser: Browser) -> Iterator[Page]:
    """The demo over HTTP, with the search dialog open on its front page."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(demo_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
    page.get_by_role("button", name="Søk", exact=True).click()
    yield page
    page.close()
    server.shutdown()
    server.server_close()


def results(page: Page, query: str) -> list[str]:
    """The addresses of the results shown for `query`, in order."""
    box = page.get_by_role("searchbox", name="Søkeord")
    box.fill(query)
    page.wait_for_function(
        "q => document.querySelector('.pb-search__status').textContent.includes('«' + q + '»')",
        arg=query,
    )
    hrefs = page.locator(".pb-search__link").evaluate_all(
        "links => links.map(a => new URL(a.href).pathname)"
    )
    return [str(h) for h in hrefs]


@pytest.mark.browser
@pytest.mark.parametrize(("query", "wanted", "top"), QUERIES, ids=[q for q, _, _ in QUERIES])
def test_a_caseworkers_query_finds_its_page_among_the_first(
    searching: Page, query: str, wanted: str, top: int
) -> None:
    found = results(searching, query)
    assert wanted in found[:top], found[:top]


@pytest.mark.browser
@pytest.mark.parametrize("query", ["internflukt Kabul", "Dublin", "intervju", "nettverk"])
def test_pages_for_contributors_come_after_content(searching: Page, query: str) -> None:
    found = results(searching, query)
    assert found, query
    first = [url for url in found[:5] if url.startswith(MACHINERY)]
    assert first == []


def test_each_group_of_the_demo_vocabulary_reaches_the_pages(demo_site: Path) -> None:
    """A group none of whose terms is in the index expands nothing: the demo has none."""
    found = json.loads((demo_site / "pagefind/praksisbank-vocabulary.json").read_text("utf-8"))
    assert len(found["groups"]) >= 30
    assert [g["terms"] for g in found["groups"] if not g["search"]] == []
