"""What stands between the parts of a name in place of a space (issue 17, attack round 4, class
3), read as a space before the name rules in `names.py` run:

- a hyphen of another code point (U+2010, U+2011) reads as `-`; three or more capitalised words
  joined by hyphens (`Amir-Hassan-Wardak`) as words apart (two, `Fatima-Zahra`, `Nord-Trøndelag`,
  stay one word: a double given name or a place);
- a middle dot or a dot that looks like one (`DOTS`: `∙`, `•`, `⋅`), a word separator or an
  underscore between a letter and a capital (`Amir·Hassan`, `Amir∙Hassan`, `Amir_Hassan`);
- an age in parentheses (`Amir (35) Hassan`) or an ellipsis or two full stops or more (`Amir …
  Hassan`, `Amir...Hassan`, `Amir..Hassan`) between a letter and a capital;
- inline HTML a reader does not see as a space (`Amir<sub>Hassan</sub>`, `Amir<q>Hassan</q>`)
  between a letter and a capital;
- pictographs and symbols (`EMOJI`: `Amir 👤 Hassan`, `Amir➡️Hassan`) between a letter and a
  capital.

Each is replaced by as many spaces (one character for one: offsets stay), unless the word after
it starts a sentence (`Kari … Han sa ja`: `_SENTENCE_WORDS`). Two capitalised words
run together (`AmirHassan`, and what `***Amir***Hassan` or `Amir<sub>Hassan</sub>` shows a
reader) or joined by an apostrophe (`Amir'Hassan`) are split by `camel_pairs`: the name rules
judge the two words as a pair.
"""

from __future__ import annotations

import re

_CAP = "A-ZÆØÅÄÖÜÉÈÁÍÓÚÇŞĞİÂÊÎÔÛ"
_LOWER = "a-zæøåäöüéèáíóúçşğıâêîôûàëïß"
_TAG = (
    r"</?(?:sub|sup|q|mark|ins|del|span|small|b|i|u|s|em|strong|abbr|cite|dfn|kbd|code|var"
    r"|samp|bdi|bdo|data|time|a)(?:\s[^<>\n]{0,120})?/?>"
)
DOTS = "\u00b7\u0387\u2027\u30fb\uff65\u2022\u2219\u22c5\u16eb\u2e31\u2e33"
"""A middle dot and what looks like one: the Greek ano teleia, the hyphenation point, the
katakana middle dots, the bullet and the bullet, dot and runic operators, the word separator
and the raised dot (issue 17, probe 9: `Amir∙Hassan` is read as `Amir·Hassan`)."""
EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
"""Pictographs, dingbats, symbols and arrows, the emoji variation selector and joiner: between
two words of a name a reader skips them (attack round 11: `Gulbaddin 👤 Karokhel`)."""
_SEPARATOR_BODY = (
    rf"(?:[{DOTS}_]++|…|\.{{2,}}+|\([0-9]{{1,3}}(?:[ \u00a0]+år)?\)|(?:{_TAG})++|[{EMOJI}]++)"
    rf"[ \u00a0]*+(?=[{_CAP}])"
)
_SEPARATOR = re.compile(_SEPARATOR_BODY)
_SEPARATOR_AT = re.compile(
    rf"[{DOTS}_.…(<{EMOJI}](?<![{DOTS}_][{DOTS}_])(?<!\.\.)(?<!><)(?<![{EMOJI}][{EMOJI}])"
    rf"(?<=(?=(?:{_SEPARATOR_BODY}))[\s\S])"
)
"""Where a separator starts: a few first characters, the rest a look-ahead, so the engine skips
in C every other character. A run of dots or underscores is tried at its first character only:
tried at each, the look-ahead read the rest of the run every time (a run of 80,000 `•` took
6.7 s: the re-run of round 9), and a separator starting inside a run has no letter before it
(`_apart`) anyway. So is a run of tags: a tag right after another is no start (`<div>` and
165,000 `<span>` never closed took minutes: attack round 11), and a separator that starts
there has a tag, not a letter, before it. The pattern starts with its one class of first
characters and says what may stand before it in look-behinds after that character
(`(?<![…][…])` holds the character itself): a look-behind first, or a group of alternatives,
gives the engine no character to skip to, and it tried every position (stop 26: 9 times the
time on the generated decisions)."""
_SENTENCE_WORDS = frozenset(
    ("han", "hun", "hen", "det", "den", "de", "dem", "vi", "jeg", "du", "dere", "men", "og",
     "så", "da", "nå", "der", "her", "hva", "hvem", "hvor", "hvorfor", "hvordan", "når",
     "etter", "før", "dette", "disse", "ingen", "alle", "noen", "man", "en", "ei", "et", "ja",
     "nei", "i", "på", "om", "til", "fra", "med", "ikke", "likevel", "derfor", "samtidig")
)  # fmt: skip
"""Words that start a sentence after an ellipsis (`Vi møtte Kari … Han sa ja.`): no name part."""
_NEXT_WORD = re.compile(r"[^\W\d_]+")
_OTHER_HYPHEN = re.compile("[\u2010\u2011]")
_HYPHEN_CAPITAL = re.compile(rf"-[{_CAP}][{_LOWER}]++-[{_CAP}]")
"""Two hyphens before capitals a word apart: only then are hyphenated runs looked for."""
_THREE_JOINED = re.compile(
    rf"[{_CAP}](?<![\w-][{_CAP}])[{_LOWER}]++(?:-[{_CAP}][{_LOWER}]++){{2,}}+(?![\w-])"
)


