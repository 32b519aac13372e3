"""The leak classes attack round 5 got through (issue 17), and the near misses that stay allowed:
one table per class.

1. national identity numbers of the EU/EEA and the arrival countries that python-stdnum knows
   (Pakistan's CNIC, China's RIC, Romania's CNP...), never excepted;
2. e-mail addresses in the rarer valid forms (a quoted local part, a comment, an address literal,
   a host without a dot);
3. foreign mobile numbers in national form without a trunk 0 (Georgia, China) and grouped
   numbers of more arrival countries (Egypt);
4. theme CSS and SVG that reorder, turn or mirror text, and an address hidden by CSS escapes;
5. a numbered road (``riksvei 1``) is no street address.

Nothing here is real: every identity number is generated in the test, from a made-up birth date
and serial, with the check digits python-stdnum computes (``valid``), or with
``helpers.identity_number``; phone numbers are made up and checked with phonenumbers; names are
made up.
"""

from __future__ import annotations

import importlib
import itertools

import pytest

from gaterows import check_class as check
from helpers import GateRow as Row
from helpers import found_classes as whats
from helpers import identity_number
from praksisbank.core.gate import runnable
from praksisbank.core.gate.anonymity import (
    WHAT_EMAIL,
    find_personal_data,
    fingerprint,
)
from praksisbank.core.gate.personaldata import (
    WHAT_ADDRESS,
    WHAT_FOREIGN_ID,
    WHAT_FOREIGN_PHONE,
)

DIGITS = "0123456789"
SPANISH = "TRWAGMYFPDXBNJZSQVHLCKE"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def valid(module: str, prefix: str, n: int = 1, alphabet: str = DIGITS) -> str:
    """The first number ``prefix`` + ``n`` characters of ``alphabet`` that stdnum's ``module``
    finds valid (the check digits of a made-up number)."""
    check = importlib.import_module(f"stdnum.{module}")
    for tail in itertools.product(alphabet, repeat=n):
        if check.is_valid(prefix + "".join(tail)):
            return prefix + "".join(tail)
    raise AssertionError(f"no valid {module} from {prefix}")


# -- 1. national identity numbers -----------------------------------------------------------------

FOREIGN_IDS = {
    "Pakistan CNIC": "42101-7654321-3",  # (no check digit: the shape 5-7-1 alone)
    "China RIC": valid("cn.ric", "11010119900307123", 1, DIGITS + "X"),
    "Romania CNP": valid("ro.cnp", "190030741234"),
    "Bulgaria EGN": valid("bg.egn", "750315123"),
    "Estonia isikukood": valid("ee.ik", "3900307123"),
    "Lithuania asmens kodas": valid("lt.asmens", "3900307456"),
    "Czech rodné číslo": valid("cz.rc", "900307/123"),
    "Brazil CPF": valid("br.cpf", "123.456.789-", 2),
    "Korea RRN": valid("kr.rrn", "900307-123456"),
    "Belgium national number": valid("be.nn", "90.03.07-123.", 2),
    # ten more of our own
    "France NIR": valid("fr.nir", "1 90 03 75 123 456 ", 2),
    "India Aadhaar": valid("in_.aadhaar", "2345 6789 012"),
    "Spain DNI": valid("es.dni", "12345678", 1, SPANISH),
    "Spain NIE": valid("es.nie", "X1234567", 1, SPANISH),
    "Italy codice fiscale": valid("it.codicefiscale", "RSSMRA90C07H501", 1, LETTERS),
    "Slovenia EMŠO": valid("si.emso", "070399050012"),
    "Switzerland AHV": valid("ch.ssn", "756.1234.5678.9"),
    "Greece AMKA": valid("gr.amka", "0703901234"),
    "Iceland kennitala": valid("is_.kennitala", "070390-21", 2),
    "Latvia personas kods": valid("lv.pvn", "070390-1234"),
}

FOREIGN_ID_ROWS = [
    *(
        Row(name, f"Søkeren oppga {value} som sitt nummer i hjemlandet.", WHAT_FOREIGN_ID)
        for name, value in FOREIGN_IDS.items()
    ),
    Row(
        "CNIC after its keyword",
        f"Søkerens CNIC er {FOREIGN_IDS['Pakistan CNIC']}.",
        WHAT_FOREIGN_ID,
    ),
    Row(
        "Dutch BSN after its keyword",
        f"Burgerservicenummer: {valid('nl.bsn', '12345678')}.",
        WHAT_FOREIGN_ID,
    ),
    Row("Croatian OIB after its keyword", f"OIB {valid('hr.oib', '9876543210')}", WHAT_FOREIGN_ID),
    Row("in a table cell", f"| Nummer | {FOREIGN_IDS['China RIC']} |", WHAT_FOREIGN_ID),
    # near misses
    Row("a 9-digit number without its keyword", f"Saken fikk {valid('nl.bsn', '12345678')}.", None),
    Row("a CNIC without hyphens and keyword", "Beløpet var 4210176543213 kroner i alt.", None),
    Row("wrong check digit", "Nummeret 900307-1234560 er feil.", None),
    Row("an organisation number", "Organisasjonsnummer 974 760 673.", None),
    Row("an ECLI", "ECLI:NO:HR:2019:1234:A.", None),
    Row("a date range", "Perioden 01.01.2020-31.12.2024.", None),
    Row("an ISBN", "ISBN 978-82-05-12345-6.", None),
]


