"""Numbers written out in Norwegian words: runs of spoken digits, read as the digits they say.

``null tre null fire ni fire fem null null en ni`` is no number to the detectors, but any reader
reads it as one. ``runs`` finds each run of number words (``null``, ``en``/``ett``/``éin``,
``to`` … ``ni``, also ``syv``; the two-digit words ``ti`` … ``nitten`` and the tens ``tjue``
… ``nitti`` with or without a unit after them, ``trettifire``, ``tretti-fire``,
``fireogtretti``), joined by spaces, hyphens or commas, perhaps mixed with groups of digits
(``030494 fem null null en ni``), and returns the digits it says with where it stands; the gate
(``anonymity._scan``) runs its number detectors on those digits and reports what it finds at the
run.

A run counts when it says at least ``MIN_DIGITS`` digits of which at least ``MIN_SPOKEN`` are
spoken: ``to barn``, ``en av tre`` and ``fire 2019 2020`` are no numbers, and a sentence that
names an amount with one word before it (``to 4 512 300 kroner``) is not read as a phone number.
A run before or after a currency (``kr``, ``kroner``, ``NOK``) is an amount and not read.

Cheap on ordinary text: one pattern whose first character is a class of the letters the words
start with, tried at a word's start only.
"""

from __future__ import annotations

import re

MIN_DIGITS = 6
"""The fewest digits a run must say: fewer are no identity or phone number."""
AMOUNT_DIGITS = 11
"""A run of this many spoken digits or more is read even after `kr` or before `kroner`: an
identity or account number is not excused as an amount by the word put beside it."""
MIN_SPOKEN = 3
"""The fewest of them that are words: a number with a word or two beside it is not spoken."""

_UNITS = {
    "null": "0", "en": "1", "ett": "1", "éin": "1", "ein": "1", "to": "2", "tre": "3",
    "fire": "4", "fem": "5", "seks": "6", "sju": "7", "syv": "7", "åtte": "8", "ni": "9",
}  # fmt: skip
_TEENS = {
    "ti": "10", "elleve": "11", "tolv": "12", "tretten": "13", "fjorten": "14", "femten": "15",
    "seksten": "16", "sytten": "17", "atten": "18", "nitten": "19",
}  # fmt: skip
_TENS = {
    "tjue": "2", "tyve": "2", "tretti": "3", "tredve": "3", "førti": "4", "femti": "5",
    "seksti": "6", "sytti": "7", "åtti": "8", "nitti": "9",
}  # fmt: skip
_NONZERO = {word: digit for word, digit in _UNITS.items() if digit != "0"}


def _either(words: dict[str, str] | set[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = _either(_UNITS)
_UNIT_NONZERO = _either(_NONZERO)
_TEN = _either(_TENS)
_WORD = (
    rf"(?:(?P<old>{_UNIT_NONZERO})og(?P<oldten>{_TEN})"  # fireogtretti: 34
    rf"|(?P<ten>{_TEN})(?:-?(?P<tenunit>{_UNIT_NONZERO}))?"  # tretti, trettifire, tretti-fire
    rf"|(?P<teen>{_either(_TEENS)})|(?P<unit>{_UNIT}))"
)
_TOKEN = re.compile(rf"{_WORD}|(?P<digits>[0-9]+)")
"""One number word or group of digits (a run's pieces are read one after the other)."""
_ANY_WORD = "|".join(  # the same words without groups, by first letter (tried one branch a letter)
    f"{first}(?:{'|'.join(sorted(rest, key=len, reverse=True))})"
    for first, rest in sorted(
        {
            w[0]: {v[1:] for v in (*_UNITS, *_TEENS, *_TENS) if v[0] == w[0]}
            for w in (*_UNITS, *_TEENS, *_TENS)
        }.items()
    )
)
_SEP = r"(?:[ \u00a0\t]*[,;]?[ \u00a0\t]+|[ \u00a0\t]*[-\u2010-\u2015\u2212/.][ \u00a0\t]*)"
_PIECE = rf"(?:(?:{_ANY_WORD})(?:(?:og)?(?:{_ANY_WORD}))*+|[0-9]++)(?![\w])"
"""Number words written together (``førtien``, ``fireogtretti``), or a group of digits."""
_FIRST = "".join(sorted({w[0] for w in (*_UNITS, *_TEENS, *_TENS)}))
_RUN = re.compile(rf"{_PIECE}(?:{_SEP}{_PIECE})++")
"""A run of at least two pieces (number words, ``fireogtretti`` as one, or digit groups)."""
_START = re.compile(rf"[{_FIRST}0-9](?<![\w].)(?<=(?={_PIECE}{_SEP}{_PIECE})[\s\S])")
"""Where a run starts (a word's start): one scan whose first character is a class, so the
engine skips in C every other character, the run looked for only there."""
_CURRENCY_BEFORE = re.compile(r"(?i)(?:\bkr\.?|\bnok|\bkroner|[€$£])[ \u00a0]*\Z")
_CURRENCY_AFTER = re.compile(r"(?i)[ \u00a0]*(?:kr\b|kroner|nok\b|,-|euro|dollar)")


def _said(token: re.Match[str]) -> tuple[str, int]:
    """The digits a token says, and how many of them are spoken."""
    if token.group("digits"):
        return token.group("digits"), 0
    if token.group("old"):
        said = _TENS[token.group("oldten").lower()] + _UNITS[token.group("old").lower()]
    elif token.group("ten"):
        unit = token.group("tenunit")
        said = _TENS[token.group("ten").lower()] + (_UNITS[unit.lower()] if unit else "0")
    elif token.group("teen"):
        said = _TEENS[token.group("teen").lower()]
    else:
        said = _UNITS[token.group("unit").lower()]
    return said, len(said)


def runs(text: str) -> list[tuple[int, int, str]]:
    """Every run of spoken digits in ``text``: ``(start, end, digits)``, in order."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose small form is longer (İ): keep the offsets
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    found: list[tuple[int, int, str]] = []
    at = 0
    while (start := _START.search(low, at)) is not None:
        run = _RUN.match(low, start.start())
        if run is None:  # cannot happen: _START looked for a run there
            at = start.end()
            continue
        at = run.end()
        digits: list[str] = []
        spoken = 0
        for token in _TOKEN.finditer(run.group()):
            said, words = _said(token)
            digits.append(said)
            spoken += words
        joined = "".join(digits)
        if spoken < MIN_SPOKEN or len(joined) < MIN_DIGITS:
            continue
        if len(joined) < AMOUNT_DIGITS and (
            _CURRENCY_BEFORE.search(text, max(0, run.start() - 8), run.start())
            or _CURRENCY_AFTER.match(text, run.end())
        ):
            continue  # an amount; eleven digits or more are read whatever stands beside them
        found.append((run.start(), run.end(), joined))
    return found
