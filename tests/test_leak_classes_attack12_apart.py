"""Attack round 12, E1 and E2 (the most severe): an identity, D- or H-number whose two check
digits are written apart from its first nine (``Fødselsnummer 170590114, kontrollsifre 80.``,
``… slutter på 80 og begynner med 170590114``, the check digits in words). A reader joins them;
the gates read nine digits and two digits. With a day 01-09 the nine digits were taken for a
phone number, which a marker could clear; with a day 10-31 nothing read them. The eleven digits
are an identity number, never excepted.

Nothing here is real: every identity number is generated in the test from a made-up birth date
with its check digits computed (``helpers.identity_number``).
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check
from helpers import identity_number
from praksisbank.core.gate.anonymity import WHAT_IDENTITY, find_personal_data

FNR = identity_number("170590")  # a day 10-31: nothing read it
LOW = identity_number("030494")  # a day 01-09: read as a phone before
DNR = identity_number("170590", kind="D")
HNR = identity_number("191187", kind="H")
WORDS = dict(
    zip(
        "0123456789",
        ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
        strict=True,
    )
)
WRONG = str((int(FNR[9:]) + 1) % 100).zfill(2)  # two digits that complete no number


ROWS = [
    Row("after the check-digit word", f"Fødselsnummer {FNR[:9]}, kontrollsifre {FNR[9:]}.", True),
    Row("a D-number", f"D-nummer {DNR[:9]}, kontrollsifre {DNR[9:]}.", True),
    Row("an H-number", f"H-nummeret er {HNR[:9]}; de to siste er {HNR[9:]}.", True),
    Row(
        "grouped, in brackets",
        f"D-nummeret er {DNR[:6]} {DNR[6:9]} (kontrollsifre {DNR[9:]}).",
        True,
    ),
    Row("in the next sentence", f"Fødselsnummer {FNR[:9]}. Kontrollsifrene er {FNR[9:]}.", True),
    Row("one digit at a time", f"Fnr. {FNR[:9]}; kontrollsifrene: {FNR[9]} og {FNR[10]}.", True),
    Row("the end first", f"Nummeret slutter på {FNR[9:]} og begynner med {FNR[:9]}.", True),
    Row(
        "in words",
        f"Fødselsnummer {FNR[:9]}, kontrollsifrene {WORDS[FNR[9]]} og {WORDS[FNR[10]]}.",
        True,
    ),
    Row(
        "a day 01-09, which read as a phone",
        f"Fødselsnummer {LOW[:9]}, kontrollsifre {LOW[9:]}.",
        True,
    ),
    Row(
        "in a table row",
        f"| Felt | Verdi |\n|---|---|\n| Fnr. | {FNR[:9]} |\n| Kontrollsifre | {FNR[9:]} |",
        True,
    ),
    # near misses: nine digits and two that complete no number, other numbers of nine digits
    *ORDINARY,
    Row("two digits that complete nothing", f"Nummer {FNR[:9]}, og {WRONG} sider.", False),
    Row("nine digits with no date", "Referanse 991234567, vedlegg 12.", False),
    Row("an organisation number", "Org.nr. 974760673 og 12 ansatte.", False),
    Row("statistics", "I 2019 kom 170 590 114 kroner inn, 12 prosent mer.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_check_digits_written_apart_are_found(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("number", [LOW, FNR])
def test_a_marker_naming_the_nine_digits_clears_nothing(number: str) -> None:
    """E1: the marker named the nine digits, read as a phone number, and the reviewer saw «et
    utenlandsk telefonnummer»; the whole number is an identity number, never excepted."""
    text = (
        f"Fødselsnummer {number[:9]}, kontrollsifre {number[9:]}. "
        f"<!-- personvern-ok: {number[:9]}, sentralbordet til en etat -->"
    )
    found = find_personal_data(text)
    assert WHAT_IDENTITY in [f.what for f in found]
    assert all(number[:9] not in f.masked for f in found)
