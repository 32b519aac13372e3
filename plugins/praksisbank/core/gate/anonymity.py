"""The personal-data gate: where a text a reader can see seems to hold personal data.

`find_personal_data` is a pure function over one string (a body, a front-matter value, a file
name, a string in a data file). Each `Finding` points into the string it was given, names what
was found in Norwegian, and carries a masked form and a fingerprint; the value itself is never
repeated whole. `mask_digits` makes any message safe to print.

Normalisation (matching runs on a normalised copy; offsets are mapped back to the original):

- HTML character references are decoded (`&#64;`, `&#x40;`, `&commat;`, `&nbsp;`, digits as
  `&#48;`...), as are `%40`-style escapes of the characters that matter here (digits, `@`, `+`,
  `.`, `-`, space), Markdown backslash escapes (`\\@`, `\\-`), full-width `＠ ＋ ．`, and digits
  of other scripts and forms (Arabic-Indic, full-width, superscript, circled...) become ASCII
  digits. Characters a reader does not see are dropped: zero-width characters, soft hyphens,
  direction marks, other format characters, variation selectors and combining marks (an
  underlined digit is a digit).
- Markup a reader does not see between two digits joins them (`0102**0**3`, `01<b>02</b>`,
  `0102<!-- x -->03` show as one run of digits).
- Between two digit groups any run of these is a separator: spaces of every kind (no-break,
  narrow no-break, thin, figure...), tabs, dots, hyphens and dashes, the emphasis markers
  `* _ ~ \\``, inline tags such as `<b>`/`</span>`/`<wbr>`/`<br>`, HTML comments, and at most
  one line break. Commas, slashes, colons and parentheses are not separators: a blank line,
  `, ` or `/` ends a number.
- The whole text is scanned, so link targets (`[x](tel:+4791234567)`, `?fnr=...`) are too.

Classes, strongest first (an overlapping weaker candidate is dropped):

1. Identity numbers, D-numbers, H-numbers ("et fødselsnummer, D-nummer eller H-nummer"):
   11 digits grouped in groups of at least two (6+5, 2+2+2+5, 3+3+3+2...), not inside a
   longer digit run. The first six digits must be a date (D-number: day + 40; H-number:
   month + 40; 29 February only when the two-digit year is divisible by 4). Check digits are
   computed with `stdnum.no.fodselsnummer`'s weights. python-stdnum 2.2 knows only the old
   rule (`is_valid` insists on one fixed first check digit, reads the century from the
   individual number and refuses future birth dates), so it would miss the numbers issued
   under the 2032 rule. We apply that rule ourselves: the weighted sum including K1 may leave
   remainder 0, 1, 2 or 3 modulo 11 (so K1 has up to four valid values;
   `(K1 - calc_check_digit1) mod 11 in {0..3}`), K2 is computed as before with
   `calc_check_digit2`, and the century is not checked. The old rule is the case remainder 0,
   so old numbers are covered too. FH-numbers (first digit 8/9) and the tax authority's
   synthetic test numbers (month + 80) are not flagged.
2. DUF numbers ("et DUF-nummer"): 12 digits in groups of at least two whose first four,
   written together, are a year 1990-2039. Not a DUF number: an amount-like grouping (1-3
   digits, then groups of exactly 3: `199 000 000 000`), a later group that is itself a year
   1900-2099 (`2019 2020 2021`), or an ISO date at the start (`2024-05-17 1430`).
3. Case numbers ("et saksnummer"): `16/02035-7` (two digits, slash, 4-6 digits, hyphen, 1-3).
4. E-mail addresses ("en e-postadresse"): found from each `@` outwards with bounded scans
   (local part up to 64 characters of `[\\w.+-]`, domain of labels and a letters-only top-level
   domain); entity-encoded and percent-encoded `@` too. `logo@2x.png` (a top-level domain that
   is a file extension) is not an address; `kari@kommune.example.md` (an address in a file
   name) is, without the suffix.
5. Phone numbers ("et telefonnummer"): 8 digits starting with 2-9.
   - With a country code (`+47`, `0047`, `(+47)`, `(0047)`, glued or not): any grouping.
   - Without one, only the usual groupings: `91234567`, `22 33 44 55` (2-2-2-2),
     `912 34 567` (3-2-3), `9123 4567` (4-4), with the same kind of separator throughout
     (spaces, dots or hyphens), and not next to a letter or digit (`tlf91234567` and hex
     strings are not read as phones; the number may sit inside a longer chain of groups).
   - Amounts and dates are not phone numbers: `25 000 000` is 2-3-3 and never matches; an
     ungrouped run ending in `0000` is a round amount; 4-4 with a dash is a range
     (`3000-4000`), and 4-4 whose first group is 2000-2099 is a year pair or range
     (`2019 2020`, `HR-2020-2345`); an ungrouped run that is a valid date `YYYYMMDD` or
     `DDMMYYYY` (years 1900-2099) is a date; mixed separators are a time or date
     (`22.30-23.30`); a number next to `kr`, `kroner`, `NOK`, `,-`, `€`... is an amount,
     and one right after `§` a list of sections (`§§ 28 29 30 31`).
   ISO dates (`2024-05-17`, 4-2-2), `17.05.2024` (2-2-4), law sections, years and document ids
   (`IM 2016-003`, `VB-AFG-2024-017`: 7 digits) never have a phone grouping.

The other kinds are found in `personaldata.py` (one scan for all of them, the libraries run only
where a cheap pattern matched) and ranked with these, strongest first: IBAN ("et IBAN-nummer",
schwifty) before all of the above; then Norwegian account numbers ("et kontonummer",
`stdnum.no.kontonr`, 4-2-5), foreign identity numbers ("et utenlandsk identitetsnummer":
python-stdnum for Ukraine, Russia, Turkey, Sweden, Denmark, Finland, Poland, Germany), passport,
tazkira, ID-card and residence-card numbers after their keyword ("et passnummer", "et
ID-nummer"), dates of birth after `født`, `f.`, `fødselsdato`... or before an age ("en
fødselsdato"), foreign phone numbers ("et utenlandsk telefonnummer", phonenumbers: any country
code but +47, and the national forms of the main arrival countries); then Norwegian phone numbers
(5.) and those whose groups a few words stand between after a cue (`splits.py`); then street
addresses and Norwegian postcodes with their town ("en adresse") and personal names ("et
personnavn": a given name from the committed name list before a capitalised word). Positions,
IMEI and proGres numbers, rooms at a named centre and foreign addresses (`locations.py`) rank
after document numbers; phone numbers in chat links (`wa.me/…`) and user names in the slot after
a service's name (`Skype: navn`) with the online identities.
`known_names` lists full names that are not findings (the employees a page names as contacts).

Reviewed exceptions: `NEVER_EXCEPTED` names the classes that never have one (identity, D-, H-
and DUF numbers point to one person whatever anyone says); `Finding.exceptable` reads it. Every
other finding may be cleared by one marker, `<!-- personvern-ok: <value>, <reason> -->`, that
names the value it clears (written any way: the digits are compared, an e-mail address in lower
case) and gives a reason (letters besides the value), on the line the value starts or ends on.
A marker clears one finding outside itself (the nearest before it with that value, else the
nearest after) and its own naming of the value; other findings on the line stay. `examine`
says which marker names which finding, so that the caller can refuse markers where readers
would see them (code, front matter); `find_personal_data` applies them everywhere.

`fingerprint` is a keyed hash (HMAC-SHA256 with a key drawn at random when this module is
loaded) of the canonical value (digits only; a phone number without its country code; an e-mail
address lower-cased): it compares a finding with a reviewed value in this process and is never
shown. A plain hash of eight to twelve digits is reversed in seconds by trying them all; a
keyed one without its key is not, and the key never leaves the process (forked workers share it).

Masking: `Finding.masked` shows every digit as `•` except the last two, with the writer's
grouping (`••• •• •67`); an e-mail address as its first character, `…@` and the domain; a name
as its initials (`K… N…`), an address as the first letter of the street and the house number
masked (`S… •••`).
`mask_digits` masks any chain of 6 or more digits, everything `find_personal_data` finds
(markers and allow-lists do not apply), and e-mail addresses; valid dates written `2024-05-17`
or `17.05.2024` and ids like `2024-017` stay readable.

Every scan is linear in the length of the text: separators are matched possessively and
atomically (no backtracking), a candidate is tried only at the start of a digit group and spans
at most 12 digits, refusals that are cheap to make are made inside the patterns, and e-mail
addresses are expanded from `@` with bounded scans. `benchmarks/bench_anonymity.py` measures
seconds per megabyte of prose, a data URI, a long token, a million digits and denser inputs.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from html.entities import html5

from stdnum.no import fodselsnummer

from praksisbank.core.base.dates import is_date
from praksisbank.core.gate import (
    braille,
    caps,
    encoded,
    locations,
    numerals,
    personaldata,
    prefilter,
    splits,
    spoken,
)
from praksisbank.core.gate.confusables import other_digits

ALLOW_MARKER = "personvern-ok"

WHAT_IDENTITY = "et fødselsnummer, D-nummer eller H-nummer"
WHAT_DUF = "et DUF-nummer"
WHAT_CASE = "et saksnummer"
WHAT_EMAIL = "en e-postadresse"
WHAT_PHONE = "et telefonnummer"
WHAT_ONLINE = "en nettidentitet"
WHAT_SPOKEN = "et nummer skrevet med ord"

NEVER_EXCEPTED: frozenset[str] = frozenset(
    {WHAT_IDENTITY, WHAT_DUF, personaldata.WHAT_FOREIGN_ID, braille.WHAT_BRAILLE}
)
"""The classes (their `WHAT_*`) that no marker and no allow-list entry can clear: numbers that
identify one person, and Braille cells, which may spell one (``braille.py``). A new class of
identity number adds its `WHAT_*` here, and only here."""


@dataclass(frozen=True, slots=True)
class Finding:
    offset: int  # start in the original text
    end: int  # end (exclusive) in the original text
    what: str  # Norwegian noun phrase, e.g. "et telefonnummer"
    masked: str  # safe to print
    fingerprint: str  # keyed, valid in this process only: compares, never shown
    capped: bool = False
    """The class reached `caps.CAP` here and the rest of the text was not read for it."""

    @property
    def exceptable(self) -> bool:
        """Whether a reviewed exception may clear this finding (see `NEVER_EXCEPTED`): never
        one that stands for the unread rest of a text (`capped`)."""
        return not self.capped and self.what not in NEVER_EXCEPTED


@dataclass(frozen=True, slots=True)
class Marker:
    """A `<!-- personvern-ok: ... -->` comment in a text."""

    offset: int
    end: int
    reason: str  # the marker's text without the values it names (may quote digits: mask it)
    keys: frozenset[str]  # the fingerprints of the values it names


@dataclass(frozen=True, slots=True)
class Examined:
    """Everything the gate found in a text, and the markers there."""

    findings: tuple[Finding, ...]
    markers: tuple[Marker, ...]
    named_by: tuple[Marker | None, ...]
    """For each finding, the marker that names it (`None`: none does)."""
    beside: tuple[Marker | None, ...]
    """For each finding, a marker on its line (naming it or not), for a helpful message."""


# -- normalisation -----------------------------------------------------------------------------

_INVISIBLE = (
    # format characters (Cf): soft hyphen, zero-width and direction marks, invisible operators,
    # word joiner, BOM, Arabic and Syriac marks, interlinear annotation, tags...
    "\u00ad\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001-\U000e007f"
    # combining marks on a digit (underlined, struck through), the grapheme joiner, variation
    # selectors, and the letters that show as nothing (Hangul fillers, Mongolian selectors)
    "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\ufe00-\ufe0f\U000e0100-\U000e01ef\u115f\u1160\u3164\uffa0\u17b4\u17b5\u180b-\u180f"
    # blanks that are no space to Python: Braille pattern blank (between digits; elsewhere a
    # space, `_fold`), Khitan filler (round 6)
    "\u2800\U00016fe4"
)
"""Characters a reader does not see: dropped, so `0102\u200e0312345` reads as the number shown."""
_INVISIBLE_CHAR = re.compile(f"[{_INVISIBLE}]")
_OTHER_DIGITS = (
    "\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u24ea\u2776-\u2792"
    + other_digits()
)  # ⓿, ❶, ➊: confusables.py
"""Digits that are not decimal digits (superscript, subscript, circled): shown as digits."""
_DOTS = "\uff0e\u3002\uff61\ufe52\u2024"
"""Dot look-alikes (full-width, ideographic, half-width ideographic, small, one-dot leader): read
as `.`, so `navn@gmail\u3002com` is an address."""
_GROUPING = "\u066c"
"""The Arabic thousands separator (``۰۷۹۸٬۹۸۰٬۵۳۹``): read as a space between digit groups."""
_FOLD = {
    "\uff20": "@", "\ufe6b": "@", "\uff0b": "+", _GROUPING: " ", **dict.fromkeys(_DOTS, "."),
}  # fmt: skip
_BRAILLE_BLANK = "\u2800"
"""The blank Braille cell: a space's width on the page, no space to Python. Outside a number it
is read as a space (dropped, it joined a name to the word before it: `møtte\u2800Amir Rahimi`,
the probe after round 9); between digits it is dropped with the invisible characters."""


def _hidden(original: str, start: int, used: int, token: str) -> str:
    """What a run of hidden characters stands for: nothing, or a space for a blank Braille cell
    that is not between two digits."""
    if _BRAILLE_BLANK not in token:
        return ""
    between = (
        original[start - 1 : start].isdigit()
        and original[start + used : start + used + 1].isdigit()
    )
    return "" if between else " "


_PERCENT_KEEP = frozenset("0123456789@+.- ")
_INLINE_TAG = (
    r"</?(?:b|i|u|s|em|strong|span|mark|sup|sub|small|code|kbd|ins|del|wbr|br)"
    r"(?:\s[^<>\n0-9]{0,100})?/?>"
)
_COMMENT = r"<!--(?:[^-\n]|-(?!->)){0,200}+-->"
_ANNOTATION_REF = "&#(?i:x0*fff[{}]|0*(?:{}));"
"""A character reference to U+FFFA or U+FFFB (U+FFF9 too, for ``[9ab]``): hexadecimal or
decimal (65529-65531)."""
_SPECIAL = re.compile(
    # an interlinear annotation (U+FFFA, the note, U+FFFB; as characters or references) is read
    # as nothing: the annotated word reads whole (`\ufff9Amir\ufffaX\ufffb Hassan`; attack 9)
    rf"(?P<annotation>(?:\ufffa|{_ANNOTATION_REF.format('a', '65530')})"
    rf"(?:(?!{_ANNOTATION_REF.format('9ab', '65529|6553[01]')})[^\ufff9-\ufffb\n]){{0,200}}+"
    rf"(?:\ufffb|{_ANNOTATION_REF.format('b', '65531')}))"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});?"
    r"|%[0-9A-Fa-f]{2}"
    r"|\\(?=[!-/:-@\[-`{-~])"
    # markup a reader does not see between two digits: the digits show side by side
    rf"|(?P<join>(?<=[0-9])(?:[*`]|{_INLINE_TAG}|{_COMMENT})++(?=[0-9]))"
    rf"|(?P<hidden>[{_INVISIBLE}]++)"
    # numerals that are no digits (Ethiopic, Han, Roman; a date with a Roman day): numerals.py
    rf"|(?P<numeral>{numerals.PATTERN})"
    # one character for one: digits of other scripts and forms, full-width @ + .
    rf"|(?P<same>(?:[{_OTHER_DIGITS}\uff20\ufe6b\uff0b{_GROUPING}{_DOTS}]|(?![0-9])\d)++)"
)

_OTHER_DECIMALS = (
    r"\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f"
    r"\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f"
    r"\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f"
    r"\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29"
    r"\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819"
    r"\u1946-\u194f\u19d0-\u19d9\u1a80-\u1a89\u1a90-\u1a99"
    r"\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59"
    r"\ua620-\ua629\ua8d0-\ua8d9\ua900-\ua909\ua9d0-\ua9d9"
    r"\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9\uff10-\uff19"
    r"\U000104a0-\U000104a9\U00010d30-\U00010d39\U00011066-\U0001106f\U000110f0-\U000110f9"
    r"\U00011136-\U0001113f\U000111d0-\U000111d9\U000112f0-\U000112f9\U00011450-\U00011459"
    r"\U000114d0-\U000114d9\U00011650-\U00011659\U000116c0-\U000116c9\U00011730-\U00011739"
    r"\U000118e0-\U000118e9\U00011950-\U00011959\U00011c50-\U00011c59\U00011d50-\U00011d59"
    r"\U00011da0-\U00011da9\U00016a60-\U00016a69\U00016ac0-\U00016ac9\U00016b50-\U00016b59"
    r"\U0001d7ce-\U0001d7ff\U0001e140-\U0001e149\U0001e2f0-\U0001e2f9\U0001e950-\U0001e959"
    r"\U0001fbf0-\U0001fbf9"
)
"""The decimal digits of other scripts (what ``\\d`` matches beyond 0-9 in Python 3.11, Unicode
14), as ranges for a character class; ``tests/test_anonymity.py`` checks the list is whole."""


def _first_characters(roman: str) -> re.Pattern[str]:
    """The first character of every match of ``_SPECIAL``, as one character class that the regular
    expression engine tests in constant time: the few ASCII ones, the others of the Basic
    Multilingual Plane one by one, and every character beyond it (rare in text)."""
    wide = re.compile(
        f"[{_INVISIBLE}{_OTHER_DIGITS}\uff20\ufe6b\uff0b{_GROUPING}{_DOTS}{_OTHER_DECIMALS}"
        f"{numerals.FIRST}]"
    )
    plane = "".join(map(chr, range(0x80, 0x10000)))
    listed = "".join(re.escape(ch) for ch in wide.findall(plane))
    return re.compile(f"[&%\\\\*`<{roman}{listed}\U00010000-\U0010ffff]")


_TRIGGER = _first_characters(roman="")
_TRIGGER_ROMAN = _first_characters(roman="IVXLCDM0-9")  # a date with a Roman day (numerals.py)
"""With the capitals of Roman numerals and the digits (a day in digits before a Roman month,
``17 . III . 1992``): only for a text that holds such a date (``numerals.ROMAN_HINT``), so that
ordinary prose is not tried at every ``I``, ``D``, ``M`` and digit."""
_TRIGGER_LOWER = _first_characters(roman="IVXLCDMivxlcdm0-9")  # numerals.LOWER_HINT: the same


_TRIGGER_IN = prefilter.OneCharacter(_TRIGGER)


def _special(original: str) -> Iterator[re.Match[str]]:
    """What ``_SPECIAL.finditer`` finds, trying the pattern only where a match can start."""
    at = 0
    roman = numerals.ROMAN_HINT.search(original) is not None
    lower = numerals.LOWER_HINT.search(original) is not None  # ``xvii.iii.1992``
    if not roman and not lower and not _TRIGGER_IN.found(original):
        return  # (most Latin-1 text: answered from its bytes, without a scan)
    trigger_pattern = _TRIGGER_LOWER if lower else _TRIGGER_ROMAN if roman else _TRIGGER
    search, match = trigger_pattern.search, _SPECIAL.match
    while (trigger := search(original, at)) is not None:
        found = match(original, trigger.start())
        if found is None:
            at = trigger.start() + 1
        else:
            yield found
            at = found.end()


class _FoldTable(dict[int, str | None]):
    """For ``str.translate``: invisible characters dropped, every digit as an ASCII digit,
    full-width ``＠ ＋ ．`` as ``@ + .``; filled as characters are met."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        value: str | None = ch
        if _INVISIBLE_CHAR.match(ch):
            value = None
        elif ch in _FOLD:
            value = _FOLD[ch]
        elif ch.isdigit() and not "0" <= ch <= "9":
            value = str(unicodedata.digit(ch))
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


