"""Attack round 12, numbers read by their shape: Afghanistan's e-tazkira number
(`1399-0101-23456`: a Solar Hijri year, four digits and five) with no keyword, even when the
keyword stands only in the title, and a vehicle's identification number (17 characters, no I,
O or Q) with a valid check digit after `VIN`, `chassisnummer` or `understellsnummer`, words or
a bracket between (`personaldata/documents.py`, `_shaped_numbers`).

Nothing here is real: the e-tazkira numbers are typed for the test, and the VIN is made up,
its check digit computed here (`vin_valid`'s rule).
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check
from praksisbank.core.gate.personaldata.documents import vin_valid


def _vin(stem: str) -> str:
    """A made-up VIN: ``stem`` (17 characters) with its ninth character made the check digit."""
    for digit in "0123456789X":
        vin = stem[:8] + digit + stem[9:]
        if vin_valid(vin):
            return vin
    raise AssertionError("no check digit")


VIN = _vin("WVWZZZ1J0XW000417")  # generated, fictional
WRONG = next(VIN[:8] + d + VIN[9:] for d in "0123456789" if VIN[:8] + d + VIN[9:] != VIN)

ROWS = [
    Row("an e-tazkira, no keyword", "Dokumentet hans har nummeret 1399-0101-23456.", True),
    Row(
        "an e-tazkira, its keyword in the title",
        "Nummeret er 1399-0101-23456.",
        True,
        title="E-tazkira lagt fram",
    ),
    Row("an e-tazkira of 1400", "Han la fram 1400-0312-00456 ved registreringen.", True),
    Row("a VIN after VIN", f"Bilen har VIN {VIN}.", True),
    Row("a VIN after chassisnummer", f"Chassisnummer: {VIN}", True),
    Row("a VIN, bracket and words between", f"Understellsnummeret (VIN) er {VIN}.", True),
    # near misses
    Row("Solar Hijri years", "Perioden 1399-1400 og vinteren 1400 er beskrevet.", False),
    Row("a VIN with a wrong check digit", f"Bilen har VIN {WRONG}.", False),
    Row("a VIN keyword and no number", "VIN-nummeret er ukjent.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_numbers_read_by_their_shape_are_found(row: Row) -> None:
    check(row)
