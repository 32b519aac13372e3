"""Problems found in content: data, not exceptions, so that every file's problems reach the user."""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

ProblemCode = Literal[
    "file-encoding",
    "file-unreadable",
    "file-location",
    "front-matter-missing",
    "front-matter-unclosed",
    "front-matter-not-mapping",
    "yaml-syntax",
    "yaml-duplicate-key",
    "yaml-alias",
    "yaml-tag",
    "field-unknown",
    "field-missing",
    "field-type",
    "field-value",
    "field-markup",
    "date-invalid",
    "date-future",
    "country-unknown",
    "country-folder",
    "id-duplicate",
    "category-unknown",
    "reference-unknown",
    "reference-invalid",
    "note-duplicate-current",
    "status-incomplete",
    "body-section-missing",
    "personal-data",
    "codeowners",
    "markdown-too-deep",
    "markdown-unrenderable",
    "site-external",
]


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        """The Norwegian word readers see."""
        return "feil" if self is Severity.ERROR else "advarsel"


@dataclass(frozen=True, kw_only=True, slots=True, order=True)
class Problem:
    """One thing wrong in one place. Ordered by file, line and column, then code."""

    file: str
    line: int
    column: int
    code: ProblemCode
    message: str
    severity: Severity = Severity.ERROR

    def as_text(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity.label}: {self.message}"

    def as_dict(self) -> dict[str, str | int]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
        }


def format_text(problems: Iterable[Problem]) -> str:
    return "\n".join(p.as_text() for p in sorted(problems))


def format_json(problems: Iterable[Problem]) -> str:
    return json.dumps([p.as_dict() for p in sorted(problems)], ensure_ascii=False, indent=2)


def _escape(text: str, *, property: bool = False) -> str:
    """GitHub's workflow-command escaping: a message keeps its line breaks and percent signs."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property else text


def format_github(problems: Iterable[Problem]) -> str:
    """GitHub Actions annotations: each problem shows on its line in the pull request."""
    return "\n".join(
        f"::{'error' if p.severity is Severity.ERROR else 'warning'} "
        f"file={_escape(p.file, property=True)},line={p.line},col={p.column}::{_escape(p.message)}"
        for p in sorted(problems)
    )


def format_gitlab(problems: Iterable[Problem]) -> str:
    """A GitLab Code Quality report: each problem shows in the merge request's diff."""
    report = [
        {
            "description": p.message,
            "check_name": p.code,
            "fingerprint": hashlib.sha256(
                f"{p.file}:{p.line}:{p.column}:{p.code}:{p.message}".encode()
            ).hexdigest(),
            "severity": "major" if p.severity is Severity.ERROR else "minor",
            "location": {"path": p.file, "lines": {"begin": p.line}},
        }
        for p in sorted(problems)
    ]
    return json.dumps(report, ensure_ascii=False, indent=2)


def summary(problems: Iterable[Problem]) -> str:
    """A Norwegian one-line count, e.g. '3 feil og 1 advarsel i 2 filer'."""
    items = list(problems)
    errors = sum(p.severity is Severity.ERROR for p in items)
    warnings = len(items) - errors
    files = len({p.file for p in items})
    parts = [f"{errors} feil"]
    if warnings:
        parts.append(f"{warnings} {'advarsel' if warnings == 1 else 'advarsler'}")
    return f"{' og '.join(parts)} i {files} {'fil' if files == 1 else 'filer'}"
