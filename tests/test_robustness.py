"""Output and robustness: what is printed cannot act on a terminal or a CI runner, bodies that
would make Markdown quadratic are refused, and ``praksisbank new`` never reuses an id.

How long a refusal takes (under 5 s for any 1 MB body) is measured in
``benchmarks/bench_hostile.py``, not asserted here: a test does not time a shared machine.

One table per class of input; each table has near-misses that must stay allowed.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import (
    BODY,
    TODAY,
    Project,
    build_site,
    decision,
    read_page,
    write_project,
)
from praksisbank.cli.main import main
from praksisbank.core.base.problems import (
    Problem,
    format_github,
    format_gitlab,
    format_json,
    format_text,
)
from praksisbank.core.content.loader import Layout, load
from praksisbank.core.content.schema import markup_in
from praksisbank.core.gate import markdowncost
from praksisbank.mkdocs_adapter import logsafe
from shared_builds import built_like

DECISION = "decision_bank/afg/2024-vanskelig.md"
HIDDEN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
"""What no output may hold raw (a line break only between lines)."""

# -- 1. printed output -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Hostile:
    name: str
    file: str
    message: str


HOSTILE_OUTPUT = [
    Hostile("line break in file name", "a\n::error file=x.md::falsk", "melding"),
    Hostile("CR in file name", "a\r::warning::falsk.md", "melding"),
    Hostile("file name starts a command", "::error file=x::falsk.md", "melding"),
    Hostile("file name after white space", " \u00a0::error::falsk.md", "melding"),
    Hostile("line break in value", "b.md", "Feltet har «x\n::error::falsk»."),
    Hostile("NEL and separators", "c.md", "x\x85::error::a\u2028::error::b\u2029::error::c"),
    Hostile("escape sequence", "d\x1b[2J.md", "\x1b]0;tittel\x07 farge \x1b[31m"),
    Hostile("bidi override", "e\u202egpj.md", "verdi \u2066skjult\u2069 \u200fslutt"),
    Hostile("percent and commas", "f,%0A::x.md", "50 %0A::error::x, og mer"),
    Hostile("DEL and C1", "g\x7f\x9b.md", "\x9b31m"),
    # GitHub's runner reads its older command form anywhere in a line (``##[add-mask]x``,
    # ``##[stop-commands]token`` silences every annotation after it)
    Hostile("old command form in value", "h.md", "Feltet «##[stop-commands]tok986» er ukjent."),
    Hostile("old command form in file name", "decision_bank/afg/2026-##[notice]fil.md", "x"),
    Hostile("old command form twice", "j.md", "###[add-mask]avslag ##[add-matcher]m.json"),
]
FAIR_OUTPUT = [  # near-misses: printed as they are
    Hostile("Norwegian letters", "decision_bank/afg/ærø.md", "Feltet «tittel» er tomt: «Å»."),
    Hostile("colon inside", "docs/a:b.md", "Lenke: https://x.example/a?b=1"),
]


def problem(case: Hostile) -> Problem:
    return Problem(file=case.file, line=3, column=1, code="field-value", message=case.message)


@pytest.mark.parametrize("case", HOSTILE_OUTPUT + FAIR_OUTPUT, ids=lambda c: c.name)
def test_no_output_line_reads_as_a_command_or_holds_a_control_character(case: Hostile) -> None:
    problems = [problem(case), problem(Hostile("plain", "z.md", "vanlig"))]
    github = format_github(problems).split("\n")
    assert len(github) == 2  # one annotation per problem, one line each
    assert all(line.startswith(("::error file=", "::warning file=")) for line in github)
    assert all(not HIDDEN.search(line) for line in github)
    text = format_text(problems).split("\n")
    assert len(text) == 2
    assert all(not line.lstrip().startswith(":") for line in text)
    assert all(not HIDDEN.search(line) for line in text)
    assert all("##[" not in line for line in github + text)
    for output in (format_json(problems), format_gitlab(problems)):
        assert not HIDDEN.search(output.replace("\n", " "))
        assert "##[" not in output
        assert case.file in {
            entry.get("file") or entry["location"]["path"] for entry in json.loads(output)
        }


def test_the_old_command_form_is_shown_as_an_escape() -> None:
    found = problem(Hostile("old form", "k.md", "«##[add-mask]avslag»"))
    assert format_text([found]) == "k.md:3:1: feil: «\\x23#[add-mask]avslag»"
    assert json.loads(format_json([found]))[0]["message"] == "«##[add-mask]avslag»"  # same value


def _runner_commands(lines: list[str]) -> list[str]:
    """The lines GitHub's runner would act on: ``::`` opening a line after white space, or the
    older ``##[`` anywhere in it."""
    return [line for line in lines if line.lstrip().startswith("::") or "##[" in line]


