"""Attack round 11, lists across files: ``check --render`` reads every page the site generates.

The build's page gate reads every generated page: the index of legal bases, the clarifications,
the changes page and its feeds, the practice notes' and interview guides' changes, the roles'
responsibilities in the matrix. ``check --render`` read only the lists a hand list named (the
decisions, the tags, the navigation, the tables of contents), so a number split over two files'
fields that one of the other lists shows one under the other passed the pull request's check and
stopped main's build. It now renders every generated page with the build's own views and
templates (``rendercheck.generated``) and reads each with the page gate, and names every file
whose field shows a part, at that field's line.

Nothing here is real: the identity number is generated in the test with valid check digits
(``helpers.identity_number``); titles, units and tasks are made up.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from mkdocs.exceptions import Abort

from helpers import GUIDE, NOTE, TODAY, Project, build_site, decision, identity_number
from praksisbank.cli.main import main
from praksisbank.core.base.urls import url_of
from praksisbank.core.content.kinds import address
from praksisbank.core.content.loader import load
from praksisbank.mkdocs_adapter import rendercheck
from praksisbank.mkdocs_adapter.project import layout_for

NUMBER = identity_number("121291")
SIX, FIVE = NUMBER[:6], NUMBER[6:]
IDENTITY = "et fødselsnummer, D-nummer eller H-nummer"


def _clarification(id: str, title: str, day: str) -> str:
    return (
        f"---\nid: {id}\ntitle: {title}\ncountry: AFG\nowner_unit: Enhet A1\ndate: {day}\n"
        "categories: [enslig-kvinne]\n---\n\n## Spørsmål\n\nFiktivt spørsmål.\n\n"
        "## Avklaring\n\nFiktiv avklaring.\n"
    )


def _note_eri(summary: str, day: str) -> str:
    text = NOTE.replace("PN-AFG", "PN-ERI").replace("country: AFG", "country: ERI")
    text = text.replace("Praksisnotat Afghanistan", "Praksisnotat Eritrea")
    return text.replace("changes:\n", f"changes:\n  - date: {day}\n    summary: {summary}\n", 1)


def _guide_eri(summary: str, day: str) -> str:
    text = GUIDE.replace("IG-AFG", "IG-ERI").replace("country: AFG", "country: ERI")
    text = text.replace("Intervjuguide Afghanistan", "Intervjuguide Eritrea")
    return text.replace("changes:\n", f"changes:\n  - date: {day}\n    summary: {summary}\n", 1)


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    files: dict[str, str]
    """path: text, each holding one part."""


def _rows(first: str, second: str) -> list[Row]:
    """One row per list the build shows across files: ``first`` ends one file's field and
    ``second`` begins the field the list shows right after it. (Lists tried and shown only
    within one file's page, so no number runs from one file into another: the categories and
    the guides' links, on their country's pages; the roles' responsibilities, a matrix of one
    row a role, each cell read alone.)"""
    return [
        Row(
            "the index of legal bases (bases that name no section, sorted by name)",
            {
                "decision_bank/afg/2025-a.md": decision(
                    "VB-AFG-2025-011", decided="2025-03-01"
                ).replace("utl. § 28 første ledd bokstav a", f"1 jf. {first}"),
                "decision_bank/afg/2025-b.md": decision(
                    "VB-AFG-2025-012", decided="2025-03-02"
                ).replace("utl. § 28 første ledd bokstav a", f"{second} b"),
            },
        ),
        Row(
            "clarifications a day apart (their list, the changes page, the feeds)",
            {
                "practice_clarifications/afg-a.md": _clarification(
                    "PA-AFG-2026-011", f"Retur etter vedtak {first}", "2026-11-18"
                ),
                "practice_clarifications/afg-b.md": _clarification(
                    "PA-AFG-2026-012", f"{second} og internflukt", "2026-11-17"
                ),
            },
        ),
        Row(
            "practice-note changes across notes (the changes page, the feeds)",
            {
                "practice_notes/afg.md": NOTE.replace(
                    "changes:\n",
                    f"changes:\n  - date: 2026-11-18\n    summary: Ny tekst, jf. notat {first}\n",
                    1,
                ),
                "practice_notes/eri.md": _note_eri(f"{second} saker gjennomgått", "2026-11-17"),
            },
        ),
        Row(
            "interview-guide changes across guides (the changes page, the feeds)",
            {
                "interview_guides/afg.md": GUIDE.replace(
                    "changes:\n",
                    f"changes:\n  - date: 2026-11-18\n    summary: Nye spørsmål, jf. {first}\n",
                    1,
                ),
                "interview_guides/eri.md": _guide_eri(f"{second} spørsmål fjernet", "2026-11-17"),
            },
        ),
    ]


ROWS = _rows(SIX, FIVE)
NEAR = _rows("2026", "28")  # a year over a section: no number


def _write(project: Project, row: Row) -> None:
    for path, text in row.files.items():
        project.write(path, text)


@pytest.mark.parametrize("index", range(len(ROWS)), ids=[r.name for r in ROWS])
def test_check_render_refuses_and_names_each_file(
    project: Project, capsys: pytest.CaptureFixture[str], index: int
) -> None:
    row = ROWS[index]
    _write(project, row)
    assert main(["check", "--render", str(project.root)]) == 1, row.name
    out = capsys.readouterr().out
    assert IDENTITY in out, out
    for file in row.files:
        assert f"{file}:" in out, (row.name, file, out)
    assert SIX not in out and FIVE not in out  # masked


@pytest.mark.parametrize("index", range(len(NEAR)), ids=[r.name for r in NEAR])
def test_near_misses_pass(project: Project, capsys: pytest.CaptureFixture[str], index: int) -> None:
    """A year over a section number («… 2026» / «28 …»): no number, no stop."""
    _write(project, NEAR[index])
    assert main(["check", "--render", str(project.root)]) == 0, capsys.readouterr().out


def test_the_build_refuses_the_clarifications_too(project: Project) -> None:
    """What ``check --render`` refuses is what the build refuses (the clarifications' row)."""
    _write(project, ROWS[1])
    with pytest.raises(Abort):
        build_site(project)


def test_every_page_the_build_generates_is_read_by_check_render(project: Project) -> None:
    """Each HTML page and feed the build publishes is a content item's page, a file of
    ``docs/``, MkDocs' own, or one ``check --render`` makes and reads
    (``rendercheck.generated``): a new generated page the build shows and the check does not
    read fails here."""
    site = build_site(project)
    result = load(layout_for(project.root), TODAY)
    made = rendercheck.generated(result.content, rendercheck.site_markdown(project.root), TODAY)
    read = {url_of(page.address) for page in made}
    items = {url_of(address(item)) for item in result.content.all_items()}
    assert read & items  # each item page's decoration is read too
    built = {
        str(path.relative_to(site)).removesuffix("index.html")
        for path in site.rglob("*")
        if path.suffix in (".html", ".xml")
    }
    own = {"404.html", "sitemap.xml"}  # MkDocs' (read by the site gate, made of no content)
    unread = sorted(built - read - items - own)
    assert not unread, unread