def _fold(decoded: str) -> str:
    return decoded.translate(_FOLD_TABLE)


def _entity(token: str) -> tuple[str, int] | None:
    """The text an HTML character reference stands for, and how many characters it uses."""
    if token[1] == "#":
        hexadecimal = token[2] in "xX"
        digits = token[3:] if hexadecimal else token[2:]
        digits = digits.rstrip(";")
        value = int(digits, 16 if hexadecimal else 10)
        valid = 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF
        return (chr(value) if valid else "\ufffd"), len(token)
    name = token[1:]
    if name.endswith(";") and name in html5:
        return html5[name], len(token)
    name = name.rstrip(";")
    for size in range(len(name), 1, -1):  # legacy references without a semicolon
        if name[:size] in html5:
            return html5[name[:size]], size + 1
    return None


class _Normalised:
    """A normalised copy of a text, and the way back to offsets in the original."""

    __slots__ = ("_norm_len", "_norm_start", "_orig_len", "_orig_start", "text")

    def __init__(self, original: str) -> None:
        self._norm_start: list[int] = []
        self._orig_start: list[int] = []
        self._norm_len: list[int] = []
        self._orig_len: list[int] = []
        pieces: list[str] = []
        done = 0  # original text consumed
        size = 0  # normalised text produced
        for match in _special(original):
            token = match.group()
            start = match.start()
            replacement: str | None
            used = len(token)
            if match.lastgroup == "annotation":
                replacement = ""
            elif token[0] == "&":
                decoded = _entity(token)
                if decoded is None:
                    continue
                replacement, used = _fold(decoded[0]), decoded[1]
            elif token[0] == "%":
                ch = chr(int(token[1:], 16))
                if ch not in _PERCENT_KEEP:
                    continue
                replacement = ch
            elif token == "\\" or match.lastgroup in ("join", "hidden"):
                replacement = _hidden(original, start, used, token)
            elif match.group("numeral") is not None:
                replacement = numerals.value(token)
                if replacement is None:
                    continue
            else:  # "same": as long as the token, so offsets inside it map one to one
                replacement = _fold(token)
            pieces.append(original[done:start])
            size += start - done
            pieces.append(replacement)
            self._norm_start.append(size)
            self._orig_start.append(start)
            self._norm_len.append(len(replacement))
            self._orig_len.append(used)
            size += len(replacement)
            done = start + used
        if not pieces:
            self.text = original
            return
        pieces.append(original[done:])
        self.text = "".join(pieces)

    def start(self, n: int) -> int:
        """The original offset of normalised offset `n` (a start)."""
        i = bisect_right(self._norm_start, n) - 1
        if i < 0:
            return n
        norm_start = self._norm_start[i]
        if n < norm_start + self._norm_len[i]:
            if self._norm_len[i] == self._orig_len[i]:  # character for character
                return self._orig_start[i] + n - norm_start
            return self._orig_start[i]
        return self._orig_start[i] + self._orig_len[i] + n - norm_start - self._norm_len[i]

    def end(self, n: int) -> int:
        """The original offset of normalised offset `n` (an exclusive end)."""
        if n <= 0:
            return 0
        i = bisect_right(self._norm_start, n - 1) - 1
        if i >= 0 and n - 1 < self._norm_start[i] + self._norm_len[i]:
            if self._norm_len[i] == self._orig_len[i]:  # character for character
                return self._orig_start[i] + n - self._norm_start[i]
            return self._orig_start[i] + self._orig_len[i]
        return self.start(n - 1) + 1


