"""What a pull request shows: check messages as GitHub annotations or a GitLab report."""

from __future__ import annotations

import json

import pytest

from helpers import Project, decision
from praksisbank.cli.main import main


def broken(project: Project) -> Project:
    project.write("decision_bank/afg/x.md", decision("VB-AFG-2024-009", outcome="y"))
    return project


def test_github_annotations_point_at_the_line(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(broken(project).root), "--format", "github"]) == 1
    out = capsys.readouterr().out.splitlines()
    annotation = next(line for line in out if line.startswith("::error "))
    assert annotation.startswith("::error file=decision_bank/afg/x.md,line=7,col=10::«y» er ikke")
    assert any(line.startswith("decision_bank/afg/x.md:7:10: feil: «y» er ikke") for line in out)


def test_github_escapes_what_would_end_the_command(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    from praksisbank.core.base.problems import Problem, format_github

    line = format_github(
        [
            Problem(
                file="a,b:c.md", line=1, column=2, code="field-value", message="50 % ferdig\nneste"
            )
        ]
    )
    assert line == "::error file=a%2Cb%3Ac.md,line=1,col=2::50 %25 ferdig%0Aneste"


def test_gitlab_report_locates_each_problem(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    report = project.root / "rapport.json"
    code = main(["check", str(broken(project).root), "--format", "gitlab", "--output", str(report)])
    assert code == 1
    [entry] = json.loads(report.read_text(encoding="utf-8"))
    assert entry["location"] == {"path": "decision_bank/afg/x.md", "lines": {"begin": 7}}
    assert entry["severity"] == "major" and entry["check_name"] == "field-value"
    assert len(entry["fingerprint"]) == 64
    assert "decision_bank/afg/x.md:7:10" in capsys.readouterr().out


def test_gitlab_report_is_empty_when_all_is_well(project: Project) -> None:
    report = project.root / "rapport.json"
    assert main(["check", str(project.root), "--format", "gitlab", "--output", str(report)]) == 0
    assert json.loads(report.read_text(encoding="utf-8")) == []
