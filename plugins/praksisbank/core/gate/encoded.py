"""Text a reader can decode: runs of base64, base32, hexadecimal or quoted-printable in a text,
decoded.

A number written as ``MDQwMzkxMjM0NTY=`` or ``=30=34=30=33=39=31`` is no number to the detectors,
but any reader can paste it into a decoder. ``runs`` finds each run of at least ``MIN_RUN``
characters (base64, standard or URL-safe, padded or not, split over white space or not; base32;
hexadecimal pairs, ``3033…``; quoted-printable ``=XX`` escapes) that decodes to readable text
(UTF-8, or UTF-16 in either byte order), and returns that text with where the run stands; the
gate (``anonymity.scanning._scan``) runs its detectors on it and reports what it finds at the run.

Cheap on ordinary text: a token is only looked at when it has what encoded text has and words
rarely do (a digit, ``+``, ``/``, ``=``, or a small letter followed by a capital), and a decoded
run counts only when it is text that is nearly all printable.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable

MIN_RUN = 12
"""The shortest run decoded (without its white space): 9 bytes of base64, padding left off
(an 11-digit number is 15 characters of unpadded base64)."""

_SIGN = re.compile(r"[0-9+/=]")
_CASE_CHANGE = re.compile(r"[A-Z](?<=[a-z][A-Z])")
"""What encoded text has and words rarely do: a digit, ``+``, ``/``, ``=``, or a small letter
followed by a capital. Each is one simple pattern: a pass over a page is fast. The case change
is found at its capital (rare in prose, so the engine skips to it in C; a pattern starting at the
small letter stops at nearly every character); the token's sign is the letter before it."""
_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_=-")
_RUN = re.compile(r"[A-Za-z0-9+/_=-]*")


def _tokens(text: str) -> list[tuple[int, int]]:
    """The tokens of base64's alphabet (both kinds) that hold a sign of encoded text."""
    hits = sorted(
        [m.start() for m in _SIGN.finditer(text)]
        + [m.start() - 1 for m in _CASE_CHANGE.finditer(text)]
    )
    found: list[tuple[int, int]] = []
    end = -1
    for at in hits:
        if at < end:
            continue
        start = at
        while start > 0 and text[start - 1] in _ALPHABET:
            start -= 1
        run = _RUN.match(text, at)
        end = run.end() if run is not None else at + 1
        found.append((start, end))
    return found


_MAX_TRIES = 5_000
"""Stretches tried in one text before only whole rows and single tokens are (a text made of
thousands of short rows would otherwise cost seconds)."""
_MAX_SPLIT = 12
"""Up to this many tokens in a row, every stretch of them is tried (a run split by spaces and
framed by other tokens); beyond it, the whole row and each token alone."""
_GAP = re.compile(r"[ \t\r\n]{1,3}")
_WORD = re.compile(r"\S+")
_QP_ESCAPE = re.compile(r"=([0-9A-Fa-f]{2})|=\r?\n")


def _readable(data: bytes) -> str | None:
    """The bytes as text, when they are UTF-8 or UTF-16 (with a byte-order mark or without,
    either order: what a Windows tool encodes) that is nearly all printable."""
    encodings: tuple[str, ...] = ("utf-8",)
    if b"\x00" in data and len(data) % 2 == 0:  # the order with more Latin letters wins
        bom = data[:2] in (b"\xff\xfe", b"\xfe\xff")
        encodings = ("utf-16",) if bom else ("utf-16-le", "utf-16-be")
    texts = []
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\t")
        if len(text) >= 4 and printable >= 0.95 * len(text):
            texts.append(text)
    return max(texts, key=lambda t: sum(ch < "\u0250" for ch in t), default=None)


def _base64(run: str) -> str | None:
    joined = "".join(run.split())
    bare = joined.rstrip("=")
    if len(joined) < MIN_RUN or len(bare) % 4 == 1:
        return None
    padded = bare + "=" * (-len(bare) % 4)
    for alphabet in (None, b"-_"):
        try:
            data = base64.b64decode(padded, altchars=alphabet, validate=True)
        except (binascii.Error, ValueError):
            continue
        text = _readable(data)
        if text is not None:
            return text
    return None


_BASE32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def _base32(run: str) -> str | None:
    bare = "".join(run.split()).rstrip("=").upper()
    if len(bare) < MIN_RUN or not _BASE32.issuperset(bare):
        return None
    try:
        data = base64.b32decode(bare + "=" * (-len(bare) % 8))
    except (binascii.Error, ValueError):
        return None
    return _readable(data)


_HEX = frozenset("0123456789abcdefABCDEF")


def _hexadecimal(run: str) -> str | None:
    """A run of hexadecimal pairs (``3033303439…``: each character's code, as any converter
    writes it) that decodes to readable text."""
    bare = "".join(run.split())
    if len(bare) < MIN_RUN or len(bare) % 2 or not _HEX.issuperset(bare):
        return None
    return _readable(bytes.fromhex(bare))


def _quoted_printable(run: str) -> str | None:
    if len(run) < MIN_RUN or len(_QP_ESCAPE.findall(run)) < 2:
        return None

    def byte(match: re.Match[str]) -> str:
        return chr(int(match.group(1), 16)) if match.group(1) else ""

    raw = _QP_ESCAPE.sub(byte, run)
    return _readable(raw.encode("latin-1", "replace"))


def runs(text: str, original: Callable[[int, int], str]) -> list[tuple[int, int, str, str]]:
    """Each run in ``text`` that decodes to readable text: ``(start, end, decoded, how)`` (how:
    Norwegian, «base64», «base32» or «quoted-printable»). ``original`` gives the run's characters as
    written (``text`` may be a normalised copy that folded letters between digits)."""
    found: list[tuple[int, int, str, str]] = []
    chains: list[list[tuple[int, int]]] = []
    for token in _tokens(text):
        if chains and _GAP.fullmatch(text, chains[-1][-1][1], token[0]):
            chains[-1].append(token)
        else:
            chains.append([token])
    budget = _MAX_TRIES
    for chain in chains:
        k = len(chain)
        if chain[-1][1] - chain[0][0] < MIN_RUN:
            continue
        if k <= _MAX_SPLIT and budget > 0:  # every stretch, longest first (a run among words)
            stretches = [(i, i + n) for n in range(k, 0, -1) for i in range(k - n + 1)]
            budget -= len(stretches)
        else:
            stretches = [(0, k), *((i, i + 1) for i in range(k))]
        for first, last in stretches:
            start, end = chain[first][0], chain[last - 1][1]
            if end - start < MIN_RUN:
                continue
            written = original(start, end)
            decoded, how = _base64(written), "base64"
            if decoded is None:
                decoded, how = _base32(written), "base32"
            if decoded is None:
                decoded, how = _hexadecimal(written), "heksadesimale tegnkoder"
            if decoded is not None:
                found.append((start, end, decoded, how))
                break
    if "=" in text:
        escaped = [
            w for w in _WORD.finditer(text) if "=" in w.group() and _QP_ESCAPE.search(w.group())
        ]
        for start, end in _chained(text, escaped):
            decoded = _quoted_printable(original(start, end))
            if decoded is not None:
                found.append((start, end, decoded, "quoted-printable"))
    return found


def _chained(text: str, tokens: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The spans of tokens that follow each other with only a little white space between."""
    spans: list[tuple[int, int]] = []
    for token in tokens:
        if spans and _GAP.fullmatch(text, spans[-1][1], token.start()):
            spans[-1] = (spans[-1][0], token.end())
        else:
            spans.append(token.span())
    return spans
