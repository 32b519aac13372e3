"""Reviewed exceptions to the personal-data gate: `personvern-ok.yml` names reviewed values.

The phone number below is generated from a fixed pattern in the test, not anyone's number.
"""

from __future__ import annotations

import pytest

from helpers import TODAY, Project, decision
from praksisbank.core.base.problems import Problem, Severity
from praksisbank.core.content.loader import ALLOW_LIST, Layout, load
from praksisbank.core.gate.anonymity import fingerprint

PHONE = " ".join(["4" + "1" * 2, "2" * 2, "3" * 3])  # 411 22 333, built here: no real number


def problems(project: Project) -> list[Problem]:
    return list(load(Layout.default(project.root), TODAY).problems)


def with_phone(project: Project) -> None:
    text = decision().replace("title: Enslig kvinne fra Herat", f"title: Ring {PHONE} for tolk")
    project.write("decision_bank/afg/2024-kvinne.md", text)


def test_the_message_masks_the_value_and_names_the_list(project: Project) -> None:
    with_phone(project)
    [problem] = [p for p in problems(project) if p.code == "personal-data"]
    assert (problem.file, problem.line) == ("decision_bank/afg/2024-kvinne.md", 3)
    assert PHONE not in problem.message and "333" not in problem.message
    assert fingerprint(PHONE) not in problem.message
    assert ALLOW_LIST in problem.message


def test_a_listed_value_lets_the_value_through(project: Project) -> None:
    with_phone(project)
    project.write(
        ALLOW_LIST,
        f'- value: "{PHONE.replace(" ", "")}"\n  reason: Sentralbordet til et fiktivt tolkebyrå.\n'
        "  files: [decision_bank/afg/2024-kvinne.md]\n",
    )
    result = load(Layout.default(project.root), TODAY)
    assert [p for p in result.problems if p.severity is Severity.ERROR] == []
    [used] = result.exceptions
    assert (used.file, used.line, used.source) == (
        "decision_bank/afg/2024-kvinne.md",
        3,
        f"{ALLOW_LIST}, linje 1",
    )


def test_a_value_nothing_needs_is_a_warning(project: Project) -> None:
    project.write(
        ALLOW_LIST, f'- value: "{PHONE}"\n  reason: Gammelt unntak.\n  files: [mkdocs.yml]\n'
    )
    [problem] = problems(project)
    assert (problem.file, problem.severity) == (ALLOW_LIST, Severity.WARNING)
    assert "brukes ikke lenger" in problem.message and "333" not in problem.message


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            f"- value: {PHONE.replace(' ', '')}\n  reason: x\n  files: [mkdocs.yml]\n",
            1,
            "skal være tekst",
        ),
        (f'- value: "{PHONE}"\n  files: [mkdocs.yml]\n', 1, "«reason» mangler"),
        (f'- value: "{PHONE}"\n  reason: x\n', 1, "«files» mangler"),
        (f'- value: "{PHONE}"\n  reason: x\n  files: [../x.md]\n', 3, "er ikke en fil"),
        ("value: x\n", 1, "skal være en liste"),
        (f"- fingerprint: {'ab' * 32}\n  reason: x\n", 1, "brukes ikke lenger"),
    ],
)
def test_a_bad_allow_list_is_reported(project: Project, text: str, line: int, message: str) -> None:
    project.write(ALLOW_LIST, text)
    found = [p for p in problems(project) if p.file == ALLOW_LIST and p.severity is Severity.ERROR]
    assert found and found[0].line == line and message in found[0].message, found
    assert all("333" not in p.message and "abab" not in p.message for p in found)
