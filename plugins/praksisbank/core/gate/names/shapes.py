"""Names in Latin letters read by their shape in a sentence: with an age, capitals and
surname first (`_shaped`), a party and a pair of words, two small words on the name list, kin
compounds (`søkerens bror Amir`).

Imports: `lists.py`, `cues.py`, `tables.py` and the gate's helpers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from praksisbank.core.gate import caps
from praksisbank.core.gate.namecontext import INSTITUTION_WORDS, not_a_person
from praksisbank.core.gate.names.cues import (
    _CUE_LAST,
    _UNIT,
    _plain_word,
)
from praksisbank.core.gate.names.lists import (
    _CAP,
    _FOREIGN_SURNAME,
    _LOWER,
    _NAME_PAIR,
    _NOT_SURNAME,
    _VOCABULARY,
    NORWEGIAN_SHAPED,
    WHAT_NAME,
    Candidate,
    _given_names,
    _large_places,
    _line_before,
    _places,
    _sentence_start,
    _shown,
    _small_name,
)
from praksisbank.core.gate.names.tables import (
    _add,
)
from praksisbank.core.gate.places import fold as _fold
from praksisbank.core.gate.prefilter import has_digit, lowered_alike

_AGED = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_LOWER}]{{2,}}+(?:,[ \u00a0]*+|[ \u00a0]+\()"
    r"[0-9]{1,3}[ \u00a0]+år(?![\w])"
)
"""A capitalised word followed by an age (`Zarmina, 17 år`, `Zarmina (17 år)`)."""


def _aged(text: str, known: list[str], found: list[Candidate]) -> None:
    """A given name (not a Norwegian word, not a place) followed by an age: the age says a
    person, as a cue does."""
    if (" år" not in text and "\u00a0år" not in text) or not has_digit(text):
        return
    every, ambiguous = _given_names()
    places = _places()
    for match in _AGED.finditer(text):
        word = match.group().split(",")[0].split()[0]
        name = _fold(word)
        if name not in every or name in ambiguous or name in places or name in _VOCABULARY:
            continue
        if any(name in k.split() for k in known):
            continue
        end = match.start() + len(word)
        found.append((match.start(), end, WHAT_NAME, _shown(word), name))


def _shaped(text: str, at: int, known: list[str]) -> Candidate | None:
    """A capitalised word before a word with a foreign surname's shape (see above)."""
    match = _NAME_PAIR.match(text, at)
    if match is None:
        return None
    first, second = _fold(match.group()), _fold(match.group("second"))
    last = second.rpartition(" ")[2]
    if _FOREIGN_SURNAME.match(last) is None or second in _NOT_SURNAME:
        return None
    if last in NORWEGIAN_SHAPED:
        return None  # `Opplysning Verdi`: a table's header, one line in a PDF
    end = match.end("second")
    if _sentence_start(text, at) and not _whole_line(text, at, end):
        return None
    if first in _given_names()[1] or first in _VOCABULARY or second in _VOCABULARY:
        return None
    if first in INSTITUTION_WORDS or first in _CUE_LAST:
        return None
    places = _places()
    if first in places or second in _large_places() or f"{first} {second}" in places:
        return None
    if not_a_person(text, at, end):
        return None
    value = " ".join(text[at:end].split())
    folded = _fold(value)
    if any(folded in k for k in known):
        return None
    return at, end, WHAT_NAME, _shown(value), folded


_LINE_HEAD = re.compile(r"[ \t>#*_\"'«“|]*|[ \t]*(?:!!!|\?\?\?\+?)[ \t]*[\w-]+[ \t]+\"")
"""What may stand before a title on its line: marks, a heading's `#`, an admonition's type."""


