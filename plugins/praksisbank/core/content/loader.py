"""Loading a project's content: every file of every kind read, checked and built in one pass.

For each kind in ``kinds.KINDS`` the loader finds its files, reads each one, checks it against the
kind's contract, runs the personal-data gate over every text in it and builds the item. Then the
rules across files (``rules.RULES``) run over everything. Nothing stops at the first problem: every
file's problems are collected, and a file with an error is left out of the content.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import threading
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from itertools import accumulate
from pathlib import Path
from typing import Any

import yaml

from praksisbank.core.base.model import Content, Item
from praksisbank.core.base.problems import Problem, Severity
from praksisbank.core.content import allowlist, codeowners, schema, scripts
from praksisbank.core.content.allowlist import ALLOW_LIST as ALLOW_LIST
from praksisbank.core.content.discovery import find
from praksisbank.core.content.documents import (
    MAX_FILE_BYTES,
    RawDocument,
    position_in_body,
    read_document,
    read_text,
    read_yaml,
)
from praksisbank.core.content.kinds import KINDS, DataFile, Kind
from praksisbank.core.content.report import Reporter
from praksisbank.core.content.rules import RULES, Loaded
from praksisbank.core.content.yamlnodes import KeyPath, Parsed
from praksisbank.core.gate import markdowncost, published, runnable, siteconfig
from praksisbank.core.gate.anonymity import (
    ALLOW_MARKER,
    Finding,
    Marker,
    examine,
    find_markers,
    mask_digits,
)
from praksisbank.core.gate.codespans import code_regions, inside
from praksisbank.core.gate.personaldata import WHAT_NAME

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
"""File and folder names become page addresses and edit links: plain ASCII only."""
_ACTIVE = frozenset(
    {
        ".html",
        ".htm",
        ".xhtml",
        ".xht",
        ".shtml",
        ".svg",
        ".svgz",
        ".xml",
        ".xsl",
        ".xslt",
        ".js",
        ".mjs",
        ".php",
        ".swf",
    }
)
"""Files a browser runs code from when opened: never published as they are."""
_MARKDOWN = frozenset({".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mdtxt", ".mdtext"})
"""Markdown by another name (or ``.MD``): MkDocs would publish it unchecked, or as raw text."""
_WRITTEN_ID = re.compile(r"""^id:[ \t]*["']?([^"'\s#]+)""", re.MULTILINE)
"""An ``id`` line of a front matter, read leniently (the file may fail the check)."""


def written_ids(layout: Layout) -> frozenset[str]:
    """Every id written in a Markdown file of any kind, also in files that fail the check (a
    new id must not collide with one that a file with an error will have once it is fixed).
    Only the front matter (before the second ``---``) is read, at most ``MAX_FILE_BYTES``."""
    ids: set[str] = set()
    for kind in KINDS:
        for path in find(layout.folder(kind)).files:
            if path.suffix != ".md":
                continue
            try:
                with path.open("rb") as handle:
                    text = handle.read(MAX_FILE_BYTES).decode("utf-8", errors="replace")
            except OSError:
                continue
            text = text.lstrip("\ufeff").replace("\r\n", "\n")
            if not text.startswith("---\n"):
                continue
            end = text.find("\n---", 4)
            ids.update(_WRITTEN_ID.findall(text[4 : len(text) if end < 0 else end]))
    return frozenset(ids)


@dataclass(frozen=True, kw_only=True, slots=True)
class Layout:
    """Where the content lives. ``root`` is the project folder that paths are shown relative to."""

    root: Path
    folders: Mapping[str, Path] = field(default_factory=dict)
    """Each kind's folder, by kind name; a kind not named here uses its default folder."""
    teams: Mapping[str, str] = field(default_factory=dict)
    """Each responsible unit's team on GitHub or GitLab, for CODEOWNERS; empty: none kept."""
    settings: Path | None = None
    """The site's ``mkdocs.yml``: the texts readers see in it pass the gate."""
    theme_dirs: tuple[Path, ...] = ()
    """The site's own theme files (``theme.custom_dir``, the plugin's ``templates``): every file
    in them passes the gate."""

    @classmethod
    def default(cls, root: Path) -> Layout:
        return cls(root=root)

    def folder(self, kind: Kind) -> Path:
        return self.folders.get(kind.name) or self.root / kind.folder

    def inner_folders(self, kind: Kind) -> list[Path]:
        """Other kinds' folders inside this kind's folder (``docs/roles`` in ``docs``)."""
        mine = self.folder(kind)
        return [
            f
            for k in KINDS
            if k is not kind and (f := self.folder(k)) != mine and f.is_relative_to(mine)
        ]

    def show(self, path: Path) -> str:
        shown = _relative(path, self.root)
        return path.as_posix() if shown is None else shown


def _relative(path: Path, base: Path) -> str | None:
    """``path.relative_to(base)`` with forward slashes, or None when it is not inside ``base``.
    Compares the texts first: ``relative_to`` splits both paths again on every call, and it
    runs several times for every file."""
    text, prefix = str(path), str(base)
    if text == prefix:
        return "."
    if not prefix.endswith(os.sep):
        prefix += os.sep
    if text.startswith(prefix):
        return text[len(prefix) :].replace(os.sep, "/")
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return None


@dataclass(frozen=True, kw_only=True, slots=True)
class LoadResult:
    content: Content
    problems: tuple[Problem, ...]
    exceptions: tuple[allowlist.Excepted, ...] = ()
    """Every finding a reviewed exception let through, in order of file and line."""

    @property
    def excepted_keys(self) -> frozenset[str]:
        """The fingerprints of the values let through (this process's keys): what the
        rendered-text gate lets through on the pages made from them."""
        return frozenset(e.key for e in self.exceptions)

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)


