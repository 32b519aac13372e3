"""The Content-Security-Policy every page carries: nothing is fetched from another host.

``core/gate/siteconfig/`` refuses the settings that would fetch from elsewhere; this is the second
line: should a template, a theme update or a page still ask for something from another host, the
reader's browser refuses. Each page gets a ``<meta http-equiv="Content-Security-Policy">``
directly after its ``<!doctype html>``, before anything a template writes, allowing only the
site's own origin and the sha256 hashes of the page's own inline scripts and styles
(Material's few, which differ with the page's depth: ``new URL("../..", location)``).

Pagefind compiles its WebAssembly (``'wasm-unsafe-eval'``, which allows no JavaScript ``eval``)
and may start ``pagefind-worker.js`` from the site (``worker-src 'self'``); Material's stylesheet
draws its icons as ``data:`` SVG images (``img-src 'self' data:``).

``SitePolicy`` also collects every page's hashes into one policy for the web server's header
(``header_snippets``): the header can say what a ``<meta>`` cannot (``frame-ancestors``), and it
covers files that are not pages (the search worker).

A hash allows whatever text has it, so only the inline scripts that are *known* get one
(``Known``): the theme's own, whose shapes are read from Material's and our templates
(``template_shapes``: the script as written, each Jinja expression a hole that holds an address
and nothing else), and those a developer listed in ``skript-ok.yml``. Anything else in a built
page that runs or loads (an unknown inline script, an ``on…=`` handler, a ``javascript:``
address, ``<meta http-equiv="refresh">``, ``<base>``, ``<object>``, ``<embed>``, frames) is
collected by ``active`` and stops the build: a template in ``theme.custom_dir`` can build a
script with Jinja from page values, which no check of the template's source sees.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)
"""The policy without the hashes. Every directive named, so none falls back by surprise."""

HEADER_ONLY: tuple[tuple[str, str], ...] = (("frame-ancestors", "'self'"),)
"""Directives a browser reads only from the header (in a ``<meta>`` it warns and ignores them)."""

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_JAVASCRIPT_TYPES = frozenset({"", "module", "text/javascript", "application/javascript"})
_DATA_TYPES = frozenset({"application/json", "application/ld+json"})
"""Script elements a browser never runs. Every other type (``importmap``, ``speculationrules``,
old JavaScript types, unknown ones) must be a known script."""


@dataclass(frozen=True, slots=True)
class Inline:
    """The sha256 sources (``'sha256-…'``) of a page's inline scripts and styles."""

    scripts: frozenset[str] = frozenset()
    styles: frozenset[str] = frozenset()

    def __or__(self, other: Inline) -> Inline:
        return Inline(self.scripts | other.scripts, self.styles | other.styles)


def _source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline(html: str, known: Known | None = None) -> Inline:
    """The hashes of the scripts the browser runs from the page itself (not JSON data blocks)
    and of its ``<style>`` elements, over their exact text. With ``known``, only the scripts it
    knows get a hash (the others stop the build: ``active``)."""
    scripts = frozenset(
        _source(match.group(2))
        for match in _SCRIPT.finditer(html)
        if not _SRC.search(match.group(1))
        and _script_type(match.group(1)) in _JAVASCRIPT_TYPES
        and (known is None or known.script(match.group(2)))
    )
    styles = frozenset(_source(match.group(1)) for match in _STYLE.finditer(html))
    return Inline(scripts, styles)


def _script_type(attributes: str) -> str:
    found = _TYPE.search(attributes)
    return found.group(1).lower() if found else ""


# -- what is known to run ---------------------------------------------------------------------

_JINJA_EXPRESSION = re.compile(r"\{\{.*?\}\}", re.DOTALL)
_JINJA_OTHER = re.compile(r"\{%|\{#")
_HOLE = r"[A-Za-z./_~-]*"
"""What a Jinja expression in a theme's script may become: a relative or root address (``../..``,
``/``, ``/praksisbanken/``), never a quote, bracket, semicolon or space that would end the
string, and no digit: a page value in a script is hidden from the page's visible text."""
NOT_THEME_SCRIPTS = ("redirect.html", "partials/integrations/")
"""Material templates whose scripts are not the theme's own: the redirect page writes a page
value (``page.meta.location``) into its script; analytics is refused by the settings check."""


