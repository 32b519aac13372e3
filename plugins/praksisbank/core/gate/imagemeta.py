"""Images: decoded and written again from their pixels, so nothing but the picture is published.

A file can carry text in many more places than its metadata blocks (EXIF, XMP, IPTC, PNG text
chunks, comments): in the bytes after a compressed stream, in chunks few programs read (PNG
``sPLT``, ``hIST``, ``pHYs``, JPEG ``APPn`` and ``0xF0``–``0xF7`` markers), after the end of an
image, in a colour profile's description. Finding each hiding place is a losing game, so the
build never copies an image: Pillow decodes the pixels and writes a new file of the same format
with nothing else in it (``clean``):

- PNG: lossless; a palette keeps only the colours the pixels use (an unused entry holds three
  bytes of anything), with the transparency they need;
- JPEG: at quality 95;
- GIF and WebP: as Pillow writes them (WebP at quality 95);
- every format turned upright first by its EXIF orientation (phones store upright photos
  sideways with this tag, and browsers turn them by it), which is then dropped with the rest;
- no colour profile, no text, no EXIF, no resolution, no comment.

Refused (``ImageError``, a Norwegian reason): a file that is not an image of the format its name
says, a damaged one, an animated one (its other frames would be dropped without the author
seeing it: save the frame readers should see), and one of more than ``MAX_PIXELS`` pixels (a
decompression bomb: a small file that unpacks to gigabytes).

The pixels themselves are not read: a picture of a text is the reviewer's to see.
"""

from __future__ import annotations

import contextlib
import io
import warnings

from PIL import Image, ImageFile, ImageOps

FORMATS = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".gif": "gif", ".webp": "webp"}
"""The image formats published, by file ending: each is written again by ``clean``."""

MAX_PIXELS = 40_000_000
"""The most pixels an image may have (a 40-megapixel photo); more is refused, not decoded."""

_PILLOW_FORMATS = {"png": "PNG", "jpeg": "JPEG", "gif": "GIF", "webp": "WEBP"}
_LABELS = {"png": "PNG", "jpeg": "JPEG", "gif": "GIF", "webp": "WebP"}
_KEPT_INFO = frozenset({"transparency"})
"""What of a decoded image's ``info`` the new file needs to show the same pixels."""


class ImageError(Exception):
    """The file is not an image Praksisbanken publishes; the message says why in Norwegian."""


def _opened(data: bytes, fmt: str) -> Image.Image:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow refuses twice this on its own; we refuse once
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[_PILLOW_FORMATS[fmt]])
            if image.width * image.height > MAX_PIXELS:
                raise Image.DecompressionBombError("too many pixels")
            if getattr(image, "n_frames", 1) > 1:
                raise ImageError(
                    "bildet er animert. Lagre det bildet leserne skal se, som et enkelt bilde"
                )
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(
            f"bildet er for stort (over {MAX_PIXELS // 1_000_000} millioner piksler). Gjør det "
            "mindre"
        ) from None
    except ImageError:
        raise
    except Exception:  # Pillow's many errors for a damaged or hostile file: refused, no traceback
        raise ImageError(
            f"filen er ikke et {_LABELS[fmt]}-bilde, eller den er ødelagt eller avkortet"
        ) from None
    return image


def check(data: bytes, fmt: str) -> None:
    """Whether ``clean`` can write the image (else ``ImageError``), for ``check``."""
    _opened(data, fmt).close()


def clean(data: bytes, fmt: str) -> bytes:
    """The image written again from its pixels alone (see the module's docstring)."""
    image = _opened(data, fmt)
    with contextlib.suppress(Exception):  # an EXIF block no program can read turns nothing
        image = ImageOps.exif_transpose(image)  # a browser turns it by the tag too
    if fmt == "jpeg" and image.mode not in ("L", "RGB", "CMYK"):
        image = image.convert("RGB")
    if image.mode in ("P", "PA"):  # a palette keeps only the colours the pixels use
        if isinstance(image.info.get("transparency"), bytes) or image.mode == "PA":
            image = image.convert("RGBA")  # alpha for each palette entry: as pixels instead
        else:
            used = {i for _, i in image.getcolors(256) or [] if isinstance(i, int)}
            image = image.remap_palette(sorted(used))
    pixels = image.copy()
    pixels.info = {k: v for k, v in image.info.items() if k in _KEPT_INFO}
    options: dict[str, object] = {}
    if fmt == "jpeg":
        options = {"quality": 95, "optimize": False, "progressive": False}
    elif fmt == "webp":
        options = {"quality": 95}
    elif fmt == "gif" and "transparency" in pixels.info:
        options = {"transparency": pixels.info["transparency"]}
    out = io.BytesIO()
    pixels.save(out, format=_PILLOW_FORMATS[fmt], **options)
    return out.getvalue()
