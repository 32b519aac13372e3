"""«Siste endringer» and its Atom feeds: every new and changed document newest first, the lists
per country and per kind of document that work without JavaScript, and feeds a reader (Outlook)
can subscribe to, valid Atom 1.0 that carry only what the pages carry."""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from helpers import TODAY, Project, read_page, visible_text, write_project
from praksisbank.core.content.loader import Layout, load
from praksisbank.core.practice.site import Site, SiteOptions
from praksisbank.core.views import changes as changeviews
from praksisbank.core.views import feeds
from shared_builds import build_warnings, project_site
from test_finder import write_finder_project

A = "{http://www.w3.org/2005/Atom}"
SITE_URL = "https://praksis.intern.example/"


@pytest.fixture
def site(project: Project) -> Site:
    result = load(Layout.default(write_finder_project(project).root), TODAY)
    assert result.ok, result.problems
    return Site(result.content, SiteOptions(today=TODAY))


@pytest.fixture
def built(tmp_path_factory: pytest.TempPathFactory, no_warnings: None) -> Path:
    """The finder's project built once per run (test_finder.py reads the same build)."""
    site = project_site(tmp_path_factory, lambda p: write_finder_project(write_project(p)))
    assert build_warnings(site) == []
    return site


# -- the change list ------------------------------------------------------------------------

# (document, date, summary): what the list must say, one row each.
ROWS = [
    ("Søknad trukket", "2026-02-01", "Nytt vedtak: henlagt."),
    ("Alvorlig syk", "2025-04-01", "Nytt vedtak: humanitært."),
    ("Dublin-overføring til Østerrike", "2025-02-03", "Nytt vedtak: dublin."),
    ("Enslig kvinne fra Herat", "2024-05-17", "Nytt vedtak: beskyttelse."),
    ("Gammel vurdering av internflukt", "2019-03-01", "Nytt vedtak: avslag."),
    ("Praksisnotat Afghanistan", "2026-09-15", "Ny vurdering av enslige kvinner."),
    ("Intervjuguide Afghanistan", "2026-08-20", "Nye spørsmål om nettverk."),
]


@pytest.mark.parametrize(("title", "day", "summary"), ROWS)
def test_every_new_and_changed_document_is_listed(
    site: Site, title: str, day: str, summary: str
) -> None:
    rows = changeviews.change_rows(site)
    assert any((r.title, r.date.isoformat(), r.summary) == (title, day, summary) for r in rows), [
        (r.title, r.date, r.summary) for r in rows
    ]


def test_the_list_is_newest_first_and_a_withdrawn_decision_is_never_new(site: Site) -> None:
    rows = changeviews.change_rows(site)
    days = [r.date for r in rows]
    assert days == sorted(days, reverse=True)
    withdrawn = [r for r in rows if r.title == "Fjernet vedtak"]
    assert [r.summary for r in withdrawn] == ["Fjernet: Feil."]


# (narrowed to, the kinds and countries its rows may have)
NARROWED = [
    ({"country": "ERI"}, {"Vedtak", "Praksisnotat"}, {"Eritrea"}),
    ({"country": "AFG"}, {"Vedtak", "Praksisnotat", "Intervjuguide"}, {"Afghanistan"}),
    ({"kind": "vedtak"}, {"Vedtak"}, {"Afghanistan", "Eritrea"}),
    ({"kind": "intervjuguide"}, {"Intervjuguide"}, {"Afghanistan"}),
]


@pytest.mark.parametrize(("narrowed", "kinds", "countries"), NARROWED)
def test_the_list_narrows_to_a_country_or_a_kind(
    site: Site, narrowed: dict[str, str], kinds: set[str], countries: set[str]
) -> None:
    values = changeviews.changes(site, **narrowed)
    rows = values.rows
    assert isinstance(rows, list) and rows
    assert {r.kind for r in rows} == kinds
    assert {r.country for r in rows} == countries


def test_the_change_pages_work_without_javascript(built: Path) -> None:
    page = read_page(built, "endringer")
    text = visible_text(page)
    assert "Land: Alle · Afghanistan · Eritrea" in text
    assert "Dokumenttype: Alle · Vedtak · Praksisnotat · Intervjuguide" in text
    for target in ("land/afg/", "land/eri/", "vedtak/", "praksisnotat/", "intervjuguide/"):
        assert f'href="{target}"' in page, target
        assert (built / "endringer" / target / "index.html").is_file(), target
    # Dates on one line.
    assert '<td class="pb-nowrap"><time datetime="2026-09-15">15. september 2026</time>' in page
    eri = visible_text(read_page(built, "endringer/land/eri"))
    assert "Siste endringer for Eritrea" in eri and "Land: Alle · Afghanistan · Eritrea" in eri
    assert "Søknad trukket" in eri and "Enslig kvinne fra Herat" not in eri


# -- the feeds --------------------------------------------------------------------------------

# (feed, its page, the countries its entries name)
FEEDS = [
    ("endringer/atom.xml", "endringer/", {"AFG", "ERI"}),
    ("land/afg/atom.xml", "endringer/land/afg/", {"AFG"}),
    ("land/eri/atom.xml", "endringer/land/eri/", {"ERI"}),
]


