"""Dates of birth named so by a sentence after them (attack round 12, finding 1): a page
prints a date field, then a free text that points back at it (``Utdatert siden 17. mai 1990``
+ ``Datoen foran er søkerens fødselsdato``; ``ble fjernet 23. august 1988. Begrunnelse: Søkeren
ble født på denne datoen``; a change's ``30. januar 1992`` + ``Søkerens fødselsdag``). The
source gate reads each pair of fields a template prints side by side as that sentence
(``core/base/shown.py``); this rule reads the sentence.

Three shapes, each after a date a birth date can be, within the next 120 characters of the
same paragraph: ``født (på|den) denne/samme datoen/dagen`` (and ``denne dagen ble han født``);
``datoen (foran|over) er søkerens fødselsdato``; a possessive and a birth noun right after
the date (``17. mai 1990: Søkerens fødselsdag``). Not: a date before ``barn født etter denne
datoen`` (another preposition), a birth noun with no person (``2024-05-01 Fødselsdato ved
alderstvil``).

Imports: `candidates.py`, `dates.py` and the gate's helpers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from praksisbank.core.gate import caps, prefilter
from praksisbank.core.gate.personaldata.candidates import Candidate
from praksisbank.core.gate.personaldata.dates import _DATE, _birth

_S = r"[ \u00a0]+"
_POINTER = rf"(?:denne|den|samme){_S}(?:datoen|dagen|dato|dag)"
_POSSESSIVE = (
    r"(?:søkerens|søkjarens|klagerens|klagarens|hans|hennes|barnets|sønnens|datterens"
    r"|brorens|søsterens|morens|farens|mannens|konas|kvinnens|vedkommendes)"
)
_BIRTH_NOUN = r"(?:fødselsdato(?:en)?|fødselsdag(?:en)?|bursdag(?:en)?|fødedag(?:en)?)"
_PHRASE = re.compile(
    rf"(?i)(?<![\w])(?:fød(?:t|d)(?:{_S}(?:på|den))?{_S}{_POINTER}"
    rf"|{_POINTER}(?:{_S}\w+){{1,2}}{_S}fød(?:t|d)(?![\w])"
    rf"|(?:datoen|dagen|dato){_S}(?:(?:foran|over|ovenfor|her|nevnt){_S})?(?:er|var){_S}"
    rf"(?:{_POSSESSIVE}{_S})?{_BIRTH_NOUN}(?![\w]))"
)
"""A sentence that names the date before it a birth date."""
_LABEL = re.compile(rf"(?i)(?<![\w]){_POSSESSIVE}{_S}{_BIRTH_NOUN}(?![\w])")
"""A possessive and a birth noun: a label, when a date stands right before it."""
_RIGHT_BEFORE = re.compile(
    rf"(?i)(?<![\w.]){_DATE}[ \u00a0]*[:.,;\u2013\u2014-]?[ \u00a0]*"
    r"(?:begrunnelse[ \u00a0]*:[ \u00a0]*)?\Z"
)
"""A date right before a label (the date is its value: ``17. mai 1990: Søkerens fødselsdag``)."""
_DATE_AT = re.compile(rf"(?i)(?<![\w.]){_DATE}")
_WORDS = ("fød", "bursdag")
_BACK = 120


@caps.capped
def _pointed_births(text: str) -> Iterator[Candidate]:
    """Dates of birth a sentence after them names so (see the module's docstring)."""
    if not prefilter.may_hold(text, _WORDS):
        return
    seen: set[int] = set()
    for phrase in _PHRASE.finditer(text):
        window = max(0, phrase.start() - _BACK)
        # (not past a paragraph's end, nor past a separator no finding spans: two fields)
        cut = max(
            text.rfind("\n\n", window, phrase.start()), text.rfind("\x00", window, phrase.start())
        )
        dates = list(_DATE_AT.finditer(text, cut + 1 if cut >= 0 else window, phrase.start()))
        candidate = _birth(dates[-1]) if dates else None
        if candidate is not None and candidate[0] not in seen:
            seen.add(candidate[0])
            yield candidate
    for label in _LABEL.finditer(text):
        before = _RIGHT_BEFORE.search(text, max(0, label.start() - 60), label.start())
        candidate = _birth(before) if before else None
        if candidate is not None and candidate[0] not in seen:
            seen.add(candidate[0])
            yield candidate
