"""The ``praksisbank`` command: checks content, lists flags and readiness, starts new files."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from praksisbank.cli import argparse_nb, output
from praksisbank.core.base import problems as problem_format
from praksisbank.core.base.countries import norwegian_name
from praksisbank.core.base.problems import Problem, Severity
from praksisbank.core.content import allowlist, codeowners, kinds, scaffold
from praksisbank.core.content.loader import Layout, LoadResult, load, written_ids
from praksisbank.core.content.personal import verdict_store
from praksisbank.core.gate import siteconfig, verdicts
from praksisbank.core.practice import flags as flagging
from praksisbank.core.practice import readiness
from praksisbank.mkdocs_adapter.project import (
    CONFIG,
    ProjectError,
    code_findings,
    layout_for,
    plugin_options,
    site_settings_problems,
    snippet_problems,
)
from praksisbank.mkdocs_adapter.settings import SettingsError, resolve

NEW_KINDS = scaffold.offered(kinds.KINDS)
"""The kinds ``praksisbank new`` starts a file for, by the word the command takes (each kind's
record says whether it is offered, and by which word: ``Kind.new``)."""


def _layout(args: argparse.Namespace) -> Layout:
    """The project's layout, with the kinds this command knows (the site's, or a test's)."""
    return dataclasses.replace(layout_for(Path(args.project).resolve()), kinds=args.kinds)


def _load(args: argparse.Namespace) -> LoadResult:
    return load(_layout(args), args.today, workers=args.workers)


def _print_json(items: Sequence[object]) -> None:
    print(problem_format.json_text(items))


def _rendered(args: argparse.Namespace, result: LoadResult) -> tuple[Problem, ...] | None:
    """``--render``: the texts that would not render in the build (``None``: cannot tell)."""
    from praksisbank.mkdocs_adapter import (
        rendercheck,  # loads Markdown and MkDocs: only with --render
    )

    project = Path(args.project).resolve()
    try:
        new_markdown = rendercheck.site_markdown(project)
    except rendercheck.SetupError as exc:
        print(f"praksisbank check: {exc}", file=sys.stderr)
        return None
    return rendercheck.check(
        result.content,
        new_markdown,
        root=project,
        allowed=result.excepted_keys,
        today=args.today,
    )


def _not_reported(rendered: Sequence[Problem], problems: Sequence[Problem]) -> list[Problem]:
    """The problems of ``--render`` but those at a setting of mkdocs.yml the plain check
    already reports (a permalink after every heading: once, at its line)."""
    settings = {(p.file, p.line, p.column, p.code) for p in problems if p.file == CONFIG}
    return [p for p in rendered if (p.file, p.line, p.column, p.code) not in settings]


