"""Loading the files of one kind: each file read, placed, checked, gated and built."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from praksisbank.core.base.model import Item
from praksisbank.core.content import schema
from praksisbank.core.content.discovery import find
from praksisbank.core.content.documents import (
    RawDocument,
    position_in_body,
    read_document,
    read_yaml,
)
from praksisbank.core.content.kinds import DataFile, Kind
from praksisbank.core.content.layout import Layout, relative
from praksisbank.core.content.personal import Gate
from praksisbank.core.content.placement import (
    costly_message,
    misplaced,
    missing_sections,
    not_markdown,
    status_incomplete,
    wrong_country_folder,
)
from praksisbank.core.content.published_files import check_published
from praksisbank.core.content.report import Reporter
from praksisbank.core.gate import markdowncost, published

_NOT_UTF8_NAME = re.compile("[\udc80-\udcff]")
"""What Python makes of a file name's bytes that are no UTF-8 (surrogate escapes)."""


def _data_records(
    path: Path, shown: str, data: DataFile, gate: Gate, report: Reporter, today: date
) -> tuple[Any, ...] | None:
    """The records of a YAML data file that pass its contract; ``None``: the file cannot be
    read as a list (its problems are reported)."""
    parsed, problems = read_yaml(path, shown)
    report.extend(problems)
    if parsed is None:
        return None
    report.remember(shown, parsed)
    gate.fields(report, shown, parsed)
    if not isinstance(parsed.value, list):
        report.at(
            shown,
            (),
            "field-type",
            f"Filen skal være en liste med ett element per {data.entry}, hvert med "
            f"{data.fields}, og hvert element starter med «- ».",
        )
        return None
    for i, value in enumerate(parsed.value):
        for name in data.together:
            words = value.get(name) if isinstance(value, dict) else None
            if not isinstance(words, list) or len(words) < 2:
                continue
            if all(isinstance(word, str) for word in words):
                pos = parsed.pos((i, name))
                gate.together(report, shown, words, (pos.line, pos.column), name)
    checker = schema.Checker(shown, parsed, today)
    records = []
    for i, value in enumerate(parsed.value):
        cleaned = checker.mapping(value, data.spec, (i,), f"Hvert element i {shown}")
        if cleaned is not None:
            records.append(data.build(cleaned, parsed.pos((i,)).line))
    report.extend(checker.problems)
    return tuple(records)


