"""``praksisbank check --render``: content Markdown rendered the way the site renders it, and the
rendered-text gate over everything the build shows (the gate a pull request runs).

This ``__init__`` holds ``check``, the entry point, and re-exports the names other modules
import (``rendercheck.Guard``, ``rendercheck.convert``, ``rendercheck.site_markdown``...). The
work is in modules by what they read, each importing only those below it (``pyproject.toml``'s
import-linter contract):

- ``shown``: one item as a reader sees it (its body, its fields, a decision as the lists show
  it), and the settings of ``mkdocs.yml`` shown on every page;
- ``sidebyside``: records the build shows one after the other across files (lists of decisions,
  tags, navigation, tables of contents) and two pages read together in search;
- ``pdfheaders``: the PDFs' running headers;
- ``generatedpages``: the pages and feeds the site generates from many files;
- ``reading``: what they share (which items are shown, the spared reading, lines and problems);
- ``guard``: the site's Markdown, the depth limit and the ``Guard`` extension (Markdown and
  MkDocs are imported here only).

Importing this package loads Markdown (the plain check does not import it).
"""

from __future__ import annotations

import html as markup
from datetime import date
from pathlib import Path

from praksisbank.core.base.model import Content, Item
from praksisbank.core.base.problems import Problem
from praksisbank.core.gate import neighbours, rendered
from praksisbank.core.gate.sanitize import sanitize
from praksisbank.mkdocs_adapter.rendercheck.generatedpages import (
    Generated,
    generated,
    generated_problems,
)
from praksisbank.mkdocs_adapter.rendercheck.guard import (
    ADDED_EXTENSIONS,
    CONFIG,
    MAX_DEPTH,
    CompactDefinitions,
    Guard,
    MarkdownFactory,
    RenderError,
    SetupError,
    convert,
    factory,
    first_failing_line,
    problem,
    site_markdown,
    too_deep,
)
from praksisbank.mkdocs_adapter.rendercheck.pdfheaders import pdf_headers
from praksisbank.mkdocs_adapter.rendercheck.reading import _field_texts, published
from praksisbank.mkdocs_adapter.rendercheck.shown import (
    ShownSetting,
    appended_texts,
    listed,
    shown_problems,
    shown_settings,
)
from praksisbank.mkdocs_adapter.rendercheck.sidebyside import (
    _headings,
    read_together,
    side_by_side,
)

__all__ = [
    "ADDED_EXTENSIONS",
    "CONFIG",
    "MAX_DEPTH",
    "CompactDefinitions",
    "Generated",
    "Guard",
    "MarkdownFactory",
    "RenderError",
    "SetupError",
    "ShownSetting",
    "appended_texts",
    "check",
    "convert",
    "factory",
    "first_failing_line",
    "generated",
    "generated_problems",
    "listed",
    "pdf_headers",
    "problem",
    "published",
    "read_together",
    "shown_problems",
    "shown_settings",
    "side_by_side",
    "site_markdown",
    "too_deep",
]


def check(
    content: Content,
    new_markdown: MarkdownFactory,
    *,
    root: Path | None = None,
    allowed: frozenset[str] = frozenset(),
    today: date | None = None,
) -> tuple[Problem, ...]:
    """Every published item as the build shows it: a problem for each body that fails to
    render, and the rendered-text gate (``core/gate/rendered/``) over each sanitized body and each
    text of its fields, as a reader reads them. ``root`` (the project) lets a value found in a
    field be traced to its line, and a value a reader-visible setting of ``mkdocs.yml`` puts on
    every page (a heading's permalink) be reported at that setting, once, not at every page.
    ``today`` dates the site whose PDFs' running headers are read (``pdf_headers``), and every
    page and feed the site generates (``generated_problems``)."""
    found: list[Problem] = []
    names = rendered.known_names(content)
    settings = shown_settings(root)
    appended = appended_texts(root)
    headings: dict[str, list[str]] = {}
    pages = neighbours.Neighbours()
    shown: dict[str, Item] = {}
    for item in content.all_items():
        if not published(item):
            continue
        try:
            html = convert(new_markdown().convert, item.body)
        except RenderError as failure:
            found.append(problem(item.path, item.body_line, item.body, failure, new_markdown))
            continue
        body = sanitize(html, frozenset())
        found += shown_problems(item, body, root, allowed, names, settings, appended)
        headings[item.path] = _headings(body)
        fields = "\n".join(neighbours.shown_text(markup.escape(t)) for t in _field_texts(item))
        pages.add(
            item.path,
            neighbours.shown_text(markup.escape(item.title)),
            f"{fields}\n{neighbours.shown_text(body)}",
        )
        shown[item.path] = item
    found += side_by_side(content, headings, root, allowed, names)
    found += read_together(pages, shown, root)
    found += pdf_headers(content, root, allowed, names, today or date.today())
    found += generated_problems(
        content, new_markdown, root, allowed, names, today or date.today(), found
    )
    return tuple(sorted(set(found)))
