"""What crosses a join: a value split at a footnote mark, a cell's edge or a line break.

``_crossing`` reads two sides as one text and keeps what crosses the join, of the classes a
split cannot explain (``SPLIT_CLASSES``; a phone number after a cue or when the sides are its
groups, ``_phone_shaped``); ``_across_lines`` reads a text's lines that way.

Imports ``seen``, ``visible`` and the detectors (``core.gate.anonymity``, ``personaldata``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from praksisbank.core.gate import personaldata
from praksisbank.core.gate.anonymity import (
    WHAT_EMAIL,
    WHAT_ONLINE,
    WHAT_PHONE,
    Finding,
    find_personal_data,
)
from praksisbank.core.gate.rendered.seen import Seen
from praksisbank.core.gate.rendered.visible import ACROSS_CELLS, CELL
from praksisbank.core.gate.splits import is_norwegian_phone as _valid_phone

_JOIN_REACH = 60
"""How much of the text before a footnote mark, and of its note, is joined for a reading."""
SPLIT_CLASSES = ACROSS_CELLS | {WHAT_EMAIL, WHAT_ONLINE}
"""Classes that a split into a footnote or over cells joins whatever stands around it: an
address or a user name with its host is no accident. Phone numbers join only after a cue
(``_PHONE_CUE``): eight digits are found in any two counts."""
_PHONE_CUE = re.compile(
    r"(?i)(?<![\w])(?:ring\w*|telefon\w*|tlf\.?|mobil\w*|\w*nummer\w*|nr\.|sms|whatsapp"
    r"|viber|signal|kontakt\w*)(?![\w])"
)


def _crossing(
    left: str, right: str, allowed: Collection[str], context: str, *, shaped: bool = False
) -> list[Finding]:
    """What reading ``left`` and ``right`` as one text (with and without a space) finds across
    the join, of the classes a split cannot explain (``SPLIT_CLASSES``; a phone number when
    ``context`` has a cue, or ``shaped``: the two sides are the groups of one, `_phone_shaped`)."""
    phones = shaped or _PHONE_CUE.search(context) is not None
    found: list[Finding] = []
    # (a phone's groups joined by hyphens on one side and a space at the join: read as spaces,
    # one character for one, so the offsets hold)
    marked = shaped and any(ch in left[-12:] + right[:12] for ch in "-.")
    plain = (left.translate(_AS_SPACES), right.translate(_AS_SPACES)) if marked else None
    for lhs, glue, rhs in ((left, "", right), (left, " ", right), _third(plain)):
        if not lhs:
            continue
        joined = lhs + glue + rhs
        for finding in find_personal_data(joined, allowed=allowed, markers=False):
            if not finding.offset < len(left) < finding.end:
                continue
            if finding.what in SPLIT_CLASSES or (phones and finding.what in _PHONES):
                found.append(finding)
    return found


_PHONES = frozenset((WHAT_PHONE, personaldata.WHAT_FOREIGN_PHONE))
_AS_SPACES = str.maketrans("-.", "  ")


def _third(plain: tuple[str, str] | None) -> tuple[str, str, str]:
    """The third reading of a join: the sides with hyphens and dots as spaces (or none)."""
    return (plain[0], " ", plain[1]) if plain else ("", "", "")


def _joinable(left: str, right: str, cue: bool) -> bool:
    """Whether two neighbouring cells could make one value (most rows of most tables cannot,
    and are not read twice): an address split at its ``@``, or digits on both sides after a
    cue."""
    if left.endswith("@") or right.startswith("@"):
        return True
    if not (left[-1:].isdigit() and right[:1].isdigit()):
        return False
    return cue or _phone_shaped(left, right)


_SIDE_END = re.compile(r"(?<![\w.,/+-])[0-9]{2,3}+(?:[ \u00a0.-][0-9]{2,3}+)*+\Z")
_SIDE_START = re.compile(r"[0-9]{2,3}+(?:[ \u00a0.-][0-9]{2,3}+)*+(?![\w]|[.,/-][0-9])")
_GROUP_APART = re.compile(r"[ \u00a0.-]")
_COUNT = re.compile(r"[0-9]{1,3}(?:[ \u00a0][0-9]{3})*+")
_PLUS_END = re.compile(r"(?<![\w])(?:\+|00)[ \u00a0]?[1-9][0-9]*+(?:[ \u00a0.-][0-9]++)*+\Z")
_UNIT_AFTER = re.compile(
    r"[ \u00a0]*+(?:år|kr|kroner|%|prosent|personer|saker|dager|timer|km|m)(?![\w])", re.I
)


def _phone_shaped(left: str, right: str) -> bool:
    """Whether the digits that end ``left`` and those that start ``right`` are the groups of
    one phone number, with no cue in the text: a country code before them (``+93 70`` |
    ``123 4567``), or groups of two and three digits, at least three and one of two, eight digits
    in all, a valid Norwegian number (``411 22`` | ``334``, ``22 33`` | ``44 55``). Not two
    counts as Norwegians group them (``411`` | ``22 334``, ``4112`` | ``2334``): a table of
    figures is no phone number, and neither is a group with a unit after it."""
    left = left[-40:].rstrip(" \u00a0")
    right = right[:40].lstrip(" \u00a0")
    if not right[:1].isdigit():
        return False
    if _PLUS_END.search(left) is not None:
        return True
    end = _SIDE_END.search(left)
    start = _SIDE_START.match(right)
    if end is None or start is None or _UNIT_AFTER.match(right, start.end()):
        return False
    if _COUNT.fullmatch(end.group()) and _COUNT.fullmatch(start.group()):
        return False
    groups = _GROUP_APART.split(end.group()) + _GROUP_APART.split(start.group())
    digits = "".join(groups)
    if len(digits) != 8 or len(groups) < 3 or all(len(g) != 2 for g in groups):
        return False
    return digits[0] in "23456789" and _valid_phone(digits)


_AT_EDGE = re.compile(
    r"^(?:\|[ \u00a0]*+)?(?P<starts>@)(?=[\w-]++(?:\.[\w-]++)+)"
    r"|(?<=[\w.+-])(?P<ends>@)[ \u00a0¶|]*+$(?=\n(?:\|[ \u00a0]*+)?[\w-]++(?:\.[\w-]++)+)",
    re.M,
)
"""An ``@`` that starts a line before a dotted host (``@example.com``, not a handle such as
``@UNHCRNorden``), or ends one after a local part with a dotted host on the next line."""


_DIGIT_EDGE = re.compile(r"[0-9][ \u00a0¶]*+\n(?=(?:\|[ \u00a0]*+)?[0-9])")
"""A line that ends with a digit before one that starts with one."""


def _line_cuts(text: str) -> Iterator[tuple[int, bool]]:
    """The line breaks where a value may be split (`_across_lines`), in order, each once: the
    offset of the break, and whether it is a phone number's (digits on both sides)."""
    cuts: dict[int, bool] = {}
    if "@" in text:
        for edge in _AT_EDGE.finditer(text):
            # a line that starts with @ joins the line before it, one that ends with @ the next
            cut = edge.start() - 1 if edge.group("starts") else text.find("\n", edge.end())
            if 0 <= cut < len(text):
                cuts[cut] = False
    for edge in _DIGIT_EDGE.finditer(text):
        cuts.setdefault(edge.end() - 1, True)
    return iter(sorted(cuts.items()))


