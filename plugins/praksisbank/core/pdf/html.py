"""A built page's own text, made ready for print: what a PDF takes from the site.

``article`` cuts the page's ``<article>`` out of the HTML that MkDocs wrote and rewrites it as it
goes: links to other pages become addresses on the site (or jumps inside the PDF when that page is
in it too), pictures point at the build's own files, ids get the part's prefix (a country bundle
holds many pages, each with its own ``#sammendrag``), and what only works on screen is left out:
buttons, the edit link, tags, permanent-link marks, hidden elements, scripts. ``rel`` goes from
every element, so nothing asks WeasyPrint to attach a file. Nothing here reads a file.

A link to another page or site is marked for print: pdf.css writes its address after its text, once
per part (``pdf-again`` on the repeats) and not when the text is the address (``pdf-bare``).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape, unescape
from html.parser import HTMLParser
from urllib.parse import urlsplit

VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)
DROPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "button", "form", "iframe", "object", "embed"}
    | {"link", "meta", "video", "audio", "canvas", "select", "textarea", "dialog", "svg"}
)
DROPPED_CLASSES = frozenset(
    {
        "md-content__button",  # edit this page
        "pb-suggest",  # «Foreslå endring»
        "pb-path",  # «Du er her»: the site's navigation; the PDF's header says where it belongs
        "md-tags",
        "headerlink",
        "md-source-file",
        "pb-copy",
        "pb-checklist__tools",
        "pb-print-hint",
        "pb-print-head",
        "pb-pdf",  # the "Last ned PDF" link itself
        "pb-flag--outdated",  # the PDF's own mark says it, with the reason
        "pb-flag--possibly",
        "pb-overdue",  # and so does an overdue notice
    }
)
DROPPED_IDS = frozenset({"__skip"})
"""The skip link's target Zensical writes at the top of the article (Material does not): nothing
to print, and without it both engines' pages print alike."""
DROPPED_ATTRIBUTES = frozenset({"rel", "target", "download", "style", "srcset", "ping", "hidden"})
REFERENCING = ("aria-labelledby", "aria-describedby", "for", "headers")
"""Attributes that name ids, and so take the part's prefix too."""
LINKED_SCHEMES = ("http", "https", "mailto", "tel")


Href = Callable[[str, str], str]
"""(site path of a page in URL form, fragment) -> where a link to it goes in the PDF ("" = none)."""


@dataclass(frozen=True, slots=True)
class Article:
    html: str
    resources: tuple[str, ...]
    """The build's own files the text shows (pictures), as paths inside the site: part of the
    cache key."""


