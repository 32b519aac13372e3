"""The hostile-input tables' common parts: the valid project every row changes, the
made-up secrets, the kinds of row and how a refused row is run.

Each class of row has its own table in its own test file (``test_hostile_*.py``);
``test_hostile_inputs.py`` says what every row checks and that the tables stay large enough.

No real person's data here. Identity numbers, D-numbers and H-numbers are generated below from
made-up birth dates with python-stdnum's check-digit functions; never write a literal one.
Phone numbers are made-up patterns, e-mail addresses use the reserved ``.example`` domain.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import (
    ARRIVALS,
    GUIDE,
    NOTE,
    ROLE,
    SOURCES,
    TODAY,
    TRAINING,
    Project,
    decision,
    identity_number,
    write_project,
)
from praksisbank.cli import main as cli_main
from praksisbank.cli.main import main
from praksisbank.core.base.problems import Problem, Severity
from praksisbank.core.content.loader import Layout, LoadResult, load

# -- made-up personal data ------------------------------------------------------------------------


FNR = identity_number("010203")  # starts with 0: unquoted in YAML it must not lose the 0
FNR2 = identity_number("240587")
D_NUMBER = identity_number("150595", kind="D")
H_NUMBER = identity_number("230878", kind="H")
NEW_RULE = identity_number("120634", remainder=2)
WRONG = FNR2[:-1] + str((int(FNR2[-1]) + 1) % 10)  # the last check digit wrong under both rules


@dataclass(frozen=True)
class Secret:
    """A value that must never appear in any output: as written, nor its digits unmasked."""

    written: str
    digits: str = ""
    local: str = ""
    """An e-mail address's local part: messages show its first letter only."""


def entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


def fnr(written: str, number: str = FNR) -> Secret:
    return Secret(written, number)


S_PLAIN = fnr(FNR)
S_PLAIN2 = fnr(FNR2, FNR2)
S_HYPHEN = fnr(f"{FNR[:6]}-{FNR[6:]}")
S_DOT = fnr(f"{FNR[:6]}.{FNR[6:]}")
S_NBSP = fnr(f"{FNR[:6]}\u00a0{FNR[6:]}")
S_GROUPS = fnr(f"{FNR[:2]} {FNR[2:4]} {FNR[4:6]} {FNR[6:]}")
S_BREAK = fnr(f"{FNR[:6]}\n{FNR[6:]}")
S_EMPHASIS = fnr(f"**{FNR[:6]}** {FNR[6:]}")
S_LINK = fnr(f"[skjemaet](https://skjema.example/?fnr={FNR})")
S_ENTITY = fnr(entities(FNR))
S_D = fnr(D_NUMBER, D_NUMBER)
S_H = fnr(f"{H_NUMBER[:6]} {H_NUMBER[6:]}", H_NUMBER)
S_2032 = fnr(NEW_RULE, NEW_RULE)
S_DUF = Secret("2016 123456 78", "201612345678")
S_DUF_HYPHEN = Secret("2016-123456-78", "201612345678")
S_DUF_DOT = Secret("2016.123456.78", "201612345678")
S_PHONE = Secret("912 34 567", "91234567")
S_PHONE_CC = Secret("(+47) 912 34 567", "91234567")
S_PHONE_0047 = Secret("0047 91234567", "91234567")
S_PHONE_PLUS = Secret("+47 22 33 44 55", "22334455")
S_PHONE_HYPHEN = Secret("912-34-567", "91234567")
S_PHONE_TEL = Secret("[ring oss](tel:+4791234567)", "91234567")
EMAIL = "kari.hemmelig@kommune.example"
S_EMAIL = Secret(EMAIL, local="kari.hemmelig")
S_EMAIL_ENTITY = Secret(EMAIL.replace("@", "&#64;"), local="kari.hemmelig")
S_EMAIL_MAILTO = Secret(f"[skriv](mailto:{EMAIL})", local="kari.hemmelig")
S_EMAIL_PERCENT = Secret(f"mailto:{EMAIL.replace('@', '%40')}", local="kari.hemmelig")

_BETWEEN_DIGITS = re.compile(r"(?<=[0-9])[\s.\-*_]+(?=[0-9])")


def leaks(secret: Secret, output: str) -> list[str]:
    """What of ``secret`` can be read in ``output`` (empty: nothing)."""
    found = []
    for line in secret.written.split("\n"):
        if len(line) >= 6 and line in output:
            found.append(f"written form {line!r}")
    if secret.digits:
        joined = _BETWEEN_DIGITS.sub("", output)
        shown = secret.digits[:-2] if len(secret.digits) >= 8 else secret.digits
        for digits in {shown, shown.lstrip("0")}:  # read as a number, a leading 0 is lost
            if digits in joined:
                found.append(f"digits {digits}")
    if secret.local and secret.local[1:] in output:
        found.append(f"local part {secret.local}")
    return found


# -- valid texts of every kind ---------------------------------------------------------------------

