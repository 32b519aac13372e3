"""Search (Pagefind) and the header's accessibility: what is indexed, how a reader finds it.

The index is checked from Pagefind's fragments (helpers.search_documents) without a browser;
the search itself, which runs in the reader's browser, is checked in Chromium over HTTP.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from mkdocs.exceptions import Abort
from playwright.sync_api import Browser, Page, Request, Route, expect

from browser_fixtures import browser as browser  # the fixture, found by pytest by its name
from browser_fixtures import serving
from helpers import (
    MKDOCS_YML,
    NOTE,
    TODAY,
    Project,
    build_site,
    decision,
    outdated_decision,
    read_page,
    search_documents,
    withdrawn_decision,
    write_project,
)
from praksisbank.core.base.model import Synonyms
from praksisbank.core.publish.search import (
    Chunk,
    SearchError,
    Watchdog,
    chunks_of,
    index_site,
    route_key,
    run_indexer,
    word_key,
)

CONVERSION = """
## Sammendrag

Søkeren sa at han konverterte til kristendommen etter ankomst.

## Faktum

Søkeren ble døpt i en menighet i Norge.

## Vurdering

Direktoratet fant ikke at søkeren hadde et reelt ønske om å leve som kristen.

## Konklusjon

Søknaden ble avslått.
"""

WITHDRAWN = """
## Sammendrag

Søkeren kom fra Kandahar.

## Faktum

x

## Vurdering

x

## Konklusjon

x
"""

VOCABULARY = """\
- terms: [internflukt, IFA, internt fluktalternativ]
- terms: [konvertering, apostasi]
"""

HELP_PAGE = """\
---
title: Slik bidrar du
---

Skriv et vedtak slik, og les om internflukt i praksisnotatet. Zaranjprosa står i teksten.

```yaml
id: VB-AFG-2024-099
title: Zaranjeksempel
```

Feltet `Zaranjinline` er et eksempel.
"""

SECOND_TEXT = """\
  - title: Internflukt
    text: Søkeren kan henvises til å bosette seg i Kabul.
