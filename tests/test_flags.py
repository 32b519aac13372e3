"""Outdated, withdrawn, possibly outdated and overdue: the rules, the pages and the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from helpers import (
    NOTE,
    TODAY,
    Project,
    build_site,
    decision,
    outdated_decision,
    read_page,
    search_documents,
    visible_text,
    withdrawn_decision,
    write_project,
)
from praksisbank.cli.main import main
from praksisbank.core.base.model import (
    Category,
    Change,
    Complexity,
    Content,
    Decision,
    Outcome,
    PracticeNote,
)
from praksisbank.core.content.loader import Layout, load
from praksisbank.core.practice.flags import FlagKind, compute, practice_change_for, practice_changes
from shared_builds import build_warnings, project_site


def content_of(project: Project) -> Content:
    result = load(Layout.default(project.root), TODAY)
    assert result.ok, result.problems
    return result.content


def kinds(project: Project) -> dict[str, set[FlagKind]]:
    found: dict[str, set[FlagKind]] = {}
    for flag in compute(content_of(project), TODAY):
        found.setdefault(flag.item.id, set()).add(flag.kind)
    return found


# -- the rule for "possibly outdated" ---------------------------------------------------------


def test_practice_change_flags_earlier_decisions_of_its_categories(project: Project) -> None:
    content = content_of(project)
    changes = practice_changes(content)["AFG"]
    woman, dublin = sorted(content.decisions, key=lambda d: d.id)
    practice = practice_change_for(woman, changes)
    assert practice is not None and practice.change.date == date(2026, 9, 15)
    assert practice.source.id == "PN-AFG"
    assert practice_change_for(dublin, changes) is None  # another category


@pytest.mark.parametrize(
    ("extra", "decided", "flagged"),
    [
        ("", "2024-05-17", True),
        ("reviewed: 2026-09-15\n", "2024-05-17", False),  # reviewed on the day of the change
        ("reviewed: 2026-09-14\n", "2024-05-17", True),  # reviewed before it
        ("", "2026-09-15", False),  # decided on the day of the change
        (
            "status: outdated\nstatus_reason: Gammel.\nstatus_date: 2025-01-01\n",
            "2024-05-17",
            False,
        ),
    ],
)
def test_review_and_dates_decide_the_flag(
    project: Project, extra: str, decided: str, flagged: bool
) -> None:
    project.write("decision_bank/afg/2024-kvinne.md", decision(decided=decided, extra=extra))
    found = kinds(project).get("VB-AFG-2024-001", set())
    assert (FlagKind.POSSIBLY_OUTDATED in found) is flagged


def test_change_without_categories_flags_every_category(project: Project) -> None:
    project.write("practice_notes/afg.md", NOTE.replace("    categories: [enslig-kvinne]\n", ""))
    assert FlagKind.POSSIBLY_OUTDATED in kinds(project)["VB-AFG-2025-002"]


def test_only_practice_changes_flag() -> None:
    d = Decision(
        id="X",
        title="X",
        country="AFG",
        path="x.md",
        line=1,
        body="",
        body_line=1,
        category="a",
        decided=date(2020, 1, 1),
        outcome=Outcome.REFUSED,
        legal_basis=("utl. § 28",),
    )
    note = PracticeNote(
        id="N",
        title="N",
        country="AFG",
        path="n.md",
        line=1,
        body="",
        body_line=1,
        owner_unit="E",
        last_reviewed=date(2026, 1, 1),
        categories=(Category(code="a", name="A", description="A", complexity=Complexity.SIMPLE),),
        changes=(Change(date=date(2026, 1, 1), summary="Språkvask."),),
    )
    content = Content(items={Decision: (d,), PracticeNote: (note,)})
    assert practice_changes(content) == {}
    assert practice_change_for(d, practice_changes(content).get("AFG", [])) is None


def test_overdue_note_and_guide(project: Project) -> None:
    project.write(
        "practice_notes/afg.md",
        NOTE.replace("last_reviewed: 2026-10-01", "last_reviewed: 2026-08-23"),
    )
    assert FlagKind.REVIEW_OVERDUE not in kinds(project).get("PN-AFG", set())  # due today
    project.write(
        "practice_notes/afg.md",
        NOTE.replace("last_reviewed: 2026-10-01", "last_reviewed: 2026-08-22"),
    )
    [flag] = [f for f in compute(content_of(project), TODAY) if f.item.id == "PN-AFG"]
    assert flag.kind is FlagKind.REVIEW_OVERDUE
    assert flag.owner_unit == "Enhet A1"
    assert flag.since == date(2026, 11, 20)


# -- what readers see ---------------------------------------------------------------------------


def write_flagged(project: Project) -> Project:
    """The small project with one decision of each status and an overdue guide."""
    project.write(
        "decision_bank/afg/2019-gammel.md",
        outdated_decision(),
    )
    project.write(
        "decision_bank/afg/2020-fjernet.md",
        withdrawn_decision(),
    )
    guide = (project.root / "interview_guides/afg.md").read_text(encoding="utf-8")
    project.write(
        "interview_guides/afg.md",
        guide.replace("review_interval_days: 180", "review_interval_days: 30"),
    )
    return project


@pytest.fixture
def flagged(project: Project) -> Project:
    return write_flagged(project)


@pytest.fixture
def flagged_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``write_flagged``'s project, built once per run for the tests that only read it."""
    site = project_site(tmp_path_factory, lambda p: write_flagged(write_project(p)))
    assert build_warnings(site) == []
    return site


