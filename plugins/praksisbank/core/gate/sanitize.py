"""The HTML sanitizer: what a contributor's Markdown may put on a page, as allow-lists.

The input is the HTML that Python-Markdown made from a contributor's body with the site's
extensions (admonition, attr_list, def_list, tables, toc, pymdownx.details,
pymdownx.superfences). Raw HTML and attribute lists let a contributor write any tag, attribute
or class, so everything is refused unless listed here:

- tags: text structure, tables, code, images, details; no scripts, styles, forms, frames, media;
- attributes: per tag; no event handlers, no ``style`` (except the table extension's own
  ``text-align``), no ``data-*``;
- classes: only those the extensions produce (and two harmless Material button classes);
  every other class is dropped and the element stays. Material acts on some classes
  (``mermaid`` makes every reader's browser load a script from a public CDN), so this matters;
- URLs: read the way a browser reads them (WHATWG URL: surrounding controls and spaces
  stripped, tabs and line breaks removed, ``\\`` as ``/``, schemes in any case, entities
  decoded). An image may only point into the site; a link may also go to ``http(s)://host``.

``link_problem`` applies the link rule to addresses contributors write in front matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from html import unescape

import nh3

# -- tags and attributes ---------------------------------------------------------------------------

# Not allowed, though harmless to a browser: `bdo` (it shows digits in reverse order), and `ruby`,
# `rt` and `rp` (they hide text inline or move it above the line): all can join or split a number
# for the reader that the text does not show as one. Their text is kept, the tag dropped.
TAGS: frozenset[str] = frozenset(
    {
        "a", "abbr", "b", "bdi", "blockquote", "br", "caption", "cite", "code", "col",
        "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
        "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "time", "tr", "u", "ul", "var", "wbr",
    }
)  # fmt: skip

CLEAN_CONTENT_TAGS: frozenset[str] = frozenset(
    {
        "script", "style", "template", "noscript", "noembed", "noframes", "xmp", "iframe",
        "frame", "frameset", "object", "embed", "applet", "svg", "math", "textarea", "select",
        "plaintext",
    }
)  # fmt: skip
"""Removed with everything inside them (other unknown tags lose the tag and keep the text)."""

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

_EXTRA: dict[str, frozenset[str]] = {
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "td": frozenset({"align", "colspan", "rowspan", "style"}),
    "th": frozenset({"align", "colspan", "rowspan", "scope", "style"}),
    "col": frozenset({"span"}),
    "colgroup": frozenset({"span"}),
    "ol": frozenset({"start"}),
    "details": frozenset({"open"}),
    "time": frozenset({"datetime"}),
    "del": frozenset({"datetime"}),
    "ins": frozenset({"datetime"}),
}

ATTRIBUTES: dict[str, frozenset[str]] = {
    tag: frozenset({"title", "lang", "class"})
    | (frozenset({"id"}) if tag in _HEADINGS else frozenset())
    | _EXTRA.get(tag, frozenset())
    for tag in TAGS
}
"""Per tag. ``style`` is there only for the table extension's alignment (see ``_ALIGN``); ``id``
only on headings (see ``_SAFE_ID``)."""

URL_ATTRIBUTES: frozenset[str] = frozenset(
    {
        "href", "src", "srcset", "imagesrcset", "poster", "action", "formaction", "xlink:href",
        "data", "cite", "background", "longdesc", "usemap", "lowsrc", "dynsrc", "manifest",
        "codebase", "classid", "archive", "profile", "icon", "ping", "itemtype",
    }
)  # fmt: skip
"""Attributes a browser reads as an address. Only ``a href`` and ``img src`` are allowed at all;
the filter checks every one of them anyway, so a longer attribute list stays safe."""

_URL_LISTS = frozenset({"srcset", "imagesrcset", "ping", "archive"})
"""Several addresses in one value: never kept."""

# -- classes ---------------------------------------------------------------------------------------

ADMONITION_TYPES: frozenset[str] = frozenset(
    {
        "note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important",
        "success", "check", "done", "question", "help", "faq", "warning", "caution",
        "attention", "failure", "fail", "missing", "danger", "error", "bug", "example",
        "quote", "cite",
    }
)  # fmt: skip
"""The types Material styles. ``!!! type`` and ``??? type`` put the type (lower case) on the
element as a class; ``inline`` and ``inline end`` float the box."""

PYGMENTS_CLASSES: frozenset[str] = frozenset(
    {
        "w", "esc", "err", "x", "k", "kc", "kd", "kn", "kp", "kr", "kt", "n", "na", "nb",
        "bp", "nc", "no", "nd", "ni", "ne", "nf", "fm", "py", "nl", "nn", "nx", "nt", "nv",
        "vc", "vg", "vi", "vm", "l", "ld", "s", "sa", "sb", "sc", "dl", "sd", "s2", "se",
        "sh", "si", "sx", "sr", "s1", "ss", "m", "mb", "mf", "mh", "mi", "il", "mo", "o",
        "ow", "p", "pm", "c", "ch", "cm", "cp", "cpf", "c1", "cs", "g", "gd", "ge", "ges",
        "gr", "gh", "gi", "go", "gp", "gs", "gu", "gt",
    }
)  # fmt: skip
"""Pygments' token classes (``pygments.token.STANDARD_TYPES``): superfences highlights fenced
code with Pygments when it is installed, as it is with Material."""

_BOX = ADMONITION_TYPES | {"inline", "end"}

CLASSES: dict[str, frozenset[str]] = {
    # admonition: <div class="admonition note">; superfences: <div class="highlight">;
    # toc's [TOC] marker: <div class="toc">; line numbers: <div class="linenodiv">
    "div": frozenset({"admonition", "highlight", "toc", "linenodiv"} | _BOX),
    "p": frozenset({"admonition-title"}),
    # pymdownx.details: <details class="note"> (its <summary> has no class)
    "details": _BOX,
    # toc permalinks; Material's buttons, which a contributor may ask for with { .md-button }
    "a": frozenset({"headerlink", "md-button", "md-button--primary"}),
    # superfences without Pygments: <pre class="highlight"><code class="language-python">
    "pre": frozenset({"highlight"}),
    # Pygments: tokens, highlighted lines (hl_lines), line numbers, a block's title
    "span": PYGMENTS_CLASSES | {"hll", "normal", "special", "linenos", "filename"},
    "table": frozenset({"highlighttable"}),
    "th": frozenset({"filename"}),
    "td": frozenset({"linenos", "code"}),
}
"""Per tag, the classes that survive. ``code`` takes ``language-…`` (see ``_LANGUAGE``)."""

_LANGUAGE = re.compile(r"language-[A-Za-z0-9_#.+-]{1,40}")
_ASCII_WHITESPACE = re.compile(r"[\t\n\f\r ]+")


def _classes(element: str, value: str) -> str | None:
    allowed = CLASSES.get(element, frozenset())
    kept: list[str] = []
    for name in _ASCII_WHITESPACE.split(value):
        if "mermaid" in name.casefold():  # never, in any spelling: Material loads a CDN script
            continue
        ok = name in allowed or (element == "code" and _LANGUAGE.fullmatch(name) is not None)
        if ok and name not in kept:
            kept.append(name)
    return " ".join(kept) or None


# -- ids and table alignment -----------------------------------------------------------------------

_SAFE_ID = re.compile(r"[^\W_][\w:.-]*")
"""An anchor of the form the table of contents makes. No leading ``_``: Material's own elements
(``__config``, ``__search``…) have such ids, and content must not shadow them."""

_LIST_START = re.compile(r"0|[1-9][0-9]{0,2}")
"""The one ``start`` of a numbered list kept: a plain integer of up to three digits (a list
continued after a paragraph). The browser prints ``start`` as the first item's marker, and
reads it as HTML reads an integer: ``start="41122334px"`` prints ``41122334.`` (attack round
10), so any other value is dropped and the list counts from 1. ``type`` is not kept at all
(``type="A"`` or ``"a"`` prints ``start`` as letters, any word; ``"I"`` as a Roman numeral),
nor ``reversed``, nor ``value`` on an item."""

_ALIGN = re.compile(r"\s*text-align\s*:\s*(left|right|center)\s*;?\s*", re.IGNORECASE)
"""The one style the tables extension writes (``style="text-align: left;"``)."""


# -- addresses -------------------------------------------------------------------------------------


class _Kind(Enum):
    EMPTY = "empty"
    CONTROL = "control"
    BACKSLASH = "backslash"
    NETWORK_PATH = "network-path"
    """``//host`` (also ``/\\host``, ``\\\\host``): another host, with the page's scheme."""
    SCHEME = "scheme"
    """A scheme other than http and https, or a colon a browser might read as one."""
    HTTP_NO_SLASHES = "http-no-slashes"
    """``https:/host`` or ``https:host``: browsers guess; we do not."""
    USERINFO = "userinfo"
    BAD_HOST = "bad-host"
    EXTERNAL = "external"
    """``http(s)://host/…`` with a real host."""
    RELATIVE = "relative"
    """A path, query or fragment on this site."""


