"""Dates, numbers and names as Norwegian readers write them: «8. august 2026», «2 140»."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)


def is_date(year: int, month: int, day: int) -> bool:
    """Whether the calendar has this day."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def norwegian_date(value: date) -> str:
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"


def norwegian_number(value: int) -> str:
    """A whole number with a no-break space between thousands: «2 140», «12 500»."""
    return f"{value:,}".replace(",", "\u00a0")


def in_sentence(name: str, common: frozenset[str]) -> str:
    """A unit's or a role's name inside a sentence. A name that is a common noun phrase (one of
    ``common``, compared without case: the site's role titles, such as «Fagansvarlig enhet»)
    starts in lower case there («kvalitetssikret av fagansvarlig enhet»); any other name is a
    proper name and stays as written («Enhet A1», «Landinfo»)."""
    if name.casefold() not in common or not name[:1].isupper():
        return name
    return name[:1].lower() + name[1:]


def common_names(titles: Iterable[str]) -> frozenset[str]:
    """Role titles as ``in_sentence`` compares them: «Intervjufaglig nettverk (IFN)» also without
    its abbreviation."""
    names = set()
    for title in titles:
        names.add(title.casefold())
        names.add(re.sub(r"\s*\([^)]*\)\s*$", "", title).casefold())
    return frozenset(names)
