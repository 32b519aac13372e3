"""The leak classes of issue 17 an attack on merged main still got through, one table per class:
what the theme's templates put into a built page that runs or loads (1), files in the theme's
folder and under ``docs/`` a browser can run or that fetch (2), image bytes a metadata stripper
kept (3), office files and PDFs (4), text a reader can decode (5), and two names and numbers (6).

Nothing here is real: identity numbers are generated in the test (``helpers.identity_number``),
names are invented, and images and files are made here.
"""

from __future__ import annotations

import base64
import io
import logging
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort, PluginError
from PIL import Image

from helpers import MKDOCS_YML, TODAY, Project, build_site, identity_number
from praksisbank.core.content.loader import load
from praksisbank.core.gate import csp, imagemeta, published
from praksisbank.mkdocs_adapter.project import layout_for

NUMBER = identity_number("040391")


# -- 1. what a template puts into a built page that runs or loads ------------------------------


def material_known() -> csp.Known:
    folder = Path(str(resources.files("material") / "templates"))
    return csp.Known(csp.template_shapes([folder]))


MATERIAL_SCOPE = (
    '__md_scope=new URL("{scope}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.'
    "charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t."
    'pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{{try{{t.setItem(a.pathname+'
    '"."+e,JSON.stringify(_))}}catch(e){{}}}}'
)


@dataclass(frozen=True, slots=True)
class PageRow:
    name: str
    html: str
    what: str | None
    """A part of what is refused, or None: the page is the theme's own."""

    def __repr__(self) -> str:
        return self.name


PAGES = [
    PageRow("Material at depth 0", f"<script>{MATERIAL_SCOPE.format(scope='.')}</script>", None),
    PageRow(
        "Material at depth 3", f"<script>{MATERIAL_SCOPE.format(scope='../../..')}</script>", None
    ),
    PageRow(
        "Material's config", '<script id="__config" type="application/json">{"a": 1}</script>', None
    ),
    PageRow("a script file of the site", '<script src="../assets/x.js"></script>', None),
    PageRow("Material's search share link", '<a href="javascript:void(0)">del</a>', None),
    PageRow(
        "text that names JavaScript", "<p>Ferdige utvalg uten JavaScript: se listen.</p>", None
    ),
    PageRow(
        "Material's scope with a string broken out of",
        "<script>" + MATERIAL_SCOPE.format(scope='.",alert(1),"') + "</script>",
        "innebygd skript",
    ),
    PageRow(
        "Material's scope holding a number",
        "<script>" + MATERIAL_SCOPE.format(scope=f"/{NUMBER}/") + "</script>",
        "innebygd skript",
    ),
    PageRow(
        "a script built from a page value", f'<script>var n="{NUMBER}"</script>', "innebygd skript"
    ),
    PageRow(
        "a module script", "<script type='module'>import('./x.js')</script>", "innebygd skript"
    ),
    PageRow(
        "an import map", '<script type="importmap">{"imports": {}}</script>', "innebygd skript"
    ),
    PageRow("an unclosed script", "<p>x</p><SCRIPT>fetch('/x')", "innebygd skript"),
    PageRow("an event handler", '<img src="a.png" onerror="fetch(1)">', "onerror"),
    PageRow("an event handler after a slash", "<svg/onload=alert(1)>", "onload"),
    PageRow("a handler in capitals", '<body ONLOAD="x()">', "onload"),
    PageRow("a javascript: link", '<a href="javascript:alert(1)">x</a>', "kjører skript"),
    PageRow(
        "an encoded javascript: link", '<a href="jav&#x61;script:alert(1)">x</a>', "kjører skript"
    ),
    PageRow("a javascript: link with a tab", "<a href='java\tscript:x()'>x</a>", "kjører skript"),
    PageRow("a form that runs", '<form action="javascript:x()"></form>', "kjører skript"),
    PageRow(
        "a page in a data: address", '<a href="data:text/html,<b>x</b>">x</a>', "kjører skript"
    ),
    PageRow(
        "a refresh", '<meta http-equiv="refresh" content="0;url=https://x.example/">', "refresh"
    ),
    PageRow("an encoded refresh", '<meta http-equiv="&#114;efresh" content="0">', "refresh"),
    PageRow("a base", '<base href="https://x.example/">', "<base>"),
    PageRow("an object", '<object data="x.pdf"></object>', "<object>"),
    PageRow("an embed", '<embed src="x.svg">', "<embed>"),
    PageRow("an iframe", '<IFRAME srcdoc="<p>x</p>"></IFRAME>', "<iframe>"),
]


