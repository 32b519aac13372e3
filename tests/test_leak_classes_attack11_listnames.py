"""A name split over two rows of a list (attack round 11, class 3): one decision's description
ends in a given name (`… fulgt opp av Farid`), the next row's title begins with a surname
(`Stanekzai fikk avslag …`); every list of decisions newest first shows them one under the
other. The page gate reads a row's first cell that ends in a given name with the first word of
the cell under it (``rendered.blocks.across_blocks``), and ``check --render`` reads the lists
of decisions so (``rendercheck.side_by_side``). Near misses: a description ending in a place or
a lower-case word over an ordinary title, a given name over a word that is no surname. Every
name here is made up."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from helpers import Project, decision
from praksisbank.cli.main import main
from praksisbank.core.gate import rendered


def _finder(rows: list[tuple[str, str]], *, lines: bool) -> str:
    """The finder's table (``templates/finder_macros.html``): a row's title, a line break and
    its description in the first cell (``lines``), or the two on one line."""
    cells = "".join(
        f'<tr><td><a href="#">{title}</a>{"<br>" if lines else " "}'
        f'<span class="pb-muted">{description}</span></td><td>20. november 2026</td>'
        "<td>Avslag</td></tr>"
        for title, description in rows
    )
    return f"<table><tr><th>Vedtak</th><th>Dato</th><th>Utfall</th></tr>{cells}</table>"


def _cards(rows: list[tuple[str, str]]) -> str:
    items = "".join(f"<li>{title}<br>{description}</li>" for title, description in rows)
    return f"<ul>{items}</ul>"


# (name, rows of (title, description), found)
ROWS = [
    ("a given name over a -zai surname",
     [("Tolkeproblemer i intervjuet", "Avslag; intervjuet ble fulgt opp av Farid"),
      ("Stanekzai fikk avslag etter arrest", "Søkeren fikk avslag.")], True),
    ("a given name over a -khel surname",
     [("Reiserute", "Saken ble forberedt av Gulpari"),
      ("Karokhel forklarte seg om reisen", "Beskyttelse innvilget.")], True),
    ("a given name over a -ov surname",
     [("Militærtjeneste", "Saken gjaldt Ruslan"),
      ("Bagirov nektet å tjenestegjøre", "Avslag.")], True),
    ("a given name over a listed surname",
     [("Konversjon", "Dåpen ble bekreftet av Amir"),
      ("Rahimi ble døpt i 2022", "Beskyttelse innvilget.")], True),
    # near misses: lists of ordinary titles
    ("a place over an ordinary title",
     [("Tidligere statsansatt", "Søkeren kom fra Herat"),
      ("Enslig kvinne fra Herat", "Beskyttelse innvilget.")], False),
    ("a lower-case end over a title",
     [("Dublin-overføring", "Saken ble overført til Østerrike"),
      ("Konvertitt fra islam", "Avslag.")], False),
    ("a given name over a word that is no surname",
     [("Tolk", "Intervjuet ble ledet av Farid"),
      ("Enslig mann uten nettverk", "Avslag.")], False),
    ("a sentence's end over a surname-shaped title",
     [("Tolk", "Intervjuet ble gjennomført."),
      ("Stanekzai-saken", "Avslag.")], False),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
@pytest.mark.parametrize("shape", ["two lines", "one line", "cards"])
def test_a_name_read_down_a_list_of_decisions_is_found(
    row: tuple[str, list[tuple[str, str]], bool], shape: str
) -> None:
    _name, rows, found = row
    page = _cards(rows) if shape == "cards" else _finder(rows, lines=shape == "two lines")
    names = [s for s in rendered.in_page(page) if "delt over to blokker" in s.finding.masked]
    assert bool(names) == found
    assert all("Farid" not in s.finding.masked for s in names)


def _project(project: Project, rows: list[tuple[str, str]]) -> None:
    for i, (title, description) in enumerate(rows):
        text = decision(f"VB-AFG-2026-09{i}", title=f'"{title}"', decided=f"2026-11-{20 - i}")
        text = text.replace(
            "description: Kvinne uten nettverk fikk beskyttelse.", f'description: "{description}"'
        )
        project.write(f"decision_bank/afg/2026-9{i}-rad.md", text)


@pytest.mark.parametrize("row", [ROWS[0], ROWS[4]], ids=[ROWS[0][0], ROWS[4][0]])
def test_check_render_reads_a_name_down_the_lists_of_decisions(
    project: Project,
    capsys: pytest.CaptureFixture[str],
    row: tuple[str, list[tuple[str, str]], bool],
) -> None:
    _name, rows, found = row
    _project(project, rows)
    main(["check", "--render", "--format", "json", str(project.root)])
    problems: list[Any] = json.loads(capsys.readouterr().out)
    down = [p for p in problems if "leses sammen med det som står rett under" in p["message"]]
    if not found:
        assert down == []
        return
    assert {p["file"] for p in down} == {
        "decision_bank/afg/2026-90-rad.md",
        "decision_bank/afg/2026-91-rad.md",
    }
    assert all("personnavn" in p["message"] and "Farid" not in p["message"] for p in down)


def test_the_build_names_both_files_of_a_name_read_down_a_list(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    """The build's page gate finds the name on every list page; its message names the two
    decisions whose rows show a part, not the generated list page (the re-run of round 11)."""
    from mkdocs.exceptions import Abort

    from helpers import build_site

    _project(project, ROWS[0][1])
    caplog.set_level(logging.ERROR)
    with pytest.raises(Abort):
        build_site(project)
    refused = [r.getMessage() for r in caplog.records if "personnavn" in r.getMessage()]
    files = {message.split(":")[0] for message in refused}
    assert files == {"decision_bank/afg/2026-90-rad.md", "decision_bank/afg/2026-91-rad.md"}, (
        refused
    )
