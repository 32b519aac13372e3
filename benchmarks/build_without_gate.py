"""`mkdocs build` for the benchmarks, with the rendered-text gate off, and optionally profiled.

The gate cannot be turned off from `mkdocs.yml` or the environment: a contributor's settings
must not publish a site the gate has not read. This script is the benchmarks' only switch: it
replaces the gate (`protect.published_gate`) in its own process by one that reads nothing, so a
build's cost without the gate can be set beside the same build with it (`bench.py --no-gate`).
Everything else in the build runs as usual (the check on load, the policy, Pagefind).

    .venv/bin/python benchmarks/build_without_gate.py [--gate] [--profile OUT.prof] \
        -- build -q -f PROJECT/mkdocs.yml -d SITE

``--gate`` keeps the gate (to profile the build as it is); ``--profile`` writes a cProfile of
the MkDocs process's main thread (CPU time: ``time.process_time``; the gate's workers and
Pagefind are other processes). The arguments after ``--`` are `mkdocs`'s.
"""

from __future__ import annotations

import argparse
import cProfile
import sys
import time
from pathlib import Path
from typing import Any


class NoGate:
    """Stands in for the rendered-text gate: reads nothing, finds nothing."""

    done: frozenset[str] = frozenset()
    files = 0

    def page(self, published: str, html: str) -> None:
        pass

    def early(self, site: Path, pristine: object) -> None:
        pass

    def rest(self, site: Path, pristine: object) -> None:
        pass

    def written(self, todo: object) -> None:
        pass

    def problems(self) -> tuple[()]:
        return ()

    def close(self) -> None:
        pass


def no_gate(*args: Any, **kwargs: Any) -> NoGate:
    return NoGate()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--gate", action="store_true", help="keep the rendered-text gate")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the main thread here")
    parser.add_argument("mkdocs", nargs=argparse.REMAINDER, help="mkdocs' arguments, after --")
    args = parser.parse_args()
    mkdocs_args = args.mkdocs[1:] if args.mkdocs[:1] == ["--"] else args.mkdocs

    from mkdocs.__main__ import cli

    from praksisbank.mkdocs_adapter import protect

    if not args.gate:
        protect.published_gate = no_gate  # type: ignore[assignment]

    def run() -> None:
        try:
            cli.main(args=mkdocs_args, prog_name="mkdocs", standalone_mode=False)
        except SystemExit as exc:
            if exc.code:
                raise

    if args.profile is None:
        run()
        return
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    try:
        run()
    finally:
        profiler.disable()
        profiler.dump_stats(args.profile)


if __name__ == "__main__":
    sys.exit(main())
