"""Reading a built site from outside, as a reader's browser would: its pages, each page's article
text, its links and what it would fetch. Used to compare the engines' output
(tests/test_engines.py)."""

from __future__ import annotations

import functools
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

_EXTERNAL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside <article>
        self.text: list[str] = []
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.canonical: set[str] = set()  # <link rel="canonical">: names the page, fetches nothing
        self.csp = False
        self.toc_depth = 0  # inside the table of contents (Material's secondary nav)
        self.toc: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "article":
            self.depth += 1
        if tag == "nav" and (self.toc_depth or "md-nav--secondary" in values.get("class", "")):
            self.toc_depth += 1
        if self.toc_depth and tag == "a" and values.get("href", "").startswith("#"):
            self.toc.append(values["href"])
        if tag == "link" and "canonical" in values.get("rel", "").split():
            self.canonical.add(values.get("href", ""))
        for name in ("href", "src"):
            if name in values:
                self.links.append((tag, name, values[name]))
        if tag == "meta" and values.get("http-equiv", "").lower() == "content-security-policy":
            self.csp = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav" and self.toc_depth:
            self.toc_depth -= 1
        if tag == "article" and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


@functools.lru_cache(maxsize=2048)
def _read(html: str) -> _Reader:
    """The page read once: the comparisons read each page of both sites five times (its text,
    table of contents, links, fetches and policy). Callers only read the result."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader


def pages(site: Path) -> set[str]:
    """Every page of the site, by its path (``land/afg/index.html``)."""
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def article_text(html: str) -> str:
    """The text of the page's ``<article>`` with whitespace made single spaces."""
    return " ".join("".join(_read(html).text).split())


def toc(html: str) -> list[str]:
    """The anchors the page's table of contents lists, in order."""
    return _read(html).toc


def broken_links(site: Path) -> list[str]:
    """Every ``href``/``src`` of a page that points into the site at a file that is not there,
    as ``page: link``."""
    broken = []
    for page in sorted(site.rglob("*.html")):
        here = page.relative_to(site).as_posix()
        for _tag, _attr, value in _read(page.read_text(encoding="utf-8")).links:
            if not value or value.startswith("#") or _EXTERNAL.match(value):
                continue
            path = unquote(urlsplit(value).path)
            if not path:
                continue
            base = posixpath.dirname(here)
            target = posixpath.normpath(
                path.lstrip("/") if path.startswith("/") else posixpath.join(base, path)
            )
            if target.startswith(".."):
                broken.append(f"{here}: {value}")
                continue
            file = site / target
            if path.endswith("/") or file.is_dir():
                file = file / "index.html"
            if not file.is_file():
                broken.append(f"{here}: {value}")
    return broken


def fetched_elsewhere(site: Path) -> list[str]:
    """Everything a page makes the browser fetch from another host: an external ``src``, or an
    external ``href`` of anything but a link a reader follows (``<a>``)."""
    found = []
    for page in sorted(site.rglob("*.html")):
        here = page.relative_to(site).as_posix()
        reader = _read(page.read_text(encoding="utf-8"))
        for tag, _attr, value in reader.links:
            if tag == "a" or value in reader.canonical or value.startswith("data:"):
                continue  # a link a reader follows, the page's own name, inline data
            if not _EXTERNAL.match(value):
                continue
            found.append(f"{here}: <{tag}> {value}")
    return found


def without_policy(site: Path) -> list[str]:
    """Pages without a Content-Security-Policy ``<meta>``."""
    return [
        page.relative_to(site).as_posix()
        for page in sorted(site.rglob("*.html"))
        if not _read(page.read_text(encoding="utf-8")).csp
    ]
