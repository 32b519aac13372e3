"""Attack round 10, class 6: vehicle plates of the arrival countries and those they came
through, Ukrainian `AA 1234 BB`, Russian `А123ВС 77`, Turkish `34 ABC 123` (the province, then
one, two or three letters and as many digits as its rule allows), in Latin or Cyrillic letters,
after the Norwegian `skilter`, `nummerplate`, `plate` and the foreign `Номерний знак`,
`номер автомобиля`, `госномер`, `plakası`, `targa`, `Kennzeichen`, or before Turkish `plakalı`
(``personaldata.documents._FOREIGN_PLATE``, ``_FOREIGN_VEHICLE_KEY``). Each beside the near
misses that must pass.

Nothing here is real: the plates and sentences are made up.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check, source_findings
from praksisbank.core.gate.anonymity import find_personal_data

VEHICLE = "et kjennemerke"


PLATES = [
    Row("uk plate after skilter", "Bilen hadde ukrainske skilter AA 1234 BB.", True),
    Row("uk plate after nummerplate", "Lastebilen (nummerplate AA 1234 BB) ble stanset.", True),
    Row("uk plate, Cyrillic letters", "Номерний знак: АА1234ВВ", True),
    Row("uk plate, Latin, joined", "Номерний знак: AA1234BB", True),
    Row("uk plate with hyphens", "Skiltene var AA-1234-BB.", True),
    Row("tr plate after plate", "Søkeren kjørte en tyrkisk bil med plate 34 ABC 123.", True),
    Row("tr plate after plakası", "Aracın plakası 34 ABC 123 idi.", True),
    Row("tr plate before plakalı", "06 AB 1234 plakalı araç sınırda durduruldu.", True),
    Row("tr plate, one letter", "Plaka: 34 A 12345", True),
    Row("ru plate after номер автомобиля", "Номер автомобиля: А123ВС 77", True),
    Row("ru plate after госномер", "Госномер А123ВС777", True),
    Row("ru plate, Latin letters", "Russiske skilter A123BC 77 ble observert.", True),
    Row("a Norwegian plate after plate", "Bilen hadde plate AB 12345.", True),
    # near misses: the same words without a plate, roads, acts, years
    Row("a plate in a course", "Han fikk plate 3 i kurset og 17 poeng.", False),
    Row("road signs", "Det sto skilter langs E6 ved Kolomoen og på E18.", False),
    Row("an EU act", "Nummerplate-reglene følger forordning (EU) 2016/679.", False),
    Row("a plate without a number", "Aracın plakası yoktu.", False),
    Row("a Turkish plate with no keyword", "Bussen 34 ABC 123 kjørte fra Istanbul.", False),
    Row("a record released", "Platen kom ut i 1990 og solgte 12 000 eksemplarer.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", PLATES, ids=repr)
def test_a_plate_of_the_arrival_countries_after_its_keyword(row: Row) -> None:
    check(row)
    if row.found:
        assert VEHICLE in source_findings(row.body)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [("Номер автомобиля: А123ВС 77", ("А123", "ВС")), ("Aracın plakası 34 ABC 123 idi.", ("ABC",))],
)
def test_the_message_gives_no_plate_away(text: str, hidden: tuple[str, ...]) -> None:
    (finding,) = find_personal_data(text)
    for part in hidden:
        assert part not in finding.masked
