"""Attack round 10, class 1: numbers only the browser writes, a numbered list's markers.

The browser prints ``<ol start>`` (read as HTML reads an integer: ``41122334px`` is 41122334)
plus each item's place as the item's marker, in the list's ``type`` (``A``/``a``: letters, so any
word; ``I``/``i``: Roman numerals), counting down under ``reversed``, from an item's ``value``.
The sanitizer keeps ``start`` only as a plain integer of up to three digits and drops ``type``,
``reversed`` and ``value`` (``core/gate/sanitize.py``); the page gate reads the markers a
browser prints as text before each item (``rendered._list_markers``), for pages our own
templates write as well.

Nothing here is real: the identity number is generated in the test with valid check digits
(``helpers.identity_number``), the phone number is a made-up mobile shape.
"""

from __future__ import annotations

import pytest

from gaterows import Row, check, page_findings, page_of, source_findings
from helpers import identity_number
from praksisbank.core.gate import rendered
from praksisbank.core.gate.sanitize import sanitize

PHONE = "41122334"
NUMBER = identity_number("170590")
PHONE_WHAT = "et telefonnummer"
CUE = "<p>Brorens mobil:</p>"


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ('<ol start="41122334px"><li>mobil</li></ol>', "<ol><li>mobil</li></ol>"),
        ('<ol start="41122334"><li>mobil</li></ol>', "<ol><li>mobil</li></ol>"),
        ('<ol start="17051990"><li>i Herat</li></ol>', "<ol><li>i Herat</li></ol>"),
        ('<ol start="4112.9"><li>x</li></ol>', "<ol><li>x</li></ol>"),
        ('<ol start="-5"><li>x</li></ol>', "<ol><li>x</li></ol>"),
        ('<ol start="&#52;&#49;&#49;&#50;"><li>x</li></ol>', "<ol><li>x</li></ol>"),
        ('<ol type="A" start="26616"><li>x</li></ol>', "<ol><li>x</li></ol>"),
        ('<ol type="a" start="27"><li>x</li></ol>', '<ol start="27"><li>x</li></ol>'),
        ('<ol type="I" start="199"><li>x</li></ol>', '<ol start="199"><li>x</li></ol>'),
        ('<ol reversed start="3"><li>x</li></ol>', '<ol start="3"><li>x</li></ol>'),
        ('<ol><li value="41122334">x</li></ol>', "<ol><li>x</li></ol>"),
        # kept: a list continued after a paragraph, a section's number
        ('<ol start="3"><li>x</li></ol>', '<ol start="3"><li>x</li></ol>'),
        ('<ol start="28"><li>x</li></ol>', '<ol start="28"><li>x</li></ol>'),
        ('<ol start="999"><li>x</li></ol>', '<ol start="999"><li>x</li></ol>'),
    ],
)
def test_the_sanitizer_keeps_only_a_small_plain_start(given: str, kept: str) -> None:
    assert sanitize(given) == kept


def test_markdowns_own_long_list_number_loses_its_start() -> None:
    # the source gate stops the number as written; the page never prints it either
    body = f"Brorens mobil:\n\n{PHONE}. er brorens nummer\n"
    assert PHONE_WHAT in source_findings(body)
    assert f'start="{PHONE}"' not in sanitize(page_of(body))


# Pages as a template of our own could write them (unsanitized): the page gate reads the
# markers the browser prints.
MARKERS = [
    Row("start with trailing letters", f'{CUE}<ol start="{PHONE}px"><li>mobil</li></ol>', True),
    Row("start with decimals", f'{CUE}<ol start="{PHONE}.9"><li>mobil</li></ol>', True),
    Row("start, spaces around", f'{CUE}<ol start=" {PHONE} "><li>mobil</li></ol>', True),
    Row("start unquoted", f"{CUE}<ol start={PHONE}><li>mobil</li></ol>", True),
    Row("the fourth item's marker",
        f'{CUE}<ol start="41122331"><li>a</li><li>b</li><li>c</li><li>mobil</li></ol>', True),
    Row("counted down",
        f'{CUE}<ol reversed start="41122336"><li>a</li><li>b</li><li>mobil</li></ol>', True),
    Row("an item's value", f'{CUE}<ol><li>a</li><li value="{PHONE}">mobil</li></ol>', True),
    Row("an item's value, then counted",
        f'{CUE}<ol><li value="41122333">a</li><li>mobil</li></ol>', True),
    Row("a nested list between",
        f'{CUE}<ol start="41122333"><li>a<ul><li>b</li></ul></li><li>mobil</li></ol>', True),
    Row("a phone as a marker, no cue",
        f'<p>Se listen.</p><ol start="{PHONE}"><li>broren</li></ol>', True),
    Row("identity number as a marker", f'<ol start="{NUMBER}"><li>saken</li></ol>', True),
    # near misses: small numbered lists, a section's number, a Roman-numbered list
    Row("a list continued",
        '<p>Frister:</p><ol start="3"><li>mars 2020</li><li>april 2020</li></ol>', False),
    Row("paragraphs of a law",
        '<p>Utlendingsloven:</p><ol start="28"><li>beskyttelse</li><li>vilkår</li></ol>', False),
    Row("Roman numerals", '<ol type="I" start="4"><li>Innledning</li><li>Faktum</li></ol>', False),
    Row("a plain list", "<ol><li>Søknad</li><li>Intervju</li><li>Vedtak</li></ol>", False),
    Row("counted down, small", '<ol reversed start="3"><li>a</li><li>b</li></ol>', False),
]  # fmt: skip


@pytest.mark.parametrize("row", MARKERS, ids=repr)
def test_the_page_gate_reads_the_markers_a_browser_prints(row: Row) -> None:
    check(row, source=False, page=row.body)


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ('<ol type="A" start="26616"><li>x</li></ol>', "AMIR. x"),
        ('<ol type="a" start="7069297"><li>x</li></ol>', "olena. x"),
        ('<ol type="I" start="1990"><li>x</li></ol>', "MCMXC. x"),
        ('<ol reversed start="3"><li>a</li><li>b</li></ol>', "3. a\n2. b"),
        ('<ol start="7"><li>a</li><li>b</li></ol>', "7. a\n8. b"),
        ("<ol><li>a</li><li>b</li></ol>", "a\nb"),  # its markers are its places
    ],
)
def test_markers_are_read_as_the_browser_prints_them(page: str, shown: str) -> None:
    assert rendered.visible_text(page).text == shown


def test_a_sanitized_hostile_list_shows_no_number() -> None:
    for row in MARKERS:
        if row.found and "value" not in row.body:
            assert page_findings(sanitize(row.body)) == [], row.name
