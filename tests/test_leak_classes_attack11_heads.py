"""An identity number split between a decision's title or description and its body (attack
round 11, class 2): the page shows the title, then the description (its description, and the
lists' line under the title), then the body. ``check`` (and so ``check --render``) reads the three
in that order, as the build's page gate reads the page's title, description and text
(``rendered.split_over_heads``); the problem stands at the body's digits, masked. Near misses: a
six-digit number in a head with a five-digit number in the body that makes no valid number, a
year and a count, a case number. Identity numbers are generated in the test (valid check digits
for a made-up date), never a real person's."""

from __future__ import annotations

import json
from typing import Any

import pytest

from helpers import BODY, Project, decision, identity_number
from praksisbank.cli.main import main
from praksisbank.core.gate import rendered

NUMBER = identity_number("030494")
SIX, FIVE = NUMBER[:6], NUMBER[6:]
PAGE = "decision_bank/afg/2024-delt.md"


def _problems(project: Project, capsys: pytest.CaptureFixture[str]) -> list[Any]:
    main(["check", "--format", "json", str(project.root)])
    found: list[Any] = json.loads(capsys.readouterr().out)
    return [p for p in found if p.get("file", p.get("path", "")).endswith("2024-delt.md")]


# (name, title, description, a sentence of the body, found)
ROWS = [
    ("the description ends in the date, the body holds the rest", "Enslig kvinne fra Herat",
     f"Saken gjelder søker {SIX}.", f"Løpenummeret er {FIVE}.", True),
    ("the title ends in the date", f"Sak {SIX}", "Kvinne uten nettverk fikk beskyttelse.",
     f"Løpenummeret er {FIVE}.", True),
    ("the description's date, the rest in a parenthesis", "Enslig kvinne",
     f"Søker {SIX} fikk beskyttelse.", f"Se vedlegg ({FIVE}).", True),
    # near misses
    ("a six-digit number and five digits that make no valid number", "Enslig kvinne",
     "Saken gjelder søker 123456.", "Løpenummeret er 12345.", False),
    ("a year and an amount", "Enslig kvinne fra Herat", "Kvinne fikk beskyttelse i 2024.",
     "Hun fikk dekket 17 300 kroner i reiseutgifter.", False),
    ("a case number in the description", "Enslig kvinne",
     "Saken har saksnummer 24/01234.", "Se Rt. 2011 s. 1481.", False),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_a_number_split_between_a_head_and_the_body_is_refused_by_check(
    project: Project, capsys: pytest.CaptureFixture[str], row: tuple[str, str, str, str, bool]
) -> None:
    _name, title, description, sentence, found = row
    text = decision("VB-AFG-2024-009", title=f'"{title}"', body=BODY + f"\n{sentence}\n")
    text = text.replace(
        "description: Kvinne uten nettverk fikk beskyttelse.", f'description: "{description}"'
    )
    project.write(PAGE, text)
    problems = _problems(project, capsys)
    split = [p for p in problems if "delt mellom" in p["message"]]
    if not found:
        assert split == []
        return
    assert split, problems
    line = text.split("\n").index(sentence) + 1
    assert split[0]["line"] == line
    assert FIVE not in split[0]["message"] and SIX not in split[0]["message"]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_the_page_gate_reads_the_title_the_description_and_the_text(
    row: tuple[str, str, str, str, bool],
) -> None:
    _name, title, description, sentence, found = row
    page = (
        f'<html><head><meta name="description" content="{description}"></head>'
        f"<body><h1>{title}</h1><p>{sentence}</p></body></html>"
    )
    seen = [s.finding.masked for s in rendered.in_page(page) if "delt mellom" in s.finding.masked]
    assert bool(seen) == found
