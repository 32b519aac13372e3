"""Tagged PDFs (PDF/UA-1) for readers with assistive technology, read back with pypdf: the
structure tree (/StructTreeRoot, its /K kids and their /S roles), headings, links with text and
their annotations, pictures with alternative text, bookmarks, language and title; and links
printed with their address. What pypdf cannot tell (reading order, whether a screen reader
announces it well, full PDF/UA conformance) is left to a validator such as veraPDF and to a
person; see handbook/site.md, PDF exports."""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from helpers import read_page
from praksisbank.core.pdf import html as pdfhtml
from praksisbank.core.pdf.render import render
from shared_builds import shared
from test_pdf import build_pdf_project, outline, text_of

ADDRESS = "https://praksis.intern.example/"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """test_pdf.py's build of its project (made once per run), read only."""
    return shared(tmp_path_factory, "pdf-project", build_pdf_project)


# -- reading the structure tree ---------------------------------------------------------------


# pypdf's objects are typed loosely (PdfObject): the helpers hand them on as Any.


def kids(element: Any) -> list[Any]:
    """An element's /K as a list: struct elements, marked-content ids (ints) and object refs."""
    found = element.get("/K")
    if found is None:
        return []
    found = found.get_object()
    items = found if isinstance(found, ArrayObject) else [found]
    return [item.get_object() if hasattr(item, "get_object") else item for item in items]


def elements(node: Any) -> Iterator[Any]:
    """The struct elements under ``node``, depth first in document order."""
    for kid in kids(node):
        if isinstance(kid, DictionaryObject) and kid.get("/Type") != "/OBJR":
            yield kid
            yield from elements(kid)


def catalog(reader: PdfReader) -> Any:
    return reader.trailer["/Root"]


def tree(reader: PdfReader) -> Any:
    root = catalog(reader)
    assert "/StructTreeRoot" in root, "the PDF is not tagged"
    found = root["/StructTreeRoot"].get_object()
    assert isinstance(found, DictionaryObject)
    return found


def roles(reader: PdfReader) -> list[str]:
    return [str(e["/S"])[1:] for e in elements(tree(reader))]


def has_text(element: Any) -> bool:
    """Whether page content (a marked-content id) lies under the element."""
    return any(
        isinstance(kid, int) or (isinstance(kid, DictionaryObject) and has_text(kid))
        for kid in kids(element)
        if not (isinstance(kid, DictionaryObject) and kid.get("/Type") == "/OBJR")
    )


def xmp(reader: PdfReader) -> str:
    return str(catalog(reader)["/Metadata"].get_object().get_data().decode("utf-8"))


# -- every PDF ------------------------------------------------------------------------------

TITLES = [
    ("vb-afg-2025-002.pdf", "VB-AFG-2025-002 · Dublin-overføring til Østerrike"),
    ("vb-afg-2023-004.pdf", "VB-AFG-2023-004 · Enslig kvinne fra Balkh, eldre vurdering"),
    ("rolle-saksbehandler.pdf", "Rolle · Saksbehandler"),
    ("ansvarsmatrise.pdf", "Ansvarsmatrise"),
    ("landpakke-afg.pdf", "Landpakke for Afghanistan"),
]


@pytest.mark.parametrize(("name", "title"), TITLES)
def test_pdf_is_tagged_ua_in_norwegian_with_its_title_shown(
    built: Path, name: str, title: str
) -> None:
    data = (built / "pdf" / name).read_bytes()
    assert data.startswith(b"%PDF-1.7")
    reader = PdfReader(io.BytesIO(data))
    root = catalog(reader)
    assert root["/Lang"] == "nb"  # <html lang="nb">: a screen reader reads Norwegian
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712  (a pypdf BooleanObject)
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712  (title, not file)
    assert reader.metadata is not None and reader.metadata.title == title
    meta = xmp(reader)
    assert 'pdfuaid:part="1"' in meta
    assert f'<rdf:li xml:lang="x-default">{title}</rdf:li>' in meta
    assert [str(e["/S"]) for e in kids(tree(reader))] == ["/Document"]
    assert outline(reader), "no bookmarks"


def test_every_pdf_of_the_site_is_tagged(built: Path) -> None:
    files = sorted((built / "pdf").glob("*.pdf"))
    assert len(files) == 12
    for file in files:
        found = roles(PdfReader(file))
        assert found[0] == "Document", file.name
        assert "H1" in found and "P" in found, file.name


