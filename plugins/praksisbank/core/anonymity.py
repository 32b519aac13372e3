"""Finding personal data that must not be published in an anonymized decision."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from stdnum.no import fodselsnummer

# Eleven digits, optionally written 6+5 with a space: a national identity number or D-number
# when the check digits agree.
_ELEVEN = re.compile(r"(?<![\d/-])(\d{6}) ?(\d{5})(?![\d/-])")
# Case numbers in the archive's form 16/02035-7.
_CASE = re.compile(r"(?<!\d)\d{2}/\d{4,6}-\d{1,3}(?!\d)")
# The foreign nationals' register's 12-digit number, often written 4 6 2.
_DUF = re.compile(r"(?<!\d)\d{4} ?\d{6} ?\d{2}(?!\d)")
# Norwegian phone numbers: eight digits starting with 2-9, optionally +47 and spaces.
_PHONE = re.compile(r"(?<![\d/-])(?:\+47 ?)?[2-9]\d(?: ?\d{2}){3}(?![\d/-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True, slots=True)
class Finding:
    offset: int
    text: str
    what: str


def _masked(text: str) -> str:
    """Enough of a match to find it again without repeating it whole in logs."""
    return text[:4] + "…" if len(text) > 5 else text


def find_personal_data(text: str) -> Iterator[Finding]:
    """Every place in ``text`` that looks like personal data, in order of appearance."""
    taken: list[range] = []

    def free(match: re.Match[str]) -> bool:
        return not any(match.start() in span for span in taken)

    found: list[Finding] = []
    for match in _ELEVEN.finditer(text):
        if fodselsnummer.is_valid(match.group(1) + match.group(2)):
            found.append(Finding(match.start(), _masked(match.group(0)),
                                 "et fødselsnummer eller D-nummer"))
            taken.append(range(match.start(), match.end()))
    for pattern, what in (
        (_CASE, "et saksnummer"),
        (_DUF, "et DUF-nummer"),
        (_EMAIL, "en e-postadresse"),
        (_PHONE, "et telefonnummer"),
    ):
        for match in pattern.finditer(text):
            if free(match):
                found.append(Finding(match.start(), _masked(match.group(0)), what))
                taken.append(range(match.start(), match.end()))
    yield from sorted(found, key=lambda f: f.offset)
