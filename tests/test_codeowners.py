"""CODEOWNERS from the responsible units, and the check that keeps it up to date."""

from __future__ import annotations

import pytest

from helpers import TODAY, Project
from praksisbank.cli.main import main
from praksisbank.core.content.loader import Layout, load

TEAMS = """\
      teams:
        "*": "@asyl/fagstab"
        Enhet A1: "@asyl/enhet-a1"
        personvern: "@asyl/personvern"
"""


def with_teams(project: Project, teams: str = TEAMS) -> Project:
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    project.write("mkdocs.yml", config.replace("  - praksisbank\n", f"  - praksisbank:\n{teams}"))
    return project


def test_codeowners_asks_the_responsible_unit(project: Project) -> None:
    assert main(["codeowners", str(with_teams(project).root)]) == 0
    lines = (project.root / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
    assert "* @asyl/fagstab" in lines
    assert "/decision_bank/afg/ @asyl/enhet-a1" in lines
    assert "/practice_notes/afg.md @asyl/enhet-a1" in lines
    assert "/interview_guides/afg.md @asyl/enhet-a1" in lines  # the note's unit owns the guide
    assert lines[-1] == "/personvern-ok.yml @asyl/personvern"  # tests/test_exceptions.py: OWNER


def test_check_fails_when_the_file_is_out_of_date(project: Project) -> None:
    with_teams(project)
    assert main(["codeowners", str(project.root)]) == 0
    teams = {"*": "@asyl/fagstab", "Enhet A1": "@asyl/enhet-a1", "personvern": "@asyl/personvern"}
    layout = Layout(root=project.root, teams=teams)
    assert load(layout, TODAY).ok
    project.write("CODEOWNERS", "* @noen/andre\n")
    [problem] = [p for p in load(layout, TODAY).problems if p.code == "codeowners"]
    assert problem.file == "CODEOWNERS" and "Kjør «praksisbank codeowners»" in problem.message


def test_a_unit_without_a_team_is_named(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    with_teams(project, '      teams:\n        Enhet B9: "@asyl/b9"\n')
    assert main(["codeowners", str(project.root)]) == 1
    assert (
        "practice_notes/afg.md:5:13: feil: Enheten «Enhet A1» har ikke noe team"
        in capsys.readouterr().out
    )


def test_without_teams_the_command_says_what_to_add(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["codeowners", str(project.root)]) == 2
    assert "mkdocs.yml har ingen «teams»" in capsys.readouterr().err
