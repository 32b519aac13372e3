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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator
from functools import cache
from importlib.resources import files
from itertools import pairwise

import pycountry

from praksisbank.core.gate import caps
from praksisbank.core.gate.confusables import (
    capital_i,
    char_class,
    latin_letters,
    lookalike_letters,
    upright,
)
from praksisbank.core.gate.namecontext import INSTITUTION_WORDS, not_a_person, titled_not_a_person
from praksisbank.core.gate.nameseparators import DOTS, camel_pairs, middle_marked, spaced
from praksisbank.core.gate.places import NORWEGIAN_TOWNS
from praksisbank.core.gate.places import fold as _fold
from praksisbank.core.gate.prefilter import OneCharacter, has_digit, lowered_alike

WHAT_NAME = "et personnavn"

Candidate = tuple[int, int, str, str, str]  # start, end, what, masked, canonical (the gate's form)


@cache
def _places() -> frozenset[str]:
    """Country and subdivision names, whole (casefolded, without diacritics): never a person's
    name. A name of several words is kept whole (`Kohgiluyeh and Boyer-Ahmad` does not make
    `Ahmad` a place)."""
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(_fold(value))
    names.update(_fold(sub.name) for sub in pycountry.subdivisions)
    names.update(_fold(t) for t in NORWEGIAN_TOWNS)
    names.update(_fold(w) for w in _PLACES_EXTRA)
    return frozenset(names)


# Everyday spellings of places in the arrival countries that pycountry writes otherwise.
_PLACES_EXTRA = (
    "Kabul", "Herat", "Mazar", "Sharif", "Jalalabad", "Kandahar", "Ghazni", "Bamiyan", "Kunduz",
    "Aleppo", "Damaskus", "Damascus", "Homs", "Hama", "Idlib", "Raqqa", "Deir", "Daraa", "Latakia",
    "Afrin", "Kobane", "Asmara", "Massawa", "Keren", "Mogadishu", "Kismayo", "Baidoa", "Hargeisa",
    "Bagdad", "Baghdad", "Basra", "Mosul", "Erbil", "Kirkuk", "Sulaymaniyah", "Dohuk", "Teheran",
    "Tehran", "Mashhad", "Isfahan", "Shiraz", "Tabriz", "Kiev", "Kyiv", "Kharkiv", "Odesa", "Lviv",
    "Dnipro", "Mariupol", "Istanbul", "Ankara", "Izmir", "Gaziantep", "Diyarbakir", "Khartoum",
    "Darfur", "Gaza", "Ramallah", "Hebron", "Jerusalem",
)  # fmt: skip


# -- personal names ----------------------------------------------------------------------------

_CAP = "A-ZÆØÅÄÖÜÉÈÁÍÓÚÇŞĞİÂÊÎÔÛ"
_LOWER = "a-zæøåäöüéèáíóúçşğıâêîôûàëïß'’"
_NAME_PAIR = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_LOWER}]+(?:-[{_CAP}][{_LOWER}]+)?(?![\w-])"
    rf"(?=[ \u00a0]+(?P<second>(?:(?:al|el|ul|bin|ibn|van|von|de|da|di)[ -])?"
    rf"[{_CAP}][{_LOWER}]+(?:-[{_CAP}][{_LOWER}]+)?)(?![\w]))"
)
# Words of the department and of country reports that follow or precede a given name and
# are not a surname (the names themselves are not in the list: `Enhet`, `Fagsjef`...).
_VOCABULARY = frozenset(
    _fold(w)
    for w in (
        "Enhet", "Avdeling", "Seksjon", "Nettverk", "Direktoratet", "Utlendingsnemnda",
        "Utlendingsdirektoratet", "Landinfo", "Kirke", "Kirken", "Moské", "Moskeen", "Universitet",
        "Universitetet", "Sykehus", "Sykehuset", "Provins", "Provinsen", "Distrikt", "Distriktet",
        "Fylke", "Kommune", "By", "Byen", "Landsby", "Leir", "Leiren", "Nord", "Sør", "Øst",
        "Vest", "North", "South", "East", "West", "Jesus", "Kristus", "Allah", "Koranen",
        "Bibelen", "Profeten", "Islam", "Kristendom", "Gud", "Human", "Rights", "Watch", "Amnesty",
        "International", "Røde", "Kors", "Kristi", "Sankt", "Saint", "St",
    )
)  # fmt: skip
_SENTENCE_END = frozenset(".!?:;|>#")


@cache
def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    """The given names, casefolded: (every name, the names that are also Norwegian words)."""
    every: set[str] = set()
    ambiguous: set[str] = set()
    source = files("praksisbank.core.gate").joinpath("data/given_names.txt").read_text("utf-8")
    for line in source.splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("~"):
            line = line[1:]
            ambiguous.add(_fold(line))
        every.add(_fold(line))
    return frozenset(every), frozenset(ambiguous)


def _sentence_start(text: str, at: int) -> bool:
    """Whether a capital at `at` would be there anyway: the start of a text, a line, a sentence,
    a list item, a heading, a quotation or a table cell."""
    before = _line_before(text, at).rstrip(" \u00a0\t*_[(\"'«“„")
    if not before:
        return True
    if before[-1] in _SENTENCE_END:
        return True
    return re.fullmatch(r"[ \t>]*(?:[-+*]|[0-9]+[.)])", before) is not None


def _line_before(text: str, at: int) -> str:
    """The characters of the line before ``at``, at most `_LOOK_BACK` of them: a line is not
    copied whole at every capital (one line of a megabyte: quadratic)."""
    low = max(0, at - _LOOK_BACK)
    return text[text.rfind("\n", low, at) + 1 or low : at]


_LOOK_BACK = 200


def _known(known_names: Collection[str]) -> list[str]:
    return [" ".join(_fold(n).split()) for n in known_names if n.strip()]


def _name(text: str, at: int, known: list[str]) -> Candidate | None:
    """A given name starting at `at` followed by a capitalised word."""
    match = _NAME_PAIR.match(text, at)
    if match is None:
        return None
    every, ambiguous = _given_names()
    first, second = _fold(match.group()), _fold(match.group("second"))
    if "-" in first and first not in every:  # `Amir-Hassan`: a given name of two
        parts = first.split("-")
        if not any(p in every and p not in ambiguous for p in parts):
            return None
        first = next(p for p in parts if p in every)
    if first not in every or first in _VOCABULARY or second in _VOCABULARY:
        return None
    if first in _ARTICLES or _lineage(text, at):
        return None  # `Al Shabaab`; `Darod/Majeerteen/Omar Mahmud`, a clan's lineage
    places = _places()
    if first in places or second in _large_places() or f"{first} {second}" in places:
        return None
    if first in ambiguous and _sentence_start(text, at):
        return None
    end = match.end("second")
    if not_a_person(text, at, end):  # `Omar Khayyam-skolen`, `bodde i Said Abad i Wardak`
        return None
    value = " ".join(text[at:end].split())
    folded = _fold(value)
    if any(folded in k for k in known):
        return None
    return at, end, WHAT_NAME, " ".join(w[0] + "…" for w in value.split()), folded


_ARTICLES = frozenset(("al", "el"))
"""The Arabic article, capitalised at the head of a group's or a place's name (`Al Shabaab`, `Al
Qaida`, `El Fasher`): on the list as a given name (`Al`), never one before a capitalised word in
the department's texts. A name after it is still found by the rules that read a surname alone
(after a word for a person, a cue or a title: `Vitnet Al Hassan`)."""
_LINEAGE = re.compile(rf"[{_CAP}][{_LOWER}]+/\Z")


def _lineage(text: str, at: int) -> bool:
    """Whether the pair at ``at`` is the last part of a clan's lineage written with `/` and no
    spaces (`Ogaden/Mohamed Zubeyr`, `Darod/Majeerteen/Omar Mahmud`: sub-clans named after an
    ancestor): the word before the `/` is capitalised and not a given name (`Amir/Mohamed
    Zubeyr` is a person's names side by side)."""
    if at == 0 or text[at - 1] != "/":
        return False
    before = _LINEAGE.search(text, max(0, at - 40), at)
    return before is not None and _fold(before.group()[:-1]) not in _given_names()[0]


