"""Names in disguise: small capitals and reshaped letters, letters spaced or spelled one by
one, small-letter surnames after a given name, a name in odd case (`aMiR hAsSaN`).

Imports: `lists.py`, `tables.py` and the gate's helpers.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from praksisbank.core.gate import caps
from praksisbank.core.gate.names.lists import (
    _CAP,
    _FOREIGN_SURNAME,
    _LOWER,
    _NOT_SURNAME_SMALL,
    _VOCABULARY,
    WHAT_NAME,
    Candidate,
    _given_names,
    _large_places,
    _places,
    _shown,
    _small_name,
)
from praksisbank.core.gate.names.tables import (
    _add,
)
from praksisbank.core.gate.nameseparators import DOTS
from praksisbank.core.gate.places import fold as _fold

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


_SLASH_AFTER = "|".join(
    rf"(?<=(?<![\w/.])[A-ZÆØÅÄÖÜ][a-zæøåäöüéèáíóúçşğ]{{{n}}}/)" for n in range(1, 7)
)
"""A slash after a capitalised word's first two to seven letters (one look-behind a width)."""


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
    # attack round 11: a slash inside a capitalised word, after its first two to seven letters
    # and before a small one (`Gul/baddin Karo/khel`; not in a path, `overrides/main`)
    rf"|(?P<slash>/(?:{_SLASH_AFTER})(?=[a-zæøåäöüéèáíóúçşğ]))"
)
"""Every disguise but spaced letters."""


_RESHAPE = re.compile(_RESHAPE_MARKS)


_RESHAPE_AT = re.compile(
    "[\\[<*_`«»“”„\"‹›¹²³\u2070-\u209f'‘’0-9\u0250-\u02af\u1d00-\u1d2b\ua730\ua731\ua7ae.\\-/"
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