# -- separators and patterns -------------------------------------------------------------------

_H = (
    r"[ \t\r\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff"
    r".\-\u2010-\u2015\u2212*_~`\\]"
)
_TAG = rf"(?:{_INLINE_TAG}|{_COMMENT})"
_NL = r"[\n\v\f\x85\u2028\u2029]"
_HT = rf"(?:{_H}|{_TAG})"
# A separator between two digit groups: possessive and atomic, so it never backtracks.
_SEP = rf"(?>{_HT}++(?:{_NL}{_HT}*+)?|{_NL}{_HT}*+)"

_DIGITS = re.compile(r"([0-9]+)")
# `n` digits in groups of at least two: a separator only after two digits, and the last group
# ends after two. (Single-digit groups are no usual way of writing a number, and refusing them
# in the pattern keeps dense input such as "1 1 1 1 ..." from yielding a candidate per digit.)
_PAIR = "(?<=[0-9][0-9])"


def _grouped_after_first(n: int) -> str:
    """The rest of `n` grouped digits, after the first."""
    return rf"(?:(?:{_PAIR}{_SEP})?[0-9]){{{n - 1}}}{_PAIR}(?![0-9])"


# Each pattern starts with the character class of its first character, and the conditions on
# what comes before that character are tested after it (``[0-9](?<![0-9]{2})`` is "a digit with
# no digit before it"): the regular expression engine then skips, in C, every position that
# cannot start a match, so text without digits costs almost nothing. tests/test_anonymity.py
# checks each pattern against its plain form (the condition first) on random text.
_IDENTITY = re.compile(rf"[0-9](?<![0-9]{{2}}){_grouped_after_first(11)}")
_DUF = re.compile(  # the year written whole; a year right after it is a list of years (C-side)
    r"[12](?<![0-9][12])(?:(?<=1)(?=99[0-9])|(?<=2)(?=0[0-3][0-9]))"
    rf"(?![0-9]{{3}}{_SEP}(?:19|20)[0-9]{{2}}(?![0-9])){_grouped_after_first(12)}"
)
_CASE = re.compile(r"[0-9](?<![0-9]{2})[0-9]/[0-9]{4,6}-[0-9]{1,3}(?![0-9])")
_SP = r"[ \u00a0\u202f\u2009]?"
_AFTER_PHONE = r"(?![^\W_])"
_PHONE_INTERNATIONAL = re.compile(
    rf"(?P<cc>\({_SP}(?:\+|00){_SP}47{_SP}\)|\+{_SP}47|0(?<![0-9]0)047)"
    rf"{_SEP}?(?P<intl>[2-9](?:{_SEP}?[0-9]){{7}}){_AFTER_PHONE}"
)
_PHONE_NATIONAL = re.compile(  # no letter or digit before the first digit
    r"(?P<nat>[2-9](?:(?<![^\W_][2-9])|(?<=(?i:tlf|tel|fon|mob|bil|sms)[2-9])|(?<=(?i:nr)[2-9]))"
    rf"(?:[0-9]{{7}}"
    rf"|[0-9]{_SEP}[0-9]{{2}}{_SEP}[0-9]{{2}}{_SEP}[0-9]{{2}}"
    rf"|[0-9]{{2}}{_SEP}[0-9]{{2}}{_SEP}[0-9]{{3}}"
    r"|[0-9]{2}/[0-9]{2}/[0-9]{3}(?![/0-9])"  # 3-2-3 with slashes: a mobile number, not a date
    rf"|(?!(?<=2)0)[0-9]{{3}}{_SEP}[0-9]{{4}}))"  # 4-4 from 2000-2099 is a year pair
    rf"{_AFTER_PHONE}"
)


class _PhoneScan:
    """The two phone patterns as one (the leftmost match of either: they cannot start at the
    same character, ``(``, ``+`` or ``0`` against 2-9), for one scan, whose positions only
    grow: a pattern's last match (or its absence) from an earlier position is still the answer
    while it lies at or after the new one, so neither pattern scans the rest of the text again
    for each refused candidate (which made a text dense with refused candidates quadratic)."""

    __slots__ = ("_international", "_national")

    def __init__(self) -> None:
        # per pattern: the position searched from and what was found there
        self._international: tuple[int, re.Match[str] | None] = (-1, None)
        self._national: tuple[int, re.Match[str] | None] = (-1, None)

    @staticmethod
    def _still(last: tuple[int, re.Match[str] | None], pos: int) -> bool:
        searched, found = last
        return 0 <= searched <= pos and (found is None or found.start() >= pos)

    def search(self, text: str, pos: int) -> re.Match[str] | None:
        if not self._still(self._international, pos):
            self._international = (pos, _PHONE_INTERNATIONAL.search(text, pos))
        if not self._still(self._national, pos):
            self._national = (pos, _PHONE_NATIONAL.search(text, pos))
        a, b = self._international[1], self._national[1]
        if a is None or (b is not None and b.start() < a.start()):
            return b
        return a


_EMAIL = re.compile(
    r"(?<=[\w.+-])@(?P<domain>(?:[^\W_](?:[^\W_]|-)*+\.)+[^\W\d_]{2,63}(?!(?:[^\W_]|-)))"
)
# An address written so that a program does not see it: `navn (at) domene.no`, `navn[at]domene.no`,
# `navn at domene dot no`, `navn krøllalfa domene punktum no`, `navn @ domene . no` (an `@`
# spaced, or an `@` and `.` written as references, decoded by then). Found from the word for
# `@`; the local part is read backwards from it as for a plain address.
_AT_WORDS = (
    "arobase|arrobase|arroba|chiocciola|klammeraffe|at-zeichen|sobaka|собака|kukac|miau"
    "|\u0622\u062a|\u0627\u062a|\u0627\u064e\u062a"  # Arabic and Persian «at» (آت, ات, اَت)
)
"""Words for `@` in the arrival and transit countries' languages (French, Spanish, Italian,
German, Russian, Hungarian, Arabic, Persian), as `krøllalfa` and `snabel-a` are ours."""
_DOT_WORDS = (
    "point|punkt|punto|nokta|tochka|точка|pont"
    "|\u0646\u0642\u0637\u0629|\u0646\u0642\u0637\u0647|\u062f\u0627\u062a"  # نقطة نقطه دات
)
"""Words for the dot of an address in those languages: only after a word for `@` that is not
the bare «at» (`amir.hassan arobase gmail point com`; «punkt 3», «point of view» and «han sa at
saken punkt for punkt» are no addresses)."""
_OBF_AT = (
    r"(?P<bracket>[ \u00a0]*[(\[{<][ \u00a0]*(?i:at|a|alfakrøll|krøllalfa|snabel-?a|@"
    rf"|{_AT_WORDS})[ \u00a0]*[)\]}}>][ \u00a0]*)"
    rf"|(?P<word>[ \u00a0]+(?i:alfakrøll|krøllalfa|snabel-?a|{_AT_WORDS})[ \u00a0]+"
    r"|[ \u00a0]+@[ \u00a0]*|@[ \u00a0]+)"
    r"|(?P<bare>[ \u00a0]+(?i:at)[ \u00a0]+)"
)
_OBF_DOT = (
    r"(?:\.|(?:[ \u00a0]*[(\[{<][ \u00a0]*(?i:dot|punktum|prikk|\.)[ \u00a0]*[)\]}>]"
    r"[ \u00a0]*|[ \u00a0]+(?i:dot|punktum|prikk)[ \u00a0]+|[ \u00a0]+\.[ \u00a0]+))"
)
_OBF_DOT_WORD = (
    rf"[ \u00a0]+(?i:{_DOT_WORDS})[ \u00a0]+"
    rf"|[ \u00a0]*[(\[{{<][ \u00a0]*(?i:{_DOT_WORDS})[ \u00a0]*[)\]}}>][ \u00a0]*"
)
_OBF_DOT_ANY = rf"(?:{_OBF_DOT}|(?(bare)(?!)|(?:{_OBF_DOT_WORD})))"
"""A dot of a spelled address: a foreign word for it only after a word for `@` (not «at»)."""
_OBFUSCATED_EMAIL = re.compile(
    rf"(?<=[\w.+-])(?:{_OBF_AT})(?P<domain>[^\W_][\w-]{{0,62}}+"
    rf"(?:{_OBF_DOT_ANY}[^\W_][\w-]{{0,62}}+){{0,4}}?{_OBF_DOT_ANY}(?P<tld>[^\W\d_]{{2,63}}+))"
    r"(?![\w-])"
)
_OBF_DOT_ONLY = re.compile(rf"{_OBF_DOT}|{_OBF_DOT_WORD}")
_DOMAIN_LABELS = re.compile(r"[\w-]++")
_MAIL_PROVIDERS = frozenset(
    (
        "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "icloud", "me",
        "aol", "proton", "protonmail", "pm", "gmx", "web", "mail", "yandex", "online", "start",
        "frisurf", "telenor", "altibox", "getmail", "tutanota",
    )
)  # fmt: skip
"""Mail services: `navn at gmail.com` is an address; `forklarte at landinfo.no` is a sentence."""


