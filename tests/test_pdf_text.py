"""The PDFs' text as the gate reads it (PDFium, ``core/gate/pdftext.py``): every finding the gate
made on pypdf's text (its reader before, kept here as the reference) it makes on PDFium's, for
personal data seeded into PDFs made as the PDF step makes them (``core/pdf/render.py``), split
across table cells, lines and pages; and what a viewer shows beside the pages is read too.

Identity numbers are generated with valid check digits for made-up birth dates
(``helpers.identity_number``), never a real person's; the phone numbers, names and addresses
are made up."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from helpers import identity_number
from praksisbank.core.gate import pdftext, rendered
from praksisbank.core.gate.rendered import scanning

weasyprint = pytest.importorskip("weasyprint")
pypdf = pytest.importorskip("pypdf")

from praksisbank.core.pdf import render  # noqa: E402  (needs WeasyPrint)

FNR = identity_number("170392")
OTHER = identity_number("050488", kind="D")
PHONE = "91234567"
NAME = "et personnavn"
FNR_WHAT = "et fødselsnummer, D-nummer eller H-nummer"


def pdf(tmp_path: Path, body: str, head: str = "") -> bytes:
    """A PDF of ``body``, made as the PDF step makes one (tagged, from our fetcher)."""
    html = (
        '<!doctype html><html lang="nb"><head><meta charset="utf-8">'
        f"<title>Vedtak</title>{head}</head><body>{body}</body></html>"
    )
    data, _ = render.render(html, tmp_path.as_uri() + "/", tmp_path)
    return data


def pypdf_text(data: bytes) -> str:
    """The PDF's text as the gate read it before: pypdf's text of every page, then the document
    information's values, NULs dropped."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    texts = [page.extract_text() or "" for page in reader.pages]
    texts += [str(value) for value in dict(reader.metadata or {}).values()]
    return "\n\n".join(texts).replace("\x00", "")


def findings(text: str) -> list[tuple[str, str]]:
    return sorted((s.finding.what, s.finding.fingerprint) for s in scanning._scan(text, "PDF", ()))


PAGE = '<div style="break-before: page"></div>'
NARROW = '<p style="width: 4.2em">'

SEEDED = [
    (
        "number in two cells",
        f"<table><tr><td>Nr.</td><td>{FNR[:6]}</td><td>{FNR[6:]}</td></tr></table>",
    ),
    (
        "number over two rows",
        f"<table><tr><td>{FNR[:6]}</td></tr><tr><td>{FNR[6:]}</td></tr></table>",
    ),
    ("number over two lines", f"<p>Fødselsnummer {FNR[:6]}<br>{FNR[6:]}</p>"),
    ("number wrapped", f"{NARROW}Søkerens nummer er {FNR[:6]} {FNR[6:]} oppgitt.</p>"),
    ("number over two pages", f"<p>Fødselsnummer {FNR[:6]}</p>{PAGE}<p>{FNR[6:]}</p>"),
    ("D-number in bold", f"<p>D-nummer {OTHER[:6]}<b>{OTHER[6:]}</b></p>"),
    (
        "phone in cells",
        f"<table><tr><td>Telefon</td><td>{PHONE[:3]}</td>"
        f"<td>{PHONE[3:5]} {PHONE[5:]}</td></tr></table>",
    ),
    (
        "phone after its cue, a page on",
        f"<p>Søkerens telefonnummer er</p>{PAGE}<p>{PHONE[:3]} {PHONE[3:5]} {PHONE[5:]}.</p>",
    ),
    ("name", "<p>Søkeren, AMIR HASSAN, forklarte at han flyktet.</p>"),
    (
        "name in a cell",
        "<table><tr><td>Vitne</td><td>Vitnet Mr. Gebremariam bekreftet dette.</td></tr></table>",
    ),
    ("name over two lines", "<p>Referenten skrev at<br>A. Hassan ikke møtte.</p>"),
    ("date of birth", "<p>Søkeren er født 17.03.1992 i Kabul.</p>"),
    ("date of birth in cells", "<table><tr><td>Fødselsdato</td><td>17.03.1992</td></tr></table>"),
    (
        "date of birth atop a page",
        f"<p>Saken gjelder en søker.</p>{PAGE}<p>Født 17.03.1992 i Kabul.</p>",
    ),
    ("e-mail", "<p>Skriv til kari.hemmelig@kommune.example om saken.</p>"),
]


@pytest.mark.parametrize(("case", "body"), SEEDED, ids=[case for case, _ in SEEDED])
def test_every_finding_on_pypdfs_text_is_made_on_the_gates(
    tmp_path: Path, case: str, body: str
) -> None:
    data = pdf(tmp_path, body)
    before = findings(pypdf_text(data))
    assert before, f"pypdf's text of «{case}» shows nothing: the case seeds nothing"
    after = findings(rendered.pdf_text(data))
    assert set(before) <= set(after)
    assert [s.finding.what for s in rendered.in_pdf(data)]


