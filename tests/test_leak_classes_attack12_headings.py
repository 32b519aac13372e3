"""A page's headings read one after the other, as its table of contents shows them (attack
round 12): a cue in one heading and the value in the next (``### Tazkira-nummer`` …
``### 1400-0101-12345``, ``### Født`` … ``### 3. mars 1993``, ``### Amir`` … ``### Hassan``).
``check`` reads a body's headings so and blames the second heading's line, naming the first's;
the page gate (the build, ``check --render``) reads a page's ``<h2>``-``<h6>`` so
(``rendered.headings_in_sequence``). Near misses: ordinary section headings, a heading with a
legal citation or a year over the next. Every number here is made up (a passport, a tazkira
and a residence card number are shapes only; no check digits)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from helpers import Project, decision
from praksisbank.cli.main import main
from praksisbank.core.gate import rendered

PAGE = "decision_bank/afg/2024-overskrifter.md"

# (name, first heading, second heading, found)
ROWS = [
    # (a paper tazkira's number: the e-tazkira's shape is found alone, in its own heading)
    ("tazkira number", "Tazkira-nummer", "4471230", True),
    ("residence card", "Oppholdskort nr.", "NO4456721", True),
    ("date of birth, Norwegian month", "Søkerens fødselsdato", "17. mai 1990", True),
    ("passport number", "Passnummer", "PA4512873", True),
    ("born, then the date", "Født", "3. mars 1993", True),
    ("a given name over a surname", "Amir", "Hassan", True),
    # near misses
    ("section headings", "Faktum", "Vurdering", False),
    ("a legal citation over a section", "Utlendingsloven § 28", "Rt. 2015 s. 1388", False),
    ("a year over a case number", "Landinfo 2023", "LB-2021-123456", False),
    ("an amount", "Reiseutgifter", "17 300 kroner", False),
]


def _problems(project: Project, capsys: pytest.CaptureFixture[str]) -> list[Any]:
    main(["check", "--format", "json", str(project.root)])
    found: list[Any] = json.loads(capsys.readouterr().out)
    return [p for p in found if p.get("file", p.get("path", "")).endswith("overskrifter.md")]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_check_reads_a_cue_heading_with_the_value_in_the_next(
    project: Project, capsys: pytest.CaptureFixture[str], row: tuple[str, str, str, bool]
) -> None:
    _name, first, second, found = row
    body = f"\n## Faktum\n\n### {first}\n\nSe nedenfor.\n\n### {second}\n\nOpplysningen over.\n"
    text = decision("VB-AFG-2024-012", body=body)
    project.write(PAGE, text)
    headings = [p for p in _problems(project, capsys) if "Overskriften her" in p["message"]]
    if not found:
        assert headings == []
        return
    assert headings, text
    lines = text.split("\n")
    assert headings[0]["line"] == lines.index(f"### {second}") + 1
    assert f"linje {lines.index(f'### {first}') + 1}" in headings[0]["message"]
    assert second not in headings[0]["message"]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_the_page_gate_reads_the_headings_as_the_table_of_contents(
    row: tuple[str, str, str, bool],
) -> None:
    _name, first, second, found = row
    page = (
        f'<h1>Vedtak</h1><h2 id="a">Faktum<a class="headerlink" href="#a">¶</a></h2>'
        f"<h3>{first}</h3><p>Se nedenfor.</p><h3>{second}</h3><p>Opplysningen over.</p>"
    )
    assert bool(rendered.in_page(page)) is found
