"""What would make Python-Markdown slow, found before it runs: one linear pass over a body.

Python-Markdown reads the inline markup of each paragraph (each table row, each list item) by
trying every opener where it stands. Measured with the site's extensions (benchmarks/
bench_hostile.py), the time grows with the square of the paragraph:

- an opening ``[`` or ``(`` is followed character by character, in Python, to its closer or
  to the end of the paragraph (about 0.3 µs a character): 5,000 ``[`` in one paragraph take
  4 s, a file of 1 MB of them hours; nested brackets are read again from each opener;
- an unclosed ``<`` costs a search to the end of the paragraph, about a sixteenth as much;
- every other opener (``*``, ``_``, `````, ``&``, ``!``, ``\\``, ``{``, ``~``) costs a copy of
  the rest of the paragraph when it matches, about a thousandth: 1 MB of ``*_`` or of ```a```
  in one paragraph still takes minutes.

So a body is priced before it is rendered: each opener costs the characters from it to its
closer (brackets) or to the end of its paragraph (the rest), weighted as above. A body whose
price passes ``BUDGET`` is refused, naming the paragraph that costs most. ``BUDGET`` is about a
second of rendering at the slowest rate measured; real texts cost a few thousandths of it.

Headings with the same text cost the square of their number (``toc`` makes each anchor
unique by trying ``a_1``, ``a_2``... in turn): each costs as many as came before it.

Rendering is also linear work of about 10 µs per piece of markup (a table cell, a list item, a
link): 1 MB of table rows or list items takes 4 to 5 s. So a body may hold at most ``MAX_MARKS``
marks (openers, closers, ``|``, lines, a line's indentation: a nested list is read again at
every level; each entry of an attribute list, ``{ .a .b }``). When the limit was set, the
longest texts in this repository (the README, then 25 kB; the contributor guide, 15 kB) held
about 1,300 and cost at most 10,000. Code in fences is not priced (Markdown reads no markup
there), but its lines are counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BUDGET = 3_000_000
"""The most a body may cost: characters Markdown reads again (about 1 s at 0.3 µs each)."""
MAX_MARKS = 20_000
"""The most marks a body may hold (some 0.2 s of rendering at 10 µs each; a table of 5,000 rows
or a definition list of 6,000 entries takes about 1 s)."""
FENCE_MARKS = 10
"""What the line that opens or closes a code fence counts for (a fence: 6,666 take 6.8 s)."""
WEIGHT = {"<": 16}
"""How many characters after an opener weigh as much as one of a bracket's (default: 1000)."""
CHEAP = 1000

_TOKEN = re.compile(r"\\.|[\[\]()|]|[*_`<&!{~]", re.DOTALL)
"""A backslash escape (not markup), a bracket, a cell or line, or another opener."""
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]")


@dataclass(frozen=True, slots=True)
class Costly:
    """A body that would take too long to render, at the paragraph that costs most."""

    offset: int
    """Where that paragraph starts in the body."""
    opener: str
    """The character that costs most there."""
    count: int
    """How many of it the paragraph has."""
    price: int
    """What the whole body costs (compare ``BUDGET``)."""
    marks: int
    """How many marks it holds, so far as it was read (compare ``MAX_MARKS``)."""


@dataclass(frozen=True, slots=True)
class _Unit:
    """A stretch of text Markdown reads markup in as one piece (a paragraph, a row, an item)."""

    start: int
    end: int


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line with its offset."""
    found = []
    offset = 0
    for line in text.split("\n"):
        found.append((offset, line))
        offset += len(line) + 1
    return found


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """The lines between blank lines, fenced code left out."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    fence = ""
    for offset, line in _lines(text):
        if fence:
            if line.lstrip(" \t").startswith(fence):
                fence = ""
            continue
        opened = _FENCE.match(line)
        if opened or not line.strip():
            if current:
                blocks.append(current)
            current = []
            fence = opened.group(1)[0] * 3 if opened else ""
            continue
        current.append((offset, line))
    if current:
        blocks.append(current)
    return blocks


def _table_rule(line: str) -> bool:
    """Whether a line is the rule under a table's head (``|---|:--:|``)."""
    marks = set(line.replace(" ", "").replace("\t", ""))
    return "-" in marks and marks <= {"|", "-", ":"}


