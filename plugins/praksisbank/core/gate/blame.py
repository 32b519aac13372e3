"""Which file and line each value the site gate found is blamed on, and one problem for each.

The rendered-text gate (``sitegate.py``) finds a value on built pages; the contributor who must
remove it needs the file that holds it, once, not once for every page that shows it. A value
is traced to a file in this order:

1. found on more than one page and written in one of the site's own files (a template in
   ``theme.custom_dir`` or the ``templates`` option, ``mkdocs.yml``): that file, at the line
   that holds it. The theme prints it on every page; looking there first costs one look
   instead of one a page;
2. the page's own content file, when it holds the value; on a generated page (a list), the
   item whose row shows it (``Found.row``), when the item's file holds it or a word of it, or
   when every list that shows the value shows it in that item's row;
3. a site file that holds it, else the first other content file that holds it (a generated
   page shows fields of many): each of them read once for all the values still untraced;
4. held by no file: shown on more than one page of a site with templates of its own, the
   template that writes the text around it (``Found.context``: the longest run of whole words
   next to the value that a template holds as written, at that line: a partial that works a
   value out is blamed, not the main template), else the site's main template (line 1), with a
   message that says no file holds it (Jinja worked it out); else each page's own file (its
   body's first line; a generated page or a published file by its address).

Then one problem for each file, line and value, naming the first page that shows it and how
many more do («og på 3 sider til», ``more_pages``: every message about pages says it so).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from praksisbank.core.base.problems import Problem
from praksisbank.core.gate import rendered
from praksisbank.core.gate.anonymity import mask_digits

if TYPE_CHECKING:
    from praksisbank.core.gate.sitegate import Found, Source

_CONTEXT = 80
"""Characters of the line before and after a value kept to find the template that writes it."""
_WORDS = re.compile(r"\S++")
_LETTER = re.compile(r"[^\W\d_]")
_CONTEXTS = 20
"""Different texts around one value read at most (a template writes the same words on each
page; thousands of pages with a text of their own around it would each be looked for)."""
_FEWEST_LETTERS = 4
"""A run of words with fewer letters (``på``, ``nr.``) says nothing about its template."""


def more_pages(others: int) -> str:
    """How many more pages show it, as every message about pages says it: « (og på 3 sider
    til)», « (og på 1 side til)», or nothing."""
    if others <= 0:
        return ""
    return f" (og på {others} {'side' if others == 1 else 'sider'} til)"


def context_of(seen: rendered.Seen) -> tuple[str, str]:
    """The text before and after a finding on its line, digits masked (the value left out)."""
    text, start, end = seen.text, seen.finding.offset, seen.finding.end
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    before = text[max(begin, start - _CONTEXT) : start]
    after = text[end : min(stop, end + _CONTEXT)]
    return mask_digits(before), mask_digits(after)


def _runs(words: list[str], *, last: bool) -> Iterator[str]:
    """The runs of whole words at the end (``last``) or start of ``words``, longest first."""
    for count in range(len(words), 0, -1):
        run = " ".join(words[-count:] if last else words[:count])
        if len(_LETTER.findall(run)) >= _FEWEST_LETTERS:
            yield run


TEMPLATE_SUFFIXES = frozenset({".html", ".htm", ".j2", ".jinja", ".jinja2", ".xml", ".svg"})
"""Files of the site's theme folders that print text into pages (templates, drawings)."""
_COMMENT_MARKS = re.compile(r"<!--|-->")
"""In a template, an HTML comment's text is still looked in: Jinja fills a value into a comment
as into any text, and a page may show the result in a comment the gate reads."""

Place = tuple[str, int]
"""A file as messages show it, and a line."""


def problems(
    found: Iterable[Found], sources: Mapping[str, Source], site_files: Sequence[Source] = ()
) -> list[Problem]:
    """One problem for each value found and the place it is traced to (see the docstring).
    ``sources``: each published file's content file; ``site_files``: the site's own templates
    and ``mkdocs.yml``, in the order they are looked in."""
    return _Blame(sources, site_files).problems(sorted(set(found), key=_order))


def _order(found: Found) -> tuple[str, str, str, str, str]:
    return (found.published, found.fingerprint, found.what, found.where, found.row)


