"""Cheap, exact tests that let a detector skip a text its pattern cannot match (stop 22).

A detector whose pattern needs an ASCII digit (``[0-9]``) skips a text without one
(`has_digit`); one whose case-insensitive pattern (``(?i)``) needs one of a few words skips a text
whose lower-cased form holds none of them (`may_hold`). Each test only says "cannot match"
when the pattern cannot: a skipped text would have given nothing.

Why lower-casing is exact for ``(?i)``: a character the engine matches case-insensitively with a
small letter lower-cases to that letter, except the three in `FOLDED_APART` (the dotted and
dotless i and the long s; the Kelvin sign ``str.lower`` does map to ``k``);
`tests/test_detector_findings.py` checks this over every code point for the letters the
detectors' words use. A text with one of them is never skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

FOLDED_APART = "\u0130\u0131\u017f"
"""Characters ``(?i)`` matches with a small ASCII letter that ``str.lower`` does not give it
(`İ` and `ı` with `i`, `ſ` with `s`)."""


def has_digit(text: str) -> bool:
    """Whether ``text`` holds an ASCII digit (``str.find`` for each: far quicker than a pattern's
    scan for a class of characters, which the engine tests one character at a time)."""
    return holds_any(text, "0123456789")


def holds_any(text: str, characters: str) -> bool:
    """Whether ``text`` holds one of ``characters`` (a few: each is a scan in C)."""
    return any(character in text for character in characters)


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern that needs one of ``words`` (small letters) somewhere
    in its match may match ``text``: false only when it cannot."""
    if holds_any(text, FOLDED_APART):
        return True
    low = lowered(text)
    return any(word in low for word in words)


def lowered_alike(text: str) -> str | None:
    """``text`` lower-cased, one character for one (offsets stay), where a case-insensitive
    pattern reads each letter as its lower-cased form; ``None`` for a text with one of
    `FOLDED_APART` (`İ` lower-cases to two characters)."""
    return None if holds_any(text, FOLDED_APART) else lowered(text)


@lru_cache(maxsize=2)
def lowered(text: str) -> str:
    """``text.lower()``, made once for the detectors that read one text after another. A text in
    Latin-1 is lowered through its bytes (`_LATIN1_LOWER`, the same characters: a tenth of the
    time)."""
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return text.lower()
    return data.translate(_LATIN1_LOWER).decode("latin-1")


_LATIN1_LOWER = bytes(ord(chr(code).lower()) for code in range(256))
"""``str.lower`` of each character below U+0100: one character below U+0100 each (checked by
`tests/test_detector_findings.py`)."""


def latin1(text: str) -> bool:
    """Whether every character of ``text`` is below U+0100 (a copy in C, no scan in Python)."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


class OneCharacter:
    """A search for one character class (a pattern that matches one character, any of a class)
    that a text in Latin-1 (most Norwegian text) answers without the engine's scan: such a text
    holds one only if it holds one of the class's characters below U+0100, which a byte
    translation finds (or none can be, for a class of other scripts only)."""

    __slots__ = ("_others", "_pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        low = {code for code in range(256) if pattern.fullmatch(chr(code)) is not None}
        self._others = bytes(code for code in range(256) if code not in low) if low else None

    def found(self, text: str) -> bool:
        """Whether the class has a character in ``text``: ``pattern.search(text) is not None``."""
        try:
            data = text.encode("latin-1")
        except UnicodeEncodeError:
            return self._pattern.search(text) is not None
        return self._others is not None and bool(data.translate(None, self._others))


class Keyed:
    """``pattern.finditer`` for a pattern whose every match starts with one of ``words`` read
    case-insensitively (its first part is ``(?i:word|…)``): the words are looked for in the
    lower-cased text with a case-sensitive scan, which the engine skips through in C, and the
    pattern is tried only there. A case-insensitive pattern gets no such skip: it is tried at
    every character. Exact for the reason `may_hold` is (one character for one when lowered; a
    text with one of `FOLDED_APART` goes to the pattern itself); ``tests/test_gate_speed.py``
    compares the two on texts made of the words."""

    __slots__ = ("_after", "_first", "_inside", "_pattern", "_starts")

    def __init__(
        self,
        pattern: re.Pattern[str],
        words: tuple[str, ...],
        *,
        inside: bool = False,
        apart: str = "",
    ) -> None:
        """With ``inside``, a word may stand inside the word a match starts (``\\w*nummer``):
        every match starts where a word (a run of ``\\w``) starts, and the pattern is tried at
        the start of each word holding one of ``words``.

        With ``apart`` (the inside of a character class, ``\\w.-``), the pattern opens with
        ``(?<![apart])`` read case-insensitively: the words are looked for only at the text's
        start and after a character that is not of the class in the lower-cased text, one scan
        that the engine skips through in C to the characters outside the class (most text is
        letters: a word's first letter stops the scan without it). Exact where a character
        that ``(?i)`` does not read as one of the class lower-cases to none of it (checked
        over every code point for the class used, ``tests/test_gate_speed_stop26.py``)."""
        self._pattern = pattern
        self._inside = inside
        rests: dict[str, set[str]] = {}
        for word in words:
            rests.setdefault(word[0], set()).add(word[1:])
        starts = "|".join(  # by first letter: one branch tried at a letter, not each word
            f"{re.escape(first)}(?:{'|'.join(map(re.escape, sorted(rest)))})"
            for first, rest in sorted(rests.items())
        )
        self._starts = re.compile(starts)
        self._first: re.Pattern[str] | None = None
        self._after: re.Pattern[str] | None = None
        if apart:
            self._first = self._starts
            self._after = re.compile(f"[^{apart}](?:{starts})")

    def _next(self, low: str, at: int) -> int:
        """Where the next of ``words`` (a candidate's start) is, from ``at`` on; -1 if none."""
        if self._after is None or self._first is None:
            found = self._starts.search(low, at)
            return -1 if found is None else found.start()
        if at == 0 and self._first.match(low) is not None:
            return 0
        found = self._after.search(low, max(at - 1, 0))
        return -1 if found is None else found.start() + 1

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` gives, in order (no match of the pattern is empty)."""
        low = lowered_alike(text)
        if low is None:
            yield from self._pattern.finditer(text)
            return
        at = 0
        if self._inside:
            yield from self._from_word_starts(text, low)
            return
        while (start := self._next(low, at)) >= 0:
            match = self._pattern.match(text, start)
            if match is None:
                at = start + 1  # another word may start inside this one
                continue
            yield match
            at = max(match.end(), start + 1)

    def _from_word_starts(self, text: str, low: str) -> Iterator[re.Match[str]]:
        starts: set[int] = set()
        at = 0
        while (start := self._starts.search(low, at)) is not None:
            at = begin = start.start()
            while begin > 0 and _word_character(text[begin - 1]):
                begin -= 1
            starts.add(begin)
            at += 1
        done = 0
        for begin in sorted(starts):
            if begin >= done and (match := self._pattern.match(text, begin)) is not None:
                yield match
                done = max(match.end(), begin + 1)


def _word_character(character: str) -> bool:
    """Whether the engine's ``\\w`` matches ``character`` (a letter, digit or number of any
    script, or ``_``: checked over every code point by ``tests/test_gate_speed.py``)."""
    return character.isalnum() or character == "_"