def _apart(text: str, start: int, end: int) -> bool:
    """Whether the separator from ``start`` to ``end`` stands after a letter (spaces between)
    and before a word that does not start a sentence."""
    before = text[max(0, start - 8) : start].rstrip(" \u00a0")
    if not before or not before[-1].isalpha():
        return False
    following = _NEXT_WORD.match(text, end)
    if (
        following is not None
        and following.start() == end
        and len(following.group()) == 1
        and text[start - 1].isalpha()
        and _single(before)
    ):
        return False  # `A·M·I·R`: letters a dot joins, read as one word in `names.py`
    return following is None or following.group().casefold() not in _SENTENCE_WORDS


def _single(before: str) -> bool:
    """Whether ``before`` ends in a letter alone (no letter before it)."""
    return len(before) == 1 or not before[-2].isalpha()


def spaced(text: str) -> str:
    """``text`` with the separators above read as spaces, one character for one."""
    if "\u2010" in text or "\u2011" in text:
        text = _OTHER_HYPHEN.sub("-", text)
    pieces: list[str] = []
    done = 0
    for at in _SEPARATOR_AT.finditer(text):
        if at.start() < done:
            continue
        match = _SEPARATOR.match(text, at.start())
        if match is None or not _apart(text, match.start(), match.end()):
            continue
        pieces += (text[done : match.start()], " " * (match.end() - match.start()))
        done = match.end()
    if pieces:
        text = "".join(pieces) + text[done:]
    if _HYPHEN_CAPITAL.search(text) is None:
        return text
    return _THREE_JOINED.sub(lambda m: m.group().replace("-", " "), text)


_CAMEL = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_LOWER}]{{2,}}+['’]?(?P<second>[{_CAP}][{_LOWER}]{{2,}}+)"
    rf"(?![\w-])"
)


def camel_pairs(text: str) -> list[tuple[int, int, str]]:
    """Two capitalised words run together (`AmirHassan`), or joined by an apostrophe
    (`Amir'Hassan`; `O'Brien` has one letter before it): (start, end, the words with a space
    between)."""
    return [
        (
            m.start(),
            m.end(),
            f"{text[m.start() : m.start('second')].rstrip(chr(39) + '’')} {m.group('second')}",
        )
        for m in _CAMEL.finditer(text)
    ]


_MIDDLE_MARKED = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_LOWER}]++[ \u00a0]+(?:Van|Thi)[ \u00a0]+"
    rf"[{_CAP}][{_LOWER}]++(?![\w-])"
)


def middle_marked(text: str) -> list[tuple[int, int]]:
    """Vietnamese names, family name first (`Nguyễn Văn Thành`, `Đặng Thị Lan`, read without
    their marks): a capitalised word, the middle name `Van` or `Thi` that marks a man's or a
    woman's name, and a capitalised given name. (`van` in small letters is a Dutch particle.)"""
    if "Van" not in text and "Thi" not in text:
        return []
    return [(m.start(), m.end()) for m in _MIDDLE_MARKED.finditer(text)]
