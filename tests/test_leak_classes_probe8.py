"""Evasions and false stops a probe of the name and date rules found after stop 22's merge
(issue 17). One table a class: the evasions must be found by both gates, the ordinary texts
beside them must pass both. The identity number is generated in the test
(``helpers.identity_number``) and spelled out here; the phone number is phonenumbers' own
example for Norway (40 61 23 45); names, dates and case texts are made up, except the public
office-holders and the public case a country report names.

`Sol` is on no name list, so `Sol Bakken` is found only by the rule for a word for a person
(a name the lists do hold, `Amir Hassan`, is found by the ordinary pair rule however it is set
off: those rows guard that it stays so)."""

from __future__ import annotations

import pytest

from gaterows import Row, check
from helpers import identity_number

NUMBER = identity_number("170392")

_ES_UNITS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
_ES_TENS = {2: "veinte", 3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta",
            8: "ochenta", 9: "noventa"}  # fmt: skip


def _spanish(pair: str) -> str:
    """Two digits as a Spanish speaker reads them out: a ten `y` a unit (`noventa y dos`) where
    the pair has both, else digit by digit."""
    ten, unit = int(pair[0]), int(pair[1])
    if ten >= 2 and unit:
        return f"{_ES_TENS[ten]} y {_ES_UNITS[unit]}"
    return f"{_ES_UNITS[ten]} {_ES_UNITS[unit]}"


SPANISH_NUMBER = ", ".join(_spanish(NUMBER[i : i + 2]) for i in range(0, 10, 2))
SPANISH_NUMBER += ", " + _ES_UNITS[int(NUMBER[10])]

PERSON_SET_OFF = [
    Row("commas", "Vitnet, Sol Bakken, forklarte seg.", True),
    Row("the party, commas", "Søkeren, Sol Bakken, forklarte seg.", True),
    Row("spaced dashes", "Klageren – Sol Bakken – forklarte seg.", True),
    Row("parentheses", "Vitnet (Sol Bakken) forklarte seg.", True),
    Row("a colon", "Søkeren: Sol Bakken", True),
    Row("indefinite noun", "Tolk Sol Bakken forklarte seg.", True),
    Row("indefinite party", "Det var en søker, Sol Bakken, som forklarte seg.", True),
    Row("middle initial", "Vitnet Sol B. Bakken forklarte seg.", True),
    Row("listed name, commas", "Søkeren, Amir Hassan, forklarte seg.", True),
    Row("listed name, dashes", "Klageren – Amir Hassan – forklarte seg.", True),
    Row("listed name, parentheses", "Vitnet (Amir Hassan) forklarte seg.", True),
    Row("listed name, indefinite", "En søker Amir Hassan forklarte seg.", True),
    Row("listed name, middle initial", "Søkeren Amir K. Hassan forklarte seg.", True),
    Row("an organisation in commas", "Vitnet, Røde Kors, bekreftet dette.", False),
    Row("languages in dashes", "Tolken – Dari Pashto – ble bestilt.", False),
    Row(
        "a hospital in parentheses",
        "Legen (Haukeland Universitetssjukehus) bekreftet skadene.",
        False,
    ),
    Row("an armed group in parentheses", "Personen (Rapid Support Forces) arresterte ham.", False),
    Row("a unit after a comma", "Klageren, Utlendingsnemnda, mente noe annet.", False),
    Row("a party label and a sex", "Søker: Mann, 32 år", False),
]

HENCEFORTH = [
    Row("in parentheses", "Søkeren (heretter Amir) forklarte seg.", True),
    Row("omtalt som", "Søkeren, heretter omtalt som Amir, forklarte seg.", True),
    Row("benevnt", "Søkeren, heretter benevnt Rahimi, forklarte seg.", True),
    Row("kalt and an initial", "Søkeren, heretter kalt A. Hassan, forklarte seg.", True),
    Row(
        "a service in parentheses",
        "Den eritreiske nasjonaltjenesten (heretter Nasjonaltjenesten) er tidsubegrenset.",
        False,
    ),
    Row(
        "a country, omtalt som",
        "Republikken Mali, heretter omtalt som Mali, er et transittland.",
        False,
    ),
    Row(
        "a directorate, omtalt som",
        "Utlendingsdirektoratet (heretter omtalt som Direktoratet) avgjør saken.",
        False,
    ),
]

JOINERS = [
    Row("slash with spaces", "Søkeren (Amir / Hassan) forklarte seg.", True),
    Row("backslash", "Søkeren (Amir\\Hassan) forklarte seg.", True),
    Row("bar", "Søkeren (Amir|Hassan) forklarte seg.", True),
    Row("plus", "Søkeren (Amir+Hassan) forklarte seg.", True),
    Row(
        "two provinces, slash with spaces",
        "Sikkerhetssituasjonen i Farah / Nimroz er ustabil.",
        False,
    ),
    Row("a movement and a party", "Amal / Hizbollah kontrollerer Sør-Libanon.", False),
    Row("two branches of Islam, bar", "Sunni|Shia-konflikten i Kurram er omtalt.", False),
]

