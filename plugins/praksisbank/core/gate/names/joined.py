"""Names joined by a mark (`Amir/Hassan`, `Amir–Hassan`, `Amir + Hassan`), a person noun
then a pair (`Vitnet, Sol Bakken,`), and the public helpers for the rendered gate
(`names_a_case`, `continues_name`).

Imports: every other module of `names` but `__init__`, and the gate's helpers.
"""

from __future__ import annotations

import re

from praksisbank.core.gate import caps
from praksisbank.core.gate.namecontext import not_a_person
from praksisbank.core.gate.names.cues import (
    _CUE_LAST,
    _PERSON_NOUNS,
    _SENTENCE_STARTS,
    _UNIT,
)
from praksisbank.core.gate.names.disguises import (
    _case_style,
)
from praksisbank.core.gate.names.lists import (
    _CAP,
    _FOREIGN_SURNAME,
    _LOWER,
    _VOCABULARY,
    Candidate,
    _given_names,
    _large_places,
    _places,
    _small_name,
)
from praksisbank.core.gate.names.scripts import (
    _SURNAME_SHAPE,
)
from praksisbank.core.gate.names.tables import (
    _add,
)
from praksisbank.core.gate.places import fold as _fold

_HYPHENS = "\\-\u2013\u2012\u2014\u2212\ufe63\uff0d\ufe58\u2e17\u30a0\u2e3a\u2e3b"
"""A hyphen and what is typed or pasted for one: en, figure and em dashes, the minus sign, the
small and full-width hyphen-minus, the small em dash, the double oblique and the katakana double
hyphen, the two- and three-em dashes (one character, no space on either side)."""


_SLASHES = "/\u2044\u2215\u29f8\uff0f\\\\\uff3c\u29f9"
"""A slash and its look-alikes (fraction slash `⁄`, division slash `∕`, big solidus, full-width
solidus) and backslashes: a reader reads `Amir⁄Hassan` as `Amir/Hassan`."""


_AMPERSANDS = "+\uff0b\ufe62&\uff06\ufe60"
"""`+`, `&` and their full-width and small forms: `Amir & Hassan` reads as one person's names
as `Amir/Hassan` does."""


_BARS = "|\uff5c\u00a6"


_JOINERS = f"{_HYPHENS}{_SLASHES}{_AMPERSANDS}{_BARS}"


_JOIN = (
    rf"(?:[{_HYPHENS}]|[{_BARS}]{{1,2}}"
    rf"|[ \u00a0]*[{_SLASHES}{_AMPERSANDS}]{{1,2}}[ \u00a0]*)"
)


_JOINED = re.compile(
    rf"[{_CAP}](?<![\w'’{_JOINERS}][{_CAP}])[{_LOWER}]++{_JOIN}[{_CAP}][{_LOWER}]++"
    rf"(?![\w]|{_JOIN}[{_CAP}{_LOWER}])"
)
"""Two capitalised words joined by a hyphen or a dash, by one or two slashes, backslashes, bars,
`+` or `&` (issue 17, probe 9: `Amir//Hassan`, `Amir⁄Hassan`, `Amir & Hassan`), the slashes,
`+` and `&` with or without a space on either side (`Amir-Hassan`, `(Amir/Hassan)`, `Amir /
Hassan`, `Amir\\Hassan`, `Amir|Hassan`, `Amir + Hassan`). A bar set off by spaces separates
table cells: the table rules read those."""


_JOINER = re.compile(rf"[ \u00a0]*[{_SLASHES}{_AMPERSANDS}{_BARS}]{{1,2}}[ \u00a0]*|[{_HYPHENS}]")


_AS_HYPHEN = str.maketrans(dict.fromkeys(_HYPHENS.replace("\\-", ""), "-"))


_ANY_JOINER = re.compile(f"[{_JOINERS}]")


