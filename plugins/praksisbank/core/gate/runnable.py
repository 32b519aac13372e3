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

import itertools
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


_STYLE_ATTRIBUTE = re.compile(r"""\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def styles(html: str) -> Verdict:
    """A template's verdict: its ``<style>`` elements and ``style`` attributes pass the rules of
    a stylesheet (`css`); the text for the gate is what they print."""
    sheets = [m.group(1) for m in _STYLE_ELEMENT.finditer(html)]
    sheets += [f"x{{{m.group(1) or m.group(2) or ''}}}" for m in _STYLE_ATTRIBUTE.finditer(html)]
    for sheet in sheets:
        verdict = css(sheet)
        if verdict.refusal is not None:
            return verdict
    return Verdict(printed_by_styles(html))


_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(\n)|(.))", re.DOTALL)
_STRING = re.compile(r"\"((?:[^\"\\\n]|\\.)*)\"?|'((?:[^'\\\n]|\\.)*)'?", re.DOTALL)
_URL = re.compile(r"url\(\s*([^)\"'\s]*)\s*\)", re.IGNORECASE)
_ADDRESS_ELSEWHERE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|//|\\\\|/\\)", re.IGNORECASE)
_RUNS = re.compile(r"@import\b|expression\s*\(|\bbehavior\s*:|-moz-binding\b", re.IGNORECASE)
_PRINTS_VALUE = re.compile(r"\b(?:attr|counters?)\s*\(", re.IGNORECASE)
_DECLARATION = re.compile(r"[;{}]")
_REORDERS = re.compile(
    r"(?<![\w-])(?:-(?:webkit|moz|ms|o)-)?(?P<property>direction|unicode-bidi|writing-mode"
    r"|text-orientation|order|transform[\w-]*|rotate|scale|translate|float|position"
    r"|grid-(?:row|column|area|template-areas|auto-flow)[\w-]*|flex-(?:direction|flow)"
    r"|box-direction|box-ordinal-group)\s*:\s*(?P<value>[^;{}]*)"
    r"|(?<![\w-])[A-Za-z-][\w]*+(?:-[\w]++)*?-reverse\b",  # (linear: no run is read twice)
    re.IGNORECASE,
)
"""Properties that reorder, turn or mirror text on screen (bidi overrides, flex and grid order,
transforms, floats and positioning out of the flow): the gate reads text in source order."""
_HARMLESS = {
    "float": ("none",),
    "position": ("static", "sticky"),
    "flex-direction": ("row", "column"),
    "flex-flow": ("row", "column", "wrap", "nowrap", "row wrap", "column wrap", "row nowrap"),
    "grid-auto-flow": ("row", "column"),
    "text-orientation": ("mixed",),
    "direction": ("ltr",),
    "unicode-bidi": ("normal", "isolate", "embed"),
    "transform": ("none",),
    "rotate": ("none",),
    "scale": ("none",),
    "translate": ("none",),
}
_WIDE = ("inherit", "initial", "unset", "revert", "revert-layer")


def _harmless_layout(found: re.Match[str]) -> bool:
    """Whether a match of `_REORDERS` keeps text in source order (`position: sticky`)."""
    prop = (found.group("property") or "").lower()
    value = re.sub(r"\s*!important\s*$", "", (found.group("value") or "").strip().lower())
    return value in _HARMLESS.get(prop, ()) or (bool(prop) and value in _WIDE)


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
    moved = next((m for m in _REORDERS.finditer(decoded) if not _harmless_layout(m)), None)
    if moved is not None:
        return Verdict(
            refusal=f"Stilarket har «{moved.group(0).strip()[:60]}», som kan flytte, snu eller "
            "speile tekst, så leseren ser noe annet enn personvernsjekken leste. Praksisbanken "
            "publiserer stilark som viser teksten i den rekkefølgen den står: ta det bort."
        )
    hidden = _hides(decoded)
    if hidden is not None:  # what it prints is gated all the same (the caller reports both)
        return Verdict(_printed(bare), refusal=hidden)
    strings = [_unescape(m.group(1) or m.group(2) or "") for m in _STRING.finditer(bare)]
    # (escapes decoded first: `u\72l(` is `url(`, `\2f \2f host` is `//host`)
    addresses = [m.group(1) for m in _URL.finditer(decoded)] + strings
    elsewhere = next((a for a in addresses if _ADDRESS_ELSEWHERE.match(a)), None)
    if elsewhere is not None:
        return Verdict(
            refusal=f"Stilarket peker til «{elsewhere[:60]}», en adresse utenfor nettstedet (eller "
            f"en data-adresse). {_CSS_WHAT}: legg filen i nettstedet og bruk en relativ adresse."
        )
    return Verdict(_printed(bare))


_RULE = re.compile(r"(?:(?<=[{};])|\A)([^{};]*+)\{([^{}]*+)(?:\}|\Z)")
"""A rule: its selector (after the ``{`` of an enclosing ``@media``) and its declarations."""
_PROPERTY = re.compile(r"^\s*+(?P<name>-?[A-Za-z][\w-]*+)\s*+:(?P<value>.*)\Z", re.DOTALL)
_LENGTH = re.compile(r"(?<![\w.#-])(-?)([0-9]*\.?[0-9]+)([a-zA-Z%]*)")
_SMALLEST = {"px": 6.0, "pt": 4.5, "pc": 0.4, "q": 6.0, "mm": 1.6, "cm": 0.16, "in": 0.06}
"""The smallest font size readable on screen in each absolute unit (about six pixels);
relative units (``em``, ``rem``, ``%``, ``ex``, ``ch``, viewport units) at 0.4 of the text's."""
_FONT_SIZE_UNITS = frozenset(("em", "rem", "ex", "ch", "cap", "ic", "lh", "rlh", "%"))
_NUMBER_WORDS = re.compile(r"[^\W_]")
"""A letter or a digit of any script (what a printed string may not hold)."""
_PRINTING = frozenset(
    (
        *("content", "quotes", "list-style", "list-style-type", "symbols", "additive-symbols"),
        *("prefix", "suffix", "pad", "negative", "string-set", "hyphenate-character"),
        *("text-emphasis", "text-emphasis-style"),
    )
)
"""Properties whose value is printed as text (a string, or a counter style's symbols)."""
_HIDING = {
    "display": ("none",),
    "visibility": ("hidden", "collapse"),
    "content-visibility": ("hidden",),
    "color": ("transparent",),
    "-webkit-text-fill-color": ("transparent",),
}
"""Values that take text out of sight where it stands (a separator between two halves of a
number, hidden, joins them for the reader)."""
_CHROME = re.compile(
    r"(?:\.(?:md-(?:header|footer|sidebar|nav|search|source|tabs|banner|top|copyright|social"
    r"|dialog|announce|consent|content__button)[\w-]*+|headerlink)"
    r"|:(?:hover|focus|focus-within|focus-visible|active|visited|first-child|last-child)"
    r"|\[(?:hidden|data-md-[\w-]+(?:=[\"']?[\w-]*[\"']?)?)\])++"
)
"""A compound selector of the theme's own parts only (header, footer, navigation, search,
…): the sanitizer keeps no ``md-`` class in content, so hiding one of these hides no piece
of a contributor's text."""
_HIDE_WHAT = (
    "Praksisbanken publiserer stilark som viser all teksten på siden slik personvernsjekken "
    "leste den"
)


def _subject(selector: str) -> str:
    """The last compound of a selector (the element a rule styles)."""
    return re.split(r"\s*[>+~]\s*|\s+", selector.strip())[-1]


def _theme_parts_only(selectors: str) -> bool:
    """Whether every selector of a rule styles one of the theme's own parts (``_CHROME``)."""
    parts = [part for part in selectors.split(",") if part.strip()]
    return bool(parts) and all(_CHROME.fullmatch(_subject(part)) for part in parts)


def _too_small(name: str, value: str) -> bool:
    """Whether a ``font-size`` (or the size in a ``font`` shorthand) makes text unreadable:
    zero, negative, below ``_SMALLEST``, or computed (``calc()``, ``min()``...)."""
    if name == "font-size" and re.search(r"\b(?:calc|min|max|clamp|var)\s*\(", value, re.I):
        return True
    for sign, number, unit in _LENGTH.findall(value):
        unit = unit.lower()
        if name == "font" and not unit and float(number) != 0:
            continue  # a weight (`700`) or a line height
        if name == "font" and unit not in _SMALLEST and unit not in _FONT_SIZE_UNITS and unit:
            continue
        size = float(number)
        if sign or size == 0:
            return True
        if unit in _SMALLEST and size < _SMALLEST[unit]:
            return True
        if unit in _FONT_SIZE_UNITS and size < (40 if unit == "%" else 0.4):
            return True
        if name == "font":
            return False  # the first length is the size (`/` a line height follows)
    return False


def _opacity(value: str) -> float:
    """An ``opacity`` value as a number from 0 to 1 (1 when it is not a plain number)."""
    try:
        return float(value[:-1]) / 100 if value.endswith("%") else float(value)
    except ValueError:
        return 1.0


def _declaration_hides(name: str, value: str, chrome: bool) -> str | None:
    """Why one declaration hides or prints text a reader would read with the page, or None."""
    plain = re.sub(r"\s*!important\s*$", "", value.strip(), flags=re.I).lower()
    if name in ("letter-spacing", "word-spacing", "text-indent") and re.search(
        r"(?<![\w.])-\s*\.?[0-9]", plain
    ):
        return f"«{name}: {plain[:30]}», som skyver tegn sammen eller ut av syne"
    if name in ("font-size", "font") and _too_small(name, plain):
        return f"«{name}: {plain[:30]}», som gjør teksten for liten til å leses"
    if name in _PRINTING:
        printed = re.sub(r"url\([^)]*\)?", " ", value, flags=re.I)
        if name in _STRINGS_PRINTED:
            printed = "".join(m.group(1) or m.group(2) or "" for m in _STRING.finditer(printed))
        else:  # a counter style's symbols: strings and names alike are printed
            printed = re.sub(r"\b(?:inherit|initial|unset|none|normal|disc|circle|square)\b",
                             " ", printed, flags=re.I)  # fmt: skip
        if _NUMBER_WORDS.search(printed):
            return f"«{name}» med bokstaver eller sifre, som skrives ut uten å stå i siden"
    why = _counts_or_cases(name, plain)
    if why is not None:
        return why
    if chrome:
        return None
    if plain in _HIDING.get(name, ()):
        return f"«{name}: {plain}», som skjuler tekst"
    if name == "opacity" and _opacity(plain) < 0.1:
        return f"«opacity: {plain}», som skjuler tekst"
    if name in ("clip", "clip-path") and plain not in ("none", "auto", *_WIDE):
        return f"«{name}: {plain[:30]}», som kan skjule tekst"
    return None


_STRINGS_PRINTED = frozenset(
    (
        *("content", "quotes", "string-set", "hyphenate-character"),
        *("text-emphasis", "text-emphasis-style"),
    )
)
"""Printing properties whose keywords print nothing of their own: only their strings count."""
_COUNTERS = frozenset(("counter-set", "counter-reset", "counter-increment"))
_COUNTER_PAIR = re.compile(r"(?:-?[A-Za-z_][\w-]*+)(?:\s++[+-]?[0-9]{1,2})?+")
"""One counter and, if given, its value: a name and an integer of at most two digits."""
_CASE = {
    "text-transform": re.compile(r"\b(?:capitalize|uppercase)\b"),
    "font-variant": re.compile(r"\b(?:(?:all-)?(?:small|petite)-caps|unicase|titling-caps)\b"),
    "font-variant-caps": re.compile(r"\b(?:(?:all-)?(?:small|petite)-caps|unicase|titling-caps)\b"),
    "font": re.compile(r"\b(?:small-caps)\b"),
    "font-feature-settings": re.compile(r"[\"'](?:smcp|c2sc|pcap|c2pc|unic|titl|case)[\"']"),
}
"""Values that turn small letters into capitals (or capital-looking letters): «ali hassan»,
which the gate lets through in small letters, would show as «Ali Hassan»."""


def _counts_or_cases(name: str, plain: str) -> str | None:
    """Why a declaration makes the browser print a number the page does not hold (a counter set
    to a computed or large value: the list's number), or show small letters as capitals."""
    if name in _COUNTERS:
        pairs = plain.replace("!important", "").strip()
        if pairs not in ("none", *_WIDE) and not re.fullmatch(
            rf"{_COUNTER_PAIR.pattern}(?:\s++{_COUNTER_PAIR.pattern})*+", pairs
        ):
            return (
                f"«{name}: {plain[:30]}», som kan skrive ut et tall som ikke står i siden "
                "(listens nummer); bare navn og hele tall med høyst to sifre er tillatt"
            )
    case = _CASE.get(name)
    if case is not None and case.search(plain):
        return f"«{name}: {plain[:30]}», som gjør små bokstaver om til store"
    return None


def _hides(decoded: str) -> str | None:
    """Why a stylesheet (comments gone, escapes decoded) would hide, shrink or print text, so
    the reader sees another text than the gate read, or None. ``display: none`` and the like
    are let through on the theme's own parts only (``_theme_parts_only``)."""
    for rule in _RULE.finditer(decoded):
        selectors, body = rule.group(1), rule.group(2)
        chrome = _theme_parts_only(selectors.rsplit(";", 1)[-1])
        for declaration in body.split(";"):
            found = _PROPERTY.match(declaration)
            if found is None:
                continue
            name = found.group("name").lower()
            name = re.sub(r"^-(?:webkit|moz|ms|o)-(?!text-fill)", "", name)
            why = _declaration_hides(name, found.group("value"), chrome)
            if why is not None:
                return (
                    f"Stilarket har {why}, så leseren ser en annen tekst enn personvernsjekken "
                    f"leste. {_HIDE_WHAT}: ta det bort, eller skriv teksten i siden."
                )
    return None


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
        *("text", "tspan", "linearGradient", "radialGradient", "stop"),
        *("clipPath", "mask", "pattern", "marker", "filter", "feGaussianBlur", "feOffset"),
        *("feBlend", "feColorMatrix", "feComposite", "feFlood", "feMerge", "feMergeNode"),
    )
)
"""Elements that draw, group or describe, and nothing else (no ``script``, ``foreignObject``,
``image``, ``a``, ``animate``, ``set``, ``iframe``; no ``textPath``, whose path may run from
right to left)."""
_LINKS = frozenset({"href", "{http://www.w3.org/1999/xlink}href"})
_SVG_WHAT = (
    "Praksisbanken publiserer SVG-bilder som bare tegner: uten skript, hendelser, lenker ut av "
    "bildet, innebygd innhold eller animasjon."
)


