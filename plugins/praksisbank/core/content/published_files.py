"""Files published as they are (read by the personal-data gate, or refused), and what the site
shows besides its content: the reader-visible settings of ``mkdocs.yml`` and its theme files."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from praksisbank.core.content import scripts
from praksisbank.core.content.discovery import find
from praksisbank.core.content.documents import (
    read_text,
)
from praksisbank.core.content.layout import Layout
from praksisbank.core.content.personal import Gate, hint_for
from praksisbank.core.content.report import Reporter
from praksisbank.core.gate import published, runnable, siteconfig


def check_published(
    path: Path,
    shown: str,
    gate: Gate,
    report: Reporter,
    allowed: frozenset[str] = published.DOCS_TYPES,
    where: str = "docs-mappen",
) -> None:
    """A file copied into the site as it is: its text through the gate, or a refusal.

    Only the types on ``allowed`` (the list for the folder, ``where``) are published. A document
    or an image is read by ``published.read``; a stylesheet or an SVG picture by
    ``runnable`` (what it would run, fetch or print); a text file too large to read, not UTF-8
    or with control characters is refused, as a page would be."""
    suffix = path.suffix.lower()
    refusal = published.refused_kind(suffix) or published.not_allowed(suffix, allowed, where)
    if refusal is None and suffix in published.READ:
        reading = _read_published(path, shown)
        refusal = reading.refusal
        gate.pieces(report, shown, reading.pieces)
    elif refusal is None:
        text, problems = read_text(path, shown)
        report.extend(problems)
        if text is not None:
            seen = gate.text(report, shown, text)
            verdict = (
                runnable.svg(text.encode("utf-8"))
                if suffix == ".svg"
                else runnable.css(text)
                if suffix == ".css"
                else runnable.styles(text)
                if suffix in (".html", ".htm")
                else None
            )
            if verdict is not None:
                refusal = verdict.refusal
                printed = published.Piece("det filen skriver ut", verdict.text)
                gate.pieces(report, shown, (printed,) if verdict.text else (), skip=seen)
    if refusal is not None:
        report.add(shown, 1, 1, "file-location", refusal)


def _read_published(path: Path, shown: str) -> published.Reading:
    try:
        if path.stat().st_size > published.MAX_BYTES:
            return published.Reading(refusal=published.TOO_LARGE)
        return published.read(shown, path.read_bytes())
    except OSError as exc:
        return published.Reading(
            refusal=f"Filen kan ikke leses ({exc.strerror or type(exc).__name__})."
        )


def appended_files(layout: Layout) -> list[tuple[published.Setting, Path]]:
    """The files ``pymdownx.snippets`` adds to every page (``auto_append``, ``auto_prepend``),
    found as the extension finds them: under each ``base_path`` in turn (relative to the
    project), or a ``base_path`` that is the file itself. A path out of the project or through a
    hidden file is left out: the settings check refuses it (``siteconfig``)."""
    if layout.settings is None or not layout.settings.is_file():
        return []
    text, _unread = read_text(layout.settings, layout.show(layout.settings))
    wanted = published.appended(text or "")
    found: list[tuple[published.Setting, Path]] = []
    for setting in wanted.files:
        name = setting.text
        if siteconfig.outside_project(name) or siteconfig.hidden_path(name):
            continue
        for base in wanted.bases:
            if siteconfig.outside_project(base) or siteconfig.hidden_path(base):
                continue
            folder = layout.root / base
            path = folder if folder.is_file() and folder.name == Path(name).name else folder / name
            if path.is_file() and not path.is_symlink():
                found.append((setting, path))
                break
    return found


def site_files(layout: Layout, gate: Gate, report: Reporter) -> None:
    """What the site shows besides its content: the reader-visible settings of ``mkdocs.yml``
    and every file of the site's own theme folders."""
    extra_javascript: list[tuple[str, int]] = []
    extra_css: list[tuple[str, int]] = []
    if layout.settings is not None and layout.settings.is_file():
        shown = layout.show(layout.settings)
        text, _unread = read_text(layout.settings, shown)  # MkDocs reports a bad file
        extra_javascript = _extra_files(text or "", "extra_javascript")
        extra_css = _extra_files(text or "", "extra_css")
        for setting in published.settings(text or ""):
            for finding in gate.findings(setting.text, shown):
                report.add(
                    shown,
                    setting.line,
                    setting.column,
                    "personal-data",
                    f"Innstillingen «{setting.name}» ser ut til å inneholde {finding.what} "
                    f"({finding.masked}); den vises på hver side. "
                    + hint_for(finding, None, "fields"),
                )
    for _setting, path in appended_files(layout):  # page text, added to every page
        shown = layout.show(path)
        text, problems = read_text(path, shown)
        report.extend(problems)
        if text is not None:
            gate.text(report, shown, text)
    theme_files: list[tuple[Path, str]] = []
    for folder in layout.theme_dirs:
        found = find(folder)
        for link in found.links:
            report.add(
                layout.show(link),
                1,
                1,
                "file-location",
                f"«{layout.show(link)}» er en symbolsk lenke. Praksisbanken leser bare vanlige "
                "filer i temaet: legg selve filen her i stedet for en lenke.",
            )
        for path in found.files:
            shown = layout.show(path)
            gate.name(report, shown)
            check_published(path, shown, gate, report, published.THEME_TYPES, "temamappen")
            theme_files.append((path, shown))
    scripts.check(layout.root, theme_files, extra_javascript, layout.teams, report)
    shown_config = layout.show(layout.settings) if layout.settings is not None else "mkdocs.yml"
    for entry, line in extra_css:
        if _OFFSITE.match(entry):
            continue  # an address: refused by the settings check (siteconfig)
        if not any(shown.endswith("/" + entry.lstrip("/")) for _, shown in theme_files):
            report.add(
                shown_config,
                line,
                1,
                "file-location",
                f"«extra_css» har «{entry}», som ikke er et stilark i nettstedets temamappe "
                "(«custom_dir»): et stilark endrer hvordan hver side vises, også etter at "
                "personvernsjekken har lest den, og skal ligge der utviklerteamet eier det "
                "(CODEOWNERS). Flytt filen dit, eller ta linjen bort.",
            )


_OFFSITE = re.compile(r"(?i)^[a-z][a-z0-9+.-]*:|^//")


def _extra_files(text: str, key: str) -> list[tuple[str, int]]:
    """The ``extra_javascript`` or ``extra_css`` entries (``key``) written in ``mkdocs.yml``,
    each with its line (none when the file cannot be read: MkDocs and the settings check report
    that)."""
    try:
        settings = siteconfig.read(text)
    except yaml.YAMLError:
        return []
    entries = settings.values.get(key)
    if not isinstance(entries, list):
        return []
    found = []
    for i, entry in enumerate(entries):
        path = entry.get("path") if isinstance(entry, dict) else entry
        if isinstance(path, str):
            found.append((path, settings.line((key, i))))
    return found