def _joined_names(text: str, known: list[str], found: list[Candidate]) -> None:
    """A given name joined to a capitalised word by `-` or `/` (issue 17, attack round 7): one
    person's names without a space (`Amir-Wardak`, `(Amir/Hassan)`). Two given names joined by
    `-` (`Anne-Lise`, `Abdel-Aziz`) are one given name, a name only after a cue (`Søkeren
    Amir-Hassan`: `_name_like`); a place, a unit or a department's word on either side
    (`Erbil/Sulaymaniyah`, `Nord-Trøndelag`) is no person; a given name that is also a Norwegian
    word (`Liv/Helse`) does not start one."""
    if _ANY_JOINER.search(text) is None:
        return
    every, ambiguous = _given_names()
    places = _places()
    for match in _JOINED.finditer(text):
        if caps.full(found):
            return
        value = match.group().translate(_AS_HYPHEN)  # a dash typed for a hyphen
        if _fold(value) in every:
            continue  # a double given name of the list
        parts = [part.strip(" \u00a0") for part in _JOINER.split(value)]
        one, two = (_fold(part) for part in parts)
        if one not in every or one in ambiguous or ("-" in value and two in every):
            continue  # two given names joined by `-` (`Anne-Lise`) are one person's given name
        if one in _VOCABULARY or two in _VOCABULARY or one in places or two in places:
            continue
        if "-" not in value and not continues_name(two):
            continue  # two names side by side (`Amal/Hizbollah`, a movement and a party)
        if _UNIT.match(value) is not None or not_a_person(text, match.start(), match.end()):
            continue
        shown = value if "-" in value else " ".join(parts)  # `Amir-Rahimi` stays one word
        _add(text, match.start(), match.end(), known, found, shown)
    _joined_other_case(text, known, found)


_JOINER_AT = re.compile(rf"[{_JOINERS}](?<![^{_CAP}]-)")
"""A joiner, a hyphen only after a capital (one class of first characters: skipped in C)."""


_JOINED_ANY = re.compile(
    rf"(?P<one>[^\W\d_]{{2,30}}+){_JOIN}(?P<two>[^\W\d_]{{2,30}}+)"
    rf"(?![^\W\d_'’]|{_JOIN}[^\W\d_])"
)


def _joined_other_case(text: str, known: list[str], found: list[Candidate]) -> None:
    """Two words joined as in `_JOINED`, in capitals, in small letters or in mixed case
    (`AMIR//HASSAN`, `amir & hassan`, `AMIR-HASSAN`): the rule for a name in small letters
    (`_small_name`: a given name that is not a Norwegian word, then another, a foreign surname's
    shape or a province), places and the department's words refused. Looked for at each joiner
    (a hyphen only after a capital: in small letters a slug's rule reads it, `_small_pairs`)."""
    every, ambiguous = _given_names()
    places, large = _places(), _large_places()
    done = 0
    for at in _JOINER_AT.finditer(text):
        end = at.start()  # the end of the word before the joiner, its start below
        if end < done:
            continue
        while end > 0 and text[end - 1] in " \u00a0":
            end -= 1
        start = end
        while start > end - 31 and start > 0 and text[start - 1].isalpha():
            start -= 1
        if end - start < 2 or (text[end - 1].islower() and text[start].isupper()):
            continue  # no word, or a capitalised one: `_JOINED`'s
        if start > 0 and text[start - 1] in "'’":
            continue
        if (match := _JOINED_ANY.match(text, start)) is None:
            continue
        done = match.end()
        if caps.full(found):
            return
        one_word, two_word = match.group("one"), match.group("two")
        if _case_style(one_word) == "title" and _case_style(two_word) == "title":
            continue  # `_JOINED`'s
        one, two = _fold(one_word), _fold(two_word)
        if one in places or two in large or one in _VOCABULARY or two in _VOCABULARY:
            continue
        if _small_name(one, two, every, ambiguous):
            _add(text, match.start(), match.end(), known, found, f"{one_word} {two_word}")


