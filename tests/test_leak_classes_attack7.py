"""Issue 17, attack round 7: dates of birth and numbers, one table a class, each with its near
misses (legal citations, case-law and report dates, amounts, statistics, ordinary prose):

1. a date of birth in an ordinary spelling after its keyword (``født 17. 3. 1992``, ``DOB:
   03/17/1992``, ``17-Mar-1992``, ``March 17th, 1992``, ``født 19920317``, ``17. März 1992``,
   ``født i mars 1992, den 17.``, ``17. i tredje måned``, Hijri lunar months, ``julaften 1992``,
   ``årets 76. dag``, a day in cardinal words, a birth word without «ø» as slugs write it
   ``fodt-17-3-1992``, a heading as the label): ``personaldata._read_birth``;
2. an identity number or a phone read out in Spanish, French, Italian, Portuguese, Russian or
   Ukrainian words (``spoken.py``);
3. a date written with Greek alphabetic numerals, or with a Roman day and a space after each dot
   (``numerals.py``);
4. a phone or an identity number with slash or dot look-alikes, the underscore, or one digit at
   a time between separators, on the published page (``rendered.readable``).

Nothing here is real: identity numbers are generated in the test (``helpers.identity_number``),
phone numbers are phonenumbers' own example numbers, the dates are made up.
"""

from __future__ import annotations

import phonenumbers
import pytest

from gaterows import Row, check, page_findings, page_of, source_findings
from helpers import identity_number

NUMBER = identity_number("170392")
BIRTH = "en fødselsdato"
IDENTITY = "et fødselsnummer, D-nummer eller H-nummer"


def _national(region: str) -> str:
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert number is not None
    return str(number.national_number)


MOBILE = _national("NO")  # eight digits: phonenumbers' example of a Norwegian mobile
AFGHAN = _national("AF")  # nine digits: its example of an Afghan mobile


# -- 1. dates of birth in ordinary spellings ---------------------------------------------------

DATES = [
    Row("a space after each dot", "Søkeren er født 17. 3. 1992.", True),
    Row("a two-digit year after a dash", "Søkeren er født 17 mars -92.", True),
    Row("month first", "DOB: 03/17/1992.", True),
    Row("a month abbreviation between dashes", "DOB: 17-Mar-1992.", True),
    Row("an ordinal suffix", "DOB: 17th March 1992.", True),
    Row("month, day, comma, year", "Born March 17th, 1992.", True),
    Row("year, month, day", "DOB: 1992-Mar-17.", True),
    Row("dots around a month", "Han er født 17.mar.1992 i Herat.", True),
    Row("a comma before the year", "Hun er født 17. mars, 1992.", True),
    Row("eight digits, year first", "Søkeren er født 19920317.", True),
    Row("an apostrophe year", "Søkeren er født 17.03.'92.", True),
    Row("day/month and an apostrophe year", "Han er født 17/03 '92.", True),
    Row("a German month", "Geburtstag: 17. März 1992.", True),
    Row("a French month", "Né le 17 juillet 1992 à Kaboul.", True),
    Row("month and year, then the day", "Søkeren er født i mars 1992, den 17.", True),
    Row("the month as an ordinal", "Søkeren er født 17. i tredje måned 1992.", True),
    Row("a day in cardinal words", "Søkeren er født sytten mars nittenhundreognittito.", True),
    Row("a Hijri lunar month", "Søkeren er født 2. Rabi al-awwal 1412.", True),
    Row("another Hijri month", "Han er født 14. Ramadan 1410 i Kandahar.", True),
    Row("the day before a date", "Søkeren er født dagen før 18. mars 1992.", True),
    Row("a named day", "Søkeren er født på julaften 1992.", True),
    Row("a day of the year", "Søkeren er født på årets 76. dag i 1992.", True),
    Row("a birth word without ø", "Søkeren er fodt 17.03.1992 i Herat.", True),
    Row("oe for ø", "Søkeren er foedt 17.03.1992 i Herat.", True),
    Row("a label without ø", "Fodselsdato: 17.03.1992.", True),
    Row("a slug in an anchor", "## Bakgrunn {#fodt-17-3-1992}", True),
    Row("a heading as the label", "### Fødselsdato\n\n17.03.1992\n", True),
    # near misses: a year of birth alone, other dates in the sentence, citations, counts
    Row("a year, then another date", "Søkeren er født 1990, 17. mars 2015 kom han hit.", False),
    Row("a year and a clause", "Han er født i 1990 og kom til Norge 17. mars 2015.", False),
    Row("a sentence ends", "Han ble født 1990. 17. mars 2015 søkte han asyl.", False),
    Row("children's years", "Hun har tre barn født 2010, 2012 og 2015.", False),
    Row("case law", "Se Rt. 1992 s. 1614 og HR-2017-2428-A avsnitt 17.", False),
    Row("a decision's date", "Vedtaket er datert 17. mars 2023.", False),
    Row("a count after a year", "Han er født i 1990, og 12 av 30 i landsbyen døde.", False),
    Row("weeks early", "Barnet ble født 3 uker for tidlig i 2019.", False),
    Row("a report's date", "Landrapporten fra 03/17/2023 omtaler fødselsregistrering.", False),
    Row("statistics", "Fødselstallet var 17,3 per 1000 i 1992.", False),
    Row("an amount", "Fødselspenger: 17 300 kroner i 1992.", False),
    Row("a paragraph after født", "Han er født\n\n17. mars 2015 kom han.", False),
    Row("a heading with a place", "### Født i Kabul\n\n17.03.2015 kom han.", False),
    Row("a Danish word", "Det var fedt 17.03.1992.", False),
]


