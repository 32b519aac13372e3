"""The generated pages' large HTML blocks, handed to Markdown without reading every tag.

A generated page (``core/views/pages.py``) is Markdown around HTML blocks: the tables and lists
of decisions, some thousand rows at 5,000 decisions. Python-Markdown finds where an HTML block
ends by feeding the whole page to Python's ``HTMLParser``, one tag at a time: most of the time a
long list page takes to render.

While ``active`` (the plugin sets it for its generated pages only, never for a contributor's
text), each HTML block that starts a line after a blank line, holds nothing the parser treats
specially (comments, scripts, backticks) and whose tags close within it is replaced by an empty
element of the same name before Python-Markdown's own step runs, and put back into what that step
stored. The step sees the same element at the same place, so it keeps the same lines as raw HTML;
the block's text is stored as it is, as Python-Markdown stores a raw block. When any stand-in is
not found whole in what was stored, the page is read again by Python-Markdown alone.
"""

from __future__ import annotations

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


def _block_end(lines: list[str], start: int) -> int | None:
    """The last line of the HTML block whose first element starts ``lines[start]``: the line
    that ends with that element's end tag, every element opened in between closed by then (as
    Python-Markdown's stack closes them). None when that is not so."""
    stack: list[str] = []
    for at in range(start, len(lines)):
        line = lines[at]
        for tag in _TAG.finditer(line):
            name = tag.group(2).lower()
            if not tag.group(1):
                stack.append(name)
                continue
            if name not in stack:
                return None  # closes something outside the block
            while stack.pop() != name:
                pass
            if not stack:
                return at if line[tag.end() :] == ">" else None
    return None


def cut(lines: list[str], is_block: Any) -> tuple[list[str], list[str]]:
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
            end = _block_end(lines, at) if is_block(name) else None
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


class _FastHtmlBlocks(Preprocessor):  # type: ignore[misc]
    def __init__(self, md: Markdown, original: Preprocessor, switch: HtmlBlocks) -> None:
        super().__init__(md)
        self.original = original
        self.switch = switch

    def run(self, lines: list[str]) -> list[str]:
        if not self.switch.active:
            return list(self.original.run(lines))
        shorter, blocks = cut(lines, self.md.is_block_level)
        if not blocks:
            return list(self.original.run(lines))
        stash = self.md.htmlStash
        stored, counter = len(stash.rawHtmlBlocks), stash.html_counter
        result: list[str] = self.original.run(shorter)
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
            return result
        del stash.rawHtmlBlocks[stored:]  # not as expected: Python-Markdown alone
        stash.html_counter = counter
        return list(self.original.run(lines))


class HtmlBlocks(Extension):  # type: ignore[misc]
    """Added by the plugin to the site's Markdown extensions; ``active`` while a generated page
    is rendered."""

    def __init__(self) -> None:
        super().__init__()
        self.active = False

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        original = md.preprocessors["html_block"]
        md.preprocessors.register(_FastHtmlBlocks(md, original, self), "html_block", 20)
