"""Attack round 10, classes 3 and 3b: passport, ID-card, residence-permit, register and
driving-licence numbers after their keyword in Ukrainian, Russian, Turkish, Italian, German
(and Kurmanji, Somali), with a series before the number (`серія ЕК номер 123456`, `seri A12 no
345678`), a Cyrillic series glued to it (`ЕК123456`), or `№`, `n.`, `Nr.` between. Ukraine's
register number (УНЗР, `yyyymmdd-nnnnn`) holds the date of birth: it is an identity number,
never excepted (``personaldata.documents._FOREIGN_DOCUMENT``, ``_SERIES``, ``_DATED_REGISTER``).
Each shape stands beside the near misses that must pass.

Nothing here is real: every number is made up here (the register number from a made-up date and
five made-up digits, `_register`), the sentences are made up.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check, source_findings
from praksisbank.core.gate.anonymity import find_personal_data

PASSPORT = "et passnummer"
ID_DOCUMENT = "et ID-nummer"
FOREIGN_ID = "et utenlandsk identitetsnummer"


def _register(birth: str, serial: int) -> str:
    """A number shaped as Ukraine's УНЗР: a made-up date of birth `yyyymmdd`, a hyphen and five
    made-up digits (no real person's)."""
    return f"{birth}-{serial:05d}"


REGISTER = _register("19900517", 1234)


DOCUMENTS = [
    # the re-run of round 10: Arabic `jawaz as-safar` in Latin letters
    Row("arabic jawaz as-safar", "Jawaz as-safar: N1234567", True),
    Row("an office, no number", "Jawaz-kontoret i Kabul stengte i 2021.", False),
    # Ukrainian and Russian passports: a Cyrillic series, glued or with серія/серия
    Row(
        "uk passport, citizen of",
        "Паспорт громадянина України: ЕК123456",
        True,
    ),
    Row("uk passport, series and number", "Паспорт серія ЕК номер 123456", True),
    Row("ru passport, series in the genitive", "Копия паспорта серии ЕК № 123456.", True),
    Row("uk passport, series glued", "Søkeren la fram паспорт ЕК123456.", True),
    Row("ru internal passport", "Внутренний паспорт серия 4512 номер 345678", True),
    Row("ru passport of a citizen", "Паспорт гражданина РФ № 4512 345678", True),
    # ID cards
    Row("uk ID card", "ID-картка № 001234567", True),
    Row("tr ID card serial", "Kimlik kartı seri no: A12B34567", True),
    Row("tr old ID card, series and number", "Nüfus cüzdanı seri A12 no 345678", True),
    Row("it identity card", "Carta d'identità n. CA12345AB", True),
    Row("de identity card", "Personalausweis Nr. L01X00T47", True),
    Row("so ID card", "Kaarka aqoonsiga: SO1234567", True),
    Row("ku ID card", "Nasname: 12345678", True),
    # Ukraine's register number: the date of birth in it
    Row("uk register number", f"УНЗР: {REGISTER}", True),
    Row("uk register entry", f"Запис № {REGISTER}", True),
    # residence permits
    Row("it residence permit", "Permesso di soggiorno n. I12345678", True),
    Row("de residence permit", "Aufenthaltstitel Nr. Y12345678", True),
    Row("tr residence permit", "Ikamet izni no: 99123456789", True),
    Row("uk residence permit", "Посвідка на проживання № IT123456", True),
    Row("ru residence permit", "Вид на жительство 82 № 1234567", True),
    # driving licences
    Row("ru driving licence", "Водительское удостоверение 77 12 345678", True),
    Row("uk driving licence", "Посвідчення водія № ВХЕ123456", True),
    Row("tr driving licence", "Ehliyet no: 123456", True),
    Row("no driving licence", "Førerkortnummeret hans er 12345678901.", True),
    # Arabic and Dari/Persian keywords (a name in Arabic script is found besides: the number
    # must be found as a document's)
    Row("ar driving licence", "Søkerens رخصة القيادة: 12345678", True),
    Row("ar ID card and raqm", "Han viste البطاقة الشخصية رقم 12345678901.", True),
    Row("fa shenasnameh", "Søkeren la fram شناسنامه: 1234567.", True),
    Row("fa driving licence", "Han hadde گواهینامه رانندگی 9876543.", True),
    # near misses: the same keywords with no number, or a law's or a case's numbers
    Row(
        "a Ukrainian passport named", "Søkeren hadde паспорт громадянина України, ikke pass.", False
    ),
    Row("a residence permit's law", "Aufenthaltstitel nach § 25 Abs. 2 AufenthG.", False),
    Row(
        "an Italian permit's grounds",
        "Permesso di soggiorno per motivi umanitari (art. 5, comma 6).",
        False,
    ),
    Row(
        "a Turkish court on ID cards",
        "Kimlik belgesi hakkında Anayasa Mahkemesi kararı 2019/12345.",
        False,
    ),
    Row("a driving test", "Ehliyet sınavı 2019 yılında yapıldı.", False),
    Row("the driving-licence regulation", "Førerkortforskriften § 3-1 gjelder klasse B.", False),
    Row("a record without a number", "Запис у реєстрі зроблено 17.05.2020.", False),
    Row("a series of reports", "Landinfo har en serie om Ukraina (2023), nr. 5.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", DOCUMENTS, ids=repr)
def test_a_document_number_after_a_keyword_of_the_arrival_countries(row: Row) -> None:
    check(row)
    if row.found:
        assert {PASSPORT, ID_DOCUMENT, FOREIGN_ID} & set(source_findings(row.body))


def test_a_register_number_that_holds_a_birth_is_an_identity_number() -> None:
    (finding,) = find_personal_data(f"УНЗР: {REGISTER}")
    assert finding.what == FOREIGN_ID
    assert not finding.exceptable


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Паспорт серія ЕК номер 123456", ("ЕК", "1234")),
        (f"УНЗР: {REGISTER}", ("1990", "0517")),
        ("Nüfus cüzdanı seri A12 no 345678", ("A12", "3456")),
    ],
)
def test_the_message_gives_no_number_away(text: str, hidden: tuple[str, ...]) -> None:
    (finding,) = find_personal_data(text)
    for part in hidden:
        assert part not in finding.masked
