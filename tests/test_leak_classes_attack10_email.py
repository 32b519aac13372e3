"""Attack round 10, class 13 (issue 17): an e-mail address spelled with the arrival languages'
words for «@» and «.» (Ukrainian `равлик`, `крапка`; Turkish `et işareti`, `nokta`; Russian
`собачка`; Kurmanji `xal`, Somali `dhibic`) is an address to both gates. The same words in prose
(a hotel named `Равлик`, `punkt for punkt`, a sign's name) pass. Every address here is made up."""

from __future__ import annotations

import pytest

from gaterows import Row, check

ROWS = [
    Row("Ukrainian snail and dot", "Пошта: olena.k равлик ukr крапка net", True),
    Row("Ukrainian in Latin letters", "Adresse: olena.k ravlyk ukr krapka net", True),
    Row("Turkish at sign and dot", "E-posta: ayse.y et işareti gmail nokta com", True),
    Row("Turkish without the dotless i", "E-posta: ayse.y et isareti gmail nokta com", True),
    Row("Russian little dog", "E-mail: amir.h собачка mail точка ru", True),
    Row("Kurmanji dot", "E-name: xelil.k собачка gmail xal com", True),
    Row("Somali dot", "Iimayl: faarax.c sobachka gmail dhibic com", True),
    # near misses
    Row("a hotel named snail", "Hotellet het Равлик og lå i Lviv, jf. punkt 3.", False),
    Row("point by point", "Hun sa at saken var avgjort punkt for punkt.", False),
    Row("a sign's name", "Det var et işareti-symbol på skiltet, jf. § 28.", False),
    Row(
        "a Ukrainian sentence with a dot word",
        "Він поставив крапка в кінці речення у 2019 році.",
        False,
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_an_address_spelled_in_the_arrival_languages_is_found(row: Row) -> None:
    check(row)
