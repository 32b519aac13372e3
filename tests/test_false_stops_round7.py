"""Ordinary texts that the rules added for attack round 7 refused at first (a probe of those
rules, stop 22): organisations after a word for a person, names side by side with `/` or in a
compound, a one-word heading that is also a given name over a paragraph, a birth label over a
sentence that starts with a date. Each table keeps the round-7 leak beside its near misses, so
a fix of the false stop cannot quietly drop the finding. Names and dates are made up.
"""

from __future__ import annotations

import pytest

from gaterows import Row, check

ORGANISATIONS = [
    Row(
        "armed group", "Personen Rapid Support Forces arresterte, ble løslatt etter to uker.", False
    ),
    Row(
        "broadcaster", "Kvinnen Deutsche Welle intervjuet i 2022 beskrev forholdene i Sawa.", False
    ),
    Row(
        "hospital",
        "Ifølge legen Haukeland Universitetssjukehus oppnevnte, har søkeren PTSD.",
        False,
    ),
    Row("agency of three words", "Barnet Bufetat Region Vest plasserte, er nå 16 år.", False),
    Row(
        "radio",
        "Søkeren var journalist; sjefen Radio Shabelle hadde ansatt, ble drept i 2019.",
        False,
    ),
    Row("army", "Soldaten Eritrean Defence Forces rekrutterte, var 17 år.", False),
    Row("languages", "Tolken Dari Pashto ble bestilt gjennom Tolkeportalen.", False),
    Row("witness, farm surname (leak)", "Vitnet Sol Bakken forklarte seg.", True),
    Row("interpreter, -sen surname (leak)", "Tolken Liv Jensen forklarte seg.", True),
]

JOINED = [
    Row(
        "clan compound",
        "Sharia-domstolene og Karim-Khan-klanen i Zabul omtales i rapporten.",
        False,
    ),
    Row(
        "movement and party",
        "Amal-bevegelsen og Hizbollah (Amal/Hizbollah) kontrollerer Sør-Libanon.",
        False,
    ),
    Row("two given names with a slash (leak)", "Søkeren (Amir/Hassan) forklarte seg.", True),
    Row("given name and surname with a hyphen (leak)", "Søkeren Amir-Rahimi forklarte seg.", True),
]

BLOCKS = [
    Row(
        "district heading",
        "### Hodan\n\nBydelen Hodan i Mogadishu har mange internt fordrevne.\n",
        False,
    ),
    Row("city heading", "## Port Said\n\nHavnebyen er et utreisested for migranter.\n", False),
    Row(
        "given-name heading over places",
        "### Maria\n\nLampedusa og Sicilia er hovedankomststeder.\n",
        False,
    ),
    Row(
        "birth label over a sentence",
        "### Fødselsdato\n\n12.05.2024 ble det gjennomført aldersundersøkelse.\n",
        False,
    ),
    Row(
        "birth label over a report date",
        "### Fødselsdato\n\n17.03.2022: Landinfo publiserte et temanotat.\n",
        False,
    ),
    Row("name over two blocks (leak)", "> Amir\n\nHassan forklarte seg.\n", True),
    Row("birth label over its value (leak)", "### Fødselsdato\n\n17.03.1992\n", True),
]


@pytest.mark.parametrize("row", ORGANISATIONS, ids=repr)
def test_an_organisation_after_a_word_for_a_person_is_no_name(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", JOINED, ids=repr)
def test_names_side_by_side_are_no_person(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", BLOCKS, ids=repr)
def test_a_heading_over_a_paragraph_is_read_as_a_reader_reads_it(row: Row) -> None:
    check(row, source="> Amir" not in row.body)
