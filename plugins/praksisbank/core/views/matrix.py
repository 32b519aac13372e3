"""Checklists (a role's, a country's training) and the responsibility matrix."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby

from praksisbank.core.base import urls
from praksisbank.core.base.dates import norwegian_date
from praksisbank.core.base.model import Responsibility
from praksisbank.core.content.kinds import address
from praksisbank.core.practice.site import Site
from praksisbank.core.views.common import Link, PageView, SubHeading
from praksisbank.core.views.documents import sorted_roles

# -- checklists, the matrix -----------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class LiveView:
    ok: bool
    summary: str
    details: list[Link]


@dataclass(frozen=True, kw_only=True, slots=True)
class ChecklistItem:
    key: str
    """A stable key for the tick, so ticks survive reordering of the list."""
    task: str
    source: str
    repealed: str
    """Why the source no longer applies, or empty."""
    live: LiveView | None


@dataclass(frozen=True, kw_only=True, slots=True)
class Checklist:
    name: str
    items: list[ChecklistItem]


def _repealed(site: Site, item: Responsibility) -> str:
    doc = site.content.source(item.document)
    if doc is None or doc.repealed is None:
        return ""
    text = f"{doc.document} ble opphevet {norwegian_date(doc.repealed)}"
    if doc.replaced_by:
        newer = site.content.source(doc.replaced_by)
        text += f" og erstattet av {doc.replaced_by}" + (f" ({newer.title})" if newer else "")
    return text + "."


def checklist(site: Site, name: str, items: tuple[Responsibility, ...]) -> Checklist:
    def live(check: str | None) -> LiveView | None:
        if check is None:
            return None
        state = site.live(check)
        return LiveView(
            ok=state.ok,
            summary=state.summary,
            details=[Link(title=d.reason, uri=d.uri) for d in state.details],
        )

    return Checklist(
        name=name,
        items=[
            ChecklistItem(
                key=hashlib.sha1(r.task.encode("utf-8")).hexdigest()[:12],
                task=r.task,
                source=r.source,
                repealed=_repealed(site, r),
                live=live(r.check),
            )
            for r in items
        ],
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class MatrixRow:
    section: str
    role: Link
    task: str


@dataclass(frozen=True, kw_only=True, slots=True)
class MatrixGroup:
    """The tasks of one section of a document («punkt 4.2»), role by role."""

    section: str
    roles: list[MatrixTasks]


@dataclass(frozen=True, kw_only=True, slots=True)
class MatrixTasks:
    role: Link
    tasks: list[str]


@dataclass(frozen=True, kw_only=True, slots=True)
class MatrixSection:
    document: str
    anchor: str
    title: str
    repealed: str
    groups: list[MatrixGroup]


@dataclass(frozen=True, kw_only=True, slots=True)
class MatrixRole:
    role: Link
    cells: list[str]
    """Per cited document, the sections the role has tasks from ("4.2, 9")."""


def matrix_sections(site: Site) -> list[MatrixSection]:
    """Per cited document (current ones first): its tasks by section number, then role."""
    rows: dict[str, list[MatrixRow]] = defaultdict(list)
    for role in sorted_roles(site):
        for r in role.responsibilities:
            rows[r.document].append(
                MatrixRow(
                    section=r.source[len(r.document) :].strip(),
                    role=Link(title=role.title, uri=address(role)),
                    task=r.task,
                )
            )

    def section_key(row: MatrixRow) -> tuple[tuple[int, ...], str, str]:
        words = row.section.split()
        number = words[1] if len(words) > 1 else "0"
        return (tuple(int(n) for n in number.split(".")), row.section, row.role.title)

    def current_first(document: str) -> tuple[bool, str]:
        source = site.content.source(document)
        return (source is not None and source.repealed is not None, document)

    sections = []
    for document in sorted(rows, key=current_first):
        source = site.content.source(document)
        repealed = ""
        if source and source.repealed:
            repealed = f"{document} ble opphevet {norwegian_date(source.repealed)}"
            repealed += f" og erstattet av {source.replaced_by}" if source.replaced_by else ""
        sections.append(
            MatrixSection(
                document=document,
                anchor=urls.slug(document),
                title=f"{document}: {source.title}" if source else document,
                repealed=repealed,
                groups=[
                    MatrixGroup(
                        section=section,
                        roles=[
                            MatrixTasks(role=role, tasks=[r.task for r in by_role])
                            for role, by_role in groupby(group, key=lambda r: r.role)
                        ],
                    )
                    for section, group in groupby(
                        sorted(rows[document], key=section_key), key=lambda r: r.section
                    )
                ],
            )
        )
    return sections


def matrix_link(site: Site) -> Link | None:
    """The responsibility matrix's PDF, when this build makes PDFs."""
    path = urls.MATRIX_PDF if site.options.pdf and site.content.roles else None
    return Link(title="Last ned ansvarsmatrisen (PDF)", uri=path) if path else None


@dataclass(frozen=True, kw_only=True, slots=True)
class MatrixView(PageView):
    """``matrix.md``: the responsibility matrix."""

    headers: list[str]
    """The table's column headings: one per cited document."""
    roles: list[MatrixRole]
    """One row per role: the points it has of each document."""
    sections: list[MatrixSection]
    """Each document's tasks, grouped by point."""
    pdf: Link | None
    """The matrix's PDF; ``None``: this build makes no PDFs or there are no roles."""


def matrix(site: Site) -> MatrixView:
    sections = matrix_sections(site)
    columns = [
        (s.document, bool(s.repealed))
        for s in sections
        if site.content.source(s.document) is not None
    ]
    role_rows = []
    for role in sorted_roles(site):
        cells = []
        for document, _ in columns:
            numbers = [
                r.source.removeprefix(f"{document} punkt ")
                for r in role.responsibilities
                if r.document == document
            ]
            cells.append(", ".join(dict.fromkeys(numbers)) or "–")
        role_rows.append(MatrixRole(role=Link(title=role.title, uri=address(role)), cells=cells))
    headers = [f"{d}{' (opphevet)' if repealed else ''}: punkter" for d, repealed in columns]
    return MatrixView(
        headers=headers,
        roles=role_rows,
        sections=sections,
        toc=tuple(
            SubHeading(parent="ansvarsmatrise", anchor=s.anchor, title=s.document) for s in sections
        ),
        pdf=matrix_link(site),
    )
