"""Issue 17, attack round 9: dates of birth a reader computes rather than reads, one table a
class, each with its near misses (``personaldata._computed_births``):

1. a birth word's date in another notation: the ISO week date (``1994-W13-7``, ``1994W137``) and
   the ISO ordinal date (``1994-093``), whose day is counted from the first of January;
2. a birth word's date in a year of the Buddhist era (``3. april 2537``: 1994);
3. an age counted in days: a year or more of days is written to be counted back from the
   decision's date on the page; fewer, with a whole date in the sentence, too;
4. a birthday tied to the decision or another dated day (``vedtaket ble fattet på søkerens
   30-årsdag``, ``fylte 30 år samme dag som vedtaket ble fattet``, ``født nøyaktig 30 år før``);
5. a feast of one or two days with a year (``første juledag 1992``, ``2. påskedag 1994``: Easter
   from the year) and a country's independence or national day (``Eritreas uavhengighetsdag``),
   found by the re-run of round 9 on the merged code (``personaldata._Parts``).

Near misses: case numbers and report numbers shaped like an ordinal date, amounts, a birthday
with no day to tie it to (``innkalt på 18-årsdagen``), a newborn's age in days alone. Nothing
here is real: the dates are made up.
"""

from __future__ import annotations

import pytest

from gaterows import Row, check, source_findings

BIRTH = "en fødselsdato"

NOTATION = [
    Row("an ordinal date after a label", "Fødselsdato: 1994-093.", True),
    Row("a week date after født", "Søkeren er født 1994-W13-7 ifølge tazkiraen.", True),
    Row("a compact week date", "Han er født 1994W137.", True),
    Row("a week date in small letters", "Hun er født 1994-w13-7.", True),
    # near misses: a case or report number, a date that is none
    Row("a case number", "Se VB-AFG-2024-017 om fødsel i Iran.", False),
    Row("a case number after a birth word", "Født i Kabul; se VB-AFG-2024-093.", False),
    Row("a report number", "Landinfo-rapport 2024-093 om fødselsregistrering.", False),
    Row("no such day of the year", "Fødselsdato: 1994-366.", False),
    Row("a week alone", "Søkeren er født i uke 1994-W13 ifølge moren.", False),
]

OTHER_ERA = [
    Row("a Buddhist-era year", "Hun er født 3. april 2537 etter buddhistisk kalender.", True),
    Row("numbers", "Fødselsdato: 03.04.2537 (buddhistisk kalender).", True),
    # near misses: an amount, a date of the era without a birth word
    Row("an amount", "Fristen er 2537 kroner per måned.", False),
    Row("no birth word", "Dokumentet er datert 3. april 2567 etter thailandsk kalender.", False),
]

DAYS_OLD = [
    Row("ten thousand days", "Søkeren var 10 957 dager gammel på vedtaksdagen.", True),
    Row("ungrouped", "Søkeren var 10957 dager gammel.", True),
    Row("a newborn and a date", "Barnet var 12 dager gammelt da familien kom 3. april 2016.", True),
    # near misses: a newborn's age alone, a time limit
    Row("a newborn alone", "Barnet var 12 dager gammelt da familien flyktet.", False),
    Row("a time limit", "Vedtaket ble fattet 3. april 2024 etter 30 dager.", False),
]

TIED = [
    Row("the decision on a birthday", "Vedtaket ble fattet på søkerens 30-årsdag.", True),
    Row("an age on the decision day", "Han fylte 30 år samme dag som vedtaket ble fattet.", True),
    Row("years before the decision", "Søkeren er født nøyaktig 30 år før dette vedtaket.", True),
    Row("a birthday and its date", "Han ble innkalt 3. april 2012, på 18-årsdagen.", True),
    # near misses: a birthday with no day to tie it to
    Row("conscription at 18", "Han ble innkalt til militærtjeneste på 18-årsdagen.", False),
    Row("an age", "Søkeren fylte 18 år mens han var i Iran.", False),
    Row("born years before", "Søkeren er født flere år før krigen.", False),
]


@pytest.mark.parametrize("row", NOTATION, ids=repr)
def test_a_birth_words_date_in_iso_week_or_ordinal_notation_is_found(row: Row) -> None:
    check(row)
    if row.found:
        assert BIRTH in source_findings(row.body)


@pytest.mark.parametrize("row", OTHER_ERA, ids=repr)
def test_a_birth_words_date_in_the_buddhist_era_is_found(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", DAYS_OLD, ids=repr)
def test_an_age_counted_in_days_is_a_date_of_birth(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", TIED, ids=repr)
def test_a_birthday_tied_to_a_dated_day_is_a_date_of_birth(row: Row) -> None:
    check(row)
    if row.found:
        assert BIRTH in source_findings(row.body)


FEASTS = [
    Row("the first day of Christmas", "Søkeren er født første juledag 1992.", True),
    Row("the second day of Christmas", "Han er født andre juledag 1990.", True),
    Row("Easter Sunday", "Søkeren er født første påskedag 1994.", True),
    Row("Easter Monday in digits", "Hun er født 2. påskedag 1994.", True),
    Row("Whit Sunday", "Hun er født første pinsedag 1993.", True),
    Row("a country's day", "Søkeren er født på Eritreas uavhengighetsdag i 1994.", True),
    # near misses: a feast dates another event, or no year stands with it
    Row("an arrival at Christmas", "Søkeren kom til Norge første juledag 2015.", False),
    Row("a country's day as history", "Eritreas uavhengighetsdag i 1991 endret landet.", False),
    Row(
        "a feast without a year",
        "Søkeren er født i 1994, og familien feiret Eritreas uavhengighetsdag.",
        False,
    ),
]


@pytest.mark.parametrize("row", FEASTS, ids=repr)
def test_a_feast_or_a_countrys_day_with_a_year_is_a_date_of_birth(row: Row) -> None:
    check(row)
