"""Roles and their checklists, the responsibility matrix, training and readiness."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import (
    ARRIVALS,
    GUIDE,
    NOTE,
    ROLE,
    TODAY,
    Project,
    build_site,
    read_page,
    visible_text,
)
from praksisbank.cli.main import main
from praksisbank.core.base.model import Requirement
from praksisbank.core.content.loader import Layout, LoadResult, load
from praksisbank.core.practice.readiness import assess


def check(project: Project) -> LoadResult:
    return load(Layout.default(project.root), TODAY)


# -- the role contract ------------------------------------------------------------------------

ROLE_FILE = "docs/roles/fagansvarlig-enhet.md"


@pytest.mark.parametrize(
    ("path", "old", "new", "line", "message"),
    [
        (
            ROLE_FILE,
            "    check: practice-notes-current",
            "    check: practice-notes",
            8,
            "«practice-notes» er ikke en gyldig verdi for «check». Tillatte verdier: readiness",
        ),
        (
            ROLE_FILE,
            "    source: IM 2016-003 punkt 4.2",
            "    source: IM 2016-003, 4.2",
            7,
            "«IM 2016-003, 4.2» i «source» er ikke en kilde. Skriv dokument og punkt",
        ),
        (
            ROLE_FILE,
            "    source: IM 2016-003 punkt 4.2",
            "    source: IM 2016-033 punkt 4.2",
            7,
            "Kilden «IM 2016-033 punkt 4.2» viser til IM 2016-033, som ikke står i "
            "docs/roles/sources.yml",
        ),
        (
            ROLE_FILE,
            "  - task: Hold praksisnotatet oppdatert.",
            "  - tsak: Hold praksisnotatet oppdatert.",
            6,
            "Ukjent felt «tsak». Mente du «task»?",
        ),
        (
            "docs/roles/saksbehandler.md",
            "role: saksbehandler",
            "role: fagansvarlig-enhet",
            2,
            "Rollen «fagansvarlig-enhet» er allerede brukt i docs/roles/fagansvarlig-enhet.md",
        ),
    ],
)
def test_bad_role_files_are_reported(
    project: Project, path: str, old: str, new: str, line: int, message: str
) -> None:
    source = (project.root / path).read_text(encoding="utf-8")
    assert old in source
    project.write(path, source.replace(old, new))
    problems = check(project).problems
    assert any(p.file == path and p.line == line and message in p.message for p in problems), (
        problems
    )


def test_sources_and_training_files_are_checked(project: Project) -> None:
    project.write(
        "docs/roles/sources.yml",
        "- document: IM 2012-012\n  title: Gammel\n  replaced_by: IM 2016-999\n",
    )
    project.write("docs/roles/training.yml", "- task: Opplæring\n")
    found = {(p.file, p.line, p.code) for p in check(project).problems}
    assert ("docs/roles/sources.yml", 3, "reference-unknown") in found
    assert ("docs/roles/training.yml", 1, "field-missing") in found


# -- readiness ---------------------------------------------------------------------------------


def test_readiness_countries_are_the_five_largest_and_expected_rises(project: Project) -> None:
    rows = [
        f"- country: {c}\n  arrivals: {n}\n"
        for c, n in (
            ("SYR", 900),
            ("AFG", 800),
            ("ERI", 700),
            ("TUR", 600),
            ("SOM", 500),
            ("IRQ", 400),
        )
    ]
    rows.append("- country: SDN\n  arrivals: 10\n  expected_increase: true\n")
    project.write("practice_notes/arrivals.yml", "".join(rows))
    assessed = assess(check(project).content, TODAY)
    assert [(r.rank, r.country) for r in assessed] == [
        (1, "SYR"),
        (2, "AFG"),
        (3, "ERI"),
        (4, "TUR"),
        (5, "SOM"),
        (7, "SDN"),
    ]
    afg = next(r for r in assessed if r.country == "AFG")
    assert afg.ready
    syr = next(r for r in assessed if r.country == "SYR")
    assert [m.requirement for m in syr.missing] == [
        Requirement.PRACTICE_NOTE,
        Requirement.INTERVIEW_GUIDE,
        Requirement.STANDARD_TEXTS,
        Requirement.CATEGORIES,
    ]


@pytest.mark.parametrize(
    ("file", "old", "new", "requirement", "reason"),
    [
        (
            "practice_notes/afg.md",
            "last_reviewed: 2026-10-01",
            "last_reviewed: 2026-05-01",
            Requirement.PRACTICE_NOTE,
            "Praksisnotatet skulle vært gjennomgått innen 30. juli 2026",
        ),
        (
            "interview_guides/afg.md",
            "quality_assured_by: Intervjufaglig nettverk",
            "quality_assured_by: Enhet A1",
            Requirement.INTERVIEW_GUIDE,
            "Intervjuguiden er kvalitetssikret av Enhet A1, ikke av intervjufaglig nettverk.",
        ),
        (
            "practice_notes/afg.md",
            "  - name: Per Prøvestad\n    unit: Enhet B2\n",
            "",
            Requirement.CONTACTS,
            "Enhet B2 har bare 1 landpraksiskontakt (minst 2 trengs).",
        ),
        (
            "practice_notes/afg.md",
            "standard_texts:\n",
            "standard_texts: []\nx_texts:\n",
            Requirement.STANDARD_TEXTS,
            "Praksisnotatet har ingen favoritttekster.",
        ),
    ],
)
def test_each_requirement_fails_with_its_reason(
    project: Project, file: str, old: str, new: str, requirement: Requirement, reason: str
) -> None:
    original = NOTE if file.startswith("practice") else GUIDE
    text = original.replace(old, new)
    if "x_texts" in text:  # drop the favourite texts entirely
        text = text[: text.index("x_texts:")] + text[text.index("---\n## Bakgrunn") :]
    project.write(file, text)
    result = check(project)
    assert result.ok, result.problems
    [afg] = assess(result.content, TODAY)
    assert not afg.ready
    [missing] = afg.missing
    assert missing.requirement is requirement
    assert reason in missing.reason


def test_readiness_command(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write(
        "interview_guides/afg.md",
        GUIDE.replace(
            "quality_assured_by: Intervjufaglig nettverk", "quality_assured_by: Enhet A1"
        ),
    )
    assert main(["readiness", str(project.root), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "country": "AFG",
            "rank": 1,
            "ready": False,
            "missing": [
                {
                    "requirement": "interview_guide",
                    "reason": "Intervjuguiden er kvalitetssikret av Enhet A1, "
                    "ikke av intervjufaglig nettverk.",
                }
            ],
        }
    ]
    assert main(["readiness", str(project.root)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "1. Afghanistan (AFG): ikke klar"


# -- the pages ---------------------------------------------------------------------------------


@pytest.fixture
def site(project: Project, no_warnings: None) -> Path:
    project.write("practice_notes/arrivals.yml", ARRIVALS + "- country: SYR\n  arrivals: 5\n")
    project.write(
        "practice_notes/afg.md",
        NOTE.replace("last_reviewed: 2026-10-01", "last_reviewed: 2026-05-01"),
    )
    return build_site(project)


def test_role_page_is_a_checklist_with_sources_and_live_state(site: Path) -> None:
    page = read_page(site, "roller/fagansvarlig-enhet")
    text = visible_text(page)
    # The checklist is the role file's tasks, each once, in the file's order.
    tasks = re.findall(r"^  - task: (.+)$", ROLE, flags=re.M)
    assert len(tasks) == page.count("data-item=") == 3
    assert all(text.count(task) == 1 for task in tasks)
    assert [text.index(task) for task in tasks] == sorted(text.index(task) for task in tasks)
    assert 'data-checklist="rolle-fagansvarlig-enhet"' in page
    assert "Kilde: IM 2016-003 punkt 4.2" in text
    assert (
        "Kilde: IM 2012-012 punkt 3. Opphevet IM 2012-012 ble opphevet 5. november 2016 og "
        "erstattet av IM 2016-004 (Mandat for intervjufaglig nettverk i Asylavdelingen)."
    ) in text
    assert (
        "Ikke i orden per 21. november 2026: 0 av 2 beredskapsland i orden. Afghanistan: "
        "Praksisnotatet skulle vært gjennomgått innen 30. juli 2026 (sist gjennomgått 1. mai "
        "2026). Syria: Landet har ikke noe gjeldende praksisnotat."
    ) in text
    assert 'href="../../praksisnotater/afg/"' in page
    assert "Ikke i orden per 21. november 2026: 1 vedtak venter på vurdering" in text
    assert 'href="../saksbehandler/"' in page  # links between role files still work
    assert "Fjern alle kryss" in text
    assert (
        "https://git.intern.example/asyl/praksisbanken/edit/main/docs/roles/fagansvarlig-enhet.md"
    ) in page


def test_role_files_are_not_also_published_raw(site: Path) -> None:
    assert not (site / "roles").exists()
    assert "role: fagansvarlig-enhet" not in read_page(site, "roller/fagansvarlig-enhet")


def test_roles_index_and_matrix(site: Path) -> None:
    index = visible_text(read_page(site, "roller"))
    assert "Fagansvarlig enhet Enheten som eier landets portefølje. 3" in index
    assert "IM 2012-012 Organisering og kvalitetssikring" in index
    matrix = visible_text(read_page(site, "roller/ansvarsmatrise"))
    assert "Fagansvarlig enhet 4.2, 9 (Vedtaksbank) 3" in matrix
    assert "Saksbehandler 9 (Vedtaksbank) –" in matrix
    assert "Punkt 4.2 Fagansvarlig enhet Hold praksisnotatet oppdatert." in matrix
    assert "IM 2012-012 ble opphevet 5. november 2016 og erstattet av IM 2016-004" in matrix


def test_country_page_has_training_checklist_and_readiness(site: Path) -> None:
    page = read_page(site, "land/afg")
    text = visible_text(page)
    assert 'data-checklist="opplaering-afg"' in page
    assert page.count("data-item=") == 2
    assert "Beredskapsland nr. 1: ikke klar per 21. november 2026" in text
    readiness = visible_text(read_page(site, "beredskap"))
    assert "0 av 2 beredskapsland er klare (per 21. november 2026" in readiness
    assert (  # 1 200 with a no-break space, which visible_text folds
        "Afghanistan Ikke klar Oppdatert praksisnotat: Praksisnotatet skulle vært "
        "gjennomgått innen 30. juli 2026 (sist gjennomgått 1. mai 2026). 1 1 200"
    ) in readiness
    assert "Syria Ikke klar" in readiness
