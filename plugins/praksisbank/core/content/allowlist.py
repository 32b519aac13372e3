"""Reviewed exceptions to the personal-data gate: the list, and every exception in use.

A reviewed value that is not personal data (a switchboard's number, a public document number)
is let through in one of two ways:

- in a Markdown body, by a comment that names it, `<!-- personvern-ok: <value>, <reason> -->`,
  on the value's line, outside code (see ``anonymity`` for what a marker clears);
- anywhere (front matter, data files, file names), by an entry in ``personvern-ok.yml`` at the
  project root, which is never published: ``- value: "..."`` with ``reason: ...`` and
  ``files: [...]``, the files (paths from the project root, as messages name them) it was
  reviewed for. It counts in those files only: a value reviewed for one page is an error on
  every other. The value is written as it is: it was reviewed and is not personal data, and a
  hash of a number of eight to twelve digits would give it away just as well.

Identity, D-, H- and DUF numbers are never let through (``anonymity.NEVER_EXCEPTED``). The
list's owner is the privacy team (``codeowners.PRIVACY_TEAM``). Every exception in use is an
``Excepted``: the check prints them (``github``: a notice on the line, ``gitlab``: an ``info``
entry) and ``praksisbank review`` lists them, with the value masked, never a fingerprint.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from praksisbank.core.base.problems import Severity, github_escaped, shown
from praksisbank.core.content import schema
from praksisbank.core.content.documents import read_yaml
from praksisbank.core.content.report import Reporter
from praksisbank.core.gate.anonymity import examine, fingerprint, mask_digits

ALLOW_LIST = "personvern-ok.yml"
"""Reviewed exceptions to the personal-data gate, at the project root: values and reasons."""

MARKER = "kommentar i teksten"
"""How an exception made by a marker names its source."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry of the allow-list."""

    line: int
    masked: str
    reason: str
    files: frozenset[str] = frozenset()
    """The files it was reviewed for (paths from the project root): it counts there only."""

    def covers(self, file: str) -> bool:
        return file in self.files


@dataclass(frozen=True, slots=True, order=True)
class Excepted:
    """A finding that a reviewed exception let through, where it is."""

    file: str
    line: int
    column: int
    what: str
    masked: str
    reason: str
    source: str  # MARKER, or "personvern-ok.yml, linje N"
    key: str = field(default="", compare=False, repr=False)
    """The finding's fingerprint (keyed, this process only): for a later gate over the same
    text; never shown."""

    def as_text(self) -> str:
        return (
            f"{self.file}:{self.line}:{self.column}: unntak: {self.what} ({self.masked}), "
            f"begrunnelse: {_clean(self.reason)} ({self.source})"
        )

    def as_dict(self) -> dict[str, str | int]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "kind": "personvern-ok",
            "what": self.what,
            "value": self.masked,
            "reason": _clean(self.reason),
            "source": self.source,
        }


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def _clean(text: str) -> str:
    """A contributor's text as one line, numbers masked, no control characters, and every mark
    that would reorder it on screen written as an escape (``shown``)."""
    return shown(mask_digits(_CONTROL.sub(" ", text)).strip())


def format_text(excepted: list[Excepted]) -> str:
    return "\n".join(_CONTROL.sub(" ", e.as_text()) for e in sorted(excepted))


def format_github(excepted: list[Excepted]) -> str:
    """A notice on each excepted line of the pull request, for the reviewer to confirm."""
    return "\n".join(
        f"::notice file={github_escaped(e.file, property=True)},line={e.line},col={e.column},"
        f"title={github_escaped('Unntak fra personvernsjekken', property=True)}::"
        f"{github_escaped(e.as_text())}"
        for e in sorted(excepted)
    )


def gitlab_entries(excepted: list[Excepted]) -> list[dict[str, Any]]:
    """Code Quality entries of severity ``info``: shown in the merge request's diff."""
    return [
        {
            "description": e.as_text(),
            "check_name": "personvern-ok",
            "fingerprint": hashlib.sha256(e.as_text().encode()).hexdigest(),  # of masked text
            "severity": "info",
            "location": {"path": e.file, "lines": {"begin": e.line}},
        }
        for e in sorted(excepted)
    ]


_NEW_FORM = (
    'Skriv verdien slik den står i teksten, «- value: "…"», og begrunnelsen på linjen '
    "under, «  reason: …»."
)


