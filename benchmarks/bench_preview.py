"""Where a live preview's rebuild spends its time, part by part (issue 22, part 4).

``mkdocs serve --dirtyreload`` stood in for in one process: the configuration loaded as MkDocs'
server loads it for every rebuild (the plugin kept between them), a first build, then edits of
the newest decision, each followed by a rebuild timed in parts:

- ``body``: a sentence appended to its text;
- ``field``: its title changed (shown on its page and in the lists of its country, tags,
  provisions and outcome).

The parts are timed by wrapping the functions that do them (wall time, the same process):
loading the files, the generated pages, the decorations compared, Markdown (every page
rendered), the search index (the part the page waits for), the rendered-text gate's verdict on
what the rebuild wrote, and the rest. A third table gives
the CPU seconds of smaller pieces inside those parts: the site's flags and readiness, the
templates rendered, the files handed to MkDocs, the feeds, MkDocs' navigation, the HTML blocks
cut and their anchors, the depth check, each page's policy, the 404 page and sitemap, the
pages written, the pages gated (in this process) and the gate opened, and Python's garbage
collections. A fourth counts the views made in each rebuild: generated pages and decorations.
Run it alone on the machine if you can; under load, read the shares rather than the seconds.

    .venv/bin/python benchmarks/bench_preview.py --decisions 5000 [--keep DIR] [--profile OUT]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
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


SUB: dict[str, float] = defaultdict(float)
"""CPU seconds of smaller pieces, each inside one of the parts above (a second table)."""

MADE: dict[str, int] = defaultdict(int)
"""Views made in this rebuild: generated pages and items' decorations (a fourth table)."""


def counted(owner: Any, name: str, what: str) -> None:
    """Count the calls of ``owner.name`` on the main thread under ``what``."""
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is threading.main_thread():
            MADE[what] += 1
        return original(*args, **kwargs)

    setattr(owner, name, wrapper)


def timed(owner: Any, name: str, part: str, *, piece: bool = False) -> None:
    """Wrap ``owner.name`` so the wall time of its outermost calls is added to ``part`` (with
    ``piece``: its CPU seconds to ``SUB``, a piece of a part)."""
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
                if threading.current_thread() is not threading.main_thread():
                    pass
                elif piece:
                    SUB[part] += time.thread_time() - cpu
                else:
                    SPENT[part] += time.perf_counter() - start
                    CPU[part] += time.thread_time() - cpu

    setattr(owner, name, wrapper)


def instrument() -> None:
    from mkdocs.structure.pages import Page

    from praksisbank.mkdocs_adapter import postbuild, preview, protect, sitefiles

    timed(sitefiles, "load", "loading the files")
    timed(preview.Preview, "generated", "generated pages")
    timed(preview.Preview, "mark", "decorations compared")
    timed(Page, "render", "Markdown of the pages rebuilt")
    timed(postbuild, "index_search", "search index")
    if hasattr(protect.Protection, "preview_verdict"):  # not in the code before 2026-12-07
        timed(protect.Protection, "preview_verdict", "gate's verdict")
    instrument_pieces()


def _collections(phase: str, info: dict[str, int]) -> None:
    """Python's cycle collector, a piece wherever it runs (its full collections walk every
    object the process holds)."""
    if threading.current_thread() is not threading.main_thread():
        return
    if phase == "start":
        _GC_STARTED[0] = time.thread_time()
    else:
        SUB[f"garbage collected (generation {info['generation']})"] += (
            time.thread_time() - _GC_STARTED[0]
        )


_GC_STARTED = [0.0]


def instrument_pieces() -> None:
    gc.callbacks.append(_collections)
    from praksisbank.core.views.pages import Pages as Made

    counted(Made, "page", "generated pages made")
    counted(Made, "decorate", "decorations made")
    from mkdocs import utils
    from mkdocs.commands import build

    from praksisbank.core.gate import csp, sitegate
    from praksisbank.core.practice.site import Site
    from praksisbank.core.views.pages import Pages
    from praksisbank.mkdocs_adapter import htmlblocks, preview, protect, rendercheck, sitefiles

    for owner, name, piece in (
        (Site, "__init__", "flags and readiness (Site)"),
        (preview, "_fields_of", "fields compared"),
        (Pages, "_render", "templates rendered"),
        (sitefiles, "publish", "files handed to MkDocs"),
        (Pages, "feeds", "feeds"),
        (build, "get_navigation", "MkDocs' navigation"),
        (htmlblocks, "cut", "HTML blocks cut"),
        (htmlblocks, "anchors", "anchors of the blocks"),
        (rendercheck, "too_deep", "depth checked"),
        (csp.SitePolicy, "page", "each page's policy"),
        (build, "_build_theme_template", "404 and sitemap"),
        (utils, "write_file", "pages written"),
        (sitegate, "gate_pages", "pages gated"),
        (protect, "published_gate", "gate opened"),
    ):
        timed(owner, name, piece, piece=True)


Result = tuple[
    str, float, dict[str, float], float, dict[str, float], dict[str, float], dict[str, int]
]


@contextmanager
def rebuild_timer(results: list[Result], what: str) -> Iterator[None]:
    SPENT.clear()
    CPU.clear()
    SUB.clear()
    MADE.clear()
    start, cpu = time.perf_counter(), time.thread_time()
    yield
    wall, used = time.perf_counter() - start, time.thread_time() - cpu
    results.append((what, wall, dict(SPENT), used, dict(CPU), dict(SUB), dict(MADE)))


def search_fresh_after() -> float:
    """Wall seconds until the live preview's background search index (``postbuild``) is
    written: how long search shows the site before the edit."""
    from praksisbank.mkdocs_adapter import postbuild

    start = time.perf_counter()
    while postbuild._worker is not None:
        time.sleep(0.05)
    return time.perf_counter() - start


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
    stale: list[tuple[str, float]] = []
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
            stale.append((f"{what} edit", search_fresh_after()))
    if profile is not None:
        profile.dump_stats(str(args.profile))
    print("Search stale after each edit (wall s from the rebuild's end until the background")
    print(
        "index is written; the next edit waits for it): "
        + ", ".join(f"{what} {seconds:.1f}" for what, seconds in stale)
    )
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
    pieces = sorted({piece for result in results for piece in result[5]})
    print("\n| pieces of those parts, CPU s | " + " | ".join(pieces) + " |")
    print("|---|" + "---:|" * len(pieces))
    for result in results:
        cells = [f"{result[5].get(piece, 0.0):.2f}" for piece in pieces]
        print(f"| {result[0]} | " + " | ".join(cells) + " |")
    kinds = ("generated pages made", "decorations made")
    print("\n| views made | " + " | ".join(kinds) + " |")
    print("|---|" + "---:|" * len(kinds))
    for result in results:
        print(f"| {result[0]} | " + " | ".join(str(result[6].get(k, 0)) for k in kinds) + " |")


if __name__ == "__main__":
    main()
