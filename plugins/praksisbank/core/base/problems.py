"""Problems found in content: data, not exceptions, so that every file's problems reach the user."""

from __future__ import annotations

import enum
import hashlib
import json
import re
import unicodedata
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
    "script",
    "markdown-too-deep",
    "markdown-unrenderable",
    "site-external",
    "site-template",
    "markdown-too-costly",
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
        """One line, with nothing a terminal or a CI runner acts on (see ``shown``)."""
        return (
            f"{shown_path(self.file)}:{self.line}:{self.column}: {self.severity.label}: "
            f"{shown(self.message)}"
        )

    def as_dict(self) -> dict[str, str | int]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
        }


# -- what is printed ------------------------------------------------------------------------------

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Marks that reorder text on screen (Trojan Source): a message would read other than it is."""
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(char: str) -> str:
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + "".join(sorted(_BIDI)) + "]")
"""What could act on a terminal or a log reader: control characters (C0, DEL, C1), line and
paragraph separators, and bidirectional marks."""


def shown(text: str, *, keep: str = "") -> str:
    """``text`` with every character that could act on a terminal or a log reader written as an
    escape (``\\n``, ``\\x1b``, ``\\u202e``): a file name or value from content may hold
    anything. Characters in ``keep`` are left (the GitHub format escapes line breaks its way).
    A runner's command opening inside a line is written as an escape too (``ci_safe``)."""
    text = _HIDDEN.sub(lambda m: m.group(0) if m.group(0) in keep else _escaped(m.group(0)), text)
    return text.replace(_COMMAND_ANYWHERE, _COMMAND_ANYWHERE_SHOWN)


_COMMAND_ANYWHERE = "##["
"""GitHub's runner reads a line holding ``##[`` anywhere as a command of its older form
(``##[add-mask]…``, ``##[stop-commands]…``), after it has tried the ``::`` form."""
_COMMAND_ANYWHERE_SHOWN = "\\x23#["
_COMMAND_AT_START = re.compile(r"^([^\S\n]*):(?=:)", re.MULTILINE)
"""``::`` opening a line, after any white space the runner trims (``::error::…``)."""


def ci_safe(text: str) -> str:
    """``text`` as printed where a CI runner reads it (a command's output, the build's log):
    nothing in it is read as a workflow command. ``##[`` anywhere and ``::`` opening a line
    have their first character written as an escape (``\\x23``, ``\\x3a``); the rest is as it
    was, and text already safe is unchanged."""
    text = text.replace(_COMMAND_ANYWHERE, _COMMAND_ANYWHERE_SHOWN)
    return _COMMAND_AT_START.sub(lambda m: f"{m.group(1)}\\x3a", text)


def shown_path(path: str) -> str:
    """A path as a line of output starts with it: escaped, and never starting with a colon or a
    space, so that no line reads as a command to a CI runner (GitHub's ``::error``, which it
    finds after leading white space). ``./`` in front names the same file."""
    text = shown(path)
    first = text[:1]
    if first and (first.isspace() or first == ":" or unicodedata.category(first)[0] in "CZ"):
        return f"./{text}"
    return text


_JSON_HIDDEN = re.compile("[\x7f-\x9f\u2028\u2029" + "".join(sorted(_BIDI)) + "]")
"""What ``json.dumps`` leaves as it is of ``_HIDDEN``: it only ever stands inside a string."""


def json_text(value: object) -> str:
    """JSON with every hidden character written as a ``\\u`` escape: the value is the same
    for a program that reads it, and nothing hidden reaches a terminal that shows it."""
    text = json.dumps(value, ensure_ascii=False, indent=2)  # escapes C0 itself
    text = _JSON_HIDDEN.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
    # «#» stands only inside a string in JSON: the same value, and no line a runner reads
    return text.replace(_COMMAND_ANYWHERE, "\\u0023#[")


def format_text(problems: Iterable[Problem]) -> str:
    return "\n".join(p.as_text() for p in sorted(problems))


def format_json(problems: Iterable[Problem]) -> str:
    return json_text([p.as_dict() for p in sorted(problems)])


def github_escaped(text: str, *, property: bool = False) -> str:
    """GitHub's workflow-command escaping: a message keeps its line breaks and percent signs.

    Data escapes ``%``, CR and LF; a property (file, title) also ``:`` and ``,``. Other hidden
    characters are escaped first (``shown``), so an annotation is one line, shown as written."""
    text = shown(text, keep="\r\n").replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property else text


def format_github(problems: Iterable[Problem]) -> str:
    """GitHub Actions annotations: each problem shows on its line in the pull request."""
    return "\n".join(
        f"::{'error' if p.severity is Severity.ERROR else 'warning'} "
        f"file={github_escaped(p.file, property=True)},line={p.line},col={p.column}::"
        f"{github_escaped(p.message)}"
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
    return json_text(report)


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
