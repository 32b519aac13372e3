"""Hostile inputs, class «hostile YAML»: bytes, nesting, tags and values YAML allows and the
contract does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ARRIVALS, decision
from hostile import (
    ARRIVALS_FILE,
    CLARIFICATION_FILE,
    DECISION_FILE,
    GUIDE_FILE,
    NOTE_FILE,
    NOTE_TITLE,
    PAGE,
    PAGE_FILE,
    ROLE_FILE,
    SOURCES_FILE,
    TAGS_LINE,
    TRAINING_FILE,
    YAML,
    Refused,
    assert_refused,
    body,
    changed,
)
from hostile import root as root

DEEP = "a: " + "[" * 5000 + "]" * 5000
HOSTILE_YAML: list[Refused] = [
    changed(
        "NUL", YAML, DECISION_FILE, TAGS_LINE, f"{TAGS_LINE}\nx: a@@b", "\x00", "file-encoding"
    ),
    changed("ESC", YAML, NOTE_FILE, NOTE_TITLE, f"{NOTE_TITLE}@@[31m", "\x1b", "file-encoding"),
    changed(
        "C1 CSI in a guide",
        YAML,
        GUIDE_FILE,
        "title: Intervjuguide Afghanistan",
        "title: Intervjuguide@@Afghanistan",
        "\x9b",
        "file-encoding",
    ),
    changed(
        "C1 NEL in data",
        YAML,
        TRAINING_FILE,
        "- task: Avtal en innføring hos Landinfo.",
        "- task: Avtal@@en innføring hos Landinfo.",
        "\x85",
        "file-encoding",
    ),
    changed(
        "bidi override",
        YAML,
        ROLE_FILE,
        "title: Fagansvarlig enhet",
        "title: Fagansvarlig @@tehne",
        "\u202e",
        "file-encoding",
    ),
    changed(
        "bidi isolate in a body",
        YAML,
        PAGE_FILE,
        "Fri tekst om banken.",
        "Fri @@tekst om banken.",
        "\u2067",
        "file-encoding",
    ),
    changed(
        "nesting 5,000 deep",
        YAML,
        CLARIFICATION_FILE,
        "date: 2026-10-01",
        "date: 2026-10-01\n@@",
        DEEP,
        "yaml-syntax",
    ),
    changed(
        "nesting 5,000 deep in a data file",
        YAML,
        SOURCES_FILE,
        "- document: IM 2016-004",
        "- document: IM 2016-004\n  @@",
        DEEP,
        "yaml-syntax",
    ),
    changed(
        "5,000-digit integer",
        YAML,
        ARRIVALS_FILE,
        "arrivals: 1200",
        "arrivals: @@",
        "9" * 5000,
        "yaml-syntax",
    ),
    Refused(
        "2 MB body",
        YAML,
        ((DECISION_FILE, decision(body=body("ord " * 500_000))),),
        DECISION_FILE,
        1,
        code="file-unreadable",
    ),
    Refused(
        "2 MB data file",
        YAML,
        ((ARRIVALS_FILE, ARRIVALS + "# " + "x" * 2_000_000 + "\n"),),
        ARRIVALS_FILE,
        1,
        code="file-unreadable",
    ),
    changed(
        "duplicate key",
        YAML,
        DECISION_FILE,
        TAGS_LINE,
        f"{TAGS_LINE}\n@@: Annen tittel",
        "title",
        "yaml-duplicate-key",
        needle="title: Annen",
    ),
    changed(
        "duplicate key in a data file",
        YAML,
        ARRIVALS_FILE,
        "  expected_increase: false",
        "  expected_increase: false\n  @@: 3",
        "arrivals",
        "yaml-duplicate-key",
        needle="arrivals: 3",
    ),
    changed(
        "YAML 1.1 boolean NO",
        YAML,
        ARRIVALS_FILE,
        "expected_increase: false",
        "expected_increase: @@",
        "NO",
        "field-type",
    ),
    changed(
        "YAML 1.1 boolean yes",
        YAML,
        CLARIFICATION_FILE,
        "date: 2026-10-01",
        "date: 2026-10-01\npractice_change: @@",
        "yes",
        "field-type",
    ),
    Refused(
        "UTF-16 file",
        YAML,
        ((PAGE_FILE, PAGE.encode("utf-16")),),
        PAGE_FILE,
        1,
        code="file-encoding",
    ),
]


@pytest.mark.parametrize("row", HOSTILE_YAML, ids=lambda r: r.name)
def test_refused(row: Refused, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_refused(row, root, capsys)
