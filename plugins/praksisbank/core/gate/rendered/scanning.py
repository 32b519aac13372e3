"""One text read as a whole (``_scan``): the detectors, then the text's footnotes, marks and
chains of digits, lines (``joins``) and records (``records``) read across.

Imports ``records``, ``joins``, ``seen``, ``reading``, ``visible`` and the detectors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from itertools import accumulate

from stdnum.no import kontonr

from praksisbank.core.gate import caps, visualorder
from praksisbank.core.gate.anonymity import (
    WHAT_IDENTITY,
    Finding,
    find_personal_data,
    is_identity_number,
)
from praksisbank.core.gate.rendered.joins import (
    _JOIN_REACH,
    _UNIT_AFTER,
    _across_lines,
    _crossing,
    _phone_shaped,
)
from praksisbank.core.gate.rendered.reading import (
    _ANY_DIGIT,
    _BIDI,
    _NOT_DIGIT,
    _NUMBER_RUN,
    readable,
)
from praksisbank.core.gate.rendered.records import _down_records
from praksisbank.core.gate.rendered.seen import Seen
from praksisbank.core.gate.rendered.visible import ACROSS_CELLS, CELL
from praksisbank.core.gate.splits import is_norwegian_phone as _valid_phone

# -- the gate ----------------------------------------------------------------------------------


def _scan(
    text: str,
    where: str,
    allowed: Collection[str],
    names: Collection[str] = (),
    *,
    mirror: bool = False,
    records: bool = True,
) -> list[Seen]:
    """What the gate finds in a published text (``records``: also down its tables' columns and
    its lists, ``_down_records``; not for a text whose cells are joined already)."""
    text = readable(text)
    found = [
        Seen(finding, text, where)
        for finding in find_personal_data(text, allowed=allowed, markers=False, known_names=names)
    ]
    found += _unseen(_chained(text, where, allowed), found)
    found += _unseen(_footnoted(text, where, allowed), found)
    if "[^" in text:
        found += _unseen(_across_marks(text, where, allowed), found)
    found += _unseen(_across_lines(text, where, allowed), found)
    if records:
        known = {s.finding.fingerprint for s in found}
        down = _down_records(text, where, allowed)
        found += [s for s in down if s.finding.fingerprint not in known]
    if mirror or _BIDI.search(text):  # shown right to left, a number reads backwards
        mirrored = _NUMBER_RUN.sub(lambda m: m.group()[::-1], text)
        found += [
            Seen(finding, mirrored, where)
            for finding in find_personal_data(
                mirrored, allowed=allowed, markers=False, known_names=names
            )
        ]
        found += _unseen(_chained(mirrored, where, allowed), found)
    for shown in visualorder.readings(text):  # digit groups a right-to-left run reorders
        known = {s.finding.fingerprint for s in found}
        found += [
            s
            for s in _numbers_in(shown, where, allowed, names)
            if s.finding.fingerprint not in known
        ]
    return found


def _numbers_in(
    text: str, where: str, allowed: Collection[str], names: Collection[str]
) -> list[Seen]:
    """What the detectors find in a text laid out as a reader sees it (``visualorder``) that
    holds a digit: the letters of a right-to-left run stand reversed there, so a finding of
    words alone (a name in Arabic script) is its stored reading's."""
    found = [
        Seen(finding, text, where)
        for finding in find_personal_data(text, allowed=allowed, markers=False, known_names=names)
    ]
    found += _unseen(_chained(text, where, allowed), found)
    return [s for s in found if _ANY_DIGIT.search(text, s.finding.offset, s.finding.end)]


_FOOTNOTE_MARK = re.compile(
    r"(?P<digits>[0-9]++(?:[ .\-\u00a0]{1,3}+[0-9]++)*+)[ \u00a0]*+\[\^(?P<label>[^\]\s]{1,80})\]"
)
_FOOTNOTE_TEXT = re.compile(r"^[ \t]*+\[\^(?P<label>[^\]\s]{1,80})\]:(?P<text>[^\n]*+)", re.M)
_DIGIT_RUN = re.compile(r"[0-9]++(?:[ .\-\u00a0]{1,3}+[0-9]++)*+")


_NOTE_RUNS = 64
"""The most runs of digits of one label's notes read with a mark (a note is a line)."""