def _units(blocks: list[list[tuple[int, str]]]) -> list[_Unit]:
    """Paragraphs; a table's rows and a list's items each on their own (as Markdown reads them:
    a paragraph that does not start as a list or a table is read whole, whatever follows)."""
    units = []
    for block in blocks:
        table = len(block) > 1 and "|" in block[0][1] and _table_rule(block[1][1])
        listed = _LIST_ITEM.match(block[0][1]) is not None
        start = block[0][0]
        for offset, line in block[1:]:
            if table or (listed and _LIST_ITEM.match(line)):
                units.append(_Unit(start, offset - 1))
                start = offset
        last = block[-1]
        units.append(_Unit(start, last[0] + len(last[1])))
    return units


def _price(text: str, unit: _Unit, limit: int) -> tuple[int, int, str, int]:
    """What a unit costs (read no further once past ``limit``), its commonest opener and how
    many of that it has."""
    open_square: list[int] = []
    open_round: list[int] = []
    price = 0
    marks = 0
    counts: dict[str, int] = {}
    for token in _TOKEN.finditer(text, unit.start, unit.end):
        char = token.group(0)
        marks += 1
        if len(char) > 1:  # an escaped character is text
            continue
        counts[char] = counts.get(char, 0) + 1
        if char == "|":
            continue
        if char == "[":
            open_square.append(token.start())
        elif char == "(":
            open_round.append(token.start())
        elif char == "]":
            if open_square:
                price += token.start() - open_square.pop()
        elif char == ")":
            if open_round:
                price += token.start() - open_round.pop()
        else:
            price += (unit.end - token.start()) // WEIGHT.get(char, CHEAP)
            if char == "{":
                marks += _entries(text, token.start(), unit.end)
        if price > limit or marks > MAX_MARKS:
            break
    price += sum(unit.end - p for p in open_square) + sum(unit.end - p for p in open_round)
    for closer in "])|":
        counts.pop(closer, None)
    opener = max(counts, key=lambda c: (counts[c], c)) if counts else "["
    return price, marks, opener, text.count(opener, unit.start, unit.end)  # all, read or not


def _entries(text: str, start: int, end: int) -> int:
    """The entries of an attribute list (``attr_list``: ``{ .a .b #c key=value }``) opened at
    ``start``, as many as the spaces before its ``}`` (none: the brace is text): each entry is a
    piece ``attr_list`` reads and writes into the tag, some 20 µs apiece (attack round 12, F9:
    one list of 328,000 classes cost 7.5 s of ``check --render``)."""
    close = text.find("}", start, end)
    if close < 0:
        return 0
    inner = text.find("{", start + 1, close)  # a brace inside: its own list (no space twice)
    close = close if inner < 0 else inner
    return text.count(" ", start, close) + text.count("\t", start, close)


def _line_marks(text: str) -> int:
    """Each line is a mark, and so is every fourth level it is indented (a level: four spaces,
    a tab, a ``>``): the block parser reads a nested list or quote again at every level, a few
    µs a line (4,000 lines of a list indented up to 800 spaces: 18 s on a busy machine; a line
    of a million ``>``: minutes). The depth limit (``rendercheck``) refuses such texts too, but
    only after rendering them."""
    marks = 0
    for line in text.split("\n"):
        body = line.lstrip(" \t>")
        lead = line[: len(line) - len(body)]
        marks += 1 + (lead.count(" ") + 4 * lead.count("\t") + 4 * lead.count(">")) // 16
        if body[:3] in ("```", "~~~"):  # a fence: superfences pays about a millisecond each
            marks += FENCE_MARKS
        if marks > MAX_MARKS:
            break
    return marks


_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")


@dataclass(frozen=True, slots=True)
class _Headings:
    price: int
    offset: int
    """The heading to name."""
    count: int
    """How many headings share its text, or split its paragraph."""
    same: bool
    """Whether the cost is in the shared text (else in headings without blank lines)."""


