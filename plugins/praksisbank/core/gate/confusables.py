"""Letters and digits that Unicode's compatibility folding (NFKC) leaves as they are, read as
the Latin letter or the digit a reader sees (issue 17, attack round 4): the gate would otherwise
pass `🅰🅼🅸🆁 🅷🅰🆂🆂🅰🅽`, `Amir Hɑssɑn`, `Paweł` or a number written `➊➐⓿…`.

Read from the character database, not from a table of examples:
- a letter whose Unicode name ends in `LATIN CAPITAL LETTER X` or `LATIN SMALL LETTER X`, with or
  without `WITH …` (`NEGATIVE SQUARED LATIN CAPITAL LETTER A`, `LATIN SMALL LETTER L WITH
  STROKE`, `LATIN CAPITAL LETTER D WITH STROKE`), or `LATIN SMALL LETTER ALPHA`, reads as `X` in
  its case: one character for one, so offsets stay. Combining letters, letters that NFKC spells
  as several characters (`⒜`) and the letters the name rules hold as they are (`æ`, `ø`, `å`,
  `ü`, `ş` …) are left alone;
- a character with a digit value (`unicodedata.digit`) that is not a decimal digit and that NFKC
  leaves a single character (`❶`, `➊`, `⓿`, `①`, Ethiopic `፩`) reads as that digit (a decimal
  digit of any script is read as one already), in every block (round 6: Ethiopic digits were
  folded by ``anonymity.reading._fold`` but never met, as the normaliser's pattern knew only these
  blocks' digits). Numerals that are no digits (``፲``, ``十``, ``Ⅻ``): ``numerals.py``.

Only the blocks that hold such characters are read (Latin, IPA, phonetic, letterlike and
enclosed forms, Latin Extended-C/D/E, half- and full-width forms, the enclosed alphanumerics of
the supplementary plane): a few thousand look-ups once a process. Letters of other scripts that
only look Latin (Lisu `ꓮ`, Cherokee `Ꭺ`, Coptic `Ⲏ`, turned letters `ɐ`) have no such name and
are not read here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

from praksisbank.core.gate.prefilter import OneCharacter

_BLOCKS = (
    (0x0080, 0x0250), (0x0250, 0x02B0), (0x1D00, 0x1E00), (0x1E00, 0x1F00), (0x2070, 0x20A0),
    (0x2100, 0x2150), (0x2150, 0x2190), (0x2460, 0x2500), (0x2776, 0x2794), (0x2C60, 0x2C80),
    (0xA720, 0xA800), (0xAB30, 0xAB70), (0xFF00, 0xFFF0), (0x1D400, 0x1D800),
    (0x1DF00, 0x1E000), (0x1F100, 0x1F200),
)  # fmt: skip
_LATIN_NAME = re.compile(r"(?:\A|\s)LATIN (CAPITAL|SMALL) LETTER ([A-Z]|ALPHA)(?: WITH [A-Z ]+)?\Z")
KEPT = frozenset("ÆØÅÄÖÜÉÈÁÍÓÚÇŞĞİÂÊÎÔÛæøåäöüéèáíóúçşğıâêîôûàëïß")
"""The letters the name rules read as they are."""


def _characters() -> list[str]:
    return [chr(code) for start, end in _BLOCKS for code in range(start, end)]


@cache
def latin_letters() -> dict[int, str]:
    """Every letter named as a Latin letter (see above) that is not a plain ASCII letter: the
    ASCII letter it reads as, for ``str.translate``."""
    table: dict[int, str] = {}
    for ch in _characters():
        if ch in KEPT or unicodedata.combining(ch) or unicodedata.category(ch).startswith("M"):
            continue
        if len(unicodedata.normalize("NFKC", ch)) != 1:
            continue
        named = _LATIN_NAME.search(unicodedata.name(ch, ""))
        if named is None:
            continue
        case, letter = named.groups()
        letter = "A" if letter == "ALPHA" else letter
        table[ord(ch)] = letter if case == "CAPITAL" else letter.lower()
    return table


@cache
def other_digits() -> str:
    """Every character with a digit value that is not a decimal digit and that NFKC leaves one
    character, as the inside of a regular-expression character class."""
    found = [  # every plane with characters (Ethiopic ፩, Kharoshthi 𐩀…), not only _BLOCKS
        ch
        for ch in map(chr, range(0x80, 0x20000))
        if unicodedata.digit(ch, None) is not None
        and not ch.isdecimal()
        and len(unicodedata.normalize("NFKC", ch)) == 1
    ]
    return char_class(ord(ch) for ch in found)


def char_class(codes: Iterable[int]) -> str:
    """The inside of a character class that holds ``codes``, runs of code points as ranges: the
    engine tests a class of a few ranges quickly, one of hundreds of single characters beyond
    the Basic Multilingual Plane one by one."""
    runs: list[list[int]] = []
    for code in sorted(set(codes)):
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi in runs
    )


# -- letters that only look Latin (issue 17, attack round 4, class 5) ---------------------------
# Lisu `ꓮ`, Cherokee `Ꭺ`, Coptic `Ⲏ`, the Latin alpha `ɑ` and the mathematical letters have no
# Latin name and no decomposition. Unicode's confusables data (UTS #39) says which Latin letter
# each looks like: `data/confusables_latin.txt`, the subset of its `confusables.txt` (Version
# 17.0.0) whose target is one ASCII letter, made by `scripts/make_confusables.py` (no pinned
# package carries that file). Letters of the scripts the name rules read as scripts (Greek,
# Cyrillic, Arabic...) are not in it. Turned letters (`ɐ`, `ɹ`, `ᴉ`, `ɯ`, `∀`: text written
# upside down) read as their letter by name (`LATIN SMALL LETTER TURNED A` is an `a`);
# `upright` reads a word of them the right way round.

_TURNED_NAME = re.compile(
    r"\A(?:LATIN (?P<case>CAPITAL |SMALL )?LETTER (?P<small_capital>SMALL CAPITAL )?TURNED "
    r"|(?P<turned_capital>TURNED CAPITAL ))(?P<letter>[A-Z])\Z"
)
_TURNED_OTHER = {"\u2200": "A", "\u018e": "E", "\u2141": "G", "\u2142": "L", "\u2144": "Y"}
"""Turned capitals named otherwise (`FOR ALL` is a turned A)."""


@cache
def turned_letters() -> dict[int, str]:
    """Every turned letter (by its Unicode name, and a few named otherwise): its letter."""
    table = {ord(ch): letter for ch, letter in _TURNED_OTHER.items()}
    for start, end in ((0x0180, 0x02B0), (0x1D00, 0x1D80), (0x2100, 0x2150), (0xA720, 0xA800)):
        for code in range(start, end):
            name = unicodedata.name(chr(code), "")
            named = _TURNED_NAME.match(name) if "TURNED" in name else None
            if named is not None:
                letter = named.group("letter")
                small = named.group("case") == "SMALL "  # a small capital reads as a capital
                table[code] = letter.lower() if small else letter
    return table


@cache
def lookalike_letters() -> dict[int, str]:
    """Every character the confusables data reads as one Latin letter, and every turned letter:
    that letter, for ``str.translate`` (one character for one)."""
    table: dict[int, str] = {}
    source = files("praksisbank.core.gate").joinpath("data/confusables_latin.txt")
    for line in source.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            hexadecimal, letter = line.split()
            if chr(int(hexadecimal, 16)) not in KEPT:
                table[int(hexadecimal, 16)] = letter
    table.update(turned_letters())
    for ch in _characters():  # `𝐦`: the data reads it as `rn`; its compatibility form is `m`
        compatible = unicodedata.normalize("NFKC", ch)
        single = len(compatible) == 1 and compatible.isascii() and compatible.isalpha()
        if single and ord(ch) not in table and ch not in KEPT:
            table[ord(ch)] = compatible
    for start, end in _LOOKALIKE_ONLY:  # the rest of those scripts: a letter of a name
        for point in range(start, end):
            ch = chr(point)
            if point not in table and ch.isalpha():
                table[point] = "X" if ch.isupper() or not ch.islower() else "x"
    return table


_SLASHED_ZERO = "\u00d8\u00f8\u01fe\u01ff\u019f\u0275\u04e8\u04e9"
"""Ø ø Ǿ ǿ Ɵ ɵ Ө ө: an O with a stroke or a bar through it."""


@cache
def digit_lookalikes() -> dict[str, str]:
    """Every character the confusables data reads as a digit (``data/confusables_digits.txt``,
    made by ``scripts/make_confusables.py``: Cyrillic ``З`` a 3, ``Ʒ`` a 3, ``Ƽ`` a 5, Cherokee
    ``Ꮞ`` a 4, ``O``, ``o``, ``I`` and ``l`` 0 and 1): that digit. A character with a numeric
    value of its own is read by it, not here. The slashed and barred O (``Ø``, ``ø``, ``Ɵ``,
    ``Ө``…) are read as 0 too: the confusables data has none of them, but a slashed zero is how
    typewriters, code fonts and forms draw 0 (``17Ø3925ØØØ4``, ``4Ø 61 23 45``)."""
    table: dict[str, str] = dict.fromkeys(_SLASHED_ZERO, "0")
    source = files("praksisbank.core.gate").joinpath("data/confusables_digits.txt")
    for line in source.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            hexadecimal, digit = line.split()
            table[chr(int(hexadecimal, 16))] = digit
    return table


_LOOKALIKE_ONLY = ((0x13A0, 0x1400), (0xAB70, 0xABC0), (0xA4D0, 0xA500), (0x2C80, 0x2D00))
"""Cherokee, Lisu and Coptic: scripts no text of ours is written in, used only for letters
that look Latin. A letter of theirs the confusables data does not map (`Ꮖ`) reads as an `X`,
so that a word of look-alikes stays one word of Latin letters."""


_CAPITAL_L = re.compile(
    r"(?<=[A-Z])l(?=[A-Z])|(?<=[A-Z]{2})l(?![^\W\d_])|(?<![^\W\d_])l(?=[A-Z]{2})"
)


def capital_i(text: str) -> str:
    """A small `l` among capitals read as an `I` (the confusables data reads `I`, `ꓲ`, `Ɩ` all as
    `l`): `AMlR` is `AMIR`, `RAHlMl` is `RAHIMI` (twice: one `I` makes the next one's capitals)."""
    if "l" not in text:
        return text
    return _CAPITAL_L.sub("I", _CAPITAL_L.sub("I", text))


_UPSIDE_DOWN = str.maketrans("unbqdpMWı", "nuqbpdWMi")
"""Latin letters that read as another when turned over: `u` upside down is an `n`."""


@cache
def _turned() -> re.Pattern[str]:
    return re.compile(f"[{char_class(turned_letters())}]")


@cache
def _turned_in() -> OneCharacter:
    return OneCharacter(_turned())


_TURNED_WORD = re.compile(r"[^\s]*[\u2200\u2141\u2142\u2144][^\s]*|[^\W\d_]{2,}")


def upright(text: str) -> str:
    """``text`` with every word that holds a turned letter read the right way round (reversed,
    its letters turned back): `uɐssɐH` is `Hassan`. One character for one: offsets stay."""
    if not _turned_in().found(text):
        return text
    turned = _turned()

    spans: list[list[int]] = []  # runs of turned words, white space between
    for match in _TURNED_WORD.finditer(text):
        if turned.search(match.group()) is None:
            continue
        if spans and text[spans[-1][1] : match.start()].isspace():
            spans[-1][1] = match.end()  # upside down, the words come in reverse order too
        else:
            spans.append([match.start(), match.end()])
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        run = text[start:end].translate(_UPSIDE_DOWN).translate(turned_letters())[::-1]
        pieces += (text[done:start], run)
        done = end
    return "".join(pieces) + text[done:]
