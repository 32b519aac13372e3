"""Attack round 12 (held out), names class 1: a courtesy or kinship word of the arrival countries
before a name that is on no list (`Ato Tesfay`, `W/ro Letensae`, `Pani Kovalenko`, `Kaka
Rahmatullah`, `Umm Khaled` as `Abu …` is read), and one that follows the name (`Şeyhmus Ağa`,
`Ayşe Hanım`). A capitalised word after such a word is a name, as after `Haji` or `Mawlawi`.

Near misses in the same table: places and a company named by such a word (`Umm Qasr`, `Umm
Badda`, `Pan Am`), `Aga Khan`'s foundation, the district `Imam Sahib`, a language before `Aga`,
and the ordinary texts every table shares. Every name is made up; no identity number is used.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check

ROWS = [
    # before the name: Tigrinya and Amharic
    Row("Ato, Mr", "Ato Tesfay opplyste at han var innkalt.", True),
    Row("W/ro, Mrs", "W/ro Letensae møtte som vitne.", True),
    Row("Weyzero, Mrs", "Weyzero Letensae møtte som vitne.", True),
    Row("Abba, a priest", "Abba Gebremeskel var presten i landsbyen.", True),
    # Ukrainian and Russian in Latin letters
    Row("Pani, Mrs", "Pani Kovalenko var nabo.", True),
    Row("Pan, Mr", "Naboen het Pan Ivanchuk.", True),
    Row("Gospodin, Mr", "Gospodin Ivanchuk var sjef.", True),
    Row("gospozha in small letters", "Naboen gospozha Petrenko så det.", True),
    # Dari and Pashto
    Row("Kaka, uncle", "Kaka Rahmatullah tok seg av ham.", True),
    Row("Arbab, landlord", "Arbab Sherzad eide jorden.", True),
    Row("Wakil, representative", "Wakil Nasir var representant for landsbyen.", True),
    # Arabic: mother of, as `Abu`
    Row("Umm at the start", "Umm Khaled varslet naboene.", True),
    Row("Umm with a given name", "Umm Ahmad hjalp familien.", True),
    Row("Umm inside a sentence", "Broren sa at Umm Yusuf hadde sett alt.", True),
    # Somali and Kurmanji
    Row("Hooyo, mother", "Hooyo Faadumo ble igjen i Kismaayo.", True),
    Row("Mam, uncle", "Mam Rêber hjalp ham over grensen.", True),
    # after the name: Turkish and Kurmanji
    Row("Ağa after the name", "Şeyhmus Ağa eide jorden.", True),
    Row("Hanım after the name", "Ayşe Hanım bodde ved siden av.", True),
    Row("Bey after the name", "Mehmet Bey eide butikken der han arbeidet.", True),
    # near misses
    Row("a port named by Umm", "Han flyktet via Umm Qasr i Irak.", False),
    Row("a district of Omdurman", "Han bodde i Umm Badda i Omdurman.", False),
    Row("an airline", "Pan Am fløy til Oslo den gangen.", False),
    Row("Aga Khan's foundation", "Aga Khan Foundation driver skoler i Badakhshan.", False),
    Row("a district named by a title", "Imam Sahib er et distrikt i Kunduz.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_a_courtesy_or_kinship_word_reads_the_name_beside_it(row: Row) -> None:
    check(row)
