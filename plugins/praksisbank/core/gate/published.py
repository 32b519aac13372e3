"""Files published as they are (attachments, images, theme files): which are published, how
each is read, and which are refused.

Every file MkDocs would copy into the site is on its folder's allow-list (``DOCS_TYPES`` for
``docs/``, ``THEME_TYPES`` for the site's theme folders) and then read, or refused with a
message saying what to do:

- under ``docs/``, pages and pictures only: text and data files (``.txt``, ``.csv``, ``.json``,
  ``.yml`` …), stylesheets, scripts and SVG are refused with where they belong (data in a page's
  front matter or text; stylesheets and scripts in the theme folder the developers own);
- in the theme folders, text files are read whole, as a page is (the loader does that);
  stylesheets and SVG pictures also for what they would run, fetch or print (``runnable.py``);
- PNG, JPEG, GIF, WebP: decoded, never read for text: the build writes each again from its
  pixels alone (``imagemeta.py``); refused when it cannot be decoded, is animated or too large;
- PDFs and office files (DOCX, XLSX, PPTX, ODT, ODS, ODP, RTF, DOC, XLS …): refused. A document
  made elsewhere can hold text no reader of its text sees (an office file's number formats,
  field codes and cached values, a PDF's unreferenced objects, unused fonts, a glyph map that
  makes the extracted text differ from the text shown, bytes after ``%%EOF``); the site makes a
  PDF of every page itself, from text the gate has read;
- e-mails, archives, other picture formats, sound and video, fonts, and anything else: refused.

A file under ``docs/`` in a folder the theme or the build writes (Material's stylesheets and
scripts, our own assets, the search index, the PDFs) is refused too: it would replace them.

Pure functions over bytes and names, no MkDocs. ``read`` returns a ``Reading``: the texts for the
gate, each with where it was found, or the reason the file is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

import yaml

from praksisbank.core.gate import imagemeta

MAX_BYTES = 20_000_000
"""The largest attachment or image read (20 MB); a larger one is refused."""


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

IMAGES = frozenset(imagemeta.FORMATS)
"""Images the build writes again from their pixels alone."""
READ = IMAGES

_AS_PAGE = (
    "Skriv innholdet som en side i Markdown (.md): nettstedet lager selv en PDF av hver side, "
    "fra tekst personvernsjekken har lest"
)
_REFUSED: tuple[tuple[frozenset[str], str], ...] = (
    (
        _words(
            ".pdf .docx .xlsx .pptx .odt .ods .odp .odg .doc .dot .docm .dotm .dotx .xls .xlt "
            ".xlsm .xlsb .xltx .ppt .pps .pptm .ppsx .potx .rtf .wpd .wps .pages .numbers .key "
            ".fodt .fods .fodp .one .pub .vsd .vsdx .mdb .accdb .xps .oxps .epub"
        ),
        "Dokumenter av typen {suffix} publiseres ikke: et dokument kan skjule tekst som ingen "
        "sjekk av teksten ser (tallformater, feltkoder, lagrede verdier, objekter og bytes "
        f"utenfor det som vises). {_AS_PAGE}.",
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
    "Filen er verken tekst eller et bilde Praksisbanken kan lese (PNG, JPEG, GIF, WebP), så den "
    f"kan ikke sjekkes for personopplysninger og blir ikke publisert. {_AS_PAGE}, eller lagre "
    "bildet som PNG eller JPEG."
)


TEXT_TYPES = frozenset({".txt", ".csv", ".tsv", ".json", ".yml", ".yaml"})
"""Text a reader reads as it is (never run): gated as a page is. Published from the theme folders
only; under ``docs/`` the plugin reads its own data files (``docs/roles/*.yml``) and publishes
none."""
DOCS_TYPES = IMAGES
"""What a content folder (``docs/``) may publish besides its pages: pictures, which the build
writes again from their pixels. Text, data, stylesheets, scripts, SVG and everything else are
refused (``not_allowed`` says where each belongs): a file served from the site's origin can be
loaded by a template as a script or a stylesheet, and a stylesheet can change what a reader sees
after the gate read it."""
THEME_TYPES = IMAGES | TEXT_TYPES | {".html", ".css", ".js", ".mjs", ".svg"}
"""What the site's theme folders (``theme.custom_dir``, the ``templates`` option) may hold:
templates, stylesheets, reviewed scripts (``content/scripts.py``), pictures, drawings that only
draw (``runnable.svg``), text. Everything else is refused."""

_THEME_FOLDER = (
    "i nettstedets temamappe («custom_dir» i mkdocs.yml), som utviklerteamet eier (CODEOWNERS)"
)
_BELONGS: tuple[tuple[frozenset[str], str], ...] = (
    (
        _words(".css .scss .less .js .mjs .cjs .ts .html .htm .xhtml .svg .svgz"),
        f"Stilark, skript, maler og tegninger hører hjemme {_THEME_FOLDER}: be utviklerteamet "
        "legge dem der. Et bilde lagres som PNG eller JPEG.",
    ),
    (
        TEXT_TYPES | _words(".xml .ndjson .toml .ini .md5 .log .text"),
        "Data skrives som felter i forsiden (front matter) eller som innhold i en side i Markdown "
        "(.md), der personvernsjekken leser dem slik leserne ser dem.",
    ),
)


def not_allowed(suffix: str, allowed: frozenset[str], where: str) -> str | None:
    """The message for a file whose ending is not on ``allowed`` (the list for ``where``,
    Norwegian: «docs-mappen», «temamappen»), ``None`` when it is: what is allowed there, and
    where a file of this kind belongs instead."""
    suffix = suffix.lower()
    if suffix in allowed:
        return None
    kind = f"av typen {suffix}" if suffix else "uten filendelse"
    belongs = next(
        (message for suffixes, message in _BELONGS if suffix in suffixes),
        "Skriv innholdet som en side i Markdown (.md), eller lagre bildet som PNG eller JPEG.",
    )
    return (
        f"Filer {kind} publiseres ikke fra {where}: bare disse typene er tillatt der: "
        f"{', '.join(sorted(allowed))}. {belongs}"
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
    """What the gate needs of an image (its ending is one of ``READ``): whether it can be
    published."""
    suffix = PurePosixPath(name).suffix.lower()
    if len(data) > MAX_BYTES:
        return _refused(TOO_LARGE)
    return _image(data, imagemeta.FORMATS[suffix])


def _image(data: bytes, fmt: str) -> Reading:
    """An image is published written again from its pixels (``imagemeta``): nothing of it but
    the picture reaches a reader, so only whether it can be decoded is checked."""
    try:
        imagemeta.check(data, fmt)
    except imagemeta.ImageError as exc:
        return _refused(f"Bildet kan ikke publiseres: {exc}.")
    return Reading()


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
SHOWN_OPTIONS = {
    "toc": ("permalink", "permalink_title", "title"),
    "footnotes": ("BACKLINK_TEXT", "BACKLINK_TITLE", "SUPERSCRIPT_TEXT"),
    "pymdownx.keys": ("key_map",),
}
"""Options of Markdown extensions whose text readers see on the pages they render: a heading's
permalink and its title, the footnotes' links back and marks, the names of keys (attack round 9:
a permalink «41122334» after every heading)."""
SHOWN_THEME = ("palette",)
"""Options of ``theme`` readers see: the names of the colour toggles."""


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
        if not isinstance(key, yaml.ScalarNode):
            continue
        if key.value in SETTINGS:
            found += _scalars(value, key.value)
        elif key.value == "markdown_extensions":
            found += _shown_options(value)
        elif key.value == "theme" and isinstance(value, yaml.MappingNode):
            for option, setting in _pairs(value):
                if option in SHOWN_THEME:
                    found += _scalars(setting, f"theme.{option}")
    return sorted(found, key=lambda s: (s.line, s.column))


def _pairs(node: yaml.MappingNode) -> list[tuple[str, yaml.Node]]:
    return [(k.value, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)]


def _shown_options(node: yaml.Node) -> list[Setting]:
    """The reader-visible options (``SHOWN_OPTIONS``) of the extensions in ``markdown_extensions``
    (a list of names and one-key mappings, or a mapping)."""
    entries = node.value if isinstance(node, yaml.SequenceNode) else [node]
    found: list[Setting] = []
    for entry in entries:
        for name, options in _pairs(entry) if isinstance(entry, yaml.MappingNode) else []:
            shown = SHOWN_OPTIONS.get(name.removeprefix("markdown.extensions."), ())
            if not isinstance(options, yaml.MappingNode):
                continue
            for option, value in _pairs(options):
                if option in shown:
                    found += _scalars(value, f"markdown_extensions.{name}.{option}")
    return found


SNIPPETS = "pymdownx.snippets"
APPENDED = ("auto_append", "auto_prepend")
"""Options of ``pymdownx.snippets`` naming files whose text is added to every page: page text."""


@dataclass(frozen=True, slots=True)
class Appended:
    """The files ``pymdownx.snippets`` adds to every page (``APPENDED``), each as written with
    its position, and the folders it looks in (``base_path``, the project folder unless set)."""

    files: tuple[Setting, ...] = ()
    bases: tuple[str, ...] = (".",)


def appended(text: str) -> Appended:
    """``Appended`` of ``mkdocs.yml`` (composed only, as ``settings``; nothing when the file is
    not YAML or names no such file)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return Appended()
    if not isinstance(root, yaml.MappingNode):
        return Appended()
    extensions = dict(_pairs(root)).get("markdown_extensions")
    if extensions is None:
        return Appended()
    entries = extensions.value if isinstance(extensions, yaml.SequenceNode) else [extensions]
    files: list[Setting] = []
    bases: list[str] = []
    for entry in entries:
        for name, options in _pairs(entry) if isinstance(entry, yaml.MappingNode) else []:
            if name != SNIPPETS or not isinstance(options, yaml.MappingNode):
                continue
            for option, value in _pairs(options):
                if option in APPENDED:
                    files += _scalars(value, f"markdown_extensions.{name}.{option}")
                elif option == "base_path":
                    bases += [s.text for s in _scalars(value, option)]
    return Appended(tuple(files), tuple(bases) or (".",))


def every_setting(text: str) -> list[Setting]:
    """Every text in ``mkdocs.yml``, whatever the setting (plugin options too), with its
    position: to name the setting a link or markup in a built page comes from. Composed only,
    as ``settings``; nothing when the file is not YAML."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    found: list[Setting] = []
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode):
            found += _scalars(value, key.value)
    return sorted(found, key=lambda s: (s.line, s.column))


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
