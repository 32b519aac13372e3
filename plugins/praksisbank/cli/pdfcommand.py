"""``praksisbank pdf``: every PDF of a project, without building its site.

The PDFs are made from the site's own pages, so the command has MkDocs write the pages into a
temporary folder (``site/`` is not touched, no search index is made), lets the plugin make the
PDFs there exactly as ``mkdocs build`` does, with the same cache, and puts them in the output
folder: the same bytes as the build's.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from praksisbank.core.base.urls import PDF_FOLDER
from praksisbank.mkdocs_adapter.project import CONFIG, layout_for, load_mkdocs_config, refuse_code


class _Lines(logging.Handler):
    """The plugin's progress lines, and every warning and error, one line each."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(logging.INFO)
        self.out = out

    def emit(self, record: logging.LogRecord) -> None:
        ours = record.name.startswith("mkdocs.plugins.praksisbank")
        if ours or record.levelno >= logging.WARNING:
            word = {logging.WARNING: "advarsel: ", logging.ERROR: "feil: "}.get(record.levelno, "")
            print(f"{word}{record.getMessage()}", file=self.out)


MANIFEST = ".praksisbank-pdf"
"""The names of the PDFs the last run wrote into the output folder, one a line."""


def _replace(target: Path, made: list[Path]) -> None:
    """Put the new PDFs in ``target``, and remove the ones the last run wrote that are gone now
    (a document withdrawn since); other files in the folder are left alone."""
    target.mkdir(parents=True, exist_ok=True)
    manifest = target / MANIFEST
    before = manifest.read_text(encoding="utf-8").split() if manifest.is_file() else []
    names = [file.name for file in made]
    for name in set(before) - set(names):
        if "/" not in name and name.endswith(".pdf"):
            (target / name).unlink(missing_ok=True)
    for file in made:
        shutil.copyfile(file, target / file.name)
    manifest.write_text("".join(f"{name}\n" for name in names), encoding="utf-8")


def run(project: Path, output: Path | None = None, out: TextIO | None = None) -> int:
    """Make the PDFs of the project in ``project`` into ``output`` (default: ``pdf/`` in the
    project). Exit code 0, or 1 when the content or a PDF could not be made. Messages go to
    ``out`` (standard error when the command runs, not when this module was imported)."""
    out = out if out is not None else sys.stderr
    config_file = project / CONFIG
    if not config_file.is_file():
        print(f"praksisbank pdf: fant ikke {config_file}.", file=out)
        return 2
    layout_for(project)  # a mkdocs.yml that is not YAML: ProjectError, a message in Norwegian
    refuse_code(config_file)  # a Python tag or hooks: UnsafeSettingsError, before MkDocs reads it
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    target = output if output is not None else project / PDF_FOLDER
    logger = logging.getLogger("mkdocs")
    handler = _Lines(out)
    level = logger.level
    logger.setLevel(logging.INFO)  # setLevel, not .level: it clears the loggers' caches
    propagate, logger.propagate = logger.propagate, False
    logger.addHandler(handler)
    try:
        with tempfile.TemporaryDirectory(prefix="praksisbank-pdf-") as temporary:
            built = Path(temporary) / "site"
            try:
                config = load_mkdocs_config(config_file, site_dir=str(built))
            except MkDocsException as exc:
                print(
                    f"praksisbank pdf: {CONFIG} kan ikke leses av MkDocs (teknisk: {exc}).",
                    file=out,
                )
                return 2
            plugin = config.plugins.get("praksisbank")
            if plugin is None:
                print(f"praksisbank pdf: {config_file} bruker ikke praksisbank.", file=out)
                return 2
            if "search" in plugin.config:
                plugin.config["search"] = False  # only the PDFs are kept
            plugin.config["pdf"] = True  # whatever mkdocs.yml or PRAKSISBANK_PDF says
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            except MkDocsException as exc:
                print(f"praksisbank pdf: {exc}", file=out)
                return 1
            finally:
                config.plugins.on_shutdown()
            made = sorted((built / PDF_FOLDER).glob("*.pdf"))
            _replace(target, made)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate
    print(f"Skrev {len(made)} PDF-er til {target}.", file=out)
    return 0
