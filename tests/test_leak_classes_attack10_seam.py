"""Attack round 10, class 5: ``check --render`` (the pull request's check) refuses what the build
refuses across files, from the same reading, and names every file that holds a part.

The build's page gate reads what a page shows across files: the rows of every list of decisions,
newest first; the tags; the navigation; a page's table of contents, its headings one under the
other. ``check --render`` read each file alone, so a number split over two decisions' titles,
two tags, two free pages' titles or two headings far apart passed it and stopped main's build.
It now reads the same sequences (``rendercheck.side_by_side``) with the page gate.

Nothing here is real: the identity number is generated in the test with valid check digits
(``helpers.identity_number``); titles are made up.
"""

from __future__ import annotations

import pytest
from mkdocs.exceptions import Abort

from helpers import Project, build_site, decision, identity_number
from praksisbank.cli.main import main

NUMBER = identity_number("170590")
SIX, FIVE = NUMBER[:6], NUMBER[6:]
IDENTITY = "et fødselsnummer, D-nummer eller H-nummer"
FILLER = "Dette er en lang forklaring om saksgangen og vurderingene underveis. " * 4


def _decisions(project: Project, first: str, second: str, *, tags: bool = False) -> None:
    for path, (id, title, decided) in {
        "decision_bank/afg/2018-02-a.md": ("VB-AFG-2018-092", first, "2018-02-12"),
        "decision_bank/afg/2018-01-b.md": ("VB-AFG-2018-091", second, "2018-01-11"),
    }.items():
        text = decision(id, title="Enslig kvinne" if tags else title, decided=decided)
        if tags:  # the halves as tags, the titles plain
            text = text.replace("tags: [kjønn]", f"tags: [kjønn, sak{title}]")
        project.write(path, text)


CASES = [
    ("titles in consecutive rows", "titles"),
    ("titles in rows oldest first, as a country's page shows them", "titles-oldest"),
    ("tags side by side", "tags"),
    ("free pages side by side in the navigation", "nav"),
    ("two headings far apart in the table of contents", "toc"),
]


def _write(project: Project, kind: str, first: str, second: str) -> list[str]:
    if kind == "titles":
        _decisions(project, first, second)
        return ["decision_bank/afg/2018-02-a.md", "decision_bank/afg/2018-01-b.md"]
    if kind == "titles-oldest":  # the older decision holds the first half
        _decisions(project, second, first)
        return ["decision_bank/afg/2018-02-a.md", "decision_bank/afg/2018-01-b.md"]
    if kind == "tags":
        _decisions(project, first, second, tags=True)
        return ["decision_bank/afg/2018-02-a.md", "decision_bank/afg/2018-01-b.md"]
    if kind == "nav":
        project.write("docs/notat/a.md", f"---\ntitle: {first}\n---\n\nTekst.\n")
        project.write("docs/notat/b.md", f"---\ntitle: {second}\n---\n\nTekst.\n")
        return ["docs/notat/a.md", "docs/notat/b.md"]
    body = f"## {first}\n\n{FILLER}\n\n### {second}\n\n{FILLER}\n"
    project.write("docs/notat/c.md", f"---\ntitle: Notat\n---\n\n{body}")
    return ["docs/notat/c.md"]


HALVES = {
    "titles": (f"Vedtak {SIX}", f"{FIVE} enslig kvinne"),
    "titles-oldest": (f"Vedtak {SIX}", f"{FIVE} enslig kvinne"),
    "tags": (SIX, FIVE),  # tags «sak170590» and «sak50052»
    "nav": (f"Notat {SIX}", f"{FIVE} notat"),
    "toc": (f"Dato {SIX}", f"Nummer {FIVE}"),
}
NEAR = {
    "titles": ("Vedtak 2018-092", "2018-091 enslig kvinne"),
    "titles-oldest": ("Vedtak 2018-092", "2018-091 enslig kvinne"),
    "tags": ("2018", "28"),
    "nav": ("Notat 2024", "§ 28 i praksis"),
    "toc": ("Rt. 2011 s. 1481", "HR-2019-1234-A"),
}


@pytest.mark.parametrize(("name", "kind"), CASES, ids=[c[0] for c in CASES])
def test_check_render_refuses_what_the_build_refuses_and_names_each_part(
    project: Project, capsys: pytest.CaptureFixture[str], name: str, kind: str
) -> None:
    files = _write(project, kind, *HALVES[kind])
    assert main(["check", "--render", str(project.root)]) == 1, name
    out = capsys.readouterr().out
    assert IDENTITY in out
    for file in files:
        assert f"{file}:" in out, (name, file, out)
    assert SIX not in out and FIVE not in out  # masked


@pytest.mark.parametrize(("name", "kind"), CASES, ids=[c[0] for c in CASES])
def test_near_misses_pass_both(
    project: Project, capsys: pytest.CaptureFixture[str], name: str, kind: str
) -> None:
    _write(project, kind, *NEAR[kind])
    assert main(["check", "--render", str(project.root)]) == 0, capsys.readouterr().out


def test_the_build_refuses_the_rows_too(project: Project) -> None:
    _write(project, "titles", *HALVES["titles"])
    with pytest.raises(Abort):
        build_site(project)
