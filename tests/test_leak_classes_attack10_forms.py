"""Attack round 10, digit forms and masks (findings 1b and 4): a parenthesised digit (``⑷``) or a
digit with a full stop (``⒋``) is one character a reader reads as its digit; Unicode's tag
characters show as nothing in a browser but stay in the page and its search record, where a
program reads them back as the ASCII they mirror; and a date of birth written with a month's
name is printed in no message with its day (the mask of numbers keeps the last two digits, which
were the whole day).

Nothing here is real: the identity number is generated in the test with valid check digits
(``helpers.identity_number``), the phone number is phonenumbers' own example of a Norwegian
mobile.
"""

from __future__ import annotations

import phonenumbers
import pytest

from gaterows import Row, check
from helpers import identity_number
from praksisbank.core.gate.anonymity import find_personal_data
from praksisbank.core.gate.personaldata import WHAT_BIRTH

NUMBER = identity_number("030494")
_EXAMPLE = phonenumbers.example_number_for_type("NO", phonenumbers.PhoneNumberType.MOBILE)
assert _EXAMPLE is not None
MOBILE = str(_EXAMPLE.national_number)


def parenthesised(number: str) -> str:
    """``⑴``-``⑼`` for 1-9; a zero has no such form and is written as a plain digit."""
    return "".join(chr(0x2473 + int(d)) if d != "0" else d for d in number)


def full_stop(number: str) -> str:
    """``⒈``-``⒐`` for 1-9, ``🄀`` for 0."""
    return "".join(chr(0x2487 + int(d)) if d != "0" else "\U0001f100" for d in number)


def tags(text: str) -> str:
    """``text`` in Unicode's tag characters (U+E0020-U+E007E), which no browser shows."""
    return "".join(chr(0xE0000 + ord(ch)) for ch in text)


ROWS = [
    Row("a phone in parenthesised digits", f"Mobil: {parenthesised(MOBILE)}.", True),
    Row("an identity number, parenthesised", f"Nummeret {parenthesised(NUMBER)} står der.", True),
    Row("a phone in digits with a full stop", f"Mobil: {full_stop(MOBILE)}", True),
    Row("a phone in tag digits", f"Mobilnummeret er {tags(MOBILE)}.", True),
    Row("an identity number in tag digits", f"Nummeret{tags(NUMBER)} står der.", True),
    Row("tag digits after a zero-width space", f"Nummer\u200b{tags(NUMBER)}.", True),
    Row("an e-mail address in tags", f"Skriv til {tags('amir.h@example.org')}.", True),
    # a tag digit inside a number a reader sees: it reads the visible digits as one number
    Row("a tag digit inside a number", f"Nummer {NUMBER[:6]}{tags('1')}{NUMBER[6:]}.", True),
    # near misses: one enclosed digit as a list mark, a subdivision flag (tag letters), a year
    Row("one parenthesised mark", "⑴ Søkeren har fått avslag, jf. § 28.", False),
    Row("a flag's tag letters", f"Flagget \U0001f3f4{tags('gbsct')}\U000e007f henger ute.", False),
    Row("a year in a sentence", "Rapporten fra ⒉ kvartal 2023 er lagt til grunn.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_digit_forms_and_tag_characters_are_read_as_a_program_reads_them(row: Row) -> None:
    check(row)


@pytest.mark.parametrize(
    "text",
    [
        "Bursdagen hans er 17. mai, og han er fra 1990.",
        "Fødselsdag: 17. mai (33 år).",
        "Søkeren er født 17.05.1990.",
    ],
)
def test_no_message_shows_the_day_of_a_date_of_birth(text: str) -> None:
    births = [f for f in find_personal_data(text) if f.what == WHAT_BIRTH]
    assert births
    assert all(not any(ch.isdigit() for ch in f.masked) for f in births), births