@dataclass(slots=True)
class _Blame:
    sources: Mapping[str, Source]
    site_files: Sequence[Source]
    _site: list[tuple[Source, rendered.SourceLines]] = field(default_factory=list)
    _own: dict[tuple[str, str], int | None] = field(default_factory=dict)
    """(own file, key): the line that holds it, looked for once."""
    _rows: dict[str, rendered.SourceLines | None] = field(default_factory=dict)
    _last: tuple[str, rendered.SourceLines | None] = ("", None)
    """The own file read last: a page's values come one after another."""

    def __post_init__(self) -> None:
        for source in self.site_files:
            lines = _lines(source, template=_is_template(source))
            if lines is not None:
                self._site.append((source, lines))

    def problems(self, found: list[Found]) -> list[Problem]:
        pages: dict[str, set[str]] = {}
        rows: dict[str, set[str]] = {}
        for one in found:
            pages.setdefault(one.fingerprint, set()).add(one.published)
            if self._generated(one.published):
                rows.setdefault(one.fingerprint, set()).add(one.row)
        places: dict[Found, Place] = {}
        pending: list[Found] = []
        for one in found:
            on_many = len(pages[one.fingerprint]) > 1
            one_item = len(rows.get(one.fingerprint, ())) == 1
            place = self._traced(one, on_many, one_item)
            if place is None:
                pending.append(one)
            else:
                places[one] = place
        held = self._holders({one.key for one in pending})
        untraced: dict[str, list[Found]] = {}
        for one in pending:
            if one.key in held:
                places[one] = held[one.key]
            else:
                untraced.setdefault(one.fingerprint, []).append(one)
        grouped: dict[tuple[str, int, str, str], list[Found]] = {}
        for one, (path, line) in places.items():
            grouped.setdefault((path, line, one.fingerprint, one.what), []).append(one)
        result = [self._problem(path, line, shown) for (path, line, _, _), shown in grouped.items()]
        for shown in untraced.values():
            result += self._untraced(shown)
        return result

    def _traced(self, found: Found, on_many: bool, one_item: bool) -> Place | None:
        """Steps 1 and 2 of the docstring, and a site file of step 3. ``one_item``: on every
        generated page that shows the value, it stands in the same item's row."""
        if on_many and (place := self._in_site(found.key)) is not None:
            return place
        own = self.sources.get(found.published)
        row = self.sources.get(found.row) if found.row else None
        if self._generated(found.published) and row is not None:
            line = self._row_line(row, found.key, one_item)
            if line is not None:
                return row.path, line
        if own is not None and own.file is not None:
            if (own.path, found.key) not in self._own:
                if self._last[0] != own.path:
                    self._last = (own.path, _lines(own))
                lines = self._last[1]
                line = lines.line_of(found.key) if lines is not None else None
                self._own[(own.path, found.key)] = line
            if (line := self._own[(own.path, found.key)]) is not None:
                return own.path, line
        return None if on_many else self._in_site(found.key)

    def _in_site(self, key: str) -> Place | None:
        for source, lines in self._site:
            line = lines.line_of(key)
            if line is not None:
                return source.path, line
        return None

    def _holders(self, keys: set[str]) -> dict[str, Place]:
        """Each of ``keys`` that a site file or a content file holds, with the first file (site
        files first, then content files by name) and its line; every file read at most once."""
        held: dict[str, Place] = {}
        for key in sorted(keys):
            place = self._in_site(key)
            if place is not None:
                held[key] = place
        left = keys - held.keys()
        if not left:  # every key in a site file, or none (a clean rebuild): no file to list
            return held
        files = sorted(
            {s.path: s for s in self.sources.values() if _own_file(s)}.values(),
            key=lambda s: s.path,
        )
        for source in files:
            if not left:
                break
            lines = _lines(source)
            if lines is None:
                continue
            for key in sorted(left):
                line = lines.line_of(key)
                if line is not None:
                    held[key] = (source.path, line)
            left -= held.keys()
        return held

    def _row_line(self, source: Source, key: str, one_item: bool) -> int | None:
        """The line of an item's file that holds ``key``, else the first that holds one of its
        words (a title the list shows in other words), else, when the value stands in this
        item's row wherever it is shown (``one_item``: a list may put a value together), the
        item's first body line. ``None``: no sign the item holds it (the last row of a list runs
        on into the page's footer, and a value the site's templates print there stands in a
        different item's row on each list)."""
        if source.file is None:
            return None
        if source.path not in self._rows:
            self._rows[source.path] = _lines(source)
        lines = self._rows[source.path]
        line = None
        if lines is not None:
            line = lines.line_of(key)
            for word in key.split() if line is None else ():
                if len(word) >= 3 and (line := lines.line_of(word)) is not None:
                    break
        return line if line is not None or not one_item else source.line

    def _generated(self, published: str) -> bool:
        """Whether a page is made from no one content file (a list, an overview)."""
        own = self.sources.get(published)
        return own is None or own.file is None

    def _untraced(self, shown: list[Found]) -> list[Problem]:
        """Step 4: a value no file holds. On more than one page of a site with templates of its
        own, theirs; else each page's own file (a generated page's or a file's address)."""
        if len({one.published for one in shown}) > 1 and (main := self._main_template()):
            path, line = self._writer(shown) or (main, 1)
            return [self._problem(path, line, shown, untraced=True)]
        places: dict[Place, list[Found]] = {}
        for one in shown:
            own = self.sources.get(one.published)
            place = (own.path, own.line) if own else (f"site/{mask_digits(one.published)}", 1)
            places.setdefault(place, []).append(one)
        return [self._problem(path, line, found) for (path, line), found in places.items()]

    def _writer(self, shown: list[Found]) -> Place | None:
        """The template that writes the text around a value no file holds: the one that holds
        the longest run of whole words next to it (before or after) as written, at that run's
        line; ``None`` when no template holds a run of four letters or more."""
        templates = [(s, lines) for s, lines in self._site if _is_template(s)]
        best: tuple[int, str, int] | None = None
        for before, after in sorted({one.context for one in shown})[:_CONTEXTS]:
            runs = [
                *_runs(_WORDS.findall(before), last=True),
                *_runs(_WORDS.findall(after), last=False),
            ]
            for source, lines in templates:
                for run in runs:
                    line = lines.line_of(run)
                    if line is not None:
                        if best is None or len(run) > best[0]:
                            best = (len(run), source.path, line)
                        break
        return (best[1], best[2]) if best is not None else None

    def _main_template(self) -> str | None:
        """The site's main template (``main.html``, which every page of the theme extends),
        else its first template; ``None``: the site has no templates of its own."""
        templates = [s for s in self.site_files if _is_template(s)]
        main = [s for s in templates if Path(s.path).name == "main.html"]
        return (main or templates)[0].path if templates else None

    def _problem(
        self, path: str, line: int, shown: list[Found], *, untraced: bool = False
    ) -> Problem:
        first = min(shown, key=lambda one: (not self._made_from(one.published, path), _order(one)))
        page = "/" + first.published.removesuffix("index.html")
        others = len({one.published for one in shown}) - 1
        more = more_pages(others)
        seen = f"viser {first.what} ({first.masked}) {_places(shown)} slik leseren ser det"
        if untraced:
            message = (
                f"Den publiserte siden «{mask_digits(page)}»{more} {seen}. Verdien står ikke i "
                "noen innholdsfil, så den kommer fra nettstedets maler («custom_dir» i "
                "mkdocs.yml) eller fra innstillingene i mkdocs.yml, regnet ut eller skrevet på "
                "en annen måte. Alt leserne ser, skal være anonymisert: fjern opplysningen der."
            )
        else:
            message = (
                f"Den publiserte siden «{mask_digits(page)}»{more} {seen}, etter at markering, "
                "kommentarer og skjulte tegn er tatt bort. Alt leserne ser, skal være "
                "anonymisert: fjern opplysningen fra kilden."
            )
        return Problem(file=path, line=line, column=1, code="personal-data", message=message)

    def _made_from(self, published: str, path: str) -> bool:
        own = self.sources.get(published)
        return own is not None and own.path == path


def _places(shown: list[Found]) -> str:
    """Where on the pages the value stands: «i søkeindeksen og i teksten»."""
    wheres = sorted({f"i {one.where}" for one in shown})
    return " og ".join([", ".join(wheres[:-1]), wheres[-1]] if len(wheres) > 1 else wheres)


def _own_file(source: Source) -> bool:
    """Whether a published file's source is the project's own (a path relative to it): a file
    outside it (the theme's JavaScript in site-packages) holds digits by chance, and no
    contributor can remove a value from it (attack round 11)."""
    return source.file is not None and not Path(source.path).is_absolute()


def _is_template(source: Source) -> bool:
    return source.file is not None and source.file.suffix.lower() in TEMPLATE_SUFFIXES


def _lines(source: Source, *, template: bool = False) -> rendered.SourceLines | None:
    """``source``'s file as ``rendered.source_line_of`` reads it; ``None``: it cannot be read."""
    if source.file is None:
        return None
    try:
        text = source.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if template:
        text = _COMMENT_MARKS.sub(lambda m: " " * len(m.group()), text)
    return rendered.SourceLines.of(text)