def _strings(value: Any, path: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    """Every text in a parsed YAML value, with its key path. A number is a text too: readers see
    ``arrivals: 24058712345`` as it is written (the reader keeps a leading 0 as text)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, int) and not isinstance(value, bool):
        yield path, str(value)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, (*path, i))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k, (*path, k))
            yield from _strings(v, (*path, k))


_APART = "\n\x00\n"
_SECTION = re.compile(r"^## (.*)", re.MULTILINE)
"""A line that starts a section: what follows ``## `` on it."""
_NOT_UTF8_NAME = re.compile("[\udc80-\udcff]")
"""What Python makes of a file name's bytes that are no UTF-8 (surrogate escapes)."""


def _capital(what: str) -> str:
    """«et fødselsnummer» as the start of a sentence: «Et fødselsnummer»."""
    return what[:1].upper() + what[1:]


_REMOVE = "Alt leserne ser, skal være anonymisert: fjern nummeret eller adressen."
_MARKER_FORM = f"<!-- {ALLOW_MARKER}: verdien, begrunnelsen -->"


def _hint(finding: Finding, marker: Marker | None, where: str) -> str:
    """What to do about a finding: remove it, or how a reviewed value is let through there.
    `where` is "body" (a Markdown body outside code), "code" (a marker in code named it) or
    "fields" (front matter, data files, file names, files published as they are)."""
    if not finding.exceptable:
        return f"{_REMOVE} {_capital(finding.what)} kan aldri unntas, heller ikke i {ALLOW_LIST}."
    if where == "code":
        return (
            f"{_REMOVE} Kommentaren «{ALLOW_MARKER}» står i kode og vises for leserne som "
            "tekst, så den gjelder ikke: et unntak skrives i vanlig tekst, utenfor `kode` og "
            "kodeblokker."
        )
    listed = (
        f"før opp verdien slik den står, med en begrunnelse, i {ALLOW_LIST} (se «Slik bidrar du»)"
    )
    if where == "fields":
        return f"{_REMOVE} Er det sikkert ikke en personopplysning, {listed}."
    if marker is not None:
        return (
            f"{_REMOVE} Kommentaren «{ALLOW_MARKER}» på linjen gjelder bare verdien den nevner: "
            f"skriv verdien slik den står i teksten, og en begrunnelse, {_MARKER_FORM}."
        )
    return (
        f"{_REMOVE} Er det sikkert ikke en personopplysning, skriv en kommentar på samme linje, "
        f"{_MARKER_FORM}, eller {listed}."
    )


_Judged = tuple[list[tuple[Finding, str]], list[tuple[Finding, str, str]], list[Marker]]
"""The findings to report with their hints, those let through with their reason and source,
and (in a body) the markers outside code that let nothing through."""

_SHOWN_MARKER = (
    f"Kommentaren «{ALLOW_MARKER}» vises for leserne som tekst her og gjelder ikke: et unntak "
    "i {where} skrives i {list}. Fjern kommentaren."
)


def _names_an_employee(path: KeyPath) -> bool:
    """A field that names employees, not applicants: a practice note's ``contacts[].name`` and
    an interview guide's ``quality_assured_by``. Personal names are allowed there (the other
    kinds of personal data are not)."""
    return (
        len(path) == 3 and path[0] == "contacts" and isinstance(path[1], int) and path[2] == "name"
    ) or path == ("quality_assured_by",)


def _contact_names(meta: Any) -> list[str]:
    """The employees a practice note names in ``contacts``: its body may name them too."""
    contacts = meta.get("contacts") if isinstance(meta, dict) else None
    if not isinstance(contacts, list):
        return []
    return [c["name"] for c in contacts if isinstance(c, dict) and isinstance(c.get("name"), str)]


@dataclass(frozen=True, slots=True)
class Gate:
    """The personal-data gate with the project's reviewed exceptions."""

    allowed: Mapping[str, allowlist.Entry] = field(default_factory=dict)
    """The allow-list's entries by fingerprint."""
    used: set[str] = field(default_factory=set)
    """The entries some text needed: the others are stale."""
    excepted: list[allowlist.Excepted] = field(default_factory=list)
    """Every finding an exception let through, where it is."""

    def _judge(
        self,
        text: str,
        where: str,
        code: list[tuple[int, int]] | None = None,
        known_names: Collection[str] = (),
        *,
        file: str,
    ) -> _Judged:
        """The findings in `text` to report, each with its hint, and those an exception let
        through, each with the reason and the source (placed in the file by `_place`)."""
        found = examine(text, known_names)
        report: list[tuple[Finding, str]] = []
        kept: list[tuple[Finding, str, str]] = []
        working: set[Marker] = set()
        for finding, marker, beside in zip(
            found.findings, found.named_by, found.beside, strict=True
        ):
            in_code = marker is not None and code is not None and inside(code, marker.offset)
            own = marker is not None and marker.offset <= finding.offset < marker.end
            if marker is not None and not own:
                working.add(marker)  # it names a value here, let through or not
            if finding.exceptable and where == "body" and marker is not None and not in_code:
                if not own:
                    kept.append((finding, marker.reason, allowlist.MARKER))
                continue
            entry = self.allowed.get(finding.fingerprint)
            if finding.exceptable and entry is not None and entry.covers(file):
                self.used.add(finding.fingerprint)
                source = f"{ALLOW_LIST}, linje {entry.line}"
                kept.append((finding, entry.reason, source))
                continue
            hint = _hint(finding, beside, "code" if in_code else where)
            if finding.exceptable and entry is not None:
                hint += (
                    f" Unntaket i {ALLOW_LIST} (linje {entry.line}) gjelder bare "
                    + ", ".join(f"«{f}»" for f in sorted(entry.files))
                    + ": er verdien vurdert for denne filen også, før den opp under «files»."
                )
            report.append((finding, hint))
        idle = [
            m
            for m in found.markers
            if where == "body" and m not in working and not (code and inside(code, m.offset))
        ]
        return report, kept, idle

    def _place(
        self,
        shown: str,
        kept: list[tuple[Finding, str, str]],
        position: Callable[[int], tuple[int, int]],
    ) -> None:
        """The exceptions `_judge` let through, placed in file `shown`."""
        for finding, reason, source in kept:
            line, column = position(finding.offset)
            self.excepted.append(
                allowlist.Excepted(
                    shown,
                    line,
                    column,
                    finding.what,
                    finding.masked,
                    reason,
                    source,
                    key=finding.fingerprint,
                )
            )

    def findings(self, text: str, file: str, known_names: Collection[str] = ()) -> list[Finding]:
        """The findings in a text of `file` readers see where no marker can be hidden (the
        allow-list's entries for that file apply). The exceptions used are not placed: a caller
        that shows where uses the methods below."""
        judged = self._judge(text, "fields", None, known_names, file=file)
        return [finding for finding, _ in judged[0]]

    def name(self, report: Reporter, shown: str) -> None:
        found, kept, _ = self._judge(shown, "fields", file=shown)
        for finding, _ in found:
            report.add(
                shown,
                1,
                1,
                "personal-data",
                f"Fil- eller mappenavnet ser ut til å inneholde {finding.what} "
                f"({finding.masked}). Gi filen et navn uten personopplysninger"
                + ("." if finding.exceptable else f": {finding.what} kan aldri unntas."),
            )
        self._place(shown, kept, lambda _: (1, 1))

    def fields(self, report: Reporter, shown: str, parsed: Parsed) -> None:
        """Every text of a file's fields, read in one scan: the texts joined by a separator no
        finding can span (a NUL between two line ends; the reader refuses NUL in a file)."""
        found = list(_strings(parsed.value, ()))
        starts = list(accumulate((len(text) + len(_APART) for _, text in found), initial=0))
        joined = _APART.join(text for _, text in found)

        def where(offset: int) -> tuple[KeyPath, str]:
            path = found[bisect_right(starts, offset) - 1][0]
            return path, next((p for p in reversed(path) if isinstance(p, str)), "")

        def position(offset: int) -> tuple[int, int]:
            pos = parsed.pos(where(offset)[0])
            return pos.line, pos.column

        self._report(
            report,
            shown,
            joined,
            position,
            lambda f: (
                f"Feltet «{where(f.offset)[1]}» ser ut til å inneholde {f.what} ({f.masked})."
            ),
            lambda m: (
                f"Feltet «{where(m.offset)[1]}»: "
                + _SHOWN_MARKER.format(where="front matter og YAML-filer", list=ALLOW_LIST)
            ),
            skip=lambda f: f.what == WHAT_NAME and _names_an_employee(where(f.offset)[0]),
        )

    def text(self, report: Reporter, shown: str, text: str) -> None:
        """A whole file published as it is (a text file under ``docs/``)."""

        def position(offset: int) -> tuple[int, int]:
            line = text.count("\n", 0, offset) + 1
            return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

        self._report(
            report,
            shown,
            text,
            position,
            lambda f: f"Filen ser ut til å inneholde {f.what} ({f.masked}).",
            lambda m: _SHOWN_MARKER.format(
                where="en fil som publiseres som den er", list=ALLOW_LIST
            ),
        )

    def _report(
        self,
        report: Reporter,
        shown: str,
        text: str,
        position: Callable[[int], tuple[int, int]],
        found: Callable[[Finding], str],
        marker: Callable[[Marker], str],
        skip: Callable[[Finding], bool] = lambda _: False,
    ) -> None:
        """What the gate finds in ``text`` (``found`` says what, and the hint follows), its
        exceptions placed, and every marker, which cannot clear anything here (``marker``)."""
        judged, kept, _ = self._judge(text, "fields", file=shown)
        for finding, hint in judged:
            if not skip(finding):
                line, column = position(finding.offset)
                report.add(shown, line, column, "personal-data", f"{found(finding)} {hint}")
        self._place(shown, kept, position)
        for mark in find_markers(text):
            line, column = position(mark.offset)
            report.add(shown, line, column, "personal-data", marker(mark))

    def pieces(
        self,
        report: Reporter,
        shown: str,
        pieces: tuple[published.Piece, ...],
        skip: set[str] | frozenset[str] = frozenset(),
    ) -> None:
        """The texts read from a document or an image (``published.read``), each named by where
        in the file it was found; values already reported (``skip``, masked) left out."""
        for piece in pieces:
            for finding in self.findings(piece.text, shown):
                if finding.masked in skip:
                    continue
                report.add(
                    shown,
                    1,
                    1,
                    "personal-data",
                    f"Filen ser ut til å inneholde {finding.what} ({finding.masked}) i "
                    f"{piece.where}. {_hint(finding, None, 'fields')}",
                )

    def shown_path(self, shown: str) -> str:
        """A path as messages show it: a number or address in a file or folder name masked,
        like the value in the message (the last two digits and the rest of the name left)."""
        return mask_digits(shown) if self._judge(shown, "fields", file=shown)[0] else shown

    def body(self, report: Reporter, doc: RawDocument) -> None:
        def position(offset: int) -> tuple[int, int]:
            pos = position_in_body(doc, offset)
            return pos.line, pos.column

        code = code_regions(doc.body) if ALLOW_MARKER in doc.body else None
        found, kept, idle = self._judge(
            doc.body, "body", code, _contact_names(doc.meta.value), file=doc.path
        )
        for finding, hint in found:
            line, column = position(finding.offset)
            report.add(
                doc.path,
                line,
                column,
                "personal-data",
                f"Teksten ser ut til å inneholde {finding.what} ({finding.masked}). {hint}",
            )
        self._place(doc.path, kept, position)
        for marker in idle:
            line, column = position(marker.offset)
            report.add(
                doc.path,
                line,
                column,
                "personal-data",
                f"Kommentaren «{ALLOW_MARKER}» gjelder ingen verdi på linjen: den skal nevne "
                "verdien slik den står i teksten og gi en begrunnelse, "
                f"{_MARKER_FORM}. Slett den om verdien er borte.",
                Severity.WARNING,
            )


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
            gate.text(report, shown, text)
            verdict = (
                runnable.svg(text.encode("utf-8"))
                if suffix == ".svg"
                else runnable.css(text)
                if suffix == ".css"
                else runnable.Verdict(runnable.printed_by_styles(text))
                if suffix in (".html", ".htm")
                else None
            )
            if verdict is not None:
                refusal = verdict.refusal
                seen = {f.masked for f in gate.findings(text, shown)}
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


def _site_files(layout: Layout, gate: Gate, report: Reporter) -> None:
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
                    f"({finding.masked}); den vises på hver side. {_hint(finding, None, 'fields')}",
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


def _costly(found: markdowncost.Costly) -> str:
    """Why a body is refused as too costly to render, and what to do."""
    if found.opener == "#":
        return (
            f"Teksten har {found.count} overskrifter med samme navn som denne. Hver får sin "
            "egen adresse, og det tar tid som vokser med kvadratet av antallet: byggingen "
            "ville ta for lang tid. Gi overskriftene ulike navn, eller gjør dem til vanlig "
            "tekst."
        )
    if found.opener == "\n#":
        return (
            f"Teksten har {found.count} overskrifter eller streker i ett avsnitt, uten tom "
            "linje mellom, og Markdown leser resten av avsnittet på nytt etter hver av dem: "
            "byggingen ville ta for lang tid. Sett en tom linje før og etter hver overskrift."
        )
    if found.marks > markdowncost.MAX_MARKS:
        return (
            f"Teksten har for mye formatering til at nettstedet kan vise den: over "
            f"{markdowncost.MAX_MARKS} lenker, uthevinger, tabellceller og linjer. "
            "Byggingen ville ta for lang tid. Del teksten på flere filer."
        )
    return (
        f"Teksten er for tung å gjøre om til HTML: avsnittet som starter her har "
        f"{found.count} «{found.opener}», og Markdown leser resten av avsnittet på "
        "nytt for hvert av dem (særlig «[», «(» og «<» som ikke blir lukket). Byggingen "
        "ville ta for "
        "lang tid. Lukk klammene, del avsnittet med tomme linjer, eller skriv tegnet "
        f"med skråstrek foran (\\{found.opener})."
    )


def _missing_sections(kind: Kind, doc: RawDocument) -> str:
    """What the body lacks of its kind's required level-2 headings; empty: nothing."""
    required = kind.sections
    if not required:
        return ""
    headings = [h.strip() for h in _SECTION.findall(doc.body)]
    missing = [s for s in required if s not in headings]
    if not missing:
        return ""
    names = ", ".join(f"«## {s}»" for s in missing)
    return (
        f"{kind.words.definite} mangler {names}. Malen har avsnittene "
        f"{', '.join(required)}, hvert som en overskrift med «## »."
    )


def _wrong_country_folder(folder: str, country: str, where: str) -> str:
    if folder.lower() == country.lower():
        return f"Mappen «{folder}» skal skrives med små bokstaver: {where}/{folder.lower()}/."
    return (
        f"Landet «{country}» stemmer ikke med mappen «{folder}». Flytt filen til "
        f"{where}/{country.lower()}/ eller rett feltet «country»."
    )


def _status_incomplete(meta: Mapping[str, Any]) -> str:
    """An outdated or withdrawn document must say why and since when; empty: it does."""
    status = meta.get("status")
    if status not in ("outdated", "withdrawn"):
        return ""
    missing = [k for k in ("status_reason", "status_date") if not meta.get(k)]
    if not missing:
        return ""
    return (
        f"Når status er «{status}», må også "
        f"{' og '.join(f'«{m}»' for m in missing)} fylles ut: "
        "status_reason er forklaringen leserne ser, status_date er "
        "datoen endringen gjelder fra."
    )


def _not_markdown(kind: Kind, path: Path) -> tuple[str, Severity] | None:
    """Why a file that is not Markdown is not published (message, severity); ``None``: it is
    published as it is, when the gate lets it (only a kind with assets publishes other files)."""
    if not kind.assets:
        return (
            f"Filen blir ikke publisert: {kind.words.where} leses bare Markdown-filer (.md).",
            Severity.WARNING,
        )
    if path.suffix.lower() in _ACTIVE:
        return (
            f"Filer av typen {path.suffix} publiseres ikke fra docs-mappen: de kan kjøre kode "
            "i leserens nettleser. Skriv siden i Markdown (.md), og bruk PNG eller JPEG for "
            "bilder. Skript og maler hører hjemme i nettstedets temamappe («custom_dir» i "
            "mkdocs.yml), som utviklerteamet eier (CODEOWNERS).",
            Severity.ERROR,
        )
    if path.suffix.lower() in _MARKDOWN:
        return (
            f"Filer av typen {path.suffix} blir sider som ingen har sjekket. Gi filen "
            "endelsen .md (små bokstaver), så sjekkes den som de andre sidene.",
            Severity.ERROR,
        )
    return None


def _misplaced(kind: Kind, parts: tuple[str, ...], folder: str) -> str:
    """Why a Markdown file does not lie where its kind's files lie, under a usable name (its
    path ``parts`` inside the kind's ``folder``); empty: it does."""
    bad = next((p for p in parts if not _NAME.match(p)), None)
    if bad is not None:
        what = "Filnavnet" if bad == parts[-1] else "Mappenavnet"
        return (
            f"{what} «{bad}» kan ikke brukes i en nettadresse. Bruk bare "
            "bokstavene a–z, tall og bindestrek, for eksempel "
            "2024-17-enslig-kvinne-herat.md."
        )
    if not (kind.per_country or kind.nested) and len(parts) != 1:
        return (
            f"{kind.words.plural} skal ligge rett i "
            f"{folder}/, ikke i en undermappe. Flytt filen "
            "opp ett nivå (et gammelt dokument beholdes med status «outdated»)."
        )
    return ""


def _data_records(
    path: Path, shown: str, data: DataFile, gate: Gate, report: Reporter, today: date
) -> tuple[Any, ...] | None:
    """The records of a YAML data file that pass its contract; ``None``: the file cannot be
    read as a list (its problems are reported)."""
    parsed, problems = read_yaml(path, shown)
    report.extend(problems)
    if parsed is None:
        return None
    report.remember(shown, parsed)
    gate.fields(report, shown, parsed)
    if not isinstance(parsed.value, list):
        report.at(
            shown,
            (),
            "field-type",
            f"Filen skal være en liste med ett element per {data.entry}, hvert med "
            f"{data.fields}, og hvert element starter med «- ».",
        )
        return None
    checker = schema.Checker(shown, parsed, today)
    records = []
    for i, value in enumerate(parsed.value):
        cleaned = checker.mapping(value, data.spec, (i,), f"Hvert element i {shown}")
        if cleaned is not None:
            records.append(data.build(cleaned, parsed.pos((i,)).line))
    report.extend(checker.problems)
    return tuple(records)


class _KindLoader:
    """Loads the files of one kind: the per-file steps, in order."""

    def __init__(
        self, kind: Kind, layout: Layout, today: date, report: Reporter, gate: Gate
    ) -> None:
        self.kind = kind
        self.personal = gate
        self.layout = layout
        self.today = today
        self.report = report
        self.folder = layout.folder(kind)
        self.files: list[str] = []
        self.items: list[Item] = []
        self.data: dict[str, tuple[Any, ...]] = {}
        self.data_paths: dict[str, str] = {}
        self.broken = False
        """A file of this kind could not be built (its own problems say why)."""

    def paths(self) -> list[Path]:
        """This kind's files, in order; links are reported here and not read."""
        found = find(self.folder)
        inner = self.layout.inner_folders(self.kind)

        def mine(path: Path) -> bool:
            return not any(path == f or path.is_relative_to(f) for f in inner)

        for link in filter(mine, found.links):
            shown = self.layout.show(link)
            self.files.append(shown)
            self.report.add(
                shown,
                1,
                1,
                "file-location",
                f"«{shown}» er en symbolsk lenke. Praksisbanken leser bare vanlige "
                "filer i prosjektet: legg selve filen her i stedet for en lenke.",
            )
        return list(filter(mine, found.files))

    def safe_file(self, path: Path) -> None:
        try:
            self.file(path)
        except Exception as exc:  # one file must never hide the others
            self.broken = True
            self.report.add(
                self.layout.show(path),
                1,
                1,
                "file-unreadable",
                "Praksisbanken kunne ikke lese filen. Sjekk at den er en vanlig "
                "tekstfil med front matter, og meld fra til utviklerne om "
                f"feilen står igjen (teknisk: {type(exc).__name__}).",
            )

    def result(self) -> _Part:
        return _Part(
            files=self.files,
            items=self.items,
            data=self.data,
            data_paths=self.data_paths,
            broken=self.broken,
        )

    def merge(self, part: _Part) -> None:
        self.files += part.files
        self.items += part.items
        self.data.update(part.data)
        self.data_paths.update(part.data_paths)
        self.broken = self.broken or part.broken

    def file(self, path: Path) -> None:
        shown = self.layout.show(path)
        if _NOT_UTF8_NAME.search(shown):  # bytes the file system gave that are no UTF-8
            shown = _NOT_UTF8_NAME.sub("\ufffd", shown)
            self.files.append(shown)
            self.report.add(
                shown,
                1,
                1,
                "file-location",
                "Filnavnet er ikke lagret som UTF-8 og kan ikke brukes i en nettadresse. Gi "
                "filen et navn med bare a–z, tall og bindestrek.",
            )
            return
        self.files.append(shown)
        self.personal.name(self.report, shown)
        inside = _relative(path, self.folder)
        parts = tuple(inside.split("/")) if inside else path.relative_to(self.folder).parts
        data = next((d for d in self.kind.data_files if (d.name,) == parts), None)
        if data is not None:
            self.data_file(path, shown, data)
        elif path.suffix != ".md":
            self.other_file(path, shown)
        elif self.placed(path, shown, parts):
            self.document(path, shown, parts)

    def other_file(self, path: Path, shown: str) -> None:
        refused = _not_markdown(self.kind, path)
        if refused is None:
            self.published_file(path, shown)
        else:
            self.report.add(shown, 1, 1, "file-location", *refused)

    def published_file(self, path: Path, shown: str) -> None:
        """A file published as it is (an image, an attachment, a text file): read by the gate or
        refused (``core/gate/published.py``). A file where the theme's or the build's files go is
        refused too."""
        refusal = published.reserved(path.relative_to(self.folder).as_posix())
        if refusal is None:
            check_published(path, shown, self.personal, self.report)
        else:
            self.report.add(shown, 1, 1, "file-location", refusal)

    def placed(self, path: Path, shown: str, parts: tuple[str, ...]) -> bool:
        """Whether a Markdown file lies where its kind's files lie, under a usable name."""
        message = _misplaced(self.kind, parts, self.layout.show(self.folder))
        if message:
            self.report.add(shown, 1, 1, "file-location", message)
        return not message

    def document(self, path: Path, shown: str, parts: tuple[str, ...]) -> None:
        doc, problems = read_document(path, shown)
        self.report.extend(problems)
        if doc is None:
            self.broken = True
            return
        self.report.remember(shown, doc.meta)
        if self.kind.per_country and len(parts) != 2:
            self.report.at(
                shown,
                (),
                "file-location",
                f"{self.kind.words.one} må ligge i mappen for sitt land, for eksempel "
                f"{self.layout.show(self.folder)}/afg/{parts[-1]}.",
            )
        cleaned = self.check(doc)
        self.personal.fields(self.report, shown, doc.meta)
        self.personal.body(self.report, doc)
        self.sections(doc)
        if self.too_costly(doc):
            cleaned = None
        if cleaned is None:
            self.broken = True
        elif not self.kind.per_country or self.country_folder(doc, parts, cleaned):
            self.items.append(self.kind.build(doc, cleaned, "/".join(parts)))

    def check(self, doc: RawDocument) -> dict[str, Any] | None:
        checker = schema.Checker(doc.path, doc.meta, self.today)
        cleaned = checker.mapping(doc.meta.value, self.kind.spec, (), "Front matter")
        self.report.extend(checker.problems)
        message = _status_incomplete(doc.meta.value)
        if message:
            self.report.at(doc.path, ("status",), "status-incomplete", message)
            return None
        return cleaned

    def country_folder(self, doc: RawDocument, parts: tuple[str, ...], c: dict[str, Any]) -> bool:
        if len(parts) != 2:
            return False
        folder, country = parts[0], c["country"]
        if folder == country.lower():
            return True
        message = _wrong_country_folder(folder, country, self.layout.show(self.folder))
        self.report.at(doc.path, ("country",), "country-folder", message)
        return False

    def too_costly(self, doc: RawDocument) -> bool:
        """A body Markdown would take too long to render (``markdowncost``) is refused."""
        found = markdowncost.costly(doc.body)
        if found is None:
            return False
        pos = position_in_body(doc, found.offset)
        self.report.add(doc.path, pos.line, pos.column, "markdown-too-costly", _costly(found))
        return True

    def sections(self, doc: RawDocument) -> None:
        message = _missing_sections(self.kind, doc)
        if message:
            self.report.add(doc.path, doc.body_line, 1, "body-section-missing", message)

    # -- YAML data files --------------------------------------------------------------------

    def data_file(self, path: Path, shown: str, data: DataFile) -> None:
        self.data_paths[data.field] = shown
        records = _data_records(path, shown, data, self.personal, self.report, self.today)
        if records is not None:
            self.data[data.field] = records


def _reparse(layout: Layout, shown: str) -> Parsed | None:
    """A file's front matter (or YAML) read again, for a problem that points into it."""
    path = layout.root / shown
    if path.suffix == ".md":
        doc = read_document(path, shown)[0]
        return doc.meta if doc is not None else None
    return read_yaml(path, shown)[0]


@dataclass(frozen=True, kw_only=True, slots=True)
class _Part:
    """What a kind's loader found in some of its files (sent back from a worker process)."""

    files: list[str]
    items: list[Item]
    data: dict[str, tuple[Any, ...]]
    data_paths: dict[str, str]
    broken: bool


PARALLEL_FROM = 400
"""From this many files, the files are read and checked in as many processes as there are
cores: each file's checks depend only on the file, so the work divides evenly."""


def _workers(count: int, wanted: int = 0) -> int:
    """How many processes to read `count` files with: 1 where it would not pay, where the
    operating system cannot fork, or where threads run (a live preview: forking then is unsafe).
    `wanted` (the ``workers`` setting) sets the number; 1 turns it off, 0 leaves it to us."""
    if wanted > 0:
        workers = wanted
    elif count >= PARALLEL_FROM:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    else:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 1
    return workers


_Task = tuple[int, Path]
_Allowed = Mapping[str, allowlist.Entry]
_Job = tuple[Layout, date, _Allowed, list[_Task]]
_Used = tuple[set[str], list[allowlist.Excepted]]


def _load_files(job: _Job) -> tuple[list[_Part], list[Problem], _Used]:
    """In a worker process: load some files, each with the loader of its kind. The parsed
    front matter stays here (sending it is slower than reading it again where needed)."""
    layout, today, allowed, tasks = job
    report, gate = Reporter(), Gate(allowed)
    loaders = [_KindLoader(kind, layout, today, report, gate) for kind in KINDS]
    for index, path in tasks:
        loaders[index].safe_file(path)
    return [loader.result() for loader in loaders], report.contents(), (gate.used, gate.excepted)


_FileResult = tuple[_Part, list[Problem], dict[str, Parsed], _Used]


class FileCache:
    """What each file gave in the last load, by the file's content: a live preview that loads
    again after every save reads and checks only the files that changed. A result holds only
    while the folders, "today" and the personal-data exceptions are the same."""

    def __init__(self) -> None:
        self._context: tuple[Layout, date, _Allowed] | None = None
        self._results: dict[tuple[int, Path], tuple[bytes, _FileResult]] = {}

    def load(self, loaders: list[_KindLoader], tasks: list[_Task], gate: Gate) -> None:
        first = loaders[0]
        context = (first.layout, first.today, gate.allowed)
        if context != self._context:
            self._context, self._results = context, {}
        results = {}
        for index, path in tasks:
            try:
                digest = hashlib.blake2b(path.read_bytes(), digest_size=16).digest()
            except OSError:
                digest = b""  # the loader reports the file; nothing is kept
            cached = self._results.get((index, path))
            if cached is not None and cached[0] == digest and digest:
                result = cached[1]
            else:
                result = _load_file(first.layout, first.today, gate.allowed, index, path)
            results[(index, path)] = (digest, result)
            part, problems, parsed, used = result
            loaders[index].merge(part)
            first.report.merge(problems, parsed)
            gate.used.update(used[0])
            gate.excepted.extend(used[1])
        self._results = results  # files gone since the last load are forgotten


def _load_file(
    layout: Layout, today: date, allowed: _Allowed, index: int, path: Path
) -> _FileResult:
    report, gate = Reporter(), Gate(allowed)
    loader = _KindLoader(KINDS[index], layout, today, report, gate)
    loader.safe_file(path)
    return loader.result(), report.contents(), report.remembered(), (gate.used, gate.excepted)


def _load_all(
    loaders: list[_KindLoader], tasks: list[_Task], gate: Gate, report: Reporter, wanted: int
) -> None:
    """Every file, each with the loader of its kind: on several cores, this process reads the
    first share itself while the others read theirs (only their results travel)."""
    workers = _workers(len(tasks), wanted)
    left = tasks
    if workers > 1:
        loader = loaders[0]
        size = -(-len(tasks) // workers)
        shares = [tasks[i : i + size] for i in range(0, len(tasks), size)]
        jobs = [(loader.layout, loader.today, gate.allowed, share) for share in shares[1:]]
        try:
            with multiprocessing.get_context("fork").Pool(len(jobs)) as pool:
                pending = pool.map_async(_load_files, jobs)
                for index, path in shares[0]:
                    loaders[index].safe_file(path)
                left = [task for share in shares[1:] for task in share]
                results = pending.get()
        except Exception:  # a worker that failed: read its files here instead
            results = []
        for parts, problems, used in results:
            for kind_loader, part in zip(loaders, parts, strict=True):
                kind_loader.merge(part)
            report.merge(problems)
            gate.used.update(used[0])
            gate.excepted.extend(used[1])
        if results:
            return
    for index, path in left:
        loaders[index].safe_file(path)


def load(
    layout: Layout, today: date, cache: FileCache | None = None, *, workers: int = 0
) -> LoadResult:
    """Load and check all content. Problems are sorted; items are sorted by path. With a
    cache, files unchanged since the cache's last load are not read again. `workers`: the
    processes to read a large project with (0: one per core, 1: this one only)."""
    report = Reporter(locate=partial(_reparse, layout))
    gate = Gate(allowlist.read(layout.root, today, report))
    loaders = [_KindLoader(kind, layout, today, report, gate) for kind in KINDS]
    tasks = [(i, path) for i, loader in enumerate(loaders) for path in loader.paths()]
    if cache is not None:
        cache.load(loaders, tasks, gate)
    else:
        _load_all(loaders, tasks, gate, report, workers)
    _site_files(layout, gate, report)
    allowlist.stale(gate.allowed, gate.used, report)
    data = {k: v for loader in loaders for k, v in loader.data.items()}
    content = Content(
        items={
            loader.kind.item_type: tuple(sorted(loader.items, key=lambda i: i.path))
            for loader in loaders
        },
        arrivals=tuple(sorted(data.get("arrivals", ()), key=lambda a: (-a.arrivals, a.country))),
        sources=data.get("sources", ()),
        training=data.get("training", ()),
        vocabulary=data.get("vocabulary", ()),
        vocabulary_file=next(
            (v for loader in loaders for k, v in loader.data_paths.items() if k == "vocabulary"),
            "",
        ),
        files=tuple(sorted(f for loader in loaders for f in loader.files)),
    )
    loaded = Loaded(
        content=content,
        broken=frozenset(loader.kind.item_type for loader in loaders if loader.broken),
        data_files={k: v for loader in loaders for k, v in loader.data_paths.items()},
    )
    for rule in RULES:
        rule(loaded, report)
    if layout.teams:
        code = codeowners.site_code(layout.root, layout.theme_dirs)
        codeowners.check(content, layout.teams, layout.root, report, code)
    failed = report.failed()
    published = Content(
        items={
            kind: tuple(i for i in items if i.path not in failed)
            for kind, items in content.items.items()
        },
        arrivals=content.arrivals,
        sources=content.sources,
        training=content.training,
        vocabulary=content.vocabulary,
        vocabulary_file=content.vocabulary_file,
        files=content.files,
    )
    problems = tuple(sorted(replace(p, file=gate.shown_path(p.file)) for p in report.problems()))
    exceptions = tuple(sorted(replace(e, file=gate.shown_path(e.file)) for e in gate.excepted))
    return LoadResult(content=published, problems=problems, exceptions=exceptions)
