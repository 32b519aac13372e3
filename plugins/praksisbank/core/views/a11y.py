"""Accessibility fixes to the pages' HTML that the theme and Markdown leave to us.

- Heading anchors: the toc extension writes «¶» links after each heading; a screen reader reads
  them out as «¶». Each gets a name that says what it does: «Lenke til «Overskrift»».
- The accessibility statement's contact: ``accessibility_contact`` in the plugin's options (an
  e-mail address or the address of a form) goes where the statement has ``CONTACT_MARKER``.
"""

from __future__ import annotations

import re
from html import escape, unescape

from praksisbank.core.gate import siteconfig

_HEADING = re.compile(r"<h([1-6])([^>]*)>(.*?)</h\1>", re.S)
_ANCHOR = '<a class="headerlink"'
_TAG = re.compile(r"<[^>]+>")

CONTACT_MARKER = "<!-- praksisbank:kontakt -->"
"""Where the accessibility statement (docs/tilgjengelighet.md) names its contact."""


def heading_link_name(title: str) -> str:
    return f"Lenke til «{' '.join(title.split())}»"


def name_heading_links(html: str) -> str:
    """Gives every heading's anchor link an accessible name made from the heading's text."""

    def one(match: re.Match[str]) -> str:
        inner = match.group(3)
        at = inner.rfind(_ANCHOR)
        if at < 0 or "aria-label=" in inner[at:]:
            return match.group(0)
        title = unescape(_TAG.sub("", inner[:at]))
        label = escape(heading_link_name(title), quote=True)
        named = inner[:at] + f'{_ANCHOR} aria-label="{label}"' + inner[at + len(_ANCHOR) :]
        return f"<h{match.group(1)}{match.group(2)}>{named}</h{match.group(1)}>"

    return _HEADING.sub(one, html)


def contact_markdown(contact: str | None) -> str:
    """The statement's sentence with the contact, in Markdown, or a sentence without one."""
    if not contact:
        return "Meld fra til den som forvalter Praksisbanken i din virksomhet."
    if contact.startswith(("https://", "http://")):
        return f"Meld fra i [skjemaet for tilbakemeldinger]({contact})."
    address = contact.removeprefix("mailto:")
    return f"Send e-post til [{address}](mailto:{address})."


def contact_problem(contact: str | None) -> str | None:
    """A Norwegian message when the configured contact is neither an e-mail address nor a link
    (``siteconfig.contact_problem``: ``check`` reports it with its line in mkdocs.yml)."""
    return siteconfig.contact_problem(contact)
