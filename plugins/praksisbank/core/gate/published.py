"""Files published as they are (attachments, images, theme files): what the gate reads of each,
and which are refused.

Every file MkDocs would copy into the site is either read as text by the personal-data gate or
refused with a message saying what to do:

- text files (any UTF-8 file): read whole, as a page is (the loader does that);
- PDF: the text of every page, its annotations and form fields, the document information and
  its XMP metadata (pypdf). Refused: encrypted PDFs, PDFs with attached files or scripts, and a
  page with pictures but no text (a scan the gate cannot read);
- DOCX, XLSX, PPTX, ODT, ODS, ODP: a zip of XML parts; the text of every part and the
  attributes that hold text (author, alternative text, link targets). Refused: a part that is
  not XML or a picture (an embedded object, a macro), a DTD (entities), too many or too large
  parts (a zip bomb is never unpacked: reading stops at the limit);
- PNG, JPEG, GIF, WebP: decoded, never read for text: the build writes each again from its
  pixels alone (``imagemeta.py``); refused when it cannot be decoded, is animated or too large;
- everything else is refused by kind: old office formats and RTF (their text hides in escape
  codes), e-mails, archives, other picture formats, sound and video, fonts, and any file that is
  not text.

A file under ``docs/`` in a folder the theme or the build writes (Material's stylesheets and
scripts, our own assets, the search index, the PDFs) is refused too: it would replace them.

Pure functions over bytes and names, no MkDocs. ``read`` returns a ``Reading``: the texts for the
gate, each with where it was found, or the reason the file is refused.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from xml.etree import ElementTree

import yaml

from praksisbank.core.gate import imagemeta

MAX_BYTES = 20_000_000
"""The largest attachment or image read (20 MB); a larger one is refused."""
MAX_PAGES = 500
"""The most pages a PDF may have to be read."""
MAX_PDF_CONTENT = 600_000
"""The most page content (drawing instructions, unpacked) a PDF may have to be read. pypdf reads
200-300 kB of it a second from ordinary PDFs (a 36-page manual has 280 kB), 75 kB where every
glyph is placed on its own: this bounds the check of any PDF to a few seconds."""
MAX_PARTS = 2_000
"""The most files an office document (a zip) may hold."""
MAX_UNPACKED = 50_000_000
"""The most an office document is unpacked to, all parts together: reading stops there."""


@dataclass(frozen=True, slots=True)
class Piece:
    """A text found in a file, and where (in Norwegian: «side 3», «dokumentegenskapene»)."""

    where: str
    text: str


@dataclass(frozen=True, slots=True)
class Reading:
    pieces: tuple[Piece, ...] = ()
    refusal: str | None = None
    """Why the file is not published, and what to do (Norwegian); ``None``: read."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _refused(message: str) -> Reading:
    return Reading(refusal=message)


# -- what is read, what is refused ------------------------------------------------------------

DOCUMENTS = frozenset({".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"})
"""Documents whose text is read by the gate."""
IMAGES = frozenset(imagemeta.FORMATS)
"""Images the build writes again from their pixels alone."""
READ = DOCUMENTS | IMAGES

