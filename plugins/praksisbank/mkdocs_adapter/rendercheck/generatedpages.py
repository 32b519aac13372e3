"""The pages and feeds the site generates from many files (``generated``), made by the build's
own views and templates, and what the page gate finds on them that no field shows alone
(``generated_problems``), blamed on each file whose field shows a part.

Imports ``guard`` and ``reading`` of ``rendercheck/``, and the core (the views only inside
``generated``)."""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from praksisbank.core.base import urls
from praksisbank.core.base.model import Content, Item
from praksisbank.core.base.problems import Problem
from praksisbank.core.content.kinds import address
from praksisbank.core.gate import blame, rendered
from praksisbank.core.practice.site import Site, SiteOptions
from praksisbank.mkdocs_adapter.rendercheck.guard import (
    MarkdownFactory,
    RenderError,
    convert,
)
from praksisbank.mkdocs_adapter.rendercheck.reading import (
    _field_texts,
    _personal,
    _source,
    _spared,
    published,
)

_SITE_NAME = "Praksisbanken"
"""The feeds' title (the site's name in ``mkdocs.yml``: a title, no value of a content file)."""
_RUN = re.compile(r"[0-9]++")


@dataclass(frozen=True, slots=True)
class Generated:
    """A page or feed the site generates from the content, as the build publishes it."""

    address: str
    """The published page (``vedtaksbank/rettsgrunnlag/``, ``endringer/atom.xml``)."""
    text: str
    """Its HTML (a page, converted by the site's Markdown) or its XML (a feed)."""
    feed: bool = False


def generated(content: Content, new_markdown: MarkdownFactory, today: date) -> list[Generated]:
    """Every page and feed the site generates from the content, made by the same views and
    templates as the build's (``core/views/pages.py``: ``Pages.generated``, ``Pages.feeds``,
    and each item page's decoration, the text the site puts around its body): each list the
    build shows across files (decisions, legal bases, clarifications, changes, guides,
    readiness, roles, the matrix) is read here because the build makes it, not because a hand
    list names it. The packaged templates are used (a site's own templates are read by the
    plain check)."""
    from praksisbank.core.views.pages import Pages
    from praksisbank.core.views.render import environment

    pages = Pages(Site(content, SiteOptions(today=today)), environment())
    made: list[Generated] = []

    def html(uri: str, markdown: str) -> None:
        # (a page of the plugin's own that fails is the build's failure, not a contributor's)
        with contextlib.suppress(RenderError):
            made.append(Generated(uri, convert(new_markdown().convert, markdown)))

    for page in pages.generated():
        html(page.uri, page.markdown)
    for path, xml in pages.feeds(None, _SITE_NAME):
        made.append(Generated(path, xml, feed=True))
    for item in content.all_items():
        decoration = pages.decorate(item)
        html(address(item), f"{decoration.before}\n\n{decoration.after}")
    return made


@dataclass(frozen=True, slots=True)
class _Field:
    """A text of an item's fields (a title, a legal basis, a change's summary) with its digit
    runs: what a generated page may show of the item's file."""

    item: Item
    text: str
    runs: tuple[str, ...]


def _fields(content: Content) -> list[_Field]:
    fields = []
    for item in content.all_items():
        if not published(item):
            continue
        for text in dict.fromkeys(_field_texts(item)):
            runs = tuple(r for r in _RUN.findall(text) if len(r) > 1)
            if runs:
                fields.append(_Field(item, " ".join(text.split()), runs))
    return fields


def generated_problems(
    content: Content,
    new_markdown: MarkdownFactory,
    root: Path | None,
    allowed: frozenset[str],
    names: frozenset[str],
    today: date,
    reported: Sequence[Problem] = (),
) -> list[Problem]:
    """What the build's page gate finds on a generated page (``generated``) that no field
    shows alone: a value split over the fields of two or more files that the page shows one
    after the other (a legal basis under another in the index of legal bases, a clarification's
    title under another's in the list of changes). Reported at each file whose field shows a
    part, at that field's line; a finding ``reported`` already at the same file and line (the
    lists of decisions read by ``side_by_side``) is not said twice."""
    fields = _fields(content)
    if len(fields) < 2:
        return []
    shown: dict[tuple[str, int], tuple[str, rendered.Seen, list[str]]] = {}
    clean: set[str] = set()  # attribute values read clean on an earlier page (as the build's)
    on_page = functools.partial(rendered.in_page, clean=clean)
    for page in generated(content, new_markdown, today):
        reading = rendered.in_markup if page.feed else on_page
        kind = "render-feed" if page.feed else "render-generated"
        for seen in _spared(kind, page.text, reading, allowed, names):
            for field in _parts(seen, fields, allowed, names):
                line = _run_line(root, field)
                key = (field.item.path, line)  # one problem a field (a value, two masks)
                shown.setdefault(key, (field.item.path, seen, []))[2].append(page.address)
    said = {(p.file, p.line, p.message) for p in reported}
    found = []
    for (file, line), (_, seen, addresses) in shown.items():
        if any(f == file and ln == line and seen.finding.masked in m for f, ln, m in said):
            continue
        found.append(_generated_problem(file, line, seen, list(dict.fromkeys(addresses))))
    return found