@pytest.mark.parametrize("row", DATES, ids=repr)
def test_a_date_of_birth_in_an_ordinary_spelling_is_found(row: Row) -> None:
    found = source_findings(row.body)
    assert (BIRTH in found) is row.found, found
    if not row.found:
        assert found == []
    assert (BIRTH in page_findings(page_of(row.body))) is row.found


# -- 2. numbers read out in more languages -----------------------------------------------------

_SAID = {
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "uk": "нуль один два три чотири п'ять шість сім вісім дев'ять",
}


def said(digits: str, language: str) -> str:
    words = _SAID[language].split()
    return " ".join(words[int(d)] for d in digits)


WORDS = [
    *(
        Row(f"an identity number in {lang}", f"Personnummeret hans: {said(NUMBER, lang)}.", True)
        for lang in _SAID
    ),
    Row("a phone in Russian", f"Mobil: {said(MOBILE, 'ru')}.", True),
    Row("a phone in Spanish", f"Teléfono: {said(MOBILE, 'es')}.", True),
    # near misses: a number word or two in a sentence, Norwegian words of the same letters
    Row("Spanish prose", "Tenía dos hermanos y una hermana.", False),
    Row("French prose", "Il a trois enfants, nés en 2010.", False),
    Row("Russian prose", "У него два брата.", False),
    Row("Norwegian words", "Han så en due og en sei, og skulle sette garn.", False),
    Row("Danish tres", "Han var tres år gammel.", False),
]


@pytest.mark.parametrize("row", WORDS, ids=repr)
def test_a_number_read_out_in_another_language_is_found(row: Row) -> None:
    found = source_findings(row.body)
    assert bool(found) is row.found, found


# -- 3. Greek numerals and Roman dates with spaces ---------------------------------------------

NUMERALS = [
    Row("a date in Greek numerals", "Søkeren er født ιζʹ.γʹ.͵αϡϙβʹ i Herat.", True),
    Row("Roman numerals, a space after each dot", "Søkeren er født ⅩⅦ. ⅲ. MCMXCII.", True),
    Row("Roman capitals with spaces", "Han er født XVII. III. 1992.", True),
    Row("small Roman letters with spaces", "Fødselsdato: xvii. iii. 1992", True),
    # near misses: Greek prose, a chapter, a numbered part
    Row("Greek prose", "Ο Αλέξανδρος είπε ότι ήρθε.", False),
    Row("a Greek ordinal", "Se αʹ μέρος av rapporten.", False),
    Row("a chapter and a year", "Kapittel IV. 3. 2019 ble loven endret.", False),
    Row("parts", "Se del I og del III. Rapporten er fra 1992.", False),
]


@pytest.mark.parametrize("row", NUMERALS, ids=repr)
def test_a_date_in_numerals_is_found(row: Row) -> None:
    found = source_findings(row.body)
    assert (BIRTH in found) is row.found, found
    if not row.found:
        assert found == []
    assert (BIRTH in page_findings(page_of(row.body))) is row.found


# -- 4. separators a reader reads as slashes, dots or spaces -----------------------------------


def _joined(digits: str, separator: str) -> str:
    return separator.join(digits)


SEPARATORS = [
    Row("fraction slash", f"Mobil: +93⁄{AFGHAN[:2]}⁄{AFGHAN[2:5]}⁄{AFGHAN[5:]}.", True),
    Row("division slash", f"Mobil: +93∕{AFGHAN[:2]}∕{AFGHAN[2:5]}∕{AFGHAN[5:]}.", True),
    Row("big solidus", f"Mobil: +93⧸{AFGHAN[:2]}⧸{AFGHAN[2:5]}⧸{AFGHAN[5:]}.", True),
    Row("a phone digit by digit, middle dot", f"Mobil: {_joined(MOBILE, '·')}.", True),
    Row("a phone digit by digit, underscore", f"Mobil: {_joined(MOBILE, '_')}.", True),
    Row("a phone digit by digit, spaces", f"Mobil: {_joined(MOBILE, ' ')}.", True),
    Row("an identity number, underscore", f"Personnummer: {_joined(NUMBER, '_')}.", True),
    Row("Katakana middle dot", f"Personnummer: {NUMBER[:6]}・{NUMBER[6:]}.", True),
    Row("hyphenation point", f"Personnummer: {NUMBER[:6]}‧{NUMBER[6:]}.", True),
    # near misses: fractions, year spans, products, section numbers, file names
    Row("a fraction", "Det gjaldt 3⁄4 av sakene i 2019⁄2020.", False),
    Row("products", "Tabell 4·2 viser 12·3 prosent.", False),
    Row("a section number", "Se punkt 4.1.1.2 i rundskrivet.", False),
    Row("a file name", "Vedlegget heter rapport_2019_03_17.pdf.", False),
    Row("a list of scores", "Poengene var 1 2 3 4 5 av 10.", False),
]


@pytest.mark.parametrize("row", SEPARATORS, ids=repr)
def test_a_number_with_lookalike_separators_is_found_on_the_page(row: Row) -> None:
    check(row, source=False)
