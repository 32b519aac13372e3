"""Attack round 11, case, registration and card numbers after their keywords (finding 5): the
bodies a person meets in Norway (police, NAV, tax, prison, health, school) and on the way
(UNHCR, IOM, UNRWA, Eurodac), a European health card, a Russian foreign passport, a vehicle's
chassis number, and the ids of money transfers and messengers. Each names one person's file.

Nothing here is real: every number is made up (digits typed for the test, no check digits).
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check

ROWS = [
    Row("UNHCR, after saksnummer", "Registrert hos UNHCR under saksnummer NAI-14C01234.", True),
    Row("UNHCR, after som", "Registrert hos UNHCR (Kampala) som UGA-17C12345.", True),
    Row("IOM", "IOM-nummer KBL-2023-004521 fra returprogrammet.", True),
    Row("UNRWA", "UNRWA-registreringskort 1-2345-6789-0.", True),
    Row("Eurodac", "Eurodac-treff: NO1-2023-004471-B.", True),
    Row("the police", "Politiets straffesaksnummer (BL) 15123456.", True),
    Row("a report to the police", "Han viste til anmeldelse 2023/004512.", True),
    Row("NAV", "NAV-saksnummer 4SF6A23 ble oppgitt.", True),
    Row("a tax card", "Skattekort nr. 2024-881234 ble lagt fram.", True),
    Row("a tax number", "Skattekortet (forskuddsnummer 2024-4471882) ble lagt fram.", True),
    Row("a prison", "Innsattnummer 44718 ved Trandum utlendingsinternat.", True),
    Row("a patient", "Fastlegens pasientnummer 0044718 i journalen.", True),
    Row("a student", "Studentnummer 447188 ved universitetet.", True),
    Row("a pupil", "Elevnummer 12345 i kommunen.", True),
    Row("a payment reference", "Søkeren betalte med KID 4471882931236 til kommunen.", True),
    Row("a European health card", "Europeisk helsetrygdkort 80578000010012345678.", True),
    Row("a Russian foreign passport", "Загранпаспорт 75 1234567.", True),
    Row("a chassis number", "Chassisnummer JTDBR32E720123456.", True),
    Row("a money transfer", "Western Union MTCN 7741882931 ble lagt fram.", True),
    Row("a Pay-ID", "Binance Pay-ID 388129475.", True),
    Row("a messenger", "IMO-ID 4471882931 ble brukt til videosamtaler.", True),
    Row("Threema", "Threema-ID ABCD1234 ble brukt.", True),
    Row("a hawala code", "Hawala-koden var GK-4471-XB, hentet hos sarrafen.", True),
    # near misses: the department's own case numbers, years, the words without a number
    *ORDINARY,
    Row("the department's case number", "Saksnummer 24/01234 gjelder klagen.", False),
    Row("years after a case word", "Saksnummeret 2019 2020 gjelder to år.", False),
    Row("a report in a year", "Anmeldelsen i 2023 ble henlagt.", False),
    Row("wine", "Vin fra 2019 ble servert.", False),
    Row("a tax card for a year", "Skattekortet for 2024 ble lagt fram.", False),
    Row("a Eurodac hit and its date", "Eurodac-treff i Hellas 2023-04-04.", False),
    Row("NAV without a number", "NAV-saksnummeret er ikke kjent.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_case_and_registration_numbers_are_found(row: Row) -> None:
    check(row)
