"""Issue 17, attack round 6: the classes that leaked, one table a class, each with the near misses
that must stay allowed and ten variants of our own (``*_VARIANTS``):

1. numbers written in numerals that are no digits (Ethiopic digits and additive numerals, Han
   digits and units, Roman numerals and a date with a Roman day after a birth word), the Arabic
   thousands separator, and letters the confusables data reads as digits (``З``, ``Ʒ``, ``Ƽ``,
   ``Ꮞ``) (``numerals.py``, ``confusables.digit_lookalikes``);
2. a value split over two blocks: a block's title and its first line (admonition, details,
   tab), an identity number split anywhere over a heading and its paragraph, ``<ol start>``
   read before its first item (``rendered.py``, ``anonymity._split_anywhere_candidates``);
3. passport and birth keywords in the arrival countries' languages (``personaldata.py``);
4. an e-mail address spelled with other languages' words for ``@`` and the dot.

Nothing here is real: identity numbers are generated in the test (``helpers.identity_number``,
and one without a zero found here with python-stdnum's check digits), the phone numbers are
phonenumbers' own example numbers, document numbers, addresses and names are made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markdown  # type: ignore[import-untyped]
import phonenumbers
import pytest
from stdnum.no import fodselsnummer

from gaterows import Row, check, page_findings
from helpers import identity_number
from praksisbank.core.gate import numerals, rendered
from praksisbank.core.gate.rendered import scanning
from praksisbank.core.gate.sanitize import sanitize

ROOT = Path(__file__).resolve().parent.parent
NUMBER = identity_number("170592")
OTHER = identity_number("231189")
THIRD = identity_number("150395")


def _without_zero() -> str:
    """A made-up identity number without the digit 0 (Ethiopic numerals have no zero)."""
    for individual in range(511, 1000):
        base = f"171192{individual:03d}"
        if "0" in base:
            continue
        first = fodselsnummer.calc_check_digit1(base)
        second = fodselsnummer.calc_check_digit2(base + first)
        number = base + first + second
        if len(number) == 11 and "0" not in number:
            return number
    raise AssertionError("no number generated")


NO_ZERO = _without_zero()


def _mobile(region: str) -> str:
    number: Any = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    return str(number.national_number)


MOBILE = _mobile("NO")  # eight digits, phonenumbers' own example
AFGHAN = "0" + _mobile("AF")  # with the trunk 0

ETHIOPIC_DIGITS = dict(zip("123456789", "፩፪፫፬፭፮፯፰፱", strict=True))
ETHIOPIC_TENS = dict(zip("123456789", "፲፳፴፵፶፷፸፹፺", strict=True))
HAN = str.maketrans("0123456789", "〇一二三四五六七八九")
HAN_FINANCIAL = str.maketrans("0123456789", "零壹贰叁肆伍陆柒捌玖")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def ethiopic(digits: str) -> str:
    return "".join(ETHIOPIC_DIGITS[d] for d in digits)


def ethiopic_pair(two: str) -> str:
    """A number of two digits in Ethiopic additive numerals (``48`` is ``፵፰``)."""
    tens, unit = two[0], two[1]
    return (ETHIOPIC_TENS.get(tens, "")) + ETHIOPIC_DIGITS.get(unit, "")


def han_pair(two: str) -> str:
    """A number of two digits in Han numerals with the unit ten (``48`` is ``四十八``)."""
    tens, unit = two[0], two[1]
    return f"{tens.translate(HAN)}十" + ("" if unit == "0" else unit.translate(HAN))


def pairs(digits: str, spell: Any) -> str:
    return " ".join(spell(digits[i : i + 2]) for i in range(0, len(digits), 2))


# -- 1. numerals that are no digits, look-alike digits -----------------------------------------

NUMERALS = [
    Row("Ethiopic digits", f"Personnummer: {ethiopic(NO_ZERO)}.", True),
    Row("Ethiopic additive numerals", f"Mobil: {pairs(MOBILE, ethiopic_pair)}.", True),
    Row("Han digits", f"Personnummer {NUMBER.translate(HAN)}.", True),
    Row("Roman date after a birth word", "Søkeren er født XVII.III.MCMXCII i Herat.", True),
    Row("Roman numeral characters", "Søkeren er født ⅩⅦ.Ⅲ.1992 i Herat.", True),
    Row("Roman characters and letters", "Fødselsdato: ⅩⅦ.Ⅲ.MCMXCII.", True),
    Row(
        "Arabic thousands separator",
        f"Broren i Kabul: {AFGHAN[:4]}٬{AFGHAN[4:7]}٬{AFGHAN[7:]}.".translate(PERSIAN),
        True,
    ),
    # near misses
    Row("a chapter in Roman numerals", "Se kapittel IV og Del III i rapporten.", False),
    Row("a court reference", "Jf. Rt. 1992 s. 1388 og Rt. 2015 s. 1388 avsnitt 43.", False),
    Row("Roman numerals in a list of chapters", "Kapitlene Ⅰ, Ⅱ, Ⅸ og Ⅻ gjelder saken.", False),
    # (a quoted Han word of two or more characters is a name for a reviewer: names.py, round 6)
    Row("a Han character without a number", "Tegnet «人» betyr menneske på kinesisk.", False),
    Row("Ethiopic text without a number", "Søkeren brukte ordet «ወያነ» om partiet.", False),
    Row("a Roman 'date' that is no date", "Se punkt IV.2.3 og XL.II.MM i vedlegget.", False),
]

NUMERALS_VARIANTS = [
    Row("an Ethiopic date with a hundred", "Han er født ፲፯.፫.፲፱፻፺፪ i Asmara.", True),
    Row("Han tens and units", f"Mobil: {pairs(MOBILE, han_pair)}.", True),
    Row("Han financial digits", f"Personnummer {OTHER.translate(HAN_FINANCIAL)}.", True),
    Row("a Roman date with slashes", "DOB: XVII/III/1992.", True),
    Row("small Roman numeral characters", "Søkeren er født ⅹⅶ.ⅲ.1992.", True),
    Row(
        "Ethiopic digits in groups",
        f"Personnummer {ethiopic(NO_ZERO[:6])} {ethiopic(NO_ZERO[6:])}",
        True,
    ),
    Row(
        "Persian digits and the thousands separator",
        f"Nummeret er {NUMBER[:6]}٬{NUMBER[6:]}.".translate(PERSIAN),
        True,
    ),
    Row("a Han date of birth, year first", "Fødselsdato: 一九九二.三.十七", True),
    Row("Han digits in a Latin sentence", f"Ring {MOBILE.translate(HAN)} i kveld.", True),
    Row("a Roman date with hyphens", "Fødselsdato ⅩⅦ-Ⅲ-MCMXCII.", True),
]


@pytest.mark.parametrize("row", NUMERALS + NUMERALS_VARIANTS, ids=repr)
def test_numbers_in_numerals_that_are_no_digits_are_read(row: Row) -> None:
    check(row)


def _swap(number: str, table: dict[str, str]) -> str:
    return "".join(table.get(d, d) for d in number)


LOOKALIKES = [
    Row("ezh and tone five", f"Nummeret er {_swap(OTHER, {'3': 'Ʒ', '5': 'Ƽ', '1': 'l'})}.", True),
    Row("Cyrillic ze", f"Nummeret er {_swap(OTHER, {'3': 'З'})}.", True),
    Row("a phone with tone five", f"Mobil: {_swap(MOBILE, {'5': 'Ƽ'})}.", True),
    Row("Cherokee se", f"Nummeret er {_swap(NUMBER, {'4': 'Ꮞ'})}", True),
    # near misses: the letters in words, and next to a digit inside a word
    Row("Cyrillic words", "Han bodde i Запорожье og Зеленоград i 2019.", False),
    Row("a unit after a number", "Det var 3 З-formede bygg og 5 Ƽ-tegn.", False),
]

LOOKALIKES_VARIANTS = [
    Row("Cherokee se for 4", f"Ring {_swap(MOBILE, {'4': 'Ꮞ'})} i kveld.", True),
    Row("Cherokee wv for 6", f"Ring {_swap(MOBILE, {'6': 'Ꮾ'})} i kveld.", True),
    Row("Coptic hei for 6", f"Mobil: {_swap(MOBILE, {'6': 'Ⳓ'})}", True),
    Row("Cyrillic be for 6", f"Nummer {_swap(OTHER, {'6': 'б'})}", True),
    Row("yogh for 3", f"Nummeret er {_swap(OTHER, {'3': 'Ȝ'})}.", True),
    Row("reversed open e for 3", f"Nummeret er {_swap(OTHER, {'3': 'Ɜ'})}.", True),
    Row("Greek omicron for 0", f"Nummeret er {_swap(NUMBER, {'0': 'ο'})}.", True),
    Row("Armenian oh for 0", f"Mobil: {_swap(MOBILE, {'0': 'օ'})}.", True),
    Row("Cyrillic palochka for 1", f"Nummeret er {_swap(NUMBER, {'1': 'ӏ'})}.", True),
    Row(
        "Cyrillic ze with spaces", f"Nummeret er {_swap(OTHER[:6], {'3': 'З'})} {OTHER[6:]}.", True
    ),
]


@pytest.mark.parametrize("row", LOOKALIKES + LOOKALIKES_VARIANTS, ids=repr)
def test_letters_the_confusables_data_reads_as_digits_are_read_on_the_page(row: Row) -> None:
    check(row, source=False)


def test_numerals_read_as_their_number() -> None:
    assert (
        numerals.read("፲፱፻፺፪ ፵፰ 四十八 一千九百九十二 一九九二 Ⅻ ⅩⅦ")
        == "1992 48 48 1992 1992 12 17"
    )
    assert numerals.read("XVII.III.MCMXCII") == "17.03.1992"
    assert numerals.read("kapittel IV, 王一明, 什么") == "kapittel IV, 王一明, 什么"


# -- 2. splits over two blocks -----------------------------------------------------------------

NAME = "et personnavn"


def tabbed(body: str, *, alternate: bool) -> str:
    convert = markdown.Markdown(
        extensions=["pymdownx.tabbed"],
        extension_configs={"pymdownx.tabbed": {"alternate_style": alternate}},
    ).convert
    return str(convert(body))


SPLITS = [
    Row(
        "admonition title and body",
        '!!! note "Amir"\n\n    Hassan forklarte at han var redd.',
        True,
    ),
    Row(
        "details summary and body", '??? note "Amir"\n\n    Hassan forklarte at han var redd.', True
    ),
    Row("3+8 over a heading and a paragraph", f"### Sak {OTHER[:3]}\n\n{OTHER[3:]}\n", True),
    Row("8+3 over a heading and a paragraph", f"### Sak {OTHER[:8]}\n\n{OTHER[8:]}\n", True),
    Row("ol start as a day of birth", 'Født:\n\n<ol start="17"><li>mars 1992</li></ol>\n', True),
    # near misses
    Row(
        "a title and a sentence", '!!! note "Merk"\n\n    Søkeren forklarte at han var redd.', False
    ),
    Row(
        "a summary and a sentence", '??? tip "Vis mer"\n\n    Landinfo skrev notatet i 2023.', False
    ),
    Row("a heading with a count", "### Tabell 12\n\n4061 saker ble behandlet i 2023.\n", False),
    Row(
        "ol start without a birth word",
        'Frister:\n\n<ol start="17"><li>mars 1992</li></ol>\n',
        False,
    ),
    Row("a year over a paragraph", "## 2023\n\n1234567 personer var på flukt.\n", False),
]

SPLITS_VARIANTS = [
    Row("4+7 over a heading and a paragraph", f"## Nr. {THIRD[:4]}\n\n{THIRD[4:]}\n", True),
    Row("7+4 over a heading and a paragraph", f"## Nr. {THIRD[:7]}\n\n{THIRD[7:]}\n", True),
    Row("2+9 over a quote and a paragraph", f"> Nr. {NUMBER[:2]}\n\n{NUMBER[2:]}\n", True),
    Row("9+2 over two paragraphs", f"Nummeret er {NUMBER[:9]}.\n\n{NUMBER[9:]} er resten.", True),
    Row("3+8 over two list items", f"- Sak {OTHER[:3]}\n- {OTHER[3:]}\n", True),
    Row("a warning title and body", '!!! warning "Fatima"\n\n    Rahimi kom i 2019.', True),
    Row("an open details block", '???+ note "Amir"\n\n    Hassan forklarte seg.', True),
    Row(
        "a date of birth in an ol start",
        'Fødselsdato:\n\n<ol start="3"><li>april 1994</li></ol>',
        True,
    ),
    Row("a title with a given name", '!!! note "Søkeren Amir"\n\n    Hassan forklarte seg.', True),
    Row("8+3 over a heading and a list", f"### {OTHER[:8]}\n\n- {OTHER[8:]}\n", True),
]


@pytest.mark.parametrize("row", SPLITS + SPLITS_VARIANTS, ids=repr)
def test_a_split_over_two_blocks_is_found_on_the_page(row: Row) -> None:
    check(row, source=False)


@pytest.mark.parametrize("sanitized", [False, True])
@pytest.mark.parametrize("alternate", [True, False])
def test_a_tab_label_is_read_with_its_panel(alternate: bool, sanitized: bool) -> None:
    """Also as published: the sanitizer drops the tabs' classes and labels' markup, leaving the
    label as bare text before the panel (a real build with ``pymdownx.tabbed`` on, attack
    round 6's harness on the merged main)."""
    shown = sanitize if sanitized else str
    page = shown(tabbed('=== "Amir"\n\n    Hassan forklarte seg.\n', alternate=alternate))
    assert NAME in page_findings(page)
    calm = shown(tabbed('=== "Merk"\n\n    Søkeren forklarte seg.\n', alternate=alternate))
    assert page_findings(calm) == []


def test_pdf_text_reads_across_lines_without_nuls() -> None:
    """pypdf pads the text of a run in a font beyond the Latin one with NULs: once dropped, the
    number split over two lines is read as on the page."""
    text = "\x00".join(f"### Sak {OTHER[:3]}") + "\n" + "\x00".join(OTHER[3:])
    assert scanning._scan(text.replace("\x00", ""), rendered.PDF, ())


# -- 3. keywords in the arrival countries' languages -------------------------------------------

KEYWORDS = [
    Row("French passport", "Passeport n° 12AB34567, délivré à Conakry.", True),
    Row("Dari passport", "پاسپورت: P05829364", True),
    Row("Arabic passport, one word", "الجواز: P05829364", True),
    Row("Tigrinya passport", "ፓስፖርት፦ P05829364", True),
    Row("German passport in a compound", "Reisepass-Nr. C01X00T47 (ausgestellt in Berlin).", True),
    Row("Russian date of birth", "Дата рождения: 18.04.1993", True),
    Row("Somali date of birth", "Taariikhda dhalashada: 21/07/1990", True),
    Row("Dari birth, Solar Hijri", "تولد: ۱۳۷۱/۰۲/۱۴", True),
    Row("Arabic birth, one word", "مواليد: 1992/03/17", True),
    Row("Tigrinya birth", "ልደት፦ 17.03.1992", True),
    Row("Arabic date of birth", "تاريخ الميلاد: 17/03/1992", True),
    Row("French né(e) le", "Il est né(e) le 17.03.1992 à Conakry.", True),
    Row("Turkish date of birth", "Doğum tarihi: 20.06.1991", True),
    # near misses
    Row("a passport office", "Passkontoret i Kabul åpnet igjen i 2022.", False),
    Row("a passport without a number", "Han hadde ikke pass da han kom.", False),
    Row("a German passport issued", "Der Reisepass wurde 2019 in Berlin ausgestellt.", False),
    Row("a year of birth only", "Han oppga 1992 som fødselsår; تولد i Herat.", False),
]

KEYWORDS_VARIANTS = [
    Row("Turkish passport", "Pasaport No: U12345678", True),
    Row("Somali passport", "Baasaboorka: P12345678", True),
    Row("Russian passport", "паспорт № 75 1234567", True),
    Row("Arabic passport, two words", "جواز السفر: N1234567", True),
    Row("Pashto passport", "پاسپورټ: P07041586", True),
    Row("French date of birth", "Date de naissance : 17/03/1992", True),
    Row("Persian date of birth", "تاریخ تولد: ۱۳۷۰/۱۲/۲۶", True),
    Row("Russian born", "Она родилась 18.04.1993 в Москве.", True),
    Row("Amharic date of birth", "የትውልድ ቀን፦ 19.05.1994", True),
    Row("Kurmanji date of birth", "Dîroka jidayikbûnê: 12.02.1990", True),
]


@pytest.mark.parametrize("row", KEYWORDS + KEYWORDS_VARIANTS, ids=repr)
def test_document_and_birth_keywords_of_the_arrival_countries_are_read(row: Row) -> None:
    check(row)


# -- 4. an e-mail address spelled with other languages' words ----------------------------------

EMAILS = [
    Row("French arobase and point", "Adressen var amir.hassan arobase gmail point com.", True),
    Row("Swedish snabel-a and punkt", "Adressen var amir.hassan snabel-a gmail punkt com.", True),
    Row("Italian chiocciola and punto", "Skriv til amir.h chiocciola libero punto it.", True),
    Row("German Klammeraffe", "Er schrieb an amir.hassan Klammeraffe web punkt de.", True),
    Row("Arabic at and dot", "kontakt: amir.hassan آت gmail نقطة com", True),
    Row("brackets", "navn (arobase) gmail (point) com", True),
    # near misses
    Row("punkt and a number", "Se punkt 3 i notatet og punkt 4.2 i rundskrivet.", False),
    Row("point of view", "From my point of view, this is fine.", False),
    Row("punkt for punkt", "Han sa at saken punkt for punkt ble vurdert.", False),
    Row("the word for @ in prose", "Tegnet @ heter arobase på fransk, punkt.", False),
    Row("Klammeraffe in prose", "Klammeraffe er det tyske ordet for tegnet.", False),
]

EMAILS_VARIANTS = [
    Row("capitals", "AMIR.HASSAN AROBASE GMAIL POINT COM", True),
    Row("Russian sobaka", "Почта: amir.hassan собака yandex точка ru", True),
    Row("Hungarian kukac", "amir.hassan kukac freemail pont hu", True),
    Row("Spanish arroba", "amir.hassan arroba hotmail punto es", True),
    Row("at-zeichen", "amir.hassan at-zeichen gmx punkt de", True),
    Row("a digit in the local part", "amir_hassan92 arobase outlook point fr", True),
    Row("a subdomain", "amir.h arobase mail point example point fr", True),
    Row("Persian dot", "amir.hassan آت gmail نقطه com", True),
    Row("mixed languages", "amir.hassan snabel-a gmail point com", True),
    Row("brackets and a word", "amir.hassan [chiocciola] libero punto it", True),
]


@pytest.mark.parametrize("row", EMAILS + EMAILS_VARIANTS, ids=repr)
def test_an_address_spelled_in_other_languages_is_found(row: Row) -> None:
    check(row)