def _check(args: argparse.Namespace) -> int:
    result = _load(args)
    # Settings in mkdocs.yml that fetch from other hosts (core/gate/siteconfig/).
    # A snippet of a hidden file or from outside the content folders (core/gate/snippetpaths.py).
    snippets = snippet_problems(_layout(args), result.content)
    problems = tuple(
        sorted({*result.problems, *site_settings_problems(Path(args.project)), *snippets})
    )
    config_file = Path(args.project) / CONFIG
    refused = code_findings(config_file) if args.render and config_file.is_file() else ()
    skipped: Problem | None = None
    if refused:
        # MkDocs may not read mkdocs.yml: nothing is rendered, the problems below say why, and
        # this line what is true of the file (its causes, each once).
        causes = sorted({cause for cause, _ in refused}, key=list(siteconfig.CAUSES).index)
        said = "; ".join(siteconfig.CAUSES[cause] for cause in causes)
        print(
            f"praksisbank check: --render hoppet over: {said}. MkDocs får ikke lese {CONFIG} "
            "før feilene under er rettet.",
            file=sys.stderr,
        )
        # the skip is an annotation of its own in --format github: a pull request shows that
        # the pages were not read, not only the refusal (attack 12b F6)
        first = min(problem for _, problem in refused)
        skipped = Problem(
            file=CONFIG,
            line=first.line,
            column=1,
            code="markdown-unrenderable",
            message=(
                f"Sidene ble ikke lest slik nettstedet viser dem (--render hoppet over): {said}. "
                "Flere feil kan vise seg når feilene i denne filen er rettet."
            ),
            severity=Severity.WARNING,
        )
    elif args.render:
        rendered = _rendered(args, result)
        if rendered is None:
            return 2
        problems = tuple(sorted({*problems, *_not_reported(rendered, problems)}))
    ok = not any(p.severity is Severity.ERROR for p in problems)
    if args.format == "json":
        print(problem_format.format_json(problems))
        return 0 if ok else 1
    excepted = list(result.exceptions)
    if args.format == "github":
        shown = tuple(sorted({*problems, skipped})) if skipped else problems
        annotations = [problem_format.format_github(shown) if shown else ""]
        annotations.append(allowlist.format_github(excepted))
        output.annotate("\n".join(a for a in annotations if a))
    if args.format == "gitlab":
        report = Path(args.output)
        entries = json.loads(problem_format.format_gitlab(problems))
        entries += allowlist.gitlab_entries(excepted)
        report.write_text(json.dumps(entries, ensure_ascii=False, indent=2) + "\n", "utf-8")
        print(f"Kodekvalitetsrapporten er skrevet til {report}.", file=sys.stderr)
    if problems:
        print(problem_format.format_text(problems))
    if excepted:
        print(allowlist.format_text(excepted))
    if problems:
        print(problem_format.summary(problems), file=sys.stderr)
    else:
        n = len(result.content.files)
        print(f"Ingen feil i {n} {'fil' if n == 1 else 'filer'}.", file=sys.stderr)
    if excepted:
        print(_exceptions_in_use(len(excepted)), file=sys.stderr)
    return 0 if ok else 1


def _exceptions_in_use(n: int) -> str:
    return (
        f"{n} unntak fra personvernsjekken er i bruk (over: fil, linje, "
        "verdien maskert og begrunnelsen). Den som godkjenner endringen, skal se på hvert av dem."
    )


def _valid(args: argparse.Namespace, what: str) -> LoadResult | None:
    """Content that passed the check, or ``None`` after printing why it did not."""
    result = _load(args)
    if result.ok:
        return result
    print(problem_format.format_text(result.problems), file=sys.stderr)
    print(
        f"Kan ikke lage {what}: innholdet har {problem_format.summary(result.problems)}. "
        "Rett feilene først.",
        file=sys.stderr,
    )
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
    excepted = list(result.exceptions)
    if args.format == "json":
        _print_json([f.as_dict() for f in found] + [e.as_dict() for e in excepted])
    else:
        for f in found:
            print(
                problem_format.shown(
                    f"{f.item.path}: {f.kind.label.lower()}: {f.item.id}: {f.reason} "
                    f"(ansvarlig: {f.owner_unit}, siden {f.since.isoformat()})"
                )
            )
        if excepted:
            print(allowlist.format_text(excepted))
        print(f"{len(found)} {'merknad' if len(found) == 1 else 'merknader'}.", file=sys.stderr)
        if excepted:
            print(_exceptions_in_use(len(excepted)), file=sys.stderr)
    return 0


def _ask(
    field: scaffold.Field, values: dict[str, object], result: LoadResult, args: argparse.Namespace
) -> object:
    """Ask in the terminal for a value that was not given, showing what is allowed."""
    allowed = field.choices(result.content, values) if field.choices else None
    default = field.default(result.content, values, args.today) if field.default else ""
    hint = f" [{', '.join(allowed)}]" if allowed else ""
    hint += f" (Enter: {default})" if default else ""
    answer = input(f"{field.question}{hint}: ").strip() or default
    return [a.strip() for a in answer.split(",") if a.strip()] if field.many else answer


