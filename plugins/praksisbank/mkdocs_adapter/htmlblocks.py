"""The generated pages' large HTML blocks, handed to Markdown without reading every tag.

A generated page (``core/views/pages.py``) is Markdown around HTML blocks: the tables and lists
of decisions, some thousand rows at 5,000 decisions. Python-Markdown finds where an HTML block
ends by feeding the whole page to Python's ``HTMLParser``, one tag at a time, and MkDocs feeds it
once more to collect the page's anchors: most of the time a long list page takes to render.

While ``active`` (the plugin sets it for its generated pages only, never for a contributor's
text), each HTML block that starts a line after a blank line, holds nothing the parser treats
specially (comments, scripts, backticks) and whose tags close within it is replaced by an empty
element of the same name before MkDocs and Python-Markdown read the page, and put back into what
Python-Markdown's step stored. The step sees the same element at the same place, so it keeps the
same lines as raw HTML; the block's text is stored as it is, as Python-Markdown stores a raw
block, and its anchors are added to MkDocs'. When any stand-in is not found whole in what was
stored, the page is read again by Python-Markdown alone.
"""

from __future__ import annotations

import html
import re
from typing import Any

from markdown import Extension, Markdown  # type: ignore[import-untyped]
from markdown.preprocessors import Preprocessor  # type: ignore[import-untyped]

MIN_CHARS = 2_000
"""Shorter blocks are left to Python-Markdown: reading them costs little."""

_START = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)(?=[\s>])")
_TAG = re.compile(r"<(/?)([a-zA-Z][^\t\n\r\f />\x00]*)")
_SPECIAL = re.compile(r"<[!?]|`|<(?:script|style|textarea|title|xmp|iframe|noembed|noframes)", re.I)
_STAND_IN = re.compile(r'<([a-zA-Z][a-zA-Z0-9]*) data-pb-block="(\d+)"></\1>')


class Balanced:
    """The lines of one page's blocks that close every element they open and nothing else (a
    row of a list: ``<tr>…</tr>``, with a ``<br>`` the cell's end tag closes, as the parser
    does), kept by a live preview from the last time the page was read: inside a block such a
    line changes nothing, whatever is open around it, so a rebuild does not read its tags
    again. After a title edit at 5,000 decisions the dozen long pages it rebuilds are the same
    rows but one."""

    def __init__(self, last: set[str] | None = None) -> None:
        self.now: set[str] = set()
        """Such lines read now: what the page's next reading is given as ``last``."""
        self.last: set[str] = last or set()

    def known(self, line: str) -> bool:
        if line in self.now:
            return True
        if line in self.last:
            self.now.add(line)
            return True
        return False


def _block_end(lines: list[str], start: int, balanced: Balanced | None = None) -> int | None:
    """The last line of the HTML block whose first element starts ``lines[start]``: the line
    that ends with that element's end tag, every element opened in between closed by then (as
    Python-Markdown's stack closes them). None when that is not so. ``balanced``: lines known
    to change nothing inside a block (a live preview's), not read again."""
    stack: list[str] = []
    for at in range(start, len(lines)):
        line = lines[at]
        if at > start and balanced is not None and balanced.known(line):
            continue  # the stack holds the block's element: the line leaves it as it is
        base, closed_in_line = len(stack), True
        for tag in _TAG.finditer(line):
            name = tag.group(2).lower()
            if not tag.group(1):
                stack.append(name)
                continue
            if name not in stack:
                return None  # closes something outside the block
            while stack.pop() != name:
                pass
            # Within the line's own elements: what it closes on the way (an element with no
            # end tag, ``<br>``) was opened in it too, whatever the stack held before.
            closed_in_line = closed_in_line and len(stack) >= base
            if not stack:
                return at if line[tag.end() :] == ">" else None
        if balanced is not None and closed_in_line and len(stack) == base and at > start:
            balanced.now.add(line)
    return None


def cut(
    lines: list[str], is_block: Any, balanced: Balanced | None = None
) -> tuple[list[str], list[str]]:
    """``lines`` with each large, self-contained HTML block replaced by one stand-in line, and
    the blocks' texts (the stand-in names its place in that list)."""
    out: list[str] = []
    blocks: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        start = _START.match(line)
        if start is not None and (at == 0 or not lines[at - 1].strip()):
            name = start.group(1).lower()
            end = _block_end(lines, at, balanced) if is_block(name) else None
            if end is not None and (end + 1 == len(lines) or not lines[end + 1].strip()):
                text = "\n".join(lines[at : end + 1])
                if len(text) >= MIN_CHARS and _SPECIAL.search(text) is None:
                    out.append(f'<{name} data-pb-block="{len(blocks)}"></{name}>')
                    blocks.append(text)
                    at = end + 1
                    continue
        out.append(line)
        at += 1
    return out, blocks


class _State:
    """One Markdown instance's blocks between the two steps."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.blocks: list[str] = []


class _Cut(Preprocessor):  # type: ignore[misc]
    """Before MkDocs' own reading of the page's HTML (its anchors) and Python-Markdown's."""

    def __init__(self, md: Markdown, switch: HtmlBlocks, state: _State) -> None:
        super().__init__(md)
        self.switch, self.state = switch, state

    def run(self, lines: list[str]) -> list[str]:
        self.state.lines, self.state.blocks = lines, []
        self.switch.stored = []
        if not self.switch.active:
            return lines
        rows = self.switch.rows
        balanced = None if rows is None else Balanced(rows.get(self.switch.page))
        shorter, self.state.blocks = cut(lines, self.md.is_block_level, balanced)
        if rows is not None and balanced is not None:
            rows[self.switch.page] = balanced.now  # what this page's next reading skips
        return shorter


