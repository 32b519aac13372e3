"""Attack round 10, class 8: a number a reader assembles down a list, over two items' rows.

Two decisions titled ``Vedtak 170590`` and ``50052 enslig kvinne``, decided a month apart, stand
in consecutive rows of every list sorted newest first: a reader reads the title column and sees
the identity number, while in text order the date cell stands between the halves. The page gate
reads each column of a table top to bottom, and each run of short blocks (a list's items, cards,
a PDF's rows) one after another, and joins the digits that end one record with those that start
the next (``rendered._down_records``); a feed's entries field by field (``_feed_fields``). For
identity numbers only (their check digits): tables of counts, dates, case numbers, citations
and amounts stay allowed.

Nothing here is real: identity numbers are generated in the test with valid check digits
(``helpers.identity_number``); titles and places are made up.
"""

from __future__ import annotations

import pytest

from gaterows import Row, check
from helpers import identity_number
from praksisbank.core.gate import rendered

NUMBER = identity_number("170590")
D_NUMBER = identity_number("170590", kind="D")
SIX, FIVE = NUMBER[:6], NUMBER[6:]
IDENTITY = "et fødselsnummer, D-nummer eller H-nummer"


def _row(title: str, description: str, date: str, outcome: str = "Avslag") -> str:
    """A row of the decision finder (``templates/finder_macros.html``): the title, a badge, a
    line break and the description in the first cell, then country, outcome, date."""
    return (
        f'<tr><td><a href="a/">{title}</a> <span class="pb-badge">Kan være utdatert</span><br>'
        f'<span class="pb-muted">{description}</span></td><td>Afghanistan</td><td>{outcome}</td>'
        f'<td><time datetime="2018-02-12">{date}</time></td></tr>'
    )


def _table(*rows: str) -> str:
    head = "<tr><th>Vedtak</th><th>Land</th><th>Utfall</th><th>Dato</th></tr>"
    return f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def _cards(*items: tuple[str, str]) -> str:
    shown = "".join(f'<li><a href="a/">{t}</a> <span>{d}</span></li>' for t, d in items)
    return f"<ul>{shown}</ul>"


