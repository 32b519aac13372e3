"""``check --render --format github`` when the render check is skipped (attack round 12b,
finding 6): the pull request's annotations said only what mkdocs.yml does wrong, not that no
page was read as the site shows it, so the other files' rendered problems appeared only after
the fix. The skip is now an annotation of its own (a warning at mkdocs.yml); the text and JSON
lists are as before (the stderr line says it)."""

from __future__ import annotations

import pytest

from helpers import MKDOCS_YML, Project
from praksisbank.cli.main import main
from test_check_as_built_round10 import EXTENSIONS


def test_a_skipped_render_check_is_an_annotation(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    extension = "  - pymdownx.snippets:\n      auto_append: [.env]\n"
    project.write("mkdocs.yml", MKDOCS_YML.replace(EXTENSIONS, EXTENSIONS + extension, 1))
    assert main(["check", "--render", "--format", "github", str(project.root)]) == 1
    lines = capsys.readouterr().out.splitlines()
    warnings = [ln for ln in lines if ln.startswith("::warning file=mkdocs.yml")]
    assert len(warnings) == 1, lines
    assert "--render hoppet over" in warnings[0]


def test_a_render_check_that_ran_adds_no_such_annotation(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", "--render", "--format", "github", str(project.root)])
    assert "hoppet over" not in capsys.readouterr().out
