"""Attack round 10, class 15 (issue 17): the gate's Norwegian keywords in nynorsk (`heiter`,
`etternamn`, `søkjaren`, `mora`, `hennar`, `opphaldskort`, `fødedato`), abbreviated (`fød.`,
`pas nr.`) or misspelt (`Passnumeret`, `paspoort`) lead to the value after them as the bokmål
forms do. Nynorsk prose without a value (a button's name, a law's name, an amount, a date that is
no one's birth) passes.

Nothing here is real: the identity number is generated in the test with valid check digits
(``helpers.identity_number``); names, documents and phone numbers are made up."""

from __future__ import annotations

import pytest

from gaterows import Row, check
from helpers import identity_number

NUMBER = identity_number("170590")

ROWS = [
    Row("heiter", "Søkjaren heiter Olena og kjem frå Kharkiv.", True),
    Row("heitte after kin", "Bror hennar heitte Amir.", True),
    Row("mora heiter", "Mora hans heiter Zarmina.", True),
    Row("etternamnet hennar er", "Etternamnet hennar er Kovalenko.", True),
    Row("a nynorsk label", "Etternamn: Kovalenko", True),
    Row("førenamnet", "Førenamnet hennar er Olena.", True),
    Row("a nynorsk party", "Søkjaren, Zarmina Rahimi, møtte til intervju.", True),
    Row(
        "a nynorsk table header", "| Førenamn | Etternamn |\n|---|---|\n| Olena | Kovalenko |", True
    ),
    Row("opphaldskortet", "Opphaldskortet hans hadde nummer AB1234567.", True),
    Row("a bokmål card with hadde", "Oppholdskortet hans hadde nummer AB1234567.", True),
    Row("fød. abbreviated", "Søkeren, fød. 17.05.1990, forklarte seg.", True),
    Row("fødedato", "Fødedatoen hennar er 17.05.1990.", True),
    Row("kom til verda", "Ho kom til verda 17.05.1990 i Herat.", True),
    Row("pas nr. with one s", "Søkeren la fram pas nr. N1234567.", True),
    Row("passnumeret with one m", "Passnumeret var N1234567.", True),
    Row("paspoort", "Søkerens paspoort: N1234567", True),
    Row("a phone after hennar", "Mobilnummeret hennar er 411 22 334.", True),
    Row("an identity number after hennar", f"Fødselsnummeret hennar er {NUMBER}.", True),
    # near misses
    Row("a button's name", "Knappen heiter Søk, og skjemaet ligg på nettet.", False),
    Row("a law's name", "Lova heiter utlendingslova, jf. Rt. 2015 s. 12.", False),
    Row("an amount for the card", "Opphaldskortet kosta 1 200 kroner i 2021.", False),
    Row("no value after the label", "Etternamnet hennar er ikkje kjent for direktoratet.", False),
    Row("a decision date", "Vedtaket vart fatta 17.05.2021, jf. § 28 første ledd.", False),
    Row("the passport law", "Passlova § 5 og passforskrifta gjeld, jf. sak 21/12345.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_nynorsk_abbreviated_and_misspelt_keywords_lead_to_the_value(row: Row) -> None:
    check(row)
