"""The personal-data detectors find the same as when their findings were recorded (the
speed-ups of stop 22 must change nothing): every text of `detector_corpus.py` (the demo content,
generated decisions, the leak-class and hostile tables, random texts) against
`detector_findings.json`, a digest a text. Record again only for a change meant to change what is
found (see `detector_corpus.py`)."""

from __future__ import annotations

import json
import re
import sys

import detector_corpus
from praksisbank.core.gate import prefilter


def test_the_detectors_find_what_was_recorded() -> None:
    recorded: dict[str, str] = json.loads(detector_corpus.RECORDED.read_text("utf-8"))
    texts = detector_corpus.corpus()
    known = [text for text in texts if detector_corpus._key(text) in recorded]
    # Texts added to the tables since the recording are not compared; most must be.
    assert len(known) >= 0.9 * len(texts) and len(known) > 4000
    now = detector_corpus.digests(known)
    changed = [
        text
        for text in known
        if now[detector_corpus._key(text)] != recorded[detector_corpus._key(text)]
    ]
    assert not changed, f"{len(changed)} texts found differently, the first: {changed[:3]!r}"


def _needles() -> str:
    """Every letter of the words the detectors' case-insensitive patterns are skipped without."""
    from praksisbank.core.gate import locations, names, personaldata

    words = (
        personaldata.numbers._ACCOUNT_KEYWORDS
        + personaldata.births._BIRTH_DAY_MONTH_WORDS
        + personaldata.births._WORDS_DATE_WORDS
        + locations._ROOM_WORDS
        + locations._PART_WORDS
        + ("øker", "lager")  # names.shapes._party_pair_matches
        + tuple(names.cues._PERSON_NOUNS.split("|"))  # names.joined._PERSON_PAIR (``(?i)`` words)
        + ("år",)  # personaldata.births._day_month_births: every match of `_TURNS`
        + personaldata.glosses._NAME_STEMS  # a gloss after a cue (`glosses.unglossed`)
    )
    return "".join(sorted({ch for word in words for ch in word if ch.isalpha()}))


def test_a_lowered_text_holds_every_word_a_case_insensitive_pattern_reads() -> None:
    """`prefilter.may_hold` lower-cases the text: every character ``(?i)`` matches with one of
    the words' letters lower-cases to that letter, but the few it skips the test for. Over every
    code point."""
    letters = _needles()
    assert letters and all(ch == ch.lower() for ch in letters)
    any_letter = re.compile(f"(?i)[{re.escape(letters)}]")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if ch in prefilter.FOLDED_APART:
            continue
        assert len(ch.lower()) == 1, hex(code)  # `lowered_alike`: offsets stay
        if any_letter.fullmatch(ch) is None:
            continue
        matched = [letter for letter in letters if re.fullmatch(f"(?i){re.escape(letter)}", ch)]
        assert matched == [ch.lower()], (hex(code), matched)


def test_latin1_is_lowered_as_str_lower_does() -> None:
    for code in range(256):
        assert chr(prefilter._LATIN1_LOWER[code]) == chr(code).lower()
    text = "ÆØÅ Søkeren KONTO Ÿ ß İ"
    assert prefilter.lowered(text) == text.lower()
    assert prefilter.lowered(text[:-2]) == text[:-2].lower()


def test_one_character_classes_answer_as_their_pattern() -> None:
    """`prefilter.OneCharacter` answers a Latin-1 text from its bytes: the same as the pattern,
    for every character below U+0100 alone and in a text, for each class the detectors use."""
    from praksisbank.core.gate import confusables, names

    classes = (
        names.scripts._OTHER_SCRIPT_IN,
        names.scripts._UNREAD_IN,
        names.scripts._marked_in(),
        confusables._turned_in(),
    )
    for one in classes:
        pattern = one._pattern
        assert re.fullmatch(r"\[[^\[]*\]", pattern.pattern), pattern.pattern  # one class
        for code in range(256):
            text = f"Søkeren {chr(code)} het"
            assert one.found(chr(code)) == (pattern.search(chr(code)) is not None)
            assert one.found(text) == (pattern.search(text) is not None)
        assert not one.found("") and one.found("Søkeren \u0410") == (
            pattern.search("Søkeren \u0410") is not None
        )


def test_small_letters_in_bytes_are_the_patterns_class() -> None:
    from praksisbank.core.gate import names

    for code in range(256):
        in_class = names.shapes._SMALL_RUN.fullmatch(chr(code) * 2) is not None
        assert names.shapes._SMALL_BYTES[code] == (code if in_class else 0x20)


def test_list_items_are_found_line_by_line_as_the_pattern_finds_them() -> None:
    from praksisbank.core.gate import names

    texts = detector_corpus.random_texts(300) + detector_corpus.demo_texts()
    texts += [
        "- Amir\n- Hassan\n",
        "Amir\n\nHassan",
        "\n\n  > Kari\r\nNordmann",
        "1. Amir\n2) Hassan",
    ]
    for text in texts:
        assert [m.span("word") for m in names.tables._items(text)] == [
            m.span("word") for m in names.tables._ITEM.finditer(text)
        ]
