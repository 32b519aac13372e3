"""Evasions the probe after round 8 found (issue 17), one table a class: the shapes that must be
found, and beside them the near misses that must pass (legal citations, decision and report
dates, amounts, case and organisation numbers, public numbers, ordinary sentences).

1. an age reached and the date it was reached on, a weekday or other words between (``fylte 18
   år på en søndag, 17.03.2010``), in either order (``personaldata._age_reached_dates``);
2. a date written with commas (``født 17, 03, 1992``: ``personaldata._DATE``);
3. a date of Han numerals, or with 号 for the day (``一九九二年三月十七号``: ``_cjk_births``);
4. an identity or phone number read out in Dari/Persian in Latin letters, ``yak`` and ``shash``
   among them; a weak word (``se``, ``haft``, ``do``) between words of its own language counts
   (``spoken._vouched``);
5. a slashed or barred O for 0 (``17Ø39…``, ``4Ø 61 23 45``) on the page, as O already is
   (``confusables.digit_lookalikes``);
6. a vehicle registration quoted, in emphasis or in small letters (``kjennemerke: «ab 12345»``);
7. Iran's national code after ``Melli-kode``, ``melli kode`` (the Norwegian order);
8. a date of birth by reference: the same day as a public person or event gives the day and the
   year (``født samme dag som Kong Harald``), the same birthday the day and the month (a finding
   with a year or an age near it), a public day with a year (``født på nasjonaldagen 1992``).

Nothing here is real: the identity number is generated in the test (``helpers.identity_number``,
its check digits computed there), the phone number is phonenumbers' own example of a Norwegian
mobile, the Iranian code is made here from nine made-up digits and its check digit, the plates,
dates and sentences are made up. The public people named are a head of state and an heir, whose
dates of birth are public; no applicant is named.
"""

from __future__ import annotations

import phonenumbers
import pytest

from gaterows import Row, check, page_findings, page_of, source_findings
from helpers import identity_number
from praksisbank.core.gate import spoken

NUMBER = identity_number("170392")
IDENTITY = "et fødselsnummer, D-nummer eller H-nummer"
PHONE = "et telefonnummer"
BIRTH = "en fødselsdato"
FOREIGN_ID = "et utenlandsk identitetsnummer"
VEHICLE = "et kjennemerke"
_EXAMPLE = phonenumbers.example_number_for_type("NO", phonenumbers.PhoneNumberType.MOBILE)
assert _EXAMPLE is not None
MOBILE = str(_EXAMPLE.national_number)


def _iranian(first_nine: str) -> str:
    """Nine made-up digits and the check digit Iran's rule gives them (the weighted sum from 10
    down to 2, modulo 11; below 2 the remainder itself, else 11 minus it)."""
    rest = sum(int(d) * (10 - i) for i, d in enumerate(first_nine)) % 11
    return first_nine + str(rest if rest < 2 else 11 - rest)


IRANIAN = _iranian("468203157")

# Near misses every table shares: what a decision holds all the time.
ORDINARY = [
    Row(
        "a legal citation",
        "Saken vurderes etter utlendingsloven § 28 første ledd bokstav a.",
        False,
    ),
    Row("a decision date", "Vedtaket er datert 17.03.2024 og ble forkynt 21.03.2024.", False),
    Row("a report date", "Landinfo publiserte temanotatet 14.06.2023.", False),
    Row("an amount", "Han fikk dekket 17 300 kroner i reiseutgifter.", False),
    Row("a case number", "Saksnummer 24/01234 gjelder klagen.", False),
    Row("an organisation number", "Organisasjonsnummer 974 760 673 tilhører UDI.", False),
    Row("public numbers", "Ring 113 ved fare, eller legevakten på 116 117.", False),
    Row("an ordinary sentence", "Søkeren forklarte seg utførlig om reisen gjennom Iran.", False),
]


# -- 1. an age reached, other words before its date ---------------------------------------------

