"""``praksisbank mkdocs build|serve …``: MkDocs' own command, with ``mkdocs.yml`` checked first.

MkDocs reads ``mkdocs.yml`` with PyYAML's unsafe loader, so a ``!!python/…`` tag or a ``hooks``
file would run before any check of ours. Here the file and each file it inherits are read with a
safe parser and refused with their lines (``mkdocs_adapter/project.refuse_code``); then MkDocs
runs in this process with a loader that constructs only the reviewed tags, so a tag the check
missed stops the read instead of running (``project.reviewed_python``). MkDocs then validates the
file once before the command runs (``project.validated``): a setting it refuses is said in
Norwegian with its line, not in MkDocs' English (an extension that does not load ends in a
traceback there). Every template environment a theme makes is sandboxed
(``configure.sandboxed_themes``), with our plugin or without it. ``make site``,
``make serve`` and ``praksisbank build`` run MkDocs this way.

Under ``serve`` MkDocs reads ``mkdocs.yml`` again before each rebuild. Each rebuild is checked
the same way first (``guarded_rebuilds``): a file that is refused, or that MkDocs cannot read,
prints our Norwegian message alone (MkDocs would print its traceback around it) and is not
built, so the preview keeps serving the last good site until the file is mended. The server is
told of a save by the kernel where it can (``mkdocs_adapter/watching.py``), not by polling.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from praksisbank.core.views import sandbox
from praksisbank.mkdocs_adapter.project import (
    ProjectError,
    refuse_code,
    reviewed_python,
    validated,
)

_DEFAULTS = ("mkdocs.yml", "mkdocs.yaml")
"""The files MkDocs reads when no ``--config-file`` is given, in its order."""


def config_file(args: Sequence[str]) -> Path:
    """The configuration MkDocs will read for ``args`` (``-f``/``--config-file`` or its default)."""
    for index, arg in enumerate(args):
        if arg in ("-f", "--config-file") and index + 1 < len(args):
            return Path(args[index + 1])
        if arg.startswith("--config-file="):
            return Path(arg.partition("=")[2])
        if arg.startswith("-f") and len(arg) > 2 and not arg.startswith("--"):
            return Path(arg[2:])
    return next((Path(n) for n in _DEFAULTS if Path(n).is_file()), Path(_DEFAULTS[0]))


KEPT = (
    "Nettstedet ble ikke bygget på nytt: forhåndsvisningen viser siste gode versjon til "
    "{file} er rettet."
)


def checked_rebuild(builder: Callable[..., Any], chosen: Path) -> Callable[..., Any]:
    """MkDocs' ``serve`` builder, with ``chosen`` checked before each rebuild that reads it
    again (MkDocs passes no configuration then): refused, or not readable by MkDocs, it prints
    our message without a traceback and builds nothing."""
    from mkdocs.exceptions import ConfigurationError

    def rebuild(config: Any = None) -> Any:
        if config is not None:  # the first build: checked before MkDocs started
            return builder(config)
        try:
            if chosen.is_file():
                refuse_code(chosen)
                validated(chosen)
            return builder(config)
        except (ProjectError, ConfigurationError) as exc:
            print(f"praksisbank mkdocs: {exc}", file=sys.stderr)
            print(KEPT.format(file=chosen.name), file=sys.stderr)
            return None

    return rebuild


@contextlib.contextmanager
def guarded_rebuilds(chosen: Path) -> Iterator[None]:
    """While inside, ``mkdocs serve`` rebuilds through ``checked_rebuild``."""
    import mkdocs.commands.serve as serve
    from mkdocs.livereload import LiveReloadServer

    from praksisbank.mkdocs_adapter import watching

    class Guarded(LiveReloadServer):
        def __init__(self, builder: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
            super().__init__(checked_rebuild(builder, chosen), *args, **kwargs)
            # Saves seen by inotify where it can, not by listing every file twice a second.
            self.observer = watching.observer(self.observer)

    names = serve.__dict__  # serve.py calls the name it imported
    names["LiveReloadServer"] = Guarded
    try:
        yield
    finally:
        names["LiveReloadServer"] = LiveReloadServer


def run(args: Sequence[str]) -> int:
    """MkDocs' command line with ``args``; its exit code, or 1 when ``mkdocs.yml`` is refused."""
    try:
        chosen = config_file(args)
        if chosen.is_file():  # else MkDocs says the file is missing
            refuse_code(chosen)
            validated(chosen)  # MkDocs' own refusals, in Norwegian and without a traceback
    except ProjectError as exc:
        print(f"praksisbank mkdocs: {exc}", file=sys.stderr)
        print("Ingenting ble bygget, og nettstedet er som før.", file=sys.stderr)
        return 1
    import jinja2
    from mkdocs.__main__ import cli

    from praksisbank.mkdocs_adapter.configure import sandboxed_themes

    root = chosen.resolve().parent
    with reviewed_python(), guarded_rebuilds(chosen), sandboxed_themes(root):
        try:
            cli.main(args=list(args), prog_name="mkdocs")
        except SystemExit as done:
            return done.code if isinstance(done.code, int) else 1
        except jinja2.TemplateError as exc:  # a template a plugin renders outside MkDocs' pages
            from praksisbank.mkdocs_adapter.configure import shown_from

            show = shown_from(root)
            print(f"praksisbank mkdocs: {sandbox.refusal_message(exc, show)}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
