"""Attack round 11, class 3 (part): dates of birth after a birth word that the reader of the
date (``personaldata.dates._read_birth``) did not know, found by both gates:

- the Solar Hijri months as Pashto names them (`født 14 Wray 1373`; Dari's were known);
- Kurmanji `Nîsan` and the months with the ezafe and the suffixes a date writes (`3ê Nîsana
  1994an`);
- Russian ordinal endings (`3-го апреля 1994-го`);
- a feast after a birth word: Timkat and Meskel (fixed days), Nowruz with a Solar Hijri year or
  after `nyttårsdagen`, `første nyttårsdag`, and the moving Islamic feasts (`Eid al-Adha i
  1994`, `Kurban Bayramı 1994`: the lunar calendar gives their day in a year).

Near misses: the same feasts and dates with no birth word, or after a new clause; ordinary
texts. Every date here is made up.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check

BIRTHS = [
    # Pashto months
    Row("a Pashto month", "Søkeren er født 14 Wray 1373 i Kandahar.", True),
    Row("another Pashto month", "Hun er født 3. Salwagha 1370.", True),
    Row("a Pashto month and a Dari birth word", "Tavallod: 21 Zmaray 1368", True),
    # Kurmanji
    Row("Kurmanji ezafe and suffixes", "Roja jidayikbûnê: 3ê Nîsana 1994an.", True),
    Row("Kurmanji, another month", "Dîroka bûyînê: 3ê Gulana 1994an.", True),
    # Russian ordinals
    Row("Russian ordinal endings", "Она родилась 3-го апреля 1994-го.", True),
    Row("Russian ordinal day, year word", "Родился 17-го мая 1990-го года.", True),
    # feasts
    Row("Nowruz and a Solar Hijri year", "Han er født på Nowruz 1373.", True),
    Row("new year's day glossed as Nowruz", "Han er født på nyttårsdagen Nowruz 1373.", True),
    Row("Timkat", "Hun er født på Timkat 1994.", True),
    Row("the Meskel feast", "Han ble født på Meskel-festen i 1986.", True),
    Row("the first new year's day", "Søkeren er født første nyttårsdag 1995.", True),
    Row("the day after Eid al-Adha", "Han er født dagen etter Eid al-Adha i 1994.", True),
    Row("Eid al-Fitr", "Hun er født på Eid al-Fitr 1996.", True),
    Row("Kurban Bayramı after a Turkish birth word", "Doğum: Kurban Bayramı 1994.", True),
    # near misses
    Row("Timkat with no birth", "Han feiret Timkat 2019 i Asmara.", False),
    Row("Eid with no birth", "Hun feiret Eid al-Fitr 2019 med familien.", False),
    Row("Nowruz with no birth", "Nowruz 1373 ble feiret i Kabul.", False),
    Row("a feast after a new clause", "Søkeren er født i Kabul og feiret Eid al-Adha i 1994.",
        False),
    Row("an arrival on new year's day", "Han kom til Norge på nyttårsdagen 2016.", False),
    Row("a decision date with a Russian ordinal", "Решение принято 3-го апреля 2024 года.",
        False),
    Row("a birth year, then a feast in a new sentence",
        "Søkeren er født i 1994. Meskel-festen 2019 var viktig.", False),
    Row("a Pashto word as a word", "Hun er født i Kabul. Tala 3 ble lest opp.", False),
    *ORDINARY,
]  # fmt: skip


@pytest.mark.parametrize("row", BIRTHS, ids=repr)
def test_a_date_of_birth_after_a_birth_word(row: Row) -> None:
    check(row)
