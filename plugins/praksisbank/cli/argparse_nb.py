"""argparse in Norwegian: its own messages (usage, errors, help) as contributors read them.

argparse looks its messages up through ``gettext`` when it needs them; this module gives it a
lookup with Norwegian text for the messages our commands can show.
"""

from __future__ import annotations

import argparse

_MESSAGES = {
    "usage: ": "bruk: ",
    "options": "valg",
    "positional arguments": "argumenter",
    "show this help message and exit": "vis denne hjelpen og avslutt",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "the following arguments are required: %s": "disse argumentene mangler: %s",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldig valg: %(value)r (velg blant %(choices)s)"
    ),
    "expected one argument": "mangler en verdi",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig valg: %(option)s kan være %(matches)s"
    ),
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
    "invalid %(type)s value: %(value)r": "ugyldig %(type)s-verdi: %(value)r",
}


def _gettext(message: str) -> str:
    return _MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install() -> None:
    """Make argparse speak Norwegian (for this process)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
