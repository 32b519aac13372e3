"""The ``praksisbank`` command: checks content without building the site."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from .core import flags as flagging
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


def _review(args: argparse.Namespace) -> int:
    day = today()
    result = load(layout_for(Path(args.project).resolve()), day)
    if not result.ok:
        print(problem_format.format_text(result.problems), file=sys.stderr)
        print(f"Kan ikke lage listen: innholdet har {problem_format.summary(result.problems)}.",
              file=sys.stderr)
        return 1
    found = flagging.compute(result.content, day)
    if args.format == "json":
        print(json.dumps([f.as_dict() for f in found], ensure_ascii=False, indent=2))
    else:
        for f in found:
            print(f"{f.item.path}: {f.kind.label.lower()}: {f.item.id}: {f.reason} "
                  f"(ansvarlig: {f.owner_unit}, siden {f.since.isoformat()})")
        print(f"{len(found)} {'merknad' if len(found) == 1 else 'merknader'}.", file=sys.stderr)
    return 0


def _project_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", nargs="?", default=".", metavar="PROJECT_DIR",
                        help="mappen med mkdocs.yml (standard: denne mappen)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="utdata som tekstlinjer eller JSON (standard: text)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="praksisbank",
        description="Praksisbanken: sjekk innholdet i vedtaksbanken, praksisnotatene og "
        "intervjuguidene.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    check = sub.add_parser("check", help="sjekk alt innhold uten å bygge nettstedet")
    _project_argument(check)
    check.set_defaults(run=_check)
    review = sub.add_parser("review", help="list alt som er utdatert, fjernet, kan være "
                            "utdatert eller har forfalt gjennomgang")
    _project_argument(review)
    review.set_defaults(run=_review)
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
