"""The second personal-data gate: the text a reader actually sees, after every markup is gone.

The source gate (``anonymity.find_personal_data`` over Markdown, in ``loader.py``) is fast and
names file, line and column, but a reader never sees the source. Markup a reader does not see
can split a number for the source gate and join it again on the page: an HTML comment of any
length, a tag the source gate does not know, a Markdown link around half a number, a full-width
hyphen, the letter O for a zero. So every published text is gated again as it is shown:

- a page: its visible text (``visible_text``: comments, scripts and styles dropped, tags
  stripped, entities decoded, white space collapsed as a browser does), and the attribute
  values a reader or a program sees or follows (``title``, ``alt``, ``aria-*``, ``href``,
  ``content``, ``data-*``...), each on its own;
- a search record: every text in a Pagefind fragment (content, title, meta, filters, anchors);
- a PDF: the text of every page, and its metadata;
- any other published text file (the sitemap, feeds, the site's own scripts and styles).

Before matching, the text is made what a reader reads (``readable``): NFKC (full-width and
compatibility forms become plain ones), decimal digits of every script become 0-9, and the
letters O, o, l and I standing for a digit (next to a digit, not inside a word) become 0 and 1.
The inline exception marker (``<!-- personvern-ok -->``) never counts here: in a published
text it is either gone or shown as text, and shown text cannot clear itself. Reviewed values
are passed in (``allowed``) by the caller.

Block boundaries (a paragraph, a list item, a heading) become one line break, so digits on two
lines read as the reader reads them, one after the other; the source gate's rule that one line
break may sit inside a number then applies to the page too. Table cells are kept apart: a reader
reads a table cell by cell, and a row of counts is not a phone number. A number with check
digits (an identity or account number, an IBAN) split over two cells is no accident, so for those
classes the cells are also read side by side.

A search record is Pagefind's text of a page with every boundary made a space, so a row of
counts reads as one number there. A finding in a search record counts when its value shows on
the page as it does in the record (``in_search_record`` is given the page); a value the record
only has because the indexer joined two cells is not published data of its own.

Everything here is a pure function of its input; ``mkdocs_adapter/plugin.py`` calls it on every
page it
writes and on every other file in the build folder, and stops the build when anything is found.
"""

from __future__ import annotations

import functools
import gzip
import html
import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import accumulate, islice, pairwise
from typing import Literal
from urllib.parse import unquote, urlsplit

from stdnum.no import kontonr

from praksisbank.core.base import nested
from praksisbank.core.base.model import Content, InterviewGuide, PracticeNote
from praksisbank.core.gate import (
    anonymity,
    caps,
    numerals,
    pdftext,
    personaldata,
    runnable,
    visualorder,
)
from praksisbank.core.gate.anonymity import (
    WHAT_EMAIL,
    WHAT_IDENTITY,
    WHAT_ONLINE,
    WHAT_PHONE,
    Finding,
    find_personal_data,
    is_identity_number,
)
from praksisbank.core.gate.confusables import digit_lookalikes
from praksisbank.core.gate.names import WHAT_NAME, continues_name, names_a_case, opens_name
from praksisbank.core.gate.splits import is_norwegian_phone as _valid_phone

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
    line breaks, cells spaces, other tags nothing, and character references decoded last."""
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


# -- what a reader reads -----------------------------------------------------------------------

_DIGIT_FOR = digit_lookalikes()


def _confusable(likes: str) -> re.Pattern[str]:
    like = re.escape(likes)
    return re.compile(
        rf"[{like}](?:(?<![^\W\d_][{like}])[{like}]*+(?=[0-9])"
        rf"|(?<=[0-9][{like}])[{like}]*+(?![^\W\d_]))"
    )


_CONFUSABLE = _confusable("".join(sorted(ch for ch in _DIGIT_FOR if ch <= "\uffff")))
_CONFUSABLE_WIDE = _confusable("".join(sorted(_DIGIT_FOR)))
"""With the look-alikes beyond the Basic Multilingual Plane (Warang Citi, Osage…): a class
with them is tested range by range, ten times slower, so only for a text that holds such a
character."""
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
"""A letter standing for a digit (O, o, I, l, and every character the confusables data reads as
a digit: Cyrillic ``З``, ``Ʒ``, ``Ƽ``, Cherokee ``Ꮞ``, ``О``; ``confusables.digit_lookalikes``):
next to a digit and not part of a word (``1O2``, ``O1 02``, ``0l``, ``2З11``), never in one
(``CO2``, ``Oslo 12``)."""
_SHAPED_DIGITS = str.maketrans("ZSGB", "2568")
_SHAPED = re.compile(r"(?<=[0-9])(?<!%[0-9])[ZSGB]++(?=[0-9])")
"""Capitals shaped like a digit (Z 2, S 5, G 6, B 8) with digits on both sides (``17039ZS0004``):
inside a run of digits a reader reads them as digits. Only there: ``5G-nettet``, ``12B``, ``S2``
stay letters, and so does the hex digit of a percent code (``%2B46…`` is ``+46…``)."""
_LIKE_LETTERS = "".join(sorted({*(ch for ch in _DIGIT_FOR if ch <= "\uffff"), *"ZSGB"}))
_LIKE_DIGIT = {**_DIGIT_FOR, **dict(zip("ZSGB", "2568", strict=True))}
_LIKE_CLASS = f"[0-9{re.escape(_LIKE_LETTERS)}]"
_LIKE_CHAIN = re.compile(
    rf"{_LIKE_CLASS}(?<![\w]{_LIKE_CLASS}){_LIKE_CLASS}*+(?:[ \u00a0.-]{_LIKE_CLASS}++)*+(?![\w])"
)
_LIKE_NEAR_DIGIT = re.compile(
    rf"(?:[0-9][{re.escape(_LIKE_LETTERS)}]|[{re.escape(_LIKE_LETTERS)}][0-9]){_LIKE_CLASS}{{3}}"
    rf"|{_LIKE_CLASS}{{3}}(?:[0-9][{re.escape(_LIKE_LETTERS)}]|[{re.escape(_LIKE_LETTERS)}][0-9])"
)
"""What a run `_like_identity` reads holds: a digit and a look-alike side by side, and three
more of either after or before them (``5G-nettet``, ``CO2``, ``B52`` have none: no scan)."""
LIKE_DIGITS = 4
"""The fewest real digits among the letters of a run read as an identity number (``I7O392SOOO4``
has five)."""


def _like_identity(match: re.Match[str]) -> str:
    """A run of digits and letters shaped like digits (``I7O392SOOO4``: I 1, O 0, S 5, Z 2, G 6,
    B 8, and every look-alike of ``_DIGIT_FOR``) read as digits, when it holds at least
    ``LIKE_DIGITS`` digits and its reading is a valid identity number (the check digits keep a
    word or a code of such letters from being read so)."""
    run = match.group()
    read = "".join(_LIKE_DIGIT.get(ch, ch) for ch in run)
    digits = "".join(ch for ch in read if ch.isdigit())
    if sum(ch.isdigit() for ch in run) < LIKE_DIGITS or not anonymity.is_identity_number(digits):
        return run
    return read


_BIDI = re.compile("[\u202b\u202e\u2067\u200f\u061c]")
"""Right-to-left marks and overrides: a reader may see the digits after them in reverse."""
_SEPARATOR_LOOKALIKES = {
    **dict.fromkeys("\u2044\u2215\u29f8\uff0f", "/"),
    **dict.fromkeys("\u00b7\u2027\u30fb\u2219\u22c5\u1427\ua78f_", " "),
}
_LOOKALIKE_SEPARATOR = re.compile(
    f"(?<=[0-9])[ \u00a0]?([{''.join(_SEPARATOR_LOOKALIKES)}])[ \u00a0]?(?=[0-9])"
)
"""A slash or a dot that is no ASCII one between two digits (the fraction slash ``⁄``, the
division slash, the big solidus, the full-width slash; the middle dot ``·``, the hyphenation
point, the Katakana middle dot) and the underscore: a reader reads ``+93⁄70⁄123⁄4567`` and
``4·1·1·2·2·3·3·4`` as a phone number, ``1_7_0_…`` as an identity number. Read as ``/`` and
``.``, the separators the number readers know."""
_DIGIT_BY_DIGIT = re.compile(
    r"[0-9](?<![0-9.,/\-][0-9])([ \u00a0.\-])[0-9](?:\1[0-9]){6,14}+(?![0-9]|[.,/\-][0-9])"
)
"""Eight digits or more written one at a time with one separator between them (``4 1 1 2 2 3 3
4``, ``4.1.1.2.2.3.3.4``, ``4·1·1·…`` once folded): a reader reads one number, so the digits are
read together (a section number ``4.1.1.2`` has too few)."""
_NUMBER_RUN = re.compile(r"[0-9](?:[0-9 .\-\u00a0]*[0-9])?")


def _foldable() -> re.Pattern[str]:
    """The characters ``_folded`` changes, as one class: the regular expression engine skips all
    others (æ, ø, å and most letters of other scripts) in C."""
    plane = (chr(c) for c in range(0x80, 0x10000) if not 0xD800 <= c < 0xE000)
    listed = "".join(re.escape(ch) for ch in plane if _folded(ch) != ch)
    return re.compile(f"[{listed}\U00010000-\U0010ffff]")


_ORDINAL_MARKS = "ºª"
"""The ordinal indicators (``17º de marzo``): a reader reads a mark after the number, not the
letter ``o`` NFKC makes of it (which would read as a zero next to the digits: ``170``)."""


@functools.lru_cache(maxsize=4096)
def _folded(ch: str) -> str:
    """One character as a reader reads it: a digit of any script as 0-9, a compatibility form
    as its plain character (NFKC: full-width ``１``, ``－``, ``＠``, superscript, circled), a
    number in one glyph with its punctuation as its digits (``⑷``, ``⒋``, ``🄅``), a tag
    character as the ASCII it mirrors. A form that NFKC spells as several
    other characters is kept: ``…`` is not three full stops to a reader."""
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    if ch in _ORDINAL_MARKS:
        return ch
    if 0xE0020 <= ord(ch) <= 0xE007E:  # a tag character: the ASCII a program reads it as
        return chr(ord(ch) - 0xE0000)
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) == 1:
        return folded
    # One glyph, the digits in it: ``⑷⑴``, ``⒋⒈`` and ``🄅🄂`` read as 41, as the source gate
    # reads them (``anonymity.reading._OTHER_DIGITS``).
    digits = folded.strip("(),.")
    if digits.isdigit() and len(folded) - len(digits) <= 2:
        return digits
    return ch


_NEEDS_NFKC = _foldable()


_TAG_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\U000e0020-\U000e007e]+(?=\d)")
"""Tag characters between two digits a reader sees (``_folded`` reads others as the ASCII they
mirror): the reader reads the two digits as one number."""


def readable(text: str) -> str:
    """``text`` as a reader reads it: compatibility forms folded (``_folded``), digits of every
    script as 0-9, O, o, I and l that stand for a digit (``1O2``), and Z, S, G and B between
    digits (``9ZS0``) read as one. The result may differ in length. Numerals that are no
    digits (``፵፰``, ``四十八``, ``ⅩⅦ.Ⅲ.1992``) are read as their number first (``numerals.py``)."""
    text = numerals.read(text)
    if _TAG_BETWEEN_DIGITS.search(text):  # as nothing: a reader sees the digits side by side
        text = _TAG_BETWEEN_DIGITS.sub("", text)
    if _NEEDS_NFKC.search(text):
        text = _NEEDS_NFKC.sub(lambda m: _folded(m.group()), text)
    if _LOOKALIKE_SEPARATOR.search(text):
        text = _LOOKALIKE_SEPARATOR.sub(lambda m: _SEPARATOR_LOOKALIKES[m.group(1)], text)
    if _DIGIT_BY_DIGIT.search(text):
        text = _DIGIT_BY_DIGIT.sub(lambda m: m.group().replace(m.group(1), ""), text)
    # A run of them at once (``1OO2``, ``OO1``), never one inside a word.
    confusable = _CONFUSABLE_WIDE if _ASTRAL.search(text) else _CONFUSABLE
    text = confusable.sub(lambda m: "".join(_DIGIT_FOR[ch] for ch in m.group()), text)
    text = _SHAPED.sub(lambda m: m.group().translate(_SHAPED_DIGITS), text)
    if _LIKE_NEAR_DIGIT.search(text):  # letters of several shapes side by side (``2SOOO4``)
        text = _LIKE_CHAIN.sub(_like_identity, text)
    return text


# -- the gate ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Seen:
    """Personal data in a published text: what it is (masked), and where it shows."""

    finding: Finding
    text: str
    """The readable text the finding points into (for tracing it back to a source line)."""
    where: str
    """Norwegian: where in the published file (``"teksten"``, ``"en lenke eller et attributt"``)."""


def _scan(
    text: str,
    where: str,
    allowed: Collection[str],
    names: Collection[str] = (),
    *,
    mirror: bool = False,
    records: bool = True,
) -> list[Seen]:
    """What the gate finds in a published text (``records``: also down its tables' columns and
    its lists, ``_down_records``; not for a text whose cells are joined already)."""
    text = readable(text)
    found = [
        Seen(finding, text, where)
        for finding in find_personal_data(text, allowed=allowed, markers=False, known_names=names)
    ]
    found += _unseen(_chained(text, where, allowed), found)
    found += _unseen(_footnoted(text, where, allowed), found)
    if "[^" in text:
        found += _unseen(_across_marks(text, where, allowed), found)
    found += _unseen(_across_lines(text, where, allowed), found)
    if records:
        known = {s.finding.fingerprint for s in found}
        down = _down_records(text, where, allowed)
        found += [s for s in down if s.finding.fingerprint not in known]
    if mirror or _BIDI.search(text):  # shown right to left, a number reads backwards
        mirrored = _NUMBER_RUN.sub(lambda m: m.group()[::-1], text)
        found += [
            Seen(finding, mirrored, where)
            for finding in find_personal_data(
                mirrored, allowed=allowed, markers=False, known_names=names
            )
        ]
        found += _unseen(_chained(mirrored, where, allowed), found)
    for shown in visualorder.readings(text):  # digit groups a right-to-left run reorders
        known = {s.finding.fingerprint for s in found}
        found += [
            s
            for s in _numbers_in(shown, where, allowed, names)
            if s.finding.fingerprint not in known
        ]
    return found


def _numbers_in(
    text: str, where: str, allowed: Collection[str], names: Collection[str]
) -> list[Seen]:
    """What the detectors find in a text laid out as a reader sees it (``visualorder``) that
    holds a digit: the letters of a right-to-left run stand reversed there, so a finding of
    words alone (a name in Arabic script) is its stored reading's."""
    found = [
        Seen(finding, text, where)
        for finding in find_personal_data(text, allowed=allowed, markers=False, known_names=names)
    ]
    found += _unseen(_chained(text, where, allowed), found)
    return [s for s in found if _ANY_DIGIT.search(text, s.finding.offset, s.finding.end)]