_OBF_TRIGGER = re.compile(
    r"[ \u00a0(\[{<@](?:"
    r"(?<=[(\[{<])(?=[ \u00a0]*+(?:[Aa][Tt]?|@|[Aa]lfakrøll|[Kk]røllalfa|[Ss]nabel"
    rf"|(?i:{_AT_WORDS}))"
    r"[ \u00a0]*+[)\]}>])"
    r"|(?<=[ \u00a0])(?=@|(?:at|AT|At)[ \u00a0]|[Aa]lfakrøll|[Kk]røllalfa|[Ss]nabel"
    rf"|ALFAKRØLL|KRØLLALFA|(?i:{_AT_WORDS})[ \u00a0)\]}}>])"
    r"|(?<=@)(?=[ \u00a0]))"
)
"""Where a spelled-out address may have its `@`: the pattern is tried only there (from the
spaces before it), not at every space of a text. Its first character is one class, so the
engine skips in C every other character."""


# Most texts have none of the rarer spellings of `@` (an `@` itself, a bracket around `at`, a word
# for `@` other than `at`), which `in` rules out in C: for those, the only trigger is a bare «at»,
# which Norwegian uses in every other sentence. It is found from its letters (a pattern that
# starts with a literal is scanned far faster than one that starts with a class), and only where
# the first label of a domain and a dot follow it, as the bare form of `_OBFUSCATED_EMAIL` needs:
# every other «at» could only be tried and refused. The result is the same positions as
# `_OBF_TRIGGER`'s less those (tests/test_gate_speed.py compares the two).
_OBF_RARE_WORDS = ("@", "nabel", "røll", "RØLL")
_OBF_FOREIGN_AT = tuple(_AT_WORDS.split("|"))
"""The foreign words for `@` (rare in our texts: one found in the text in small letters, every
trigger is tried)."""
_OBF_BRACKETS = tuple(
    (opening, re.compile(re.escape(opening) + r"(?=[ \u00a0]*+[Aa][Tt]?[ \u00a0]*+[)\]}>])"))
    for opening in "([{<"
)
_OBF_LABEL_DOT = rf"[ \u00a0]+[^\W_][\w-]{{0,62}}+{_OBF_DOT}"
_OBF_BARE_AT = re.compile(rf"at(?<=[ \u00a0]at)(?={_OBF_LABEL_DOT})")
_OBF_BARE_CAPITAL = re.compile(rf"A[Tt](?<=[ \u00a0]A[Tt])(?={_OBF_LABEL_DOT})")


def _foreign_at(text: str) -> bool:
    """Whether a foreign word for `@` stands anywhere in ``text`` (any case)."""
    folded = prefilter.lowered(text)
    return any(word in folded for word in _OBF_FOREIGN_AT)


def _obfuscation_triggers(text: str) -> list[int]:
    """The positions `_obfuscated` tries, in order: where `_OBF_TRIGGER` matches, less the bare
    «at»s that no domain follows."""
    if (any(word in text for word in _OBF_RARE_WORDS) or _foreign_at(text)) or any(
        opening in text and pattern.search(text) for opening, pattern in _OBF_BRACKETS
    ):
        return [trigger.start() for trigger in _OBF_TRIGGER.finditer(text)]
    spaces = [m.start() - 1 for m in _OBF_BARE_AT.finditer(text)]
    if "At" in text or "AT" in text:
        spaces = sorted(spaces + [m.start() - 1 for m in _OBF_BARE_CAPITAL.finditer(text)])
    return spaces


def _obfuscated(text: str) -> Iterator[re.Match[str]]:
    done = 0
    for start in _obfuscation_triggers(text):
        if start < done:
            continue
        while start > 0 and text[start - 1] in " \u00a0":
            start -= 1
        match = _OBFUSCATED_EMAIL.match(text, start) if start > 0 else None
        if match is not None:
            yield match
            done = match.end()


def _obfuscated_email_candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for match in _obfuscated(text):
        at = match.start()
        local_match = _LOCAL_REVERSED.match(text[max(0, at - 64) : at][::-1])
        if local_match is None:
            continue
        local = local_match.group()[::-1].lstrip("._+-")
        labels = [p for p in _OBF_DOT_ONLY.split(match.group("domain")) if p]
        if not local or _FILE_SUFFIX.fullmatch(labels[-1]):
            continue
        if match.group("bare") is not None:
            plain_local = local.isalpha()
            spelled = any(ch not in "." for ch in _DOMAIN_LABELS.sub("", match.group("domain")))
            provider = len(labels) >= 2 and labels[-2].lower() in _MAIL_PROVIDERS
            if plain_local and not spelled and not provider:
                continue
        domain = ".".join(labels)
        found.append(
            (
                at - len(local),
                match.end(),
                WHAT_EMAIL,
                f"{local[0]}…@{domain}",
                f"{local}@{domain}".lower(),
            )
        )
    return found


_DOMAIN = re.compile(r"(?:[^\W_](?:[^\W_]|-)*+\.)+[^\W\d_]{2,63}")
_LOCAL_REVERSED = re.compile(r"[\w.+-]{1,64}")
# Top-level domains that are file suffixes: `logo@2x.png` is a file, not an address.
_FILE_SUFFIX = re.compile(
    r"(?i)png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|pdf|css|js|html?|md|ya?ml|json|txt"
)
_CHAIN = re.compile(rf"(?<![0-9])[0-9]++(?:{_SEP}[0-9]++)*+")
_LAST_TWO = re.compile(r"[0-9][^0-9]*[0-9][^0-9]*\Z")
_BENIGN = re.compile(
    r"(?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2})"
    r"|(?P<dmy>(?P<d2>[0-9]{2})\.(?P<m2>[0-9]{2})\.(?P<y2>[0-9]{4}))"
    r"|(?:19|20)[0-9]{2}-[0-9]{1,4}"
)
_MARKER = re.compile(rf"<!--[ \t]*{ALLOW_MARKER}[ \t]*:(?P<reason>[^\n]{{0,500}}?)-->")
_LETTER = re.compile(r"[^\W\d_]")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
# An amount or a list of law sections, not a phone number.
_NOT_PHONE_BEFORE = re.compile(r"(?i)(?:\bkr\.?|\bnok|\busd|\beur|[€$£§])[ \u00a0]*\Z")
_NOT_PHONE_AFTER = re.compile(r"(?i)[ \u00a0]*(?:kr\b|kroner|nok\b|,-|euro|dollar|usd\b|eur\b)")
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_MASK = str.maketrans("0123456789", "•" * 10)
# Findings that `mask_digits` replaces by their masked form (their letters matter too).
_SHOWN_MASKED = frozenset(
    {
        WHAT_EMAIL,
        personaldata.WHAT_NAME,
        personaldata.WHAT_ADDRESS,
        personaldata.WHAT_PASSPORT,
        personaldata.WHAT_ID_DOCUMENT,
        personaldata.WHAT_IBAN,
        personaldata.WHAT_FOREIGN_ID,
        personaldata.WHAT_BIRTH,
        personaldata.WHAT_VEHICLE,
        locations.WHAT_LOCATION,
        locations.WHAT_DEVICE,
    }
)


# -- helpers -----------------------------------------------------------------------------------


def _mask(text: str) -> str:
    """Every ASCII digit as `•`, except the last two."""
    keep = _LAST_TWO.search(text)
    cut = keep.start() if keep else len(text)
    return text[:cut].translate(_MASK) + text[cut:]


def _sep_char(sep: str) -> str:
    """How a separator is shown, and its kind: '-', '.', ' ' or '' (emphasis only)."""
    if not _DASHES.isdisjoint(sep):
        return "-"
    if "." in sep:
        return "."
    if sep.strip("*_~`\\"):
        return " "
    return ""


def _split(chunk: str) -> tuple[list[str], list[str]]:
    """The digit groups of a matched chunk and the separators between them."""
    parts = _DIGITS.split(chunk)
    return parts[1::2], parts[2:-1:2]


def _shown(groups: list[str], seps: list[str]) -> str:
    out = [groups[0]]
    for sep, group in zip(seps, groups[1:], strict=True):
        out.append(_sep_char(sep))
        out.append(group)
    return "".join(out)


def _plausible_birth(digits: str) -> bool:
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    if day > 40:  # D-number
        day -= 40
    if month > 40:  # H-number
        month -= 40
    # The century is unknown (the 2032 rule no longer encodes it): 2000 is a leap year.
    return is_date(2000 + year, month, day)


def _identity_checksum(digits: str) -> bool:
    """The check digits under the old rule or the 2032 rule (K1 remainder 0-3)."""
    first = (int(digits[9]) - int(fodselsnummer.calc_check_digit1(digits[:9]))) % 11
    if first > 3:
        return False
    return bool(fodselsnummer.calc_check_digit2(digits[:10]) == digits[10])


def _is_identity_number(digits: str) -> bool:
    return _plausible_birth(digits) and _identity_checksum(digits)


def is_identity_number(digits: str) -> bool:
    """Whether eleven ASCII digits are an identity, D- or H-number (a birth date and check
    digits under either rule): a cheap test before the whole gate reads a joined value."""
    return len(digits) == 11 and digits.isdigit() and _is_identity_number(digits)


_SIX_DIGITS = re.compile(r"[0-9](?<![0-9]{2})[0-9]{5}(?![0-9])")
_FIVE_DIGITS = re.compile(r"[0-9](?<![0-9]{2})[0-9]{4}(?![0-9])")
_SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)|\n")
_SPLIT_REACH = 80
"""How far after a birth date (``ddmmyy``) its five personal digits are looked for."""


_NEXT_REACH = 160
"""How far into the next sentence or block its first digits are looked for."""
_ANY_DIGIT = re.compile(r"[0-9]")


