"""What Pagefind reports about the index it made: counts as numbers, and an error, never a
count of 0, when its report is not what we know (a new Pagefind version rewording it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from praksisbank.core.publish import search

PAGE = (
    '<html lang="{lang}"><head><title>Side {n}</title></head><body><main data-pagefind-body>'
    "<h1>Enslig kvinne {n}</h1><p>Kvinnene fikk beskyttelse.</p></main></body></html>"
)


def site(tmp_path: Path, pages: int, lang: str = "nb") -> Path:
    for n in range(pages):
        (tmp_path / f"side-{n}.html").write_text(PAGE.format(lang=lang, n=n), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("pages", [1, 3])
def test_the_counts_come_from_the_index(tmp_path: Path, pages: int) -> None:
    """One page is «Indexed 1 page» in Pagefind's words: still counted (it was 0 once)."""
    index = search.index_site(site(tmp_path, pages))
    assert index.pages == pages
    assert index.languages == ("nb",)
    assert index.stemmed
    assert index.words > 0


def test_a_language_without_a_stemmer_is_reported(tmp_path: Path) -> None:
    index = search.index_site(site(tmp_path, 1, lang="xx"))
    assert (index.languages, index.stemmed) == (("xx",), False)


@pytest.mark.parametrize(
    "output",
    [
        "Indexed 3 wrds\n",  # reworded
        "Total:\n  Indexerte 3 ord\n",  # translated
        "",  # nothing at all
    ],
)
def test_an_unknown_summary_is_an_error_not_zero(output: str) -> None:
    with pytest.raises(search.SearchError, match="oppsummering er ikke slik vi kjenner den"):
        search._count(output, "word")


def test_summary_lines_in_singular_and_plural() -> None:
    output = "Total: \n  Indexed 1 language\n  Indexed 1 word\n  Indexed 12 filters\n"
    assert (search._count(output, "word"), search._count(output, "filter")) == (1, 12)


@pytest.mark.parametrize(
    "entry", [None, "ikke json", json.dumps({"version": "9"}), json.dumps({"languages": [1]})]
)
def test_an_unreadable_bundle_description_is_an_error(tmp_path: Path, entry: str | None) -> None:
    if entry is not None:
        (tmp_path / search.ENTRY).write_text(entry, encoding="utf-8")
    with pytest.raises(search.SearchError, match="kan ikke leses"):
        search._entry(tmp_path)


def test_pagefind_is_the_pinned_version() -> None:
    """The summary and the bundle description are read as Pagefind 1.5 writes them."""
    done = subprocess.run(
        [sys.executable, "-m", "pagefind", "--version"], capture_output=True, text=True, check=False
    )
    assert done.stdout.split()[-1].startswith("1.5."), done.stdout


def parted_site(tmp_path: Path) -> Path:
    """Decisions in a folder each (two countries, three years), a folder of pages with no
    searchable text, and the front page."""
    (tmp_path / "index.html").write_text(PAGE.format(lang="nb", n="forside"), encoding="utf-8")
    for country in ("afg", "eri"):
        for year in (2019, 2020, 2021):
            for n in range(4):
                folder = tmp_path / "vedtaksbank" / country / f"{year}-{n:02d}-vedtak"
                folder.mkdir(parents=True)
                text = PAGE.format(lang="nb", n=f"{country} {year} {n}")
                (folder / "index.html").write_text(text, encoding="utf-8")
    hidden = tmp_path / "gjennomgang" / "enhet"
    hidden.mkdir(parents=True)
    (hidden / "index.html").write_text(
        "<html lang='nb'><body><main>Kø uten søkbar tekst</main></body></html>", encoding="utf-8"
    )
    return tmp_path


