"""Issue 17, attack round 6: names the gate let through, and the false stops it made.

1. names in a script no rule read (Katakana, Thai, Adlam, N'Ko, a Han name inside a Chinese
   sentence) and a Latin given name before a surname in another script: every letter outside
   the scripts read by a rule of their own is judged as those are (``names._unlisted_runs``:
   two to four words, or one run of two letters or more in a script written without spaces);
2. names of other shapes: a Braille blank (U+2800) as the space, a transliterated pair
   (``Mokhammad Khuseyn``: ``names._spelling_key``), a given name followed by an age;
3. false stops: an organisation's name in Arabic or Ethiopic script (its first word a word for an
   organisation), a gloss in parentheses after a capitalised Latin name that is no person's, an
   article after a cue (``kaller seg Det``) are no names. A public office-holder stays a finding
   a reviewer clears (``handbook/privacy.md``).

Every name here is made up; no identity number is used.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gaterows import Row, rendered_findings, source_findings

ROOT = Path(__file__).resolve().parent.parent
NAME = "et personnavn"


def check(row: Row) -> None:
    """Both gates (source and rendered page) find a name in a hostile row; neither finds
    anything in a near miss."""
    if not row.found:
        assert source_findings(row.body) == []
        assert rendered_findings(row.body) == []
        return
    assert NAME in source_findings(row.body)
    assert NAME in rendered_findings(row.body)


# -- 1. names in scripts without a rule -----------------------------------------------------

SCRIPTS = [
    Row("katakana", "Søkeren アミール・ハッサン forklarte at han var redd.", True),
    Row("thai", "Søkeren สมชาย ใจดี forklarte at han var redd.", True),
    Row("adlam", "Søkeren \U0001e900\U0001e925\U0001e922\U0001e923\U0001e935 "
        "\U0001e904\U0001e922\U0001e92a\U0001e92a\U0001e92d forklarte at han var redd.", True),
    Row("n'ko", "Søkeren ߡߊߡߊߘߎ ߞߐߣߍ forklarte at han var redd.", True),
    Row("han inside a chinese sentence", "申请人王小明说他害怕回国。", True),
    Row("latin given name, arabic surname", "Under intervjuet sa Amir ميلدون at han var redd.",
        True),
    # near misses
    Row("one word of a spaced script", "Ordet ઘર betyr hus på gujarati.", False),
    Row("emoji", "Søkeren sendte 👍 😀 til saksbehandleren.", False),
    Row("a norwegian word before an arabic term", "Dari-ordet بله betyr ja.", False),
]  # fmt: skip
SCRIPT_VARIANTS = [
    Row("hiragana", "Søkeren やまだ たろう forklarte at han var redd.", True),
    Row("lao", "Søkeren ສົມສັກ ພົມມະ forklarte at han var redd.", True),
    Row("khmer", "Søkeren សុខ ដារ៉ា forklarte at han var redd.", True),
    Row("tibetan", "Søkeren བསྟན་འཛིན forklarte at han var redd.", True),
    Row("vai", "Søkeren ꕉꕜ ꕮꔧ forklarte at han var redd.", True),
    Row("kannada", "Søkeren ರವಿ ಕುಮಾರ್ forklarte at han var redd.", True),
    Row("mongolian", "Søkeren ᠪᠠᠲᠤ ᠳᠣᠷᠵᠢ forklarte at han var redd.", True),
    Row("japanese sentence", "申請者の山田太郎は帰国を恐れている。", True),
    Row("telugu", "Søkeren రవి కుమార్ forklarte at han var redd.", True),
    Row("gujarati", "Søkeren રમેશ પટેલ forklarte at han var redd.", True),
    Row("latin given name, ethiopic surname", "Under intervjuet sa Amir ገብረሂወት at han var redd.",
        True),
]  # fmt: skip


@pytest.mark.parametrize("row", SCRIPTS + SCRIPT_VARIANTS, ids=repr)
def test_names_in_every_script_are_found(row: Row) -> None:
    check(row)


# -- 2. names of other shapes ---------------------------------------------------------------

SHAPES = [
    Row("braille blank as the space", "Under intervjuet sa Amir\u2800Hassan at han var redd.",
        True),
    Row("russian transliteration", "Ifølge forklaringen møtte han Mokhammad Khuseyn i Moskva.",
        True),
    Row("a given name with an age",
        "Zarmina, 17 år, fra landsbyen Sang-e Masha i Jaghori, forklarte at hun var redd.", True),
    # near misses
    Row("braille blank between words", "Under\u2800intervjuet sa han at han var redd.",
        False),
    Row("a noun with an age", "Barnet, 17 år, fikk opphold.", False),
    Row("a country with years", "Afghanistan, 17 år etter invasjonen, er fortsatt ustabilt.",
        False),
    Row("two places", "Han reiste fra Moskva til Sankt Petersburg.", False),
]  # fmt: skip
SHAPE_VARIANTS = [
    Row("two braille blanks", "Under intervjuet sa Amir\u2800\u2800Hassan at han var redd.", True),
    Row("khitan filler", "Under intervjuet sa Amir\U00016fe4Hassan at han var redd.", True),
    Row("mukhammed khasan", "Ifølge forklaringen møtte han Mukhammed Khasan i Moskva.", True),
    Row("dzhamal akhmad", "Ifølge forklaringen møtte han Dzhamal Akhmad i Moskva.", True),
    Row("souleyman youssouf", "Ifølge forklaringen møtte han Souleyman Youssouf i Paris.", True),
    Row("an age in parentheses", "Gulalai (9 år) bodde hos sin tante i Kabul.", True),
    Row("an age in a list item", "- Zarmina, 17 år", True),
    Row("braille blank in a list item", "- Amir\u2800Hassan", True),
    Row("transliteration in a heading", "## Møtet med Mokhammad Khuseyn", True),
    Row("french transliteration", "Han ble avhørt av Moustafa Houssein i Kairo.", True),
]  # fmt: skip


@pytest.mark.parametrize("row", SHAPES + SHAPE_VARIANTS, ids=repr)
def test_names_of_other_shapes_are_found(row: Row) -> None:
    check(row)


# -- 3. the false stops of round 6 ----------------------------------------------------------

FALSE_STOPS = [
    Row("hts", "Hayat Tahrir al-Sham (هيئة تحرير الشام) kontrollerer store deler av Idlib.", False),
    Row("pfdj", "Folkefronten for demokrati og rettferdighet (ህዝባዊ ግንባር ንደሞክራሲን ፍትሕን) er det "
        "eneste tillatte partiet i Eritrea.", False),
    Row("emirate", "Taliban kaller seg Det islamske emiratet Afghanistan (امارت اسلامی افغانستان).",
        False),
    Row("ulema council", "Ulemarådet (شورای علمای افغانستان) utstedte en fatwa i 2022.",
        False),
    Row("al-shabaab", "Al-Shabaab (حركة الشباب المجاهدين) krever skatt i områdene den "
        "kontrollerer.", False),
    Row("ministry", "Det syriske innenriksdepartementet (وزارة الداخلية) utsteder pass.",
        False),
    # documented: a public office-holder is a name a reviewer clears
    Row("office-holder", "FNs spesialrapportør Richard Bennett la fram rapporten A/HRC/52/84 i "
        "mars 2023.", True),
    # names beside the same shapes stay names
    Row("a name glossed after kin", "Søkerens bror (امیر حسن وردک) ble drept.", True),
    Row("a given name glossed", "Søkeren Hassan (امیر حسن) forklarte seg.", True),
    Row("a name after a cue", "Han kaller seg Wardak.", True),
]  # fmt: skip
FALSE_STOP_VARIANTS = [
    Row("hizb ut-tahrir", "Hizb ut-Tahrir (حزب التحرير) er forbudt i flere land.", False),
    Row("afghan ministry", "Justisdepartementet (وزارت عدلیه) har ikke svart.", False),
    Row("leadership council", "Rahbari Shura (رهبری شورا) møtes i Kandahar.", False),
    Row("eritrean ministry", "Forsvarsdepartementet (ሚኒስቴር ምክልካል) innkaller til tjeneste.", False),
    Row("hashd", "Hashd al-Shaabi (الحشد الشعبي) kontrollerer grensen.", False),
    Row("islamic state", "Islamsk stat (الدولة الإسلامية) tok byen i 2014.", False),
    Row("hezb-e islami", "Hezb-e Islami (حزب اسلامی) inngikk fredsavtale i 2016.", False),
    Row("kdp", "Kurdistans demokratiske parti (پارتی دیموکراتی کوردستان) styrer Erbil.", False),
    Row("a group calls itself", "Gruppen kaller seg De hellige krigerne.", False),
    Row("nusra", "Jabhat al-Nusra (جبهة النصرة) endret navn i 2016.", False),
]  # fmt: skip


@pytest.mark.parametrize("row", FALSE_STOPS + FALSE_STOP_VARIANTS, ids=repr)
def test_the_false_stops_of_round_6_pass(row: Row) -> None:
    check(row)
