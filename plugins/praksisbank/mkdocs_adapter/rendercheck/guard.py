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

This module imports Markdown and the core; MkDocs only inside ``site_markdown``. The other
modules of ``rendercheck/`` read what a rendered text shows; this one makes and guards the
rendering.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown  # type: ignore[import-untyped]
from markdown.blockprocessors import BlockProcessor  # type: ignore[import-untyped]

from praksisbank.core.base.problems import Problem, ProblemCode
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
