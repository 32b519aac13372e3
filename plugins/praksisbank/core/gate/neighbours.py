"""Identity numbers a reader puts together from two pages (issue 17, attack round 11).

The page gate reads each page, and each list in the order the page holds it. But a reader
chooses neighbours: the finder shows any subset of its rows in any order (a filter, a sort by
title), and the search dialog lists any pages one under the other, each result's title after
the last one's excerpt, which can end on any word of its page. So the digits that end one
text and those that begin a title can stand side by side, whatever the static lists hold:
`… siste kontakt med familien 121291` and `66566 dager i fengsel …` read as one number.

``Neighbours`` takes each page once (its title and the text a reader sees of it) and keeps:

- the digits each title begins with (``starts``), and those it ends with;
- every run of up to ten digits in the text (``ends``): the digits an excerpt or a row can end
  with (a run written in groups, ``12 12 91``, each run of whole groups in it).

``found`` pairs every end with every title start whose lengths make eleven digits, and each
title's last digits with the runs of its own page (a result shows its title, then an excerpt
that may begin on any word), and keeps the pairs that are identity, D- or H-numbers: a birth
date and two check digits, which chance rarely gives (about one pair in a thousand of the
right lengths). Identity numbers only: they never have an exception.

Cost: a linear pass over each page's text; the pairing is the titles that begin with digits
times the distinct runs of the needed length, bounded by ``BUDGET`` tests (beyond it a title
is reported as unreadable together with the rest, not passed).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from praksisbank.core.gate.anonymity import WHAT_IDENTITY, find_personal_data, is_identity_number

LONGEST = 10
"""The longest part of an identity number one side can hold (the other holds the rest)."""
BUDGET = 2_000_000
"""Pairs tested at most in one build; a site past it has thousands of titles that begin
with long numbers."""

_INLINE_BETWEEN = re.compile(
    r"([0-9])(?:</?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|"
    r"small|span|strong|sub|sup|time|u|var|wbr)(?![\w-])[^>]*+>)++(?=[0-9])",
    re.I,
)
"""Inline markup between two digits: a reader sees one run (``12<b>12</b>91``)."""
_TAG = re.compile(r"<[^>]*+>")
_UNSHOWN = re.compile(r"<(script|style|template|svg)\b.*?</\1\s*+>", re.S | re.I)
_OTHER_DIGIT = re.compile(r"[^\x00-\x7f](?<=\d)")
_GROUPS = re.compile(r"[0-9]++(?:[ \u00a0.\-][0-9]++)*+")
_GROUP = re.compile(r"[0-9]++")
_ARTICLE = re.compile(r"<article\b", re.I)
_ARTICLE_END = re.compile(r"</article\s*+>", re.I)
_H1 = re.compile(r"<h1\b[^>]*+>(.*?)</h1\s*+>", re.S | re.I)


def shown_text(fragment: str) -> str:
    """The text a reader sees of an HTML fragment, as far as digits go: blocks apart, inline
    markup dropped (``12<b>12</b>91`` reads ``121291``), entities decoded, the digits of every
    script as ASCII digits."""
    if "<script" in fragment or "<style" in fragment or "<svg" in fragment:
        fragment = _UNSHOWN.sub(" ", fragment)
    text = _TAG.sub("\n", _INLINE_BETWEEN.sub(r"\1", fragment))
    text = html.unescape(text)
    if not text.isascii():
        text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group(), 0)), text)
    return text


def page_parts(page: str) -> tuple[str, str]:
    """A built page's title (its first ``<h1>``) and the text of its article (what the search
    index and the finder's rows are made from), as ``shown_text``."""
    start = _ARTICLE.search(page)
    end = _ARTICLE_END.search(page, start.end()) if start else None
    body = page[start.start() : end.end()] if start and end else page
    title = _H1.search(body)
    return (shown_text(title.group(1)) if title else ""), shown_text(body)


def _runs(text: str) -> Iterator[str]:
    """Every run of whole groups of each digit run in ``text``, up to ``LONGEST`` digits."""
    for match in _GROUPS.finditer(text):
        groups = _GROUP.findall(match.group())
        for first in range(len(groups)):
            digits = ""
            for group in groups[first:]:
                digits += group
                if len(digits) > LONGEST:
                    break
                yield digits


def _edge_runs(text: str, *, start: bool) -> list[str]:
    """The digits ``text`` begins (or ends) with: each run of whole groups that touches that
    edge, up to ``LONGEST`` digits."""
    text = text.strip(" \u00a0\n\t.,:;!?()[]«»\"'–—-")
    first = _GROUPS.match(text)
    run = (first.group() if first else None) if start else _last_run(text)
    if run is None:
        return []
    groups = _GROUP.findall(run)
    order = groups if start else groups[::-1]
    found, digits = [], ""
    for group in order:
        digits = digits + group if start else group + digits
        if len(digits) > LONGEST:
            break
        found.append(digits)
    return found


def _last_run(text: str) -> str | None:
    """The digit run ``text`` ends with, if it ends with one."""
    runs = list(_GROUPS.finditer(text[-80:]))
    return runs[-1].group() if runs and runs[-1].end() == len(text[-80:]) else None


@dataclass(frozen=True, slots=True)
class Pair:
    """An identity number read across two texts: ``first`` holds its first digits (``head``),
    ``second`` the rest (``tail``); the same holder for a title and its own page."""

    first: str
    head: str
    second: str
    tail: str
    masked: str
    fingerprint: str


@dataclass(slots=True)
class Neighbours:
    starts: dict[str, set[str]] = field(default_factory=dict)
    """Digits a title begins with: the holders of such titles."""
    ends: dict[int, dict[str, str]] = field(default_factory=dict)
    """By length: each run of digits in any text, and the first holder that shows it."""
    own: list[Pair] = field(default_factory=list)
    """Titles' last digits read with their own page's runs (found as pages are added)."""
    _owned: set[str] = field(default_factory=set)
    """Holders that are a content file's own page: named for a run before a generated list."""

    def add(self, holder: str, title: str, text: str, *, own: bool = True) -> None:
        """One page (or item): its title and the text a reader sees of it (the title too);
        ``own``: the page of a content file, not a generated list that repeats its fields."""
        if own:
            self._owned.add(holder)
        runs = set(_runs(text))
        for digits in runs:
            held = self.ends.setdefault(len(digits), {})
            if digits not in held or (own and held[digits] not in self._owned):
                held[digits] = holder
        for digits in _edge_runs(title, start=True):
            self.starts.setdefault(digits, set()).add(holder)
        for head in _edge_runs(title, start=False):
            for tail in runs:
                if len(head) + len(tail) == 11 and is_identity_number(head + tail):
                    self.own.extend(_pairs(holder, head, holder, tail))

    def found(self) -> tuple[list[Pair], bool]:
        """Every identity number read across two texts; and whether the budget ran out (the
        pairs not tested are then not known to be clean)."""
        found = list(self.own)
        tested = 0
        for tail in sorted(self.starts):
            ends = self.ends.get(11 - len(tail), {})
            tested += len(ends)
            if tested > BUDGET:
                return found, True
            for head, first in ends.items():
                if is_identity_number(head + tail):
                    for second in sorted(self.starts[tail]):
                        found.extend(_pairs(first, head, second, tail))
        return found, False


def _pairs(first: str, head: str, second: str, tail: str) -> list[Pair]:
    return [
        Pair(first, head, second, tail, f.masked, f.fingerprint)
        for f in find_personal_data(head + tail, markers=False)
        if f.what == WHAT_IDENTITY
    ]
