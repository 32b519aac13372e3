"""Attack round 12, civil-register coordinates: a person's entry in the civil register of an
arrival country, written as on the papers (the paper tazkira's volume, page and entry; Syria's
house and entry; Turkey's volume, household and row; a birth record's act number), is as
precise as an identity number. Two numbered parts of one register's words in a run are an
entry (`personaldata/documents.py`, `_REGISTER_ENTRY`): «en oppføring i et sivilregister».

Nothing here is real: every number is made up (digits typed for the test).
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check

ROWS = [
    # the paper tazkira (Dari, Pashto in Latin letters; in Arabic script; a translation)
    Row(
        "a tazkira's volume, page, entry",
        "Tazkiraen er registrert i jeld 212, safha 45, sabt 3321.",
        True,
    ),
    Row("jild", "Papirtazkiraen: jild 77, safha 12, sabt 9043.", True),
    Row(
        "juld and shomara-ye sabt",
        "Ifølge tazkiraen: Juld 118, Safha 72, Shomara-ye sabt 40517.",
        True,
    ),
    Row("dashes between", "Tazkira: Jeld 212 – Safha 45 – Sabt 3321.", True),
    Row("in Arabic script", "Tazkiraen: جلد 212، صفحه 45، ثبت 3321.", True),
    Row(
        "a Norwegian translation",
        "Tazkiraen er innført i bind 212, side 45, nr. 3321 i Ghazni.",
        True,
    ),
    # Syria
    Row("khana and qayd", "Han er innført i sivilregisteret i Daraa, khana 45, qayd 1123.", True),
    Row("qayd in a bracket", "Han står med registreringsnummer (qayd) 1123, khana 45.", True),
    Row("Syria in Arabic script", "I sivilregisteret: خانة 45، قيد 1123.", True),
    # Turkey
    Row(
        "Cilt, Aile Sıra, Sıra",
        "Nüfus kayıt örneği: Cilt No 34, Aile Sıra No 128, Sıra No 5.",
        True,
    ),
    Row(
        "Cilt, Hane, BSN", "Nüfusa kayıtlı olduğu yer: Muş, Varto, Cilt 34, Hane 128, BSN 5.", True
    ),
    # birth records' acts
    Row("a Ukrainian act", "Свідоцтво про народження: актовий запис № 245.", True),
    Row("a Russian act", "Запись акта о рождении № 245 от 1994 года.", True),
    Row("an act number in Norwegian", "Fødselsattesten viser aktnummer 245 fra Kharkiv.", True),
    # near misses: citations, pages, a volume alone
    Row("a law gazette's volume and page", "Se bind 3 av Norsk Lovtidend, side 45.", False),
    Row("a Supreme Court citation", "Se Rt. 2015 s. 1388 om bevisbyrden.", False),
    Row("a page in a report", "Dette står på side 45 i rapporten, nr. 3 i listen.", False),
    Row("a volume and a page", "Landinfo-rapporten, bind 2, side 14, beskriver dette.", False),
    Row("a Turkish journal's volume and page", "Kaynak: Cilt 3, s. 45.", False),
    Row("a volume alone", "Nüfus kaydı: Cilt 34.", False),
    Row("a word for act without a number", "Aktnummeret mangler i attesten.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_civil_register_entries_are_found(row: Row) -> None:
    check(row)
