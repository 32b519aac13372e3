"""Down a list's items or a sequence's records: a number split over the records of a column
(``_down_records``, ``_read_down``: the parts of an identity number under one another).

Imports ``seen``, ``reading`` and the detectors.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from itertools import islice

from praksisbank.core.gate.anonymity import (
    WHAT_IDENTITY,
    Finding,
    find_personal_data,
    is_identity_number,
)
from praksisbank.core.gate.rendered.reading import _ANY_DIGIT, _NOT_DIGIT
from praksisbank.core.gate.rendered.seen import Seen

_ROW_START = re.compile(r"[ \u00a0]*+\|")
_RECORD_LONGEST = 300
"""The longest block read as a record of a sequence (a list's row, an item, a card, a feed's
entry line): a paragraph of prose is read by the sentence rules."""
_RECORD_SPAN = 3
"""The most records one value is read across (a number in three parts: ``1705`` / ``905`` /
``0052``)."""
_RECORD_RUNS = 8
"""The most runs of digits of one list item read (a title and a date hold three or four): an
item of fifty numbers would be paired with the next one's fifty."""
_GROUPED = re.compile(r"[0-9]++(?:[ \u00a0][0-9]++)*+")
"""Digit groups a number is written in (``170 590``); not a date or a case number's parts
(``2021-014``, ``18.05``: with the year on the next line, a PDF's wrapped cell read 11 digits)."""
_PLAIN = re.compile(r"[0-9]++")


def _records(text: str) -> Iterator[tuple[bool, list[tuple[int, str]]]]:
    """The sequences a reader reads down a page (attack round 10): each column of a table, its
    cells top to bottom, and each run of short blocks (a list's items, cards, rows without
    cells), one after another: whether it is a column, and each record as (its offset in
    ``text``, its text). A row runs from a line that starts a cell to the line that ends one (a
    cell's line break, ``<br>``, stands inside it: a list's title over its description)."""
    run: list[tuple[int, str]] = []
    columns: list[list[tuple[int, str]]] = []
    row: list[tuple[int, str]] = []  # the lines of a row not yet ended
    offset = 0
    for line in text.split("\n"):
        at, offset = offset, offset + len(line) + 1
        if row or _ROW_START.match(line):
            row.append((at, line))
            if not line.rstrip(" \u00a0").endswith("|"):
                if len(row) > _ROW_LINES:
                    row = []  # no row after all: a line that starts with a bar
                continue
            first, end = row[0][0], row[-1][0] + len(row[-1][1])
            cells = [(m.start(), m.group()) for m in _ROW_CELL.finditer(text, first, end)]
            cells = [(start, cell) for start, cell in cells if cell.strip()]
            row = []
            if columns and len(columns) != len(cells):
                yield from ((True, c) for c in columns)
                columns = []
            columns = columns or [[] for _ in cells]
            for column, cell in zip(columns, cells, strict=True):
                column.append(cell)
            continue
        yield from ((True, c) for c in columns)
        columns = []
        if len(line) <= _RECORD_LONGEST and _ANY_DIGIT.search(line):
            run.append((at, line))
            continue
        if len(run) > 1:
            yield False, run
        run = []
    yield from ((True, c) for c in columns)
    if len(run) > 1:
        yield False, run


_ROW_LINES = 12
"""The most lines of one row (its cells' line breaks)."""
_ROW_CELL = re.compile(r"[^|]++")
"""A cell's text in a row (its lines together)."""


def _parts(record: str, *, column: bool) -> tuple[list[str], list[str]]:
    """The digits a record may lend a value split over records, as the digits that may end one
    (the left part) and those that may start the rest (the right part). In a table's column, a
    reader joins the digits that end a cell with those that start the cell under it: the end
    of the cell's last run of digit groups (``170590``, ``170 590``, ``590`` of it) and the
    start of its first. In a list, an item holds more than one value (a title and a date on
    one line): each run of digits, and each run of groups whole (``170 590``)."""
    grouped = list(_GROUPED.finditer(record))
    if not grouped:
        return [], []
    if not column:
        runs = [m.group() for m in islice(_PLAIN.finditer(record), _RECORD_RUNS)]
        runs += [
            _NOT_DIGIT.sub("", m.group()) for m in grouped[:_RECORD_RUNS] if len(m.group()) < 30
        ]
        kept = [run for run in dict.fromkeys(runs) if len(run) <= 10]
        return kept, kept
    last = _PLAIN.findall(grouped[-1].group())[-6:]
    first = _PLAIN.findall(grouped[0].group())[:6]
    ends = ["".join(last[i:]) for i in range(len(last))]
    starts = ["".join(first[: i + 1]) for i in range(len(first))]
    return [d for d in ends if len(d) <= 10], [d for d in starts if len(d) <= 10]


