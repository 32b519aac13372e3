"""Numbers written out in words: runs of spoken digits, read as the digits they say.

``null tre null fire ni fire fem null null en ni`` is no number to the detectors, but any reader
reads it as one. ``runs`` finds each run of number words (``null``, ``en``/``ett``/``éin``,
``to`` … ``ni``, also ``syv``; the two-digit words ``ti`` … ``nitten`` and the tens ``tjue``
… ``nitti`` with or without a unit after them, ``trettifire``, ``tretti-fire``,
``fireogtretti``), joined by spaces, hyphens or commas, perhaps mixed with groups of digits
(``030494 fem null null en ni``), and returns the digits it says with where it stands; the gate
(``scanning._scan``) runs its number detectors on those digits and reports what it finds at the
run. The words are Norwegian, Swedish (``noll``, ``två``, ``sjutton``, ``nittiotvå``), Danish
(``nul``, ``otte``, ``halvfems``, ``tooghalvfems``) and English (``zero`` … ``nineteen``,
``ninety-two``), in any mix: a contributor who reads a number out in a neighbour language reads
it out all the same; so are the arrival languages' words (German, Arabic, Dari/Persian,
Tigrinya, Amharic, Somali, Kurmanji, Sorani, Turkish, Pashto, Urdu) and Spanish, French,
Italian, Portuguese, Russian and Ukrainian digits. ``hundre``/``tusen``
(``hundra``, ``hundrede``, ``hundred``, ``tusind``, ``thousand``) build a number with the words
around them (``fem hundre og tolv``: 512, ``nittenhundreognittito``: 1992); as a reader may also
take ``fem hundre, null fire`` as 50004 and ``nitti to`` as 902, every such run is read each way
(``readings``) and the detectors judge each reading.

A run counts when it says at least ``MIN_DIGITS`` digits of which at least ``MIN_SPOKEN`` are
spoken: ``to barn``, ``en av tre`` and ``fire 2019 2020`` are no numbers, and a sentence that
names an amount with one word before it (``to 4 512 300 kroner``) is not read as a phone number.
A run of fewer than ``AMOUNT_DIGITS`` digits before or after a currency (``kr``, ``kroner``,
``NOK``) is marked an amount: the gate then reads only the numbers with check digits in it (an
identity number read out after ``kr`` is found, ``kr en to tre fire fem seks sju åtte`` is not).

Cheap on ordinary text: one pattern whose first character is a class of the letters the words
start with, tried at a word's start only.
"""

from __future__ import annotations

import re
from typing import TypeVar

MIN_DIGITS = 6
"""The fewest digits a run must say: fewer are no identity or phone number."""
AMOUNT_DIGITS = 11
"""A run of this many spoken digits or more is read even after `kr` or before `kroner`: an
identity or account number is not excused as an amount by the word put beside it."""
LONG_RUN = 64
"""Words in a run past which it is read one way only: no number a reader takes in has more (an
identity number read digit by digit has eleven), and the detectors find no number inside a run
of digits longer than the number, so the other readings could find nothing either."""
MIN_SPOKEN = 3
"""The fewest of them that are words: a number with a word or two beside it is not spoken."""

