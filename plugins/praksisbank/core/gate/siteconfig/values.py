"""How the rulings look a setting up and show it: a mapping, the theme, a named plugin or
extension, a value at its place (``_at``), a value as a message shows it (``_shown``), a
setting's name (``setting_name``), and what a ruling finds (``Finding``, ``Refused``).

Imports ``reading`` of ``siteconfig/`` only."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from praksisbank.core.gate.siteconfig.reading import (
    NAMED_LISTS,
    Where,
    _entry_name,
)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _theme(values: Mapping[str, Any]) -> Mapping[str, Any]:
    theme = values.get("theme")
    return {"name": theme} if isinstance(theme, str) else _mapping(theme)


def _named(values: Mapping[str, Any], key: str) -> dict[str, Mapping[str, Any]]:
    """``plugins`` or ``markdown_extensions`` as name -> options, in either YAML shape."""
    entries = values.get(key) or []
    if isinstance(entries, Mapping):
        return {str(k): _mapping(v) for k, v in entries.items()}
    found: dict[str, Mapping[str, Any]] = {}
    for entry in entries if isinstance(entries, list) else []:
        name = _entry_name(entry)
        if name is not None:
            found[name] = _mapping(entry[name]) if isinstance(entry, dict) else {}
    return found


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _shown(value: Any) -> str:
    """The value as a message may show it: control characters written out, long values cut."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))
    return text if len(text) <= 80 else text[:77] + "..."


Finding = tuple[Where, Any]
"""Where a setting asks for something from elsewhere, and its value."""


@dataclass(frozen=True, slots=True)
class Refused:
    """A value the build's page gate refuses (``core/gate/csp.py``), and what the gate says."""

    value: str
    what: str

    def __str__(self) -> str:
        return self.value


_MISSING = object()


def _at(values: Mapping[str, Any], where: Where) -> Any:
    """The value at ``where`` (a plugin or an extension by its name), or ``_MISSING``."""
    value: Any = values
    rest = where
    if where[0] in NAMED_LISTS and len(where) > 1:
        value = _named_raw(values, str(where[0])).get(str(where[1]), _MISSING)
        rest = where[2:]
    for key in rest:
        if not isinstance(value, Mapping) or key not in value:
            return _MISSING
        value = value[key]
    return value


def _named_raw(values: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Like ``_named``, but an entry's options as written (``!ENV`` included)."""
    entries = values.get(key) or []
    if isinstance(entries, Mapping):
        return {str(k): v for k, v in entries.items()}
    found: dict[str, Any] = {}
    for entry in entries if isinstance(entries, list) else []:
        name = _entry_name(entry)
        if name is not None:
            found[name] = entry[name] if isinstance(entry, dict) else {}
    return found


def setting_name(where: Where) -> str:
    """A setting's place as a message shows it: ``extra.social[0].link``."""
    return _setting(where)


def _setting(where: Where) -> str:
    parts: list[str] = []
    for part in where:
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}" if parts else part)
    return "".join(parts)