def _down_records(text: str, where: str, allowed: Collection[str]) -> list[Seen]:
    """An identity number a reader assembles down a sequence (``_records``): a part in one
    record and the rest in the next, or in the one after it with a record between that lends
    its one run of digits whole (``Vedtak 1705`` / ``Sak 905`` / ``0052 …``); eleven digits with
    a valid date and check digits. The rows of a list sorted newest first (``Vedtak 170590``
    over ``50052 enslig kvinne``, the date between them in text order) are read by column, as
    a reader reads them (attack round 10). For identity numbers only: their check digits make
    a chance match all but impossible, where an account number's one check digit would match
    a tenth of any two counts. Reported at the first part."""
    return _read_down(_records(text), text, where, allowed)


def _read_down(
    sequences: Iterable[tuple[bool, list[tuple[int, str]]]],
    text: str,
    where: str,
    allowed: Collection[str],
) -> list[Seen]:
    """``_down_records`` of these sequences of records in ``text``."""
    found: list[Seen] = []
    tried: set[str] = set()
    for column, records in sequences:
        parts = [_parts(record, column=column) for _, record in records]
        starts: list[dict[int, list[str]]] = []  # each record's right parts by length
        for _, rights in parts:
            by_length: dict[int, list[str]] = {}
            for right in rights:
                by_length.setdefault(len(right), []).append(right)
            starts.append(by_length)
        worded = [_LETTER.search(record) is not None for _, record in records]
        middles = [_middle(record) for _, record in records]
        for i in range(len(records) - 1):
            for left in parts[i][0]:
                digits, j = left, i + 1
                while j < min(len(records), i + _RECORD_SPAN):
                    # (a column of counts alone is read by the rules for one-column tables)
                    rights = starts[j].get(11 - len(digits), []) if worded[i] or worded[j] else []
                    for right in rights:
                        if not _lent(left, right, middles[i], middles[j]):
                            continue
                        whole = digits + right
                        if whole not in tried:
                            tried.add(whole)
                            spot = _spot(records[i][1], left, records[i][0])
                            found += _identity_at(whole, spot, text, where, allowed)
                    digits += middles[j]  # a middle part: its one run
                    if not middles[j] or len(digits) >= 11:
                        break
                    j += 1
    return found


def _lent(left: str, right: str, own_left: str, own_right: str) -> bool:
    """Whether two parts may make a number down a sequence: one of five digits or more, or
    each the one run of its record's words (a title: ``Vedtak 1705`` over ``0052 enslig``).
    Short runs of records with several numbers (counts, years, ranks, a chart's labels) make
    eleven digits with valid check digits by chance on a large site: the readiness page of
    5,000 decisions was refused (stop 25)."""
    return len(left) >= 5 or len(right) >= 5 or (own_left == left and own_right == right)


def _middle(record: str) -> str:
    """The digits a record lends whole between two others: the one run of digit groups of a
    record with words (a title: ``Sak 905``), of fewer than eleven digits; "" for any other."""
    grouped = _GROUPED.search(record)
    if grouped is None or grouped.end() - grouped.start() > 30 or not _LETTER.search(record):
        return ""  # (a number alone is a year or a count: a PDF's wrapped cell, a column)
    if _GROUPED.search(record, grouped.end()) is not None:
        return ""
    digits = _NOT_DIGIT.sub("", grouped.group())
    return digits if len(digits) < 11 else ""


_LETTER = re.compile(r"[^\W\d_]")


def _spot(record: str, left: str, at: int) -> tuple[int, int]:
    """Where the left part ``left`` (digits) stands: in ``text``, which ``record`` starts at
    ``at`` (its last place in the record: a column's part ends its cell)."""
    places = [i for i, ch in enumerate(record) if ch.isdigit()]
    digits = "".join(record[i] for i in places)
    found = digits.rfind(left)
    if found < 0:
        return at, at + len(record)
    return at + places[found], at + places[found + len(left) - 1] + 1


def _identity_at(
    digits: str, spot: tuple[int, int], text: str, where: str, allowed: Collection[str]
) -> list[Seen]:
    if not is_identity_number(digits):
        return []
    start, end = spot
    found = []
    for f in find_personal_data(digits, allowed=allowed, markers=False):
        if f.what == WHAT_IDENTITY:
            masked = f"{f.masked}, delt over rader eller punkter"
            found.append(Seen(Finding(start, end, f.what, masked, f.fingerprint), text, where))
    return found
