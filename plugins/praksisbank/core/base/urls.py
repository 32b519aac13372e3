"""Where each item and generated page lives on the site, and relative links between them.

Paths here are MkDocs-style source paths (``vedtaksbank/afg/x.md``); ``url_of`` turns one into the
address a reader sees, with or without directory URLs.
"""

from __future__ import annotations

import posixpath
from functools import cache
from pathlib import PurePosixPath

from praksisbank.core.base import letters

HOME = "index.md"
COUNTRIES = "land/index.md"
CHANGES = "endringer/index.md"
REVIEW = "gjennomgang/index.md"
READINESS = "beredskap/index.md"
MATRIX = "roller/ansvarsmatrise.md"
PROVISIONS = "vedtaksbank/rettsgrunnlag/index.md"
FIXED = (HOME, COUNTRIES, CHANGES, REVIEW, READINESS, MATRIX, PROVISIONS)
"""The generated pages that belong to no content kind (each kind's index is ``Kind.index``)."""

PDF_FOLDER = "pdf"
"""Where the PDFs lie in the site (each item's address is ``kinds.pdf_address``)."""
MATRIX_PDF = f"{PDF_FOLDER}/ansvarsmatrise.pdf"
"""The responsibility matrix's PDF."""


def bundle_pdf(country: str) -> str:
    """Where a country's bundle lies in the site: ``pdf/landpakke-afg.pdf``."""
    return f"{PDF_FOLDER}/landpakke-{country.lower()}.pdf"


@cache
def slug(text: str) -> str:
    """A readable address part: ``Enhet A1`` becomes ``enhet-a1``. Kept: the generated pages ask
    for the same few texts' addresses hundreds of thousands of times at 5,000 decisions."""
    folded = text.lower().translate(letters.ADDRESS)
    return "-".join("".join(ch if ch.isascii() and ch.isalnum() else " " for ch in folded).split())


def review(unit: str) -> str:
    return f"gjennomgang/{slug(unit) or 'enhet'}/index.md"


def provision(key: str) -> str:
    """The page of one legal provision (``provisions.Provision.key``)."""
    return f"vedtaksbank/rettsgrunnlag/{key}/index.md"


def outcome(value: str) -> str:
    """The page of one outcome, by its Norwegian short name: ``vedtaksbank/utfall/avslag/``."""
    return f"vedtaksbank/utfall/{slug(value)}/index.md"


def country(code: str) -> str:
    return f"land/{code.lower()}/index.md"


@cache
def url_of(uri: str, directory_urls: bool = True) -> str:
    """The address of a page relative to the site root: ``land/afg/`` or ``land/afg/index.html``.
    A file that is not a page (``pdf/landpakke-afg.pdf``) keeps its path."""
    path = PurePosixPath(uri)
    if path.suffix != ".md":
        return uri
    if not directory_urls:
        return str(path.with_suffix(".html"))
    if path.stem == "index":
        parent = str(path.parent)
        return "" if parent == "." else parent + "/"
    return str(path.with_suffix("")) + "/"


def relative(from_uri: str, to_uri: str, directory_urls: bool = True, anchor: str = "") -> str:
    """A link from one page to another that works wherever the site is served from."""
    source = url_of(from_uri, directory_urls)
    target = url_of(to_uri, directory_urls)
    base = source if source.endswith("/") or not source else posixpath.dirname(source) + "/"
    link = _relpath(target or ".", base or ".")
    if target.endswith("/") or not target:
        link = "./" if link == "." else link + "/"
    return link + (f"#{anchor}" if anchor else "")


def _relpath(path: str, start: str) -> str:
    """``posixpath.relpath`` for the site's own paths, with none of its calls to the file system
    (a listing page has thousands of links)."""
    if ".." in path or ".." in start:
        return posixpath.relpath(path, start)
    to = [part for part in path.split("/") if part and part != "."]
    base = [part for part in start.split("/") if part and part != "."]
    same = 0
    for a, b in zip(to, base, strict=False):
        if a != b:
            break
        same += 1
    parts = [".."] * (len(base) - same) + to[same:]
    return "/".join(parts) if parts else "."
