"""Atom 1.0 feeds of "Siste endringer": one of every change, one per country.

A caseworker subscribes in Outlook or any feed reader. A feed carries what the change list
shows (``changeviews.change_rows``): the document's title, kind, country, the change's date and
summary, and a link to the page. Output is deterministic: entries in the list's order, the
feed's ``updated`` its newest entry (the build's day when it has none), ids derived from what
they name.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from praksisbank.core.base import urls
from praksisbank.core.base.countries import norwegian_name
from praksisbank.core.practice.site import Site
from praksisbank.core.views.changes import ChangeRow, change_rows, changes_uri, feed_uri

ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml"
MAX_ENTRIES = 200
"""The newest changes a feed carries; the change list has them all."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Feed:
    path: str
    """Where the build writes it: ``endringer/atom.xml``, ``land/afg/atom.xml``."""
    title: str
    page: str
    """The change list it mirrors (a page's source path)."""
    rows: tuple[ChangeRow, ...]

    @property
    def shown(self) -> tuple[ChangeRow, ...]:
        """The rows the feed carries: the newest ``MAX_ENTRIES``."""
        return self.rows[:MAX_ENTRIES]


def feeds(site: Site, site_name: str) -> list[Feed]:
    """The site's feed and one per country (every country with a page, changes or not)."""
    rows = change_rows(site)
    found = [
        Feed(
            path=feed_uri(),
            title=f"{site_name}: siste endringer",
            page=urls.CHANGES,
            rows=tuple(rows),
        )
    ]
    for code in site.content.countries():
        found.append(
            Feed(
                path=feed_uri(code),
                title=f"{site_name}: siste endringer for {norwegian_name(code)}",
                page=changes_uri(country=code),
                rows=tuple(r for r in rows if r.country_code == code),
            )
        )
    return found


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _id(*parts: str) -> str:
    """A stable id from what it names, in letters only: the published-text gate reads the
    feed as readers do, and a run of hex digits could pass for a phone number."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return "urn:praksisbanken:" + "".join(chr(ord("a") + b % 26) for b in digest[:16])


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def atom(
    feed: Feed, *, site_url: str | None, directory_urls: bool, built: date, author: str
) -> str:
    """The feed as Atom 1.0 XML. Links are absolute under ``site_url``; without one they are
    relative to the feed's own address (readers resolve them against it)."""

    def href(uri: str) -> str:
        if site_url:
            return urljoin(site_url.rstrip("/") + "/", urls.url_of(uri, directory_urls))
        return urls.relative(feed.path, uri, directory_urls)

    entries = feed.shown
    root = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "nb"})
    _sub(root, "id", _id("feed", feed.path))
    _sub(root, "title", feed.title)
    _sub(root, "updated", _stamp(max((r.date for r in entries), default=built)))
    _sub(root, "link", rel="alternate", type="text/html", href=href(feed.page))
    if site_url:
        _sub(root, "link", rel="self", type=MEDIA_TYPE, href=href(feed.path))
    _sub(_sub(root, "author"), "name", author)
    for r in entries:
        entry = _sub(root, "entry")
        _sub(entry, "id", _id("entry", r.uri, r.date.isoformat(), r.summary))
        _sub(entry, "title", r.title)
        _sub(entry, "updated", _stamp(r.date))
        _sub(entry, "link", rel="alternate", type="text/html", href=href(r.uri))
        _sub(entry, "category", term=r.kind_key, label=r.kind)
        _sub(entry, "category", term=r.country_code, label=r.country)
        practice = "Endret praksis. " if r.practice else ""
        _sub(entry, "summary", f"{r.kind}, {r.country}. {practice}{r.summary}")
    ET.register_namespace("", ATOM)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
