"""Dates as Norwegian readers write them: «8. august 2026»."""

from __future__ import annotations

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


def norwegian_date(value: date) -> str:
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"