# Transliterations (issue 17, attack round 6, class 5): the same arrival name is written with
# other letters after another language's spelling (Russian `Mokhammad Khuseyn` for Muhammad
# Husayn). A word is compared with the list by its spelling key: casefolded without marks,
# `dzh`, `zh`, `dj` as `j`, `kh` as `h`, `ph` as `f`, `q` as `k`, `w` as `v`, `ou` and `oo` as
# `u`, `ee` and `y` as `i`, `e` as `a` (the unwritten short vowels: Husein, Husayn), a doubled
# letter as one. A key shared by a given name that is also a Norwegian word counts for nothing.
_SPELLING = (("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("ph", "f"), ("q", "k"),
             ("w", "v"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"), ("e", "a"))  # fmt: skip
_DOUBLED = re.compile(r"(.)\1+")


def _spelling_key(word: str) -> str:
    """The spelling key of a word (see above)."""
    key = _fold(word)
    for old, new in _SPELLING:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", key)


@cache
def _given_keys() -> frozenset[str]:
    """The spelling keys of the given names, less those of the names that are also words."""
    every, ambiguous = _given_names()
    words = {_spelling_key(name) for name in ambiguous}
    return frozenset(k for name in every if len(k := _spelling_key(name)) >= 4) - words


def _transliterated(text: str, at: int, known: list[str]) -> Candidate | None:
    """Two capitalised words that are both given names by their spelling key (`Mokhammad
    Khuseyn`), when the list does not hold the first as written."""
    match = _NAME_PAIR.match(text, at)
    if match is None:
        return None
    first, second = _fold(match.group()), _fold(match.group("second"))
    keys = _given_keys()
    if first in _given_names()[0] or " " in second:
        return None  # the list holds the first word: `_name` judged the pair
    if _spelling_key(first) not in keys or _spelling_key(second) not in keys:
        return None
    if first in _VOCABULARY or second in _VOCABULARY or first in _places():
        return None
    if second in _large_places():
        return None
    end = match.end("second")
    if not_a_person(text, at, end):
        return None
    value = " ".join(text[at:end].split())
    folded = _fold(value)
    if any(folded in k for k in known):
        return None
    return at, end, WHAT_NAME, _shown(value), folded


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


# -- names not on the list ---------------------------------------------------------------------
# A given name the list does not hold is still caught where the words around say a person:
# - mid-sentence, a capitalised word (not a Norwegian given name that is also a word, not a
#   place, not the department's word, not a word for an institution) before a capitalised word
#   with the shape of a foreign surname (`-zai`, `-i`, `-ov`, `-yan`, `gebre-`...: a capital
#   inside a Norwegian sentence marks a proper name); at the start of a sentence only when the
#   pair is all of its line (an admonition's title, a heading, a cell);
# - after the parties of a case (`Søker:`, `Klageren`) a pair in capitals or small letters, and
#   a capitalised one (`_cued`); after kin, a signature or a name written (`familien`,
#   `enken etter`, `undertegnet`, `skriver seg`, `navnet sitt som`) any capitalised word;
# - kin in a compound or a genitive: `Wardak-familien`, `Rahimis datter`;
# - in small letters, joined by hyphens, underscores or a space (a file name, a tag, a heading
#   id, a link's address: `amir-hassan-1992`, `gulpari stanekzai`): a given name that is not a
#   Norwegian word, then another such name or a word with a foreign surname's shape.

_NOT_SURNAME = frozenset(
    ("islami", "islamiya", "milli", "melli", "watani", "jihadi", "sharqi", "gharbi", "shimali",
     "janubi", "shahi", "azadi", "hindi", "farsi", "dari", "pashtun", "urdu", "tigrinya",
     # languages, faiths and peoples (issue 17, probe 9: `tolken (Somali)`, `søkeren, Sunni,`)
     "somali", "swahili", "bengali", "nepali", "punjabi", "sindhi", "balochi", "baluchi",
     "kurmanji", "sorani", "badini", "hazaragi", "tajiki", "uzbeki", "turkmeni", "sunni",
     "shii", "ismaili", "alawi", "alevi", "yazidi", "ezidi", "israeli", "iraqi", "saudi",
     "kuwaiti", "omani", "yemeni", "pakistani", "bangladeshi", "afghani", "qatari", "emirati",
     "bahraini", "azeri", "tamil",
     # clans and peoples of the arrival countries (the probe after round 9: `Søkeren, Ogadeni,`)
     "bajuni", "benadiri", "ogadeni", "tunni", "kuchi", "nuristani", "bakhtiari", "gilaki",
     "mazandarani", "ahwazi", "yarsani", "turkmani", "lazi", "qizilbashi", "sadati", "barawani",
     "ashrafi", "mahri", "shirazi", "kurdi", "arabi", "baluchi", "sistani", "khorasani")
)  # fmt: skip
"""Words of the arrival countries' languages with a surname's ending that name a thing:
`Hezb Islami`, `Jamiat Watani`, a language, a faith, a people."""


def _shaped(text: str, at: int, known: list[str]) -> Candidate | None:
    """A capitalised word before a word with a foreign surname's shape (see above)."""
    match = _NAME_PAIR.match(text, at)
    if match is None:
        return None
    first, second = _fold(match.group()), _fold(match.group("second"))
    if _FOREIGN_SURNAME.match(second.rpartition(" ")[2]) is None or second in _NOT_SURNAME:
        return None
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


def _small_name(one: str, two: str, every: frozenset[str], ambiguous: frozenset[str]) -> bool:
    """Two words (folded) that read as a name in small letters: a given name that is not a
    Norwegian word, then another, a word with a foreign surname's shape or a province's name
    (`wardak`, `logari`: many surnames are one)."""
    if one not in every or one in ambiguous or two in _NOT_SURNAME_SMALL or two in _NOT_SURNAME:
        return False
    if two in every and two not in ambiguous:
        return True
    if _FOREIGN_SURNAME.match(two) is not None:
        return True
    return two in _places() and two not in _large_places()


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
        if not _small_name(one, two, every, ambiguous) or one in places or two in _large_places():
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


# -- names written other ways ------------------------------------------------------------------

# Four more shapes of a name, each one rule over the same lists (given names, places, the
# department's words, the employees named as contacts):
# - all capitals (`AMIR HASSAN`): a given name that is not also a Norwegian word, then a word of
#   capitals;
# - surname first (`Hassan, Amir`): a capitalised word, a comma and a given name that is not also
#   a Norwegian word, not followed by another capitalised word (`Kabul, Herat og Mazar`);
# - an initial (`A. Hassan`): a capital and a full stop before a capitalised word that is a given
#   name or has the shape of a surname (`-i`, `-zai`, `-zada`, `-ov`, `-enko`, `-yan`, `-sen`...),
#   not after `bokstav`, `punkt`, `nr.`... (`bokstav A. Søkeren` is a citation and a sentence);
# - a courtesy title (`Herr Hassan`, `fru Ahmadi`, `Hr.`, `Frk.`, `Mr.`, `Mrs`, `Ms.`, `Dr.`):
#   any capitalised word after it that is not a place or one of the department's words; a title
#   with a full stop may stand right before it (`Hr.Rahimi`), a hyphen or an apostrophe may join
#   it (`Hr.-Rahimi`, `herr-Rahimi`, `fru'Rahimi`; not `MR-` in capitals, an MRI's).
# Letters of other scripts:
# - a word that mixes Latin letters with Cyrillic or Greek look-alikes (`Fаtima` with a Cyrillic
#   `а`) is read in Latin letters (same length) before every name rule;
# - two capitalised words in Cyrillic are spelled in Latin letters (a few spellings of `х`, `й`,
#   `е`) and judged as a name pair;
# - two to four words in Arabic script side by side in a Latin text are reported as a name a
#   reviewer must clear: no list of names in Arabic script is at hand, and in a Norwegian text a
#   phrase in Arabic script is most often a name (a single word, a term such as `تذکره`, is not).
_LOOKALIKES = str.maketrans(
    "АВЕКМНОРСТХУІЈЅаеорсухіјѕԁӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοιυνκρτ",
    "ABEKMHOPCTXYIJSaeopcyxijsdlABEZHIKMNOPTYXaoiuvkpt",
)
_NON_LATIN_LETTER = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
_MIXED_WORD = re.compile("(?<![^\\W\\d_])[^\\W\\d_]*?[\u0370-\u03ff\u0400-\u04ff][^\\W\\d_]*+")


@cache
def _marked_lookalikes() -> dict[int, str]:
    """Cyrillic and Greek letters with marks as their letter without (`Ӓ` as `А`, `ά` as `α`),
    one for one, so that the look-alike table reads them."""
    table: dict[int, str] = {}
    for code in (*range(0x0370, 0x0530), *range(0x1F00, 0x2000)):
        base = unicodedata.normalize("NFKD", chr(code))[:1]
        if base and base != chr(code) and base.isalpha():
            table[code] = base
    return table


@cache
def _marked_in() -> OneCharacter:
    """`_latin_marked`'s class, quick on Latin-1 text."""
    return OneCharacter(_latin_marked()[1])


@cache
def _latin_marked() -> tuple[dict[int, str], re.Pattern[str]]:
    """Latin letters with marks our letter classes do not hold, as their base letter (`Ḥ` as
    `H`, `ā` as `a`), spaces of other widths as a space, and a pattern that finds one."""
    kept = set("ÆØÅÄÖÜÉÈÁÍÓÚÇŞĞİÂÊÎÔÛæøåäöüéèáíóúçşğıâêîôûàëïß")
    table: dict[int, str] = {}
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch)[:1]
        if ch not in kept and base != ch and "A" <= base.upper() <= "Z":
            table[code] = base
    for code in (*range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000):
        table[code] = " "  # spaces of other widths
    for code, letter in latin_letters().items():  # `🅰`, `ɑ`, `ł`: by their Unicode names
        table.setdefault(code, letter)
    for code, letter in lookalike_letters().items():  # `ꓮ`, `Ꭺ`, `Ⲏ`: Unicode's confusables
        table.setdefault(code, letter)
    # Beyond the Basic Multilingual Plane one range (a text with any such character is read
    # through the table): a class of many characters there is tested one by one.
    bmp = char_class(c for c in table if c < 0x10000)
    pattern = re.compile(f"[{bmp}\U00010000-\U0010ffff]")
    return table, pattern


def _latin_lookalikes(text: str) -> str:
    """`text` with every word that mixes Latin and Cyrillic or Greek letters spelled in Latin
    letters (one letter for one: offsets stay)."""
    if _NON_LATIN_LETTER.search(text) is None:
        return text

    def latin(match: re.Match[str]) -> str:
        word = match.group()
        if not any("a" <= ch.lower() <= "z" for ch in word):
            return word
        return word.translate(_marked_lookalikes()).translate(_LOOKALIKES)

    return _MIXED_WORD.sub(latin, text)


_NAME_CAPS = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_CAP}]{{2,}}+(?![\w-])"
    rf"(?=[ \u00a0]+(?P<second>[{_CAP}]{{2,}}+(?:-[{_CAP}]{{2,}}+)?)(?![\w-]))"
)
_NAME_INVERTED = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_LOWER}]{{2,}}+(?:-[{_CAP}][{_LOWER}]+)?(?![\w-]),[ \u00a0]+"
    rf"(?P<second>[{_CAP}][{_LOWER}]+)(?![\w-])(?![ \u00a0]+[{_CAP}])"
)
_NAME_INITIAL = re.compile(
    rf"[{_CAP}](?<![\w.'’-][{_CAP}])(?:(?<=[A-Z])[a-z]{{1,3}}\.|\.)?(?:(?<=\.)[ \u00a0]?|[ \u00a0])"
    rf"(?P<second>[{_CAP}][{_LOWER}]{{2,}}+(?:-[{_CAP}][{_LOWER}]+)?)(?![\w-])"
)
"""An initial (`A. Hassan`, `A Hassan`) or a given name cut short (`Mohd. Hassan`, `Md. Rahimi`)
before a capitalised word; which of these is a name is judged in `_initialled`."""
_NOT_ABBREVIATED = frozenset(
    ("jf", "jfr", "nr", "kap", "pkt", "ca", "bl", "rt", "utl", "tlf", "evt", "se", "dvs", "ref",
     "art", "avd", "sek", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "okt", "nov",
     "des", "ifm", "vs", "etc", "mfl", "inkl", "ekskl", "iht", "jnr", "st", "dr", "hr", "fr",
     "mr", "ms", "mrs", "prof", "adv", "ltd", "co", "nb", "obs", "ps", "fig", "tab", "vol")
)  # fmt: skip
"""Abbreviations that are no given name cut short (`Jf. Rahimi-saken`, `St. Olav`)."""
_NOT_INITIAL_BEFORE = re.compile(
    r"(?i)(?:bokstav|punkt|pkt\.|nr\.?|ledd|vedlegg|kapittel|kap\.|del|avsnitt|alternativ|"
    r"kategori|gruppe|side|s\.|jf\.|rubrikk|skjema|trinn|klasse|type|§)[ \u00a0]*\Z"
)
_SURNAME_SHAPE = re.compile(
    r"(?i).{2,}(?:[^aeiouy]i|zai|zay|zada|zadeh|zade|khel|nejad|pour|poor|ov|ova|ev|eva|in|ina"
    r"|sky|skiy|skaya|enko|chuk|yan|jan|ian|oglu|oğlu|son|sen|sson|dottir|stad|rud|heim|land"
    r"|vik|berg|dal|nes)\Z"
)
_TITLE = re.compile(
    r"[HhFfMmDd](?<![\w.][HhFfMmDd])(?:(?<=[Hh])(?:err|r\.)|(?<=[Ff])(?:ru|rk\.|røken)"
    r"|(?<=M)(?:[Rr][Ss]?\.?|[Ss]\.|iss|ister|adame|onsieur)|(?<=m)(?:rs?\.?|s\.)|(?<=[Dd])r\.)"
    r"(?:[ \u00a0]+|(?<=\.)[-'’]?|(?<=[a-zø])[-'’])"
    rf"(?P<second>[{_CAP}][{_LOWER}]+(?:-[{_CAP}][{_LOWER}]+)?)(?![\w-])"
)
_CYRILLIC_PAIR = re.compile(
    "[А-ЯЁІЇЄҐ](?<![\\w-][А-ЯЁІЇЄҐ])[а-яёіїєґ']+(?![\\w-])[ \u00a0]+"
    "(?P<second>[А-ЯЁІЇЄҐ][а-яёіїєґ']+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ']+)?)(?![\\w-])"
)
_CYRILLIC_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya", "'": "",
}  # fmt: skip
_ARABIC_LETTER = "\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff"
_ARABIC_WORD = f"[{_ARABIC_LETTER}][\u0621-\u065f\u066e-\u06d3\u06fa-\u06ff]++"
_ARABIC_RUN = re.compile(
    f"[{_ARABIC_LETTER}](?<![\u0600-\u06ff][{_ARABIC_LETTER}])[\u0621-\u065f\u066e-\u06d3\u06fa-\u06ff]*+"
    f"(?:[ \u00a0\u200c]+{_ARABIC_WORD}){{1,3}}"
)


