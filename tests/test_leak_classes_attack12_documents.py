"""Attack round 12, document, registration and service numbers whose keyword was not known, or
stood away from its number: registrations on the way (Iran's Amayesh card and census slip, a
Greek asylum card, Eurodac, Somalia's NIRA, a Sudanese national number), the police's and UNE's
case and journal numbers, a DUF serial in words or with slashes, service, prison and staff
numbers, a Kebele ID, a passport's series, a SIM card's ICCID. Words or a bracket between the
keyword and the number are read for every keyed number (`personaldata/documents.py`, `loose`).

Nothing here is real: every number is made up (digits typed for the test, no check digits).
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check

ROWS = [
    # registrations on the way
    Row("an Amayesh card", "I Iran hadde han Amayesh-kort nr. 1098765432 til 2019.", True),
    Row("an Amayesh card, bracketed", "Amayesh-kortet hans (nr. 1098765432) gikk ut i 2019.", True),
    Row(
        "Iran's census slip", "Han ble registrert i Irans sarshomari med slipp nr. 12345678.", True
    ),
    Row("a Greek asylum card", "Det greske asylkortet hans har nummeret AM 0461287.", True),
    Row("Eurodac, words between", "Eurodac-treffet gjaldt referansen IT1AG012345678.", True),
    Row("Eurodac, its reference", "Eurodac-referansen er GR1ATH00123456.", True),
    Row("a Somali NIRA number", "NIRA-nummeret hans er 12345678901.", True),
    Row("a Sudanese national number", "Det sudanske nasjonalnummeret er 123-4567-8901.", True),
    # Norwegian letters, police, UNE, DUF
    Row("a police journal", "Politiets anmeldelse har journalnummer 14567890 i Oslo.", True),
    Row("a report, bracketed", "Anmeldelsen (nr. 14567890) ble henlagt.", True),
    Row("the police's case", "Politiets saksnummer er 14567890.", True),
    Row("a UNE case", "UNE-sak 2101234 ble avgjort i nemndmøte.", True),
    Row("a UNE case by its shape", "UNE behandlet klagen i sak N2101234.", True),
    Row(
        "a DUF serial in words", "DUF-nummeret er registrert i 2019, med løpenummer 01234567.", True
    ),
    Row("a DUF serial, spaced", "Løpenummeret i DUF er 0123 4567.", True),
    Row("a DUF number with slashes", "DUF-nummer 2019/0123/4567.", True),
    # service, staff
    Row("a service number", "Han tjenestegjorde i ANA med tjenestenummer 12-34567.", True),
    Row("a soldier's book", "Soldatboken hans har nummeret ER-0412345 fra Sawa.", True),
    Row("a military ID", "Militær-ID-kortet hans hadde nummer 12-34567.", True),
    Row("an army roll", "Rullenummeret hans i hæren var 4471230.", True),
    Row("a staff number", "Han var ansatt i Fiktivnett med ansattnummer 40213.", True),
    Row("a personnel number", "Han hadde personalnummer 40213 i departementet.", True),
    Row("a staff ID", "Ansatt-ID: 40213 (Fiktivbanken).", True),
    # ID cards, passports, SIM cards
    Row("a Kebele ID", "Kebele-ID 05/1234/12", True),
    Row(
        "a Kebele ID, words between",
        "Kebele-ID-en hans fra Addis Abeba har nummeret 05/1234/12.",
        True,
    ),
    Row("a family book", "Familiebokens nummer er 4471/213, utstedt i Hasaka.", True),
    Row("a passport's series in words", "Passet er av serien P med nummeret 01234567.", True),
    Row("a passport's series and number", "Det syriske passet: serie N 012, nummer 345678.", True),
    Row("a SIM card's ICCID", "SIM-kortet har ICCID 8993012345678901234.", True),
    Row("a SIM card's number", "SIM-kortets nummer er 8947012345678901231.", True),
    # near misses: the keyword with words and a number that is no document's
    Row("an archive's journal number", "Journalnummer 2023/004512 i arkivet.", False),
    Row("a short serial", "Løpenummeret er 12345.", False),
    Row(
        "a court on ID cards", "Kimlik belgesi hakkında Anayasa Mahkemesi kararı 2019/12345.", False
    ),
    Row("a report and an amount", "Anmeldelsen gjaldt et tap på 15 000 kroner.", False),
    Row("a report and a date", "Anmeldelsen ble levert 2019-05-02 til politiet.", False),
    Row("a passport and years", "Passet ble utstedt i 2015 og fornyet i 2021.", False),
    Row("a case in the register", "Saken ble registrert i 2023 og avgjort i 2024.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_document_and_service_numbers_are_found(row: Row) -> None:
    check(row)