class _Rewriter(HTMLParser):
    def __init__(self, *, page_url: str, href: Href, prefix: str) -> None:
        super().__init__(convert_charrefs=False)
        self.page_url = page_url
        self.href = href
        self.prefix = prefix
        self.out: list[str] = []
        self.resources: list[str] = []
        self.depth = 0
        """Open ``<article>`` elements: text is kept while inside one."""
        self.done = False
        self.skipping: list[str] = []
        """The open elements of a part being left out (a button and what it holds)."""
        self.addresses: set[str] = set()
        """Addresses already printed after a link: each is printed once per part."""
        self.link: _OpenLink | None = None
        """The link being written, while its address may still be left out."""
        self.spans: list[bool] = []
        """Open ``<span>`` elements: whether each was left out (a bare span inside a link)."""
        self.pre = 0
        """Open ``<pre>`` elements, inside which whitespace is printed as it is."""

    # -- structure ------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        if self.done:
            return
        if self.depth == 0:
            if tag == "article" and "md-content__inner" in _classes(attrs):
                self.depth = 1
            return
        void = closed or tag in VOID
        if self.skipping:
            if not void:
                self.skipping.append(tag)
            return
        if tag == "article":
            self.depth += 1
        if self._dropped(tag, attrs):
            if not void:
                self.skipping.append(tag)
            return
        if tag == "input":  # a tick box: an empty box to tick by hand
            if dict(attrs).get("type") == "checkbox":
                self.out.append('<span class="pdf-box"></span>')
            return
        written = self._tag(tag, attrs, closed)
        if tag == "span" and not closed:
            # A span that keeps no attribute means nothing on paper; inside a link it would
            # split the link's tag in the PDF's structure tree (the annotation lands under a
            # /Span, not the /Link), so it is left out there.
            bare = written == "<span>" and self.link is not None
            self.spans.append(bare)
            if bare:
                return
        if tag == "pre" and not closed:
            self.pre += 1
        self.out.append(written)

    def _printed(self, kind: str, href: str) -> str:
        """The class of a link to another page or site: ``pdf-external`` or ``pdf-site``, after
        which pdf.css prints the address; ``pdf-again`` when the part has printed it already."""
        if href in self.addresses:
            return f"pdf-{kind} pdf-again"
        self.addresses.add(href)
        return f"pdf-{kind}"

    def _close_link(self) -> None:
        """A link whose text is its address keeps its text only (no «x (x)»)."""
        link, self.link = self.link, None
        if link is None:
            return
        text = unescape(re.sub(r"<[^>]*>", "", "".join(self.out[link.start + 1 :])))
        if _bare(text) in (_bare(link.href), ""):
            self.out[link.start] = self.out[link.start].replace(link.css, "pdf-bare", 1)

    def handle_endtag(self, tag: str) -> None:
        if self.done or self.depth == 0:
            return
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag == "article":
            self.depth -= 1
            if self.depth == 0:
                self.done = True
                return
        if tag == "a":
            self._close_link()
        if tag == "span" and self.spans and self.spans.pop():
            return
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag not in VOID:
            self.out.append(f"</{tag}>")

    # -- text -----------------------------------------------------------------------------------

    def _keeping(self) -> bool:
        return self.depth > 0 and not self.done and not self.skipping

    def handle_data(self, data: str) -> None:
        if not self._keeping():
            return
        if not self.pre and "\n" in data and not data.strip():
            # Line breaks between elements print as one space or none: MkDocs and Zensical
            # write different numbers of them, and one print document (one cache key) for both
            # needs the same text.
            if self.out and self.out[-1] == "\n":  # after a part left out
                return
            data = "\n"
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        if self._keeping():
            self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if self._keeping():
            self.out.append(f"&#{name};")

    # comments, declarations and processing instructions are left out

    # -- attributes -----------------------------------------------------------------------------

    def _dropped(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in DROPPED_TAGS:
            return True
        if any(name == "hidden" for name, _ in attrs):
            return True  # hidden on screen at build time (an overdue notice not yet due)
        if any(name == "id" and value in DROPPED_IDS for name, value in attrs):
            return True
        return not DROPPED_CLASSES.isdisjoint(_classes(attrs))

    def _tag(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> str:
        kept: list[tuple[str, str]] = []
        kind = ""
        for name, value in attrs:
            if name in DROPPED_ATTRIBUTES or name.startswith("on") or name.startswith("data-"):
                continue
            value = value or ""
            if name == "id":
                value = self.prefix + value
            elif name in REFERENCING:
                value = " ".join(self.prefix + v for v in value.split())
            elif name == "href" and tag == "a":
                value, kind = self._link(value)
                if not value:
                    continue
            elif name in ("href", "src"):
                value = self._resource(value)
                if not value:
                    continue
            kept.append((name, value))
        css = ""
        if kind:
            href = dict(kept)["href"]
            css = self._printed(kind, href) if kind in ("site", "external") else f"pdf-{kind}"
            kept = _add_class(kept, css)
        text = "".join(f' {n}="{escape(v, quote=True)}"' for n, v in kept)
        if kind in ("site", "external") and not closed:
            self.link = _OpenLink(start=len(self.out), href=dict(kept)["href"], css=css)
        return f"<{tag}{text}{' /' if closed else ''}>"

    def _link(self, value: str) -> tuple[str, str]:
        """Where a link goes in the PDF, and what kind of link it is: ``internal`` (a jump inside
        the PDF), ``site`` (a page of the site) or ``external`` (printed with its address)."""
        value = value.strip()
        if value.startswith("#"):
            return ("#" + self.prefix + value[1:], "internal") if len(value) > 1 else ("", "")
        parts = urlsplit(value)
        if parts.scheme:
            if parts.scheme.lower() in LINKED_SCHEMES:
                return value, "external"
            return "", ""
        if parts.netloc:  # //host/path: another site without a scheme
            return "", ""
        target = self._inside(parts.path) if parts.path else self.page_url
        link = self.href(target, parts.fragment)
        return link, ("internal" if link.startswith("#") else "site") if link else ""

    def _inside(self, path: str) -> str:
        """A relative path on this page, as a path inside the site (``land/afg/``)."""
        base = self.page_url if self.page_url.endswith("/") else posixpath.dirname(self.page_url)
        target = posixpath.normpath(posixpath.join("/", base, path))[1:]
        return target + "/" if path.endswith("/") and target else target

    def _resource(self, value: str) -> str:
        """A picture: a file of the build, by its path inside the site (resolved against the
        site's root, so the print document does not depend on where the build folder is), or
        inline data. Anything else is dropped, and the fetcher refuses what is outside the build
        even when it gets this far."""
        value = value.strip()
        parts = urlsplit(value)
        if parts.scheme.lower() == "data":
            return value
        if parts.scheme or parts.netloc or not parts.path:
            return ""
        target = self._inside(parts.path)
        self.resources.append(target)
        return target


@dataclass(frozen=True, slots=True)
class _OpenLink:
    start: int
    """Its start tag's place in the output."""
    href: str
    css: str


def _bare(text: str) -> str:
    """An address or a link's text as a reader compares them: no scheme, no final slash."""
    text = " ".join(text.split()).lower()
    for scheme in ("https://", "http://", "mailto:", "tel:"):
        text = text.removeprefix(scheme)
    return text.rstrip("/")


def _classes(attrs: list[tuple[str, str | None]]) -> set[str]:
    return {c for name, value in attrs if name == "class" for c in (value or "").split()}


def _add_class(attrs: list[tuple[str, str]], name: str) -> list[tuple[str, str]]:
    for i, (n, v) in enumerate(attrs):
        if n == "class":
            attrs[i] = (n, f"{v} {name}".strip())
            return attrs
    return [*attrs, ("class", name)]


def article(page: str, *, page_url: str, href: Href, prefix: str = "") -> Article:
    """The text of a built page, rewritten for print.

    ``page_url`` is the page's address inside the site (``vedtaksbank/afg/x/``), for its relative
    links and pictures; ``href`` says where a link to another page goes; ``prefix`` goes before
    every id.
    """
    rewriter = _Rewriter(page_url=page_url, href=href, prefix=prefix)
    rewriter.feed(page)
    rewriter.close()
    if rewriter.depth == 0 and not rewriter.done:
        raise ValueError("siden har ikke noe <article> med tekst")
    return Article(html="".join(rewriter.out).strip(), resources=tuple(rewriter.resources))
