"""How many findings of one class the gate reads in one text before it stops reading that class.

A decision holds a handful of findings, if any. A text with ``CAP`` findings of one class (1 MB
of ``født 17.05.1990``, of phone numbers, of names) is refused whatever else it holds, so the
detectors of that class stop there instead of judging the rest (which cost seconds to minutes
on a hostile megabyte). A class that reached the cap adds a finding of its own to the gate's
result (``anonymity.Finding.capped``): no marker and no allow-list entry clears it, so a text is
never let through because the rest of it was not read, and its message says so.

A detector that stops early returns at least ``CAP`` candidates; ``anonymity`` counts any list
of ``CAP`` or more as capped (a text with exactly ``CAP`` is refused anyway).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sized
from itertools import islice
from typing import ParamSpec, TypeVar

_T = TypeVar("_T")
_P = ParamSpec("_P")

CAP = 200
"""Findings of one class in one text after which that class is no longer read."""


def full(found: Sized) -> bool:
    """Whether a detector's list has reached the cap (the detector may stop)."""
    return len(found) >= CAP


def first(candidates: Iterable[_T]) -> list[_T]:
    """The first ``CAP`` of a detector's candidates, read no further (``full``'s loop in one
    place: a detector passes a generator and its rest is never made)."""
    return list(islice(candidates, CAP))


def capped(detector: Callable[_P, Iterable[_T]]) -> Callable[_P, list[_T]]:
    """A detector written as a generator of its candidates, read with ``first``: its first
    ``CAP`` candidates, and no further (a detector whose loop has several ways to skip a match
    yields each candidate where it used to append it)."""

    @functools.wraps(detector)
    def read(*args: _P.args, **kwargs: _P.kwargs) -> list[_T]:
        return first(detector(*args, **kwargs))

    return read