SCRIPTS = [
    ("Arabic name", "Søkerens navn (محمد رحیمی) står i dokumentet."),
    ("Cyrillic name", "Søkeren heter Мухаммад Рахими ifølge passet."),
    ("number after Arabic words", f"رقم الهوية {FNR}"),
    ("split number between Arabic words", f"الرقم {FNR[:6]} {FNR[6:]} هنا"),
    ("Tigrinya birth", "ልደት፦ 17.03.1992"),
    ("Arabic birth", "مواليد: 1992/03/17"),
    ("Dari birth, Solar Hijri", "تولد: ۱۳۷۱/۰۲/۱۴"),
    ("Arabic passport", "الجواز: P05829364"),
]


@pytest.mark.parametrize(("case", "text"), SCRIPTS, ids=[case for case, _ in SCRIPTS])
def test_text_in_other_scripts_is_found_as_before_or_better(
    tmp_path: Path, case: str, text: str
) -> None:
    """PDFium maps the glyphs of our fonts back to Ethiopic and Arabic letters where pypdf gave
    other characters (a Tigrinya or Arabic keyword, then the date it names, went unseen); in a
    right-to-left run it gives the words in the order they stand on the line, so a name's value
    may read in another order, but it is found as a name all the same."""
    data = pdf(tmp_path, f"<p>{text}</p>")
    after = [what for what, _ in findings(rendered.pdf_text(data))]
    assert after
    assert {what for what, _ in findings(pypdf_text(data))} <= set(after)


def test_the_pages_read_the_same_words_line_by_line(tmp_path: Path) -> None:
    """Each page's lines hold the same words and digits as pypdf's, a word broken at a hyphen
    at a line's end included (PDFium joins such lines; the gate reads the line's end)."""
    body = "".join(body for _, body in SEEDED) + (
        f"{NARROW}Se https://praksis.intern.example/roller/barnefaglig-koordinator/ nå.</p>"
    )
    data = pdf(tmp_path, body)
    reader = pypdf.PdfReader(io.BytesIO(data))
    read = pdftext.read(data)
    assert len(read.pages) == len(reader.pages) > 1

    def lines(text: str) -> list[list[str]]:
        words = (re.findall(r"\w+", line) for line in rendered.readable(text).split("\n"))
        return [w for w in words if w]

    for page, before in zip(read.pages, reader.pages, strict=True):
        assert lines(page) == lines((before.extract_text() or "").replace("\x00", ""))


def test_what_a_viewer_shows_beside_the_pages_is_read(tmp_path: Path) -> None:
    """A picture's alternative text, a link's target and the document's title and author show
    in a viewer (read aloud, on hovering, in the document's properties): each is read, though
    the page's text shows none of them."""
    picture = tmp_path / "bilde.png"
    Image.new("RGB", (4, 4), "white").save(picture)
    body = (
        f'<p><img src="bilde.png" alt="Pass nr {FNR}"></p>'
        f'<p><a href="https://praksis.intern.example/sak/{OTHER}">Saken</a></p>'
    )
    head = (
        '<meta name="author" content="Søkeren, AMIR HASSAN">'
        f'<meta name="description" content="Telefon {PHONE}">'
    )
    data = pdf(tmp_path, body, head)
    read = pdftext.read(data)
    assert FNR not in "".join(read.pages) and OTHER not in "".join(read.pages)
    beside = "\n".join(read.beside)
    assert f"Pass nr {FNR}" in beside
    assert f"https://praksis.intern.example/sak/{OTHER}" in beside
    assert "Søkeren, AMIR HASSAN" in beside and f"Telefon {PHONE}" in beside
    assert "Vedtak" in read.beside  # the title
    found = {s.finding.what for s in rendered.in_pdf(data)}
    assert FNR_WHAT in found and NAME in found and "et telefonnummer" in found


def test_the_document_information_holds_only_entries_read_by_name(tmp_path: Path) -> None:
    """PDFium reads the document information's entries by name: the PDF step writes no other
    (pypdf lists every entry)."""
    head = (
        '<meta name="author" content="A"><meta name="description" content="B">'
        '<meta name="keywords" content="C"><meta name="generator" content="D">'
        '<meta name="dcterms.created" content="2026-01-02">'
        '<meta name="dcterms.modified" content="2026-01-03"><meta name="egen" content="E">'
    )
    data = pdf(tmp_path, "<p>Tekst</p>", head)
    info = pypdf.PdfReader(io.BytesIO(data)).metadata or {}
    assert {key.lstrip("/").encode() for key in info} <= set(pdftext._INFORMATION)
    assert "E" not in rendered.pdf_text(data).split("\n")


def test_an_unreadable_pdf_is_refused() -> None:
    for data in (b"%PDF-1.7 ikke en pdf", b"", b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer<<>>"):
        with pytest.raises(ValueError, match="PDF-en kan ikke leses"):
            rendered.pdf_text(data)
