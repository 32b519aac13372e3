"""What the build shows across files or parts of a page, read one record after the other:
the lists of decisions, the tags, the navigation, a table of contents (``side_by_side``), and
two pages a reader puts together in the search dialog or the finder (``read_together``). Each
finding is blamed on every record that holds a part of it.

Imports ``reading`` of ``rendercheck/``, and the core."""

from __future__ import annotations

import html as markup
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from praksisbank.core.base.model import Content, Decision, Document, Item, Status
from praksisbank.core.base.problems import Problem
from praksisbank.core.gate import neighbours, rendered
from praksisbank.core.gate.anonymity import WHAT_IDENTITY
from praksisbank.core.gate.names import opens_name
from praksisbank.mkdocs_adapter.rendercheck.reading import (
    _DIGITS,
    _field_line,
    _personal,
    _source,
    _spared,
    published,
)

_HEADING = re.compile(r"<h[1-6]\b[^<>]*+>(.*?)</h[1-6]\s*+>", re.S | re.I)
_TAG = re.compile(r"<[^<>]*+>")


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