_ANY_DIGIT = re.compile("[0-9]")


_FOOTNOTE_MARK = re.compile(
    r"(?P<digits>[0-9]++(?:[ .\-\u00a0]{1,3}+[0-9]++)*+)[ \u00a0]*+\[\^(?P<label>[^\]\s]{1,80})\]"
)
_FOOTNOTE_TEXT = re.compile(r"^[ \t]*+\[\^(?P<label>[^\]\s]{1,80})\]:(?P<text>[^\n]*+)", re.M)
_DIGIT_RUN = re.compile(r"[0-9]++(?:[ .\-\u00a0]{1,3}+[0-9]++)*+")


_NOTE_RUNS = 64
"""The most runs of digits of one label's notes read with a mark (a note is a line)."""


def _footnoted(text: str, where: str, allowed: Collection[str]) -> list[Seen]:
    """A number split into a footnote (``030494[^1]`` and, in the note, ``Personnummer
    50019``): the reader joins the digits before the mark with those in its note. Read so for
    the classes with check digits (``ACROSS_CELLS``): a chance match is all but impossible, where
    a phone number's eight digits would be found in any year and page number. Footnotes are read
    in the source's form, ``[^label]`` and ``[^label]: text`` (also when the Markdown has no
    footnotes extension and shows them as written: ``visible_text`` writes real ones so)."""
    if "[^" not in text:
        return []
    notes: dict[str, dict[str, None]] = {}
    for note in _FOOTNOTE_TEXT.finditer(text):
        runs = [_NOT_DIGIT.sub("", m.group()) for m in _DIGIT_RUN.finditer(note.group("text"))]
        notes.setdefault(note.group("label"), {}).update(dict.fromkeys(runs))
    found: list[Seen] = []
    tried: set[tuple[str, str]] = set()  # a mark and its note read once (a label used often)
    for mark in _FOOTNOTE_MARK.finditer(text):
        before = _NOT_DIGIT.sub("", mark.group("digits"))
        if (before, mark.group("label")) in tried:
            continue
        tried.add((before, mark.group("label")))
        for after in list(notes.get(mark.group("label"), ()))[:_NOTE_RUNS]:
            for finding in find_personal_data(before + after, allowed=allowed, markers=False):
                if finding.what in ACROSS_CELLS:
                    masked = f"{finding.masked}, delt på en fotnote"
                    spot = Finding(
                        mark.start(), mark.end(), finding.what, masked, finding.fingerprint
                    )
                    found.append(Seen(spot, text, where))
    return found + _joined_notes(text, where, allowed)


_ANY_MARK = re.compile(r"\[\^(?P<label>[^\]\s]{1,80})\](?!:)")
_NOTE_TEXT = re.compile(r"^[ \t]*+\[\^(?P<label>[^\]\s]{1,80})\]:[ \t]*+(?P<text>[^\n]*+)", re.M)
_JOIN_REACH = 60
"""How much of the text before a footnote mark, and of its note, is joined for a reading."""
SPLIT_CLASSES = ACROSS_CELLS | {WHAT_EMAIL, WHAT_ONLINE}
"""Classes that a split into a footnote or over cells joins whatever stands around it: an
address or a user name with its host is no accident. Phone numbers join only after a cue
(``_PHONE_CUE``): eight digits are found in any two counts."""
_PHONE_CUE = re.compile(
    r"(?i)(?<![\w])(?:ring\w*|telefon\w*|tlf\.?|mobil\w*|\w*nummer\w*|nr\.|sms|whatsapp"
    r"|viber|signal|kontakt\w*)(?![\w])"
)


