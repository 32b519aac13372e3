"""Numbers written with numerals that are no digits (issue 17, attack round 6, class 1): read as
the number a reader reads, so that the detectors see its digits.

A reader of `Mobil: ፵፰ ፵፱ ፲፮ ፶፩`, `Personnummer 一七〇五九二五〇〇九四` or `født ⅩⅦ.Ⅲ.1992` reads
a phone number, an identity number and a date. Every character here is read by its numeric
value in the character database (``unicodedata.numeric``), not from a table of examples:

- Ethiopic numerals (U+1369-U+137C): the digits ፩-፱ and the tens ፲-፺ add up, ፻ multiplies what
  stands before it by a hundred and ፼ by ten thousand (``፲፱፻፺፪`` is 1992); a run of digits
  only (``፩፯፩፩``) reads digit by digit, as a number is written out on a form;
- Han numerals (every ideograph with a numeric value: ``〇一二…九``, ``十百千万``, the financial
  forms ``壹贰叁``…): a run of digits only reads digit by digit (``一九九二``), a run with a unit
  as the number it builds (``一千九百九十二``, ``四十八``). Only a run that stands alone (no other
  Han character next to it) or that is six numerals or longer: a numeral inside a word or a name
  (``王一明``, ``什么``) is a letter of that word;
- Roman numerals of their own characters (U+2160-U+2188: ``Ⅻ``, ``ⅩⅦ``) as their value;
- a date of three parts, the day written in Roman numerals, in capitals, small letters or their
  own characters (``XVII.III.MCMXCII``, ``xvii.iii.1992``, ``ⅩⅦ.Ⅲ.1992``, ``XVII/3/1992``), each
  part within a date's range:
  written ``DD.MM.YYYY`` so that the date-of-birth rule judges it after its keyword. A Roman
  numeral on its own (``kapittel IV``, ``Del III``) or in a reference (``Rt. 1992``) is left.

`PATTERN` is the inside of a regular expression that matches one such token and `FIRST` the
characters it can start with (for the gate's trigger); `value` says what a token reads as (or
``None``: left as it is); `read` does both on a whole text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from praksisbank.core.base.dates import is_date
from praksisbank.core.gate.confusables import char_class

_ETHIOPIC = "\u1369-\u137c"
_ROMAN_CHARS = "\u2160-\u2182\u2185-\u2188"
_ROMAN_LETTERS = "IVXLCDM"
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_HAN_RANGES = ((0x3007, 0x3008), (0x4E00, 0xA000), (0xF900, 0xFB00))
_GREEK_VALUE = {
    **{ch: n for n, ch in enumerate("αβγδεϛζηθ", start=1)},
    **{ch: 10 * n for n, ch in enumerate("ικλμνξοπϟ", start=1)},
    **{ch: 100 * n for n, ch in enumerate("ρστυφχψωϡ", start=1)},
    "ς": 6, "ϙ": 90, "ͳ": 900,
}  # fmt: skip
"""The Greek alphabetic numerals (Milesian): letters for the units, tens and hundreds, the old
letters stigma, koppa and sampi among them; ``͵`` before one multiplies it by a thousand."""
_GREEK_LETTERS = "".join(sorted({*_GREEK_VALUE, *(ch.upper() for ch in _GREEK_VALUE)} - {"Σ"}))
_KERAIA = "\u0374\u02b9\u2032\u0384\u00b4'"  # and as keyboards type it
"""The numeral sign after a Greek numeral (``ιζʹ``), its compatibility form and the prime."""
_THOUSANDS = "\u0375"


@cache
def han_numerals() -> str:
    """Every ideograph with a numeric value, as the inside of a character class."""
    return char_class(
        code
        for start, end in _HAN_RANGES
        for code in range(start, end)
        if unicodedata.numeric(chr(code), None) is not None
    )


_HAN_ANY = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007"


_GAP = "[ \u00a0]{0,3}+"
"""The spaces a date's part may have on either side of its separator."""
_ROMAN_MONTH = "(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
_DIGIT_SEP = "(?:[ \u00a0]{1,3}+[.,/-]|,)[ \u00a0]{0,3}+"
_DIGIT_DAY = (
    f"[0-9](?<![\\w.,][0-9])[0-9]?+(?P<digit_sep>{_DIGIT_SEP}){_ROMAN_MONTH}"
    f"(?P=digit_sep)(?:[0-9]{{4}}+|[0-9]{{2}}+|[{_ROMAN_LETTERS}]{{2,11}}+)(?![\\w])"
)
"""A day in digits, a Roman month and a year, a space before each separator or commas between
them (``17 . III . 1992``, ``17, III, 1992``): ``17.III.1992`` and ``17. III. 1992`` the date
rules read as they stand (``personaldata.dates._DATE``); these they do not. The same separator
twice."""