_SVG_ATTRIBUTES = frozenset(
    (
        *("id", "class", "style", "version", "viewBox", "preserveAspectRatio", "width", "height"),
        *("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "d", "points"),
        *("pathLength", "transform", "fill", "fill-opacity", "fill-rule", "stroke"),
        *("stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin"),
        *("stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "opacity", "color"),
        *("display", "visibility", "overflow", "clip-path", "clip-rule", "mask", "filter"),
        *("font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch"),
        *("text-anchor", "dominant-baseline", "alignment-baseline", "letter-spacing"),
        *("word-spacing", "text-decoration", "text-rendering", "shape-rendering"),
        *("vector-effect", "paint-order", "mix-blend-mode", "isolation", "offset"),
        *("stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod"),
        *("fx", "fy", "fr", "patternUnits", "patternContentUnits", "patternTransform"),
        *("clipPathUnits", "maskUnits", "maskContentUnits", "markerWidth", "markerHeight"),
        *("markerUnits", "refX", "refY", "orient", "filterUnits", "primitiveUnits", "in", "in2"),
        *("result", "stdDeviation", "mode", "type", "values", "operator", "k1", "k2", "k3", "k4"),
        *("flood-color", "flood-opacity", "dx", "dy", "role", "aria-label", "aria-hidden"),
        *("focusable", "lang", "data-name", "href", "space"),
    )
)
"""Attributes that draw, place a shape or describe (``aria-label`` goes to the gate). Not the
ones that reorder, turn or mirror text (``direction``, ``unicode-bidi``, ``writing-mode``,
``rotate``, ``textLength``); of another namespace only ``xlink:href`` and ``xml:space``."""
_NAMESPACES = ("", "{http://www.w3.org/1999/xlink}", "{http://www.w3.org/XML/1998/namespace}")
_TEXT_ELEMENTS = frozenset(("text", "tspan"))
_NUMBER = re.compile(r"\s*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:px)?\s*")
_TEXT_WHAT = (
    "Praksisbanken publiserer SVG-tekst som står i den rekkefølgen den leses: én <text> per "
    "linje, ovenfra og ned, uten <tspan> med egen plassering, dreiing eller speiling. Skriv "
    "teksten slik, eller gjør den om til stier."
)


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def _svg_attribute_refusal(element: ElementTree.Element, name: str) -> str | None:
    """Why an attribute of ``element`` (local name ``name``) is refused, or ``None``."""
    for key in element.attrib:
        local = _local(key)
        namespace = key[: len(key) - len(local)]
        if namespace not in _NAMESPACES or local not in _SVG_ATTRIBUTES:
            return f"SVG-bildet har attributtet «{local}=», som Praksisbanken ikke publiserer. " + (
                _SVG_WHAT
            )
        if name in _TEXT_ELEMENTS and local in ("dx", "dy", "transform"):
            return f"SVG-teksten har «{local}=», som flytter eller snur teksten. {_TEXT_WHAT}"
        positioned = local in ("x", "y") and name in _TEXT_ELEMENTS
        if positioned and (name != "text" or _NUMBER.fullmatch(element.attrib[key]) is None):
            return f"SVG-teksten har «{local}=» på <{name}>. {_TEXT_WHAT}"
    return None


_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


def _is_text(element: ElementTree.Element, *names: str) -> bool:
    """Whether ``element`` is a text element (or one of ``names``)."""
    tag = _local(element.tag) if isinstance(element.tag, str) else ""
    return tag in (names or _TEXT_ELEMENTS)


def _svg_text_refusal(root: ElementTree.Element) -> str | None:
    """Why the text elements of a picture may be read in another order than they stand."""
    lines: list[float] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or _local(element.tag) != "text":
            continue
        if not "".join(element.itertext()).strip():
            continue
        lines.append(float(element.get("y", "0").strip().removesuffix("px")))  # (checked)
    if any(below <= above for above, below in itertools.pairwise(lines)):
        return (
            "SVG-bildet har tekst i flere <text> på samme linje eller nedenfra og opp. "
            + _TEXT_WHAT
        )
    holding = {e.get("id") for e in root.iter() if any(_is_text(t) for t in e.iter())}
    for use in root.iter():
        if _is_text(use, "use") and use.get("href", use.get(_XLINK_HREF, ""))[1:] in holding:
            return f"SVG-bildet viser tekst på nytt med <use>, et annet sted. {_TEXT_WHAT}"
    for parent in root.iter():
        if "transform" not in parent.attrib:
            continue
        if any(isinstance(e.tag, str) and _local(e.tag) in _TEXT_ELEMENTS for e in parent.iter()):
            return (
                "SVG-bildet har «transform=» rundt tekst, som kan snu eller speile den. "
                + _TEXT_WHAT
            )
    return None


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
        refused = _svg_attribute_refusal(element, name)
        if refused is not None:
            return Verdict(refusal=refused)
        if element.get("aria-label", "").strip():
            texts.append(element.get("aria-label", ""))
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
        elif name == "text":  # its runs joined, as a reader sees them
            texts.append("".join(element.itertext()))
        elif name != "tspan" and element.text and element.text.strip():
            texts.append(element.text)
        if name != "tspan" and element.tail and element.tail.strip():
            texts.append(element.tail)
    refused = _svg_text_refusal(root)
    if refused is not None:
        return Verdict(refusal=refused)
    return Verdict("\n".join(texts))
