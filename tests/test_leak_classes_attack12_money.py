"""Attack round 12, class L6 (phones, money, plates): a phone number written in two parts (the
joined number valid to ``phonenumbers``), a mobile-money account by its service (EVC Plus,
Zaad: a phone number by another name), an account after its bank's name, a plate after its
keyword with a town or quotes between, and a hawala code in a sentence about hawala
(``core/gate/holdings.py``). Each beside the near misses that must pass. Every number here is
made up (phone numbers from the countries' mobile ranges, no real subscriber meant).
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check, source_findings
from praksisbank.core.gate.anonymity import find_personal_data

ROWS = [
    Row("a phone, og så", "Nummeret er det samme som før: +93 70, og så 123 4567.", True),
    Row("starter/slutter med", "Mobilnummeret starter med 079 og slutter med 912 3456.", True),
    Row("landskoden", "Landskoden er +252, og nummeret er 61 512 3456.", True),
    Row("EVC Plus fra", "Pengene kom via EVC Plus fra 61 5123456.", True),
    Row("EVC Plus", "Han betalte med EVC Plus 615123456.", True),
    Row("Zaad", "Onkelen sendte penger med Zaad 63 4123456.", True),
    Row("an account after a bank", "Han hadde en konto i Azizi Bank: 0012-3456-789.", True),
    Row("a plate with a town", "Bilen hadde skilt Kabul 11-24567.", True),
    Row("skiltnummer with a town", "Skiltnummer Kabul 11-24567 ble notert.", True),
    Row("an Eritrean plate", "Bilen hadde registreringsnummer 2-45678 ER.", True),
    Row("a plate, town after", "Lastebilen hadde skilt 2-45678 (Asmara).", True),
    Row("a plate, Arabic town", "Bilen hadde skiltnummer دمشق 512345.", True),
    Row("a plate in quotes", "Skiltet lød «HRT 4471».", True),
    Row("a hawala code, words between", "Hawala-koden hans var 4471-B.", True),
    Row("a hawala receipt", "Kvitteringen fra hawaladaren hadde nummer 88123.", True),
    Row("a hawala code given", "Hawaladaren ga ham koden 4471-B som kvittering.", True),
    Row(
        "begynner med, resten er",
        "Mobilnummeret begynner med +252 61, og resten er 512 3456.",
        True,
    ),
    Row("M-Pesa", "Han sendte pengene via M-Pesa til 0712 345678.", True),
    Row("Telebirr", "Telebirr-kontoen hans er 0911 234567.", True),
    Row("an account at a hawala bank", "Han hadde konto hos Dahabshiil Bank, nr. 123456789.", True),
    Row("a plate with letters in quotes", "Skiltnummeret var «KBL 4471».", True),
    Row("a plate with a town, Herat", "Bilen hadde skilt Herat 3-45678.", True),
    Row(
        "a phone over two sentences", "Han ringte fra +93 79. Resten av nummeret er 912 3456.", True
    ),
    # near misses: amounts, years, an organisation number, a phone of two unrelated numbers
    Row("a hawala amount", "Han sendte 5000 dollar via hawala i 2021.", False),
    Row("hawala in a year", "Hawala-systemet var i bruk i 2019 og 2020.", False),
    Row(
        "an organisation's register number",
        "Registreringsnummer 912 345 678 i Enhetsregisteret.",
        False,
    ),
    Row("two counts, og så", "Han var 17 år, og så 18 da han kom.", False),
    Row("a mobile-money amount", "Han betalte 200 dollar med EVC Plus i 2022.", False),
    Row("a bank and a year", "Han hadde en konto i Azizi Bank fra 2015.", False),
    Row("an account closed on a date", "Kontoen i DNB Bank ble stengt, 12.03.2021.", False),
    Row("a bank and two years", "Han hadde konto i Azizi Bank 2019 2020.", False),
    Row("a hawala fee", "Gebyret for hawala var 300.", False),
    Row("hawala over years", "Hawala-nettverket var aktivt 2019-2020.", False),
    Row("road signs", "Det sto skilt langs E6 ved Kolomoen.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_phones_money_plates_and_hawala(row: Row) -> None:
    check(row)
    if row.found:
        assert source_findings(row.body)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Landskoden er +252, og nummeret er 61 512 3456.", "3456"),
        ("Han betalte med EVC Plus 615123456.", "615123456"),
        ("Skiltet lød «HRT 4471».", "4471"),
    ],
)
def test_the_message_gives_no_number_away(text: str, hidden: str) -> None:
    for finding in find_personal_data(text):
        assert hidden not in finding.masked


TITLED = [
    Row(
        "a phone over the title and the text (J04)",
        "Resten av nummeret er 912 3456.",
        True,
        title="Trusler fra +93 79",
    ),
    Row("the title alone", "Han ble truet over telefon.", False, title="Trusler fra +93 79"),
]


@pytest.mark.parametrize("row", TITLED, ids=repr)
def test_a_phone_over_the_title_and_the_text(row: Row) -> None:
    """The page shows the title as its heading over the text: the page gate (`check --render`
    and the build) joins the country code in the heading and the rest in the text. The source
    gate reads the title apart (a seam of its own, left to it)."""
    check(row, source=False)
