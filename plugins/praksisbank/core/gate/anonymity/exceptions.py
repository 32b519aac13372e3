"""Exceptions: the allow marker (`<!-- personvern-ok: … -->`), read with its reason
(`find_markers`), and which finding each marker names (`_pair`).

Imports: `findings.py`, `reading.py`, `numbers.py`, `scanning.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Callable

from praksisbank.core.gate.anonymity.findings import (
    ALLOW_MARKER,
    Finding,
    Marker,
    _keyed,
    fingerprint,
)
from praksisbank.core.gate.anonymity.numbers import (
    _CHAIN,
    _EMPTY_BRACKETS,
    _LETTER,
    _MARKER,
)
from praksisbank.core.gate.anonymity.reading import (
    _merged,
)
from praksisbank.core.gate.anonymity.scanning import (
    _scan,
)
from praksisbank.core.gate.personaldata import WHAT_NAME
from praksisbank.core.gate.places import fold


def _marker(match: re.Match[str]) -> Marker:
    """A marker: the values its text names (as the gate reads them, and any chain of digits),
    and its reason, the text left when those are taken out."""
    inner = match.group("reason")
    norm, candidates = _scan(inner)
    keys = {_keyed(canonical) for *_, canonical in candidates}
    spans = [(norm.start(c[0]), norm.end(c[1])) for c in candidates]
    for chain in _CHAIN.finditer(inner):
        keys.add(fingerprint(chain.group()))
        spans.append(chain.span())
    left: list[str] = []
    done = 0
    for start, end in _merged(spans):
        left.append(inner[done:start])
        done = max(done, end)
    left.append(inner[done:])
    reason = " ".join(_EMPTY_BRACKETS.sub(" ", " ".join(left)).split()).strip(" ,.;:–-+")
    return Marker(match.start(), match.end(), reason, frozenset(keys))


def find_markers(text: str) -> list[Marker]:
    """Every `<!-- personvern-ok: ... -->` in `text`, in order (with or without a value)."""
    if ALLOW_MARKER not in text:
        return []
    return [_marker(m) for m in _MARKER.finditer(text)]


def _pair(
    findings: list[Finding], markers: list[Marker], line_of: Callable[[int], int]
) -> tuple[list[Marker | None], list[Marker | None]]:
    """Which marker names which finding, and a marker on each finding's line.

    A marker with a reason names its own writing of a value, and one finding outside itself on
    its line: the nearest before it with a value it names, else the nearest after. One sweep in
    order of position, so a line of many markers and findings costs no more than its length.
    """
    named: list[Marker | None] = [None] * len(findings)
    beside: list[Marker | None] = [None] * len(findings)
    first_on_line: dict[int, Marker] = {}
    for marker in markers:
        first_on_line.setdefault(line_of(marker.offset), marker)
    starts = [m.offset for m in markers]
    seen: dict[tuple[int, str], list[int]] = {}  # unnamed findings so far, by line and value
    waiting: dict[tuple[int, str], deque[int]] = {}  # markers that name the next one, by the same
    done = [False] * len(markers)
    events = sorted(
        [(f.offset, 1, i) for i, f in enumerate(findings)]
        + [(m.offset, 0, j) for j, m in enumerate(markers) if _LETTER.search(m.reason)]
    )
    for _, is_finding, n in events:
        if is_finding:
            finding = findings[n]
            lines = {line_of(finding.offset), line_of(max(finding.offset, finding.end - 1))}
            beside[n] = next((first_on_line[x] for x in sorted(lines) if x in first_on_line), None)
            j = bisect_right(starts, finding.offset) - 1
            if j >= 0 and finding.end <= markers[j].end:  # inside a marker: only its own naming
                if finding.fingerprint in markers[j].keys and _LETTER.search(markers[j].reason):
                    named[n] = markers[j]
                continue
            for x in sorted(lines):
                queue = waiting.get((x, finding.fingerprint))
                while queue and done[queue[0]]:
                    queue.popleft()
                if queue:
                    j = queue.popleft()
                    done[j] = True
                    named[n] = markers[j]
                    break
            else:
                for x in lines:
                    seen.setdefault((x, finding.fingerprint), []).append(n)
            continue
        marker = markers[n]
        line = line_of(marker.offset)
        best: tuple[int, str] | None = None
        for value in marker.keys:
            stack = seen.get((line, value))
            while stack and named[stack[-1]] is not None:
                stack.pop()
            if stack and (best is None or stack[-1] > seen[best][-1]):
                best = (line, value)
        if best is not None:
            named[seen[best].pop()] = marker
            done[n] = True
        else:
            for value in marker.keys:
                waiting.setdefault((line, value), deque()).append(n)
    return named, beside


_INFLECTED = ("'s", "\u2019s", "s", "'", "\u2019", "ens", "en", "ets", "et", "enes", "ene")
"""The endings a name takes in Norwegian prose: the genitive (`al-Assads`, `Ghani's`) and the
definite forms; a name found with one is also the name without it."""

_NAME_WORDS = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _words(text: str) -> str:
    """A name's words, folded (casefolded, without marks), one space apart."""
    return " ".join(fold(word) for word in _NAME_WORDS.findall(text))


def names_cleared(
    text: str,
    findings: list[Finding],
    markers: list[Marker],
    named: list[Marker | None],
    line_of: Callable[[int], int],
) -> list[Marker | None]:
    """``named`` with each personal name no marker names by its fingerprint named by a marker
    on its line whose text holds it as whole words (attack round 11): a reviewer writes the
    name whole (`Abdel Fattah al-Burhan`) and the gate finds a part of it (`Abdel` after
    `general`), or an inflected form (`Bashar al-Assads`, the definite `-en`). Only a marker
    with a reason, on the finding's own line."""
    by_line: dict[int, list[tuple[Marker, str]]] = {}
    for marker in markers:
        if _LETTER.search(marker.reason):
            inner = f" {_words(text[marker.offset : marker.end])} "
            by_line.setdefault(line_of(marker.offset), []).append((marker, inner))
    if not by_line:
        return named
    cleared = list(named)
    for n, finding in enumerate(findings):
        if cleared[n] is not None or finding.what != WHAT_NAME:
            continue
        lines = {line_of(finding.offset), line_of(max(finding.offset, finding.end - 1))}
        near = [pair for x in sorted(lines) for pair in by_line.get(x, ())]
        if not near:
            continue
        value = _words(text[finding.offset : finding.end])
        if not value:
            continue
        forms = [value] + [value[: -len(e)] for e in _INFLECTED if value.endswith(e)]
        for marker, inner in near:
            if any(form and f" {form} " in inner for form in forms):
                cleared[n] = marker
                break
    return cleared
