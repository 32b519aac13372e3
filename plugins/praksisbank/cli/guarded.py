"""``praksisbank mkdocs build|serve …``: MkDocs' own command, with ``mkdocs.yml`` checked first.

MkDocs reads ``mkdocs.yml`` with PyYAML's unsafe loader, so a ``!!python/…`` tag or a ``hooks``
file would run before any check of ours. Here the file and each file it inherits are read with a
safe parser and refused with their lines (``mkdocs_adapter/project.refuse_code``); then MkDocs
runs in this process with a loader that constructs only the reviewed tags, so a tag the check
missed stops the read instead of running (``project.reviewed_python``). ``make site``,
``make serve`` and ``praksisbank build`` run MkDocs this way.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from praksisbank.mkdocs_adapter.project import ProjectError, refuse_code, reviewed_python

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


def run(args: Sequence[str]) -> int:
    """MkDocs' command line with ``args``; its exit code, or 1 when ``mkdocs.yml`` is refused."""
    try:
        chosen = config_file(args)
        if chosen.is_file():  # else MkDocs says the file is missing
            refuse_code(chosen)
    except ProjectError as exc:
        print(f"praksisbank mkdocs: {exc}", file=sys.stderr)
        print("Ingenting ble bygget, og nettstedet er som før.", file=sys.stderr)
        return 1
    from mkdocs.__main__ import cli

    with reviewed_python():
        try:
            cli.main(args=list(args), prog_name="mkdocs")
        except SystemExit as done:
            return done.code if isinstance(done.code, int) else 1
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
