"""The leak classes attack round 3 still got through, and the gate's precision: one table per
class, each with the near misses that must stay allowed.

1. numbers written in Norwegian words (``null tre null fire …``, ``tre-null-fire``);
2. dates of birth given without a keyword and a year together (an age reached on a day, a
   birthday and a year in the next sentence);
3. a number split into a footnote (``030494[^1]`` and the rest in the note);
4. precision: a list page's finding blamed on the row's item, a sitemap read as addresses,
   ``javascript:`` only in attributes that hold an address, the policy first in ``<head>``.

Nothing here is real: identity numbers are generated in the test (``helpers.identity_number``),
and every page and file is made here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import GateRow as Row
from helpers import found_classes as whats
from helpers import identity_number
from praksisbank.core.gate import csp, rendered
from praksisbank.core.gate.anonymity import (
    WHAT_IDENTITY,
    WHAT_SPOKEN,
    find_personal_data,
    is_identity_number,
)
from praksisbank.core.gate.personaldata import WHAT_BIRTH
from praksisbank.core.gate.sitegate import SiteGate, Source

NUMBER = identity_number("030494")
D_NUMBER = identity_number("121289", kind="D")
WORDS = ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"]


def spoken(digits: str, sep: str = " ") -> str:
    return sep.join(WORDS[int(d)] for d in digits)


# -- 1. numbers in words -----------------------------------------------------------------------

SPOKEN: list[Row] = [
    Row("digit by digit", f"Nummeret, sagt høyt: {spoken(NUMBER)}.", WHAT_IDENTITY),
    Row("capitals", f"Nummeret: {spoken(NUMBER).upper()}.", WHAT_IDENTITY),
    Row("hyphens", f"Han sa {spoken(NUMBER, '-')}.", WHAT_IDENTITY),
    Row("commas", f"Han sa {spoken(NUMBER, ', ')}.", WHAT_IDENTITY),
    Row("pairs", f"Det er {spoken(NUMBER[:2], '-')} {spoken(NUMBER[2:], '-')}.", WHAT_IDENTITY),
    Row("mixed with digits", f"Nummeret er {NUMBER[:6]} {spoken(NUMBER[6:])}.", WHAT_IDENTITY),
    Row("D-number", f"D-nummeret: {spoken(D_NUMBER)}.", WHAT_IDENTITY),
    Row("ett and syv", "Ring " + spoken("41122334").replace("en", "ett"), "et telefonnummer"),
    Row("phone in tens", "Ring førti-en tolv tjuetre trettifire til broren.", "et telefonnummer"),
    Row("phone, old tens", "Ring enogførti tolv treogtjue fireogtretti.", "et telefonnummer"),
    Row("nine digits read out", "Ring ni-en-to tre-fire fem-seks sju-åtte.", WHAT_SPOKEN),
    # near misses
    Row("a few number words", "Han har to barn, og en av tre søkere kom i 2019.", None),
    Row("years and a word", "I fire år, 2019 2020 2021 2022, bodde han der.", None),
    Row("an amount", "Han betalte to ganger, til sammen fire fem seks tusen kroner.", None),
    Row("an amount in digits", "Han skyldte en 4 512 300 kroner.", None),
    Row("a currency first", "Det kostet kr en to tre fire fem seks sju åtte.", None),
    Row("a list of counts", "Sakene: en, to, tre.", None),
    Row("words that start alike", "Tone og Tito trente i fire timer.", None),
    Row("a law citation", "Se utlendingsloven § 28 første ledd bokstav a og b.", None),
]


@pytest.mark.parametrize("row", SPOKEN, ids=repr)
def test_numbers_written_in_words_are_read_as_their_digits(row: Row) -> None:
    found = whats(row.text)
    if row.what is None:
        assert found == []
    else:
        assert row.what in found


def test_a_spoken_number_is_reported_masked_where_it_stands() -> None:
    text = f"Nummeret er {spoken(NUMBER)} ifølge søkeren."
    finding = find_personal_data(text)[0]
    assert text[finding.offset : finding.end] == spoken(NUMBER)
    assert "skrevet med ord" in finding.masked and NUMBER not in finding.masked


OTHER_FORMS: list[Row] = [
    Row("hexadecimal character codes", f"Heks: {NUMBER.encode().hex()}", WHAT_IDENTITY),
    Row("hexadecimal in capitals", f"Kode {NUMBER.encode().hex().upper()} her.", WHAT_IDENTITY),
    Row("written backwards", f"{NUMBER[::-1]} (lest baklengs) er nummeret.", WHAT_IDENTITY),
    Row("backwards in groups", f"Baklengs: {NUMBER[::-1][:5]} {NUMBER[::-1][5:]}.", WHAT_IDENTITY),
    Row("account after its keyword", "Kontoen 1503.12.34567 tilhører broren.", "et kontonummer"),
    Row("account number, bank", "Bankkontoen hans er 1503 12 34567.", "et kontonummer"),
    # near misses
    Row(
        "a checksum",
        "Sjekksum 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.",
        None,
    ),
    Row("a long reference", "Referanse 1234567890123456789012 ble brukt.", None),
    Row("account-shaped, no keyword", "Saken 1503.12.34567 gjelder en søker.", None),
    Row("account-shaped amount", "I 2019 ble 1503 12 34567 kroner betalt.", None),
]


@pytest.mark.parametrize("row", OTHER_FORMS, ids=repr)
def test_a_number_in_hex_backwards_or_after_its_keyword_is_found(row: Row) -> None:
    found = whats(row.text)
    if row.what is None:
        assert found == []
    else:
        assert row.what in found


def _list_row_reading_backwards_as_a_number() -> str:
    """A row of a list page (provision, date, day of the date) whose eleven digits, read from the
    end, happen to be a valid identity number: searched for here, so no such number is stored.
    Generated lists of 600 decisions and more held rows like it, and the build stopped."""
    for section in range(1, 120):
        for month in range(1, 13):
            for day in range(1, 29):
                row = f"utl. § {section} 2023-{month:02d}-{day:02d} {day}. desember 2023"
                digits = f"{section}2023{month:02d}{day:02d}{day}"
                if len(digits) == 11 and is_identity_number(digits[::-1]):
                    return row
    raise AssertionError("no row of that shape reads as a number backwards")


def test_a_list_row_with_a_date_is_no_number_written_backwards() -> None:
    row = _list_row_reading_backwards_as_a_number()
    assert find_personal_data(row) == []
    cells = "".join(f"<td>{cell}</td>" for cell in row.replace(" 2023-", " | 2023-").split(" | "))
    table = f"<table><tr>{cells}</tr></table>"
    page = f"<html><body><article><h1>Utfall</h1>{table}</article></body></html>"
    assert rendered.in_page(page) == []
    # the same digits with no date among them are still read backwards
    digits = "".join(ch for ch in row.split(" desember")[0] if ch.isdigit())
    assert WHAT_IDENTITY in whats(f"Tallet {digits} står i brevet.")


# -- 2. dates of birth -------------------------------------------------------------------------

BIRTHS: list[Row] = [
    Row("age reached on a day", "Han fyller 30 år 3. april 2024.", WHAT_BIRTH),
    Row("age reached, date first", "3. april 2024 fylte han 18 år.", WHAT_BIRTH),
    Row("age reached, no year", "Hun blir 17 år 12. mai.", WHAT_BIRTH),
    Row("a round birthday", "Søkeren hadde 30-årsdag 3. mai i mottaket.", WHAT_BIRTH),
    Row("birthday and year", "Bursdagen hans er 3. april, og han er fra 1994.", WHAT_BIRTH),
    Row("year in the next sentence", "Bursdagen hans er 3. april. Han er fra 1994.", WHAT_BIRTH),
    Row("born, age next", "Han er født 3. april. Han er nå 30 år gammel.", WHAT_BIRTH),
    Row("year before", "Han er fra 1994, og fødselsdagen er 14. juli.", WHAT_BIRTH),
    # near misses
    Row("a date in a case history", "Han kom til Norge 3. april 2024.", None),
    Row("an arrival, born elsewhere", "Han kom 3. april 2016, og han er født i 1994.", None),
    Row("a decision date", "Vedtaket ble fattet 3. april. Søkeren kom i 1994.", None),
    Row("birthday, no year", "Han feiret bursdagen 3. april i mottaket.", None),
    Row("age reached in a month", "Han fylte 18 år i mars 2024.", None),
    Row("age at a date", "Søkeren var 17 år da han kom 3. april 2016.", None),
    Row("case law", "Se HR-2019-1234-A av 3. april 2019 og Rt. 2015 s. 1388.", None),
    Row("age, then a new sentence", "Han fylte 18 år. 3. april 2024 kom han til Norge.", None),
    Row("statistics", "Per 1. januar 2024 var 30 år gjennomsnittsalderen.", None),
]


@pytest.mark.parametrize("row", BIRTHS, ids=repr)
def test_a_day_and_month_with_an_age_or_a_birthday_and_a_year_is_a_date_of_birth(
    row: Row,
) -> None:
    found = whats(row.text)
    if row.what is None:
        assert WHAT_BIRTH not in found
    else:
        assert row.what in found


# -- 3. a number split into a footnote ---------------------------------------------------------


FOOTNOTES: list[Row] = [
    Row(
        "footnote as written",
        f"<p>Nummeret er {NUMBER[:6]}[^p].</p>\n<p>[^p]: Personnummer {NUMBER[6:]}.</p>",
        WHAT_IDENTITY,
    ),
    Row(
        "note with a sentence first",
        f"<p>Nummeret er {NUMBER[:6]}[^1].</p>"
        f"<p>[^1]: Se intervjuet. Nr. {NUMBER[6:9]} {NUMBER[9:]}.</p>",
        WHAT_IDENTITY,
    ),
    Row(
        "footnotes extension",
        f'<p>Nummeret er {NUMBER[:6]}<sup id="fnref:p"><a class="footnote-ref" href="#fn:p">'
        '1</a></sup>.</p><div class="footnote"><hr /><ol><li id="fn:p"><p>Personnummer '
        f'{NUMBER[6:]}.&#160;<a class="footnote-backref" href="#fnref:p">&#8617;</a></p></li>'
        "</ol></div>",
        WHAT_IDENTITY,
    ),
    Row(
        "split later",
        f"<p>Nummeret er {NUMBER[:8]}[^x].</p>\n<p>[^x]: Resten er {NUMBER[8:]}.</p>",
        WHAT_IDENTITY,
    ),
    # near misses: no check digits fit, or no number
    Row("a year and a page", "<p>I 2019[^1] kom 41.</p><p>[^1]: Se side 1234.</p>", None),
    Row(
        "a date and a count",
        "<p>Vedtak 030424[^a].</p><p>[^a]: Av 12345 saker, tabell 7.</p>",
        None,
    ),
]


@pytest.mark.parametrize("row", FOOTNOTES, ids=repr)
def test_a_number_split_into_a_footnote_is_read_whole(row: Row) -> None:
    found = [s.finding.what for s in rendered.in_page(row.text)]
    if row.what is None:
        assert found == []
    else:
        assert row.what in found


def test_a_footnoted_number_is_traced_to_its_first_half() -> None:
    page = f"<p>Nummeret er {NUMBER[:6]}[^p].</p>\n<p>[^p]: Personnummer {NUMBER[6:]}.</p>"
    (seen,) = rendered.in_page(page)
    source = f"# Faktum\n\nNummeret er {NUMBER[:6]}[^p].\n\n[^p]: Personnummer {NUMBER[6:]}.\n"
    assert rendered.source_line_of(rendered.key_of(seen), source) == 3


# -- 4. precision ------------------------------------------------------------------------------

LIST_PAGE = (
    "<!doctype html><html><head></head><body><table>"
    '<tr><td><a href="afg/forste/">Enslig kvinne fra Herat</a></td><td>2024</td></tr>'
    '<tr><td><a href="afg/andre/">Søkeren {shown}</a></td><td>2023</td></tr>'
    '<tr><td><a href="afg/tredje/">Konvertitt</a></td><td>2022</td></tr>'
    "</table></body></html>"
)


def test_a_value_found_only_on_a_list_page_is_blamed_on_the_rows_item(tmp_path: Path) -> None:
    first = tmp_path / "decision_bank/afg/forste.md"
    second = tmp_path / "decision_bank/afg/andre.md"
    for path, title in ((first, "Enslig kvinne fra Herat"), (second, "Søkeren")):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\nid: x\ntitle: {title}\n---\n\n## Faktum\n\nTekst.\n", "utf-8")
    sources = {
        "vedtaksbank/index.html": Source("(generert side) vedtaksbank/index.md", None),
        "vedtaksbank/afg/forste/index.html": Source("decision_bank/afg/forste.md", first, 5),
        "vedtaksbank/afg/andre/index.html": Source("decision_bank/afg/andre.md", second, 5),
    }
    gate = SiteGate(sources, workers=0)
    # the list shows a number the source holds nowhere as such (as a list may put it together)
    gate.page("vedtaksbank/index.html", LIST_PAGE.format(shown=f"{NUMBER[:6]} {NUMBER[6:]}"))
    (problem,) = gate.problems()
    assert problem.file == "decision_bank/afg/andre.md"
    assert problem.line == 5
    assert NUMBER not in problem.message


def test_a_value_in_no_single_row_stays_on_the_list_page(tmp_path: Path) -> None:
    sources = {"vedtaksbank/index.html": Source("(generert side) vedtaksbank/index.md", None)}
    gate = SiteGate(sources, workers=0)
    gate.page("vedtaksbank/index.html", LIST_PAGE.format(shown=NUMBER))
    (problem,) = gate.problems()
    assert problem.file == "(generert side) vedtaksbank/index.md"


SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
    'sitemap/0.9">\n{urls}</urlset>\n'
)
URL = "<url>\n<loc>https://praksis.example/vedtaksbank/{slug}/</loc>\n<lastmod>{day}</lastmod>\n</url>\n"


@pytest.mark.parametrize(
    ("slugs", "found"),
    [
        (["afg/2022-31-konvertitt", "irn/2021-23-soknad-trukket", "irq/31-12"], False),
        (["afg/2019-04-enslig-mann", "afg/55-01-flukt", "afg/0304-94"], False),
        ([f"afg/x-{NUMBER}"], True),
        ([f"afg/x-{NUMBER[:6]}-{NUMBER[6:]}"], True),
    ],
)
def test_a_sitemap_is_read_as_addresses(slugs: list[str], found: bool, tmp_path: Path) -> None:
    urls = "".join(URL.format(slug=slug, day="2026-12-06") for slug in slugs)
    text = SITEMAP.format(urls=urls)
    assert rendered.is_sitemap(text)
    assert bool(rendered.in_sitemap(text)) is found
    (tmp_path / "sitemap.xml").write_text(text, encoding="utf-8")
    gate = SiteGate({}, workers=0)
    gate.rest(tmp_path, lambda published, path: False)
    assert bool(gate.problems()) is found


ATTRIBUTES: list[tuple[str, str, bool]] = [
    ("title", '<b title="javascript:x()">b</b>', False),
    ("alt", '<img src="kart.png" alt="javascript:alert(1)">', False),
    ("aria-label", '<a href="#a" aria-label="vbscript:x">a</a>', False),
    ("data attribute", '<span data-note="javascript:1">a</span>', False),
    (
        "animation of another attribute",
        '<svg><animate attributeName="x" to="javascript:1"/>',
        False,
    ),
    ("href", '<a href="javascript:x()">a</a>', True),
    ("href with a tab", '<a href="java&#9;script:x()">a</a>', True),
    ("src", '<img src="javascript:x()" alt="">', True),
    ("action", '<form action="javascript:x()"></form>', True),
    ("formaction", '<button formaction="javascript:x()">b</button>', True),
    ("xlink:href", '<svg><a xlink:href="javascript:x()">a</a></svg>', True),
    ("srcset", '<img srcset="javascript:x() 1x" alt="">', True),
    ("poster", '<video poster="javascript:x()"></video>', True),
    ("set aimed at href", '<svg><set attributeName="href" to="javascript:x()"/></svg>', True),
    (
        "animate values aimed at xlink:href",
        '<svg><animate attributeName="xlink:href" values="#a;javascript:x()"/></svg>',
        True,
    ),
]


@pytest.mark.parametrize(("name", "html", "refused"), ATTRIBUTES, ids=[a[0] for a in ATTRIBUTES])
def test_only_an_attribute_that_holds_an_address_runs_a_script_scheme(
    name: str, html: str, refused: bool
) -> None:
    found = csp.active(f"<!doctype html><body>{html}</body>", csp.Known())
    assert bool([a for a in found if "skript" in a.what]) is refused, found


def test_the_policy_is_the_first_thing_in_the_real_head() -> None:
    page = (
        '<!doctype html>\n<html lang="nb" class="no-js">\n  <!--<head>--><head>\n'
        '    <meta charset="utf-8">\n    <script>x()</script>'
    )
    protected = csp.protect(page, "default-src 'self'")
    assert protected is not None
    head = protected.index("--><head>") + len("--><head>")
    assert protected[head:].startswith(
        '<meta charset="utf-8"><meta http-equiv="Content-Security-Policy"'
    )
    assert protected.index('<html lang="nb"') < head  # a normal document: html, head, meta
    assert protected.count("<meta charset") == 1
