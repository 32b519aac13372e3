"""Foreign phone numbers in their country's national form after a phone word (attack round 10,
class 7): Russia's and Belarus's trunk prefix `8`, Eritrea's seven-digit `07 123456`, and the
phone words of the arrival countries' languages. Tried in the regions the sentence names, else
in the arrival countries' from a trunk prefix; each row goes through both gates (the source and
the page the site's Markdown makes of it). Every number here is made up (valid in its numbering
plan, assigned to nobody we know of); no identity number is used."""

from __future__ import annotations

import pytest

from gaterows import Row, check

NATIONAL = [
    Row("Russian trunk prefix 8 after a country adjective", "Russisk nummer: 8 912 345-67-89.",
        True),
    Row("Eritrean seven digits after a country adjective", "Eritreisk nummer: 07 123456.", True),
    Row("Russian phone word", "Телефон: 8 912 345 67 89", True),
    Row("Russian abbreviation and brackets", "Тел.: 8 (912) 345-67-89", True),
    Row("a phone word and the country named", "Mobilnummeret hans i Eritrea er 07 123456.", True),
    Row("Ukrainian phone word, trunk 8 then 0", "Номер телефону: 8 067 123 45 67", True),
    Row("Turkish phone word", "Cep telefonu: 0532 123 45 67", True),
    Row("Somali phone word", "Taleefanka: 061 5123456", True),
    Row("Belarusian trunk prefix 8", "Hviterussisk nummer: 8 029 123-45-67", True),
    # near misses
    Row("a place in a row", "Russisk nummer 8 av 10 i rekken.", False),
    Row("a date after the phone", "Telefonen ble beslaglagt 12.03.2020.", False),
    Row("a count", "Han ringte 8 ganger fra telefonen.", False),
    # the probe after round 10: `номер` is «number», of a case as of anything
    Row("a case number after номер", "Dokumentet viser sak номер 0512345 fra 2019.", False),
    Row("years", "Mobil 2019–2021 ble brukt.", False),
    Row("a place in a list", "Eritreisk nummer 2 i listen.", False),
    Row("an organisation number", "Organisasjonsnummer 974 760 673.", False),
    Row("a short number", "Telefon: 1881", False),
    Row("a reference number", "Søkeren oppga nummer 12345 som referanse.", False),
    Row("an amount and a law", "Beløpet var 8 000 kroner, jf. utlendingsloven § 28.", False),
    Row("a case-law citation", "Se Rt. 2015 s. 1481.", False),
]  # fmt: skip


@pytest.mark.parametrize("row", NATIONAL, ids=repr)
def test_a_foreign_phone_number_in_its_national_form_after_a_phone_word(row: Row) -> None:
    check(row)
