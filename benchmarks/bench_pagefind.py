"""Pagefind's command line against its Python API (``PagefindIndex.add_directory``), on a built
site: the same options, the bundle written to a folder of its own, run alternately so both meet
the same load. Prints wall seconds of each run, the medians and their ratio.

The build uses the command line (``core/publish/search.py``): it reports words, filters and
languages, which the API does not (``add_directory`` gives the page count only).

    .venv/bin/python benchmarks/bench_pagefind.py SITE_DIR [--repeat 3]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pagefind.index import IndexConfig, PagefindIndex

from praksisbank.core.publish.search import BUNDLE, IGNORED


def command_line(site: Path, output: Path) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(site),
            "--output-path",
            str(output),
            *(arg for selector in IGNORED for arg in ("--exclude-selectors", selector)),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - start
    pages = [line for line in done.stdout.splitlines() if "Indexed" in line and "page" in line]
    return seconds, int(pages[0].split()[1]) if pages else -1


async def _api(site: Path, output: Path) -> int:
    config = IndexConfig(exclude_selectors=list(IGNORED), output_path=str(output))
    async with PagefindIndex(config=config) as index:
        added = await index.add_directory(str(site))
        await index.write_files(output_path=str(output))
    return int(added["page_count"])


def api(site: Path, output: Path) -> tuple[float, int]:
    start = time.perf_counter()
    pages = asyncio.run(_api(site, output))
    return time.perf_counter() - start, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site (its own pagefind/ is ignored)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    html = sum(1 for _ in args.site.rglob("*.html"))
    times: dict[str, list[float]] = {"command line": [], "API": []}
    with tempfile.TemporaryDirectory() as folder:
        for round_ in range(args.repeat):
            for name, run in (("command line", command_line), ("API", api)):
                output = Path(folder) / f"{BUNDLE}-{round_}-{len(times[name])}"
                seconds, pages = run(args.site, output)
                times[name].append(seconds)
                print(f"{name}: {seconds:.2f} s, {pages} pages", file=sys.stderr, flush=True)
                shutil.rmtree(output, ignore_errors=True)
    cli, api_ = (statistics.median(times[name]) for name in ("command line", "API"))
    print("| site | HTML files | command line s | API s | API / command line |")
    print("|---|---:|---:|---:|---:|")
    print(f"| {args.site} | {html:,} | {cli:.2f} | {api_:.2f} | {api_ / cli:.2f} |")


if __name__ == "__main__":
    main()