ROWS = [
    Row("titles in two rows, dates between", _table(
        _row(f"Vedtak {SIX}", "Ung mann, Herat.", "12. februar 2018"),
        _row(f"{FIVE} enslig kvinne", "Kvinne fra Kabul.", "11. januar 2018")), True),
    Row("the halves in the descriptions", _table(
        _row("Enslig mann", f"Ung mann, sak {SIX}", "12. februar 2018"),
        _row("Enslig kvinne", f"{FIVE} er saken.", "11. januar 2018")), True),
    Row("a title over a description", _table(
        _row("Enslig mann", f"Sak {SIX}", "12. februar 2018"),
        _row(f"{FIVE} kvinne", "Kvinne fra Kabul.", "11. januar 2018")), True),
    Row("the title's number in groups", _table(
        _row(f"Vedtak {SIX[:3]} {SIX[3:]}", "Ung mann.", "12. februar 2018"),
        _row(f"{FIVE} enslig kvinne", "Kvinne.", "11. januar 2018")), True),
    Row("three rows, the middle a title with one number", _table(
        _row(f"Vedtak {NUMBER[:4]}", "Ung mann.", "12. februar 2018"),
        _row(f"Sak {NUMBER[4:7]}", "Mann.", "20. januar 2018"),
        _row(f"{NUMBER[7:]} enslig kvinne", "Kvinne.", "11. januar 2018")), True),
    Row("a D-number", _table(
        _row(f"Vedtak {D_NUMBER[:6]}", "Ung mann.", "12. februar 2018"),
        _row(f"{D_NUMBER[6:]} enslig kvinne", "Kvinne.", "11. januar 2018")), True),
    Row("cards: a title and a date an item", _cards(
        (f"Vedtak {SIX}", "12. februar 2018"), (f"{FIVE} enslig kvinne", "11. januar 2018")), True),
    Row("readiness overview: a column of notes", _table(
        "<tr><td>Afghanistan</td><td>3</td><td>Notat Dari " + SIX + "</td><td>2024</td></tr>",
        "<tr><td>Eritrea</td><td>4</td><td>" + FIVE + " Tigrinja</td><td>2023</td></tr>"), True),
    Row("Arabic-script titles", _table(
        _row(f"قرار {SIX}", "Ung mann.", "12. februar 2018"),
        _row(f"{FIVE} زن تنها", "Kvinne.", "11. januar 2018")), True),
    Row("Cyrillic titles", _table(
        _row(f"Рішення {SIX}", "Ung mann.", "12. februar 2018"),
        _row(f"{FIVE} самотня жінка", "Kvinne.", "11. januar 2018")), True),
    # near misses: lists of decisions with dates, case numbers, citations, amounts, counts
    Row("case numbers and dates", _table(
        _row("Vedtak VB-AFG-2018-092", "Sak 2018-092.", "12. februar 2018"),
        _row("2018-091 enslig kvinne", "Sak 2018-091.", "11. januar 2018")), False),
    Row("citations", _table(
        _row("Rt. 2011 s. 1481", "HR-2019-1234-A.", "12. februar 2018"),
        _row("LB-2020-123456", "Rt. 2015 s. 93.", "11. januar 2018")), False),
    Row("organisation numbers and amounts", _table(
        "<tr><td>UDI 974 760 673</td><td>12 500 kr</td></tr>",
        "<tr><td>NOAS 971 295 259</td><td>8 000 kr</td></tr>"), False),
    Row("a table of counts", _table(*(
        f"<tr><td>{c}</td><td>{a}</td><td>{b}</td><td>{a + b}</td></tr>"
        for c, a, b in (("Afghanistan", 1412, 3170), ("Eritrea", 590, 5005), ("Syria", 1705, 9050))
    )), False),
    # (a generated page of 5,000 decisions was refused by chance: four-digit parts of items
    # with several numbers, a chart's labels and ranks, are not joined over a middle, stop 25)
    Row("short parts of items with several numbers", (
        f"<ul><li>Nr. 2, Syria: {NUMBER[:4]}</li><li>Sak {NUMBER[4:7]}</li>"
        f"<li>{NUMBER[7:]} ankomster, nr. 3</li></ul>"), False),
    Row("dates in every form", _table(
        _row("Vedtak 17.05.1990", "1990-05-17.", "17. mai 1990"),
        _row("Vedtak 12.02.2018", "2018-02-12.", "12. februar 2018")), False),
    Row("cards with years and laws", _cards(
        ("Endring 2024 av § 28", "1. januar 2024"),
        ("Forskrift 2010 § 7-1", "15. oktober 2010")), False),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_a_number_read_down_a_list_is_found(row: Row) -> None:
    check(row, source=False, page=row.body)  # each page's own text holds a half
    if row.found:
        assert IDENTITY in [s.finding.what for s in rendered.in_page(row.body)]


def _feed(*titles: str) -> str:
    entries = "".join(
        f"<entry><id>urn:x:{i}</id><title>{t}</title><updated>2018-0{i + 1}-12T00:00:00Z"
        f"</updated><summary>Vedtak, Afghanistan. Nytt vedtak: avslag.</summary></entry>"
        for i, t in enumerate(titles)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">{entries}</feed>'


@pytest.mark.parametrize(
    ("feed", "found"),
    [
        (_feed(f"Vedtak {SIX}", f"{FIVE} enslig kvinne"), True),
        (_feed(f"Vedtak {SIX}", "Sak 2018", f"{FIVE} kvinne"), False),  # no two halves adjacent
        (_feed("Vedtak 2018-092", "2018-091 enslig kvinne"), False),
    ],
)
def test_a_feeds_entries_are_read_title_after_title(feed: str, found: bool) -> None:
    assert (IDENTITY in [s.finding.what for s in rendered.in_markup(feed)]) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"Vedtak {SIX} 12. februar 2018\n{FIVE} enslig kvinne 11. januar 2018", True),
        ("Vedtak 2018-092 12. februar 2018\n2018-091 enslig kvinne 11. januar 2018", False),
    ],
)
def test_a_pdfs_rows_are_read_one_after_another(text: str, found: bool) -> None:
    # a PDF's text (pypdf) is its rows as lines, cells apart by spaces
    assert (IDENTITY in [s.finding.what for s in rendered.in_text(text)]) is found