def _split_identity_candidates(t: str) -> list[_Candidate]:
    """An identity number in two parts: a birth date ``ddmmyy`` and, after it in one sentence,
    the five digits whose check digits make the two one number (``030494, med personnummer
    12345``); or the date last in its sentence, heading, table row or list item and the five
    digits the next digits a reader meets, within ``_NEXT_REACH`` characters (``## Sak 030494``
    and ``12345 er løpenummeret.``, two rows of a table). In reading order only: a date and five
    digits with other digits between are not paired (a table of years and case numbers pairs
    nothing)."""
    found: list[_Candidate] = []
    for six in _SIX_DIGITS.finditer(t):
        if not _plausible_birth(six.group()):
            continue
        stop = min(len(t), six.end() + _SPLIT_REACH)
        end = _SENTENCE_END.search(t, six.end(), stop)
        for five in _FIVE_DIGITS.finditer(t, six.end(), end.start() if end else stop):
            digits = six.group() + five.group()
            if _identity_checksum(digits):
                shown = f"•••••• … {_mask(five.group())}"
                found.append((six.start(), five.end(), WHAT_IDENTITY, shown, digits))
                break
        else:
            if end is None or _ANY_DIGIT.search(t, six.end(), end.start()):
                continue  # the date is not the last number of its sentence
            first = _ANY_DIGIT.search(t, end.end(), min(len(t), end.end() + _NEXT_REACH))
            after = None if first is None else _FIVE_DIGITS.match(t, first.start())
            if after is None or t[after.start() - 1 : after.start()] in ("-", "/", ".", ","):
                continue
            digits = six.group() + after.group()
            if _identity_checksum(digits):
                shown = f"•••••• … {_mask(after.group())}"
                found.append((six.start(), after.end(), WHAT_IDENTITY, shown, digits))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


_PART = re.compile(r"[0-9](?<![0-9][0-9])(?<![.,/-][0-9])[0-9]{1,8}+(?![0-9])")
"""A run of two to nine digits, not the end of a date or a fraction (``17.05``, ``3/4``)."""
_BLOCK_START = re.compile(r"[ \t\n#>*_|:(\[-]{0,12}+[0-9]")
"""The start of the next sentence or block, up to its first digit: markers and spaces only."""


def _split_anywhere_candidates(t: str) -> list[_Candidate]:
    """An identity number in two parts of any length (3+8 over a heading and the paragraph
    after it, 8+3, 4+7 …; issue 17, attack round 6): a run of two to nine digits last in its
    sentence or block, and the run that starts the next one, eleven digits together that make
    an identity number (its date and both check digits). The six-and-five split is read by
    `_split_identity_candidates` (also inside one sentence)."""
    found: list[_Candidate] = []
    for part in _PART.finditer(t):
        size = part.end() - part.start()
        end = _SENTENCE_END.search(t, part.end(), min(len(t), part.end() + _SPLIT_REACH))
        if end is None or _ANY_DIGIT.search(t, part.end(), end.start()):
            continue
        first = _BLOCK_START.match(t, end.end())
        if first is None:
            continue
        rest = _PART.match(t, first.end() - 1)
        if rest is None or rest.end() - rest.start() != 11 - size or size == 6:
            continue
        if (
            t[rest.end() : rest.end() + 2][:1] in (".", ",", "/", "-")
            and t[rest.end() + 1 : rest.end() + 2].isdigit()
        ):
            continue  # the next run is a date or a decimal number
        digits = part.group() + rest.group()
        if _is_identity_number(digits):
            hidden = "•" * size
            shown = f"{hidden} … {_mask(rest.group())}"
            found.append((part.start(), rest.end(), WHAT_IDENTITY, shown, digits))
    return found


_ELEVEN = re.compile(r"[0-9](?<![0-9][0-9])[0-9]*+(?:[ .\-][0-9]++)*+(?![0-9])")
_DAY, _MONTH, _YEAR = r"(?:0[1-9]|[12][0-9]|3[01])", r"(?:0[1-9]|1[0-2])", r"(?:19|20)[0-9]{2}"
_DATE_IN_RUN = re.compile(
    rf"(?<![0-9])(?:{_YEAR}-{_MONTH}-{_DAY}|{_DAY}\.{_MONTH}\.{_YEAR})(?![0-9])"
)
"""A date a run of groups holds (``§ 32 2023-12-04 4``): the run is a list's columns, not a
number written backwards."""


def _reversed_identity_candidates(t: str) -> list[_Candidate]:
    """An identity number written backwards (``91005494030``): a run of exactly eleven digits
    (in groups or not) whose digits read from the end are one. The check digits make a chance
    match rare, and eleven digits in a row are rare in a decision. A run that holds a date is
    left: a list's row (a provision, a date, a day) can chance on eleven such digits."""
    found: list[_Candidate] = []
    for run in _ELEVEN.finditer(t):
        digits = "".join(_DIGITS.findall(run.group()))
        back = digits[::-1]
        if (
            len(digits) == 11
            and _is_identity_number(back)
            and _DATE_IN_RUN.search(run.group()) is None
        ):
            shown = f"{_mask(run.group())}, skrevet baklengs"
            found.append((run.start(), run.end(), WHAT_IDENTITY, shown, back))
            if caps.full(found):
                break  # the rest is not read (`caps.py`)
    return found


def _amount_like(groups: list[str]) -> bool:
    return len(groups) >= 3 and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _year(group: str) -> bool:
    return len(group) == 4 and 1900 <= int(group) <= 2099


def _is_duf(groups: list[str]) -> bool:
    digits = "".join(groups)
    if not 1990 <= int(digits[:4]) <= 2039 or _amount_like(groups):
        return False
    if any(_year(g) for g in groups[1:]):
        return False
    leading_date = (
        len(groups) >= 3
        and [len(g) for g in groups[:3]] == [4, 2, 2]
        and is_date(int(groups[0]), int(groups[1]), int(groups[2]))
    )
    return not leading_date


def _is_plain_phone(text: str, start: int, end: int, groups: list[str], seps: list[str]) -> bool:
    """A national number without a country code: not a date, a range or an amount."""
    kinds = {_sep_char(s) for s in seps}
    if len(kinds) > 1:
        return False
    digits = "".join(groups)
    if len(groups) == 1:
        if digits.endswith("0000"):
            return False
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
        if 1900 <= year <= 2099 and is_date(year, month, day):
            return False
        day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
        if 1900 <= year <= 2099 and is_date(year, month, day):
            return False
    if len(groups) == 2 and "-" in kinds:
        return False
    before = text[max(0, start - 8) : start]
    return not (_NOT_PHONE_BEFORE.search(before) or _NOT_PHONE_AFTER.match(text, end, end + 12))


def _canonical(value: str) -> str:
    if "@" in value:
        return value.strip().lower()
    digits = "".join(ch for ch in value if "0" <= ch <= "9")
    if len(digits) == 10 and digits.startswith("47"):
        return digits[2:]
    if len(digits) == 12 and digits.startswith("0047"):
        return digits[4:]
    return digits


_KEY = secrets.token_bytes(32)
"""The fingerprints' key: drawn when the module is loaded, never written anywhere."""


def process_key() -> bytes:
    """This process's fingerprint key: for worker processes that must fingerprint alike."""
    return _KEY


def use_key(key: bytes) -> None:
    """Fingerprint with ``key`` (a worker process, given its parent's ``process_key``)."""
    global _KEY
    _KEY = key


def _keyed(canonical: str) -> str:
    return hmac.new(_KEY, canonical.encode(), hashlib.sha256).hexdigest()


def fingerprint(value: str) -> str:
    """A keyed hash of a value as written anywhere (a finding's, an allow-list entry's): equal
    for the same canonical form (digits only for numbers, a phone number without `+47`/`0047`,
    lower-cased for e-mail) in this process, and useless outside it. Never shown."""
    return _keyed(_canonical(value))


# -- scanning ----------------------------------------------------------------------------------

_ASCII_DIGITS = "0123456789"
_Candidate = tuple[int, int, str, str, str]  # start, end (normalised), what, masked, canonical


def _each(
    search: Callable[[str, int], re.Match[str] | None],
    text: str,
    judge: Callable[[re.Match[str]], _Candidate | None],
) -> list[_Candidate]:
    """The candidates `judge` accepts, none overlapping; after a refusal the search goes on
    from the next character, after an acceptance from the end of the match."""
    found: list[_Candidate] = []
    pos = 0
    while (match := search(text, pos)) is not None:
        candidate = judge(match)
        if candidate is None:
            pos = match.start() + 1
        else:
            found.append(candidate)
            if caps.full(found):
                break  # the rest is not read (`caps.py`)
            pos = max(match.end(), match.start() + 1)
    return found


def _identity(match: re.Match[str]) -> _Candidate | None:
    groups, seps = _split(match.group())
    digits = "".join(groups)
    if not _is_identity_number(digits):
        return None
    return match.start(), match.end(), WHAT_IDENTITY, _mask(_shown(groups, seps)), digits


def _duf(match: re.Match[str]) -> _Candidate | None:
    groups, seps = _split(match.group())
    if not _is_duf(groups):
        return None
    return match.start(), match.end(), WHAT_DUF, _mask(_shown(groups, seps)), "".join(groups)


def _case_candidates(text: str) -> list[_Candidate]:
    return [
        (m.start(), m.end(), WHAT_CASE, _mask(m.group()), _canonical(m.group()))
        for m in _CASE.finditer(text)
    ]


def _email_candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for match in _EMAIL.finditer(text):
        at = match.start()
        domain = match.group("domain")
        end = match.end()
        if _FILE_SUFFIX.fullmatch(domain.rsplit(".", 1)[1]):
            # `logo@2x.png` is a file; `kari@kommune.example.md` is an address in a file name
            domain = domain.rsplit(".", 1)[0]
            if _DOMAIN.fullmatch(domain) is None:
                continue
            end = at + 1 + len(domain)
        window = text[max(0, at - 64) : at][::-1]
        local_match = _LOCAL_REVERSED.match(window)
        if local_match is None:
            continue
        local = local_match.group()[::-1].lstrip("._+-")
        if not local:
            continue
        found.append(
            (
                at - len(local),
                end,
                WHAT_EMAIL,
                f"{local[0]}…@{domain}",
                f"{local}@{domain}".lower(),
            )
        )
    return found


# Addresses in the rarer forms RFC 5321/5322 allow, which `_EMAIL` does not read: a quoted local
# part (`"amir hassan"@example.com`), a comment (`amir.h(privat)@example.com`), an address
# literal (`amir.h@[192.0.2.10]`, `amir.h@[IPv6:2001:db8::1]`) and a host without a dot
# (`amir.h@intranett`). Looked for only around each `@`. The local part must touch the `@` and
# hold a letter, so `@`-mentions, `@media`, `5 @ 10 kr` and `100@stk` stay prose.
_RARE_DOMAIN = re.compile(
    r"(?:\([^()\n]{0,40}\))?"
    r"(?P<domain>\[(?i:IPv6:[0-9a-f:.]{2,45}|[0-9]{1,3}(?:\.[0-9]{1,3}){3})\]"
    r"|(?:[^\W_](?:[^\W_]|-)*+\.)*[^\W\d_](?:[^\W_]|-){1,62}+(?![\w@-]|\.[^\W_]))"
)