def parse(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == f"{A}feed"
    return root


def text(element: ET.Element, tag: str) -> str:
    found = element.find(f"{A}{tag}")
    assert found is not None and found.text and found.text.strip(), tag
    return found.text


def alternate(element: ET.Element) -> str:
    links = [x for x in element.findall(f"{A}link") if x.get("rel", "alternate") == "alternate"]
    assert len(links) == 1
    return links[0].attrib["href"]


@pytest.mark.parametrize(("name", "page", "countries"), FEEDS)
def test_feeds_are_valid_atom(built: Path, name: str, page: str, countries: set[str]) -> None:
    root = parse(built / name)
    assert text(root, "id").startswith("urn:praksisbanken:")
    assert text(root, "title").startswith("Testbanken: siste endringer")
    assert text(root, "updated") == "2026-09-15T00:00:00Z"  # the newest entry
    assert alternate(root) == SITE_URL + page
    author = root.find(f"{A}author")
    assert author is not None and text(author, "name") == "Testbanken"
    entries = root.findall(f"{A}entry")
    assert entries
    ids = [text(e, "id") for e in entries]
    assert len(set(ids)) == len(ids)
    updated = [text(e, "updated") for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", u) for u in updated)
    named = set()
    for entry in entries:
        text(entry, "title")
        text(entry, "summary")
        href = alternate(entry)
        assert href.startswith(SITE_URL)
        local = built / urlsplit(href).path.lstrip("/") / "index.html"
        assert local.is_file(), href  # every entry links to a page the site has
        named |= {c.attrib["term"] for c in entry.findall(f"{A}category")}
    assert named & {"AFG", "ERI"} == countries


def test_a_feed_carries_only_what_the_change_list_shows(built: Path) -> None:
    page = visible_text(read_page(built, "endringer"))
    for entry in parse(built / "endringer/atom.xml").findall(f"{A}entry"):
        assert text(entry, "title") in page
        summary = text(entry, "summary").split(". ", 1)[1].removeprefix("Endret praksis. ")
        assert summary in page, summary
    feed = (built / "endringer/atom.xml").read_text(encoding="utf-8")
    assert "Fjernet vedtak" in feed and "Nytt vedtak: beskyttelse.</summary>" in feed
    assert feed.count("<title>Fjernet vedtak</title>") == 1  # its removal, never «new»


@pytest.mark.parametrize(
    ("page", "feed"),
    [
        ("index.html", None),
        ("endringer/index.html", None),
        ("land/afg/index.html", "atom.xml"),
        ("endringer/land/eri/index.html", "../../../land/eri/atom.xml"),
        ("vedtaksbank/afg/2024-kvinne/index.html", None),
    ],
)
def test_pages_name_their_feeds_in_the_head(built: Path, page: str, feed: str | None) -> None:
    html = (built / page).read_text(encoding="utf-8")
    head = html[: html.index("</head>")]
    # rel has the token «alternate» (feed discovery), never the exact value Material's script
    # reads as another language of the site (theme/main.html).
    assert '<link rel="alternate"' not in head
    found = re.findall(
        r'<link rel="alternate feed" type="application/atom\+xml"[^>]*href="([^"]+)"', head
    )
    assert found[0] == posixpath.relpath("endringer/atom.xml", posixpath.dirname(page) or ".")
    assert found[1:] == ([feed] if feed else [])
    for href in found:
        assert (built / Path(page).parent / href).resolve().is_file()


def test_the_country_page_links_its_changes_and_feed(built: Path) -> None:
    page = read_page(built, "land/afg")
    assert '<a href="../../endringer/land/afg/">siste endringer</a>' in page
    assert '<a href="atom.xml" type="application/atom+xml">' in page


def test_feeds_are_deterministic_and_work_without_site_url(site: Site) -> None:
    feed = feeds.feeds(site, "Praksisbanken")[0]

    def write(site_url: str | None, built: date) -> str:
        return feeds.atom(
            feed, site_url=site_url, directory_urls=True, built=built, author="Praksisbanken"
        )

    assert write(SITE_URL, TODAY) == write(SITE_URL, TODAY)
    plain = ET.fromstring(write(None, TODAY))
    # Relative links, resolved by the reader against the feed's own address.
    hrefs = [x.attrib["href"] for x in plain.iter(f"{A}link")]
    assert "../vedtaksbank/eri/2026-trukket/" in hrefs
    assert not any(h.startswith("http") for h in hrefs)
    assert plain.find(f"{A}link[@rel='self']") is None
    # A feed with no entries is still valid: its updated is the day of the build.
    empty = feeds.Feed(path="land/xyz/atom.xml", title="Tom", page="endringer/index.md", rows=())
    root = ET.fromstring(
        feeds.atom(empty, site_url=None, directory_urls=True, built=TODAY, author="P")
    )
    assert root.findtext(f"{A}updated") == "2026-11-21T00:00:00Z"
    assert root.find(f"{A}entry") is None