def _crossing(
    left: str, right: str, allowed: Collection[str], context: str, *, shaped: bool = False
) -> list[Finding]:
    """What reading ``left`` and ``right`` as one text (with and without a space) finds across
    the join, of the classes a split cannot explain (``SPLIT_CLASSES``; a phone number when
    ``context`` has a cue, or ``shaped``: the two sides are the groups of one, `_phone_shaped`)."""
    phones = shaped or _PHONE_CUE.search(context) is not None
    found: list[Finding] = []
    # (a phone's groups joined by hyphens on one side and a space at the join: read as spaces,
    # one character for one, so the offsets hold)
    marked = shaped and any(ch in left[-12:] + right[:12] for ch in "-.")
    plain = (left.translate(_AS_SPACES), right.translate(_AS_SPACES)) if marked else None
    for lhs, glue, rhs in ((left, "", right), (left, " ", right), _third(plain)):
        if not lhs:
            continue
        joined = lhs + glue + rhs
        for finding in find_personal_data(joined, allowed=allowed, markers=False):
            if not finding.offset < len(left) < finding.end:
                continue
            if finding.what in SPLIT_CLASSES or (phones and finding.what in _PHONES):
                found.append(finding)
    return found


_PHONES = frozenset((WHAT_PHONE, personaldata.WHAT_FOREIGN_PHONE))
_AS_SPACES = str.maketrans("-.", "  ")


def _third(plain: tuple[str, str] | None) -> tuple[str, str, str]:
    """The third reading of a join: the sides with hyphens and dots as spaces (or none)."""
    return (plain[0], " ", plain[1]) if plain else ("", "", "")


def _joined_notes(text: str, where: str, allowed: Collection[str]) -> list[Seen]:
    """Any value split into a footnote (``amir.hassan93[^2]`` and ``[^2]: @gmail.com``, ``Ring
    ham på 411[^1]`` and ``[^1]: 22 334``): the text before the mark and the note's text read as
    one, what crosses the join reported at the mark."""
    notes: dict[str, str] = {}
    for note in _NOTE_TEXT.finditer(text):
        notes.setdefault(note.group("label"), note.group("text")[:_JOIN_REACH])
    if not notes:
        return []
    found: list[Seen] = []
    tried: set[tuple[str, str]] = set()
    for mark in _ANY_MARK.finditer(text):
        right = notes.get(mark.group("label"))
        if not right:
            continue
        line = text.rfind("\n", 0, mark.start()) + 1
        left = text[max(line, mark.start() - _JOIN_REACH) : mark.start()]
        if (left, right) in tried:
            continue
        tried.add((left, right))
        # a note that holds a number alone, after a mark that follows digits, goes on with
        # those digits: a count's note says something (its source, what it counts)
        shaped = _phone_shaped(left, right) or (
            left[-1:].isdigit() and _NUMBER_ALONE.fullmatch(right) is not None
        )
        for finding in _crossing(left, right, allowed, left, shaped=shaped):
            masked = f"{finding.masked}, delt på en fotnote"
            spot = Finding(mark.start(), mark.end(), finding.what, masked, finding.fingerprint)
            found.append(Seen(spot, text, where))
            break
    return found


_NUMBER_ALONE = re.compile(r"[0-9]++(?:[ \u00a0.-]{1,2}+[0-9]++)*+[ \u00a0.]*+")
_MARK_BETWEEN = re.compile(
    r"(?<=[0-9])[ \u00a0]*+\[\^(?P<label>[^\]\s]{1,12})\](?!:)[ \u00a0]*+(?=[0-9])"
)
"""A footnote mark or a superscript between two groups of digits (``410[^1] 93 573``)."""


_GROUPS_END = re.compile(r"\+?[0-9]++(?:[ \u00a0.-][0-9]++)*+\Z")
_GROUPS_START = re.compile(r"[0-9]++(?:[ \u00a0.-][0-9]++)*+")


def _may_be_split(before: str, label: str, after: str) -> bool:
    """Whether the groups on either side of a mark (with the mark's digits or without) could be
    a number the gate reads: a foreign phone number (``+`` first), eight digits a valid
    Norwegian phone number, or eleven an identity or account number (the detectors find no
    number inside a longer run of digits, so neither is looked for inside the groups). A cheap
    test first: most marks between digits stand in a reference or a formula, and the detectors
    are read only for those that pass."""
    if before.startswith("+"):
        return True
    digits = _NOT_DIGIT.sub("", before) + _NOT_DIGIT.sub("", after)
    marked = _NOT_DIGIT.sub("", before) + label + _NOT_DIGIT.sub("", after)
    return any(
        (len(number) == 11 and (is_identity_number(number) or kontonr.is_valid(number)))
        or (len(number) == 8 and number[0] in "23456789" and _valid_phone(number))
        for number in ((digits, marked) if label else (digits,))
    )


def _across_marks(text: str, where: str, allowed: Collection[str]) -> list[Seen]:
    """A number whose groups a mark stands between (``410¹ 93 573``, ``0304<sub>9</sub>4…``):
    the groups read together, without the mark and with it, and what crosses the mark is
    reported there. The groups of a phone number join as a phone's (a reader reads past a
    footnote's number), those of the other classes as any split does (``_crossing``)."""
    found: list[Seen] = []
    tried: set[tuple[str, str]] = set()
    for mark in _MARK_BETWEEN.finditer(text):
        if caps.full(found):  # the text is refused already (``caps``)
            break
        line = text.rfind("\n", 0, mark.start()) + 1
        left = text[max(line, mark.start() - _JOIN_REACH) : mark.start()]
        stop = text.find("\n", mark.end())
        right = text[mark.end() : stop if stop >= 0 else len(text)][:_JOIN_REACH]
        if CELL in left[-4:] or CELL in right[:4]:
            continue
        before = _GROUPS_END.search(left)
        after = _GROUPS_START.match(right)
        label = mark.group("label") if mark.group("label").isdigit() else ""
        if before is None or after is None:
            continue
        if _UNIT_AFTER.match(right, after.end()):
            continue  # a count (``45¹ 12 345 personer``): no number a reader dials
        if (left, right) in tried or not _may_be_split(before.group(), label, after.group()):
            continue
        tried.add((left, right))
        for lhs in (left, left + label) if label else (left,):  # the mark's digits out, then in
            spots = _crossing(lhs, right, allowed, left, shaped=True)
            for finding in spots:
                masked = f"{finding.masked}, delt av et merke"
                spot = Finding(mark.start(), mark.end(), finding.what, masked,
                               finding.fingerprint)  # fmt: skip
                found.append(Seen(spot, text, where))
            if spots:
                break
    return found


def _unseen(new: list[Seen], found: list[Seen]) -> list[Seen]:
    """The findings of ``new`` that no finding in ``found`` (on the same text) overlaps (spans
    sorted, each looked up by bisection: a text with thousands of findings stays linear)."""
    if not found or not new:
        return new
    spans = sorted((s.finding.offset, s.finding.end) for s in found)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end up to each span
    kept = []
    for s in new:
        i = bisect_right(starts, s.finding.end - 1) - 1  # spans starting before its end
        if i < 0 or reach[i] <= s.finding.offset:
            kept.append(s)
    return kept


_CHAIN = re.compile(
    r"[0-9](?<![0-9A-Za-z][0-9])[0-9]*+(?:[^\w\n]{1,3}+[0-9]++){1,10}(?![0-9A-Za-z])"
)
"""Digit groups with short runs of anything but letters and line breaks between them."""


_LONG_DIGITS = re.compile(r"[0-9]{11,}")


def _chained(text: str, where: str, allowed: Collection[str]) -> list[Seen]:
    """Identity numbers written with separators the source gate does not join (``170590/55452``,
    ``170590·55452``, one digit at a time): a chain of groups whose digits are exactly eleven
    and a valid identity number (its check digits make a chance match all but impossible)."""
    found = []
    whole: set[str] | None = None  # every eleven digits written together in the text
    read: dict[str, list[Finding]] = {}  # what the gate found in each number, read once
    for chain in _CHAIN.finditer(text):
        digits = _NOT_DIGIT.sub("", chain.group())
        if not is_identity_number(digits):
            continue
        if whole is None:
            runs = (m.group() for m in _LONG_DIGITS.finditer(text))
            whole = {run[i : i + 11] for run in runs for i in range(len(run) - 10)}
        if digits in whole:  # written whole: the gate has seen it
            continue
        if digits not in read:
            read[digits] = find_personal_data(digits, allowed=allowed, markers=False)
        for finding in read[digits]:
            if finding.what == WHAT_IDENTITY:
                spot = Finding(chain.start(), chain.end(), finding.what, finding.masked,
                               finding.fingerprint)  # fmt: skip
                found.append(Seen(spot, text, where))
    return found


TEXT = "teksten"
ATTRIBUTE = "en lenke, et merke eller et skript"
SEARCH = "søkeindeksen"
PDF = "PDF-en"
ADDRESS = "adressen"