# Other scripts whose words are written apart, read as the Arabic script is: two to four words
# side by side (a word: a letter, then letters and marks of that script).
_SCRIPTS = (
    ("ethiopic", "etiopisk skrift", "\u1200-\u135a", "\u1200-\u135f", "[ \u00a0]*\u1361[ \u00a0]*"),
    ("armenian", "armensk skrift", "\u0531-\u0556\u0561-\u0587", "\u0531-\u0587", ""),
    ("georgian", "georgisk skrift", "\u10a0-\u10fa\u1c90-\u1cbf", "\u10a0-\u10ff\u1c90-\u1cbf", ""),
    ("hebrew", "hebraisk skrift", "\u05d0-\u05ea", "\u0591-\u05c7\u05d0-\u05f4", ""),
    ("devanagari", "devanagari-skrift", "\u0904-\u0939\u0958-\u0961",
     "\u0900-\u0963\u0970-\u097f", ""),
    ("bengali", "bengalsk skrift", "\u0985-\u09b9\u09dc-\u09e1", "\u0980-\u09e3\u09f0-\u09fe", ""),
    ("gurmukhi", "gurmukhi-skrift", "\u0a05-\u0a39\u0a59-\u0a5e", "\u0a00-\u0a63\u0a70-\u0a76", ""),
    ("tamil", "tamilsk skrift", "\u0b85-\u0bb9", "\u0b80-\u0bcd\u0bd0-\u0bd7", ""),
    ("syriac", "syrisk skrift", "\u0710-\u072f\u074d-\u074f", "\u0700-\u074f", ""),
    ("sinhala", "singalesisk skrift", "\u0d85-\u0dc6", "\u0d80-\u0dff", ""),
    ("myanmar", "burmesisk skrift", "\u1000-\u102a\u103f-\u1055", "\u1000-\u109f", ""),
    ("tifinagh", "tifinagh-skrift", "\u2d30-\u2d67", "\u2d30-\u2d7f", ""),
)  # fmt: skip
_GREEK_PAIR = re.compile(
    "[\u0386\u0388-\u038f\u0391-\u03a9](?<![\u0370-\u03ff\u1f00-\u1fff][\u0386-\u03a9])"
    "[\u03ac-\u03ce\u1f00-\u1fff]++(?:[ \u00a0]+[\u0386\u0388-\u038f\u0391-\u03a9]"
    "[\u03ac-\u03ce\u1f00-\u1fff]++){1,3}(?![\u0370-\u03ff])"
)
"""Two to four capitalised words in Greek (`Αμίρ Χασάν`): the capital marks a name."""
_EAST_ASIAN_RUN = re.compile(
    '[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af](?<=(?:[^\\W\\d_][ \u00a0]|[ \u00a0][(«“"])[^ ])'
    '[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,3}+(?=[ \u00a0.,;:!?)»”"]|\\Z)'
)
"""Two to four Han or Hangul characters side by side (`王小明`, `김민수`), a word of their own in
a sentence of Latin letters (a space and a word before, a space or a mark after: bytes decoded
at random make no such sentence): written without spaces, a name in a Norwegian text is such
a run; a reviewer clears a term."""
_SCRIPT_LABELS = {name: label for name, label, *_ in _SCRIPTS}
_SCRIPT_RUNS = re.compile(
    "|".join(
        f"(?P<{name}>(?<![{rest}])[{first}][{rest}]*+"
        f"(?:(?:[ \u00a0\u200c]+{'|' + sep if sep else ''})[{first}][{rest}]*+){{1,3}})"
        for name, _, first, rest, sep in _SCRIPTS
    )
)


# Letters of every other script (issue 17, attack round 6, class 2): a letter outside the
# blocks read above (Latin, Greek, Cyrillic, Arabic, the scripts of `_SCRIPTS`, Hangul) and
# outside punctuation and symbols. A scan stops only at such a character (one negated class, in
# C); the letters and marks of a word are then read by their Unicode category.
_READ_ELSEWHERE = (
    "\x00-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u077f\u08a0-\u08ff\u0900-\u0a7f\u0b80-\u0bff"
    "\u0d80-\u0dff\u1000-\u109f\u10a0-\u11ff\u1200-\u139f\u1c80-\u1cbf\u1d00-\u1fff"
    "\u2000-\u2bff\u2c60-\u2c7f\u2d30-\u2d7f\u2de0-\u2e7f\u3000-\u303f\ua640-\ua69f"
    "\ua720-\ua7ff\uab30-\uab6f\uac00-\ud7af\ufb00-\ufb4f\ufb50-\ufdff\ufe00-\ufe6f"
    "\ufe70-\uff65\U0001f000-\U0001faff\U000e0000-\U000e01ef"
)
_UNREAD = re.compile(f"[^{_READ_ELSEWHERE}]")
_UNREAD_IN = OneCharacter(_UNREAD)
_WORD_GAP = " \u00a0\u200c\u30fb\u00b7\u2027\u0f0b"
"""What stands between the words of a name in another script: a space, a zero-width
non-joiner, the Tibetan syllable mark, the middle dots Japanese puts between the parts of a
foreign name (`アミール・ハッサン`)."""
_UNSPACED = frozenset(
    ("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "THAI", "LAO", "KHMER", "TIBETAN", "JAVANESE",
     "BALINESE", "BUGINESE", "TAI", "NEW", "YI", "SUNDANESE", "LISU")
)  # fmt: skip
"""The first word of the Unicode names of the letters of the scripts written without spaces
between words (Han, Japanese kana, Thai, Lao, Khmer, Tibetan, the scripts of Java, Bali,
Sulawesi, the Tai scripts, Yi): one run of two letters or more may be a name in a sentence."""


_BOUNDED_BEFORE = re.compile("[\\s(«“„\"'\\[]")
_BOUNDED_AFTER = re.compile("[\\s.,;:!?)»”\"'\\]\u3000-\u303f\uff01\uff0c\uff1a\uff1b\uff1f]")
"""What stands before and after a run of words in a sentence (a space, a quote, a parenthesis, a
full stop of any script, the start or end of the text). Bytes decoded at random (a base32 or
base64 string read by `encoded.py`) make letters of other scripts glued to others and to
symbols: no run there."""


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "L"


_JAPANESE = frozenset(("CJK", "HIRAGANA", "KATAKANA"))


def _script(ch: str) -> str:
    """The script of a letter, by the first word of its Unicode name (Han and kana as one)."""
    first = unicodedata.name(ch, "").split(" ", 1)[0].split("-", 1)[0]
    return "CJK" if first in _JAPANESE else first


def _word_end(text: str, at: int) -> int:
    """The end of the word of letters and marks that starts at ``at``, in the script of its
    first letter."""
    end, script = at + 1, _script(text[at])
    while end < len(text) and (category := unicodedata.category(text[end])[0]) in "LM":
        if category == "L" and _script(text[end]) != script:
            break
        end += 1
    return end


def _unlisted_runs(text: str) -> list[tuple[int, int]]:
    """Every run of two to four words in a script read by no rule above, or of one word of
    two letters or more in a script written without spaces: (start, end). A word starts
    with a letter outside `_READ_ELSEWHERE`; the next word of a run starts with one too."""
    runs: list[tuple[int, int]] = []
    at = 0
    while (match := _UNREAD.search(text, at)) is not None:
        start = match.start()
        if not _is_letter(text[start]):
            at = start + 1
            continue
        unspaced = unicodedata.name(text[start], "").split(" ")[0] in _UNSPACED
        end = _word_end(text, start)
        words = 1
        while words < 4:
            gap = end
            while gap < len(text) and text[gap] in _WORD_GAP:
                gap += 1
            if gap == end or gap >= len(text) or _UNREAD.match(text, gap) is None:
                break
            if not _is_letter(text[gap]):
                break
            end, words = _word_end(text, gap), words + 1
        before, after = text[start - 1 : start], text[end : end + 1]
        bounded = _BOUNDED_BEFORE.match(before or " ") and _BOUNDED_AFTER.match(after or " ")
        if words == 1 and not (before or after):
            bounded = None  # one word alone is the whole text: bytes decoded as UTF-16
        if bounded and (words >= 2 or (unspaced and end - start >= 2)):
            runs.append((start, end))
        at = max(end, start + 1)
    return runs


_GIVEN_THEN_OTHER = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_LOWER}]++[ \u00a0]+(?=[^\W\d_])(?![\x00-\u02af\u1d00-\u1eff])"
)
"""A capitalised Latin word before a word that starts with a letter of another script
(`Amir ميلدون`): a pair across a change of script."""


def _across_scripts(text: str, found: list[Candidate]) -> None:
    """A given name (not a Norwegian word, not a place) followed by a word in another script."""
    every, ambiguous = _given_names()
    places = _places()
    for match in _GIVEN_THEN_OTHER.finditer(text):
        first = _fold(match.group().split()[0])
        if first not in every or first in ambiguous or first in places or first in _VOCABULARY:
            continue
        end = _word_end(text, match.end())
        value = " ".join(text[match.start() : end].split())
        found.append((match.start(), end, WHAT_NAME, f"{value[0]}… (annen skrift)", _fold(value)))


_OTHER_LETTERS = (
    "\u0370-\u03ff\u0400-\u052f\u0531-\u0587\u05d0-\u05ea\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff"
    "\u0710-\u072f\u0900-\u0dff\u10a0-\u10ff\u1200-\u135a\u2d30-\u2d67"
)
_OTHER_THEN_LATIN = re.compile(
    rf"[{_OTHER_LETTERS}][\u064b-\u065f\u0670]*+[ \u00a0]+"
    rf"(?P<latin>[{_CAP}][{_LOWER}]++(?:-[{_CAP}][{_LOWER}]++)?)(?![\w-])"
)
"""The last letter of a word in another script (Greek, Cyrillic, Armenian, Hebrew, Arabic,
Syriac, the Indic scripts, Georgian, Ethiopic, Tifinagh), then a capitalised Latin word."""


OTHER_SCRIPT_SHOWN = "(annen skrift)"
"""How a name in another script then Latin is shown masked (`_other_then_latin`)."""


def _other_then_latin(text: str, found: list[Candidate], given: Callable[[str], bool]) -> None:
    """A given name in another script, then a Latin surname (issue 17, attack round 9, class
    10: `محمد Hassan`, `زهرا Ahmadi`, `ተስፋይ Gebremedhin`, `Олена Kovalchuk`): the Latin word
    names a person alone (`_named_alone`: a given name that is no Norwegian word, or a foreign
    surname's shape; never a place, a language, a faith or a people). A Cyrillic word must be a
    given name itself; a word that opens an organisation's name (`حزب`) is none."""
    for match in _OTHER_THEN_LATIN.finditer(text):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        if not _named_alone(_fold(match["latin"])):
            continue
        start = match.start()
        while start > 0 and (
            text[start - 1].isalpha() or unicodedata.category(text[start - 1])[0] == "M"
        ):
            if ord(text[start - 1]) < 0x250:
                break
            start -= 1
        if start > 0 and (text[start - 1].isalpha() or text[start - 1].isdigit()):
            continue  # a Latin letter glued before: a mixed word, read as look-alikes
        word = text[start : match.start("latin")].strip()
        if len(word) < 2 or _organisation(word):
            continue
        if "\u0400" <= word[0] <= "\u052f" and not any(
            given(s) for s in _cyrillic_spellings(word.capitalize())
        ):
            continue
        value = f"{word} {match['latin']}"
        shown = f"{OTHER_SCRIPT_SHOWN} {match['latin'][0]}…"
        found.append((start, match.end(), WHAT_NAME, shown, _fold(value)))


# What a run of words in another script names when it is no person (issue 17, attack round 6,
# false stops): an organisation, an office or a state whose name starts with the word for one
# (`هيئة تحرير الشام`, `وزارة الداخلية`, `ህዝባዊ ግንባር …`), and a gloss: the run alone in
# parentheses right after a capitalised Latin name that is no person's (`Ulemarådet (شورای علمای
# افغانستان)`: see `_gloss`).
_ORGANISATION_WORDS = frozenset(
    # Arabic
    ("هيئة", "هيئه", "حركة", "حركه", "جبهة", "جبهه", "وزارة", "وزاره", "حزب", "مجلس", "إمارة",
     "امارة", "دولة", "جمهورية", "منظمة", "جمعية", "اتحاد", "جيش", "لواء", "كتائب", "قوات",
     "حكومة", "محكمة", "جامعة", "مديرية", "شورى", "الحزب", "المجلس", "الجيش", "الدولة",
     # Dari, Pashto, Kurdish (Sorani)
     "شورای", "امارت", "وزارت", "سازمان", "جنبش", "جمعیت", "اتحادیه", "ریاست", "اداره",
     "محکمه", "دادگاه", "دانشگاه", "حکومت", "دولت", "جمهوری", "حزبی", "پارت", "پارتی",
     "يەکێتی", "یەکێتی", "پارتی", "ګوند", "غورځنګ", "اداره‌ی",
     # Tigrinya, Amharic
     "ህዝባዊ", "ሕዝባዊ", "ግንባር", "ሚኒስቴር", "ሚኒስትሪ", "ፓርቲ", "ድርጅት", "መንግሥት", "መንግስት",
     "ሰራዊት", "ሠራዊት", "ማሕበር", "ማኅበር", "ማህበር", "ቤት", "ፍርድ", "ዩኒቨርሲቲ")
)  # fmt: skip
_LATIN_BEFORE_GLOSS = re.compile(
    rf"(?P<run>(?:(?:al|el|ul)-)?[{_CAP}][\w'’-]*+(?:[ \u00a0]+(?:(?:al|el|ul)-)?[{_CAP}][\w'’-]*+)"
    rf"{{0,4}}+)[ \u00a0]*\([ \u00a0]*\Z"
)
_DEFINITE_NOUN = re.compile(r".{3,}(?:et|en|a|ene|rådet|partiet|fronten|hæren)\Z")


def _organisation(words: str) -> bool:
    """Whether a run of words in another script starts with a word for an organisation."""
    return words.split(" ", 1)[0].strip("«»\"'()") in _ORGANISATION_WORDS