_PERSON_GAP = r"(?:[ \u00a0]*[,:(][ \u00a0]*|[ \u00a0]+[-–—][ \u00a0]+|[ \u00a0]+)"
"""What may stand between the word for a person and the name: a space, a comma, a colon, an
opening parenthesis or a dash set off by spaces (`Vitnet, Sol Bakken,`, `klageren – Sol Bakken
–`, `vitnet (Sol Bakken)`)."""


def _by_first_letter(words: str) -> tuple[str, str]:
    """Alternatives (``a|b|…``) as a class of their first letters, both cases, and the rest of
    each after a look back at its letter: a pattern that starts with a plain class is skipped
    in C to the next character that can start it (a case-insensitive alternation is tried at
    every character)."""
    alternatives = words.split("|")
    firsts = "".join(sorted({word[0] for word in alternatives}))
    rests = "|".join(
        f"(?<={first})(?:"
        + "|".join(sorted((w[1:] for w in alternatives if w[0] == first), key=len, reverse=True))
        + ")"
        for first in firsts
    )
    return f"[{firsts}{firsts.upper()}]", rests


_PERSON_FIRST, _PERSON_REST = _by_first_letter(_PERSON_NOUNS)


_PERSON_PAIR = re.compile(
    rf"{_PERSON_FIRST}(?<![\w-].)(?i:{_PERSON_REST}){_PERSON_GAP}"
    rf"(?P<one>[{_CAP}][{_LOWER}]++)[ \u00a0]+(?:[{_CAP}]\.[ \u00a0]*)?"
    rf"(?P<two>[{_CAP}][{_LOWER}]++(?:-[{_CAP}][{_LOWER}]+)?)"
    r"(?![\w-])"
)
"""A word for a person, then two capitalised words, perhaps with a middle initial between them
(`Vitnet Sol Bakken`, `Vitnet Sol B. Bakken`), perhaps set off (`_PERSON_GAP`)."""

_A_PAIR = re.compile(rf"[{_CAP}][{_LOWER}]++[ \u00a0]+(?:[{_CAP}]\.[ \u00a0]*)?[{_CAP}][{_LOWER}]")
"""What every match of `_PERSON_PAIR` holds from its first capitalised word on: a text without
two capitalised words in a row has none. The engine skips to a capital in C; `_PERSON_PAIR`
is tried at most letters, as the words for a person start with most letters (stop 26)."""


def _person_then_pair(text: str, known: list[str], found: list[Candidate]) -> None:
    """Two capitalised words right after a word for a person (issue 17, attack round 7): a
    name whose given name the list does not hold or holds as a Norwegian word (`Vitnet Sol
    Bakken`, `Tolken Liv Hansen`). Not a place, a unit, a department's word or a word that
    starts a sentence on either side (`Vitnet Røde Kors`, `Barnet Det …`)."""
    if _A_PAIR.search(text) is None:
        return
    places, large = _places(), _large_places()
    at = 0
    while (match := _PERSON_PAIR.search(text, at)) is not None:
        if caps.full(found):
            return
        at = match.start("one")  # the first word may be a word for a person (`person (Vitnet Sol`)
        one, two = _fold(match.group("one")), _fold(match.group("two"))
        if any(w in _VOCABULARY or w in places or w in large or w in _SENTENCE_STARTS
               or w in _CUE_LAST for w in (one, two)):  # fmt: skip
            continue
        if _UNIT.match(match.group("two")) is not None or not continues_name(two):
            continue  # `Personen Rapid Support …`, `Legen Haukeland Universitetssjukehus`
        if _THIRD_CAPITAL.match(text, match.end("two")) is not None:
            continue  # an organisation's name of three words (`Soldaten Eritrean Defence Forces`)
        if not_a_person(text, match.start("one"), match.end("two")):
            continue
        _add(text, match.start("one"), match.end("two"), known, found)