def _pattern() -> str:
    han = han_numerals()
    letters = _ROMAN_LETTERS + _ROMAN_LETTERS.lower()
    roman = rf"[{letters}{_ROMAN_CHARS}]{{1,11}}+"
    part = rf"(?:{roman}|[0-9]{{1,4}}+)"
    first = f"[{letters}{_ROMAN_CHARS}]"
    greek = f"[{_GREEK_LETTERS}]"
    return (
        # a date whose day is a Roman numeral (its first character first: the engine skips others),
        # perhaps spaces around each separator (`ⅩⅦ. Ⅲ. MCMXCII`, `XVII . III . MCMXCII`), or
        # commas (`XVII, III, MCMXCII`)
        rf"{first}(?<![\w.]{first})(?:{roman})?{_GAP}(?P<roman_sep>[.,/-]){_GAP}{part}"
        rf"{_GAP}(?P=roman_sep){_GAP}{part}(?![\w])"
        # a day in digits and a Roman month with a space before each separator or commas
        # (`17 . III . 1992`, `17, III, 1992`): the spellings the date rules do not read
        rf"|{_DIGIT_DAY}"
        # a Greek numeral, its sign after it (`ιζʹ`, `͵αϡϙβʹ`)
        rf"|[{_THOUSANDS}{_GREEK_LETTERS}](?<![\w{_THOUSANDS}]{greek})(?<![\w]{_THOUSANDS})"
        rf"(?:(?<={_THOUSANDS}){greek})?(?:{_THOUSANDS}?{greek}){{0,5}}[{_KERAIA}]"
        rf"|[{_ETHIOPIC}]++|[{_ROMAN_CHARS}]++"
        rf"|(?<![{_HAN_ANY}])[{han}]++(?![{_HAN_ANY}])|[{han}]{{6,}}+"
    )


PATTERN = _pattern()
"""One numeral token (a regular expression without anchors; one named group, ``roman_sep``)."""
FIRST = _ROMAN_LETTERS + _ETHIOPIC + _ROMAN_CHARS + han_numerals() + _GREEK_LETTERS + _THOUSANDS
"""The characters a token can start with, as the inside of a character class."""
_TOKEN = re.compile(PATTERN)
_SEPARATOR = re.compile(r"[.,/-]")


def _numeric(ch: str) -> int:
    return int(unicodedata.numeric(ch, 0))


def _roman(token: str) -> int | None:
    """A Roman numeral's value, in ASCII capitals or in the numerals' own characters."""
    values = [_ROMAN_VALUE[ch] if ch in _ROMAN_VALUE else _numeric(ch) for ch in token]
    if not values or 0 in values:
        return None
    total = 0
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and v < values[i + 1] else v
    return total if total > 0 else None


def _additive(values: list[int], multiplies: bool) -> int:
    """A number of digits and units: Han units multiply the digit before them (``四十八``),
    Ethiopic tens add (``፵፰``) and its hundred and ten thousand multiply (``፲፱፻፺፪``)."""
    total = section = current = 0
    for v in values:
        if v >= 10000:
            total = (total + section + (current or (0 if section or total else 1))) * v
            section = current = 0
        elif v >= 100 or (multiplies and v >= 10):
            section += (current or 1) * v
            current = 0
        else:
            current += v
    return total + section + current


