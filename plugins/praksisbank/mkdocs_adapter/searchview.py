"""The page as Material's search plugin reads it: headings that would derail its parser hidden.

Material's search plugin (``material/plugins/search/plugin.py``, ``Parser``) cuts a page into
sections at every heading with an ``id``, and remembers each section's depth (how many elements
are open around its heading). When an element closes, only the *current* section is left; any
other section opened inside the same element keeps its depth and stays live. A heading later on
inside a deeper element then returns to that stale section when its element closes, and the
parser looks there for the opening tag of what is closing: ``ValueError: '<li>' is not in list``,
and the build stops with a traceback naming the page's address. Ordinary Markdown does it:

    > ### Første
    >
    > ### Andre

    - ### Et punkt

(two headings in one quote, then a heading in a list item). Without the crash, the same stale
section can silently take text that belongs elsewhere.

The fix, proved in the tests against Material's own parser: a heading nested in an element is
a section of its own only when it is the one heading with an ``id`` directly in that element.
Where an element holds two or more, their ``id`` is renamed to ``MARK`` for the time the search
plugin reads the page, and put back right after (``restore``): in search, their text belongs
to the section around them; on the page, every heading keeps its anchor. Headings at the top
level of the page are never touched (there the parser is right however many there are).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

MARK = "data-pb-id"
"""The attribute an ``id`` is renamed to. The sanitizer drops every ``data-*`` attribute from
contributors' HTML and no template writes it, so only this module ever does."""

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_VOID = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    }
)  # fmt: skip
"""The elements Material's parser never puts on its stack (its ``void``), so depths agree."""

_ID = re.compile(r"(\s)id(\s*=)", re.IGNORECASE)
_MARKED = re.compile(rf"(<h[1-6]\b[^>]*?\s){MARK}(\s*=)", re.IGNORECASE)


class _Open:
    __slots__ = ("headings", "tag")

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.headings: list[tuple[int, str]] = []
        """(offset, start tag text) of each heading with an id directly inside."""


class _Scanner(HTMLParser):
    """Finds the headings to hide, tracking open elements exactly as Material's parser does."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = []
        self.hidden: list[tuple[int, str]] = []
        self._lines = [0]
        for line in html.split("\n")[:-1]:
            self._lines.append(self._lines[-1] + len(line) + 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        if tag in _HEADINGS and self.stack and any(name == "id" for name, _ in attrs):
            line, column = self.getpos()
            text = self.get_starttag_text() or ""
            self.stack[-1].headings.append((self._lines[line - 1] + column, text))
        self.stack.append(_Open(tag))

    def handle_endtag(self, tag: str) -> None:
        # Material ignores an end tag that does not close the innermost open element.
        if not self.stack or self.stack[-1].tag != tag:
            return
        closed = self.stack.pop()
        if len(closed.headings) > 1:
            self.hidden += closed.headings

    def close(self) -> None:
        super().close()
        for still_open in self.stack:  # not closed by the end of the page: Material keeps them
            if len(still_open.headings) > 1:
                self.hidden += still_open.headings


def for_search(html: str) -> str:
    """The page for Material's search: ``id`` renamed on the headings that would derail it."""
    if html.count("<h") < 2:  # fast path: no two headings, nothing to derail
        return html
    scanner = _Scanner(html)
    scanner.feed(html)
    scanner.close()
    if not scanner.hidden:
        return html
    parts: list[str] = []
    done = 0
    for offset, tag in sorted(scanner.hidden):
        if html.startswith(tag, offset):
            parts += [html[done:offset], _ID.sub(rf"\1{MARK}\2", tag, count=1)]
            done = offset + len(tag)
    parts.append(html[done:])
    return "".join(parts)


def restore(html: str) -> str:
    """The page as readers get it: every heading's ``id`` back."""
    return _MARKED.sub(r"\1id\2", html) if MARK in html else html


def hide(page: Any, on: bool) -> None:
    """Just before Material's search reads the page (``on``: the site uses that search)."""
    if on and page.content:
        page.content = for_search(page.content)


def show(page: Any, on: bool) -> None:
    """Just after: the page as readers get it."""
    if on and page.content:
        page.content = restore(page.content)