def test_outdated_decision_warns_and_links_both_ways(flagged_site: Path, no_warnings: None) -> None:
    site = flagged_site
    page = read_page(site, "vedtaksbank/afg/2019-gammel")
    text = visible_text(page)
    assert "Utdatert siden 1. juni 2025 Bygger på gammel landinformasjon." in text
    assert "Se i stedet: Dublin-overføring til Østerrike (VB-AFG-2025-002)" in text
    assert 'href="../2025-dublin/"' in page
    assert page.index("Utdatert siden") < page.index("pb-panel")
    assert "<title>Utdatert: Gammel vurdering av internflukt - Testbanken</title>" in page
    assert page.count("<h1") == 1 and "<h1>Gammel vurdering av internflukt</h1>" in page
    found = {d["meta"]["title"]: d["meta"].get("status") for d in search_documents(site)}
    assert found["Gammel vurdering av internflukt"] == "Utdatert"  # shown in each search result
    assert found["Enslig kvinne fra Herat"] == "Kan være utdatert"
    newer = visible_text(read_page(site, "vedtaksbank/afg/2025-dublin"))
    assert "Erstatter: Gammel vurdering av internflukt (VB-AFG-2019-003)." in newer


def test_possibly_outdated_decision_shows_the_change(flagged_site: Path) -> None:
    site = flagged_site
    page = read_page(site, "vedtaksbank/afg/2024-kvinne")
    text = visible_text(page)
    assert (
        "Kan være utdatert Praksis for Afghanistan ble endret 15. september 2026: Ny "
        "vurdering av enslige kvinner."
    ) in text
    assert 'href="../../../praksisnotater/afg/#siste-endringer"' in page


def test_reviewed_decision_says_so(project: Project) -> None:
    project.write("decision_bank/afg/2024-kvinne.md", decision(extra="reviewed: 2026-10-05\n"))
    text = visible_text(read_page(build_site(project), "vedtaksbank/afg/2024-kvinne"))
    assert "Status Gjeldende. Vurdert som gjeldende 5. oktober 2026" in text
    assert "Kan være utdatert" not in text


def test_listings_show_badges_current_first_and_no_withdrawn(flagged_site: Path) -> None:
    site = flagged_site
    country = read_page(site, "land/afg")
    rows = [r for r in country.split("<tr>") if "vedtaksbank/afg/" in r]
    order = [r.split('href="../../vedtaksbank/afg/')[1].split("/")[0] for r in rows]
    assert order == ["2024-kvinne", "2025-dublin", "2019-gammel"]  # one per category table
    dublin_table = country[country.index('id="kategori-dublin"') :]
    assert dublin_table.index("2025-dublin") < dublin_table.index("2019-gammel")
    assert "pb-badge--outdated" in dublin_table and "pb-badge--possibly" in country
    assert "2020-fjernet" not in country
    assert "2020-fjernet" not in read_page(site, "vedtaksbank")
    assert not [d for d in search_documents(site) if "2020-fjernet" in d["url"]]


