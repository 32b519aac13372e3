"""What in a stylesheet or an SVG picture a reader's browser would run, fetch or print.

A file in ``theme.custom_dir`` or under ``docs/`` is served from the site's own origin, so the
Content-Security-Policy lets a browser use it. Two kinds are allowed there that can do more than
they seem (``published.allowed``), and each is read here:

- CSS: refused when it imports another stylesheet (``@import``), names an address on another
  host (``url(https://…)``, ``image-set("//…")``, any string with a scheme), runs code
  (``expression()``, ``behavior``, ``-moz-binding``) or prints a value the gate cannot see
  (``attr()``, ``counter()``, ``counters()``: an attribute or a number the stylesheet sets).
  The text it prints (``content``, ``quotes``, counter symbols: every string) is given to the
  gate with CSS escapes decoded and the strings of one declaration joined, as a reader sees it;
- SVG: an allow-list of drawing elements and attributes; links only inside the picture
  (``#id``); no script, handler, foreign content, processing instruction or DTD; its styles
  pass the CSS rules above. Its text (``<text>``, ``<title>``, ``<desc>``) goes to the gate
  with entities decoded.

Pure functions over text, no MkDocs. Each returns a ``Verdict``: the text for the gate, or why
the file is refused (Norwegian, with what to do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree import ElementTree


@dataclass(frozen=True, slots=True)
class Verdict:
    text: str = ""
    """What a reader may see printed by the file, for the gate."""
    refusal: str | None = None


_STYLE_ELEMENT = re.compile(r"<style\b[^>]*>(.*?)(?:</style\s*>|\Z)", re.IGNORECASE | re.DOTALL)


def printed_by_styles(html: str) -> str:
    """What the ``<style>`` elements of a template or a page print (``content``, counter
    symbols: every string), CSS escapes decoded (``\\41 mir`` is «Amir»), one per line."""
    styles = (_COMMENT.sub(" ", m.group(1)) for m in _STYLE_ELEMENT.finditer(html))
    return "\n".join(_printed(style) for style in styles if style.strip())


_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(\n)|(.))", re.DOTALL)
_STRING = re.compile(r"\"((?:[^\"\\\n]|\\.)*)\"?|'((?:[^'\\\n]|\\.)*)'?", re.DOTALL)
_URL = re.compile(r"url\(\s*([^)\"'\s]*)\s*\)", re.IGNORECASE)
_ADDRESS_ELSEWHERE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|//|\\\\|/\\)", re.IGNORECASE)
_RUNS = re.compile(r"@import\b|expression\s*\(|\bbehavior\s*:|-moz-binding\b", re.IGNORECASE)
_PRINTS_VALUE = re.compile(r"\b(?:attr|counters?)\s*\(", re.IGNORECASE)
_DECLARATION = re.compile(r"[;{}]")


def _unescape(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            code = int(match.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
        return "" if match.group(2) is not None else match.group(3)

    return _ESCAPE.sub(one, text)


_CSS_WHAT = (
    "Praksisbanken publiserer stilark som bare bruker filer fra nettstedet selv og ikke "
    "skriver ut verdier den ikke kan sjekke"
)


def css(text: str) -> Verdict:
    """A stylesheet's verdict (see the module's docstring)."""
    bare = _COMMENT.sub(" ", text)
    decoded = _unescape(bare)  # what the browser reads: `@\69mport` is `@import`
    found = _RUNS.search(decoded)
    if found is not None:
        return Verdict(
            refusal=f"Stilarket har «{found.group(0).strip()}», som henter et annet stilark eller "
            f"kjører kode i leserens nettleser. {_CSS_WHAT}: ta det bort."
        )
    if _PRINTS_VALUE.search(decoded):
        return Verdict(
            refusal="Stilarket skriver ut en verdi med attr(), counter() eller counters(), som "
            "personvernsjekken ikke kan se. Skriv teksten i siden i stedet."
        )
    strings = [_unescape(m.group(1) or m.group(2) or "") for m in _STRING.finditer(bare)]
    addresses = [_unescape(m.group(1)) for m in _URL.finditer(bare)] + strings
    elsewhere = next((a for a in addresses if _ADDRESS_ELSEWHERE.match(a)), None)
    if elsewhere is not None:
        return Verdict(
            refusal=f"Stilarket peker til «{elsewhere[:60]}», en adresse utenfor nettstedet (eller "
            f"en data-adresse). {_CSS_WHAT}: legg filen i nettstedet og bruk en relativ adresse."
        )
    return Verdict(_printed(bare))


def _printed(bare: str) -> str:
    """Every string a stylesheet (without comments) may print, escapes decoded: the strings of
    one declaration joined, and apart (``@counter-style`` symbols, ``quotes``)."""
    printed = []
    for declaration in _DECLARATION.split(bare):
        parts = [_unescape(m.group(1) or m.group(2) or "") for m in _STRING.finditer(declaration)]
        if any(parts):
            printed.append("".join(parts))
            if len(parts) > 1:
                printed.append(" ".join(parts))
    return "\n".join(printed)


# -- SVG ----------------------------------------------------------------------------------------

_SVG_ELEMENTS = frozenset(
    (
        *("svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "style"),
        *("path", "rect", "circle", "ellipse", "line", "polyline", "polygon"),
        *("text", "tspan", "textPath", "linearGradient", "radialGradient", "stop"),
        *("clipPath", "mask", "pattern", "marker", "filter", "feGaussianBlur", "feOffset"),
        *("feBlend", "feColorMatrix", "feComposite", "feFlood", "feMerge", "feMergeNode"),
    )
)
"""Elements that draw, group or describe, and nothing else (no ``script``, ``foreignObject``,
``image``, ``a``, ``animate``, ``set``, ``iframe``)."""
_LINKS = frozenset({"href", "{http://www.w3.org/1999/xlink}href"})
_SVG_WHAT = (
    "Praksisbanken publiserer SVG-bilder som bare tegner: uten skript, hendelser, lenker ut av "
    "bildet, innebygd innhold eller animasjon."
)


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def svg(data: bytes) -> Verdict:
    """An SVG picture's verdict (see the module's docstring)."""
    if re.search(rb"<!DOCTYPE|<!ENTITY|<\?(?!xml\s)", data, re.IGNORECASE):
        return Verdict(
            refusal=f"SVG-bildet har en DTD eller en prosesseringsinstruksjon (for eksempel "
            f"<?xml-stylesheet?>). {_SVG_WHAT} Lagre bildet på nytt uten dem."
        )
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return Verdict(refusal="SVG-bildet er ikke gyldig XML. Lagre det på nytt, eller som PNG.")
    texts: list[str] = []
    for element in root.iter():
        name = _local(element.tag) if isinstance(element.tag, str) else ""
        if name not in _SVG_ELEMENTS:
            return Verdict(refusal=f"SVG-bildet har elementet <{name or '?'}>. {_SVG_WHAT}")
        for key, value in element.attrib.items():
            local = _local(key).lower()
            if local.startswith("on"):
                return Verdict(refusal=f"SVG-bildet har «{local}=», som kjører skript. {_SVG_WHAT}")
            if key in _LINKS and not value.strip().startswith("#"):
                return Verdict(
                    refusal=f"SVG-bildet lenker til «{value[:60]}» utenfor bildet. {_SVG_WHAT}"
                )
            if local == "style" or (isinstance(value, str) and "url(" in value.lower()):
                verdict = css(f"x{{{local}:{value}}}")
                if verdict.refusal is not None:
                    return verdict
                texts.append(verdict.text)
        if name == "style":
            verdict = css(element.text or "")
            if verdict.refusal is not None:
                return verdict
            texts.append(verdict.text)
        elif element.text and element.text.strip():
            texts.append(element.text)
        if element.tail and element.tail.strip():
            texts.append(element.tail)
    return Verdict("\n".join(texts))