_UNITS = {
    # Norwegian (bokmål and nynorsk)
    "null": "0", "en": "1", "ett": "1", "éin": "1", "ein": "1", "eitt": "1", "to": "2",
    "tre": "3", "fire": "4", "fem": "5", "seks": "6", "sju": "7", "syv": "7", "åtte": "8",
    "ni": "9",
    # Swedish, Danish (the words Norwegian lacks)
    "noll": "0", "två": "2", "fyra": "4", "sex": "6", "åtta": "8", "nio": "9",
    "nul": "0", "et": "1", "otte": "8",
    # English
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
    # German (``ein`` is nynorsk's too; not ``eine``, an article)
    "eins": "1", "zwei": "2", "zwo": "2", "drei": "3", "vier": "4", "fünf": "5", "fuenf": "5",
    "funf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
    # Arabic (with and without hamza, ta marbuta or ha at the end, the short forms)
    "صفر": "0", "واحد": "1", "واحده": "1", "واحدة": "1", "اثنان": "2", "اثنين": "2",
    "إثنان": "2", "إثنين": "2", "ثلاثة": "3", "ثلاثه": "3", "ثلاث": "3", "أربعة": "4",
    "اربعة": "4", "أربعه": "4", "اربعه": "4", "أربع": "4", "اربع": "4", "خمسة": "5",
    "خمسه": "5", "خمس": "5", "ستة": "6", "سته": "6", "ست": "6", "سبعة": "7", "سبعه": "7",
    "سبع": "7", "ثمانية": "8", "ثمانيه": "8", "ثماني": "8", "ثمان": "8", "تسعة": "9",
    "تسعه": "9", "تسع": "9",
    # Dari and Persian (Persian and Arabic yeh and kaf)
    "یک": "1", "يک": "1", "یك": "1", "يك": "1", "دو": "2", "سه": "3", "چهار": "4",
    "پنج": "5", "شش": "6", "هفت": "7", "هشت": "8", "نه": "9",
    # Tigrinya and Amharic (Ge'ez script)
    "ዜሮ": "0", "ባዶ": "0", "ሓደ": "1", "ክልተ": "2", "ሰለስተ": "3", "ኣርባዕተ": "4", "ሓሙሽተ": "5",
    "ሽዱሽተ": "6", "ሸውዓተ": "7", "ሸሞንተ": "8", "ትሽዓተ": "9",
    "አንድ": "1", "ሁለት": "2", "ሦስት": "3", "ሶስት": "3", "አራት": "4", "አምስት": "5",
    "ስድስት": "6", "ሰባት": "7", "ስምንት": "8", "ዘጠኝ": "9",
    # Somali
    "eber": "0", "kow": "1", "hal": "1", "laba": "2", "saddex": "3", "afar": "4", "shan": "5",
    "lix": "6", "toddoba": "7", "todoba": "7", "siddeed": "8", "sideed": "8", "sagaal": "9",
    # Kurmanji (not ``se``, ``si``, ``hest``: Norwegian words without the marks)
    "sifir": "0", "yek": "1", "du": "2", "sê": "3", "çar": "4", "pênc": "5", "şeş": "6",
    "heft": "7", "heşt": "8", "neh": "9",
    # Turkish (with and without its letters)
    "sıfır": "0", "bir": "1", "iki": "2", "üç": "3", "dört": "4", "dort": "4", "beş": "5",
    "bes": "5", "altı": "6", "alti": "6", "yedi": "7", "sekiz": "8", "dokuz": "9",
    # Sorani
    "سفر": "0", "یەک": "1", "دوو": "2", "سێ": "3", "چوار": "4", "پێنج": "5", "شەش": "6",
    "حەوت": "7", "هەشت": "8", "نۆ": "9",
    # Pashto
    "یو": "1", "دوه": "2", "درې": "3", "دری": "3", "څلور": "4", "پنځه": "5", "شپږ": "6",
    "اووه": "7", "اوه": "7", "اته": "8", "نهه": "9",
    # Urdu
    "ایک": "1", "تین": "3", "چار": "4", "پانچ": "5", "چھ": "6", "چھے": "6", "سات": "7",
    "آٹھ": "8", "نو": "9",
    # Spanish, Italian and Portuguese (Spanish ``tres`` is Danish 60 here: a ten wins)
    "cero": "0", "uno": "1", "una": "1", "dos": "2", "cuatro": "4", "cinco": "5", "seis": "6",
    "siete": "7", "ocho": "8", "nueve": "9",
    "due": "2", "quattro": "4", "cinque": "5", "sei": "6", "sette": "7", "otto": "8",
    "nove": "9", "quatro": "4", "um": "1", "dois": "2", "duas": "2", "três": "3", "sete": "7",
    "oito": "8",
    # French (``six`` is English's too)
    "zéro": "0", "un": "1", "une": "1", "deux": "2", "trois": "3", "quatre": "4",
    "cinq": "5", "sept": "7", "huit": "8", "neuf": "9",
    # Russian and Ukrainian
    "ноль": "0", "нуль": "0", "один": "1", "одна": "1", "одне": "1", "два": "2", "две": "2",
    "дві": "2", "три": "3", "четыре": "4", "чотири": "4", "пять": "5", "п'ять": "5",
    "пʼять": "5", "п’ять": "5", "шесть": "6", "шість": "6", "семь": "7", "сім": "7",
    "восемь": "8", "вісім": "8", "девять": "9", "дев'ять": "9", "девʼять": "9", "дев’ять": "9",
    # Polish (with and without its letters)
    "jeden": "1", "jedna": "1", "dwa": "2", "dwie": "2", "trzy": "3", "cztery": "4", "pięć": "5",
    "piec": "5", "sześć": "6", "szesc": "6", "siedem": "7", "osiem": "8", "dziewięć": "9",
    "dziewiec": "9",
    # Hindi and Urdu in Latin letters (``ek``, ``do``, ``teen``, ``char``: `WEAK`)
    "shunya": "0", "shoonya": "0", "sunya": "0", "sifar": "0", "ek": "1", "do": "2",
    "teen": "3", "char": "4", "chaar": "4", "paanch": "5", "panch": "5", "chhe": "6",
    "chhah": "6", "chhay": "6", "saat": "7", "aath": "8", "nau": "9",
    # Dari and Persian in Latin letters (``se``, ``haft``: `WEAK`; ``yek`` and ``du`` are
    # Kurmanji's, ``do`` Hindi's too), with the Dari spellings (``yak``, ``shash``, ``seh``)
    "sefr": "0", "sifr": "0", "yak": "1", "se": "3", "seh": "3", "chahar": "4", "chahaar": "4",
    "panj": "5", "shesh": "6", "shish": "6", "shash": "6", "haft": "7",
    "hasht": "8", "noh": "9", "nuh": "9",
    # Somali spellings beside the ones above
    "labo": "2", "sadex": "3", "todobo": "7", "toddobo": "7", "sagal": "9",
}  # fmt: skip
WEAK = frozenset(("do", "se", "ek", "teen", "char", "haft"))
"""Number words that are everyday Norwegian or English words too (``do``, ``se``, ``teen``,
``char``…): a run holding one is read only for the numbers with check digits (as beside a
currency), and the run without the weak words at its ends is read as any run. ``Se en to tre
fire …`` stays a run of its own; ``shunya ek do teen …`` is read for an identity number. A weak
word between two words of its own language, one of them no weak word, is read as a number word
(`_vouched`): ``… du se chahar …`` is Dari throughout, ``se to tre`` is no Dari."""
_HINDI = ("shunya", "shoonya", "sunya", "sifar", "chaar", "paanch", "panch", "chhe", "chhah",
          "chhay", "saat", "aath", "nau")  # fmt: skip
