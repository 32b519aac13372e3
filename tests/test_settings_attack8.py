"""Settings in ``mkdocs.yml`` that ``check`` let through and the build refused, or that ended the
build in a traceback (issue 17, attack round 8, settings batch: S18, S23, S25, S26).

One table: each refused row is refused by ``praksisbank check`` at its line and by
``praksisbank mkdocs build`` at the same line, in Norwegian and without a traceback, and nothing
is published; each near-miss passes ``check``. The rule for a link (``siteconfig.link_problem``)
and for HTML in a setting is the page gate's own (``core/gate/csp.py``), so ``check`` and the build
cannot disagree. No personal data: the addresses are made up.
"""

from __future__ import annotations

import pytest

from helpers import MKDOCS_YML, Project
from praksisbank.cli import guarded
from praksisbank.cli.main import main
from praksisbank.core.gate import siteconfig

BASE_LINES = MKDOCS_YML.count("\n")


def _line_of(text: str) -> int:
    return MKDOCS_YML[: MKDOCS_YML.index(text)].count("\n") + 1


EXTENSIONS = "markdown_extensions:\n"
EXTENSIONS_LINE = _line_of(EXTENSIONS)
LANGUAGE_LINE = _line_of("  language: nb")
NAV_LINE = _line_of("  - Forside: index.md")


def _extra(lines: str) -> str:
    return MKDOCS_YML + "extra:\n" + lines


def _extension(entry: str) -> str:
    return MKDOCS_YML.replace(EXTENSIONS, EXTENSIONS + entry, 1)


ROWS = [
    # (id, mkdocs.yml, the line refused or 0 for a near-miss)
    # S23: a setting the theme makes a link in every page
    ("homepage-javascript", _extra("  homepage: 'javascript:alert(1)'\n"), BASE_LINES + 2),
    ("homepage-tab", _extra('  homepage: "java\\tscript:alert(1)"\n'), BASE_LINES + 2),
    ("homepage-vbscript", _extra("  homepage: 'VBScript:x'\n"), BASE_LINES + 2),
    ("homepage-ftp", _extra("  homepage: 'ftp://filer.intern.example/'\n"), BASE_LINES + 2),
    (
        "social-javascript",
        _extra("  social:\n    - icon: fontawesome/solid/house\n      link: 'javascript:x'\n"),
        BASE_LINES + 4,
    ),
    ("contact-javascript", _extra("  contact:\n    url: 'javascript:x'\n"), BASE_LINES + 3),
    (
        "nav-javascript",
        MKDOCS_YML.replace("  - Forside: index.md", "  - Forside: 'javascript:alert(1)'"),
        NAV_LINE,
    ),
    ("homepage-root", _extra("  homepage: /\n"), 0),
    ("homepage-https", _extra("  homepage: https://intranett.intern.example/asyl/\n"), 0),
    (
        "social-https",
        _extra(
            "  social:\n    - icon: fontawesome/solid/house\n      link: https://git.intern.example/\n"
        ),
        0,
    ),
    # S25: HTML in a setting the theme prints as it is
    ("copyright-javascript", MKDOCS_YML + "copyright: '<a href=\"javascript:x\">x</a>'\n", -1),
    ("copyright-handler", MKDOCS_YML + "copyright: '<b onclick=\"x()\">x</b>'\n", -1),
    ("copyright-link", MKDOCS_YML + "copyright: '<a href=\"https://intern.example/\">A</a>'\n", 0),
    ("copyright-plain", MKDOCS_YML + "copyright: '&copy; Asylavdelingen'\n", 0),
    # S18: an option an allowed Markdown extension does not have, or a value it refuses
    (
        "magiclink-unknown-option",
        _extension("  - pymdownx.magiclink:\n      social_url_user: x\n"),
        EXTENSIONS_LINE + 2,
    ),
    (
        "toc-unknown-option",
        MKDOCS_YML.replace("      permalink: true\n", "      permalink: true\n      anker: 2\n"),
        _line_of("      permalink: true") + 1,
    ),
    (
        "magiclink-not-a-boolean",
        _extension("  - pymdownx.magiclink:\n      repo_url_shorthand: kanskje\n"),
        EXTENSIONS_LINE + 2,
    ),
    (
        "magiclink-known-option",
        _extension("  - pymdownx.magiclink:\n      hide_protocol: true\n"),
        0,
    ),
    # S26: a language the theme has no translation for
    ("language-unknown", MKDOCS_YML.replace("  language: nb", "  language: xx"), LANGUAGE_LINE),
    ("language-nynorsk", MKDOCS_YML.replace("  language: nb", "  language: nn"), 0),
    ("language-english", MKDOCS_YML.replace("  language: nb", "  language: en"), 0),
]


def _expected_line(text: str, line: int) -> int:
    """``-1``: the last line (a setting added at the end)."""
    return text.count("\n") if line == -1 else line


@pytest.mark.parametrize(("text", "line"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_check_refuses_what_the_build_refuses_at_the_same_line(
    project: Project, capsys: pytest.CaptureFixture[str], text: str, line: int
) -> None:
    project.write("mkdocs.yml", text)
    checked = main(["check", str(project.root)])
    said = capsys.readouterr()
    assert "Traceback" not in said.out + said.err
    if not line:
        assert checked == 0, said.out
        return
    line = _expected_line(text, line)
    assert checked == 1
    assert [row for row in said.out.splitlines() if ": feil: " in row] == [
        row for row in said.out.splitlines() if row.startswith(f"mkdocs.yml:{line}:1: feil: ")
    ], said.out
    assert f"mkdocs.yml:{line}:1: feil: " in said.out
    built = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    said = capsys.readouterr()
    assert built == 1
    assert f"mkdocs.yml:{line}:1: feil: " in said.err
    assert "Traceback" not in said.err
    assert not (project.root / "site").exists()


def test_a_link_setting_is_judged_by_the_page_gates_rule() -> None:
    """The same rule as the built page's: what the gate refuses in an ``<a href>`` is refused."""
    assert siteconfig.link_problem("javascript:alert(1)") is not None
    assert siteconfig.link_problem(" JaVaScRiPt:x") is not None
    assert siteconfig.link_problem("data:text/html,x") is not None
    assert siteconfig.link_problem("//annen.example/") is not None
    assert siteconfig.link_problem("/om/") is None
    assert siteconfig.link_problem("https://intern.example/a?b=c#d") is None
    assert siteconfig.link_problem("mailto:redaksjon@intern.example") is None


def test_mkdocs_refusing_the_configuration_is_said_in_norwegian(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """Any setting MkDocs itself refuses while it validates the file: its line, no traceback."""
    text = MKDOCS_YML + "dev_addr: ikke-en-adresse\n"
    project.write("mkdocs.yml", text)
    built = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    said = capsys.readouterr()
    assert built == 1
    assert f"mkdocs.yml:{text.count(chr(10))}: MkDocs godtar ikke innstillingen «dev_addr»" in (
        said.err
    )
    assert "Traceback" not in said.err
    assert "Ingenting ble bygget" in said.err
    assert not (project.root / "site").exists()
