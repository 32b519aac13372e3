"""Prepared values for the templates: counting, filtering and choosing happen in Python.

Templates lay out what the view functions return: frozen dataclasses (``PageView`` and the item
pages' views) of named rows with titles, addresses (site paths that the template's ``link()``
makes relative), dates and badges. Nothing here writes HTML. This module holds what every view
shares; the views themselves are split by what they show: ``decisionviews`` (the decision bank
and its finder), ``provisionviews`` (tags, legal provisions, outcomes), ``documentviews`` (the
lists of notes, guides, clarifications, roles), ``matrixviews`` (checklists, the responsibility
matrix), ``changeviews`` (change lists, review queues), ``countryviews`` (the front page,
countries, readiness) and ``itemviews`` (what goes around an item's own text). The contract a
site's templates rely on is ``templates/CONTRACT.md`` (``contract.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from praksisbank.core.base.model import Document, Reviewable, Status
from praksisbank.core.practice import looks
from praksisbank.core.practice.looks import Look
from praksisbank.core.practice.site import Site


@dataclass(frozen=True, kw_only=True, slots=True)
class Badge:
    css: str
    """The modifier of ``pb-badge``: outdated, withdrawn, possibly, overdue, change, ok."""
    text: str
    review_due: date | None = None
    """The reader's browser shows the badge once this day has passed."""
    hidden: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class SubHeading:
    """A heading a generated page writes as HTML, for its table of contents (``toc``).

    Headings that carry a value from content are written as HTML, never as Markdown, so that no
    Markdown in a value (an attribute list, a reference link) can take effect.
    """

    parent: str
    anchor: str
    title: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Link:
    title: str
    uri: str
    anchor: str = ""


def look_badge(look: Look) -> Badge:
    return Badge(css=look.key, text=look.word)


def status_badge(site: Site, item: Document) -> Badge | None:
    """A listing's badge: none for a current document (the listings would be all badges)."""
    look = looks.look_of(site, item)
    if look is looks.OVERDUE or look is looks.CURRENT:
        return None
    return look_badge(look)


def overdue_badge(site: Site, item: Reviewable) -> Badge | None:
    """Shown at build time when overdue; else hidden until the reader's browser finds it due."""
    if item.status is not Status.CURRENT:
        return None
    return Badge(
        css=looks.OVERDUE.key,
        text=looks.OVERDUE.word,
        review_due=item.review_due,
        hidden=not site.overdue(item),
    )


def status_text(site: Site, item: Document) -> str:
    return looks.look_of(site, item).word if site.possibly_outdated(item) else item.status.label


@dataclass(frozen=True, kw_only=True, slots=True)
class PageView:
    """What a generated page's template gets: each field is a variable of the template (with
    ``link()`` and ``today``)."""

    toc: tuple[SubHeading, ...] = ()
    """The headings the page writes as HTML, for its table of contents."""
