"""Large projects are read in several processes: the result must be the same as in one."""

from __future__ import annotations

import multiprocessing
import threading

import pytest

from helpers import TODAY, Project, decision
from praksisbank.core.content import parallel
from praksisbank.core.content.loader import FileCache, Layout, LoadResult, load
from praksisbank.mkdocs_adapter.settings import WORKERS_ENV, resolve


def _broken_project(project: Project) -> Project:
    """Errors found in a file on its own, and errors only the rules over all files find (they
    point into files that another process read)."""
    for n in range(12):
        project.write(
            f"decision_bank/afg/2024-{n:02d}-kopi.md",
            decision(f"VB-AFG-2024-1{n:02d}", title=f"Kopi nummer {chr(97 + n)}"),
        )
    project.write(
        "decision_bank/afg/2019-erstattet.md",
        decision(
            "VB-AFG-2019-900",
            extra="status: outdated\nstatus_reason: Gammel.\nstatus_date: 2025-01-01\n"
            "superseded_by: VB-AFG-2099-404\n",
        ),
    )
    project.write("decision_bank/afg/2024-ukjent.md", decision("VB-AFG-2024-901", category="x"))
    project.write("decision_bank/afg/2024-feil.md", decision("VB-AFG-2024-902", outcome="kanskje"))
    project.write("decision_bank/afg/2024-dobbel.md", decision("VB-AFG-2024-001"))
    project.write("interview_guides/afg-tom.md", "ingen front matter\n")
    return project


def _load(monkeypatch: pytest.MonkeyPatch, project: Project, workers: str) -> LoadResult:
    """Loaded with the ``workers`` setting as PRAKSISBANK_WORKERS or mkdocs.yml gives it."""
    chosen = resolve({}, None, {WORKERS_ENV: workers})
    # Threads left by other tests (servers) would keep the load in one process.
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    return load(Layout.default(project.root), TODAY, workers=chosen.workers)


def test_two_processes_find_what_one_finds(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    _broken_project(project)
    alone = _load(monkeypatch, project, "1")
    shared = _load(monkeypatch, project, "2")
    assert parallel._workers(20, 2) == 2  # the processes were used
    assert shared == alone
    codes = {p.code for p in alone.problems}
    assert {"reference-unknown", "category-unknown", "field-value", "id-duplicate"} <= codes
    lines = {(p.file, p.line) for p in alone.problems if p.code == "reference-unknown"}
    assert lines == {("decision_bank/afg/2019-erstattet.md", 15)}  # superseded_by: its own line


def test_a_failing_worker_process_loses_nothing(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    _broken_project(project)
    alone = _load(monkeypatch, project, "1")

    def broken_pool(*args: object, **kwargs: object) -> None:
        raise OSError("no processes here")

    context = multiprocessing.get_context("fork")
    monkeypatch.setattr(type(context), "Pool", broken_pool)
    assert _load(monkeypatch, project, "2") == alone


def test_a_live_preview_s_cache_gives_what_a_fresh_load_gives(project: Project) -> None:
    """Under `mkdocs serve` files unchanged since the last load are not read again; a changed
    one is, so its new problems (and their absence once fixed) show at once."""
    layout, cache = Layout.default(project.root), FileCache()
    assert load(layout, TODAY, cache) == load(layout, TODAY)
    path = "decision_bank/afg/2024-kvinne.md"
    good = (project.root / path).read_text(encoding="utf-8")
    project.write(path, good.replace("outcome: protection", "outcome: kanskje"))
    broken = load(layout, TODAY, cache)
    assert broken == load(layout, TODAY)
    assert [p.file for p in broken.problems] == [path]
    project.write(path, good)
    assert load(layout, TODAY, cache) == load(layout, TODAY)
    assert not load(layout, TODAY, cache).problems
