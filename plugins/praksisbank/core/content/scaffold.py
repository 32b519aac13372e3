"""Starting a new content file: the next free id, a free file name and a text that passes the check.

``new(kind, values, content, layout, today)`` returns where to write and what; it never writes and
never chooses a name that is taken. Every value is checked against the content first (the country,
its categories, the outcome), so a mistake is a Norwegian message here, not a file to mend.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from praksisbank.core.base import countries, urls
from praksisbank.core.base.model import Content, Outcome, PracticeNote
from praksisbank.core.content.kinds import (
    CLARIFICATION,
    DECISION,
    INTERVIEW_GUIDE,
    PRACTICE_NOTE,
    Kind,
)
from praksisbank.core.content.schema import parse_date


class ScaffoldError(ValueError):
    """A value the new file cannot be made from; the message is for the contributor."""


@dataclass(frozen=True, kw_only=True, slots=True)
class NewFile:
    path: Path
    text: str
    id: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Field:
    """A value the command asks for."""

    name: str
    """The option (``--country``) without dashes, and the key in ``values``."""
    question: str
    """What the command asks in a terminal."""
    required: bool = True
    many: bool = False
    choices: Callable[[Content, Mapping[str, object]], list[str]] | None = None
    """The allowed values, given the content and the values so far (a country's categories)."""
    default: Callable[[Content, Mapping[str, object], date], str] | None = None


def _country_codes(content: Content, values: Mapping[str, object]) -> list[str]:
    return list(content.countries())


def _categories(content: Content, values: Mapping[str, object]) -> list[str]:
    note = content.current_note(str(values.get("country", "")))
    return [c.code for c in note.categories] if note else []


def _owner(content: Content, values: Mapping[str, object], today: date) -> str:
    note = content.current_note(str(values.get("country", "")))
    return note.owner_unit if note else ""


def _today(content: Content, values: Mapping[str, object], today: date) -> str:
    return today.isoformat()


COUNTRY = Field(
    name="country", question="Land (ISO-kode med tre bokstaver)", choices=_country_codes
)
TITLE = Field(name="title", question="Tittel (kort, uten personopplysninger)")

FIELDS: dict[Kind, tuple[Field, ...]] = {
    DECISION: (
        COUNTRY,
        Field(name="category", question="Kategori", choices=_categories),
        Field(name="outcome", question="Utfall", choices=lambda c, v: [o.value for o in Outcome]),
        Field(name="decided", question="Vedtaksdato (ÅÅÅÅ-MM-DD)"),
        TITLE,
    ),
    PRACTICE_NOTE: (
        Field(name="country", question="Land (ISO-kode med tre bokstaver)"),
        Field(name="owner_unit", question="Fagansvarlig enhet"),
        TITLE,
    ),
    CLARIFICATION: (
        COUNTRY,
        TITLE,
        Field(name="owner_unit", question="Enheten som avklarer", default=_owner),
        Field(name="date", question="Dato for avklaringen (ÅÅÅÅ-MM-DD)", default=_today),
        Field(
            name="category",
            question="Kategorier (tom: alle)",
            required=False,
            many=True,
            choices=_categories,
        ),
    ),
    INTERVIEW_GUIDE: (
        COUNTRY,
        TITLE,
        Field(
            name="quality_assured_by",
            question="Kvalitetssikret av",
            default=lambda c, v, t: "Intervjufaglig nettverk",
        ),
        Field(name="quality_assured", question="Kvalitetssikret dato (ÅÅÅÅ-MM-DD)", default=_today),
        Field(
            name="audience",
            question="Målgruppe",
            choices=lambda c, v: ["adults", "children"],
            default=lambda c, v, t: "adults",
        ),
    ),
}
"""What each kind's command asks for, in order."""

_LEGAL_BASIS = {
    Outcome.PROTECTION: "utl. § 28 første ledd bokstav a",
    Outcome.HUMANITARIAN: "utl. § 38",
    Outcome.REFUSED: "utl. § 28",
    Outcome.DUBLIN: "utl. § 32 første ledd bokstav a",
    Outcome.DISMISSED: "utl. § 32",
}
"""A starting point the contributor corrects: the provision usually cited for each outcome."""

_PLAIN = re.compile(r"^[\w][\w .,()§/'-]*$")


def _yaml(value: str) -> str:
    """A value as YAML: plain when it reads as text, else a double-quoted string."""
    if (
        _PLAIN.match(value)
        and value.lower() not in ("true", "false", "null")
        and not value.isdigit()
        and ": " not in value
    ):
        return value
    return json.dumps(value, ensure_ascii=False)


def _check(kind: Kind, values: Mapping[str, object], content: Content, today: date) -> None:
    """Every value is one the contract accepts, or a Norwegian message saying why not."""
    for field in FIELDS[kind]:
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
        if field.name in ("decided", "date", "quality_assured") and value:
            day = parse_date(str(value))
            if day is None:
                raise ScaffoldError(
                    f"«{value}» er ikke en dato. Skriv ÅÅÅÅ-MM-DD, for eksempel "
                    f"{today.isoformat()}."
                )
            if day > today:
                raise ScaffoldError(f"Datoen {value} ligger fram i tid.")


def _next_id(prefix: str, content: Content, written: frozenset[str]) -> str:
    taken = {d.id for d in content.documents()} | written
    used = [int(m.group(1)) for i in taken if (m := re.fullmatch(rf"{prefix}-(\d+)", i))]
    number = max(used, default=0) + 1
    while f"{prefix}-{number:03d}" in taken:
        number += 1
    return f"{prefix}-{number:03d}"


def _free(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}.md"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.md"
        n += 1
    return candidate


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
    _check(kind, values, content, today)
    v = {k: val for k, val in values.items() if val not in (None, "", [])}
    country = str(v["country"])
    title_slug = urls.slug(str(v["title"]))[:48].strip("-") or "ny"
    if kind is DECISION:
        year = str(v["decided"])[:4]
        id_ = _next_id(f"VB-{country}-{year}", content, written)
        path = _free(folder / country.lower(), f"{year}-{id_[-3:]}-{title_slug}")
        outcome = Outcome(str(v["outcome"]))
        front = [
            f"id: {id_}",
            f"title: {_yaml(str(v['title']))}",
            f"country: {country}",
            f"category: {v['category']}",
            f"decided: {v['decided']}",
            f"outcome: {outcome.value}",
            "legal_basis:",
            f"  - {_LEGAL_BASIS[outcome]}",
            "description: Skriv ett avsnitt om saken og utfallet (vises i lister og søk).",
        ]
        body = _DECISION_BODY
    elif kind is CLARIFICATION:
        id_ = _next_id(f"PA-{country}-{str(v['date'])[:4]}", content, written)
        path = _free(folder, f"{country.lower()}-{str(v['date'])[:4]}-{title_slug}")
        front = [
            f"id: {id_}",
            f"title: {_yaml(str(v['title']))}",
            f"country: {country}",
            f"owner_unit: {_yaml(str(v['owner_unit']))}",
            f"date: {v['date']}",
        ]
        categories = v.get("category")
        if isinstance(categories, list) and categories:
            front.append(f"categories: [{', '.join(str(c) for c in categories)}]")
        front.append("practice_change: false")
        body = _CLARIFICATION_BODY
    elif kind is PRACTICE_NOTE:
        current = content.current_note(country)
        if isinstance(current, PracticeNote):
            raise ScaffoldError(
                f"{country} har allerede et gjeldende praksisnotat "
                f"({current.path}). Endre det i stedet for å lage et nytt."
            )
        id_ = (
            _next_id(f"PN-{country}", content, written)
            if f"PN-{country}" in {d.id for d in content.documents()} | written
            else f"PN-{country}"
        )
        path = _free(folder, country.lower())
        front = [
            f"id: {id_}",
            f"title: {_yaml(str(v['title']))}",
            f"country: {country}",
            f"owner_unit: {_yaml(str(v['owner_unit']))}",
            f"last_reviewed: {today.isoformat()}",
            "review_interval_days: 90",
            "categories:",
            "  - code: A",
            "    name: Skriv kategoriens navn",
            "    description: Skriv hvilke saker kategorien gjelder.",
            "    complexity: medium",
            "changes:",
            f"  - date: {today.isoformat()}",
            "    summary: Første versjon.",
        ]
        body = _NOTE_BODY
    else:
        id_ = _next_id(f"IG-{country}", content, written)
        path = _free(folder, f"{country.lower()}-{title_slug}")
        front = [
            f"id: {id_}",
            f"title: {_yaml(str(v['title']))}",
            f"country: {country}",
            f"audience: {v['audience']}",
            f"quality_assured_by: {_yaml(str(v['quality_assured_by']))}",
            f"quality_assured: {v['quality_assured']}",
            f"last_reviewed: {today.isoformat()}",
            "review_interval_days: 180",
        ]
        body = _GUIDE_BODY
    return NewFile(path=path, id=id_, text="---\n" + "\n".join(front) + "\n---\n" + body)


_DECISION_BODY = """
## Sammendrag

<!-- Hva saken gjelder og hva utfallet ble, i to eller tre setninger. Ingen navn, fødselsnumre,
saksnumre, telefonnumre eller e-postadresser: vedtaket skal være anonymisert. -->

## Faktum

<!-- Det faktiske grunnlaget: hva søkeren anførte og hva som ble lagt til grunn. -->

## Vurdering

<!-- Den rettslige vurderingen: hvilke momenter som ble vektlagt, og hvorfor. -->

## Konklusjon

<!-- Utfallet og hjemmelen. -->
"""

_CLARIFICATION_BODY = """
## Spørsmål

<!-- Spørsmålet om praksis, slik det ble stilt. Ingen opplysninger om enkeltpersoner. -->

## Avklaring

<!-- Svaret: hva som er praksis, fra hvilken dato, og for hvilke kategorier. Endrer avklaringen
praksis, sett practice_change: true over; da merkes eldre vedtak som «kan være utdatert». -->
"""

_NOTE_BODY = """
## Praksis

<!-- Gjeldende praksis for landet. Legg til kategoriene over, kontakter (contacts) og
favoritttekster (standard_texts) etter hvert. -->
"""

_GUIDE_BODY = """
## Forberedelse

<!-- Hva intervjueren bør lese og forberede før intervjuet. -->

## Tema og spørsmål

<!-- Temaene intervjuet bør dekke, med forslag til spørsmål. -->
"""
