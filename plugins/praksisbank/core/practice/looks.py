"""How each status looks, wherever a reader meets it: one word, one icon and one colour.

A page's banner, its «Status» line, a listing's badge, a search result and a PDF's mark all take
the look of a status from ``LOOKS``, so «Fjernet» looks the same everywhere and never like «Kan
være utdatert». The order is the order of severity: the most serious first. Colour is never the
only signal: the word is always written, and the icon differs too.

``key`` is the modifier of the classes that draw the look: ``pb-badge--withdrawn`` (a badge in
a listing or search result), ``pb-flag--withdrawn`` (a banner on a page), ``pb-status--withdrawn``
(the «Status» line), ``pdf-mark--withdrawn`` and ``pdf-badge--withdrawn`` (PDFs). ``icon`` names
the CSS custom property that holds the icon's picture in ``assets/praksisbank.css``
(``--pb-icon-forbud``); ``assets/pdf.css`` draws the same pictures in the status's colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from praksisbank.core.base.model import Document, Reviewable, Status
from praksisbank.core.practice.site import Site


@dataclass(frozen=True, kw_only=True, slots=True)
class Look:
    key: str
    word: str
    """What the reader reads: «Fjernet», «Utdatert»..."""
    icon: str
    """The icon's name: ``--pb-icon-<icon>`` in the style sheets."""
    colour: str
    """The status's colour: white text on it, and it on white, pass 4.5:1 (WCAG AA)."""
    severity: int
    """Higher is more serious."""


WITHDRAWN = Look(key="withdrawn", word="Fjernet", icon="forbud", colour="#212121", severity=5)
OUTDATED = Look(key="outdated", word="Utdatert", icon="kryss", colour="#b71c1c", severity=4)
POSSIBLY = Look(
    key="possibly", word="Kan være utdatert", icon="varsel", colour="#a84300", severity=3
)
OVERDUE = Look(
    key="overdue", word="Gjennomgang forfalt", icon="klokke", colour="#5e35b1", severity=2
)
DEMO = Look(key="demo", word="Demoinnhold", icon="info", colour="#37474f", severity=1)
CURRENT = Look(key="current", word="Gjeldende", icon="hake", colour="#1b5e20", severity=0)

LOOKS: tuple[Look, ...] = (WITHDRAWN, OUTDATED, POSSIBLY, OVERDUE, DEMO, CURRENT)
"""Every look, the most serious first."""

CURRENT_BUT_OVERDUE = "Gjeldende, men gjennomgang forfalt"
"""The «Status» line of a current note or guide whose review is overdue: what holds, and why to
take care."""


def look_of(site: Site, item: Document) -> Look:
    """The look of a document's status as the build sees it (overdue: see ``StatusLine``)."""
    if item.status is Status.WITHDRAWN:
        return WITHDRAWN
    if item.status is Status.OUTDATED:
        return OUTDATED
    if site.possibly_outdated(item):
        return POSSIBLY
    if isinstance(item, Reviewable) and site.overdue(item):
        return OVERDUE
    return CURRENT


@dataclass(frozen=True, kw_only=True, slots=True)
class StatusLine:
    """The «Status» line of a page: what holds now, and what will hold once a review is due.

    A note or guide that is current when the site is built can be overdue when it is read: the
    page then holds both lines, and the reader's browser shows the second after ``review_due``
    (``assets/praksisbank.js``, as for the overdue banner).
    """

    look: Look
    text: str
    filter: str
    """The status in search's «Status» filter: Gjeldende, Utdatert, Kan være utdatert."""
    meta: str
    """The status a search result shows: the look's word (overdue as the build saw it)."""
    review_due: date | None = None
    """Set when the line turns into ``later`` on that day."""
    later: str = ""


def status_line(site: Site, item: Document) -> StatusLine:
    look = look_of(site, item)
    if look is OVERDUE:
        return StatusLine(
            look=OVERDUE, text=CURRENT_BUT_OVERDUE, filter=CURRENT.word, meta=OVERDUE.word
        )
    if look is CURRENT and isinstance(item, Reviewable):
        return StatusLine(
            look=CURRENT,
            text=CURRENT.word,
            filter=CURRENT.word,
            meta=CURRENT.word,
            review_due=item.review_due,
            later=CURRENT_BUT_OVERDUE,
        )
    return StatusLine(look=look, text=look.word, filter=look.word, meta=look.word)
