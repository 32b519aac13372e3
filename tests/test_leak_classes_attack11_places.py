"""Attack round 11, class 7: places that single a person out, found by both gates (the source
and the page the site's Markdown makes of it).

- a pair of decimal degrees at the end of a sentence (`34.52531, 69.17832.`: the full stop was
  read as a further decimal, `locations._DECIMAL_PAIR`);
- a military grid reference (MGRS, with or without spaces), a UTM position, a geohash after its
  word (`locations._grids`);
- a tent, hut, shed, house or flat with its number in a chain of numbered parts: a camp's zone
  and block, a district and street, a street or quarter's name and number, a floor
  (`locations._dwellings`), the numbers in digits, `A4`, `171-12`, or in words after `nummer`.

Near misses beside them: one part alone (`hus 17`, `distrikt 13`, `blokk 4`), a town's position
with two decimals, a year after a capitalised word, legal citations, amounts, organisation
numbers, ordinary prose and public places. Every place, camp block and number here is made up.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check

PLACES = [
    # decimal degrees
    Row("a decimal pair ending a sentence", "Huset ligger på 34.52531, 69.17832.", True),
    Row("a decimal pair with a semicolon, then a full stop", "Posisjon 36.20412; 37.13398.",
        True),
    Row("a town's position, two decimals", "Kabul ligger på 34.52, 69.17.", False),
    # grids
    Row("MGRS with spaces", "Posisjonen var 42S WD 12345 67890 ifølge søkeren.", True),
    Row("MGRS without spaces", "Koordinat 42SWD1234567890 fra telefonen.", True),
    Row("MGRS, four-digit pairs", "Rutenett 38S MB 4471 8312 nær Aleppo.", True),
    Row("UTM", "UTM 42N 512345 3812345 er husets plass.", True),
    Row("UTM with metre marks", "Posisjon: 37S 321456mE 4012345mN.", True),
    Row("a geohash after its word", "Søkeren oppga geohash tw3hqx8s for huset.", True),
    Row("a geohash with a colon", "Geohash: sv8wrqfm1", True),
    Row("a geohash word with no hash", "Appen viser et geohash i stedet for adresse.", False),
    Row("an EU regulation", "Se forordning (EU) 2016/679 artikkel 9.", False),
    Row("a UNHCR reference", "UNHCR, HCR/GIP/02/01, avsnitt 12.", False),
    # camps and dwellings in a chain
    Row("a camp's zone, block and tent", "Kakuma, sone 3, blokk 12, telt nummer 47", True),
    Row("a camp's block and hut", "Dadaab, Ifo 2, blokk A4, hytte 17", True),
    Row("a shed in words", "Shagarab-leiren, sone 5, skur nummer tjueen", True),
    Row("district, street, house", "Kabul, distrikt 13, gate 4, hus 17", True),
    Row("a street number with a hyphen", "Godaif, gate 171-12, hus nr. 8", True),
    Row("a street's name and a flat", "Shari' al-Thawra 12, leilighet 4", True),
    Row("a quarter, a building and a floor", "Mezzeh 86, bygning 12, tredje etasje", True),
    Row("street and house in words", "De bodde i gate nummer sju, huset nummer tolv.", True),
    Row("English camp words", "Bidibidi, zone 2, block 7, tent 31", True),
    Row("a house and its floor", "Han leide huset nummer 9, 2. etasje, i Herat.", True),
    # one part alone, and prose
    Row("a house alone", "Familien bodde i hus 17 i landsbyen.", False),
    Row("a district alone", "Kabul, distrikt 13, er preget av uro.", False),
    Row("a block alone", "Blokk 4 i leiren ble rammet av brann.", False),
    Row("a year before a house", "I 2019, hus 3 i gaten ble revet.", False),
    Row("a camp's zones", "Kakuma har sone 1 til sone 4 og over 200 000 beboere.", False),
    Row("a citation with a section", "Utlendingsloven § 28, jf. forskriften § 7-1.", False),
    Row("a convention's article", "Dublin III, artikkel 17 nr. 2, gir adgang.", False),
    Row("prose about houses", "Husene i gate etter gate ble ødelagt i 2023.", False),
    *ORDINARY,
]  # fmt: skip


@pytest.mark.parametrize("row", PLACES, ids=repr)
def test_a_place_that_singles_a_person_out(row: Row) -> None:
    check(row)