_DARI = ("sefr", "sifr", "yak", "yek", "du", "seh", "chahar", "chahaar", "panj", "shesh",
         "shish", "shash", "hasht", "noh", "nuh")  # fmt: skip
_LANGUAGE = {
    "do": frozenset((*_HINDI, *_DARI, "ek", "teen", "char", "se", "haft")),
    "ek": frozenset((*_HINDI, "do", "teen", "char")),
    "teen": frozenset((*_HINDI, "ek", "do", "char")),
    "char": frozenset((*_HINDI, *_DARI, "ek", "do", "teen", "se", "haft")),
    "se": frozenset((*_DARI, "do", "char", "haft")),
    "haft": frozenset((*_DARI, "do", "char", "se")),
}
"""The words of each weak word's language(s) (Hindi/Urdu and Dari/Persian in Latin letters:
``do`` and ``char`` are both's), the weak words among them included."""
_TEENS = {
    "ti": "10", "elleve": "11", "tolv": "12", "tretten": "13", "fjorten": "14", "femten": "15",
    "seksten": "16", "sytten": "17", "atten": "18", "nitten": "19",
    "tio": "10", "elva": "11", "tretton": "13", "fjorton": "14", "sexton": "16",
    "sjutton": "17", "arton": "18", "nitton": "19",
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
    "zehn": "10", "elf": "11", "zwölf": "12", "zwoelf": "12", "dreizehn": "13",
    "vierzehn": "14", "fünfzehn": "15", "fuenfzehn": "15", "sechzehn": "16", "siebzehn": "17",
    "achtzehn": "18", "neunzehn": "19",
    "عشرة": "10", "عشره": "10", "عشر": "10", "ده": "10",
    "toban": "10",
    "deh": "10", "yazdeh": "11", "dozdeh": "12", "sêzdeh": "13", "çardeh": "14",
    "pazdeh": "15", "şazdeh": "16", "hevdeh": "17", "hejdeh": "18", "nozdeh": "19",
    "on": "10", "on bir": "11", "on iki": "12", "on üç": "13", "on dört": "14", "on beş": "15",
    "on altı": "16", "on yedi": "17", "on sekiz": "18", "on dokuz": "19",
    "دە": "10", "لس": "10", "دس": "10", "گیارہ": "11", "بارہ": "12", "تیرہ": "13",
    "چودہ": "14", "پندرہ": "15", "سولہ": "16", "سترہ": "17", "اٹھارہ": "18", "انیس": "19",
    "diez": "10", "once": "11", "doce": "12", "trece": "13", "catorce": "14", "quince": "15",
    "dieciséis": "16", "dieciseis": "16", "diecisiete": "17", "dieciocho": "18",
    "diecinueve": "19",
    # Spanish 21-29 are one word each (``veintitrés``), written with and without the accent
    "veintiuno": "21", "veintiún": "21", "veintiun": "21", "veintidós": "22", "veintidos": "22",
    "veintitrés": "23", "veintitres": "23", "veinticuatro": "24", "veinticinco": "25",
    "veintiséis": "26", "veintiseis": "26", "veintisiete": "27", "veintiocho": "28",
    "veintinueve": "29",
    "dix": "10", "onze": "11", "douze": "12", "treize": "13", "quatorze": "14", "quinze": "15",
    "seize": "16", "dix-sept": "17", "dix-huit": "18", "dix-neuf": "19",
    "десять": "10", "одиннадцать": "11", "двенадцать": "12", "тринадцать": "13",
    "четырнадцать": "14", "пятнадцать": "15", "шестнадцать": "16", "семнадцать": "17",
    "восемнадцать": "18", "девятнадцать": "19",
}  # fmt: skip
_TENS = {
    "tjue": "2", "tyve": "2", "tretti": "3", "tredve": "3", "førti": "4", "femti": "5",
    "seksti": "6", "sytti": "7", "åtti": "8", "nitti": "9",
    "tjugo": "2", "trettio": "3", "fyrtio": "4", "femtio": "5", "sextio": "6", "sjuttio": "7",
    "åttio": "8", "nittio": "9",
    "tredive": "3", "fyrre": "4", "halvtreds": "5", "tres": "6", "halvfjerds": "7", "firs": "8",
    "halvfems": "9",
    "twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7",
    "eighty": "8", "ninety": "9",
    "zwanzig": "2", "dreißig": "3", "dreissig": "3", "vierzig": "4", "fünfzig": "5",
    "fuenfzig": "5", "sechzig": "6", "siebzig": "7", "achtzig": "8", "neunzig": "9",
    "عشرون": "2", "عشرين": "2", "ثلاثون": "3", "ثلاثين": "3", "أربعون": "4", "اربعون": "4",
    "أربعين": "4", "اربعين": "4", "خمسون": "5", "خمسين": "5", "ستون": "6", "ستين": "6",
    "سبعون": "7", "سبعين": "7", "ثمانون": "8", "ثمانين": "8", "تسعون": "9", "تسعين": "9",
    "بیست": "2", "بيست": "2", "سی": "3", "سي": "3", "چهل": "4", "پنجاه": "5", "شصت": "6",
    "هفتاد": "7", "هشتاد": "8", "نود": "9",
    "labaatan": "2", "soddon": "3", "afartan": "4", "konton": "5", "lixdan": "6",
    "toddobaatan": "7", "siddeetan": "8", "sagaashan": "9",
    "bîst": "2", "sî": "3", "çil": "4", "pêncî": "5", "şêst": "6", "heftê": "7", "heştê": "8",
    "nod": "9",
    "yirmi": "2", "otuz": "3", "kırk": "4", "elli": "5", "altmış": "6", "altmis": "6",
    "yetmiş": "7", "yetmis": "7", "seksen": "8", "doksan": "9",
    "چل": "4", "پەنجا": "5", "شەست": "6", "حەفتا": "7", "هەشتا": "8", "نەوەد": "9",
    "شل": "2", "دېرش": "3", "دیرش": "3", "څلوېښت": "4", "پنځوس": "5", "شپېته": "6",
    "اویا": "7", "اتیا": "8", "نوي": "9",
    "بیس": "2", "تیس": "3", "چالیس": "4", "پچاس": "5", "ساٹھ": "6", "ستر": "7", "اسی": "8",
    "نوے": "9",
    "veinte": "2", "treinta": "3", "cuarenta": "4", "cincuenta": "5", "sesenta": "6",
    "setenta": "7", "ochenta": "8", "noventa": "9",
    "vingt": "2", "trente": "3", "quarante": "4", "cinquante": "5", "soixante": "6",
    "двадцать": "2", "тридцать": "3", "сорок": "4", "пятьдесят": "5", "шестьдесят": "6",
    "семьдесят": "7", "восемьдесят": "8", "девяносто": "9",
}  # fmt: skip
_TIMES = {
    "hundre": 100, "hundrede": 100, "hundra": 100, "hundred": 100,
    "tusen": 1000, "tusind": 1000, "thousand": 1000,
    "hundert": 100, "tausend": 1000,
    "مئة": 100, "مائة": 100, "ألف": 1000, "الف": 1000, "صد": 100, "هزار": 1000,
    "boqol": 100, "sed": 100, "hezar": 1000, "yüz": 100, "yuz": 100, "bin": 1000,
    "سەد": 100, "هەزار": 1000, "سل": 100, "زر": 1000, "سو": 100, "ہزار": 1000,
}  # fmt: skip
"""Words that multiply the number before them (``fem hundre og tolv``: 512, ``nitten hundre og
nittito``: 1992, ``to tusen og tre``: 2003)."""
_V = TypeVar("_V")
_SPELLINGS = (("ہ", "ه"), ("ې", "ی"), ("ی", "ي"), ("ک", "ك"))
"""Letters of Arabic script that keyboards write either way (Urdu's and Pashto's own letters,
Persian and Arabic yeh and kaf): each word is also known in the other spelling."""