# -- headings -------------------------------------------------------------------------------

HEADINGS = [
    ("vb-afg-2025-002.pdf", ["H1", "H2", "H2", "H2", "H2"]),  # title, then the four sections
    ("rolle-saksbehandler.pdf", ["H1", "H2"]),  # title, «Sjekkliste»
    ("ansvarsmatrise.pdf", ["H1", "H2", "H2", "H2"]),
]


@pytest.mark.parametrize(("name", "expected"), HEADINGS)
def test_headings_are_tagged_by_level_like_the_bookmarks(
    built: Path, name: str, expected: list[str]
) -> None:
    reader = PdfReader(built / "pdf" / name)
    headings = [r for r in roles(reader) if re.fullmatch(r"H[1-6]", r)]
    assert headings == expected
    marks = outline(reader)
    assert len(marks) == len(headings)
    assert [len(m) - len(m.lstrip()) for m in marks] == [2 * (int(h[1]) - 1) for h in headings]


def test_no_pdf_skips_a_heading_level(built: Path) -> None:
    for file in sorted((built / "pdf").glob("*.pdf")):
        levels = [int(r[1]) for r in roles(PdfReader(file)) if re.fullmatch(r"H[1-6]", r)]
        assert levels[0] == 1, file.name
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, (file.name, levels)


def test_a_table_has_header_cells_the_data_cells_point_to(built: Path) -> None:
    reader = PdfReader(built / "pdf" / "ansvarsmatrise.pdf")
    found = list(elements(tree(reader)))
    headers = {str(e["/ID"]) for e in found if e["/S"] == "/TH" and "/ID" in e}
    cells = [e for e in found if e["/S"] == "/TD"]
    assert "Table" in roles(reader) and headers and cells
    for cell in cells:
        named = {str(h) for h in cell["/A"].get("/Headers", [])}
        assert named and named <= headers


# -- links ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["vb-afg-2025-002.pdf", "ansvarsmatrise.pdf", "landpakke-afg.pdf"])
def test_every_link_is_a_link_element_with_text_and_its_annotation(built: Path, name: str) -> None:
    reader = PdfReader(built / "pdf" / name)
    links = [e for e in elements(tree(reader)) if e["/S"] == "/Link"]
    annotations: list[Any] = [
        a.get_object()
        for page in reader.pages
        for a in page.get("/Annots", [])
        if a.get_object()["/Subtype"] == "/Link"
    ]
    assert links and annotations
    objects = [
        kid["/Obj"].get_object()
        for link in links
        for kid in kids(link)
        if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/OBJR"
    ]
    # Each annotation is in the tree once, under a /Link with the words a reader hears.
    assert len(objects) == len(annotations)
    for link in links:
        assert has_text(link)
    parents = tree(reader)["/ParentTree"]["/Nums"]
    tree_parents = {int(parents[i]): parents[i + 1] for i in range(0, len(parents), 2)}
    for annotation in annotations:
        assert str(annotation["/Contents"])  # PDF/UA asks a description of every annotation
        parent = tree_parents[int(annotation["/StructParent"])].get_object()
        assert parent["/S"] == "/Link"


# -- pictures -------------------------------------------------------------------------------

PIXEL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4"
    "z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
)
PICTURES = [
    # (img attributes, the /Alt of its /Figure or None, whether WeasyPrint warns)
    ('alt="Kart over Kabul-provinsen"', "Kart over Kabul-provinsen", False),
    ('alt="Bilde: æøå"', "Bilde: æøå", False),
    ("", None, True),  # no text alternative: the build log says so
]


@pytest.mark.parametrize(("attributes", "alt", "warns"), PICTURES)
def test_a_picture_is_a_figure_with_its_alternative_text(
    tmp_path: Path, attributes: str, alt: str | None, warns: bool
) -> None:
    html = (
        f'<html lang="nb"><head><title>T</title></head><body><h1>T</h1>'
        f'<p><img src="{PIXEL}" {attributes} style="width:20mm"></p></body></html>'
    )
    data, rendered = render(html, (tmp_path / "index.html").as_uri(), tmp_path)
    reader = PdfReader(io.BytesIO(data))
    figures = [e for e in elements(tree(reader)) if e["/S"] == "/Figure"]
    assert len(figures) == 1
    assert figures[0].get("/Alt") == alt
    assert any("alt" in w for w in rendered.warnings) is warns


# -- addresses on paper ---------------------------------------------------------------------

