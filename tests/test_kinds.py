"""Content kinds and checks defined once; practice clarifications, the kind added through them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from helpers import TODAY, Project, build_site, read_page, search_documents, visible_text
from praksisbank.cli.main import main
from praksisbank.core.base.model import Content, Decision, Outcome, Status
from praksisbank.core.content import kinds
from praksisbank.core.content.kinds import KINDS, Kind, address
from praksisbank.core.content.loader import Layout, LoadResult, load
from praksisbank.core.content.report import Reporter
from praksisbank.core.content.rules import Loaded, unique_ids
from praksisbank.core.practice.checks import CHECKS, Facts, LiveState
from praksisbank.core.practice.flags import FlagKind, compute
from praksisbank.core.views.pages import index_view, item_view
from praksisbank.core.views.render import packaged_templates
from praksisbank.mkdocs_adapter import plugin as mkdocs_plugin
from shared_builds import built_like

# -- the records ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_kind_is_complete(kind: Kind) -> None:
    """A kind's record and its presentation name templates, views and a plugin option that
    all exist."""
    templates = packaged_templates().list_templates()
    shown = kind.presentation
    index = shown.index
    assert bool(index) == bool(kind.nav_title)  # an index page has its title in the navigation
    for name in (index, shown.before, shown.after):
        assert not name or name in templates, name
    assert callable(item_view(kind)) and (not index or callable(index_view(kind)))
    if kind.option:  # the plugin accepts the kind's folder option without a warning
        errors, warnings = mkdocs_plugin.PraksisbankPlugin().load_config({kind.option: "x"})
        assert (errors, warnings) == ([], [])


def test_the_contract_allows_exactly_the_registered_checks() -> None:
    responsibilities = next(s for s in kinds.ROLE.spec if s.name == "responsibilities")
    check = next(s for s in responsibilities.fields if s.name == "check")
    assert [value for value, _ in check.choices] == list(CHECKS)
    for registered in CHECKS.values():
        assert isinstance(registered.state(Facts(readiness=(), flags=())), LiveState)


def test_outcomes_are_labelled_once() -> None:
    decision = next(s for s in kinds.DECISION.spec if s.name == "outcome")
    assert decision.choices == tuple((o.value, o.label) for o in Outcome)


def test_a_rule_runs_alone() -> None:
    def made(path: str) -> Decision:
        return Decision(
            id="VB-X",
            title="T",
            country="AFG",
            path=path,
            line=1,
            body="",
            body_line=2,
            category="a",
            decided=date(2024, 1, 1),
            outcome=Outcome.REFUSED,
            legal_basis=("utl. § 28",),
        )

    report = Reporter()
    content = Content(items={Decision: (made("b.md"), made("a.md"))})
    unique_ids(Loaded(content=content, broken=frozenset(), data_files={}), report)
    first, second = report.problems()  # both files are told, each of the other
    assert (first.file, first.code, second.file) == ("a.md", "id-duplicate", "b.md")
    assert "også brukt i b.md" in first.message and "også brukt i a.md" in second.message


# -- practice clarifications ------------------------------------------------------------------

CLARIFICATION = """\
---
id: PA-AFG-2026-001
title: Enslige kvinner med nettverk i byene
country: AFG
owner_unit: Enhet A1
date: {date}
categories: [enslig-kvinne]
practice_change: {change}
---
## Spørsmål

Skal en fiktiv kvinne med nettverk i Kabul vurderes som enslig?

## Avklaring

