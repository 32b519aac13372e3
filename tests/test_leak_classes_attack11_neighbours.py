"""Attack round 11: an identity number a reader puts together from two pages.

The finder shows any subset of its rows in any order (a filter, a sort by title) and the
search dialog lists any pages one under another, each result's title after the last one's
excerpt. So the digits ending one text and those beginning a title stand side by side,
whatever the static lists hold. ``core/gate/neighbours.py`` pairs them; ``check --render`` and
the build's gate both report each pair at both files. Every identity number here is generated
by ``helpers.identity_number`` for a made-up birth date, never a real person's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from helpers import Project, decision, identity_number
from praksisbank.cli import guarded
from praksisbank.cli.main import main
from praksisbank.core.gate.neighbours import Neighbours, page_parts

FNR = identity_number("121291")
DNR = identity_number("140279", kind="D")


@dataclass(frozen=True)
class Pair:
    name: str
    first: tuple[str, str]
    """A file and its text (``None`` title: the decision's default) holding the first digits."""
    second: tuple[str, str]
    stops: bool


def _decision(id_: str, title: str, description: str = "Kvinne uten nettverk.") -> str:
    return decision(id_, title=title).replace(
        "description: Kvinne uten nettverk fikk beskyttelse.", f"description: {description}"
    )


def _page(title: str, body: str) -> str:
    return f"---\ntitle: {title}\n---\n# {title}\n\n{body}\n"


A = "decision_bank/afg/2024-a.md"
B = "decision_bank/afg/2023-b.md"
ROWS = [
    Pair(
        "a description's end and another decision's title (the finder, a filter)",
        (A, _decision("VB-AFG-2024-011", "Arbeid ved kraftverk", f"Kontakt sist {FNR[:6]}")),
        (B, _decision("VB-AFG-2023-012", f"{FNR[6:]} dager i fengsel")),
        True,
    ),
    Pair(
        "seven digits and a title of four (the finder, sorted by title)",
        (A, _decision("VB-AFG-2024-011", "Sju år i tjeneste", f"Utreise etter {DNR[:7]}")),
        (B, _decision("VB-AFG-2023-012", f"{DNR[7:]} timer i arrest")),
        True,
    ),
    Pair(
        "a word of one free page and the next result's title (search)",
        ("docs/kraft-a.md", _page("Kraftsaker", f"Registrert {FNR[:6]} i tilsynet.")),
        ("docs/kraft-b.md", _page(f"{FNR[6:]} notat om kraftverk", "Notatet.")),
        True,
    ),
    Pair(
        "the same halves with a wrong check digit",
        (A, _decision("VB-AFG-2024-011", "Arbeid ved kraftverk", f"Kontakt sist {FNR[:6]}")),
        (B, _decision("VB-AFG-2023-012", f"{FNR[6:10]}{(int(FNR[10]) + 1) % 10} dager")),
        False,
    ),
    Pair(
        "a year first in a title, dates and amounts elsewhere",
        (A, _decision("VB-AFG-2024-011", "2024: ny praksis", "Endret 12.05.2024, 25 000 kroner")),
        (B, _decision("VB-AFG-2023-012", "3 år i leir", "Saken fra 2019 ble behandlet i 2023")),
        False,
    ),
]


def _check(project: Project, capsys: pytest.CaptureFixture[str]) -> list[Any]:
    main(["check", "--render", "--format", "json", str(project.root)])
    found: list[Any] = json.loads(capsys.readouterr().out)
    return found


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_check_render_reads_two_pages_a_reader_puts_together(
    project: Project, capsys: pytest.CaptureFixture[str], row: Pair
) -> None:
    for path, text in (row.first, row.second):
        project.write(path, text)
    problems = _check(project, capsys)
    files = sorted(p["file"] for p in problems if "etter hverandre i søket" in p["message"])
    assert files == (sorted([row.first[0], row.second[0]]) if row.stops else []), problems
    assert all(FNR not in p["message"] and DNR not in p["message"] for p in problems)


def test_the_build_stops_on_two_pages_a_reader_puts_together(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    row = ROWS[0]
    for path, text in (row.first, row.second):
        project.write(path, text)
    code = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    assert code == 1
    refused = [line for line in capsys.readouterr().err.splitlines() if "satt sammen av to" in line]
    assert {line.split(":")[0].split()[-1] for line in refused} == {A, B}, refused
    assert not (project.root / "site").exists()


SPLIT = [
    ("inline markup between the digits", f"<p>Sist {FNR[:3]}<b>{FNR[3:6]}</b></p>"),
    (
        "Arabic-Indic digits",
        "<p>Sist " + FNR[:6].translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) + "</p>",
    ),
    ("an entity", f"<p>Sist {FNR[:5]}&#{ord(FNR[5])};</p>"),
    ("groups", f"<p>Sist {FNR[:2]} {FNR[2:4]} {FNR[4:6]}</p>"),
]


@pytest.mark.parametrize(("case", "body"), SPLIT, ids=[s[0] for s in SPLIT])
def test_the_pages_digits_are_read_as_a_reader_sees_them(case: str, body: str) -> None:
    pages = Neighbours()
    for published, page in (
        ("a/index.html", f"<article><h1>Sak</h1>{body}</article>"),
        ("b/index.html", f"<article><h1>{FNR[6:]} dager</h1><p>Tekst.</p></article>"),
    ):
        pages.add(published, *page_parts(page))
    pairs, over = pages.found()
    assert [(p.first, p.second) for p in pairs] == [("a/index.html", "b/index.html")]
    assert not over


def test_a_title_s_last_digits_are_read_with_its_own_page() -> None:
    """A result shows its title, then an excerpt that may begin on any word of its page."""
    pages = Neighbours()
    page = f"<article><h1>Vedtak {FNR[:6]}</h1><p>Tekst.</p><p>Etter {FNR[6:]} dager.</p></article>"
    pages.add("a/index.html", *page_parts(page))
    pairs, _ = pages.found()
    assert [(p.first, p.second) for p in pairs] == [("a/index.html", "a/index.html")]
