"""The Content-Security-Policy every page carries: nothing is fetched from another host.

``core/gate/siteconfig.py`` refuses the settings that would fetch from elsewhere; this is the second
line: should a template, a theme update or a page still ask for something from another host, the
reader's browser refuses. Each page gets a ``<meta http-equiv="Content-Security-Policy">`` right
after its ``<meta charset>``, before any script or stylesheet, allowing only the site's own
origin and the sha256 hashes of the page's own inline scripts and styles (Material's few, which
differ with the page's depth: ``new URL("../..", location)``).

Pagefind compiles its WebAssembly (``'wasm-unsafe-eval'``, which allows no JavaScript ``eval``)
and may start ``pagefind-worker.js`` from the site (``worker-src 'self'``); Material's stylesheet
draws its icons as ``data:`` SVG images (``img-src 'self' data:``).

``SitePolicy`` also collects every page's hashes into one policy for the web server's header
(``header_snippets``): the header can say what a ``<meta>`` cannot (``frame-ancestors``), and it
covers files that are not pages (the search worker).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape

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
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_OPENING_CHARSET = re.compile(r"\s*<meta\s+charset\s*=\s*[\"']?[\w-]+[\"']?\s*/?>", re.IGNORECASE)
"""A ``<meta charset>`` that opens the head (white space before it allowed)."""


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


def inline(html: str) -> Inline:
    """The hashes of the scripts the browser runs from the page itself (not JSON data blocks)
    and of its ``<style>`` elements, over their exact text."""
    scripts = frozenset(
        _source(match.group(2))
        for match in _SCRIPT.finditer(html)
        if not _SRC.search(match.group(1)) and _script_type(match.group(1)) in _JAVASCRIPT_TYPES
    )
    styles = frozenset(_source(match.group(1)) for match in _STYLE.finditer(html))
    return Inline(scripts, styles)


def _script_type(attributes: str) -> str:
    found = _TYPE.search(attributes)
    return found.group(1).lower() if found else ""


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


def protect(html: str, content: str) -> str:
    """The page with its policy before anything else in its head: right after a ``<meta
    charset>`` that opens the head, else right after ``<head>`` with a ``<meta charset>`` of its
    own, so that nothing a template puts first (a script, a ``<base>``) comes before the policy
    and the character set is still declared first. A page without a head is left alone."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{escape(content, quote=False)}">'
    head = _HEAD.search(html)
    if head is None:
        return html
    charset = _OPENING_CHARSET.match(html, head.end())
    if charset is not None:
        return f"{html[: charset.end()]}{meta}{html[charset.end() :]}"
    return f'{html[: head.end()]}<meta charset="utf-8">{meta}{html[head.end() :]}'


@dataclass(slots=True)
class SitePolicy:
    """Every page's policy, and the union of their hashes for the web server's header."""

    live_preview: bool = False
    hashes: Inline = field(default_factory=Inline)

    def page(self, html: str) -> tuple[str, bool]:
        """The page with its policy; whether it brought a hash no page before it had."""
        own = inline(html)
        grown = not (own.scripts <= self.hashes.scripts and own.styles <= self.hashes.styles)
        self.hashes = self.hashes | own
        return protect(html, policy(own, any_inline_script=self.live_preview)), grown

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