def _gloss(text: str, start: int, end: int, found: list[Candidate]) -> bool:
    """Whether the run from ``start`` to ``end`` stands alone in parentheses right after a
    capitalised Latin name that is no person's: two or more capitalised words no rule found a
    name (`Hayat Tahrir al-Sham`), or one that is a Norwegian noun in its definite form
    (`Ulemarådet`); in neither case a given name among them."""
    after = text[end : end + 3].lstrip(" \u00a0")
    if not after.startswith(")"):
        return False
    match = _LATIN_BEFORE_GLOSS.search(text, max(0, start - 120), start)
    if match is None:
        return False
    run_start, run_end = match.start("run"), match.end("run")
    if any(c[0] < run_end and run_start < c[1] for c in found):
        return False  # a person's name, glossed
    words = match.group("run").split()
    every = _given_names()[0]
    if any(_fold(w.rpartition("-")[2]) in every for w in words):
        return False
    return len(words) >= 2 or _DEFINITE_NOUN.match(_fold(words[0])) is not None


def _cyrillic_spellings(word: str) -> set[str]:
    """A Cyrillic word in Latin letters, the ways names are usually written (`х` as kh or h,
    `й` as y or i)."""
    plain = "".join(_CYRILLIC_LATIN.get(ch, ch) for ch in word.lower())
    return {plain, plain.replace("kh", "h"), plain.replace("y", "i")}


# Cyrillic names in the other orders (issue 17, attack round 9, class 2): surname first
# (`Иванов Иван Иванович`, `Ковальчук Олена Петрівна`), a surname in capitals (`КОВАЛЬЧУК
# Олена`, `Олена КОВАЛЬЧУК`), initials (`Ковальчук О. П.`, `О. П. Ковальчук`). A run of two to
# four capitalised Cyrillic words or initials is a name when a word after the first is a
# patronymic (`-ович`, `-евич`, `-івна`; `-овна`, `-евна`, `-ич`, `-ична` only after a given name:
# `Верховна Рада` is a council), when a given name follows a word shaped like a Slavic surname or
# one in capitals, when a given name comes before one in capitals, or when initials stand beside
# a surname's shape (or two initials beside any word). (A given name first, then a capitalised
# word, is `_CYRILLIC_PAIR`.)
_CYRILLIC_UPPER = "А-ЯЁІЇЄҐ"
_CYRILLIC_LOWER = "а-яёіїєґ'’"
_CYRILLIC_TAIL = (
    rf"(?:[{_CYRILLIC_LOWER}]++|[{_CYRILLIC_UPPER}]++)"
    rf"(?:-[{_CYRILLIC_UPPER}](?:[{_CYRILLIC_LOWER}]++|[{_CYRILLIC_UPPER}]++))?|\."
)
_CYRILLIC_RUN = re.compile(
    rf"[{_CYRILLIC_UPPER}](?<![\w.’'-][{_CYRILLIC_UPPER}])(?:{_CYRILLIC_TAIL})"
    rf"(?:(?:(?<=\.)[ \u00a0]*|[ \u00a0]+)[{_CYRILLIC_UPPER}](?:{_CYRILLIC_TAIL})){{1,3}}"
    r"(?![\w’'-])"
)
"""Two to four capitalised Cyrillic words or initials (`Ковальчук О. П.`); the first character
a class, so the engine skips in C to a Cyrillic capital."""
_PATRONYMIC = re.compile(r"(?:ович|евич|йович|ьович|івна|ївна)\Z")
_PATRONYMIC_AFTER_GIVEN = re.compile(r"(?:овна|евна|ич|ична|инична)\Z")
_SLAVIC_SURNAME = re.compile(r".{2,}(?:uk|iuk|yuk|ko|skyi|skyy|skiy|ska|ska[iy]a)\Z")


def _cyrillic_names(text: str, found: list[Candidate], given: Callable[[str], bool]) -> None:
    """The Cyrillic names of `_CYRILLIC_RUN` judged as above."""
    for match in _CYRILLIC_RUN.finditer(text):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        tokens = match.group().replace(".", ". ").split()
        if _cyrillic_name(tokens, given):
            value = " ".join(tokens)
            found.append((match.start(), match.end(), WHAT_NAME, "(kyrillisk skrift)", value))


def _cyrillic_name(tokens: list[str], given: Callable[[str], bool]) -> bool:
    words = [t for t in tokens if not t.endswith(".")]
    if not words:
        return False

    def is_given(token: str) -> bool:
        return not token.endswith(".") and any(
            given(s) for s in _cyrillic_spellings(token.capitalize())
        )

    def surname(token: str) -> bool:
        spellings = _cyrillic_spellings(token) if not token.endswith(".") else set()
        return any(
            _SURNAME_SHAPE.match(s) or _FOREIGN_SURNAME.match(s) or _SLAVIC_SURNAME.match(s)
            for s in spellings
        )

    def capitals(token: str) -> bool:
        return len(token) >= 4 and token.isupper() and not token.endswith(".")

    for before, token in pairwise(tokens):
        low = token.lower()
        if before.endswith("."):
            continue
        if _PATRONYMIC.search(low) or (_PATRONYMIC_AFTER_GIVEN.search(low) and is_given(before)):
            return True
    first = tokens[0]
    if (surname(first) or capitals(first)) and any(is_given(t) for t in tokens[1:]):
        return True
    if is_given(first) and capitals(tokens[1]):
        return True
    initials = len(tokens) - len(words)
    return initials > 0 and len(words) == 1 and (initials >= 2 or surname(words[0]))


def _initialled(text: str, match: re.Match[str], given: Callable[[str], bool]) -> bool:
    """Whether an initial or a given name cut short (`_NAME_INITIAL`) starts a name: the word
    after it is a given name or has a surname's shape, and it is no citation (`bokstav A`), no
    word (`I`, `Å`) and no abbreviation of ours (`Jf.`)."""
    second = match.group("second")
    head = text[match.start() : match.start("second")].rstrip(" \u00a0")
    if not head.endswith("."):
        if head in ("I", "Å") or (head == "A" and _sentence_start(text, match.start())):
            return False
    elif len(head) > 2 and head[:-1].casefold() in _NOT_ABBREVIATED:
        return False
    cited = _NOT_INITIAL_BEFORE.search(text, max(0, match.start() - 12), match.start())
    return not cited and (_SURNAME_SHAPE.match(second) is not None or given(second))


def _judged_name(
    text: str,
    start: int,
    end: int,
    first: str | None,
    second: str,
    known: list[str],
    capitals: bool = False,
) -> Candidate | None:
    """A name found by one of the shapes above: refused when a word of it is a place or one of
    the department's words, or when it names an employee. In capitals (``MARIAM SAFI``) a place
    after a given name is still a name: many surnames are places too."""
    places = _places()
    for word in (first, second):
        place = _fold(word) in places if word is not None else False
        if capitals and word is second and first is not None and _fold(first) not in places:
            place = False
        if word is not None and (_fold(word) in _VOCABULARY or place):
            return None
    value = " ".join(text[start:end].split())
    folded = _fold(value)
    if any(folded in k or _fold(second) in k.split() for k in known):
        return None
    shown = " ".join(w[0] + "…" for w in value.replace(",", "").split())
    return start, end, WHAT_NAME, shown, folded


def _other_names(
    text: str,
    known: list[str],
    found: list[Candidate],
    starts: list[int] | None = None,
    other_scripts: bool = True,
) -> None:
    """The names in capitals, surname first, after an initial or a title, and in Cyrillic or
    Arabic script. ``starts``: where a name of any shape may start (`_name_starts`), when the
    caller has them; ``other_scripts`` false: the text has no Greek, Cyrillic or Arabic letter."""
    if starts is None:
        starts = _name_starts(text)
    every, ambiguous = _given_names()

    def given(word: str) -> bool:  # a given name whose capital says something
        return _fold(word) in every and _fold(word) not in ambiguous

    spans: list[tuple[int, int, str | None, str]] = []  # start, end, first word, last word
    for match in _at_starts(_NAME_CAPS, text, starts):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        if given(match.group()) and len(match.group()) >= 3:
            name, surname = match.group(), match.group("second")
            candidate = _judged_name(
                text, match.start(), match.end("second"), name, surname, known, True
            )
            if candidate is not None:
                found.append(candidate)
    for match in _at_starts(_NAME_INVERTED, text, starts):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        surname, first = match.group().split(",")[0], match.group("second")
        common = _fold(surname) in ambiguous or (
            _fold(surname) in every and _sentence_start(text, match.start())
        )
        if given(first) and not common:
            spans.append((match.start(), match.end(), surname, first))
    for match in _at_starts(_NAME_INITIAL, text, starts):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        if _initialled(text, match, given):
            spans.append((match.start(), match.end(), None, match.group("second")))
    spans += [
        (m.start(), m.end(), None, m.group("second")) for m in _at_starts(_TITLE, text, starts)
    ]
    for start, end, first, last in spans:
        candidate = _judged_name(text, start, end, first, last, known)
        if candidate is not None:
            found.append(candidate)
    if not other_scripts:
        return
    for match in _CYRILLIC_PAIR.finditer(text):
        if any(given(f) for f in _cyrillic_spellings(match.group().split()[0])):
            folded = _fold(match.group())
            found.append((match.start(), match.end(), WHAT_NAME, "(kyrillisk skrift)", folded))
    _cyrillic_names(text, found, given)
    for match in _ARABIC_RUN.finditer(text):
        words = " ".join(match.group().split())
        if _organisation(words) or _gloss(text, match.start(), match.end(), found):
            continue  # `(هيئة تحرير الشام)`: an organisation's name
        found.append((match.start(), match.end(), WHAT_NAME, "(arabisk skrift)", words))
    for match in _SCRIPT_RUNS.finditer(text):
        words = " ".join(match.group().split())
        if _organisation(words) or _gloss(text, match.start(), match.end(), found):
            continue
        shown = f"({_SCRIPT_LABELS[match.lastgroup or '']})"
        found.append((match.start(), match.end(), WHAT_NAME, shown, words))
    for match in _GREEK_PAIR.finditer(text):
        found.append((match.start(), match.end(), WHAT_NAME, "(gresk skrift)", match.group()))
    for match in _EAST_ASIAN_RUN.finditer(text):
        shown = (
            "(koreansk skrift)" if "\uac00" <= match.group()[0] <= "\ud7af" else "(kinesisk skrift)"
        )
        found.append((match.start(), match.end(), WHAT_NAME, shown, match.group()))
    covered = [(c[0], c[1]) for c in found]
    for start, end in _unlisted_runs(text):
        if any(s < end and start < e for s, e in covered):
            continue  # read by a rule above already (`王小明` in a Latin sentence)
        words = " ".join(text[start:end].split())
        if _gloss(text, start, end, found):
            continue
        shown = "(kinesisk skrift)" if "\u3400" <= words[0] <= "\u9fff" else "(annen skrift)"
        found.append((start, end, WHAT_NAME, shown, words))
    _across_scripts(text, found)
    _other_then_latin(text, found, given)


# -- names in disguise, after a cue, in tables and lists ---------------------------------------

# Shapes an author (or an attacker) gives a name to slip past the rules above; each is undone in
# a copy of the text the rules read (`_Reshaped`), whose offsets lead back to the original:
# - letters of other alphabets that look Latin: Latin letters with marks our letter classes do
#   not hold (`Ḥasan`), Cyrillic or Greek look-alikes with marks (`Ӓmir`), small capitals
#   (`ᴀᴍɪʀ ʜᴀssᴀɴ`, read by their Unicode names: LATIN LETTER SMALL CAPITAL A is an `a`, the
#   first of a word a capital);
# - letters spaced out (`A m i r  H a s s a n`, with any space, no-break and thin spaces too): a
#   run of three or more single letters is one word, two spaces end it, and a capital after a
#   small letter starts the next (`A m i r H a s s a n`);
# - marks between the parts: quotes (`«Amir» Hassan`), emphasis and code marks (`*`, `_`, a
#   backtick), a footnote reference (`Amir[^1] Hassan`), superscript digits, and the one to
#   three digits a rendered footnote leaves glued to a word (`Amir1 Hassan`); a `<br>` is a space.
# After that, four more rules over the same lists:
# - a surname in small letters (`Amir hassan`) after a given name that is not a Norwegian word:
#   the second word is a given name that is not a Norwegian word either, or it has the shape of
#   a foreign surname (`rahimi`, `ahmadzai`, `hassanzada`, `ivanov`, `kovalenko`, `hakobyan`,
#   `gebremedhin`).
#   The only Norwegian word list at hand is the marking of the given names that are also words
#   (`~` in `data/given_names.txt`, from Debian's bokmål list): a full word list (a PyPI data
#   package such as wordfreq, with its four dependencies) would add megabytes to every install
#   for a rule that asks only whether a word is a known name or has a foreign surname's ending;
# - a cue or a title before a capitalised word that is not a country or a large town, not one of
#   the department's words and not a unit (`…enheten`, `…avdelingen`): `ved navn`, `med navnet`,
#   `fornavn`, `etternavn`, `navnet er`, `alias`, `Navn:` (`Hassan, fornavn Amir` is caught at
#   `fornavn`), titles (`professor`, `hajji`, `kommandant`, `mullah`, `sjeik`, `general`, `imam`,
#   `president`, `dommer`...), in any case; after a verb (`heter`, `het`, `kalt`, `kalles`) only
#   with a person before it (`Moren heter`, `Han ble kalt`) or a word shaped like a name (a
#   given name, a province, a foreign surname's ending): `Knappen heter Søk` names a thing;
# - a table whose header names a name (`| Fornavn | Etternavn |`, `Navn`, `Name`): every
#   capitalised cell below such a header (under `Navn` alone a cell of two capitalised words or
#   one starting with a given name: a category's name is no person's);
# - two adjacent table cells, or two adjacent list items or lines, of one word each that form a
#   name by the ordinary rule (`| Amir | Hassan |`, `- Amir` then `- Hassan`).

