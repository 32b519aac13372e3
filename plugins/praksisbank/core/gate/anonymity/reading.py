"""Reading a document the way a reader does: invisible characters, other digits, entities,
percent escapes, inline tags and comments dropped or folded (`_Normalised`, which maps each
position back to the original), the separators a number may hold (`_SEP`), and merging spans.

Imports: the gate's helpers (`confusables`, `prefilter`, `numerals`); nothing of this
package.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from html.entities import html5

from praksisbank.core.gate import (
    numerals,
    prefilter,
)
from praksisbank.core.gate.confusables import other_digits

_INVISIBLE = (
    # format characters (Cf): soft hyphen, zero-width and direction marks, invisible operators,
    # word joiner, BOM, Arabic and Syriac marks, interlinear annotation, tags...
    "\u00ad\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001-\U000e001f\U000e007f"
    # combining marks on a digit (underlined, struck through), the grapheme joiner, variation
    # selectors, and the letters that show as nothing (Hangul fillers, Mongolian selectors)
    "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\ufe00-\ufe0f\U000e0100-\U000e01ef\u115f\u1160\u3164\uffa0\u17b4\u17b5\u180b-\u180f"
    # blanks that are no space to Python: Braille pattern blank (between digits; elsewhere a
    # space, `_fold`), Khitan filler (round 6)
    "\u2800\U00016fe4"
)
"""Characters a reader does not see: dropped, so `0102\u200e0312345` reads as the number shown."""


_INVISIBLE_CHAR = re.compile(f"[{_INVISIBLE}]")


_OTHER_DIGITS = (
    "\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u24ea\u2776-\u2792"
    "\u2474-\u247c\u2488-\u2490\U0001f100-\U0001f10a" + other_digits()
)  # ⓿, ❶, ➊: confusables.py
"""Digits that are not decimal digits (superscript, subscript, circled, parenthesised ``⑷``, with
a full stop ``⒋`` or a comma ``🄂``): shown as digits. The last three are one character each that
NFKC spells as two or three (``(4)``, ``4.``), so ``confusables`` leaves them; a reader reads
``⑷⑴⑴⑵`` as 4112 (attack round 10)."""


_TAG_TEXT = "\U000e0020-\U000e007e"
"""Unicode's tag characters that mirror ASCII (a tag digit, a tag letter): no browser shows them,
but they stay in the published page and its search record, where a program reads them back as
the ASCII they mirror (attack round 10: a phone number in tag digits). Read as that ASCII, one
character for one, but as nothing between two visible digits (``_tag_text``); the language tag
and the cancel tag stay invisible."""


_DOTS = "\uff0e\u3002\uff61\ufe52\u2024"
"""Dot look-alikes (full-width, ideographic, half-width ideographic, small, one-dot leader): read
as `.`, so `navn@gmail\u3002com` is an address."""


_GROUPING = "\u066c"
"""The Arabic thousands separator (``۰۷۹۸٬۹۸۰٬۵۳۹``): read as a space between digit groups."""


_FOLD = {
    "\uff20": "@", "\ufe6b": "@", "\uff0b": "+", _GROUPING: " ", **dict.fromkeys(_DOTS, "."),
}  # fmt: skip


_BRAILLE_BLANK = "\u2800"
"""The blank Braille cell: a space's width on the page, no space to Python. Outside a number it
is read as a space (dropped, it joined a name to the word before it: `møtte\u2800Amir Rahimi`,
the probe after round 9); between digits it is dropped with the invisible characters."""


def _hidden(original: str, start: int, used: int, token: str) -> str:
    """What a run of hidden characters stands for: nothing, or a space for a blank Braille cell
    that is not between two digits."""
    if _BRAILLE_BLANK not in token:
        return ""
    between = (
        original[start - 1 : start].isdigit()
        and original[start + used : start + used + 1].isdigit()
    )
    return "" if between else " "


def _tag_text(original: str, start: int, used: int, token: str) -> str:
    """What a run of tag characters stands for: the ASCII it mirrors, or nothing between two
    digits a reader sees, who reads those two as one number (`170590` + a tag `1` + `12355` is
    the 11-digit number shown; the probe after round 10)."""
    between = (
        original[start - 1 : start].isdigit()
        and original[start + used : start + used + 1].isdigit()
    )
    return "" if between else "".join(chr(ord(ch) - 0xE0000) for ch in token)


_PERCENT_KEEP = frozenset("0123456789@+.- ")


_INLINE_TAG = (
    r"</?(?:b|i|u|s|em|strong|span|mark|sup|sub|small|code|kbd|ins|del|wbr|br)"
    r"(?:\s[^<>\n0-9]{0,100})?/?>"
)


_COMMENT = r"<!--(?:[^-\n]|-(?!->)){0,200}+-->"


_ANNOTATION_REF = "&#(?i:x0*fff[{}]|0*(?:{}));"
"""A character reference to U+FFFA or U+FFFB (U+FFF9 too, for ``[9ab]``): hexadecimal or
decimal (65529-65531)."""


_SPECIAL = re.compile(
    # an interlinear annotation (U+FFFA, the note, U+FFFB; as characters or references) is read
    # as nothing: the annotated word reads whole (`\ufff9Amir\ufffaX\ufffb Hassan`; attack 9)
    rf"(?P<annotation>(?:\ufffa|{_ANNOTATION_REF.format('a', '65530')})"
    rf"(?:(?!{_ANNOTATION_REF.format('9ab', '65529|6553[01]')})[^\ufff9-\ufffb\n]){{0,200}}+"
    rf"(?:\ufffb|{_ANNOTATION_REF.format('b', '65531')}))"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});?"
    r"|%[0-9A-Fa-f]{2}"
    r"|\\(?=[!-/:-@\[-`{-~])"
    # markup a reader does not see between two digits: the digits show side by side
    rf"|(?P<join>(?<=[0-9])(?:[*`]|{_INLINE_TAG}|{_COMMENT})++(?=[0-9]))"
    rf"|(?P<tagged>[{_TAG_TEXT}]++)"
    rf"|(?P<hidden>[{_INVISIBLE}]++)"
    # numerals that are no digits (Ethiopic, Han, Roman; a date with a Roman day): numerals.py
    rf"|(?P<numeral>{numerals.PATTERN})"
    # one character for one: digits of other scripts and forms, full-width @ + .
    rf"|(?P<same>(?:[{_OTHER_DIGITS}\uff20\ufe6b\uff0b{_GROUPING}{_DOTS}]|(?![0-9])\d)++)"
)


_OTHER_DECIMALS = (
    r"\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f"
    r"\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f"
    r"\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f"
    r"\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29"
    r"\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819"
    r"\u1946-\u194f\u19d0-\u19d9\u1a80-\u1a89\u1a90-\u1a99"
    r"\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59"
    r"\ua620-\ua629\ua8d0-\ua8d9\ua900-\ua909\ua9d0-\ua9d9"
    r"\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9\uff10-\uff19"
    r"\U000104a0-\U000104a9\U00010d30-\U00010d39\U00011066-\U0001106f\U000110f0-\U000110f9"
    r"\U00011136-\U0001113f\U000111d0-\U000111d9\U000112f0-\U000112f9\U00011450-\U00011459"
    r"\U000114d0-\U000114d9\U00011650-\U00011659\U000116c0-\U000116c9\U00011730-\U00011739"
    r"\U000118e0-\U000118e9\U00011950-\U00011959\U00011c50-\U00011c59\U00011d50-\U00011d59"
    r"\U00011da0-\U00011da9\U00016a60-\U00016a69\U00016ac0-\U00016ac9\U00016b50-\U00016b59"
    r"\U0001d7ce-\U0001d7ff\U0001e140-\U0001e149\U0001e2f0-\U0001e2f9\U0001e950-\U0001e959"
    r"\U0001fbf0-\U0001fbf9"
)
"""The decimal digits of other scripts (what ``\\d`` matches beyond 0-9 in Python 3.11, Unicode
14), as ranges for a character class; ``tests/test_anonymity.py`` checks the list is whole."""


def _first_characters(roman: str) -> re.Pattern[str]:
    """The first character of every match of ``_SPECIAL``, as one character class that the regular
    expression engine tests in constant time: the few ASCII ones, the others of the Basic
    Multilingual Plane one by one, and every character beyond it (rare in text)."""
    wide = re.compile(
        f"[{_INVISIBLE}{_OTHER_DIGITS}\uff20\ufe6b\uff0b{_GROUPING}{_DOTS}{_OTHER_DECIMALS}"
        f"{numerals.FIRST}]"
    )
    plane = "".join(map(chr, range(0x80, 0x10000)))
    listed = "".join(re.escape(ch) for ch in wide.findall(plane))
    return re.compile(f"[&%\\\\*`<{roman}{listed}\U00010000-\U0010ffff]")


_TRIGGER = _first_characters(roman="")


_TRIGGER_ROMAN = _first_characters(roman="IVXLCDM0-9")  # a date with a Roman day (numerals.py)
"""With the capitals of Roman numerals and the digits (a day in digits before a Roman month,
``17 . III . 1992``): only for a text that holds such a date (``numerals.ROMAN_HINT``), so that
ordinary prose is not tried at every ``I``, ``D``, ``M`` and digit."""


_TRIGGER_LOWER = _first_characters(roman="IVXLCDMivxlcdm0-9")  # numerals.LOWER_HINT: the same


_TRIGGER_IN = prefilter.OneCharacter(_TRIGGER)


def _special(original: str) -> Iterator[re.Match[str]]:
    """What ``_SPECIAL.finditer`` finds, trying the pattern only where a match can start."""
    at = 0
    roman = numerals.ROMAN_HINT.search(original) is not None
    lower = numerals.LOWER_HINT.search(original) is not None  # ``xvii.iii.1992``
    if not roman and not lower and not _TRIGGER_IN.found(original):
        return  # (most Latin-1 text: answered from its bytes, without a scan)
    trigger_pattern = _TRIGGER_LOWER if lower else _TRIGGER_ROMAN if roman else _TRIGGER
    search, match = trigger_pattern.search, _SPECIAL.match
    while (trigger := search(original, at)) is not None:
        found = match(original, trigger.start())
        if found is None:
            at = trigger.start() + 1
        else:
            yield found
            at = found.end()


class _FoldTable(dict[int, str | None]):
    """For ``str.translate``: invisible characters dropped, every digit as an ASCII digit,
    full-width ``＠ ＋ ．`` as ``@ + .``; filled as characters are met."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        value: str | None = ch
        if 0xE0020 <= code <= 0xE007E:  # a tag character: the ASCII it mirrors (_TAG_TEXT)
            value = chr(code - 0xE0000)
        elif _INVISIBLE_CHAR.match(ch):
            value = None
        elif ch in _FOLD:
            value = _FOLD[ch]
        elif ch.isdigit() and not "0" <= ch <= "9":
            value = str(unicodedata.digit(ch))
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