_AS_PAGE = "Skriv innholdet som en side i Markdown (.md), eller lagre det som PDF"
_REFUSED: tuple[tuple[frozenset[str], str], ...] = (
    (
        _words(
            ".doc .dot .docm .dotm .xls .xlt .xlsm .xlsb .ppt .pps .pptm .ppsx .potx .rtf .wpd "
            ".wps .pages .numbers .key .odg .fodt .fods .one .pub .vsd .vsdx .mdb .accdb"
        ),
        "Dokumenter av typen {suffix} kan ikke publiseres: Praksisbanken kan ikke lese teksten "
        f"i dem og sjekke den for personopplysninger. {_AS_PAGE} (PDF og DOCX sjekkes).",
    ),
    (
        _words(".eml .emlx .msg .mbox .mbx .pst .ost .oft .p7m"),
        "E-poster ({suffix}) kan ikke publiseres: de har avsendere, mottakere og adresser. Skriv "
        "det leserne trenger, inn i en side i Markdown (.md).",
    ),
    (
        _words(
            ".zip .tar .gz .tgz .bz2 .tbz .xz .txz .zst .lz .lzma .z .7z .rar .cab .iso .dmg "
            ".jar .apk .war .cpio .ar .deb .rpm"
        ),
        "Arkiver ({suffix}) kan ikke publiseres: innholdet kan ikke sjekkes for "
        "personopplysninger. Pakk ut filene og legg dem i docs-mappen hver for seg.",
    ),
    (
        _words(".avif .bmp .tif .tiff .ico .heic .heif .jxl .psd .raw .cr2 .nef .dng"),
        "Bilder av typen {suffix} kan ikke publiseres: metadataene deres kan ikke sjekkes og "
        "fjernes. Lagre bildet som PNG eller JPEG.",
    ),
    (
        _words(
            ".mp3 .mp4 .m4a .m4v .wav .ogg .oga .ogv .opus .flac .aac .webm .mov .avi .mkv .wmv "
            ".wma .3gp"
        ),
        "Lyd og video ({suffix}) kan ikke publiseres: Praksisbanken kan ikke sjekke hva som blir "
        "sagt eller vist. Skriv det leserne trenger, inn i en side i Markdown (.md).",
    ),
    (
        _words(".woff .woff2 .ttf .otf .eot"),
        "Skrifter ({suffix}) publiseres ikke: Praksisbanken bruker systemets skrifter og laster "
        "ingen nettfonter. Fjern filen.",
    ),
)
NOT_TEXT = (
    "Filen er verken tekst eller et format Praksisbanken kan lese (PDF, DOCX, XLSX, PPTX, ODT, "
    "PNG, JPEG, GIF, WebP), så den kan ikke sjekkes for personopplysninger og blir ikke "
    f"publisert. {_AS_PAGE}, eller lagre bildet som PNG eller JPEG."
)


TEXT_TYPES = frozenset({".txt", ".csv", ".tsv", ".json", ".yml", ".yaml"})
"""Text a reader reads as it is (never run): gated as a page is."""
DOCS_TYPES = IMAGES | DOCUMENTS | TEXT_TYPES | {".css"}
"""What a content folder (``docs/``) may publish besides its pages: pictures, documents whose text
is read, text, stylesheets (``runnable.css``). Everything else is refused."""
THEME_TYPES = IMAGES | TEXT_TYPES | {".html", ".css", ".js", ".mjs", ".svg"}
"""What the site's theme folders (``theme.custom_dir``, the ``templates`` option) may hold:
templates, stylesheets, reviewed scripts (``content/scripts.py``), pictures, drawings that only
draw (``runnable.svg``), text. Everything else is refused."""


def not_allowed(suffix: str, allowed: frozenset[str], where: str) -> str | None:
    """The message for a file whose ending is not on ``allowed`` (the list for ``where``,
    Norwegian: «docs-mappen», «temamappen»), ``None`` when it is."""
    suffix = suffix.lower()
    if suffix in allowed:
        return None
    kind = f"av typen {suffix}" if suffix else "uten filendelse"
    return (
        f"Filer {kind} publiseres ikke fra {where}: bare disse typene er tillatt der: "
        f"{', '.join(sorted(allowed))}. Skriv innholdet som en side i Markdown (.md), eller "
        "lagre bildet som PNG eller JPEG."
    )


def refused_kind(suffix: str) -> str | None:
    """The message for a file refused by its ending, ``None`` when its ending is not refused."""
    suffix = suffix.lower()
    for suffixes, message in _REFUSED:
        if suffix in suffixes:
            return message.format(suffix=suffix)
    return None


RESERVED = (
    "assets/stylesheets/",
    "assets/javascripts/",
    "assets/praksisbank/",
    "pagefind/",
    "pdf/",
)
"""Folders of the built site that the theme (Material's stylesheets and scripts), our plugin (its
CSS and JavaScript, ``sitefiles.ASSET_DIR``), the search index and the PDFs are written to."""


