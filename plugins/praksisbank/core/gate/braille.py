"""Braille cells in a text a reader sees: refused, whatever they spell (attack round 9).

A run of Unicode Braille patterns (U+2801-U+28FF: dots 1-8 as the bits of the code point) spells
digits, letters or a name to anyone who knows a table: ``⠼⠚⠉⠚⠙⠊⠙⠃⠉⠛⠋⠉`` is an 11-digit
number (the number sign ``⠼``, then the letters a-j as 1-0), ``⠠⠁⠍⠊⠗`` a capitalised name,
``⠴⠒⠴⠲`` digits in the lower cells (Antoine, 8-dot tables).

Decided: the gate does not read Braille as a table would; it refuses every cell. No text of a
decision, a note, a guide or a free page needs Braille cells. A blind reader's screen reader and
Braille display make Braille from the text itself; cells in the text are read aloud to them as
«braille pattern dots 1 3 4». A decision about an applicant who reads Braille says so in words. A
reading table would be one more table to evade (each country's literary code, contracted Grade 2,
Nemeth, Antoine, 8-dot computer Braille differ), while a refusal covers all of them. The class is
never excepted (``anonymity.NEVER_EXCEPTED``): what a run spells is unknown, so a marker cannot
name it as reviewed. The blank pattern U+2800 shows as nothing and is dropped with the invisible
characters (``anonymity.reading._INVISIBLE``).
"""

from __future__ import annotations

import re

WHAT_BRAILLE = "tekst i punktskrift (Braille-tegn)"

FIRST = "\u2801"
LAST = "\u28ff"
_CELL = f"[{FIRST}-{LAST}]"
_ANY = re.compile(_CELL)
RUN = re.compile(f"{_CELL}++(?:[ \u00a0.,:/-]{{1,3}}+{_CELL}++)*+")
"""A run of cells, with the spaces and punctuation a number or a name has between its parts (one
finding for ``⠼⠚⠉.⠼⠚⠙.⠼⠁⠊⠊⠙``)."""


def candidates(text: str) -> list[tuple[int, int, str, str, str]]:
    """Every run of Braille cells in ``text``: (start, end, what, masked, canonical)."""
    if _ANY.search(text) is None:  # one scan in C; most texts hold no cell
        return []
    return [
        (match.start(), match.end(), WHAT_BRAILLE, _masked(match.group()), match.group())
        for match in RUN.finditer(text)
    ]


def _masked(run: str) -> str:
    """A run shown in a message: how many cells, never the cells."""
    return f"{len(_ANY.findall(run))} tegn"