def _spelled(words: dict[str, _V]) -> None:
    for plain, other in _SPELLINGS:
        for word in [w for w in words if plain in w]:
            words.setdefault(word.replace(plain, other), words[word])


for _words in (_UNITS, _TEENS, _TENS):
    _spelled(_words)
_spelled(_TIMES)
_AND = "og|och|and|und|[ \u00a0]*و[ \u00a0]*|[ \u00a0]+(?:û|iyo)[ \u00a0]+"
"""The word that joins the parts of a number (``fireogtretti``, ``hundre og tolv``)."""
_NONZERO = {word: digit for word, digit in _UNITS.items() if digit != "0"}


def _either(words: dict[str, str] | dict[str, int] | set[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = _either(_UNITS)
_UNIT_NONZERO = _either(_NONZERO)
_TEN = _either(_TENS)
_SHADOWED = {
    word: said
    for said_words in (_TEENS, _UNITS)
    for word, said in said_words.items()
    if any(word != other and word.startswith(other) for other in (*_TIMES, *_TENS, *_TEENS))
}
"""Words an earlier branch of ``_WORD`` would cut short (Turkish ``on``, 10, before English
``one``): tried first, as whole words."""
_WORD = (
    rf"(?:(?P<whole>{_either(_SHADOWED)})(?![^\W\d_])"
    rf"|(?P<times>{_either(_TIMES)})"
    rf"|(?P<old>{_UNIT_NONZERO})(?:{_AND})(?P<oldten>{_TEN})"  # fireogtretti: 34
    rf"|(?P<ten>{_TEN})(?:-?(?P<tenunit>{_UNIT_NONZERO}))?"  # tretti, trettifire, tretti-fire
    rf"|(?P<teen>{_either(_TEENS)})|(?P<unit>{_UNIT}))"
)
_TOKEN = re.compile(rf"{_WORD}|(?P<digits>[0-9]+)")
"""One number word or group of digits (a run's pieces are read one after the other)."""
_ALL_WORDS = (*_UNITS, *_TEENS, *_TENS, *_TIMES)
_ANY_WORD = "|".join(  # the same words without groups, by first letter (tried one branch a letter)
    f"{first}(?:{'|'.join(sorted(rest, key=len, reverse=True))})"
    for first, rest in sorted(
        {w[0]: {v[1:] for v in _ALL_WORDS if v[0] == w[0]} for w in _ALL_WORDS}.items()
    )
)
_AFTER_TIMES = "".join(
    f"(?<={word})" if i == 0 else f"|(?<={word})" for i, word in enumerate(_TIMES)
)
_SPANISH_TENS = ("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
                 "noventa")  # fmt: skip
_AFTER_SPANISH_TEN = "|".join(f"(?<={word})" for word in _SPANISH_TENS)
_SEP = (
    rf"(?:(?:{_AFTER_TIMES})[ \u00a0\t]+(?:{_AND})[ \u00a0\t]+"  # `hundre og tolv`
    # Spanish joins a ten and its unit with `y` (`treinta y uno`: 31): after a Spanish ten only
    rf"|(?:{_AFTER_SPANISH_TEN})[ \u00a0\t]+y[ \u00a0\t]+"
    r"|[ \u00a0\t]*[,;\u060c]?[ \u00a0\t]+|[ \u00a0\t]*[-\u2010-\u2015\u2212/.][ \u00a0\t]*)"
)
_PIECE = rf"(?:(?:{_ANY_WORD})(?:(?:{_AND})?(?:{_ANY_WORD}))*+|[0-9]++)(?![\w])"
"""Number words written together (``førtien``, ``fireogtretti``, ``nittenhundreognittito``), or a
group of digits."""
_FIRST = "".join(sorted({w[0] for w in _ALL_WORDS}))
_RUN = re.compile(rf"{_PIECE}(?:{_SEP}{_PIECE})++")
"""A run of at least two pieces (number words, ``fireogtretti`` as one, or digit groups)."""
_START = re.compile(rf"[{_FIRST}0-9](?<![\w].)(?<=(?={_PIECE}{_SEP}{_PIECE})[\s\S])")
"""Where a run starts (a word's start): one scan whose first character is a class, so the
engine skips in C every other character, the run looked for only there."""
_LETTER = re.compile(r"[^\W\d_]")
_CURRENCY_BEFORE = re.compile(r"(?i)(?:\bkr\.?|\bnok|\bkroner|[€$£])[ \u00a0]*\Z")
_CURRENCY_AFTER = re.compile(r"(?i)[ \u00a0]*(?:kr\b|kroner|nok\b|,-|euro|dollar)")


def _said(token: re.Match[str]) -> str:
    """The digits a number token says (not a multiplier)."""
    if token.group("digits"):
        return token.group("digits")
    if token.group("whole"):
        return _SHADOWED[token.group("whole").lower()]
    if token.group("old"):
        return _TENS[token.group("oldten").lower()] + _UNITS[token.group("old").lower()]
    if token.group("ten"):
        unit = token.group("tenunit")
        return _TENS[token.group("ten").lower()] + (_UNITS[unit.lower()] if unit else "0")
    if token.group("teen"):
        return _TEENS[token.group("teen").lower()]
    return _UNITS[token.group("unit").lower()]


_Token = tuple[str, int, bool]
"""A number's digits (``""`` for a multiplier), the multiplier (1 for a number), spoken or not."""


def _tokens(run: str) -> list[_Token]:
    tokens: list[_Token] = []
    for token in _TOKEN.finditer(run):
        if token.group("times"):
            tokens.append(("", _TIMES[token.group("times").lower()], True))
        else:
            tokens.append((_said(token), 1, not token.group("digits")))
    return tokens


def _joined_tens(tokens: list[_Token]) -> list[_Token]:
    """The tokens with each ten and the unit after it made one number (``nitti to``: 92)."""
    joined: list[_Token] = []
    for said, times, spoken in tokens:
        last = joined[-1] if joined else None
        if (
            last is not None
            and spoken
            and last[2]
            and len(said) == 1
            and said != "0"
            and len(last[0]) == 2
            and last[0][1] == "0"
            and last[0] != "10"
        ):
            joined[-1] = (last[0][0] + said, 1, True)
        else:
            joined.append((said, times, spoken))
    return joined


def _compound(tokens: list[_Token], at: int, times: int) -> tuple[int, int] | None:
    """A number built with ``hundre`` (``times`` 100) or ``tusen`` (1000) starting at ``at``:
    its value and where it ends. A base of one or two digits may come first (none says one);
    after the multiplier, the part below it: for ``tusen`` a compound with ``hundre`` or digits,
    for ``hundre`` digits, up to as many as the multiplier has zeros."""
    i = at
    base = 1
    based = i + 1 < len(tokens) and tokens[i][1] == 1 and tokens[i + 1][1] == times
    if based and len(tokens[i][0]) <= 2:
        base, i = int(tokens[i][0]), i + 1
    if i >= len(tokens) or tokens[i][1] != times:
        return None
    value = base * times
    i += 1
    if times == 1000 and (inner := _compound(tokens, i, 100)) is not None:
        return value + inner[0], inner[1]
    below = ""
    width = len(str(times)) - 1
    while i < len(tokens) and tokens[i][1] == 1 and len(below) + len(tokens[i][0]) <= width:
        below += tokens[i][0]
        i += 1
    return value + (int(below) if below else 0), i


def digits_of(run: str, *, join_tens: bool = True, build: bool = True) -> tuple[str, int]:
    """The digits a run of number words and digit groups says, and how many are spoken: a
    multiplier builds a number with what stands around it (``fem hundre og tolv``: 512), a ten
    and a unit make one number (``nitti to``: 92). ``build=False`` reads a multiplier as its
    zeros (``fem hundre, null fire``: 50004), ``join_tens=False`` a ten and a unit apart."""
    tokens = _tokens(run)
    return _digits(_joined_tens(tokens) if join_tens else tokens, build=build)


def _digits(tokens: list[_Token], *, build: bool) -> tuple[str, int]:
    digits: list[str] = []
    spoken = 0
    i = 0
    count = len(tokens)
    while i < count:
        near = tokens[i][1] != 1 or (i + 1 < count and tokens[i + 1][1] != 1)
        found = (
            (_compound(tokens, i, 1000) or _compound(tokens, i, 100)) if build and near else None
        )
        if found is not None:
            value, end = found
            said = str(value)
            words = any(t[2] for t in tokens[i:end])
            i = end
        else:  # a number, or a multiplier that builds nothing (``hundre`` after ``99 999``)
            said, words = tokens[i][0] or "0" * (len(str(tokens[i][1])) - 1), tokens[i][2]
            i += 1
        digits.append(said)
        spoken += len(said) if words else 0
    return "".join(digits), spoken


_TEN_OR_UNIT = re.compile(r"(?<![\w])tres(?![\w])")
"""A word that is a ten in one language and a unit in another (Danish ``tres`` is 60, Spanish
``tres`` 3): a run holding it is read both ways."""


def readings(run: str) -> list[tuple[str, int]]:
    """Every way a reader may take a run (``digits_of`` with and without building numbers and
    joining tens), each once: ``nitti to`` is 92 to one reader and 902 to another. The run is
    read into words once; a run with no multiplier is built one way only."""
    found = _readings(run)
    if _TEN_OR_UNIT.search(run) is not None:
        for digits, spoken in _readings(_TEN_OR_UNIT.sub("três", run)):
            if all(digits != seen for seen, _ in found):
                found.append((digits, spoken))
    return found


def _readings(run: str) -> list[tuple[str, int]]:
    tokens = _tokens(run)
    joined = _joined_tens(tokens)
    if len(tokens) > LONG_RUN:  # no one number: read one way (its digits are all one run)
        return [_digits(joined, build=True)]
    builds = (True, False) if any(times != 1 for _, times, _ in tokens) else (False,)
    seen: dict[str, int] = {}
    for words in (joined, tokens) if len(joined) != len(tokens) else (tokens,):
        for build in builds:
            digits, spoken = _digits(words, build=build)
            seen.setdefault(digits, spoken)
    return list(seen.items())


def year_of(words: str) -> int | None:
    """The year ``words`` says, 1900 to 2099 (``nittenhundreognittito``, ``nitten nittito``,
    ``to tusen og tre``, ``nineteen ninety-two``), or None."""
    run = _RUN.fullmatch(words.lower()) or re.fullmatch(_PIECE, words.lower())
    if run is None:
        return None
    digits, spoken = digits_of(run.group())
    if spoken == 0 or len(digits) != 4 or not "1900" <= digits <= "2099":
        return None
    return int(digits)


_COUNTING = frozenset(
    "".join(map(str, range(first, last + 1))) for first in (0, 1) for last in range(5, 21)
)
"""Counting from nought or one (``en, to, tre … ti``: ``12345678910``), as an interview guide's
language test or a note on a language writes it: no one's number, in any language."""


def runs(text: str) -> list[tuple[int, int, str, bool]]:
    """Every run of spoken digits in ``text``: ``(start, end, digits, amount)``, in order;
    ``amount`` when a currency stands beside a run of fewer than ``AMOUNT_DIGITS`` digits (only
    a number with check digits is read there: no amount has them by chance)."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose small form is longer (İ): keep the offsets
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    found: list[tuple[int, int, str, bool]] = []
    at = 0
    while (start := _START.search(low, at)) is not None:
        run = _RUN.match(low, start.start())
        if run is None:  # cannot happen: _START looked for a run there
            at = start.end()
            continue
        at = run.end()
        if _LETTER.search(low, run.start(), run.end()) is None:
            continue  # digit groups alone: no word, so fewer than `MIN_SPOKEN` spoken digits
        for begin, end, weak in _weighed(low, run.start(), run.end()):
            for digits, spoken in readings(low[begin:end]):
                if spoken < MIN_SPOKEN or len(digits) < MIN_DIGITS or digits in _COUNTING:
                    continue
                amount = weak or (
                    len(digits) < AMOUNT_DIGITS
                    and bool(
                        _CURRENCY_BEFORE.search(text, max(0, begin - 8), begin)
                        or _CURRENCY_AFTER.match(text, end)
                    )
                )
                found.append((begin, end, digits, amount))
    return found


_PIECE_AT = re.compile(_PIECE)


def _weighed(low: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A run, and whether it holds a `WEAK` word; with one, also the run without the pieces
    that hold one at its ends (when a run of two pieces or more is left)."""
    pieces = [(m.start(), m.end()) for m in _PIECE_AT.finditer(low, start, end)]
    words = [_words_in(low[a:b]) for a, b in pieces]
    weak = [
        any(w in WEAK for w in piece) and not _vouched(words, i) for i, piece in enumerate(words)
    ]
    if not any(weak):
        return [(start, end, False)]
    first, last = 0, len(pieces)
    while first < last and weak[first]:
        first += 1
    while last > first and weak[last - 1]:
        last -= 1
    found = [(start, end, True)]
    if last - first >= 2 and (first, last) != (0, len(pieces)):
        found.append((pieces[first][0], pieces[last - 1][1], any(weak[first:last])))
    return found


def _vouched(words: list[list[str]], at: int) -> bool:
    """Whether the piece at ``at``, one weak word, stands between two pieces of one word each
    of its language, at least one of them no weak word (see `WEAK`)."""
    if len(words[at]) != 1 or not 0 < at < len(words) - 1:
        return False
    kin = _LANGUAGE.get(words[at][0], frozenset())
    beside = (words[at - 1], words[at + 1])
    return all(len(w) == 1 and w[0] in kin for w in beside) and any(
        w[0] not in WEAK for w in beside
    )


def _words_in(piece: str) -> list[str]:
    """The number words of one piece (``dose`` is ``do`` and ``se``)."""
    return [token.group() for token in _TOKEN.finditer(piece) if not token.group("digits")]
