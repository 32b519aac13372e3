"""The text a reader of a PDF sees, read with PDFium (pypdfium2), the engine Chromium shows PDFs
with: the text of every page, and what a viewer shows beside the pages: the document
information, the outline (bookmarks), each link's target, each annotation's text, and the
alternative, actual and title texts of the structure tree (a tagged PDF's figures and links).

pypdf read the same text for the gate until round 7 of its cost (benchmarks/README.md, «stop
25»): WeasyPrint writes every glyph as a string of its own, and pypdf parses each in Python
(about 37 µs a character, 194 ms for a decision's PDF). PDFium reads the pages in C, and all of
the above in about a fifteenth of pypdf's CPU; ``benchmarks/pdf_text_compare.py`` shows that
on the demo's and the synthetic site's PDFs it reads every word and digit pypdf read, line by
line in the same order, and every text string pypdf finds outside the pages' content but the
names of link destinations and fonts (handbook/privacy.md, «The PDFs' text»). PDFium is not
safe to call from two threads at once: one PDF is read at a time in a process.

``ValueError`` with a Norwegian reason when the PDF cannot be read (fail closed)."""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

_HYPHEN_AT_LINE_END = "\ufffe"
"""What PDFium gives for a hyphen that ends a line, in place of the hyphen and the line's end
(it takes it for a word's hyphenation and joins the lines): the page shows a hyphen at the end
of the line, and pypdf read one there."""

_LINE_END = "\r\n"


@dataclass(frozen=True, slots=True)
class PdfText:
    """What a reader of a PDF sees, as text."""

    pages: tuple[str, ...]
    """Each page's text, its lines ended by ``\\n`` (PDFium's ``\\r\\n``)."""
    beside: tuple[str, ...]
    """The document information's values, then the link targets, annotation texts and
    structure texts of every page and the outline's titles, each once, in that order."""

    def text(self) -> str:
        """Everything, each page and each text beside them apart by an empty line."""
        return "\n\n".join((*self.pages, *self.beside))


def pdf_text(data: bytes) -> str:
    """The text of every page of a PDF, then what a viewer shows beside the pages (see the
    module's docstring), each part on lines of its own. Glyphs without a Unicode value come out
    as PDFium reads them; the PDF is made from a page whose text the gate reads whole."""
    return read(data).text()


def read(data: bytes) -> PdfText:
    """``pdf_text``, each page and text apart."""
    with _ONE_AT_A_TIME:
        return _read(data)


_ONE_AT_A_TIME = threading.Lock()


def _read(data: bytes) -> PdfText:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ValueError("PDF-en kan ikke leses") from exc
    try:
        pages: list[str] = []
        beside: dict[str, None] = dict.fromkeys(_information(raw, document.raw))
        for index in range(len(document)):
            page = document[index]
            try:
                textpage = page.get_textpage()
                try:
                    pages.append(_lines(textpage.get_text_range(errors="replace")))
                finally:
                    textpage.close()
                beside.update(dict.fromkeys(_beside_page(raw, document.raw, page.raw)))
            finally:
                page.close()
        beside.update(dict.fromkeys(_outline(raw, document.raw)))
    except pdfium.PdfiumError as exc:
        raise ValueError("PDF-en kan ikke leses") from exc
    finally:
        document.close()
    return PdfText(tuple(pages), tuple(text for text in beside if text))


def _lines(text: str) -> str:
    return text.replace(_LINE_END, "\n").replace(_HYPHEN_AT_LINE_END, "-\n")


_INFORMATION = (
    b"Title",
    b"Author",
    b"Subject",
    b"Keywords",
    b"Creator",
    b"Producer",
    b"CreationDate",
    b"ModDate",
)
"""The entries of the document information PDFium reads by name: the PDF standard's, the only
ones WeasyPrint writes (our PDF step asks for no custom ones; ``tests/test_pdf_text.py``)."""


def _information(raw: Any, document: Any) -> Iterator[str]:
    """The values of the document information."""
    for key in _INFORMATION:
        yield _wide(raw.FPDF_GetMetaText, document, key)


def _wide(function: Callable[..., int], *args: Any) -> str:
    """A UTF-16 string from a PDFium function that takes ``args``, then a buffer and its length
    in bytes, and returns the length it needs (with the closing NUL)."""
    size = function(*args, None, 0)
    if size <= 2:
        return ""
    buffer = (ctypes.c_ushort * (size // 2))()
    function(*args, buffer, size)
    return bytes(buffer)[: size - 2].decode("utf-16-le", errors="replace")


def _outline(raw: Any, document: Any) -> Iterator[str]:
    """The title of every bookmark, depth first (a loop in a crafted outline ends at the first
    bookmark seen twice)."""
    seen: set[int] = set()
    stack = [raw.FPDFBookmark_GetFirstChild(document, None)]
    while stack:
        bookmark = stack.pop()
        if not bookmark:
            continue
        address = ctypes.cast(bookmark, ctypes.c_void_p).value or 0
        if address in seen:
            continue
        seen.add(address)
        yield _wide(raw.FPDFBookmark_GetTitle, bookmark)
        stack.append(raw.FPDFBookmark_GetNextSibling(document, bookmark))
        stack.append(raw.FPDFBookmark_GetFirstChild(document, bookmark))


_ANNOTATION_TEXTS = (b"Contents", b"T", b"TU", b"V", b"RC")
"""The text entries of an annotation a viewer shows: its text (a link's description in a tagged
PDF), its title or a form field's name, a field's tooltip and value, rich text."""


def _beside_page(raw: Any, document: Any, page: Any) -> Iterator[str]:
    """A page's link targets, annotation texts and structure texts."""
    for index in range(raw.FPDFPage_GetAnnotCount(page)):
        annotation = raw.FPDFPage_GetAnnot(page, index)
        if not annotation:
            continue
        try:
            for key in _ANNOTATION_TEXTS:
                yield _wide(raw.FPDFAnnot_GetStringValue, annotation, key)
            link = raw.FPDFAnnot_GetLink(annotation)
            if link:
                yield _uri(raw, document, raw.FPDFLink_GetAction(link))
        finally:
            raw.FPDFPage_CloseAnnot(annotation)
    tree = raw.FPDF_StructTree_GetForPage(page)
    if not tree:
        return
    try:
        elements = [
            raw.FPDF_StructTree_GetChildAtIndex(tree, i)
            for i in range(raw.FPDF_StructTree_CountChildren(tree))
        ]
        while elements:
            element = elements.pop()
            if not element:
                continue
            yield _wide(raw.FPDF_StructElement_GetAltText, element)
            yield _wide(raw.FPDF_StructElement_GetActualText, element)
            yield _wide(raw.FPDF_StructElement_GetTitle, element)
            elements += [
                raw.FPDF_StructElement_GetChildAtIndex(element, i)
                for i in range(raw.FPDF_StructElement_CountChildren(element))
            ]
    finally:
        raw.FPDF_StructTree_Close(tree)


def _uri(raw: Any, document: Any, action: Any) -> str:
    """The address a link's action opens, if it opens one."""
    if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
        return ""
    size = raw.FPDFAction_GetURIPath(document, action, None, 0)
    if size <= 1:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFAction_GetURIPath(document, action, buffer, size)
    return buffer.raw[: size - 1].decode("utf-8", errors="replace")
