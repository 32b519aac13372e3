"""The pieces of a live preview's field edit that round 9 (issue 22, item 4) cut, each timed
before and after in one process, in CPU seconds (``time.thread_time``), on a generated project.

The code before is read from another checkout's ``plugins/`` (``--before``: main before the
round); the code after is this one's. Each piece is timed ``--repeat`` times, the best kept:

- the items' paths resolved (``sitefiles.resolved`` before, ``resolved_paths`` after);
- the findings traced when there are none (``blame._Blame._holders``: every source's path);
- the store of clean verdicts opened and written (every rebuild before; kept after), on a copy
  of this machine's store (``--store``: a folder holding ``gate-key`` and the store file);
- the anchors of a long page's blocks (the finder of the built site ``--site``), read whole
  before, line by line with the last reading's lines after (one row changed);
- MkDocs listing the theme's files (``Files.add_files_from_theme``), before every time, after
  with the installed folders listed once.

    .venv/bin/python benchmarks/bench_rebuild_pieces.py --project DIR --site SITE \\
        --before OLD/plugins --store COPY
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def _old(plugins: Path, module: str) -> ModuleType:
    """A module of the code before, under another name (its imports are this code's)."""
    path = plugins / (module.replace(".", "/") + ".py")
    spec = importlib.util.spec_from_file_location(f"before_{module.replace('.', '_')}", path)
    assert spec is not None and spec.loader is not None
    found = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = found
    spec.loader.exec_module(found)
    return found


def best(work: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.thread_time()
        work()
        times.append(time.thread_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--project", type=Path, required=True)
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--before", type=Path, required=True)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from praksisbank.core.gate import blame, verdicts
    from praksisbank.core.gate.sitegate import Source
    from praksisbank.mkdocs_adapter import htmlblocks, sitefiles
    from praksisbank.mkdocs_adapter.preview import Preview

    root = args.project.resolve()
    paths = sorted(str(p.relative_to(root)) for p in root.rglob("*.md"))
    rows: list[tuple[str, float, float]] = []
    old_files = _old(args.before, "praksisbank.mkdocs_adapter.sitefiles")
    rows.append(
        (
            f"the items' paths resolved ({len(paths):,})",
            best(lambda: old_files.resolved(root, paths), args.repeat),
            best(lambda: sitefiles.resolved_paths(root, paths), args.repeat),
        )
    )
    old_blame = _old(args.before, "praksisbank.core.gate.blame")
    sources = {f"{p}/index.html": Source(p, root / p) for p in paths}
    sources.update({f"{p}.pdf": Source(p, root / p) for p in paths})
    rows.append(
        (
            f"no finding traced ({len(sources):,} sources)",
            best(lambda: old_blame._Blame(sources, ())._holders(set()), args.repeat),
            best(lambda: blame._Blame(sources, ())._holders(set()), args.repeat),
        )
    )

    def store_read_and_written() -> None:
        store = verdicts.open_store(root, [b"bench"], folder=args.store)
        assert store is not None
        store.learn([os.urandom(16) for _ in range(20)])  # a rebuild learns a few pages
        store.save()

    rows.append(
        (
            "the store of clean verdicts opened and written",
            best(store_read_and_written, args.repeat),
            0.0,
        )
    )
    page = (args.site / "vedtaksbank/index.html").read_text("utf-8")
    block = page[page.index("<table") : page.rindex("</table>") + len("</table>")]
    lines = block.split("\n")
    changed = "\n".join([*lines[:-3], lines[-3].replace("<td>", "<td>Endret ", 1), *lines[-2:]])
    last: dict[str, tuple[str, ...]] = {}
    htmlblocks.anchors([block], {}, last)
    assert htmlblocks.anchors([changed], last, {}) == htmlblocks._anchors_in([changed])
    rows.append(
        (
            f"the finder's anchors ({len(block) / 1e6:.1f} MB, {len(lines):,} lines)",
            best(lambda: htmlblocks._anchors_in([changed]), args.repeat),
            best(lambda: htmlblocks.anchors([changed], last, {}), args.repeat),
        )
    )
    config = load_config(config_file=str(root / "mkdocs.yml"))
    preview = Preview(live=True)

    def listed(keep: bool) -> None:
        env = config.theme.get_env()
        if keep:
            assert env.loader is not None
            preview.list_theme(env.loader, root)
        Files([]).add_files_from_theme(env, config)

    listed(True)  # the first rebuild lists every folder
    rows.append(
        (
            f"MkDocs listing the theme's files ({len(config.theme.dirs)} folders)",
            best(lambda: listed(False), args.repeat),
            best(lambda: listed(True), args.repeat),
        )
    )
    print(f"load average {os.getloadavg()[0]:.1f}, best of {args.repeat}")
    print("| piece, CPU s | before | after |\n|---|---:|---:|")
    for name, before, after in rows:
        print(f"| {name} | {before:.4f} | {after:.4f} |")
    print(f"| in all | {sum(r[1] for r in rows):.3f} | {sum(r[2] for r in rows):.3f} |")


if __name__ == "__main__":
    main()
