"""The rendered-text gate reads a text once per test process when it found nothing in it.

Most builds of the test suite publish the same files again: Pagefind's scripts, the plugin's
scripts and styles, and most pages of the small project, byte for byte. Each build ran the
gate over each of them (about half of a small build's CPU). While ``clean_verdicts_kept`` is
open, a text the gate read with the same arguments (the names the site may name, the values
allowed, the process's fingerprint key) and found clean is not read again in this process; a
text in which anything was found is read every time, so every finding, its position and its
message are the gate's own. The builds' pages and their messages are unchanged.

A test that patches the gate (``monkeypatch.setattr`` on a module or a class of
``praksisbank.core.gate``: a counting spy, a detector made to fire everywhere, a smaller
batch) sees no kept verdict while its patch is in place and adds none: what it measures or
counts is the gate's own work. Worker processes a large build starts read every text, as
before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

_GATE = "praksisbank.core.gate"
_READERS = ("in_page", "in_text", "in_markup", "in_sitemap", "in_json")
"""The gate's readers of one published text (``core/gate/rendered/``) that ``sitegate``
calls for each page and file, with the text first and the rest by keyword."""

_KEPT: dict[tuple[object, ...], None] = {}
"""The calls whose text was found clean: the reader, a hash of the text (pages are kept by
their hash, not whole) and the arguments that decide."""
_PATCHING: set[int] = set()
"""The ``MonkeyPatch`` objects (by id) that have patched the gate and not yet undone it."""

STATS = {"kept": 0, "read": 0}
"""How many texts were answered from a kept verdict and how many were read (for whoever tunes
the run; no test relies on them)."""


def _patches_the_gate(target: object) -> bool:
    if isinstance(target, str):
        return target.startswith(_GATE)
    owner = getattr(target, "__module__", None) or getattr(target, "__name__", "")
    return isinstance(owner, str) and owner.startswith(_GATE)


def _key(name: str, text: str, kwargs: dict[str, Any]) -> tuple[object, ...] | None:
    from praksisbank.core.gate import anonymity

    decisive = {k: v for k, v in kwargs.items() if k != "clean"}
    if set(decisive) - {"allowed", "names"}:
        return None  # a reader called in a way this module does not know: read it
    allowed: Collection[str] = decisive.get("allowed", ())
    names: Collection[str] = decisive.get("names", ())
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()
    return (name, digest, len(text), frozenset(allowed), frozenset(names), anonymity.findings._KEY)


def _kept(name: str, read: Callable[..., list[Any]]) -> Callable[..., list[Any]]:
    def reader(text: str, **kwargs: Any) -> list[Any]:
        if _PATCHING or not isinstance(text, str):
            return read(text, **kwargs)
        key = _key(name, text, kwargs)
        if key is not None and key in _KEPT:
            STATS["kept"] += 1
            return []
        STATS["read"] += 1
        seen = read(text, **kwargs)
        if key is not None and not seen:
            _KEPT[key] = None
        return seen

    reader.__wrapped__ = read  # type: ignore[attr-defined]
    return reader


@contextmanager
def clean_verdicts_kept() -> Iterator[None]:
    """While open, the gate's readers keep the texts they found clean (see the module)."""
    from praksisbank.core.gate import rendered

    setattr_ = pytest.MonkeyPatch.setattr
    undo = pytest.MonkeyPatch.undo

    def tracked_setattr(self: pytest.MonkeyPatch, target: object, *args: Any, **kw: Any) -> None:
        if _patches_the_gate(target):
            _PATCHING.add(id(self))
        setattr_(self, target, *args, **kw)

    def tracked_undo(self: pytest.MonkeyPatch) -> None:
        undo(self)
        _PATCHING.discard(id(self))

    mp = pytest.MonkeyPatch()
    for name in _READERS:
        mp.setattr(rendered, name, _kept(name, getattr(rendered, name)))
    _PATCHING.discard(id(mp))  # our own patch of the readers
    mp.setattr(pytest.MonkeyPatch, "setattr", tracked_setattr)
    mp.setattr(pytest.MonkeyPatch, "undo", tracked_undo)
    try:
        yield
    finally:
        mp.undo()
        _KEPT.clear()
        _PATCHING.clear()
