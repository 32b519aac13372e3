"""Attack round 12, class L5 (addresses): a house in the arrival countries' administrative
chains (Ethiopia's woreda and kebele, Kabul's nahia and kuche, Mogadishu's degmada and waax), a
private post box with its town, and a prison cell with its number
(``core/gate/holdings.py``: ``_chained_houses``, ``_post_boxes``, ``_prison_cells``). Each beside
the near misses that must pass. Every place, street and number here is made up.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check, source_findings
from praksisbank.core.gate.anonymity import find_personal_data

ADDRESS = "en adresse"

ROWS = [
    Row("Addis Abeba's chain", "Addis Abeba, Yeka, Woreda 08, Kebele 12, husnummer 1234.", True),
    Row("Kabul: qala, kuche, house", "Qala-e Fathullah, 4. kuche, hus 12, Kabul.", True),
    Row("Kabul: nahia, kuche, house", "Familien bodde i Nahia 5, kuche 3, hus 12 i Kabul.", True),
    Row("Mogadishu: waax, guri No.", "Hodan, Waaxda Taleex, guri No. 123.", True),
    Row("Mogadishu: degmada, guriga", "Degmada Hodan, Waaxda Taleex, guriga 123.", True),
    Row("a P.O. box in Asmara", "Brevene gikk til P.O. Box 1234, Asmara.", True),
    Row("a post box in Mogadishu", "Adressen var Postboks 1234, Mogadishu.", True),
    Row("a cell in a named prison", "Han satt i celle 14 i Sednaya fra 2013 til 2015.", True),
    Row("a wing and a cell", "Han satt i fløy 4, celle 12 i Pul-e Charkhi.", True),
    Row("a cell nr. in a prison", "I Evin-fengselet delte han celle nr. 7 med to andre.", True),
    Row("Dari script, Persian digits", "Han bodde i ناحیه ۵، کوچه ۳، خانه ۱۲ i Kabul.", True),
    Row("Jijiga: kebele, guri", "Adressen: Kebele 05, guri 17, Jijiga.", True),
    Row("Kabul: nahia, gozar, hus nr.", "Nahia 8, gozar Qala-e Zaman Khan, hus nr. 44.", True),
    Row("a cell in Mai Serwa", "Han satt på celle 3 i Mai Serwa.", True),
    # near misses: a house or a part alone, a public body's address, cells in biology
    Row("a house alone", "Han bodde i hus 12 sammen med tre brødre.", False),
    Row("a district alone", "Han kom fra Kabul, distrikt 13, i 2019.", False),
    Row("a ministry's post box", "Svaret kom fra Postboks 8108 Dep.", False),
    Row("a post box with no town", "Svaret lå i postboks 12 på mottaket.", False),
    Row("a cell in biology", "Blodprøven viste at hver celle var normal.", False),
    Row("a prison without a cell number", "Han satt i Sednaya-fengselet i to år.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_an_address_of_the_arrival_countries(row: Row) -> None:
    check(row)
    if row.found:
        assert ADDRESS in source_findings(row.body)


def test_the_message_gives_no_number_away() -> None:
    (finding, *_) = find_personal_data("Addis Abeba, Yeka, Woreda 08, Kebele 12, husnummer 1234.")
    assert "1234" not in finding.masked and "12" not in finding.masked
