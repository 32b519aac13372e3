"""What a reader sees of a page: ``visible_text`` and its parts.

Comments, scripts and styles dropped, tags stripped, entities decoded, white space collapsed as
a browser does; footnotes, superscripts, ruby text, abbreviations' titles and list markers put
where a reader sees them; block boundaries as line breaks, table cells apart (``CELL``); and
the attribute values a reader or a program sees, each on its own (``Shown.hidden``).

Imports only the standard library and ``core.gate.runnable``: the lowest layer of the package.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection
from dataclasses import dataclass

from praksisbank.core.gate import personaldata, runnable
from praksisbank.core.gate.anonymity import WHAT_IDENTITY

# -- what a reader sees ------------------------------------------------------------------------

_DROPPED = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comments: a reader never sees them
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)|<![^>]*+>|<\?[^>]*+>",
    re.S,
)
_RAW_ELEMENT = re.compile(r"<(script|style|template)\b[^>]*+>(.*?)(?:</\1\s*+>|\Z)", re.S | re.I)
"""Elements whose content is not text on the page: gated on their own, as published text."""
_RUBY_HIDDEN = re.compile(r"<rp\b[^>]*+>.*?(?:</rp\s*+>|\Z)", re.S | re.I)
"""A ruby's fallback brackets: a browser that knows ruby shows none of it."""
_RUBY_ABOVE = re.compile(r"<rt\b[^>]*+>(.*?)(?:</rt\s*+>|\Z)", re.S | re.I)
"""A ruby's annotation, shown above the line: read on its own, the line read without it."""
_FOOTNOTE_REF = re.compile(
    r"<sup\b[^>]*?\bid=[\"']?fnref[0-9]*:([^\"'\s>]{1,80})[^>]*+>.*?</sup\s*+>", re.S | re.I
)
"""A footnote's mark in the text (Python-Markdown's ``footnotes``): read as ``[^label]``, as
the source writes it, so the digits before it do not run into the mark's number."""
_FOOTNOTE_NOTE = re.compile(
    r"<li\b[^>]*?\bid=[\"']?fn:([^\"'\s>]{1,80})[^>]*+>(?:\s*+<p\b[^>]*+>)?", re.I
)
"""A footnote's text at the page's end: read as ``[^label]: text``, as in the source."""
_PUBLISHED_REF = re.compile(
    r"<sup\b[^<>]*+>\s*+<a\b[^<>]*?\bhref=\"#fn:(?P<label>[^\"<>\s]{1,80})\"[^<>]*+>[^<>]{0,12}?"
    r"</a\s*+>\s*+</sup\s*+>",
    re.I,
)
"""A footnote's mark as published: the sanitizer keeps no ``id`` outside headings, so the mark is
a superscript link to its note (``410<sup><a href="#fn:1">1</a></sup>``), read as ``[^label]``:
the mark's own number is no digit of the number it follows (attack round 6, B15)."""
_PUBLISHED_BACKREF = re.compile(
    r"<a\b[^<>]*?\bhref=\"#fnref[0-9]*+:(?P<label>[^\"<>\s]{1,80})\"[^<>]*+>"
    r"(?P<text>[^<>]{0,12}?)</a\s*+>",
    re.I,
)
"""A footnote's link back to its mark, last in its note: the note (the ``<li>`` it stands in)
is read as ``[^label]: text``, as in the source, and the link's own text after it, apart, when it
holds a letter or a digit (``footnotes``' ``BACKLINK_TEXT`` is a setting: attack round 9)."""
_WORDLY = re.compile(r"[^\W_]")
_HEADERLINK = re.compile(r"<a\b(?=[^<>]*?\bclass=\"headerlink\")", re.I)
"""A heading's permalink (``toc``'s ``permalink``, a setting: its text is any text): the theme
sets it apart from the heading's words, so it is read apart (attack round 9: «Bakgrunn» and
the permalink «41122334» were read as one word)."""
_NOTE_REACH = 4000
"""How far before its link back a published note's ``<li>`` is looked for."""
_SUPERSCRIPT = re.compile(
    r"(?<=[0-9])(?:[ \u00a0]|&nbsp;|&#160;)*+<(su[bp])\b[^<>]*+>(?P<mark>[^<>]{1,12}?)</\1\s*+>"
    r"(?=(?:[ \u00a0]|&nbsp;|&#160;)*+[0-9])",
    re.I,
)
"""A ``<sup>`` or ``<sub>`` between two groups of digits (``410<sup>2</sup> 93 573``): a mark,
read as ``[^mark]``, so that the groups on either side are also read together, with and without
the mark (``_across_marks``)."""
_PRE = re.compile(r"(<pre\b[^>]*+>.*?(?:</pre\s*+>|\Z))", re.S | re.I)
_BLOCK = (
    "address|article|aside|blockquote|body|br|caption|dd|details|dialog|div|dl|dt|fieldset|"
    "figcaption|figure|footer|form|h[1-6]|head|header|hgroup|hr|html|legend|li|main|menu|nav|"
    "ol|optgroup|option|p|pre|section|summary|table|tbody|tfoot|thead|title|tr|ul|"
    "button|select|textarea|label|input|img"
)
"""Elements that start a new line for a reader (and form controls, which stand apart)."""
_INSIDE_TAG = r"(?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+"


