"""How checking and building scale with the number of decisions.

Generates fictional projects of several sizes (the demo's notes and guides, with the demo's
decisions copied under new ids), then times `load` (what `praksisbank check` does) and a full
`mkdocs build` of each, in this one run. The machine is noisy: read the ratios, not the seconds.
A linear build has a time per decision that stays flat as the size grows (ratio near 1.0).

    .venv/bin/python benchmarks/bench_build.py [--sizes 100,400,1600] [--repeat 2]
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from praksisbank.core.content.loader import Layout, load

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 21)


def make_project(target: Path, size: int) -> None:
    """A copy of the demo with `size` decisions, made by renumbering the demo's decisions."""
    for name in ("mkdocs.yml", "practice_notes", "interview_guides", "docs"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy(source, target / name)
    originals = sorted((ROOT / "decision_bank").rglob("*.md"))
    for n in range(size):
        source = originals[n % len(originals)]
        text = source.read_text(encoding="utf-8")
        copy = n // len(originals)
        text = re.sub(r"^(id|superseded_by): (.+)$", rf"\1: \2-K{copy}", text, flags=re.M)
        folder = target / "decision_bank" / source.parent.name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{source.stem}-k{copy}.md").write_text(text, encoding="utf-8")


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def check(project: Path) -> None:
    result = load(Layout.default(project), TODAY)
    assert result.ok, result.problems[:3]


def build_site(project: Path) -> None:
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,400,1600")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    os.environ["PRAKSISBANK_TODAY"] = TODAY.isoformat()
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            project = Path(tmp) / f"p{size}"
            project.mkdir()
            make_project(project, size)
            checked = best_of(args.repeat, partial(check, project))
            built = best_of(args.repeat, partial(build_site, project))
            pages = sum(1 for _ in (project / "site").rglob("index.html"))
            rows.append((size, pages, checked, built))
            print(
                f"{size:>6} decisions: check {checked:6.2f} s, build {built:6.2f} s, {pages} pages",
                flush=True,
            )
    base_size, _, base_check, base_build = rows[0]
    print("\nTime per decision, relative to the smallest size (1.0 = linear):")
    for size, _, checked, built in rows:
        print(
            f"{size:>6} decisions: check x{(checked / size) / (base_check / base_size):.2f}, "
            f"build x{(built / size) / (base_build / base_size):.2f}"
        )


if __name__ == "__main__":
    main()