def _headings(blocks: list[list[tuple[int, str]]]) -> _Headings:
    """What headings cost, and the one to name.

    - ``toc`` gives each heading an anchor of its own: the n-th «a» becomes ``a_n`` after
      trying ``a_1`` to ``a_(n-1)``, so n headings with one text cost n²/2 (50,000 «# a»:
      13 minutes);
    - a heading or a rule inside a paragraph (no blank line around it) splits it, and each
      block processor then searches the rest of the paragraph again (3,000 headings without
      blank lines: 15 s): each costs the characters after it in its paragraph."""
    seen: dict[str, tuple[int, int]] = {}
    """Each heading text: how many headings have it, and where the first is."""
    same = split = 0
    most_same = (0, 0)
    most_split = (0, 0)
    for block in blocks:
        end = block[-1][0] + len(block[-1][1])
        splits = 0
        for i, (offset, line) in enumerate(block):
            if _ATX.match(line):
                title = line.strip(" \t#")
            elif i and _SETEXT.match(line):
                offset, title = block[i - 1]
            else:
                if _RULE.match(line):
                    split += end - offset
                    splits += 1
                continue
            split += end - offset
            splits += 1
            if splits > most_split[1]:
                most_split = (block[0][0], splits)
            key = "".join(c for c in title.lower() if c.isalnum())
            before, first = seen.get(key, (0, offset))
            seen[key] = (before + 1, first)
            same += before
            if before + 1 > most_same[1]:
                most_same = (first, before + 1)
    if same >= split:
        return _Headings(same + split, most_same[0], most_same[1], True)
    return _Headings(same + split, most_split[0], most_split[1], False)


_COUNTED = b"\n[(<*_`&!{~])|\\"
"""The characters ``_surely_cheap`` counts."""
_NOT_COUNTED = bytes(b for b in range(256) if b not in _COUNTED)


def _surely_cheap(text: str, budget: int) -> bool:
    """Whether ``text`` is within ``budget`` and ``MAX_MARKS`` by a bound that counts characters
    and reads no markup, so that ``costly`` need not price it (almost every real body).

    The bound, from the rules above: a paragraph is no longer than the text, so a bracket costs
    at most its length, a ``<`` a sixteenth, another opener a thousandth; every line may be a
    heading (costing the text's length, and one for each line before it with the same text) and
    a fence; indentation counts a mark for every four characters at most; a token is at least
    one character; an attribute list's entries are at most its spaces."""
    size = len(text)
    # The characters counted, kept from the text's UTF-8 in one pass (no byte of a character
    # beyond ASCII is an ASCII byte, so each count is the text's): fifteen counts of the text
    # itself cost three times as much.
    marks = text.encode("utf-8", "surrogatepass").translate(None, _NOT_COUNTED)
    lines = marks.count(b"\n") + 1
    brackets = marks.count(b"[") + marks.count(b"(")
    angles = marks.count(b"<")
    others = (
        marks.count(b"*")
        + marks.count(b"_")
        + marks.count(b"`")
        + marks.count(b"&")
        + marks.count(b"!")
        + marks.count(b"{")
        + marks.count(b"~")
    )
    price = (
        brackets * size
        + angles * (size // WEIGHT["<"])
        + others * (size // CHEAP)
        + lines * size
        + lines * lines
    )
    if price > budget:
        return False
    closers = marks.count(b"]") + marks.count(b")") + marks.count(b"|") + marks.count(b"\\")
    tokens = brackets + angles + others + closers
    if b"{" in marks:  # an attribute list's entries: at most one a space (``_entries``)
        tokens += text.count(" ") + text.count("\t")
    return lines * (1 + FENCE_MARKS) + size // 4 + tokens <= MAX_MARKS


def costly(text: str, budget: int = BUDGET) -> Costly | None:
    """The paragraph to name when ``text`` costs more than ``budget`` to render, else ``None``."""
    if _surely_cheap(text, budget):
        return None
    return _priced(text, budget)


def _priced(text: str, budget: int) -> Costly | None:
    """``costly``, reading the markup."""
    total = 0
    marks = _line_marks(text)
    if marks > MAX_MARKS:  # refused on its lines alone: no need to read its markup
        return Costly(offset=0, opener="\n", count=marks, price=0, marks=marks)
    blocks = _blocks(text)
    headings = _headings(blocks)
    total = headings.price
    if total > budget:
        opener = "#" if headings.same else "\n#"
        return Costly(headings.offset, opener, headings.count, total, marks)
    worst = (0, 0, "\n", marks)  # no paragraph: the lines (of code) are the marks
    for unit in _units(blocks):
        if total > budget or marks > MAX_MARKS:
            break
        price, more, opener, count = _price(text, unit, budget - total)
        total += price
        marks += more
        if price > worst[0]:
            worst = (price, unit.start, opener, count)
    if total <= budget and marks <= MAX_MARKS:
        return None
    return Costly(offset=worst[1], opener=worst[2], count=worst[3], price=total, marks=marks)
