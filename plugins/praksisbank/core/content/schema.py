"""The content contract as data, and one validator that walks it.

Each kind of file is a tuple of ``Spec``, in its kind's record (``kinds.py``); the field groups
every document (``STATUS_FIELDS``) or every reviewed document (``REVIEW_FIELDS``) has are here.
``Checker`` walks a parsed mapping against it and returns
the cleaned values (dates as ``date``, integers as ``int``) with every problem found; a value
that fails is left out, so the caller builds an item only when nothing required is missing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from praksisbank.core.base import countries
from praksisbank.core.base.model import Labelled, Status
from praksisbank.core.base.problems import Problem, ProblemCode
from praksisbank.core.content.yamlnodes import KeyPath, Parsed
from praksisbank.core.gate.sanitize import link_problem

FieldType = Literal[
    "plain",
    "id",
    "code",
    "slug",
    "date",
    "int",
    "bool",
    "country",
    "enum",
    "url",
    "plain_list",
    "code_list",
    "objects",
    "document",
    "source",
]


@dataclass(frozen=True, slots=True)
class Spec:
    name: str
    type: FieldType
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    """Allowed values of an enum, each with the words a reader understands."""
    fields: tuple[Spec, ...] = ()
    """For ``objects``: the fields of each object in the list."""
    not_future: bool = False
    minimum: int | None = None
    maximum: int | None = None


def values(vocabulary: type[Labelled]) -> tuple[tuple[str, str], ...]:
    """An enum's values with the words a reader sees, for the contract's messages."""
    return tuple((m.value, m.label) for m in vocabulary)


STATUS_FIELDS = (
    Spec("status", "enum", choices=values(Status)),
    Spec("status_reason", "plain"),
    Spec("status_date", "date", not_future=True),
    Spec("superseded_by", "id"),
)
"""The status every document has (``Document``)."""

REVIEW_FIELDS = (
    Spec("last_reviewed", "date", required=True, not_future=True),
    Spec("review_interval_days", "int", minimum=1, maximum=3650),
)
"""The review routine of practice notes and interview guides (``Reviewable``)."""

ALLOWED = (
    Spec("value", "plain", required=True),
    Spec("reason", "plain", required=True),
    Spec("files", "plain_list", required=True),
)
"""One reviewed exception to the personal-data gate, in ``personvern-ok.yml``: the value as it
is written (it is not personal data: that is what was reviewed), why, and the files (paths from
the project root) it was reviewed for: it counts in those files only."""


_DOCUMENT = re.compile(r"^IM \d{4}-\d{3}$")
_SOURCE = re.compile(r"^IM \d{4}-\d{3} punkt \d+(\.\d+)*( \([^()]+\))?$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_CODE = re.compile(r"^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")
"""Category codes as the department writes them (``AFG-A``, ``enslig-kvinne``), compared exactly."""
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# HTML tags, links (inline, reference and their definitions), emphasis, code, headings and
# attribute lists: the Markdown a plain-text field must not carry. Linear in the length of the
# text: a bracket's text stops at the next bracket (``[^[\]]``), so a line of a million ``[``
# is not read again from each of them.
_MARKUP = re.compile(
    r"<[A-Za-z!/?]|\[[^\[\]]*\]\s*[(\[]|^\s*\[[^\]]+\]:|\{\s*[:#.]|\*\*|__|`|~~~|^\s*#{1,6}\s"
    r"|(?<![\w*])\*[^*\s][^*]*\*(?![\w*])"
)

NOT_A_LINK = "er ikke en gyldig lenke"
"""What a link field's problem says: it is reported beside personal data in the same value (a
link that leads elsewhere than it shows is refused whatever the personal-data gate says)."""

_FORMS: dict[FieldType, tuple[re.Pattern[str], str]] = {
    "id": (
        _ID,
        "«{value}» er ikke en gyldig id i «{name}». Bruk bokstaver, tall og bindestrek, "
        "for eksempel VB-AFG-2024-017.",
    ),
    "code": (
        _CODE,
        "«{value}» er ikke en gyldig kode i «{name}». Bruk bokstaver, tall og "
        "bindestrek, for eksempel AFG-A eller enslig-kvinne.",
    ),
    "slug": (
        _SLUG,
        "«{value}» er ikke et gyldig navn i «{name}». Bruk små bokstaver, tall og "
        "bindestrek, for eksempel fagansvarlig-enhet.",
    ),
    "document": (
        _DOCUMENT,
        "«{value}» i «{name}» er ikke et dokument. Skriv dokumentets nummer, "
        "for eksempel IM 2016-003.",
    ),
    "source": (
        _SOURCE,
        "«{value}» i «{name}» er ikke en kilde. Skriv dokument og punkt, for "
        "eksempel IM 2016-003 punkt 4.2 eller IM 2016-003 punkt 9 (Vedtaksbank).",
    ),
}
"""The text types that a pattern decides, with the message when a value does not match."""

_TYPE_WORDS: dict[FieldType, str] = {
    "plain": "tekst",
    "id": "en id (bokstaver, tall og bindestrek)",
    "code": "en kode (bokstaver, tall og bindestrek)",
    "slug": "et navn i små bokstaver med bindestrek",
    "date": "en dato (ÅÅÅÅ-MM-DD)",
    "int": "et heltall",
    "bool": "true eller false",
    "country": "en landkode (ISO 3166-1 alfa-3, for eksempel AFG)",
    "enum": "en av de tillatte verdiene",
    "url": "en lenke (https://...)",
    "plain_list": "en liste med tekster",
    "code_list": "en liste med koder",
    "objects": "en liste",
    "document": "et dokument (for eksempel IM 2016-003)",
    "source": "en kilde (for eksempel IM 2016-003 punkt 4.2)",
}


def _describe(value: Any) -> str:
    if value is None:
        return "tom"
    if isinstance(value, bool):
        return f"{'true' if value else 'false'} (sann/usann)"
    if isinstance(value, int):
        return f"tallet {value}"
    if isinstance(value, list):
        return "en liste"
    if isinstance(value, dict):
        return "et sett med felt"
    return f"«{value}»"


def _choices(spec: Spec) -> str:
    return ", ".join(f"{value} = {words}" for value, words in spec.choices)


def _names(specs: tuple[Spec, ...]) -> str:
    return ", ".join(s.name for s in specs)


def parse_date(value: str) -> date | None:
    if not _DATE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


_MARKUP_SIGNS = "<[{*_`~#"
"""A character every piece of ``_MARKUP`` holds: a text with none is plain (most titles)."""


def markup_in(text: str) -> str | None:
    """The first piece of Markdown or HTML markup in a text that should be plain."""
    if not any(sign in text for sign in _MARKUP_SIGNS):
        return None
    for line in text.split("\n"):
        match = _MARKUP.search(line)
        if match:
            return match.group(0).strip()
    return None


class Checker:
    """Validates the values of one file and collects its problems."""

    def __init__(self, file: str, parsed: Parsed, today: date) -> None:
        self.file = file
        self.parsed = parsed
        self.today = today
        self.problems: list[Problem] = []

    def add(self, path: KeyPath, code: ProblemCode, message: str, *, key: bool = False) -> None:
        pos = self.parsed.key_pos(path) if key else self.parsed.pos(path)
        self.problems.append(
            Problem(file=self.file, line=pos.line, column=pos.column, code=code, message=message)
        )

    def mapping(
        self, value: Any, specs: tuple[Spec, ...], path: KeyPath, what: str
    ) -> dict[str, Any] | None:
        """Check a mapping against its specs; ``None`` when a required field is missing or bad."""
        if not isinstance(value, dict):
            self.add(
                path,
                "field-type",
                f"{what} må være et sett med felt ({_names(specs)}), men er {_describe(value)}.",
            )
            return None
        known = {s.name: s for s in specs}
        for key in value:
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
                hint = f" Mente du «{close[0]}»?" if close else ""
                self.add(
                    (*path, key),
                    "field-unknown",
                    f"Ukjent felt «{key}».{hint} Tillatte felt her: {_names(specs)}.",
                    key=True,
                )
        cleaned: dict[str, Any] = {}
        complete = True
        for spec in specs:
            if spec.name in value and value[spec.name] is None and spec.required:
                complete = False
                self.add(
                    (*path, spec.name),
                    "field-value",
                    f"Feltet «{spec.name}» er tomt. Det skal være {_TYPE_WORDS[spec.type]}.",
                    key=True,
                )
                continue
            if spec.name not in value or value[spec.name] is None:
                if spec.required:
                    complete = False
                    where = "" if not path else f" i {what.lower()}"
                    hint = f" Tillatte verdier: {_choices(spec)}." if spec.choices else ""
                    self.add(
                        path,
                        "field-missing",
                        f"Feltet «{spec.name}» mangler{where}. Det skal være "
                        f"{_TYPE_WORDS[spec.type]}.{hint}",
                    )
                continue
            result = self.value(value[spec.name], spec, (*path, spec.name))
            if result is None:
                complete = complete and not spec.required
                continue
            cleaned[spec.name] = result
        return cleaned if complete else None

    def value(self, value: Any, spec: Spec, path: KeyPath) -> Any:
        """The cleaned value, or ``None`` after adding a problem."""
        name = spec.name
        kind = spec.type
        if value is None:
            where = (
                f"Element nr. {path[-1] + 1} i «{name}»"
                if isinstance(path[-1], int)
                else f"Feltet «{name}»"
            )
            self.add(path, "field-value", f"{where} er tomt. Fjern linjen eller skriv en verdi.")
            return None
        if kind in (
            "plain",
            "id",
            "code",
            "slug",
            "url",
            "date",
            "country",
            "enum",
            "document",
            "source",
        ):
            if not isinstance(value, str):
                quote = (
                    " Sett verdien i anførselstegn hvis den skal leses som tekst."
                    if isinstance(value, (int, bool)) and kind != "enum"
                    else ""
                )
                hint = f" Tillatte verdier: {_choices(spec)}." if spec.choices else ""
                self.add(
                    path,
                    "field-type",
                    f"Feltet «{name}» skal være {_TYPE_WORDS[kind]}, "
                    f"men er {_describe(value)}.{quote}{hint}",
                )
                return None
            return self.text(value.strip(), spec, path)
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                self.add(
                    path,
                    "field-type",
                    f"Feltet «{name}» skal være et heltall, men er {_describe(value)}.",
                )
                return None
            if spec.maximum is not None and value > spec.maximum:
                self.add(
                    path,
                    "field-value",
                    f"Feltet «{name}» kan være høyst {spec.maximum}, men er {value}.",
                )
                return None
            if spec.minimum is not None and value < spec.minimum:
                self.add(
                    path,
                    "field-value",
                    f"Feltet «{name}» må være minst {spec.minimum}, men er {value}.",
                )
                return None
            return value
        if kind == "bool":
            if not isinstance(value, bool):
                self.add(
                    path,
                    "field-type",
                    f"Feltet «{name}» skal være true eller false, men er {_describe(value)}.",
                )
                return None
            return value
        if not isinstance(value, list):
            self.add(
                path,
                "field-type",
                f"Feltet «{name}» skal være {_TYPE_WORDS[kind]} "
                f"(hver verdi på egen linje som starter med «- »), men er "
                f"{_describe(value)}.",
            )
            return None
        if kind == "objects":
            items = [
                self.mapping(item, spec.fields, (*path, i), f"Hvert element i «{name}»")
                for i, item in enumerate(value)
            ]
            return [item for item in items if item is not None]
        element = Spec(name, "plain" if kind == "plain_list" else "code")
        items = [self.value(item, element, (*path, i)) for i, item in enumerate(value)]
        return [item for item in items if item is not None]

    def text(self, value: str, spec: Spec, path: KeyPath) -> Any:
        name = spec.name
        kind = spec.type
        if not value:
            self.add(path, "field-value", f"Feltet «{name}» er tomt.")
            return None
        if kind == "plain":
            found = markup_in(value)
            if found:
                self.add(
                    path,
                    "field-markup",
                    f"Feltet «{name}» skal være ren tekst uten "
                    f"Markdown eller HTML, men inneholder «{found}». Skriv teksten uten "
                    "formatering.",
                )
                return None
            return value
        form = _FORMS.get(kind)
        if form is not None and not form[0].match(value):
            self.add(path, "field-value", form[1].format(value=value, name=name))
            return None
        if kind == "url" and (problem := link_problem(value)) is not None:
            self.add(path, "field-value", f"«{value}» i «{name}» {NOT_A_LINK}. {problem}")
            return None
        if kind == "enum" and value not in {v for v, _ in spec.choices}:
            self.add(
                path,
                "field-value",
                f"«{value}» er ikke en gyldig verdi for «{name}». "
                f"Tillatte verdier: {_choices(spec)}.",
            )
            return None
        if kind == "country":
            return self.country(value, path, name)
        if kind == "date":
            return self.date(value, path, spec)
        return value

    def country(self, value: str, path: KeyPath, name: str) -> str | None:
        if countries.is_country(value):
            return value
        guess = countries.suggest(value)
        hint = f" Mente du «{guess}»?" if guess else ""
        self.add(
            path,
            "country-unknown",
            f"«{value}» i «{name}» er ikke en landkode.{hint} "
            "Bruk ISO 3166-1 alfa-3 med store bokstaver, for eksempel AFG, SYR eller ERI.",
        )
        return None

    def date(self, value: str, path: KeyPath, spec: Spec) -> date | None:
        parsed = parse_date(value)
        if parsed is None:
            problem = (
                "er ikke en dato som finnes"
                if _DATE.match(value)
                else "er ikke skrevet som en dato"
            )
            self.add(
                path,
                "date-invalid",
                f"«{value}» i «{spec.name}» {problem}. Skriv datoen "
                "som ÅÅÅÅ-MM-DD, for eksempel 2024-03-15.",
            )
            return None
        if spec.not_future and parsed > self.today:
            self.add(
                path,
                "date-future",
                f"Datoen {value} i «{spec.name}» ligger fram i tid "
                f"(i dag er {self.today.isoformat()}).",
            )
            return None
        return parsed
