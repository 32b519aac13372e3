"""Names in other scripts and in look-alike letters: Cyrillic, Greek, Arabic and the
unspaced scripts (runs in a Latin sentence), a name in another script then its Latin spelling,
glosses, initials, and the name-start trigger all passes share (`_NAME_START`, `_name_starts`).

Imports: `lists.py`, `cues.py` and the gate's helpers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from praksisbank.core.gate import caps
from praksisbank.core.gate.confusables import (
    char_class,
    latin_letters,
    lookalike_letters,
)
from praksisbank.core.gate.names.cues import (
    _KIN_NOUNS,
    _PARTY_CUES,
    _PERSON_NOUNS,
    _TITLE_WORDS,
    _named_alone,
)
from praksisbank.core.gate.names.lists import (
    _CAP,
    _FOREIGN_SURNAME,
    _LOWER,
    _VOCABULARY,
    WHAT_NAME,
    Candidate,
    _given_names,
    _places,
    _sentence_start,
)
from praksisbank.core.gate.places import fold as _fold
from praksisbank.core.gate.prefilter import OneCharacter

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
    # a second surname or a suffix after a hyphen (`Ткаченко-Шевчук`, `Ткаченко-молодший`)
    "(?P<second>[А-ЯЁІЇЄҐ][а-яёіїєґ']+(?:-[А-ЯЁІЇЄҐ]?[а-яёіїєґ']+)?)(?![\\w-])"
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


# A capitalised word before another: where a name may start (the rest is checked in `_name`).
_NAME_TRIGGER = re.compile(
    rf"[{_CAP}][{_LOWER}]++(?:-[{_CAP}][{_LOWER}]++)?[ \u00a0]+"
    rf"(?:(?:al|el|ul|bin|binti|bint|bent|ben|ibn|ibnu|kızı|kizi|kurê|kure|keça|keca|oğlu|oglu|wad|ould|walad"
    rf"|van|von|de|da|di)"
    rf"[ -])?[{_CAP}]"
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


_ONE_OTHER_WORD = re.compile(
    "[\u0400-\u04ff\u0600-\u06ff\u1200-\u137f][\u0400-\u04ff\u0600-\u06ff\u1200-\u137f"
    "\u064b-\u065f'’]*+(?![\\w'’-])"
)
"""One word in Cyrillic, Arabic or Ethiopic script."""


_OTHER_CUES = frozenset(
    ("пан", "пані", "пане", "господин", "госпожа", "господарь",
     "товариш", "товарищ", "ወይዘሮ", "ኣቶ", "አቶ", "ወ/ሮ",
     "آقای", "آغا", "خانم", "حاجی", "ملا", "کاکا", "السيد", "السيدة", "الحاج", "أم", "ام", "أبو",
     "ابو")
)  # fmt: skip
"""Courtesy and kinship words in the scripts they are written in (Ukrainian and Russian `пан`,
`пані`, `господин`; Tigrinya and Amharic `ኣቶ`, `ወ/ሮ`; Dari `آقای`, `خانم`, `کاکا`; Arabic
`السيد`, `أم`, `أبو`), and the Latin words for a party, kin, another person and a title:
not the verbs (`Byen heter Київ`, `Dokumentet kalles ቀበሌ`: a thing's name)."""


_PERSON_BEFORE = frozenset(
    word
    for words in (_PARTY_CUES, _KIN_NOUNS, _PERSON_NOUNS, _TITLE_WORDS.replace("\\", ""))
    for word in words.split("|")
    if " " not in word and "[" not in word
)


def _other_after_cue(text: str, known: list[str], found: list[Candidate]) -> None:
    """One word in another script right after a cue, a party, a word for a person or a title
    (attack round 12: `Søkeren Ковальчук forklarte`, `Broren Сергій`, `Vitnet ተስፋይ`, `пан
    Коваленко`): a name, as a capitalised word there is. A word in quotes or brackets is a term
    (`Ordet «قاضی»`), and a run of several words is read by the other-script rules."""
    taken = [(c[0], c[1]) for c in found]
    for match in _ONE_OTHER_WORD.finditer(text):
        if caps.full(found):
            return
        start, end = match.start(), match.end()
        if start == 0 or text[start - 1] not in " \u00a0":
            continue
        words = text[max(0, start - 30) : start].rpartition("\n")[2].split()  # on its line
        if not words:
            continue
        last = words[-1].rstrip(":,").lower()
        if last not in _PERSON_BEFORE and last not in _OTHER_CUES:
            continue
        if any(s <= start < e for s, e in taken):
            continue
        value = match.group()
        if any(value in k.split() for k in known):
            continue
        found.append((start, end, WHAT_NAME, OTHER_SCRIPT_SHOWN, value))
