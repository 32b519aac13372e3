"""Personal names for the gate in `anonymity.py`, called from `personaldata.scan` (the class
"et personnavn"): moved out of `personaldata.py`, whose other classes it shares nothing with but
the places and the folding of words (`places.py`).

`find` takes the gate's normalised text and returns candidates in the gate's form
``(start, end, what, masked, canonical)``. It works the same on Markdown source and on the plain
text of a built page.

Cost: one scan by a pattern whose first character is a character class (`_NAME_START`), so the
engine skips in C every character that cannot start a name: it stops only where a name of any
shape can start (two capitalised words in a row, capitals, surname first, an initial, a title:
one scan for all of them, `_any_shape`). Names in other scripts are looked for only in a text
with a letter of those scripts (`_OTHER_SCRIPT`). The name list runs only on what a pattern
found.

- Personal names ("et personnavn"): a given name from `data/given_names.txt` (Norwegian names and
  those of the largest arrival countries, derived from gender-guesser's data: see the file and
  `scripts/make_given_names.py`) followed by a capitalised word (`Ahmad Rahimi`, `Kari
  Nordmann`), neither of them a country, a place or one of the department's words. A given name
  that is also a Norwegian word (`Per`, `Dag`, `Liv`, `Han`) counts only inside a sentence: at
  the start of a sentence, a line, a list item or a table cell its capital says nothing. Names in
  `known_names` (the employees named as contacts) are not findings. The same lists catch the
  other shapes of a name (capitals, surname first, an initial, a courtesy title, Cyrillic and
  Arabic script, look-alike letters): see "names written other ways" below.

A name is masked as its initials (`A… R…`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from importlib.resources import files

import pycountry

from praksisbank.core.gate.places import NORWEGIAN_TOWNS
from praksisbank.core.gate.places import fold as _fold

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
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_LOWER}]+(?![\w-])"
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
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at].rstrip(" \u00a0\t*_[(\"'«“„")
    if not before:
        return True
    if before[-1] in _SENTENCE_END:
        return True
    return re.fullmatch(r"[ \t>]*(?:[-+*]|[0-9]+[.)])", before) is not None


def _known(known_names: Collection[str]) -> list[str]:
    return [" ".join(_fold(n).split()) for n in known_names if n.strip()]


def _name(text: str, at: int, known: list[str]) -> Candidate | None:
    """A given name starting at `at` followed by a capitalised word."""
    match = _NAME_PAIR.match(text, at)
    if match is None:
        return None
    every, ambiguous = _given_names()
    first, second = _fold(match.group()), _fold(match.group("second"))
    if first not in every or first in _VOCABULARY or second in _VOCABULARY:
        return None
    places = _places()
    if first in places or second in places or f"{first} {second}" in places:
        return None
    if first in ambiguous and _sentence_start(text, at):
        return None
    end = match.end("second")
    value = " ".join(text[at:end].split())
    folded = _fold(value)
    if any(folded in k for k in known):
        return None
    return at, end, WHAT_NAME, " ".join(w[0] + "…" for w in value.split()), folded


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
#   any capitalised word after it that is not a place or one of the department's words.
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


def _latin_lookalikes(text: str) -> str:
    """`text` with every word that mixes Latin and Cyrillic or Greek letters spelled in Latin
    letters (one letter for one: offsets stay)."""
    if _NON_LATIN_LETTER.search(text) is None:
        return text

    def latin(match: re.Match[str]) -> str:
        word = match.group()
        if not any("a" <= ch.lower() <= "z" for ch in word):
            return word
        return word.translate(_LOOKALIKES)

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
    rf"[{_CAP}](?<![\w.'’-][{_CAP}])\.[ \u00a0]?(?P<second>[{_CAP}][{_LOWER}]{{2,}}+"
    rf"(?:-[{_CAP}][{_LOWER}]+)?)(?![\w-])"
)
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
    rf"[ \u00a0]+(?P<second>[{_CAP}][{_LOWER}]+(?:-[{_CAP}][{_LOWER}]+)?)(?![\w-])"
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


def _cyrillic_spellings(word: str) -> set[str]:
    """A Cyrillic word in Latin letters, the ways names are usually written (`х` as kh or h,
    `й` as y or i)."""
    plain = "".join(_CYRILLIC_LATIN.get(ch, ch) for ch in word.lower())
    return {plain, plain.replace("kh", "h"), plain.replace("y", "i")}


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
        if given(match.group()) and len(match.group()) >= 3:
            name, surname = match.group(), match.group("second")
            candidate = _judged_name(
                text, match.start(), match.end("second"), name, surname, known, True
            )
            if candidate is not None:
                found.append(candidate)
    for match in _at_starts(_NAME_INVERTED, text, starts):
        surname, first = match.group().split(",")[0], match.group("second")
        common = _fold(surname) in ambiguous or (
            _fold(surname) in every and _sentence_start(text, match.start())
        )
        if given(first) and not common:
            spans.append((match.start(), match.end(), surname, first))
    for match in _at_starts(_NAME_INITIAL, text, starts):
        second = match.group("second")
        cited = _NOT_INITIAL_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if not cited and (_SURNAME_SHAPE.match(second) is not None or given(second)):
            spans.append((match.start(), match.end(), None, second))
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
    for match in _ARABIC_RUN.finditer(text):
        words = " ".join(match.group().split())
        found.append((match.start(), match.end(), WHAT_NAME, "(arabisk skrift)", words))


# -- where a name may start ---------------------------------------------------------------------

# A capitalised word before another: where a name may start (the rest is checked in `_name`).
_NAME_TRIGGER = re.compile(
    rf"[{_CAP}][{_LOWER}]++[ \u00a0]+(?:(?:al|el|ul|bin|ibn|van|von|de|da|di)[ -])?[{_CAP}]"
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
_OTHER_SCRIPT = re.compile("[\u0370-\u06ff]")
"""Greek, Cyrillic, Armenian, Hebrew and Arabic letters (one range: quicker to scan than the
blocks one by one): without one, the names in other scripts and the look-alike letters need no
scan."""


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
    are not findings."""
    found: list[Candidate] = []
    known: list[str] | None = None
    other_scripts = _OTHER_SCRIPT.search(text) is not None
    if other_scripts:
        text = _latin_lookalikes(text)
    starts = _name_starts(text)
    # Two capitalised words: a given name and a surname? The second word may begin the next
    # name (`Enhet Kari Nordmann`): every start is tried (no capital stands inside a pair).
    for at in starts:
        if _NAME_TRIGGER.match(text, at) is not None:
            if known is None:
                known = _known(known_names)
            candidate = _name(text, at, known)
            if candidate is not None:
                found.append(candidate)
    known = known if known is not None else _known(known_names)
    _other_names(text, known, found, starts, other_scripts)
    return found
