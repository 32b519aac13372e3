"""Norwegian numbers: identity numbers (fødselsnummer, D- and H-number, with
python-stdnum's check), DUF and case numbers, Norwegian phone numbers; split and reversed
identity numbers; how a number is shown masked.

Imports: `findings.py`, `reading.py` and the gate's helpers.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable

from stdnum.no import fodselsnummer
from stdnum.tr import tckimlik

from praksisbank.core.base.dates import is_date
from praksisbank.core.gate import (
    caps,
    locations,
    personaldata,
    prefilter,
    wallets,
)
from praksisbank.core.gate.anonymity.findings import (
    ALLOW_MARKER,
    WHAT_CASE,
    WHAT_DUF,
    WHAT_EMAIL,
    WHAT_IDENTITY,
    _Candidate,
    _canonical,
)
from praksisbank.core.gate.anonymity.reading import (
    _SEP,
)

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
        personaldata.WHAT_REGISTER_ENTRY,
        personaldata.WHAT_VIN,
        locations.WHAT_LOCATION,
        locations.WHAT_DEVICE,
        wallets.WHAT_WALLET,
    }
)


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
    return found + _check_digits_apart_candidates(t)


_NINE = re.compile(
    r"(?<![0-9])(?<![0-9][.,/:-])[0-9]{6}[ \u00a0]?[0-9]{3}(?![0-9])(?![.,/:-][0-9])"
)
"""A birth date and the three individual digits (``170590114``, ``570590 055``)."""


_TWO = re.compile(
    r"(?<![0-9])(?<![0-9][.,/:-])(?P<a>[0-9])(?:[ \u00a0]?|[ \u00a0]*(?:og|,|/|-)[ \u00a0]*)"
    r"(?P<b>[0-9])(?![0-9])(?![.,/:-][0-9])"
)
"""Two digits alone (``80``, ``8 0``, ``8 og 0``): the check digits written apart."""


_DIGIT_WORDS = {
    "null": "0", "en": "1", "én": "1", "ett": "1", "ei": "1", "to": "2", "tre": "3",
    "fire": "4", "fem": "5", "seks": "6", "sju": "7", "syv": "7", "åtte": "8", "ni": "9",
}  # fmt: skip
_WORD = "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
_TWO_WORDS = re.compile(
    rf"(?i)(?<![^\W\d_])(?P<a>{_WORD})[ \u00a0]*(?:og|,|-)?[ \u00a0]*(?P<b>{_WORD})(?![^\W\d_])"
)
"""Two digits in words (``tre og fem``), read only where a check-digit word stands near."""


_CHECK_WORD = re.compile(r"(?i)kontroll|siffer|sifre|sifrene")


_APART_REACH = 160
"""How far before and after the nine digits their two check digits are looked for."""


_APART_NEAREST = 3
"""How many pairs of digits on each side of the nine digits are tried (the nearest)."""


def _check_digits_apart_candidates(t: str) -> list[_Candidate]:
    """An identity, D- or H-number whose two check digits stand apart from its first nine
    (attack round 12: ``Fødselsnummer 170590114, kontrollsifre 80.``, ``… slutter på 80 og
    begynner med 170590114``, ``kontrollsifrene tre og fem``): nine digits that open with a birth
    date, and two digits (or two digit words, where a word for check digits stands near) among
    the ``_APART_NEAREST`` nearest before and after within ``_APART_REACH`` characters, no blank
    line between, that complete a valid number. Both check digits must agree, so chance rarely
    pairs two numbers. The pairs and the words are found once a text (linear in its length)."""
    nines = [m for m in _NINE.finditer(t) if _plausible_birth(_digits_of(m.group()))]
    if not nines:
        return []
    pairs = [(m.start(), m.end(), m.group("a") + m.group("b")) for m in _TWO.finditer(t)]
    cues = [m.start() for m in _CHECK_WORD.finditer(t)]
    if cues:
        pairs += [
            (m.start(), m.end(), _DIGIT_WORDS[m["a"].lower()] + _DIGIT_WORDS[m["b"].lower()])
            for m in _TWO_WORDS.finditer(t)
        ]
        pairs.sort()
    starts = [p[0] for p in pairs]
    written = {two for _, _, two in pairs}
    found: list[_Candidate] = []
    for nine in nines:
        digits9 = _digits_of(nine.group())
        if written.isdisjoint(_completions(digits9)):
            continue  # no two digits in the text complete it: nothing near can
        low = max(0, nine.start() - _APART_REACH)
        high = min(len(t), nine.end() + _APART_REACH)
        blank = t.rfind("\n\n", low, nine.start())
        low = low if blank < 0 else blank
        blank = t.find("\n\n", nine.end(), high)
        high = high if blank < 0 else blank
        at, after = bisect_left(starts, nine.start()), bisect_left(starts, nine.end())
        near = pairs[max(0, at - _APART_NEAREST) : at] + pairs[after : after + _APART_NEAREST]
        cued = bisect_left(cues, low) < bisect_left(cues, high)
        for first, last, two in near:
            if first < low or last > high or (not cued and not two.isdigit()):
                continue
            if not t[first].isdigit() and not cued:
                continue
            if two in _completions(digits9):
                shown = f"••••••••• … {_mask(two)}"
                begin, end = min(nine.start(), first), max(nine.end(), last)
                found.append((begin, end, WHAT_IDENTITY, shown, digits9 + two))
                break
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


@functools.lru_cache(maxsize=4096)
def _completions(nine: str) -> frozenset[str]:
    """The two check digits that make ``nine`` (a birth date and three digits) an identity
    number under either rule (``_identity_checksum``): one to four pairs."""
    first = int(fodselsnummer.calc_check_digit1(nine))
    return frozenset(
        f"{k1}{k2}"
        for k1 in range(10)
        if (k1 - first) % 11 <= 3 and len(k2 := fodselsnummer.calc_check_digit2(f"{nine}{k1}")) == 1
    )


def _digits_of(run: str) -> str:
    return run.replace(" ", "").replace("\u00a0", "")


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


_ASCII_DIGITS = "0123456789"


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


# -- identity numbers bent (attack round 11) -------------------------------------------------

_FRACTIONS = "\u00bc\u00bd\u00be\u2150-\u215e\u2189"
"""Vulgar fractions (``⅔``, ``½``): one character a reader reads as its two digits."""


_BENT_RUN = re.compile(
    rf"[0-9{_FRACTIONS}](?<![0-9{_FRACTIONS}][0-9{_FRACTIONS}])"
    rf"[0-9{_FRACTIONS}]*+(?:[ .\-][0-9{_FRACTIONS}]++)*+(?![0-9{_FRACTIONS}])"
)
"""A run of digit groups (as ``_ELEVEN``) that may hold a vulgar fraction."""


_FRACTION_CHAR = re.compile(f"[{_FRACTIONS}]")


_FRACTION_SET = "\u00bc\u00bd\u00be\u2189" + "".join(map(chr, range(0x2150, 0x215F)))


def _fraction_digits(match: re.Match[str]) -> str:
    """A vulgar fraction's digits as a reader reads them (``⅔``: 23)."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", match.group()) if ch.isdigit())


