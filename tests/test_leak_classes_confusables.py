"""Issue 17, attack round 4, classes 1, 2 and 8: letters and digits that NFKC does not fold,
read through their Unicode names and digit values (`core/gate/confusables.py`). Names are made
up; the identity number is generated here (`helpers.identity_number`), never a real person's.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from helpers import identity_number
from praksisbank.core.gate import confusables, names
from praksisbank.core.gate.anonymity import WHAT_IDENTITY
from test_leak_classes import NAME, Row, assert_row

NUMBER = identity_number("170392")


def _written(digits: str, forms: str) -> str:
    return "".join(forms[int(d)] for d in digits)


SQUARED = "".join(chr(0x1F170 + ord(c) - ord("A")) if c != " " else " " for c in "AMIR HASSAN")
CIRCLED = "".join(chr(0x1F150 + ord(c) - ord("A")) if c != " " else " " for c in "AMIR HASSAN")

LETTERS = [
    Row(f"Søkeren {SQUARED} forklarte seg.", NAME, SQUARED),  # negative squared capitals
    Row(f"Søkeren {CIRCLED} forklarte seg.", NAME, CIRCLED),  # negative circled capitals
    Row("Søkeren Amir H\u0251ss\u0251n forklarte seg.", NAME, "Amir H\u0251ss\u0251n"),  # alpha
    Row("Søkeren Paweł Michałowski forklarte seg.", NAME, "Paweł Michałowski"),
    Row("Søkeren Ⓜⓐⓡⓘⓐⓜ Rahimi forklarte seg.", NAME, "Ⓜⓐⓡⓘⓐⓜ Rahimi"),
    # Vietnamese: family name first, `Văn`/`Thị` marks the given name after it
    Row("Søkeren Nguyễn Văn Thành forklarte seg.", NAME, "Nguyễn Văn Thành"),
    Row("Søkeren Đặng Thị Lan forklarte seg.", NAME, "Đặng Thị Lan"),
]
DIGITS = [
    Row(
        f"Nummeret er {_written(NUMBER, '⓿➊➋➌➍➎➏➐➑➒')}.",
        WHAT_IDENTITY,
        _written(NUMBER, "⓿➊➋➌➍➎➏➐➑➒"),
    ),
    Row(
        f"Nummeret er {_written(NUMBER, '⓿❶❷❸❹❺❻❼❽❾')}.",
        WHAT_IDENTITY,
        _written(NUMBER, "⓿❶❷❸❹❺❻❼❽❾"),
    ),
    Row(
        f"Nummeret er {_written(NUMBER, '⓪①②③④⑤⑥⑦⑧⑨')}.",
        WHAT_IDENTITY,
        _written(NUMBER, "⓪①②③④⑤⑥⑦⑧⑨"),
    ),
]
ALLOWED = [
    Row("Sjekklisten har punktene ❶, ❷ og ❸.", None),
    Row("Se trinn ➊ til ➒ i veiledningen.", None),
    Row("Søkeren kom fra Łódź og bodde i Gdańsk.", None),
    Row("Byen Đà Nẵng ligger i Vietnam.", None),
    Row("Han flyktet fra Van Thi-distriktet.", None),
    Row("Formelen bruker ɑ og β som parametere.", None),
    Row("Vedlegg 🅰 og 🅱 er fremlagt.", None),
]


@pytest.mark.parametrize("row", LETTERS, ids=repr)
def test_a_name_in_letters_nfkc_leaves_is_read(row: Row) -> None:
    assert_row(row)


@pytest.mark.parametrize("row", DIGITS, ids=repr)
def test_a_number_in_digits_nfkc_leaves_is_read(row: Row) -> None:
    assert_row(row)


@pytest.mark.parametrize("row", ALLOWED, ids=repr)
def test_such_letters_and_digits_in_ordinary_text_pass(row: Row) -> None:
    assert_row(row)


def test_every_letter_read_is_named_as_the_latin_letter_it_becomes() -> None:
    for code, letter in confusables.latin_letters().items():
        name = unicodedata.name(chr(code))
        assert f"LETTER {letter.upper()}" in name or "ALPHA" in name, name
        assert ("CAPITAL" in name) == letter.isupper(), name


def test_every_digit_read_has_that_digit_value() -> None:
    read = re.compile(f"[{confusables.other_digits()}]")
    matched = [chr(c) for c in range(0x80, 0x20000) if read.match(chr(c))]
    assert {"⓿", "❶", "➊", "①"} <= set(matched)
    for ch in matched:
        assert unicodedata.digit(ch) in range(10) and not ch.isdecimal(), ch


@pytest.mark.parametrize(
    "text",
    [
        "Søkeren Amir Hassan forklarte seg.",
        "Søkeren bodde på Ås og i Tromsø. Han heter Ola Nordmann.",
        "Ifølge Landinfo er situasjonen i Kabul uendret.",
        "Søkeren Çağlar Şahin og Ömer Öztürk møtte.",
    ],
)
def test_a_text_without_such_letters_is_read_as_before(text: str) -> None:
    """The pre-filter: a text whose letters need no reading finds what the same text finds
    with every letter read (nothing to read, the same findings)."""
    read = text.translate(confusables.latin_letters())
    assert [f[2:] for f in names.find(text)] == [f[2:] for f in names.find(read)]