LINKS = [
    # (href, text, the class pdf.css prints its address by) in one part, in this order
    ("../../land/afg/", "Afghanistan", "pdf-site"),
    ("../../land/afg/", "landet", "pdf-site pdf-again"),  # printed once per part
    ("../../land/afg/#kategori-x", "kategorien", "pdf-site"),  # another address
    ("https://lovdata.no/lov/2008-05-15-35", "utlendingsloven", "pdf-external"),
    ("https://lovdata.no/", "https://lovdata.no/", "pdf-bare"),  # the text is the address
    ("https://landinfo.no", "landinfo.no", "pdf-bare"),  # near-miss: no scheme in the text
    ("mailto:fag@example.invalid", "fag@example.invalid", "pdf-bare"),
    ("mailto:fag@example.invalid", "skriv til oss", "pdf-external pdf-again"),
    ("#faktum", "faktum", "pdf-internal"),  # a jump: no address
    ("./", "denne siden", "pdf-site"),  # the page itself, not in this PDF: its address
]


def test_links_to_other_pages_and_sites_are_marked_for_their_address() -> None:
    body = " ".join(f'<a href="{href}">{text}</a>' for href, text, _ in LINKS)
    page = f'<article class="md-content__inner"><p>{body}</p></article>'
    html = pdfhtml.article(
        page,
        page_url="vedtaksbank/afg/x/",
        href=lambda target, fragment: ADDRESS + target + (f"#{fragment}" if fragment else ""),
        prefix="p-",
    ).html
    found = re.findall(r'<a href="[^"]*" class="([^"]*)">', html)
    assert found == [css for _, _, css in LINKS]


SPANS = [
    # (a link's inside on the site, in the PDF): a bare span would split the /Link in the tree
    ('<span data-pagefind-filter="x">utl. § 28</span>', "utl. § 28"),
    ("<span>a</span> og <span>b</span>", "a og b"),
    ('<span class="pb-nowrap">3. mai</span>', '<span class="pb-nowrap">3. mai</span>'),  # kept
]


@pytest.mark.parametrize(("inside", "printed"), SPANS)
def test_a_bare_span_inside_a_link_is_left_out(inside: str, printed: str) -> None:
    page = (
        f'<article class="md-content__inner"><p><a href="../y/">{inside}</a> '
        "<span>utenfor</span></p></article>"
    )
    html = pdfhtml.article(page, page_url="x/", href=lambda t, f: ADDRESS + t).html
    assert html == (
        f'<p><a href="{ADDRESS}y/" class="pdf-site">{printed}</a> <span>utenfor</span></p>'
    )


def test_a_printed_document_shows_where_its_links_go(built: Path) -> None:
    pages = text_of(PdfReader(built / "pdf" / "vb-afg-2025-002.pdf"))
    text = "".join("".join(pages).split())  # addresses break over lines
    assert f"Afghanistan({ADDRESS}land/afg/)" in text
    assert f"PraksisnotatforAfghanistan({ADDRESS}praksisnotater/afg/)" in text
    bundle = "".join("".join(text_of(PdfReader(built / "pdf" / "landpakke-afg.pdf"))).split())
    # In a bundle a link to a page it holds is a jump: no address after it.
    assert f"({ADDRESS}vedtaksbank/afg/2025-dublin/)" not in bundle


# -- the matrix and the role pages ----------------------------------------------------------


def test_matrix_and_role_pages_link_their_pdfs(built: Path) -> None:
    matrix = read_page(built, "roller/ansvarsmatrise")
    assert re.search(
        r'<a class="md-button" href="../../pdf/ansvarsmatrise.pdf" type="application/pdf">'
        r"Last ned ansvarsmatrisen \(PDF\)</a>",
        matrix,
    )
    role = read_page(built, "roller/saksbehandler")
    assert (
        '<button type="button" class="md-button md-button--primary pb-print-button" hidden>'
        "Skriv ut sjekkliste</button>"
    ) in role
    assert re.search(
        r'href="../../pdf/rolle-saksbehandler.pdf" type="application/pdf">'
        r"Last ned sjekklisten \(PDF\)</a>",
        role,
    )
    text = " ".join(text_of(PdfReader(built / "pdf" / "ansvarsmatrise.pdf")))
    for words in ("Ansvarsmatrise", "Saksbehandler", "Hold praksisnotatet oppdatert."):
        assert words in text
    for screen_only in ("Last ned", "Skriv ut sjekkliste", "¶"):
        assert screen_only not in text