@dataclass(frozen=True, slots=True)
class _Verdict:
    kind: _Kind
    scheme: str = ""


_C0_OR_SPACE = "".join(chr(c) for c in range(0x21))
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_LABEL = r"[^\W_](?:(?:[^\W_]|-)*[^\W_])?"
_HOST = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\.?(?::[0-9]{{1,5}})?")
_AUTHORITY_END = re.compile(r"[/?#]")


def _browser_form(value: str) -> str:
    """What a browser's URL parser starts from: surrounding C0 controls and spaces stripped,
    tabs and line breaks removed anywhere."""
    return _TAB_OR_NEWLINE.sub("", value.strip(_C0_OR_SPACE))


def _judge_one(value: str) -> _Verdict:
    text = _browser_form(value)
    if not text:
        return _Verdict(_Kind.EMPTY)
    if _CONTROL.search(text):
        return _Verdict(_Kind.CONTROL)
    if "\\" in text:  # a browser reads it as "/" (``/\host`` is ``//host``): refuse them all
        return _Verdict(_Kind.BACKSLASH)
    match = _SCHEME.match(text)
    if match:
        scheme = match.group(1).lower()
        if scheme not in {"http", "https"}:
            return _Verdict(_Kind.SCHEME, scheme)
        rest = text[match.end() :]
        if not rest.startswith("//"):
            return _Verdict(_Kind.HTTP_NO_SLASHES, scheme)
        authority = _AUTHORITY_END.split(rest[2:], maxsplit=1)[0]
        if "@" in authority:
            return _Verdict(_Kind.USERINFO, scheme)
        if not _HOST.fullmatch(authority):
            return _Verdict(_Kind.BAD_HOST, scheme)
        return _Verdict(_Kind.EXTERNAL, scheme)
    if text.startswith("//"):
        return _Verdict(_Kind.NETWORK_PATH)
    if ":" in _AUTHORITY_END.split(text, maxsplit=1)[0]:
        # Not a valid scheme (``1x:``, ``java script:``), so a browser reads a path; but a colon
        # before the first "/" is never needed on this site, and older parsers disagree.
        return _Verdict(_Kind.SCHEME)
    return _Verdict(_Kind.RELATIVE)


