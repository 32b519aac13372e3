"""Legal provisions as decisions cite them, grouped under the section they belong to.

A decision's ``legal_basis`` is free text: ``utl. § 28 første ledd bokstav a``. Readers look for
"every decision under utl. § 28", so a citation is grouped under its law and section (or article):
``utl. § 28``. Spelling differences that mean the same section are one group (``Utl §28``,
``utlendingsloven § 28``). A citation that names no section (``Søknaden trukket``) is its own group,
named as written. Each group has a key that is also the address part of its page (``utl-28``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from praksisbank.core.base.urls import slug

# The law's name, then § or an article, then the number (``28``, ``28a``, ``28 a``). What follows
# (ledd, bokstav, nr.) belongs to the same section.
_CITATION = re.compile(
    r"^\s*(?P<law>[^\W\d_][\w.\- ]*?)\s*(?P<sign>§|art\.|artikkel\b)\s*"
    r"(?P<number>\d+)(?:\s?(?P<letter>[a-zæøå])(?=$|[\s,;)]))?",
    re.IGNORECASE,
)

# Full names of laws, and abbreviations written without their dot, to the abbreviation readers know.
_LAWS = {
    "utlendingsloven": "utl.",
    "utl": "utl.",
    "utlendingsforskriften": "utf.",
    "utf": "utf.",
    "forvaltningsloven": "fvl.",
    "fvl": "fvl.",
}


@dataclass(frozen=True, kw_only=True, slots=True)
class Provision:
    key: str
    """Unique per group, and the address part of its page: ``utl-28``."""
    label: str
    """How pages name the group: ``utl. § 28``, or a citation without a section as written."""
    order: tuple[int, str, int, str]
    """Sections first, by law and number; then the rest by name."""

    @property
    def is_section(self) -> bool:
        return self.order[0] == 0


def _law(name: str) -> str:
    words = " ".join(name.split())
    known = _LAWS.get(words.lower().rstrip("."))
    if known:
        return known
    # Norwegian law abbreviations are lower case (utl., fvl.); names of conventions keep theirs.
    return words.lower() if words.endswith(".") and len(words) <= 8 else words


@cache
def provision(citation: str) -> Provision:
    """The group a citation belongs to: ``utl. § 28 første ledd bokstav a`` is ``utl. § 28``.
    Kept per text: a build asks for the same few citations tens of thousands of times."""
    text = " ".join(citation.split())  # no-break spaces too
    match = _CITATION.match(text)
    if match is None:
        return Provision(key=slug(text) or "uten-navn", label=text, order=(1, text.lower(), 0, ""))
    law = _law(match["law"])
    sign = "§" if match["sign"] == "§" else "art."
    letter = match["letter"] or ""
    letter = letter.lower() if sign == "§" else letter
    number = int(match["number"])
    # A section's letter is part of its number (§ 28a); an article's stands apart (art. 1 A).
    suffix = f" {letter}" if letter and sign != "§" else letter
    label = f"{law} {sign} {number}{suffix}"
    return Provision(key=slug(label), label=label, order=(0, law.lower(), number, letter))


def provisions_of(legal_basis: tuple[str, ...]) -> tuple[Provision, ...]:
    """The groups of one decision's citations, each once, in the order they are cited."""
    seen: dict[str, Provision] = {}
    for citation in legal_basis:
        p = provision(citation)
        seen.setdefault(p.key, p)
    return tuple(seen.values())
