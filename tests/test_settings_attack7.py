"""Settings in ``mkdocs.yml`` that import code, read files from outside the project or publish a
value of the build machine (issue 17, attack round 7, batch B).

Three tables, one a class: Markdown extensions by name (B6/B17), paths that leave the project
(B1/B3), and values MkDocs fills in from the build machine (``!ENV``, ``!relative``: B7/B8).
Each refused row is refused by ``check`` at its line and by ``praksisbank mkdocs build`` at the
same line, before MkDocs reads the file; each near-miss stays allowed. No personal data: the
outside files and the environment value are made-up marker words.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from helpers import MKDOCS_YML, Project
from praksisbank.cli import guarded
from praksisbank.cli.main import main
from praksisbank.core.gate import siteconfig
from praksisbank.mkdocs_adapter import project as settings_project

EXTENSIONS = "markdown_extensions:\n"
BASE_LINES = MKDOCS_YML.count("\n")


def _line_of(text: str) -> int:
    return MKDOCS_YML[: MKDOCS_YML.index(text)].count("\n") + 1


SECRET = "HEMMELIG-BYGGEVERDI-7"  # made up: stands for a CI secret in the environment


EXTENSIONS_LINE = _line_of(EXTENSIONS)
PLUGIN_LINE = _line_of("  - praksisbank\n")


def _with_extension(entry: str) -> str:
    return MKDOCS_YML.replace(EXTENSIONS, EXTENSIONS + entry, 1)


def _problems(text: str) -> tuple[tuple[int, str], ...]:
    found = siteconfig.code_problems(siteconfig.read(text), settings_project.LOCAL_PATHS)
    return tuple((p.line, p.message) for p in found)


def _refused_by_check_and_build(
    project: Project, capsys: pytest.CaptureFixture[str], line: int
) -> str:
    """``check`` and the guarded build both refuse at ``line``; nothing is built."""
    assert main(["check", str(project.root)]) == 1
    checked = capsys.readouterr()
    built = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    said = capsys.readouterr()
    assert built == 1
    assert f"mkdocs.yml:{line}:1: feil: " in checked.out
    assert f"mkdocs.yml:{line}:1: feil: " in said.err
    assert "Traceback" not in said.err + checked.err
    assert not (project.root / "site").exists()
    return checked.out


# -- B6/B17: a Markdown extension is a module MkDocs imports -----------------------------------

MARKER_MODULE = "praksisbank_attack7_marker"
"""A module of the test's own, on the import path as ``plugins/`` is: importing it writes a file."""

EXTENSION_ROWS = [
    # (entry under markdown_extensions, refused)
    (f"  - {MARKER_MODULE}\n", True),  # B17: a module a pull request adds
    ("  - __hello__\n", True),  # B6: any importable module
    (f"  - {MARKER_MODULE}:\n      x: 1\n", True),  # with options
    (f"  - {MARKER_MODULE}:makeExtension\n", True),  # Python-Markdown's module:Class form
    ("  - pymdownx\n", True),  # a package, not an extension
    ("  - pymdownx.slugs\n", True),  # a reviewed package's module that is no extension
    ("  - material.extensions.emoji\n", True),
    ("  - markdown.extensions.toc:TocExtension\n", True),
    # near-misses: reviewed extensions stay allowed
    ("  - tables\n", False),
    ("  - markdown.extensions.footnotes\n", False),
    ("  - pymdownx.details\n", False),
    ("  - pymdownx.blocks.tab\n", False),
    ("  - material.extensions.preview\n", False),
]


@pytest.mark.parametrize(("entry", "refused"), EXTENSION_ROWS)
def test_a_markdown_extension_not_reviewed_is_refused_before_it_is_imported(
    project: Project,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    entry: str,
    refused: bool,
) -> None:
    text = _with_extension(entry)
    found = _problems(text)
    assert bool(found) is refused
    if not refused:
        return
    assert [line for line, _ in found] == [EXTENSIONS_LINE + 1]
    assert "ikke er en gjennomgått Markdown-utvidelse" in found[0][1]
    marker = project.root / "imported"
    modules = project.root / "modules"
    project.write(
        f"modules/{MARKER_MODULE}.py",
        f"import pathlib\npathlib.Path({str(marker)!r}).touch()\n",
    )
    monkeypatch.syspath_prepend(str(modules))
    project.write("mkdocs.yml", text)
    _refused_by_check_and_build(project, capsys, EXTENSIONS_LINE + 1)
    assert not marker.exists()