AGE_REACHED = [
    Row("a weekday between", "Han fylte 18 år søndag 17. mars 2010.", True),
    Row("på en søndag and a comma", "Han fylte 18 år på en søndag, 17.03.2010.", True),
    Row("a weekday, digits", "Han fylte 18 år søndag 17.03.2010.", True),
    Row("gammel på søndag den", "Han ble 18 år gammel på søndag den 17.03.2010.", True),
    Row("a place, then a comma", "Han fylte 18 år i Norge, 17.03.2010.", True),
    Row("the date first", "17.03.2010 fylte han 18 år.", True),
    Row("a weekday and the date first", "Søndag 17.03.2010 fylte han 18 år.", True),
    Row("a weekday in commas, first", "Den 17.03.2010, en søndag, fylte han 18 år.", True),
    Row("commas in the date", "Han fylte 18 år 17, 03, 2010.", True),
    # near misses: the date dates another event, an age that is no birthday
    Row("an arrival", "Han fylte 18 år og kom til Norge 17.03.2010.", False),
    Row("an interview in the gap", "Han fylte 18 år i mottaket, intervjuet 17.03.2010.", False),
    Row(
        "an event after the date",
        "Han fylte 18 år under saksbehandlingen, 17.03.2010 kom vedtaket.",
        False,
    ),
    Row("a decision before", "Vedtaket 17.03.2024 kom før han fylte 18 år.", False),
    Row("after a date", "Etter 17.03.2024 fylte han 18 år.", False),
    Row("an interview before", "Intervjuet 17.03.2024 viste at han blir 18 år i mai.", False),
    Row("an age on a day", "Han var 17 år 17.03.2010.", False),
    Row(
        "a dated decision, an age",
        "Vedtaket er datert 17.03.2024, og han fylte 18 år i fjor.",
        False,
    ),
    *ORDINARY,
]


@pytest.mark.parametrize("row", AGE_REACHED, ids=repr)
def test_an_age_reached_and_its_date_with_words_between(row: Row) -> None:
    check(row)
    if row.found:
        assert BIRTH in source_findings(row.body)


# -- 2. a date written with commas --------------------------------------------------------------