def _judge(value: str) -> _Verdict:
    """The worse verdict of the value as given and entity-decoded once more.

    nh3 hands the filter decoded attribute values; decoding again refuses double-encoded tricks
    (``&amp;#106;avascript:``) that a careless template could turn into the real thing.
    """
    first = _judge_one(value)
    decoded = unescape(value)
    if decoded == value:
        return first
    return max(first, _judge_one(decoded), key=_risk)


def _risk(verdict: _Verdict) -> int:
    return {_Kind.RELATIVE: 0, _Kind.EXTERNAL: 1}.get(verdict.kind, 2)


def _url_attribute(element: str, attribute: str, value: str) -> str | None:
    if attribute in _URL_LISTS:
        return None
    verdict = _judge(value)
    if element == "a" and attribute == "href":
        ok = verdict.kind in {_Kind.EXTERNAL, _Kind.RELATIVE}
    else:  # anything the browser fetches by itself stays on the site
        ok = verdict.kind is _Kind.RELATIVE
    return _browser_form(value) if ok else None


# -- the sanitizer ---------------------------------------------------------------------------------


def _filter(element: str, attribute: str, value: str, reserved: frozenset[str]) -> str | None:
    if attribute == "rel":  # nh3's own link_rel
        return value
    if attribute.startswith("on") or attribute == "srcdoc":
        return None
    if attribute in URL_ATTRIBUTES:
        return _url_attribute(element, attribute, value)
    if attribute == "class":
        return _classes(element, value)
    if attribute == "id":
        ok = (
            element in _HEADINGS
            and _SAFE_ID.fullmatch(value) is not None
            and not value.casefold().startswith("pb-")
            and value not in reserved
        )
        return value if ok else None
    if attribute == "start":
        return value if _LIST_START.fullmatch(value) else None
    if attribute == "style":
        match = _ALIGN.fullmatch(value) if element in {"td", "th"} else None
        return f"text-align: {match.group(1).lower()};" if match else None
    return value