_HEX = re.compile(r"0(?<![0-9A-Za-z]0)[xX]([0-9A-Fa-f]{7,9})(?![0-9A-Za-z])")
"""A number in hexadecimal (``0xB5C256D7``): 7 to 9 hexadecimal digits hold 10 or 11 decimal
digits."""


_E_MARK = re.compile(r"[eE](?<=[0-9][eE])\+?(?P<exp>0?9|1[01])(?![0-9A-Za-z])")
"""The exponent of a number in a spreadsheet's notation (``3,049412311E+09``, ``0,711881238E10``)
that gives ten or eleven digits: the pattern starts at the ``E``, so a text of digits costs one
test a letter E, and the digits before it are read back from there (``_MANTISSA``)."""


_MANTISSA = re.compile(r"(?<![0-9])[0-9](?P<frac>[,.][0-9]{5,10})?\Z")


def _without_zero(digits: str) -> bool:
    """Ten digits that are an identity number with its leading zero put back (a day 01-09)."""
    return len(digits) == 10 and digits[0] != "0" and _is_identity_number("0" + digits)


def _rounded_identity(known: str) -> str | None:
    """The identity number whose first ten digits ``known`` are (its last digit lost to a
    spreadsheet's rounding): the date and the first check digit must hold, the second is
    computed. The shown digits may also be rounded up by one."""
    for head in (known, str(int(known) - 1).zfill(10)):
        if len(head) != 10 or not _plausible_birth(head[:6]):
            continue
        first = (int(head[9]) - int(fodselsnummer.calc_check_digit1(head[:9]))) % 11
        if first > 3:
            continue
        last = fodselsnummer.calc_check_digit2(head)
        if len(last) == 1:
            return head + last
    return None