def test_overdue_guide_warns_at_build_time(flagged_site: Path) -> None:
    site = flagged_site
    page = read_page(site, "intervjuguider/afg")
    warning = page[page.index('class="admonition pb-flag pb-flag--overdue pb-overdue"') :]
    assert " hidden" not in warning[: warning.index(">")]
    assert (
        "Dette dokumentet skulle vært gjennomgått innen 19. september 2026 (sist "
        "gjennomgått 20. august 2026). Ansvarlig enhet: Enhet A1."
    ) in visible_text(page)
    note = read_page(site, "praksisnotater/afg")
    assert 'data-review-due="2026-12-30" hidden' in note  # not yet due: hidden until it is
    guides = read_page(site, "intervjuguider")
    assert 'pb-badge pb-badge--overdue" data-review-due="2026-09-19">' in guides


def test_changes_page_is_newest_first(flagged_site: Path) -> None:
    text = visible_text(read_page(flagged_site, "endringer"))
    dates = [
        "15. september 2026",
        "20. august 2026",
        "1. juli 2025",
        "1. juni 2025",
        "10. januar 2025",
    ]
    positions = [text.index(d) for d in dates]
    assert positions == sorted(positions)
    assert "Fjernet: Ikke godt nok anonymisert." in text
    assert "Endret praksis Ny vurdering av enslige kvinner." in text


def test_review_queue_per_unit(flagged_site: Path) -> None:
    site = flagged_site
    text = visible_text(read_page(site, "gjennomgang/enhet-a1"))
    assert "Enhet A1 har 2 saker til gjennomgang." in text
    assert "Enslig kvinne fra Herat Kan være utdatert VB-AFG-2024-001" in text
    assert "Intervjuguide Afghanistan Gjennomgang forfalt IG-AFG" in text
    assert "VB-AFG-2019-003" not in text  # outdated but has a successor
    index = visible_text(read_page(site, "gjennomgang"))
    assert "Enhet A1 1 1 0" in index


def test_review_command_lists_every_flag(
    flagged: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", str(flagged.root), "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert {(i["id"], i["kind"]) for i in items} == {
        ("VB-AFG-2019-003", "outdated"),
        ("VB-AFG-2020-004", "withdrawn"),
        ("VB-AFG-2024-001", "possibly_outdated"),
        ("IG-AFG", "review_overdue"),
    }
    overdue = next(i for i in items if i["kind"] == "review_overdue")
    assert overdue == {
        "id": "IG-AFG",
        "file": "interview_guides/afg.md",
        "kind": "review_overdue",
        "reason": "Skulle vært gjennomgått innen 19. september 2026 (sist gjennomgått 20. august "
        "2026, hver 30. dag).",
        "owner_unit": "Enhet A1",
        "since": "2026-09-19",
    }
    assert main(["review", str(flagged.root)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert (
        "decision_bank/afg/2020-fjernet.md: fjernet: VB-AFG-2020-004: Ikke godt nok "
        "anonymisert. (ansvarlig: Enhet A1, siden 2025-07-01)"
    ) in lines


def test_review_command_refuses_invalid_content(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("decision_bank/afg/x.md", "x\n")
    assert main(["review", str(project.root)]) == 1
    assert "Kan ikke lage listen" in capsys.readouterr().err


def test_status_validation(project: Project) -> None:
    project.write(
        "decision_bank/afg/2019-gammel.md",
        decision("VB-AFG-2019-003", decided="2019-03-01", extra="status: withdrawn\n"),
    )
    result = load(Layout.default(project.root), TODAY)
    [problem] = result.problems
    assert problem.code == "status-incomplete" and problem.line == 12
    assert "må også «status_reason» og «status_date» fylles ut" in problem.message