def _closed_local(text: str, at: int) -> tuple[int, str]:
    """Where the local part ending in a quote or a comment right before the `@` at `at` starts,
    and its text without quotes (``-1, ""`` when there is none)."""
    close = text[at - 1]
    if close == ")":  # a comment after the local part: `amir.h(privat)@`
        opening = text.rfind("(", max(0, at - 42), at - 1)
        if opening < 0 or "\n" in text[opening:at]:
            return -1, ""
        reversed_local = _LOCAL_REVERSED.match(text[max(0, opening - 64) : opening][::-1])
        local = "" if reversed_local is None else reversed_local.group()[::-1]
        return opening - len(local), local
    opening = text.rfind("“" if close == "”" else '"', max(0, at - 66), at - 1)
    if opening < 0 or "\n" in text[opening:at] or opening == at - 2:
        return -1, ""
    return opening, text[opening + 1 : at - 1]


def _rare_email_candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    at = text.find("@")
    while at >= 0:
        prev = text[at - 1] if at > 0 else " "
        closed = prev in '")”'  # a quoted local part or a comment ends at the `@`
        after = (
            _RARE_DOMAIN.match(text, at + 1) if closed or prev.isalnum() or prev in "._+-" else None
        )
        if after is not None:
            domain = after.group("domain")
            plain = after.start("domain") == at + 1 and "." in domain and domain[0] != "["
            if closed:
                start, local = _closed_local(text, at)
            elif not plain:  # `_EMAIL`'s own local part, read backwards
                reversed_local = _LOCAL_REVERSED.match(text[max(0, at - 64) : at][::-1])
                local = "" if reversed_local is None else reversed_local.group()[::-1]
                local = local.lstrip("._+-")
                start = at - len(local)
            else:
                local, start = "", -1
            if any(ch.isalpha() for ch in local):
                found.append(
                    (start, after.end(), WHAT_EMAIL, f"{local[0]}…@{domain}",
                     f"{local}@{domain}".lower())
                )  # fmt: skip
        at = text.find("@", at + 1)
    return found


# -- online identities ----------------------------------------------------------------------------
# A user name at a mail or social service, written so that the e-mail pattern does not see it:
# `kari.nordmann på gmail.com`, `kari93 hos gmail`, `kari_n (Gmail)`, `@kari_93`,
# `facebook.com/kari.n.93`, `kari.n på Telegram`, `Telegram: kari_93`. A user name here has a
# dot, an underscore or a digit (`forklarte på Facebook` is a sentence, `@media` a CSS rule).

_SERVICES = (
    *sorted(_MAIL_PROVIDERS - {"me", "pm", "web", "mail", "live", "online", "start"}),
    "facebook", "instagram", "twitter", "tiktok", "telegram", "linkedin", "vk", "vkontakte",
    "snapchat", "youtube", "whatsapp", "signal", "viber", "skype", "discord", "messenger",
)  # fmt: skip
_SERVICE = "(?:" + "|".join(sorted(_SERVICES, key=len, reverse=True)) + ")"
_SOCIAL_HOSTS = (
    r"(?:facebook|fb|instagram|x|twitter|tiktok|t|telegram|linkedin|vk|snapchat|youtube)"
)
_ACCOUNT_WORD = r"(?:brukernavn|navn|bruker|profil|konto|adresse)"
_USER = r"[^\W_][\w.]{0,62}(?<![.])"
_ONLINE_SERVICE = re.compile(
    rf"(?i)(?<![\w.@/-]){_SERVICE}(?:\.[a-z]{{2,6}}){{0,2}}"
    rf"(?![\w@/]|-(?!{_ACCOUNT_WORD})|\.\w)"
)
_ONLINE_BEFORE = re.compile(
    rf"(?i)(?<![\w.@/+-])(?P<user>{_USER})"
    r"(?:[ \u00a0]+(?:på|hos|at|via|@)[ \u00a0]+|[ \u00a0]*+\([ \u00a0]*+|[ \u00a0]+@)\Z"
)
_ONLINE_AFTER = re.compile(
    rf"(?i)[ \u00a0]*+(?::|-?{_ACCOUNT_WORD}[ \u00a0]*+:?)[ \u00a0]*+"
    rf"@?(?P<user>{_USER})(?![\w@-])"
)
_HANDLE = re.compile(rf"(?<![\w.+@/-])@(?P<user>{_USER})(?![\w@(-]|\.[^\W\d_])")
_PROFILE = re.compile(
    rf"(?i)(?<![\w.@-])(?:https?://)?(?:www\.|m\.|mobile\.)?(?P<host>{_SOCIAL_HOSTS}\.(?:com|me))"
    r"/(?P<path>@?[\w%-]++(?:[.%-]++[\w%-]++)*+(?:/[\w%-]++(?:[.%-]++[\w%-]++)*+)*+)"
)
_ASCII_FOLDS = "\u0130\u0131\u017f\u212a"
"""The characters other than ASCII letters that a case-insensitive pattern matches as an ASCII
letter (İ, ı, ſ and the Kelvin sign): ``str.lower`` does not make them the letter."""


class _ServiceFilter:
    """A cheap test with a pattern's ``search``: `_ONLINE_SERVICE` cannot match where it finds
    nothing. A service's name is looked for with ``str.find`` in a lowercased copy, where no
    letter or ``_.@/-`` stands before it (a case-insensitive pattern tries every name at every
    character: a hundred times slower); a text with one of `_ASCII_FOLDS` goes to the pattern
    itself."""

    def search(self, text: str) -> object | None:
        if any(ch in text for ch in _ASCII_FOLDS):
            return _ONLINE_SERVICE.search(text)
        lowered = prefilter.lowered(text)  # as long as the text: only İ makes two characters
        for name in _SERVICES:
            at = lowered.find(name)
            while at >= 0:  # the pattern's look-behind: not inside a word (`Kaol`), path, address
                if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_.@/-"):
                    return True
                at = lowered.find(name, at + 1)
        return None


def _profile_possible(text: str) -> bool:
    """Whether `_PROFILE` can match: its host ends in ``.com/`` or ``.me/`` in any case (no
    character but these letters matches them case-insensitively), which a file's path and a
    link elsewhere do not (the pattern is case-insensitive, so tried at every character)."""
    if "/" not in text:
        return False
    lowered = prefilter.lowered(text)
    return ".com/" in lowered or ".me/" in lowered


_ONLINE_ANY = _ServiceFilter()
"""Whether a service's name is in the text (the other online-identity patterns need an ``@`` or
a ``/``): tests/test_gate_speed.py compares the gate with and without it."""


def _online_possible(text: str) -> tuple[bool, bool]:
    """Whether ``_ONLINE_SERVICE`` and ``_PROFILE`` can match in ``text`` at all
    (tests/test_gate_cost.py compares the findings with and without this shortcut)."""
    return _ONLINE_ANY.search(text) is not None, _profile_possible(text)


_COMMON_WORDS = frozenset(("signal", "messenger"))
"""Services whose name is also a word: a service only with a capital letter."""
_TLDS = frozenset(("no", "com", "org", "net", "se", "dk", "de", "eu", "int", "gov", "info"))


def _user_name(user: str) -> bool:
    """Whether ``user`` reads as a user name, not a word, an abbreviation or a file."""
    if not any(ch in "._" or ch.isdigit() for ch in user) or user.isdigit():
        return False
    if "." in user:
        parts = user.split(".")
        marked = any(ch == "_" or ch.isdigit() for ch in user)
        if any(len(part) < 2 for part in parts) and not marked:
            return False  # `f.eks`, `bl.a`
        if parts[-1].lower() in _TLDS or _FILE_SUFFIX.fullmatch(parts[-1]):
            return False  # a domain or a file: `udi.no`, `vedtak.pdf`
    return sum(ch.isalpha() for ch in user) >= 2


_HANDLE_SLOT = re.compile(
    r"(?i)(?:-?(?:brukernavn|konto|profil|navn|bruker|adresse|nick|handle|id)[a-zæøå]{0,4})?"
    r"(?:[ \u00a0]+(?:hans|hennes|deres|hennar|sin|sitt|mitt|min|his|her))?"
    r"(?:[ \u00a0]*[:=]|[ \u00a0]+(?:er|var|heter|het|lyder|is|was))[ \u00a0]*"
    r"[«\"'“]?@?(?P<user>[^\W\d_][\w.]{3,62}(?<![.]))(?![\w@-])"
)
"""The slot a user name stands in after a service's name: ``Skype: navn``, ``TikTok-kontoen
hans er navn``, ``Instagram-profilen heter navn``, ``Gmail-adressen hans er navn``. There a word
of letters only is a user name too, unless it is a word that says something about the account
(``_SLOT_WORDS``), has the ending of a Norwegian adjective or participle, or is written as a
word of prose (a capital first and small letters after, or all capitals: names have their own
rules)."""
_SLOT_WORDS = frozenset(
    (
        "ikke", "nei", "ukjent", "privat", "offentlig", "åpen", "lukket", "aktiv", "inaktiv",
        "slettet", "stengt", "sperret", "hacket", "falsk", "ekte", "borte", "nedlagt", "tom",
        "deaktivert", "oppgitt", "fremlagt", "kjent", "brukt", "anonym", "fjernet", "skjult",
        "sjekket", "undersøkt", "opprettet", "endret", "overvåket", "blokkert", "gammel", "samme",
        "annen", "annet", "andre", "også", "fortsatt", "fremdeles", "trolig", "antakelig", "mulig",
        "uklart", "ukjente", "falske", "hans", "hennes", "deres", "hennar", "deleted", "private",
        "public", "unknown", "none", "closed", "blocked", "suspended", "given", "there", "their",
        "nettopp", "lagt", "ment", "knyttet", "registrert", "verifisert", "kontrollert",
        "tilgjengelig", "omtalt", "nevnt", "beskrevet", "brukernavnet", "navnet", "profilen",
        "kontoen", "adressen", "lenken", "lenke", "utenlandsk", "norsk", "afghansk",
    )
)  # fmt: skip
_SLOT_ENDINGS = ("lig", "ig", "isk", "ert", "ende", "sjon", "het", "ene", "ede")


def _slot_handle(user: str) -> bool:
    """Whether a word in the slot after a service's name (`_HANDLE_SLOT`) is a user name."""
    if _user_name(user):
        return True
    low = user.lower()
    if "." in user or len(user) < 5 or low in _SLOT_WORDS:
        return False
    if user[0].isupper() and (user[1:].islower() or user.isupper()):
        return False  # a word of prose (`Telegram: Nyheter`); a handle is small or camel case
    return not low.endswith(_SLOT_ENDINGS)


