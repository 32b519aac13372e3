"""Contributor code never runs, and nothing is fetched while building (issue 17, attack round 6).

MkDocs reads ``mkdocs.yml`` with PyYAML's unsafe loader, so a ``!!python/…`` tag runs as the
file is read, and ``hooks`` runs a Python file. Each row below writes such a setting that would
create a marker file; every command that reads ``mkdocs.yml`` (``check``, ``check --render``,
``praksisbank build``, ``praksisbank mkdocs build``: what ``make site`` runs) must refuse it with
the file and line, and the marker must not exist afterwards. The rows are the attacker's inputs
(B1, B2, B18/B19) and other spellings of the same tags. No personal data: the theme CSS rows use
digits made up here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from helpers import MKDOCS_YML, Project
from praksisbank.cli import guarded
from praksisbank.cli.main import main
from praksisbank.core.gate import runnable, siteconfig
from praksisbank.mkdocs_adapter.project import reviewed_python


@dataclass(frozen=True)
class Row:
    name: str
    settings: Callable[[Path], str]
    """What is added to the test site's mkdocs.yml, given the marker file's path."""
    file: str
    """The file the message names."""
    line: int
    """The line of that file the message names."""
    extra_files: tuple[tuple[str, str], ...] = ()
    """Files written beside mkdocs.yml (``{marker}`` replaced)."""


BASE_LINES = MKDOCS_YML.count("\n")


def _extra(tag: str) -> Callable[[Path], str]:
    return lambda marker: f"extra:\n  build_note: {tag.format(marker=marker)}\n"


ROWS = [
    Row(  # B1
        "apply os.system",
        _extra('!!python/object/apply:os.system ["touch {marker}"]'),
        "mkdocs.yml",
        BASE_LINES + 2,
    ),
    Row(  # B19: a module of a reviewed package re-exports zipfile.ZipFile
        "a gadget under a reviewed package",
        _extra('!!python/object/apply:material.plugins.info.plugin.ZipFile ["{marker}", "w"]'),
        "mkdocs.yml",
        BASE_LINES + 2,
    ),
    Row(
        "object/new",
        _extra('!!python/object/new:zipfile.ZipFile ["{marker}", "w"]'),
        "mkdocs.yml",
        BASE_LINES + 2,
    ),
    Row(
        "the reviewed call given a call",
        lambda marker: (
            "extra:\n  build_note: !!python/object/apply:pymdownx.slugs.slugify\n"
            f"    kwds:\n      case: !!python/object/apply:os.system ['touch {marker}']\n"
        ),
        "mkdocs.yml",
        BASE_LINES + 2,
    ),
    Row(
        "the tag written out",
        _extra('!<tag:yaml.org,2002:python/object/apply:os.system> ["touch {marker}"]'),
        "mkdocs.yml",
        BASE_LINES + 2,
    ),
    Row(
        "a %TAG directive",
        # the directive goes before the document: the row replaces the whole file
        lambda marker: "",
        "mkdocs.yml",
        BASE_LINES + 4,
    ),
    Row(
        "a tag on a key",
        lambda marker: f"extra:\n  ? !!python/object/apply:os.system ['touch {marker}']\n  : x\n",
        "mkdocs.yml",
        BASE_LINES + 2,
    ),
    Row(
        "deeper than the settings are read",
        lambda marker: (
            "extra:\n  a:"
            + "".join("\n" + "  " * (depth + 2) + "- " for depth in range(60))
            + f"!!python/object/apply:os.system ['touch {marker}']\n"
        ),
        "mkdocs.yml",
        BASE_LINES + 62,
    ),
    Row(  # B2
        "hooks",
        lambda marker: "hooks:\n  - evilhook.py\n",
        "mkdocs.yml",
        BASE_LINES + 1,
        (("evilhook.py", "import pathlib\npathlib.Path('{marker}').touch()\n"),),
    ),
    Row(
        "in an inherited file",
        lambda marker: "",
        "base.yml",
        2,
        (("base.yml", "extra:\n  note: !!python/object/apply:os.system ['touch {marker}']\n"),),
    ),
]


def _write(project: Project, row: Row, marker: Path) -> None:
    for name, text in row.extra_files:
        project.write(name, text.replace("{marker}", str(marker)))
    if row.name == "a %TAG directive":
        project.write(
            "mkdocs.yml",
            "%TAG !p! tag:yaml.org,2002:python/\n---\n"
            + MKDOCS_YML
            + f"extra:\n  build_note: !p!object/apply:os.system ['touch {marker}']\n",
        )
    elif row.name == "in an inherited file":
        project.write("mkdocs.yml", "INHERIT: base.yml\n" + MKDOCS_YML)
    else:
        project.write("mkdocs.yml", MKDOCS_YML + row.settings(marker))


COMMANDS: dict[str, Callable[[Path], int]] = {
    "check": lambda root: main(["check", str(root)]),
    "check --render": lambda root: main(["check", "--render", str(root)]),
    "praksisbank build": lambda root: main(["build", str(root)]),
    "praksisbank mkdocs build": lambda root: guarded.run(
        ["build", "-q", "--config-file", str(root / "mkdocs.yml")]
    ),
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.name)
def test_code_in_mkdocs_yml_is_refused_before_it_runs(
    project: Project, capsys: pytest.CaptureFixture[str], row: Row, command: str
) -> None:
    marker = project.root / "pwned"
    _write(project, row, marker)
    assert COMMANDS[command](project.root) != 0
    assert not marker.exists(), f"{row.name}: the code ran under «{command}»"
    said = capsys.readouterr()
    assert f"{row.file}:{row.line}:1: feil: " in said.out + said.err


def test_the_sites_own_tags_are_read_and_built(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """The control: the demo's slugify and Material's emoji recipe pass every command."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace(
            "      permalink: true\n",
            "      permalink: true\n      slugify: !!python/object/apply:pymdownx.slugs.slugify\n"
            "        kwds:\n          case: lower\n"
            "  - pymdownx.emoji:\n      emoji_generator: "
            "!!python/name:material.extensions.emoji.to_svg\n"
            "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
        ),
    )
    assert main(["check", "--render", str(project.root)]) == 0
    assert guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")]) == 0
    assert (project.root / "site" / "index.html").is_file()


