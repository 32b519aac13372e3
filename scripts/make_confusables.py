"""Write ``plugins/praksisbank/core/gate/data/confusables_latin.txt``: the letters that Unicode's
confusables data (UTS #39, ``confusables.txt``) reads as one Latin letter, for the name rules.

No pinned package carries ``confusables.txt`` (confusable-homoglyphs ships its own JSON, of an
unstated Unicode version, and would be a new dependency), so the subset we need is committed:

    python scripts/make_confusables.py confusables.txt   # Version 17.0.0, www.unicode.org/Public/security/

A line is kept when its source is one character that is not ASCII, its target one ASCII letter,
and the source is not a letter of a script the gate reads as that script (Greek, Cyrillic,
Arabic, Ethiopic...: a name written in them is judged as such, `names._SCRIPTS`). What is left
is the letters that only look Latin: Lisu, Cherokee, Coptic, mathematical and enclosed forms,
IPA and other Latin letters without a decomposition.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

TARGET = (
    Path(__file__).resolve().parent.parent
    / "plugins/praksisbank/core/gate/data/confusables_latin.txt"
)
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
    for line in lines:
        fields = line.split("#", 1)[0].split(";")
        if len(fields) < 3:
            continue
        source_codes, target_codes = fields[0].split(), fields[1].split()
        if len(source_codes) != 1 or len(target_codes) != 1:
            continue
        char, target = chr(int(source_codes[0], 16)), chr(int(target_codes[0], 16))
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


if __name__ == "__main__":
    main(Path(sys.argv[1]))
