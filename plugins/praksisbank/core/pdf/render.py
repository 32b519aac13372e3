"""Rendering one PDF with WeasyPrint, fetching nothing but the build's own files.

Kept apart from the rest of the engine so that a worker process imports only this and WeasyPrint.

WeasyPrint fetches what a document refers to (pictures, style sheets) and can attach files named by
``<link rel="attachment">`` or ``<a rel="attachment">`` (GHSA-35jj-wx47-4w8r). ``SiteFetcher``
serves only files inside the build folder, after resolving symbolic links, and ``data:`` URLs;
every other address (another file on the machine, the network) is refused. Attachments are
dropped as well: the printed text has no ``rel`` attributes, and the rendered document's list of
attachments is emptied before the PDF is written.

Every PDF is tagged PDF/UA-1 (``VARIANT``): WeasyPrint builds the structure tree from the HTML
(headings, paragraphs, lists, tables, links, figures with their ``alt``), writes ``/Lang`` from
``<html lang>``, DisplayDocTitle and the PDF/UA identification. A picture without ``alt`` comes
back as a warning.
"""

from __future__ import annotations

import functools
import logging
import mimetypes
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import weasyprint
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

VARIANT: str | None = "pdf/ua-1"
"""Tagged PDF for assistive technology (PDF 1.7 with a structure tree, /Lang, DisplayDocTitle and
PDF/UA identification in the XMP metadata); see ``tests/test_pdf_tagged.py`` for what is checked."""


class RefusedAddressError(ValueError):
    """An address outside the build folder: the PDF is made without it."""


def local_file(url: str, root: Path) -> Path:
    """The file a ``file:`` URL names, when it lies inside ``root`` (symbolic links resolved)."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        raise RefusedAddressError(
            f"Praksisbanken henter ikke «{url}» til en PDF: bare nettstedets egne filer brukes."
        )
    try:
        path = Path(url2pathname(unquote(parts.path))).resolve(strict=True)
    except (OSError, RuntimeError):
        raise RefusedAddressError(f"Filen «{url}» finnes ikke i nettstedet.") from None
    if not path.is_relative_to(root) or not path.is_file():
        raise RefusedAddressError(
            f"Praksisbanken henter ikke «{url}» til en PDF: filen ligger utenfor nettstedet."
        )
    return path


class SiteFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint has no type hints
    """WeasyPrint's URL fetcher, limited to the files of one folder and ``data:`` URLs."""

    def __init__(self, root: Path) -> None:
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
        self.root = root.resolve()

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        if urlsplit(url).scheme.lower() == "data":
            return super().fetch(url, headers)  # urllib's DataHandler: no file, no network
        path = local_file(url, self.root)
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body=path.read_bytes(), headers={"Content-Type": kind})


@dataclass(frozen=True, slots=True)
class Rendered:
    pages: int
    seconds: float
    warnings: tuple[str, ...]


@functools.cache
def _fonts() -> Any:
    """One font configuration per process: finding the fonts costs about as much as laying out a
    short document, and our style sheet has no ``@font-face`` that would make documents differ."""
    return FontConfiguration()


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def render(html: str, base_url: str, root: Path) -> tuple[bytes, Rendered]:
    """A PDF of ``html``; relative addresses resolve against ``base_url`` (a ``file:`` URL in the
    build), and only files inside ``root`` are fetched. WeasyPrint's warnings are returned, not
    logged: the caller says which PDF they belong to."""
    start = time.perf_counter()
    collect = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collect)
    propagate, logger.propagate = logger.propagate, False
    try:
        fetcher = SiteFetcher(root)
        document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
            font_config=_fonts()
        )
        document.metadata.attachments = []
        data: bytes = document.write_pdf(attachments=None, pdf_variant=VARIANT)
    finally:
        logger.removeHandler(collect)
        logger.propagate = propagate
    seconds = time.perf_counter() - start
    return data, Rendered(len(document.pages), seconds, tuple(collect.messages))


def render_to(task: tuple[str, str, str, str]) -> Rendered:
    """Render ``(html, base_url, root, target)`` and write the PDF to ``target`` in one step (a
    temporary file, then a rename), so a reader of the cache never sees half a file. Runs in a
    worker process."""
    html, base_url, root, target = task
    data, rendered = render(html, base_url, Path(root))
    out = Path(target)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=out.parent, prefix=".tmp-", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(temporary).chmod(0o644)
        Path(temporary).replace(out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return rendered