Nei, et reelt nettverk i byen teller med.
"""


def clarified(
    project: Project, *, when: str = "2026-10-01", change: str = "true", extra: str = ""
) -> Project:
    text = CLARIFICATION.format(date=when, change=change).replace("---\n## ", f"{extra}---\n## ")
    project.write("practice_clarifications/afg-kvinner-nettverk.md", text)
    return project


def loaded(project: Project) -> LoadResult:
    return load(Layout.default(project.root), TODAY)


def test_a_clarification_is_loaded_and_flags_earlier_decisions(project: Project) -> None:
    result = loaded(clarified(project))
    assert result.ok, result.problems
    [clarification] = result.content.clarifications
    assert clarification.categories == ("enslig-kvinne",)
    flagged = {
        f.item.id: f for f in compute(result.content, TODAY) if f.kind is FlagKind.POSSIBLY_OUTDATED
    }
    # The 2024 decision of the category predates both the note's change and the clarification;
    # the flag names the latest change it predates: the clarification.
    assert flagged["VB-AFG-2024-001"].practice is not None
    assert flagged["VB-AFG-2024-001"].practice.source.id == "PA-AFG-2026-001"
    assert "VB-AFG-2025-002" not in flagged  # another category


@pytest.mark.parametrize(
    ("change", "extra"),
    [
        ("false", ""),
        ("true", "status: withdrawn\nstatus_reason: Feil.\nstatus_date: 2026-10-02\n"),
    ],
)
def test_only_a_current_practice_change_flags(project: Project, change: str, extra: str) -> None:
    project.write(
        "practice_notes/afg.md",
        (project.root / "practice_notes/afg.md")
        .read_text(encoding="utf-8")
        .replace("practice_change: true", "practice_change: false"),
    )
    result = loaded(clarified(project, change=change, extra=extra))
    assert result.ok, result.problems
    assert not [f for f in compute(result.content, TODAY) if f.kind is FlagKind.POSSIBLY_OUTDATED]


@pytest.mark.parametrize(
    ("old", "new", "code", "line", "message"),
    [
        (
            "## Avklaring",
            "## Svar",
            "body-section-missing",
            10,
            "Praksisavklaringen mangler «## Avklaring»",
        ),
        (
            "categories: [enslig-kvinne]",
            "categories: [ukjent]",
            "category-unknown",
            7,
            "Praksisavklaringen nevner kategorien «ukjent», "
            "som ikke finnes i praksisnotatet for AFG",
        ),
        ("date: 2026-10-01", "date: 2026-12-01", "date-future", 6, "ligger fram i tid"),
        ("owner_unit: Enhet A1\n", "", "field-missing", 2, "Feltet «owner_unit» mangler"),
        ("practice_change: true", "practice_change: ja", "field-type", 8, "true eller false"),
    ],
)
def test_bad_clarifications_are_reported(
    project: Project, old: str, new: str, code: str, line: int, message: str
) -> None:
    path = "practice_clarifications/afg-kvinner-nettverk.md"
    clarified(project)
    source = (project.root / path).read_text(encoding="utf-8")
    assert old in source
    project.write(path, source.replace(old, new))
    found = [p for p in loaded(project).problems if p.file == path and p.code == code]
    assert found and found[0].line == line and message in found[0].message, found


def test_clarifications_are_published_everywhere_readers_look(project: Project) -> None:
    site = build_site(clarified(project))
    index = visible_text(read_page(site, "praksisavklaringer"))
    assert "Enslige kvinner med nettverk i byene" in index and "Endret praksis" in index
    page = visible_text(read_page(site, "praksisavklaringer/afg-kvinner-nettverk"))
    assert "Skal en fiktiv kvinne med nettverk i Kabul vurderes som enslig?" in page
    assert "Avklart 1. oktober 2026" in page and "Enslige kvinner" in page
    assert "Praksisavklaringer" in visible_text(read_page(site, "land/afg"))
    assert "Enslige kvinner med nettverk i byene" in visible_text(read_page(site, "land/afg"))
    changes = visible_text(read_page(site, "endringer"))
    assert (
        "1. oktober 2026 Enslige kvinner med nettverk i byene Praksisavklaring Afghanistan "
        "Endret praksis" in changes
    )
    decision = visible_text(read_page(site, "vedtaksbank/afg/2024-kvinne"))
    assert "Les praksisavklaringen «Enslige kvinner med nettverk i byene»" in decision
    assert any("nettverk i Kabul" in d["content"] for d in search_documents(site))


def test_review_and_check_commands_know_clarifications(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    clarified(project)
    assert main(["review", str(project.root), "--format", "json"]) == 0
    flags = json.loads(capsys.readouterr().out)
    assert {"id": "VB-AFG-2024-001", "kind": "possibly_outdated"}.items() <= next(
        f for f in flags if f["id"] == "VB-AFG-2024-001"
    ).items()
    project.write("practice_clarifications/afg-kvinner-nettverk.md", "---\nid: x\n---\n")
    assert main(["check", str(project.root)]) == 1
    assert "practice_clarifications/afg-kvinner-nettverk.md:2" in capsys.readouterr().out


# -- templates a site can override ------------------------------------------------------------


def test_a_site_overrides_the_404_page_and_our_templates(project: Project) -> None:
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    project.write(
        "mkdocs.yml",
        config.replace("  language: nb\n", "  language: nb\n  custom_dir: overrides\n"),
    )
    project.write(
        "overrides/404.html",
        '{% extends "main.html" %}{% block content %}<h1>Borte vekk</h1>{% endblock %}',
    )
    project.write(
        "overrides/praksisbank/decision.html",
        '<h1>{{ item.title }}</h1><p class="egen">Utfall: {{ item.outcome.label }}</p>',
    )
    site = build_site(project)
    assert "Borte vekk" in (site / "404.html").read_text(encoding="utf-8")
    page = read_page(site, "vedtaksbank/afg/2024-kvinne")
    assert '<p class="egen">Utfall: Beskyttelse (utl. § 28)</p>' in page
    assert "pb-panel" not in page  # our panel was replaced, not added to
    assert "pb-panel" in read_page(site, "praksisnotater/afg")  # the others stay ours


# -- what the loader refuses ------------------------------------------------------------------


def test_a_symbolic_link_is_refused_and_never_read(project: Project, tmp_path: Path) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-utenfor.md"
    outside.write_text("---\nid: HEMMELIG-UTENFOR\n---\nHEMMELIG\n", encoding="utf-8")
    (project.root / "decision_bank/afg/lenke.md").symlink_to(outside)
    (project.root / "interview_guides/mappe").symlink_to(tmp_path.parent)
    problems = loaded(project).problems
    linked = {p.file for p in problems if "symbolsk lenke" in p.message}
    assert linked == {"decision_bank/afg/lenke.md", "interview_guides/mappe"}
    assert not any("HEMMELIG" in p.message for p in problems)


def test_a_unit_name_must_give_an_address(project: Project) -> None:
    note = (project.root / "practice_notes/afg.md").read_text(encoding="utf-8")
    project.write("practice_notes/afg.md", note.replace("owner_unit: Enhet A1", 'owner_unit: "–"'))
    found = [p for p in loaded(project).problems if p.code == "field-value"]
    assert found and "gir ingen nettadresse" in found[0].message


def test_a_failed_build_leaves_the_last_good_site(
    project: Project, tmp_path_factory: pytest.TempPathFactory
) -> None:
    site = built_like(tmp_path_factory, project, copy=True)  # the run's build of these files
    before = read_page(site, "vedtaksbank/afg/2024-kvinne")
    project.write("decision_bank/afg/2024-kvinne.md", "---\nid: [\n---\n")
    with pytest.raises(Abort):
        build_site(project)
    assert read_page(site, "vedtaksbank/afg/2024-kvinne") == before
    assert [p.name for p in project.root.iterdir() if p.name.startswith(".site")] == []


def test_addresses_follow_the_kind(project: Project) -> None:
    content = loaded(clarified(project)).content
    assert [address(c) for c in content.clarifications] == [
        "praksisavklaringer/afg-kvinner-nettverk.md"
    ]
    assert all(d.status is Status.CURRENT for d in content.decisions)


# -- free pages under docs/ -------------------------------------------------------------------

FREE_PAGE = """\
---
title: Om Praksisbanken
description: Hva nettstedet er til for.
---
Praksisbanken er et fiktivt eksempel. <script>alert(1)</script><b onclick="x()">Fet</b>
"""


def test_a_free_page_is_checked_sanitized_and_in_the_navigation(project: Project) -> None:
    project.write("docs/om.md", FREE_PAGE)
    project.write("docs/bilder/kart.png", _png())
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    project.write("mkdocs.yml", config[: config.index("nav:")])  # the plugin's navigation
    site = build_site(project)
    page = read_page(site, "om")
    assert "Praksisbanken er et fiktivt eksempel." in page
    assert "<script>alert" not in page and "onclick" not in page
    assert (site / "bilder/kart.png").is_file()
    home = read_page(site, "")
    assert 'href="om/"' in home and "Praksisavklaringer" in visible_text(home)


@pytest.mark.parametrize(
    ("path", "text", "message"),
    [
        ("docs/om.md", "# Om\n", "Filen mangler front matter"),
        ("docs/om.md", "---\ntitle: Om\nforfatter: x\n---\n", "Ukjent felt «forfatter»"),
        ("docs/side.html", "<script>alert(1)</script>", "Filer av typen .html publiseres ikke"),
        ("docs/bilde.svg", "<svg onload='x()'/>", "Filer av typen .svg publiseres ikke"),
        (
            "docs/index.md",
            "---\ntitle: Forside\n---\n",
            "som allerede er en side Praksisbanken lager",
        ),
    ],
)
def test_what_docs_may_not_hold(project: Project, path: str, text: str, message: str) -> None:
    project.write(path, text)
    found = [p for p in loaded(project).problems if p.file == path]
    assert any(message in p.message for p in found), found


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 3), (10, 20, 30)).save(out, "PNG")
    return out.getvalue()
