"""A phone number split by words: ``Ring 411 (privat) 22 334``, ``Brorens nummer er 411 22 og så
334``. The number detectors read digit groups joined by separators; a reader also joins groups
that a few words stand between, when the sentence says a number is coming.

`gapped_phones` looks after a cue (``ring``, ``telefon``, ``tlf``, ``mobil``, ``nummer``,
``sms``, ``WhatsApp``...) in the rest of its sentence for groups of two to five digits, at most
``GAP`` characters apart, whose digits together are exactly eight and a valid Norwegian number
(phonenumbers). A year (``2019``) is never a group of a phone number, nor a group with a unit
after it (``22 år``, ``334 kr``): ``Nummer 12 i køen i 2019 og 2020`` is no number.
(The other splits, into a footnote, over table cells, between a title or a heading and the text
after it, are read where the page is: ``rendered/``.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from praksisbank.core.gate import caps
from praksisbank.core.gate.prefilter import Keyed

WHAT_PHONE = "et telefonnummer"  # as anonymity's

Candidate = tuple[int, int, str, str, str]

GAP = 30
"""The most characters between two groups of one number."""
_CUE = re.compile(
    r"(?i)(?<![\w])(?:ring(?:e|er|te)?|telefon\w*|tlf\.?|mobil\w*|\w*nummer(?:et)?|nr\.|sms"
    r"|whatsapp|viber|signal|kontakt(?:e|es)?)(?![\w])"
)
_CUE_WORDS = (
    "ring", "telefon", "tlf", "mobil", "nummer", "nr.", "sms", "whatsapp", "viber", "signal",
    "kontakt",
)  # fmt: skip
_CUE_AT = Keyed(_CUE, _CUE_WORDS, inside=True)
"""`_CUE` tried only at the start of a word holding one of its words (lower-cased): of 6.4 MB
of a built site's text, 74 cues; the pattern alone is tried at every character."""
_GROUP = re.compile(
    r"(?<![\w.,/-])[0-9]{2,5}(?![\w]|[.,/-][0-9])"
    r"(?![ \u00a0]*(?:år|kr|kroner|%|prosent|personer|dager|timer|km|m)(?![\w]))"
)
_STOP = re.compile(r"[.!?](?:[ \u00a0]+[A-ZÆØÅ]|\n)|\n\n")


@lru_cache(maxsize=1024)
def _valid(digits: str) -> bool:
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, "NO")
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(number))


def is_norwegian_phone(digits: str) -> bool:
    """Whether eight digits are a valid Norwegian phone number (phonenumbers, cached)."""
    return _valid(digits)


def gapped_phones(text: str) -> list[Candidate]:
    """Norwegian phone numbers whose groups a few words stand between, after a cue."""
    found: list[Candidate] = []
    done = 0
    for cue in _CUE_AT.finditer(text):
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        if cue.end() < done:
            continue
        stop = _STOP.search(text, cue.end(), cue.end() + 160)
        end = stop.start() if stop else min(len(text), cue.end() + 160)
        groups = [
            g
            for g in _GROUP.finditer(text, cue.end(), end)
            if not (len(g.group()) == 4 and g.group()[:2] in ("19", "20"))
        ]
        for i, first in enumerate(groups):
            digits = first.group()
            for j in range(i + 1, len(groups)):
                if groups[j].start() - groups[j - 1].end() > GAP:
                    break
                digits += groups[j].group()
                if len(digits) > 8:
                    break
                if len(digits) == 8 and digits[0] in "23456789" and _valid(digits):
                    shown = "•" * 6 + digits[-2:]
                    found.append((first.start(), groups[j].end(), WHAT_PHONE, shown, digits))
                    done = groups[j].end()
                    break
            if done > first.start():
                break
    return found
