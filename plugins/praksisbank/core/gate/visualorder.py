"""Numbers in the order a reader sees them, where right-to-left text reorders them (attack
round 9, findings 4 and 6).

A browser lays out each line by the Unicode Bidirectional Algorithm (UAX #9). Digits next to
right-to-left letters (Hebrew, Arabic, Syriac, Thaana...) or after a right-to-left mark
(``&rlm;``, U+200F, the Arabic letter mark U+061C) join that run, and the groups of a run are
shown in reverse order: ``Opplysning: מספר 23763 030494 רשום.`` shows ``030494 23763``, an
identity number in the order a reader reads it, and ``Konto: חשבון 67890 34 1234`` shows an
account number ``1234 34 67890``. The gates read the text in its stored (logical) order and in
this visual order too, each line that holds a right-to-left character or mark laid out as a
browser lays it out in a left-to-right page (and, where it differs, as a paragraph with
``dir="auto"`` or in a PDF that takes its direction from its first letter).

The layout is python-bidi's (the Rust crate ``unicode-bidi``, which implements UAX #9). A text
with no right-to-left character (almost every text: one scan in C) costs nothing more, and one
whose numbers stand in the same order both ways (Arabic prose with a year) is not read again.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from bidi import get_base_level, get_display

from praksisbank.core.gate.confusables import char_class
from praksisbank.core.gate.prefilter import OneCharacter

_CONTROLS = "\u061c\u200f\u202b\u202e\u2067"
"""The Arabic letter mark, the right-to-left mark, embedding, override and isolate."""
_PLANES = (
    (0x0590, 0x0900),
    (0xFB1D, 0xFE00),
    (0xFE70, 0xFF00),
    (0x10800, 0x11000),
    (0x1E800, 0x1F000),
)
"""Where the characters written right to left are (Hebrew to the Arabic extensions, the
presentation forms, the historic scripts and Adlam, Mende Kikakui...)."""


@cache
def _right_to_left() -> re.Pattern[str]:
    codes = [
        code
        for start, end in _PLANES
        for code in range(start, end)
        if unicodedata.bidirectional(chr(code)) in ("R", "AL")
    ]
    return re.compile(f"[{char_class(codes)}{_CONTROLS}]")


_NUMBERS = re.compile(r"[0-9]+")


@cache
def _right_to_left_in() -> OneCharacter:
    return OneCharacter(_right_to_left())


def holds_right_to_left(text: str) -> bool:
    """Whether ``text`` holds a character written right to left or a mark that makes a run so (a
    text in Latin-1 answered from its bytes: it holds none)."""
    return _right_to_left_in().found(text)


def readings(text: str) -> list[str]:
    """``text`` as a reader sees it laid out, line by line, where that puts its numbers in
    another order than the stored text: in a left-to-right page, and, where it differs, with
    each line's direction taken from its first letter. Empty when no line is reordered so."""
    if not holds_right_to_left(text):
        return []
    rtl = _right_to_left()
    lines = text.split("\n")
    shown_left = [get_display(line, base_dir="L") if rtl.search(line) else line for line in lines]
    shown_auto = [  # the line's direction from its first letter (``dir="auto"``, a PDF)
        get_display(line) if shown != line and get_base_level(line) == 1 else shown
        for line, shown in zip(lines, shown_left, strict=True)
    ]
    stored = _NUMBERS.findall(text)
    found: list[str] = []
    for shown in ("\n".join(shown_left), "\n".join(shown_auto)):
        # the right-to-left words left out: their letters stand reversed, no word a detector
        # knows, and a keyword before them reaches the number a reader sees after them
        # (``Konto: חשבון 67890 34 1234`` shows ``1234 34 67890`` after «Konto»)
        bare = _SPACES.sub(" ", _letters().sub("", shown))
        if bare not in found and _NUMBERS.findall(bare) != stored:
            found.append(bare)
    return found


@cache
def _letters() -> re.Pattern[str]:
    """Words of letters written right to left, and the marks on them."""
    codes = [
        code
        for start, end in _PLANES
        for code in range(start, end)
        if unicodedata.bidirectional(chr(code)) in ("R", "AL", "NSM")
        and unicodedata.category(chr(code))[0] in "LM"
    ]
    return re.compile(f"[{char_class(codes)}]++")


_SPACES = re.compile("[ \u00a0]{2,}+")
