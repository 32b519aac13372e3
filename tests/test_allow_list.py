"""Reviewed exceptions to the personal-data gate: `personvern-ok.yml` holds fingerprints.

The phone number below is generated from a fixed pattern in the test, not anyone's number.
"""

from __future__ import annotations

import pytest

from helpers import TODAY, Project, decision
from praksisbank.core.anonymity import fingerprint
from praksisbank.core.loader import ALLOW_LIST, Layout, load
from praksisbank.core.problems import Problem, Severity

PHONE = " ".join(["4" + "1" * 2, "2" * 2, "3" * 3])  # 411 22 333, built here: no real number


def problems(project: Project) -> list[Problem]:
    return list(load(Layout.default(project.root), TODAY).problems)


def with_phone(project: Project) -> None:
    text = decision().replace("title: Enslig kvinne fra Herat", f"title: Ring {PHONE} for tolk")
    project.write("decision_bank/afg/2024-kvinne.md", text)


def test_the_message_gives_the_fingerprint_and_masks_the_value(project: Project) -> None:
    with_phone(project)
    [problem] = [p for p in problems(project) if p.code == "personal-data"]
    assert (problem.file, problem.line) == ("decision_bank/afg/2024-kvinne.md", 3)
    assert PHONE not in problem.message and "333" not in problem.message
    assert fingerprint(PHONE) in problem.message
    assert ALLOW_LIST in problem.message


def test_a_listed_fingerprint_lets_the_value_through(project: Project) -> None:
    with_phone(project)
    project.write(
        ALLOW_LIST,
        f"- fingerprint: {fingerprint(PHONE)}\n  reason: Sentralbordet til et fiktivt tolkebyrå.\n",
    )
    assert [p for p in problems(project) if p.severity is Severity.ERROR] == []


def test_a_fingerprint_nothing_needs_is_a_warning(project: Project) -> None:
    project.write(ALLOW_LIST, f"- fingerprint: {'ab' * 32}\n  reason: Gammelt unntak.\n")
    [problem] = problems(project)
    assert (problem.file, problem.severity) == (ALLOW_LIST, Severity.WARNING)
    assert "brukes ikke lenger" in problem.message


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (f"- fingerprint: {PHONE}\n  reason: x\n", 1, "er ikke et fingeravtrykk"),
        (f"- fingerprint: {'ab' * 32}\n", 1, "«reason» mangler"),
        ("fingerprint: x\n", 1, "skal være en liste"),
    ],
)
def test_a_bad_allow_list_is_reported(project: Project, text: str, line: int, message: str) -> None:
    project.write(ALLOW_LIST, text)
    found = [p for p in problems(project) if p.file == ALLOW_LIST and p.severity is Severity.ERROR]
    assert found and found[0].line == line and message in found[0].message, found
    assert all("333" not in p.message for p in found)
