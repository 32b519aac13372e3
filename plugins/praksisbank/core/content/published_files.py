"""Files published as they are (read by the personal-data gate, or refused), and what the site
shows besides its content: the reader-visible settings of ``mkdocs.yml`` and its theme files."""

from __future__ import annotations

from pathlib import Path

import yaml

from praksisbank.core.content import scripts
from praksisbank.core.content.discovery import find
from praksisbank.core.content.documents import (
    MAX_FILE_BYTES,
    read_text,
)
from praksisbank.core.content.layout import Layout
from praksisbank.core.content.personal import Gate, hint_for
from praksisbank.core.content.report import Reporter
from praksisbank.core.gate import published, siteconfig

_TEXT = frozenset(
    {".txt", ".text", ".csv", ".tsv", ".json", ".yml", ".yaml", ".toml", ".ini", ".cfg", ".conf",
     ".log", ".css", ".rst", ".adoc", ".tex", ".bib", ".srt", ".vtt", ".ics", ".vcf"}
)  # fmt: skip
"""Files published as they are that readers read as text: checked by the gate like a page."""


def _utf8_text(path: Path) -> str | None:
    """The text of a small file that is UTF-8 text (whatever its name), else ``None``."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError:
        return None


def check_published(path: Path, shown: str, gate: Gate, report: Reporter) -> None:
    """A file copied into the site as it is: its text through the gate, or a refusal.

    A document or an image is read by ``published.read``; a text file too large to read, not
    UTF-8 or with control characters is refused, as a page would be; a file refused by its
    ending, and any other file that is not text, is refused."""
    suffix = path.suffix.lower()
    refusal = published.refused_kind(suffix)
    if refusal is None and suffix in published.READ:
        reading = _read_published(path, shown)
        refusal = reading.refusal
        gate.pieces(report, shown, reading.pieces)
    elif refusal is None:
        if suffix in _TEXT:
            text, problems = read_text(path, shown)
            report.extend(problems)
        else:  # any other file that turns out to be text is read as one
            text = _utf8_text(path)
            refusal = published.NOT_TEXT if text is None else None
        if text is not None:
            gate.text(report, shown, text)
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


def site_files(layout: Layout, gate: Gate, report: Reporter) -> None:
    """What the site shows besides its content: the reader-visible settings of ``mkdocs.yml``
    and every file of the site's own theme folders."""
    extra_javascript: list[tuple[str, int]] = []
    if layout.settings is not None and layout.settings.is_file():
        shown = layout.show(layout.settings)
        text, _unread = read_text(layout.settings, shown)  # MkDocs reports a bad file
        extra_javascript = _extra_javascript(text or "")
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
            check_published(path, shown, gate, report)
            theme_files.append((path, shown))
    scripts.check(layout.root, theme_files, extra_javascript, layout.teams, report)


def _extra_javascript(text: str) -> list[tuple[str, int]]:
    """The ``extra_javascript`` entries written in ``mkdocs.yml``, each with its line (none when
    the file cannot be read: MkDocs and the settings check report that)."""
    try:
        settings = siteconfig.read(text)
    except yaml.YAMLError:
        return []
    entries = settings.values.get("extra_javascript")
    if not isinstance(entries, list):
        return []
    found = []
    for i, entry in enumerate(entries):
        path = entry.get("path") if isinstance(entry, dict) else entry
        if isinstance(path, str):
            found.append((path, settings.line(("extra_javascript", i))))
    return found