def _e_notation_identity(t: str, mark: re.Match[str]) -> tuple[int, str] | None:
    """Where the number whose exponent ``mark`` is starts, and the identity number it shows:
    every digit (``3,049412311E+09``) or all but the last (``0,711881238E10``)."""
    before = _MANTISSA.search(t, max(0, mark.start() - 12), mark.start())
    if before is None:
        return None
    mantissa = before.group()[0] + (before.group("frac") or "")[1:]
    shown = mantissa.lstrip("0")
    size = int(mark.group("exp")) + 1 - (len(mantissa) - len(shown))  # digits before the point
    if not shown or size not in (10, 11):
        return None
    if len(shown) >= size:  # every digit shown: those past the point must be zeros
        if shown[size:].strip("0"):
            return None
        digits = shown[:size].zfill(11)
        return (before.start(), digits) if _is_identity_number(digits) else None
    if size - len(shown) != 1:
        return None  # more than the last digit lost: no number a reader can rebuild
    rebuilt = _rounded_identity(shown.zfill(10))
    return None if rebuilt is None else (before.start(), rebuilt)


def _bent_identity_candidates(t: str) -> list[_Candidate]:
    """An identity number bent the way spreadsheets and forms bend it (attack round 11): its
    leading zero dropped (``3049412311``, ten digits: a day 01-09, three numbers in ten),
    written in hexadecimal (``0xB5C256D7``), in a spreadsheet's notation (``3,049412311E+09``,
    also with the last digit rounded away), or with a vulgar fraction holding two of its digits
    (``0304941⅔11``). The check digits make a chance match rare; a run that holds a date is
    left, as for a number written backwards."""
    found: list[_Candidate] = []
    runs = _BENT_RUN if prefilter.holds_any(t, _FRACTION_SET) else _ELEVEN
    judged: dict[str, bool] = {}  # a value repeated is judged once
    for run in runs.finditer(t):
        chunk = run.group()
        if runs is _ELEVEN and len(chunk) < 10:
            continue  # too few digits
        fractions = runs is _BENT_RUN and _FRACTION_CHAR.search(chunk) is not None
        read = _FRACTION_CHAR.sub(_fraction_digits, chunk) if fractions else chunk
        digits = read if read.isdigit() else "".join(_DIGITS.findall(read))
        if len(digits) == 10 and digits not in judged:
            judged[digits] = _without_zero(digits)
        if len(digits) == 10 and judged[digits]:
            if not fractions and _DATE_IN_RUN.search(chunk) is not None:
                continue  # a list's row (a provision, a date, a day), as for a reversed number
            shown = f"{_mask(read)}, uten 0 foran"
            found.append((run.start(), run.end(), WHAT_IDENTITY, shown, "0" + digits))
        elif fractions and len(digits) == 11 and _is_identity_number(digits):
            shown = f"{_mask(digits)}, med brøktegn"
            found.append((run.start(), run.end(), WHAT_IDENTITY, shown, digits))
        if caps.full(found):
            return found  # the rest is not read (`caps.py`)
    if "e" in t or "E" in t:
        for mark in _E_MARK.finditer(t):
            read_back = _e_notation_identity(t, mark)
            if read_back is not None:
                start, digits = read_back
                shown = f"{_mask(t[start : mark.end()])}, i et regnearks form"
                found.append((start, mark.end(), WHAT_IDENTITY, shown, digits))
                if caps.full(found):
                    break  # the rest is not read (`caps.py`)
    return found


def _hex_identity_candidates(t: str) -> list[_Candidate]:
    """An identity number written in hexadecimal (``0xB5C256D7``, ``0x1a85074dd``), its leading
    zero dropped or not (few of its characters are decimal digits: read without the gate's
    count of digits)."""
    if "0x" not in t and "0X" not in t:
        return []
    found: list[_Candidate] = []
    judged: dict[str, bool] = {}  # a value repeated is judged once
    for hexa in _HEX.finditer(t):
        number = str(int(hexa.group(1), 16))
        if number not in judged:
            judged[number] = _without_zero(number) or (
                len(number) == 11 and _is_identity_number(number)
            )
        if judged[number]:
            shown = f"0x{'•' * (len(hexa.group(1)) - 2)}{hexa.group(1)[-2:]}, heksadesimalt"
            found.append((hexa.start(), hexa.end(), WHAT_IDENTITY, shown, number.zfill(11)))
            if caps.full(found):
                break  # the rest is not read (`caps.py`)
    return found


