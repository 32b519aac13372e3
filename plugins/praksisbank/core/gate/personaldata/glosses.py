"""A gloss between a cue and its value (attack round 11): a parenthesis, a bracket, an apposition
between commas or dashes, or a few words ending in a colon right after a birth word, a name's
label, a name's cue verb, a party or kin word, or a word of reaching an age
(`Fødselsdato (ifølge passet): 03.04.1994`, `Søkeren heter, ifølge tazkiraen, Sherzadwal`,
`Fødselsdato og -sted: 3. april 1994`). The one place every cue kind shares: `unglossed` gives
each such sentence with its gloss taken out, for the detectors that need a value right after its
cue to read again; `_Window.back` maps what they find to the original offsets.

A gloss holds no digit (a number in it is read where it stands, by the whole text's scan) and
no sentence's end; it is at most `_GLOSS_CHARS` long.

Imports: `dates.py` and the names package's cue tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from praksisbank.core.gate.names.cues import _CUE_VERBS, _CUE_WORDS, _KIN_CUES, _PARTY_CUES
from praksisbank.core.gate.names.lists import _NAME_HEADERS
from praksisbank.core.gate.personaldata.dates import _BIRTH_KEY, _BIRTH_STEMS
from praksisbank.core.gate.prefilter import may_hold

_GLOSS_CHARS = 80
"""The longest gloss taken out (`(etter den gregorianske kalenderen)` is 35)."""


_AGE_VERBS = r"fyller|fylte|fylle|runder|rundet|feirer|feiret|blir|ble"
"""A word of reaching an age: `fyller (ifølge tazkiraen) 30 år 3. april 2024`."""


_SP = r"[ \u00a0]"


def _label(words: str) -> str:
    return re.escape(words).replace(r"\ ", f"{_SP}+")


@cache
def _pattern() -> re.Pattern[str]:
    labels = "|".join(_label(h) for h in sorted(_NAME_HEADERS, key=len, reverse=True))
    birth = _BIRTH_KEY.removeprefix("(?i)")
    cue = (
        rf"{birth}|(?<![\w-])(?:(?P<label>{labels}|{_CUE_WORDS})|{_CUE_VERBS}|{_PARTY_CUES}|{_KIN_CUES}"
        rf"|{_AGE_VERBS})(?![\w-])"
    )
    inner = r"[^\d\n()\[\]]"
    gloss = (
        # a parenthesis or a bracket, perhaps with a colon after it
        rf"{_SP}*(?:\({inner}{{1,{_GLOSS_CHARS}}}?\)|\[{inner}{{1,{_GLOSS_CHARS}}}?\])"
        rf"(?P<pc>{_SP}*:)?"
        # an apposition between commas, or a comma and a colon (`Fornavn, ifølge tolken:`)
        rf"|{_SP}*,{_SP}+[^\d\n.!?;:,()]{{1,{_GLOSS_CHARS}}}?(?:,|(?P<cc>:))"
        # an apposition between dashes (set off by spaces)
        rf"|{_SP}+[-–—]{_SP}+[^\d\n.!?;:–—()]{{1,{_GLOSS_CHARS}}}?{_SP}+[-–—]"
        # up to four words ending in a colon (`og -sted:`, `etter etiopisk kalender:`)
        rf"|(?:{_SP}+-?[^\W\d_][\w-]*){{1,4}}(?P<wc>{_SP}*:)"
    )
    return re.compile(rf"(?i)(?:{cue})(?P<gloss>(?:{gloss}){{1,2}}?)(?={_SP}|\n)")


_NAME_STEMS = (
    "navn",
    "namn",
    "name",
    "heter",
    "het",
    "kalt",
    "kall",
    "søk",
    "klag",
    "enke",
    "famil",
    "signert",
    "undertegnet",
    "kjent",
    "fyll",
    "rund",
    "feir",
    "bli",
    "ble",
    "soyad",
    "ad",
    "фамил",
    "имя",
    "пріз",
    "ім'я",
    "magaca",
    "nav",
    "surname",
    *(cue for cue in _KIN_CUES.split("|") if "[" not in cue and "(" not in cue),
)
"""Every name cue's and age word's text holds one of these (lower-cased)."""


_STEMS = (*_BIRTH_STEMS, *_NAME_STEMS)
"""Every cue's text holds one of these (lower-cased): a text with none is not read."""


_SENTENCE_END = re.compile(r"(?<![0-9])[.!?](?:[ \u00a0]|\Z)|\n\n|\n[ \u00a0]*[-*|#>]")


_READ_AFTER = 160
"""How far after the gloss its value is looked for (the rest of the sentence, at most)."""


_READ_BEFORE = 60
"""How much of the sentence before the cue is kept (`Han er født – …`)."""


@dataclass(frozen=True, slots=True)
class _Window:
    """One sentence with a gloss taken out: the part before the gloss (from `start`, `before`
    characters), what stands for the gloss (`said`), the part after it (from `after`)."""

    start: int
    before: int
    gloss_end: int
    said: str
    after: str

    def text(self) -> str:
        return self.said + self.after

    def back(self, offset: int, n: int, *, is_end: bool) -> int | None:
        """The original offset of offset `n` of this window's text (which begins at `offset` in
        the joined text); None outside it."""
        n -= offset
        if n < 0 or n > len(self.said) + len(self.after):
            return None
        if n < self.before:
            return self.start + n
        said_end = len(self.said)
        if n < said_end or (is_end and n == said_end):
            return self.start + self.before if not is_end else self.gloss_end
        return self.gloss_end + n - said_end


def unglossed(text: str) -> list[_Window]:
    """Each sentence of `text` with a gloss right after a cue, the gloss taken out."""
    if not may_hold(text, _STEMS):
        return []
    windows: list[_Window] = []
    for match in _pattern().finditer(text):
        g0, g1 = match.span("gloss")
        colon = any(match.group(name) for name in ("label", "pc", "cc", "wc"))
        start = max(0, match.start() - _READ_BEFORE)
        ends = list(_SENTENCE_END.finditer(text, start, match.start()))
        if ends:
            start = ends[-1].end()
        stop = _SENTENCE_END.search(text, g1, g1 + _READ_AFTER)
        end = stop.end() if stop else min(len(text), g1 + _READ_AFTER)
        before = text[start:g0]
        said = before + (": " if colon else " ")
        after = text[g1:end].lstrip(" \u00a0")
        windows.append(_Window(start, len(before), end - len(after), said, after))
        if len(windows) >= 1000:
            break  # (a page of glosses is read for its first thousand)
    return windows


def joined(windows: list[_Window]) -> tuple[str, list[int]]:
    """The windows' texts joined by a paragraph break, and where each starts."""
    starts: list[int] = []
    pieces: list[str] = []
    at = 0
    for window in windows:
        starts.append(at)
        piece = window.text()
        pieces.append(piece)
        at += len(piece) + 2
    return "\n\n".join(pieces), starts
