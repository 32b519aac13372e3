"""Issue 17, attack round 4, classes 9 and 15: an identity number read out in words after `kr`
is no amount, and a `datetime` or `value` attribute is read where its element stands. The
identity number is generated here (`helpers.identity_number`), never a real person's.
"""

from __future__ import annotations

import pytest

from helpers import identity_number
from praksisbank.core.gate import rendered
from praksisbank.core.gate.anonymity import find_personal_data
from praksisbank.core.gate.personaldata import WHAT_BIRTH

NUMBER = identity_number("170392")
WORDS = ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"]


def spoken(digits: str) -> str:
    return " ".join(WORDS[int(d)] for d in digits)


@pytest.mark.parametrize(
    "text",
    [
        f"Han skyldte kr {spoken(NUMBER)}.",
        f"Han skyldte NOK {spoken(NUMBER)}.",
        f"Han skyldte {spoken(NUMBER)} kroner.",
    ],
)
def test_eleven_spoken_digits_beside_a_currency_are_read(text: str) -> None:
    assert find_personal_data(text)
    assert rendered.in_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Det kostet kr en to tre fire fem seks sju åtte.",
        "Han skyldte ni to tre fire fem seks sju kroner.",
    ],
)
def test_an_amount_read_out_stays_allowed(text: str) -> None:
    assert find_personal_data(text) == []


@pytest.mark.parametrize(
    "page",
    [
        '<p>Han ble født <time datetime="1992-03-17">den dagen</time>.</p>',
        "<p>Han ble født <time datetime='17.03.1992'>den dagen</time>.</p>",
        '<p>Han ble født <del datetime="1992-03-17">den dagen</del>.</p>',
        '<p>Han ble født <data value="17.03.1992">den dagen</data>.</p>',
    ],
)
def test_a_date_in_an_attribute_is_read_where_it_stands(page: str) -> None:
    assert WHAT_BIRTH in [seen.finding.what for seen in rendered.in_page(page)]


@pytest.mark.parametrize(
    "page",
    [
        '<p>Vedtaket ble fattet <time datetime="2024-03-17">i går</time>.</p>',
        '<p>Endret <ins datetime="2025-01-02">nylig</ins>.</p>',
        '<input type="checkbox" value="on">',
    ],
)
def test_a_date_in_an_attribute_without_a_birth_stays_allowed(page: str) -> None:
    assert rendered.in_page(page) == []
