"""Names after a word for a name in the arrival countries' languages (attack round 10, class 11),
and the places of the arrival countries named by their first word that the name rules read as
persons (round 10's false stops, `Mai Serwa`, `Adi Keyh`). Each row goes through both gates (the
source and the page the site's Markdown makes of it). Every name and place of a person here is
made up (`Yılmaz`, `Коваленко`, `Faarax`, `Xelîl`); the places are public; no identity number is
used."""

from __future__ import annotations

import pytest

from gaterows import Row, check

FOREIGN_CUES = [
    Row("Turkish surname", "Soyadı: Yılmaz", True),
    Row("Turkish surname, no colon", "Soyadı Yılmaz olarak kayıtlı.", True),
    Row("Turkish name and surname", "Adı ve soyadı: Mehmet Yılmaz", True),
    Row("Turkish father's name", "Baba adı: Hasan", True),
    Row("Turkish surname without the dotless i", "Soyadi: Yilmaz", True),
    Row("Russian surname", "Фамилия: Коваленко", True),
    Row("Russian given name", "Имя: Олег", True),
    Row("Russian patronymic", "Отчество: Петрович", True),
    Row("Ukrainian surname of the applicant after a dash", "Прізвище заявника — Шевчук.", True),
    Row("Ukrainian given name", "Ім'я: Олена", True),
    Row("Ukrainian patronymic", "По батькові: Іванович", True),
    Row("Norwegian cue, a Ukrainian gloss, a Cyrillic surname",
        "Søkeren oppga etternavnet (ukr. прізвище) Ткаченко.", True),
    Row("Norwegian cue and a Cyrillic surname", "Etternavn: Ткаченко", True),
    Row("Norwegian verb and a Cyrillic name", "Søkeren heter Ткаченко.", True),
    Row("Somali family name", "Magaca qoyska: Faarax", True),
    Row("Somali father's name", "Magaca aabbaha: Faarax", True),
    Row("Somali name", "Magaca: Cali", True),
    Row("Kurmanji surname", "Nasnav: Xelîl", True),
    Row("Kurmanji father's name", "Navê bavê: Xelîl", True),
    Row("Kurmanji name after a weak cue", "Nav: Azad", True),
    Row("Dari father's name in Latin letters", "Nam-e padar: Karim", True),
    Row("Dari pen name in Latin letters", "Takhallus: Rahimi", True),
    Row("Dari name in Arabic script, one word", "نام: احمد", True),
    Row("Arabic name in Arabic script, one word", "اسم: أحمد", True),
    Row("Tigrinya name in Ethiopic script, one word", "ስም: ኣማኒኤል", True),
    Row("a Turkish form's columns", "| Soyadı | Adı |\n|---|---|\n| Yılmaz | Mehmet |\n", True),
    Row("a Russian form's column", "| Фамилия |\n|---|\n| Коваленко |\n", True),
    # near misses
    Row("the form's fields glossed", "Skjemaet har feltene «Фамилия» (etternavn) og «Имя» "
        "(fornavn).", False),
    Row("a Ukrainian word in a sentence", "Det ukrainske skjemaet bruker ordet прізвище for "
        "etternavn.", False),
    Row("the welfare administration", "Nav: Søkeren har ikke mottatt ytelser.", False),
    Row("the welfare administration, a Norwegian word after", "Nav: Ingen ytelser er "
        "registrert.", False),
    Row("an office of the welfare administration", "NAV Oslo har behandlet saken.", False),
    Row("ad hoc", "Ad hoc-utvalget vurderte saken.", False),
    Row("a point of a list", "Ad 1: Direktoratet er enig.", False),
    Row("an unknown surname", "Feltet Soyadı: Bilinmiyor.", False),
    Row("no patronymic", "Отчество: нет", False),
    Row("a field named", "Tyrkiske skjemaer har feltet Soyadı og feltet Adı.", False),
    Row("a town's name in Ukrainian", "Byen heter Київ på ukrainsk.", False),
    Row("a country after a weak cue", "Nom: Afghanistan", False),
    Row("a table of the forms' words", "| Skjema | Felt |\n|---|---|\n| Tyrkisk | Soyadı |\n",
        False),
    Row("a case-law citation", "Se Rt. 2015 s. 1481 og HR-2019-1234-A.", False),
    Row("an amount and a law", "Beløpet var 8 000 kroner, jf. utlendingsloven § 28.", False),
]  # fmt: skip


PLACES = [
    Row("a prison in Asmara", "Hun satt fengslet i Mai Serwa i omtrent åtte måneder.", False),
    Row("a town in Eritrea after an age", "Søkeren er en kvinne på 62 år fra Adi Keyh.", False),
    Row("a town in Eritrea", "Søkeren er en kvinne fra Adi Quala.", False),
    Row("a prison in Eritrea", "Han ble holdt i Mai Habar.", False),
    Row("a school town in Eritrea", "Hun gikk på skole i Mai Nefhi.", False),
    Row("moved to a prison", "Han ble overført til Mai Serwa.", False),
    Row("a town in Ethiopia", "Søkeren er en kvinne fra Debre Tabor.", False),
    Row("a district of Kabul, spaced", "Familien bodde i Dasht-e Barchi.", False),
    Row("a town in Afghanistan, spaced", "Søkeren er fra Qala-e Naw.", False),
    Row("a town in Afghanistan near", "Hun vokste opp nær Mazar-e Sharif.", False),
    # still names: a party, a witness, met
    Row("the applicant Mai", "Søkeren Mai Habte forklarte seg.", True),
    Row("a witness Adi", "Vitnet Adi Keyh forklarte seg.", True),
    Row("met a person", "Han møtte Adi Tesfay i Asmara.", True),
]  # fmt: skip


@pytest.mark.parametrize("row", FOREIGN_CUES, ids=repr)
def test_a_name_after_a_name_cue_in_an_arrival_countrys_language(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", PLACES, ids=repr)
def test_a_place_named_by_its_first_word_is_no_name(row: Row) -> None:
    check(row)
