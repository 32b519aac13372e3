"""What a reader sees of one item: its rendered body, its fields, and a decision's title and
description as the lists show them together; a value the body shows that a reader-visible
setting of ``mkdocs.yml`` (``ShownSetting``) or a file added to every page holds is blamed
there.

Imports ``guard`` and ``reading`` of ``rendercheck/``, and the core."""

from __future__ import annotations

import html as markup
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from praksisbank.core.base.model import Decision, Item
from praksisbank.core.base.problems import Problem
from praksisbank.core.content.published_files import appended_files
from praksisbank.core.gate import rendered
from praksisbank.core.gate.published import Setting
from praksisbank.core.gate.published import settings as reader_settings
from praksisbank.mkdocs_adapter.rendercheck.guard import (
    CONFIG,
)
from praksisbank.mkdocs_adapter.rendercheck.reading import (
    _field_line,
    _field_texts,
    _shown,
    _source,
    _spared,
)


@dataclass(frozen=True, slots=True)
class ShownSetting:
    """A reader-visible setting of ``mkdocs.yml`` (``settings`` in ``core/gate/published.py``),
    read as ``rendered.source_line_of`` reads a file."""

    setting: Setting
    lines: rendered.SourceLines


def shown_settings(root: Path | None) -> tuple[ShownSetting, ...]:
    """The reader-visible settings of the project's ``mkdocs.yml`` (none without one)."""
    if root is None:
        return ()
    try:
        text = (root / CONFIG).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ()
    return tuple(ShownSetting(s, rendered.SourceLines.of(s.text)) for s in reader_settings(text))


def appended_texts(root: Path | None) -> tuple[rendered.SourceLines, ...]:
    """The files ``pymdownx.snippets`` adds to every page (``auto_append``), each read as
    ``rendered.source_line_of`` reads a file (none without a project)."""
    if root is None:
        return ()
    from praksisbank.mkdocs_adapter.project import layout_for

    texts = []
    for _setting, path in appended_files(layout_for(root)):
        try:
            texts.append(rendered.SourceLines.of(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            continue  # the plain check says it
    return tuple(texts)


def _setting_holding(key: str, settings: Sequence[ShownSetting]) -> ShownSetting | None:
    return next((s for s in settings if s.lines.line_of(key) is not None), None)


def shown_problems(
    item: Item,
    html: str,
    root: Path | None,
    allowed: frozenset[str],
    names: frozenset[str] = frozenset(),
    settings: Sequence[ShownSetting] = (),
    appended: Sequence[rendered.SourceLines] = (),
) -> list[Problem]:
    """Personal data in what a reader sees of ``item``: its rendered body ``html``, then its
    fields (titles, descriptions, reasons), after markup and look-alike characters, then a
    decision's title and description as the lists show them, together (``listed``).

    A value in the body that the item's text does not hold but a reader-visible setting does
    (``settings``: a permalink after every heading) is the setting's: reported at its line in
    ``mkdocs.yml``, as the build's blame does (``core/gate/blame.py``). A value the item's
    text does not hold but a file added to every page does (``appended``: a glossary of
    abbreviations) is that file's: the plain check reports it there, once, and it is not
    reported again at each page that shows it."""
    found = []
    body = _spared("render-body", html, rendered.in_page, allowed, names)
    for seen in body:
        key = rendered.key_of(seen)
        line = rendered.source_line_of(key, item.body)
        if line is None and any(text.line_of(key) is not None for text in appended):
            continue  # the added file's, reported at its line by the plain check
        if line is None and (shown := _setting_holding(key, settings)) is not None:
            setting = shown.setting
            what = f"Innstillingen «{setting.name}» i {CONFIG}, som vises på hver side,"
            found.append(_shown(CONFIG, setting.line, seen, what, setting.column))
            continue
        found.append(_shown(item.path, item.body_line + (line or 1) - 1, seen, "Teksten"))
    source = _source(root, item)
    alone: set[str] = set()
    for text in _field_texts(item):
        for seen in _spared("render-field", text, rendered.in_text, allowed, names):
            alone.add(seen.finding.fingerprint)
            line = rendered.source_line_of(rendered.key_of(seen), source) if source else None
            found.append(_shown(item.path, line or 1, seen, "Et felt"))
    together = listed(item)
    if together is not None:
        for seen in _spared("render-listed", together, rendered.in_page, allowed, names):
            if seen.finding.fingerprint in alone:
                continue  # reported at its field above
            line = rendered.source_line_of(rendered.key_of(seen), source) if source else None
            field = _field_line(source, "title") if source else None
            what = "Tittelen og beskrivelsen sammen, slik listene over vedtak viser dem,"
            found.append(_shown(item.path, line or field or 1, seen, what))
    return found


def listed(item: Item) -> str | None:
    """A decision's title and description as every list of decisions shows them, in the order
    of their row's first cell (``entry_title`` in ``templates/finder_macros.html``, and
    ``templates/macros.html``): the title, a line break, the description. The build's page
    gate reads them so on those pages (and in the feeds, title before summary); each alone,
    a value split over them («bursdag 3. april» and «fra 1994») is not seen. ``None``: nothing
    is shown together."""
    if not isinstance(item, Decision) or not item.description:
        return None
    title, description = markup.escape(item.title), markup.escape(item.description)
    return f'<p><a href="#">{title}</a><br><span>{description}</span></p>'