_PHONE_LINK = re.compile(
    r"(?i)(?<![\w.-])(?:https?://)?(?:www\.)?(?:wa\.me/|(?:api\.)?whatsapp\.com/send/?\?phone="
    r"|viber://(?:chat|contact)\?number=|signal\.me/#p/|t\.me/|tel:|sms:|callto:|skype:)"
    r"(?:%2B|\+)?(?P<number>[0-9]{7,15})(?![0-9])"
)
"""A link that opens a chat or a call with a phone number: ``wa.me/4741122334``, WhatsApp's
``send?phone=``, Viber's ``number=``, Signal's ``signal.me/#p/``, ``t.me/+...``, ``tel:``.
The number is a phone number whatever its country (the link says so; phonenumbers names the
country when it can)."""


_SEVEN_DIGITS = re.compile("[0-9]{7}")


def _phone_link_candidates(text: str) -> list[_Candidate]:
    """Phone numbers in chat and call links (`_PHONE_LINK`)."""
    if "me/" not in text and "=" not in text and ":" not in text:
        return []
    if _SEVEN_DIGITS.search(text) is None:  # a link's number is seven digits or more
        return []
    import phonenumbers

    found: list[_Candidate] = []
    for match in _PHONE_LINK.finditer(text):
        digits = match.group("number")
        what = personaldata.WHAT_FOREIGN_PHONE
        try:
            number = phonenumbers.parse("+" + digits, None)
            if number.country_code == 47:
                what = WHAT_PHONE
        except phonenumbers.NumberParseException:
            pass
        start, end = match.span("number")
        found.append((start, end, what, _mask(digits), digits))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


def _online(start: int, end: int, user: str, where: str) -> _Candidate:
    return start, end, WHAT_ONLINE, f"{user[0]}…@{where.lower()}", f"{user}@{where}".lower()


def _online_candidates(text: str) -> list[_Candidate]:
    """User names at a service, handles and profile addresses."""
    found: list[_Candidate] = []
    services, profiles = _online_possible(text)
    for match in _ONLINE_SERVICE.finditer(text) if services else ():
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        service = match.group().split(".")[0]
        if service in _COMMON_WORDS:
            continue  # `et signal: fase_2` is a word; `Signal: navn_93` a service
        window = max(0, match.start() - 80)
        before = _ONLINE_BEFORE.search(text[window : match.start()])
        if before is not None and _user_name(before.group("user")):
            start = window + before.start("user")
            end = match.end()
            if text.startswith(")", end) or text.startswith(" )", end):
                end = text.index(")", end) + 1
            found.append(_online(start, end, before.group("user"), service))
            continue
        after = _ONLINE_AFTER.match(text, match.end())
        if after is not None and _user_name(after.group("user")):
            found.append(_online(match.start(), after.end(), after.group("user"), service))
            continue
        slot = _HANDLE_SLOT.match(text, match.end())
        if slot is not None and _slot_handle(slot.group("user")):
            found.append(_online(match.start(), slot.end(), slot.group("user"), service))
    if "@" in text:
        for match in _HANDLE.finditer(text):
            if caps.full(found):
                break
            if _user_name(match.group("user")):
                found.append(_online(*match.span(), match.group("user"), "handle"))
    if profiles:
        for match in _PROFILE.finditer(text):
            if caps.full(found):
                break
            path = match.group("path")
            user = path.split("/")[0].lstrip("@") or path
            found.append(_online(*match.span(), user, match.group("host").split(".")[0]))
    return found


def _phone(match: re.Match[str]) -> _Candidate | None:
    start, end = match.span()
    if match.re is _PHONE_INTERNATIONAL:
        national = match.group("intl")
        groups, seps = _split(national)
        shown = "+47 " + _mask(_shown(groups, seps))
    else:
        groups, seps = _split(match.group("nat"))
        if not _is_plain_phone(match.string, start, end, groups, seps):
            return None
        shown = _mask(_shown(groups, seps))
    return start, end, WHAT_PHONE, shown, "".join(groups)


def _select(classes: list[list[_Candidate]]) -> list[_Candidate]:
    """Candidates of stronger classes first; a candidate overlapping a taken one is dropped."""
    taken: list[_Candidate] = []
    for candidates in classes:
        candidates.sort()
        fresh: list[_Candidate] = []
        i = 0
        last_end = -1
        for candidate in candidates:
            start, end = candidate[0], candidate[1]
            while i < len(taken) and taken[i][1] <= start:
                i += 1
            if i < len(taken) and taken[i][0] < end:
                continue  # overlaps a stronger finding
            if start < last_end:
                continue  # overlaps an earlier one of its own class
            fresh.append(candidate)
            last_end = end
        taken = sorted(taken + fresh)
    return taken


def _anywhere(patterns: tuple[re.Pattern[str], ...], first: str) -> re.Pattern[str]:
    """One pattern that matches (one character, of the class ``first``) where any of
    ``patterns`` starts a match: a text none of them can match in costs one scan, not one a
    pattern. Each is tried as a look-ahead from the character before (``(?<=(?=…)[\\s\\S])``),
    as the engine skips in C only to the first character of a pattern that starts with a class."""
    either = "|".join(f"(?:{p.pattern})" for p in patterns)
    return re.compile(rf"[{first}](?<=(?=(?:{either}))[\s\S])")


_NUMBER_CLASSES = _anywhere(
    (_IDENTITY, _DUF, _CASE, _PHONE_INTERNATIONAL, _PHONE_NATIONAL), "0-9+("
)
"""Where an identity, DUF, case or Norwegian phone number may start (before it is judged)."""


def _scan(text: str, known_names: Collection[str] = ()) -> tuple[_Normalised, list[_Candidate]]:
    # ``checked_fingerprints`` runs this function's detectors of the classes with check digits
    # alone: a detector added here that proposes one of them goes there too.
    norm = _Normalised(text)
    t = norm.text
    classes: list[list[_Candidate]] = [[], [], [], [], []]
    # The shortest thing looked for is a case number of 7 digits (``24/1234-5``).
    digits = any(d in t for d in _ASCII_DIGITS) and sum(map(t.count, _ASCII_DIGITS)) >= 7
    if digits and _NUMBER_CLASSES.search(t) is not None:
        classes[0] = _each(_IDENTITY.search, t, _identity)
        classes[1] = _each(_DUF.search, t, _duf)
        classes[2] = _case_candidates(t)
        classes[4] = _each(_PhoneScan().search, t, _phone)
    if digits:  # a birth date and its five digits apart in one sentence: no pre-filter
        whole = classes[0]
        classes[0] = whole + [
            c
            for c in _split_identity_candidates(t)
            + _split_anywhere_candidates(t)
            + _reversed_identity_candidates(t)
            if not any(c[0] < w[1] for w in whole if w[0] < c[1])
        ]
    if "@" in t:
        classes[3] = _email_candidates(t) + _rare_email_candidates(t)
    classes[3] += _obfuscated_email_candidates(t)
    online = _online_candidates(t) + _phone_link_candidates(t)
    # The other kinds (personaldata.py), ranked around these: IBAN first (its digits would read as
    # a phone number), then account, foreign identity and document numbers, dates of birth and
    # foreign phones (`+380 50 123 4567` holds a Norwegian-looking `380 50 123`), then Norwegian
    # phones, then addresses and names.
    more = personaldata.scan(t, known_names)
    said = _spoken(t)  # an identity number read out outranks a name (round 6: Arabic script)
    # and, like a national number after its keyword, an account number its digits also make
    never = [c for c in (*said, *more[personaldata.DOCUMENT]) if c[2] in NEVER_EXCEPTED]
    never += braille.candidates(t)  # refused whatever the cells spell (braille.py)
    ranked = [
        never,
        more[personaldata.IBAN_CLASS],
        *classes[:4],
        online,
        more[personaldata.ACCOUNT],
        more[personaldata.FOREIGN_ID],
        more[personaldata.DOCUMENT],
        locations.scan(t),
        more[personaldata.BIRTH],
        more[personaldata.FOREIGN_PHONE],
        classes[4],
        splits.gapped_phones(t) if digits else [],
        more[personaldata.ADDRESS],
        [c for c in said if c[2] not in NEVER_EXCEPTED],  # before names: words of any script
        more[personaldata.NAME],
        _encoded(t, lambda start, end: text[norm.start(start) : norm.end(end)]),
    ]
    capped = [_capped(candidates) for candidates in ranked if caps.full(candidates)]
    return norm, sorted(_select(ranked) + capped) if capped else _select(ranked)


_CAPPED = "\x00capped:"
"""How a candidate that stands for a capped class's unread rest is told apart (its canonical
value, which no real value starts with): it keeps that through ``_spoken`` and ``_encoded``."""


def _capped(candidates: list[_Candidate]) -> _Candidate:
    """The first ``caps.CAP`` candidates of a class that reached the cap are kept (the others
    are dropped), and one more stands for the rest: at the last kept, never excepted."""
    candidates.sort()
    del candidates[caps.CAP :]
    start, end, what, _masked, _canonical = candidates[-1]
    shown = f"{caps.CAP} funn av samme slag; resten av teksten er ikke lest for dem"
    return start, end, what, shown, f"{_CAPPED}{what}"


def _finding(norm: _Normalised, candidate: _Candidate) -> Finding:
    start, end, what, masked, canonical = candidate
    return Finding(
        norm.start(start),
        norm.end(end),
        what,
        masked,
        _keyed(canonical),
        capped=canonical.startswith(_CAPPED),
    )


CHECKED_CLASSES = frozenset(
    (WHAT_IDENTITY, personaldata.WHAT_IBAN, personaldata.WHAT_ACCOUNT, personaldata.WHAT_FOREIGN_ID)
)
"""The classes whose check digits make a chance match all but impossible."""


def checked_fingerprints(text: str) -> frozenset[str]:
    """The fingerprints of every candidate of ``CHECKED_CLASSES`` that ``_scan`` proposes for
    ``text`` (or more): every finding of those classes that ``find_personal_data(text,
    markers=False)`` reports is among them, as a finding is a candidate that ``_select`` and the
    exceptions did not drop. Only the detectors that propose those classes run (identity
    numbers, ``personaldata.scan_checked``, encoded runs and numbers in words, which read what
    they decode with every detector), not names, dates of birth, addresses or phones: a fraction
    of the cost. Keep it in step with ``_scan``: ``tests/test_gate_cost.py`` compares them."""
    norm = _Normalised(text)
    t = norm.text
    found: list[_Candidate] = []
    digits = any(d in t for d in _ASCII_DIGITS) and sum(map(t.count, _ASCII_DIGITS)) >= 7
    if digits and _NUMBER_CLASSES.search(t) is not None:
        found += _each(_IDENTITY.search, t, _identity)
    if digits:
        found += (
            _split_identity_candidates(t)
            + _split_anywhere_candidates(t)
            + _reversed_identity_candidates(t)
        )
    found += personaldata.scan_checked(t)
    found += _encoded(t, lambda start, end: text[norm.start(start) : norm.end(end)])
    found += _spoken(t)
    return frozenset(_keyed(c[4]) for c in found if c[2] in CHECKED_CLASSES)