_SPACE_LIKE = " \u00a0\u2000-\u200a\u202f"


@cache
def _small_capitals() -> dict[int, str]:
    """Every small capital with a one-letter name (`LATIN LETTER SMALL CAPITAL R`): its letter."""
    table: dict[int, str] = {}
    for code in (*range(0x0250, 0x02B0), *range(0x1D00, 0x1D2C), 0xA730, 0xA731, 0xA7AE):
        name = unicodedata.name(chr(code), "")
        head, _, letter = name.rpartition(" ")
        if head == "LATIN LETTER SMALL CAPITAL" and len(letter) == 1:
            table[code] = letter.lower()
    return table


@cache
def _letter_folds() -> dict[int, str]:
    """One letter for one: Latin letters with marks our letter classes do not hold as their
    base letter (`Ḥ` as `H`), Cyrillic and Greek letters with marks as theirs (`Ӓ` as `А`)."""
    kept = set("ÆØÅÄÖÜÉÈÁÍÓÚÇŞĞİÂÊÎÔÛæøåäöüéèáíóúçşğıâêîôûàëïß")
    table: dict[int, str] = {}
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00), *range(0x0370, 0x0530)):
        ch = chr(code)
        if ch in kept or not ch.isalpha():
            continue
        base = unicodedata.normalize("NFKD", ch)[0]
        if base != ch and base.isalpha():
            table[code] = base
    return table


_SMALL_CAPITAL_RUN = "[\u0250-\u02af\u1d00-\u1d2b\ua730\ua731\ua7ae]"
_RESHAPE_MARKS = (
    r"(?P<foot>\[\^[^\]\s]{1,30}\])"
    r"|(?P<br><br[ \t]*/?>)"
    r"|(?P<mark>(?:[*`«»“”„\"‹›¹²³\u2070-\u209f]|_(?<![^\W_]_(?=[^\W_])))"
    r"(?<!heter [*_`«»“”„\"‹›¹²³\u2070-\u209f])(?<!kalt [*_`«»“”„\"‹›¹²³\u2070-\u209f])"
    r"(?<!het [*_`«»“”„\"‹›¹²³\u2070-\u209f])(?<!kalles [*_`«»“”„\"‹›¹²³\u2070-\u209f])"
    r"[*_`«»“”„\"‹›¹²³\u2070-\u209f]*)"
    r"|(?P<apos>['‘’](?:(?<![^\W\d_]['‘’])|(?![^\W\d_])))"
    r"|(?P<glued>[0-9](?<=[a-zæøåäöüéèáíóú][0-9])[0-9]{0,2}(?=[ \u00a0]))"
    rf"|(?P<small>{_SMALL_CAPITAL_RUN}(?:[^\W\d_]|{_SMALL_CAPITAL_RUN})*+)"
    r"|(?P<dotted>[.\-_](?<=(?<![\w.\-])[^\W\d_][.\-_])[^\W\d_](?:[.\-_][^\W\d_])++(?![\w]))"
    rf"|(?P<inner>[{DOTS}](?<=[A-Za-z\u00c0-\u024f][{DOTS}])(?=[A-Za-z\u00c0-\u024f]))"
)
"""Every disguise but spaced letters."""
_RESHAPE = re.compile(_RESHAPE_MARKS)
_RESHAPE_AT = re.compile(
    "[\\[<*_`«»“”„\"‹›¹²³\u2070-\u209f'‘’0-9\u0250-\u02af\u1d00-\u1d2b\ua730\ua731\ua7ae.\\-"
    f"{DOTS}]"
    rf"(?<=(?=(?:{_RESHAPE_MARKS}))[\s\S])"
)
"""Where a disguise but spaced letters starts: one class of first characters, the rest a
look-ahead, so the engine skips in C every other character (an alternation of groups it would
try at every one)."""
_RESHAPE_SPACED = re.compile(
    _RESHAPE_MARKS + rf"|(?P<spaced>(?<![\w])[^\W\d_](?:[{_SPACE_LIKE}][^\W\d_](?![\w])){{2,}}"
    rf"(?:[{_SPACE_LIKE}]{{2,3}}[^\W\d_](?:[{_SPACE_LIKE}][^\W\d_](?![\w]))+)*)"
)
_SPACED_HINT = re.compile(rf"[{_SPACE_LIKE}][^\W\d_][{_SPACE_LIKE}][^\W\d_](?![\w])")
"""Two single letters in a row (` m i`): only then are spaced letters looked for (the pattern
for them starts at any letter, which the engine cannot skip)."""


class _Reshaped:
    """A copy of a text with the disguises above undone, and the way back to its offsets."""

    __slots__ = ("_norm", "_orig", "text")

    def __init__(self, text: str) -> None:
        self._norm: list[tuple[int, int, int]] = []  # (start, length, original length) a piece
        self._orig: list[int] = []  # the original start of each piece
        pieces: list[str] = []
        done = 0
        size = 0
        for start, end, replacement in _undone(text):
            if replacement == text[start:end]:
                continue
            pieces.append(text[done:start])
            size += start - done
            pieces.append(replacement)
            self._norm.append((size, len(replacement), end - start))
            self._orig.append(start)
            size += len(replacement)
            done = end
        pieces.append(text[done:])
        self.text = "".join(pieces) if self._norm else text

    def _piece(self, n: int, start: bool) -> int:
        """The original offset of ``n``: a start, or (``start`` false) an exclusive end."""
        lo, hi = 0, len(self._norm)
        while lo < hi:  # the last piece that starts at or before n (before n, for an end)
            mid = (lo + hi) // 2
            if self._norm[mid][0] < n or (start and self._norm[mid][0] == n):
                lo = mid + 1
            else:
                hi = mid
        i = lo - 1
        if i < 0:
            return n
        norm_start, length, original = self._norm[i]
        if n < norm_start + length or (not start and n == norm_start + length):
            if length == original:
                return self._orig[i] + n - norm_start
            return self._orig[i] if start else self._orig[i] + original
        return self._orig[i] + original + n - norm_start - length

    def back(self, candidate: Candidate) -> Candidate:
        start, end, what, shown, canonical = candidate
        return self._piece(start, True), self._piece(end, False), what, shown, canonical


def _undone(text: str) -> list[tuple[int, int, str]]:
    """Every disguise in ``text`` and what it reads as: (start, end, replacement), in order.
    Letters spelled out one by one (`_spelled`) win over a disguise they overlap."""
    undone: list[tuple[int, int, str]] = []
    for match in _disguises(text):
        group = match.lastgroup
        token = match.group()
        if group == "br":
            replacement = " "
        elif group == "small":
            replacement = _small(token, text, match.start())
        elif group == "spaced":
            replacement = _unspaced(token)
        elif group == "dotted":  # `A.m.i.r`, `A-m-i-r`, `A_m_i_r`: the letters after the first
            replacement = token.replace(".", "").replace("-", "").replace("_", "")
        else:
            replacement = ""
        undone.append((match.start(), match.end(), replacement))
    spelled = _spelled(text)
    if not spelled:
        return undone
    kept = [u for u in undone if not any(s < u[1] and u[0] < e for s, e, _ in spelled)]
    return sorted(kept + spelled)


def _disguises(text: str) -> list[re.Match[str]]:
    """Every disguise in ``text``, in order (`_RESHAPE_SPACED`, quicker found)."""
    if _SPACED_HINT.search(text) is not None:  # rare: the slow pattern
        return list(_RESHAPE_SPACED.finditer(text))
    found: list[re.Match[str]] = []
    at = 0  # searched on from the end of the last disguise: inside a run of marks (`*_*_…`)
    while (start := _RESHAPE_AT.search(text, at)) is not None:  # the look-ahead reads the run
        match = _RESHAPE.match(text, start.start())  # to its end at each position: quadratic
        if match is None:  # the look-ahead said it matches here
            at = start.start() + 1
            continue
        found.append(match)
        at = max(match.end(), start.start() + 1)
    return found


def _small(token: str, text: str, at: int) -> str:
    """Small capitals as letters: the first of a word a capital, the others small."""
    table = _small_capitals()
    letters = "".join(table.get(ord(ch), ch) for ch in token)
    if at == 0 or not text[at - 1].isalpha():
        return letters[:1].upper() + letters[1:]
    return letters


def _unspaced(token: str) -> str:
    """Letters spaced out as words: two or more spaces end a word, and so does a capital after
    a small letter (`A m i r H a s s a n` is two words)."""
    words = re.split(f"[{_SPACE_LIKE}]{{2,3}}", token)
    joined = [re.sub(f"[{_SPACE_LIKE}]", "", word) for word in words]
    return " ".join(re.sub(r"(?<=[^\W\d_])(?<![A-ZÆØÅ])(?=[A-ZÆØÅ])", " ", w) for w in joined)


def _shown(value: str) -> str:
    return " ".join(w[0] + "…" for w in value.replace(",", "").split())


