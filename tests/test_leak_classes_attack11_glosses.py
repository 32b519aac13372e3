"""A gloss between a cue and its value (attack round 11, class 1): a parenthesis, a bracket, an
apposition between commas or dashes, or a few words ending in a colon after a birth word, a
name's label, a name's cue verb, a party or kin word, or a word of reaching an age
(`personaldata/glosses.py`). Without the gloss every hostile row here was stopped already; with
it, they were published. The same rows in the arrival countries' languages, and the near misses
beside them (a gloss with no value after it, a date that is no birth, legal prose, citations,
amounts, organisation numbers, public places) stay allowed. Every name and date here is made up;
no identity number is used."""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check

GLOSSES = [
    # dates of birth
    Row("a parenthesis after the birth word", "Fødselsdato (ifølge passet): 03.04.1994.", True),
    Row("a bracket after the birth word", "Fødselsdato [ifølge passet]: 03.04.1994.", True),
    Row("an abbreviation in the parenthesis", "Født (jf. tazkiraen) 3. april 1994.", True),
    Row("a long parenthesis", "Fødselsdato (etter den gregorianske kalenderen): 3. april 1994.",
        True),
    Row("«og -sted» before the colon", "Fødselsdato og -sted: 3. april 1994, Herat.", True),
    Row("words before the colon, another calendar",
        "Fødselsdato etter etiopisk kalender: 25 Megabit 1986.", True),
    Row("an apposition between commas",
        "Født, ifølge den eritreiske ID-en og morens forklaring, 3. april 1994.", True),
    Row("an apposition between dashes", "Han er født – det er ikke omstridt – 3. april 1994.",
        True),
    Row("an age reached, glossed", "Han fyller (ifølge tazkiraen) 30 år 3. april 2024.", True),
    Row("Russian", "Дата рождения (по паспорту): 03.04.1994.", True),
    Row("Ukrainian", "Дата народження (згідно з паспортом): 3 квітня 1994 р.", True),
    Row("Turkish", "Doğum tarihi (nüfus kaydına göre): 03.04.1994.", True),
    Row("Somali", "Taariikhda dhalashada (sida baasaboorka): 3 Abriil 1994.", True),
    Row("English", "Date of birth (as stated in the passport): 3 April 1994.", True),
    # names
    Row("a name's label and a parenthesis",
        "Navn (slik det står i passet): Gulbaddin Sherzadwal.", True),
    Row("a surname's label and a parenthesis", "Etternavn (fars slektsnavn): Sherzadwal.", True),
    Row("a listed surname after the gloss", "Etternavn (fars slektsnavn): Rahimi.", True),
    Row("a comma and a colon", "Fornavn, ifølge tolken: Gulbaddin.", True),
    Row("a cue verb and an apposition", "Søkeren heter, ifølge tazkiraen, Sherzadwal.", True),
    Row("a party and a parenthesis",
        "Søkeren (heretter kalt klageren) Gulbaddin Sherzadwal forklarte seg.", True),
    Row("a kin cue and an apposition", "Enken etter, som hun sa, Sherzadwal møtte.", True),
    Row("a label between dashes", "Navn — slik det står i passet — Gulbaddin Sherzadwal.", True),
    Row("Russian surname", "Фамилия (по паспорту): Кузякин.", True),
    Row("Turkish surname", "Soyadı (nüfus cüzdanına göre): Kaplanoğlu.", True),
    Row("Somali family name", "Magaca qoyska (sida dukumentiga): Cumar.", True),
    # near misses: a gloss with no value after it, a date that dates something else
    Row("a glossed birth word, no date", "Fødselsdato (ifølge passet): ukjent.", False),
    Row("a glossed birth word, a year only", "Født (ifølge tazkiraen) i 1994 i Herat.", False),
    Row("a party, a gloss and a verb",
        "Søkeren (heretter kalt klageren) forklarte seg om reisen gjennom Iran.", False),
    Row("a party, an apposition and a place",
        "Søkeren, som er hazara, kom fra Jaghori i Ghazni.", False),
    Row("a glossed label and a lower-case word", "Navn (slik det står i passet): ikke oppgitt.",
        False),
    Row("a birth word, a gloss and the decision's date",
        "Fødselsdato (se over). Vedtaket ble fattet 3. april 2024.", False),
    Row("a gloss and a case-law date",
        "Født (jf. Rt. 2011 s. 1481) – se HR-2017-569-A av 17. mars 2017.", False),
    *ORDINARY,
]  # fmt: skip


@pytest.mark.parametrize("row", GLOSSES, ids=repr)
def test_a_gloss_between_a_cue_and_its_value_hides_nothing(row: Row) -> None:
    check(row)
