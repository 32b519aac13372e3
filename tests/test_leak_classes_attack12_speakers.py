"""Attack round 12 (held out), names class 3: names on no list read by where they stand: two
capitalised words as the subject of a verb of saying (`Cawo Warsame forklarte at`, Somali,
Kurmanji and Arabic spellings), a given name in small letters before one (`tesfay haile sa
at`), one word in another script after a party, a role, a kin word or a courtesy word
(`Søkeren Ковальчук`, `Broren Сергій`, `Søkeren محمد`, `Vitnet ተስፋይ`, `пан Коваленко`),
nicknames (`kjent i landsbyen som «…»`, `Alle kjente ham som …`, `som alle kaller …`), a parent
(`datter av …`) and the Sudanese `wad` (son of) between two names.

Near misses: bodies that speak in country information (`Human Rights Watch`, `Røde Kors`,
`Amnesty International`, a court), a term in another script in quotes, ordinary prose. Every
name is made up.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check

ROWS = [
    Row("Somali, said", "Xamdi Cawaale sa at han ble truet.", True),
    Row("Somali, explained", "Cawo Warsame forklarte at hun flyktet.", True),
    Row("Kurmanji letters", "Rêber Xelîl forklarte at han ble arrestert.", True),
    Row("Kurmanji, a capital with a cedilla", "Şêrzad Bîrhat forklarte at han ble arrestert.",
        True),
    Row("Arabic with apostrophes", "Sa'id Ma'ruf forklarte at han ble arrestert.", True),
    Row("a colon after the verb", "Hagos Weldu sa: «Vi må dra.»", True),
    Row("in a quote block", "> Xamdi Cawaale sa: «Vi må dra.»", True),
    Row("small letters, said", "tesfay haile sa at han ble innkalt.", True),
    Row("small letters after a role", "vitnet semhar andom bekreftet forklaringen.", True),
    Row("Cyrillic after the party", "Søkeren Ковальчук forklarte at han ble truet.", True),
    Row("Cyrillic after a witness", "Vitnet Ковальчук bekreftet forklaringen.", True),
    Row("Cyrillic after kin", "Broren Сергій ble innkalt.", True),
    Row("Arabic after the party", "Søkeren محمد forklarte at han ble truet.", True),
    Row("Ge'ez after a witness", "Vitnet ተስፋይ bekreftet forklaringen.", True),
    Row("a Cyrillic courtesy word", "Naboen пан Коваленко så det.", True),
    Row("a nickname in a village", "Han er kjent i landsbyen som «Langa Gul».", True),
    Row("a nickname, called", "Han ble kalt «Langa Gul».", True),
    Row("a nickname, knew him as", "Alle kjente ham som Langa Gul.", True),
    Row("a nickname, everybody calls", "Han møtte en mann som alle kaller Zalmai.", True),
    Row("a parent", "Hun er datter av Okbazghi.", True),
    Row("son of, Sudanese", "Adam wad Ishag ble drept i Geneina.", True),
    # near misses
    Row("a body of three words", "Human Rights Watch skrev at forholdene var dårlige.", False),
    Row("the Red Cross", "Røde Kors bekreftet at leiren var full.", False),
    Row("an institution", "Amnesty International forklarte at mange ble arrestert.", False),
    Row("a court", "Høyesterett Storkammer uttalte at loven gjaldt.", False),
    Row("a department's report", "Landinfo Temanotat sier at dette er vanlig.", False),
    Row("a term in another script in quotes", "Ordet «قاضی» betyr dommer.", False),
    Row("a Sudanese town", "Han flyktet fra Wad Madani i 2024.", False),
    *ORDINARY,
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_a_name_read_by_where_it_stands(row: Row) -> None:
    check(row)