# Letters spelled one by one with a separator (issue 17, attack round 9, findings 3 and 8):
# `A, m, i, r H, a, s, s, a, n`, `A/m/i/r`, `A–m–i–r`, `A + m + i + r`, `A; m; i; r`, one letter
# a list item or a table row. A run of three single letters or more with one separator, the same
# all through (a comma or a semicolon and a space; a slash, a plus, a bar, a backslash or a dash,
# set off or not; a hyphen set off), is the word it spells; another gap (a space, a comma) starts
# the next word, of two letters or more; a capital after a small letter starts one too (`A; m; i;
# r; H; a`). Lines of one letter each, three or more in a row (a list item, a table row or a line
# alone), are read the same way, a blank line between words. What is spelled is then read by the
# name rules: options (`a, b, c`), points (`(a), (b)`) and initials (`A/S`, `A, B og C`) spell no
# name. (`A.m.i.r`, `A-m-i-r` and `A_m_i_r` are `dotted` above; spaces alone are `spaced`.)
_SPELL_CHARACTERS = r",;:~=^/\u2044\u2215\uff0f+\uff0b|\\\u2013\u2014\u2212\uff0c\uff1b\u3001"
_SPELL_SEPARATOR = (
    rf"[ \u00a0]*+[{_SPELL_CHARACTERS}][ \u00a0]*+|[ \u00a0]++-[ \u00a0]++|\.[ \u00a0]++"
)
_ONE_LETTER = r"[^\W\d_](?![^\W_])"
_SPELLED = re.compile(
    rf"(?<![^\W_])[^\W\d_](?P<sep>{_SPELL_SEPARATOR}){_ONE_LETTER}(?:(?P=sep){_ONE_LETTER})++"
    rf"(?:[,;\uff0c\uff1b\u3001]?[ \u00a0]++(?!(?P=sep)){_ONE_LETTER}(?P=sep){_ONE_LETTER}"
    rf"(?:(?P=sep){_ONE_LETTER})*+)*+"
)
_SPELLED_AT = re.compile(
    rf"[{_SPELL_CHARACTERS}.-]"
    r"(?:(?<=(?<![^\W_])[^\W\d_].)|(?<=(?<![^\W_])[^\W\d_][ \u00a0].))"
    rf"[ \u00a0]*+{_ONE_LETTER}"
)
"""Where a spelled run may start: a separator's character right after a single letter (a
space between or not), then a single letter; the engine skips in C to such a character."""
_LETTER_LINE = (
    r"[ \t]*+(?:[-*+\u2022][ \t]++|[0-9]{1,3}[.)][ \t]++|\|[ \t]*+)?[^\W\d_]"
    r"(?:[ \t]*+\|)?[ \t]*+(?=\n|\Z)"
)
_LETTER_LINES = re.compile(
    rf"(?m)^{_LETTER_LINE}(?:\n{_LETTER_LINE}){{2,}}+"
    rf"(?:\n[ \t]*+\n{_LETTER_LINE}(?:\n{_LETTER_LINE})++)*+"
)
_LETTER_PARAGRAPHS = re.compile(rf"(?m)^{_LETTER_LINE}(?:\n[ \t]*+\n{_LETTER_LINE}){{2,}}+")
"""Lines of one letter each, a blank line between every two (a loose list, a paragraph a
letter): one run; a capital after a small letter starts a word."""
_LETTER_LINE_AT = re.compile(
    r"\n[ \t]*+(?:[-*+\u2022][ \t]++|[0-9]{1,3}[.)][ \t]++|\|[ \t]*+)?[^\W\d_]"
    r"(?:[ \t]*+\|)?[ \t]*+\n"
)
"""A line of one letter between two line ends: only then are letter lines looked for."""
_CAPITAL_AFTER_SMALL = re.compile(r"(?<=[^\W\d_])(?<![A-ZÆØÅ])(?=[A-ZÆØÅ])")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _spelled(text: str) -> list[tuple[int, int, str]]:
    """Every run of letters spelled one by one (`_SPELLED`, `_LETTER_LINES`): (start, end, the
    words spelled, a space between)."""
    runs: list[tuple[int, int, str]] = []
    done = 0
    for at in _SPELLED_AT.finditer(text):
        if at.start() < done:
            continue
        first = at.start() - 1 if text[at.start() - 1].isalpha() else at.start() - 2
        match = _SPELLED.match(text, first)
        if match is None:
            continue
        runs.append((match.start(), match.end(), _words_spelled(match.group(), match["sep"])))
        done = match.end()
    if "\n" in text and _LETTER_LINE_AT.search(text) is not None:
        for match in _LETTER_LINES.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _ in runs):
                words = [
                    "".join(ch for ch in word if ch.isalpha())
                    for word in _BLANK_LINE.split(match.group())
                ]
                runs.append((match.start(), match.end(), _spaced_words(words)))
        for match in _LETTER_PARAGRAPHS.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _ in runs):
                letters = "".join(ch for ch in match.group() if ch.isalpha())
                runs.append((match.start(), match.end(), _spaced_words([letters])))
        runs.sort()
    return runs


def _words_spelled(token: str, separator: str) -> str:
    """The words a spelled run holds: letters joined by ``separator`` are one word."""
    words: list[str] = []
    at = 0
    while at < len(token):
        word = token[at]
        at += 1
        while token.startswith(separator, at) and at + len(separator) < len(token):
            at += len(separator)
            word += token[at]
            at += 1
        words.append(word)
        while at < len(token) and not token[at].isalpha():
            at += 1
    return _spaced_words(words)


def _spaced_words(words: list[str]) -> str:
    return " ".join(_CAPITAL_AFTER_SMALL.sub(" ", word) for word in words)


# A given name, then a word in small letters: a surname written small?
_NAME_SMALL = re.compile(
    rf"(?P<first>[{_CAP}](?<![\w'’-][{_CAP}])[{_LOWER}]++(?:-[{_CAP}][{_LOWER}]+)?)(?![\w-])"
    r"[ \u00a0]+"
    rf"(?P<second>[a-zæøåäöüçşğı][{_LOWER}]{{2,}}+)(?![\w-])"
)
_FOREIGN_SURNAME = re.compile(
    r"(?:gebre|ghebre|habte|tesfa|wolde|welde|haile|berhe|tekle|kidane|abdul|abdel|abdi)..+"
    r"|.{2,}(?:zai|zay|zada|zadeh|zade|khel|nejad|pour|poor|ov|ova|ev|eva|enko|chuk|yan|yev"
    r"|oglu|oğlu|[mdnwhqzkbjy]i|ari|iri|eri|ori)\Z"
)
_NOT_SURNAME_SMALL = frozenset(
    ("brev", "behov", "økonomi", "kjemi", "akademi", "komedi", "melodi", "ironi", "harmoni",
     "ski", "hobbi", "parodi", "anatomi", "astronomi", "agronomi", "sympati", "tyveri")
)  # fmt: skip


def _small_surnames(text: str, known: list[str], found: list[Candidate]) -> None:
    """`Amir hassan`: a given name that is not a Norwegian word, then a surname in small letters."""
    every, ambiguous = _given_names()
    places = _places()
    for match in _NAME_SMALL.finditer(text):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        first = _fold(match.group("first"))
        if first not in every or first in ambiguous:
            if "-" not in first:
                continue
            if not any(p in every and p not in ambiguous for p in first.split("-")):
                continue
        if first in _VOCABULARY or first in places:
            continue
        second = _fold(match.group("second"))
        if second in _VOCABULARY or second in places or second in _NOT_SURNAME_SMALL:
            continue
        named = second in every and second not in ambiguous
        if not named and _FOREIGN_SURNAME.match(second) is None:
            continue
        value = " ".join(match.group().split())
        folded = _fold(value)
        if not any(folded in k for k in known):
            found.append((match.start(), match.end(), WHAT_NAME, _shown(value), folded))


_ODD_CASE = re.compile(
    r"[A-ZÆØÅÄÖÜÇŞĞİ](?:(?<=[a-zæøåäöüçşğı][A-ZÆØÅÄÖÜÇŞĞİ])"
    r"|(?<=[a-zæøåäöüçşğı][ \u00a0-][A-ZÆØÅÄÖÜÇŞĞİ])[A-ZÆØÅÄÖÜÇŞĞİ]"
    r"|[A-ZÆØÅÄÖÜÇŞĞİ]++(?:[ \u00a0]+|-)[a-zæøåäöüçşğı])"
)
"""Where a pair in mixed case may stand: a small letter before a capital inside a word (`aMIR`,
`hASSAN`), or a word in capitals next to one in small letters (`AMIR hassan`, `amir HASSAN`,
`AMIR-hassan`). Each branch starts at a capital (most characters are not: the search skips
them in C)."""
_ANY_PAIR = re.compile(
    r"(?<![^\W\d_'’-])(?P<one>[^\W\d_]{2,30}+)"
    r"(?=(?:[ \u00a0]+|-)(?P<two>[^\W\d_]{2,30}+)(?![^\W\d_'’-]))"
)


def _case_style(word: str) -> str:
    if word.islower():
        return "small"
    if word.isupper():
        return "capitals"
    return "title" if word[:1].isupper() and word[1:].islower() else "mixed"


_READ_STYLES = frozenset(
    (("title", "title"), ("capitals", "capitals"), ("small", "small"), ("title", "small"))
)
"""Pairs of case styles another rule reads (`_NAME_PAIR`, `_NAME_CAPS`, `_small_pairs`,
`_small_surnames`)."""


def _mixed_case(text: str, known: list[str], found: list[Candidate]) -> None:
    """A name whose words are in mixed case (`AMIR hassan`, `aMIR hASSAN`: issue 17, attack round
    8): each word's case folded on its own, then the rule for a name in small letters
    (`_small_name`: a given name that is not a Norwegian word, then another or a word with a
    foreign surname's shape), places and the department's words refused. Read only where a pair
    of mixed case may stand (`_ODD_CASE`)."""
    matches: dict[int, re.Match[str]] = {}
    for odd in _ODD_CASE.finditer(text):  # the pairs around each place (most texts have few)
        end = odd.end() + 64  # a pair's two words start within this
        for match in _ANY_PAIR.finditer(text, max(0, odd.start() - 32), end):
            if match.start() > odd.end():
                break
            whole = match if match.end("two") < end else _ANY_PAIR.match(text, match.start())
            if whole is not None:  # (a word the end cut short read whole)
                matches[whole.start()] = whole
    if not matches:
        return
    every, ambiguous = _given_names()
    places = _places()
    for _, match in sorted(matches.items()):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        one_word, two_word = match.group("one"), match.group("two")
        if (_case_style(one_word), _case_style(two_word)) in _READ_STYLES:
            continue
        one, two = _fold(one_word), _fold(two_word)
        if one not in every or one in places or two in _large_places():
            continue
        if one in _VOCABULARY or two in _VOCABULARY or not _small_name(one, two, every, ambiguous):
            continue
        _add(text, match.start(), match.end("two"), known, found)


_CUE_VERBS = r"heter|het|hette|kalt|kalles|kaltes|kalte"
_CUE_WORDS = (
    r"alias|ved[ \u00a0]+navn(?:et)?"
    r"|med[ \u00a0]+navn(?:et)?|(?:for|etter|mellom|familie|slekts|kalle|klan|pike)?navn(?:et|ene)?"
    r"(?:[ \u00a0]+(?:hans|hennes|sitt|deres))?(?:[ \u00a0]+(?:er|var|lyder|lød))?"
)
_TITLE_WORDS = (
    r"professor|prof\.|hajji|haji|hadji|hajj|kommandant|kommandør|kommandanten|mullah|mulla|molla"
    r"|sjeik|sheikh|shaikh|sheik|general|generalmajor|generalløytnant|oberst|major|kaptein"
    r"|løytnant|sersjant|imam|ayatollah|emir|pastor|prest|presten|biskop|patriark|pater|fader"
    r"|dommer|dommeren|advokat|advokaten|doktor|president|presidenten|statsminister|minister"
    r"|guvernør|guvernøren|ordfører|ordføreren|kommissær|warlord|krigsherren|krigsherre"
)
_PARTY_CUES = r"søker|søkeren|klager|klageren"
"""The parties of a case: a cue before a capitalised pair, or before a given name or a word
shaped like a surname (`Søker: Mann, 32 år` is no name)."""
_KIN_NOUNS = (
    "onkelen|broren|faren|moren|sønnen|datteren|søsteren|tanten|fetteren|kusinen|bestefaren"
    "|bestemoren|ektemannen|kona|ektefellen|svogeren|svigerinnen|svigerfaren|svigermoren"
    "|sønn|datter|bror|søster|far|mor|onkel|tante|fetter|kusine|ektemann|kone|svoger"
)
_PERSON_NOUNS = (
    "vitnet|vitne|tolken|naboen|vennen|venninnen|kjæresten|personen|mannen|kvinnen|gutten"
    "|jenta|barnet|sjefen|arbeidsgiveren|kollegaen|kollegen|læreren|legen|soldaten"
    # the parties, and the indefinite forms (`Tolk Sol Bakken`, `en søker Sol Bakken`)
    "|søkeren|søker|klageren|klager|tolk|nabo|venn|venninne|kjæreste|person|mann|kvinne|gutt"
    "|jente|sjef|arbeidsgiver|kollega|lærer|lege|soldat"
)
_KIN_CUES = (
    r"familien|familiene|brødrene|søstrene|(?:enken|enka|enkemannen)[ \u00a0]+etter"
    r"|undertegnet(?:[ \u00a0]+av)?|signert(?:[ \u00a0]+av)?|(?:skriver|kaller)[ \u00a0]+seg"
    rf"|navnet(?:[ \u00a0]+(?:sitt|hans|hennes))?[ \u00a0]+som|kjent[ \u00a0]+som|{_KIN_NOUNS}"
)
"""Kin, a signature, a name written or called (`familien Wardak`, `enken etter Stanekzai`,
`undertegnet Gulpari S.`, `skriver seg Ghebremariam`): any capitalised word after one is a
name, as after `heter` with a person before it."""
_CUE_BEFORE = re.compile(
    rf"(?i:(?<![\w-])(?:(?P<verb>{_CUE_VERBS})|(?P<party>{_PARTY_CUES})|(?P<kin>{_KIN_CUES})"
    rf"|(?P<hence>heretter(?:[ \u00a0]+(?:omtalt|benevnt|betegnet)(?:[ \u00a0]+som)?)?)"
    rf"|(?P<label>{_CUE_WORDS})|{_TITLE_WORDS}|(?P<person>{_PERSON_NOUNS})))"
    r"(?:(?:[ \u00a0]*:)?[ \u00a0]+"
    r"|(?P<set_off>[ \u00a0]*[,(\[/][ \u00a0]*|[ \u00a0]+[-–—][ \u00a0]+))"
    r"(?P<quote>[*_«“„\"]+)?\Z"
)
"""A cue or a title right before a capitalised word (tried on the characters before it). After
a party, kin or another word for a person the word may be set off by a comma, a parenthesis, a
bracket, a slash or a dash between spaces (`søkerens bror – Amir –`, `klageren (Amir)`)."""
_SET_OFF = ",([/–—-"
"""The characters that may set a word off from a cue (`set_off` above)."""
_CUE_LAST = frozenset(
    (*_CUE_VERBS.split("|"), *_TITLE_WORDS.replace("\\", "").split("|"), "alias", "er", "var",
     "lyder", "lød", "hans", "hennes", "sitt", "deres", *_PARTY_CUES.split("|"), "familien",
     "familiene", "brødrene", "søstrene", "etter", "undertegnet", "signert", "av", "seg", "som",
     *_KIN_NOUNS.split("|"), "heretter", "omtalt", "benevnt", "betegnet",
     *_PERSON_NOUNS.split("|"))
)  # fmt: skip
"""The last word of every cue but the words for a name (`…navn`, `…navnet`): a capitalised word
after any other word needs no further look."""
_CAPITALISED = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_LOWER}]++(?:-[{_CAP}][{_LOWER}]+)?(?![\w-])"
)


