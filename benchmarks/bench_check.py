"""Where `praksisbank check` spends its time, a file at a time (issue 22, item 2).

    .venv/bin/python benchmarks/bench_check.py [PROJECT] [--decisions 5000] [--runs 3]

Without PROJECT it writes a fictional project of ``--decisions`` decisions (``synthetic.py``)
into a temporary folder. Three tables, CPU time (`time.process_time`, or user + system of the
child processes from `os.wait4`): the machine is shared, wall time says little there.

1. The steps of one file (`load(..., workers=1)` in this process, each step timed around its
   call): discovery, reading, YAML, the contract, the personal-data gate on the file's path,
   its fields and its body (of it, the digests of the store of clean verdicts), sections,
   Markdown's price, the item built, the rules over all files; cold (no store), then warm (a
   store in the temporary folder, filled by one load before).
2. The detectors of the personal-data gate, class by class, on the same texts (paths, fields
   joined, bodies), each class timed around its every call (``CLASSES``, each named by the module
   that defines it): CPU µs a file, and how many texts had a finding. A class missing from the
   code (moved or renamed) stops the benchmark with its name.
3. `praksisbank check` as a subprocess in one process (``PRAKSISBANK_WORKERS=1``) and on every
   core cold (``--no-cache``), and on every core warm (a store of clean verdicts of its own,
   filled by a run before), alternately, ``--runs`` times each (median): wall seconds, CPU
   seconds, files/s with the start-up (the same command on an empty folder) taken off.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest import mock

from praksisbank.core.content import documents, kindloader, loader, personal, rules
from praksisbank.core.gate import anonymity, names, personaldata, verdicts
from praksisbank.mkdocs_adapter.project import layout_for

ROOT = Path(__file__).resolve().parent
PRAKSISBANK = str(Path(sys.executable).with_name("praksisbank"))
TODAY = date(2026, 12, 1)

STEPS = (
    (kindloader.KindLoader, "paths", "discovery"),
    (documents, "read_text", "reading the file"),
    (documents, "parse", "YAML (node tree, strict walk)"),
    (kindloader.KindLoader, "check", "contract (schema)"),
    (personal.Gate, "name", "gate: the path"),
    (personal.Gate, "fields", "gate: the fields"),
    (personal.Gate, "body", "gate: the body"),
    (verdicts.Store, "digest", "  of the gate: the verdicts' digests"),
    (kindloader.KindLoader, "sections", "sections"),
    (kindloader.KindLoader, "too_costly", "Markdown's price"),
    (kindloader.Kind, "build", "the item built"),
)
CLASSES = (
    (anonymity.reading, "_Normalised", "normalising (entities, folds)"),
    (anonymity.numbers, "_each", "identity, DUF, phone numbers"),
    (anonymity.numbers, "_case_candidates", "case numbers"),
    (anonymity.numbers, "_split_identity_candidates", "split identity numbers"),
    (anonymity.numbers, "_reversed_identity_candidates", "reversed identity numbers"),
    (anonymity.contacts, "_email_candidates", "e-mail addresses"),
    (anonymity.contacts, "_obfuscated_email_candidates", "spelled-out addresses"),
    (anonymity.contacts, "_online_candidates", "online identities"),
    (personaldata.births, "_day_month_births", "dates of birth by day and month"),
    (personaldata, "_after_keyword", "values after a keyword"),
    (names, "find", "personal names, all of them"),
    (names.cues, "_cued", "  names after a cue"),
    (names.scripts, "_name_starts", "  where a name may start"),
    (names.disguises, "_small_surnames", "  surnames in small letters"),
    (names.disguises, "_Reshaped", "  disguises undone"),
    (anonymity.scanning, "_encoded", "encoded runs (with their own scan)"),
    (anonymity.scanning, "_spoken", "numbers in words (with their own scan)"),
    (anonymity.scanning, "_select", "ranking the candidates"),
)
"""Each class by the module that defines it (``timed_everywhere`` wraps it in every module
that imported it, where its callers look it up)."""


def timed(
    owner: Any, name: str, label: str, spent: dict[str, float], hits: collections.Counter[str]
) -> Callable[[], None]:
    """Wraps ``owner.name`` to add its CPU time to ``spent[label]``; returns the undo."""
    original = getattr(owner, name, None)
    if original is None:
        return lambda: None

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            result = original(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start
        if isinstance(result, list) and result:
            hits[label] += 1
        return result

    setattr(owner, name, wrapper)
    return lambda: setattr(owner, name, original)


def timed_everywhere(
    module: ModuleType,
    name: str,
    label: str,
    spent: dict[str, float],
    hits: collections.Counter[str],
) -> Callable[[], None]:
    """``timed`` for a function or class ``module`` defines, wrapped in ``module`` and in every
    module of the plugin that imported it by name (where its callers look it up). A name that is
    not there, or that ``module`` only imports, stops the benchmark: a moved or renamed class
    would otherwise be left out of the table without a word."""
    original = getattr(module, name, None)
    if original is None or getattr(original, "__module__", None) != module.__name__:
        found = getattr(original, "__module__", "nowhere")
        raise SystemExit(
            f"bench_check.py: CLASSES names {module.__name__}.{name}, defined {found}: "
            "name the module that defines it"
        )
    holders = [
        m
        for m in list(sys.modules.values())
        if isinstance(m, ModuleType)
        and m.__name__.startswith("praksisbank.")
        and getattr(m, name, None) is original
    ]
    undo = [timed(m, name, label, spent, hits) for m in holders]

    def undo_all() -> None:
        for step in reversed(undo):
            step()

    return undo_all


def table(title: str, spent: dict[str, float], files: int, hits: collections.Counter[str]) -> None:
    print(f"\n{title}\n\n| part | CPU µs a file | texts with a finding |\n|---|---:|---:|")
    for label, seconds in spent.items():
        print(f"| {label} | {seconds / files * 1e6:,.0f} | {hits.get(label, '')} |")


class _Rules:
    """The rules over all files, as one step."""

    every = rules.RULES

    @staticmethod
    def run(loaded: Any, report: Any) -> None:
        for rule in _Rules.every:
            rule(loaded, report)


def steps(project: Path, store: Path | None = None) -> int:
    """The steps of one file, cold; warm too with ``store`` (a folder for the store of clean
    verdicts, filled by one untimed load before the timed one)."""
    spent: dict[str, float] = collections.defaultdict(float)
    hits: collections.Counter[str] = collections.Counter()
    layout = layout_for(project)
    if store is not None:
        with verdicts.kept(verdicts.open_store(project, [b"bench"], store)):
            loader.load(layout, TODAY, workers=1)
    undo = [timed(owner, name, label, spent, hits) for owner, name, label in STEPS]
    undo.append(timed(_Rules, "run", "rules over all files", spent, hits))
    opened = verdicts.open_store(project, [b"bench"], store) if store is not None else None
    start = time.process_time()
    with (
        mock.patch.object(loader, "RULES", (lambda loaded, report: _Rules.run(loaded, report),)),
        verdicts.kept(opened),
    ):
        result = loader.load(layout, TODAY, workers=1)
    total = time.process_time() - start
    for step in undo:
        step()
    files = len(result.content.files)
    spent["every step of the check"] = total
    how = "warm (the store filled by a load before)" if store is not None else "cold"
    table(f"Steps, one process, {how}, {files} files:", spent, files, collections.Counter())
    return files


def classes(project: Path, files: int) -> None:
    """Each class on the texts the check reads: every file's path, fields and body."""
    texts: list[str] = []
    for path in sorted(project.rglob("*.md")):
        shown = path.relative_to(project).as_posix()
        if shown.startswith(("site/", ".")):
            continue
        doc = documents.read_document(path, shown)[0]
        if doc is not None:
            fields = personal._APART.join(t for _, t in personal._strings(doc.meta.value))
            texts += [shown, fields, doc.body]
    for text in texts[:300]:  # the name lists, read on first use
        anonymity.scanning._scan(text)
    spent: dict[str, float] = collections.defaultdict(float)
    hits: collections.Counter[str] = collections.Counter()
    undo = [timed_everywhere(owner, name, label, spent, hits) for owner, name, label in CLASSES]
    start = time.process_time()
    for text in texts:
        anonymity.scanning._scan(text)
    spent["every class"] = time.process_time() - start
    for step in undo:
        step()
    title = f"Detector classes, one process, {len(texts)} texts ({files} files; a class's time"
    table(title + " includes the classes it calls):", spent, files, hits)