_REVERSED = re.compile(r"<bdo\b|\bdir\s*+=\s*+[\"']?rtl", re.I)
"""Markup that shows text right to left (a site's own template, an unsanitized setting)."""


def in_page(
    page: str,
    *,
    allowed: Collection[str] = (),
    names: Collection[str] = (),
    clean: set[str] | None = None,
) -> list[Seen]:
    """Personal data in an HTML page: its visible text, then its attributes and scripts.

    Table cells are values of their own, but a number with check digits split over cells
    (``| 010203 | 12345 |``) is no accident: the cells are also read side by side, for those
    classes only (``ACROSS_CELLS``). ``clean``, kept by the caller across the pages of one
    build, holds attribute values found clean before: most repeat from page to page (links,
    the theme's settings), and each is read once."""
    return _in_shown(page, visible_text(page), _mirrored(page), allowed, names, clean)


def _mirrored(page: str) -> bool:
    """Whether a page has markup that shows text right to left."""
    return ("<bdo" in page or "rtl" in page) and _REVERSED.search(page) is not None


def _in_shown(
    page: str,
    shown: Shown,
    mirror: bool,
    allowed: Collection[str],
    names: Collection[str],
    clean: set[str] | None,
    *,
    text: bool = True,
    hidden: bool = True,
) -> list[Seen]:
    """``in_page`` of a page's ``visible_text``; ``text`` or ``hidden`` false: that part is not
    read (the caller has read the very same text)."""
    found = _scan(shown.text, TEXT, allowed, names, mirror=mirror) if text else []
    if text and CELL in shown.text:
        found += cells_side_by_side(shown.text, allowed, names, found)
    if text:
        found += _title_split(page, shown.text, allowed)
        found += _unseen(_titled_blocks(page, allowed, names), found)
        found += across_blocks(shown.text, allowed, names, found)
    if not hidden:
        return found
    if clean is None:
        return found + _scan(shown.hidden, ATTRIBUTE, allowed, names)
    values = list(dict.fromkeys(shown.hidden.split(APART)))
    return found + _scan_new(values, ATTRIBUTE, allowed, names, clean)


def cells_side_by_side(
    text: str, allowed: Collection[str], names: Collection[str], found: list[Seen]
) -> list[Seen]:
    """What reading a page's table cells side by side finds beyond ``found`` (the page's own
    reading): the whole text read with its cells joined, for the classes with check digits
    (``ACROSS_CELLS``), then the pairs of cells ``_across_cells`` reads.

    The whole text is read with every detector only when it can find something new there: when
    the detectors that propose those classes (``anonymity.checked_fingerprints``) propose one
    not in ``found``, or the digit chains or footnotes (``_chained``, ``_footnoted``) find one,
    or the text is shown right to left. Otherwise that reading would report nothing: a finding
    is a candidate the detectors proposed, and a finding already in ``found`` is left out. A
    table of counts and dates (every list page) then costs those detectors, not all of them."""
    seen = {s.finding.fingerprint for s in found}
    joined = text.replace(CELL, " ")
    if _may_cross(joined, allowed, seen):
        new = [
            s
            for s in _scan(joined, TEXT, allowed, names, records=False)
            if s.finding.what in ACROSS_CELLS and s.finding.fingerprint not in seen
        ]
    else:
        new = []
    return new + _across_cells(text, allowed, seen | {s.finding.fingerprint for s in new})


def _may_cross(joined: str, allowed: Collection[str], seen: set[str]) -> bool:
    """Whether ``_scan(joined)`` could find a value of ``ACROSS_CELLS`` whose fingerprint is
    not in ``seen`` (see ``cells_side_by_side``): ``False`` only when it cannot."""
    if not ACROSS_CELLS <= anonymity.CHECKED_CLASSES:  # a class the proof does not cover
        return True
    text = readable(joined)
    if _BIDI.search(text) or visualorder.holds_right_to_left(text):  # read in other orders too
        return True
    if not anonymity.checked_fingerprints(text) <= seen:
        return True
    extra = _chained(text, TEXT, allowed) + _footnoted(text, TEXT, allowed)
    return any(s.finding.what in ACROSS_CELLS and s.finding.fingerprint not in seen for s in extra)


_CELL_TEXT = re.compile(r"[^|\n]*[^|\s][^|\n]*")
"""A cell's text in a row of the visible text (cells are apart by ``CELL``)."""


def _across_cells(text: str, allowed: Collection[str], seen: set[str]) -> list[Seen]:
    """A value split over two cells (``| amir.hassan93 | @gmail.com |``, ``| mobil | 411 22 |
    334 |``): each two neighbouring cells of a row read as one (``_crossing``), a phone number
    when the row or the table's first row has a cue; and an identity number split over two rows
    of a column (``| 030494 |`` over ``| 12345 |``): a cell of six digits and the cell below it
    of five, read as one."""
    found: list[Seen] = []
    read: dict[tuple[str, str, bool], list[Finding]] = {}
    header = ""
    above: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if CELL not in line:
            header, above = "", []
            offset += len(line) + 1
            continue
        header = header or line
        cells = [
            (offset + m.start(), m.group().strip(" \u00a0")) for m in _CELL_TEXT.finditer(line)
        ]
        cue = _PHONE_CUE.search(header + " " + line) is not None
        pairs = [pair for pair in pairwise(cells) if _joinable(pair[0][1], pair[1][1], cue)]
        if len(above) == len(cells):
            pairs += [
                (up, down)
                for up, down in zip(above, cells, strict=True)
                if (len(up[1]) == 6 and len(down[1]) == 5 and (up[1] + down[1]).isdigit())
                or up[1].endswith("@")
                or down[1].startswith("@")
            ]
        for (start, left), (end, right) in pairs:
            shaped = _phone_shaped(left, right)
            key = (left, right, shaped or cue)  # a row repeated is read once
            if key not in read:
                read[key] = _crossing(left, right, allowed, header + " " + line, shaped=shaped)
            for finding in read[key]:
                if finding.fingerprint in seen:
                    continue
                seen.add(finding.fingerprint)
                masked = f"{finding.masked}, delt over to celler"
                spot = Finding(start, end + len(right), finding.what, masked, finding.fingerprint)
                found.append(Seen(spot, text, TEXT))
        above = cells
        offset += len(line) + 1
    return found


def _joinable(left: str, right: str, cue: bool) -> bool:
    """Whether two neighbouring cells could make one value (most rows of most tables cannot,
    and are not read twice): an address split at its ``@``, or digits on both sides after a
    cue."""
    if left.endswith("@") or right.startswith("@"):
        return True
    if not (left[-1:].isdigit() and right[:1].isdigit()):
        return False
    return cue or _phone_shaped(left, right)


_SIDE_END = re.compile(r"(?<![\w.,/+-])[0-9]{2,3}+(?:[ \u00a0.-][0-9]{2,3}+)*+\Z")
_SIDE_START = re.compile(r"[0-9]{2,3}+(?:[ \u00a0.-][0-9]{2,3}+)*+(?![\w]|[.,/-][0-9])")
_GROUP_APART = re.compile(r"[ \u00a0.-]")
_COUNT = re.compile(r"[0-9]{1,3}(?:[ \u00a0][0-9]{3})*+")
_PLUS_END = re.compile(r"(?<![\w])(?:\+|00)[ \u00a0]?[1-9][0-9]*+(?:[ \u00a0.-][0-9]++)*+\Z")
_UNIT_AFTER = re.compile(
    r"[ \u00a0]*+(?:år|kr|kroner|%|prosent|personer|saker|dager|timer|km|m)(?![\w])", re.I
)


def _phone_shaped(left: str, right: str) -> bool:
    """Whether the digits that end ``left`` and those that start ``right`` are the groups of
    one phone number, with no cue in the text: a country code before them (``+93 70`` |
    ``123 4567``), or groups of two and three digits, at least three and one of two, eight digits
    in all, a valid Norwegian number (``411 22`` | ``334``, ``22 33`` | ``44 55``). Not two
    counts as Norwegians group them (``411`` | ``22 334``, ``4112`` | ``2334``): a table of
    figures is no phone number, and neither is a group with a unit after it."""
    left = left[-40:].rstrip(" \u00a0")
    right = right[:40].lstrip(" \u00a0")
    if not right[:1].isdigit():
        return False
    if _PLUS_END.search(left) is not None:
        return True
    end = _SIDE_END.search(left)
    start = _SIDE_START.match(right)
    if end is None or start is None or _UNIT_AFTER.match(right, start.end()):
        return False
    if _COUNT.fullmatch(end.group()) and _COUNT.fullmatch(start.group()):
        return False
    groups = _GROUP_APART.split(end.group()) + _GROUP_APART.split(start.group())
    digits = "".join(groups)
    if len(digits) != 8 or len(groups) < 3 or all(len(g) != 2 for g in groups):
        return False
    return digits[0] in "23456789" and _valid_phone(digits)