_CUE_CAPITALISED = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])(?<![a-eg-z]\.[ \n][{_CAP}])[{_LOWER}]++"
    rf"(?:-[{_CAP}][{_LOWER}]+)?(?![\w-])"
)
"""`_CAPITALISED` but a word after a full stop that ends a word in small letters, then a space
or a line break (`… fagenheten. Tolken`): most sentences' first word, which `_cues` would look
at and refuse (the word before it ends in `.`, and the only cue that does is `prof.`)."""


_WORD_START = re.compile(r"(?<![\w-])\w")


def _cue_before(text: str, start: int) -> re.Match[str] | None:
    """`_CUE_BEFORE` ending at ``start``, tried at the starts of the last four words before it
    (as a search of the 48 characters before would find it, at a tenth of the tries)."""
    low = max(0, start - 48)
    words = [m.start() + low for m in _WORD_START.finditer(text[low:start])][-4:]
    for at in words:
        if (cue := _CUE_BEFORE.match(text, at, start)) is not None:
            return cue
    return None


def _cues(text: str) -> Iterator[tuple[int, int, bool, bool, str]]:
    """Every capitalised word right after a cue: (start, end, after a verb, quoted, the kind of
    cue: `party`, `kin`, `person` for another word for a person, `set_off` for a party or kin
    and a comma, a parenthesis or a dash between, `weak`, or empty), in order (one at a time:
    the caller may stop at the cap).
    Found from the capitalised word (one scan in C); the word before it is looked up in
    `_CUE_LAST`, and only then the whole cue looked for in the characters before it."""
    for match in _CUE_CAPITALISED.finditer(text):
        start = match.start()
        words = text[max(0, start - 24) : start].rstrip(' \u00a0*_«“„"' + _SET_OFF).rsplit(None, 1)
        if not words:  # the start of the text, or only white space before
            continue
        last = words[-1].rstrip(":").lstrip('([«“„"').lower()  # `(heretter Amir)`
        if last not in _CUE_LAST and not last.endswith(("navn", "navnet", "navnene")):
            continue
        if match.group().lower() in _CUE_LAST:
            continue  # a cue word is no name (`Søkeren Søker: Klageren …`)
        cue = _cue_before(text, start)
        if cue is not None:
            verb, quoted = cue.group("verb") is not None, bool(cue.group("quote"))
            kind = "party" if cue.group("party") else "kin" if cue.group("kin") else ""
            bare = _BARE_LABEL.fullmatch(cue.group("label") or "") and ":" not in cue.group()
            if cue.group("hence") or bare:
                kind = "weak"
            if cue.group("person"):
                kind = "person"
            if cue.group("set_off"):
                if kind not in ("party", "kin", "person"):
                    continue  # `heter, Amir`, `professor (Wardak)`: no cue set off so
                kind = "person" if kind == "person" else "set_off"
            yield start, match.end(), verb, quoted, kind


_BARE_LABEL = re.compile(rf"(?:[{_CAP}][{_LOWER}]*n|N)avn(?:et|ene)?")
"""A word for a name alone, capitalised, with no `:` or verb after it (`Navn`, `Etternavn`): a
column's header or a heading as often as a cue (a search record reads a table's header row
`| Navn | Rolle |` as `Navn Rolle`), so the word after it counts only when it is shaped like a
name (`_name_like`). Like `heretter` (`Søkeren, heretter Amir,`): the word after it names
anything (`heretter Nemnda`), a person only when it is a given name or a surname."""


# A capitalised word after a cue that names a unit, an office or a law, not a person.
_UNIT = re.compile(
    r"(?i).*(?:enhet|enheten|avdeling|avdelingen|seksjon|seksjonen|direktorat|direktoratet"
    r"|nemnd|nemnda|kontor|kontoret|tjeneste|tjenesten|etat|etaten|utvalg|utvalget|rådet"
    r"|departement|departementet|politiet|senter|senteret|mottak|mottaket|nettverk|nettverket"
    r"|gruppen|gruppa|programmet|prosjekt|prosjektet|ordning|ordningen|loven|forskrift"
    r"|forskriften|partiet|bevegelsen|regjeringen|hæren|militsen|brigaden|fronten|domstol"
    r"|domstolen|retten|skolen|universitetet|sykehuset|moskeen|kirken|leiren|provinsen)\Z"
)


_HONORIFICS = frozenset(("sahib", "saheb", "sahab", "efendi", "effendi", "bey", "pasha", "pasja"))
"""Forms of address that follow a title (`Imam Sahib`, `Mullah Sahib`, `Hajji Bey`): a title and
an honorific name nobody (`Imam Sahib` is also a district of Kunduz). With a capitalised word
after it (`Mullah Sahib Wardak`) the rules go on as for any word."""


_SENTENCE_STARTS = frozenset(
    ("det", "den", "de", "dette", "denne", "disse", "han", "hun", "hen", "dem", "en", "et", "ei")
)
"""Words that start a phrase or a sentence after a cue (`kaller seg Det islamske emiratet`):
an article or a pronoun, never a name."""


def _cued(text: str, known: list[str], found: list[Candidate], alone: list[Candidate]) -> None:
    """A name after a cue word or a title (`heter Wardak`, `Etternavn: Wardak`, `professor
    Wardak`): any capitalised word there that is not a place, a unit or a department's word.
    A word set off from a party or kin, or after another word for a person, goes in ``alone``:
    it counts where no other rule found a name over it (`vitnet (Amir/Hassan)`)."""
    places, large = _places(), _large_places()
    starts = {candidate[0] for candidate in found}  # a name found already (`Đặng Thị Lan`)
    for start, end, verb, quoted, kind in _cues(text):
        if caps.full(found):
            return  # the rest is not read (`caps.py`)
        second = text[start:end]
        folded_second = _fold(second)
        if kind == "weak":
            if not _name_like(folded_second):
                continue
            kind = ""
        if kind == "person":  # `Vitnet Rahimi`, `Vitnet (Amir)`: a given name or a foreign surname
            if start in starts or not _named_alone(folded_second):
                continue
            if _UNIT.match(second) is None and not any(folded_second in k.split() for k in known):
                alone.append((start, end, WHAT_NAME, _shown(second), folded_second))
            continue
        into = found
        if kind == "set_off":  # `søkerens bror – Amir –`, `klageren (Ahmadi)`
            if not _named_alone(folded_second):
                continue
            kind, into = "party", alone
        if kind and start in starts:
            continue
        if folded_second in large or folded_second in _VOCABULARY:
            continue
        if folded_second in _SENTENCE_STARTS:
            continue  # `kaller seg Det islamske emiratet`: a name of a thing, no person
        following = _NEXT_CAPITALISED.match(text, end)
        if (
            kind == "party"
            and following is None
            and not _name_like(folded_second)
            and not _named_alone(folded_second)
        ):
            continue  # `Søker: Mann`: a party's name is a pair, or a given name or surname
        if kind and following is not None and _fold(following.group("word")) not in large:
            end = following.end()  # the rest of the name
        elif kind and (small := _NEXT_SMALL.match(text, end)) is not None:
            every, ambiguous = _given_names()
            if _small_name(folded_second, small.group("word"), every, ambiguous):
                end = small.end()  # `Søkeren Mustafa nazari`
        if _UNIT.match(second) is not None:
            continue
        if folded_second in _HONORIFICS and following is None:
            continue  # `Imam Sahib`: a title and a form of address, no name (a district too)
        if verb and not _name_like(folded_second) and (quoted or not _person_before(text, start)):
            continue  # `knappen heter Søk`, `heter «Lenke til»`: a thing's name, a term
        if folded_second in places and verb:
            before = text[max(0, start - 60) : start].lower().split()[-3:-1]
            if any(w.endswith(_PLACE_NOUNS) for w in before):
                continue  # `landsbyen heter Wardak`: a province's name is a village's too
        if any(folded_second in k.split() for k in known):
            continue  # an employee named as a contact
        if titled_not_a_person(text, start, end):
            continue  # `bodde i Sheikh Maqsoud i Aleppo`, `Imam Ali-moskeen`
        value = " ".join(text[start:end].split())
        into.append((start, end, WHAT_NAME, _shown(value), _fold(value)))


_NEXT_CAPITALISED = re.compile(
    rf"[ \u00a0]+(?P<word>[{_CAP}](?:[{_LOWER}]++|[{_CAP}]++|\.))(?![\w-])"
)
_NEXT_SMALL = re.compile(r"[ \u00a0]+(?P<word>[a-zæøåäöüçşğı]{2,30}+)(?![\w-])")
_PERSON_WORDS = frozenset(
    ("han", "hun", "hen", "jeg", "du", "vi", "søker", "mannen", "kvinnen", "gutten", "jenta",
     "barnet", "bror", "broren", "søster", "søsteren", "far", "faren", "mor", "moren", "sønnen",
     "datteren", "onkelen", "tanten", "fetteren", "kusinen", "bestefaren", "bestemoren", "kona",
     "kone", "ektemannen", "ektefellen", "vitnet", "tolken", "naboen", "vennen", "venninnen",
     "kjæresten", "personen", "sjefen", "barna", "sønn", "datter", "hans", "hennes", "mannens",
     "kvinnens", "barnets", "familiens", "stammens", "klanens", "hvem")
)  # fmt: skip
"""Words for a person: a cue verb with one of these (or a word in `-eren`, `søkeren`) in the
three words before it names a person, whatever the capitalised word after it."""


def _person_before(text: str, start: int) -> bool:
    """Whether a person is the subject of the cue verb before ``start`` (`Moren heter`, `Han
    ble kalt`); `Knappen heter`, `Partiet kalles` name a thing."""
    words = text[max(0, start - 60) : start].lower().split()[-4:-1]
    return any(w.strip(',.;:()«»"') in _PERSON_WORDS or w.endswith("eren") for w in words)


def opens_name(words: str) -> bool:
    """Whether a block of one or two words may hold the first part of a name that the next
    block ends (``rendered.across_blocks``): its last word is a given name on the list, or the
    block is a label (`Navn:`, a column headed `Etternavn`). A country or a term alone in a block
    (`Tyrkia` over `Kategori`, a table's value over the next term) opens none."""
    if words.endswith(":") or _fold(words) in _NAME_HEADERS:
        return True
    last = _fold(words.split()[-1]).strip(".")
    return last in _given_names()[0] and last not in _places()


def _named_alone(word: str) -> bool:
    """Whether a word (folded), alone after a word for a person (`søkeren Ahmadi`, `vitnet
    (Amir)`), names one: a given name that is not a Norwegian word, or a word shaped like a
    foreign surname (`Rahimi`, `Ahmadzai`). Never a place, a department's word, an
    institution's, an article or a pronoun, nor a word that names a language, a faith or a
    people (`Dari`, `Sunni`, `Somali`, `Kashmiri`: `_not_a_surname`). A Norwegian surname's shape
    (`Haugland`, `-sen`) does not count here: after `søkeren` it stopped 34 of the 163 language
    names of ISO 639-1 in English (`Albanian`, `Latin`), for few applicants so named."""
    if word in _places() or word in _VOCABULARY or _not_a_surname(word):
        return False
    if word in INSTITUTION_WORDS or word in _SENTENCE_STARTS:
        return False
    every, ambiguous = _given_names()
    if word in every:
        return word not in ambiguous
    return _FOREIGN_SURNAME.match(word) is not None


