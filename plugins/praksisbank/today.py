"""The one place that reads the clock: "today" comes from PRAKSISBANK_TODAY when it is set."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date

ENV = "PRAKSISBANK_TODAY"


class TodayError(ValueError):
    pass


def today(environ: Mapping[str, str] | None = None) -> date:
    """Today's date, or the date in ``PRAKSISBANK_TODAY`` (YYYY-MM-DD) for reproducible builds."""
    value = (os.environ if environ is None else environ).get(ENV, "").strip()
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise TodayError(
            f"{ENV}={value!r} er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD, "
            "for eksempel 2026-11-21."
        ) from None
