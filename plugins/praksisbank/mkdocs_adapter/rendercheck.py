"""Content Markdown rendered the way the site renders it, and what keeps a text from being shown.

A text can pass the contract and the personal-data gate and still break the build inside
Python-Markdown, where no file name is known:

- nesting: Python-Markdown walks its tree recursively (the block parser for lists, quotes and
  boxes inside each other, the ``toc`` extension and the serializer for emphasis inside
  emphasis), so deep nesting ends in ``RecursionError``, after about 250 levels of lists or 900
  of emphasis; the sanitizer's time grows with the square of the depth;
- any other exception an extension raises.

So a text whose HTML nests more than ``MAX_DEPTH`` elements is refused, and so is a text that
raises while it is converted. The limit is far below where Python's recursion limit bites, so
the build and ``praksisbank check --render`` refuse the same texts however deep their own call
stacks are, and name the same line: the first line at which the text, cut there, fails.

The build uses ``Guard``, a Markdown extension the plugin adds to the site's: a failing text
becomes an empty page and a failure the plugin reports with the source file and line (no
traceback, no generated address). ``check`` does the same for ``praksisbank check --render``,
with the site's own extensions read from ``mkdocs.yml`` through MkDocs (only then is MkDocs
imported: the plain check stays fast).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import html as markup
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown  # type: ignore[import-untyped]
from markdown.blockprocessors import BlockProcessor  # type: ignore[import-untyped]

from praksisbank.core.base import urls
from praksisbank.core.base.model import Content, Decision, Document, Item, Status
from praksisbank.core.base.problems import Problem, ProblemCode
from praksisbank.core.content.kinds import address
from praksisbank.core.content.published_files import appended_files
from praksisbank.core.gate import blame, neighbours, rendered, verdicts
from praksisbank.core.gate.anonymity import WHAT_IDENTITY
from praksisbank.core.gate.names import opens_name
from praksisbank.core.gate.published import Setting
from praksisbank.core.gate.published import settings as reader_settings
from praksisbank.core.gate.sanitize import sanitize
from praksisbank.core.pdf import jobs as pdfjobs
from praksisbank.core.practice.site import Site, SiteOptions
from praksisbank.core.publish.tree import ADDED_EXTENSIONS as ADDED_EXTENSIONS  # the plugin's

MAX_DEPTH = 100
"""The most elements a content text's HTML may nest. Real texts stay below 20 (a table in a
list in a box); Python-Markdown's own recursion fails from about 500 (250 levels of lists)."""


CONFIG = "mkdocs.yml"

MarkdownFactory = Callable[[], Any]
"""Makes a fresh ``markdown.Markdown`` with the site's extensions (one per text, as MkDocs)."""


class RenderError(Exception):
    """A text that cannot be shown, with the Norwegian reason."""

    def __init__(self, code: ProblemCode, message: str) -> None:
        super().__init__(message)
        self.code: ProblemCode = code
        self.message = message

    @classmethod
    def too_deep(cls) -> RenderError:
        return cls(
            "markdown-too-deep",
            f"Teksten er nøstet for dypt: mer enn {MAX_DEPTH} nivåer inni hverandre (for "
            "eksempel utheving i utheving, eller lister, sitater eller bokser i hverandre). "
            "Nettstedet kan ikke vise den. Gjør teksten flatere fra denne linjen.",
        )

    @classmethod
    def unrenderable(cls, exc: Exception) -> RenderError:
        from praksisbank.mkdocs_adapter.snippets import RefusedSnippetError

        if isinstance(exc, RefusedSnippetError):
            return cls("markdown-unrenderable", str(exc))
        return cls(
            "markdown-unrenderable",
            f"Markdown-teksten kan ikke gjøres om til HTML (teknisk: {type(exc).__name__}). "
            "Forenkle teksten fra denne linjen; ser den riktig ut, meld fra til dem som "
            "drifter Praksisbanken.",
        )


class SetupError(Exception):
    """The site's Markdown settings cannot be read (a Norwegian message)."""


