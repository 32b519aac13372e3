"""What every reading of ``check --render`` shares: which items the build shows, how a
text is read (spared by the store of clean verdicts), how a field or a value is found in its
file, and the problem that blames it.

Imports the core only (no other module of ``rendercheck/``)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from praksisbank.core.base.model import Document, Item, Status
from praksisbank.core.base.problems import Problem
from praksisbank.core.gate import rendered, verdicts


def published(item: Item) -> bool:
    """Whether the build renders the item's body (a withdrawn document shows only the notice)."""
    return not (isinstance(item, Document) and item.status is Status.WITHDRAWN)


def _field_line(source: str, name: str) -> int | None:
    """The line of the front matter's top-level field ``name`` (a value on lines of its own
    is shown from where its field starts)."""
    lines = source.split("\n")
    start = 1 if lines and lines[0].strip() == "---" else 0
    for number, line in enumerate(lines[start:], start=start + 1):
        if line.strip() == "---":
            return None
        if re.match(rf"{re.escape(name)}\s*:", line):
            return number
    return None


def _spared(
    kind: str,
    text: str,
    reading: Callable[..., list[rendered.Seen]],
    allowed: frozenset[str],
    names: frozenset[str],
) -> list[rendered.Seen]:
    """``reading(text)``, spared for a text the store of clean verdicts holds
    (``core/gate/verdicts.py``). A text is stored only when it is clean without any exception
    (the exceptions in use come from every file's markers, and may change elsewhere), so with
    exceptions in use a text that has a finding is read twice: without them, then with them."""
    store = verdicts.active()
    if store is None:
        return reading(text, allowed=allowed, names=names)
    digest = store.digest(kind, text, names)
    if store.clean(digest):
        return []
    found = reading(text, names=names)
    if not found:
        store.learn([digest])
        return []
    return reading(text, allowed=allowed, names=names) if allowed else found


def _personal(file: str, line: int, message: str) -> Problem:
    """A problem of personal data in what the build shows, at ``file``'s ``line``."""
    return Problem(file=file, line=line, column=1, code="personal-data", message=message)


def _shown(file: str, line: int, seen: rendered.Seen, what: str, column: int = 1) -> Problem:
    return Problem(
        file=file,
        line=line,
        column=column,
        code="personal-data",
        message=(
            f"{what} viser {seen.finding.what} ({seen.finding.masked}) slik leseren ser det, "
            "når markering, kommentarer og tegn som ligner sifre er lest som leseren leser "
            "dem. Alt leserne ser, skal være anonymisert: fjern opplysningen."
        ),
    )


def _source(root: Path | None, item: Item) -> str | None:
    if root is None:
        return None
    try:
        return (root / item.path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _field_texts(value: object) -> Iterator[str]:
    """Every text in an item's fields, but its body and paths (read on their own)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for inner in value:
            yield from _field_texts(inner)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in ("body", "path", "name"):
                yield from _field_texts(getattr(value, field.name))


_DIGITS = re.compile(r"[0-9]++(?:[ \u00a0.\-/][0-9]++)*+")