def reserved(relative: str) -> str | None:
    """The message for a file under ``docs/`` that would replace a file of the theme or the build,
    by its path inside ``docs/``."""
    folded = relative.lower()
    folder = next((r for r in RESERVED if folded.startswith(r)), None)
    if folder is None:
        return None
    return (
        f"Mappen {folder} i nettstedet tilhører temaet og Praksisbanken (stilark, skript, søk og "
        "PDF-er): en fil her kan erstatte dem. Legg filen i en annen mappe, for eksempel "
        "docs/vedlegg/ eller docs/bilder/."
    )


# -- reading ------------------------------------------------------------------------------------


TOO_LARGE = (
    f"Filen er for stor til å sjekkes for personopplysninger (over {MAX_BYTES // 1_000_000} MB). "
    "Del den opp, eller gjør bildene i den mindre."
)


def read(name: str, data: bytes) -> Reading:
    """The texts of a document or image (its ending is one of ``READ``) for the gate."""
    suffix = PurePosixPath(name).suffix.lower()
    if len(data) > MAX_BYTES:
        return _refused(TOO_LARGE)
    if suffix == ".pdf":
        return _pdf(data)
    if suffix in imagemeta.FORMATS:
        return _image(data, imagemeta.FORMATS[suffix], "")
    try:
        return _package(data)
    except Exception as exc:  # a damaged or hostile file: refused, never a traceback
        return _refused(_UNREADABLE_OFFICE.format(why=f"teknisk: {type(exc).__name__}"))


def _image(data: bytes, fmt: str, where: str) -> Reading:
    """An image is published written again from its pixels (``imagemeta``): nothing of it but
    the picture reaches a reader, so only whether it can be decoded is checked."""
    try:
        imagemeta.check(data, fmt)
    except imagemeta.ImageError as exc:
        where = "" if where == "" else f" ({where})"
        return _refused(f"Bildet kan ikke publiseres{where}: {exc}.")
    return Reading()


# -- PDF ----------------------------------------------------------------------------------------

_UNREADABLE_PDF = (
    "PDF-filen kan ikke leses ({why}), så teksten kan ikke sjekkes for personopplysninger. "
    "Lag PDF-en på nytt fra dokumentet (Lagre som PDF), uten passord."
)


def _pdf(data: bytes) -> Reading:
    from pypdf import PdfReader  # loaded only when a project has PDFs

    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)  # its notes on damaged files are not for contributors
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            return _refused(_UNREADABLE_PDF.format(why="den er kryptert"))
        if len(reader.pages) > MAX_PAGES:
            return _refused(
                f"PDF-filen har {len(reader.pages)} sider; Praksisbanken sjekker høyst "
                f"{MAX_PAGES}. Del den opp i flere filer."
            )
        if _pdf_content(reader) > MAX_PDF_CONTENT:
            return _refused(
                f"PDF-filen har mer tekst enn Praksisbanken kan sjekke (over "
                f"{MAX_PDF_CONTENT // 1000} kB sideinnhold). Del den opp i flere filer."
            )
        return _pdf_reading(reader)
    except Exception as exc:  # a damaged or hostile file: refused, never a traceback
        return _refused(_UNREADABLE_PDF.format(why=f"teknisk: {type(exc).__name__}"))
    finally:
        logger.setLevel(level)


def _pdf_content(reader: Any) -> int:
    """How much page content the PDF has, counted until it passes the limit."""
    total = 0
    for page in reader.pages:
        contents = page.get_contents()
        total += len(contents.get_data()) if contents is not None else 0
        if total > MAX_PDF_CONTENT:
            break
    return total