_LINE_END = re.compile(r"[ \u00a0*_»”\"']*(?:\n|\Z|\|)")


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are all of their line (marks and quotes
    aside): a title, a heading, a cell."""
    if _LINE_HEAD.fullmatch(_line_before(text, start)) is None:
        return False
    return _LINE_END.match(text, end) is not None


_PARTY_PAIR = re.compile(
    r"[SsKk](?<![\w-][SsKk])(?i:øker|økeren|lager|lageren)(?:[ \u00a0]*:)?[ \u00a0]+"
    r"(?P<one>[A-ZÆØÅ]{2,}+|[a-zæøå]{2,}+)[ \u00a0]+(?P<two>[A-ZÆØÅ]{2,}+|[a-zæøå]{2,}+)(?![\w-])"
)
"""A party of the case before two words in capitals or in small letters (`Søkeren ZARGHUNA
WARDAK`, `Søkeren amir hassan`)."""


def _party_pair_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_PARTY_PAIR.finditer(text)`` finds, tried only before `øker` and `lager` in the
    text lower-cased (one character for one but in a text with `İ`, which gets the pattern's
    own scan): the engine would try every `s` and `k`."""
    low = lowered_alike(text)
    if low is None:
        yield from _PARTY_PAIR.finditer(text)
        return
    starts: list[int] = []
    for word in ("øker", "lager"):
        at = low.find(word)
        while at >= 0:
            if at > 0:
                starts.append(at - 1)
            at = low.find(word, at + 1)
    done = 0
    for at in sorted(starts):
        if at >= done and (match := _PARTY_PAIR.match(text, at)) is not None:
            yield match
            done = match.end()


def _party_pairs(text: str, known: list[str], found: list[Candidate]) -> None:
    """A pair in capitals after a party, or in small letters where it reads as a name."""
    if "øker" not in text and "lager" not in text and "ØKER" not in text and "LAGER" not in text:
        return
    every, ambiguous = _given_names()
    places = _places()
    for match in _party_pair_matches(text):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        one, two = match.group("one"), match.group("two")
        if one.isupper() != two.isupper():
            continue
        a, b = _fold(one), _fold(two)
        if a in places or b in _large_places() or a in _VOCABULARY or b in _VOCABULARY:
            continue
        if one.islower() and not _small_name(a, b, every, ambiguous):
            continue
        _add(text, match.start("one"), match.end("two"), known, found)


_SMALL_PAIR = re.compile(
    r"[a-zæøåäöüçşğı](?<![^\W\d_][a-zæøåäöüçşğı])[a-zæøåäöüçşğı]{1,30}+"
    r"(?=[-_ \u00a0](?P<two>[a-zæøåäöüçşğı]{2,30}+)(?![^\W\d_]))"
)


_SMALL_RUN = re.compile(r"[a-zæøåäöüçşğı]{2,31}+")


@cache
def _small_firsts() -> frozenset[str]:
    """The words that may start a pair in `_small_pairs`: given names that are not Norwegian
    words, places or the department's words (the loop there skips every other word)."""
    every, ambiguous = _given_names()
    return every - ambiguous - _places() - _VOCABULARY


_SMALL_BYTES = bytes(
    code if _SMALL_RUN.fullmatch(chr(code) * 2) is not None else 0x20 for code in range(256)
)
"""Every byte a letter of `_SMALL_RUN`'s class, every other one a space (Latin-1)."""


@cache
def _small_firsts_latin1() -> frozenset[bytes]:
    """`_small_firsts` in Latin-1 (those that can be written so)."""
    return frozenset(
        word.encode("latin-1") for word in _small_firsts() if max(word, default="a") < "\u0100"
    )


def _small_pair_matches(text: str) -> list[re.Match[str]]:
    """The matches of `_SMALL_PAIR` whose first word is in `_small_firsts`, in order: what
    ``finditer`` gives with the others left out. A match's first word is a whole run of small
    letters (a letter neither before nor after it), so it is one of `_SMALL_RUN`'s runs: the
    text is searched only at the runs that can start a pair (most texts have none)."""
    hits: set[str] | frozenset[str]
    try:  # a text in Latin-1: its runs of small letters from its bytes (a third of the time)
        runs = text.encode("latin-1").translate(_SMALL_BYTES).split()
        hits = {word.decode("latin-1") for word in _small_firsts_latin1().intersection(runs)}
    except UnicodeEncodeError:
        hits = _small_firsts().intersection(_SMALL_RUN.findall(text))
    if not hits:
        return []
    starts: set[int] = set()
    for word in hits:
        at = text.find(word)
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    found: list[re.Match[str]] = []
    for at in sorted(starts):
        match = _SMALL_PAIR.match(text, at)
        if match is not None and match.group() in hits:
            found.append(match)
    return found


def _small_pairs(text: str, known: list[str], found: list[Candidate]) -> None:
    """Names in small letters, in a slug or in a text (see above): `amir-hassan-1992`."""
    every, ambiguous = _given_names()
    places = _places()
    for match in _small_pair_matches(text):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        one, two = match.group(), match.group("two")
        if one not in every:  # most words: one look-up
            continue
        said = one not in ambiguous and _SAID_AFTER.match(text, match.end("two")) is not None
        if not (said or _small_name(one, two, every, ambiguous)):
            continue  # `tesfay haile sa at`: a given name and a word speak (attack round 12)
        if one in places or two in _large_places():
            continue
        if one in _VOCABULARY or two in _VOCABULARY:
            continue
        _add(text, match.start(), match.end("two"), known, found, f"{one} {two}")


