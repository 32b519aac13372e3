"""Write ``plugins/praksisbank/core/gate/data/confusables_latin.txt``: the letters that Unicode's
confusables data (UTS #39, ``confusables.txt``) reads as one Latin letter, for the name rules;
and ``confusables_digits.txt``: the characters it reads as a digit, for the rendered-text gate.

No pinned package carries ``confusables.txt`` (confusable-homoglyphs ships its own JSON, of an
unstated Unicode version, and would be a new dependency), so the subset we need is committed:

    python scripts/make_confusables.py confusables.txt   # Version 17.0.0, www.unicode.org/Public/security/

A line is kept when its source is one character that is not ASCII, its target one ASCII letter,
and the source is not a letter of a script the gate reads as that script (Greek, Cyrillic,
Arabic, Ethiopic...: a name written in them is judged as such,
`names.scripts._SCRIPTS`). What is left
is the letters that only look Latin: Lisu, Cherokee, Coptic, mathematical and enclosed forms,
IPA and other Latin letters without a decomposition.

A digit's line is kept when its source is one character with no numeric value of its own (a
digit of another script is read by its value: Bengali ``৪`` is a four, not the eight it looks
like), not ASCII but ``I``, no combining mark and no space, and its target one ASCII digit, or
``O``/``o`` (the data's form of ``0``) or ``l`` (of ``1`` and ``I``): Cyrillic ``З`` is a 3,
``Ʒ`` a 3, ``Ƽ`` a 5, Cherokee ``Ꮞ`` a 4, ``О`` a 0. The letters ``O``, ``o`` and ``l`` themselves
are added (a reader reads them as 0 and 1 among digits).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "plugins/praksisbank/core/gate/data"
TARGET = DATA / "confusables_latin.txt"
DIGITS_TARGET = DATA / "confusables_digits.txt"
_DIGIT_OF = {**{str(n): str(n) for n in range(10)}, "O": "0", "o": "0", "l": "1"}
READ_AS_SCRIPT = (
    "GREEK", "CYRILLIC", "ARMENIAN", "HEBREW", "ARABIC", "SYRIAC", "THAANA", "NKO", "DEVANAGARI",
    "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM",
    "SINHALA", "THAI", "LAO", "TIBETAN", "MYANMAR", "GEORGIAN", "HANGUL", "ETHIOPIC", "TIFINAGH",
    "CJK", "HIRAGANA", "KATAKANA", "KHMER", "MONGOLIAN",
)  # fmt: skip


def main(source: Path) -> None:
    lines = source.read_text(encoding="utf-8-sig").splitlines()
    version = next(line for line in lines if line.startswith("# Version:")).split(":")[1].strip()
    kept: list[str] = []
    digits: dict[str, str] = {"O": "0", "o": "0", "l": "1"}
    for line in lines:
        fields = line.split("#", 1)[0].split(";")
        if len(fields) < 3:
            continue
        source_codes, target_codes = fields[0].split(), fields[1].split()
        if len(source_codes) != 1 or len(target_codes) != 1:
            continue
        char, target = chr(int(source_codes[0], 16)), chr(int(target_codes[0], 16))
        if target in _DIGIT_OF and _digit_like(char):
            digits[char] = _DIGIT_OF[target]
        if char.isascii() or not (target.isascii() and target.isalpha()):
            continue
        if unicodedata.name(char, "").startswith(READ_AS_SCRIPT):
            continue
        kept.append(f"{ord(char):04X} {target}")
    header = [
        f"# From confusables.txt, Unicode Security Mechanisms (UTS #39), Version {version}.",
        "# (c) Unicode, Inc.; terms of use and licence: https://www.unicode.org/terms_of_use.html",
        "# Made by scripts/make_confusables.py: a character that looks like one Latin letter,",
        "# then that letter (code point in hex, the letter).",
    ]
    TARGET.write_text("\n".join([*header, *sorted(kept)]) + "\n", encoding="utf-8")
    print(f"{len(kept)} letters written to {TARGET}")
    digit_lines = sorted(f"{ord(ch):04X} {digit}" for ch, digit in digits.items())
    digit_header = [
        *header[:2],
        "# Made by scripts/make_confusables.py: a character that looks like one digit, then that",
        "# digit (code point in hex, the digit).",
    ]
    DIGITS_TARGET.write_text("\n".join([*digit_header, *digit_lines]) + "\n", encoding="utf-8")
    print(f"{len(digit_lines)} digit look-alikes written to {DIGITS_TARGET}")


def _digit_like(char: str) -> bool:
    """Whether a source of the data may stand for a digit (see the module's notes)."""
    if unicodedata.numeric(char, None) is not None or (char.isascii() and char != "I"):
        return False
    return not (unicodedata.category(char)[0] in "MZC" or char.isspace())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
