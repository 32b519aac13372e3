"""A record of where a test run's time goes, for whoever tunes the run (not a test).

With ``PRAKSISBANK_TIMELINE=<folder>`` every test process (each pytest-xdist worker) appends a
line to ``<folder>/<worker>.jsonl`` for each test: its file, its wall-clock start and end, and
the CPU seconds the process and its finished children spent on it (set-up and teardown
included, so a module fixture's build counts for the file's first test). Without the variable
nothing is recorded. ``python tests/timeline.py <folder>`` prints each worker's files in the
order they ran, with wall and CPU seconds, the idle time of each worker and the CPU per file.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Generator
from pathlib import Path

import pytest

_ENV = "PRAKSISBANK_TIMELINE"


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, object, object]:
    folder = os.environ.get(_ENV)
    if not folder:
        return (yield)
    start, cpu = time.time(), _cpu()
    try:
        return (yield)
    finally:
        row = {
            "file": item.path.name,
            "test": item.nodeid,
            "start": start,
            "end": time.time(),
            "cpu": _cpu() - cpu,
        }
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        Path(folder).mkdir(parents=True, exist_ok=True)
        with (Path(folder) / f"{worker}.jsonl").open("a", encoding="utf-8") as out:
            out.write(json.dumps(row) + "\n")


def report(folder: Path) -> str:
    """Each worker's files in order (start, wall, CPU), its idle time, and the files by CPU."""
    rows = [
        (file.stem, json.loads(line))
        for file in sorted(folder.glob("*.jsonl"))
        for line in file.read_text(encoding="utf-8").splitlines()
    ]
    if not rows:
        return "no tests recorded"
    origin = min(r["start"] for _, r in rows)
    finish = max(r["end"] for _, r in rows)
    lines = [f"run: {finish - origin:.1f} s from the first test's start to the last one's end"]
    per_file: dict[str, list[float]] = {}
    for worker in sorted({w for w, _ in rows}):
        mine = sorted((r for w, r in rows if w == worker), key=lambda r: r["start"])
        busy = sum(r["end"] - r["start"] for r in mine)
        lines.append(
            f"\n{worker}: busy {busy:.1f} s, idle {finish - origin - busy:.1f} s, "
            f"CPU {sum(r['cpu'] for r in mine):.1f} s"
        )
        spans: list[list[object]] = []
        for r in mine:
            if spans and spans[-1][0] == r["file"]:
                spans[-1][2] = r["end"]
                spans[-1][3] = float(str(spans[-1][3])) + r["cpu"]
            else:
                spans.append([r["file"], r["start"], r["end"], r["cpu"]])
        for name, begin, end, cpu in spans:
            b, e, c = float(str(begin)), float(str(end)), float(str(cpu))
            lines.append(f"  {b - origin:6.1f} {e - b:6.1f} s wall {c:6.1f} s CPU  {name}")
            per_file.setdefault(str(name), [0.0, 0.0])
            per_file[str(name)][0] += e - b
            per_file[str(name)][1] += c
    lines.append("\nfiles by CPU (wall, CPU):")
    for name, (wall, cpu) in sorted(per_file.items(), key=lambda kv: -kv[1][1]):
        lines.append(f"  {wall:6.1f} {cpu:6.1f}  {name}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(Path(sys.argv[1])))