def test_mkdocs_own_read_refuses_an_extension_not_reviewed(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Belt and braces: MkDocs' load with no check before it, under ``reviewed_python``."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    marker = project.root / "imported"
    project.write(
        f"modules/{MARKER_MODULE}.py",
        f"import pathlib\npathlib.Path({str(marker)!r}).touch()\n",
    )
    monkeypatch.syspath_prepend(str(project.root / "modules"))
    project.write("mkdocs.yml", _with_extension(f"  - {MARKER_MODULE}\n"))
    with settings_project.reviewed_python(), pytest.raises(ConfigurationError, match="utvidelsen"):
        load_config(str(project.root / "mkdocs.yml"))
    assert not marker.exists()


def test_a_preview_rebuild_validates_its_settings_inside_the_reviewed_read(
    project: Project,
) -> None:
    """``praksisbank mkdocs serve`` reads under ``reviewed_python`` and validates the file again
    before each rebuild (``validated``, inside it): the inner read must work as the outer one
    (stop 23: every rebuild failed with «get_yaml_loader() got multiple values»), and a tag not
    reviewed is still refused there."""
    import mkdocs.utils.yaml

    config_file = project.root / "mkdocs.yml"
    with settings_project.reviewed_python():
        settings_project.validated(config_file)
        with settings_project.reviewed_python():
            mkdocs.utils.yaml.get_yaml_loader(config=None)
        project.write("mkdocs.yml", "site_name: !!python/name:os.system\n" + MKDOCS_YML)
        with pytest.raises(settings_project.ProjectError):
            settings_project.validated(config_file)
    assert not isinstance(mkdocs.utils.yaml.get_yaml_loader, functools.partial)


# -- B1/B3: a file from outside the project ----------------------------------------------------

PATH_ROWS = [
    # (added to mkdocs.yml, {outside} replaced; refused)
    ("  - pymdownx.snippets:\n      base_path: [{outside}]\n", True),  # B1
    ("  - pymdownx.snippets:\n      base_path: !relative $config_dir/../outside\n", True),  # B3
    ("  - pymdownx.snippets:\n      base_path: docs/../../outside\n", True),
    ("  - pymdownx.snippets:\n      base_path: ['~/outside']\n", True),
    ("  - pymdownx.snippets:\n      base_path: ['C:\\outside']\n", True),
    ("  - pymdownx.snippets:\n      base_path: ['..\\outside']\n", True),
    ("  - pymdownx.snippets:\n      auto_append: [{outside}/secret.md]\n", True),
    ("  - pymdownx.snippets:\n      auto_append: [../outside/secret.md]\n", True),
    ("  - pymdownx.snippets:\n      restrict_base_path: false\n", True),
    ("  - pymdownx.b64:\n      base_path: {outside}\n", True),
    ("  - pymdownx.b64:\n      restrict_path: false\n", True),
    # near-misses: folders inside the project
    ("  - pymdownx.snippets\n", False),
    ("  - pymdownx.snippets:\n      base_path: [docs, docs/snippets]\n", False),
    ("  - pymdownx.snippets:\n      base_path: docs/../docs\n", False),
    ("  - pymdownx.snippets:\n      base_path: .\n      restrict_base_path: true\n", False),
    ("  - pymdownx.snippets:\n      auto_append: [docs/forkortelser.md]\n", False),
    ("  - pymdownx.b64:\n      base_path: docs\n", False),
]

OTHER_PATHS = [
    # (mkdocs.yml as written, the line refused or 0)
    (
        MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: ../outside\n"),
        _line_of("  font") + 1,
    ),
    (MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"), 0),
    ("docs_dir: /srv/annet\n" + MKDOCS_YML, 1),
    (
        MKDOCS_YML.replace("  - praksisbank\n", "  - praksisbank:\n      decision_bank: /srv/v\n"),
        PLUGIN_LINE + 1,
    ),
    (
        MKDOCS_YML.replace("  - praksisbank\n", "  - praksisbank:\n      templates: ../maler\n"),
        PLUGIN_LINE + 1,
    ),
    (MKDOCS_YML.replace("  - praksisbank\n", "  - praksisbank:\n      decision_bank: vedtak\n"), 0),
    ("INHERIT: ../felles.yml\n" + MKDOCS_YML, 1),
    # Material's plugins that build or enable what no check reads
    (MKDOCS_YML.replace("  - praksisbank\n", "  - praksisbank\n  - projects\n"), PLUGIN_LINE + 1),
    (
        MKDOCS_YML.replace(
            "  - praksisbank\n", "  - praksisbank\n  - material/group:\n      plugins: [privacy]\n"
        ),
        PLUGIN_LINE + 1,
    ),
    (MKDOCS_YML.replace("  - praksisbank\n", "  - praksisbank\n  - tags\n"), 0),
]


def _outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.md").write_text(f"Tekst utenfor prosjektet {SECRET}\n", encoding="utf-8")
    return outside


@pytest.mark.parametrize(("added", "refused"), PATH_ROWS)
def test_a_path_that_leaves_the_project_is_refused(
    project: Project,
    capsys: pytest.CaptureFixture[str],
    tmp_path_factory: pytest.TempPathFactory,
    added: str,
    refused: bool,
) -> None:
    outside = _outside(tmp_path_factory)
    text = _with_extension(added.replace("{outside}", str(outside)))
    found = _problems(text)
    assert bool(found) is refused, found
    if not refused:
        return
    assert {line for line, _ in found} <= {EXTENSIONS_LINE + 1, EXTENSIONS_LINE + 2}
    if "[{outside}]" in added:  # B1 end to end: check and build agree, nothing published
        project.write("mkdocs.yml", text)
        project.write("docs/utenfra.md", '# Utenfra\n\n--8<-- "secret.md"\n')
        _refused_by_check_and_build(project, capsys, EXTENSIONS_LINE + 2)


@pytest.mark.parametrize(("text", "line"), OTHER_PATHS)
def test_folders_the_build_reads_stay_inside_the_project(text: str, line: int) -> None:
    assert [found for found, _ in _problems(text)] == ([line] if line else [])


def test_a_snippet_from_inside_the_project_is_still_published(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project.root)  # snippets reads base_path from where the build runs
    added = "  - pymdownx.snippets:\n      base_path: [tekstbiter]\n"
    project.write("mkdocs.yml", _with_extension(added))
    project.write("tekstbiter/merknad.txt", "Merknaden gjelder alle saker fra 2024.\n")
    page = '---\ntitle: Merknad\n---\n\n# Merknad\n\n--8<-- "merknad.txt"\n'
    project.write("docs/merknad.md", page)
    assert main(["check", str(project.root)]) == 0
    assert guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")]) == 0
    page = (project.root / "site" / "merknad" / "index.html").read_text(encoding="utf-8")
    assert "Merknaden gjelder alle saker fra 2024." in page


# -- B7/B8: a value the build machine fills in ---------------------------------------------

MACHINE_ROWS = [
    # (mkdocs.yml, the line refused or 0)
    ("site_author: !ENV [PB_HEMMELIG, x]\n" + MKDOCS_YML, 1),  # B7
    (MKDOCS_YML + "extra:\n  owner: !ENV [PB_HEMMELIG, x]\n", BASE_LINES + 2),  # B8
    (MKDOCS_YML + "copyright: !ENV PB_HEMMELIG\n", BASE_LINES + 1),
    (MKDOCS_YML.replace("site_name: Testbanken", "site_name: !relative $config_dir"), 1),
    (MKDOCS_YML.replace("site_url: https://praksis.intern.example/", "site_url: !ENV X"), 2),
    (MKDOCS_YML + "extra:\n  contact:\n    url: !ENV [PB_HEMMELIG, x]\n", BASE_LINES + 3),
    (
        MKDOCS_YML.replace("  - Forside: index.md", "  - !ENV PB_HEMMELIG: index.md"),
        _line_of("  - Forside"),
    ),
    (
        MKDOCS_YML.replace("  - praksisbank\n", "  - praksisbank:\n      demo: !ENV X\n"),
        PLUGIN_LINE + 1,
    ),
    (
        MKDOCS_YML.replace(
            "  - praksisbank\n", "  - praksisbank:\n      accessibility_contact: !ENV X\n"
        ),
        PLUGIN_LINE + 1,
    ),
    # near-misses: the plugin's build settings, and plain values
    (
        MKDOCS_YML.replace(
            "  - praksisbank\n",
            "  - praksisbank:\n      pdf: !ENV [PRAKSISBANK_PDF, null]\n"
            "      today: !ENV [PRAKSISBANK_TODAY, null]\n      workers: !ENV [W, 0]\n",
        ),
        0,
    ),
    (MKDOCS_YML.replace("  - praksisbank\n", "  - praksisbank:\n      today: 2026-11-21\n"), 0),
    ("site_author: Asylavdelingen\n" + MKDOCS_YML + "extra:\n  owner: Enhet A1\n", 0),
]


@pytest.mark.parametrize(("text", "line"), MACHINE_ROWS)
def test_a_value_from_the_build_machine_is_refused_where_a_reader_could_see_it(
    text: str, line: int
) -> None:
    found = _problems(text)
    assert [found_line for found_line, _ in found] == ([line] if line else [])
    if line:
        assert "Skriv verdien rett inn i mkdocs.yml" in found[0][1]


@pytest.mark.parametrize("row", [0, 1])
def test_check_and_build_agree_on_an_environment_value(
    project: Project,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    row: int,
) -> None:
    """B7 was refused by check and published by the build; B8 passed both."""
    monkeypatch.setenv("PB_HEMMELIG", SECRET)
    text, line = MACHINE_ROWS[row]
    project.write("mkdocs.yml", text)
    said = _refused_by_check_and_build(project, capsys, line)
    assert said.count(f"mkdocs.yml:{line}:1:") == 1  # one message for the line
    assert SECRET not in said