def template_shapes(folders: Iterable[Path]) -> tuple[re.Pattern[str], ...]:
    """The inline scripts of the theme's own templates (``folders``: Material's and ours) as
    patterns a built page's script must match whole. A script with a Jinja statement or comment
    inside has no shape (it is not known)."""
    shapes: set[str] = set()
    for folder in folders:
        for path in sorted(folder.rglob("*.html")):
            relative = path.relative_to(folder).as_posix()
            if relative.startswith(NOT_THEME_SCRIPTS):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for match in _SCRIPT.finditer(text):
                body = match.group(2)
                if _SRC.search(match.group(1)) or _JINJA_OTHER.search(body):
                    continue
                if _script_type(match.group(1)) not in _JAVASCRIPT_TYPES:
                    continue
                literal = _JINJA_EXPRESSION.split(body)
                shapes.add(_HOLE.join(re.escape(part) for part in literal))
    return tuple(re.compile(shape, re.DOTALL) for shape in sorted(shapes))


@dataclass(frozen=True, slots=True)
class Known:
    """The inline scripts a built page may hold: the theme's shapes and the reviewed hashes
    (``'sha256-…'`` or ``sha256-…``, as ``skript-ok.yml`` writes them)."""

    shapes: tuple[re.Pattern[str], ...] = ()
    hashes: frozenset[str] = frozenset()
    script_files: frozenset[str] | None = None
    """The site's own script files (paths in the built site: Material's, ours, Pagefind's, the
    reviewed ones of the theme folder) a ``<script src>`` may name; ``None``: not checked."""
    base: str = "/"
    """The site's path on its host (``site_url``'s), for a root address (``/assets/…``)."""
    _seen: dict[str, bool] = field(default_factory=dict, compare=False, hash=False)
    _tags: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    """What each tag seen before holds that runs or loads (``_tag_findings``): most tags of a
    page (the navigation, the header, the rows of a list) are on many pages, written alike."""

    def script(self, body: str) -> bool:
        if body not in self._seen:
            hashed = _source(body)
            self._seen[body] = (
                hashed in self.hashes
                or hashed.strip("'") in self.hashes
                or any(shape.fullmatch(body) for shape in self.shapes)
            )
        return self._seen[body]


@dataclass(frozen=True, slots=True)
class Active:
    """Something in a built page that would run or load and is not known: what it is (in
    Norwegian) and the element as the page has it (to trace it to a template)."""

    what: str
    element: str


