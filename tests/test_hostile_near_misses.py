"""Hostile inputs, near-misses: a number that is not personal data is no problem at all and
is published as written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import ARRIVALS, GUIDE, NOTE, ROLE, TODAY, Project, build_site, decision, read_page
from hostile import (
    ARRIVALS_FILE,
    GUIDE_FILE,
    NOTE_FILE,
    PAGE,
    PAGE_FILE,
    ROLE_FILE,
    WRONG,
    Writes,
    apply,
    body,
    cli,
)
from hostile import root as root
from praksisbank.core.content.loader import Layout, load


@dataclass(frozen=True)
class Passes:
    name: str
    writes: Writes
    page: str
    shown: str


def new_decision(
    n: int, *, title: str = "Enslig kvinne", text: str = "", extra: str = ""
) -> Writes:
    return (
        (
            f"decision_bank/afg/2024-naer-{n}.md",
            decision(f"VB-AFG-2024-{n:03d}", title=title, body=body(text), extra=extra),
        ),
    )


PASSES: list[Passes] = [
    Passes(
        "11 digits, wrong checksum",
        new_decision(201, text=f"Nummeret {WRONG} er ugyldig."),
        "vedtaksbank/afg/2024-naer-201",
        WRONG,
    ),
    Passes(
        "wrong checksum 6+5",
        new_decision(202, title=f"Sak {WRONG[:6]} {WRONG[6:]}"),
        "vedtaksbank/afg/2024-naer-202",
        f"{WRONG[:6]} {WRONG[6:]}",
    ),
    Passes(
        "law section in a title",
        new_decision(203, title="Utl. § 28 første ledd bokstav a"),
        "vedtaksbank/afg/2024-naer-203",
        "Utl. § 28 første ledd bokstav a",
    ),
    Passes(
        "sections list",
        new_decision(204, text="Jf. §§ 28 29 30 31 og § 38."),
        "vedtaksbank/afg/2024-naer-204",
        "§§ 28 29 30 31",
    ),
    Passes(
        "years",
        new_decision(205, text="Søkeren bodde der i 2019 2020 2021 og 2019–2024."),
        "vedtaksbank/afg/2024-naer-205",
        "2019 2020 2021",
    ),
    Passes(
        "amount",
        new_decision(206, text="Om lag 25 000 000 mennesker, og 1 500 kroner."),
        "vedtaksbank/afg/2024-naer-206",
        "25 000 000",
    ),
    Passes(
        "amount with dots in a description",
        (
            (
                "decision_bank/afg/2024-naer-207.md",
                decision("VB-AFG-2024-207").replace(
                    "Kvinne uten nettverk fikk beskyttelse.", "Tilskudd på 25.000.000 kroner."
                ),
            ),
        ),
        "vedtaksbank/afg/2024-naer-207",
        "25.000.000",
    ),
    Passes(
        "dates",
        new_decision(208, text="Vedtak 2024-05-17, klage 17.05.2024, møte kl. 22.30–23.30."),
        "vedtaksbank/afg/2024-naer-208",
        "17.05.2024",
    ),
    Passes(
        "document ids",
        new_decision(
            209,
            text="Jf. IM 2016-003 punkt 5, VB-AFG-2024-017, PA-AFG-2026-001 og HR-2020-2345-A.",
            extra="superseded_by: VB-AFG-2025-002\n",
        ),
        "vedtaksbank/afg/2024-naer-209",
        "VB-AFG-2024-017",
    ),
    Passes(
        "organisation number",
        new_decision(210, text="Org.nr. 974 760 673."),
        "vedtaksbank/afg/2024-naer-210",
        "974 760 673",
    ),
    Passes(
        "handle and retina image name",
        new_decision(211, text="Følg @udi på nett. Filen heter logo@2x.png."),
        "vedtaksbank/afg/2024-naer-211",
        "@udi",
    ),
    Passes(
        "contacts' names in a note",
        ((NOTE_FILE, NOTE.replace("Per Prøvestad", "Per Olav Prøvestad-Hansen")),),
        "land/afg",
        "Per Olav Prøvestad-Hansen",
    ),
    Passes(
        "numbers in a guide",
        ((GUIDE_FILE, GUIDE + "\nSpør om årene 2015–2019 og om 3000-4000 søkere.\n"),),
        "intervjuguider/afg",
        "3000-4000",
    ),
    Passes(
        "role source with a section",
        ((ROLE_FILE, ROLE + "\nSe IM 2016-003 punkt 9 (Vedtaksbank) og IM 2012-012.\n"),),
        "roller/fagansvarlig-enhet",
        "IM 2012-012",
    ),
    Passes(
        "large arrivals number",
        ((ARRIVALS_FILE, ARRIVALS.replace("arrivals: 1200", "arrivals: 25000000")),),
        "beredskap",
        "Afghanistan",
    ),
    Passes(
        "free page with a year and an id",
        ((PAGE_FILE, PAGE + "\nFra 2016 gjelder IM 2016-003; se VB-AFG-2024-017.\n"),),
        "om-banken",
        "IM 2016-003",
    ),
]


@pytest.mark.parametrize("row", PASSES, ids=lambda r: f"near-miss: {r.name}")
def test_near_miss_passes(row: Passes, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    apply(root, row.writes)
    problems = load(Layout.default(root), TODAY).problems
    assert problems == (), problems
    assert cli(root, capsys)[0] == 0


def test_near_misses_are_published_as_written(root: Path) -> None:
    paths = [path for row in PASSES for path, _ in row.writes]
    assert len(paths) == len(set(paths))
    for row in PASSES:
        apply(root, row.writes)
    site = build_site(Project(root))
    for row in PASSES:
        page = read_page(site, row.page)
        assert row.shown.replace("&", "&amp;") in page or row.shown in page, row.name