def _new(args: argparse.Namespace) -> int:
    kind = scaffold.offered(args.kinds)[args.kind]
    assert kind.new is not None  # offered
    result = _load(args)  # the files that passed: another file's error does not stop this one
    layout = _layout(args)
    interactive = sys.stdin.isatty() and not args.no_input
    values: dict[str, object] = {}
    for field in kind.new.fields:
        value = getattr(args, field.name)
        if isinstance(value, list) and not field.many:  # --category is a list for some kinds
            if len(value) > 1:
                print(f"praksisbank new: --{field.name} kan bare gis én gang her.", file=sys.stderr)
                return 2
            value = value[0] if value else None
        if value in (None, []) and interactive:
            value = _ask(field, values, result, args)
        if value in (None, "", []) and field.default:
            value = field.default(result.content, values, args.today)
        values[field.name] = value
    try:
        made = scaffold.new(
            kind,
            values,
            result.content,
            layout.folder(kind),
            args.today,
            written_ids(layout),
        )
    except scaffold.ScaffoldError as exc:
        print(f"praksisbank new: {exc}", file=sys.stderr)
        return 2
    made.path.parent.mkdir(parents=True, exist_ok=True)
    with made.path.open("x", encoding="utf-8") as out:  # never overwrite
        out.write(made.text)
    print(
        f"Skrev {layout.show(made.path)} ({made.id}). Fyll ut teksten, og kjør "
        "«praksisbank check» før du sender endringen."
    )
    return 0


def _pdf(args: argparse.Namespace) -> int:
    from praksisbank.cli.pdfcommand import run  # loads MkDocs and WeasyPrint: only for this command

    return run(Path(args.project).resolve(), Path(args.output).resolve() if args.output else None)


def _build(args: argparse.Namespace) -> int:
    from praksisbank.cli import build  # loads the engines' tools: only for this command

    def say(text: str) -> None:
        print(text, file=sys.stderr)

    from praksisbank.core.views.sandbox import TemplateRefusedError

    try:
        took = build.build(Path(args.project), args.engine, say)
    except (build.BuildError, TemplateRefusedError) as exc:  # the sandbox's, in Norwegian
        print(f"praksisbank build: {exc}", file=sys.stderr)
        return 1
    say(
        f"Bygget med {args.engine}: sjekken og dokumenttreet {_seconds(took.tree)}, motoren "
        f"{_seconds(took.engine)}, kontrollene, søket og PDF-ene {_seconds(took.after)}."
    )
    return 0


def _seconds(value: float) -> str:
    """Seconds as Norwegian writes them: ``1,5 s``."""
    return f"{value:.1f} s".replace(".", ",")


def _codeowners(args: argparse.Namespace) -> int:
    layout = layout_for(Path(args.project).resolve())
    if not layout.teams:
        print(
            "praksisbank codeowners: mkdocs.yml har ingen «teams» under praksisbank-utvidelsen. "
            "Legg til hver enhet med sitt team, for eksempel «Enhet A1: '@organisasjon/team'».",
            file=sys.stderr,
        )
        return 2
    result = load(layout, args.today, workers=args.workers)
    target = layout.root / codeowners.FILE
    code = codeowners.site_code(layout.root, layout.theme_dirs)
    target.write_text(codeowners.render(result.content, layout.teams, code), encoding="utf-8")
    print(f"Skrev {codeowners.FILE}.", file=sys.stderr)
    if codeowners.PRIVACY_TEAM not in layout.teams:
        print(f"praksisbank codeowners: advarsel: {codeowners.NO_PRIVACY_TEAM}", file=sys.stderr)
    left = [
        p
        for p in result.problems
        if p.code == "codeowners" and p.file != codeowners.FILE and p.severity is Severity.ERROR
    ]
    if left:
        print(problem_format.format_text(left))
    return 1 if left else 0


