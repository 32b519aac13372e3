"""Issue 17: addresses and document numbers in the shapes an attacker tried, and their near-misses.

Every address, apartment and document number here is made up; no identity number is needed.
Each row is checked by the source gate and by the rendered-text gate (`assert_row`).
"""

from __future__ import annotations

import pytest

from test_leak_classes import ADDRESS, ID_DOCUMENT, NATIONAL_ID, PASSPORT, Row, assert_row

FOUND = [
    # a street name without a known ending, after an address keyword
    Row("Hjemmeadressen er Tøyenbekken 14, leilighet H0302.", ADDRESS, "Tøyenbekken 14"),
    Row("Adressen: Tøyenbekken 14.", ADDRESS, "Tøyenbekken 14"),
    Row("Bostedsadressen var Nedre Skøyen 3B.", ADDRESS, "Nedre Skøyen 3B"),
    # an apartment number after its keyword
    Row("Hjemmeadressen er Tøyenbekken 14, leilighet H0302.", ADDRESS, "H0302"),
    Row("Han bodde i leilighet nr. U0101 i fjor.", ADDRESS, "U0101"),
    # abbreviated street endings
    Row("Han bor i Storg. 5 på Lillestrøm.", ADDRESS, "Storg. 5"),
    Row("Hun bor i Kirkevn. 12 nå.", ADDRESS, "Kirkevn. 12"),
    Row("Han bor i Parkv. 7 nå.", ADDRESS, "Parkv. 7"),
    Row("Han bor i Torgpl. 2 nå.", ADDRESS, "Torgpl. 2"),
    Row("Han bor i Kongensgt. 4 nå.", ADDRESS, "Kongensgt. 4"),
    # a postcode with the country prefix
    Row("Adressen er N-0368 Oslo.", ADDRESS, "N-0368 Oslo"),
    Row("Adressen er NO-0368 Oslo.", ADDRESS, "NO-0368 Oslo"),
    # a document number a few words after its keyword
    Row("Reisedokumentet hans, N1234567, ble beslaglagt.", ID_DOCUMENT, "N1234567"),
    Row("Passet hennes, AB1234567, var falskt.", PASSPORT, "AB1234567"),
    Row("Tazkiraen til søkeren, 12345678, ble fremlagt.", NATIONAL_ID, "12345678"),
]

PASSES = [
    # legal citations and case law
    Row("Vilkårene i utl. § 28 første ledd er oppfylt.", None),
    Row("Se forvaltningsloven § 17 og utl. § 28 første ledd bokstav a.", None),
    Row("Det vises til Rt. 2015 s. 1388 og HR-2020-1234-A.", None),
    Row("Jf. Rt. 2015 s. 1388 avsnitt 12.", None),
    # dates, amounts, organisation numbers
    Row("Vedtaket ble fattet 12.03.2024 og klagen kom 1. april 2024.", None),
    Row("Søkeren fikk kr 5 000 i reisestøtte.", None),
    Row("Organisasjonsnummer 974 760 673 står i brevhodet.", None),
    # the department's own vocabulary after an address keyword
    Row("Adressen er Postboks 2098 Vika.", None),
    Row("Adresse: Kapittel 5 i retningslinjene.", None),
    Row("Adressen er oppgitt i Skjema 2019.", None),
    Row("Adressen ble endret i 2019.", None),
    # abbreviations that are not streets
    Row("Se Vedlegg. 5 og kap. 5, pkt. 3.", None),
    Row("Det fremgår av Prop. 90 L og Innst. 5 S.", None),
    # a postcode prefix inside a longer code, and a town-less number
    Row("Saken HR-0368 Oslo ble nevnt.", None),
    Row("Skjemaet N-0368 ble sendt.", None),
    # an apartment code without its keyword, a keyword without a code
    Row("Kode H0302 står i tabellen.", None),
    Row("Leiligheten hadde 3 rom.", None),
    # a passport keyword with a possessive but no number
    Row("Passet hans ble utstedt i 2019.", None),
    Row("Reisedokumentet hans, som var gyldig, ble beslaglagt.", None),
]


@pytest.mark.parametrize("row", FOUND, ids=repr)
def test_the_attacker_shapes_are_found(row: Row) -> None:
    assert_row(row)


@pytest.mark.parametrize("row", PASSES, ids=repr)
def test_the_near_misses_pass(row: Row) -> None:
    assert_row(row)