_AT_EDGE = re.compile(
    r"^(?:\|[ \u00a0]*+)?(?P<starts>@)(?=[\w-]++(?:\.[\w-]++)+)"
    r"|(?<=[\w.+-])(?P<ends>@)[ \u00a0¶|]*+$(?=\n(?:\|[ \u00a0]*+)?[\w-]++(?:\.[\w-]++)+)",
    re.M,
)
"""An ``@`` that starts a line before a dotted host (``@example.com``, not a handle such as
``@UNHCRNorden``), or ends one after a local part with a dotted host on the next line."""


_DIGIT_EDGE = re.compile(r"[0-9][ \u00a0¶]*+\n(?=(?:\|[ \u00a0]*+)?[0-9])")
"""A line that ends with a digit before one that starts with one."""


def _line_cuts(text: str) -> Iterator[tuple[int, bool]]:
    """The line breaks where a value may be split (`_across_lines`), in order, each once: the
    offset of the break, and whether it is a phone number's (digits on both sides)."""
    cuts: dict[int, bool] = {}
    if "@" in text:
        for edge in _AT_EDGE.finditer(text):
            # a line that starts with @ joins the line before it, one that ends with @ the next
            cut = edge.start() - 1 if edge.group("starts") else text.find("\n", edge.end())
            if 0 <= cut < len(text):
                cuts[cut] = False
    for edge in _DIGIT_EDGE.finditer(text):
        cuts.setdefault(edge.end() - 1, True)
    return iter(sorted(cuts.items()))


def _across_lines(text: str, where: str, allowed: Collection[str]) -> list[Seen]:
    """A value split over two blocks (paragraphs, list items, a heading, a quote, the rows of
    a one-column table): an e-mail address or a user name (``amir.h`` ending one,
    ``@example.com`` starting the next, or split after the ``@``), and a phone number whose
    two parts are a phone's groups, not two counts (`_phone_shaped`); what crosses the join
    is reported there."""
    found: list[Seen] = []
    read: dict[tuple[str, str], list[Finding]] = {}  # a pair of lines repeated is read once
    for cut, digits in _line_cuts(text):
        begin = text.rfind("\n", 0, cut) + 1
        stop = text.find("\n", cut + 1)
        left = text[max(begin, cut - _JOIN_REACH) : cut].rstrip(" \u00a0¶|")
        right = text[cut + 1 : stop if stop >= 0 else len(text)][:_JOIN_REACH].lstrip(" \u00a0|")
        if CELL in left or CELL in right or not left or not right.strip():
            continue  # rows are joined cell by cell
        shaped = digits and _phone_shaped(left, right)
        if digits and not shaped:
            continue
        if (left, right) not in read:
            read[left, right] = _crossing(left, right, allowed, "", shaped=shaped)
        for finding in read[left, right]:
            masked = f"{finding.masked}, delt over to avsnitt"
            spot = Finding(cut - len(left), cut + 1 + len(right), finding.what, masked,
                           finding.fingerprint)  # fmt: skip
            found.append(Seen(spot, text, where))
            break
    return found


_UNTABBED_TITLE = (
    r"<p\b[^<>]*?\bclass=\"admonition-title\"[^<>]*+>(?P<title>.*?)</p\s*+>"
    r"|<summary\b[^<>]*+>(?P<summary>.*?)</summary\s*+>"
)
_BLOCK_TITLE = re.compile(
    _UNTABBED_TITLE
    + r"|<label\b[^<>]*+>(?P<label>.*?)</label\s*+>(?=\s*+<div\b[^<>]*?\bclass=\"tabbed-content)",
    re.S | re.I,
)
_BLOCK_TITLE_UNTABBED = re.compile(_UNTABBED_TITLE + r"|(?P<label>(?!))", re.S | re.I)
"""``_BLOCK_TITLE`` for a page without ``tabbed-content``, where its third branch cannot match:
the same matches. That branch reads from each ``<label`` (the theme's navigation has dozens) to
every later ``</label>`` until one stands before a tab's panel, to the page's end when none
does: its cost grew with the labels times the page's length (15 ms a page on the demo)."""
"""A block's title that a reader reads with the block's first line: an admonition's title, a
``<details>`` summary, a tab's label (the tabs' first style: each label before its panel)."""
_TAB_LABELS = re.compile(
    r"<div\b[^<>]*?\bclass=\"tabbed-labels[^\"]*+\"[^<>]*+>(?P<labels>.*?)</div\s*+>", re.S | re.I
)
_TAB_LABEL = re.compile(r"<label\b[^<>]*+>(.*?)</label\s*+>", re.S | re.I)
_TAB_BLOCK = re.compile(r"<div\b[^<>]*?\bclass=\"tabbed-block\"[^<>]*+>", re.I)
_FIRST_BLOCK = 2000
"""How much of the page after a title is read for the block's first line."""
_BARE_TITLE = re.compile(
    r"<div>(?P<bare>\s*+[^<>\s][^<>]{0,79}+)(?:</div\s*+>\s*+)?(?=<(?:div|p)\b)", re.I
)
"""Text standing alone in a ``<div>`` before its first inner block: a title whose markup the
sanitizer took away (a tab's label and panel when the site turns on ``pymdownx.tabbed``: its
classes and ``<input>``/``<label>`` are not on the sanitizer's lists, so the page shows
``<div>Amir<div><p>Hassan …``, or ``<div>Amir</div><div><p>Hassan …`` in the tabs' other
style)."""


def _first_line(page: str, start: int) -> str:
    return visible_text(page[start : start + _FIRST_BLOCK]).text.split("\n", 1)[0]


def _titles_and_bodies(page: str) -> Iterator[tuple[str, str]]:
    """Each block title of the page with the first line of its block, as visible text."""
    # Under `re.I` no letter outside ASCII matches one of `tabbed-content` (only i, k and s
    # have such twins): a page that can hold the third branch's match holds it in small letters.
    tabbed = "tabbed-content" in page.lower()
    for match in (_BLOCK_TITLE if tabbed else _BLOCK_TITLE_UNTABBED).finditer(page):
        title = match.group("title") or match.group("summary") or match.group("label") or ""
        yield visible_text(title).text, _first_line(page, match.end())
    for bare in _BARE_TITLE.finditer(page):
        yield visible_text(bare.group("bare")).text, _first_line(page, bare.end())
    for labels in _TAB_LABELS.finditer(page):  # the tabs' other style: the labels, the panels
        blocks = _TAB_BLOCK.finditer(page, labels.end())
        for label, block in zip(_TAB_LABEL.finditer(labels.group("labels")), blocks, strict=False):
            yield visible_text(label.group(1)).text, _first_line(page, block.end())


def _titled_blocks(page: str, allowed: Collection[str], names: Collection[str]) -> list[Seen]:
    """What a block's title and its first line say together (issue 17, round 6): ``!!! note
    "Amir"`` over ``Hassan forklarte …``, a summary over its text, a tab's label over its panel
    is one name to a reader. What crosses the join is reported."""
    if (
        "admonition-title" not in page
        and "<summary" not in page
        and "tabbed-" not in page
        and _BARE_TITLE.search(page) is None
    ):
        return []
    found: list[Seen] = []
    for title, body in _titles_and_bodies(page):
        left, right = readable(title), readable(body)
        if not left or not right:
            continue
        joined = f"{left} {right}"
        for finding in find_personal_data(
            joined, allowed=allowed, markers=False, known_names=names
        ):
            if finding.offset < len(left) < finding.end:
                masked = f"{finding.masked}, delt mellom tittelen og teksten i en blokk"
                spot = Finding(finding.offset, finding.end, finding.what, masked,
                               finding.fingerprint)  # fmt: skip
                found.append(Seen(spot, joined, TEXT))
    return found


_SHORT_BLOCK = re.compile(
    r"[|\s]*+(?P<words>[^\W\d_][^\W_]*+[.:]?+(?:[ \u00a0]++[^\W\d_][^\W_]*+[.:]?+)?+),?+[|\s¶]*+"
)
"""A block whose whole text is one or two words (`Amir`, `Tabell: Amir`, `Fødselsdato`; a
heading's permanent link `¶` after them)."""
_NAME_TAIL = re.compile(
    r"(?<![^\W\d_])(?P<words>(?:[^\W\d_][^\W_]*+[ \u00a0]++)?[^\W\d_][^\W_]*+),?+[\s¶*_]*+\Z"
)
"""The last one or two words of a longer block that ends without a sentence's punctuation
(`Det gjelder Amir` over `Hassan forklarte seg.`): read with the next block for a name only."""
_DIGIT_BLOCK = re.compile(r"[|\s(]*+(?P<digits>[0-9]++(?:[ \u00a0.-][0-9]++)*+)[|\s.,;)]*+")
"""A block whose whole text is digits (`1`, `| 7 |`, `41 12`)."""
_ROW_START = re.compile(r"[ \u00a0]*+\|")


