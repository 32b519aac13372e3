"""Over two blocks: a block's title with its body (admonitions, details, tabs:
``_titled_blocks``), and a short block with the next (``across_blocks``: a label over its
value, a column's header over a cell, a name's parts, runs of digit-only blocks).

Imports ``records``, ``joins``, ``seen``, ``reading``, ``visible`` and the detectors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator
from itertools import accumulate
from typing import Literal

from praksisbank.core.gate.anonymity import Finding, find_personal_data
from praksisbank.core.gate.names import WHAT_NAME, continues_name, names_a_case, opens_name
from praksisbank.core.gate.rendered.joins import _PHONE_CUE, _PHONES
from praksisbank.core.gate.rendered.reading import _NOT_DIGIT, readable
from praksisbank.core.gate.rendered.records import _ROW_START
from praksisbank.core.gate.rendered.seen import TEXT, Seen
from praksisbank.core.gate.rendered.visible import (
    _CELL_TEXT,
    ACROSS_CELLS,
    APART,
    CELL,
    visible_text,
)

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
                # a cell that ends in a given name over one that begins with a surname (a
                # list's description over the next row's title, attack round 11)
                pairs += [
                    (words, down, "tail")
                    for up, down in zip(above[:1], cells[:1], strict=True)
                    if not _capitalised(up) and (words := _name_tail(up))
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
            # (a row's first cell over two lines: its last line ends at the next cell)
            tail = _NAME_TAIL.search(line.split(CELL, 1)[0].rstrip(" \u00a0|"))
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


def _name_tail(cell: str) -> str:
    """The last one or two words of a cell when they may open a name (its last word a given
    name on the list, capitalised): "" for any other."""
    tail = _NAME_TAIL.search(cell)
    if tail is None or not tail.group("words").split()[-1][:1].isupper():
        return ""
    return tail.group("words") if opens_name(tail.group("words")) else ""


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