SPOKEN_ALONE = 8
"""Digits a run of number words must say to be a finding of its own (``WHAT_SPOKEN``) when no
detector knows the number: a number read out digit by digit is no amount or year."""


_CHECKED = frozenset((WHAT_IDENTITY, WHAT_DUF))
"""Classes read in a run of number words even beside a currency: their check digits (or a
DUF number's year and twelve digits) are no amount."""


def _spoken(t: str) -> list[_Candidate]:
    """Numbers written in words (``spoken.py``): the detectors run on the digits a run says,
    and what they find is reported at the run; a run of at least ``SPOKEN_ALONE`` digits
    that they do not know is reported as a number of its own. Beside a currency (an amount)
    only the classes with check digits count: ``kr`` before an identity number read out in
    words excuses it no more than it does the digits."""
    found: list[_Candidate] = []
    alone: dict[tuple[int, int], str] = {}
    first: dict[tuple[int, int], str] = {}
    read: dict[str, list[_Candidate]] = {}  # the same digits said again are read once
    for start, end, digits, amount in spoken.runs(t):  # a run may come more than once
        primary = first.setdefault((start, end), digits) == digits  # (its readings, `spoken`)
        if digits not in read:
            read[digits] = _scan(digits)[1]
        inner = read[digits]
        if amount:
            checked = _CHECKED | {personaldata.WHAT_FOREIGN_ID, personaldata.WHAT_ACCOUNT}
            inner = [c for c in inner if c[2] in checked]
        found += [
            (start, end, what, f"{masked}, skrevet med ord", canonical)
            for _s, _e, what, masked, canonical in inner
        ]
        if not inner and not amount and primary and len(digits) >= SPOKEN_ALONE:
            alone[start, end] = digits
    known = {(c[0], c[1]) for c in found}
    for (start, end), digits in alone.items():
        if (start, end) not in known:
            found.append((start, end, WHAT_SPOKEN, f"{_mask(digits)}, skrevet med ord", digits))
    return found


def _encoded(t: str, original: Callable[[int, int], str]) -> list[_Candidate]:
    """What a reader finds by decoding a run of base64 or quoted-printable (``encoded.py``),
    reported at the run. Not a Braille cell there: bytes that decode as UTF-16 make one by
    chance (a picture's ``data:`` address), and the cells are refused where a reader sees them."""
    return [
        (start, end, what, f"{masked}, skrevet som {how}", canonical)
        for start, end, decoded, how in encoded.runs(t, original)
        for _s, _e, what, masked, canonical in _scan(decoded)[1]
        if what != braille.WHAT_BRAILLE
    ]


def _marker(match: re.Match[str]) -> Marker:
    """A marker: the values its text names (as the gate reads them, and any chain of digits),
    and its reason, the text left when those are taken out."""
    inner = match.group("reason")
    norm, candidates = _scan(inner)
    keys = {_keyed(canonical) for *_, canonical in candidates}
    spans = [(norm.start(c[0]), norm.end(c[1])) for c in candidates]
    for chain in _CHAIN.finditer(inner):
        keys.add(fingerprint(chain.group()))
        spans.append(chain.span())
    left: list[str] = []
    done = 0
    for start, end in _merged(spans):
        left.append(inner[done:start])
        done = max(done, end)
    left.append(inner[done:])
    reason = " ".join(_EMPTY_BRACKETS.sub(" ", " ".join(left)).split()).strip(" ,.;:–-+")
    return Marker(match.start(), match.end(), reason, frozenset(keys))


def find_markers(text: str) -> list[Marker]:
    """Every `<!-- personvern-ok: ... -->` in `text`, in order (with or without a value)."""
    if ALLOW_MARKER not in text:
        return []
    return [_marker(m) for m in _MARKER.finditer(text)]


def _pair(
    findings: list[Finding], markers: list[Marker], line_of: Callable[[int], int]
) -> tuple[list[Marker | None], list[Marker | None]]:
    """Which marker names which finding, and a marker on each finding's line.

    A marker with a reason names its own writing of a value, and one finding outside itself on
    its line: the nearest before it with a value it names, else the nearest after. One sweep in
    order of position, so a line of many markers and findings costs no more than its length.
    """
    named: list[Marker | None] = [None] * len(findings)
    beside: list[Marker | None] = [None] * len(findings)
    first_on_line: dict[int, Marker] = {}
    for marker in markers:
        first_on_line.setdefault(line_of(marker.offset), marker)
    starts = [m.offset for m in markers]
    seen: dict[tuple[int, str], list[int]] = {}  # unnamed findings so far, by line and value
    waiting: dict[tuple[int, str], deque[int]] = {}  # markers that name the next one, by the same
    done = [False] * len(markers)
    events = sorted(
        [(f.offset, 1, i) for i, f in enumerate(findings)]
        + [(m.offset, 0, j) for j, m in enumerate(markers) if _LETTER.search(m.reason)]
    )
    for _, is_finding, n in events:
        if is_finding:
            finding = findings[n]
            lines = {line_of(finding.offset), line_of(max(finding.offset, finding.end - 1))}
            beside[n] = next((first_on_line[x] for x in sorted(lines) if x in first_on_line), None)
            j = bisect_right(starts, finding.offset) - 1
            if j >= 0 and finding.end <= markers[j].end:  # inside a marker: only its own naming
                if finding.fingerprint in markers[j].keys and _LETTER.search(markers[j].reason):
                    named[n] = markers[j]
                continue
            for x in sorted(lines):
                queue = waiting.get((x, finding.fingerprint))
                while queue and done[queue[0]]:
                    queue.popleft()
                if queue:
                    j = queue.popleft()
                    done[j] = True
                    named[n] = markers[j]
                    break
            else:
                for x in lines:
                    seen.setdefault((x, finding.fingerprint), []).append(n)
            continue
        marker = markers[n]
        line = line_of(marker.offset)
        best: tuple[int, str] | None = None
        for value in marker.keys:
            stack = seen.get((line, value))
            while stack and named[stack[-1]] is not None:
                stack.pop()
            if stack and (best is None or stack[-1] > seen[best][-1]):
                best = (line, value)
        if best is not None:
            named[seen[best].pop()] = marker
            done[n] = True
        else:
            for value in marker.keys:
                waiting.setdefault((line, value), deque()).append(n)
    return named, beside


def examine(text: str, known_names: Collection[str] = ()) -> Examined:
    """Every finding in `text` and every marker, and which marker names which finding. Nothing
    is cleared here: the caller decides where a marker counts."""
    norm, candidates = _scan(text, known_names)
    findings = [_finding(norm, candidate) for candidate in candidates]
    markers = find_markers(text)
    if not markers or not findings:
        none: tuple[Marker | None, ...] = (None,) * len(findings)
        return Examined(tuple(findings), tuple(markers), none, none)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    named, beside = _pair(findings, markers, lambda at: bisect_right(starts, at))
    return Examined(tuple(findings), tuple(markers), tuple(named), tuple(beside))


def find_personal_data(
    text: str,
    *,
    allowed: Collection[str] = (),
    markers: bool = True,
    known_names: Collection[str] = (),
) -> list[Finding]:
    """Every place in `text` that looks like personal data, sorted by offset.

    Left out: a finding a marker names (`<!-- personvern-ok: <value>, <reason> -->`), unless
    `markers` is false (in published text a marker is shown, not obeyed), and one whose
    fingerprint is in `allowed` (`fingerprint(value)` of reviewed values), unless its class is
    never excepted (`NEVER_EXCEPTED`); and personal names that are (part of) one of the full
    names in `known_names` (the employees a page names as contacts).
    """
    allow = frozenset(allowed)
    if not markers:
        norm, candidates = _scan(text, known_names)
        every = [_finding(norm, candidate) for candidate in candidates]
        return [f for f in every if not (f.exceptable and f.fingerprint in allow)]
    found = examine(text, known_names)
    return [
        finding
        for finding, marker in zip(found.findings, found.named_by, strict=True)
        if not (finding.exceptable and (marker is not None or finding.fingerprint in allow))
    ]


def _benign(chain: str) -> bool:
    """A date, a year-and-serial id: readable in a message.

    An ISO-shaped date stays readable even when it does not exist (`2024-02-30`): its eight
    digits cannot hold an identity or DUF number, and a message about a wrong date must show it.
    """
    match = _BENIGN.fullmatch(chain)
    if match is None:
        return False
    if match.group("iso"):
        return True
    if match.group("dmy"):
        return is_date(int(match.group("y2")), int(match.group("m2")), int(match.group("d2")))
    return True


def mask_digits(text: str) -> str:
    """`text` with every number and e-mail address that could be personal data masked.

    Masks any chain of 6 or more digits (separators as in the gate), except an ISO date
    (`2024-05-17`, `17.05.2024`) or a year-and-serial id (`2024-017`), and everything
    `find_personal_data` finds. Digits become `•` except the last two; e-mail addresses become
    their first character, `…@` and the domain.
    """
    spans: list[tuple[int, int]] = []
    for match in _CHAIN.finditer(text):
        chain = match.group()
        if len(chain) >= 6 and sum(map(chain.count, "0123456789")) >= 6 and not _benign(chain):
            spans.append((match.start(), match.end()))
    norm, candidates = _scan(text)
    emails: list[tuple[int, int, str]] = []
    for start, end, what, masked, _ in candidates:
        if what in _SHOWN_MASKED:
            emails.append((norm.start(start), norm.end(end), masked))
        else:
            spans.append((norm.start(start), norm.end(end)))
    if not spans and not emails:
        return text
    pieces: list[str] = []
    done = 0
    for start, end in _merged(spans):
        pieces.append(text[done:start])
        pieces.append(_mask(text[start:end]))
        done = end
    pieces.append(text[done:])
    digits_masked = "".join(pieces)  # the same length as `text`
    pieces = []
    done = 0
    for start, end, shown in sorted(emails):
        pieces.append(digits_masked[done:start])
        pieces.append(shown)
        done = end
    pieces.append(digits_masked[done:])
    return "".join(pieces)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