COMMAS = [
    Row("spaced commas", "Søkeren er født 17, 03, 1992.", True),
    Row("f. and commas", "Søkeren, f. 17,03,1992, forklarte seg.", True),
    Row("a label", "Fødselsdato: 17, 3, 1992", True),
    Row("the keyword after it", "Han oppga 17,3,92 som fødselsdato.", True),
    Row("before an age", "Søkeren (17,03,1992, 32 år) forklarte seg.", True),
    # near misses: lists of numbers, a decision date with commas, decimals
    Row("ages of children", "Søkeren er født i 1992, og barna er 3, 5 og 12 år.", False),
    Row("a decision date with commas", "Vedtaket 17, 03, 2024 ble omgjort.", False),
    Row("decimals", "Andelen var 17,03 prosent i 2019 og 12,5 prosent i 2020.", False),
    Row("a table's numbers", "Tabell 1,2,2019 viser antall søknader.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", COMMAS, ids=repr)
def test_a_date_of_birth_written_with_commas(row: Row) -> None:
    check(row)
    if row.found:
        assert BIRTH in source_findings(row.body)


# -- 3. Han numerals and 号 ---------------------------------------------------------------------

HAN_DATES = [
    Row("Han numerals, a Norwegian birth word", "Søkeren er født 一九九二年三月十七日.", True),
    Row("号 for the day", "Søkeren er født 1992年3月17号.", True),
    Row("Han numerals and 号", "出生于一九九二年三月十七号", True),
    Row("生于", "他生于一九九二年三月十七日。", True),
    Row("生 after the date", "一九九二年三月十七日生", True),
    Row("an era year in Han numerals", "平成四年三月十七日生まれ", True),
    # near misses: a report's date in Han numerals, a date with no birth word
    Row("a report's date", "Rapporten er datert 二〇二二年三月十七日.", False),
    Row("a publication date and 号", "报告发布于二〇二二年三月十七号。", False),
    Row("a date alone", "一九九二年三月十七日", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", HAN_DATES, ids=repr)
def test_an_east_asian_date_in_han_numerals_or_with_hao(row: Row) -> None:
    check(row)
    if row.found:
        assert BIRTH in source_findings(row.body)


def test_a_date_in_han_numerals_is_masked() -> None:
    from praksisbank.core.gate.anonymity import find_personal_data

    (finding,) = find_personal_data("出生于一九九二年三月十七号")
    assert "九" not in finding.masked and "七" not in finding.masked


# -- 4. Dari/Persian number words in Latin letters ----------------------------------------------

_DARI = ["sefr", "yak", "du", "se", "chahar", "panj", "shash", "haft", "hasht", "noh"]
_PERSIAN = ["sifr", "yek", "do", "seh", "chahar", "panj", "shesh", "haft", "hasht", "nuh"]


def said(digits: str, words: list[str]) -> str:
    return " ".join(words[int(d)] for d in digits)


DARI_WORDS = [
    Row("an identity number in Dari", f"Personnummer: {said(NUMBER, _DARI)}.", True),
    Row("a phone in Dari", f"Telefon: {said(MOBILE, _DARI)}.", True),
    Row("a phone in Persian spellings", f"Mobil: {said(MOBILE, _PERSIAN)}.", True),
    Row("yak and shash", "Telefon: chahar sefr shash yak du se chahar panj.", True),
    # near misses: the weak words in Norwegian, counting, a run of weak words alone
    Row("se and do in a sentence", "Han må se to tre ganger på do før han går.", False),
    Row("se before Norwegian numbers", "Se fire fem seks sju åtte ni i tabellen.", False),
    Row("counting in Dari", f"Han telte på dari: {' '.join(_DARI[1:])}.", False),
    Row("a yak", "Bonden hadde en yak og to hester.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", DARI_WORDS, ids=repr)
def test_a_number_read_out_in_dari_in_latin_letters(row: Row) -> None:
    check(row)


def test_every_dari_digit_word_reads_as_its_digit() -> None:
    for words in (_DARI, _PERSIAN):
        run = " ".join(words)
        assert any(digits == "0123456789" for digits, _ in spoken.readings(run)), run


def test_a_weak_word_counts_between_words_of_its_language_only() -> None:
    # `se` between Dari words is 3: the phone number is found
    assert PHONE in source_findings(f"Telefon: {said(MOBILE, _DARI)}.")
    # a run of Hindi whose weak words stand beside weak words: still only for check digits
    hindi = ["shunya", "ek", "do", "teen", "char", "paanch", "chhe", "saat", "aath", "nau"]
    assert source_findings(f"Mobil: {said(MOBILE, hindi)}.") == []


# -- 5. a slashed O for 0 -----------------------------------------------------------------------


def _grouped(digits: str) -> str:
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


SLASHED = [
    Row("Ø in an identity number", f"Personnummer: {NUMBER.replace('0', 'Ø')}.", True),
    Row("ø in an identity number", f"Personnummer: {NUMBER.replace('0', 'ø')}.", True),
    Row("grouped, Ø", f"Personnummer: {NUMBER[:6]} {NUMBER[6:].replace('0', 'Ø')}.", True),
    Row("Ø in a phone, grouped", "Telefon: " + _grouped(MOBILE).replace("0", "Ø"), True),
    Row("ø in a phone", f"Mobil: {MOBILE.replace('0', 'ø')}", True),
    # near misses: Ø as a word and a symbol next to numbers, Norwegian words
    Row("a diameter", "Røret var Ø12 mm og 3Ø cm langt.", False),
    Row("an island", "Søkeren bodde på Ø 12 i Oslo.", False),
    Row("words with ø", "Søkeren søkte i 2019 og fikk avslag i 2020 fra Øst-Finnmark.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", SLASHED, ids=repr)
def test_a_slashed_o_for_a_zero_is_read_on_the_page(row: Row) -> None:
    # the source gate does not fold look-alikes (round 7): the page gate stops them, as for O
    check(row, source=False)
    if row.found:
        found = page_findings(page_of(row.body))
        assert IDENTITY in found or PHONE in found


# -- 6. vehicle plates quoted or in small letters -----------------------------------------------

PLATES = [
    Row("in straight quotes", 'Kjennemerke: "AB 12345".', True),
    Row("small letters, joined", "Kjennemerke: ab12345.", True),
    Row("small letters in «»", "Bilen hadde kjennemerke: «ab 12345».", True),
    Row("in parentheses, grouped", "Bilen hadde kjennemerke (ab 123 45).", True),
    Row("in emphasis", "Skiltnummeret var **ab 12345**.", True),
    Row("a capital and a small letter", "Skiltet var «Ab 12345».", True),
    # near misses: a word and a number after the keyword, a road, a quoted sign, a year
    Row("a word, then digits", "Skiltnummeret er 12345 i registeret.", False),
    Row("reg.nr and digits", "Han ble stanset, reg.nr 12345.", False),
    Row("a road in quotes", "Skiltet viste «E 18» mot Oslo.", False),
    Row("a quoted sign", "Skiltet «Oslo 12 km» sto ved veien.", False),
    Row("a year", "Bilen med skilt ab 2019 var stjålet.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", PLATES, ids=repr)
def test_a_vehicle_plate_quoted_or_in_small_letters(row: Row) -> None:
    check(row)
    if row.found:
        assert VEHICLE in source_findings(row.body)


# -- 7. Iran's national code after Melli-kode ---------------------------------------------------

MELLI = [
    Row("Melli-kode", f"Melli-kode: {IRANIAN}.", True),
    Row("melli kode", f"Han oppga melli kode {IRANIAN} i intervjuet.", True),
    Row("Melli-koden hans er", f"Melli-koden hans er {IRANIAN}.", True),
    Row("kod-e melli", f"Kod-e melli {IRANIAN} sto på kortet.", True),
    Row("code melli", f"Code melli: {IRANIAN}", True),
    Row("Melli-kode, grouped", f"Melli-kode {IRANIAN[:3]}-{IRANIAN[3:9]}-{IRANIAN[9]}.", True),
    Row("Melli-kort", f"Melli-kortet hans har nummer {IRANIAN}.", True),
    # near misses: a wrong check digit, the bank, ten digits with no keyword
    Row(
        "a wrong check digit",
        f"Melli-kode: {IRANIAN[:9]}{(int(IRANIAN[9]) + 5) % 10}.",
        False,
    ),
    Row("the bank", "Bank Melli Iran er under sanksjoner fra 2018.", False),
    Row("no keyword", f"Arkivnummer {IRANIAN} gjelder saken.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", MELLI, ids=repr)
def test_an_iranian_code_after_melli_kode(row: Row) -> None:
    check(row)
    if row.found:
        assert FOREIGN_ID in source_findings(row.body)


# -- 8. a date of birth by reference ------------------------------------------------------------

REFERENCE = [
    Row("the same day as the king", "Søkeren er født samme dag som Kong Harald.", True),
    Row("på samme dag as the heir", "Søkeren er født på samme dag som kronprinsen.", True),
    Row("the same date of birth", "Han har samme fødselsdato som Kong Harald.", True),
    Row("the same day as an event", "Han ble født samme dag som Berlinmuren falt.", True),
    Row("a noun and a name", "Søkeren er født samme dag som sangeren Sissel.", True),
    Row(
        "the same birthday and an age",
        "Søkeren har samme fødselsdag som Kong Harald og er 32 år.",
        True,
    ),
    Row("a shared birthday and an age", "Hun deler bursdag med dronningen, og er 30 år.", True),
    Row("the national day and a year", "Søkeren er født på nasjonaldagen 1992.", True),
    Row("Nowruz and a year", "Søkeren er født på Nowruz 1992.", True),
    Row("Christmas Eve and a year", "Søkeren er født julaften 1992.", True),
    # near misses: nothing a reader can look up, or no year
    Row("the same birthday, no year", "Søkeren har samme fødselsdag som Kong Harald.", False),
    Row("the same year", "Søkeren er født samme år som Kong Harald.", False),
    Row("the same day as a twin", "Søkeren er født samme dag som tvillingbroren.", False),
    Row("the same day as a death", "Søkeren er født samme dag som faren døde.", False),
    Row("a sister and a year", "Søkeren ble født samme dag som søsteren, i 1992.", False),
    Row("the national day, no year", "Søkeren er født på nasjonaldagen.", False),
    Row("a decision on the national day", "Vedtaket kom på nasjonaldagen 2023.", False),
    Row("a celebration", "Han feiret nasjonaldagen 17. mai 2023 i Oslo.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", REFERENCE, ids=repr)
def test_a_date_of_birth_by_reference(row: Row) -> None:
    check(row)
    if row.found:
        assert BIRTH in source_findings(row.body)


def test_a_reference_is_masked() -> None:
    from praksisbank.core.gate.anonymity import find_personal_data

    (finding,) = find_personal_data("Søkeren er født samme dag som Kong Harald.")
    assert "Harald" not in finding.masked