def _project_argument(
    parser: argparse.ArgumentParser, formats: tuple[str, ...] = ("text", "json")
) -> None:
    parser.add_argument(
        "project",
        nargs="?",
        default=".",
        metavar="PROJECT_DIR",
        help="mappen med mkdocs.yml (standard: denne mappen)",
    )
    parser.add_argument(
        "--format",
        choices=formats,
        default="text",
        help=f"utdata: {', '.join(formats)} (standard: text)",
    )


def _no_cache(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="les hver tekst på nytt, også de personvernsjekken fant rene i en tidligere kjøring, "
        "og husk ingenting (som verdict_cache: false / PRAKSISBANK_VERDICT_CACHE=0)",
    )


def build_parser(known: tuple[kinds.Kind, ...] = kinds.KINDS) -> argparse.ArgumentParser:
    """The command's parser; ``known``: the content kinds (``praksisbank new`` offers theirs)."""
    offered = scaffold.offered(known)
    parser = argparse.ArgumentParser(
        prog="praksisbank",
        description="Praksisbanken: sjekk innholdet i vedtaksbanken, praksisnotatene og "
        "intervjuguidene.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    check = sub.add_parser(
        "check",
        help="sjekk alt innhold uten å bygge nettstedet",
        description="Sjekk alt innhold uten å bygge nettstedet. github: merknader i "
        "pull-forespørselen (GitHub Actions); gitlab: en kodekvalitetsrapport (GitLab). Begge "
        "skriver også hele listen.",
    )
    _project_argument(check, ("text", "json", "github", "gitlab"))
    check.add_argument(
        "--output",
        default="gl-code-quality-report.json",
        metavar="FIL",
        help="hvor --format gitlab skriver rapporten (standard: gl-code-quality-report.json)",
    )
    check.add_argument(
        "--render",
        action="store_true",
        help="gjør også om Markdown-teksten i hver fil til HTML med nettstedets utvidelser, slik "
        "byggingen gjør, og meld fra om tekst som ikke kan vises (tregere: laster MkDocs)",
    )
    _no_cache(check)
    check.set_defaults(run=_check)
    review = sub.add_parser(
        "review",
        help="list alt som er utdatert, fjernet, kan være utdatert eller har forfalt gjennomgang, "
        "og hvert unntak fra personvernsjekken",
    )
    _project_argument(review)
    review.set_defaults(run=_review)
    new = sub.add_parser(
        "new",
        help=f"start en ny fil: {_listed([k.words.singular for k in offered.values()])}",
        description="Lag en ny fil med neste ledige "
        "id og malens avsnitt. Uten valg i en terminal spør kommandoen etter "
        "hvert felt.",
    )
    new.add_argument(
        "kind",
        choices=tuple(offered),
        metavar="TYPE",
        help=f"hva som skal lages: {', '.join(offered)}",
    )
    new.add_argument(
        "project",
        nargs="?",
        default=".",
        metavar="PROJECT_DIR",
        help="mappen med mkdocs.yml (standard: denne mappen)",
    )
    options = {f.name: f for k in offered.values() if k.new for f in k.new.fields}
    for name, field in options.items():
        new.add_argument(
            f"--{name.replace('_', '-')}",
            dest=name,
            action="append" if field.many else "store",
            default=[] if field.many else None,
            metavar="VERDI",
            help=field.question,
        )
    new.add_argument("--no-input", action="store_true", help="spør ikke i terminalen (for skript)")
    new.set_defaults(run=_new)
    owners = sub.add_parser("codeowners", help="skriv CODEOWNERS fra de ansvarlige enhetene")
    owners.add_argument(
        "project",
        nargs="?",
        default=".",
        metavar="PROJECT_DIR",
        help="mappen med mkdocs.yml (standard: denne mappen)",
    )
    owners.set_defaults(run=_codeowners)
    ready = sub.add_parser(
        "readiness", help="beredskapsoversikten: er de største ankomstlandene klare, og hva mangler"
    )
    _project_argument(ready)
    ready.set_defaults(run=_readiness)
    pdfs = sub.add_parser(
        "pdf",
        help="lag PDF-ene (hvert dokument og en landpakke per land) uten å bygge nettstedet",
        description="Lag PDF-en til hvert publiserte dokument og landpakken til hvert land, med "
        "samme hurtiglager som byggingen. Nettstedet i site/ endres ikke.",
    )
    pdfs.add_argument(
        "project",
        nargs="?",
        default=".",
        metavar="PROJECT_DIR",
        help="mappen med mkdocs.yml (standard: denne mappen)",
    )
    pdfs.add_argument(
        "--output", metavar="MAPPE", help="hvor PDF-ene skrives (standard: pdf/ i prosjektmappen)"
    )
    pdfs.set_defaults(run=_pdf)
    built = sub.add_parser(
        "build",
        help="bygg nettstedet uten MkDocs-utvidelsen: sjekk, dokumenttre, motoren, kontrollene",
        description="Bygg nettstedet: sjekk innholdet, skriv dokumenttreet (.cache/"
        "praksisbank-tree), la motoren bygge det, og kontroller, indekser og lag PDF-er av "
        "resultatet før det erstatter site/.",
    )
    built.add_argument(
        "project",
        nargs="?",
        default=".",
        metavar="PROJECT_DIR",
        help="mappen med mkdocs.yml (standard: denne mappen)",
    )
    built.add_argument(
        "--engine",
        choices=("mkdocs", "zensical"),
        default="mkdocs",
        help="motoren som bygger dokumenttreet (standard: mkdocs)",
    )
    _no_cache(built)
    built.set_defaults(run=_build)
    guarded = sub.add_parser(
        "mkdocs",
        help="kjør MkDocs (build, serve …) etter at mkdocs.yml er sjekket for kode som kjører",
        description="Kjør MkDocs' egen kommando (for eksempel «build» eller «serve "
        "--dirtyreload»). mkdocs.yml og filene den arver leses først trygt: en Python-tagg som "
        "ikke er gjennomgått, eller «hooks», stopper kommandoen før MkDocs leser filen.",
    )
    guarded.add_argument(
        "mkdocs_args", nargs=argparse.REMAINDER, metavar="ARGUMENTER", help="MkDocs' argumenter"
    )
    guarded.set_defaults(run=_guarded, project=".")
    return parser