_CASE = re.compile(
    rf"[{_CAP}][{_LOWER}]++-(?:saken|sakene|saka|dommen|drapet|affæren|skandalen)(?![\w-])"
)


def names_a_case(block: str) -> bool:
    """Whether a block starts with a case named after a person (`Khashoggi-saken er omtalt …`):
    a surname joined to `-saken`, `-dommen`, `-drapet`, `-affæren`... is one noun, the name of a
    public case in country information, not a surname that a given name over it
    (``rendered.across_blocks``: `### Jamal` over it) would complete. On one line the pair is
    still a name (`Jamal Khashoggi-saken`)."""
    return _CASE.match(block.lstrip(' \u00a0*_«“"')) is not None


_THIRD_CAPITAL = re.compile(rf"[ \u00a0]+[{_CAP}]")


def continues_name(word: str, *, farm: bool = True) -> bool:
    """Whether a word (folded or not) may end a person's name: a given name on the list, or a
    word shaped like a surname (Norwegian `-sen`, `-en` of farm names as `Bakken`, foreign
    endings). Most words of an organisation's name (`Support`, `Welle`, `Universitetssjukehus`)
    are neither (probe of attack round 7's rules: 18 ordinary texts refused). Without ``farm``,
    a word in `-en` counts only if shaped otherwise like a surname: at the start of a block it
    is more often a noun's definite form (`Bydelen`, `Havnebyen`)."""
    word = _fold(word)
    every, ambiguous = _given_names()
    if word in _VOCABULARY or word in _places() or word in _SENTENCE_STARTS:
        return False
    return (
        (word in every and word not in ambiguous)
        or (farm and word.endswith("en"))
        or _SURNAME_SHAPE.match(word) is not None
        or _FOREIGN_SURNAME.match(word) is not None
    )


_HOST_LABEL = re.compile(
    r"(?:(?<=://)(?:[a-z0-9-]{1,40}+\.){0,3}?|(?<=www\.)|(?<![\w@.%+-]))(?P<label>[a-zæøå]{6,40}+)"
    r"[0-9]{0,4}+(?=(?:\.[a-z0-9-]{1,40}+)*\.[a-z]{2,13}(?![\w@-]))"
)
"""A host's label in small letters: the first of a web address's host (`https://amirhassan.no/`,
`www.olenakovalenko.example`, `amirhassan.example`) or one after up to three subdomains of an
address with a scheme (`https://blog.amirhassan.no/`), perhaps with digits after it
(`amirhassan90.no`); not an e-mail's (those have their rule)."""

_HOST_END = re.compile(r"\.[a-z]")
"""What every match of `_HOST_LABEL` holds (its look-ahead ends in `\\.[a-z]{2,13}`): a text
without it has no host's label, and the engine skips to each `.` in C, where `_HOST_LABEL`,
which starts with look-behinds, is tried at every character (stop 26)."""


def _host_names(text: str, known: list[str], found: list[Candidate]) -> None:
    """A name run together in a host's label (issue 17, attack round 10, class 17): judged as
    `AmirHassan` is in running text, a given name of the list (not a Norwegian word) followed by
    a given name or a word shaped like a surname (`amirhassan`, `olenakovalenko`); a word of
    prose or a place after a name (`alibaba`, `amirkabul`) is none."""
    if "." not in text or _HOST_END.search(text) is None:
        return
    every, ambiguous = _given_names()
    places = _places()
    for match in _HOST_LABEL.finditer(text):
        if caps.full(found):
            return
        label = match.group("label")
        for cut in range(3, len(label) - 2):
            one, two = label[:cut], label[cut:]
            if one not in every or one in ambiguous or one in _VOCABULARY or one in places:
                continue
            if two in _large_places() or not continues_name(two, farm=False):
                continue
            _add(text, match.start("label"), match.end(), known, found, f"{one} {two}")
            break
