"""Cheap, exact tests that let a detector skip a text its pattern cannot match (stop 22).

A detector whose pattern needs an ASCII digit (``[0-9]``) skips a text without one
(`has_digit`); one whose case-insensitive pattern (``(?i)``) needs one of a few words skips a text
whose lower-cased form holds none of them (`may_hold`). Each test only says "cannot match"
when the pattern cannot: a skipped text would have given nothing.

Why lower-casing is exact for ``(?i)``: a character the engine matches case-insensitively with a
small letter lower-cases to that letter, except the four in `_FOLDED_APART` (the dotted and
dotless i, the long s, and the Kelvin sign, which ``str.lower`` does map to ``k``);
`tests/test_detector_findings.py` checks this over every code point for the letters the
detectors' words use. A text with one of them is never skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DIGIT = re.compile("[0-9]")
_FOLDED_APART = re.compile("[\u0130\u0131\u017f]")
"""Characters ``(?i)`` matches with a small ASCII letter that ``str.lower`` does not give it
(`İ` and `ı` with `i`, `ſ` with `s`)."""


def has_digit(text: str) -> bool:
    """Whether ``text`` holds an ASCII digit."""
    return _DIGIT.search(text) is not None


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern that needs one of ``words`` (small letters) somewhere
    in its match may match ``text``: false only when it cannot."""
    if _FOLDED_APART.search(text) is not None:
        return True
    low = _lower(text)
    return any(word in low for word in words)


@lru_cache(maxsize=2)
def _lower(text: str) -> str:
    """``text`` lower-cased, once for the detectors that read one text after another."""
    return text.lower()