def _fold(decoded: str) -> str:
    return decoded.translate(_FOLD_TABLE)


def _entity(token: str) -> tuple[str, int] | None:
    """The text an HTML character reference stands for, and how many characters it uses."""
    if token[1] == "#":
        hexadecimal = token[2] in "xX"
        digits = token[3:] if hexadecimal else token[2:]
        digits = digits.rstrip(";")
        value = int(digits, 16 if hexadecimal else 10)
        valid = 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF
        return (chr(value) if valid else "\ufffd"), len(token)
    name = token[1:]
    if name.endswith(";") and name in html5:
        return html5[name], len(token)
    name = name.rstrip(";")
    for size in range(len(name), 1, -1):  # legacy references without a semicolon
        if name[:size] in html5:
            return html5[name[:size]], size + 1
    return None


class _Normalised:
    """A normalised copy of a text, and the way back to offsets in the original."""

    __slots__ = ("_norm_len", "_norm_start", "_orig_len", "_orig_start", "text")

    def __init__(self, original: str) -> None:
        self._norm_start: list[int] = []
        self._orig_start: list[int] = []
        self._norm_len: list[int] = []
        self._orig_len: list[int] = []
        pieces: list[str] = []
        done = 0  # original text consumed
        size = 0  # normalised text produced
        for match in _special(original):
            token = match.group()
            start = match.start()
            replacement: str | None
            used = len(token)
            if match.lastgroup == "annotation":
                replacement = ""
            elif token[0] == "&":
                decoded = _entity(token)
                if decoded is None:
                    continue
                replacement, used = _fold(decoded[0]), decoded[1]
            elif token[0] == "%":
                ch = chr(int(token[1:], 16))
                if ch not in _PERCENT_KEEP:
                    continue
                replacement = ch
            elif match.lastgroup == "tagged":
                replacement = _tag_text(original, start, used, token)
            elif token == "\\" or match.lastgroup in ("join", "hidden"):
                replacement = _hidden(original, start, used, token)
            elif match.group("numeral") is not None:
                replacement = numerals.value(token)
                if replacement is None:
                    continue
            else:  # "same": as long as the token, so offsets inside it map one to one
                replacement = _fold(token)
            pieces.append(original[done:start])
            size += start - done
            pieces.append(replacement)
            self._norm_start.append(size)
            self._orig_start.append(start)
            self._norm_len.append(len(replacement))
            self._orig_len.append(used)
            size += len(replacement)
            done = start + used
        if not pieces:
            self.text = original
            return
        pieces.append(original[done:])
        self.text = "".join(pieces)

    def start(self, n: int) -> int:
        """The original offset of normalised offset `n` (a start)."""
        i = bisect_right(self._norm_start, n) - 1
        if i < 0:
            return n
        norm_start = self._norm_start[i]
        if n < norm_start + self._norm_len[i]:
            if self._norm_len[i] == self._orig_len[i]:  # character for character
                return self._orig_start[i] + n - norm_start
            return self._orig_start[i]
        return self._orig_start[i] + self._orig_len[i] + n - norm_start - self._norm_len[i]

    def end(self, n: int) -> int:
        """The original offset of normalised offset `n` (an exclusive end)."""
        if n <= 0:
            return 0
        i = bisect_right(self._norm_start, n - 1) - 1
        if i >= 0 and n - 1 < self._norm_start[i] + self._norm_len[i]:
            if self._norm_len[i] == self._orig_len[i]:  # character for character
                return self._orig_start[i] + n - self._norm_start[i]
            return self._orig_start[i] + self._orig_len[i]
        return self.start(n - 1) + 1


_H = (
    r"[ \t\r\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff"
    r".\-\u2010-\u2015\u2212*_~`\\]"
)


_TAG = rf"(?:{_INLINE_TAG}|{_COMMENT})"


_NL = r"[\n\v\f\x85\u2028\u2029]"


_HT = rf"(?:{_H}|{_TAG})"


# A separator between two digit groups: possessive and atomic, so it never backtracks.
_SEP = rf"(?>{_HT}++(?:{_NL}{_HT}*+)?|{_NL}{_HT}*+)"


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
