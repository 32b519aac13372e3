"""The ``praksisbank`` command: checks content without building the site."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from .core import problems as problem_format
from .core.loader import Layout, LoadResult, load
from .today import TodayError, today


def layout_for(project: Path) -> Layout:
    """The content folders as configured in the project's ``mkdocs.yml`` (defaults without one)."""
    config_file = project / "mkdocs.yml"
    if not config_file.is_file():
        return Layout.default(project)
    from mkdocs.config import load_config  # the CLI is an adapter: MkDocs stays out of the core

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    config = load_config(str(config_file))
    plugin = config.plugins.get("praksisbank")
    if plugin is None:
        return Layout.default(project)
    return plugin.layout(config)  # type: ignore[no-any-return]


def _load(project: Path) -> LoadResult:
    return load(layout_for(project), today())


def _check(args: argparse.Namespace) -> int:
    result = _load(Path(args.project).resolve())
    if args.format == "json":
        print(problem_format.format_json(result.problems))
    else:
        if result.problems:
            print(problem_format.format_text(result.problems))
            print(problem_format.summary(result.problems), file=sys.stderr)
        else:
            n = len(result.content.files)
            print(f"Ingen feil i {n} {'fil' if n == 1 else 'filer'}.", file=sys.stderr)
    return 0 if result.ok else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="praksisbank",
        description="Praksisbanken: sjekk innholdet i vedtaksbanken, praksisnotatene og "
        "intervjuguidene.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    check = sub.add_parser("check", help="sjekk alt innhold uten å bygge nettstedet")
    check.add_argument("project", nargs="?", default=".", metavar="PROJECT_DIR",
                       help="mappen med mkdocs.yml (standard: denne mappen)")
    check.add_argument("--format", choices=("text", "json"), default="text",
                       help="utdata som tekstlinjer eller JSON (standard: text)")
    check.set_defaults(run=_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except TodayError as exc:
        print(f"praksisbank: {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