def test_no_command_prints_a_line_the_runner_acts_on(tmp_path: Path) -> None:
    """Every command, as a CI job runs it (the installed script, its real output streams): values
    from content reach titles, reasons, JSON and exception texts, and none becomes a command.
    Only ``check --format github``'s own annotations are commands."""
    project = write_project(Project(tmp_path))
    hostile = "##[stop-commands]tok986"
    project.write(
        "decision_bank/afg/2024-##[notice]fil.md",
        decision("VB-AFG-2024-009", title="Vanskelig", category=hostile),
    )
    project.write(
        "decision_bank/afg/2019-gammel.md",
        decision(
            "VB-AFG-2019-003",
            decided="2019-05-17",
            extra=f"status: outdated\nstatus_reason: 'Se {hostile} og ##[add-mask]avslag.'\n"
            "status_date: 2025-01-01\n",
        ),
    )
    command = str(Path(sys.executable).parent / "praksisbank")
    runs = [
        ["check", "--format", "github"],
        ["check"],
        ["check", "--format", "json"],
    ]
    for args in runs:
        done = subprocess.run(
            [command, *args, str(project.root)], capture_output=True, text=True, check=False
        )
        lines = done.stdout.splitlines() + done.stderr.splitlines()
        assert done.returncode == 1, done.stderr
        acted = _runner_commands(lines)
        if args[-1] == "github":
            assert acted and all(line.startswith("::error file=decision_bank/") for line in acted)
            assert all("##[" not in line for line in acted)
        else:
            assert acted == []
    (project.root / "decision_bank/afg/2024-##[notice]fil.md").unlink()
    for args in (["review"], ["review", "--format", "json"]):
        done = subprocess.run(
            [command, *args, str(project.root)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert "add-mask" in done.stdout  # the reason is printed, its opening escaped
        if "json" in args:  # the same value for a program that reads it
            reasons = [item["reason"] for item in json.loads(done.stdout)]
            assert any("##[add-mask]avslag" in reason for reason in reasons)
        assert _runner_commands(done.stdout.splitlines() + done.stderr.splitlines()) == []


def test_the_build_log_prints_no_line_the_runner_acts_on() -> None:
    """MkDocs' own messages quote link targets and file names from content; the plugin makes
    each handler of MkDocs' logger write them safe, for a plain ``mkdocs build`` too."""
    logger = logging.getLogger("praksisbank-test-log")
    written = io.StringIO()
    handler = logging.StreamHandler(written)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logsafe.install(logger)
        logsafe.install(logger)  # once is enough: a second plugin load adds nothing
        assert len(handler.filters) == 1
        logger.warning("Doc file 'a.md' contains a link to '%s'", "##[add-mask]x")
        logger.warning("en\n  ::error file=x.md::falsk")
        logger.warning("Lenke: https://x.example/a?b=1")
    finally:
        logger.removeHandler(handler)
    lines = written.getvalue().splitlines()
    assert _runner_commands(lines) == []
    assert lines == [
        "Doc file 'a.md' contains a link to '\\x23#[add-mask]x'",
        "en",
        "  \\x3a:error file=x.md::falsk",
        "Lenke: https://x.example/a?b=1",
    ]


@pytest.mark.parametrize("case", FAIR_OUTPUT, ids=lambda c: c.name)
def test_ordinary_text_is_printed_as_it_is(case: Hostile) -> None:
    assert format_text([problem(case)]) == f"{case.file}:3:1: feil: {case.message}"


def test_github_escapes_data_and_properties() -> None:
    found = Problem(file="a,b:c%.md", line=2, column=1, code="field-value", message="x%\r\ny")
    assert format_github([found]) == "::error file=a%2Cb%3Ac%25.md,line=2,col=1::x%25%0D%0Ay"


HOSTILE_NAMES = [
    "2024-a\n::error file=x.md::falsk.md",
    "::error file=x::falsk.md",
    "2024-\u202eslutt.md",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
@pytest.mark.parametrize("form", ["github", "text"])
def test_check_prints_hostile_file_names_safely(
    project: Project, capsys: pytest.CaptureFixture[str], name: str, form: str
) -> None:
    project.write(f"decision_bank/afg/{name}", decision("VB-AFG-2024-009", title="Vanskelig"))
    assert main(["check", str(project.root), "--format", form]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines() + err.splitlines()
    commands = [line for line in lines if line.lstrip().startswith("::")]
    listed = [line for line in lines if ": feil: " in line and line not in commands]
    assert listed and len(commands) == (len(listed) if form == "github" else 0)
    assert all(c.startswith("::error file=decision_bank/afg/") for c in commands)
    assert not any(HIDDEN.search(line) for line in lines)


# -- 2. bodies Markdown would take too long over -----------------------------------------------

MB = 1_000_000


def fill(piece: str, size: int = MB - 2_000) -> str:
    return (piece * (size // len(piece) + 1))[:size]


@dataclass(frozen=True)
class Body:
    name: str
    text: str


QUADRATIC = [
    Body("open brackets", fill("[")),
    Body("open brackets, short paragraphs", fill("[" * 60 + "\n\n")),
    Body("bracketed words", fill("[a ")),
    Body("nested brackets", "[" * 5_000 + "]" * 5_000),
    Body("autolinks", fill("<http://a")),
    Body("tags", fill("<a ")),
    Body("links without end", fill("[a](")),
    Body("images", fill("![")),
    Body("nested emphasis", fill("*_")),
    Body("emphasis and underscore", fill("*a_")),
    Body("code spans", fill("`a` ")),
    Body("backtick runs", "".join("`" * i + " " for i in range(1, 1_400))),
    Body("angle runs", fill("<")),
    Body("long table", "| a | b |\n|---|---|\n" + fill("| **x** | [y](z) |\n")),
    Body("long list", fill("- **a** [b](c)\n")),
    Body("headings with one text", fill("# a\n\n")),
    Body("headings without blank lines", "".join(f"# a{i}\n" for i in range(20_000))),
    Body("setext headings", fill("a\n=\n")),
    Body("code fences", fill("```\na\n```\n")),
    Body("quotes in quotes", fill(">")),
    Body("nested list", "".join("  " * (i % 400) + "- a\n" for i in range(2_400))),
]
FAIR_BODIES = [  # near-misses: real texts, and a little of each shape
    Body("the usual decision", BODY),
    Body(
        "a long practice text",
        fill("Søkeren er **enslig**, se [notatet](a.md) (punkt 3).\n\n", 60_000),
    ),
    Body("a few open brackets", "Se [punkt 3 og [4 " * 50),
    Body("a table of 300 rows", "| a | b |\n|---|---|\n" + "| **x** | [y](z) |\n" * 300),
    Body("escaped brackets", "\\[" * 5_000),
    Body("brackets in code", "```\n" + "[" * 20_000 + "\n```\n"),
    Body("repeated headings", "## Merknad\n\nTekst.\n\n" * 30 + "# Slutt\nTekst\n" * 30),
    Body("a few code blocks", "```\nkode\n```\n\nTekst.\n\n" * 50),
    Body("compact definitions", "".join(f"Begrep {i}\n: Forklaring {i}.\n" for i in range(100))),
]


LOADED = ("open brackets", "tags", "headings without blank lines", "nested list")
"""The rows loaded as a project: the refusal at its file and line, the decision left out. That
is the loader's use of ``markdowncost`` (``kindloader.too_costly``), the same for every row, and
the gate reads each megabyte body in about a second of CPU; the other rows ask the function the
loader asks, with the body the loader gives it."""

PRICED_BODY = "\n## Sammendrag\n\nTekst.\n\n"
"""What comes before a row's text in its decision's body."""


@pytest.mark.parametrize("case", QUADRATIC, ids=lambda c: c.name)
def test_a_body_markdown_would_be_slow_on_is_refused_fast(project: Project, case: Body) -> None:
    assert markdowncost.costly(case.text) is not None
    body = PRICED_BODY + case.text
    found = markdowncost.costly(body)
    assert found is not None and 0 <= found.offset < len(body)  # a place in the body
    if case.name not in LOADED:
        return
    project.write(DECISION, decision("VB-AFG-2024-009", body=body))
    result = load(Layout.default(project.root), TODAY)
    [refused] = [p for p in result.problems if p.code == "markdown-too-costly"]
    assert refused.file == DECISION and refused.line >= 12
    assert not any(i.path == DECISION for i in result.content.all_items())


def test_the_loaded_rows_are_in_the_table() -> None:
    assert set(LOADED) <= {case.name for case in QUADRATIC}


@pytest.mark.parametrize("case", FAIR_BODIES, ids=lambda c: c.name)
def test_a_real_body_is_not_priced_out(case: Body) -> None:
    assert markdowncost.costly(case.text) is None


def test_the_refusal_names_the_paragraph(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write(DECISION, decision("VB-AFG-2024-009", body="\nFørst.\n\n" + "[a " * 4_000 + "\n"))
    assert main(["check", str(project.root)]) == 1
    out = capsys.readouterr().out
    assert f"{DECISION}:16:1: feil: Teksten er for tung å gjøre om til HTML: avsnittet som " in out
    assert "har 4000 «[»" in out


MESSAGES = [
    ("[a " * 4_000, 14, "avsnittet som starter her har 4000 «[», og Markdown leser resten"),
    ("<a " * 30_000, 14, "har 30000 «<»"),
    ("Først.\n\n" + "## Merknad\n\n" * 3_000, 16, "3000 overskrifter med samme navn"),
    ("".join(f"# a{i}\n" for i in range(5_000)), 14, "5000 overskrifter eller streker i ett"),
    ("- a\n" * 30_000, 13, "for mye formatering til at nettstedet kan vise den: over 20000"),
]


@pytest.mark.parametrize(("text", "line", "words"), MESSAGES, ids=[m[2][:24] for m in MESSAGES])
def test_each_refusal_says_what_to_change(
    project: Project, text: str, line: int, words: str
) -> None:
    project.write(DECISION, decision("VB-AFG-2024-009", body="\n" + text))
    result = load(Layout.default(project.root), TODAY)
    [found] = [p for p in result.problems if p.code == "markdown-too-costly"]
    assert (found.file, found.line) == (DECISION, line)
    assert words in found.message


def test_check_render_refuses_a_hostile_megabyte(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write(DECISION, decision("VB-AFG-2024-009", body="\n" + fill("[a ")))
    assert main(["check", "--render", str(project.root)]) == 1
    assert "markdown-too-costly" not in capsys.readouterr().out  # the code is for machines
    assert markdowncost.costly(fill("[a ")) is not None


def test_the_build_refuses_a_hostile_megabyte_and_keeps_the_site(
    project: Project, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from mkdocs.exceptions import Abort, PluginError

    site = built_like(tmp_path_factory, project, copy=True)  # the run's build of these files
    project.write(DECISION, decision("VB-AFG-2024-009", body="\n" + fill("<http://a")))
    with pytest.raises((Abort, PluginError)):
        build_site(project)
    assert (site / "index.html").is_file()
    assert not list(site.parent.glob(".site-ny-*"))


def test_a_compact_definition_list_is_accepted_everywhere(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write(
        "mkdocs.yml",
        (project.root / "mkdocs.yml")
        .read_text(encoding="utf-8")
        .replace("  - admonition\n", "  - admonition\n  - def_list\n"),
    )
    entries = "".join(f"Begrep {i}\n: Forklaring {i}.\n" for i in range(100))
    project.write(DECISION, decision("VB-AFG-2024-009", body=f"\n{BODY}\n{entries}"))
    assert main(["check", str(project.root)]) == 0
    assert main(["check", "--render", str(project.root)]) == 0
    capsys.readouterr()
    page = read_page(build_site(project), "vedtaksbank/afg/2024-vanskelig")
    assert page.count("<dt>Begrep ") == 100 and page.count("<dd>Forklaring ") == 100
    assert "<dd>\n<dl>" not in page  # one flat list, not each entry inside the one before


# -- 3. the plain-text pattern of titles and descriptions ---------------------------------------

TITLE_SHAPES = ["[", "[a ", " [ ", "*a", "{ ", "[]", "<", "_a", "`"]


@pytest.mark.parametrize("piece", TITLE_SHAPES)
def test_the_title_markup_pattern_is_linear(piece: str) -> None:
    markup_in(fill(piece))  # quadratic, it took minutes; timed in benchmarks/bench_hostile.py


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Se [notatet](a.md)", "[notatet]("),
        ("[a [b] c](x)", None),  # not a link: the same as before
        ("a [[b](c)", "[b]("),
        ("Se [punkt 3] [4]", "[punkt 3] ["),
        ("Enslig kvinne [Herat] fra 2024", None),  # near-miss: brackets, no link
        ("Vurdering (punkt 3)", None),
    ],
)
def test_the_title_markup_pattern_still_finds_links(text: str, found: str | None) -> None:
    assert markup_in(text) == found


# -- 4. new ids --------------------------------------------------------------------------------

FAILING = [
    ("a front matter error", "decision_bank/afg/2024-feil.md", "title: [uten slutt\n"),
    ("a missing field", "decision_bank/afg/2024-mangler.md", None),
    ("a body error", "decision_bank/afg/2024-kropp.md", "BODY"),
]


@pytest.mark.parametrize(("name", "path", "fault"), FAILING, ids=[f[0] for f in FAILING])
def test_new_skips_the_ids_of_files_that_fail_the_check(
    project: Project, capsys: pytest.CaptureFixture[str], name: str, path: str, fault: str | None
) -> None:
    text = decision("VB-AFG-2024-007", title="Feil")
    if fault is None:
        text = text.replace("outcome: protection\n", "")
    elif fault == "BODY":
        text = text.replace("## Sammendrag", "## Noe annet") + fill("[", 20_000)
    else:
        text = text.replace("title: Feil\n", fault)
    project.write(path, text)
    assert not load(Layout.default(project.root), TODAY).ok
    args = ["--country", "AFG", "--category", "dublin", "--outcome", "dublin"]
    args += ["--decided", "2024-06-01", "--title", "Ny sak", "--no-input"]
    assert main(["new", "decision", str(project.root), *args]) == 0
    assert "(VB-AFG-2024-008)" in capsys.readouterr().out


def test_new_without_failing_files_counts_on(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--country", "AFG", "--category", "dublin", "--outcome", "dublin"]
    args += ["--decided", "2024-06-01", "--title", "Ny sak", "--no-input"]
    assert main(["new", "decision", str(project.root), *args]) == 0
    assert "(VB-AFG-2024-002)" in capsys.readouterr().out
    assert not list(Path(project.root).glob("decision_bank/afg/*-007-*"))


def test_a_file_name_that_is_no_utf8_is_an_error_not_a_traceback(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    (project.root / "docs").joinpath(os.fsdecode(b"\xff.txt")).write_text("hei", encoding="utf-8")
    assert main(["check", str(project.root)]) == 1
    assert "Filnavnet er ikke lagret som UTF-8" in capsys.readouterr().out