def across_blocks(
    text: str, allowed: Collection[str], names: Collection[str], found: list[Seen]
) -> list[Seen]:
    """What a page says across its blocks (issue 17, attack round 7), beyond ``found`` (the
    page's own reading): a value split so that each block alone says nothing.

    - A block whose whole text is one or two capitalised words, read with the first line (the
      first cell) of the next block: `> Amir` over `Hassan forklarte seg.`, `Tabell: Amir` over
      a table whose first header is `Hassan`, `### Fødselsdato` over `17.03.1992`.
    - A column's header read with each cell under it: `| Amir |` over `| Hassan |`, `| Passnr.
      |` over `| P1234567 |`, `| Født |` over a date.
    - A run of blocks each holding only digits (a list of one digit an item after
      `Personnummer:`, a one-column table of one digit a row) read as one number, with the block
      before the run: for the classes with check digits (``ACROSS_CELLS``), a phone number only
      after a cue (a column of counts is no phone number).

    A value counts when the page's own reading has not found it (its fingerprint): a heading
    over a paragraph (`Bakgrunn` / `Søkeren …`) reads as the page does. All pairs are read in
    one scan."""
    lines = text.split("\n")
    pairs: list[tuple[str, str, _Join]] = []  # left, right, how they were joined
    header: list[str] = []
    above: list[str] = []  # the row before, under the header
    for i, line in enumerate(lines):
        if _ROW_START.match(line):
            cells = [m.group().strip(" \u00a0") for m in _CELL_TEXT.finditer(line)]
            if header and len(cells) == len(header):
                pairs += [
                    (up, down, "column")
                    for up, down in zip(header, cells, strict=True)
                    if _may_join(up, down)
                ]
            if len(above) == len(cells) > 1:
                pairs += [
                    (up, down, "rows")
                    for up, down in zip(above, cells, strict=True)
                    if _capitalised(up) and opens_name(up)
                ]
            above = cells if header else []
            header = header or cells
        else:
            header, above = [], []
        short = _SHORT_BLOCK.fullmatch(line)
        if short is not None and i + 1 < len(lines) and _capitalised(short.group("words")):
            right = lines[i + 1].strip(" \u00a0|").split(CELL, 1)[0].strip()
            if right and not _LABEL_FIRST.match(right) and _may_join(short.group("words"), right):
                pairs.append((short.group("words"), right, "next"))
        elif short is None and i + 1 < len(lines) and not _ROW_START.match(line):
            tail = _NAME_TAIL.search(line)
            if (
                tail is not None
                and tail.group("words").split()[-1][:1].isupper()
                and opens_name(tail.group("words"))
            ):
                right = lines[i + 1].strip(" \u00a0|").split(CELL, 1)[0].strip()
                if right and not _LABEL_FIRST.match(right):
                    pairs.append((tail.group("words"), right, "tail"))
    pairs += _digit_runs(lines)
    if not pairs:
        return []
    pairs = list(dict.fromkeys(pairs))  # a row repeated is read once
    seen = {s.finding.fingerprint for s in found}
    texts = [f"{readable(left)} {readable(_head(right))}" for left, right, _ in pairs]
    starts = list(accumulate((len(t) + len(APART) for t in texts), initial=0))
    new: list[Seen] = []
    joined = APART.join(texts)
    for finding in find_personal_data(joined, allowed=allowed, markers=False, known_names=names):
        if finding.fingerprint in seen:
            continue
        i = bisect_right(starts, finding.offset) - 1
        left, right, join = pairs[i]
        if finding.what == WHAT_NAME and (
            not (opens_name(left) and continues_name(_first_word(right), farm=False))
            or names_a_case(right)
        ):
            continue  # `### Hodan` over `Bydelen Hodan i Mogadishu …`: the next word is no name;
            # `### Jamal` over `Khashoggi-saken …`: a public case's name (`names.names_a_case`)
        if join in ("rows", "tail") and (
            finding.what != WHAT_NAME
            or not finding.offset - starts[i] < len(left) < finding.end - starts[i]
        ):
            continue  # read for a name across the join only
        if (
            finding.what != WHAT_NAME
            and join == "next"
            and not _VALUE_END.fullmatch(texts[i], finding.end - starts[i])
        ):
            continue  # a label over a sentence (`### Fødselsdato` over `12.05.2024 ble det …`)
        if join == "digits" and not (
            finding.what in ACROSS_CELLS or (finding.what in _PHONES and _PHONE_CUE.search(left))
        ):
            continue
        seen.add(finding.fingerprint)
        masked = f"{finding.masked}, delt over to blokker"
        spot = Finding(finding.offset - starts[i], finding.end - starts[i], finding.what, masked,
                       finding.fingerprint)  # fmt: skip
        new.append(Seen(spot, texts[i], TEXT))
    return new


_FIRST_WORD = re.compile(r"[^\W\d_]++")
_VALUE_END = re.compile(r"[\s.,;:*_)\]]*")
"""What may follow a value that a label over it names: the value is its block's whole text."""


def _first_word(text: str) -> str:
    found = _FIRST_WORD.search(text)
    return found.group() if found else ""


_LABEL_FIRST = re.compile(r"[^\W\d_]++[ \u00a0]*+:")
"""A block that starts with a label (`Irak: 540`, `Kategori:`): the word before it is no given
name of the label's word."""


_HEAD = 60
"""How much of the second block is read with the first: a name's rest or a value under its
keyword starts it (a paragraph read whole would cost its reading twice)."""


def _head(text: str) -> str:
    """The start of ``text``: up to ``_HEAD`` characters, then on to the end of a word."""
    if len(text) <= _HEAD:
        return text
    end = text.find(" ", _HEAD)
    return text if end < 0 else text[:end]


def _may_join(left: str, right: str) -> bool:
    """Whether reading two blocks as one can find what neither shows alone: a name the first
    opens (``names.opens_name``), or a value with digits under its keyword (most cells of most
    tables are neither, and are not read twice)."""
    return _HAS_DIGIT.search(right) is not None or opens_name(left)


_HAS_DIGIT = re.compile(r"[0-9]")


def _capitalised(words: str) -> bool:
    return all(word[:1].isupper() for word in words.split())


_Join = Literal["column", "rows", "next", "tail", "digits"]
"""How two blocks are read together: a column's header with a cell under it, a cell with the
cell under it (a name only), a short block with the next block's first line (whose value must
be that line's whole text), the last words of a longer block with the next block's first line
(a name only), or the block before a run of digit-only blocks with the digits."""


def _digit_runs(lines: list[str]) -> list[tuple[str, str, _Join]]:
    """Each run of two or more blocks of digits alone, as (the block before it, the digits)."""
    runs: list[tuple[str, str, _Join]] = []
    digits: list[str] = []
    for i, line in enumerate([*lines, ""]):
        block = _DIGIT_BLOCK.fullmatch(line)
        if block is not None:
            digits.append(_NOT_DIGIT.sub("", block.group("digits")))
            continue
        if len(digits) >= 2:
            before = lines[i - len(digits) - 1] if i - len(digits) >= 1 else ""
            runs.append((before, "".join(digits), "digits"))
        digits = []
    return runs


_RECORD_LONGEST = 300
"""The longest block read as a record of a sequence (a list's row, an item, a card, a feed's
entry line): a paragraph of prose is read by the sentence rules."""
_RECORD_SPAN = 3
"""The most records one value is read across (a number in three parts: ``1705`` / ``905`` /
``0052``)."""
_RECORD_RUNS = 8
"""The most runs of digits of one list item read (a title and a date hold three or four): an
item of fifty numbers would be paired with the next one's fifty."""
_GROUPED = re.compile(r"[0-9]++(?:[ \u00a0][0-9]++)*+")
"""Digit groups a number is written in (``170 590``); not a date or a case number's parts
(``2021-014``, ``18.05``: with the year on the next line, a PDF's wrapped cell read 11 digits)."""
_PLAIN = re.compile(r"[0-9]++")


def _records(text: str) -> Iterator[tuple[bool, list[tuple[int, str]]]]:
    """The sequences a reader reads down a page (attack round 10): each column of a table, its
    cells top to bottom, and each run of short blocks (a list's items, cards, rows without
    cells), one after another: whether it is a column, and each record as (its offset in
    ``text``, its text). A row runs from a line that starts a cell to the line that ends one (a
    cell's line break, ``<br>``, stands inside it: a list's title over its description)."""
    run: list[tuple[int, str]] = []
    columns: list[list[tuple[int, str]]] = []
    row: list[tuple[int, str]] = []  # the lines of a row not yet ended
    offset = 0
    for line in text.split("\n"):
        at, offset = offset, offset + len(line) + 1
        if row or _ROW_START.match(line):
            row.append((at, line))
            if not line.rstrip(" \u00a0").endswith("|"):
                if len(row) > _ROW_LINES:
                    row = []  # no row after all: a line that starts with a bar
                continue
            first, end = row[0][0], row[-1][0] + len(row[-1][1])
            cells = [(m.start(), m.group()) for m in _ROW_CELL.finditer(text, first, end)]
            cells = [(start, cell) for start, cell in cells if cell.strip()]
            row = []
            if columns and len(columns) != len(cells):
                yield from ((True, c) for c in columns)
                columns = []
            columns = columns or [[] for _ in cells]
            for column, cell in zip(columns, cells, strict=True):
                column.append(cell)
            continue
        yield from ((True, c) for c in columns)
        columns = []
        if len(line) <= _RECORD_LONGEST and _ANY_DIGIT.search(line):
            run.append((at, line))
            continue
        if len(run) > 1:
            yield False, run
        run = []
    yield from ((True, c) for c in columns)
    if len(run) > 1:
        yield False, run


