"""Which date field a page prints right before which text field (attack round 12, finding 1).

A reader reads the two as one sentence: ``Utdatert siden 17. mai 1990 Datoen foran er søkerens
fødselsdato``. Each field alone holds nothing; the sentence holds a date of birth. The source
gate (``core/content/personal.py``, ``Gate.beside``) reads each pair here as the templates and
views print it (the date as ``norwegian_date`` writes it, a space, then the text); the pages
and feeds themselves are read whole by ``check --render`` and the build. One table for every
kind: a pair applies to a document whose front matter holds both fields.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Beside:
    """A date field and the text field a page prints after it."""

    date: str
    text: str
    within: str = ""
    """A list field whose every entry holds both (``changes``), or "" for the front matter."""
    shown: str = ""
    """Norwegian: where the site prints them so (for the message)."""
    any_text: bool = False
    """The first field is a text, not a date (a standard text's title over its text)."""


SIDE_BY_SIDE: tuple[Beside, ...] = (
    # templates/withdrawn.html, core/views/items.py (the banner), core/views/changes.py, the PDF
    Beside("status_date", "status_reason", shown="statuslinjen og listen over endringer"),
    # core/views/changes.py: a note's or a guide's change (the list, the changes page, feeds)
    Beside("date", "summary", within="changes", shown="listen over endringer"),
    # a clarification's date and title (its list, the changes page, the feeds)
    Beside("date", "title", shown="listene over avklaringer og endringer"),
    # a decision's date and title (the country page, the finder's lists)
    Beside("decided", "title", shown="landsiden og listene over vedtak"),
    # a practice note's standard text: its title over its text (the page, the search record)
    Beside("title", "text", within="standard_texts", shown="standardtekstene", any_text=True),
)
