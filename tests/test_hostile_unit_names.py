"""Hostile inputs, class «names that slug to nothing or collide»: unit names and category
codes whose addresses would be empty or the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import GUIDE, NOTE
from hostile import (
    CLARIFICATION,
    CLARIFICATION_FILE,
    GUIDE_FILE,
    NOTE_FILE,
    UNITS,
    Refused,
    assert_refused,
    changed,
    line_of,
)
from hostile import root as root

UNIT_NAMES: list[Refused] = [
    changed(
        "unit of punctuation only",
        UNITS,
        NOTE_FILE,
        "owner_unit: Enhet A1",
        'owner_unit: "@@"',
        "???",
        "field-value",
    ),
    changed(
        "unit in Greek letters",
        UNITS,
        CLARIFICATION_FILE,
        "owner_unit: Enhet A1",
        "owner_unit: @@",
        "Ενότητα",
        "field-value",
    ),
    # Two spellings of one address: the first file by path keeps its spelling, the other is
    # told to write it the same way.
    Refused(
        "unit with a hyphen collides",
        UNITS,
        ((GUIDE_FILE, GUIDE.replace("country: AFG", "country: AFG\nowner_unit: Enhet-A1")),),
        CLARIFICATION_FILE,
        line_of(CLARIFICATION, "owner_unit"),
        code="field-value",
    ),
    Refused(
        "unit in another case collides",
        UNITS,
        ((CLARIFICATION_FILE, CLARIFICATION.replace("Enhet A1", "Enhet b2")),),
        NOTE_FILE,
        line_of(NOTE, "    unit: Enhet B2"),
        code="field-value",
    ),
]

UNIT_NAMES.append(
    Refused(
        "unit with æ collides with ae",
        UNITS,
        (
            (GUIDE_FILE, GUIDE.replace("country: AFG", "country: AFG\nowner_unit: Enhet AE")),
            (CLARIFICATION_FILE, CLARIFICATION.replace("Enhet A1", "Enhet Æ")),
        ),
        CLARIFICATION_FILE,
        line_of(CLARIFICATION, "owner_unit"),
        code="field-value",
    )
)

UNIT_NAMES.append(
    changed(
        "category codes differing in case only",
        UNITS,
        NOTE_FILE,
        "  - code: dublin",
        "  - code: @@",
        "Enslig-Kvinne",
        "id-duplicate",
    )
)


@pytest.mark.parametrize("row", UNIT_NAMES, ids=lambda r: r.name)
def test_refused(row: Refused, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_refused(row, root, capsys)
