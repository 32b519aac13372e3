"""The name rules' quick paths of stop 26 find what their plain forms find.

Each cut here changes how a pattern is scanned, not what it matches: the test writes the plain
form (as it was before the cut) and compares the two on texts generated from a fixed seed out of
the characters and words the pattern reads (every name and word made up).
"""

from __future__ import annotations

import random
import re
import sys

import pytest

from praksisbank.core.gate import names, nameseparators
from praksisbank.core.gate.names import joined

_ALWAYS = re.compile("")


def _texts(pieces: tuple[str, ...], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(count)]


_SEPARATOR_PIECES = (
    *nameseparators.DOTS, "_", "__", ".", "..", "...", "…", "(", "(35)", "(7 år)", "(123)",
    "<", "<sub>", "</sub>", "<b>", "<span class=x>", "<x>", "👤", "✅", "Amir", "Hassan", "Åse",
    "a", "kari", " ", " ", "\u00a0", "\n", "-", "1",
)  # fmt: skip


def test_a_separator_is_tried_where_the_plain_pattern_tries_it() -> None:
    """`nameseparators._SEPARATOR_AT` starts with one class of characters (the engine skips to
    them); before stop 26 the same conditions stood in look-behinds ahead of each branch."""
    dots, emoji = nameseparators.DOTS, nameseparators.EMOJI
    plain = re.compile(  # a tag right after a tag, or a pictograph after one, starts none
        rf"(?:(?<![{dots}_])[{dots}_]|(?<!\.)\.|[…(]|(?<!>)<|(?<![{emoji}])[{emoji}])"
        rf"(?<=(?=(?:{nameseparators._SEPARATOR_BODY}))[\s\S])"
    )
    texts = _texts(_SEPARATOR_PIECES, 20_000, seed=26)
    quick = nameseparators._SEPARATOR_AT
    spans = [[m.span() for m in quick.finditer(text)] for text in texts]
    assert spans == [[m.span() for m in plain.finditer(text)] for text in texts]
    # the texts reach each kind of separator, and a run's later characters (else no test)
    starts = {text[span[0]] for text, found in zip(texts, spans, strict=True) for span in found}
    assert {".", "_", "…", "(", "<", "👤", *dots} <= starts
    assert any(text.count("..") for text in texts)
    assert [nameseparators.spaced(t) for t in texts[:3000]] == [
        _spaced_plain(t, plain) for t in texts[:3000]
    ]


def _spaced_plain(text: str, plain: re.Pattern[str]) -> str:
    quick = nameseparators._SEPARATOR_AT
    nameseparators._SEPARATOR_AT = plain
    try:
        return nameseparators.spaced(text)
    finally:
        nameseparators._SEPARATOR_AT = quick


_HOST_PIECES = (
    "amir", "hassan", "olena", "kovalenko", "amirhassan", "ali", "baba", "kabul", "https://",
    "http://", "www.", "blog.", ".", ".no", ".example", ".com", ".zw", "zw", "no", "example",
    "90", "2", " ", "-", "@", "/", "Amir", "Hassan", "%", "+", "_", "æ", "ø",
)  # fmt: skip


def test_a_host_name_is_looked_for_where_one_can_be(monkeypatch: pytest.MonkeyPatch) -> None:
    """`joined._host_names` reads a text only if it holds `.` before a small letter: every match
    of `_HOST_LABEL` does, and the rule finds what it found without that test."""
    texts = _texts(_HOST_PIECES, 6_000, seed=2612)
    labelled = [t for t in texts if joined._HOST_LABEL.search(t) is not None]
    assert len(labelled) > 300  # (else the test could not fail)
    assert all(joined._HOST_END.search(text) is not None for text in labelled)
    assert all(joined._HOST_LABEL.search(t) is None for t in texts if "." not in t)
    quick = [names.find(text) for text in texts]
    assert sum(map(len, quick)) > 100
    monkeypatch.setattr(joined, "_HOST_END", _ALWAYS)
    assert [names.find(text) for text in texts] == quick


_PAIR_PIECES = (
    "Vitnet", "vitnet", "Tolken", "tolk", "søkeren", "Klager", "person", "mannen", "Sol",
    "Bakken", "Liv", "Hansen", "B.", "Røde", "Kors", "Åse", "Ødegård", "ola", " ", " ", "  ",
    "Vitnet Sol ", "tolk Liv ", "Sol B. ", "Bakken ", "Bo", "Li ", "Vitnet Al ", "Ty",
    "\u00a0", ", ", ": ", " (", " – ", "-", ".", "\n", "Det", "saken",
)  # fmt: skip


def test_a_word_for_a_person_is_read_only_before_a_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    """`joined._person_then_pair` reads a text only if it holds two capitalised words in a row
    (`_A_PAIR`): every match of `_PERSON_PAIR` does, and the rule finds what it found without
    that test."""
    texts = _texts(_PAIR_PIECES, 6_000, seed=2613)
    matched = [t for t in texts if joined._PERSON_PAIR.search(t) is not None]
    assert len(matched) > 300  # (else the test could not fail)
    assert all(joined._A_PAIR.search(text) is not None for text in matched)
    quick = [names.find(text) for text in texts]
    assert sum(map(len, quick)) > 100
    monkeypatch.setattr(joined, "_A_PAIR", _ALWAYS)
    assert [names.find(text) for text in texts] == quick


def test_the_class_before_a_foreign_cue_reads_the_same_lower_cased() -> None:
    """`Keyed`'s ``apart`` for `_FOREIGN_CUE_AT`: a character that ``(?i)`` does not read as
    one of the class lower-cases to a character outside it, over every code point (those
    lower-cased to two characters, and `FOLDED_APART`, go to the pattern itself)."""
    from praksisbank.core.gate.names import cues
    from praksisbank.core.gate.prefilter import FOLDED_APART

    folded = re.compile(f"(?i)[{cues._FOREIGN_APART}]")
    plain = re.compile(f"[{cues._FOREIGN_APART}]")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        low = ch.lower()
        if len(low) == 1 and ch not in FOLDED_APART and folded.match(ch) is None:
            assert plain.match(low) is None, hex(code)


_CUE_PIECES = (
    "Soyadı", "soyadı", "Adı", "adı", "ad", "Ad", "Фамилия", "фамилия", "Прізвище", "Magaca",
    "magaca", "qoyska", "Nasnav", "Navê", "bavê", "Name", "name", "navn", "Etternavn", "het",
    "hadde", "Kabul", "Yılmaz", "Mehmet", "Коваленко", "Faarax", "İsim", "ſ", ": ", ":", " - ",
    " — ", " ", " ", "\u00a0", "\n", ".", "'", "’", "ʼ", "-", "_", "1", "«", "(", ")",
)  # fmt: skip


def test_a_foreign_cue_is_tried_where_the_plain_pattern_matches() -> None:
    """`_FOREIGN_CUE_AT.finditer` gives what `_FOREIGN_CUE.finditer` gives, and the rule's
    findings are those of the plain scan."""
    from praksisbank.core.gate.names import cues

    texts = _texts(_CUE_PIECES, 10_000, seed=2614)
    quick = [[m.span() for m in cues._FOREIGN_CUE_AT.finditer(t)] for t in texts]
    assert quick == [[m.span() for m in cues._FOREIGN_CUE.finditer(t)] for t in texts]
    assert sum(map(len, quick)) > 1500  # (else the test could not fail)
    # a cue at the text's start, and right after a character outside the class
    assert any(found and found[0][0] == 0 for found in quick)
    assert any(found and found[0][0] > 0 for found in quick)