def _footnoted(text: str, where: str, allowed: Collection[str]) -> list[Seen]:
    """A number split into a footnote (``030494[^1]`` and, in the note, ``Personnummer
    50019``): the reader joins the digits before the mark with those in its note. Read so for
    the classes with check digits (``ACROSS_CELLS``): a chance match is all but impossible, where
    a phone number's eight digits would be found in any year and page number. Footnotes are read
    in the source's form, ``[^label]`` and ``[^label]: text`` (also when the Markdown has no
    footnotes extension and shows them as written: ``visible_text`` writes real ones so)."""
    if "[^" not in text:
        return []
    notes: dict[str, dict[str, None]] = {}
    for note in _FOOTNOTE_TEXT.finditer(text):
        runs = [_NOT_DIGIT.sub("", m.group()) for m in _DIGIT_RUN.finditer(note.group("text"))]
        notes.setdefault(note.group("label"), {}).update(dict.fromkeys(runs))
    found: list[Seen] = []
    tried: set[tuple[str, str]] = set()  # a mark and its note read once (a label used often)
    for mark in _FOOTNOTE_MARK.finditer(text):
        before = _NOT_DIGIT.sub("", mark.group("digits"))
        if (before, mark.group("label")) in tried:
            continue
        tried.add((before, mark.group("label")))
        for after in list(notes.get(mark.group("label"), ()))[:_NOTE_RUNS]:
            for finding in find_personal_data(before + after, allowed=allowed, markers=False):
                if finding.what in ACROSS_CELLS:
                    masked = f"{finding.masked}, delt på en fotnote"
                    spot = Finding(
                        mark.start(), mark.end(), finding.what, masked, finding.fingerprint
                    )
                    found.append(Seen(spot, text, where))
    return found + _joined_notes(text, where, allowed)


_ANY_MARK = re.compile(r"\[\^(?P<label>[^\]\s]{1,80})\](?!:)")
_NOTE_TEXT = re.compile(r"^[ \t]*+\[\^(?P<label>[^\]\s]{1,80})\]:[ \t]*+(?P<text>[^\n]*+)", re.M)


def _joined_notes(text: str, where: str, allowed: Collection[str]) -> list[Seen]:
    """Any value split into a footnote (``amir.hassan93[^2]`` and ``[^2]: @gmail.com``, ``Ring
    ham på 411[^1]`` and ``[^1]: 22 334``): the text before the mark and the note's text read as
    one, what crosses the join reported at the mark."""
    notes: dict[str, str] = {}
    for note in _NOTE_TEXT.finditer(text):
        notes.setdefault(note.group("label"), note.group("text")[:_JOIN_REACH])
    if not notes:
        return []
    found: list[Seen] = []
    tried: set[tuple[str, str]] = set()
    for mark in _ANY_MARK.finditer(text):
        right = notes.get(mark.group("label"))
        if not right:
            continue
        line = text.rfind("\n", 0, mark.start()) + 1
        left = text[max(line, mark.start() - _JOIN_REACH) : mark.start()]
        if (left, right) in tried:
            continue
        tried.add((left, right))
        # a note that holds a number alone, after a mark that follows digits, goes on with
        # those digits: a count's note says something (its source, what it counts)
        shaped = _phone_shaped(left, right) or (
            left[-1:].isdigit() and _NUMBER_ALONE.fullmatch(right) is not None
        )
        for finding in _crossing(left, right, allowed, left, shaped=shaped):
            masked = f"{finding.masked}, delt på en fotnote"
            spot = Finding(mark.start(), mark.end(), finding.what, masked, finding.fingerprint)
            found.append(Seen(spot, text, where))
            break
    return found


_NUMBER_ALONE = re.compile(r"[0-9]++(?:[ \u00a0.-]{1,2}+[0-9]++)*+[ \u00a0.]*+")
_MARK_BETWEEN = re.compile(
    r"(?<=[0-9])[ \u00a0]*+\[\^(?P<label>[^\]\s]{1,12})\](?!:)[ \u00a0]*+(?=[0-9])"
)
"""A footnote mark or a superscript between two groups of digits (``410[^1] 93 573``)."""


_GROUPS_END = re.compile(r"\+?[0-9]++(?:[ \u00a0.-][0-9]++)*+\Z")
_GROUPS_START = re.compile(r"[0-9]++(?:[ \u00a0.-][0-9]++)*+")


