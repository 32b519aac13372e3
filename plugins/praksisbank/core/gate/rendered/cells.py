"""Across a table's cells: a number with check digits or an address split over neighbouring
cells, read side by side (``cells_side_by_side``).

Imports ``scanning``, ``joins``, ``seen``, ``reading``, ``visible`` and the detectors.
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import pairwise

from praksisbank.core.gate import anonymity, visualorder
from praksisbank.core.gate.anonymity import Finding
from praksisbank.core.gate.rendered.joins import _PHONE_CUE, _crossing, _joinable, _phone_shaped
from praksisbank.core.gate.rendered.reading import _BIDI, readable
from praksisbank.core.gate.rendered.scanning import _chained, _footnoted, _scan
from praksisbank.core.gate.rendered.seen import TEXT, Seen
from praksisbank.core.gate.rendered.visible import _CELL_TEXT, ACROSS_CELLS, CELL


def cells_side_by_side(
    text: str, allowed: Collection[str], names: Collection[str], found: list[Seen]
) -> list[Seen]:
    """What reading a page's table cells side by side finds beyond ``found`` (the page's own
    reading): the whole text read with its cells joined, for the classes with check digits
    (``ACROSS_CELLS``), then the pairs of cells ``_across_cells`` reads.

    The whole text is read with every detector only when it can find something new there: when
    the detectors that propose those classes (``anonymity.checked_fingerprints``) propose one
    not in ``found``, or the digit chains or footnotes (``_chained``, ``_footnoted``) find one,
    or the text is shown right to left. Otherwise that reading would report nothing: a finding
    is a candidate the detectors proposed, and a finding already in ``found`` is left out. A
    table of counts and dates (every list page) then costs those detectors, not all of them."""
    seen = {s.finding.fingerprint for s in found}
    joined = text.replace(CELL, " ")
    if _may_cross(joined, allowed, seen):
        new = [
            s
            for s in _scan(joined, TEXT, allowed, names, records=False)
            if s.finding.what in ACROSS_CELLS and s.finding.fingerprint not in seen
        ]
    else:
        new = []
    return new + _across_cells(text, allowed, seen | {s.finding.fingerprint for s in new})


def _may_cross(joined: str, allowed: Collection[str], seen: set[str]) -> bool:
    """Whether ``_scan(joined)`` could find a value of ``ACROSS_CELLS`` whose fingerprint is
    not in ``seen`` (see ``cells_side_by_side``): ``False`` only when it cannot."""
    if not ACROSS_CELLS <= anonymity.CHECKED_CLASSES:  # a class the proof does not cover
        return True
    text = readable(joined)
    if _BIDI.search(text) or visualorder.holds_right_to_left(text):  # read in other orders too
        return True
    if not anonymity.checked_fingerprints(text) <= seen:
        return True
    extra = _chained(text, TEXT, allowed) + _footnoted(text, TEXT, allowed)
    return any(s.finding.what in ACROSS_CELLS and s.finding.fingerprint not in seen for s in extra)


def _across_cells(text: str, allowed: Collection[str], seen: set[str]) -> list[Seen]:
    """A value split over two cells (``| amir.hassan93 | @gmail.com |``, ``| mobil | 411 22 |
    334 |``): each two neighbouring cells of a row read as one (``_crossing``), a phone number
    when the row or the table's first row has a cue; and an identity number split over two rows
    of a column (``| 030494 |`` over ``| 12345 |``): a cell of six digits and the cell below it
    of five, read as one."""
    found: list[Seen] = []
    read: dict[tuple[str, str, bool], list[Finding]] = {}
    header = ""
    above: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if CELL not in line:
            header, above = "", []
            offset += len(line) + 1
            continue
        header = header or line
        cells = [
            (offset + m.start(), m.group().strip(" \u00a0")) for m in _CELL_TEXT.finditer(line)
        ]
        cue = _PHONE_CUE.search(header + " " + line) is not None
        pairs = [pair for pair in pairwise(cells) if _joinable(pair[0][1], pair[1][1], cue)]
        if len(above) == len(cells):
            pairs += [
                (up, down)
                for up, down in zip(above, cells, strict=True)
                if (len(up[1]) == 6 and len(down[1]) == 5 and (up[1] + down[1]).isdigit())
                or up[1].endswith("@")
                or down[1].startswith("@")
            ]
        for (start, left), (end, right) in pairs:
            shaped = _phone_shaped(left, right)
            key = (left, right, shaped or cue)  # a row repeated is read once
            if key not in read:
                read[key] = _crossing(left, right, allowed, header + " " + line, shaped=shaped)
            for finding in read[key]:
                if finding.fingerprint in seen:
                    continue
                seen.add(finding.fingerprint)
                masked = f"{finding.masked}, delt over to celler"
                spot = Finding(start, end + len(right), finding.what, masked, finding.fingerprint)
                found.append(Seen(spot, text, TEXT))
        above = cells
        offset += len(line) + 1
    return found
