"""Issue 17, attack round 4: ordinary prose of a country-practice contact that the name rules
refused (`core/gate/namecontext.py`). A capitalised pair that the words around it show to be a
place, a building, a period or a movement passes; the same shapes around a person's name stay
refused. Every name here is made up or a public place, organisation or historical name.
"""

from __future__ import annotations

import pytest

from test_leak_classes import NAME, Row, assert_row

# Ordinary texts from the attack's list, reworded where the place is made up: each must pass.
ORDINARY = [
    # a compound: the run ends in a hyphen and a word in small letters
    Row("Søkeren var elev ved Omar Khayyam-skolen i Herat. Skolen ble stengt.", None),
    Row("Han ble behandlet ved Indira Gandhi-barnesykehuset i Kabul.", None),
    Row("Han ba i Sayed Abbas-moskeen i Karbala.", None),
    Row("Tolken oversatte fra dari. Reza Shah-perioden ble nevnt.", None),
    Row("Han var vakt ved Sardar Daud Khan-sykehuset. Sykehuset ble angrepet.", None),
    Row("Søkeren flyktet etter at Ahmad Shah Massoud-statuen ble revet i Kabul.", None),
    Row("Han gikk på Nasir Bakri-gymnaset i byen.", None),
    # a word for an institution or a movement in the run
    Row("Han arbeidet ved Hamid Karzai International Airport til 2021.", None),
    Row("Søkeren arbeidet for Ariana Afghan Airlines som flyvertinne.", None),
    Row("Ifølge Landinfo kontrollerer Hayat Tahrir al-Sham (HTS) Idlib.", None),
    Row("Grensen ble holdt av Jamal Jaish-styrkene.", None),
    # a place after a verb of living or coming from, or a noun for a place
    Row("Søkeren kom fra Abu Kamal. Byen var kontrollert av ISIL.", None),
    Row("Søkeren kom fra Abu Ghraib. Han ble løslatt i 2008.", None),
    Row("Søkeren bodde i Dera Ismail Khan. Han var ikke registrert.", None),
    Row("Familien bodde i Jamal Mina i Kabul. Søkeren gikk på skole der.", None),
    Row("Søkeren bodde i Nadir Shah Kot i Khost.", None),
    Row("Søkeren bodde i Said Abad i Wardak.", None),
    Row("Han vokste opp i Karim Dad, nær grensen.", None),
    Row("Landsbyen Hamid Gul ligger i fjellene.", None),
    # a title before a place
    Row("Han bodde i Sheikh Maqsoud i Aleppo. Bydelen var kontrollert av YPG.", None),
    Row("Han reiste til helligdommen for Imam Reza i Mashhad.", None),
    # `i` or `ved` alone, with more place after
    Row("Kontrollposten i Yusuf Khel i Paktika ble flyttet.", None),
    Row("Kampene ved Omar Dara. Området ble stengt.", None),
]

# The same shapes around a person's name: still refused.
STILL_NAMES = [
    Row("Søkeren Amir Hassan-familien tilhører ble truet.", NAME, "Amir Hassan"),
    Row("Søkeren bodde i Amir Hassans hus i Kabul.", NAME, "Amir Hassans"),
    Row("Han fikk hjelp fra Amir Hassan i Kabul.", NAME, "Amir Hassan"),
    Row("Han var representert ved Amir Hassan i Kabul.", NAME, "Amir Hassan"),
    Row("Han bodde i Kabul med Amir Hassan.", NAME, "Amir Hassan"),
    Row("Han møtte Amir Hassan i Kabul.", NAME, "Amir Hassan"),
    Row("Søkeren kom fra Kabul sammen med Gulnaz Rahimi og broren.", NAME, "Gulnaz Rahimi"),
    # public figures and report authors are names: a reviewer clears them (`personvern-ok`)
    Row("Han deltok i demonstrasjoner mot Bashar al-Assad.", NAME, "Bashar al-Assad"),
    Row("Ifølge rapporten til Kari Holm (Landinfo 2023) er grensen stengt.", NAME, "Kari Holm"),
]


@pytest.mark.parametrize("row", ORDINARY, ids=repr)
def test_a_place_a_building_or_a_movement_named_after_a_person_passes(row: Row) -> None:
    assert_row(row)


@pytest.mark.parametrize("row", STILL_NAMES, ids=repr)
def test_a_person_in_the_same_shapes_is_still_a_name(row: Row) -> None:
    assert_row(row)