_CHECK_WORDS = ("kontrollsif", "kontrolsif", "siste", "slutter", "ender", "son iki", "check")
"""Where check digits written apart may be named (lower case): `_CHECK_CUE` needs one."""


_CHECK_CUE = re.compile(
    r"(?i)kontroll?sif|siste[ \u00a0]+(?:to[ \u00a0]+)?sifr|to[ \u00a0]+siste"
    r"|slutter[ \u00a0]+(?:på|med)|ender[ \u00a0]+(?:på|med)|son[ \u00a0]+iki|check[ \u00a0]+digit"
)
"""A word for the last two digits: `kontrollsifre`, `de to siste sifrene`, `slutter på`,
Turkish `son iki (hane)`, `check digits`."""


_NINE_CUED = re.compile(r"[0-9](?<![0-9]{2})[0-9]{5}[ .\u00a0]?[0-9]{3}(?![0-9])")
"""Nine digits, the last three perhaps apart (`570590 055`): an identity number without its
check digits."""


_CUE_REACH = 30
"""How far after its word the two check digits are looked for."""


_TWO_CUED = re.compile(
    r"(?<![0-9])([0-9])(?:[ \u00a0]*(?:og|,|og så|and|ve)[ \u00a0]*)?([0-9])(?![0-9])"
)
"""Two check digits: `88`, `8 og 8`, `8, 8`."""


def _check_digits_apart(t: str) -> list[_Candidate]:
    """An identity number (or a Turkish T.C. kimlik) whose two check digits are written apart
    from its nine first digits (`Fødselsnummer 170590114, kontrollsifre 80`, `… (kontrollsifrene
    80 står på neste side)`, `slutter på 80 og begynner med 170590114`): nine digits whose first
    six are a birth date (or a D- or H-number's), a word for the last two digits within
    ``_NEXT_REACH`` characters, and two digits right after it (``_CUE_REACH``) that make the
    eleven a valid number. The nine alone were read as a foreign phone number, which a marker
    may clear; an identity number is never excepted. The words are found once in the text,
    and each nine is tried with the nearest word before it and the two after it."""
    found: list[_Candidate] = []
    if not prefilter.may_hold(t, _CHECK_WORDS):
        return found
    cues: list[int] = []
    twos: list[re.Match[str] | None] = []
    for cue in _CHECK_CUE.finditer(t):
        cues.append(cue.start())
        twos.append(_TWO_CUED.search(t, cue.end(), min(len(t), cue.end() + _CUE_REACH)))
    if not cues:
        return found
    for nine in _NINE_CUED.finditer(t):
        first = "".join(_DIGITS.findall(nine.group()))
        if not _plausible_birth(first) and first[0] == "0":
            continue  # neither an identity number's date nor a kimlik's first digit
        at = bisect.bisect_left(cues, nine.start())
        for index in range(max(0, at - 1), min(len(cues), at + 2)):
            two = twos[index]
            if abs(cues[index] - nine.start()) > _NEXT_REACH or two is None:
                continue
            if two.start() < nine.end() and nine.start() < two.end():
                continue  # (inside the nine)
            digits = first + two.group(1) + two.group(2)
            what = _apart_what(digits)
            if what is not None:
                start, end = min(nine.start(), two.start()), max(nine.end(), two.end())
                shown = f"{_mask(nine.group())} … ••, kontrollsifrene skrevet for seg"
                found.append((start, end, what, shown, digits))
                break
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


@functools.lru_cache(maxsize=4096)
def _apart_what(digits: str) -> str | None:
    """The class of eleven digits joined from two parts, or None (a file repeating one number
    asks the check once)."""
    if _is_identity_number(digits):
        return WHAT_IDENTITY
    if digits[0] != "0" and tckimlik.is_valid(digits):
        return personaldata.WHAT_FOREIGN_ID
    return None
