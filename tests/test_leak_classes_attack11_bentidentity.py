"""Attack round 11, the Norwegian identity number bent (finding 1, the most severe): a
spreadsheet or a form drops its leading zero (``3049412311``: three numbers in ten, the days 01 to
09), and a contributor writes it in hexadecimal, in a spreadsheet's notation or with a vulgar
fraction holding two of its digits. The ten digits are one number with a zero in front, and an
identity number is never excepted: found wherever it stands, in a body, a table cell, a heading's
id, a code span, a link, a footnote or an abbreviation's definition.

Nothing here is real: every identity number is generated in the test from a made-up birth date
with its check digits computed (``helpers.identity_number``).
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check
from helpers import identity_number
from praksisbank.core.gate.anonymity import WHAT_IDENTITY, find_personal_data

FNR = identity_number("030494")  # a day 01-09: the number starts with 0
FNR2 = identity_number("071188")
DNR = identity_number("030494", kind="D")  # a D-number has no leading zero to lose
BARE = FNR[1:]
BARE2 = FNR2[1:]
NOT_ONE = BARE[:-1] + str((int(BARE[-1]) + 1) % 10)  # the second check digit wrong


def _shown(number: str, digits: int) -> str:
    """``number`` in a spreadsheet's notation with ``digits`` digits after the comma."""
    return f"{int(number) / 10 ** (len(number.lstrip('0')) - 1):.{digits}f}".replace(".", ",")


_FRACTIONS = {"12": "½", "13": "⅓", "23": "⅔", "14": "¼", "34": "¾", "15": "⅕", "25": "⅖",
              "35": "⅗", "45": "⅘", "16": "⅙", "56": "⅚", "17": "⅐", "18": "⅛", "38": "⅜",
              "58": "⅝", "78": "⅞", "19": "⅑", "03": "↉"}  # fmt: skip


def _with_fraction(number: str) -> str:
    """``number`` with two of its digits written as one vulgar fraction (``⅔`` for 2 and 3)."""
    at = next(i for i in range(1, len(number) - 1) if number[i : i + 2] in _FRACTIONS)
    return number[:at] + _FRACTIONS[number[at : at + 2]] + number[at + 2 :]


ROWS = [
    Row("the zero dropped, after its keyword", f"Fødselsnummer: {BARE}.", True),
    Row("the zero dropped, after an abbreviation", f"Fnr. {BARE2} fra folkeregisteret.", True),
    Row("the zero dropped, no keyword", f"I regnearket står nummeret som {BARE}.", True),
    Row("the zero dropped, grouped", f"Nummeret {BARE[:5]} {BARE[5:]} sto på kortet.", True),
    Row(
        "the zero dropped, in a table cell",
        f"| Felt | Verdi |\n|---|---|\n| Personnummer | {BARE} |",
        True,
    ),
    Row("the zero in brackets", f"Fødselsnummer (0){BARE}.", True),
    Row("the zero dropped, in a heading's id", f"### Personalia {{#p{BARE}}}\n\nSe over.", True),
    Row("the zero dropped, in a code span", f"Nummeret `{BARE}` ble brukt.", True),
    Row("the zero dropped, as a link's text", f"Se [{BARE}](https://eksempel.invalid/).", True),
    Row(
        "the zero dropped, in a footnote",
        f"Se fotnote.[^x]\n\n[^x]: Personnummer {BARE}.",
        True,
    ),
    Row(
        "the zero dropped, in an abbreviation's definition",
        f"FNR er forklart.\n\n*[FNR]: {BARE}",
        True,
    ),
    Row("the zero dropped, in Dari", f"نمبر تذکره: {BARE}", True),
    Row("the zero dropped, in Ukrainian", f"Номер: {BARE2}.", True),
    Row("in hexadecimal, capitals", f"Nummeret i heksadesimal form: 0x{int(FNR):X}.", True),
    Row("in hexadecimal, small letters", f"Referanse 0x{int(FNR2):x} i systemet.", True),
    Row("in hexadecimal, a D-number", f"Kode 0x{int(DNR):x}.", True),
    Row(
        "in a spreadsheet's notation",
        f"Nummeret, slik regnearket viste det: {_shown(FNR, 9)}E+09.",
        True,
    ),
    Row(
        "in a spreadsheet's notation, the last digit rounded away",
        f"Tallet vises som 0,{_shown(FNR2, 8).replace(',', '')}E10 i eksporten.",
        True,
    ),
    Row("with a vulgar fraction inside", f"Nummer: {_with_fraction(FNR)}.", True),
    # near misses: ten digits that are no identity number, hexadecimal colours, measurements
    *ORDINARY,
    Row("ten digits with a wrong check digit", f"Referansenummer {NOT_ONE} i arkivet.", False),
    Row("ten digits of an archive", "Arkivreferansen 3049412000 gjelder hele saken.", False),
    Row("a colour in hexadecimal", "Fargen 0xFF00FF brukes i logoen.", False),
    Row("a small number in a spreadsheet's notation", "Verdien 1,5E+03 er en feil.", False),
    Row("a fraction in a time", "Intervjuet varte i 1½ time, fra kl. 10.", False),
    Row("a journal number", "Journalnummer 2023/004512 i arkivet.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_bent_identity_numbers_are_found(row: Row) -> None:
    check(row)


@pytest.mark.parametrize(
    "text",
    [f"Fnr. {BARE}", f"0x{int(FNR):X}", f"{_shown(FNR, 9)}E+09", f"Fødselsnummer (0){BARE}"],
)
def test_a_bent_number_is_an_identity_number_shown_masked(text: str) -> None:
    found = find_personal_data(text)
    assert [f.what for f in found] == [WHAT_IDENTITY]
    assert BARE[:8] not in found[0].masked and f"{int(FNR):X}"[:6] not in found[0].masked