def _guarded(args: argparse.Namespace) -> int:
    from praksisbank.cli import guarded

    return guarded.run(args.mkdocs_args)


def _listed(words: list[str]) -> str:
    """«a, b eller c»."""
    return " eller ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else "".join(words)


def main(argv: Sequence[str] | None = None, known: tuple[kinds.Kind, ...] = kinds.KINDS) -> int:
    """The command; ``known``: the content kinds (the site's; a test adds its own). Nothing it
    prints is read by a CI runner as a command (``output``)."""
    with output.safe_streams():
        return _main(argv, known)


def _main(argv: Sequence[str] | None, known: tuple[kinds.Kind, ...]) -> int:
    argparse_nb.install()
    args = build_parser(known).parse_args(argv)
    args.kinds = known
    try:
        # The plugin's settings in the project's mkdocs.yml (mkdocs_adapter/settings.py), read once:
        # validation and flags agree on the day.
        chosen = resolve(plugin_options(Path(args.project)), None)
        args.today, args.workers = chosen.today, chosen.workers
        # Clean verdicts kept between runs (core/gate/verdicts.py), for the commands that read
        # every text: check and build.
        keep = chosen.verdict_cache and args.command in ("check", "build") and not args.no_cache
        store = verdict_store(Path(args.project).resolve()) if keep else None
        with verdicts.kept(store):
            code: int = args.run(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
    except (ProjectError, SettingsError) as exc:
        print(f"praksisbank: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return _reader_left()
    return code


def _reader_left() -> int:
    """The reader of standard output closed it (``praksisbank review | head -1``): stop
    quietly, as other commands in a pipe do. What is still buffered goes nowhere, so the
    interpreter's last flush finds no closed pipe either."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 1


if __name__ == "__main__":
    sys.exit(main())