@pytest.mark.parametrize("row", FOREIGN_ID_ROWS, ids=repr)
def test_foreign_identity_numbers(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("name", ["Pakistan CNIC", "Romania CNP", "Korea RRN", "Spain DNI"])
def test_a_foreign_identity_number_is_never_excepted(name: str) -> None:
    value = FOREIGN_IDS[name]
    marked = f"Nummeret {value} <!-- personvern-ok: {value}, testdata -->"
    assert WHAT_FOREIGN_ID in whats(marked)
    compact = "".join(ch for ch in value if ch.isalnum()).upper()
    listed = find_personal_data(f"Nummeret {value}.", allowed={fingerprint(compact)})
    assert WHAT_FOREIGN_ID in [f.what for f in listed]


def test_a_chinese_number_of_a_region_stdnum_does_not_list_is_found_not_a_traceback() -> None:
    """stdnum's ``cn.ric`` raises KeyError for a region code missing from its table (a made-up
    number here, its check digit computed in the test): the number is judged by its check digit,
    and the gate never ends in a traceback."""
    from stdnum.iso7064 import mod_11_2

    body = "61351119900101123"
    number = body + mod_11_2.calc_check_digit(body)
    assert WHAT_FOREIGN_ID in whats(f"ID-kortet hennes har nummer {number}.")
    wrong = body + ("1" if number[-1] != "1" else "2")
    assert WHAT_FOREIGN_ID not in whats(f"Saksnummer {wrong}.")


def test_a_norwegian_number_stays_norwegian() -> None:
    """The national shapes do not take over a fødselsnummer (it is reported as that)."""
    number = identity_number("070390")
    assert WHAT_FOREIGN_ID not in whats(f"Fødselsnummeret {number}.")


# -- 2. e-mail addresses --------------------------------------------------------------------------

EMAIL_ROWS = [
    Row("quoted local part", 'Han skrev fra "amir hassan"@example.com til moren.', WHAT_EMAIL),
    Row("quoted, dotted", '"amir.hassan"@example.com', WHAT_EMAIL),
    Row("IPv4 literal", "Adressen var amir.h@[192.0.2.10].", WHAT_EMAIL),
    Row("IPv6 literal", "| amir.h@[IPv6:2001:db8::1] |", WHAT_EMAIL),
    Row("comment before @", "amir.h(privat)@example.com", WHAT_EMAIL),
    Row("host without a dot", "Skriv til amir.h@intranett.", WHAT_EMAIL),
    # ten more of our own
    Row("comment after @", "amir.h@(jobb)example.com", WHAT_EMAIL),
    Row("curly quotes", "“amir hassan”@example.no", WHAT_EMAIL),
    Row("quoted with @ inside", '"amir@hjemme"@example.org', WHAT_EMAIL),
    Row("localhost", "ola@localhost", WHAT_EMAIL),
    Row("dotless host, hyphen", "kari.n@post-server", WHAT_EMAIL),
    Row("literal in capitals", "AMIR.H@[IPV6:2001:DB8::2]", WHAT_EMAIL),
    Row("literal in a list", "- kari_93@[198.51.100.7]", WHAT_EMAIL),
    Row("quoted and a literal", '"kari n"@[203.0.113.5]', WHAT_EMAIL),
    Row("comment with spaces", "kari.n(privat adresse)@example.net", WHAT_EMAIL),
    Row("dotless host after a digit", "amir93@intern", WHAT_EMAIL),
    # near misses
    Row("a mention", "Han skrev @kari i meldingen.", None),
    Row("a CSS rule in prose", "Regelen @media gjelder utskrift.", None),
    Row("a price per unit", "3 stk @ 100 kr", None),
    Row("digits before @", "100@stk", None),
    Row("a retina image", "![logo](logo@2x.png)", None),
    Row("law text with @", "Jf. utl. § 28 @ første ledd.", None),
    Row("an @ at the end", "Lovdata@ er nede.", None),
]


@pytest.mark.parametrize("row", EMAIL_ROWS, ids=repr)
def test_email_addresses(row: Row) -> None:
    check(row)


# -- 3. foreign phone numbers in national form --------------------------------------------------

PHONE_ROWS = [
    Row("Georgia mobile", "Broren hans kan nås på 555 12 34 56.", WHAT_FOREIGN_PHONE),
    Row("Egypt mobile", "Moren har 010 1234 5678.", WHAT_FOREIGN_PHONE),
    Row("Egypt, list item", "- 010 12345678", WHAT_FOREIGN_PHONE),
    Row("China mobile", "Kontakten i Kina: 138 1234 5678.", WHAT_FOREIGN_PHONE),
    # ten more of our own
    Row("China, hyphens", "139-1234-5678", WHAT_FOREIGN_PHONE),
    Row("Georgia, dots", "577.12.34.56", WHAT_FOREIGN_PHONE),
    Row("Georgia, hyphens", "599-12-34-56", WHAT_FOREIGN_PHONE),
    Row("Egypt 011", "Nummeret 011 2345 6789 tilhører faren.", WHAT_FOREIGN_PHONE),
    Row("Egypt in parentheses", "(012) 3456 7890", WHAT_FOREIGN_PHONE),
    Row("Pakistan grouped", "Pakistan: 0300 1234567", WHAT_FOREIGN_PHONE),
    Row("Nigeria grouped", "0803 123 4567", WHAT_FOREIGN_PHONE),
    Row("China 186", "186 1234 5678", WHAT_FOREIGN_PHONE),
    Row("Georgia in a table", "| 555 98 76 54 |", WHAT_FOREIGN_PHONE),
    Row("China with nbsp", "150\u00a01234\u00a05678", WHAT_FOREIGN_PHONE),
    # near misses
    Row("an amount", "Beløpet var 555 123 456 kroner.", None),
    Row("a year and a count", "I 2019 kom 138 1234 personer.", None),
    Row("statistics", "Tallene: 155 12 34 56 %", None),
    Row("a population", "1 380 000 og 555 000 innbyggere.", None),
    Row("a court case number", "Saken LB-2022-123456 ble avgjort.", None),
    Row(
        "a fødselsnummer with a wrong check digit, grouped",
        "Nummer 010203 50188 er ugyldig.",
        None,
    ),
]


@pytest.mark.parametrize("row", PHONE_ROWS, ids=repr)
def test_foreign_phone_numbers(row: Row) -> None:
    check(row)


# -- 4. theme CSS and SVG that reorder text ------------------------------------------------------

REORDERING_CSS = [
    ".md-typeset blockquote p{unicode-bidi:bidi-override;direction:rtl;text-align:left}",
    "tr{display:flex;flex-direction:row-reverse;justify-content:flex-end}",
    # ten more of our own
    "li{order:2}",
    "p{transform:scaleX(-1)}",
    "p{-webkit-transform:rotate(180deg)}",
    "p{writing-mode:vertical-rl}",
    "div{display:grid;grid-auto-flow:dense}",
    "td:first-child{grid-column:3}",
    "ul{display:flex;flex-flow:column-reverse}",
    ".a{position:sticky}.b{position:absolute;left:0}",
    "td{float:right}",
    "p{scale:-1 1}",
    "p{dir\\65 ction:rtl}",
    "x{flex-wrap:wrap-reverse}",
]
LAYOUT_CSS = [
    "p{text-transform:lowercase;border:1px solid red;margin-left:2em}",  # uppercase: refused
    ".md-header{position:sticky}",
    "img{float:none}",
    "a{transition:transform .2s;border-radius:2px}",
    'p{font-family:"Order Sans"}',
    "x{grid-auto-flow:row;flex-direction:column}",
    "p{direction:ltr}",
]
HIDDEN_ADDRESS_CSS = [
    "a{background-image:u\\72l(//evil.example/p.png)}",
    "a{background:url(\\2f \\2f evil.example/p.png)}",
    "a{background:\\75\\72\\6c(https://evil.example/p.png)}",
]


@pytest.mark.parametrize("text", REORDERING_CSS)
def test_css_that_reorders_text_is_refused(text: str) -> None:
    refusal = runnable.css(text).refusal
    assert refusal is not None and "rekkefølgen" in refusal


@pytest.mark.parametrize("text", LAYOUT_CSS)
def test_css_that_keeps_the_order_is_published(text: str) -> None:
    assert runnable.css(text).refusal is None


@pytest.mark.parametrize("text", HIDDEN_ADDRESS_CSS)
def test_an_address_behind_css_escapes_is_refused(text: str) -> None:
    refusal = runnable.css(text).refusal
    assert refusal is not None and "evil.example" in refusal


SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 20">{}</svg>'
REORDERING_SVG = [
    '<text y="15"><tspan x="70">12345</tspan><tspan x="0">070390</tspan></text>',
    '<text direction="rtl" unicode-bidi="bidi-override">nassaH rimA</text>',
    # ten more of our own
    '<text x="70" y="15">12345</text><text x="0" y="15">070390</text>',
    '<text x="0" y="20">12345</text><text x="0" y="10">070390</text>',
    '<text x="9 8 7 6 5">12345</text>',
    '<text rotate="180">abc</text>',
    '<text dx="-40">abc</text>',
    '<g transform="scale(-1,1)"><text>abc</text></g>',
    '<defs><text id="t">12345</text></defs><text y="15">070390</text><use href="#t"/>',
    '<text style="direction:rtl;unicode-bidi:bidi-override">abc</text>',
    "<style>text{writing-mode:tb}</style><text>abc</text>",
    '<text textLength="5" lengthAdjust="spacingAndGlyphs">abc</text>',
]
PLAIN_SVG = [
    '<text x="0" y="10">Praksisbanken</text><text x="0" y="20">Asylavdelingen</text>',
    '<text><tspan font-weight="bold">Praksis</tspan>banken</text>',
    '<g transform="translate(2,2)"><path d="M0 0h10"/></g>',
    '<rect width="5" height="5" fill="#333" rx="1"/>',
]


@pytest.mark.parametrize("body", REORDERING_SVG)
def test_svg_text_out_of_order_is_refused(body: str) -> None:
    assert runnable.svg(SVG.format(body).encode()).refusal is not None


@pytest.mark.parametrize("body", PLAIN_SVG)
def test_svg_that_draws_in_order_is_published(body: str) -> None:
    assert runnable.svg(SVG.format(body).encode()).refusal is None


def test_svg_text_runs_reach_the_gate_joined() -> None:
    """A number split over runs of one ``<text>`` is read as a reader sees it."""
    number = identity_number("070390")
    body = f"<text>{number[:6]}<tspan font-weight='bold'>{number[6:]}</tspan></text>"
    verdict = runnable.svg(SVG.format(body).encode())
    assert number in verdict.text


def test_svg_aria_label_reaches_the_gate() -> None:
    verdict = runnable.svg(SVG.format('<path aria-label="Amir Hassan" d="M0 0"/>').encode())
    assert "Amir Hassan" in verdict.text


# -- 5. a numbered road is no address -----------------------------------------------------------

ROAD_ROWS = [
    Row(
        "riksvei (the attack's false stop)",
        "Gjelder vurderingen også reise langs riksvei 1 (Kabul-Kandahar, ca. 480 km)?",
        None,
    ),
    Row("Riksvei with a capital", "Riksvei 7 over Hardangervidda er stengt.", None),
    Row("fylkesvei", "Ulykken skjedde på fylkesvei 250.", None),
    Row("europavei", "Langs europavei 6 nordover.", None),
    Row("E6 and Highway", "Langs E6 og Highway 1.", None),
    # a street stays an address
    Row("a street", "Han bor i Storgata 12B.", WHAT_ADDRESS),
    Row("Riksveien is a street", "Han bor i Riksveien 5.", WHAT_ADDRESS),
    Row("after an address keyword", "Adresse: Riksvei 5", WHAT_ADDRESS),
]


@pytest.mark.parametrize("row", ROAD_ROWS, ids=repr)
def test_roads_and_streets(row: Row) -> None:
    check(row)


@pytest.mark.parametrize(
    "html",
    [
        "<style>.md-typeset p{unicode-bidi:bidi-override;direction:rtl}</style>",
        '<p style="direction: rtl; unicode-bidi: bidi-override">nassaH rimA</p>',
        "<div style='display:flex;flex-direction:row-reverse'>{{ page.title }}</div>",
    ],
)
def test_a_template_with_styles_that_reorder_text_is_refused(html: str) -> None:
    assert runnable.styles(html).refusal is not None


def test_a_template_with_ordinary_styles_is_published() -> None:
    html = '<style>.md-header{position:sticky}</style><p style="color: #333">Tekst</p>'
    assert runnable.styles(html).refusal is None


def test_a_text_with_too_many_numbers_to_check_is_refused() -> None:
    """Past the budget of checks, a number of these shapes is reported unchecked (the text is
    refused, not read for minutes)."""
    numbers = " ".join(f"{4_000_000_000_000 + 7919 * n}" for n in range(1500))
    assert WHAT_FOREIGN_ID in whats(f"Tabell: {numbers}.")