def _pdf_reading(reader: Any) -> Reading:
    root = reader.trailer["/Root"].get_object()
    if reader.attachments:
        return _refused(
            "PDF-filen har vedlagte filer, som ikke kan sjekkes for personopplysninger. Lag "
            "PDF-en på nytt uten vedlegg."
        )
    names = root.get("/Names")
    action = root.get("/OpenAction")
    if (names is not None and "/JavaScript" in names.get_object()) or (
        action is not None and "/JS" in str(action.get_object())
    ):
        return _refused(
            "PDF-filen har skript, som kan kjøre i leserens PDF-leser. Lag PDF-en på nytt fra "
            "dokumentet (Lagre som PDF)."
        )
    pieces = []
    info = reader.metadata
    if info:
        text = "\n".join(str(info.get(key, "")) for key in info)
        pieces.append(Piece("dokumentegenskapene", text))
    xmp = root.get("/Metadata")
    if xmp is not None:
        pieces.append(Piece("metadataene (XMP)", imagemeta.readable(xmp.get_object().get_data())))
    fields = reader.get_fields() or {}
    values = [str(f.get("/V", "")) for f in fields.values()]
    if any(values):
        pieces.append(Piece("skjemafeltene", "\n".join(values)))
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text() or ""
        if not text.strip() and len(page.images):
            return _refused(
                f"Side {number} i PDF-filen er et bilde uten tekst (skannet?), så den kan ikke "
                "sjekkes for personopplysninger. Lag PDF-en fra dokumentet selv, ikke fra en "
                "skanning."
            )
        pieces.append(Piece(f"side {number}", text))
        notes = list(_annotations(page))
        if notes:
            pieces.append(Piece(f"kommentarene på side {number}", "\n".join(notes)))
    return Reading(tuple(pieces))


def _annotations(page: Any) -> Iterator[str]:
    for annotation in page.get("/Annots") or ():
        note = annotation.get_object()
        for key in ("/Contents", "/T", "/Subj", "/RC"):
            if key in note:
                yield str(note[key])
        uri = (note.get("/A") or {}).get("/URI")
        if uri is not None:
            yield str(uri)


# -- office documents (Office Open XML, OpenDocument) --------------------------------------------

_BLOCKS = _words(
    "p h br cr tab tc tr c v si row table-cell table-row line-break s comment annotation "
    "Relationship"
)
"""Elements whose end is a break in the text (paragraphs, cells, line breaks): the words of
two cells are not joined, while the runs of one paragraph are (a number split over runs)."""
_TEXT_ATTRIBUTES = _words(
    "author initials descr title name Target tooltip href value string-value creator"
)
"""Attributes that hold text a reader or a document's owner can see."""


def _local(name: str) -> str:
    return name.rpartition("}")[2]


class _Text:
    """An ElementTree parser target that keeps only the text, in document order."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        for key, value in attrib.items():
            if _local(key) in _TEXT_ATTRIBUTES:
                self.parts.append(f"\n{value}\n")

    def end(self, tag: str) -> None:
        if _local(tag) in _BLOCKS:
            self.parts.append("\n")

    def data(self, text: str) -> None:
        self.parts.append(text)

    def close(self) -> str:
        return "".join(self.parts)  # called by the parser, and for the text


def xml_text(data: bytes) -> str | None:
    """The text of an XML part, ``None`` when it declares a DTD (entities) or is not XML."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return None
    target = _Text()
    parser = ElementTree.XMLParser(target=target)
    try:
        parser.feed(data)
        parser.close()
    except ElementTree.ParseError:
        return None
    return target.close()


_UNREADABLE_OFFICE = (
    "Dokumentet kan ikke leses ({why}), så teksten kan ikke sjekkes for personopplysninger. "
    "Lagre det på nytt i Word, Excel, PowerPoint eller LibreOffice, eller som PDF."
)


_SETTINGS_PARTS = frozenset({"layout-cache"})
_SETTINGS_DIRS = ("word/printersettings/", "xl/printersettings/", "ppt/printersettings/")
"""Binary parts office programs write on their own (the printer's settings, LibreOffice's
layout cache): read as text by the gate, not refused."""