"""


def write_search_project(project: Project) -> Project:
    """The small project, plus a refusal, an outdated and a withdrawn decision, and two texts."""
    write_project(project)
    project.write(
        "decision_bank/afg/2024-konversjon.md",
        decision(
            "VB-AFG-2024-003",
            title="Anført konversjon ikke troverdig",
            outcome="refused",
            decided="2026-10-02",  # after the practice change: current
            body=CONVERSION,
        ),
    )
    project.write(
        "decision_bank/afg/2019-gammel.md",
        outdated_decision(),
    )
    project.write(
        "decision_bank/afg/2020-fjernet.md",
        withdrawn_decision(body=WITHDRAWN),
    )
    note = NOTE.replace("---\n## Bakgrunn", f"{SECOND_TEXT}---\n## Bakgrunn")
    assert note != NOTE
    project.write("practice_notes/afg.md", note)
    project.write("practice_notes/vocabulary.yml", VOCABULARY)
    project.write("docs/bidra.md", HELP_PAGE)
    return project


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mp = pytest.MonkeyPatch()
    mp.setenv("PRAKSISBANK_TODAY", TODAY.isoformat())
    mp.setenv("PRAKSISBANK_PDF", "0")
    mp.setenv("NO_MKDOCS_2_WARNING", "1")
    built = build_site(write_search_project(Project(tmp_path_factory.mktemp("search"))))
    mp.undo()
    return built


def documents(site: Path) -> dict[str, dict[str, Any]]:
    return {d["url"]: d for d in search_documents(site)}


# -- the index, read from Pagefind's fragments -------------------------------------------------


def test_the_decision_panel_is_separate_words_filters_and_fields(site: Path) -> None:
    doc = documents(site)["/vedtaksbank/afg/2024-konversjon/"]
    assert doc["filters"] == {
        "country": ["Afghanistan"],
        "category": ["Enslige kvinner"],
        "outcome": ["Avslag"],
        "legal_basis": ["utl. § 28 første ledd bokstav a"],
        "status": ["Gjeldende"],
        "type": ["Vedtak"],
    }
    expected = {
        "title": "Anført konversjon ikke troverdig",
        "type": "Vedtak",
        "country": "Afghanistan",
        "outcome": "Avslag",
        "date": "2. oktober 2026",
        "status": "Gjeldende",
        "id": "VB-AFG-2024-003",
    }
    assert {key: doc["meta"].get(key) for key in expected} == expected
    # The panel's values are words of their own ("UtfallAvslag" before), its labels are not.
    words = doc["content"].split()
    assert "Avslag" in words and "Afghanistan" in words and "VB-AFG-2024-003" in words
    assert not re.search(r"Utfall|Rettsgrunnlag|Vedtaksdato|Merk\b", doc["content"])


def test_navigation_and_generated_chrome_are_not_indexed(site: Path) -> None:
    docs = documents(site)
    page = docs["/vedtaksbank/afg/2024-kvinne/"]["content"]
    assert page.startswith("Enslig kvinne fra Herat")  # the page's own heading, no header first
    for chrome in ("Gå til innhold", "Ansvarsmatrise", "Rediger denne siden", "¶", "Innholdsliste"):
        assert chrome not in page
    assert "Kopier tekst" not in docs["/praksisnotater/afg/"]["content"]
    assert all("¶" not in d["meta"]["title"] for d in docs.values())


def test_withdrawn_decisions_and_the_404_page_are_not_in_search(site: Path) -> None:
    docs = documents(site)
    assert "/vedtaksbank/afg/2020-fjernet/" not in docs
    assert not any("Kandahar" in d["content"] for d in docs.values())
    assert not any("404" in url for url in docs)
    assert "data-pagefind-body" not in read_page(site, "vedtaksbank/afg/2020-fjernet")
    # ...but the pages around it are: the search does not lose the rest.
    assert "/vedtaksbank/afg/2025-dublin/" in docs and "/praksisnotater/afg/" in docs


def test_status_of_notes_guides_and_decisions_is_a_field(site: Path) -> None:
    docs = documents(site)
    assert docs["/vedtaksbank/afg/2019-gammel/"]["meta"]["status"] == "Utdatert"
    assert docs["/vedtaksbank/afg/2024-kvinne/"]["meta"]["status"] == "Kan være utdatert"
    assert docs["/praksisnotater/afg/"]["meta"]["type"] == "Praksisnotat"
    assert docs["/praksisnotater/afg/"]["filters"]["country"] == ["Afghanistan"]
    assert docs["/intervjuguider/afg/"]["meta"]["type"] == "Intervjuguide"


# (address, what a caseworker finds there: content, below content, or not indexed)
PLACES = [
    ("vedtaksbank/afg/2024-konversjon", "content"),
    ("praksisnotater/afg", "content"),
    ("intervjuguider/afg", "content"),
    ("roller/saksbehandler", "content"),
    ("bidra", "below"),  # the contributor guide: found, after content
    ("land/afg", "below"),
    ("vedtaksbank", "below"),
    ("", "below"),
    ("endringer", "hidden"),  # lists of other pages' titles
    ("gjennomgang", "hidden"),
    ("beredskap", "hidden"),
]


@pytest.mark.parametrize(("path", "place"), PLACES, ids=[p or "forside" for p, _ in PLACES])
def test_machinery_is_out_of_the_index_or_below_content(site: Path, path: str, place: str) -> None:
    docs = documents(site)
    page = read_page(site, path)
    if place == "hidden":
        assert "/" + path + "/" not in docs and "data-pagefind-body" not in page
        return
    assert ("/" + path + "/").replace("//", "/") in docs
    weighted = 'data-pagefind-body data-pagefind-weight="0.1"' in page
    assert weighted is (place == "below")


def test_a_country_page_is_found_by_its_own_text_not_its_lists_of_decisions(site: Path) -> None:
    """Its tables of decisions are other pages' titles, as on the tag and outcome pages: at
    20,000 decisions they made each country page 36,000 words that outranked the decisions
    for every word of their titles, and a fragment of 13 kB in each first search."""
    page = read_page(site, "land/afg")
    text = documents(site)["/land/afg/"]["content"]
    assert "Anført konversjon ikke troverdig" in page  # listed on the page
    assert "Anført konversjon ikke troverdig" not in text  # and found on its own page only
    assert "Enslige kvinner" in text  # the page's own headings and texts stay searchable


def test_the_review_queues_of_each_unit_are_not_indexed(site: Path) -> None:
    assert not [url for url in documents(site) if url.startswith("/gjennomgang/")]
    assert list((site / "gjennomgang").glob("*/index.html"))  # there are such pages


def test_code_examples_are_never_indexed_but_the_text_around_them_is(site: Path) -> None:
    text = documents(site)["/bidra/"]["content"]
    assert "Zaranjprosa" in text
    assert "Zaranjeksempel" not in text and "Zaranjinline" not in text
    assert "VB-AFG-2024-099" not in text
    # A document's id is code too, and stays searchable.
    assert "VB-AFG-2024-003" in documents(site)["/vedtaksbank/afg/2024-konversjon/"]["content"]


def test_each_kind_of_document_is_a_filter(site: Path) -> None:
    types = {url: d["filters"].get("type") for url, d in documents(site).items()}
    assert types["/vedtaksbank/afg/2024-kvinne/"] == ["Vedtak"]
    assert types["/praksisnotater/afg/"] == ["Praksisnotat"]
    assert types["/intervjuguider/afg/"] == ["Intervjuguide"]
    assert types["/roller/saksbehandler/"] == ["Rolle"]
    assert types["/bidra/"] is None and types["/land/afg/"] is None


def test_vocabulary_and_words_for_the_search_dialog(site: Path) -> None:
    bundle = site / "pagefind"
    found = json.loads((bundle / "praksisbank-vocabulary.json").read_text(encoding="utf-8"))
    groups = found["groups"]
    assert groups[0] == {
        # «IFA» and the longer term are not in the pages: a query with them searches
        # «internflukt», never «ifa» itself (Pagefind would take it for the start of words).
        "terms": ["internflukt", "ifa", "internt fluktalternativ"],
        "search": ["internflukt"],
        "chunks": [[0]],  # the index chunk Pagefind fetches for it: number 0 of chunk_bytes
    }
    # Each chunk's bytes are those of an index file a search fetches.
    sizes = sorted(f.stat().st_size for f in (bundle / "index").glob("*.pf_index"))
    assert found["chunk_bytes"] and all(size in sizes for size in found["chunk_bytes"])
    assert sorted({c for g in groups for cs in g["chunks"] for c in cs}) == list(
        range(len(found["chunk_bytes"]))
    )
    assert groups[1]["search"] == ["konvertering"]  # «konverterte» in a page: a form of it
    shards = {
        f.stem: json.loads(f.read_text(encoding="utf-8"))
        for f in (bundle / "praksisbank-words").glob("*.json")
    }
    assert found["letters"] == sorted(shards)  # the dialog asks only for these
    words = [w for stem in sorted(shards) for w in shards[stem]]
    assert all(word_key(w) == stem for stem in shards for w in shards[stem])
    assert "østerrike" in shards["f8"] and "kvinne" in shards["k"]  # ø is U+00F8
    assert all(words == sorted(words) for words in shards.values())
    assert len(words) == len(set(words))
    assert {"internflukt", "kvinne", "østerrike"} <= set(words)
    assert not [w for w in words if len(w) < 4 or re.search(r"\d", w) or w != w.lower()]
    assert "kandahar" not in words  # only in a withdrawn decision
    assert "zaranjeksempel" not in words  # only in a code example


CHUNKS = [
    Chunk(first="a", last="intervju", size=1),
    Chunk(first="intervjua", last="kami", size=2),
    Chunk(first="kan", last="ø", size=3),
]


@pytest.mark.parametrize(
    ("words", "places"),
    [
        (["internflukt"], [0]),
        (["intervju"], [0]),  # the first chunk that holds it
        (["intervjuet"], [1]),
        (["kamilla"], [1]),  # after «kami», before «kan»: the chunk it might be in
        (["internt", "fluktalternativ"], [0]),  # a term of two words, one chunk
        (["kabul", "nasjonaltjenesten"], [1, 2]),
    ],
)
def test_the_index_chunks_a_term_needs(words: list[str], places: list[int]) -> None:
    assert chunks_of(words, CHUNKS) == places


def test_search_bundle_is_norwegian_and_holds_only_what_the_site_uses(site: Path) -> None:
    bundle = site / "pagefind"
    assert (bundle / "wasm.nb.pagefind").is_file()  # nb: the Norwegian stemmer
    assert (bundle / "pagefind.js").is_file()
    assert not list(bundle.glob("pagefind-*ui*"))  # Pagefind's own interfaces are left out
    assert not (site / "search").exists()  # Material's lunr index is gone


def test_pages_have_norwegian_landmarks_and_no_static_alerts(site: Path) -> None:
    for path in (
        "",
        "vedtaksbank/afg/2019-gammel",
        "praksisnotater/afg",
        "vedtaksbank/afg/2020-fjernet",
    ):
        page = read_page(site, path)
        assert 'aria-label="Toppfelt"' in page and 'aria-label="Header"' not in page
        assert 'role="alert"' not in page  # warnings on a page are read with it, not shouted
        assert 'class="md-header__button md-icon pb-menu-button" aria-label="Meny"' in page
        assert 'class="pb-search" data-pb-search="' in page
    note = read_page(site, "praksisnotater/afg")
    names = re.findall(r'class="md-button pb-copy"[^>]*aria-label="([^"]+)"', note)
    assert names == ["Kopier tekst: Sikkerhetssituasjonen", "Kopier tekst: Internflukt"]


def test_material_search_and_ours_are_not_both_on(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("plugins:\n", 'plugins:\n  - search:\n      lang: ["no"]\n'),
    )
    with pytest.raises(Abort):
        build_site(project)
    assert (
        "Praksisbanken har sitt eget søk (Pagefind), og Materials søk er også slått på"
        in caplog.text
    )


def test_search_can_be_left_to_material(project: Project, no_warnings: None) -> None:
    yml = MKDOCS_YML.replace(
        "plugins:\n  - praksisbank\n",
        "plugins:\n  - search\n  - praksisbank:\n      search: false\n",
    )
    assert yml != MKDOCS_YML
    project.write("mkdocs.yml", yml)
    site = build_site(project)
    assert not (site / "pagefind").exists() and (site / "search/search_index.json").is_file()
    page = read_page(site, "")
    assert "pb-search" not in page and "md-search__input" in page


def test_a_failed_index_is_an_error_in_norwegian(tmp_path: Path) -> None:
    with pytest.raises(SearchError, match="søkeindeksen kunne ikke lages"):
        index_site(tmp_path)  # no HTML: Pagefind refuses


def test_a_live_previews_index_is_made_in_another_process_and_is_the_same(
    site: Path, tmp_path: Path
) -> None:
    """Under the live preview the index is made in a process of its own (its Python does not
    hold the lock the next rebuild needs): the bundle is the one this process makes."""
    import os
    from dataclasses import replace

    from praksisbank.mkdocs_adapter import postbuild

    vocabulary = json.loads((site / "pagefind" / "praksisbank-vocabulary.json").read_text("utf-8"))
    synonyms = [Synonyms(terms=tuple(g["terms"])) for g in vocabulary["groups"]]
    here, apart = tmp_path / "here", tmp_path / "apart"
    for folder in (here, apart):
        shutil.copytree(site, folder)
    made_here = index_site(here, vocabulary=synonyms)
    try:
        made_apart = postbuild._apart(apart, synonyms)
        assert postbuild._process is not None
        pids = postbuild._process.submit(os.getpid).result()
    finally:
        if postbuild._process is not None:
            postbuild._process.shutdown()
            postbuild._process = None
    assert pids != os.getpid()
    # Pages, words, filters, languages, stemming (not the bytes: Pagefind's own files differ
    # by a byte or so from one run to the next).
    assert replace(made_apart, size=0) == replace(made_here, size=0)

    def ours(folder: Path) -> dict[str, bytes]:
        """Our files in the bundle (Pagefind's own names carry a hash of each run)."""
        return {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted((folder / "pagefind").rglob("*"))
            if p.is_file() and p.relative_to(folder).as_posix().startswith("pagefind/praksisbank-")
        }

    assert ours(apart) == ours(here) and len(ours(here)) > 2


def test_the_live_previews_index_process_stops_with_the_preview(tmp_path: Path) -> None:
    """When the preview stops (MkDocs' ``on_shutdown``), the index being made in its process is
    stopped with the process and the program it runs (Pagefind, here a stand-in that sleeps),
    instead of Python waiting for it at exit; a new preview indexes again."""
    import os
    import signal
    import time

    from praksisbank.mkdocs_adapter import postbuild
    from praksisbank.mkdocs_adapter.plugin import PraksisbankPlugin

    plugin = PraksisbankPlugin()
    plugin.on_startup(command="serve", dirty=True)
    told = tmp_path / "indexer.pid"
    running = postbuild.index_process().submit(
        run_indexer,
        ["sh", "-c", f"echo $$ > '{told}'; exec sleep 600"],
        pages=1,
        watchdog=Watchdog(),
    )
    bound = time.monotonic() + 120  # ends a failing test; not a measure of speed
    while not (told.is_file() and told.read_text().strip()) and time.monotonic() < bound:
        time.sleep(0.05)
    indexer = int(told.read_text())
    workers = list(postbuild.index_workers())
    assert workers and all(worker.is_alive() for worker in workers)

    plugin.on_shutdown()

    assert postbuild._process is None and running.done()
    assert not any(worker.is_alive() for worker in workers)
    with pytest.raises(ProcessLookupError):  # stopped and reaped, not left running
        os.kill(indexer, 0)
    plugin.on_startup(command="serve", dirty=True)
    assert not postbuild._stopped

    # The preview's process group stopped (a terminal closed, a service manager): the index's
    # process, idle, ends too, not left waiting on a queue no one writes to.
    assert postbuild.index_process().submit(os.getpid).result() != os.getpid()
    idle = list(postbuild.index_workers())
    assert idle[0].pid is not None
    os.kill(idle[0].pid, signal.SIGTERM)
    idle[0].join(120)  # ends a failing test; not a measure of speed
    assert not idle[0].is_alive()
    postbuild.stop_search()
    plugin.on_startup(command="serve", dirty=True)


# -- in the reader's browser --------------------------------------------------------------------


@pytest.fixture(scope="module", params=["one index", "in parts"])
def served(
    request: pytest.FixtureRequest, site: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The site over HTTP on the loopback address: Pagefind fetches its index, not from files.
    Every test in the browser runs twice: with the site's one index, and with the same site
    indexed in parts of at most eight pages, as a large site is (``index_site``'s
    ``shard_pages``), which the dialog merges into one search."""
    folder = site
    if request.param == "in parts":
        folder = tmp_path_factory.mktemp("parts") / "site"
        shutil.copytree(site, folder)
        vocabulary = folder / "pagefind" / "praksisbank-vocabulary.json"
        groups = json.loads(vocabulary.read_text(encoding="utf-8"))["groups"]
        entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
        whole = sum(language["page_count"] for language in entry["languages"].values())
        index = index_site(
            folder, vocabulary=[Synonyms(terms=tuple(g["terms"])) for g in groups], shard_pages=8
        )
        assert index.pages == whole  # every page in one part, none in two
        assert len(json.loads(vocabulary.read_text(encoding="utf-8"))["shards"]) >= 2
    with serving(folder) as root:
        yield root


def search(page: Page, query: str) -> list[str]:
    """Type into the open search box, as a reader does; the titles of the results shown."""
    box = page.get_by_role("searchbox", name="Søkeord")
    box.fill("")
    box.press_sequentially(query, delay=15)
    status = page.locator(".pb-search__status")
    page.wait_for_function(
        "q => document.querySelector('.pb-search__status').textContent.includes('«' + q + '»')"
        " && !document.querySelector('.pb-search__results').hasAttribute('aria-busy')",
        arg=query,
    )
    assert status.is_visible()
    return page.locator(".pb-search__link").all_inner_texts()


@pytest.mark.browser
def test_search_by_keyboard_finds_word_forms_ids_and_not_withdrawn(
    served: str, browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(served + "vedtaksbank/")
    assert not [u for u in fetched if "/pagefind/" in u]  # nothing of search before it is used

    page.keyboard.press("/")
    box = page.get_by_role("searchbox", name="Søkeord")
    expect(box).to_be_focused()
    # "kvinnene" is longer than "kvinne": only the stemmer, not a prefix, can match them.
    assert "Enslig kvinne fra Herat" in search(page, "kvinnene")
    assert "Anført konversjon ikke troverdig" in search(page, "konvertering")
    # The id ranks its decision first, although another page names it too ("Se i stedet").
    assert search(page, "VB-AFG-2025-002")[0] == "Dublin-overføring til Østerrike"
    assert "Fjernet vedtak" not in search(page, "vedtak")
    assert search(page, "Kandahar") == []
    assert "Ingen treff på «Kandahar»" in page.locator(".pb-search__status").inner_text()

    # Status in each result; up and down move through the results, Enter opens one.
    titles = search(page, "internflukt")
    title = page.get_by_role("link", name="Gammel vurdering av internflukt", exact=True)
    outdated = page.locator(".pb-search__result", has=title)
    assert outdated.locator(".pb-badge").inner_text() == "Utdatert"
    assert "Vedtak · Afghanistan" in outdated.inner_text()
    box.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == titles[0]
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == titles[1]
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(box).to_be_focused()

    # Escape closes the dialog and gives focus back to the button that opened it.
    page.keyboard.press("Escape")
    opener = page.get_by_role("button", name="Søk", exact=True)
    expect(opener).to_be_focused()
    page.keyboard.press("Enter")
    expect(box).to_be_focused()
    search(page, "Østerrike")
    box.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url("**/vedtaksbank/afg/2025-dublin/")
    page.close()


# (query, the title that must come first): the department's words and ids as people type them
FIRST = [
    ("IFA", "Gammel vurdering av internflukt"),  # not in the pages: their word is searched
    ("internt fluktalternativ Kabul", "Praksisnotat Afghanistan"),
    ("apostasi", "Anført konversjon ikke troverdig"),  # a synonym found in another word form
    ("vb-afg-2025-2", "Dublin-overføring til Østerrike"),  # lower case, no leading zeros
    ("VB-AFG-2025-0002", "Dublin-overføring til Østerrike"),
    ("VB-AFG-2025-002", "Dublin-overføring til Østerrike"),
]


@pytest.mark.browser
def test_synonyms_and_ids_in_any_form_find_their_page_first(
    served: str, browser: Browser, request: pytest.FixtureRequest
) -> None:
    # In parts, Pagefind scores each part's pages by that part's own word statistics: the
    # note and the decision about internal flight, in parts of eight pages, swap places.
    # Both stay first and second; a real part holds up to 6,000 pages (search.SHARD_PAGES).
    swapped = {"internt fluktalternativ Kabul"} if "[in parts]" in request.node.name else set()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served)
    page.get_by_role("button", name="Søk", exact=True).click()
    for query, title in FIRST:
        titles = search(page, query)
        first = titles[:2] if query in swapped else titles[:1]
        assert any(t.startswith(title) for t in first), (query, titles)
    # The reader is told which other words were searched (and none for an id).
    search(page, "IFA")
    assert "Søkte også etter «internflukt»." in page.locator(".pb-search__status").inner_text()
    search(page, "kvinne")
    assert "Søkte også" not in page.locator(".pb-search__status").inner_text()
    page.close()


@pytest.mark.browser
def test_a_synonym_in_a_costly_index_chunk_is_left_out(served: str, browser: Browser) -> None:
    """On a large site each synonym can cost its own chunk of the index (tens of kB): after the
    first, a synonym is searched only while the chunks it adds stay small, or for free when its
    chunk is fetched anyway. The vocabulary file is replaced to give the chunks those sizes."""
    group = {
        "terms": ["kvinne", "internflukt", "konvertering"],
        "search": ["kvinne", "internflukt", "konvertering"],
        "chunks": [[0], [1], [2]],
    }

    def vocabulary(chunks: list[list[int]]) -> dict[str, Any]:
        found = {
            "groups": [{**group, "chunks": chunks}],
            "chunk_bytes": [9_000, 60_000, 60_000, 200_000],
        }
        return {**found, "letters": []}

    def replaced(fields: dict[str, Any], route: Route) -> None:
        """The site's file with these fields (its parts of the index kept)."""
        route.fulfill(json={**route.fetch().json(), **fields})

    for chunks, searched in [
        ([[0], [1], [2]], "«internflukt»"),  # the second synonym would add 60 kB more
        ([[0], [1], [1]], "«internflukt», «konvertering»"),  # in the first one's chunk
        ([[0], [1], [0]], "«internflukt», «konvertering»"),  # in the typed word's chunk
        ([[0], [3], [2]], "«konvertering»"),  # the first in a chunk of 200 kB: left out
    ]:
        page = browser.new_page()
        page.route("**/praksisbank-vocabulary.json", partial(replaced, vocabulary(chunks)))
        page.goto(served)
        page.get_by_role("button", name="Søk", exact=True).click()
        search(page, "kvinne")
        status = page.locator(".pb-search__status").inner_text()
        assert f"Søkte også etter {searched}." in status, (chunks, status)
        page.close()
    # A term the index lacks («IFA») is searched as its first synonym whatever that costs:
    # without it the query would find nothing.
    page = browser.new_page()
    unknown = {"terms": ["internflukt", "ifa"], "search": ["internflukt"], "chunks": [[3]]}
    fields = {**vocabulary([[0], [1], [2]]), "groups": [unknown]}
    page.route("**/praksisbank-vocabulary.json", partial(replaced, fields))
    page.goto(served)
    page.get_by_role("button", name="Søk", exact=True).click()
    assert "Gammel vurdering av internflukt" in search(page, "IFA")
    assert "Søkte også etter «internflukt»." in page.locator(".pb-search__status").inner_text()
    page.close()
    # A query that finds nothing as typed is searched with the synonyms left out for their cost:
    # no page has both «Herat» and «døpt»; the conversion decision has «kristendommen» and «døpt».
    page = browser.new_page()
    costly = {"terms": ["herat", "kristendommen"], "search": ["herat", "kristendommen"]}
    fields = {**vocabulary([[0], [3]]), "groups": [{**costly, "chunks": [[0], [3]]}]}
    page.route("**/praksisbank-vocabulary.json", partial(replaced, fields))
    page.goto(served)
    page.get_by_role("button", name="Søk", exact=True).click()
    assert search(page, "herat døpt") == ["Anført konversjon ikke troverdig"]
    status = page.locator(".pb-search__status").inner_text()
    assert "Søkte også etter «kristendommen»." in status, status
    page.close()


# (query typed, the suggestion offered; None: nothing offered)
SUGGESTIONS = [
    ("konvertrte", "konverterte"),  # no hits: a letter left out
    ("Østeriker", "østerrike"),  # a letter left out, one added
    ("internfulkt", "internflukt"),  # two letters swapped
    ("internflukt Kabl", "internflukt kabul"),  # hits (Pagefind takes «kab»), still offered
    ("kvinnene", None),  # a form of «kvinne»: the stemmer finds it, nothing to offer
    ("konvertering", None),  # the same, for «konverterte»
    ("Kandahar", None),  # only in a withdrawn decision: no word of the index is close
    ("xq", None),
]


@pytest.mark.browser
def test_a_misspelt_search_offers_a_word_of_the_index(served: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served)
    page.get_by_role("button", name="Søk", exact=True).click()
    offer = page.locator(".pb-search__suggest")
    status = page.locator(".pb-search__status")
    for query, suggested in SUGGESTIONS:
        search(page, query)
        page.wait_for_timeout(300)  # a suggestion with hits comes after the hits
        if suggested is None:
            assert offer.is_hidden() and "Mente du" not in (status.text_content() or ""), query
            continue
        expect(offer).to_be_visible()
        assert offer.get_by_role("button").inner_text() == suggested
        # Heard with the status, seen once (on the button).
        assert f"Mente du «{suggested}»?" in (status.text_content() or "")
        assert "Mente du" not in status.inner_text() or status.inner_text().count("Mente") == 1
    # Taking the suggestion searches for it, by keyboard.
    search(page, "konvertrte")
    offer.get_by_role("button").focus()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('.pb-search__status').textContent.includes('«konverterte»')"
    )
    assert page.get_by_role("searchbox", name="Søkeord").input_value() == "konverterte"
    assert "Anført konversjon ikke troverdig" in page.locator(".pb-search__link").all_inner_texts()
    expect(offer).to_be_hidden()
    page.close()


@pytest.mark.browser
def test_filters_inside_search(served: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served)
    page.get_by_role("button", name="Søk", exact=True).click()
    outcome = page.get_by_label("Utfall")
    outcome.focus()  # the filters' values are fetched when a reader reaches them
    page.wait_for_function(
        "() => document.querySelectorAll('select[data-filter=outcome] option').length > 1"
    )
    outcome.select_option("Avslag")
    page.wait_for_function(
        "() => document.querySelector('.pb-search__status').textContent.includes('avgrensningen')"
    )
    assert page.locator(".pb-search__link").all_inner_texts() == [
        "Anført konversjon ikke troverdig"
    ]
    outcome.select_option("")
    page.get_by_label("Status").select_option("Utdatert")
    titles = search(page, "internflukt")
    assert titles == ["Gammel vurdering av internflukt"]
    page.get_by_label("Status").select_option("")
    # Each kind of document, and a decision's category, narrows the search too.
    kind = page.get_by_label("Dokumenttype")
    labels = kind.locator("option").all_inner_texts()
    assert [label.split(" (")[0] for label in labels] == [
        "Alle typer",
        "Intervjuguide",
        "Praksisnotat",
        "Rolle",
        "Vedtak",
    ]
    kind.select_option("Praksisnotat")
    assert search(page, "internflukt") == ["Praksisnotat Afghanistan"]
    kind.select_option("Vedtak")
    page.get_by_label("Kategori").select_option("Dublin-saker")
    assert sorted(search(page, "Østerrike")) == [
        "Dublin-overføring til Østerrike",
        "Gammel vurdering av internflukt",  # a Dublin case too (helpers.outdated_decision)
    ]
    page.get_by_label("Kategori").select_option("Enslige kvinner")
    assert search(page, "Østerrike") == []
    page.close()


@pytest.mark.browser
def test_first_search_downloads_little(served: str, browser: Browser) -> None:
    context = browser.new_context()
    page = context.new_page()
    sizes: dict[str, int] = {}

    def finished(request: Request) -> None:
        size = request.sizes()
        sizes[request.url] = size["responseBodySize"] + size["responseHeadersSize"]

    context.on("requestfinished", finished)
    page.goto(served)
    page.wait_for_load_state("networkidle")
    assert not [u for u in sizes if "/pagefind/" in u]
    page.keyboard.press("/")
    search(page, "kvinnene")
    page.wait_for_load_state("networkidle")
    fetched = {u: s for u, s in sizes.items() if "/pagefind/" in u}
    assert sum(fetched.values()) < 300_000, fetched
    assert not [u for u in fetched if "worker" in u or "/filter/" in u]
    context.close()


@pytest.mark.browser
def test_a_search_loads_only_the_parts_of_the_index_its_words_can_be_in(
    served: str, browser: Browser
) -> None:
    """In parts, a word that only some parts have: the dialog fetches those parts (their page
    lists and chunks) and no other, and finds the page. One index has nothing to choose."""
    page = browser.new_page()
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(served)

    def get(name: str) -> Any:
        return page.request.get(served + "pagefind/" + name).json()

    found = get("praksisbank-vocabulary.json")
    page.get_by_role("button", name="Søk", exact=True).click()
    box = page.get_by_role("searchbox", name="Søkeord")
    box.fill("Herat")  # at once: no search of the first letters
    page.wait_for_function(
        "() => document.querySelector('.pb-search__status').textContent.includes('«Herat»')"
    )
    assert "Enslig kvinne fra Herat" in page.locator(".pb-search__link").all_inner_texts()
    page.wait_for_load_state("networkidle")
    folders = {int(m.group(1)) for u in fetched if (m := re.search(r"/pagefind/(\d+)/", u))}
    if not found["shards"]:
        assert folders == set() and found["routes"] == []
    else:
        digits = get(f"praksisbank-parts/{route_key('herat')}.json")["herat"]
        parts = [n // 3 for n in range(0, len(digits), 3) if digits[n] != "0"]
        needed = {int(found["shards"][n - 1].rstrip("/")) for n in parts if n > 0}
        assert folders == needed
        assert len(needed) < len(found["shards"]) / 2
    page.close()


@pytest.mark.browser
def test_a_search_in_parts_shows_the_best_parts_first_then_the_whole_result(
    served: str, browser: Browser
) -> None:
    """In parts, with room for one part before the first results (``first_bytes``): a word
    every part has is shown first from the part that scores best for it, the list marked
    busy, and then from every part, as the search without steps shows it."""
    found = browser.new_page()
    found.goto(served)
    found.get_by_role("button", name="Søk", exact=True).click()
    whole = search(found, "søkeren")
    found.close()
    page = browser.new_page()

    def one_part(route: Route) -> None:
        route.fulfill(json={**route.fetch().json(), "first_bytes": 1})

    page.route("**/praksisbank-vocabulary.json", one_part)
    page.goto(served)
    page.evaluate(
        """() => {
          window.seen = [];
          const status = document.querySelector('.pb-search__status');
          new MutationObserver(() => window.seen.push([status.textContent,
              document.querySelector('.pb-search__results').getAttribute('aria-busy'),
              document.querySelectorAll('.pb-search__link').length]))
            .observe(status, { childList: true, characterData: true, subtree: true });
        }"""
    )
    page.get_by_role("button", name="Søk", exact=True).click()
    assert search(page, "søkeren") == whole
    seen = page.evaluate("() => window.seen")
    first = [s for s in seen if s[0].startswith("De første treffene på «søkeren»")]
    parts = page.request.get(served + "pagefind/praksisbank-vocabulary.json").json()["shards"]
    if parts:
        assert first and first[0][1] == "true" and first[0][2] > 0, seen
    else:
        assert not first  # one index: nothing to search first
    assert seen[-1][0].startswith(tuple("123456789")) and seen[-1][1] is None, seen
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 375])
def test_search_open_has_no_accessibility_violations(
    served: str, browser: Browser, width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(served + "vedtaksbank/afg/2019-gammel/")
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
    closed = Axe().run(page, options=options)
    page.get_by_role("button", name="Søk", exact=True).click()
    search(page, "internflukt")
    page.get_by_label("Dokumenttype").focus()  # the filters filled from the index
    page.wait_for_function(
        "() => document.querySelectorAll('select[data-filter=type] option').length > 1"
    )
    opened = Axe().run(page, options=options)
    search(page, "konvertrte")
    expect(page.locator(".pb-search__suggest")).to_be_visible()
    suggesting = Axe().run(page, options=options)
    found = [
        (v["id"], [n["target"] for n in v["nodes"]][:3])
        for result in (closed, opened, suggesting)
        for v in result.response["violations"]
    ]
    assert found == []
    page.close()


@pytest.mark.browser
def test_narrow_menu_works_by_keyboard_and_hides_its_links(served: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 740})
    page.goto(served + "roller/fagansvarlig-enhet/")
    in_drawer = "() => !!document.activeElement.closest('.md-sidebar--primary')"
    # Closed, the drawer's links take no focus: Tab goes from the header to the page.
    for _ in range(12):
        page.keyboard.press("Tab")
        assert not page.evaluate(in_drawer)
    page.keyboard.press("Shift+Tab")
    menu = page.get_by_role("button", name="Meny")
    menu.focus()
    assert menu.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    page.wait_for_function(in_drawer)
    assert menu.get_attribute("aria-expanded") == "true"
    assert page.evaluate("document.activeElement.textContent.trim()") == "Forside"
    page.keyboard.press("Escape")
    expect(menu).to_be_focused()
    assert menu.get_attribute("aria-expanded") == "false"
    page.close()


@pytest.mark.browser
def test_checklist_boxes_show_keyboard_focus(served: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served + "roller/fagansvarlig-enhet/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "checkbox":
            break
    outline = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    assert outline[0] == "solid" and outline[1] >= 2
    page.close()


@pytest.mark.browser
def test_copy_without_a_secure_context_selects_the_text_and_says_so(
    served: str, browser: Browser
) -> None:
    page = browser.new_page()
    # Plain http on an intranet host: no clipboard API.
    page.add_init_script(
        "Object.defineProperty(window, 'isSecureContext', {value: false});"
        "Object.defineProperty(navigator, 'clipboard', {value: undefined});"
    )
    page.goto(served + "praksisnotater/afg/")
    button = page.get_by_role("button", name="Kopier tekst: Internflukt")
    button.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("getSelection().toString()") == (
        "Søkeren kan henvises til å bosette seg i Kabul."
    )
    live = page.locator("[role=status].pb-visually-hidden")
    page.wait_for_function(
        "() => document.querySelector('[role=status].pb-visually-hidden').textContent"
    )
    assert live.text_content() in (
        "Kopiert: Internflukt",
        "Teksten er merket. Trykk Ctrl+C (Cmd+C på Mac) for å kopiere den.",
    )
    page.close()
