"""Nested values read from YAML or JSON, walked once: every key and every leaf with its path.

The personal-data gate over a content file's values (``core/content/personal.py``), the
rendered-text gate over a JSON file or a search record (``core/gate/rendered/``) and the check
of ``mkdocs.yml`` (``core/gate/siteconfig/``) each read all of a parsed value; each keeps what
it looks at (texts, numbers, any leaf) from this one walk.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

Path = tuple[Any, ...]
"""Where a value is: the keys and list positions from the top (``("extra", "social", 0)``)."""


def leaves(value: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    """Every key of every mapping, at the path it opens (a key is read too: a title in ``nav``),
    and every value that is neither a mapping nor a list, at its path; in document order."""
    found: list[tuple[Path, Any]] = []
    _collect(value, path, found)
    return iter(found)


def _collect(value: Any, path: Path, found: list[tuple[Path, Any]]) -> None:
    """``leaves`` into a list, in one recursion of plain calls (a generator a level cost a
    resumed frame for every leaf at every level above it)."""
    if type(value) is dict or (type(value) is not list and isinstance(value, Mapping)):
        for key, inner in value.items():
            here = (*path, key)
            found.append((here, key))
            if type(inner) is str:  # most leaves: no call
                found.append((here, inner))
            else:
                _collect(inner, here, found)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            _collect(inner, (*path, index), found)
    else:
        found.append((path, value))
