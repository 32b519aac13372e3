"""Image metadata: found for the personal-data gate, and removed without touching the picture.

A photo carries more than its pixels: EXIF (camera owner, serial numbers, GPS position, comments),
XMP (author, title, history), IPTC (by-line, caption, place), PNG text chunks (``tEXt``, ``zTXt``,
``iTXt``, ``eXIf``), JPEG comments, GIF comment and application extensions, WebP ``EXIF``/``XMP``
chunks, and bytes after the end of the image. ``check`` reads the text of all of it through the
gate; the build writes every image without it. Both work on the file's own structure (PNG
chunks, JPEG segments, GIF blocks, RIFF chunks): the image data is copied byte for byte, never
decoded or encoded again. What an image needs to be shown as it was is kept: the colour profile,
transparency, animation, and the EXIF orientation (written again as a tag of its own, as phones
store upright photos sideways with this tag).

Pure functions over bytes, no imaging library: ``parts`` splits an image into its pieces, each
kept or dropped; ``metadata`` and ``strip`` are built on it. A file that does not follow its
format raises ``ImageError`` (a Norwegian reason).
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

FORMATS = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".gif": "gif", ".webp": "webp"}
"""The image formats published, by file ending: each is read and stripped here."""

MAX_INFLATED = 1_000_000
"""The most a compressed PNG text chunk may unpack to: more is refused, not read."""


class ImageError(Exception):
    """The file does not follow its image format; the message says so in Norwegian."""


@dataclass(frozen=True, slots=True)
class Part:
    """One piece of an image file: its bytes, whether the stripped image keeps them, and the
    metadata they carry (what it is, in Norwegian, and its bytes) when they are metadata."""

    raw: bytes
    keep: bool
    label: str = ""
    meta: bytes = b""


@dataclass(frozen=True, slots=True)
class Image:
    parts: tuple[Part, ...]
    orientation: int = 1
    """The EXIF orientation (1: upright as stored), kept through the strip."""


# -- reading metadata as text ------------------------------------------------------------------

_UTF16LE = re.compile(rb"(?:[\x20-\x7e\xa0-\xff]\x00){3,}")
_UTF16BE = re.compile(rb"(?:\x00[\x20-\x7e\xa0-\xff]){3,}")
_UNPRINTABLE = re.compile(r"[^\w\s!-/:-@\[-`{-~\u00a0-\u024f\u2000-\u206f]+")


def readable(blob: bytes) -> str:
    """The text in a metadata block, whatever its encoding: UTF-8 (and Latin-1 as far as it
    overlaps), and the UTF-16 strings Windows writes (``XPAuthor``, ``XPComment``). Anything
    unprintable between them becomes a line break, so binary bytes join no two texts."""
    texts = [blob.decode("utf-8", "replace")]
    texts += [m.group().decode("utf-16-le") for m in _UTF16LE.finditer(blob)]
    texts += [m.group().decode("utf-16-be") for m in _UTF16BE.finditer(blob)]
    return "\n".join(_UNPRINTABLE.sub("\n", text.replace("\ufffd", "\n")) for text in texts)


def metadata(data: bytes, fmt: str) -> list[tuple[str, str]]:
    """Each metadata block of the image as ``(what, text)``: what the build removes."""
    return [(p.label, readable(p.meta)) for p in parse(data, fmt).parts if p.meta]


def strip(data: bytes, fmt: str) -> bytes:
    """The image without its metadata: the kept pieces, byte for byte, and the orientation."""
    image = parse(data, fmt)
    return _WRITERS[fmt](image)


def parse(data: bytes, fmt: str) -> Image:
    try:
        return _PARSERS[fmt](data)
    except (IndexError, ValueError, struct.error, zlib.error) as exc:
        raise ImageError("bildet er ødelagt eller avkortet") from exc


# -- EXIF orientation ----------------------------------------------------------------------------

_ORIENTATION = 0x0112


def _orientation(tiff: bytes) -> int:
    """The orientation tag of an EXIF block (TIFF structure), 1 when it has none."""
    if tiff.startswith(b"Exif\x00\x00"):
        tiff = tiff[6:]
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None or len(tiff) < 8:
        return 1
    (offset,) = struct.unpack_from(order + "I", tiff, 4)
    if offset + 2 > len(tiff):
        return 1
    (count,) = struct.unpack_from(order + "H", tiff, offset)
    for i in range(min(count, 1000)):
        at = offset + 2 + 12 * i
        if at + 12 > len(tiff):
            break
        tag, kind, _n, value = struct.unpack_from(order + "HHIH", tiff, at)
        if tag == _ORIENTATION and kind == 3:
            return value if 1 <= value <= 8 else 1
    return 1


def _tiff(orientation: int) -> bytes:
    """An EXIF block holding only the orientation."""
    entry = struct.pack(">HHIHH", _ORIENTATION, 3, 1, orientation, 0)
    return b"MM\x00\x2a\x00\x00\x00\x08" + b"\x00\x01" + entry + b"\x00\x00\x00\x00"


# -- PNG -----------------------------------------------------------------------------------------

_PNG = b"\x89PNG\r\n\x1a\n"
_PNG_KEEP = frozenset(
    b"IHDR PLTE IDAT IEND tRNS cHRM gAMA iCCP sBIT sRGB cICP mDCV cLLI bKGD hIST pHYs sPLT "
    b"acTL fcTL fdAT".split()
)
"""What the picture needs: image data, colour, transparency, pixel size, animation (APNG)."""


def _inflate(data: bytes) -> bytes:
    inflater = zlib.decompressobj()
    out = inflater.decompress(data, MAX_INFLATED)
    if inflater.unconsumed_tail:
        raise ImageError("en komprimert tekst i bildet er for stor til å sjekkes")
    return out


def _png_text(kind: bytes, body: bytes) -> bytes:
    """The text of a PNG text chunk, unpacked: keyword and text on lines of their own."""
    keyword, _, rest = body.partition(b"\x00")
    if kind == b"zTXt":
        rest = _inflate(rest[1:])
    elif kind == b"iTXt" and len(rest) >= 2:
        compressed, text = rest[0], rest[2:]
        language, _, text = text.partition(b"\x00")
        translated, _, text = text.partition(b"\x00")
        rest = b"\n".join((language, translated, _inflate(text) if compressed else text))
    return keyword + b"\n" + rest


def _png(data: bytes) -> Image:
    if not data.startswith(_PNG):
        raise ImageError("filen er ikke en PNG-fil")
    parts = [Part(_PNG, True)]
    orientation, at = 1, len(_PNG)
    while at < len(data):
        (length,) = struct.unpack_from(">I", data, at)
        kind, end = data[at + 4 : at + 8], at + 12 + length
        if end > len(data) or not kind.isalpha():
            raise ImageError("bildet er ødelagt eller avkortet")
        raw, body = data[at:end], data[at + 8 : at + 8 + length]
        at = end
        if kind in _PNG_KEEP:
            parts.append(Part(raw, True))
            if kind == b"IEND":
                break
        elif kind[0:1].isupper():
            raise ImageError(f"bildet har en ukjent PNG-blokk ({kind.decode()})")
        elif kind == b"eXIf":
            orientation = _orientation(body)
            parts.append(Part(raw, False, "EXIF", body))
        elif kind in (b"tEXt", b"zTXt", b"iTXt"):
            parts.append(Part(raw, False, f"PNG-tekst ({kind.decode()})", _png_text(kind, body)))
        else:
            parts.append(Part(raw, False, f"PNG-blokken {kind.decode()}", body))
    parts += _trailing(data[at:])
    return Image(tuple(parts), orientation)


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body)
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def _png_write(image: Image) -> bytes:
    kept = [p.raw for p in image.parts if p.keep]
    if image.orientation != 1:  # right after IHDR: eXIf must come before the image data
        kept.insert(2, _png_chunk(b"eXIf", _tiff(image.orientation)))
    return b"".join(kept)


# -- JPEG ----------------------------------------------------------------------------------------

_JPEG_APP_KEEP = {0xE0: (b"JFIF\x00",), 0xE2: (b"ICC_PROFILE\x00",), 0xEE: (b"Adobe",)}
"""Application segments the picture needs: JFIF, the colour profile, Adobe's colour transform."""
_JPEG_LABELS = {0xE1: "EXIF/XMP", 0xED: "IPTC", 0xFE: "kommentar"}
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
_SOS, _EOI = 0xDA, 0xD9


