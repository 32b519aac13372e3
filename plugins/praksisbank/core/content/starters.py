"""How ``praksisbank new`` starts a file of a kind: the values it asks for and the file it writes.

A kind's record names its ``Starter`` (``Kind.new``): the word the command takes, the fields it
asks for and, when the kind needs more than a plain document, the function that writes the file.
Without one, a document kind gets the next free id under ``id_prefix``, the values asked for as
its front matter and a placeholder under each required section, which passes the check.
``core/content/scaffold.py`` checks the values and calls the starter; this module holds the
site's own starters and the pieces a new one is made of.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from praksisbank.core.base import urls
from praksisbank.core.base.model import Content, Outcome, PracticeNote


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
    date: bool = False
    """A day (``YYYY-MM-DD``), not in the future."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Draft:
    """What a starter gets: the checked values (empty ones left out) and where to write."""

    values: Mapping[str, object]
    content: Content
    folder: Path
    """The kind's folder."""
    today: date
    written: frozenset[str]
    """Ids in every file, also those that failed the check (``loader.written_ids``)."""
    sections: tuple[str, ...] = ()
    """The level-2 headings the kind's body must have."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Starter:
    """How ``praksisbank new`` offers a kind."""

    word: str
    """The word the command takes (``praksisbank new decision``)."""
    fields: tuple[Field, ...]
    """What the command asks for, in order; a ``country`` and a ``title`` field are expected
    by the plain document starter."""
    id_prefix: str = ""
    """The plain document starter's ids: ``<prefix>-<country>-<nnn>``."""
    make: Callable[[Draft], NewFile] | None = None
    """The kind's own starter; ``None``: the plain document starter."""

    def start(self, draft: Draft) -> NewFile:
        return (self.make or self._document)(draft)

    def _document(self, draft: Draft) -> NewFile:
        v = draft.values
        country = str(v["country"])
        id_ = next_id(f"{self.id_prefix}-{country}", draft.content, draft.written)
        path = free_path(draft.folder, f"{country.lower()}-{title_slug(v)}")
        front = [f"id: {id_}", f"title: {yaml_value(str(v['title']))}", f"country: {country}"]
        for field in self.fields:
            value = v.get(field.name)
            if field.name in ("country", "title") or value is None:
                continue
            if isinstance(value, list):
                front.append(f"{field.name}: [{', '.join(yaml_value(str(x)) for x in value)}]")
            else:
                front.append(f"{field.name}: {yaml_value(str(value))}")
        body = "".join(f"\n## {s}\n\n<!-- Skriv teksten her. -->\n" for s in draft.sections)
        return new_file(path, id_, front, body)


# -- the pieces a starter is made of ------------------------------------------------------------


def new_file(path: Path, id_: str, front: list[str], body: str) -> NewFile:
    return NewFile(path=path, id=id_, text="---\n" + "\n".join(front) + "\n---\n" + body)


_PLAIN = re.compile(r"^[\w][\w .,()§/'-]*$")


def yaml_value(value: str) -> str:
    """A value as YAML: plain when it reads as text, else a double-quoted string."""
    if (
        _PLAIN.match(value)
        and value.lower() not in ("true", "false", "null")
        and not value.isdigit()
        and ": " not in value
    ):
        return value
    return json.dumps(value, ensure_ascii=False)


def next_id(prefix: str, content: Content, written: frozenset[str]) -> str:
    """``<prefix>-<nnn>``, one above the highest taken (in any file, of any kind)."""
    taken = {d.id for d in content.documents()} | written
    used = [int(m.group(1)) for i in taken if (m := re.fullmatch(rf"{prefix}-(\d+)", i))]
    number = max(used, default=0) + 1
    while f"{prefix}-{number:03d}" in taken:
        number += 1
    return f"{prefix}-{number:03d}"


def free_path(folder: Path, stem: str) -> Path:
    """``<folder>/<stem>.md``, or ``<stem>-2.md`` … when it exists."""
    candidate = folder / f"{stem}.md"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.md"
        n += 1
    return candidate


def title_slug(values: Mapping[str, object]) -> str:
    return urls.slug(str(values["title"]))[:48].strip("-") or "ny"


def country_codes(content: Content, values: Mapping[str, object]) -> list[str]:
    return list(content.countries())


def categories(content: Content, values: Mapping[str, object]) -> list[str]:
    note = content.current_note(str(values.get("country", "")))
    return [c.code for c in note.categories] if note else []


def owner(content: Content, values: Mapping[str, object], today: date) -> str:
    note = content.current_note(str(values.get("country", "")))
    return note.owner_unit if note else ""


def today(content: Content, values: Mapping[str, object], today: date) -> str:
    return today.isoformat()


COUNTRY = Field(name="country", question="Land (ISO-kode med tre bokstaver)", choices=country_codes)
TITLE = Field(name="title", question="Tittel (kort, uten personopplysninger)")


# -- the site's kinds -----------------------------------------------------------------------------

_LEGAL_BASIS = {
    Outcome.PROTECTION: "utl. § 28 første ledd bokstav a",
    Outcome.HUMANITARIAN: "utl. § 38",
    Outcome.REFUSED: "utl. § 28",
    Outcome.DUBLIN: "utl. § 32 første ledd bokstav a",
    Outcome.DISMISSED: "utl. § 32",
}
"""A starting point the contributor corrects: the provision usually cited for each outcome."""