DECISION_FILE = "decision_bank/afg/2024-kvinne.md"
NOTE_FILE = "practice_notes/afg.md"
GUIDE_FILE = "interview_guides/afg.md"
CLARIFICATION_FILE = "practice_clarifications/afg-2026-001.md"
ROLE_FILE = "docs/roles/fagansvarlig-enhet.md"
PAGE_FILE = "docs/om-banken.md"
ARRIVALS_FILE = "practice_notes/arrivals.yml"
SOURCES_FILE = "docs/roles/sources.yml"
TRAINING_FILE = "docs/roles/training.yml"

DECISION = decision()
CLARIFICATION = """\
---
id: PA-AFG-2026-001
title: Enslige kvinner med nettverk i Kabul
country: AFG
owner_unit: Enhet A1
date: 2026-10-01
categories: [enslig-kvinne]
---
## Spørsmål

Gjelder vurderingen også kvinner med nettverk i Kabul?

## Avklaring

Nei, nettverket må vurderes konkret.
"""
PAGE = """\
---
title: Om Praksisbanken
description: Hva banken er, og hvem som skriver i den.
---
# Om Praksisbanken

Fri tekst om banken.
"""
BASE = {
    DECISION_FILE: DECISION,
    NOTE_FILE: NOTE,
    GUIDE_FILE: GUIDE,
    CLARIFICATION_FILE: CLARIFICATION,
    ROLE_FILE: ROLE,
    PAGE_FILE: PAGE,
    ARRIVALS_FILE: ARRIVALS,
    SOURCES_FILE: SOURCES,
    TRAINING_FILE: TRAINING,
}
"""Every file a row changes, as the valid project has it (the clarification and the free page
are added to ``write_project``'s project)."""

CANARY_FILE = "decision_bank/afg/2025-dublin.md"
CANARY = decision(
    "VB-AFG-2025-002",
    title="Dublin-overføring til Østerrike",
    decided="2025-02-03",
    category="dublin",
    outcome="dublin",
    extra="titel: x\n",
)
"""Another file's problem (an unknown field on line 12): a hostile file must not hide it."""


def body(text: str) -> str:
    """A decision body with ``text`` in its summary."""
    return (
        f"\n## Sammendrag\n\nSøkeren er en fiktiv kvinne.\n\n{text}\n\n## Faktum\n\nx\n\n"
        "## Vurdering\n\nx\n\n## Konklusjon\n\nx\n"
    )


# -- the rows --------------------------------------------------------------------------------------

Writes = tuple[tuple[str, str | bytes], ...]


@dataclass(frozen=True)
class Refused:
    name: str
    cls: str
    writes: Writes
    file: str
    line: int
    secret: Secret | None = None
    links: tuple[tuple[str, str], ...] = ()
    """Symbolic links: (path in the project, target under the folder outside the project)."""
    code: str | None = None


def line_of(text: str, needle: str) -> int:
    first = needle.split("\n")[0]
    assert first in text, (first, text)
    return text[: text.index(first)].count("\n") + 1


def changed(
    name: str,
    cls: str,
    file: str,
    old: str,
    new: str,
    value: Secret | str,
    code: str | None = None,
    *,
    needle: str = "",
) -> Refused:
    """``file`` with ``old`` replaced by ``new``, where ``@@`` stands for the value: a secret
    (never in any output) or a plain string."""
    base = BASE[file]
    assert base.count(old) == 1, (name, old)
    written = value.written if isinstance(value, Secret) else value
    text = base.replace(old, new.replace("@@", written))
    secret = value if isinstance(value, Secret) else None
    line = line_of(text, needle or written)
    return Refused(name, cls, ((file, text),), file, line, secret, code=code)


def in_body(name: str, file: str, secret: Secret, where: str = "") -> Refused:
    """The secret in the body of ``file``, after the line ``where`` (default: appended)."""
    base = BASE[file]
    sentence = f"Søkeren oppga {secret.written} som sitt."
    if where:
        assert base.count(where) == 1, where
        text = base.replace(where, f"{where}\n{sentence}\n")
    else:
        text = base + f"\n{sentence}\n"
    return Refused(
        name, "personal data", ((file, text),), file, line_of(text, secret.written), secret
    )


def renamed(name: str, path: str, text: str, secret: Secret, code: str | None = None) -> Refused:
    """A valid file whose path (file or folder name) holds the secret, written as ``@@``."""
    return Refused(
        name,
        "personal data",
        ((path.replace("@@", secret.written), text),),
        path.replace("@@", secret.written),
        1,
        secret,
        code=code,
    )


PD = "personal data"
MSG = "masking in messages"
UNCHECKED = "unchecked pages"
LINK = "symbolic links"
LINKS = "guide links"
YAML = "hostile YAML"
UNITS = "names that slug to nothing or collide"

TAGS_LINE = "tags: [kjønn]"
NOTE_TITLE = "title: Praksisnotat Afghanistan"


