"""The content kinds, defined once: every layer loops over ``KINDS``.

A kind is one record: where its files live, the contract they follow, how an item is built from
checked values, where its pages go and the Norwegian words for it.
The loader, the addresses, the flags, the generated pages, the navigation and the MkDocs adapter all
read these records; adding a kind is one record here, its contract (``schema``), its model class,
its presentation (``pages.PRESENTATIONS``: which views and templates show it) and its templates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from praksisbank.core.base import urls
from praksisbank.core.base.model import (
    Arrival,
    Audience,
    Category,
    Change,
    Clarification,
    Complexity,
    Contact,
    Decision,
    Document,
    FreePage,
    InterviewGuide,
    Item,
    Link,
    Outcome,
    PracticeNote,
    Responsibility,
    Role,
    SourceDocument,
    StandardText,
    Status,
    Synonyms,
)
from praksisbank.core.content import schema
from praksisbank.core.content.documents import RawDocument

Builder = Callable[[RawDocument, dict[str, Any], str], Item]
"""From a file, its checked values and its path inside the kind's folder to an item."""


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
class DataFile:
    """A YAML file in a kind's folder that is a list of records (``arrivals.yml``)."""

    name: str
    spec: tuple[schema.Spec, ...]
    field: str
    """The ``Content`` field the records go into."""
    build: Callable[[dict[str, Any], int], Any]
    """From a checked record and its line to an item of the ``Content`` field."""
    entry: str
    """What one element is («land»), for the message when the file is not a list."""
    fields: str
    """The fields one element has, for the same message."""


@dataclass(frozen=True, kw_only=True, slots=True, eq=False)
class Kind:
    """One content kind; each record is its own identity (``kinds.DECISION``), compared with
    ``is`` and usable as a key."""

    name: str
    """The key of the kind's items in ``Content.items`` and the kind's name in messages to code."""
    option: str | None
    """The plugin option that names the folder; ``None``: the site's ``docs_dir``."""
    folder: str
    """The default folder, relative to the project."""
    spec: tuple[schema.Spec, ...]
    build: Builder
    prefix: str
    """Where the kind's pages go: ``vedtaksbank/afg/<file>.md``, ``praksisnotater/<file>.md``."""
    nav_title: str = ""
    """The title of the kind's index page (``index``); empty: the kind has none. Which template
    and view show the index page and each item's page is the kind's record in
    ``pages.PRESENTATIONS``."""
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
    """Each published item has a PDF of its page (``pdfviews``); withdrawn ones have none."""
    item_type: type[Item]
    """The class of the kind's items (``Decision``)."""

    @property
    def index(self) -> str:
        return f"{self.prefix}/index.md"


# -- builders: checked values in, frozen items out ------------------------------------------------


def _item(doc: RawDocument, c: dict[str, Any], name: str) -> dict[str, Any]:
    return {
        "title": c["title"],
        "path": doc.path,
        "name": name,
        "body": doc.body,
        "body_line": doc.body_line,
    }


def _document(doc: RawDocument, c: dict[str, Any], name: str) -> dict[str, Any]:
    return {
        **_item(doc, c, name),
        "id": c["id"],
        "country": c["country"],
        "status": Status(c.get("status", "current")),
        "status_reason": c.get("status_reason"),
        "status_date": c.get("status_date"),
        "superseded_by": c.get("superseded_by"),
    }


def _review(c: dict[str, Any]) -> dict[str, Any]:
    return {
        "last_reviewed": c["last_reviewed"],
        "review_interval_days": c.get("review_interval_days", 90),
    }


def _changes(c: dict[str, Any]) -> tuple[Change, ...]:
    return tuple(
        Change(
            date=k["date"],
            summary=k["summary"],
            practice_change=k.get("practice_change", False),
            categories=tuple(k.get("categories", ())),
        )
        for k in c.get("changes", ())
    )


def _decision(doc: RawDocument, c: dict[str, Any], name: str) -> Decision:
    return Decision(
        **_document(doc, c, name),
        category=c["category"],
        decided=c["decided"],
        outcome=Outcome(c["outcome"]),
        legal_basis=tuple(c["legal_basis"]),
        tags=tuple(c.get("tags", ())),
        description=c.get("description"),
        reviewed=c.get("reviewed"),
    )


def _note(doc: RawDocument, c: dict[str, Any], name: str) -> PracticeNote:
    return PracticeNote(
        **_document(doc, c, name),
        **_review(c),
        owner_unit=c["owner_unit"],
        changes=_changes(c),
        categories=tuple(
            Category(
                code=k["code"],
                name=k["name"],
                description=k["description"],
                complexity=Complexity(k["complexity"]),
            )
            for k in c["categories"]
        ),
        contacts=tuple(Contact(name=k["name"], unit=k["unit"]) for k in c.get("contacts", ())),
        standard_texts=tuple(
            StandardText(title=k["title"], text=k["text"]) for k in c.get("standard_texts", ())
        ),
    )


