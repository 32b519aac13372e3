"""Where a live preview's rebuild spends its time, part by part (issue 22, part 4).

``mkdocs serve --dirtyreload`` stood in for in one process: the configuration loaded as MkDocs'
server loads it for every rebuild (the plugin kept between them), a first build, then edits of
the newest decision, each followed by a rebuild timed in parts:

- ``body``: a sentence appended to its text;
- ``field``: its title changed (shown on its page and in the lists of its country, tags,
  provisions and outcome).

The parts are timed by wrapping the functions that do them (wall time, the same process):
loading the files, the generated pages, the decorations compared, Markdown (every page
rendered), the search index (the part the page waits for), and the rest. Run it alone on the
machine if you can; under load, read the shares rather than the seconds.

    .venv/bin/python benchmarks/bench_preview.py --decisions 5000 [--keep DIR] [--profile OUT]
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import os
import random
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate

os.environ.setdefault("PRAKSISBANK_TODAY", "2026-12-01")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ["PRAKSISBANK_PDF"] = "0"

SPENT: dict[str, float] = defaultdict(float)
"""Wall seconds of each part in this rebuild."""
CPU: dict[str, float] = defaultdict(float)
"""CPU seconds of this process's main thread in each part: steadier than wall time on a loaded
machine, but without what the main thread waits for (Pagefind's process)."""


def timed(owner: Any, name: str, part: str) -> None:
    """Wrap ``owner.name`` so the wall time of its outermost calls is added to ``part``."""
    original = getattr(owner, name)
    local = threading.local()  # a background thread's calls are not this rebuild's

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        outermost = not getattr(local, "busy", False)
        local.busy = True
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            if outermost:
                local.busy = False
                if threading.current_thread() is threading.main_thread():
                    SPENT[part] += time.perf_counter() - start
                    CPU[part] += time.thread_time() - cpu

    setattr(owner, name, wrapper)


def instrument() -> None:
    from mkdocs.structure.pages import Page

    from praksisbank.mkdocs_adapter import postbuild, preview, sitefiles

    timed(sitefiles, "load", "loading the files")
    timed(preview.Preview, "generated", "generated pages")
    timed(preview.Preview, "mark", "decorations compared")
    timed(Page, "render", "Markdown of the pages rebuilt")
    timed(postbuild, "index_search", "search index")


Result = tuple[str, float, dict[str, float], float, dict[str, float]]


@contextmanager
def rebuild_timer(results: list[Result], what: str) -> Iterator[None]:
    SPENT.clear()
    CPU.clear()
    start, cpu = time.perf_counter(), time.thread_time()
    yield
    wall, used = time.perf_counter() - start, time.thread_time() - cpu
    results.append((what, wall, dict(SPENT), used, dict(CPU)))


def newest_decision(project: Path) -> Path:
    return max((project / "decision_bank").rglob("*.md"), key=lambda p: (p.name, str(p)))


def edit_body(decision: Path, rng: random.Random) -> None:
    word = "".join(rng.choice("abdefgiklmnoprstuv") for _ in range(10))
    text = decision.read_text(encoding="utf-8").rstrip("\n")
    decision.write_text(f"{text}\n\nEndringsmerke {word} ble lagt til.\n", encoding="utf-8")


def edit_field(decision: Path, rng: random.Random) -> None:
    word = "".join(rng.choice("abdefgiklmnoprstuv") for _ in range(10))
    lines = decision.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("title: "))
    lines[at] = f"title: Fiktivt vedtak med merke {word}"
    decision.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--decisions", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder")
    parser.add_argument("--repeat", type=int, default=2, help="edits of each kind")
    parser.add_argument("--profile", type=Path, help="cProfile the field edits into this file")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-preview-"))
    project = work / f"project-{args.decisions}"
    if not (project / "mkdocs.yml").is_file():
        generate(project, args.decisions)
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    instrument()
    site = Path(tempfile.mkdtemp(prefix="bench-preview-site-"))

    def get_config() -> Any:
        config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site))
        config.site_url = "http://127.0.0.1:8000/"
        return config

    first = get_config()
    first.plugins.on_startup(command="serve", dirty=True)
    results: list[Result] = []
    with rebuild_timer(results, "first build"):
        build(first, serve_url="http://127.0.0.1:8000/", dirty=True)
    decision = newest_decision(project)
    rng = random.Random()  # a new word every run, also in a kept project
    profile = cProfile.Profile() if args.profile else None
    edits: list[tuple[str, Callable[[Path, random.Random], None]]] = [
        ("body", edit_body),
        ("field", edit_field),
    ]
    for _ in range(args.repeat):
        for what, edit in edits:
            time.sleep(0.2)
            edit(decision, rng)
            config = get_config()
            with rebuild_timer(results, f"{what} edit"):
                if profile is not None and what == "field":
                    profile.enable()
                build(config, serve_url="http://127.0.0.1:8000/", dirty=True)
                if profile is not None:
                    profile.disable()
    if profile is not None:
        profile.dump_stats(str(args.profile))
    parts = sorted({part for result in results for part in result[2]})
    print(f"{args.decisions:,} decisions, load average {os.getloadavg()[0]:.1f}")
    for title, at in (("wall s", 1), ("CPU s of the main thread", 3)):
        print(f"\n| rebuild, {title} | in all | " + " | ".join(parts) + " | the rest |")
        print("|---|---:|" + "---:|" * (len(parts) + 1))
        for result in results:
            seconds, spent = cast(float, result[at]), cast(dict[str, float], result[at + 1])
            rest = seconds - sum(spent.values())
            cells = [f"{spent.get(part, 0.0):.2f}" for part in parts]
            print(f"| {result[0]} | {seconds:.2f} | " + " | ".join(cells) + f" | {rest:.2f} |")


if __name__ == "__main__":
    main()