_SCRIPT_START = re.compile(r"<script(?![a-z0-9-])", re.IGNORECASE)
_STRICT_SCRIPT = re.compile(
    r"""(?i:<script)((?:[ \t\n\r\f]+[a-z][a-z0-9-]*(?:[ \t\n\r\f]*=[ \t\n\r\f]*"""
    r"""(?:"[^"]*"|'[^']*'))?)*)[ \t\n\r\f]*>"""
)
"""A ``<script>`` tag as this check reads it: attribute names in small letters, every value
quoted, nothing else. A tag a browser may read differently (``<script a'>…<b class=x' src >``,
``<script/src=…>``, an unquoted value) does not match and stops the build."""
_LOOSE_SCRIPT = (
    "et <script>-element som ikke er skrevet helt enkelt (egenskaper med små bokstaver og "
    "verdier i anførselstegn, ingen href), så nettleseren kan lese det annerledes enn sjekken"
)
_CLOSE_SCRIPT = re.compile(r"</script", re.IGNORECASE)
_TAG = re.compile(r"<([a-zA-Z][^\s/>]*)((?:[^>\"']+|\"[^\"]*\"|'[^']*')*)>")
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?""")
_HANDLER = re.compile(r"[\s/\"']on[a-z]")
_WORTH_WORDS = (
    "script:",
    "&",
    "data:",
    "http-equiv",
    "prefetch",
    "preconnect",
    "prerender",
    "preload",
)
"""Written in every tag that may run or load something (``&``: an entity may spell any of it)."""
_LOADING_WORDS = (
    "src",
    "poster",
    "data",
    "background",
    "manifest",
    "codebase",
    "ping",
    "action",
    "href",
)
"""Written in every tag with an attribute that loads an address (``_LOADING``, ``href``)."""
_REFUSED_ELEMENTS = {
    "base": "et <base>-element (endrer hvor alle lenker og skript hentes fra)",
    "object": "et <object>-element (laster innhold inn i siden)",
    "embed": "et <embed>-element (laster innhold inn i siden)",
    "iframe": "en <iframe> (laster en annen side inn i siden)",
    "frame": "en <frame> (laster en annen side inn i siden)",
    "frameset": "et <frameset> (laster andre sider inn i siden)",
    "applet": "et <applet>-element",
    "portal": "et <portal>-element (laster en annen side inn i siden)",
}
_URL_ATTRIBUTES = frozenset(
    (
        *("href", "src", "action", "formaction", "xlink:href", "data", "poster", "background"),
        *("ping", "cite", "srcset", "manifest", "codebase", "longdesc", "usemap"),
        *("to", "from", "values", "by"),  # SVG <set>/<animate> that set an href
    )
)
_ANIMATION_VALUES = frozenset(("to", "from", "values", "by"))
"""An SVG ``<set>``/``<animate>``'s values: an address only when it animates an ``href``."""
_ANIMATIONS = frozenset(("set", "animate"))
_RUNNING_SCHEMES = (
    *("javascript:", "vbscript:", "data:text/html", "data:image/svg", "data:application"),
    "data:text/xml",
)
_RUNS_ANYWHERE = re.compile(r"(?:java|vb)script:")
"""A scheme that runs, anywhere in a value: an SVG ``<animate values="#x;javascript:…">`` or
``<set to=…>`` makes a link run it."""
_ELSEWHERE = re.compile(r"(?:[a-z][a-z0-9+.-]*:|[/\\]{2})", re.IGNORECASE)
"""An address with a scheme (``https:``, ``https:evil.example``, ``data:``) or on another host
(``//``, ``\\\\``, ``/\\``): a browser reads it after decoding entities and dropping tabs and
line breaks."""
_LOADING = frozenset(
    (
        *("src", "srcset", "imagesrcset", "poster", "data", "background", "manifest"),
        *("codebase", "ping", "action", "formaction"),
    )
)
"""Attributes whose address the browser fetches (or sends to) by itself."""
_LINK_NOT_FETCHED = frozenset(
    (
        *("canonical", "alternate", "author", "license", "help", "next", "prev", "search"),
        *("bookmark", "external", "nofollow", "noopener", "noreferrer", "me", "tag"),
    )
)
"""``<link rel>`` types a browser does not fetch (a feed, the canonical address)."""
_THEME_URLS = frozenset({"javascript:void(0)"})
"""Material's search share link (``partials/search.html``): runs nothing."""
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]")


def _attributes(text: str) -> list[tuple[str, str]]:
    found = []
    for match in _ATTRIBUTE.finditer(text):
        value = next((v for v in match.group(2, 3, 4) if v is not None), "")
        found.append((match.group(1).lower(), unescape(value)))
    return found


def _script_file(src: str, page: str, known: Known) -> bool:
    """Whether a ``<script src>`` (decoded) on the page at ``page`` (its path in the site, as
    ``/a/b/``) names one of the site's own script files."""
    if known.script_files is None:
        return True
    address = _URL_NOISE.sub("", src)
    if _ELSEWHERE.match(address) or "\\" in address:
        return False
    path = urlsplit(urljoin("http://site.invalid" + (known.base.rstrip("/") + page), address))
    if path.netloc != "site.invalid" or not path.path.startswith(known.base):
        return False
    return unquote(path.path[len(known.base) :]) in known.script_files