OUTSIDE_TEXT = decision("VB-AFG-2024-900", title="HEMMELIG-MÅL")
"""What symbolic links point at: a valid decision, which would be published if a link were
followed (and would be an error, quoted in messages, in any other kind's folder)."""
OUTSIDE_DATA = "- country: ERI\n  arrivals: 4242\n  expected_increase: false\n# HEMMELIG-MÅL\n"
OUTSIDE = Secret("HEMMELIG-MÅL")


# -- running a row ---------------------------------------------------------------------------------


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A valid project (with a clarification and a free page) in ``prosjekt/``; ``utenfor/`` lies
    outside it, where symbolic links point."""
    project = write_project(Project(tmp_path / "prosjekt"))
    project.write(CLARIFICATION_FILE, CLARIFICATION)
    project.write(PAGE_FILE, PAGE)
    outside = Project(tmp_path / "utenfor")
    outside.write("fil.md", OUTSIDE_TEXT)
    outside.write("data.yml", OUTSIDE_DATA)
    outside.write("mappe/fil.md", OUTSIDE_TEXT)
    outside.write("mappe/afg/fil.md", OUTSIDE_TEXT)
    outside.write("mappe/data.yml", OUTSIDE_DATA)
    return project.root


def apply(root: Path, writes: Writes, links: tuple[tuple[str, str], ...] = ()) -> None:
    project = Project(root)
    for path, text in writes:
        project.write(path, text)
    for path, target in links:
        link = root / path
        if link.is_dir() and not link.is_symlink():
            for inner in sorted(link.rglob("*"), reverse=True):
                inner.rmdir() if inner.is_dir() else inner.unlink()
            link.rmdir()
        elif link.exists():
            link.unlink()
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(root.parent / "utenfor" / target)


def cli(root: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str]:
    code = main(["check", str(root), *options])
    out = capsys.readouterr()
    return code, out.out + out.err


@contextmanager
def cli_loads_once() -> Iterator[None]:
    """While open, ``praksisbank check`` loads a project once: a second run of the command on
    the same project (another ``--format``) formats the problems the first run's load found.
    Everything else the command does (settings, snippets, formats, exit code) runs every time;
    the project's files do not change in between, so the load would find the same. It was most
    of a row's CPU (four loads of the project for each row, now two)."""
    loaded: dict[tuple[str, object, object, object], LoadResult] = {}
    once = cli_main._load

    def load_once(args: argparse.Namespace) -> LoadResult:
        key = (str(args.project), args.today, args.kinds, args.workers)
        if key not in loaded:
            loaded[key] = once(args)
        return loaded[key]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cli_main, "_load", load_once)
        yield


def assert_refused(row: Refused, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A ``Refused`` row, as every class's table runs it (see test_hostile_inputs.py)."""
    apply(root, ((CANARY_FILE, CANARY), *row.writes), row.links)
    problems = load(Layout.default(root), TODAY).problems
    errors = [p for p in problems if p.severity is Severity.ERROR]
    at = [p for p in errors if same_file(p.file, row) and p.line == row.line]
    assert at, f"no error at {row.file}:{row.line}: {problems}"
    expected = row.code or ("personal-data" if row.cls == PD else None)
    if expected is not None:
        assert expected in {p.code for p in at}, at
    # every problem is a message, not a crash, and another file's problems are still there
    assert all("kunne ikke lese filen" not in p.message for p in problems), problems
    assert any((p.file, p.line, p.code) == (CANARY_FILE, 12, "field-unknown") for p in problems), (
        problems
    )
    # the same through the command, in every format; nothing of the secret in any of them
    outputs = [render(problems)]
    with cli_loads_once():
        for options in ((), ("--format", "json"), ("--format", "github")):
            exit_code, output = cli(root, capsys, *options)
            assert exit_code == 1, output
            outputs.append(output)
    assert f"{at[0].line}:{at[0].column}: feil:" in outputs[1]
    if row.secret is not None:
        for output in outputs:
            assert not leaks(row.secret, output), (leaks(row.secret, output), output)
    if row.links:  # reported as a link, never followed, its target never named
        assert "utenfor" not in "".join(outputs)
        result = load(Layout.default(root), TODAY)
        assert "HEMMELIG" not in repr(result.content) and "4242" not in repr(result.content)
        here = [p for p in problems if p.file == row.file or p.file.startswith(row.file + "/")]
        assert [(p.line, p.code) for p in here] == [(1, "file-location")], here


def render(problems: tuple[Problem, ...]) -> str:
    return "\n".join(f"{p.file}:{p.line}:{p.column}: {p.code}: {p.message}" for p in problems)


def same_file(shown: str, row: Refused) -> bool:
    """The problem names the row's file; a number in its name is masked but its last two digits
    and the rest of the name are there, so the contributor finds it."""
    if row.secret is None or row.secret.written not in row.file or row.cls != PD:
        return shown == row.file
    before, after = row.file.split(row.secret.written)
    middle = shown.removeprefix(before).removesuffix(after)
    return (
        shown.startswith(before)
        and shown.endswith(after)
        and middle != row.secret.written
        and middle[-2:] in row.secret.written
    )