def _old_fingerprint(report: Reporter, i: int) -> None:
    report.at(
        ALLOW_LIST,
        (i,),
        "personal-data",
        "Unntak med «fingerprint» brukes ikke lenger: et fingeravtrykk av et nummer kan regnes "
        "tilbake til nummeret. Slett elementet og kjør «praksisbank check»: meldingen om "
        "personopplysningen viser filen og linjen der verdien står. Er den sikkert ikke en "
        f"personopplysning, før den opp på nytt i {ALLOW_LIST}. {_NEW_FORM}",
    )


def _never(report: Reporter, i: int, what: str, masked: str) -> None:
    report.at(
        ALLOW_LIST,
        (i, "value"),
        "personal-data",
        f"«{masked}» ser ut til å være {what}, og det kan aldri unntas: slett elementet. "
        "Står nummeret i en tekst, må det fjernes der.",
    )


def read(root: Path, today: date, report: Reporter) -> dict[str, Entry]:
    """The entries of ``personvern-ok.yml`` by fingerprint (none when there is no list)."""
    path = root / ALLOW_LIST
    if path.is_symlink():
        report.add(
            ALLOW_LIST,
            1,
            1,
            "file-location",
            f"«{ALLOW_LIST}» er en symbolsk lenke. Praksisbanken leser bare vanlige filer i "
            "prosjektet: legg selve filen her i stedet for en lenke.",
        )
        return {}
    if not path.is_file():
        return {}
    parsed, problems = read_yaml(path, ALLOW_LIST)
    report.extend(problems)
    if parsed is None:
        return {}
    report.remember(ALLOW_LIST, parsed)
    if not isinstance(parsed.value, list):
        report.at(
            ALLOW_LIST,
            (),
            "field-type",
            "Filen skal være en liste med ett element per unntak, hvert med «value» og "
            "«reason», og hvert element starter med «- ».",
        )
        return {}
    checker = schema.Checker(ALLOW_LIST, parsed, today)
    entries: dict[str, Entry] = {}
    for i, value in enumerate(parsed.value):
        if isinstance(value, dict) and "fingerprint" in value:
            _old_fingerprint(report, i)
            continue
        if isinstance(value, dict) and isinstance(value.get("value"), str):
            never = next((f for f in examine(value["value"]).findings if not f.exceptable), None)
            if never is not None:  # said first: no other field can make it right
                _never(report, i, never.what, never.masked)
                continue
        cleaned = checker.mapping(value, schema.ALLOWED, (i,), f"Hvert unntak i {ALLOW_LIST}")
        if cleaned is None:
            continue
        written = cleaned["value"]
        found = examine(written).findings
        masked = found[0].masked if len(found) == 1 else mask_digits(written)
        line = parsed.pos((i,)).line
        files = _files(root, cleaned["files"], i, report)
        if files is None:
            continue
        key = fingerprint(written)
        if key in entries:  # the same value twice: its files together
            files |= entries[key].files
        entries[key] = Entry(line, masked, cleaned["reason"], files)
    report.extend(checker.problems)
    return entries


def _files(root: Path, listed: list[str], i: int, report: Reporter) -> frozenset[str] | None:
    """The files of one entry, each a file of the project (``None``: a path is wrong)."""
    if not listed:
        report.at(
            ALLOW_LIST,
            (i, "files"),
            "field-value",
            "«files» er tom. Før opp filen (eller filene) verdien ble vurdert for, med stien fra "
            "prosjektmappen, for eksempel «decision_bank/afg/2024-17-enslig-kvinne.md»: unntaket "
            "gjelder bare der.",
        )
        return None
    good = True
    for n, written in enumerate(listed):
        path = written.strip().replace("\\", "/")
        if path.startswith(("/", "./")) or ".." in path.split("/") or not (root / path).is_file():
            good = False
            report.at(
                ALLOW_LIST,
                (i, "files", n),
                "field-value",
                f"«{_clean(written)}» er ikke en fil i prosjektet. Skriv stien fra prosjektmappen "
                "(mappen med «mkdocs.yml»), for eksempel «decision_bank/afg/2024-17-enslig-"
                "kvinne.md».",
            )
    return frozenset(p.strip() for p in listed) if good else None


def stale(entries: Mapping[str, Entry], used: set[str], report: Reporter) -> None:
    """A warning for each entry that no text needed."""
    for key, entry in sorted(entries.items(), key=lambda e: e[1].line):
        if key not in used:
            report.add(
                ALLOW_LIST,
                entry.line,
                1,
                "personal-data",
                f"Unntaket for «{entry.masked}» brukes ikke lenger av noen tekst: slett det "
                "fra listen.",
                Severity.WARNING,
            )