# -- depth -------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comments
    r"|<(script|style|textarea|title)\b.*?(?:</\1\s*>|\Z)"  # raw text: no tags inside
    r"|<(/?)([A-Za-z][A-Za-z0-9-]*)\b([^>]*)>",
    re.DOTALL | re.IGNORECASE,
)
_VOID = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    }
)  # fmt: skip
_CLOSES: dict[str, frozenset[str]] = {
    "p": frozenset({"p"}),
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "tr": frozenset({"tr"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "option": frozenset({"option"}),
    "thead": frozenset({"thead", "tbody", "tfoot"}),
    "tbody": frozenset({"thead", "tbody", "tfoot"}),
    "tfoot": frozenset({"thead", "tbody", "tfoot"}),
}
"""An open element that a new one closes by itself (``<li>a<li>b`` are siblings)."""


def too_deep(html: str, limit: int = MAX_DEPTH) -> bool:
    """Whether more than ``limit`` elements nest in ``html``. One pass; stops at the limit."""
    stack: list[str] = []
    for token in _TOKEN.finditer(html):
        name = token.group(3)
        if name is None:
            continue
        name = name.lower()
        if token.group(2):  # an end tag closes up to its element, if that is open
            if name in stack:
                del stack[len(stack) - 1 - stack[::-1].index(name) :]
            continue
        if name in _VOID or token.group(4).endswith("/"):
            continue
        if stack and stack[-1] in _CLOSES.get(name, ()):
            stack.pop()
        stack.append(name)
        if len(stack) > limit:
            return True
    return False


# -- converting ----------------------------------------------------------------------------------


def convert(
    render: Callable[[str], str], text: str, passed: Callable[[], Sequence[str]] = tuple
) -> str:
    """``render(text)`` (a Markdown instance's ``convert``), or a ``RenderError``.

    ``passed`` gives the parts of the HTML the depth check may skip: the plugin's own HTML
    blocks of a generated page, stored as they are by Python-Markdown (``htmlblocks.py``). The
    depth check guards Python-Markdown's tree and the sanitizer, and neither reads those blocks;
    each one closes every element it opens, so the rest nests as it did with them."""
    try:
        html = render(text)
    except RecursionError:
        raise RenderError.too_deep() from None
    except Exception as exc:
        raise RenderError.unrenderable(exc) from None
    if too_deep(_without(html, passed())):
        raise RenderError.too_deep()
    return html


def _without(html: str, blocks: Sequence[str]) -> str:
    """``html`` without each of ``blocks`` (a block not found as it is stays in)."""
    for block in blocks:
        html = html.replace(block, "", 1)
    return html


def first_failing_line(new_markdown: MarkdownFactory, text: str) -> int:
    """The first line (from 1) at which ``text``, which failed, fails when cut after it.

    A binary search over the lines: a few conversions of shorter and shorter texts, paid only
    when a text fails (the whole text is not converted again: a one-line text costs nothing).
    """
    lines = text.split("\n")

    def fails(count: int) -> bool:
        try:
            convert(new_markdown().convert, "\n".join(lines[:count]))
        except RenderError:
            return True
        return False

    low, high = 1, len(lines)
    while low < high:
        middle = (low + high) // 2
        if fails(middle):
            high = middle
        else:
            low = middle + 1
    return low


def problem(
    file: str, body_line: int, text: str, failure: RenderError, new_markdown: MarkdownFactory
) -> Problem:
    """The failure as a problem in ``file``, whose body ``text`` starts on ``body_line``."""
    return Problem(
        file=file,
        line=body_line + first_failing_line(new_markdown, text) - 1,
        column=1,
        code=failure.code,
        message=failure.message,
    )


_COMPACT = re.compile(
    r"\n[ ]{0,3}:[ ]{1,3}[^\n]*\n(?=(?:[ ]{0,3}[^ :\n][^\n]*\n)+[ ]{0,3}:[ ]{1,3})"
)
"""A definition line followed by the term of the next entry, without a blank line between."""


class _CompactSplit(BlockProcessor):  # type: ignore[misc]
    """Splits a compact definition list before each new term, so that ``def_list`` adds the
    entries to one list. Without it, ``def_list`` reads the rest of the list as part of the
    first definition: a compact list of 100 entries nests 300 elements deep and is refused."""

    def test(self, parent: Any, block: str) -> bool:
        return "deflist" in self.parser.blockprocessors and bool(_COMPACT.search(block))

    def run(self, parent: Any, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        found = _COMPACT.search(block)
        assert found is not None  # test() found it
        blocks[:0] = [block[: found.end() - 1], block[found.end() :]]
        return False  # the first part goes on to the other processors


class CompactDefinitions(Extension):  # type: ignore[misc]
    """Added by the plugin (and ``check --render``): compact definition lists stay flat."""

    def extendMarkdown(self, md: Any) -> None:  # noqa: N802 (Python-Markdown's name)
        md.parser.blockprocessors.register(_CompactSplit(md.parser), "praksisbank-compact-dl", 26)


class Guard(Extension):  # type: ignore[misc]
    """Added by the plugin to the site's Markdown extensions, so that in the build a text that
    cannot be shown becomes an empty page and a failure (``take``), not a traceback."""

    def __init__(self, passed: Callable[[], Sequence[str]] = tuple) -> None:
        super().__init__()
        self._failure: RenderError | None = None
        self._passed = passed
        """The parts of the text converted last the depth check skips (``convert``)."""

    def extendMarkdown(self, md: Any) -> None:  # noqa: N802 (Python-Markdown's name)
        original: Callable[[str], str] = md.convert

        def guarded(source: str) -> str:
            self._failure = None
            try:
                return convert(original, source, self._passed)
            except RenderError as failure:
                self._failure = failure
                return ""

        md.convert = guarded

    def take(self) -> RenderError | None:
        """The failure of the text converted last, if it failed (once)."""
        failure, self._failure = self._failure, None
        return failure


def factory(extensions: Iterable[Any], configs: Mapping[str, Any]) -> MarkdownFactory:
    """Fresh Markdown instances with these extensions and ours, without the ``Guard``."""
    chosen = [e for e in extensions if not isinstance(e, (Guard, CompactDefinitions))]
    chosen += [name for name in ADDED_EXTENSIONS if name not in chosen]
    chosen.append(CompactDefinitions())
    settings = dict(configs)

    def new() -> Any:
        return Markdown(extensions=chosen, extension_configs=settings)

    return new


# -- praksisbank check --render -------------------------------------------------------------------


def published(item: Item) -> bool:
    """Whether the build renders the item's body (a withdrawn document shows only the notice)."""
    return not (isinstance(item, Document) and item.status is Status.WITHDRAWN)


def site_markdown(project: Path) -> MarkdownFactory:
    """The site's Markdown, as MkDocs reads it from ``mkdocs.yml`` (tags, inheritance and all)."""
    config_file = project / CONFIG
    if not config_file.is_file():
        raise SetupError(
            f"fant ikke {CONFIG} i {project}. --render gjør om teksten med nettstedets "
            "Markdown-utvidelser, og de står der."
        )
    from mkdocs.exceptions import Abort, ConfigurationError

    from praksisbank.mkdocs_adapter import snippets
    from praksisbank.mkdocs_adapter.project import (
        UnsafeSettingsError,
        layout_for,
        load_mkdocs_config,
    )

    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.ERROR)  # MkDocs' own notes about the configuration are not ours
    try:
        # Read safely and refused first: a Python tag must not run before the check reports it.
        config = load_mkdocs_config(config_file)
    except UnsafeSettingsError as exc:
        raise SetupError(str(exc)) from None
    except (Abort, ConfigurationError) as exc:
        raise SetupError(f"MkDocs kan ikke lese {CONFIG}: {exc}") from None
    finally:
        logger.setLevel(level)
    snippets.install()  # only the content folders hold a page's text (snippets.py)
    return factory(
        [*config.markdown_extensions, snippets.folders(layout_for(project))], config.mdx_configs
    )


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


def _field_line(source: str, name: str) -> int | None:
    """The line of the front matter's top-level field ``name`` (a value on lines of its own
    is shown from where its field starts)."""
    lines = source.split("\n")
    start = 1 if lines and lines[0].strip() == "---" else 0
    for number, line in enumerate(lines[start:], start=start + 1):
        if line.strip() == "---":
            return None
        if re.match(rf"{re.escape(name)}\s*:", line):
            return number
    return None


def _spared(
    kind: str,
    text: str,
    reading: Callable[..., list[rendered.Seen]],
    allowed: frozenset[str],
    names: frozenset[str],
) -> list[rendered.Seen]:
    """``reading(text)``, spared for a text the store of clean verdicts holds
    (``core/gate/verdicts.py``). A text is stored only when it is clean without any exception
    (the exceptions in use come from every file's markers, and may change elsewhere), so with
    exceptions in use a text that has a finding is read twice: without them, then with them."""
    store = verdicts.active()
    if store is None:
        return reading(text, allowed=allowed, names=names)
    digest = store.digest(kind, text, names)
    if store.clean(digest):
        return []
    found = reading(text, names=names)
    if not found:
        store.learn([digest])
        return []
    return reading(text, allowed=allowed, names=names) if allowed else found


def _personal(file: str, line: int, message: str) -> Problem:
    """A problem of personal data in what the build shows, at ``file``'s ``line``."""
    return Problem(file=file, line=line, column=1, code="personal-data", message=message)


def _shown(file: str, line: int, seen: rendered.Seen, what: str, column: int = 1) -> Problem:
    return Problem(
        file=file,
        line=line,
        column=column,
        code="personal-data",
        message=(
            f"{what} viser {seen.finding.what} ({seen.finding.masked}) slik leseren ser det, "
            "når markering, kommentarer og tegn som ligner sifre er lest som leseren leser "
            "dem. Alt leserne ser, skal være anonymisert: fjern opplysningen."
        ),
    )


def _source(root: Path | None, item: Item) -> str | None:
    if root is None:
        return None
    try:
        return (root / item.path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _field_texts(value: object) -> Iterator[str]:
    """Every text in an item's fields, but its body and paths (read on their own)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for inner in value:
            yield from _field_texts(inner)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in ("body", "path", "name"):
                yield from _field_texts(getattr(value, field.name))


# -- what the build shows side by side -----------------------------------------------------------

_HEADING = re.compile(r"<h[1-6]\b[^<>]*+>(.*?)</h[1-6]\s*+>", re.S | re.I)
_TAG = re.compile(r"<[^<>]*+>")
_DIGITS = re.compile(r"[0-9]++(?:[ \u00a0.\-/][0-9]++)*+")


def _headings(html: str) -> list[str]:
    """The headings of a rendered body, as the page's table of contents lists them."""
    return [markup.unescape(_TAG.sub("", m.group(1))).strip() for m in _HEADING.finditer(html)]


@dataclass(frozen=True, slots=True)
class _Record:
    """One entry of a sequence the build shows (a list's row, a navigation's or a table of
    contents' entry): what it shows, and where its file holds it."""

    item: Item
    text: str
    field: str
    """The front-matter field that holds ``text`` ("" for a heading in the body)."""


def _sequences(
    content: Content, headings: Mapping[str, list[str]]
) -> Iterator[tuple[str, list[_Record]]]:
    """The sequences the build shows across files (attack round 10, class 5), each with how
    the build shows it (Norwegian, for the message):

    - every list of decisions (all, each country, outcome, legal basis, category and tag),
      newest first, with and without the current ones first, and oldest first (a country's
      page): each row's title, description and date (``templates/finder_macros.html``);
    - the tags, sorted, as the tags' index and the tag pages' addresses show them;
    - the navigation: the free pages (no document of a kind: those stand in lists) in the
      order of their files, all of them and each folder's;
    - each page's table of contents: its headings one under the other."""
    decisions = [i for i in content.all_items() if isinstance(i, Decision) and published(i)]
    decisions = [d for d in decisions if d.status is not Status.WITHDRAWN]
    seen: set[tuple[str, ...]] = set()
    for current_first in (False, True):
        ordered = sorted(decisions, key=lambda d: _newest_first(d, current_first=current_first))
        groups: dict[str, list[Decision]] = {"": ordered}
        for d in ordered:
            keys = [f"land {d.country}", f"utfall {d.outcome}", f"kategori {d.category}"]
            keys += [f"rettsgrunnlag {b}" for b in d.legal_basis]
            keys += [f"stikkord {t}" for t in d.tags]
            for key in keys:
                groups.setdefault(key, []).append(d)
        # (oldest first too: a country's page lists its decisions so, the re-run of round 10)
        for group in [*groups.values(), *(g[::-1] for g in groups.values())]:
            ids = tuple(d.id for d in group)
            if len(group) < 2 or ids in seen:
                continue
            seen.add(ids)
            yield (
                "listene over vedtak",
                [_Record(d, f"{d.title}\n{d.description or ''}", "title") for d in group],
            )
    tags: dict[str, Decision] = {}
    for d in sorted(decisions, key=lambda d: d.path):
        for tag in d.tags:
            tags.setdefault(tag, d)
    if len(tags) > 1:
        yield "stikkordene", [_Record(tags[t], t, "tags") for t in sorted(tags)]
    pages = [
        i
        for i in sorted(content.all_items(), key=lambda i: i.path)
        if published(i) and not isinstance(i, Document)  # the kinds' items are in lists
    ]
    folders: dict[str, list[Item]] = {"": pages}
    for item in pages:
        folders.setdefault(item.path.rpartition("/")[0], []).append(item)
    for items in folders.values():
        if len(items) > 1:
            yield "navigasjonen", [_Record(i, i.title, "title") for i in items]
    for item in content.all_items():
        shown = headings.get(item.path, [])
        if len(shown) > 1:
            yield "innholdsfortegnelsen", [_Record(item, h, "") for h in shown]


def _newest_first(d: Decision, *, current_first: bool) -> tuple[bool, int, str]:
    """The lists' order (``Site.listed``), the current ones first or not."""
    return (current_first and d.status is not Status.CURRENT, -d.decided.toordinal(), d.id)


def side_by_side(
    content: Content,
    headings: Mapping[str, list[str]],
    root: Path | None,
    allowed: frozenset[str],
    names: frozenset[str],
) -> list[Problem]:
    """What the build's gate finds in what it shows across files or parts of a page (a list's
    rows, the navigation, the tags, a table of contents: ``_sequences``), read as the page
    gate reads a list (``rendered.in_page``: an item a line, each read with the next). Each
    finding is reported at every record that holds a part: the record whose digits begin it
    and the one after it (or before it), at the line of its field or heading."""
    found: list[Problem] = []
    sequences = [
        (shown, records, [r.text.strip() for r in records])
        for shown, records in _sequences(content, headings)
    ]
    sequences = [
        s
        for s in sequences
        if sum(1 for t in s[2] if _DIGITS.search(t)) > 1 or any(map(_opens_a_name, s[2][:-1]))
    ]
    if not sequences:
        return []
    # what a record shows alone is its own file's finding (reported there): left out here
    # (each read on its own: the rule for a number split over blocks reads across APART)
    each = dict.fromkeys(t for _, _, texts in sequences for t in texts if _DIGITS.search(t))
    alone = {
        s.finding.fingerprint
        for text in each
        for s in rendered.in_text(text, allowed=allowed, names=names)
    }
    for shown, records, texts in sequences:
        page = _shown_as(shown, texts)
        for seen in _spared("render-sequence", page, rendered.in_page, allowed, names):
            if seen.finding.fingerprint in alone:
                continue
            for at in _holders(seen, texts):
                found.append(_part_problem(records[at], shown, seen, root))
    return found


def read_together(
    pages: neighbours.Neighbours, items: Mapping[str, Item], root: Path | None
) -> list[Problem]:
    """The identity numbers a reader puts together from two pages in the search dialog or the
    finder (``core/gate/neighbours.py``), as the build's gate reads them: reported at each
    of the two files, at the line of the part it holds."""
    pairs, over = pages.found()
    found = []
    for pair in pairs:
        for path, key in ((pair.first, pair.head), (pair.second, pair.tail)):
            item = items[path]
            found.append(
                _personal(
                    path,
                    _line_of(item, key, root),
                    (
                        "Tallene her og i "
                        f"{pair.second if path == pair.first else pair.first} blir "
                        f"{WHAT_IDENTITY} ({pair.masked}) når de står etter hverandre i "
                        "søket eller vedtaksfinneren (en leser velger selv hvilke treff og rader "
                        "som står sammen). Nettstedet stopper av samme grunn. Alt leserne ser, "
                        "skal være anonymisert: fjern tallene, her eller i den andre filen."
                    ),
                )
            )
    if over:
        first = min(holder for holders in pages.starts.values() for holder in holders)
        found.append(
            _personal(
                first,
                1,
                (
                    "For mange titler begynner med tall til at de kan leses mot tallene på de "
                    "andre sidene. Begynn titlene med ord."
                ),
            )
        )
    return found


def _line_of(item: Item, key: str, root: Path | None) -> int:
    """The line of ``item``'s file that holds ``key``: in its body, else in its fields."""
    body_line = rendered.source_line_of(key, item.body)
    if body_line is not None:
        return item.body_line + body_line - 1
    source = _source(root, item)
    line = rendered.source_line_of(key, source) if source else None
    return line or 1


def _shown_as(shown: str, texts: list[str]) -> str:
    """A sequence as the build's pages show it: a list of decisions as the finder's table (the
    title, a line break and the description in a row's first cell, the date in another), any
    other as a list, an entry an item."""
    if shown == "listene over vedtak":
        rows = "".join(
            f"<tr><td>{markup.escape(t).replace(chr(10), '<br>')}</td><td>dato</td></tr>"
            for t in texts
        )
        return f"<table><tr><th>Vedtak</th><th>Dato</th></tr>{rows}</table>"
    items = "".join(f"<li>{markup.escape(' '.join(t.split()))}</li>" for t in texts)
    return f"<ul>{items}</ul>"


_LAST_WORD = re.compile(r"([^\W\d_][^\W_]*+)[\s,]*+\Z")


def _opens_a_name(text: str) -> bool:
    """Whether a record ends in a capitalised given name on the list (`… fulgt opp av Farid`):
    read with the next record's first word (attack round 11, a name down a list)."""
    last = _LAST_WORD.search(text)
    return last is not None and last.group(1)[:1].isupper() and opens_name(last.group(1))


def _holders(seen: rendered.Seen, texts: list[str]) -> list[int]:
    """The records that hold the parts of what ``seen`` found: the first whose digits begin
    the value, and the next record with digits (the one before, for the last); for a name, the
    record its first word ends and the next, which its last word begins."""
    value = seen.text[seen.finding.offset : seen.finding.end]
    words = value.split()
    if not _DIGITS.search(value) and len(words) > 1:
        return next(
            (
                [i, i + 1]
                for i in range(len(texts) - 1)
                if texts[i].rstrip(" ,").endswith(words[0])
                and texts[i + 1].lstrip().startswith(words[-1])
            ),
            [],
        )
    first = _DIGITS.search(value)
    key = first.group() if first else value
    starts = [i for i, t in enumerate(texts) if key and key in t]
    if not starts:
        return []
    at = starts[0]
    after = [i for i in range(at + 1, len(texts)) if _DIGITS.search(texts[i])]
    before = [i for i in range(at) if _DIGITS.search(texts[i])]
    other = after[:1] or before[-1:]
    return [at, *other]


def _part_problem(record: _Record, shown: str, seen: rendered.Seen, root: Path | None) -> Problem:
    item = record.item
    source = _source(root, item)
    line = None
    if source is not None:
        if record.field:
            line = _field_line(source, record.field)
        else:
            digits = re.sub(r"[^0-9]", "", record.text)
            first = _DIGITS.search(record.text)
            key = digits[:6] if len(digits) >= 6 else (first.group() if first else record.text)
            body_line = rendered.source_line_of(key, item.body)
            line = item.body_line + body_line - 1 if body_line else None
    return _personal(
        item.path,
        line or 1,
        (
            f"Det denne filen viser i {shown}, leses sammen med det som står rett under eller "
            f"over, og viser da {seen.finding.what} ({seen.finding.masked}) slik leseren leser "
            "nedover. Nettstedet stopper av samme grunn. Alt leserne ser, skal være "
            "anonymisert: fjern opplysningen, her eller i den andre filen."
        ),
    )


# -- what the PDFs print in their margins ----------------------------------------------------------

_PDF_HEADER = "toppteksten i PDF-ene"


def pdf_headers(
    content: Content,
    root: Path | None,
    allowed: frozenset[str],
    names: frozenset[str],
    today: date,
) -> list[Problem]:
    """What the build's PDF gate reads in the PDFs' running headers and ``check --render`` did
    not (the re-run of attack round 10, the PDF header seam): each part's header as the PDF
    prints it (``Job.printed_header``, the string ``pdf.html`` hands to ``pdf.css``: a
    document's id and title on one line, in a bundle under the bundle's own line). A value split
    over a decision's id and its title (`VB-AFG-2018-086` and `12352 enslig kvinne`) shows only
    there; it is reported at every field that holds a part of it. (A bundle's consecutive
    headers are on different pages, each under the bundle's line and over its part's text: no
    value runs from one into the next. ``today``: the flags that decide which decisions a bundle
    prints in full.)"""
    try:
        printed = pdfjobs.jobs(Site(content, SiteOptions(today=today, pdf=True)))
    except ValueError:
        return []  # two PDFs of one name: the build stops before any is made
    items = {address(i): i for i in content.all_items() if published(i)}
    headers: dict[tuple[str, str], Item] = {}
    for job in printed:
        for part in job.parts:
            item = items.get(part.page) if part.page else None
            if item is not None:  # (a part the bundle makes names no file's field)
                headers.setdefault((item.path, job.printed_header(part)), item)
    found: list[Problem] = []
    for (_, text), item in headers.items():
        found += _header_problems(item, text, root, allowed, names)
    return found


def _header_fields(item: Item) -> list[tuple[str, str]]:
    """The front-matter fields a part's header prints (``jobs.header``): a document's id and
    title, any other item's title."""
    fields = [("title", item.title)]
    if isinstance(item, Document):
        fields.insert(0, ("id", item.id))
    return fields


def _header_problems(
    item: Item, text: str, root: Path | None, allowed: frozenset[str], names: frozenset[str]
) -> list[Problem]:
    """A number one part's running header shows with digits of two of its fields (the id's and
    the title's), which no field shows alone, at the line of each of them. A value within one
    field that the other's digits only make a finding of (a title's «bursdag 3. april» beside
    the id's year) is no split: the fields' own texts are gated as they are."""
    fields = _header_fields(item)
    if len(fields) < 2 or sum(1 for _, value in fields if _DIGITS.search(value)) < 2:
        return []
    own = {
        s.finding.fingerprint
        for _, value in fields
        for s in rendered.in_text(value, allowed=allowed, names=names)
    }
    source = _source(root, item)
    found: list[Problem] = []
    for seen in _spared("render-pdf-header", text, rendered.in_text, allowed, names):
        if seen.finding.fingerprint in own:
            continue  # shown by one field alone: reported at it (and gated at the source)
        digits = re.sub(r"[^0-9]", "", seen.text[seen.finding.offset : seen.finding.end])
        holding = [
            name
            for name, shown in fields
            if any(run in digits for run in re.findall(r"[0-9]+", shown))
        ]
        if len(holding) < 2:
            continue
        for name in holding:
            line = _field_line(source, name) if source else None
            found.append(
                _personal(
                    item.path,
                    line or 1,
                    (
                        f"Feltet «{name}» står i {_PDF_HEADER} sammen med de andre feltene der "
                        f"(«{' · '.join(n for n, _ in fields)}»), og viser da "
                        f"{seen.finding.what} ({seen.finding.masked}) på hver side av PDF-en. "
                        "Nettstedet stopper av samme grunn. Alt leserne ser, skal være "
                        "anonymisert: fjern opplysningen fra ett av feltene."
                    ),
                )
            )
    return found


# -- what the site generates from many files -----------------------------------------------------

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