def _parts(
    seen: rendered.Seen, fields: list[_Field], allowed: frozenset[str], names: frozenset[str]
) -> list[_Field]:
    """The fields that show the parts of ``seen``'s value: the one whose digits begin it and
    the one whose digits end it, or, when the value found is only its first part (a number
    split over rows is found at the digits that begin it), the one whose digits come next on
    the page. Each run is given to the field of that run whose text the page shows nearest to
    it. None when they are of one file, or one field shows the finding alone (its own file's
    finding, reported at it)."""
    text = seen.text
    runs = list(_RUN.finditer(text, seen.finding.offset, seen.finding.end))
    if not runs:
        return []
    parts = [f for f in [_nearest(runs[0], text, fields)] if f is not None]
    if not parts:
        return []
    # the run that ends the value: its last run, or a later one on the page (in another
    # row) that ends in the digits the masked value shows
    shown = _RUN.findall(seen.finding.masked)
    tail = shown[-1] if shown else ""
    later = _RUN.finditer(text, seen.finding.end, seen.finding.end + _NEXT)
    own = [f for f in fields if f.item.path == parts[0].item.path]
    for run in [runs[-1], *later]:
        if run.group().endswith(tail) or tail.endswith(run.group()):
            # the first file's own fields first: a value within one file (a title and its
            # description, as the lists show them) is that file's, reported at it
            holder = _nearest(run, text, own) or _nearest(run, text, fields)
            if holder is not None:
                parts.append(holder)
                break
    if len({f.item.path for f in parts}) < 2:
        return []
    for f in parts:
        if any(
            s.finding.fingerprint == seen.finding.fingerprint
            for s in rendered.in_text(f.text, allowed=allowed, names=names)
        ):
            return []
    return parts


_NEXT = 400
"""Characters after a value's first part in which its next part is looked for."""


def _nearest(run: re.Match[str], text: str, fields: list[_Field]) -> _Field | None:
    """The field holding ``run`` whose text ``text`` shows nearest to it (in a link or an
    attribute, where a field shows as an address, the only field holding it)."""
    holding = [f for f in fields if run.group() in f.runs]
    best: tuple[int, _Field] | None = None
    for f in holding:
        at = text.rfind(f.text, 0, run.end() + len(f.text))
        while at != -1 and not (at <= run.start() < at + len(f.text)):
            at = text.rfind(f.text, 0, at)
        if at != -1 and (best is None or run.start() - at < best[0]):
            best = (run.start() - at, f)
    if best is not None:
        return best[1]
    return holding[0] if len({f.item.path for f in holding}) == 1 else None


def _run_line(root: Path | None, field: _Field) -> int:
    """The line of ``field`` in its file: the first that holds its longest digit run and its
    longest word, else the first that holds the run."""
    source = _source(root, field.item)
    if source is None:
        return 1
    run = max(field.runs, key=len)
    word = max(field.text.split(), key=len)
    lines = source.split("\n")
    holding = [n for n, line in enumerate(lines, start=1) if run in line]
    both = [n for n in holding if word in lines[n - 1]]
    return (both or holding or [1])[0]


def _generated_problem(file: str, line: int, seen: rendered.Seen, addresses: list[str]) -> Problem:
    first = "/" + urls.url_of(addresses[0]).lstrip("/")
    return _personal(
        file,
        line,
        (
            f"Det denne filen viser på den genererte siden «{first}»"
            f"{blame.more_pages(len(addresses) - 1)}, leses sammen med det andre filer "
            f"viser rett under eller over, og viser da {seen.finding.what} "
            f"({seen.finding.masked}) slik leseren leser nedover. Nettstedet stopper av samme "
            "grunn. Alt leserne ser, skal være anonymisert: fjern opplysningen, her eller i "
            "den andre filen."
        ),
    )