def test_a_tag_the_check_missed_is_not_constructed_when_mkdocs_reads_the_file(
    project: Project,
) -> None:
    """Belt and braces: MkDocs' own load, with no check before it, under ``reviewed_python``."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    marker = project.root / "pwned"
    project.write(
        "mkdocs.yml",
        MKDOCS_YML + _extra('!!python/object/apply:os.system ["touch {marker}"]')(marker),
    )
    with reviewed_python(), pytest.raises(ConfigurationError, match="ikke gjennomgått"):
        load_config(str(project.root / "mkdocs.yml"))
    assert not marker.exists()
    # hooks too (a live preview reads mkdocs.yml again after each save, with no check between)
    project.write("evilhook.py", f"import pathlib\npathlib.Path({str(marker)!r}).touch()\n")
    project.write("mkdocs.yml", MKDOCS_YML + "hooks:\n  - evilhook.py\n")
    with reviewed_python(), pytest.raises(ConfigurationError, match="hooks"):
        load_config(str(project.root / "mkdocs.yml"))
    assert not marker.exists()


@pytest.mark.parametrize(
    ("options", "refused"),
    [
        ("url_download: true", True),  # B10
        ("url_download: !ENV [DOWNLOAD, true]", True),
        ("url_download: false", False),
        ("base_path: [docs]", False),
    ],
)
def test_snippets_that_download_are_refused_with_the_line(
    project: Project, capsys: pytest.CaptureFixture[str], options: str, refused: bool
) -> None:
    extensions = "markdown_extensions:\n"
    added = f"{extensions}  - pymdownx.snippets:\n      {options}\n"
    project.write("mkdocs.yml", MKDOCS_YML.replace(extensions, added))
    line = MKDOCS_YML[: MKDOCS_YML.index(extensions)].count("\n") + 3
    assert main(["check", str(project.root)]) == (1 if refused else 0)
    said = capsys.readouterr().out
    assert (f"mkdocs.yml:{line}:1: feil: «markdown_extensions.pymdownx.snippets" in said) is refused
    if refused:  # the build stops before a page is rendered (so before any download)
        assert main(["build", str(project.root)]) == 1
        assert not (project.root / "site").exists()


# -- theme CSS that prints a number or changes letters' case (class 7) ---------------------------

# (the stylesheet, refused); the digits are made up here, no one's number
CSS = [
    (".md-typeset ol li { counter-set: list-item calc(4109357 * 10 + 3); }", True),  # B4
    (".md-typeset p { text-transform: capitalize; }", True),  # B7
    ("p { text-transform: uppercase }", True),
    ("p { -webkit-text-transform: UPPERCASE !important }", True),
    ("ol { counter-reset: item 41093573 }", True),
    ("ol { counter-reset: item var(--n) }", True),
    ("ol { counter-increment: item 1e3 }", True),
    ("li { counter-set: list-item 123 }", True),
    ("p { font-variant: small-caps }", True),
    ("p { font-variant-caps: all-petite-caps }", True),
    ("p { font: small-caps 1rem serif }", True),
    ("p { font-feature-settings: 'smcp' 1 }", True),
    ("p { text-emphasis: 'A' }", True),
    # near misses: what ordinary stylesheets write
    ("ol { counter-reset: item 3 } li { counter-increment: item }", False),
    ("ol { counter-reset: a -1 b 2 }", False),
    ("li { counter-set: none }", False),
    ("p { text-transform: lowercase }", False),
    ("p { text-transform: none }", False),
    (".pb-number { font-variant-numeric: tabular-nums }", False),
    ("p { font: 700 1rem/1.4 serif }", False),
    ("p { text-emphasis: filled dot }", False),
]


@pytest.mark.parametrize(("sheet", "refused"), CSS)
def test_theme_css_that_prints_a_number_or_capitals_is_refused(sheet: str, refused: bool) -> None:
    assert (runnable.css(sheet).refusal is not None) is refused


def test_the_allow_list_names_whole_tags() -> None:
    """A prefix is no allow-list: a name under a reviewed package is refused unless listed."""
    text = "extra:\n  a: !!python/name:material.plugins.blog.plugin.rmtree\n"
    settings = siteconfig.read(text)
    problems = siteconfig.code_problems(settings)
    assert [(p.file, p.line) for p in problems] == [("mkdocs.yml", 2)]
    assert re.search("«!!python/name:material.plugins.blog.plugin.rmtree»", problems[0].message)
    assert yaml.compose(text, Loader=yaml.SafeLoader) is not None