def _jpeg_scan_end(data: bytes, at: int) -> int:
    """Where the compressed data after a start-of-scan ends: at the next marker."""
    while True:
        at = data.index(b"\xff", at)
        following = data[at + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            at += 1
            continue
        return at


def _jpeg(data: bytes) -> Image:
    if not data.startswith(b"\xff\xd8"):
        raise ImageError("filen er ikke en JPEG-fil")
    parts = [Part(data[:2], True)]
    orientation, at = 1, 2
    while True:
        start = at
        if data[at] != 0xFF:
            raise ImageError("bildet er ødelagt eller avkortet")
        while data[at] == 0xFF:
            at += 1
        marker = data[at]
        at += 1
        if marker == _EOI:
            parts.append(Part(data[start:at], True))
            break
        if marker in _STANDALONE:
            parts.append(Part(data[start:at], True))
            continue
        (length,) = struct.unpack_from(">H", data, at)
        end = at + length
        if length < 2 or end > len(data):
            raise ImageError("bildet er ødelagt eller avkortet")
        body = data[at + 2 : end]
        if marker == _SOS:
            end = _jpeg_scan_end(data, end)
            parts.append(Part(data[start:end], True))
        elif 0xE0 <= marker <= 0xEF or marker == 0xFE:
            if marker == 0xE0 and body.startswith(b"JFIF\x00") and len(body) > 14:
                parts += _jfif_without_thumbnail(data[start:end], body)
            elif any(body.startswith(sig) for sig in _JPEG_APP_KEEP.get(marker, ())):
                parts.append(Part(data[start:end], True))
            else:
                if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
                    orientation = _orientation(body)
                label = _JPEG_LABELS.get(marker, f"JPEG-segmentet APP{marker - 0xE0}")
                parts.append(Part(data[start:end], False, label, body))
        else:
            parts.append(Part(data[start:end], True))
        at = end
    parts += _trailing(data[at:])
    return Image(tuple(parts), orientation)


def _jfif_without_thumbnail(raw: bytes, body: bytes) -> list[Part]:
    """A JFIF header with a thumbnail: the header kept, the thumbnail (a copy of the picture
    before it was cropped, perhaps) dropped."""
    header = body[:12] + b"\x00\x00"
    kept = b"\xff\xe0" + struct.pack(">H", len(header) + 2) + header
    return [Part(kept, True), Part(raw, False)]


def _jpeg_write(image: Image) -> bytes:
    kept = [p.raw for p in image.parts if p.keep]
    if image.orientation != 1:  # after SOI and JFIF, as EXIF is placed
        exif = b"Exif\x00\x00" + _tiff(image.orientation)
        segment = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
        at = 2 if len(kept) > 1 and kept[1].startswith(b"\xff\xe0") else 1
        kept.insert(at, segment)
    return b"".join(kept)


# -- GIF -----------------------------------------------------------------------------------------

_GIF_APPS_KEPT = (b"NETSCAPE2.0", b"ANIMEXTS1.0")
"""Application extensions that only say how often an animation loops."""


def _sub_blocks(data: bytes, at: int) -> int:
    """The end of a chain of data sub-blocks starting at ``at``."""
    while True:
        size = data[at]
        at += 1 + size
        if size == 0:
            if at > len(data):
                raise ImageError("bildet er ødelagt eller avkortet")
            return at


def _gif(data: bytes) -> Image:
    if data[:6] not in (b"GIF87a", b"GIF89a"):
        raise ImageError("filen er ikke en GIF-fil")
    flags = data[10]
    at = 13 + ((3 << ((flags & 7) + 1)) if flags & 0x80 else 0)
    parts = [Part(data[:at], True)]
    while True:
        start, block = at, data[at]
        if block == 0x3B:  # trailer
            at += 1
            parts.append(Part(data[start:at], True))
            break
        if block == 0x2C:  # image: descriptor, local colour table, LZW data
            local = data[at + 9]
            at += 10 + ((3 << ((local & 7) + 1)) if local & 0x80 else 0)
            at = _sub_blocks(data, at + 1)
            parts.append(Part(data[start:at], True))
        elif block == 0x21:
            label = data[at + 1]
            at = _sub_blocks(data, at + 2)
            raw = data[start:at]
            kept = label == 0xF9 or (label == 0xFF and raw[3:14] in _GIF_APPS_KEPT)
            what = {0xFE: "GIF-kommentar", 0x01: "GIF-tekst"}.get(label, "GIF-utvidelse")
            parts.append(Part(raw, True) if kept else Part(raw, False, what, raw[2:]))
        else:
            raise ImageError("bildet er ødelagt eller avkortet")
        if at > len(data):
            raise ImageError("bildet er ødelagt eller avkortet")
    parts += _trailing(data[at:])
    return Image(tuple(parts))


def _gif_write(image: Image) -> bytes:
    return b"".join(p.raw for p in image.parts if p.keep)


# -- WebP ----------------------------------------------------------------------------------------

_WEBP_KEEP = frozenset({b"VP8X", b"ICCP", b"ANIM", b"ANMF", b"ALPH", b"VP8 ", b"VP8L"})
_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04


def _webp(data: bytes) -> Image:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ImageError("filen er ikke en WebP-fil")
    (size,) = struct.unpack_from("<I", data, 4)
    end_of_riff = 8 + size
    if end_of_riff > len(data):
        raise ImageError("bildet er ødelagt eller avkortet")
    parts, orientation, at = [Part(data[:12], True)], 1, 12
    while at < end_of_riff:
        kind = data[at : at + 4]
        (length,) = struct.unpack_from("<I", data, at + 4)
        end = at + 8 + length + (length & 1)
        if end > end_of_riff:
            raise ImageError("bildet er ødelagt eller avkortet")
        raw, body = data[at:end], data[at + 8 : at + 8 + length]
        if kind in _WEBP_KEEP:
            parts.append(Part(raw, True))
        else:
            if kind == b"EXIF":
                orientation = _orientation(body)
            label = {b"EXIF": "EXIF", b"XMP ": "XMP"}.get(kind, "WebP-blokken")
            parts.append(Part(raw, False, label, body))
        at = end
    parts += _trailing(data[end_of_riff:])
    return Image(tuple(parts), orientation)


def _webp_write(image: Image) -> bytes:
    chunks = [p.raw for p in image.parts[1:] if p.keep]
    if image.orientation != 1:
        exif = _tiff(image.orientation)
        chunks.append(b"EXIF" + struct.pack("<I", len(exif)) + exif + b"\x00" * (len(exif) & 1))
    for i, chunk in enumerate(chunks):
        if chunk.startswith(b"VP8X"):
            flags = chunk[8] & ~(_VP8X_EXIF | _VP8X_XMP)
            flags |= _VP8X_EXIF if image.orientation != 1 else 0
            chunks[i] = chunk[:8] + bytes([flags]) + chunk[9:]
    if image.orientation != 1 and not any(c.startswith(b"VP8X") for c in chunks):
        chunks = chunks[:-1]  # a simple WebP has no place for EXIF: the orientation is lost
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _trailing(rest: bytes) -> list[Part]:
    """Bytes after the end of the image: never shown, dropped, read by the gate."""
    return [Part(rest, False, "data etter bildet", rest)] if rest else []


_PARSERS = {"png": _png, "jpeg": _jpeg, "gif": _gif, "webp": _webp}
_WRITERS = {"png": _png_write, "jpeg": _jpeg_write, "gif": _gif_write, "webp": _webp_write}
