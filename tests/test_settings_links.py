"""Path settings that stay inside the project as written but lead out of it through a symbolic
link, and ``INHERIT`` judged from the folder of the file it is written in (issue 17 §4: a
setting of ``mkdocs.yml`` cannot make the build read and publish files from the build machine).

Each refused row is refused by ``check`` at the setting's line and by ``praksisbank mkdocs
build`` before MkDocs reads a file; the near-misses (a link that stays inside, ``..`` that stays
inside) are allowed. No personal data: the outside files hold a made-up marker word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import MKDOCS_YML, Project
from praksisbank.cli import guarded
from praksisbank.cli.main import main
from praksisbank.mkdocs_adapter import project as settings_project

SECRET = "HEMMELIG-BYGGEFIL-8"  # made up: stands for a file of the build machine


def _line_of(text: str, part: str) -> int:
    return text[: text.index(part)].count("\n") + 1


@pytest.fixture
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("utenfor")
    (folder / "main.html").write_text(f"<p>{SECRET}</p>\n", encoding="utf-8")
    (folder / "hemmelig.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    return folder


def _problems(project: Project) -> list[tuple[str, int, str]]:
    found = settings_project.code_problems(project.root / "mkdocs.yml")
    return [(p.file, p.line, p.message) for p in found]


def _refused_everywhere(project: Project, capsys: pytest.CaptureFixture[str], line: int) -> str:
    assert main(["check", str(project.root)]) == 1
    checked = capsys.readouterr().out
    built = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    said = capsys.readouterr().err
    assert built == 1
    assert f"mkdocs.yml:{line}:1: feil: " in checked
    assert f"mkdocs.yml:{line}:1: feil: " in said
    assert "Traceback" not in said
    assert not (project.root / "site").exists()
    return checked


def test_a_theme_folder_that_is_a_link_out_of_the_project_is_refused(
    project: Project, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n")
    project.write("mkdocs.yml", text)
    (project.root / "overrides").symlink_to(outside)
    line = _line_of(text, "  custom_dir")
    checked = _refused_everywhere(project, capsys, line)
    assert "«theme.custom_dir» = «overrides» fører ut av prosjektet" in checked
    assert SECRET not in checked


def test_a_link_out_of_the_project_inside_a_theme_folder_is_refused(
    project: Project, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n")
    project.write("mkdocs.yml", text)
    project.write("overrides/partials/copyright.html", "<p>Asylavdelingen</p>\n")
    (project.root / "overrides" / "hemmelig.txt").symlink_to(outside / "hemmelig.txt")
    checked = _refused_everywhere(project, capsys, _line_of(text, "  custom_dir"))
    assert "«overrides/hemmelig.txt» under «theme.custom_dir» er en symbolsk lenke" in checked


def test_a_link_out_of_the_project_in_the_docs_folder_is_refused_when_docs_dir_is_not_written(
    project: Project, outside: Path
) -> None:
    (project.root / "docs" / "vedlegg").mkdir(parents=True)
    (project.root / "docs" / "vedlegg" / "felles").symlink_to(outside)
    found = _problems(project)
    assert [(file, line) for file, line, _ in found] == [("mkdocs.yml", 1)]
    assert "«docs/vedlegg/felles» under «docs_dir»" in found[0][2]


def test_a_snippet_folder_that_is_a_link_out_of_the_project_is_refused(
    project: Project, outside: Path
) -> None:
    text = MKDOCS_YML.replace(
        "markdown_extensions:\n",
        "markdown_extensions:\n  - pymdownx.snippets:\n      base_path: [tekstbiter]\n",
        1,
    )
    project.write("mkdocs.yml", text)
    (project.root / "tekstbiter").symlink_to(outside)
    found = _problems(project)
    assert [line for _, line, _ in found] == [_line_of(text, "      base_path")]
    assert "pymdownx.snippets.base_path.0" in found[0][2]


def test_links_that_stay_inside_the_project_are_allowed(project: Project) -> None:
    text = MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n")
    project.write("mkdocs.yml", text)
    project.write("maler/partials/copyright.html", "<p>Asylavdelingen</p>\n")
    (project.root / "overrides").symlink_to(project.root / "maler")
    (project.root / "docs").mkdir(exist_ok=True)
    (project.root / "docs" / ".skjult").symlink_to(project.root / "maler")  # hidden: not read
    assert _problems(project) == []


def test_inherit_is_judged_from_the_folder_of_the_file_it_is_written_in(project: Project) -> None:
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    project.write("mkdocs.yml", "INHERIT: config/base.yml\n" + config)
    project.write("config/base.yml", "INHERIT: ../felles.yml\nsite_author: Asyl\n")
    project.write("felles.yml", "copyright: Asylavdelingen\n")
    assert _problems(project) == []
    project.write("config/base.yml", "INHERIT: ../../felles.yml\nsite_author: Asyl\n")
    found = _problems(project)
    assert [(file, line) for file, line, _ in found] == [("config/base.yml", 1)]
    assert "«INHERIT» = «../../felles.yml» er ikke en sti inne i prosjektet" in found[0][2]


def test_inherit_through_a_link_out_of_the_project_is_refused(
    project: Project, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (outside / "felles.yml").write_text("copyright: Asylavdelingen\n", encoding="utf-8")
    (project.root / "felles.yml").symlink_to(outside / "felles.yml")
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    project.write("mkdocs.yml", "INHERIT: felles.yml\n" + config)
    assert main(["check", str(project.root)]) != 0
    said = capsys.readouterr().err
    built = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    said += capsys.readouterr().err
    assert built != 0
    assert said.count("mkdocs.yml:1:1: feil: «INHERIT» = «felles.yml» er ikke en sti inne") == 2
    assert "Traceback" not in said
    assert not (project.root / "site").exists()
