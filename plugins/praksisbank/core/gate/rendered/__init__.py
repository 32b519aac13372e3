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

This package's ``__init__`` holds the entry points other modules import (``in_page``,
``in_text``, ``in_markup``, ``in_sitemap``, ``in_json``, ``in_search_record``, ``in_pdf``,
``known_names``, and the names re-exported below); the readings are in modules by what they
read, each importing only those below it (``pyproject.toml``'s import-linter contract):

- ``cells``: across a table's cells, side by side; ``blocks``: over two blocks and from a
  block's title to its body; ``tracing``: a finding back to its source line;
- ``scanning``: ``_scan``, one text with its footnotes, marks and chains of digits;
- ``records``: down a list's items or a sequence's records; ``joins``: what crosses a join
  (a footnote mark, a cell's edge, a line break);
- ``seen``: the record of a finding; ``reading``: what a reader reads (``readable``);
  ``visible``: what a reader sees (``visible_text``).
"""

from __future__ import annotations

import gzip
import html
import json
import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator
from dataclasses import replace
from itertools import accumulate
from urllib.parse import unquote, urlsplit

from praksisbank.core.base import nested
from praksisbank.core.base.model import Content, InterviewGuide, PracticeNote
from praksisbank.core.gate import pdftext, visualorder
from praksisbank.core.gate.anonymity import (
    WHAT_IDENTITY,
    Finding,
    find_personal_data,
    is_identity_number,
)
from praksisbank.core.gate.prefilter import has_digit
from praksisbank.core.gate.rendered.blocks import _titled_blocks, across_blocks
from praksisbank.core.gate.rendered.cells import cells_side_by_side
from praksisbank.core.gate.rendered.joins import SPLIT_CLASSES
from praksisbank.core.gate.rendered.reading import _BIDI, LIKE_DIGITS, readable
from praksisbank.core.gate.rendered.records import _read_down
from praksisbank.core.gate.rendered.scanning import _scan, _unseen
from praksisbank.core.gate.rendered.seen import ADDRESS, ATTRIBUTE, PDF, SEARCH, TEXT, Seen
from praksisbank.core.gate.rendered.tracing import SourceLines, key_of, source_line_of
from praksisbank.core.gate.rendered.visible import (
    _ANY_TAG,
    ACROSS_CELLS,
    APART,
    CELL,
    Shown,
    visible_text,
)

__all__ = [
    "ACROSS_CELLS",
    "ADDRESS",
    "APART",
    "ATTRIBUTE",
    "CELL",
    "HEAD_WORDS",
    "LIKE_DIGITS",
    "PDF",
    "SEARCH",
    "SPLIT_CLASSES",
    "TEXT",
    "Seen",
    "Shown",
    "SourceLines",
    "across_blocks",
    "cells_side_by_side",
    "headings_in_sequence",
    "in_json",
    "in_markup",
    "in_page",
    "in_pdf",
    "in_search_record",
    "in_sitemap",
    "in_text",
    "is_sitemap",
    "key_of",
    "known_names",
    "pdf_text",
    "readable",
    "source_line_of",
    "split_over_heads",
    "visible_text",
]


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
        if "<h" in page or "<H" in page:
            found += _unseen([s for _, s in _page_headings(page, allowed, names)], found)
    if not hidden:
        return found
    if clean is None:
        return found + _scan(shown.hidden, ATTRIBUTE, allowed, names)
    values = list(dict.fromkeys(shown.hidden.split(APART)))
    return found + _scan_new(values, ATTRIBUTE, allowed, names, clean)


_TITLE = re.compile(r"<h1\b[^>]*+>(?P<title>.*?)</h1\s*+>", re.S | re.I)
_TITLE_SIX = re.compile(r"(?<![0-9])[0-9]{6}(?![0-9])")
_PAGE_FIVE = re.compile(r"(?<![0-9])[0-9]{5}(?![0-9])")


_DESCRIPTION = re.compile(
    r"<meta\s++name=[\x22']?description[\x22']?\s++content=(?P<q>[\x22'])(?P<d>[^\x22']*+)(?P=q)",
    re.I,
)
"""A page's description (a decision's `description`, read with its title and its text)."""


HEAD_WORDS = ("tittelen", "beskrivelsen")
"""What `split_over_heads` names each head by, in the order a decision's page shows them."""


def split_over_heads(heads: list[str], text: str) -> list[tuple[int, Finding]]:
    """An identity number split between a page's heads (its title, then its description) and
    its text (``Sak 030494`` or ``Saken gjelder søker 030494.`` before, ``12345`` in the text):
    the birth date last in each head, read with each five-digit number of the text (a head
    holds no number by its nature; the check digits do the rest). Each finding is placed at the
    five digits in ``text``, with the head it was joined to (its index in ``heads``)."""
    found: list[tuple[int, Finding]] = []
    for index, head in enumerate(heads):
        sixes = _TITLE_SIX.findall(head)
        if not sixes:
            continue
        for five in _PAGE_FIVE.finditer(text):
            if not is_identity_number(sixes[-1] + five.group()):
                continue
            for finding in find_personal_data(sixes[-1] + five.group(), markers=False):
                if finding.what == WHAT_IDENTITY:
                    spot = Finding(
                        five.start(), five.end(), finding.what, finding.masked, finding.fingerprint
                    )
                    found.append((index, spot))
    return found


def _title_split(page: str, text: str, allowed: Collection[str]) -> list[Seen]:
    """An identity number split between the page's title or description and its text
    (`split_over_heads`); identity numbers are never excepted (`allowed` is not asked)."""
    title = _TITLE.search(page) if "<h1" in page or "<H1" in page else None
    description = _DESCRIPTION.search(page) if "description" in page else None
    if title is None and description is None:
        return []
    heads = [
        readable(html.unescape(_ANY_TAG.sub("", title.group("title")))) if title else "",
        readable(html.unescape(description.group("d"))) if description else "",
    ]
    found: list[Seen] = []
    for index, finding in split_over_heads(heads, text):
        masked = f"{finding.masked}, delt mellom {HEAD_WORDS[index]} og teksten"
        found.append(Seen(replace(finding, masked=masked), text, TEXT))
    return found


_HEADING = re.compile(r"<h([2-6])\b[^>]*+>(.*?)</h\1\s*+>", re.S | re.I)
_HEADER_LINK = re.compile(r"<a\b[^>]*\bheaderlink\b[^>]*>.*?</a\s*>", re.S | re.I)


def _page_headings(
    page: str, allowed: Collection[str], names: Collection[str]
) -> list[tuple[int, Seen]]:
    """`headings_in_sequence` of a page's headings (``<h2>`` to ``<h6>``, their permalinks
    left out), as its table of contents lists them."""
    headings = [
        readable(html.unescape(_ANY_TAG.sub("", _HEADER_LINK.sub("", m.group(2))))).strip()
        for m in _HEADING.finditer(page)
    ]
    return headings_in_sequence([h for h in headings if h], allowed, names)


def headings_in_sequence(
    headings: list[str], allowed: Collection[str] = (), names: Collection[str] = ()
) -> list[tuple[int, Seen]]:
    """A page's headings as its table of contents shows them, one after the other (attack
    round 12): each read with the next as one line (``### Tazkira-nummer`` … ``### 1400-…``,
    ``### Født`` … ``### 3. mars 1993``, ``### Amir`` … ``### Hassan``). Only what neither
    heading shows alone; each with the index of the second heading of its pair.

    Read only where a line can hold more than its two headings: the second holds a digit (a
    number or a date after its cue) or the first ends and the second begins with a capital (a
    name); each such line once (a page of the same headings is read once), and a heading alone
    only when the line's finding lies wholly in it."""
    lines: dict[str, int] = {}
    for index in range(1, len(headings)):
        first, second = headings[index - 1], headings[index]
        if not first or not second:
            continue
        if has_digit(first):
            continue  # (a cue holds no digits; a number over a number is read by the lists)
        if has_digit(second) or (first.split()[-1][:1].isupper() and second[:1].isupper()):
            lines.setdefault(f"{first} {second}", index)
    if not lines:
        return []
    texts = list(lines)
    starts = list(accumulate((len(t) + len(APART) for t in texts), initial=0))
    found: list[tuple[int, Seen]] = []
    seen_before: set[str] = set()
    for seen in _scan(APART.join(texts), TEXT, allowed, names, records=False):
        at = bisect_right(starts, seen.finding.offset) - 1
        index = lines[texts[at]]
        split = starts[at] + len(headings[index - 1])  # the space between the two headings
        if seen.finding.fingerprint in seen_before:
            continue
        if seen.finding.offset > split or seen.finding.end <= split:
            part = headings[index] if seen.finding.offset > split else headings[index - 1]
            alone = _scan(part, TEXT, allowed, names, records=False)
            if any(a.finding.fingerprint == seen.finding.fingerprint for a in alone):
                continue
        seen_before.add(seen.finding.fingerprint)
        found.append((index, seen))
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
    feed = "<entry" in text or "<item" in text
    if feed:
        text = _FEED_STAMP.sub(r"<\1></\1>", text)
    first, mirror = visible_text(text), _mirrored(text)
    found = _in_shown(text, first, mirror, allowed, names, None)
    if feed:
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


_FEED_STAMP = re.compile(
    r"<(updated|published|pubDate|lastBuildDate)>[ \t\n]*+"
    r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:Z|[+-][0-9]{2}:[0-9]{2})"
    r"|[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4})"
    r"[ \t\n]*+</\1>"
)
"""A feed's time stamp as the feed's template writes it (Atom's ISO time, RSS's RFC 822 one):
the site's own date of a date field, not a contributor's digits. Read with the title beside it
(attack round 11: ``Klage nummer 211`` and ``2024-05-17``), its digits would run on from the
title's into a number no one wrote; a date alone is no personal data, so it is not read."""
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
