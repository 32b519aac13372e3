"""Personal names for the gate in `anonymity.py`, called from `personaldata.scan` (the class
"et personnavn"): moved out of `personaldata.py`, whose other classes it shares nothing with but
the places and the folding of words (`places.py`).

`find` takes the gate's normalised text and returns candidates in the gate's form
``(start, end, what, masked, canonical)``. It works the same on Markdown source and on the plain
text of a built page.

Cost: every scan is by a pattern whose first character is a character class, so the engine skips
in C every character that cannot start what it looks for: `_NAME_START` stops only where a name
of any shape can start (two capitalised words in a row, capitals, surname first, an initial, a
title: one scan for all of them, `_any_shape`), `_NAME_SMALL` at a capitalised word before a
small one, `_RESHAPE_AT` at a mark, a digit or a small capital (spaced letters only after two
single letters in a row, `_SPACED_HINT`), `_CAPITALISED` at a capitalised word (a cue is looked
for only when the word before it ends one, `_CUE_LAST`); tables only in a text with `|`. Names
in other scripts are looked for only in a text with a letter of those scripts (`_OTHER_SCRIPT`).
The name list runs only on what a pattern found.

- Personal names ("et personnavn"): a given name from `data/given_names.txt` (Norwegian names and
  those of the largest arrival countries, derived from gender-guesser's data: see the file and
  `scripts/make_given_names.py`) followed by a capitalised word (`Ahmad Rahimi`, `Kari
  Nordmann`), neither of them a country, a place or one of the department's words. A given name
  that is also a Norwegian word (`Per`, `Dag`, `Liv`, `Han`) counts only inside a sentence: at
  the start of a sentence, a line, a list item or a table cell its capital says nothing. Names in
  `known_names` (the employees named as contacts) are not findings. The same lists catch the
  other shapes of a name (capitals, surname first, an initial, a courtesy title, Cyrillic and
  Arabic script, look-alike letters): see "names written other ways" below; and the disguises,
  cues, titles, small-letter surnames, other scripts, tables and lists of "names in disguise,
  after a cue, in tables and lists".

A name is masked as its initials (`A… R…`).

The package, by shape (each module's docstring says what it holds and what it may import):
`lists.py` (the name lists, places and words, a given name before a capitalised word),
`cues.py` (names after a cue, one word judged), `tables.py` (tables and lists, `_add`),
`shapes.py` (names in Latin letters by their shape), `disguises.py` (reshaped, spaced, spelled,
small-letter and odd-case names), `scripts.py` (other scripts, look-alike letters, the
name-start trigger), `joined.py` (names joined by a mark, the rendered gate's helpers) and this
module: `find` and the order of the passes. Nothing in the package imports this module; the
separators `nameseparators.py` reads stay beside it in the gate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from praksisbank.core.gate import caps
from praksisbank.core.gate.confusables import (
    capital_i,
    upright,
)
from praksisbank.core.gate.names.cues import (
    _KIN_NOUNS,
    _PARTY_CUES,
    _cued,
    _foreign_cued,
    _honoured,
)
from praksisbank.core.gate.names.cues import opens_name as opens_name
from praksisbank.core.gate.names.disguises import (
    _mixed_case,
    _Reshaped,
    _small_surnames,
)
from praksisbank.core.gate.names.joined import (
    _host_names,
    _joined_names,
    _person_then_pair,
)
from praksisbank.core.gate.names.joined import continues_name as continues_name
from praksisbank.core.gate.names.joined import names_a_case as names_a_case
from praksisbank.core.gate.names.lists import (
    _CAP,
    _known,
    _name,
    _transliterated,
)
from praksisbank.core.gate.names.lists import WHAT_NAME as WHAT_NAME
from praksisbank.core.gate.names.lists import Candidate as Candidate
from praksisbank.core.gate.names.scripts import (
    _NAME_TRIGGER,
    _OTHER_SCRIPT_IN,
    _UNREAD_IN,
    _latin_lookalikes,
    _latin_marked,
    _marked_in,
    _name_starts,
    _other_after_cue,
    _other_names,
)
from praksisbank.core.gate.names.scripts import OTHER_SCRIPT_SHOWN as OTHER_SCRIPT_SHOWN
from praksisbank.core.gate.names.shapes import (
    _aged,
    _capitals_first,
    _kin_words,
    _party_pairs,
    _said,
    _shaped,
    _slug_surnames,
    _small_pairs,
)
from praksisbank.core.gate.names.tables import (
    _add,
    _tables_and_lists,
)
from praksisbank.core.gate.nameseparators import camel_pairs, middle_marked, spaced
from praksisbank.core.gate.prefilter import has_digit


def find(text: str, known_names: Collection[str] = ()) -> list[Candidate]:
    """The names in ``text`` of every shape; ``known_names`` (the employees named as contacts)
    are not findings. Offsets are those of ``text``."""
    table, _marked = _latin_marked()
    written = text
    if not text.isascii():
        text = upright(text)  # `uɐssɐH`: turned letters, read the right way round
        if _marked_in().found(text):
            translated = text.translate(table)  # one letter for one: offsets stay
            text = capital_i(translated) if translated != text else text
    if "\t" in text:
        text = text.replace("\t", " ")  # a tab between the words reads as a space
    text = _unleet(
        spaced(text)
    )  # `Amir·Hassan`, `Amir (35) Hassan`: one letter for one, offsets stay
    other_scripts = not text.isascii() and (_OTHER_SCRIPT_IN.found(text) or _UNREAD_IN.found(text))
    if other_scripts:
        text = _latin_lookalikes(text)
    reshaped = _Reshaped(text)
    found = _found(reshaped.text, known_names, other_scripts)
    found = _office_holders_left_out(reshaped.text, found)
    if reshaped.text is not text:
        found = [reshaped.back(candidate) for candidate in found]
    if other_scripts:
        found = [c for c in found if not _glossed(written, c)]
    return found


_GLOSS_QUOTES = "«»“”„\"'‘’‹›()[]"
"""Marks that set a word apart: a word in another script in quotes or brackets, then a Latin
word, is a term and its spelling (`Ordet «قاضی» Qazi betyr dommer`), not a person."""


def _glossed(written: str, candidate: Candidate) -> bool:
    """Whether a name in another script then Latin (`_other_then_latin`) is a quoted term and
    its spelling (the probe after round 9: titles, terms and a district in a glossary)."""
    start, end, _what, shown, _value = candidate
    if not shown.startswith(OTHER_SCRIPT_SHOWN):
        return False
    before = written[max(0, start - 2) : start].strip()
    return (before[-1:] in _GLOSS_QUOTES and before != "") or any(
        mark in written[start:end] for mark in _GLOSS_QUOTES
    )


_OFFICE = re.compile(
    r"(?i:(?<![\w-])(?:(?:vise)?president(?:en)?|(?:stats|utenriks|forsvars|innenriks)?minister(?:en)?"
    # attack round 12: offices held by one person of a state, a church or a UN body at a time,
    # never by an applicant (`Patriark Abune Antonios`, `FNs generalsekretær António Guterres`;
    # not `spesialrapportør`: round 6's table keeps `FNs spesialrapportør Richard Bennett` a
    # finding a reviewer clears)
    r"|statsleder(?:en)?|høykommissær(?:en)?|generalsekretær(?:en)?"
    r"|patriark(?:en)?|paven|pave))"
    rf"[ \u00a0]+(?:[{_CAP}][\w'’]*+(?:-[{_CAP}][\w'’]*+)?[ \u00a0]+){{0,2}}\Z"
)
"""A head of state's or a minister's office right before a name (`president Ashraf Ghani`,
`Statsminister Abiy Ahmed`, `Eritreas president Isaias Afwerki`): no compound (`klubbpresident`)
and nothing between the office and the name but the name's own first words (`President Recep
Tayyip Erdoğan`, `president Hassan Sheikh Mohamud`: a part found alone after a title or a given
name is left out with the rest). Offices a contributor writes before anyone (`talsmann`,
`general`, `partileder`, `leder`) are not here: an applicant may be one."""


_OFFICE_HINT = re.compile(r"inister|resident|tatsleder|ommissær|sekretær|atriark|\bpaven?\b")


_PARTY_OR_KIN = re.compile(
    rf"(?i)(?<![\w-])(?:{_PARTY_CUES}|søkerens|klagerens|{_KIN_NOUNS}|familien|slektning\w*)"
    r"(?![\w-])"
)


_SENTENCE_BOUND = re.compile(r"[.!?\n](?=\s|\Z)")


def _office_holders_left_out(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the names of public office-holders in country information: a name
    right after `president`, `minister` or `statsminister` (and `utenriks-`, `forsvars-`,
    `innenriksminister`), definite or not, in a sentence that names none of the parties or
    their kin (`søkeren`, `klager`, `faren`, `onkelen`, `familien`...). `Søkerens onkel var
    minister Amir Rahimi` is still a finding; `president Amir Rahimi` in a sentence about a
    country is not, whoever bears the name."""
    if not found or not _OFFICE_HINT.search(text):
        return found
    kept: list[Candidate] = []
    for candidate in found:
        start, end = candidate[0], candidate[1]
        if _OFFICE.search(text, max(0, start - 40), start) is None:
            kept.append(candidate)
            continue
        low = max(0, start - 400)
        bounds = [m.end() for m in _SENTENCE_BOUND.finditer(text, low, start)]
        after = _SENTENCE_BOUND.search(text, end)
        sentence = text[bounds[-1] if bounds else low : after.end() if after else len(text)]
        if _PARTY_OR_KIN.search(sentence) is not None:
            kept.append(candidate)
    return kept


_LEET_DIGIT = re.compile(r"[0134578](?<=[^\W\d_][0134578])(?=[^\W\d_])")


_LEET = str.maketrans("0134578", "oieastb")


_LEET_WORD = re.compile(
    rf"[{_CAP}](?<![^\W_][{_CAP}])[^\W_]{{0,40}}?[0134578](?<=[^\W\d_][0134578])(?=[^\W\d_])"
    r"[^\W_]*+"
)
"""A word that starts with a capital and holds a digit between two letters (`H4ssan`)."""


def _letters(word: re.Match[str]) -> str:
    return _LEET_DIGIT.sub(lambda digit: digit.group().translate(_LEET), word.group())


def _unleet(text: str) -> str:
    """Digits read as the letters they stand for inside a capitalised word (`Am1r H4ssan`): a
    digit between two letters of a word that starts with a capital (one character for one)."""
    if not has_digit(text) or _LEET_DIGIT.search(text) is None:
        return text
    return _LEET_WORD.sub(_letters, text)


def _found(text: str, known_names: Collection[str], other_scripts: bool) -> list[Candidate]:
    found: list[Candidate] = []
    known: list[str] | None = None
    starts = _name_starts(text)
    # Two capitalised words: a given name and a surname? The second word may begin the next
    # name (`Enhet Kari Nordmann`): every start is tried (no capital stands inside a pair).
    for at in starts:
        if _NAME_TRIGGER.match(text, at) is not None:
            if known is None:
                known = _known(known_names)
            candidate = (
                _name(text, at, known)
                or _shaped(text, at, known)
                or _transliterated(text, at, known)
                or _said(text, at, known)  # `Cawo Warsame forklarte at`
            )
            if candidate is not None:
                found.append(candidate)
                if caps.full(found):
                    return found  # the rest is not read (`caps.py`); overlaps go in `_select`
    known_list = known if known is not None else _known(known_names)
    alone: list[Candidate] = []  # one word after a word for a person, if no rule read more
    rules: tuple[Callable[[], object], ...] = (
        lambda: _camel(text, known_list, found),  # `AmirHassan`
        lambda: _host_names(text, known_list, found),  # `https://amirhassan.example/`
        lambda: _middle_marked(text, known_list, found),  # `Nguyen Van Thanh`
        lambda: _other_names(text, known_list, found, starts, other_scripts),
        lambda: _other_after_cue(text, known_list, found) if other_scripts else None,
        lambda: _small_surnames(text, known_list, found),
        lambda: _cued(text, known_list, found, alone),
        lambda: _foreign_cued(text, known_list, found),  # `Soyadı: Yılmaz`
        lambda: _honoured(text, known_list, found),  # `Şeyhmus Ağa`
        lambda: _aged(text, known_list, found),  # `Zarmina, 17 år`
        lambda: _party_pairs(text, known_list, found),
        lambda: _kin_words(text, known_list, found),
        lambda: _small_pairs(text, known_list, found),
        lambda: _mixed_case(text, known_list, found),  # `AMIR hassan`
        lambda: _capitals_first(text, known_list, found),  # `KAROKHEL Gulbaddin`
        lambda: _slug_surnames(text, known_list, found),  # `gulbaddin-karokhel`
        lambda: _tables_and_lists(text, known_list, found),
        lambda: _joined_names(text, known_list, found),
        lambda: _person_then_pair(text, known_list, found),
    )
    for rule in rules:
        rule()
        if caps.full(found):
            return found  # (each rule reads the whole text; the next ones are not run)
    found += [c for c in alone if not any(o[0] < c[1] and c[0] < o[1] for o in found)]
    return list({(c[0], c[1]): c for c in reversed(found)}.values())[::-1]  # one a span


def _middle_marked(text: str, known: list[str], found: list[Candidate]) -> None:
    for start, end in middle_marked(text):
        _add(text, start, end, known, found)


def _camel(text: str, known: list[str], found: list[Candidate]) -> None:
    """Two names written as one word (`AmirHassan`)."""
    for start, end, words in camel_pairs(text):
        if (candidate := _name(words, 0, known)) is not None:
            found.append((start, end, *candidate[2:]))
