"""Names in tables and lists: a header naming names, a cell that holds one, two cells side by
side, list items (`_tables_and_lists`), and `_add`, which every pass uses to keep a candidate.

Imports: `lists.py`, `cues.py` and the gate's helpers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from praksisbank.core.gate import caps
from praksisbank.core.gate.names.cues import (
    _UNIT,
    _not_a_surname,
)
from praksisbank.core.gate.names.lists import (
    _CAP,
    _LOWER,
    _NAME_HEADERS,
    _ROLE_HEADERS,
    _TALLY_WORDS,
    _VOCABULARY,
    WHAT_NAME,
    Candidate,
    _given_names,
    _places,
    _shown,
)
from praksisbank.core.gate.places import fold as _fold

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
                if column < len(header) and (
                    (named := _fold(header[column][1].rstrip(":"))) in _NAME_HEADERS
                    or named in _ROLE_HEADERS
                ):
                    _name_cell(text, at, value, named, known, found)
            for (at, one), (at_two, two) in pairwise(cells):
                if _CELL_WORD.fullmatch(one) and _CELL_WORD.fullmatch(two) and _pair(one, two):
                    _add(text, at, at_two + len(two), known, found, f"{one} {two}")
    _role_blocks(text, known, found)
    previous: re.Match[str] | None = None
    for item in _items(text):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        adjacent = previous is not None and previous.end() + 1 == item.start()
        if adjacent and previous is not None and _pair(previous.group("word"), item.group("word")):
            words = f"{previous.group('word')} {item.group('word')}"
            _add(text, previous.start("word"), item.end("word"), known, found, words)
        previous = item


_ROLE_ADMONITION = re.compile(
    r"(?:!!!|\?\?\?\+?)[ \t]*+[\w-]*+[ \t]++[\"«“]?(?P<role>[^\"«»“”\n]{3,30}?)[\"»”]?[ \t]*\n"
    r"(?:[ \t]*\n)?(?P<indent>[ \t]{4,})(?P<cell>[^\n]+)"
)
"""An admonition titled by a role (`!!! note "Tolk"` over an indented `Lemlem Tsegay`; the
title's quotes may be gone, `names._Reshaped` takes them out)."""


_DEFINITION = re.compile(r"\n(?:[ \t]*\n)?:[ \t]+(?P<cell>[^\n]+)")
"""A definition (`:   Lemlem Tsegay`) under its term on the line before (`Tolk`)."""


def _role_blocks(text: str, known: list[str], found: list[Candidate]) -> None:
    """A name under a role in an admonition's title or a definition list's term (attack round
    12): the block's first line is read as a cell under that header (`_name_cell`)."""
    if "!!!" in text or "???" in text:
        for block in _ROLE_ADMONITION.finditer(text):
            role = _fold(block.group("role").strip().rstrip(":"))
            if role in _ROLE_HEADERS:
                _block_cell(text, block.start("cell"), role, known, found)
    if "\n:" in text:
        for block in _DEFINITION.finditer(text):
            line_start = text.rfind("\n", 0, block.start()) + 1
            role = _fold(text[line_start : block.start()].strip().strip("*_").rstrip(":"))
            if role in _ROLE_HEADERS or role in _NAME_HEADERS:
                _block_cell(text, block.start("cell"), role, known, found)


_LEADING_WORDS = re.compile(rf"[{_CAP}][{_LOWER}]+(?:[ \u00a0]+[{_CAP}][{_LOWER}]+){{0,3}}")


def _block_cell(text: str, at: int, role: str, known: list[str], found: list[Candidate]) -> None:
    """The capitalised words that open a block under a role (`Lemlem Tsegay møtte.`), read as
    a cell under that header."""
    words = _LEADING_WORDS.match(text, at)
    if words is not None:
        _name_cell(text, at, words.group(), role, known, found)


def _name_cell(
    text: str, at: int, value: str, header: str, known: list[str], found: list[Candidate]
) -> None:
    """A cell under a header that names a name."""
    words = value.split()
    if not words or not words[0][:1].isupper() or len(words) > 4:
        return
    if _fold(" ".join(words)).rstrip(":.") in _TALLY_WORDS:
        return  # a row's label in a table of counts (`| Всего | 12 |`)
    if header in ("navn", "name", "fullt navn", "full name") or header in _ROLE_HEADERS:
        if header in _ROLE_HEADERS and any(_not_a_surname(_fold(w)) for w in words):
            return  # `| Tolk |` over `| Tigrinja |`: a language
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