def run_check(target: Path, workers: str, store: Path | None) -> tuple[float, float, int]:
    """One ``praksisbank check``: cold (``--no-cache``) without ``store``, else with the store of
    clean verdicts in that folder."""
    env = {**os.environ, "PRAKSISBANK_TODAY": TODAY.isoformat(), "PRAKSISBANK_WORKERS": workers}
    command = [PRAKSISBANK, "check", str(target)]
    if store is None:
        command.append("--no-cache")
    else:
        env.update(PRAKSISBANK_VERDICT_CACHE="1", XDG_CACHE_HOME=str(store))
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    err = process.stderr.read() if process.stderr else ""
    _, _, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    count = re.search(r"i ([0-9]+) fil", err)
    return wall, usage.ru_utime + usage.ru_stime, int(count.group(1)) if count else 0


def pool(project: Path, empty: Path, runs: int) -> None:
    """One process and every core, cold; every core warm (the store filled by a run before)."""
    print(
        "\n`praksisbank check`, medians of alternate runs:\n\n| processes | wall s | CPU s "
        "| start-up wall s (CPU s) | files/s, start-up taken off | CPU µs a file |\n"
        "|---|---:|---:|---:|---:|---:|"
    )
    store = empty.parent / "verdicts-pool"
    run_check(project, "0", store)  # fills the store
    ways = {
        "one, cold": ("1", None),
        f"every core ({os.cpu_count()}), cold": ("0", None),
        f"every core ({os.cpu_count()}), warm": ("0", store),
    }
    measured: dict[str, list[tuple[float, float, int]]] = {way: [] for way in ways}
    startups: list[tuple[float, float, int]] = []
    for _ in range(runs):
        for way, (workers, kept) in ways.items():
            startups.append(run_check(empty, workers, kept))
            measured[way].append(run_check(project, workers, kept))
    up_wall = statistics.median(s[0] for s in startups)
    up_cpu = statistics.median(s[1] for s in startups)
    for way, results in measured.items():
        wall = statistics.median(r[0] for r in results)
        cpu = statistics.median(r[1] for r in results)
        files = results[0][2]
        print(
            f"| {way} | {wall:.2f} | {cpu:.2f} | {up_wall:.2f} ({up_cpu:.2f}) "
            f"| {files / max(wall - up_wall, 1e-9):,.0f} | {(cpu - up_cpu) / files * 1e6:,.0f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", nargs="?", type=Path)
    parser.add_argument("--decisions", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip", default="", help="comma-separated: steps, warm, classes, pool")
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    with tempfile.TemporaryDirectory(prefix="bench-check-") as folder:
        project = args.project
        if project is None:
            sys.path.insert(0, str(ROOT))
            import synthetic

            project = Path(folder) / "project"
            synthetic.generate(project, args.decisions)
        project = project.resolve()
        empty = Path(folder) / "empty"
        empty.mkdir()
        print(f"Project: {project}; load average {os.getloadavg()[0]:.1f} at the start.")
        files = steps(project) if "steps" not in skip else 0
        if "warm" not in skip:
            files = steps(project, Path(folder) / "verdicts")
        if "classes" not in skip:
            classes(project, files or len(list(project.rglob("*.md"))))
        if "pool" not in skip:
            pool(project, empty, args.runs)
        print(f"\nLoad average {os.getloadavg()[0]:.1f} at the end.")


if __name__ == "__main__":
    main()