class _PutBack(Preprocessor):  # type: ignore[misc]
    """Python-Markdown's own step on the shorter page, then each block put in its stand-in's
    place; the blocks' anchors given to MkDocs (its link validation reads them)."""

    def __init__(
        self, md: Markdown, original: Preprocessor, state: _State, switch: HtmlBlocks
    ) -> None:
        super().__init__(md)
        self.original, self.state, self.switch = original, state, switch

    def run(self, lines: list[str]) -> list[str]:
        blocks, self.state.blocks = self.state.blocks, []
        if not blocks:
            return list(self.original.run(lines))
        if "mkdocs_raw_html" in self.md.preprocessors:
            seen = self.md.preprocessors["mkdocs_raw_html"]
            kept = self.switch.anchor_lines
            if kept is None:
                ids = anchors(blocks)
            else:
                now: dict[str, tuple[str, ...]] = {}
                ids = anchors(blocks, kept.get(self.switch.page, {}), now)
                kept[self.switch.page] = now  # lines gone are forgotten
            seen.present_anchor_ids = set(seen.present_anchor_ids) | ids
        stash = self.md.htmlStash
        stored, counter = len(stash.rawHtmlBlocks), stash.html_counter
        result: list[str] = self.original.run(lines)
        found = 0

        def back(match: re.Match[str]) -> str:
            nonlocal found
            found += 1
            return blocks[int(match.group(2))]

        for number in range(stored, len(stash.rawHtmlBlocks)):
            raw = stash.rawHtmlBlocks[number]
            if isinstance(raw, str) and "data-pb-block" in raw:
                stash.rawHtmlBlocks[number] = _STAND_IN.sub(back, raw)
        if found == len(blocks):
            self.switch.stored = blocks
            return result
        del stash.rawHtmlBlocks[stored:]  # not as expected: Python-Markdown alone
        stash.html_counter = counter
        return list(self.original.run(self.state.lines))


def anchors(
    blocks: list[str],
    last: dict[str, tuple[str, ...]] | None = None,
    now: dict[str, tuple[str, ...]] | None = None,
) -> set[str]:
    """The ids (and names of ``a`` elements) in the blocks, as MkDocs collects a page's anchors.

    With ``last`` and ``now`` (a live preview's, kept per page): each line of a block is read
    alone, and a line read when the page was read last time (``last``) gives the anchors it gave
    then; every line of this reading is put in ``now``. This is only done for a block none of
    whose tags goes on past the end of a line (no ``<`` after a line's last ``>``): then no tag
    MkDocs reads holds a line break, and the lines give the block's anchors."""
    if last is None or now is None:
        return _anchors_in(blocks)
    found: set[str] = set()
    for block in blocks:
        read: list[tuple[str, tuple[str, ...]]] = []
        for line in block.split("\n"):
            seen = last.get(line)
            if seen is None:
                if line.rfind("<") > line.rfind(">"):  # a tag over two lines: the whole block
                    break
                seen = tuple(_anchors_in([line]))
            read.append((line, seen))
        else:
            for line, seen in read:
                now[line] = seen
                found.update(seen)
            continue
        found |= _anchors_in([block])
    return found


def _anchors_in(blocks: list[str]) -> set[str]:
    found: set[str] = set()
    for block in blocks:
        for name, written in _START_TAG.findall(block):  # tuples: no match objects to ask
            lower = written.lower()
            if "id" not in lower and "name" not in lower:
                continue  # most tags: nothing _ANCHOR could find
            for key, double, single, bare in _ANCHOR.findall(written):
                key = key.lower()
                if key == "id" or (key == "name" and name.lower() == "a"):
                    found.add(html.unescape(double or single or bare))  # the one that matched
    return found


_START_TAG = re.compile(r"<([a-zA-Z][^\t\n\r\f />\x00]*)([^>]*)>")
_ANCHOR = re.compile(r"""(?<=[\s'"])(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)


class HtmlBlocks(Extension):  # type: ignore[misc]
    """Added by the plugin to the site's Markdown extensions; ``active`` while a generated page
    is rendered."""

    def __init__(self) -> None:
        super().__init__()
        self.active = False
        self.stored: list[str] = []
        """The blocks of the page converted last, each stored as it is (``put_back``)."""
        self.page = ""
        """The page being converted (its source's address), set with ``active``."""
        self.rows: dict[str, set[str]] | None = None
        """A live preview's rows of each page's blocks, as it was last read (``Balanced``);
        ``None``: not a live preview, every tag is read."""
        self.anchor_lines: dict[str, dict[str, tuple[str, ...]]] | None = None
        """A live preview's lines of each page's blocks with their anchors, as it was last read
        (``anchors``); ``None``: not a live preview."""

    def keep_rows(self) -> None:
        """Under a live preview: a page read again does not read the rows it had last time
        tag by tag (``Balanced``), nor look for anchors in them (``anchors``)."""
        if self.rows is None:
            self.rows = {}
        if self.anchor_lines is None:
            self.anchor_lines = {}

    def put_back(self) -> list[str]:
        """The large HTML blocks the page converted last holds as they are: the plugin's own,
        whose elements each close within them (``rendercheck.convert`` skips them)."""
        return self.stored

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        state = _State()
        original = md.preprocessors["html_block"]
        # MkDocs reads the page's HTML for its anchors at 21, Python-Markdown's step is at 20.
        md.preprocessors.register(_Cut(md, self, state), "pb_html_blocks", 22)
        md.preprocessors.register(_PutBack(md, original, state, self), "html_block", 20)