def _greek(token: str) -> int | None:
    """A Greek numeral's value (``͵αϡϙβʹ``: 1992)."""
    total, times = 0, 1
    for ch in token[:-1]:
        if ch == _THOUSANDS:
            times = 1000
            continue
        value = _GREEK_VALUE.get(ch.lower())
        if value is None:
            return None
        total, times = total + value * times, 1
    return total or None


def _roman_date(token: str) -> str | None:
    parts = [part.strip() for part in _SEPARATOR.split(token)]
    numbers = [int(p) if p.isdigit() else _roman(p.upper()) for p in parts]
    if len(numbers) != 3 or None in numbers:
        return None
    day, month, year = (int(n or 0) for n in numbers)
    if not (1900 <= year <= 2099 or (len(parts[2]) == 2 and parts[2].isdigit())):
        return None
    full = year if year >= 100 else 1900 + year
    if not is_date(full, month, day):
        return None
    return f"{day:02d}.{month:02d}.{parts[2] if parts[2].isdigit() else year}"


def value(token: str) -> str | None:
    """What a token of `PATTERN` reads as: its digits, or ``None`` when it reads as no number
    (a Roman 'date' that is no date)."""
    first = token[0]
    if token[-1] in _KERAIA:
        number = _greek(token)
        return None if number is None else str(number)
    if _SEPARATOR.search(token):
        return _roman_date(token)
    if first in _ROMAN_LETTERS or first in _ROMAN_LOWER:
        return None
    if "\u2160" <= first <= "\u2188":
        number = _roman(token)
        return None if number is None else str(number)
    values = [_numeric(ch) for ch in token]
    if all(v < 10 for v in values):
        return "".join(map(str, values))
    return str(_additive(values, multiplies=first < "\u1369" or first > "\u137c"))


_NOT_LATIN = re.compile(f"[{_ETHIOPIC}{_ROMAN_CHARS}{han_numerals()}{_KERAIA}]")
_HINT_PART = f"(?:[0-9]{{1,4}}+|[{_ROMAN_LETTERS}{_ROMAN_CHARS}]{{1,12}}+)"
ROMAN_HINT = re.compile(
    f"[{_ROMAN_LETTERS}](?<![\\w.][{_ROMAN_LETTERS}])[{_ROMAN_LETTERS}]{{0,11}}+"
    f"{_GAP}(?P<sep>[.,/-]){_GAP}{_HINT_PART}{_GAP}(?P=sep){_GAP}{_HINT_PART}(?![\\w])"
    f"|{_DIGIT_DAY}"
)
"""Whether a text may hold a date with a Roman day in capitals (most texts do not: the gate then
need not try every capital ``I``, ``D`` or ``M``)."""
_ROMAN_LOWER = _ROMAN_LETTERS.lower()
LOWER_HINT = re.compile(
    f"[{_ROMAN_LOWER}](?<![\\w.][{_ROMAN_LOWER}])[{_ROMAN_LOWER}]{{0,5}}+{_GAP}([.,/-]){_GAP}"
    f"(?:[{_ROMAN_LOWER}]{{1,4}}+|[0-9]{{1,2}}+){_GAP}\\1{_GAP}"
    f"(?:[0-9]{{2,4}}+|m[{_ROMAN_LOWER}]{{2,10}}+)(?![\\w])"
)
"""Whether a text may hold a date with a Roman day in small letters (``xvii.iii.1992``,
``xvii/3/mcmxcii``): a year in digits or from ``m`` on, so ``i.v.m.`` is none, and the gate
need not try every ``i``, ``d`` or ``m`` of ordinary prose. Words (``vi``, ``mi``, ``civil``)
make no date: the three parts must be a day, a month and a year (``_roman_date``)."""


def read(text: str) -> str:
    """``text`` with every numeral token read as its number (the length may change)."""
    if (
        _NOT_LATIN.search(text) is None
        and ROMAN_HINT.search(text) is None
        and LOWER_HINT.search(text) is None
    ):
        return text

    def replace(match: re.Match[str]) -> str:
        read_as = value(match.group())
        return match.group() if read_as is None else read_as

    return _TOKEN.sub(replace, text)
