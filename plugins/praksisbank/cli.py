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
from .core import readiness
from .core.countries import norwegian_name
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


def _load(args: argparse.Namespace) -> LoadResult:
    return load(layout_for(Path(args.project).resolve()), args.today)


def _print_json(items: Sequence[object]) -> None:
    print(json.dumps(items, ensure_ascii=False, indent=2))


def _check(args: argparse.Namespace) -> int:
    result = _load(args)
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


def _valid(args: argparse.Namespace, what: str) -> LoadResult | None:
    """Content that passed the check, or ``None`` after printing why it did not."""
    result = _load(args)
    if result.ok:
        return result
    print(problem_format.format_text(result.problems), file=sys.stderr)
    print(f"Kan ikke lage {what}: innholdet har {problem_format.summary(result.problems)}. "
          "Rett feilene først.", file=sys.stderr)
    return None


def _readiness(args: argparse.Namespace) -> int:
    result = _valid(args, "beredskapsoversikten")
    if result is None:
        return 1
    assessed = readiness.assess(result.content, args.today)
    if args.format == "json":
        _print_json([r.as_dict() for r in assessed])
        return 0
    for r in assessed:
        state = "klar" if r.ready else "ikke klar"
        print(f"{r.rank}. {norwegian_name(r.country)} ({r.country}): {state}")
        for m in r.missing:
            print(f"   - {m.requirement.label}: {m.reason}")
    ready = sum(r.ready for r in assessed)
    print(f"{ready} av {len(assessed)} beredskapsland er klare.", file=sys.stderr)
    return 0


def _review(args: argparse.Namespace) -> int:
    result = _valid(args, "listen")
    if result is None:
        return 1
    found = flagging.compute(result.content, args.today)
    if args.format == "json":
        _print_json([f.as_dict() for f in found])
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
    ready = sub.add_parser("readiness", help="beredskapsoversikten: er de største "
                           "ankomstlandene klare, og hva mangler")
    _project_argument(ready)
    ready.set_defaults(run=_readiness)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.today = today()  # read once: validation and flags agree on the day
    except TodayError as exc:
        print(f"praksisbank: {exc}", file=sys.stderr)
        return 2
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
