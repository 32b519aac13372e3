"""Attack round 12, numbers given in parts: an identity number (or a Turkish T.C. kimlik) whose
two check digits are written apart from its nine first digits, in the same sentence, the next,
or before them (`anonymity.numbers._check_digits_apart`). The nine alone were read as a foreign
phone number, which a reviewer's marker could clear; now they are the identity number they
are, never excepted.

Nothing here is real: the identity numbers are generated here (`helpers.identity_number`, a
made-up birth date and valid check digits) and the kimlik by python-stdnum's check digits.
"""

from __future__ import annotations

import pytest
from stdnum.tr import tckimlik

from gaterows import ORDINARY, Row, check
from helpers import identity_number

F = identity_number("170590")  # generated, fictional
D = identity_number("170590", kind="D")  # generated, fictional
H = identity_number("030494", kind="H")  # generated, fictional
TC = "952605747" + tckimlik.calc_check_digits("952605747")  # generated, fictional


def _wrong(number: str) -> str:
    """The same nine digits with two check digits that make no valid number."""
    for tail in ("00", "11", "22", "33"):
        candidate = number[:9] + tail
        if candidate != number and not tckimlik.is_valid(candidate):
            from stdnum.no import fodselsnummer

            if not fodselsnummer.is_valid(candidate):
                return tail
    raise AssertionError("no wrong tail")


ROWS = [
    Row("after a comma", f"Fødselsnummer {F[:9]}, kontrollsifre {F[9:]}.", True),
    Row(
        "in brackets", f"Fødselsnummer {F[:9]} (kontrollsifrene {F[9:]} står på neste side).", True
    ),
    Row("in the next sentence", f"Fødselsnummer {F[:9]}. Kontrollsifrene er {F[9:]}.", True),
    Row("one by one", f"Fødselsnummer {F[:9]}; kontrollsifrene: {F[9]} og {F[10]}.", True),
    Row("the end first", f"Fødselsnummeret slutter på {F[9:]} og begynner med {F[:9]}.", True),
    Row(
        "the last two digits",
        f"Fødselsnummeret er {F[:9]}, og de to siste sifrene er {F[9:]}.",
        True,
    ),
    Row("a D-number grouped", f"D-nummeret er {D[:6]} {D[6:9]} (kontrollsifre {D[9:]}).", True),
    Row("an H-number", f"H-nummer {H[:9]}, kontrollsiffer {H[9]} og {H[10]}.", True),
    Row(
        "a marker does not clear it",
        f"Fødselsnummer {F[:9]}, kontrollsifre {F[9:]}. "
        f"<!-- personvern-ok: {F[:9]}, sentralbordet til en offentlig etat -->",
        True,
    ),
    Row("a T.C. kimlik", f"Kimlik no {TC[:9]}, son iki hane {TC[9:]}.", True),
    # near misses: the cue with no valid number, an organisation number
    Row("wrong check digits", f"Saken {F[:9]} ble avsluttet, kontrollsifre {_wrong(F)}.", False),
    Row("a cue and no digits", "Kontrollsifrene mangler i skjemaet.", False),
    Row("a case-law citation and a cue", "Se Rt. 2015 s. 1388; de to siste sifrene er 12.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_check_digits_written_apart_are_found(row: Row) -> None:
    check(row)
