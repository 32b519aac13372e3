"""How fast the decision finder answers a filter change with many decisions, in Chromium.

Generates a fictional project with 5,000 decisions (the demo's decisions copied under new ids,
as in bench_build.py), builds it, serves it on the loopback address and opens the decision bank
page in Debian's Chromium (Playwright, no downloaded browser). Then it changes filters the way a
reader does (a country, an outcome, a legal basis, a year, the status, a word typed into the text
box, a column sorted) and times each change twice:

- script: from the event to the end of the finder's work, layout included (the table's height
  read right after, which forces Chromium to lay the page out);
- frame: from the event to the next frame the browser draws (the time a reader waits).

Prints the median and the slowest of each kind and of all changes together.

    .venv/bin/python benchmarks/bench_finder.py [--decisions 5000] [--rounds 10] [--keep DIR]
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import statistics
import tempfile
import time
from pathlib import Path

from bench import served
from bench_build import TODAY, build_site, make_project
from playwright.sync_api import Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]

# One change each: what a reader clicks, in the page's terms. Each is done, timed, and undone
# (the undoing is timed too: it is a change as well).
CHANGES: dict[str, str] = {
    "land": "$('input[name=land][value=afg]').click()",
    "utfall": "$('input[name=utfall][value=avslag]').click()",
    "rettsgrunnlag": "$('input[name=rettsgrunnlag][value=utl-38]').click()",
    "status": "$('input[name=status][value=utdatert]').click()",
    "år": (
        "const s = $('select[name=fra]'); s.value = s.value ? '' : '2023';"
        " s.dispatchEvent(new Event('change', {bubbles: true}));"
    ),
    "tekst": (
        "const q = $('input[name=tekst]'); q.value = q.value ? '' : 'kvinne';"
        " q.dispatchEvent(new Event('input', {bubbles: true}));"
    ),
    "sortering": "$('th[data-sort=land] button').click()",
}
"""Each change as a function body; ``$`` finds an element inside the finder."""

TIMER = """
async (change) => {
  const table = document.querySelector('.pb-finder table');
  const start = performance.now();
  new Function("$", change)(selector => document.querySelector(".pb-finder " + selector));
  void table.offsetHeight;               // layout now, so "script" includes it
  const script = performance.now() - start;
  await new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
  return [script, performance.now() - start, table.tBodies[0].rows.length];
}
"""


def measure(page: Page, rounds: int) -> dict[str, list[tuple[float, float]]]:
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in CHANGES}
    for _ in range(rounds):
        for name, change in CHANGES.items():
            for _twice in range(2):  # on, then off again
                script, frame, _rows = page.evaluate(TIMER, change)
                times[name].append((script, frame))
    return times


def make_decisions(project: Path, size: int) -> None:
    """bench_build's copy of the demo with `size` decisions; a copy's `superseded_by` that points
    at a decision the last, partial copy left out is dropped."""
    make_project(project, size)
    files = sorted((project / "decision_bank").rglob("*.md"))
    ids = {m[1] for f in files if (m := re.search(r"^id: (.+)$", f.read_text("utf-8"), re.M))}
    for f in files:
        text = f.read_text(encoding="utf-8")
        successor = re.search(r"^superseded_by: (.+)\n", text, re.M)
        if successor and successor[1] not in ids:
            f.write_text(text.replace(successor[0], ""), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--decisions", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--keep", help="build in this folder and keep it (made once, reused)")
    args = parser.parse_args()
    os.environ["PRAKSISBANK_TODAY"] = TODAY.isoformat()
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(args.keep or tmp) / "p"
        if not (project / "site").is_dir():
            project.mkdir(parents=True)
            make_decisions(project, args.decisions)
        start = time.perf_counter()
        build_site(project)
        page_file = project / "site/vedtaksbank/index.html"
        print(
            f"{args.decisions} decisions built in {time.perf_counter() - start:.1f} s; "
            f"decision bank page {page_file.stat().st_size / 1e6:.1f} MB",
            flush=True,
        )
        with served(project / "site") as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            start = time.perf_counter()
            page.goto(url + "vedtaksbank/")
            page.wait_for_selector(".pb-finder__form:not([hidden])")
            print(f"page loaded and finder ready in {time.perf_counter() - start:.2f} s")
            total = page.evaluate("document.querySelector('.pb-finder tbody').rows.length")
            print(f"rows in the table after load: {total}")
            measure(page, 1)  # warm up: the first sort by a column ranks its values once
            times = measure(page, args.rounds)
            browser.close()
    print(f"\nFilter change to updated table, {args.rounds * 2} changes each (ms):")
    print(f"{'change':<14}{'script median':>14}{'max':>8}{'frame median':>14}{'max':>8}")
    every: list[tuple[float, float]] = []
    for name, values in times.items():
        every += values
        scripts = [s for s, _ in values]
        frames = [f for _, f in values]
        print(
            f"{name:<14}{statistics.median(scripts):>14.1f}{max(scripts):>8.1f}"
            f"{statistics.median(frames):>14.1f}{max(frames):>8.1f}"
        )
    scripts = [s for s, _ in every]
    frames = [f for _, f in every]
    print(
        f"{'all':<14}{statistics.median(scripts):>14.1f}{max(scripts):>8.1f}"
        f"{statistics.median(frames):>14.1f}{max(frames):>8.1f}"
    )


if __name__ == "__main__":
    main()