class KindLoader:
    """Loads the files of one kind: the per-file steps, in order."""

    def __init__(
        self, kind: Kind, layout: Layout, today: date, report: Reporter, gate: Gate
    ) -> None:
        self.kind = kind
        self.personal = gate
        self.layout = layout
        self.today = today
        self.report = report
        self.folder = layout.folder(kind)
        self.files: list[str] = []
        self.items: list[Item] = []
        self.data: dict[str, tuple[Any, ...]] = {}
        self.data_paths: dict[str, str] = {}
        self.broken = False
        """A file of this kind could not be built (its own problems say why)."""

    def paths(self) -> list[Path]:
        """This kind's files, in order; links are reported here and not read."""
        found = find(self.folder)
        inner = self.layout.inner_folders(self.kind)

        def mine(path: Path) -> bool:
            return not any(path == f or path.is_relative_to(f) for f in inner)

        for link in filter(mine, found.links):
            shown = self.layout.show(link)
            self.files.append(shown)
            self.report.add(
                shown,
                1,
                1,
                "file-location",
                f"«{shown}» er en symbolsk lenke. Praksisbanken leser bare vanlige "
                "filer i prosjektet: legg selve filen her i stedet for en lenke.",
            )
        return list(filter(mine, found.files))

    def safe_file(self, path: Path) -> None:
        try:
            self.file(path)
        except Exception as exc:  # one file must never hide the others
            self.broken = True
            self.report.add(
                self.layout.show(path),
                1,
                1,
                "file-unreadable",
                "Praksisbanken kunne ikke lese filen. Sjekk at den er en vanlig "
                "tekstfil med front matter, og meld fra til utviklerne om "
                f"feilen står igjen (teknisk: {type(exc).__name__}).",
            )

    def result(self) -> Part:
        return Part(
            files=self.files,
            items=self.items,
            data=self.data,
            data_paths=self.data_paths,
            broken=self.broken,
        )

    def merge(self, part: Part) -> None:
        self.files += part.files
        self.items += part.items
        self.data.update(part.data)
        self.data_paths.update(part.data_paths)
        self.broken = self.broken or part.broken

    def file(self, path: Path) -> None:
        shown = self.layout.show(path)
        if _NOT_UTF8_NAME.search(shown):  # bytes the file system gave that are no UTF-8
            shown = _NOT_UTF8_NAME.sub("\ufffd", shown)
            self.files.append(shown)
            self.report.add(
                shown,
                1,
                1,
                "file-location",
                "Filnavnet er ikke lagret som UTF-8 og kan ikke brukes i en nettadresse. Gi "
                "filen et navn med bare a–z, tall og bindestrek.",
            )
            return
        self.files.append(shown)
        self.personal.name(self.report, shown)
        inside = relative(path, self.folder)
        parts = tuple(inside.split("/")) if inside else path.relative_to(self.folder).parts
        data = next((d for d in self.kind.data_files if (d.name,) == parts), None)
        if data is not None:
            self.data_file(path, shown, data)
        elif path.suffix != ".md":
            self.other_file(path, shown)
        elif self.placed(path, shown, parts):
            self.document(path, shown, parts)

    def other_file(self, path: Path, shown: str) -> None:
        refused = not_markdown(self.kind, path)
        if refused is None:
            self.published_file(path, shown)
        else:
            self.report.add(shown, 1, 1, "file-location", *refused)

    def published_file(self, path: Path, shown: str) -> None:
        """A file published as it is (an image, an attachment, a text file): read by the gate or
        refused (``core/gate/published.py``). A file where the theme's or the build's files go is
        refused too."""
        refusal = published.reserved(path.relative_to(self.folder).as_posix())
        if refusal is None:
            check_published(path, shown, self.personal, self.report)
        else:
            self.report.add(shown, 1, 1, "file-location", refusal)

    def placed(self, path: Path, shown: str, parts: tuple[str, ...]) -> bool:
        """Whether a Markdown file lies where its kind's files lie, under a usable name."""
        message = misplaced(self.kind, parts, self.layout.show(self.folder))
        if message:
            self.report.add(shown, 1, 1, "file-location", message)
        return not message

    def document(self, path: Path, shown: str, parts: tuple[str, ...]) -> None:
        doc, problems = read_document(path, shown)
        self.report.extend(problems)
        if doc is None:
            self.broken = True
            return
        self.report.remember(shown, doc.meta)
        if self.kind.per_country and len(parts) != 2:
            self.report.at(
                shown,
                (),
                "file-location",
                f"{self.kind.words.one} må ligge i mappen for sitt land, for eksempel "
                f"{self.layout.show(self.folder)}/afg/{parts[-1]}.",
            )
        cleaned = self.check(doc)
        self.personal.fields(self.report, shown, doc.meta)
        self.personal.body(self.report, doc)
        self.personal.heads(self.report, doc)
        self.personal.beside(self.report, doc)
        self.personal.headings(self.report, doc)
        self.sections(doc)
        if self.too_costly(doc):
            cleaned = None
        if cleaned is None:
            self.broken = True
        elif not self.kind.per_country or self.country_folder(doc, parts, cleaned):
            self.items.append(self.kind.build(doc, cleaned, "/".join(parts)))

    def check(self, doc: RawDocument) -> dict[str, Any] | None:
        checker = schema.Checker(doc.path, doc.meta, self.today)
        cleaned = checker.mapping(doc.meta.value, self.kind.spec, (), "Front matter")
        self.report.extend(checker.problems)
        message = status_incomplete(doc.meta.value)
        if message:
            self.report.at(doc.path, ("status",), "status-incomplete", message)
            return None
        return cleaned

    def country_folder(self, doc: RawDocument, parts: tuple[str, ...], c: dict[str, Any]) -> bool:
        if len(parts) != 2:
            return False
        folder, country = parts[0], c["country"]
        if folder == country.lower():
            return True
        message = wrong_country_folder(folder, country, self.layout.show(self.folder))
        self.report.at(doc.path, ("country",), "country-folder", message)
        return False

    def too_costly(self, doc: RawDocument) -> bool:
        """A body Markdown would take too long to render (``markdowncost``) is refused."""
        found = markdowncost.costly(doc.body)
        if found is None:
            return False
        pos = position_in_body(doc, found.offset)
        self.report.add(
            doc.path, pos.line, pos.column, "markdown-too-costly", costly_message(found)
        )
        return True

    def sections(self, doc: RawDocument) -> None:
        message = missing_sections(self.kind, doc)
        if message:
            self.report.add(doc.path, doc.body_line, 1, "body-section-missing", message)

    # -- YAML data files --------------------------------------------------------------------

    def data_file(self, path: Path, shown: str, data: DataFile) -> None:
        self.data_paths[data.field] = shown
        records = _data_records(path, shown, data, self.personal, self.report, self.today)
        if records is not None:
            self.data[data.field] = records


@dataclass(frozen=True, kw_only=True, slots=True)
class Part:
    """What a kind's loader found in some of its files (sent back from a worker process)."""

    files: list[str]
    items: list[Item]
    data: dict[str, tuple[Any, ...]]
    data_paths: dict[str, str]
    broken: bool
