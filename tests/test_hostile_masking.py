"""Hostile inputs, class «masking in messages»: a value that fails the contract is quoted in
the message masked, never whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile import (
    DECISION_FILE,
    FNR2,
    MSG,
    NOTE_FILE,
    S_DOT,
    S_EMAIL,
    S_HYPHEN,
    S_PHONE,
    S_PLAIN,
    S_PLAIN2,
    TAGS_LINE,
    Refused,
    Secret,
    assert_refused,
    changed,
)
from hostile import root as root
from praksisbank.core.content.loader import ALLOW_LIST

MASKING: list[Refused] = [
    # a value that fails the contract: the message quotes it, masked
    changed("unquoted id", MSG, DECISION_FILE, "id: VB-AFG-2024-001", "id: @@", S_PLAIN2),
    changed(
        "unquoted id with a leading 0", MSG, DECISION_FILE, "id: VB-AFG-2024-001", "id: @@", S_PLAIN
    ),
    changed(
        "unquoted category", MSG, DECISION_FILE, "category: enslig-kvinne", "category: @@", S_PLAIN2
    ),
    changed(
        "category of six digits",
        MSG,
        DECISION_FILE,
        "category: enslig-kvinne",
        'category: "@@"',
        Secret("123456", "123456"),
    ),
    changed(
        "unquoted superseded_by",
        MSG,
        DECISION_FILE,
        TAGS_LINE,
        f"{TAGS_LINE}\nsuperseded_by: @@",
        S_PLAIN2,
    ),
    changed("unquoted date", MSG, DECISION_FILE, "decided: 2024-05-17", "decided: @@", S_PLAIN2),
    changed("date written 6+5", MSG, DECISION_FILE, "decided: 2024-05-17", "decided: @@", S_HYPHEN),
    changed("reviewed date", MSG, DECISION_FILE, TAGS_LINE, f"{TAGS_LINE}\nreviewed: @@", S_DOT),
    changed("country", MSG, DECISION_FILE, "country: AFG", "country: @@", S_PHONE),
    changed("outcome", MSG, DECISION_FILE, "outcome: protection", "outcome: @@", S_EMAIL),
    changed(
        "review_interval_days",
        MSG,
        NOTE_FILE,
        "review_interval_days: 90",
        "review_interval_days: @@",
        S_PLAIN2,
    ),
    changed(
        "duplicate field name",
        MSG,
        DECISION_FILE,
        TAGS_LINE,
        f"{TAGS_LINE}\n@@: a\n@@: b",
        S_PLAIN2,
    ),
    changed("YAML tag", MSG, DECISION_FILE, TAGS_LINE, f"{TAGS_LINE}\nx: !t@@ y", S_PLAIN2),
    changed(
        "YAML syntax error",
        MSG,
        DECISION_FILE,
        "title: Enslig kvinne fra Herat",
        "title: [@@",
        S_PLAIN2,
        needle="country",  # where YAML finds the list unclosed; the message names line 3
    ),
    Refused(
        "allow-list fingerprint",
        MSG,
        ((ALLOW_LIST, f"- fingerprint: {FNR2}\n  reason: Prøver.\n"),),
        ALLOW_LIST,
        1,
        S_PLAIN2,
    ),
    Refused(  # an identity number is never excepted, and the message masks it
        "allow-list value",
        MSG,
        ((ALLOW_LIST, f'- value: "{FNR2}"\n  reason: Prøver.\n'),),
        ALLOW_LIST,
        1,
        S_PLAIN2,
    ),
]


@pytest.mark.parametrize("row", MASKING, ids=lambda r: r.name)
def test_refused(row: Refused, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_refused(row, root, capsys)
