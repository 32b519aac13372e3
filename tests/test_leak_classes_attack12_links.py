"""Attack round 12, F10: a link's address printed after its text. The print stylesheet
(``praksisbank-print.css``) and our PDFs (``pdf.css``) write an external link's address after
its text, so a reader of the printout reads «tazkira-nummer (https://landinfo.no/1400-…)» as one
sentence: the cue in the link's text, the value in the address's path. The source gate reads the
path after the text before it (``anonymity.scanning._linked_candidates``), the page gate reads an
external link as ``text (address)`` (``rendered.visible``), and an interview guide's ``links``
entry is read as ``title (url)`` (``content.personal._links_as_printed``).

Nothing here is real: the e-tazkira, card and passport numbers are made up, and the identity
number is generated in the test from a made-up birth date with its check digits computed
(``helpers.identity_number``).
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, rendered_findings, source_findings
from helpers import TODAY, Project, identity_number, write_project
from praksisbank.core.content.loader import load
from praksisbank.mkdocs_adapter.project import layout_for

FNR = identity_number("210689")

ROWS = [
    Row(
        "e-tazkira in the path",
        "Se [tazkira-nummer](https://landinfo.no/1400-0101-12355) i saken.",
        True,
    ),
    Row(
        "date of birth in the path",
        "Se [søkerens fødselsdato](https://landinfo.no/1989-06-21) her.",
        True,
    ),
    Row(
        "residence card in the path",
        "Se [oppholdskort nr.](https://landinfo.no/NO4456723) her.",
        True,
    ),
    Row("passport, deeper path", "Se [passnummer](https://example.org/saker/PA4512873) her.", True),
    Row("Somali passport", "[Baasaboorka](https://example.org/P1234567) waa run.", True),
    Row(
        "printed form", "Tazkira-nummer (https://landinfo.no/1400-0101-12355) ble lagt fram.", True
    ),
    Row("autolink after the cue", "Tazkira-nummer <https://landinfo.no/1400-0101-12355>.", True),
    Row("Dari tazkira", "[تذکره](https://landinfo.no/1400-0101-12355)", True),
    Row("Turkish passport", "[Pasaport no](https://example.org/U12345678) ekte.", True),
    Row("Russian passport", "[паспорт](https://example.org/7512345678) предъявлен.", True),
    Row("identity number, no cue", f"Se [saken](https://example.org/{FNR}).", True),
    Row(
        "Refworld document id",
        "Se [UNHCR](https://www.refworld.org/docid/5c8a12345.html) om Eritrea.",
        False,
    ),
    Row(
        "Lovdata with a law's date",
        "Se [utlendingsloven § 28](https://lovdata.no/lov/2008-05-15-35/§28).",
        False,
    ),
    Row(
        "Landinfo report with a date",
        "Se [Landinfo-rapporten](https://landinfo.no/asset/4123/2024-03-15-afghanistan.pdf).",
        False,
    ),
    Row(
        "EUAA guidance",
        "Se [EUAA](https://euaa.europa.eu/publications/country-guidance-2023).",
        False,
    ),
    Row(
        "a decision's case-law date in a link",
        "Se [HR-2017-569-A](https://lovdata.no/avgjorelse/hr-2017-569-a) av 17. mars 2017.",
        False,
    ),
    *ORDINARY,
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_a_links_address_is_read_after_its_text(row: Row) -> None:
    assert bool(source_findings(row.body)) == row.found, row.name  # check
    assert bool(rendered_findings(row.body)) == row.found, row.name  # check --render, build


GUIDE_LINKS = [
    # (title, url, refused)
    ("Søkerens oppholdskort nr.", "https://landinfo.no/NO4456723", True),
    ("Tazkira-nummer", "https://landinfo.no/1400-0101-12355", True),
    ("Søkerens fødselsdato", "https://landinfo.no/1989-06-21", True),
    ("Landinfo om Afghanistan", "https://landinfo.no/land/afghanistan/2024-03-15", False),
    ("Refworld", "https://www.refworld.org/docid/5c8a12345.html", False),
]


@pytest.mark.parametrize(("title", "url", "refused"), GUIDE_LINKS, ids=[g[0] for g in GUIDE_LINKS])
def test_a_guides_link_is_read_as_printed(
    project: Project, title: str, url: str, refused: bool
) -> None:
    write_project(project)
    path = project.root / "interview_guides/afg.md"
    text = path.read_text(encoding="utf-8")
    old = "  - title: Landinfo\n    url: https://landinfo.no/\n"
    assert old in text
    path.write_text(
        text.replace(old, f'  - title: "{title}"\n    url: "{url}"\n'), encoding="utf-8"
    )
    line = path.read_text(encoding="utf-8").split("\n").index(f'    url: "{url}"') + 1
    result = load(layout_for(project.root), TODAY, workers=1)
    about = [
        p
        for p in result.problems
        if p.file == "interview_guides/afg.md" and p.code == "personal-data"
    ]
    if not refused:
        assert about == []
        return
    assert [p.line for p in about] == [line]  # one finding, on the address's line
    assert "«url»" in about[0].message
    assert url.rsplit("/", 1)[1] not in about[0].message  # the value is masked