_WORD_THEN_SPACE = re.compile(rf"[{_CAP}][{_LOWER}]+[ \u00a0]+\Z")


_KIN_COMPOUND = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_LOWER}]{{1,40}}(?:-(?:familien|familiens|familiene|slekten|"
    r"brødrene|søstrene)|s[ \u00a0]+(?P<kin>datter|sønn|bror|søster|kone|mann|enke|far|mor|barn"
    r"|onkel|tante|familie|barnebarn|svigersønn|svigerdatter))(?![\w-])"
)


def _kin_words(text: str, known: list[str], found: list[Candidate]) -> None:
    """`Wardak-familien`, `Rahimis datter`: a name in a compound or a genitive with kin."""
    if "famil" not in text and "brødr" not in text and "søstr" not in text and "s " not in text:
        return
    every, ambiguous = _given_names()
    large = _large_places()
    for match in _KIN_COMPOUND.finditer(text):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        if _WORD_THEN_SPACE.search(text, max(0, match.start() - 40), match.start()):
            continue  # the last word of a longer name (`Amir Hassan-familien`): the pair rules
        word = re.split(r"[- \u00a0]", match.group())[0]
        if match.group("kin"):
            word = word[:-1]
        folded = _fold(word)
        if folded in large or folded in _VOCABULARY or _fold(word + "s") in _VOCABULARY:
            continue
        known_name = (folded in every and folded not in ambiguous) or _FOREIGN_SURNAME.match(folded)
        if match.group("kin") and _sentence_start(text, match.start()) and not known_name:
            continue  # `Guds sønn`, `Landets sønn`: at a sentence's start, a known name only
        _add(text, match.start(), match.end(), known, found)


_CAPITALS_FIRST = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_CAP}]{{2,30}}+(?![\w'’-])[ \u00a0]+"
    rf"(?P<given>[{_CAP}][{_LOWER}]{{2,30}}+)(?![\w-])"
)
"""A word in capitals and a capitalised word (`KAROKHEL Gulbaddin`, `HABTE Kidane`): a passenger
list's or a form's surname first (attack round 11)."""

_CAPITALS_SURNAME = re.compile(r".{2,}(?:zai|zay|zoy|khel|zada|zadeh|nejad|pour|wal|yar)\Z")
"""The endings that make a word in capitals a surname whatever follows it."""


_DEFINITE = ("en", "et", "ene", "er", "ne")


def _capitals_first(text: str, known: list[str], found: list[Candidate]) -> None:
    """A surname in capitals before a capitalised word: a name when the capitals are a given
    name or a surname's ending of the arrival countries (`-zai`, `-zoy`, `-khel`, `-wal`,
    `-yar`), or the word after them is a given name; neither a place, an institution or one of
    the department's words (`UNHCR Kenya`, `NATO Brussel` pass)."""
    every, ambiguous = _given_names()
    places = _places()
    for match in _CAPITALS_FIRST.finditer(text):
        surname = _fold(match.group().split()[0])
        given = _fold(match.group("given"))
        if surname in ambiguous or given in ambiguous:
            continue
        if {surname, given} & (_VOCABULARY | INSTITUTION_WORDS | _NOT_SURNAME | NORWEGIAN_SHAPED):
            continue
        if surname in places or given in places or given in _large_places():
            continue
        strong = surname in every or _CAPITALS_SURNAME.match(surname) is not None
        if not strong and (given not in every or len(surname) < 4):
            continue  # `UDI Amir`: an acronym of three letters before a given name
        if given not in every and given.endswith(_DEFINITE):
            continue  # `AMIR Søkeren`: a Norwegian noun in its definite form, not a name
        if any(surname in k.split() or given in k.split() for k in known):
            continue
        value = " ".join(match.group().split())
        found.append((match.start(), match.end(), WHAT_NAME, _shown(value), _fold(value)))


_SLUG_SURNAME = re.compile(r"(?:zai|zay|zoy|zoi|khel|khil|zada|zadeh|nejad|pour)(?![\w-])")
"""A strong surname ending of the arrival countries at a word's end (`-zai`, `-khel` ...):
where a slug's pair may end."""

_SLUG_BEFORE = re.compile(
    rf"(?<![\w-])(?P<one>[{_LOWER}]{{3,30}})[-_](?P<two>[{_LOWER}]{{2,30}})\Z"
)


def _slug_surnames(text: str, known: list[str], found: list[Candidate]) -> None:
    """A given name and a surname in small letters joined by a hyphen or an underscore, as a
    tag or an address writes them (`gulbaddin-karokhel`, attack round 11), when the surname
    has a strong ending of the arrival countries (`_SLUG_SURNAME`) and the first word is
    neither a word of the department's, a place, a Norwegian definite noun, nor a word that is
    also a given name's Norwegian meaning."""
    if "-" not in text and "_" not in text:
        return
    _every, ambiguous = _given_names()
    places = _places()
    for ending in _SLUG_SURNAME.finditer(text):
        match = _SLUG_BEFORE.search(text, max(0, ending.start() - 64), ending.start())
        if match is None:
            continue
        one = _fold(match.group("one"))
        two = _fold(match.group("two") + ending.group())
        if one in ambiguous or one in _VOCABULARY or one in places or one.endswith(_DEFINITE):
            continue
        if one in INSTITUTION_WORDS or two in places:
            continue
        _add(text, match.start(), ending.end(), known, found, f"{one} {two}")


_SAYING = (
    r"[ \u00a0]+(?:sa|sier|forklarte|forklarer|bekreftet|bekrefter|opplyste|opplyser|fortalte"
    r"|forteller|uttalte|uttaler|hevdet|hevder|skrev|erkjente|innrømmet|benektet|nektet|tilføyde"
    r"|fastholdt|vitnet|truet|ringte|varslet)"
    r"(?:[ \u00a0]*[:,]|[ \u00a0]+(?:at|seg|også|videre|forklaringen|opplysningene|dette|det"
    r"|ham|henne|søkeren|politiet)(?![\w-]))"
)
"""A verb of saying and what follows it (`sa at`, `forklarte:`, `bekreftet forklaringen`)."""


_SAID_AFTER = re.compile(_SAYING)


_SAID = re.compile(
    rf"(?P<first>[{_CAP}][{_LOWER}]+(?:-[{_CAP}][{_LOWER}]+)?)[ \u00a0]+"
    rf"(?P<second>[{_CAP}][{_LOWER}]+(?:-[{_CAP}][{_LOWER}]+)?){_SAYING}"
)
"""Two capitalised words as the subject of a verb of saying (attack round 12: `Xamdi Cawaale sa
at`, `Cawo Warsame forklarte at`, `Rêber Xelîl forklarte at`): a person speaks, though neither
word is on a list. Tried only where the pair trigger stands (`_NAME_TRIGGER`)."""


_SAYING_BODIES = frozenset(
    ("røde kors", "norsk folkehjelp", "kirkens nødhjelp", "redd barna", "crisis group",
     "human rights", "amnesty international", "freedom house", "leger uten", "save the")
)  # fmt: skip
"""Bodies of two capitalised words that say and write things in country information."""


def _said(text: str, at: int, known: list[str]) -> Candidate | None:
    """A pair before a verb of saying (`_SAID`), neither word a place, a language, a
    department's word, an institution's or a cue, no capitalised word right before it (`Human
    Rights Watch skrev`), and not one of `_SAYING_BODIES`."""
    match = _SAID.match(text, at)
    if match is None:
        return None
    first, second = match.group("first"), match.group("second")
    if f"{_fold(first)} {_fold(second)}" in _SAYING_BODIES:
        return None
    for word in (first, second):
        if not _plain_word(_fold(word)) or word.lower() in _CUE_LAST:
            return None
        if _UNIT.match(word) is not None or word.lower().endswith("rett"):
            return None  # `Høyesterett Storkammer uttalte`: a court, a unit
    if _large_places().intersection((_fold(first), _fold(second))):
        return None
    before = text[max(0, at - 40) : at].split()
    if before and before[-1][:1].isupper() and before[-1][-1:] not in '.!?:;»”"':
        return None  # the end of a longer name of a body (`Human Rights Watch`)
    end = match.end("second")
    if not_a_person(text, at, end):
        return None
    value = f"{first} {second}"
    if any(_fold(value) in k for k in known):
        return None
    return at, end, WHAT_NAME, _shown(value), _fold(value)
