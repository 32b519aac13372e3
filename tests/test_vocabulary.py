"""The department's vocabulary (practice_notes/vocabulary.yml): checked like all content, with a
Norwegian message and line for each problem, and owned in CODEOWNERS."""

from __future__ import annotations

import pytest

from helpers import TODAY, Project, identity_number
from praksisbank.cli.main import main
from praksisbank.core.base.problems import Severity
from praksisbank.core.content.loader import Layout, LoadResult, load

FILE = "practice_notes/vocabulary.yml"


def check(project: Project, text: str) -> LoadResult:
    project.write(FILE, text)
    return load(Layout.default(project.root), TODAY)


# Files that must load without a problem: near-misses of the errors below.
ALLOWED = [
    ("two words", "- terms: [internflukt, IFA]\n"),
    ("a term of several words", "- terms: [internflukt, internt fluktalternativ]\n"),
    (
        "one word in two groups",
        "- terms: [verneplikt, militærtjeneste]\n- terms: [nasjonaltjenesten, militærtjeneste]\n",
    ),
    ("same words, one more", "- terms: [EUAA, EASO]\n- terms: [EUAA, EASO, asylbyrået]\n"),
    (
        "block list and a comment",
        "# Avdelingens ord\n- terms:\n    - Dublin\n    - Dublin-overføring\n",
    ),
]


@pytest.mark.parametrize(("case", "text"), ALLOWED, ids=[c for c, _ in ALLOWED])
def test_sound_vocabularies_load(project: Project, case: str, text: str) -> None:
    result = check(project, text)
    assert result.problems == (), case
    assert result.content.vocabulary and result.content.vocabulary_file == FILE


# (case, file, line, start of the message)
REFUSED = [
    (
        "one word only",
        "- terms: [IFA, internflukt]\n- terms: [internflukt]\n",
        2,
        "En gruppe må ha minst to ord",
    ),
    (
        "a word twice, other case",
        "- terms: [EMA, ema, enslig mindreårig]\n",
        1,
        "«ema» står to ganger i samme gruppe",
    ),
    (
        "the same group twice",
        "- terms: [IFA, internflukt]\n- terms: [EUAA, EASO]\n- terms: [Internflukt, ifa]\n",
        3,
        "Gruppen har de samme ordene som gruppen på linje 1",
    ),
    ("an empty file", "", 1, "Filen skal være en liste med ett element"),
    ("not a list", "terms: [IFA, internflukt]\n", 1, "Filen skal være en liste med ett element"),
    ("no terms", "- words: [IFA, internflukt]\n", 1, ""),
    ("markup in a term", "- terms: [IFA, '**internflukt**']\n", 1, ""),
    ("an empty term", "- terms: [IFA, '']\n", 1, ""),
    # A group is published whole (the search's word file) and read as one: words that are
    # harmless one by one make a name or a number together (attack 12b F4). The identity
    # number is generated here, with valid check digits.
    (
        "a name over two words",
        "- terms: [IFA, internflukt]\n- terms: [Amir, Hassan]\n",
        2,
        "Ordene i «terms» vises sammen og ser ut til å inneholde et personnavn",
    ),
    ("a name in small letters", "- terms: [amir, hassan]\n", 1, "Ordene i «terms» vises sammen"),
    (
        "an identity number over two words",
        f"- terms: ['{identity_number('150385')[:6]}', '{identity_number('150385')[6:]}']\n",
        1,
        "",
    ),
]


@pytest.mark.parametrize(("case", "text", "line", "message"), REFUSED, ids=[c for c, *_ in REFUSED])
def test_a_faulty_vocabulary_is_named_with_its_line(
    project: Project, case: str, text: str, line: int, message: str
) -> None:
    problems = [p for p in check(project, text).problems if p.severity is Severity.ERROR]
    assert problems, case
    assert all(p.file == FILE for p in problems)
    assert line in [p.line for p in problems]
    assert any(p.message.startswith(message) for p in problems), problems


def test_every_problem_is_reported_not_only_the_first(project: Project) -> None:
    text = "- terms: [IFA]\n- terms: [UNE, une, nemnda]\n- terms: [COI]\n"
    lines = sorted(p.line for p in check(project, text).problems)
    assert lines == [1, 2, 3]


def test_the_vocabulary_is_owned_by_every_responsible_unit(project: Project) -> None:
    project.write(FILE, "- terms: [internflukt, IFA]\n")
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    teams = '      teams:\n        "*": "@asyl/fagstab"\n        Enhet A1: "@asyl/enhet-a1"\n'
    project.write("mkdocs.yml", config.replace("  - praksisbank\n", f"  - praksisbank:\n{teams}"))
    assert main(["codeowners", str(project.root)]) == 0
    lines = (project.root / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
    assert f"/{FILE} @asyl/enhet-a1" in lines


def test_without_a_vocabulary_codeowners_has_no_line_for_it(project: Project) -> None:
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    teams = '      teams:\n        Enhet A1: "@asyl/enhet-a1"\n'
    project.write("mkdocs.yml", config.replace("  - praksisbank\n", f"  - praksisbank:\n{teams}"))
    assert main(["codeowners", str(project.root)]) == 0
    assert "vocabulary" not in (project.root / "CODEOWNERS").read_text(encoding="utf-8")