_ROW_LINES = 12
"""The most lines of one row (its cells' line breaks)."""
_ROW_CELL = re.compile(r"[^|]++")
"""A cell's text in a row (its lines together)."""


def _parts(record: str, *, column: bool) -> tuple[list[str], list[str]]:
    """The digits a record may lend a value split over records, as the digits that may end one
    (the left part) and those that may start the rest (the right part). In a table's column, a
    reader joins the digits that end a cell with those that start the cell under it: the end
    of the cell's last run of digit groups (``170590``, ``170 590``, ``590`` of it) and the
    start of its first. In a list, an item holds more than one value (a title and a date on
    one line): each run of digits, and each run of groups whole (``170 590``)."""
    grouped = list(_GROUPED.finditer(record))
    if not grouped:
        return [], []
    if not column:
        runs = [m.group() for m in islice(_PLAIN.finditer(record), _RECORD_RUNS)]
        runs += [
            _NOT_DIGIT.sub("", m.group()) for m in grouped[:_RECORD_RUNS] if len(m.group()) < 30
        ]
        kept = [run for run in dict.fromkeys(runs) if len(run) <= 10]
        return kept, kept
    last = _PLAIN.findall(grouped[-1].group())[-6:]
    first = _PLAIN.findall(grouped[0].group())[:6]
    ends = ["".join(last[i:]) for i in range(len(last))]
    starts = ["".join(first[: i + 1]) for i in range(len(first))]
    return [d for d in ends if len(d) <= 10], [d for d in starts if len(d) <= 10]


def _down_records(text: str, where: str, allowed: Collection[str]) -> list[Seen]:
    """An identity number a reader assembles down a sequence (``_records``): a part in one
    record and the rest in the next, or in the one after it with a record between that lends
    its one run of digits whole (``Vedtak 1705`` / ``Sak 905`` / ``0052 …``); eleven digits with
    a valid date and check digits. The rows of a list sorted newest first (``Vedtak 170590``
    over ``50052 enslig kvinne``, the date between them in text order) are read by column, as
    a reader reads them (attack round 10). For identity numbers only: their check digits make
    a chance match all but impossible, where an account number's one check digit would match
    a tenth of any two counts. Reported at the first part."""
    return _read_down(_records(text), text, where, allowed)


def _read_down(
    sequences: Iterable[tuple[bool, list[tuple[int, str]]]],
    text: str,
    where: str,
    allowed: Collection[str],
) -> list[Seen]:
    """``_down_records`` of these sequences of records in ``text``."""
    found: list[Seen] = []
    tried: set[str] = set()
    for column, records in sequences:
        parts = [_parts(record, column=column) for _, record in records]
        starts: list[dict[int, list[str]]] = []  # each record's right parts by length
        for _, rights in parts:
            by_length: dict[int, list[str]] = {}
            for right in rights:
                by_length.setdefault(len(right), []).append(right)
            starts.append(by_length)
        worded = [_LETTER.search(record) is not None for _, record in records]
        middles = [_middle(record) for _, record in records]
        for i in range(len(records) - 1):
            for left in parts[i][0]:
                digits, j = left, i + 1
                while j < min(len(records), i + _RECORD_SPAN):
                    # (a column of counts alone is read by the rules for one-column tables)
                    rights = starts[j].get(11 - len(digits), []) if worded[i] or worded[j] else []
                    for right in rights:
                        if not _lent(left, right, middles[i], middles[j]):
                            continue
                        whole = digits + right
                        if whole not in tried:
                            tried.add(whole)
                            spot = _spot(records[i][1], left, records[i][0])
                            found += _identity_at(whole, spot, text, where, allowed)
                    digits += middles[j]  # a middle part: its one run
                    if not middles[j] or len(digits) >= 11:
                        break
                    j += 1
    return found


def _lent(left: str, right: str, own_left: str, own_right: str) -> bool:
    """Whether two parts may make a number down a sequence: one of five digits or more, or
    each the one run of its record's words (a title: ``Vedtak 1705`` over ``0052 enslig``).
    Short runs of records with several numbers (counts, years, ranks, a chart's labels) make
    eleven digits with valid check digits by chance on a large site: the readiness page of
    5,000 decisions was refused (stop 25)."""
    return len(left) >= 5 or len(right) >= 5 or (own_left == left and own_right == right)


def _middle(record: str) -> str:
    """The digits a record lends whole between two others: the one run of digit groups of a
    record with words (a title: ``Sak 905``), of fewer than eleven digits; "" for any other."""
    grouped = _GROUPED.search(record)
    if grouped is None or grouped.end() - grouped.start() > 30 or not _LETTER.search(record):
        return ""  # (a number alone is a year or a count: a PDF's wrapped cell, a column)
    if _GROUPED.search(record, grouped.end()) is not None:
        return ""
    digits = _NOT_DIGIT.sub("", grouped.group())
    return digits if len(digits) < 11 else ""


_LETTER = re.compile(r"[^\W\d_]")


def _spot(record: str, left: str, at: int) -> tuple[int, int]:
    """Where the left part ``left`` (digits) stands: in ``text``, which ``record`` starts at
    ``at`` (its last place in the record: a column's part ends its cell)."""
    places = [i for i, ch in enumerate(record) if ch.isdigit()]
    digits = "".join(record[i] for i in places)
    found = digits.rfind(left)
    if found < 0:
        return at, at + len(record)
    return at + places[found], at + places[found + len(left) - 1] + 1


def _identity_at(
    digits: str, spot: tuple[int, int], text: str, where: str, allowed: Collection[str]
) -> list[Seen]:
    if not is_identity_number(digits):
        return []
    start, end = spot
    found = []
    for f in find_personal_data(digits, allowed=allowed, markers=False):
        if f.what == WHAT_IDENTITY:
            masked = f"{f.masked}, delt over rader eller punkter"
            found.append(Seen(Finding(start, end, f.what, masked, f.fingerprint), text, where))
    return found


_TITLE = re.compile(r"<h1\b[^>]*+>(?P<title>.*?)</h1\s*+>", re.S | re.I)
_TITLE_SIX = re.compile(r"(?<![0-9])[0-9]{6}(?![0-9])")
_PAGE_FIVE = re.compile(r"(?<![0-9])[0-9]{5}(?![0-9])")


def _title_split(page: str, text: str, allowed: Collection[str]) -> list[Seen]:
    """An identity number split between the page's title and its text (``Sak 030494`` as the
    title, ``12345`` in the text): a birth date last in the title, read with each five-digit
    number of the page (a title holds no number by its nature; the check digits do the rest)."""
    title = _TITLE.search(page) if "<h1" in page or "<H1" in page else None
    if title is None:
        return []
    sixes = _TITLE_SIX.findall(readable(html.unescape(_ANY_TAG.sub("", title.group("title")))))
    if not sixes:
        return []
    found: list[Seen] = []
    for five in _PAGE_FIVE.finditer(text):
        if not is_identity_number(sixes[-1] + five.group()):
            continue
        for finding in find_personal_data(sixes[-1] + five.group(), allowed=allowed, markers=False):
            if finding.what == WHAT_IDENTITY:
                masked = f"{finding.masked}, delt mellom tittelen og teksten"
                spot = Finding(five.start(), five.end(), finding.what, masked, finding.fingerprint)
                found.append(Seen(spot, text, TEXT))
    return found


def _scan_new(
    texts: list[str],
    where: str,
    allowed: Collection[str],
    names: Collection[str],
    clean: set[str],
) -> list[Seen]:
    """``_scan`` of ``texts`` joined ``APART``, but for those in ``clean``; the texts of up to
    ``_CLEAN_LONGEST`` characters found clean are added to it (longer ones rarely repeat)."""
    new = [text for text in texts if text not in clean]
    found = _scan(APART.join(new), where, allowed, names)
    starts = list(accumulate((len(text) + len(APART) for text in new), initial=0))
    dirty = {bisect_right(starts, s.finding.offset) - 1 for s in found}
    if len(clean) > _CLEAN_MAX:
        clean.clear()
    clean.update(
        text for i, text in enumerate(new) if i not in dirty and len(text) <= _CLEAN_LONGEST
    )
    return found


_CLEAN_MAX = 200_000
"""Texts a cache of clean ones holds before it starts again (memory stays small)."""
_CLEAN_LONGEST = 2_000
"""The longest text a cache of clean ones keeps (a page's own text, a record's content, never
repeats)."""


def in_text(text: str, *, allowed: Collection[str] = (), names: Collection[str] = ()) -> list[Seen]:
    """Personal data in a published text file (XML and HTML references decoded)."""
    return _scan(html.unescape(text), TEXT, allowed, names)


def in_markup(
    text: str, *, allowed: Collection[str] = (), names: Collection[str] = ()
) -> list[Seen]:
    """Personal data in an XML or SVG file (a feed, a sitemap, a drawing): its text as shown,
    and the HTML a feed carries escaped inside it, as shown too. A part of the second reading
    that is the very text of the first (a feed without escaped markup: all of it) is not read
    twice: the same text gives the same findings."""
    first, mirror = visible_text(text), _mirrored(text)
    found = _in_shown(text, first, mirror, allowed, names, None)
    if "<entry" in text or "<item" in text:
        found += _unseen(_feed_fields(text, allowed), found)
    unescaped = html.unescape(text)
    if unescaped == text:
        return found
    second, mirror_second = visible_text(unescaped), _mirrored(unescaped)
    return found + _in_shown(
        unescaped,
        second,
        mirror_second,
        allowed,
        names,
        None,
        text=not (mirror_second == mirror and second.text == first.text),
        hidden=second.hidden != first.hidden,
    )