def active(html: str, known: Known, page: str = "/") -> list[Active]:
    """Everything in a built page (at ``page``, its path in the site) that runs or loads and
    is not known (see the module's docstring), in the order of the page."""
    found: list[tuple[int, Active]] = []
    for opening in _SCRIPT_START.finditer(html):
        match = _STRICT_SCRIPT.match(html, opening.start())
        if match is None:
            element = html[opening.start() : opening.start() + 200]
            found.append((opening.start(), Active(_LOOSE_SCRIPT, element)))
            continue
        attributes = dict(_attributes(match.group(1)))
        end = _CLOSE_SCRIPT.search(html, match.end())
        body = html[match.end() : end.start() if end else len(html)]
        kind = attributes.get("type", "").strip().lower()
        if "href" in attributes:
            found.append((match.start(), Active(_LOOSE_SCRIPT, match.group(0)[:200])))
        elif "src" in attributes:
            if not _script_file(attributes["src"], page, known):
                message = f"et skript fra «{attributes['src'][:80]}», som ikke er en av "
                message += "nettstedets egne skriptfiler"
                found.append((match.start(), Active(message, match.group(0)[:200])))
        elif kind in _DATA_TYPES:
            continue  # data a browser never runs
        elif kind not in _JAVASCRIPT_TYPES or not known.script(body):
            element = html[match.start() : match.end() + min(len(body), 200)]
            found.append((match.start(), Active("et innebygd skript", element)))
    seen = known._tags
    for match in _TAG.finditer(html):
        tag = match.group(0)
        whats = seen.get(tag)
        if whats is None:
            whats = _tag_findings(match.group(1).lower(), match.group(2))
            if len(seen) < TAGS_KEPT:
                seen[tag] = whats
        for what in whats:
            found.append((match.start(), Active(what, tag[:200])))
    return [a for _, a in sorted(found, key=lambda pair: pair[0])]


TAGS_KEPT = 250_000
"""The most tags ``Known`` keeps the findings of (a 2,000-decision site has 21,097 different
tags among its 716,000, 1.8 MB of text; a live preview keeps one ``Known`` across rebuilds)."""


def _tag_findings(name: str, written: str) -> tuple[str, ...]:
    """What one tag (its element's name in small letters, its attributes as written) holds
    that runs or loads, each as ``Active.what``, in the order of its attributes."""
    if name in _REFUSED_ELEMENTS:
        return (_REFUSED_ELEMENTS[name],)
    if len(written) < 4 or not _worth_parsing(written.lower()):
        return ()
    pairs = _attributes(written)
    attributes = dict(pairs)
    whats = (_active_attribute(name, key, value, attributes) for key, value in pairs)
    return tuple(what for what in whats if what is not None)


def _worth_parsing(attributes: str) -> bool:
    """Whether a tag's attributes (in small letters) may hold a handler, an address that runs,
    a refresh or a link fetched ahead: plain substring tests (fast), then one pattern. Loops
    rather than ``any`` over a generator: called for most tags of every page, and a generator
    cost more than the tests (the policy's check was about 15 % of a build's main thread)."""
    for word in _WORTH_WORDS:
        if word in attributes:
            return True
    if "//" in attributes or "\\" in attributes or ":" in attributes:
        for word in _LOADING_WORDS:
            if word in attributes:
                return True
    return "on" in attributes and _HANDLER.search(attributes) is not None


def _candidates(key: str, value: str) -> list[str]:
    """The addresses an attribute names: each candidate of a ``srcset`` (its address before the
    width or density), else the value."""
    if key not in ("srcset", "imagesrcset"):
        return [value]
    return [c.split()[0] for c in value.split(",") if c.split()]


def _loads(element: str, key: str, attributes: dict[str, str]) -> bool:
    """Whether the browser fetches the attribute's address without anyone clicking."""
    if key in _LOADING:
        return True
    if key in ("href", "xlink:href"):
        if element == "link":
            rel = set(attributes.get("rel", "").lower().split())
            return not rel or not rel <= _LINK_NOT_FETCHED
        return element in ("image", "use", "feimage", "script")
    return False


def _holds_address(element: str, key: str, attributes: dict[str, str]) -> bool:
    """Whether the attribute's value is an address a browser follows or loads (``href``,
    ``src``, ``action``...; an SVG animation's values when it animates an ``href``). Any other
    value (``title``, ``alt``, ``data-*``) is text: ``javascript:`` in it runs nothing."""
    if key in _ANIMATION_VALUES:
        aimed = attributes.get("attributename", "").strip().lower()
        return element in _ANIMATIONS and aimed.endswith("href")
    return key in _URL_ATTRIBUTES


