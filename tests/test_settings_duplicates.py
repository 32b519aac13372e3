"""A setting written twice in ``mkdocs.yml`` is refused at its second line (issue 17 §4, found by
the lead in stop 24): YAML keeps the last value, a reviewer of the file reads the first. Before,
a hostile ``repo_url: "javascript:…"`` at the end of the file was reported at the line of the
harmless first ``repo_url`` (the first line was kept, the last value judged).
"""

from __future__ import annotations

import pytest

from helpers import MKDOCS_YML, Project
from praksisbank.cli import guarded
from praksisbank.cli.main import main
from praksisbank.core.gate import siteconfig


@pytest.mark.parametrize(
    ("added", "key"),
    [
        ('site_name: "Noe annet"\n', "site_name"),
        ('repo_url: "javascript:alert(document.domain)"\n', "repo_url"),
        ("theme:\n  name: material\n  font: false\n", "theme"),
    ],
)
def test_a_setting_written_twice_is_refused_by_check_and_build_at_its_second_line(
    project: Project, capsys: pytest.CaptureFixture[str], added: str, key: str
) -> None:
    text = MKDOCS_YML + added
    project.write("mkdocs.yml", text)
    first = [n for n, line in enumerate(text.splitlines(), 1) if line.startswith(f"{key}:")]
    assert len(first) == 2  # the row's key is in the test's mkdocs.yml already
    assert main(["check", str(project.root)]) == 1
    said = capsys.readouterr().out
    assert f"mkdocs.yml:{first[1]}:1: feil: «{key}» står to ganger: på linje {first[0]}" in said
    built = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    assert built == 1
    assert f"«{key}» står to ganger" in capsys.readouterr().err
    assert not (project.root / "site").exists()


def test_a_nested_setting_written_twice_is_told_by_its_path_at_the_kept_line() -> None:
    text = 'site_name: X\nextra:\n  homepage: /a/\n  homepage: "javascript:alert(1)"\n'
    settings = siteconfig.read(text)
    assert settings.values["extra"]["homepage"] == "javascript:alert(1)"
    assert settings.line(("extra", "homepage")) == 4  # where the value YAML keeps is written
    (problem,) = [p for p in siteconfig.code_problems(settings) if "to ganger" in p.message]
    assert (problem.line, problem.message.split(":")[0]) == (4, "«extra.homepage» står to ganger")


def test_the_same_key_in_two_entries_of_a_list_is_no_duplicate() -> None:
    text = "nav:\n  - Hjem: index.md\n  - Hjem: om.md\nplugins:\n  - search\n  - tags\n"
    settings = siteconfig.read(text)
    assert not settings.duplicates