def _across_lines(text: str, where: str, allowed: Collection[str]) -> list[Seen]:
    """A value split over two blocks (paragraphs, list items, a heading, a quote, the rows of
    a one-column table): an e-mail address or a user name (``amir.h`` ending one,
    ``@example.com`` starting the next, or split after the ``@``), and a phone number whose
    two parts are a phone's groups, not two counts (`_phone_shaped`); what crosses the join
    is reported there."""
    found: list[Seen] = []
    read: dict[tuple[str, str], list[Finding]] = {}  # a pair of lines repeated is read once
    for cut, digits in _line_cuts(text):
        begin = text.rfind("\n", 0, cut) + 1
        stop = text.find("\n", cut + 1)
        left = text[max(begin, cut - _JOIN_REACH) : cut].rstrip(" \u00a0¶|")
        right = text[cut + 1 : stop if stop >= 0 else len(text)][:_JOIN_REACH].lstrip(" \u00a0|")
        if CELL in left or CELL in right or not left or not right.strip():
            continue  # rows are joined cell by cell
        shaped = digits and _phone_shaped(left, right)
        if digits and not shaped:
            continue
        if (left, right) not in read:
            read[left, right] = _crossing(left, right, allowed, "", shaped=shaped)
        for finding in read[left, right]:
            masked = f"{finding.masked}, delt over to avsnitt"
            spot = Finding(cut - len(left), cut + 1 + len(right), finding.what, masked,
                           finding.fingerprint)  # fmt: skip
            found.append(Seen(spot, text, where))
            break
    return found
