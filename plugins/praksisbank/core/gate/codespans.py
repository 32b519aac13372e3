"""Where a Markdown text holds code: fenced and indented code blocks, and code spans.

Readers see code as it is written, an HTML comment included, so a ``personvern-ok`` comment there
is shown, not hidden, and clears nothing. The reading errs towards code: a fence opens at any
indentation (as pymdownx.superfences allows in lists), an unclosed fence runs to the end, and a
line indented four spaces after a blank line is code unless a list item or a block of
admonition, details or tabs (``!!!``, ``???``, ``===``) came before it. One pass; code spans
are paired with the next run of backticks of the same length in the same paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_FENCE = re.compile(r"[ \t]*(?P<fence>`{3,}|~{3,})")
_CONTAINER = re.compile(r" {0,3}(?:[-*+][ \t]|[0-9]{1,9}[.)][ \t]|!!!|\?\?\?|===)")
_TICKS = re.compile(r"`+")


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip(" "))


def _blocks(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The code blocks of `text`, and the rest in paragraphs (spans between blank lines)."""
    code: list[tuple[int, int]] = []
    prose: list[tuple[int, int]] = []
    fence: str | None = None
    fence_start = 0
    container = False
    blank_before = True
    in_indented = False
    paragraph: int | None = None
    at = 0
    for line in text.splitlines(keepends=True):
        start, end = at, at + len(line)
        at = end
        body = line.rstrip("\r\n")
        if fence is not None:
            stripped = body.strip()
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                code.append((fence_start, end))
                fence = None
            continue
        opened = _FENCE.match(body)
        indented = _indent(body) >= 4 and (in_indented or (blank_before and not container))
        if paragraph is not None and (opened or indented or not body.strip()):
            prose.append((paragraph, start))
            paragraph = None
        if opened:
            fence, fence_start = opened.group("fence"), start
            blank_before = in_indented = False
        elif not body.strip():
            blank_before = True
        elif indented:
            code.append((start, end))
            in_indented, blank_before = True, False
        else:
            if _indent(body) < 4:
                container = bool(_CONTAINER.match(body))
            if paragraph is None:
                paragraph = start
            in_indented = blank_before = False
    if fence is not None:
        code.append((fence_start, len(text)))
    if paragraph is not None:
        prose.append((paragraph, len(text)))
    return code, prose


def _spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The code spans of one paragraph: a run of backticks up to the next run as long."""
    runs = [(m.start(), m.end()) for m in _TICKS.finditer(text, start, end)]
    by_length: dict[int, list[int]] = {}
    for i, (a, b) in enumerate(runs):
        by_length.setdefault(b - a, []).append(i)
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(runs):
        a, b = runs[i]
        same = by_length[b - a]
        k = bisect_left(same, i + 1)
        if k < len(same):
            closing = same[k]
            found.append((a, runs[closing][1]))
            i = closing + 1
        else:
            i += 1
    return found


def code_regions(text: str) -> list[tuple[int, int]]:
    """The offsets ``(start, end)`` of every piece of code in a Markdown text, in order."""
    if "`" not in text and "~~~" not in text and "    " not in text and "\t" not in text:
        return []
    code, prose = _blocks(text)
    if "`" in text:
        for start, end in prose:
            code += _spans(text, start, end)
    return sorted(code)


def inside(regions: list[tuple[int, int]], at: int) -> bool:
    """Whether offset `at` lies in one of `regions` (sorted, not overlapping)."""
    i = bisect_left(regions, (at + 1,)) - 1
    return i >= 0 and regions[i][0] <= at < regions[i][1]