_FEED_FIELD = re.compile(
    r"<(title|summary|content|description)\b[^<>]*+>(.*?)</\1\s*+>", re.S | re.I
)
"""A feed entry's field a feed reader lists entry under entry."""


def _feed_fields(text: str, allowed: Collection[str]) -> list[Seen]:
    """A feed's entries as a feed reader lists them (attack round 10): each field's values,
    entry after entry (the titles of two decisions one under the other), read down as a column
    (``_down_records``), each value's markup escaped or not read as shown."""
    fields: dict[str, list[str]] = {}
    for field in _FEED_FIELD.finditer(text):
        shown = visible_text(html.unescape(field.group(2))).text.replace("\n", " ")
        fields.setdefault(field.group(1).lower(), []).append(readable(shown))
    lines: list[str] = []
    sequences: list[tuple[bool, list[tuple[int, str]]]] = []
    at = 0
    for values in fields.values():
        records = []
        for value in values:
            records.append((at, value))
            lines.append(value)
            at += len(value) + 1
        sequences.append((True, records))
    return _read_down(sequences, "\n".join(lines), TEXT, allowed)


_XML_TEXT = re.compile(r">([^<]++)<")
_SITEMAP = re.compile(r"<urlset\b")


def is_sitemap(text: str) -> bool:
    """Whether an XML file is a sitemap (``<urlset>``): a list of the site's addresses."""
    return _SITEMAP.search(text, 0, 2_000) is not None


def in_sitemap(
    text: str, *, allowed: Collection[str] = (), names: Collection[str] = ()
) -> list[Seen]:
    """Personal data in a sitemap: each value on its own (an address is no sentence that runs
    into the date after it), and an address read as one, each part of its path on its own
    (``/vedtaksbank/afg/2022-31-konvertitt/`` is three names, not a row of digits)."""
    values: list[str] = []
    for node in _XML_TEXT.finditer(text):
        value = html.unescape(node.group(1)).strip()
        if not value:
            continue
        if value.startswith(("http://", "https://", "/")):
            address = urlsplit(value)
            values += [address.netloc, address.query, address.fragment]
            values += [unquote(part) for part in address.path.split("/")]
        else:
            values.append(value)
    return [
        replace(seen, where=ADDRESS)
        for seen in _scan(APART.join(v for v in values if v), TEXT, allowed, names)
    ]


def in_json(text: str, *, allowed: Collection[str] = (), names: Collection[str] = ()) -> list[Seen]:
    """Personal data in a JSON file: every key and string, escapes decoded."""
    try:
        value = json.loads(text)
    except ValueError:
        return in_text(text, allowed=allowed, names=names)
    return _scan(APART.join(_strings(value)), TEXT, allowed, names)


_FRAGMENT_SIGNATURE = b"pagefind_dcd"


def in_search_record(
    data: bytes,
    *,
    allowed: Collection[str] = (),
    names: Collection[str] = (),
    page: Callable[[str], str | None] | None = None,
    clean: set[str] | None = None,
) -> tuple[str | None, list[Seen]]:
    """A Pagefind fragment (one page's search record): its address and every text in it.

    ``page(url)`` gives the HTML of the page the record was made from: a finding counts only when
    its value shows on that page too (see the module's docstring); without the page, every
    finding counts. A fragment Praksisbanken cannot read is reported as personal data could be
    in it (fail closed): ``ValueError`` with a Norwegian reason.

    ``clean``, as for ``in_page``: texts found clean before, each read on its own. Most of a
    record's short texts repeat from record to record (its keys, the filters' and fields'
    values, the headings of a kind); each is read once. Not used for a record with a
    right-to-left mark (each text is then also read mirrored, ``_scan``)."""
    try:
        raw = gzip.decompress(data)
    except (OSError, EOFError) as exc:
        raise ValueError("søkeposten er ikke gzip-komprimert") from exc
    raw = raw.removeprefix(_FRAGMENT_SIGNATURE)
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError("søkeposten er ikke JSON") from exc
    url = record.get("url") if isinstance(record, dict) else None
    texts = list(dict.fromkeys(_strings(record)))
    if clean is None or any(
        _BIDI.search(text) or visualorder.holds_right_to_left(text) for text in texts
    ):
        found = _scan(APART.join(texts), SEARCH, allowed, names)
    else:
        found = _scan_new(texts, SEARCH, allowed, names, clean)
    html_page = page(url) if found and page is not None and isinstance(url, str) else None
    if html_page is not None:
        shown = visible_text(html_page)
        on_page = _spaced(readable(shown.text + APART + shown.hidden))
        found = [s for s in found if _spaced(_value(s)) in on_page]
    return (url if isinstance(url, str) else None), found


_SPACES = re.compile(r"\s++")


def _spaced(text: str) -> str:
    return _SPACES.sub(" ", text)


def _value(seen: Seen) -> str:
    return seen.text[seen.finding.offset : seen.finding.end]


def _strings(value: object) -> Iterator[str]:
    """Every key and text of a JSON value."""
    return (leaf for _, leaf in nested.leaves(value) if isinstance(leaf, str))


def pdf_text(data: bytes) -> str:
    """The text a reader of a PDF sees: every page's, and the document information, link
    targets, annotation texts, structure texts (alternative texts) and outline beside them
    (``pdftext.py``, read with PDFium).

    ``ValueError`` with a Norwegian reason when the PDF cannot be read (fail closed)."""
    # A NUL shows nothing; pypdf, the reader before PDFium, put one between the letters of a
    # run set in a font beyond the Latin one (issue 17, round 6): dropped, so that no NUL can
    # keep the pairing across lines from reading the PDF's text as it reads the page's.
    return pdftext.pdf_text(data).replace("\x00", "")


def in_pdf(
    data: bytes, *, allowed: Collection[str] = (), names: Collection[str] = ()
) -> list[Seen]:
    """Personal data in the text of a PDF."""
    return _scan(pdf_text(data), PDF, allowed, names)


def known_names(content: Content) -> frozenset[str]:
    """The people the site may name: the employees in the practice notes' contacts and, where
    it is a name, who quality-assured a guide. Their names are no findings on any page."""
    names = {c.name for note in content.of(PracticeNote) for c in note.contacts}
    names |= {g.quality_assured_by for g in content.of(InterviewGuide)}
    return frozenset(names)


# -- back to the source ------------------------------------------------------------------------

_NOT_DIGIT = re.compile(r"[^0-9]++")


def key_of(seen: Seen) -> str:
    """What ``source_line_of`` looks for: the value's first six digits, or its text (the
    value itself stays in memory; it is never printed)."""
    value = seen.text[seen.finding.offset : seen.finding.end]
    digits = _NOT_DIGIT.sub("", value)
    return digits[:6] if len(digits) >= 6 else value


def source_line_of(key: str, source: str) -> int | None:
    """The line of ``source`` (a content file) where ``key`` starts, as a reader reads it.

    ``key`` is a value's first six digits, looked for in the digits of the whole file with
    comments and tags dropped (so a number split over lines by a comment is found at its first
    digit), or, for a value with fewer digits (an e-mail address), its text, looked for line by
    line. ``None`` when the file does not hold it."""
    return _source_lines(source).line_of(key)


@functools.lru_cache(maxsize=4)
def _source_lines(source: str) -> SourceLines:
    """``SourceLines`` of the last few sources (a capped page has hundreds of findings to trace,
    each in the same megabyte)."""
    return SourceLines.of(source)


@dataclass(frozen=True, slots=True)
class SourceLines:
    """A content file read once as ``source_line_of`` reads it, to look for many keys in it
    (the site gate traces every value found on any page to its file)."""

    lines: tuple[str, ...]
    """Each line as a reader reads it, comments and tags dropped."""
    starts: tuple[int, ...]
    """Where each line's digits start in ``digits`` (a line without digits starts where the
    next one does)."""
    digits: str
    """The digits of the whole file, in order."""

    @classmethod
    def of(cls, source: str) -> SourceLines:
        source = _DROPPED.sub(lambda m: "\n" * m.group().count("\n"), source)
        lines = tuple(
            readable(html.unescape(_ANY_TAG.sub("", line))) for line in source.split("\n")
        )
        runs = [_NOT_DIGIT.sub("", line) for line in lines]
        starts = tuple(accumulate((len(run) for run in runs[:-1]), initial=0))
        return cls(lines, starts, "".join(runs))

    def line_of(self, key: str) -> int | None:
        """The line where ``key`` starts (see ``source_line_of``), else ``None``."""
        if not key.isdigit():
            return next((n for n, line in enumerate(self.lines, start=1) if key in line), None)
        at = self.digits.find(key)
        if at < 0:
            return None
        return bisect_right(self.starts, at)  # the line whose digits hold the key's first
