"""Attack round 12, class L5 (property, work and study places): a Norwegian cadastre number, a
Turkish or Afghan deed, a stall in a named market, a class at a named school
(``core/gate/holdings.py``: ``_properties``, ``_stalls``, ``_school_classes``). Each beside the
near misses that must pass. Every place, school and number here is made up.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check, source_findings
from praksisbank.core.gate.anonymity import find_personal_data

PROPERTY = "en eiendom, et utsalgssted eller en skoleklasse"

ROWS = [
    Row("gnr. bnr.", "Han eide eiendommen gnr. 45 bnr. 12 i Fiktivdal kommune.", True),
    Row("gårdsnummer, bruksnummer", "Eiendommen har gårdsnummer 45, bruksnummer 12.", True),
    Row("a section in gnr./bnr.", "Leiligheten er seksjon 4 i gnr. 45/bnr. 12.", True),
    Row("a Turkish deed", "Tapu: Ada 123, Parsel 45, Varto.", True),
    Row("a Turkish deed, numbers first", "Muş ili, Varto ilçesi, 123 ada 45 parsel.", True),
    Row("an Afghan deed", "Han la fram qawala (skjøte) nr. 5678 for huset.", True),
    Row("a stall in a bazaar", "Faren hadde bod nr. 47 i Mandawi-basaren.", True),
    Row("a stall, number in brackets", "Faren hadde en bod (nr. 47) i Mandawi.", True),
    Row("a shop in a market", "Han drev butikk nummer 112 på Bakaara-markedet.", True),
    Row("a stand in a market", "Hun solgte grønnsaker fra stand 112 på Bakaara-markedet.", True),
    Row(
        "a class at a named school",
        "Han gikk i 8B ved Fiktivdal ungdomsskole skoleåret 2023/24.",
        True,
    ),
    Row("klasse 10C på … skole", "Hun gikk i klasse 10C på Fiktivdal skole i 2024.", True),
    Row("elev i 9A ved …", "Han er elev i 9A ved Nordlys ungdomsskole.", True),
    Row("gnr bnr, no points", "Eiendommen (gnr 45, bnr 12) ble solgt.", True),
    Row("a stall at Mercato", "Hun hadde bod nummer 12 på Mercato i Addis Abeba.", True),
    Row("7A på … skole", "Han gikk i 7A på Fiktivdal skole.", True),
    # near misses: a class without a school, a driving licence's class, the law on cadastres
    Row("8B alone", "Oppgave 8B i skjemaet var ikke fylt ut.", False),
    Row("a driving licence class", "Han hadde førerkort klasse 2 fra Kabul.", False),
    Row(
        "a licence class at a driving school",
        "Han tok førerkort klasse B ved Fiktivdal trafikkskole.",
        False,
    ),
    Row("the cadastre law", "Matrikkelloven § 5 gjelder gnr. og bnr. i kommunen.", False),
    Row("a market without a stall", "Han arbeidet på Bakaara-markedet i tre år.", False),
    Row("a school alone", "Han gikk på skole i Kabul fram til 2019.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_property_and_places_of_work_and_study(row: Row) -> None:
    check(row)
    if row.found:
        assert PROPERTY in source_findings(row.body)


def test_the_message_gives_no_number_away() -> None:
    (finding, *_) = find_personal_data("Han eide eiendommen gnr. 45 bnr. 12 i Fiktivdal.")
    assert "45" not in finding.masked and "12" not in finding.masked
