"""Issue 17, the probe after attack round 10 (item 4): a statistics table whose first column is
headed by a name word (`Фамилия`, `Soyadı`, `Magaca`, `Etternavn`) reads its row labels, the
totals and groups, as names (`Всего`, `Toplam`, `Kadın`, `Wadarta`). A cell that holds a word
for a total, a sum, men, women, children, others or unknown alone is a row's label
(``names.lists._TALLY_WORDS``); a name in such a column is still refused, in the same table.

The names are made up; the counts are invented.
"""

from __future__ import annotations

import pytest

from gaterows import Row, check, source_findings

NAME = "et personnavn"


def _table(header: str, *rows: str) -> str:
    return f"| {header} | Antall |\n|---|---|\n" + "".join(f"| {r} | 12 |\n" for r in rows)


TABLES = [
    # the probe's three tables
    Row("ru total", _table("Фамилия", "Всего"), False),
    Row("tr total and women", _table("Soyadı", "Toplam", "Kadın"), False),
    Row("so total", _table("Magaca", "Wadarta"), False),
    # the same class in the other arrival languages and Norwegian
    Row("uk men, women, children, total", _table("Прізвище", "Чоловіки", "Жінки", "Діти",
        "Усього"), False),
    Row("nb men, women, unknown, sum", _table("Etternavn", "Menn", "Kvinner", "Ukjent", "Sum"),
        False),
    Row("nb others, in all", _table("Navn", "Øvrige", "I alt"), False),
    Row("en other, total", _table("Surname", "Other", "Total"), False),
    Row("so men, women, children", _table("Magaca", "Ragga", "Haweenka", "Carruurta"), False),
    Row("tr children, other, unknown", _table("Adı", "Çocuk", "Diğer", "Bilinmiyor"), False),
    Row("ku total, men", _table("Paşnav", "Giştî", "Mêr"), False),
    Row("fa total, women", _table("Etternavn", "مجموع", "زنان"), False),
    # a name in such a column stays refused, beside the labels or alone
    Row("ru a surname among totals", _table("Фамилия", "Коваленко", "Всего"), True),
    Row("tr a surname among totals", _table("Soyadı", "Yılmaz", "Toplam", "Kadın"), True),
    Row("so a name among totals", _table("Magaca", "Warsame", "Wadarta"), True),
    Row("nb a surname among groups", _table("Etternavn", "Menn", "Rahimi", "Sum"), True),
    Row("nb a given name that is also a word", _table("Fornavn", "Andre"), True),
    Row("a label beside a name", _table("Фамилия", "Всего Коваленко"), True),
]  # fmt: skip


@pytest.mark.parametrize("row", TABLES, ids=repr)
def test_a_total_or_a_group_in_a_name_column_is_no_name(row: Row) -> None:
    check(row)
    if row.found:
        assert NAME in source_findings(row.body)