def _by_first_letter(alternatives: str) -> str:
    """``a|b|...`` regrouped by first character (``a(?:ddress|rticle)|b(?:...)``): the same
    pattern, but the engine tries one group at each ``<`` instead of every name in turn."""
    groups: dict[str, list[str]] = {}
    for name in alternatives.split("|"):
        groups.setdefault(name[0], []).append(name[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in sorted(groups.items()))


_BLOCK_TAG = re.compile(rf"</?(?:{_by_first_letter(_BLOCK)})(?![A-Za-z0-9:-]){_INSIDE_TAG}>", re.I)
_CELL_TAG = re.compile(rf"</?t[dh](?![A-Za-z0-9:-]){_INSIDE_TAG}>", re.I)
_ANY_TAG = re.compile(rf"</?[A-Za-z][A-Za-z0-9:-]*+{_INSIDE_TAG}>")
_NOT_SHOWN = frozenset(
    (
        "class",
        "id",
        "style",
        "d",
        "viewbox",
        "xmlns",
        "width",
        "height",
        "fill",
        "stroke",
        "points",
        "transform",
        "rel",
        "type",
        "lang",
        "dir",
        "role",
        "tabindex",
        "for",
        "name",
        "method",
        "charset",
        "media",
        "sizes",
        "colspan",
        "rowspan",
        "scope",
        "target",
        "loading",
        "decoding",
        "crossorigin",
        "integrity",
        "hidden",
        "open",
        "checked",
        "disabled",
        "selected",
        "readonly",
        "required",
        "multiple",
        "autocomplete",
        "spellcheck",
        "translate",
        "draggable",
        "accesskey",
    )
)
"""Attributes that only style, draw or wire up a page (SVG path data is full of digits). Every
other attribute value is gated: one a reader sees (``title``, ``alt``, ``placeholder``), one a
browser follows (``href``, ``src``), one a script shows (``data-*``), and any unknown one."""
_SPACE_RUN = re.compile("  ++")


@dataclass(frozen=True, slots=True)
class Shown:
    """What a page publishes as text: what a reader sees, and the rest a program reads."""

    text: str
    """The visible text: blocks on their own lines, cells apart, white space collapsed."""
    hidden: str
    """Attribute values and the content of scripts and styles, each on its own line."""


CELL = " | "
"""Between two table cells: each cell is a value of its own (a table of counts, ``43 | 38 | 37
| 36``, is no phone number), so no number runs from one cell into the next."""
ACROSS_CELLS = frozenset(
    (WHAT_IDENTITY, personaldata.WHAT_FOREIGN_ID, personaldata.WHAT_ACCOUNT, personaldata.WHAT_IBAN)
)
"""Classes whose check digits make a chance match across table cells all but impossible."""
APART = "\n\n\x00\n\n"
"""Between two texts joined for one scan: no finding spans it."""


def visible_text(page: str) -> Shown:
    """The text of an HTML page as a browser shows it, and its published attribute values.

    Regular expressions only (the C engine, no loop over tags in Python): comments dropped,
    scripts and styles set apart, white space collapsed outside ``<pre>``, block elements made
    line breaks, cells spaces, other tags nothing, and character references decoded last.

    A page with a link to another site is also read as printed (``_EXTERNAL_LINK``): the lines
    that hold an address, with the hidden texts, so the screen's reading (``[12345](…)678901``
    reads ``12345678901``) and the printout's are both gated."""
    shown = _visible(page, printed=False)
    if "://" not in page or _EXTERNAL_LINK.search(page) is None:
        return shown
    printed = _visible(page, printed=True).text
    lines = "\n".join(line for line in printed.split("\n") if "://" in line)
    return Shown(shown.text, shown.hidden + APART + lines if shown.hidden else lines)


def _visible(page: str, *, printed: bool) -> Shown:
    page = _DROPPED.sub("", _RUBY_HIDDEN.sub("", page))
    if "fnref" in page:  # footnotes as the reader pairs them: a mark, and its note's text
        page = _FOOTNOTE_REF.sub(r"[^\1]", page)
        page = _FOOTNOTE_NOTE.sub(r"<li>[^\1]: ", page)
        page = _published_notes(_PUBLISHED_REF.sub(r"[^\g<label>]", page))
    if "headerlink" in page:
        page = _HEADERLINK.sub(" <a", page)
    if "<su" in page or "<SU" in page:  # a superscript between digits: a mark
        page = _SUPERSCRIPT.sub(r"[^\g<mark>]", page)
    if ">^" in page:  # a footnote without the extension: a link to its note's text
        notes: list[str] = []
        page = _CARET_LINK.sub(lambda m: _caret_note(m, notes), page)
        page += "".join(notes)
    hidden = [m.group(2) for m in _RAW_ELEMENT.finditer(page) if m.group(2).strip()]
    if "<style" in page or "<STYLE" in page:  # what it prints, CSS escapes decoded
        hidden += [runnable.printed_by_styles(page)]
    hidden += [m.group(1) for m in _RUBY_ABOVE.finditer(page)]
    page = _RUBY_ABOVE.sub("", page)
    page = _RAW_ELEMENT.sub("\n", page)
    hidden += _attribute_values(page)
    if "<abbr" in page or "<ABBR" in page:  # the tooltip read after the word it explains
        page = _ABBR_TITLE.sub(_abbr_in_place, page)
    if printed:  # an external link prints its address after its text (attack round 12)
        page = _EXTERNAL_LINK.sub(_address_printed, page)
    if "datetime" in page or "value" in page:  # `<time datetime>`: the value where it stands
        page = _DATA_IN_PLACE.sub(_data_in_place, page)
    if "<ol" in page or "<OL" in page:  # the markers the browser prints before the items
        page = _list_markers(page)
    parts = _PRE.split(page)  # odd parts are preformatted
    for i in range(0, len(parts), 2):
        parts[i] = _collapsed(parts[i])
    text = "".join(parts)
    text = _ANY_TAG.sub("", _CELL_TAG.sub(CELL, _BLOCK_TAG.sub("\n", text)))
    return Shown(_lines(html.unescape(text)), html.unescape(APART.join(hidden)))


_CARET_LINK = re.compile(
    r"<a\b[^<>]*?\bhref=\"(?P<href>[^\"<>]*+)\"[^<>]*+>\^(?P<label>[^<\s]{1,80})</a\s*+>"
)
"""A footnote written without the footnotes extension: ``text[^2]`` and ``[^2]: target``
become a link ``^2`` to ``target``; the reader reads the mark and its target as a note."""


def _published_notes(page: str) -> str:
    """Each published note (an ``<li>`` whose last link leads back to its mark) begun with
    ``[^label]: `` and its link back dropped: the note read as the source writes it."""
    parts: list[str] = []
    at = 0
    for back in _PUBLISHED_BACKREF.finditer(page):
        if back.start() < at:
            continue
        item = page.rfind("<li", max(at, back.start() - _NOTE_REACH), back.start())
        opened = page.find(">", item, back.start()) if item >= 0 else -1
        if opened < 0:
            continue
        paragraph = _OPENING_P.match(page, opened + 1)
        head = paragraph.end() if paragraph else opened + 1
        label = f"[^{back.group('label')}]: "
        if page.startswith("[^", head):  # begun so already (``_FOOTNOTE_NOTE``)
            label = ""
        own = back.group("text")
        kept = f" {own} " if _WORDLY.search(html.unescape(own)) else ""
        parts += [page[at:head], label, page[head : back.start()], kept]
        at = back.end()
    return "".join(parts) + page[at:] if parts else page


_OPENING_P = re.compile(r"\s*+<p\b[^<>]*+>", re.I)


def _caret_note(match: re.Match[str], notes: list[str]) -> str:
    notes.append(f"<p>[^{match.group('label')}]: {match.group('href')}</p>")
    return f"[^{match.group('label')}]"


def _lines(text: str) -> str:
    """Each run of spaces, tabs and line breaks that holds a line break made one line break, and
    the text stripped: its lines without the spaces and tabs around them, empty ones left out
    (a pattern that can start with nothing is tried at every character; this is a quarter)."""
    return "\n".join([line for line in (x.strip(" \t") for x in text.split("\n")) if line]).strip()


_DATA_IN_PLACE = re.compile(
    r"<[A-Za-z][A-Za-z0-9]*+[^<>]*?\s(?:datetime|value)\s*+=\s*+(?:\"([^\"<]*+)\"|'([^'<]*+)')[^<>]*+>"
)
"""An element whose attribute carries data the page publishes (``<time datetime>``,
``<del datetime>``, ``<ins datetime>``, ``<data value>``): read as text where the element
stands, so the words around it count (``født <time datetime="…">den dagen</time>``)."""


_LIST_TAG = re.compile(r"<(/?)(ol|ul|li)\b([^<>]*+)>", re.I)
_LIST_ATTRIBUTE = re.compile(
    r"\s(start|type|reversed|value)\b(?:\s*+=\s*+(?:\"([^\"<>]*+)\"|'([^'<>]*+)'|([^\s<>]++)))?",
    re.I,
)
_HTML_INTEGER = re.compile(r"[\t\n\f\r ]*+([+-]?[0-9]++)")
"""HTML's rule for an integer attribute: white space, a sign, digits; the rest is ignored
(``start="41122334px"`` is 41122334)."""
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
    (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
_MARKER_MOST = 10**15
"""A marker beyond this is printed as digits (a browser prints any integer it holds)."""


def _html_integer(value: str | None) -> int | None:
    match = _HTML_INTEGER.match(value or "")
    return int(match.group(1)[:18]) if match else None


def _marker(number: int, kind: str) -> str:
    """What the browser prints before an item numbered ``number`` in a list of ``type``
    ``kind``: digits, letters in bijective base 26 (``a`` … ``z``, ``aa`` …: any word), or a
    Roman numeral (up to 3999; decimal beyond, as browsers do)."""
    if kind in ("a", "A") and 0 < number < _MARKER_MOST:
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if kind == "A" else letters
    if kind in ("i", "I") and 0 < number < 4000:
        roman = ""
        for value, numeral in _ROMAN:
            count, number = divmod(number, value)
            roman += numeral * count
        return roman.upper() if kind == "I" else roman
    return str(number)


@dataclass(frozen=True, slots=True)
class _Counter:
    """A numbered list's count while its items are read."""

    shown: bool
    """Whether its markers differ from the items' places (and are written as text)."""
    kind: str
    next: int
    step: int


def _list_markers(page: str) -> str:
    """Each item of a numbered list with the marker the browser prints before it written as
    text (attack round 10): ``start`` (read as HTML reads an integer, ``41122334px`` too) plus
    the item's place, counted down under ``reversed``, reset by an item's ``value``, in the
    list's ``type`` (letters or Roman numerals: ``type="A" start="26616"`` prints a word). A
    list with none of these counts from 1 and is left as it is: its markers are its places.
    Lists nest: a stack of open lists, one scan of the list tags."""
    if not any(w in page or w.upper() in page for w in ("start", "type", "reversed", "value")):
        return page
    parts: list[str] = []
    at = 0
    stack: list[_Counter | None] = []  # None: a bulleted list
    for tag in _LIST_TAG.finditer(page):
        closing, name = tag.group(1), tag.group(2).lower()
        if name in ("ol", "ul"):
            if closing:
                if stack:
                    stack.pop()
                continue
            if name == "ul":
                stack.append(None)
                continue
            attributes = {
                m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
                for m in _LIST_ATTRIBUTE.finditer(tag.group(3))
            }
            down = "reversed" in attributes
            start = _html_integer(attributes.get("start"))
            # a reversed list without start counts down from its length: its markers are its
            # places read backwards, written only once an item's value sets one
            shown = bool(attributes) and not (down and start is None)
            kind = attributes.get("type", "1").strip() or "1"
            stack.append(_Counter(shown, kind, 1 if start is None else start, -1 if down else 1))
            continue
        if closing or not stack or stack[-1] is None:
            continue
        counter = stack[-1]
        value = _LIST_ATTRIBUTE.search(tag.group(3))
        given = None
        if value is not None and value.group(1).lower() == "value":
            given = _html_integer(value.group(2) or value.group(3) or value.group(4))
        number = counter.next if given is None else given
        shown = counter.shown or given is not None
        stack[-1] = _Counter(shown, counter.kind, number + counter.step, counter.step)
        if shown:
            parts += [page[at : tag.end()], f"{_marker(number, counter.kind)}. "]
            at = tag.end()
    return "".join(parts) + page[at:] if parts else page


_ABBR_TITLE = re.compile(
    r"<abbr\b[^<>]*?\stitle\s*+=\s*+(?:\"([^\"<]*+)\"|'([^'<]*+)')[^<>]*+>[^<>]{0,200}?"
    r"</abbr\s*+>",
    re.I,
)
"""An abbreviation and its tooltip (``abbr``, or the ``abbr`` extension's ``*[NN]: text``): a
reader who points at the word reads the tooltip beside the text around it, so it is read there,
in parentheses after the word (``Ring 410 NN (93 573)``), as well as on its own."""


_EXTERNAL_LINK = re.compile(
    r"<a\b[^<>]*?\shref=(?:\"(?P<quoted>https?://[^\"<>]*+)\"|'(?P<single>https?://[^'<>]*+)')"
    r"[^<>]*+>(?:[^<]|<(?!/?a\b))*?</a\s*+>",
    re.I,
)
"""A link to another site: the print stylesheet (``praksisbank-print.css``) and our PDFs
(``pdf.css``) write its address after it, ``text (address)``, read so here: the reader of a
printout reads the link's text and its address as one sentence (attack round 12, F10)."""


def _address_printed(match: re.Match[str]) -> str:
    return f"{match.group()} ({match.group('quoted') or match.group('single') or ''})"


def _abbr_in_place(match: re.Match[str]) -> str:
    return f"{match.group()} ({match.group(1) or match.group(2) or ''})"


def _data_in_place(match: re.Match[str]) -> str:
    return f"{match.group()} {match.group(1) or match.group(2) or ''} "


def _collapsed(html_text: str) -> str:
    """White space as a browser collapses it: every run of spaces, tabs and line breaks one
    space (``str.replace`` and one literal pattern: faster than a class of white space)."""
    for space in "\n\t\r\f":
        html_text = html_text.replace(space, " ")
    return _SPACE_RUN.sub(" ", html_text)


def _attribute_values(page: str) -> list[str]:
    """The values of a page's attributes, but for those in ``_NOT_SHOWN``: one scan in the C
    engine (``_VALUE_SHOWN``), an attribute whose name is not gated matched and left out."""
    return [value for pair in _VALUE_SHOWN.findall(page) for value in pair if value]


def _any_case(word: str) -> str:
    return "".join(f"[{ch.upper()}{ch}]" if ch.isalpha() else re.escape(ch) for ch in word)


def _named(names: Collection[str]) -> str:
    """Right after ``=``: the name before it is one of ``names`` (in any case), and the text
    before the name is a space or the page's start. One look-behind a length of name."""
    lengths = sorted({len(n) for n in names})
    return "|".join(
        f"(?<=(?<![^ ])(?:{'|'.join(_any_case(n) for n in sorted(names) if len(n) == k)})=)"
        for k in lengths
    )


_VALUE_SHOWN = re.compile(
    rf"""=(?:(?:{_named(_NOT_SHOWN)})(?:"[^"<]*+"|'[^'<]*+')"""  # only styles or wires up
    r"""|"([^"<]*+)"|'([^'<]*+)')"""
)
"""An attribute value and its name: the name is the text between the last space before ``=``
and ``=`` (the page's start counts as a space). A value whose name is in ``_NOT_SHOWN`` matches
without a group; every other quoted value (``="…"`` or ``='…'``, no ``<`` in it) is a group."""


_CELL_TEXT = re.compile(r"[^|\n]*[^|\s][^|\n]*")
"""A cell's text in a row of the visible text (cells are apart by ``CELL``)."""
