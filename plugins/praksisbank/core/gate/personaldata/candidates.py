"""The personal-data scan's common ground: the classes' names (`WHAT_*`), the candidate's
form, the masks, the library budget and the keyword-pattern helper.

Imports: the standard library only; every other module of `personaldata` imports from
here.
"""

from __future__ import annotations

import re
from collections.abc import Collection

WHAT_IBAN = "et IBAN-nummer"


WHAT_ACCOUNT = "et kontonummer"


WHAT_FOREIGN_ID = "et utenlandsk identitetsnummer"


WHAT_PASSPORT = "et passnummer"


WHAT_ID_DOCUMENT = "et ID-nummer"


WHAT_BIRTH = "en fødselsdato"


BIRTH_SHOWN = "fødselsdato skjult"
"""How a date of birth is shown in every message and masked text, whatever its form: no digit,
no day word, no month (`syttende mai 1990`, `julaften 1990` and `17.05.1990` alike). A CI log
is kept; a birthday's day and month with the year masked still point to one person."""


WHAT_FOREIGN_PHONE = "et utenlandsk telefonnummer"


WHAT_ADDRESS = "en adresse"


WHAT_VEHICLE = "et kjennemerke"


WHAT_REGISTER_ENTRY = "en oppføring i et sivilregister"


WHAT_VIN = "et understellsnummer (VIN)"


Candidate = tuple[int, int, str, str, str]  # start, end, what, masked, canonical


_MASK = str.maketrans("0123456789", "•" * 10)


_LAST_TWO = re.compile(r"[0-9][^0-9]*[0-9][^0-9]*\Z")


_LAST_TWO_ALNUM = re.compile(
    r"[0-9A-Za-zА-яЁёЄєІіЇїҐґ][^0-9A-Za-zА-яЁёЄєІіЇїҐґ]*"
    r"[0-9A-Za-zА-яЁёЄєІіЇїҐґ][^0-9A-Za-zА-яЁёЄєІіЇїҐґ]*\Z"
)


def mask_digits(text: str) -> str:
    """Every digit as `•`, except the last two."""
    keep = _LAST_TWO.search(text)
    cut = keep.start() if keep else len(text)
    return text[:cut].translate(_MASK) + text[cut:]


def mask_alnum(text: str) -> str:
    """Every letter (Latin or Cyrillic) and digit as `•`, except the last two."""
    keep = _LAST_TWO_ALNUM.search(text)
    cut = keep.start() if keep else len(text)
    return re.sub(r"[0-9A-Za-zА-яЁёЄєІіЇїҐґ]", "•", text[:cut]) + text[cut:]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if "0" <= ch <= "9")


class _Budget:
    """How many more candidates one scan may hand to a library (schwifty, phonenumbers). A text
    with more number-like strings than that is not a decision: past the budget a candidate the
    pattern found is reported without the library's word (the gate errs on the safe side), so a
    hostile 1 MB file costs seconds, not minutes."""

    __slots__ = ("left",)

    def __init__(self, left: int = 1000) -> None:
        self.left = left

    def spend(self) -> bool:
        """Whether the library may be asked (False: the budget is spent)."""
        self.left -= 1
        return self.left >= 0


def _by_first_letter(words: Collection[str]) -> str:
    """``a|b|...`` as a pattern grouped by first character (``f(?:ød|\\.|dt)|d(?:ob|...)``): the
    engine tries one group at each character instead of every word in turn."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())
