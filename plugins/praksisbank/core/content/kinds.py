"""The content kinds, defined once: every layer loops over the kinds' records.

A kind is one record: where its files live, the contract they follow (``spec``, a field table
whose names are the model class's fields), the model class its items are built as, where its
pages go, which templates show them and the Norwegian words for it. The loader, the rules, the
addresses, the flags, the generated pages and their views, the navigation and the MkDocs adapter
all read these records, and so do ``praksisbank new`` (``Kind.new``) and each country's page
(``Kind.country_section``). Adding a kind is its record here (in ``KINDS``), its model class
(``core/base/model.py``) and its templates; a kind that wants more on its pages than every kind
gets registers its own views in ``core/views/pages.py``.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import PurePosixPath
from typing import Any, TypeVar

from praksisbank.core.base import urls
from praksisbank.core.base.model import (
    Arrival,
    Audience,
    Checked,
    Clarification,
    Complexity,
    Decision,
    Document,
    FreePage,
    InterviewGuide,
    Item,
    Outcome,
    PracticeNote,
    Responsibility,
    Role,
    SourceDocument,
    Status,
    Synonyms,
)
from praksisbank.core.content import starters
from praksisbank.core.content.documents import RawDocument
from praksisbank.core.content.schema import REVIEW_FIELDS, STATUS_FIELDS, Spec, values
from praksisbank.core.content.starters import Starter

T = TypeVar("T")


@dataclass(frozen=True, kw_only=True, slots=True)
class Words:
    """How messages and pages name a kind, in Norwegian."""

    singular: str
    """«vedtak», «praksisnotat»."""
    one: str
    """«Et vedtak», «En praksisavklaring»: the start of a rule about every file of the kind."""
    definite: str
    """«Vedtaket», «Praksisnotatet»: the start of a message about one file."""
    plural: str
    """«Praksisnotater»: the start of a message about the folder's files."""
    where: str
    """«i vedtaksbanken», «blant praksisnotatene»: where a file lies."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Presentation:
    """Which templates show a kind (in ``templates/``, or the site's own). The values they get
    are the kind's views: ``core/views/pages.py`` chooses them by the kind's model class, and a
    kind without views of its own gets those every item or document gets."""

    index: str = ""
    """The template of the kind's index page (``Kind.index``); empty: the kind has none."""
    before: str = ""
    """The template of what goes before each item's own text; empty: nothing."""
    after: str = ""
    """The template of what goes after it; empty: nothing."""


@dataclass(frozen=True, kw_only=True, slots=True)
class CountrySection:
    """The section a kind fills on each country's page: a heading over the country's items of
    the kind that are not withdrawn (``core/views/countries.py``)."""

    title: str
    """The heading («Praksisavklaringer»)."""
    template: str = "country_items.html"
    """The template of what stands under it (in ``templates/``, or the site's own)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class DataFile:
    """A YAML file in a kind's folder that is a list of records (``arrivals.yml``)."""

    name: str
    spec: tuple[Spec, ...]
    field: str
    """The ``Content`` field the records go into."""
    record_type: type
    """The model class of one record (``Arrival``); a ``line`` field gets the record's line."""
    entry: str
    """What one element is («land»), for the message when the file is not a list."""
    fields: str
    """The fields one element has, for the same message."""
    together: tuple[str, ...] = ()
    """Fields whose list of words readers see as one group (the vocabulary's groups, published
    whole for the search): the personal-data gate reads each list joined, too."""

    def __post_init__(self) -> None:
        _spec_fits(self.record_type, self.spec, self.name)

    def build(self, cleaned: Mapping[str, Any], line: int) -> Any:
        """A record from its checked values and its line in the file."""
        given = {"line": line} if "line" in _fields(self.record_type) else {}
        return made(self.record_type, cleaned, **given)


_REGISTERED: dict[str, Kind] = {}
_BY_TYPE: dict[type, Kind] = {}


@dataclass(frozen=True, kw_only=True, slots=True, eq=False)
class Kind:
    """One content kind; each record is its own identity (``kinds.DECISION``), compared with
    ``is`` and usable as a key. Making a record registers it: ``kind_of(item)`` and
    ``address(item)`` find it by the item's class."""

    name: str
    """The key of the kind in ``Layout.folders`` and its name in messages to code."""
    option: str | None
    """The plugin option that names the folder; ``None``: the site's ``docs_dir``."""
    folder: str
    """The default folder, relative to the project."""
    item_type: type[Item]
    """The model class of the kind's items (``Decision``): each file's checked values become
    its fields (``made``)."""
    spec: tuple[Spec, ...]
    """The contract of a file's front matter: each entry names a field of ``item_type``."""
    prefix: str
    """Where the kind's pages go: ``vedtaksbank/afg/<file>.md``, ``praksisnotater/<file>.md``."""
    presentation: Presentation = Presentation()
    nav_title: str = ""
    """The title of the kind's index page (``index``) in the navigation; empty: the kind has
    none (and no ``presentation.index``)."""
    nav_position: int = 0
    """Where the index page stands in the navigation, among the site's pages (``pages.PAGES``)."""
    card: str = ""
    """The front page's card for the index page: ``{n}`` is the number of published items."""
    words: Words
    per_country: bool = False
    """Files lie in a folder per country (``decision_bank/afg/``), not directly in the folder."""
    nested: bool = False
    """Files may lie in subfolders (free pages under ``docs/``); other kinds' folders inside
    this one are theirs."""
    assets: bool = False
    """Other files in the folder (images) are published as they are, except active content
    (HTML, SVG, scripts), which is refused; in other kinds' folders every other file is reported."""
    sections: tuple[str, ...] = ()
    """Level-2 headings the body must have (the decision template)."""
    data_files: tuple[DataFile, ...] = ()
    pdf: bool = False
    """Each published item has a PDF of its page (``core/pdf``); withdrawn ones have none."""
    new: Starter | None = None
    """How ``praksisbank new`` starts a file of the kind (the word it takes, what it asks);
    ``None``: it does not (``core/content/starters.py``)."""
    country_section: CountrySection | None = None
    """The section the kind's items fill on each country's page; ``None``: none (a document
    kind only)."""

    def __post_init__(self) -> None:
        _spec_fits(self.item_type, self.spec, self.name)
        if bool(self.presentation.index) != bool(self.nav_title):
            raise TypeError(f"{self.name}: an index page needs a template and a title")
        if self.country_section is not None and not issubclass(self.item_type, Document):
            raise TypeError(f"{self.name}: only a document has a country to be listed under")
        known = _REGISTERED.get(self.name) or _BY_TYPE.get(self.item_type)
        if known is not None:
            raise TypeError(f"{self.name}: {known.name} has the same name or model class")
        _REGISTERED[self.name] = _BY_TYPE[self.item_type] = self

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        """A record sent to a worker process is the same record there (found by its name)."""
        return registered, (self.name,)

    @property
    def index(self) -> str:
        return f"{self.prefix}/index.md"

    def build(self, doc: RawDocument, cleaned: Mapping[str, Any], name: str) -> Item:
        """An item from a file, its checked values and its path inside the kind's folder."""
        return made(
            self.item_type,
            cleaned,
            path=doc.path,
            name=name,
            body=doc.body,
            body_line=doc.body_line,
        )


def registered(name: str) -> Kind:
    """The kind of that name (any record made in this process)."""
    return _REGISTERED[name]


# -- building: checked values in, frozen items out ----------------------------------------------


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """A model class's field types (read once per class)."""
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _plain(hint: Any) -> Any:
    """``X`` of ``X | None``."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


_Convert = Callable[[Any], Any] | None
"""How a checked value becomes what a field holds; ``None``: as it is."""
_CONVERTERS: dict[Any, _Convert] = {}
_FIELD_CONVERTERS: dict[type, dict[str, _Convert]] = {}


def _converter(hint: Any) -> _Convert:
    """A checked value as a field of type ``hint`` holds it: an enum member from its value, a
    tuple from a list, a record (``Change``) from a mapping, each element the same way. Made
    once a type: reading the type for every value of every file cost as much as the rest of
    building the item."""
    if hint in _CONVERTERS:
        return _CONVERTERS[hint]
    plain = _plain(hint)
    convert: _Convert = None
    if typing.get_origin(plain) is tuple:
        inner = _converter(typing.get_args(plain)[0])
        convert = tuple if inner is None else partial(_each, inner)
    elif isinstance(plain, type) and issubclass(plain, enum.Enum):
        convert = plain
    elif isinstance(plain, type) and dataclasses.is_dataclass(plain):
        convert = partial(_record, plain)
    _CONVERTERS[hint] = convert
    return convert


def _each(convert: Callable[[Any], Any], values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(convert(v) for v in values)


def _record(cls: type, value: Any) -> Any:
    return made(cls, value) if isinstance(value, dict) else value


def made(cls: type[T], cleaned: Mapping[str, Any], **given: Any) -> T:
    """An instance of a model class from a record's checked values (``schema.Checker``), each
    converted to its field's type; a value not given takes the field's default."""
    converters = _FIELD_CONVERTERS.get(cls)
    if converters is None:
        converters = {name: _converter(hint) for name, hint in _hints(cls).items()}
        _FIELD_CONVERTERS[cls] = converters
    values = {}
    for name, value in cleaned.items():
        convert = converters[name]
        values[name] = value if convert is None else convert(value)
    return cls(**values, **given)


def _fields(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def _spec_fits(cls: type, spec: tuple[Spec, ...], what: str) -> None:
    """A contract names only fields its class has, and the fields of a list of records only
    fields of the record's class: a mistake in a record fails on import, not in a build."""
    extra = [s.name for s in spec if s.name not in _fields(cls)]
    if extra:
        raise TypeError(f"{what}: {cls.__name__} has no field {', '.join(extra)}")
    for s in spec:
        if s.fields:
            element = typing.get_args(_plain(_hints(cls)[s.name]))[0]
            _spec_fits(element, s.fields, f"{what}, {s.name}")


# -- the kinds ----------------------------------------------------------------------------------

DECISION = Kind(
    name="decision",
    item_type=Decision,
    pdf=True,
    option="decision_bank",
    folder="decision_bank",
    spec=(
        Spec("id", "id", required=True),
        Spec("title", "plain", required=True),
        Spec("country", "country", required=True),
        Spec("category", "code", required=True),
        Spec("decided", "date", required=True, not_future=True),
        Spec("outcome", "enum", required=True, choices=values(Outcome)),
        Spec("legal_basis", "plain_list", required=True),
        Spec("tags", "plain_list"),
        Spec("description", "plain"),
        *STATUS_FIELDS,
        Spec("reviewed", "date", not_future=True),
    ),
    prefix="vedtaksbank",
    presentation=Presentation(index="decision_bank.md", before="decision.html"),
    nav_title="Vedtaksbanken",
    nav_position=10,
    card="{n} eksempelvedtak etter land og kategori",
    words=Words(
        singular="vedtak",
        one="Et vedtak",
        definite="Vedtaket",
        plural="Vedtak",
        where="i vedtaksbanken",
    ),
    per_country=True,
    sections=("Sammendrag", "Faktum", "Vurdering", "Konklusjon"),
    new=starters.DECISION,
)

PRACTICE_NOTE = Kind(
    name="practice_note",
    item_type=PracticeNote,
    pdf=True,
    option="practice_notes",
    folder="practice_notes",
    spec=(
        Spec("id", "id", required=True),
        Spec("title", "plain", required=True),
        Spec("country", "country", required=True),
        Spec("owner_unit", "plain", required=True),
        *REVIEW_FIELDS,
        Spec(
            "categories",
            "objects",
            required=True,
            fields=(
                Spec("code", "code", required=True),
                Spec("name", "plain", required=True),
                Spec("description", "plain", required=True),
                Spec("complexity", "enum", required=True, choices=values(Complexity)),
            ),
        ),
        Spec(
            "contacts",
            "objects",
            fields=(
                Spec("name", "plain", required=True),
                Spec("unit", "plain", required=True),
            ),
        ),
        Spec(
            "changes",
            "objects",
            required=True,
            fields=(
                Spec("date", "date", required=True, not_future=True),
                Spec("summary", "plain", required=True),
                Spec("practice_change", "bool"),
                Spec("categories", "code_list"),
            ),
        ),
        Spec(
            "standard_texts",
            "objects",
            fields=(
                Spec("title", "plain", required=True),
                Spec("text", "plain", required=True),
            ),
        ),
        *STATUS_FIELDS,
    ),
    prefix="praksisnotater",
    presentation=Presentation(index="notes.md", before="note_before.html", after="note_after.html"),
    nav_title="Praksisnotater",
    nav_position=30,
    card="{n} praksisnotater, ett gjeldende per land",
    new=starters.PRACTICE_NOTE,
    words=Words(
        singular="praksisnotat",
        one="Et praksisnotat",
        definite="Praksisnotatet",
        plural="Praksisnotater",
        where="blant praksisnotatene",
    ),
    data_files=(
        DataFile(
            name="arrivals.yml",
            spec=(
                Spec("country", "country", required=True),
                Spec("arrivals", "int", required=True, minimum=0),
                Spec("expected_increase", "bool"),
            ),
            field="arrivals",
            record_type=Arrival,
            entry="land",
            fields="«country», «arrivals» og eventuelt «expected_increase»",
        ),
        DataFile(
            name="vocabulary.yml",
            spec=(Spec("terms", "plain_list", required=True),),
            field="vocabulary",
            record_type=Synonyms,
            entry="gruppe med ord som betyr det samme i søket",
            fields="«terms»: en liste med minst to ord",
            together=("terms",),
        ),
    ),
)

CLARIFICATION = Kind(
    name="clarification",
    item_type=Clarification,
    pdf=True,
    option="practice_clarifications",
    folder="practice_clarifications",
    spec=(
        Spec("id", "id", required=True),
        Spec("title", "plain", required=True),
        Spec("country", "country", required=True),
        Spec("owner_unit", "plain", required=True),
        Spec("date", "date", required=True, not_future=True),
        Spec("categories", "code_list"),
        Spec("practice_change", "bool"),
        *STATUS_FIELDS,
    ),
    prefix="praksisavklaringer",
    presentation=Presentation(index="clarifications.md", before="clarification_before.html"),
    nav_title="Praksisavklaringer",
    nav_position=40,
    card="{n} korte, daterte svar på spørsmål om praksis",
    words=Words(
        singular="praksisavklaring",
        one="En praksisavklaring",
        definite="Praksisavklaringen",
        plural="Praksisavklaringer",
        where="blant praksisavklaringene",
    ),
    sections=("Spørsmål", "Avklaring"),
    new=starters.CLARIFICATION,
    country_section=CountrySection(
        title="Praksisavklaringer", template="country_clarifications.html"
    ),
)

INTERVIEW_GUIDE = Kind(
    name="interview_guide",
    item_type=InterviewGuide,
    pdf=True,
    option="interview_guides",
    folder="interview_guides",
    spec=(
        Spec("id", "id", required=True),
        Spec("title", "plain", required=True),
        Spec("country", "country", required=True),
        Spec("audience", "enum", choices=values(Audience)),
        Spec("quality_assured_by", "plain", required=True),
        Spec("quality_assured", "date", required=True, not_future=True),
        Spec("owner_unit", "plain"),
        *REVIEW_FIELDS,
        Spec(
            "links",
            "objects",
            fields=(
                Spec("title", "plain", required=True),
                Spec("url", "url", required=True),
            ),
        ),
        Spec(
            "changes",
            "objects",
            fields=(
                Spec("date", "date", required=True, not_future=True),
                Spec("summary", "plain", required=True),
            ),
        ),
        *STATUS_FIELDS,
    ),
    prefix="intervjuguider",
    presentation=Presentation(
        index="guides.md", before="guide_before.html", after="guide_after.html"
    ),
    nav_title="Intervjuguider",
    nav_position=50,
    card="{n} intervjuguider med spørsmål og lenker",
    new=starters.INTERVIEW_GUIDE,
    words=Words(
        singular="intervjuguide",
        one="En intervjuguide",
        definite="Intervjuguiden",
        plural="Intervjuguider",
        where="blant intervjuguidene",
    ),
)

ROLE = Kind(
    name="role",
    item_type=Role,
    pdf=True,
    option="roles",
    folder="docs/roles",
    spec=(
        Spec("role", "slug", required=True),
        Spec("title", "plain", required=True),
        Spec("summary", "plain"),
        Spec(
            "responsibilities",
            "objects",
            required=True,
            fields=(
                Spec("task", "plain", required=True),
                Spec("source", "source", required=True),
                Spec("check", "enum", choices=tuple((c.value, c.label) for c in Checked)),
            ),
        ),
    ),
    prefix="roller",
    presentation=Presentation(index="roles.md", before="role_before.html", after="role_after.html"),
    nav_title="Roller og ansvar",
    nav_position=70,
    card="Sjekklister for {n} roller",
    words=Words(
        singular="rolle", one="En rolle", definite="Rollen", plural="Roller", where="blant rollene"
    ),
    data_files=(
        DataFile(
            name="sources.yml",
            spec=(
                Spec("document", "document", required=True),
                Spec("title", "plain", required=True),
                Spec("date", "date"),
                Spec("repealed", "date", not_future=True),
                Spec("replaced_by", "document"),
            ),
            field="sources",
            record_type=SourceDocument,
            entry="dokument",
            fields="«document», «title» og eventuelt «date», «repealed», «replaced_by»",
        ),
        DataFile(
            name="training.yml",
            spec=(
                Spec("task", "plain", required=True),
                Spec("source", "source", required=True),
            ),
            field="training",
            record_type=Responsibility,
            entry="opplæringspunkt",
            fields="«task» og «source»",
        ),
    ),
)

PAGE = Kind(
    name="page",
    item_type=FreePage,
    option=None,
    folder="docs",
    spec=(
        Spec("title", "plain", required=True),
        Spec("description", "plain"),
    ),
    prefix="",
    words=Words(
        singular="side", one="En side", definite="Siden", plural="Sider", where="i docs-mappen"
    ),
    nested=True,
    assets=True,
)

KINDS: tuple[Kind, ...] = (DECISION, PRACTICE_NOTE, CLARIFICATION, INTERVIEW_GUIDE, ROLE, PAGE)
"""The site's kinds, in the order of the navigation: a new kind's record goes here. (A project
loaded with other kinds names them in ``Layout.kinds``.)"""


def kind_of(item: Item) -> Kind:
    """The kind an item belongs to."""
    return _BY_TYPE[type(item)]


def address(item: Item) -> str:
    """Where an item's page lives: its path inside its kind's folder, under the kind's prefix
    (``decision_bank/afg/x.md`` is ``vedtaksbank/afg/x.md``), so links between files keep
    working."""
    name = item.name or PurePosixPath(item.path).name
    prefix = kind_of(item).prefix
    return f"{prefix}/{name}" if prefix else name


def pdf_address(item: Item) -> str | None:
    """Where an item's PDF lies in the site (``pdf/vb-afg-2024-017.pdf``); ``None``: it has none
    (its kind has no PDFs, or it is withdrawn)."""
    if not kind_of(item).pdf:
        return None
    if isinstance(item, Document):
        if item.status is Status.WITHDRAWN:
            return None
        return f"{urls.PDF_FOLDER}/{urls.slug(item.id)}.pdf"
    if isinstance(item, Role):
        return f"{urls.PDF_FOLDER}/rolle-{urls.slug(item.role)}.pdf"
    return f"{urls.PDF_FOLDER}/{urls.slug(item.title)}.pdf"