def _active_attribute(
    element: str, key: str, value: str, attributes: dict[str, str] | None = None
) -> str | None:
    if key.startswith("on"):
        return f"en hendelse som kjører skript («{key}=»)"
    if element == "meta" and key == "http-equiv" and value.strip().lower() == "refresh":
        return 'en <meta http-equiv="refresh"> (sender leseren videre til en annen adresse)'
    bare = _URL_NOISE.sub("", value).lower()
    address_in = _holds_address(element, key, attributes or {})
    runs = _RUNS_ANYWHERE.search(bare) if address_in else None
    if runs is not None and bare not in _THEME_URLS:
        return f"en adresse som kjører skript («{key}=…{runs.group(0)}…»)"
    if _loads(element, key, attributes or {}):
        for address in _candidates(key, value):
            address = _URL_NOISE.sub("", address)
            if _ELSEWHERE.match(address) or "\\" in address:
                return (
                    f"en adresse utenfor nettstedet som nettleseren henter uten at noen klikker "
                    f"(«{key}={address[:60]}»)"
                )
    if address_in:
        address = bare
        if address.startswith(_RUNNING_SCHEMES) and address not in _THEME_URLS:
            return f"en adresse som kjører skript («{key}={address.split(':')[0]}:…»)"
    if key == "srcdoc":
        return "en innebygd side («srcdoc=»)"
    if element == "link" and key == "rel" and _AHEAD.intersection(value.lower().split()):
        return f'en <link rel="{value}"> (henter eller slår opp en adresse på forhånd)'
    return None


def link_refusal(address: str) -> str | None:
    """What the page gate says of ``address`` as a link's ``href`` in a built page (``<a
    href>``: a ``javascript:`` address, and the like), or ``None``: the one rule the check of
    a setting that becomes a link uses too (``core/gate/siteconfig/``)."""
    return _active_attribute("a", "href", address, {})


def tag_refusals(html: str) -> list[tuple[int, str]]:
    """Each tag of ``html`` that runs or loads (a handler, an address that runs or that the
    browser fetches from another host, a refresh, a link fetched ahead), as its offset and what
    the page gate says of it: the tag rules of ``active`` without its scripts, for markup that is
    not a page yet (the literal text of a site's template, read by ``check``)."""
    return [
        (match.start(), what)
        for match in _TAG.finditer(html)
        for what in _tag_findings(match.group(1).lower(), match.group(2))
    ]


def markup_refusals(html: str) -> list[str]:
    """What the page gate would refuse in ``html`` that a setting puts into every page
    (``copyright``): everything that runs or loads, no script and no script file known."""
    return [found.what for found in active(html, Known(script_files=frozenset()))]


_AHEAD = frozenset(
    {"prefetch", "preconnect", "dns-prefetch", "prerender", "preload", "modulepreload"}
)
"""Link types a browser acts on before anyone clicks: some are outside the policy's reach."""


def policy(hashes: Inline, *, header: bool = False, any_inline_script: bool = False) -> str:
    """The policy for a page (``header``: for the web server, with what only a header can say).
    ``any_inline_script``: for the live preview, whose server adds a script to every page
    that no hash can name; hosts other than the site's own stay refused."""
    extra = {
        "script-src": ("'unsafe-inline'",) if any_inline_script else tuple(sorted(hashes.scripts)),
        "style-src": tuple(sorted(hashes.styles)),
    }
    directives = (*DIRECTIVES, *HEADER_ONLY) if header else DIRECTIVES
    return "; ".join(" ".join((name, value, *extra.get(name, ()))) for name, value in directives)


_DOCTYPE = re.compile(r"\A\ufeff?[ \t\n\r\f]*<!doctype[ \t\n\r\f]+html[ \t\n\r\f]*>", re.IGNORECASE)
"""The doctype that opens a page (a byte-order mark and white space before it allowed)."""
_OWN_CHARSET = re.compile(
    r"[ \t\n\r\f]*<meta\s+charset\s*=\s*[\"']?utf-8[\"']?\s*/?>", re.IGNORECASE
)
"""The theme's own ``<meta charset="utf-8">`` opening the head: the policy brings one before
it, so it goes (a second one is harmless but invalid)."""
NO_DOCTYPE = (
    "ingen <!doctype html> helt først, så innholdssikkerhetsregelen (Content-Security-Policy) "
    "ikke kan settes før alt annet i siden"
)
_OPENING_READ = 65_536
"""How much of a page is parsed to find its ``<head>`` (the theme's comes in the first lines)."""


