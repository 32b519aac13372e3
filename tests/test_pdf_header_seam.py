"""Issue 17, the PDF header seam of attack round 10 (still open at its re-run): a decision's PDF
prints its id and title together in the running header of every page (``Job.printed_header``,
the string ``pdf.html`` hands to ``pdf.css``), so a number split over the two (`VB-AFG-2024-009`
and a title that starts `12352 …`) shows only in the PDF. The build's PDF gate stopped it;
``check --render`` passed it. Now ``check --render`` reads the same string and reports the value
at each field that holds a part of it, in the file that holds them.

The numbers are made up (a DUF number's shape: year, serial and five digits, no check digit).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from helpers import TODAY, Project, decision
from praksisbank.cli.main import main
from praksisbank.core.content.loader import load
from praksisbank.core.gate import blame, rendered
from praksisbank.core.gate.sitegate import Found
from praksisbank.core.publish import stages
from praksisbank.mkdocs_adapter.project import layout_for

FILE = "decision_bank/afg/2024-topptekst.md"


def _checked(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[dict[str, Any]]]:
    code = main(["check", "--render", "--format", "json", str(project.root)])
    return code, json.loads(capsys.readouterr().out)


HEADERS = [
    # (case, title, whether the header with the id `VB-AFG-2024-009` shows a number)
    ("a DUF number over id and title", "12352 enslig kvinne fra Kunduz", True),
    ("the digits after a word", "Enslig kvinne fra Kunduz, sak 12352", False),
    ("an amount in the title", "Dekket 12 352 kroner i reiseutgifter", False),
    ("a year in the title", "2023 enslig kvinne fra Kunduz", False),
    ("an ordinary title", "Enslig kvinne fra Kunduz", False),
]


@pytest.mark.parametrize(("case", "title", "shows"), HEADERS, ids=[h[0] for h in HEADERS])
def test_a_value_split_over_a_pdf_s_id_and_title_is_found_at_both_fields(
    project: Project, capsys: pytest.CaptureFixture[str], case: str, title: str, shows: bool
) -> None:
    project.write(FILE, decision("VB-AFG-2024-009", title=title))
    assert main(["check", "--format", "json", str(project.root)]) == 0  # each field alone
    capsys.readouterr()
    code, problems = _checked(project, capsys)
    found = [p for p in problems if p["code"] == "personal-data"]
    if not shows:
        assert code == 0, problems
        return
    assert code == 1
    # the id's line and the title's line of the file that holds both, nothing elsewhere
    assert sorted((p["file"], p["line"]) for p in found) == [(FILE, 2), (FILE, 3)]
    assert all("toppteksten i PDF-ene" in p["message"] for p in found)
    assert all("DUF-nummer" in p["message"] and "12352" not in p["message"] for p in found)


def test_the_build_blames_a_pdf_s_value_on_the_document_it_is_made_from(project: Project) -> None:
    """The build's PDF gate finds the value in ``pdf/vb-afg-2024-009.pdf``; its first digits
    (``202400``) stand in another decision's id too (``VB-AFG-2024-008``, earlier by name): the
    problem names the PDF's own document, at its id's line."""
    project.write("decision_bank/afg/2024-annet.md", decision("VB-AFG-2024-008"))
    project.write(FILE, decision("VB-AFG-2024-009", title="12352 enslig kvinne fra Kunduz"))
    loaded = load(layout_for(project.root), TODAY)
    items = list(loaded.content.all_items())
    seen = rendered.in_text("VB-AFG-2024-009 · 12352 enslig kvinne fra Kunduz")[0]
    found = Found(
        published="pdf/vb-afg-2024-009.pdf",
        where=rendered.TEXT,
        what=seen.finding.what,
        masked=seen.finding.masked,
        fingerprint=seen.finding.fingerprint,
        key=rendered.key_of(seen),
        context=blame.context_of(seen),
    )
    # each page's own file, as the build knows them; and each document's PDF's
    sources = {f"{i.path}.html": stages.page_source(i, i.path, project.root) for i in items}
    sources.update(stages.pdf_sources(items, project.root))
    (problem,) = blame.problems([found], sources)
    assert (problem.file, problem.line) == (FILE, 2)
    assert "vb-afg-2024-009.pdf" in problem.message