def _may_be_split(before: str, label: str, after: str) -> bool:
    """Whether the groups on either side of a mark (with the mark's digits or without) could be
    a number the gate reads: a foreign phone number (``+`` first), eight digits a valid
    Norwegian phone number, or eleven an identity or account number (the detectors find no
    number inside a longer run of digits, so neither is looked for inside the groups). A cheap
    test first: most marks between digits stand in a reference or a formula, and the detectors
    are read only for those that pass."""
    if before.startswith("+"):
        return True
    digits = _NOT_DIGIT.sub("", before) + _NOT_DIGIT.sub("", after)
    marked = _NOT_DIGIT.sub("", before) + label + _NOT_DIGIT.sub("", after)
    return any(
        (len(number) == 11 and (is_identity_number(number) or kontonr.is_valid(number)))
        or (len(number) == 8 and number[0] in "23456789" and _valid_phone(number))
        for number in ((digits, marked) if label else (digits,))
    )


def _across_marks(text: str, where: str, allowed: Collection[str]) -> list[Seen]:
    """A number whose groups a mark stands between (``410¹ 93 573``, ``0304<sub>9</sub>4…``):
    the groups read together, without the mark and with it, and what crosses the mark is
    reported there. The groups of a phone number join as a phone's (a reader reads past a
    footnote's number), those of the other classes as any split does (``_crossing``)."""
    found: list[Seen] = []
    tried: set[tuple[str, str]] = set()
    for mark in _MARK_BETWEEN.finditer(text):
        if caps.full(found):  # the text is refused already (``caps``)
            break
        line = text.rfind("\n", 0, mark.start()) + 1
        left = text[max(line, mark.start() - _JOIN_REACH) : mark.start()]
        stop = text.find("\n", mark.end())
        right = text[mark.end() : stop if stop >= 0 else len(text)][:_JOIN_REACH]
        if CELL in left[-4:] or CELL in right[:4]:
            continue
        before = _GROUPS_END.search(left)
        after = _GROUPS_START.match(right)
        label = mark.group("label") if mark.group("label").isdigit() else ""
        if before is None or after is None:
            continue
        if _UNIT_AFTER.match(right, after.end()):
            continue  # a count (``45¹ 12 345 personer``): no number a reader dials
        if (left, right) in tried or not _may_be_split(before.group(), label, after.group()):
            continue
        tried.add((left, right))
        for lhs in (left, left + label) if label else (left,):  # the mark's digits out, then in
            spots = _crossing(lhs, right, allowed, left, shaped=True)
            for finding in spots:
                masked = f"{finding.masked}, delt av et merke"
                spot = Finding(mark.start(), mark.end(), finding.what, masked,
                               finding.fingerprint)  # fmt: skip
                found.append(Seen(spot, text, where))
            if spots:
                break
    return found


def _unseen(new: list[Seen], found: list[Seen]) -> list[Seen]:
    """The findings of ``new`` that no finding in ``found`` (on the same text) overlaps (spans
    sorted, each looked up by bisection: a text with thousands of findings stays linear)."""
    if not found or not new:
        return new
    spans = sorted((s.finding.offset, s.finding.end) for s in found)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end up to each span
    kept = []
    for s in new:
        i = bisect_right(starts, s.finding.end - 1) - 1  # spans starting before its end
        if i < 0 or reach[i] <= s.finding.offset:
            kept.append(s)
    return kept


_CHAIN = re.compile(
    r"[0-9](?<![0-9A-Za-z][0-9])[0-9]*+(?:[^\w\n]{1,3}+[0-9]++){1,10}(?![0-9A-Za-z])"
)
"""Digit groups with short runs of anything but letters and line breaks between them."""


_LONG_DIGITS = re.compile(r"[0-9]{11,}")


def _chained(text: str, where: str, allowed: Collection[str]) -> list[Seen]:
    """Identity numbers written with separators the source gate does not join (``170590/55452``,
    ``170590·55452``, one digit at a time): a chain of groups whose digits are exactly eleven
    and a valid identity number (its check digits make a chance match all but impossible)."""
    found = []
    whole: set[str] | None = None  # every eleven digits written together in the text
    read: dict[str, list[Finding]] = {}  # what the gate found in each number, read once
    for chain in _CHAIN.finditer(text):
        digits = _NOT_DIGIT.sub("", chain.group())
        if not is_identity_number(digits):
            continue
        if whole is None:
            runs = (m.group() for m in _LONG_DIGITS.finditer(text))
            whole = {run[i : i + 11] for run in runs for i in range(len(run) - 10)}
        if digits in whole:  # written whole: the gate has seen it
            continue
        if digits not in read:
            read[digits] = find_personal_data(digits, allowed=allowed, markers=False)
        for finding in read[digits]:
            if finding.what == WHAT_IDENTITY:
                spot = Finding(chain.start(), chain.end(), finding.what, finding.masked,
                               finding.fingerprint)  # fmt: skip
                found.append(Seen(spot, text, where))
    return found
