"""Attack round 11, foreign identity numbers with valid check digits written in groups (finding
5): Turkey's T.C. kimlik (``912 345 678 72``, ``123.456.789.50``), Ukraine's taxpayer number
RNOKPP (``34567-89125``, ``3456 789 125``), Russia's personal INN and insurance number СНИЛС
(``112-233-445 95``). Whole runs were found; the groups a document prints were not.

Nothing here is real: every number is generated in the test from made-up digits with its check
digits computed (python-stdnum for the Turkish, Ukrainian and INN numbers; the СНИЛС rule, which
stdnum lacks, is written out below).
"""

from __future__ import annotations

import pytest
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.ua import rntrc

from gaterows import ORDINARY, Row, check

TCK = "912345678" + tckimlik.calc_check_digits("912345678")
TCK2 = "123456789" + tckimlik.calc_check_digits("123456789")
RNOKPP = "345678912" + rntrc.calc_check_digit("345678912")
INN = "7707083893" + inn.calc_personal_check_digits("7707083893")


def snils(nine: str) -> str:
    """A СНИЛС: nine digits weighted 9 down to 1; a sum under 100 is the check number, 100 and
    101 give 00, a larger one modulo 101 (100 again 00)."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(nine))
    if total > 101:
        total %= 101
    return nine + ("00" if total in (100, 101) else f"{total:02d}")


SNILS = snils("112233445")
WRONG_TCK = TCK[:-1] + str((int(TCK[-1]) + 1) % 10)


def groups(number: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(number[at : at + size])
        at += size
    return sep.join(out)


ROWS = [
    Row("a kimlik in 3-3-3-2", f"Kimliğindeki numara {groups(TCK, (3, 3, 3, 2))} okundu.", True),
    Row("a kimlik with dots", f"TC {groups(TCK2, (3, 3, 3, 2), '.')}", True),
    Row("a kimlik with hyphens", f"Kimlik: {groups(TCK, (3, 3, 3, 2), '-')}.", True),
    Row("a kimlik in Norwegian prose", f"Han oppga nummeret {groups(TCK, (4, 4, 3))}.", True),
    Row("an RNOKPP 5-5", f"Ідентифікаційний код {groups(RNOKPP, (5, 5), '-')}.", True),
    Row("an RNOKPP 4-3-3", f"РНОКПП {groups(RNOKPP, (4, 3, 3))}.", True),
    Row("an RNOKPP after a Norwegian word", f"Skattenummer {groups(RNOKPP, (4, 3, 3))}.", True),
    Row("an INN in fours", f"ИНН {groups(INN, (4, 4, 4))}.", True),
    Row("a СНИЛС as printed", f"СНИЛС {groups(SNILS, (3, 3, 3), '-')} {SNILS[9:]}.", True),
    Row("a СНИЛС in Latin letters", f"SNILS-nummeret {groups(SNILS, (3, 3, 3, 2))}.", True),
    # near misses: amounts, years, a wrong check digit, an RNOKPP's shape without a keyword
    *ORDINARY,
    Row("an amount in groups", "Budsjettet var 1 234 567 890 kroner.", False),
    Row("a kimlik's shape with a wrong check", f"Nummer {groups(WRONG_TCK, (3, 3, 3, 2))}.", False),
    Row("years and a count", "Sakene fra 2019 2020 2021 var 118 i alt.", False),
    Row("ten grouped digits without a keyword", f"Arkiv {groups(RNOKPP, (4, 3, 3))}.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_grouped_foreign_identity_numbers_are_found(row: Row) -> None:
    check(row)