class _Opening(HTMLParser):
    """Where the page's own ``<head>`` start tag ends, read as a browser reads the page: a
    ``<head>`` in a comment, a script or an attribute value is none. Only a doctype, comments,
    white space and ``<html>`` may come before it; anything else (a script, a ``<base>``,
    text) leaves ``head_end`` ``None``."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.head_end: int | None = None
        self._html = html
        self._html_seen = False
        with contextlib.suppress(_StopParsingError):
            self.feed(html)

    def _offset(self) -> int:
        """The parser's position as an index into the page: its line's start found when asked
        (once a page: the parse ends at the first element after ``<html>``)."""
        line, column = self.getpos()
        start = 0
        for _ in range(line - 1):
            start = self._html.index("\n", start) + 1
        return start + column

    def _refuse(self) -> None:
        raise _StopParsingError

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html" and not self._html_seen:
            self._html_seen = True
            return
        if tag == "head":
            self.head_end = self._offset() + len(self.get_starttag_text() or "")
        self._refuse()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._refuse()

    def handle_endtag(self, tag: str) -> None:
        self._refuse()

    def handle_data(self, data: str) -> None:
        if data.strip(" \t\n\r\f\ufeff"):
            self._refuse()

    def handle_entityref(self, name: str) -> None:
        self._refuse()

    def handle_charref(self, name: str) -> None:
        self._refuse()

    def handle_pi(self, data: str) -> None:
        self._refuse()

    def unknown_decl(self, data: str) -> None:
        self._refuse()


class _StopParsingError(Exception):
    """The parse of a page's opening is over."""


def protect(html: str, content: str) -> str | None:
    """The page with its policy first inside its ``<head>``, with a ``<meta charset="utf-8">``
    of its own before it: what a validator expects of a page, and by the HTML parsing rules
    before anything a template writes into the head. The head is found by parsing the page's
    opening (``_Opening``), so a ``<head>`` inside a comment is none. A page whose head has
    something before it that loads or shows (a script, a ``<base>``, text) gets the policy
    directly after its ``<!doctype html>`` instead: a browser puts it in the head all the same,
    before that. ``None``: the page does not start with a doctype (the build stops:
    ``NO_DOCTYPE``)."""
    doctype = _DOCTYPE.match(html)
    if doctype is None:
        return None
    meta = (
        '<meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(content, quote=False)}">'
    )
    at = _Opening(html[:_OPENING_READ]).head_end
    if at is None:
        at = doctype.end()
    own = _OWN_CHARSET.match(html, at)
    rest = html[own.end() :] if own is not None else html[at:]
    return f"{html[:at]}{meta}{rest}"


@dataclass(slots=True)
class SitePolicy:
    """Every page's policy, and the union of their hashes for the web server's header; what
    each page holds that runs and is not known (``refused``: the page's name and what)."""

    live_preview: bool = False
    known: Known | None = None
    """``None``: every inline script gets its hash (no theme known; unit tests only)."""
    hashes: Inline = field(default_factory=Inline)
    refused: list[tuple[str, Active]] = field(default_factory=list)

    def page(self, html: str, name: str = "", checked: str | None = None) -> tuple[str, bool]:
        """The page with its policy; whether it brought a hash no page before it had.
        ``checked``: the part of the page that may hold something new that runs or loads (a
        live preview's changed part of a page checked before); the whole page when None."""
        if self.known is not None:
            looked_at = html if checked is None else checked
            self.refused += [(name, f) for f in active(looked_at, self.known, name or "/")]
        own = inline(html, self.known)
        grown = not (own.scripts <= self.hashes.scripts and own.styles <= self.hashes.styles)
        self.hashes = self.hashes | own
        protected = protect(html, policy(own, any_inline_script=self.live_preview))
        if protected is None:
            self.refused.append((name, Active(NO_DOCTYPE, html[:200])))
            return html, grown
        return protected, grown

    def header(self) -> str:
        return policy(self.hashes, header=True)


SNIPPET_FOLDER = "praksisbank-csp"


def header_snippets(header: str) -> Iterable[tuple[str, str]]:
    """The header for nginx and Apache, as files in ``SNIPPET_FOLDER`` of the built site."""
    note = (
        "# Praksisbanken: Content-Security-Policy for hele nettstedet, skrevet av byggingen.\n"
        "# Samme regler som <meta>-taggen i hver side, pluss frame-ancestors (virker bare som\n"
        "# header). Hashene endres når temaet endres: ta med filen på nytt etter hver bygging.\n"
    )
    yield "nginx.conf", f'{note}add_header Content-Security-Policy "{header}" always;\n'
    yield "apache.conf", f'{note}Header always set Content-Security-Policy "{header}"\n'