ROMAN_DATES = [
    Row("digits, spaced dots", "Søkeren er født 17 . III . 1992.", True),
    Row("digits, commas", "Søkeren er født 17, III, 1992.", True),
    Row("Roman, spaced dots", "Søkeren er født XVII . III . MCMXCII.", True),
    Row("Roman, commas", "Søkeren er født XVII, III, MCMXCII.", True),
    Row("Roman, two spaces", "Søkeren er født XVII.  III.  MCMXCII.", True),
    Row("small letters, commas", "Søkeren er født xvii , iii , 1992.", True),
    Row("after a label", "Fødselsdato: 17 . III . 1992", True),
    Row("the keyword after it", "17, III, 1992 (fødselsdato)", True),
    Row("a report's date, commas", "Rapporten kom 17, III, 2022 og ble lest.", False),
    Row("a document's date, spaced dots", "Dokumentet er datert 17 . III . 2022.", False),
    Row("chapters", "Se kapittel IV, V og VI.", False),
    Row("parts and a year", "Del I, II og III, 2019.", False),
]

SPANISH = [
    Row("an identity number", f"Personnummer: {SPANISH_NUMBER}", True),
    Row("a phone number", "Telefon: cuarenta, sesenta y uno, veintitrés, cuarenta y cinco", True),
    Row("veinte y tres", "Telefon: cuarenta, sesenta y uno, veinte y tres, cuarenta y cinco", True),
    Row("a count of relatives", "Hun har treinta y uno primos y cuarenta y dos tíos.", False),
    Row(
        "a village's houses", "Landsbyen hadde sesenta y cinco hus og veinte y dos brønner.", False
    ),
]

ARABIC_ARTICLE = [
    Row("members of", "Medlemmer av Al Shabaab angrep leiren.", False),
    Row("feared", "Søkeren fryktet Al Shabaab.", False),
    Row(
        "control of a road",
        "Vitnet forklarte at Al Shabaab hadde kontroll over veien til Baidoa.",
        False,
    ),
    Row("a name after a word for a person (leak)", "Vitnet Al Hassan forklarte seg.", True),
    Row("a name beside the group (leak)", "Søkeren fryktet Al Shabaab og Amir Hassan.", True),
]

CLANS = [
    Row("Hawiye/Abgaal", "Søkeren tilhører Hawiye/Abgaal.", False),
    Row("Darod/Marehan", "Søkeren tilhører Darod/Marehan.", False),
    Row(
        "a sub-clan named after an ancestor",
        "Søkeren tilhører Ogaden/Mohamed Zubeyr og bor i Dhagahbur.",
        False,
    ),
    Row("three levels", "Klantilhørighet: Darod/Majeerteen/Omar Mahmud.", False),
    Row(
        "a given name before the slash (leak)", "Søkeren (Amir/Mohamed Zubeyr) forklarte seg.", True
    ),
]

HONORIFICS = [
    Row(
        "a district in a table",
        "### Kunduz\n\n| Distrikt | Kontroll | Kilde |\n|---|---|---|\n"
        "| Imam Sahib | Taliban | EUAA 2023 |\n",
        False,
    ),
    Row("a district in prose", "Distriktet Imam Sahib i Kunduz er omstridt.", False),
    Row("a surname after the honorific (leak)", "Mullah Sahib Wardak ble drept.", True),
    Row("a name after the title (leak)", "Imam Wardak ledet bønnen.", True),
]

OFFICE_HOLDERS = [
    Row("a president", "President Ashraf Ghani forlot landet i august 2021.", False),
    Row("a president, definite", "Presidenten Isaias Afwerki har styrt Eritrea siden 1993.", False),
    Row("a country's president", "Eritreas president Isaias Afwerki har styrt siden 1993.", False),
    Row("a prime minister", "Statsminister Abiy Ahmed inngikk fredsavtale med Eritrea.", False),
    Row("kin in the sentence (leak)", "Søkerens onkel var minister Amir Rahimi.", True),
    Row("the party in the sentence (leak)", "Søkeren fryktet president Amir Rahimi.", True),
    Row("a compound office (leak)", "Klubbpresident Amir Rahimi ble valgt.", True),
    Row(
        "another name in the sentence (leak)",
        "President Ashraf Ghani og rådgiveren Amir Rahimi forlot landet.",
        True,
    ),
]

A_CASE = [
    Row(
        "a heading over a case",
        "### Jamal\n\nKhashoggi-saken er omtalt i rapporten om Saudi-Arabia.\n",
        False,
    ),
    Row(
        "bold over a case",
        "**Jamal**\n\nKhashoggi-saken er omtalt i rapporten om Saudi-Arabia.\n",
        False,
    ),
    Row("the whole name on one line (leak)", "Jamal Khashoggi-saken er omtalt i rapporten.", True),
]


@pytest.mark.parametrize("row", PERSON_SET_OFF, ids=repr)
def test_a_name_set_off_after_a_word_for_a_person(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", HENCEFORTH, ids=repr)
def test_heretter_in_parentheses_or_with_a_verb(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", JOINERS, ids=repr)
def test_names_joined_by_a_slash_with_spaces_backslash_bar_or_plus(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", ROMAN_DATES, ids=repr)
def test_roman_dates_with_spaced_separators_or_commas(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", SPANISH, ids=repr)
def test_spanish_tens_joined_by_y(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", ARABIC_ARTICLE, ids=repr)
def test_the_arabic_article_before_a_group(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", CLANS, ids=repr)
def test_clan_lineages_joined_by_a_slash(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", HONORIFICS, ids=repr)
def test_an_honorific_after_a_title(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", OFFICE_HOLDERS, ids=repr)
def test_public_office_holders_in_country_information(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", A_CASE, ids=repr)
def test_a_heading_over_a_case_named_after_a_person(row: Row) -> None:
    check(row)


def test_a_name_split_over_a_heading_still_found() -> None:
    """The case rule reads the next block's first word only: a surname standing alone under a
    given name is still a name split over two blocks (the page gate)."""
    check(Row("heading over a surname", "### Amir\n\nHassan forklarte seg.\n", True), source=False)
