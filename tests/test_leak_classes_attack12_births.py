"""Attack round 12 (`/tmp/atk12a/REPORT.md` L3 and «More leaks»), dates of birth, found by
both gates:

- an age on a dated day that pins the day of birth (`personaldata.births._age_on_day_dates`,
  `_TURNS`, `_REACHING`): majority reached on it, an age until it, an age to the day (years and
  days, months or weeks), a birthday on it, an age reached with no `år` before `den`/`om`
  (the decision's date gives the year), nynorsk `vart 18 år`; a table row of an arrival and an
  age to the day;
- birth verbs and words the lists lacked (`personaldata.dates._BIRTH_KEY`): `Moren fødte ham`,
  `Moren fikk ham`, `så dagens lys`, `fødedag`, `geburtsdag`, a dialect's `bursdagn`
  with `-94`, born `natten til` a day; ordinals `3dje`, `3-dje`, Somali `3da`;
- a date spread over its sentence (`født i april 1994, nærmere bestemt den tredje`), over two
  sentences (`Fødselsåret er 1994. Dagen er 3. april.`) or a footnote (`[^1]: Datoen er 3.
  april 1994.` on `Han er født i Jaghori.[^1]`: `births._told_before`);
- the arrival countries' words: Somali days and `sanadka`, a Hijri year in Norwegian number
  words, a birth record's act and its date after a Ukrainian or Russian birth word
  (`births._ACT_LEAD`).

Near misses: ages in general terms, an age in years on a date (a year of birth only), ordinary
texts, legal citations. Every date here is made up; no identity number is used.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check

AGE_ON_A_DAY = [
    Row("majority reached on a day", "Han ble myndig 14. februar 2022.", True),
    Row("majority reached on a day in digits", "Han ble myndig 14.02.2022.", True),
    Row("the age of majority reached", "Han nådde myndighetsalder 14. februar 2022.", True),
    Row("an age reached with no år", "Han ble 18 den 14. februar 2022.", True),
    Row("nynorsk vart", "Søkjaren vart 18 år 14. februar 2022.", True),
    Row("a minor until a day", "Han var mindreårig til 14. februar 2022.", True),
    Row("an age until a day", "Han var 17 år frem til 14. februar 2022.", True),
    Row("guardianship ended on majority",
        "Vergemålet opphørte da han ble myndig 14. februar 2022.", True),
    Row("an age to the day", "Han var 16 år gammel 3. april 2021, på dagen.", True),
    Row("years and days on arrival",
        "På ankomstdagen 4. april 2022 var han 17 år og 364 dager.", True),
    Row("weeks short of an age",
        "Ved ankomst 5. januar 2023 manglet han nøyaktig tre uker på å bli 18 år.", True),
    Row("a birthday on a day", "Han fylte år 3. april 2023 og ble da 17.", True),
    Row("a day over an age", "Han var en dag over 18 år da han søkte 4. april 2012.", True),
    Row("an age reached next year", "Han fyller 18 den 3. april neste år.", True),
    Row("an age reached in three weeks", "Han fyller 18 om tre uker, 3. april.", True),
    Row("years and months on an event",
        "Han var 17 år og 3 måneder da han ble arrestert 12. juli 2021.", True),
    Row("a table of arrival and age",
        "| Ankomst | Alder |\n|---|---|\n| 4. april 2022 | 17 år og 364 dager |", True),
    # near misses
    Row("an age", "Søkeren er 16 år.", False),
    Row("an age group", "Personer over 75 år får prioritet.", False),
    Row("children under 18", "Gjelder barn under 18 år.", False),
    Row("an age and a year", "Han var 17 år da han flyktet i 2019.", False),
    Row("an age reached during the case", "Han fylte 18 år under saksbehandlingen.", False),
    Row("an age in years on a date", "Han var 17 år da han kom til Norge 12. juli 2015.", False),
    Row("a rule on ages with a cited regulation",
        "Etter forskriften av 15. oktober 2009 gjelder regelen barn under 15 år og 6 måneder.",
        False),
    Row("a time limit in months", "Klagefristen er tre uker fra 4. april 2022.", False),
    Row("majority as a rule", "Vergemålet opphører når barnet blir myndig.", False),
    Row("a count reached", "Tallet på søknader ble 18 i 2022.", False),
    *ORDINARY,
]  # fmt: skip


BIRTH_WORDS = [
    Row("a mother's verb", "Moren fikk ham 3. april 1994.", True),
    Row("saw the light of day", "Hun så dagens lys 3. april 1994.", True),
    Row("the light of day, an Ethiopian month", "Han så dagens lys 12. meskerem 1990.", True),
    Row("bore him the night before a Hijri day", "Moren fødte ham natten til 1. ramadan 1415.",
        True),
    Row("bore him on a Hijri day",
        "Moren fødte ham 27. ramadan 1414 etter hijri-kalenderen.", True),
    Row("nynorsk fødedag", "Fødedagen hans er 3. april, og han er frå 1994.", True),
    Row("geburtsdag", "Han har geburtsdag 3. april og er fra 1994.", True),
    Row("a dialect's birthday and a short year", "Bursdagn hans e 3. april, og han e fra -94.",
        True),
    Row("an ordinal 3dje", "Han kom til verden den 3dje april 1994.", True),
    Row("an ordinal 3-dje after født", "Søkeren er født den 3-dje april 1994.", True),
    Row("the day after month and year", "Han er født i april 1994, nærmere bestemt den tredje.",
        True),
    Row("Somali 3da", "Taariikhda dhalashada: 3da Abriil 1994.", True),
    Row("Somali verb and 3da", "Wuxuu dhashay 3da Abriil 1994.", True),
    Row("Somali day in words and sanadka", "Wuxuu dhashay saddexda Abriil, sanadka 1994.", True),
    Row("a Hijri year in Norwegian number words",
        "Han er født den tolvte rabi al-awwal fjortenhundreogfemten.", True),
    Row("a Ukrainian birth record's act and its date",
        "Свідоцтво про народження: актовий запис № 245 від 03.04.1994.", True),
    Row("a Russian birth record's act and its date",
        "Свидетельство о рождении: запись акта № 245 от 03.04.1994.", True),
    # near misses
    Row("a mother got something", "Moren fikk brev 3. april 2024 om vedtaket.", False),
    Row("a mother got him out", "Moren fikk ham ut av fengselet i 2019.", False),
    Row("daylight as a figure", "Saken så dagens lys da rapporten kom i 2019.", False),
    Row("a reference b.", "Se punkt 4 b. og vedlegg 3 til rapporten av 4. april 2024.", False),
    Row("a birthday with no year", "Han feiret bursdagen 3. april med familien.", False),
    Row("a dash before a number", "Han kom fra Kabul 3. april, og saken fikk nr. -94.", False),
    Row("an ordinal date of a meeting", "Møtet ble holdt den 3dje april 2024.", False),
    Row("a Somali date of arrival", "Wuxuu yimid 3da Abriil 2016.", False),
    # (an act record of a marriage is no date of birth, but its number is a civil-register
    # entry: tests/test_leak_classes_attack12_registers.py)
    Row("a letter of a legal provision", "Vilkårene i § 28 første ledd b. 17.03.2024 var ikke "
        "oppfylt.", False),
    *ORDINARY,
]  # fmt: skip


SPREAD = [
    Row("a year, then the day in the next sentence", "Fødselsåret er 1994. Dagen er 3. april.",
        True),
    Row("a footnote with the date",
        "Han er født i Jaghori.[^1]\n\nMer tekst.\n\n[^1]: Datoen er 3. april 1994.", True),
    Row("nynorsk, the day after the year", "Han er fødd i 1994. Fødedagen hans er 3. april.",
        True),
    # near misses
    Row("a date told after a birth year, of something else",
        "Søkeren er født i 1994. Vedtaket kom 3. april.", False),
    Row("a day after a sentence with no birth", "Intervjuet var i 2023. Dagen er 3. april.",
        False),
    Row("a footnote on a report", "Rapporten kom i 2023.[^1]\n\n[^1]: Datoen er 3. april 2023.",
        False),
    *ORDINARY,
]  # fmt: skip


@pytest.mark.parametrize("row", AGE_ON_A_DAY, ids=repr)
def test_an_age_on_a_dated_day(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", SPREAD, ids=repr)
def test_a_birth_date_spread_over_sentences(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", BIRTH_WORDS, ids=repr)
def test_birth_words_ordinals_and_other_languages(row: Row) -> None:
    check(row)