def test_a_large_site_is_indexed_in_parts_each_page_once(tmp_path: Path) -> None:
    """Parts by folder, a country too large for one part by the years its folders start
    with; the front page a part of its own (every search loads the first part); a folder
    without searchable text in no part (alone, Pagefind would index it all)."""
    site_dir = parted_site(tmp_path)
    assert search.shards(site_dir, 100) == ["**/*.html"]
    globs = search.shards(site_dir, 8)
    assert globs == [
        "*.html",
        "vedtaksbank/afg/2019*/**/*.html",
        "vedtaksbank/afg/2020*/**/*.html",
        "vedtaksbank/afg/2021*/**/*.html",
        "vedtaksbank/eri/2019*/**/*.html",
        "vedtaksbank/eri/2020*/**/*.html",
        "vedtaksbank/eri/2021*/**/*.html",
    ]
    index = search.index_site(site_dir, shard_pages=8)
    assert index.pages == 25  # the front page and 24 decisions, each in one part
    bundle = site_dir / search.BUNDLE
    found = json.loads((bundle / search.VOCABULARY).read_text(encoding="utf-8"))
    assert found["shards"] == ["2/", "3/", "4/", "5/", "6/", "7/"]
    assert (bundle / "pagefind.js").is_file() and not (bundle / "2" / "pagefind.js").exists()
    assert list((bundle / "2").glob("*.pf_meta"))
    # A word lists the parts that have it (0 is the first part): a search loads only those.
    routes = {
        key: json.loads((bundle / search.ROUTES / f"{key}.json").read_text(encoding="utf-8"))
        for key in found["routes"]
    }

    def having(digits: str) -> list[int]:  # three digits a part: score, rank, chunks' bytes
        assert len(digits) == 21
        triples = [digits[n : n + 3] for n in range(0, 21, 3)]
        parts = [n for n, t in enumerate(triples) if t != "000"]
        assert all("0" not in triples[n] for n in parts)
        assert sorted(int(triples[n][1], 36) for n in parts) == list(range(1, len(parts) + 1))
        return parts

    assert having(routes["a_f"]["afg"]) == [1, 2, 3] and having(routes["e_r"]["eri"]) == [4, 5, 6]
    assert having(routes["f_o"]["forside"]) == [0]  # the first part
    assert having(routes["k_v"]["kvinne"]) == list(range(7))  # every part
    assert search.route_key("øy") == "f8_y"
    # What a part costs a first search before its chunks: its page list.
    assert len(found["part_bytes"]) == 7 and all(size > 0 for size in found["part_bytes"])
    assert found["first_bytes"] == search.FIRST_PARTS_BYTES


def test_a_part_scores_a_word_as_its_best_page_does() -> None:
    """BM25 within the part: more of the word in a page scores higher, and so does a word
    fewer of the part's pages have; an overview page's text (weight 0.1) counts little."""
    from collections import Counter

    pages = [
        (100, Counter(internflukt=1, kvinne=1), 1.0),
        (100, Counter(internflukt=4, kvinne=1), 1.0),
        (100, Counter(kvinne=1, konvertitt=1), 1.0),
    ]
    scores = search._best_scores(pages)
    alone = search._best_scores([pages[0], pages[2]])
    assert scores["internflukt"] > alone["internflukt"] > 0  # four times in a page: better
    assert scores["konvertitt"] > scores["kvinne"]  # one page of three, not all three
    overview = search._best_scores([(100, Counter(internflukt=4), 0.1), pages[2]])
    assert overview["internflukt"] < alone["internflukt"]
    assert [search.route_digit(s) for s in (0.0, 0.3, 2.0, 100.0)] == ["1", "1", "8", "z"]
    assert [search.chunk_digit(b) for b in (0, 8_000, 8_001, 10**6)] == ["1", "1", "2", "z"]


def test_a_words_chunks_are_those_its_stem_can_be_in() -> None:
    """Pagefind fetches the chunk of a word's stem and of the words it starts."""
    chunks = [
        search.Chunk(first="a", last="intem", size=10),
        search.Chunk(first="inten", last="intervjuet", size=100),
        search.Chunk(first="intervjuf", last="k", size=1000),
    ]
    assert search._chunks_for("internflukt", chunks) == 100
    assert search._chunks_for("inter", chunks) == 1100  # «interesse» … «intervjuform»
    assert search._chunks_for("zebra", chunks) == 0


def test_only_small_pieces_share_a_part(tmp_path: Path) -> None:
    """Two countries of four decisions and a folder of one note: each country a part, the
    note with the front page's neighbours, never with a country."""
    site_dir = parted_site(tmp_path)
    notes = site_dir / "praksisnotater" / "afg"
    notes.mkdir(parents=True)
    (notes / "index.html").write_text(PAGE.format(lang="nb", n="notat"), encoding="utf-8")
    assert search.shards(site_dir, 24) == [
        "*.html",
        "praksisnotater/**/*.html",
        "vedtaksbank/afg/**/*.html",
        "vedtaksbank/eri/**/*.html",
    ]


@pytest.mark.parametrize(
    ("word", "floor"),
    [
        ("kvinnene", "kvinn"),  # Pagefind's stem «kvinn»: the floor is never longer
        ("konverterte", "konvert"),  # «konverter» (erte to er) or less
        ("syria", "syri"),
        ("eritrea", "eritre"),
        ("ifa", "ifa"),  # shorter than its region: never cut
        ("internflukt", "internflukt"),
    ],
)
def test_the_stem_floor_starts_every_stem_pagefind_can_make(word: str, floor: str) -> None:
    assert search.stem_floor(word) == floor
