"""Attack round 12 (held out), names class 4: ordinary country information the name rules stopped
(a bug each): a three-word name after an office word (`President Recep Tayyip Erdoğan`,
`president Hassan Sheikh Mohamud`: the office-holder rule leaves the whole name out), offices
held by one person at a time (`generalsekretær`, `patriark`), a valley (`Wadi al-Nasara`),
places named by `Mai` in a list after a noun for a prison or a camp (`Fengslene Mai Serwa og
Wi'a`, `Sawa og Mai Nefhi`), a newspaper after `avisen` (`Özgür Gündem`).

What must still stop is in the same table: an office word in a sentence about a party or kin, an
office a contributor writes before anyone (`talsmann`), a person named like a place's first
word without a place word before. Every name but the public figures' is made up.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check

ROWS = [
    Row("a three-word name after president", "Tyrkia under President Recep Tayyip Erdoğan "
        "strammet inn.", False),
    Row("a title inside the name", "Regjeringen til president Hassan Sheikh Mohamud i Somalia.",
        False),
    Row("a secretary-general", "FNs generalsekretær António Guterres kritiserte angrepet.",
        False),
    Row("a patriarch with his title", "Patriark Abune Antonios ble avsatt i 2006.", False),
    Row("a valley at a sentence's start", "Wadi al-Nasara ligger vest i Syria.", False),
    Row("a valley after i", "Han bodde i Wadi al-Nasara i Homs-provinsen.", False),
    Row("prisons named by Mai", "Fengslene Mai Serwa og Wi'a er kjent for tortur.", False),
    Row("a camp in a list of places", "Han tjenestegjorde i Eritrea, Sawa og Mai Nefhi.", False),
    Row("a newspaper", "Søkeren skrev for avisen Özgür Gündem fram til den ble stengt i 2016.",
        False),
    # still names
    Row("an office in a sentence about kin", "Søkerens onkel var minister Amir Rahimi.", True),
    Row("an office compound", "Klubbpresident Amir Rahimi møtte.", True),
    Row("a spokesman", "Talsmann Amir Rahimi forklarte seg.", True),
    Row("Mai as a given name", "Søkeren Mai Habte forklarte seg.", True),
    Row("Wadi as a given name", "Wadi Hassan forklarte at han flyktet.", True),
    *ORDINARY,
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_public_places_and_office_holders_pass_and_persons_stop(row: Row) -> None:
    check(row)
