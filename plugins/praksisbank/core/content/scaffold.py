"""Starting a new content file: the next free id, a free file name and a text that passes the check.

``new(kind, values, content, layout, today)`` returns where to write and what; it never writes and
never chooses a name that is taken. Every value is checked against the content first (the country,
its categories, the outcome), so a mistake is a Norwegian message here, not a file to mend. What
each kind asks for and writes is its record's ``Starter`` (``core/content/starters.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from praksisbank.core.base import countries
from praksisbank.core.base.model import Content
from praksisbank.core.content.kinds import Kind
from praksisbank.core.content.schema import parse_date
from praksisbank.core.content.starters import Draft, Field, NewFile, ScaffoldError, Starter

__all__ = ["Field", "NewFile", "ScaffoldError", "new", "offered"]


def offered(kinds: tuple[Kind, ...]) -> dict[str, Kind]:
    """The kinds ``praksisbank new`` starts a file for, by the word the command takes."""
    return {kind.new.word: kind for kind in kinds if kind.new is not None}


def _check(starter: Starter, values: Mapping[str, object], content: Content, today: date) -> None:
    """Every value is one the contract accepts, or a Norwegian message saying why not."""
    for field in starter.fields:
        value = values.get(field.name)
        if field.required and not value:
            raise ScaffoldError(f"Mangler --{field.name.replace('_', '-')}: {field.question}.")
        allowed = field.choices(content, values) if field.choices else None
        given = value if isinstance(value, list) else [value] if value else []
        for v in given:
            if field.name == "country" and not countries.is_country(str(v)):
                raise ScaffoldError(
                    f"«{v}» er ikke en landkode. Bruk ISO 3166-1 alfa-3 med "
                    "store bokstaver, for eksempel AFG."
                )
            if allowed is not None and v not in allowed:
                where = ""
                if field.name == "category":
                    where = f" i praksisnotatet for {values.get('country')}"
                if not allowed:
                    raise ScaffoldError(
                        f"Ingen verdier er mulige for --{field.name}{where}. "
                        "Legg til et praksisnotat med kategorier først."
                    )
                raise ScaffoldError(
                    f"«{v}» er ikke en gyldig verdi for --{field.name}{where}. "
                    f"Tillatte verdier: {', '.join(allowed)}."
                )
        if field.date and value:
            day = parse_date(str(value))
            if day is None:
                raise ScaffoldError(
                    f"«{value}» er ikke en dato. Skriv ÅÅÅÅ-MM-DD, for eksempel "
                    f"{today.isoformat()}."
                )
            if day > today:
                raise ScaffoldError(f"Datoen {value} ligger fram i tid.")


def new(
    kind: Kind,
    values: Mapping[str, object],
    content: Content,
    folder: Path,
    today: date,
    written: frozenset[str] = frozenset(),
) -> NewFile:
    """The file to write for a new item of a kind, in ``folder`` (the kind's folder).

    ``written``: ids in every file, also those that failed the check and are not in ``content``
    (``loader.written_ids``); the new id is none of them."""
    if kind.new is None:
        raise ScaffoldError(f"«praksisbank new» lager ikke filer av typen {kind.words.singular}.")
    _check(kind.new, values, content, today)
    given = {k: val for k, val in values.items() if val not in (None, "", [])}
    draft = Draft(
        values=given,
        content=content,
        folder=folder,
        today=today,
        written=written,
        sections=kind.sections,
    )
    return kind.new.start(draft)
