"""Collecting problems: every file's, with file, line and column, masked before anyone sees them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from praksisbank.core.base.problems import Problem, ProblemCode, Severity
from praksisbank.core.content.schema import NOT_A_LINK
from praksisbank.core.content.yamlnodes import KeyPath, Parsed
from praksisbank.core.gate.anonymity import mask_digits


@lru_cache(maxsize=4096)
def _masked(message: str) -> str:
    """`mask_digits` of a message, once a message: a file with thousands of findings of the same
    value repeats the same message as often."""
    return mask_digits(message)


ONE_A_VALUE: frozenset[ProblemCode] = frozenset(
    {
        "field-value",
        "field-markup",
        "field-type",
        "date-invalid",
        "country-unknown",
        "category-unknown",
        "reference-unknown",
        "reference-invalid",
    }
)
"""Problems with a field's value (its form, its type, what it refers to) that are not reported
where the personal-data gate reports the same value (same file, line and column): one finding
a value and place. Removing the personal data is the fix either way; a form still wrong after it
is reported by the next check (also when the value is excepted in ``personvern-ok.yml``). A link
that is no valid link (``schema.NOT_A_LINK``) is said too: an exception does not make it one."""


class Reporter:
    """Where the loader and its rules put problems.

    A message may quote a value from a file; any run of digits long enough to be an identity or
    phone number is masked here, so no number reaches a log in full, whatever check found it.
    """

    def __init__(self, locate: Callable[[str], Parsed | None] | None = None) -> None:
        self._problems: list[Problem] = []
        self._parsed: dict[str, Parsed] = {}
        self._locate = locate
        """Reads a file's YAML again when a problem points into a file not remembered here
        (one read in another process)."""

    def remember(self, file: str, parsed: Parsed) -> None:
        """Keep a file's parsed YAML, so that problems can point at a field by its key path."""
        self._parsed[file] = parsed

    def add(
        self,
        file: str,
        line: int,
        column: int,
        code: ProblemCode,
        message: str,
        severity: Severity = Severity.ERROR,
    ) -> None:
        self._problems.append(
            Problem(
                file=file,
                line=line,
                column=column,
                code=code,
                message=_masked(message),
                severity=severity,
            )
        )

    def at(
        self,
        file: str,
        path: KeyPath,
        code: ProblemCode,
        message: str,
        severity: Severity = Severity.ERROR,
    ) -> None:
        """A problem with a field, at the field's value (the file's first line without one)."""
        parsed = self._parsed.get(file)
        if parsed is None and self._locate is not None:
            parsed = self._parsed[file] = self._locate(file)  # type: ignore[assignment]
        pos = parsed.pos(path) if parsed is not None else None
        self.add(file, pos.line if pos else 1, pos.column if pos else 1, code, message, severity)

    def extend(self, problems: Iterable[Problem]) -> None:
        for p in problems:
            self.add(p.file, p.line, p.column, p.code, p.message, p.severity)

    def contents(self) -> list[Problem]:
        """The problems so far, for another reporter to merge."""
        return self._problems

    def remembered(self) -> dict[str, Parsed]:
        return self._parsed

    def merge(self, problems: list[Problem], parsed: dict[str, Parsed] | None = None) -> None:
        """Take over what another reporter collected (its messages are masked already)."""
        self._problems += problems
        self._parsed.update(parsed or {})

    def failed(self) -> set[str]:
        """The files with an error: nothing of them is published."""
        return {p.file for p in self._problems if p.severity is Severity.ERROR}

    def problems(self) -> tuple[Problem, ...]:
        """Every problem once; a value with personal data in it is reported as that alone, not
        also as a value of the wrong form (``ONE_A_VALUE``)."""
        problems = set(self._problems)
        personal = {(p.file, p.line, p.column) for p in problems if p.code == "personal-data"}
        return tuple(
            sorted(
                p
                for p in problems
                if p.code not in ONE_A_VALUE
                or (p.file, p.line, p.column) not in personal
                or NOT_A_LINK in p.message
            )
        )