def _decision(draft: Draft) -> NewFile:
    v = draft.values
    country = str(v["country"])
    year = str(v["decided"])[:4]
    id_ = next_id(f"VB-{country}-{year}", draft.content, draft.written)
    path = free_path(draft.folder / country.lower(), f"{year}-{id_[-3:]}-{title_slug(v)}")
    outcome = Outcome(str(v["outcome"]))
    front = [
        f"id: {id_}",
        f"title: {yaml_value(str(v['title']))}",
        f"country: {country}",
        f"category: {v['category']}",
        f"decided: {v['decided']}",
        f"outcome: {outcome.value}",
        "legal_basis:",
        f"  - {_LEGAL_BASIS[outcome]}",
        "description: Skriv ett avsnitt om saken og utfallet (vises i lister og søk).",
    ]
    return new_file(path, id_, front, _DECISION_BODY)


def _clarification(draft: Draft) -> NewFile:
    v = draft.values
    country = str(v["country"])
    id_ = next_id(f"PA-{country}-{str(v['date'])[:4]}", draft.content, draft.written)
    path = free_path(draft.folder, f"{country.lower()}-{str(v['date'])[:4]}-{title_slug(v)}")
    front = [
        f"id: {id_}",
        f"title: {yaml_value(str(v['title']))}",
        f"country: {country}",
        f"owner_unit: {yaml_value(str(v['owner_unit']))}",
        f"date: {v['date']}",
    ]
    chosen = v.get("category")
    if isinstance(chosen, list) and chosen:
        front.append(f"categories: [{', '.join(str(c) for c in chosen)}]")
    front.append("practice_change: false")
    return new_file(path, id_, front, _CLARIFICATION_BODY)


def _practice_note(draft: Draft) -> NewFile:
    v, content, today = draft.values, draft.content, draft.today
    country = str(v["country"])
    current = content.current_note(country)
    if isinstance(current, PracticeNote):
        raise ScaffoldError(
            f"{country} har allerede et gjeldende praksisnotat "
            f"({current.path}). Endre det i stedet for å lage et nytt."
        )
    id_ = (
        next_id(f"PN-{country}", content, draft.written)
        if f"PN-{country}" in {d.id for d in content.documents()} | draft.written
        else f"PN-{country}"
    )
    path = free_path(draft.folder, country.lower())
    front = [
        f"id: {id_}",
        f"title: {yaml_value(str(v['title']))}",
        f"country: {country}",
        f"owner_unit: {yaml_value(str(v['owner_unit']))}",
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
    return new_file(path, id_, front, _NOTE_BODY)


def _interview_guide(draft: Draft) -> NewFile:
    v = draft.values
    country = str(v["country"])
    id_ = next_id(f"IG-{country}", draft.content, draft.written)
    path = free_path(draft.folder, f"{country.lower()}-{title_slug(v)}")
    front = [
        f"id: {id_}",
        f"title: {yaml_value(str(v['title']))}",
        f"country: {country}",
        f"audience: {v['audience']}",
        f"quality_assured_by: {yaml_value(str(v['quality_assured_by']))}",
        f"quality_assured: {v['quality_assured']}",
        f"last_reviewed: {draft.today.isoformat()}",
        "review_interval_days: 180",
    ]
    return new_file(path, id_, front, _GUIDE_BODY)


DECISION = Starter(
    word="decision",
    fields=(
        COUNTRY,
        Field(name="category", question="Kategori", choices=categories),
        Field(name="outcome", question="Utfall", choices=lambda c, v: [o.value for o in Outcome]),
        Field(name="decided", question="Vedtaksdato (ÅÅÅÅ-MM-DD)", date=True),
        TITLE,
    ),
    make=_decision,
)

PRACTICE_NOTE = Starter(
    word="practice-note",
    fields=(
        Field(name="country", question="Land (ISO-kode med tre bokstaver)"),
        Field(name="owner_unit", question="Fagansvarlig enhet"),
        TITLE,
    ),
    make=_practice_note,
)

CLARIFICATION = Starter(
    word="clarification",
    fields=(
        COUNTRY,
        TITLE,
        Field(name="owner_unit", question="Enheten som avklarer", default=owner),
        Field(name="date", question="Dato for avklaringen (ÅÅÅÅ-MM-DD)", default=today, date=True),
        Field(
            name="category",
            question="Kategorier (tom: alle)",
            required=False,
            many=True,
            choices=categories,
        ),
    ),
    make=_clarification,
)

INTERVIEW_GUIDE = Starter(
    word="interview-guide",
    fields=(
        COUNTRY,
        TITLE,
        Field(
            name="quality_assured_by",
            question="Kvalitetssikret av",
            default=lambda c, v, t: "Intervjufaglig nettverk",
        ),
        Field(
            name="quality_assured",
            question="Kvalitetssikret dato (ÅÅÅÅ-MM-DD)",
            default=today,
            date=True,
        ),
        Field(
            name="audience",
            question="Målgruppe",
            choices=lambda c, v: ["adults", "children"],
            default=lambda c, v, t: "adults",
        ),
    ),
    make=_interview_guide,
)


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