def _package(data: bytes) -> Reading:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return _refused(_UNREADABLE_OFFICE.format(why="det er ikke en gyldig dokumentfil"))
    if len(members) > MAX_PARTS:
        return _refused(_UNREADABLE_OFFICE.format(why=f"det har over {MAX_PARTS} deler"))
    pieces: list[Piece] = []
    budget = MAX_UNPACKED
    for member in members:
        if member.is_dir():
            continue
        name = member.filename
        suffix = PurePosixPath(name).suffix.lower()
        if member.flag_bits & 0x1:
            return _refused(_UNREADABLE_OFFICE.format(why="det er passordbeskyttet"))
        try:
            with package.open(member) as handle:
                blob = handle.read(budget + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            why = f"delen {name} kan ikke pakkes ut: {type(exc).__name__}"
            return _refused(_UNREADABLE_OFFICE.format(why=why))
        budget -= len(blob)
        if budget < 0:
            return _refused(
                _UNREADABLE_OFFICE.format(why=f"det pakkes ut til over {MAX_UNPACKED // 10**6} MB")
            )
        if PurePosixPath(name).name in _SETTINGS_PARTS or name.lower().startswith(_SETTINGS_DIRS):
            pieces.append(Piece(name, imagemeta.readable(blob)))  # printer and layout settings
        elif suffix in (".xml", ".rels", ".vml", ".rdf") or name == "mimetype":
            text = blob.decode("ascii", "replace") if name == "mimetype" else xml_text(blob)
            if text is None:
                return _refused(_UNREADABLE_OFFICE.format(why=f"delen {name} er ikke gyldig XML"))
            pieces.append(Piece(name, text))
        elif suffix in imagemeta.FORMATS:
            reading = _image(blob, imagemeta.FORMATS[suffix], f"bildet {name}")
            if reading.refusal is not None:
                return reading
            pieces += reading.pieces
        else:
            return _refused(
                f"Dokumentet har en innebygd fil ({name}) som ikke kan sjekkes for "
                "personopplysninger (et innebygd objekt, en makro eller et bilde i et annet "
                "format enn PNG, JPEG, GIF og WebP). Fjern den, eller lagre dokumentet som PDF."
            )
    return Reading(tuple(pieces))


# -- mkdocs.yml ---------------------------------------------------------------------------------

SETTINGS = (
    "site_name",
    "site_description",
    "site_author",
    "copyright",
    "repo_name",
    "repo_url",
    "site_url",
    "edit_uri",
    "extra",
    "nav",
)
"""The settings of ``mkdocs.yml`` that readers see on every page (in the header, the footer, the
page's metadata), each with everything below it."""


@dataclass(frozen=True, slots=True)
class Setting:
    """A text readers see, from ``mkdocs.yml``: its key path (``extra.social.0.link``), and
    where it stands."""

    name: str
    line: int
    column: int
    text: str


def settings(text: str) -> list[Setting]:
    """Every reader-visible text in ``mkdocs.yml`` (keys and values under ``SETTINGS``), with its
    position. YAML is only composed, never constructed, so MkDocs' own tags do no harm; a file
    that is not YAML gives nothing (reading the site's settings reports it)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    found: list[Setting] = []
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value in SETTINGS:
            found += _scalars(value, key.value)
    return found


def _scalars(node: yaml.Node, name: str) -> list[Setting]:
    found = []
    stack: list[tuple[yaml.Node, str]] = [(node, name)]
    while stack:  # without recursion: a hostile file may nest deeply
        current, path = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            mark = current.start_mark
            found.append(Setting(path, mark.line + 1, mark.column + 1, str(current.value)))
        elif isinstance(current, yaml.SequenceNode):
            stack += [(item, f"{path}.{i}") for i, item in enumerate(current.value)]
        elif isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                label = f"{path}.{key.value}" if isinstance(key, yaml.ScalarNode) else path
                stack += [(value, label), (key, path)]  # a key is named by where it stands
    return sorted(found, key=lambda s: (s.line, s.column))