def sanitize(html: str, reserved: frozenset[str] = frozenset()) -> str:
    """Keep only allowed tags, attributes, classes and addresses in contributors' HTML.

    ``reserved`` are the anchors the site's own sections on the page use (``siste-endringer``):
    a heading in the text may not take them, or links to the section would land on it. Heading
    ids starting with ``pb-`` (our own elements) are dropped too. Comments are removed; links
    get ``rel="noopener noreferrer"``.
    """

    def keep(element: str, attribute: str, value: str) -> str | None:
        return _filter(element, attribute, value, reserved)

    return nh3.clean(
        html,
        tags=TAGS,
        clean_content_tags=CLEAN_CONTENT_TAGS,
        attributes=ATTRIBUTES,
        attribute_filter=keep,
        strip_comments=True,
        link_rel="noopener noreferrer",
        url_schemes={"http", "https"},
    )


# -- addresses in front matter ---------------------------------------------------------------------

_RULE = (
    "Lenken må starte med https:// og et vertsnavn, eller med / for en side på dette nettstedet."
)
_NAMED_SCHEME = re.compile(r"[a-z]{1,20}")


def _problem(verdict: _Verdict) -> str:
    kind = verdict.kind
    if kind is _Kind.EMPTY:
        return f"Lenken er tom. {_RULE}"
    if kind is _Kind.CONTROL:
        return "Lenken inneholder et kontrolltegn. Skriv adressen på nytt uten usynlige tegn."
    if kind is _Kind.BACKSLASH:
        return (
            "Lenken inneholder en omvendt skråstrek (\\), som nettleseren leser som / og kan "
            "sende leseren til et annet nettsted. Bruk vanlig skråstrek (/)."
        )
    if kind is _Kind.NETWORK_PATH:
        return (
            "Lenken starter med //, som sender leseren til et annet nettsted. Skriv https:// "
            "foran vertsnavnet, eller én / for en side på dette nettstedet."
        )
    if kind is _Kind.HTTP_NO_SLASHES:
        return (
            f"Lenken mangler // etter «{verdict.scheme}:». Skriv for eksempel "
            "https://vertsnavn.no/side."
        )
    if kind is _Kind.USERINFO:
        return (
            "Lenken har et brukernavn eller @ foran vertsnavnet, som kan skjule hvor lenken "
            "egentlig går. Fjern delen før @."
        )
    if kind is _Kind.BAD_HOST:
        return f"Lenken mangler et gyldig vertsnavn etter «{verdict.scheme}://». {_RULE}"
    if kind is _Kind.SCHEME and _NAMED_SCHEME.fullmatch(verdict.scheme):
        return f"Lenker som starter med «{verdict.scheme}:», er ikke tillatt. {_RULE}"
    if kind is _Kind.SCHEME:
        return f"Lenken har et kolon før første skråstrek og kan leses som en lenketype. {_RULE}"
    return _RULE


def plain_link(url: str) -> bool:
    """Whether ``url`` is ``http(s)://host/…`` with a real host, or an address on this site
    (a path, a query or a fragment)."""
    return _judge(url).kind in (_Kind.EXTERNAL, _Kind.RELATIVE)


def link_problem(url: str) -> str | None:
    """Why ``url`` is not an acceptable link from front matter, in Norwegian, or ``None``.

    Acceptable: ``http(s)://host/…`` with a real host, or an address on this site that starts
    with ``/``, ``./`` or ``../``. Stricter than links in a body: no spaces at all, and no bare
    relative address (a value in front matter has no page of its own to be relative to).
    """
    if any(ch.isspace() for ch in url) and url.strip():
        return "Lenken inneholder mellomrom eller linjeskift. Skriv mellomrom som %20."
    if _CONTROL.search(url):
        return _problem(_Verdict(_Kind.CONTROL))
    verdict = _judge(url)
    if verdict.kind is _Kind.EXTERNAL:
        return None
    if verdict.kind is _Kind.RELATIVE:
        text = _browser_form(unescape(url))
        return None if text.startswith(("/", "./", "../")) else _RULE
    return _problem(verdict)


__all__ = [
    "ATTRIBUTES",
    "CLASSES",
    "CLEAN_CONTENT_TAGS",
    "TAGS",
    "URL_ATTRIBUTES",
    "link_problem",
    "plain_link",
    "sanitize",
]
