"""Large projects are read in several processes: the result must be the same as in one."""

from __future__ import annotations

import json
import multiprocessing
import threading

import pytest

from helpers import TODAY, Project, decision, identity_number
from praksisbank.cli.main import main
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


def _many_problems(project: Project) -> Project:
    """Problems in many files, of every sort the check reports: each file's own (dates, values,
    front matter), the personal-data gate's (identity numbers generated here with
    ``helpers.identity_number``, never a real person's; a phone number, an address, a name in a
    file name) and the rules over all files (an id in two files read by different processes)."""
    born = ("150385", "010190", "311299", "120601")
    for n in range(60):
        country, kind = ("afg", "afg", "irn")[n % 3], n % 6  # decision() says AFG
        number = identity_number(born[n % 4], remainder=0)
        body = f"# Sammendrag\n\nSøkeren oppga nummeret {number} i intervjuet nr. {n}.\n"
        if kind == 1:
            body += "\nHun kan nås på 912 34 567 og bor i Storgata 12.\n"
        fields = {
            0: {"decided": f"2024-13-{n % 28 + 1:02d}"},
            1: {"outcome": "kanskje"},
            2: {"category": f"ukjent-{n}"},
            3: {"title": f"Vedtak {n} om Amir Hassan"},
            4: {},
            5: {"decided": "2024-02-30"},
        }[kind]
        path = f"decision_bank/{country}/2024-{n:03d}-sak.md"
        if n % 10 == 7:
            path = f"decision_bank/{country}/2024-{n:03d}-{number}.md"
        project.write(path, decision(f"VB-AFG-2024-{n % 12:03d}", body=body, **fields))
    project.write("interview_guides/afg-tom.md", "ingen front matter\n")
    return project


@pytest.mark.parametrize("form", ["text", "json", "github"])
def test_the_check_prints_the_same_bytes_in_one_process_and_in_several(
    project: Project,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    form: str,
) -> None:
    """`praksisbank check` on a project whose files are read by two or three processes prints
    exactly what one process prints: every problem, in the same order, with the same words."""
    _many_problems(project)
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # servers other tests left
    pools: list[int] = []
    context = multiprocessing.get_context("fork")
    real_pool = type(context).Pool

    def counted_pool(self: object, processes: int, *args: object, **kwargs: object) -> object:
        pools.append(processes)
        return real_pool(self, processes, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(type(context), "Pool", counted_pool)
    printed = []
    for workers in ("1", "2", "3"):
        monkeypatch.setenv(WORKERS_ENV, workers)
        code = main(["check", str(project.root), "--format", form])
        out, err = capsys.readouterr()
        printed.append((code, out, err))
    assert pools == [1, 2]  # the second and third runs shared the files out
    assert printed[1] == printed[0]
    assert printed[2] == printed[0]
    code, out, err = printed[0]
    assert code == 1
    lines = out.splitlines() if form != "json" else [p["file"] for p in json.loads(out)]
    files = {line.split(":")[0] if form == "text" else line for line in lines}
    assert len(files) > 40  # problems in many files, read by every process
    if form == "json":  # every sort of problem the processes find: each file's and the rules'
        codes = {p["code"] for p in json.loads(out)}
        assert {"field-value", "personal-data", "id-duplicate", "front-matter-missing"} <= codes