@pytest.mark.parametrize("row", PAGES, ids=repr)
def test_only_the_themes_own_scripts_run_in_a_built_page(row: PageRow) -> None:
    html = f'<html><head><meta charset="utf-8"></head><body>{row.html}</body></html>'
    found = csp.active(html, material_known())
    if row.what is None:
        assert found == []
    else:
        assert found and row.what in found[0].what, found
    # what is not known gets no hash, so the browser refuses it even where the build went on
    hashes = csp.inline(html, material_known()).scripts
    assert (row.what is not None and "skript" in row.what) <= (hashes == frozenset())


def test_a_reviewed_script_runs_as_written_and_not_when_built_from_values() -> None:
    from praksisbank.core.content.scripts import source

    known = csp.Known((), frozenset({source("varsel()")}))
    assert csp.active("<script>varsel()</script>", known) == []
    assert csp.active("<script>varsel(1)</script>", known) != []


BUILT_SCRIPT = '{% extends "base.html" %}\n{% block scripts %}{{ super() }}\n' + (
    '{{ "<scr" ~ "ipt>fetch(\'/x?" ~ (page.url if page else "") ~ "\')</scr" ~ "ipt>" }}\n'
    "{% endblock %}\n"
)


def test_a_script_a_template_builds_with_jinja_stops_the_build(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    site = build_site(project)
    before = (site / "index.html").read_text(encoding="utf-8")
    config = MKDOCS_YML.replace("  language: nb\n", "  language: nb\n  custom_dir: overrides\n")
    project.write("mkdocs.yml", config)
    project.write("overrides/main.html", BUILT_SCRIPT)
    caplog.set_level(logging.ERROR)
    with pytest.raises((Abort, PluginError)):
        build_site(project)
    errors = [r.getMessage() for r in caplog.records if "innebygd skript" in r.getMessage()]
    assert errors and all(e.startswith("overrides/main.html:") for e in errors), errors
    assert "Ingenting ble publisert" in errors[0]
    assert (site / "index.html").read_text(encoding="utf-8") == before


# -- 2. files a browser can run or that fetch, in the theme's folder and under docs/ -------------

SVG_NS = 'xmlns="http://www.w3.org/2000/svg"'


@dataclass(frozen=True, slots=True)
class FileRow:
    name: str
    path: str
    data: str
    refused: str | None
    """A part of the message the file gets (a refusal or a finding), or None: published."""

    def __repr__(self) -> str:
        return self.name


FILES = [
    # the theme's folder: an allow-list of types
    FileRow("a template", "overrides/main.html", '{% extends "base.html" %}\n', None),
    FileRow("a plain stylesheet", "overrides/assets/egen.css", ".md-header{color:#123}\n", None),
    FileRow(
        "a local picture in CSS", "overrides/assets/b.css", "a{background:url(bilde.png)}", None
    ),
    FileRow("an icon in CSS", "overrides/assets/i.css", 'a::before{content:"\\e900"}', None),
    FileRow("a drawing", "overrides/.icons/x.svg", f'<svg {SVG_NS}><path d="M0 0h1"/></svg>', None),
    FileRow("XHTML", "overrides/side.xhtml", "<html/>", ".xhtml"),
    FileRow("XHT", "overrides/side.xht", "<html/>", ".xht"),
    FileRow(
        "XML with a stylesheet",
        "overrides/feed.xml",
        '<?xml-stylesheet type="text/xsl" href="a.xsl"?><a/>',
        ".xml",
    ),
    FileRow("XSLT", "overrides/a.xsl", "<xsl:stylesheet/>", ".xsl"),
    FileRow("no ending", "overrides/LISENS", "tekst", "uten filendelse"),
    FileRow("a CSS import", "overrides/a.css", '@import "https://x.example/a.css";', "@import"),
    FileRow("an escaped CSS import", "overrides/a.css", '@\\69mport "a.css";', "@import"),
    FileRow(
        "CSS from another host", "overrides/a.css", "a{background:url(//x.example/p)}", "utenfor"
    ),
    FileRow(
        "CSS image-set",
        "overrides/a.css",
        'a{background:image-set("https://x.example/p" 1x)}',
        "utenfor",
    ),
    FileRow(
        "CSS font elsewhere",
        "overrides/a.css",
        "@font-face{src:url(https://x.example/f)}",
        "utenfor",
    ),
    FileRow("CSS attr()", "overrides/a.css", "a::after{content:attr(title)}", "attr()"),
    FileRow(
        "CSS counter()",
        "overrides/a.css",
        "a{counter-reset:n 7}a::after{content:counter(n)}",
        "counter",
    ),
    FileRow(
        "CSS text with a number",
        "overrides/a.css",
        f'.md-footer::after{{content:"{NUMBER[:6]}" "{NUMBER[6:]}"}}',
        "fødselsnummer",
    ),
    FileRow(
        "CSS text with escapes",
        "overrides/a.css",
        '.x::after{content:"' + "".join(f"\\{ord(c):x} " for c in NUMBER) + '"}',
        "fødselsnummer",
    ),
    FileRow(
        "SVG with a script",
        "overrides/a.svg",
        f"<svg {SVG_NS}><script>x()</script></svg>",
        "<script>",
    ),
    FileRow("SVG handler", "overrides/a.svg", f'<svg {SVG_NS} onload="x()"/>', "onload"),
    FileRow(
        "SVG link out",
        "overrides/a.svg",
        f'<svg {SVG_NS}><use href="https://x.example/a#b"/></svg>',
        "lenker",
    ),
    FileRow(
        "SVG xlink out",
        "overrides/a.svg",
        f'<svg {SVG_NS} xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<use xlink:href="a.svg#b"/></svg>',
        "lenker",
    ),
    FileRow(
        "SVG CSS import",
        "overrides/a.svg",
        f"<svg {SVG_NS}><style>@import url(a.css);</style></svg>",
        "@import",
    ),
    FileRow(
        "SVG foreign content",
        "overrides/a.svg",
        f"<svg {SVG_NS}><foreignObject/></svg>",
        "foreignObject",
    ),
    FileRow(
        "SVG stylesheet PI",
        "overrides/a.svg",
        f'<?xml-stylesheet href="a.css"?><svg {SVG_NS}/>',
        "DTD",
    ),
    FileRow(
        "SVG text with entities",
        "overrides/a.svg",
        f"<svg {SVG_NS}><text>{''.join(f'&#{ord(c)};' for c in NUMBER)}</text></svg>",
        "fødselsnummer",
    ),
    # docs/: the same rules, and its own allow-list
    FileRow("a text file under docs", "docs/vedlegg/liste.txt", "Ingen her.\n", "front matter"),
    FileRow("a text file in the theme", "overrides/liste.txt", "Ingen her.\n", None),
    FileRow("a stylesheet under docs", "docs/stiler/a.css", "p{color:red}", "temamappe"),
    FileRow("a drawing under docs", "docs/kart.svg", f"<svg {SVG_NS}/>", ".svg"),
    FileRow("an XHTML page under docs", "docs/side.xht", "<html/>", ".xht"),
    FileRow("a vCard under docs", "docs/kontakt.vcf", "BEGIN:VCARD\n", ".vcf"),
]


@pytest.mark.parametrize("row", FILES, ids=repr)
def test_only_file_types_on_the_folders_list_are_published_and_read(
    project: Project, row: FileRow
) -> None:
    config = MKDOCS_YML.replace("  language: nb\n", "  language: nb\n  custom_dir: overrides\n")
    project.write("mkdocs.yml", config)
    project.write(row.path, row.data)
    result = load(layout_for(project.root), TODAY)
    messages = [p.message for p in result.problems if p.file == row.path]
    if row.refused is None:
        assert messages == []
    else:
        assert any(row.refused in m for m in messages), messages


# -- 3. image bytes a chunk stripper kept: every image written again from its pixels --------------

HIDDEN = f"Kari Nordmann {NUMBER}".encode()


def _pixels() -> Image.Image:
    image = Image.new("RGB", (8, 6), (30, 120, 200))
    image.putpixel((1, 1), (250, 10, 10))
    return image


def _saved(fmt: str, image: Image.Image | None = None, **options: object) -> bytes:
    out = io.BytesIO()
    (image or _pixels()).save(out, fmt, **options)
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_with_chunk(kind: bytes, body: bytes) -> bytes:
    image = _saved("PNG")
    end = image.rindex(b"IEND") - 4
    return image[:end] + _chunk(kind, body) + image[end:]


def png_idat_tail() -> bytes:
    """The bytes after the zlib stream, inside the IDAT chunk: decoders stop at the stream's end."""
    image = _saved("PNG")
    start = image.index(b"IDAT") - 4
    (length,) = struct.unpack(">I", image[start : start + 4])
    body = image[start + 8 : start + 8 + length] + HIDDEN
    return image[:start] + _chunk(b"IDAT", body) + image[start + 12 + length :]


def jpeg_with_segment(marker: int) -> bytes:
    image = _saved("JPEG", quality=95)
    return (
        image[:2] + bytes([0xFF, marker]) + struct.pack(">H", len(HIDDEN) + 2) + HIDDEN + image[2:]
    )


def webp_vp8l_tail() -> bytes:
    image = _saved("WEBP", lossless=True)
    at = image.index(b"VP8L")
    (length,) = struct.unpack("<I", image[at + 4 : at + 8])
    body = image[at + 8 : at + 8 + length] + HIDDEN
    body += b"\x00" * (len(body) % 2)
    riff = b"WEBP" + image[12:at] + b"VP8L" + struct.pack("<I", len(body)) + body
    return b"RIFF" + struct.pack("<I", len(riff)) + riff


def exif_block(orientation: int) -> bytes:
    block = Image.Exif()
    block[0x0112] = orientation
    block[0x013B] = HIDDEN.decode()
    return block.tobytes()


@dataclass(frozen=True, slots=True)
class ImageRow:
    name: str
    fmt: str
    make: Callable[[], bytes]
    lossless: bool
    refused: bool = False
    """Pillow cannot decode it (a marker JPEG decoders do not know): refused, not published."""

    def __repr__(self) -> str:
        return self.name


HIDING = [
    ImageRow("PNG text chunk", "png", lambda: png_with_chunk(b"tEXt", b"Author\0" + HIDDEN), True),
    ImageRow("PNG IDAT tail", "png", png_idat_tail, True),
    ImageRow("PNG sPLT", "png", lambda: png_with_chunk(b"sPLT", HIDDEN + b"\0\x08"), True),
    ImageRow("PNG hIST", "png", lambda: png_with_chunk(b"hIST", HIDDEN), True),
    ImageRow("PNG pHYs", "png", lambda: png_with_chunk(b"pHYs", HIDDEN[:9]), True),
    ImageRow("PNG private chunk", "png", lambda: png_with_chunk(b"prVt", HIDDEN), True),
    ImageRow("PNG after IEND", "png", lambda: _saved("PNG") + HIDDEN, True),
    ImageRow("PNG colour profile", "png", lambda: _saved("PNG", icc_profile=HIDDEN * 4), True),
    ImageRow("JPEG APP1", "jpeg", lambda: jpeg_with_segment(0xE1), False),
    ImageRow("JPEG APP9", "jpeg", lambda: jpeg_with_segment(0xE9), False),
    ImageRow("JPEG APP15", "jpeg", lambda: jpeg_with_segment(0xEF), False),
    ImageRow("JPEG comment", "jpeg", lambda: jpeg_with_segment(0xFE), False),
    ImageRow("JPEG after EOI", "jpeg", lambda: _saved("JPEG") + HIDDEN, False),
    ImageRow("JPEG EXIF", "jpeg", lambda: _saved("JPEG", exif=exif_block(1)), False),
    ImageRow("GIF comment", "gif", lambda: _saved("GIF", comment=HIDDEN), True),
    ImageRow("GIF after the trailer", "gif", lambda: _saved("GIF") + HIDDEN, True),
    ImageRow("WebP VP8L tail", "webp", webp_vp8l_tail, False),
    ImageRow("WebP EXIF and XMP", "webp", lambda: _saved("WEBP", exif=HIDDEN, xmp=HIDDEN), False),
]


def palette_image(fmt: str, **options: object) -> bytes:
    """Two colours used, the other 254 palette entries holding text."""
    image = Image.new("P", (8, 6), 0)
    image.putpalette([30, 120, 200, 250, 10, 10, *HIDDEN.ljust(762)][:768])
    image.putpixel((1, 1), 1)
    return _saved(fmt, image, **options)


HIDING += [
    ImageRow("PNG palette entries no pixel uses", "png", lambda: palette_image("PNG"), True),
    ImageRow(
        "GIF palette entries no pixel uses",
        "gif",
        lambda: palette_image("GIF", optimize=False),
        True,
    ),
    ImageRow(
        "PNG palette alpha",
        "png",
        lambda: palette_image("PNG", transparency=bytes([255, 255]) + HIDDEN),
        False,
    ),
]
HIDING += [
    ImageRow(f"JPEG marker {m:#x}", "jpeg", lambda m=m: jpeg_with_segment(m), False, True)  # type: ignore[misc]
    for m in range(0xF0, 0xF8)
]


@pytest.mark.parametrize("row", HIDING, ids=repr)
def test_an_image_is_published_as_its_pixels_and_nothing_else(row: ImageRow) -> None:
    original = row.make()
    if row.refused:
        with pytest.raises(imagemeta.ImageError, match="ikke et JPEG-bilde"):
            imagemeta.clean(original, row.fmt)
        return
    cleaned = imagemeta.clean(original, row.fmt)
    assert HIDDEN not in cleaned and HIDDEN[:6] not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == imagemeta._PILLOW_FORMATS[row.fmt]
        assert not ({"icc_profile", "exif", "xmp", "comment", "dpi", "Author"} & set(image.info))
        assert image.size == (8, 6)
        if row.lossless:
            assert (
                image.convert("RGB").tobytes()
                == Image.open(io.BytesIO(original)).convert("RGB").tobytes()
            )
    assert imagemeta.clean(cleaned, row.fmt) == cleaned or not row.lossless


def test_an_image_is_turned_upright_before_its_exif_is_dropped() -> None:
    for fmt in ("JPEG", "PNG", "WEBP"):
        cleaned = imagemeta.clean(_saved(fmt, exif=exif_block(6)), fmt.lower())
        with Image.open(io.BytesIO(cleaned)) as image:
            assert image.size == (6, 8) and image.getexif().get(0x0112) is None, fmt


REFUSED_IMAGES = [
    (
        "animated GIF",
        "gif",
        lambda: _saved("GIF", save_all=True, append_images=[Image.new("RGB", (8, 6))]),
        "animert",
    ),
    (
        "animated PNG",
        "png",
        lambda: _saved("PNG", save_all=True, append_images=[Image.new("RGB", (8, 6))]),
        "animert",
    ),
    ("a bomb", "png", lambda: _saved("PNG", Image.new("1", (9000, 9000))), "for stort"),
    ("a PNG named as JPEG", "jpeg", lambda: _saved("PNG"), "ikke et JPEG-bilde"),
    ("a signature only", "png", lambda: b"\x89PNG\r\n\x1a\n", "ikke et PNG-bilde"),
]


@pytest.mark.parametrize(
    ("name", "fmt", "make", "why"), REFUSED_IMAGES, ids=[r[0] for r in REFUSED_IMAGES]
)
def test_an_image_that_cannot_be_written_again_is_refused(
    name: str, fmt: str, make: Callable[[], bytes], why: str
) -> None:
    with pytest.raises(imagemeta.ImageError, match=why):
        imagemeta.clean(make(), fmt)
    suffix = next(s for s, f in imagemeta.FORMATS.items() if f == fmt)
    refusal = published.read(f"bilde{suffix}", make()).refusal
    assert refusal is not None and why in refusal


# -- 4. office files and PDFs under docs/: refused, whatever they hide -----------------------------


def zipped(parts: dict[str, str], after: bytes = b"") -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, text in parts.items():
            package.writestr(name, text)
    return out.getvalue() + after


def pdf_with(tail: bytes) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue() + tail


DOCUMENTS = [
    (
        "XLSX, a number as an exponent",
        "docs/a.xlsx",
        zipped({"xl/sheets/s.xml": "<v>4.0391E10</v>"}),
    ),
    ("ODS office:value", "docs/a.ods", zipped({"content.xml": f'<c office:value="{NUMBER}"/>'})),
    (
        "DOCX field formula",
        "docs/a.docx",
        zipped({"word/document.xml": f"<instr>={NUMBER}</instr>"}),
    ),
    ("DOCX bytes outside the zip", "docs/b.docx", zipped({"a.xml": "<a/>"}, HIDDEN)),
    ("PPTX", "docs/a.pptx", zipped({"ppt/slides/s.xml": "<a/>"})),
    ("ODT", "docs/a.odt", zipped({"content.xml": "<a/>"})),
    ("ODP", "docs/a.odp", zipped({"content.xml": "<a/>"})),
    ("RTF", "docs/a.rtf", b"{\\rtf1 hei}"),
    ("DOC", "docs/a.doc", b"\xd0\xcf\x11\xe0"),
    ("XLS", "docs/a.xls", b"\xd0\xcf\x11\xe0"),
    ("PDF, bytes after %%EOF", "docs/a.pdf", pdf_with(b"\n" + HIDDEN)),
    (
        "PDF, an unreferenced stream",
        "docs/b.pdf",
        pdf_with(b"9 0 obj<</Length 30>>stream\n" + HIDDEN),
    ),
    ("PDF in capitals", "docs/C.PDF", pdf_with(b"")),
]


@pytest.mark.parametrize(("name", "path", "data"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_office_files_and_pdfs_are_refused_with_what_to_write_instead(
    project: Project, name: str, path: str, data: bytes
) -> None:
    project.write(path, data)
    result = load(layout_for(project.root), TODAY)
    [problem] = [p for p in result.problems if p.file == path]
    assert "publiseres ikke" in problem.message and "side i Markdown (.md)" in problem.message


def test_the_contributor_guide_and_the_privacy_handbook_say_documents_are_refused() -> None:
    root = Path(__file__).resolve().parent.parent
    guide = (root / "docs" / "slik-bidrar-du.md").read_text(encoding="utf-8")
    handbook = (root / "handbook" / "privacy.md").read_text(encoding="utf-8")
    assert "PDF" in guide and "publiseres ikke" in guide
    assert "| PDF and office files" in handbook


# -- 5. text a reader can decode: base64 and quoted-printable --------------------------------------


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def qp(text: str) -> str:
    return "".join(f"={b:02X}" for b in text.encode())


PHONE = "912 34 567"
ENCODED = [
    (f"Koden er {b64(NUMBER)} i saken.", "fødselsnummer"),
    (f"Koden er {b64('Fnr: ' + NUMBER)} i saken.", "fødselsnummer"),
    (f"Koden er {b64(NUMBER)[:8]} {b64(NUMBER)[8:]} i saken.", "fødselsnummer"),
    (f"Ring 2 {b64(NUMBER)[:8]}\n{b64(NUMBER)[8:]} nå.", "fødselsnummer"),
    (f"Lenke: {base64.urlsafe_b64encode(('Ring ' + PHONE).encode()).decode()}.", "telefonnummer"),
    (f"Koden er {b64(b64(NUMBER))} i saken.", "fødselsnummer"),
    (f"Koden er {b64('kari.nordmann@example.org')}.", "e-postadresse"),
    (f"Koden er {qp(NUMBER)} i saken.", "fødselsnummer"),
    (f"Ring ={ord('9'):02X}={ord('1'):02X}2 34 567 nå.", "telefonnummer"),
    (f"Koden er {qp('Ring ' + PHONE).replace('=20', ' ')} i saken.", "telefonnummer"),
    # near-misses: long words, ids, hashes and data that decode to nothing readable
    ("Utlendingsdirektoratet og Utlendingsnemnda avgjorde saken.", None),
    ("Se HR-2020-1234-A og LB-2019-123456 om bevisbyrden.", None),
    ("Hashen er sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU= i skript-ok.yml.", None),
    (f"Bildet: data:image/png;base64,{base64.b64encode(bytes(range(200))).decode()}", None),
    ("Formelen =A1+B2 og =SUM(C3) står i regnearket.", None),
]


@pytest.mark.parametrize(("text", "what"), ENCODED, ids=[e[0][:30] for e in ENCODED])
def test_personal_data_a_reader_can_decode_is_found(text: str, what: str | None) -> None:
    from praksisbank.core.gate import rendered
    from praksisbank.core.gate.anonymity import find_personal_data

    found = [f.what for f in find_personal_data(text)]
    shown = [s.finding.what for s in rendered.in_text(text)]
    if what is None:
        assert found == [] and shown == [], (found, shown)
    else:
        assert any(what in f for f in found), found
        assert any(what in f for f in shown), shown


# -- 6. a name in capitals whose surname is a place; a family-book number after brackets ----------

NAMES_AND_NUMBERS = [
    ("Søkeren MARIAM SAFI forklarte seg.", "et personnavn"),
    ("Vitnet FATIMA HERAT bekreftet reisen.", "et personnavn"),
    ("Familieboka (syrisk) nr. 1234567 ble lagt fram.", "et ID-nummer"),
    ("Familieboknummer (ifølge søkeren) 1234567.", "et ID-nummer"),
    ("Familieboka [kopi] (syrisk): 1234567.", "et ID-nummer"),
    # near-misses: places in capitals, headings, a year in brackets, a count after brackets
    ("KABUL HERAT MAZAR", None),
    ("UTLENDINGSDIREKTORATET ASYLAVDELINGEN OSLO", None),
    ("Familieboka (2019) ble ikke lagt fram.", None),
    ("Han viste (se vedlegg) 2 ganger.", None),
]


@pytest.mark.parametrize(
    ("text", "what"), NAMES_AND_NUMBERS, ids=[n[0][:30] for n in NAMES_AND_NUMBERS]
)
def test_a_name_in_capitals_and_a_family_book_number_are_found(text: str, what: str | None) -> None:
    from praksisbank.core.gate.anonymity import find_personal_data

    found = [f.what for f in find_personal_data(text)]
    assert found == ([] if what is None else [what]), found


def test_what_a_template_sets_or_fetches_ahead_is_refused_too() -> None:
    """Attack round on this change: an SVG <set> that makes a link run, a link the browser
    fetches before anyone clicks."""
    known = material_known()
    rows = [
        '<svg><a><set attributeName="href" to="javascript:alert(1)"/></a></svg>',
        '<link rel="dns-prefetch" href="//x.example">',
        '<link rel="prefetch" href="https://x.example/?q=1">',
    ]
    for html in rows:
        assert csp.active(html, known), html
    assert csp.active('<link rel="stylesheet" href="assets/x.css">', known) == []
