"""`praksisbank check`: text and JSON output, exit codes, the project folder argument."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import Project, decision
from praksisbank.cli.main import main


def test_clean_content_exits_0(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(project.root)]) == 0
    assert "Ingen feil i 9 filer." in capsys.readouterr().err


def test_errors_as_text_lines(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write("decision_bank/afg/x.md", decision("VB-X", decided="2024-13-01", outcome="y"))
    assert main(["check", str(project.root)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "decision_bank/afg/x.md:6:10: feil: «2024-13-01» i «decided» er ikke en dato som finnes. "
        "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2024-03-15.",
        "decision_bank/afg/x.md:7:10: feil: «y» er ikke en gyldig verdi for «outcome». Tillatte "
        "verdier: protection = Beskyttelse (utl. § 28), humanitarian = Opphold på humanitært "
        "grunnlag (utl. § 38), refused = Avslag, dublin = Dublin-overføring, dismissed = Henlagt.",
    ]
    assert "2 feil i 1 fil" in err


def test_errors_as_json(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write("decision_bank/afg/x.md", "---\nid: VB-X\n")
    assert main(["check", str(project.root), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out) == [
        {
            "file": "decision_bank/afg/x.md",
            "line": 1,
            "column": 1,
            "severity": "error",
            "code": "front-matter-unclosed",
            "message": "Front matter starter på linje 1, men blir aldri avsluttet. "
            "Legg til en linje med «---» etter det siste feltet.",
        }
    ]


def test_configured_folders_are_used(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    (project.root / "decision_bank").rename(project.root / "vedtak")
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    project.write(
        "mkdocs.yml",
        config.replace("  - praksisbank\n", "  - praksisbank:\n      decision_bank: vedtak\n"),
    )
    project.write("vedtak/afg/bad.md", "x\n")
    assert main(["check", str(project.root)]) == 1
    assert "vedtak/afg/bad.md:1:1: feil: Filen mangler front matter" in capsys.readouterr().out


def test_bad_today_is_a_clear_error(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PRAKSISBANK_TODAY", "21.11.2026")
    assert main(["check", str(project.root)]) == 2
    assert "PRAKSISBANK_TODAY='21.11.2026' er ikke en gyldig dato" in capsys.readouterr().err


def test_installed_command(project: Project) -> None:
    # The console script that `pip install` put next to this Python (.venv/bin/praksisbank).
    command = Path(sys.executable).parent / "praksisbank"
    assert command.is_file(), f"{command} is not installed"
    done = subprocess.run(
        [str(command), "check", str(project.root), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout) == []


@pytest.mark.parametrize("command", ["check", "review", "readiness", "codeowners", "pdf"])
def test_an_unreadable_mkdocs_yml_is_a_message_not_a_traceback(
    project: Project, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    project.write("mkdocs.yml", "site_name: [Testbanken\nplugins:\n  - praksisbank\n")
    assert main([command, str(project.root)]) == 2
    err = capsys.readouterr().err
    assert "mkdocs.yml kan ikke leses: ugyldig YAML på linje 2, kolonne 8" in err
    assert "Traceback" not in err


def test_a_missing_inherited_configuration_is_a_message(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("mkdocs.yml", "INHERIT: finnes-ikke.yml\n")
    assert main(["check", str(project.root)]) == 2
    assert "mkdocs.yml kan ikke leses av MkDocs (teknisk: " in capsys.readouterr().err


@pytest.mark.parametrize(
    ("command", "make_error"),
    [("review", False), ("check", True), ("readiness", False)],
)
def test_a_closed_pipe_ends_quietly(project: Project, command: str, make_error: bool) -> None:
    """`praksisbank review | head -1`: the reader has gone before the command writes. The pipe's
    reading end is closed before the command starts, so every write finds it closed."""
    if make_error:  # `check` then has lines for standard output
        project.write("decision_bank/afg/x.md", decision("VB-X", decided="2024-13-01"))
    reading, writing = os.pipe()
    os.close(reading)
    try:
        done = subprocess.run(
            [str(Path(sys.executable).parent / "praksisbank"), command, str(project.root)],
            stdout=writing,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(writing)
    assert "Traceback" not in done.stderr
    assert "Exception ignored" not in done.stderr
    assert "BrokenPipeError" not in done.stderr
    assert done.returncode in (0, 1)


def test_the_day_can_be_set_in_mkdocs_yml(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The plugin's ``today`` option (mkdocs_adapter/settings.py) is the day the check runs as: a
    decision dated after it lies in the future."""
    monkeypatch.delenv("PRAKSISBANK_TODAY")
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    options = "  - praksisbank:\n      today: !ENV [PRAKSISBANK_DAG, 2024-01-01]\n"
    project.write("mkdocs.yml", config.replace("  - praksisbank\n", options))
    assert main(["check", str(project.root)]) == 1  # the demo's decisions are later
    assert "(i dag er 2024-01-01)" in capsys.readouterr().out
    monkeypatch.setenv("PRAKSISBANK_DAG", "2026-11-21")  # !ENV: the variable wins
    assert main(["check", str(project.root)]) == 0
    monkeypatch.setenv("PRAKSISBANK_DAG", "21.11.2026")
    assert main(["check", str(project.root)]) == 2
    assert "er ikke en gyldig dato" in capsys.readouterr().err
