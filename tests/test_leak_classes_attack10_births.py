"""Attack round 10, classes 2 and 2b (and 4's Roman year): a date of birth after a birth keyword
in the languages of the arrival countries and of the countries they came through, one table,
each shape beside the near misses that must pass (legal citations, case-law and decision dates,
amounts, organisation numbers, ordinary Norwegian prose, public places).

- Ukrainian `дата народження`, `народився`/`народилася`, `народжений`; Belarusian `дата
  нараджэння`, `нарадзіўся`; Russian `д.р.`, `г.р.` and the date before `г.р.`; Turkish
  `Doğumlu` (before or after the date); Somali `Dhalasho`; Kurmanji `Bûyîn`, `Dîroka bûyînê`;
  Polish `Data urodzenia`, `urodzony`, `urodzona` (``personaldata.dates._FOREIGN_BIRTH``);
- the months of those languages in the genitive a date writes (`17 травня 1990 року`,
  `17 maja 1990`, `17 мая 1990 года`), Somali and Kurmanji months (``dates._MORE_MONTHS``);
- a year in Roman numerals after a birth word (`født 17. mai MCMXC`: ``dates._roman_year``),
  masked whole.

Nothing here is real: the dates and sentences are made up; the places are towns and public
institutions.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check, source_findings
from praksisbank.core.gate.anonymity import find_personal_data

BIRTH = "en fødselsdato"


BIRTHS = [
    # the re-run of round 10: Dari/Persian and Arabic words in Latin letters, Ge'ez wordspace
    Row("dari tavallod", "Tavallod: 1369/02/27 (hijri shamsi)", True),
    Row("arabic tarikh al-milad", "Tarikh al-milad: 17/05/1990", True),
    Row("arabic tawalud", "Tawalud 1369-02-27", True),
    Row("ge'ez wordspace after ልደት", "ልደት፡ 17/05/1990", True),
    Row("a feast, no birth", "Han feiret al-Milad an-Nabi 2019 med familien.", False),
    # Ukrainian
    Row("uk date of birth", "Дата народження: 17.05.1990", True),
    Row("uk was born (he)", "Народився 17.05.1990 у Харкові.", True),
    Row("uk was born (she)", "Вона народилася 17.05.1990 в Одесі.", True),
    Row("uk born (adjective)", "Народжений 17.05.1990, громадянин України.", True),
    Row("uk month name", "дата народження 17 травня 1990 року", True),
    Row("uk month, short year word", "Дата народження: 17 травня 1990 р.", True),
    Row("uk in a Norwegian sentence", "Søkeren oppga (дата народження) 17.05.1990.", True),
    # Russian abbreviations
    Row("ru г.р. and д.р.", "1990 г.р., д.р. 17.05.1990", True),
    Row("ru д.р. alone", "Иванов А., д.р. 17.05.1990", True),
    Row("ru date before г.р.", "Родственник, 17.05.1990 г.р., проживает в Ростове.", True),
    Row("ru month name", "Дата рождения: 17 мая 1990 года", True),
    # Belarusian
    Row("be date of birth", "Дата нараджэння: 17.05.1990", True),
    Row("be was born", "Нарадзіўся 17.05.1990 у Гродне.", True),
    Row("be month name", "Дата нараджэння: 17 траўня 1990", True),
    # Turkish
    Row("tr Doğumlu before", "Doğumlu: 17.05.1990", True),
    Row("tr doğumlu after", "Başvuran 17.05.1990 doğumlu.", True),
    Row("tr dogumlu without ğ", "Dogumlu 17.05.1990, Van.", True),
    # Somali, Kurmanji
    Row("so Dhalasho", "Dhalasho: 17/05/1990", True),
    Row("so month name", "Dhalasho: 17 Maajo 1990", True),
    Row("ku Bûyîn", "Bûyîn: 17.05.1990", True),
    Row("ku Dîroka bûyînê and a month", "Dîroka bûyînê: 17 Gulan 1990", True),
    # Polish
    Row("pl Data urodzenia", "Data urodzenia: 17.05.1990", True),
    Row("pl urodzony and a month", "Urodzony 17 maja 1990 r. w Lublinie.", True),
    Row("pl urodzona", "Urodzona 17.05.1990.", True),
    # a Roman year (class 4)
    Row("a Roman year", "Søkeren er født 17. mai MCMXC.", True),
    Row("a Roman year, digits", "Født 17.05.MCMXC i Herat.", True),
    Row("a Roman year in small letters", "Han er født 3. april mcmxcii.", True),
    # near misses: the same languages' other dates and words
    Row("uk people's deputies", "Закон про статус народних депутатів від 17.05.2022.", False),
    Row("uk date of issue", "Дата видачі: 17.05.2020, орган 8031.", False),
    Row("ru date of decision", "Решение суда от 17 мая 2020 года.", False),
    Row("tr decision date", "Karar tarihi: 17.05.2020, Anayasa Mahkemesi.", False),
    Row("pl date of issue", "Data wydania: 17.05.2020.", False),
    Row("so date of arrival", "Taariikhda imaanshaha: 17/05/2020.", False),
    Row("a Roman numeral in a citation", "Se kapittel XIV og forskriften 17. mai 2020.", False),
    Row("a Roman year with no birth", "Monumentet ble reist 17. mai MCMXC.", False),
    Row("a birth word and a later event", "Født i Lviv, kom til Norge 17. mai 2022.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", BIRTHS, ids=repr)
def test_a_date_of_birth_after_a_birth_word_of_the_arrival_countries(row: Row) -> None:
    check(row)
    if row.found:
        assert BIRTH in source_findings(row.body)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Søkeren er født 17. mai MCMXC.", ("17", "MCMXC")),
        ("Дата народження: 17 травня 1990 року", ("17", "1990")),
    ],
)
def test_the_message_gives_no_date_away(text: str, hidden: tuple[str, ...]) -> None:
    (finding,) = find_personal_data(text)
    assert finding.what == BIRTH
    for part in hidden:
        assert part not in finding.masked
