"""What the gate reports: the classes' names (`WHAT_*`), the allow marker's name, the classes
never excepted, the report's forms (`Finding`, `Marker`, `Examined`), the candidate's form, and
the keyed fingerprint of a value (`fingerprint`, `use_key`, `process_key`).

Imports: the standard library and the gate's modules below `anonymity` (`braille`,
`personaldata`); nothing of this package.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from praksisbank.core.gate import (
    braille,
    personaldata,
)

ALLOW_MARKER = "personvern-ok"


WHAT_IDENTITY = "et fødselsnummer, D-nummer eller H-nummer"


WHAT_DUF = "et DUF-nummer"


WHAT_CASE = "et saksnummer"


WHAT_EMAIL = "en e-postadresse"


WHAT_PHONE = "et telefonnummer"


WHAT_ONLINE = "en nettidentitet"


WHAT_SPOKEN = "et nummer skrevet med ord"


NEVER_EXCEPTED: frozenset[str] = frozenset(
    {WHAT_IDENTITY, WHAT_DUF, personaldata.WHAT_FOREIGN_ID, braille.WHAT_BRAILLE}
)
"""The classes (their `WHAT_*`) that no marker and no allow-list entry can clear: numbers that
identify one person, and Braille cells, which may spell one (``braille.py``). A new class of
identity number adds its `WHAT_*` here, and only here."""


@dataclass(frozen=True, slots=True)
class Finding:
    offset: int  # start in the original text
    end: int  # end (exclusive) in the original text
    what: str  # Norwegian noun phrase, e.g. "et telefonnummer"
    masked: str  # safe to print
    fingerprint: str  # keyed, valid in this process only: compares, never shown
    capped: bool = False
    """The class reached `caps.CAP` here and the rest of the text was not read for it."""

    def __post_init__(self) -> None:
        # A date of birth is shown as no part of itself: a day word (`syttende mai`, `julaften`)
        # or a month's name with the day's digits would print the birthday. It is replaced here,
        # where each finding is made, so no message shows one; what a later reader appends to
        # the shown form (`…, delt over to celler`) stays.
        if (
            self.what == personaldata.WHAT_BIRTH
            and not self.capped
            and not self.masked.startswith(personaldata.BIRTH_SHOWN)
        ):
            object.__setattr__(self, "masked", personaldata.BIRTH_SHOWN)

    @property
    def exceptable(self) -> bool:
        """Whether a reviewed exception may clear this finding (see `NEVER_EXCEPTED`): never
        one that stands for the unread rest of a text (`capped`)."""
        return not self.capped and self.what not in NEVER_EXCEPTED


@dataclass(frozen=True, slots=True)
class Marker:
    """A `<!-- personvern-ok: ... -->` comment in a text."""

    offset: int
    end: int
    reason: str  # the marker's text without the values it names (may quote digits: mask it)
    keys: frozenset[str]  # the fingerprints of the values it names


@dataclass(frozen=True, slots=True)
class Examined:
    """Everything the gate found in a text, and the markers there."""

    findings: tuple[Finding, ...]
    markers: tuple[Marker, ...]
    named_by: tuple[Marker | None, ...]
    """For each finding, the marker that names it (`None`: none does)."""
    beside: tuple[Marker | None, ...]
    """For each finding, a marker on its line (naming it or not), for a helpful message."""


def _canonical(value: str) -> str:
    if "@" in value:
        return value.strip().lower()
    digits = "".join(ch for ch in value if "0" <= ch <= "9")
    if len(digits) == 10 and digits.startswith("47"):
        return digits[2:]
    if len(digits) == 12 and digits.startswith("0047"):
        return digits[4:]
    return digits


_KEY = secrets.token_bytes(32)
"""The fingerprints' key: drawn when the module is loaded, never written anywhere."""


def process_key() -> bytes:
    """This process's fingerprint key: for worker processes that must fingerprint alike."""
    return _KEY


def use_key(key: bytes) -> None:
    """Fingerprint with ``key`` (a worker process, given its parent's ``process_key``)."""
    global _KEY
    _KEY = key


def _keyed(canonical: str) -> str:
    return hmac.new(_KEY, canonical.encode(), hashlib.sha256).hexdigest()


def fingerprint(value: str) -> str:
    """A keyed hash of a value as written anywhere (a finding's, an allow-list entry's): equal
    for the same canonical form (digits only for numbers, a phone number without `+47`/`0047`,
    lower-cased for e-mail) in this process, and useless outside it. Never shown."""
    return _keyed(_canonical(value))


_Candidate = tuple[int, int, str, str, str]  # start, end (normalised), what, masked, canonical
