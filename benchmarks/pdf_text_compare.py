"""The PDFs' text as the gate reads it (PDFium, ``core/gate/pdftext.py``) against pypdf's, the
gate's reader until round 7 of its cost (benchmarks/README.md, «stop 25»), on the PDFs of a
built site, with the CPU each takes in this one run.

    .venv/bin/python benchmarks/pdf_text_compare.py SITE/pdf [--show 20]

For every page: the lines of each text after the gate's normalisation (``rendered.readable``),
each line as its words and digits (``\\w+``); the page is «the same» when both give the same
lines of the same words in the same order. Then every text string pypdf finds outside the
pages' content (the document information, the outline, annotations, link targets, the
structure tree) is looked for in PDFium's text; the names of the destinations the PDF's
internal links jump to (a viewer does not show them) and the fonts' names are left out.
Prints each difference (a page's lines, or a string not found) and a summary."""

from __future__ import annotations

import argparse
import difflib
import io
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    TextStringObject,
)

from praksisbank.core.gate import pdftext, rendered

_WORD = re.compile(r"\w+")

_NOT_SHOWN = frozenset(("/FontFamily", "/Registry", "/Ordering", "/ID", "/Lang", "/Dest"))
"""Entries a viewer does not show as text: a font's family and encoding names, the file's
identifier, the language, and (with the strings of the name tree's arrays) the names of the
destinations internal links jump to."""


def pypdf_pages(data: bytes) -> list[str]:
    """Each page's text as the gate read it with pypdf before (NULs dropped)."""
    reader = PdfReader(io.BytesIO(data))
    return [(page.extract_text() or "").replace("\x00", "") for page in reader.pages]


def pypdf_strings(data: bytes) -> Iterator[tuple[str, str]]:
    """``(key, text)`` of every text string reachable from the trailer's /Root and /Info,
    outside content streams, but for the entries in ``_NOT_SHOWN`` and strings in arrays (the
    name tree's keys)."""
    reader = PdfReader(io.BytesIO(data))
    seen: set[int] = set()
    stack: list[object] = [reader.trailer["/Root"], reader.trailer.get("/Info")]
    while stack:
        value = stack.pop()
        if isinstance(value, IndirectObject):
            if value.idnum in seen:
                continue
            seen.add(value.idnum)
            value = value.get_object()
        if isinstance(value, DictionaryObject):
            for key, item in value.items():
                if key in _NOT_SHOWN:
                    continue
                if isinstance(item, TextStringObject):
                    yield str(key), str(item)
                elif not isinstance(item, NameObject):
                    stack.append(item)
        elif isinstance(value, ArrayObject):
            stack += [item for item in value if not isinstance(item, TextStringObject)]


def lines(text: str) -> list[list[str]]:
    """The lines of ``text`` with a word or digit, each as its words and digits."""
    read = (_WORD.findall(line) for line in rendered.readable(text).split("\n"))
    return [words for words in read if words]


def _spaced(text: str) -> str:
    return " ".join(rendered.readable(text).split())


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", type=int, default=20, help="differences printed at most")
    args = parser.parse_args()
    files = sorted(args.folder.rglob("*.pdf"))
    datas = [path.read_bytes() for path in files]
    start = time.process_time()
    new = [pdftext.read(data) for data in datas]
    new_cpu = time.process_time() - start
    start = time.process_time()
    old = [pypdf_pages(data) for data in datas]
    old_cpu = time.process_time() - start
    pages = same = words = strings = missing = shown = 0
    for path, data, read, old_pages in zip(files, datas, new, old, strict=True):
        new_pages = read.pages
        for number, (before, after) in enumerate(zip(old_pages, new_pages, strict=True), 1):
            pages += 1
            a, b = lines(before), lines(after)
            if a == b:
                same += 1
                continue
            if [w for line in a for w in line] == [w for line in b for w in line]:
                words += 1
            if shown < args.show:
                shown += 1
                print(f"{path.name}, side {number}:")
                diff = difflib.unified_diff(
                    [" ".join(x) for x in a], [" ".join(x) for x in b], "pypdf", "pdfium", n=0
                )
                print("\n".join(diff))
        spaced = _spaced(read.text())
        for key, value in dict.fromkeys(pypdf_strings(data)):
            if not value.strip():
                continue
            strings += 1
            if _spaced(value) not in spaced:
                missing += 1
                if shown < args.show:
                    shown += 1
                    print(f"{path.name}: {key} «{value}» ikke funnet")
    print(
        f"{len(files)} PDFs, {pages} pages: {same} the same line by line, {words} more the same "
        f"words in the same order, {pages - same - words} other; {strings} strings outside the "
        f"pages, {missing} not found. CPU s: pdfium (all of it) {new_cpu:.2f}, pypdf (the pages) "
        f"{old_cpu:.2f}, ratio {new_cpu / old_cpu:.3f}"
    )
    return 1 if pages != same + words or missing else 0


if __name__ == "__main__":
    sys.exit(main())