def _guide(doc: RawDocument, c: dict[str, Any], name: str) -> InterviewGuide:
    return InterviewGuide(
        **_document(doc, c, name),
        **_review(c),
        changes=_changes(c),
        audience=Audience(c.get("audience", "adults")),
        quality_assured_by=c["quality_assured_by"],
        quality_assured=c["quality_assured"],
        owner_unit=c.get("owner_unit"),
        links=tuple(Link(title=k["title"], url=k["url"]) for k in c.get("links", ())),
    )


def _clarification(doc: RawDocument, c: dict[str, Any], name: str) -> Clarification:
    return Clarification(
        **_document(doc, c, name),
        owner_unit=c["owner_unit"],
        date=c["date"],
        categories=tuple(c.get("categories", ())),
        practice_change=c.get("practice_change", False),
    )


def _role(doc: RawDocument, c: dict[str, Any], name: str) -> Role:
    return Role(
        **_item(doc, c, name),
        role=c["role"],
        summary=c.get("summary"),
        responsibilities=tuple(Responsibility(**r) for r in c["responsibilities"]),
    )


def _page(doc: RawDocument, c: dict[str, Any], name: str) -> FreePage:
    return FreePage(**_item(doc, c, name), description=c.get("description"))


def _arrival(c: dict[str, Any], line: int) -> Arrival:
    return Arrival(
        country=c["country"],
        arrivals=c["arrivals"],
        expected_increase=c.get("expected_increase", False),
        line=line,
    )


# -- the kinds ----------------------------------------------------------------------------------

DECISION = Kind(
    name="decision",
    item_type=Decision,
    pdf=True,
    option="decision_bank",
    folder="decision_bank",
    spec=schema.DECISION,
    build=_decision,
    prefix="vedtaksbank",
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
)

PRACTICE_NOTE = Kind(
    name="practice_note",
    item_type=PracticeNote,
    pdf=True,
    option="practice_notes",
    folder="practice_notes",
    spec=schema.PRACTICE_NOTE,
    build=_note,
    prefix="praksisnotater",
    nav_title="Praksisnotater",
    nav_position=30,
    card="{n} praksisnotater, ett gjeldende per land",
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
            spec=schema.ARRIVAL,
            field="arrivals",
            build=_arrival,
            entry="land",
            fields="«country», «arrivals» og eventuelt «expected_increase»",
        ),
        DataFile(
            name="vocabulary.yml",
            spec=schema.VOCABULARY,
            field="vocabulary",
            build=lambda c, line: Synonyms(terms=tuple(c["terms"]), line=line),
            entry="gruppe med ord som betyr det samme i søket",
            fields="«terms»: en liste med minst to ord",
        ),
    ),
)

CLARIFICATION = Kind(
    name="clarification",
    item_type=Clarification,
    pdf=True,
    option="practice_clarifications",
    folder="practice_clarifications",
    spec=schema.CLARIFICATION,
    build=_clarification,
    prefix="praksisavklaringer",
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
)

INTERVIEW_GUIDE = Kind(
    name="interview_guide",
    item_type=InterviewGuide,
    pdf=True,
    option="interview_guides",
    folder="interview_guides",
    spec=schema.INTERVIEW_GUIDE,
    build=_guide,
    prefix="intervjuguider",
    nav_title="Intervjuguider",
    nav_position=50,
    card="{n} intervjuguider med spørsmål og lenker",
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
    spec=schema.ROLE,
    build=_role,
    prefix="roller",
    nav_title="Roller og ansvar",
    nav_position=70,
    card="Sjekklister for {n} roller",
    words=Words(
        singular="rolle", one="En rolle", definite="Rollen", plural="Roller", where="blant rollene"
    ),
    data_files=(
        DataFile(
            name="sources.yml",
            spec=schema.SOURCE_DOCUMENT,
            field="sources",
            build=lambda c, _: SourceDocument(**c),
            entry="dokument",
            fields="«document», «title» og eventuelt «date», «repealed», «replaced_by»",
        ),
        DataFile(
            name="training.yml",
            spec=schema.TRAINING_ITEM,
            field="training",
            build=lambda c, _: Responsibility(**c),
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
    spec=schema.FREE_PAGE,
    build=_page,
    prefix="",
    words=Words(
        singular="side", one="En side", definite="Siden", plural="Sider", where="i docs-mappen"
    ),
    nested=True,
    assets=True,
)

KINDS: tuple[Kind, ...] = (DECISION, PRACTICE_NOTE, CLARIFICATION, INTERVIEW_GUIDE, ROLE, PAGE)
"""In the order of the navigation."""


_BY_TYPE: dict[type, Kind] = {kind.item_type: kind for kind in KINDS}


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