@cache
def _languages() -> frozenset[str]:
    """The names of one word of the languages with a two-letter code (ISO 639-1, pycountry):
    the languages a decision names, and not one of them a given name on the list."""
    every = _given_names()[0]
    return frozenset(
        folded
        for language in pycountry.languages
        if hasattr(language, "alpha_2") and " " not in language.name
        if (folded := _fold(language.name)) not in every
    )


def _not_a_surname(word: str) -> bool:
    """Whether a word (folded) with a surname's shape names a language, a faith or a people
    (`_NOT_SURNAME`, `_languages`)."""
    return word in _NOT_SURNAME or word in _languages()


def _name_like(word: str) -> bool:
    """Whether a word (folded) is a given name, a province's name or shaped like a foreign
    surname: after a cue verb, a quoted word is a term unless it is one of these."""
    every, ambiguous = _given_names()
    if word in every and word not in ambiguous:
        return True
    if "-" in word and any(p in every and p not in ambiguous for p in word.split("-")):
        return True  # `Amir-Hassan`: two names, or a name and a surname, joined
    if word in _places():
        return True
    return _FOREIGN_SURNAME.match(word) is not None and not _not_a_surname(word)


# Nouns for places: a name after `heter`, `kalt` with one of these before is a place's.
_PLACE_NOUNS = (
    "byen", "landsbyen", "provinsen", "distriktet", "området", "stedet", "elva", "elven",
    "fjellet", "dalen", "regionen", "leiren", "gata", "bydelen", "landet", "fylket",
    "kommunen", "grenda", "bygda", "øya", "sjøen", "passet", "grenseovergangen", "landsby",
    "by", "provins", "distrikt", "område", "sted", "region",
)  # fmt: skip


@cache
def _large_places() -> frozenset[str]:
    """Countries, the largest Norwegian towns and the arrival countries' largest cities: never a
    surname. A province's or a district's name may be one (`Wardak`, `Logar`), so a surname
    after a given name, a cue or a title is refused for these only."""
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(_fold(value))
    names.update(_fold(t) for t in NORWEGIAN_TOWNS)
    names.update(_fold(w) for w in _PLACES_EXTRA)
    return frozenset(names)


_NAME_HEADERS = frozenset(
    ("fornavn", "etternavn", "mellomnavn", "familienavn", "slektsnavn", "kallenavn", "alias",
     "navn", "fullt navn", "first name", "last name", "given name", "surname", "family name",
     "name", "full name", "pikenavn")
)  # fmt: skip
_ROW = re.compile(r"^[ \t]*+(?:[^\n|]*+\|)++[^\n]*+$", re.MULTILINE)
_SEPARATOR_ROW = re.compile(r"[ \t|:\-]+")
_ITEM = re.compile(
    rf"^[ \t>]*+(?:(?:[-+*]|[0-9]+[.)])[ \t]++)?(?P<word>[{_CAP}][{_LOWER}]++"
    rf"(?:-[{_CAP}][{_LOWER}]++)?)[ \t]*+$",
    re.MULTILINE,
)


def _items(text: str) -> Iterator[re.Match[str]]:
    """What ``_ITEM.finditer(text)`` finds, tried only at the start of each line (``^``: its
    every match is one line, from its start), not by the engine at every character."""
    at = 0
    while True:
        if (item := _ITEM.match(text, at)) is not None:
            yield item
        at = text.find("\n", at) + 1
        if at == 0:
            return


_CELL_WORD = re.compile(rf"[{_CAP}][{_LOWER}]+(?:-[{_CAP}][{_LOWER}]+)?")


def _cells(line: str, at: int) -> list[tuple[int, str]]:
    """The cells of a table row: (offset of the stripped value in the text, value)."""
    cells: list[tuple[int, str]] = []
    offset = 0
    for part in line.split("|"):
        value = part.strip()
        if value or cells:
            cells.append((at + offset + len(part) - len(part.lstrip()), value))
        offset += len(part) + 1
    if cells and not cells[-1][1]:
        cells.pop()
    return cells


def _pair(first: str, second: str) -> bool:
    """Two words, each alone in a cell or an item, that form a name by the ordinary rule: a
    given name that is not a Norwegian word, then a capitalised word; neither a place nor a
    word of the department."""
    every, ambiguous = _given_names()
    one, two = _fold(first), _fold(second)
    if one not in every or one in ambiguous or one in _VOCABULARY or two in _VOCABULARY:
        return False
    places = _places()
    return one not in places and two not in places and _UNIT.match(second) is None


def _tables_and_lists(text: str, known: list[str], found: list[Candidate]) -> None:
    """Names split over table cells or list items (see the notes above)."""
    if "|" in text:
        header: list[tuple[int, str]] | None = None
        last_end = -2
        for row in _ROW.finditer(text):
            if caps.full(found):
                break  # the rest is not read (`caps.py`)
            if row.start() != last_end + 1:
                header = None  # a new table
            last_end = row.end()
            cells = _cells(row.group(), row.start())
            if _SEPARATOR_ROW.fullmatch(row.group()):
                continue
            if header is None:
                header = cells
                continue
            for column, (at, value) in enumerate(cells):
                if column < len(header) and _fold(header[column][1]) in _NAME_HEADERS:
                    _name_cell(text, at, value, _fold(header[column][1]), known, found)
            for (at, one), (at_two, two) in pairwise(cells):
                if _CELL_WORD.fullmatch(one) and _CELL_WORD.fullmatch(two) and _pair(one, two):
                    _add(text, at, at_two + len(two), known, found, f"{one} {two}")
    previous: re.Match[str] | None = None
    for item in _items(text):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        adjacent = previous is not None and previous.end() + 1 == item.start()
        if adjacent and previous is not None and _pair(previous.group("word"), item.group("word")):
            words = f"{previous.group('word')} {item.group('word')}"
            _add(text, previous.start("word"), item.end("word"), known, found, words)
        previous = item


def _name_cell(
    text: str, at: int, value: str, header: str, known: list[str], found: list[Candidate]
) -> None:
    """A cell under a header that names a name."""
    words = value.split()
    if not words or not words[0][:1].isupper() or len(words) > 4:
        return
    if header in ("navn", "name", "fullt navn", "full name"):
        capitals = sum(1 for w in words if w[:1].isupper())
        every = _given_names()[0]
        if capitals < 2 and _fold(words[0]) not in every:
            return
    places = _places()
    if any(_fold(w) in places or _fold(w) in _VOCABULARY for w in words):
        return
    if _UNIT.match(words[-1]) is not None:
        return
    _add(text, at, at + len(value), known, found)


def _add(
    text: str, start: int, end: int, known: list[str], found: list[Candidate], value: str = ""
) -> None:
    """A name from ``start`` to ``end`` (``value``: its words, when markup stands between)."""
    value = " ".join((value or text[start:end]).split())
    folded = _fold(value)
    if any(folded in k or k in folded for k in known):
        return
    found.append((start, end, WHAT_NAME, _shown(value), folded))


# -- where a name may start ---------------------------------------------------------------------

# A capitalised word before another: where a name may start (the rest is checked in `_name`).
_NAME_TRIGGER = re.compile(
    rf"[{_CAP}][{_LOWER}]++(?:-[{_CAP}][{_LOWER}]++)?[ \u00a0]+"
    rf"(?:(?:al|el|ul|bin|ibn|van|von|de|da|di)[ -])?[{_CAP}]"
)
_NAME_SHAPES = (_NAME_TRIGGER, _NAME_CAPS, _NAME_INVERTED, _NAME_INITIAL, _TITLE)


def _any_shape(shapes: tuple[re.Pattern[str], ...], capitals: bool = False) -> re.Pattern[str]:
    """One pattern that matches (one character) where any of ``shapes`` would start a match.

    Each shape begins with a class of its first character (``[...]``, no ``]`` in it); the rest
    of each is tried, as a look-ahead, after its own first character only. The engine skips in C
    every character that starts none of them, and tests every shape there in one pass, where six
    scans tested a shape each. ``capitals``: only where a capital starts the shape (a title in
    small letters, `fru`, `dr.`, is then left out)."""
    firsts: list[str] = []
    rests: list[str] = []
    for shape in shapes:
        first, rest = shape.pattern.split("]", 1)
        if not first.startswith("[") or "\\" in first or re.search("[a-z]-|-[a-z]", first):
            raise ValueError(f"not a class of first characters: {first}]")
        firsts.append(re.sub("[a-z]", "", first[1:]) if capitals else first[1:])
        rests.append(f"(?<={first}])(?={re.sub(r'[(][?]P<[a-z]+>', '(?:', rest)})")
    return re.compile(f"[{''.join(firsts)}](?:{'|'.join(rests)})")


_NAME_START = _any_shape(_NAME_SHAPES)
_NAME_START_CAPITAL = _any_shape(_NAME_SHAPES, capitals=True)
_SMALL_TITLES = ("herr", "hr.", "fru", "frk.", "frøken", "mr", "ms.", "dr.")
"""What a title in small letters (`_TITLE`) holds: without one, only capitals start a name, and
the engine skips every small `h`, `f`, `m` and `d` in C."""
_OTHER_SCRIPT = re.compile(
    "[\u0370-\u074f\u0900-\u0bff\u0d80-\u0dff\u1000-\u109f\u10a0-\u10ff\u1200-\u137f"
    "\u1c90-\u1cbf\u2d30-\u2d7f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
"""Greek, Cyrillic, Armenian, Hebrew, Arabic and Syriac letters (one range: quicker to scan than
the blocks one by one), Indic, Sinhala, Myanmar, Georgian, Ethiopic, Tifinagh, Han and Hangul
ones: without one, the names in other scripts and the look-alike letters need no scan."""


_OTHER_SCRIPT_IN = OneCharacter(_OTHER_SCRIPT)


def _name_starts(text: str) -> list[int]:
    """Every position where one of `_NAME_SHAPES` matches, in order."""
    small = any(title in text for title in _SMALL_TITLES)
    start = _NAME_START if small else _NAME_START_CAPITAL
    return [match.start() for match in start.finditer(text)]


def _at_starts(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern of `_NAME_SHAPES`: tried only at
    ``starts``, and after a match from its end on, as ``finditer`` goes on."""
    found: list[re.Match[str]] = []
    done = 0
    for at in starts:
        if at >= done and (match := pattern.match(text, at)) is not None:
            found.append(match)
            done = match.end()
    return found


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
    r"(?i)(?<![\w-])(?:president(?:en)?|(?:stats|utenriks|forsvars|innenriks)?minister(?:en)?)"
    r"[ \u00a0]+\Z"
)
"""A head of state's or a minister's office right before a name (`president Ashraf Ghani`,
`Statsminister Abiy Ahmed`, `Eritreas president Isaias Afwerki`): no compound (`klubbpresident`)
and nothing between the office and the name."""
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
    if not found or ("inister" not in text and "resident" not in text):
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
            )
            if candidate is not None:
                found.append(candidate)
                if caps.full(found):
                    return found  # the rest is not read (`caps.py`); overlaps go in `_select`
    known_list = known if known is not None else _known(known_names)
    alone: list[Candidate] = []  # one word after a word for a person, if no rule read more
    rules: tuple[Callable[[], object], ...] = (
        lambda: _camel(text, known_list, found),  # `AmirHassan`
        lambda: _middle_marked(text, known_list, found),  # `Nguyen Van Thanh`
        lambda: _other_names(text, known_list, found, starts, other_scripts),
        lambda: _small_surnames(text, known_list, found),
        lambda: _cued(text, known_list, found, alone),
        lambda: _aged(text, known_list, found),  # `Zarmina, 17 år`
        lambda: _party_pairs(text, known_list, found),
        lambda: _kin_words(text, known_list, found),
        lambda: _small_pairs(text, known_list, found),
        lambda: _mixed_case(text, known_list, found),  # `AMIR hassan`
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


def _person_then_pair(text: str, known: list[str], found: list[Candidate]) -> None:
    """Two capitalised words right after a word for a person (issue 17, attack round 7): a
    name whose given name the list does not hold or holds as a Norwegian word (`Vitnet Sol
    Bakken`, `Tolken Liv Hansen`). Not a place, a unit, a department's word or a word that
    starts a sentence on either side (`Vitnet Røde Kors`, `Barnet Det …`)."""
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
