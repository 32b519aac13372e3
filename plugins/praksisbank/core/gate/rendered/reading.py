"""What a reader reads: ``readable`` makes a visible text the digits and letters a reader reads.

NFKC, decimal digits of every script as 0-9, letters that stand for a digit next to digits
(look-alikes from the confusables data), look-alike separators, a number spelled digit by
digit, right-to-left marks; and the small digit patterns the readings above share.

Imports the standard library, ``core.gate.confusables`` and ``core.gate.numerals``; nothing
of this package: the lowest layer.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from praksisbank.core.gate import anonymity, numerals
from praksisbank.core.gate.confusables import digit_lookalikes

# -- what a reader reads -----------------------------------------------------------------------

_DIGIT_FOR = digit_lookalikes()


def _confusable(likes: str) -> re.Pattern[str]:
    like = re.escape(likes)
    return re.compile(
        rf"[{like}](?:(?<![^\W\d_][{like}])[{like}]*+(?=[0-9])"
        rf"|(?<=[0-9][{like}])[{like}]*+(?![^\W\d_]))"
    )


_CONFUSABLE = _confusable("".join(sorted(ch for ch in _DIGIT_FOR if ch <= "\uffff")))
_CONFUSABLE_WIDE = _confusable("".join(sorted(_DIGIT_FOR)))
"""With the look-alikes beyond the Basic Multilingual Plane (Warang Citi, Osage…): a class
with them is tested range by range, ten times slower, so only for a text that holds such a
character."""
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
"""A letter standing for a digit (O, o, I, l, and every character the confusables data reads as
a digit: Cyrillic ``З``, ``Ʒ``, ``Ƽ``, Cherokee ``Ꮞ``, ``О``; ``confusables.digit_lookalikes``):
next to a digit and not part of a word (``1O2``, ``O1 02``, ``0l``, ``2З11``), never in one
(``CO2``, ``Oslo 12``)."""
_SHAPED_DIGITS = str.maketrans("ZSGB", "2568")
_SHAPED = re.compile(r"(?<=[0-9])(?<!%[0-9])[ZSGB]++(?=[0-9])")
"""Capitals shaped like a digit (Z 2, S 5, G 6, B 8) with digits on both sides (``17039ZS0004``):
inside a run of digits a reader reads them as digits. Only there: ``5G-nettet``, ``12B``, ``S2``
stay letters, and so does the hex digit of a percent code (``%2B46…`` is ``+46…``)."""
_LIKE_LETTERS = "".join(sorted({*(ch for ch in _DIGIT_FOR if ch <= "\uffff"), *"ZSGB"}))
_LIKE_DIGIT = {**_DIGIT_FOR, **dict(zip("ZSGB", "2568", strict=True))}
_LIKE_CLASS = f"[0-9{re.escape(_LIKE_LETTERS)}]"
_LIKE_CHAIN = re.compile(
    rf"{_LIKE_CLASS}(?<![\w]{_LIKE_CLASS}){_LIKE_CLASS}*+(?:[ \u00a0.-]{_LIKE_CLASS}++)*+(?![\w])"
)
_LIKE_NEAR_DIGIT = re.compile(
    rf"(?:[0-9][{re.escape(_LIKE_LETTERS)}]|[{re.escape(_LIKE_LETTERS)}][0-9]){_LIKE_CLASS}{{3}}"
    rf"|{_LIKE_CLASS}{{3}}(?:[0-9][{re.escape(_LIKE_LETTERS)}]|[{re.escape(_LIKE_LETTERS)}][0-9])"
)
"""What a run `_like_identity` reads holds: a digit and a look-alike side by side, and three
more of either after or before them (``5G-nettet``, ``CO2``, ``B52`` have none: no scan)."""
LIKE_DIGITS = 4
"""The fewest real digits among the letters of a run read as an identity number (``I7O392SOOO4``
has five)."""


def _like_identity(match: re.Match[str]) -> str:
    """A run of digits and letters shaped like digits (``I7O392SOOO4``: I 1, O 0, S 5, Z 2, G 6,
    B 8, and every look-alike of ``_DIGIT_FOR``) read as digits, when it holds at least
    ``LIKE_DIGITS`` digits and its reading is a valid identity number (the check digits keep a
    word or a code of such letters from being read so)."""
    run = match.group()
    read = "".join(_LIKE_DIGIT.get(ch, ch) for ch in run)
    digits = "".join(ch for ch in read if ch.isdigit())
    if sum(ch.isdigit() for ch in run) < LIKE_DIGITS or not anonymity.is_identity_number(digits):
        return run
    return read


_BIDI = re.compile("[\u202b\u202e\u2067\u200f\u061c]")
"""Right-to-left marks and overrides: a reader may see the digits after them in reverse."""
_SEPARATOR_LOOKALIKES = {
    **dict.fromkeys("\u2044\u2215\u29f8\uff0f", "/"),
    **dict.fromkeys("\u00b7\u2027\u30fb\u2219\u22c5\u1427\ua78f_", " "),
}
_LOOKALIKE_SEPARATOR = re.compile(
    f"(?<=[0-9])[ \u00a0]?([{''.join(_SEPARATOR_LOOKALIKES)}])[ \u00a0]?(?=[0-9])"
)
"""A slash or a dot that is no ASCII one between two digits (the fraction slash ``⁄``, the
division slash, the big solidus, the full-width slash; the middle dot ``·``, the hyphenation
point, the Katakana middle dot) and the underscore: a reader reads ``+93⁄70⁄123⁄4567`` and
``4·1·1·2·2·3·3·4`` as a phone number, ``1_7_0_…`` as an identity number. Read as ``/`` and
``.``, the separators the number readers know."""
_DIGIT_BY_DIGIT = re.compile(
    r"[0-9](?<![0-9.,/\-][0-9])([ \u00a0.\-])[0-9](?:\1[0-9]){6,14}+(?![0-9]|[.,/\-][0-9])"
)
"""Eight digits or more written one at a time with one separator between them (``4 1 1 2 2 3 3
4``, ``4.1.1.2.2.3.3.4``, ``4·1·1·…`` once folded): a reader reads one number, so the digits are
read together (a section number ``4.1.1.2`` has too few)."""
_NUMBER_RUN = re.compile(r"[0-9](?:[0-9 .\-\u00a0]*[0-9])?")


def _foldable() -> re.Pattern[str]:
    """The characters ``_folded`` changes, as one class: the regular expression engine skips all
    others (æ, ø, å and most letters of other scripts) in C."""
    plane = (chr(c) for c in range(0x80, 0x10000) if not 0xD800 <= c < 0xE000)
    listed = "".join(re.escape(ch) for ch in plane if _folded(ch) != ch)
    return re.compile(f"[{listed}\U00010000-\U0010ffff]")


_ORDINAL_MARKS = "ºª"
"""The ordinal indicators (``17º de marzo``): a reader reads a mark after the number, not the
letter ``o`` NFKC makes of it (which would read as a zero next to the digits: ``170``)."""


@functools.lru_cache(maxsize=4096)
def _folded(ch: str) -> str:
    """One character as a reader reads it: a digit of any script as 0-9, a compatibility form
    as its plain character (NFKC: full-width ``１``, ``－``, ``＠``, superscript, circled), a
    number in one glyph with its punctuation as its digits (``⑷``, ``⒋``, ``🄅``), a tag
    character as the ASCII it mirrors. A form that NFKC spells as several
    other characters is kept: ``…`` is not three full stops to a reader."""
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    if ch in _ORDINAL_MARKS:
        return ch
    if 0xE0020 <= ord(ch) <= 0xE007E:  # a tag character: the ASCII a program reads it as
        return chr(ord(ch) - 0xE0000)
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) == 1:
        return folded
    # One glyph, the digits in it: ``⑷⑴``, ``⒋⒈`` and ``🄅🄂`` read as 41, as the source gate
    # reads them (``anonymity.reading._OTHER_DIGITS``).
    digits = folded.strip("(),.")
    if digits.isdigit() and len(folded) - len(digits) <= 2:
        return digits
    return ch


_NEEDS_NFKC = _foldable()


_TAG_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\U000e0020-\U000e007e]+(?=\d)")
"""Tag characters between two digits a reader sees (``_folded`` reads others as the ASCII they
mirror): the reader reads the two digits as one number."""


def readable(text: str) -> str:
    """``text`` as a reader reads it: compatibility forms folded (``_folded``), digits of every
    script as 0-9, O, o, I and l that stand for a digit (``1O2``), and Z, S, G and B between
    digits (``9ZS0``) read as one. The result may differ in length. Numerals that are no
    digits (``፵፰``, ``四十八``, ``ⅩⅦ.Ⅲ.1992``) are read as their number first (``numerals.py``)."""
    text = numerals.read(text)
    if _TAG_BETWEEN_DIGITS.search(text):  # as nothing: a reader sees the digits side by side
        text = _TAG_BETWEEN_DIGITS.sub("", text)
    if _NEEDS_NFKC.search(text):
        text = _NEEDS_NFKC.sub(lambda m: _folded(m.group()), text)
    if _LOOKALIKE_SEPARATOR.search(text):
        text = _LOOKALIKE_SEPARATOR.sub(lambda m: _SEPARATOR_LOOKALIKES[m.group(1)], text)
    if _DIGIT_BY_DIGIT.search(text):
        text = _DIGIT_BY_DIGIT.sub(lambda m: m.group().replace(m.group(1), ""), text)
    # A run of them at once (``1OO2``, ``OO1``), never one inside a word.
    confusable = _CONFUSABLE_WIDE if _ASTRAL.search(text) else _CONFUSABLE
    text = confusable.sub(lambda m: "".join(_DIGIT_FOR[ch] for ch in m.group()), text)
    text = _SHAPED.sub(lambda m: m.group().translate(_SHAPED_DIGITS), text)
    if _LIKE_NEAR_DIGIT.search(text):  # letters of several shapes side by side (``2SOOO4``)
        text = _LIKE_CHAIN.sub(_like_identity, text)
    return text


_ANY_DIGIT = re.compile("[0-9]")


_NOT_DIGIT = re.compile(r"[^0-9]++")
