"""Issue 17, round 11: files MkDocs would publish that the check never reads.

MkDocs leaves hidden files and folders under ``docs/`` out (its default ``exclude_docs``: ``.*``
and ``/templates/``), and so does the check (``discovery.find``). A line of ``exclude_docs`` or
``draft_docs`` that starts with «!» takes them back in: a page, a script and a stylesheet in
``docs/.x/`` were published unread, and the script ran in the reader's browser. Such a line is
refused in ``mkdocs.yml`` by ``check``, ``check --render`` and the build; and the gate over the
built site refuses any published file with a hidden part in its address, whatever put it there.

Texts are made up.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from helpers import MKDOCS_YML, Project
from praksisbank.cli import guarded
from praksisbank.cli.main import main
from praksisbank.core.gate.sitegate import SiteGate

SCRIPT = 'document.body.append("SKRIPT"); fetch("https://angriper.example/x");\n'
PAGE = '<p>Side</p><script src="/.x/a.js"></script>\n'

TAKEN_BACK = [
    ("a hidden folder", 'exclude_docs: "!.x/"\n', "exclude_docs"),
    ("a block of lines", "exclude_docs: |\n  utkast/\n  !.x/\n", "exclude_docs"),
    ("the templates folder", 'exclude_docs: "!/templates/"\n', "exclude_docs"),
    ("a draft taken back", 'draft_docs: "  !.x/*.js"\n', "draft_docs"),
]


def _problems(project: Project, capsys: pytest.CaptureFixture[str], *flags: str) -> list[Any]:
    main(["check", *flags, "--format", "json", str(project.root)])
    found: list[Any] = json.loads(capsys.readouterr().out)
    return found


def _with(project: Project, setting: str) -> int:
    """The project with ``setting`` in ``mkdocs.yml`` and a script in ``docs/.x/``; the line
    of the setting."""
    text = MKDOCS_YML + setting
    project.write("mkdocs.yml", text)
    project.write("docs/.x/a.js", SCRIPT)
    project.write("docs/.x/side.html", PAGE)
    return text.split("\n").index(setting.split("\n")[0]) + 1


@pytest.mark.parametrize(("case", "setting", "key"), TAKEN_BACK, ids=[r[0] for r in TAKEN_BACK])
def test_a_line_that_takes_hidden_files_back_in_is_refused(
    project: Project, capsys: pytest.CaptureFixture[str], case: str, setting: str, key: str
) -> None:
    line = _with(project, setting)
    for flags in ((), ("--render",)):
        problems = _problems(project, capsys, *flags)
        assert [(p["file"], p["line"]) for p in problems] == [("mkdocs.yml", line)], problems
        assert f"«{key}» har linjen «!" in problems[0]["message"]


def test_the_build_publishes_nothing_when_a_line_takes_files_back_in(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    _with(project, 'exclude_docs: "!.x/"\n')
    code = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    assert code == 1
    assert "«exclude_docs» har linjen" in capsys.readouterr().err
    assert not (project.root / "site").exists()


def test_an_exclusion_that_leaves_files_out_stays_allowed(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("mkdocs.yml", MKDOCS_YML + "exclude_docs: |\n  utkast/\n  *.tmp\n")
    assert _problems(project, capsys) == []


@pytest.mark.parametrize(
    "published",
    [".x/a.js", ".x/side.html", "vedtaksbank/.skjult/index.html", ".well-known/security.txt"],
)
def test_the_site_gate_refuses_a_published_file_with_a_hidden_part(
    tmp_path: Path, published: str
) -> None:
    """Whatever put it there (a setting, another plugin), a hidden file in the built site was
    never read by the check: the build stops, naming it."""
    target = tmp_path / published
    target.parent.mkdir(parents=True)
    target.write_text("Ingen nummer her.\n", encoding="utf-8")
    (tmp_path / "index.html").write_text("<p>Forside</p>\n", encoding="utf-8")
    gate = SiteGate({}, workers=0)
    gate.rest(tmp_path, lambda address, path: False)
    problems = gate.problems()
    assert [p.file for p in problems] == [f"site/{published}"], problems
    assert "skjult fil eller mappe" in problems[0].message


def test_a_page_at_a_generated_page_s_address_stops_the_build(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """``docs/endringer.md`` has the address of the generated «Siste endringer» (``/endringer/``):
    one of them was dropped without a word; now the build says so and publishes nothing."""
    project.write("docs/endringer.md", "---\ntitle: Endringer\n---\n# Endringer\n\nTekst.\n")
    code = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    assert code == 1
    err = capsys.readouterr().err
    assert "«endringer.md» og «endringer/index.md» får samme adresse" in err, err
    assert not (project.root / "site").exists()
