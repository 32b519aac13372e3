"""The search index of a built site in parts of several sizes: Pagefind's memory, time, bytes.

For each `--parts` size (0: one index, as Pagefind makes it unsplit) the site's bundle is made
again by ``core/publish/search.py``'s ``index_site`` in a fresh subprocess, and measured:
seconds, the largest process (``ru_maxrss`` of that subprocess and the Pagefind runs it waits
for, from ``os.wait4``), the number of parts and the bundle's bytes; then the bytes Chromium
receives for each first search until its first results are shown (``bench.first_search``, the
same count as ``make bench``) and until it is done, and how many of the first ten results shown
are among the ten shown in the end. The bundle of the last size stays in the site. Progress on
stderr, Markdown tables on stdout.

    .venv/bin/python benchmarks/bench_shards.py SITE_DIR
        [--vocabulary PROJECT/practice_notes/vocabulary.yml] [--parts 0,5000,2500]
        [--queries "internflukt,desertør Syria"]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench import KINDS, QUERIES, kinds, say, search_requests

_CHILD = """
import json, sys
from pathlib import Path
import yaml
from praksisbank.core.base.model import Synonyms
from praksisbank.core.publish.search import SHARD_PAGES, index_site
site, vocabulary, parts = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
groups = yaml.safe_load(vocabulary.read_text(encoding="utf-8")) if vocabulary.name else []
synonyms = [Synonyms(terms=tuple(str(t) for t in g["terms"])) for g in groups]
index = index_site(site, vocabulary=synonyms, shard_pages=parts or 10**9)
print(json.dumps({"pages": index.pages, "size": index.size}))
"""


def index(site: Path, vocabulary: Path | None, parts: int) -> tuple[float, float, dict[str, int]]:
    """(seconds, peak MB, what index_site returned) of one indexing in a fresh process."""
    command = [sys.executable, "-c", _CHILD, str(site), str(vocabulary or ""), str(parts)]
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE) as process:
        assert process.stdout is not None
        out = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"indexing in parts of {parts} failed (exit {process.returncode})")
    return time.perf_counter() - start, usage.ru_maxrss / 1024, json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("site", type=Path, help="a site built by mkdocs build (its pagefind/ goes)")
    parser.add_argument("--vocabulary", type=Path, help="the project's vocabulary.yml")
    parser.add_argument("--parts", default="0,5000,2500", help="pages a part; 0: one index")
    parser.add_argument("--queries", default=",".join(QUERIES), help="comma-separated")
    parser.add_argument(
        "--as-is",
        action="store_true",
        help="measure the site's bundle as it is (no indexing: --parts is only the row's label)",
    )
    args = parser.parse_args()
    queries = [q.strip() for q in args.queries.split(",") if q.strip()]
    rows = []
    details: list[tuple[int, str, int, int, dict[str, tuple[int, int]]]] = []
    steps: list[tuple[int, str, int, int, int, int]] = []
    for parts in [int(p) for p in args.parts.split(",")]:
        if args.as_is:
            bundle = args.site / "pagefind"
            size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file())
            seconds, peak, found = float("nan"), float("nan"), {"size": size}
        else:
            seconds, peak, found = index(args.site, args.vocabulary, parts)
        vocabulary = json.loads(
            (args.site / "pagefind" / "praksisbank-vocabulary.json").read_text(encoding="utf-8")
        )
        count = 1 + len(vocabulary.get("shards", []))
        say(f"parts of {parts or 'all'}: {count} parts, {seconds:.1f} s, peak {peak:,.0f} MB")
        searches = []
        for query in queries:
            searched = search_requests(args.site, query)
            sizes, results = searched.first, len(searched.final)
            size, whole = sum(sizes.values()), sum(searched.whole.values())
            searches.append(size)
            kept = len(set(searched.early[:10]) & set(searched.final[:10]))
            say(
                f"  «{query}» {size / 1000:.0f} KB in {len(sizes)} requests to the first "
                f"{len(searched.early)} results, {whole / 1000:.0f} KB to the {results} in the end "
                f"({kept} of the first ten among the last ten)"
            )
            details.append((parts, query, size, results, kinds(sizes)))
            steps.append((parts, query, size, whole, len(searched.early), kept))
        rows.append((parts, count, seconds, peak, found["size"], searches))
    head = ["pages a part", "parts", "index s", "peak MB", "bundle MB"]
    head += [f"«{q}» KB" for q in queries]
    print("| " + " | ".join(head) + " |")
    print("|" + "---:|" * len(head))
    for parts, count, seconds, peak, size, searches in rows:
        cells = [
            f"{parts:,}" if parts else "one index",
            str(count),
            f"{seconds:.1f}",
            f"{peak:,.0f}",
            f"{size / 1e6:.1f}",
            *(f"{b / 1000:,.0f}" for b in searches),
        ]
        print("| " + " | ".join(cells) + " |")
    # Where each first search's bytes go: kB (requests) of each kind of file.
    names = [name for name, _ in KINDS] + ["other"]
    used = [n for n in names if any(n in k for *_, k in details)]
    print()
    print("| pages a part | query | results | KB | " + " | ".join(used) + " |")
    print("|---:|---|---:|---:|" + "---:|" * len(used))
    for parts, query, size, results, by_kind in details:
        cells = [
            f"{parts:,}" if parts else "one index",
            f"«{query}»",
            str(results),
            f"{size / 1000:,.0f}",
            *(
                f"{by_kind[n][0] / 1000:,.1f} ({by_kind[n][1]})" if n in by_kind else ""
                for n in used
            ),
        ]
        print("| " + " | ".join(cells) + " |")
    # The two steps of a search in parts: first results, then the whole result.
    print()
    print("| pages a part | query | first results KB | whole KB | first shown | in the last ten |")
    print("|---:|---|---:|---:|---:|---:|")
    for parts, query, size, whole, early, kept in steps:
        label = f"{parts:,}" if parts else "one index"
        sizes = f"{size / 1000:,.0f} | {whole / 1000:,.0f}"
        print(f"| {label} | «{query}» | {sizes} | {early} | {kept} |")


if __name__ == "__main__":
    main()
