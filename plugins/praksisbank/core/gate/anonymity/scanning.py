"""One scan of a normalised text for every class: the Norwegian numbers, e-mail and online
identities here, the other classes from `personaldata`, numbers in words (`spoken`) and encoded
runs (`encoded`); ranking and selection of overlapping candidates, caps, and the checked
classes' fingerprints (`checked_fingerprints`).

Imports: every module of `anonymity` but `exceptions` and `__init__`, and the gate's
detectors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection

from praksisbank.core.gate import (
    braille,
    caps,
    encoded,
    locations,
    personaldata,
    splits,
    spoken,
)
from praksisbank.core.gate.anonymity.contacts import (
    _email_candidates,
    _obfuscated_email_candidates,
    _online_candidates,
    _phone_link_candidates,
    _rare_email_candidates,
)
from praksisbank.core.gate.anonymity.findings import (
    NEVER_EXCEPTED,
    WHAT_DUF,
    WHAT_IDENTITY,
    WHAT_PHONE,
    WHAT_SPOKEN,
    Finding,
    _Candidate,
    _keyed,
)
from praksisbank.core.gate.anonymity.numbers import (
    _ASCII_DIGITS,
    _CASE,
    _DUF,
    _IDENTITY,
    _PHONE_INTERNATIONAL,
    _PHONE_NATIONAL,
    _bent_identity_candidates,
    _case_candidates,
    _check_digits_apart,
    _duf,
    _each,
    _hex_identity_candidates,
    _identity,
    _is_plain_phone,
    _mask,
    _PhoneScan,
    _reversed_identity_candidates,
    _shown,
    _split,
    _split_anywhere_candidates,
    _split_identity_candidates,
)
from praksisbank.core.gate.anonymity.reading import (
    _Normalised,
)


def _phone(match: re.Match[str]) -> _Candidate | None:
    start, end = match.span()
    if match.re is _PHONE_INTERNATIONAL:
        national = match.group("intl")
        groups, seps = _split(national)
        shown = "+47 " + _mask(_shown(groups, seps))
    else:
        groups, seps = _split(match.group("nat"))
        if not _is_plain_phone(match.string, start, end, groups, seps):
            return None
        shown = _mask(_shown(groups, seps))
    return start, end, WHAT_PHONE, shown, "".join(groups)


def _select(classes: list[list[_Candidate]]) -> list[_Candidate]:
    """Candidates of stronger classes first; a candidate overlapping a taken one is dropped."""
    taken: list[_Candidate] = []
    for candidates in classes:
        candidates.sort()
        fresh: list[_Candidate] = []
        i = 0
        last_end = -1
        for candidate in candidates:
            start, end = candidate[0], candidate[1]
            while i < len(taken) and taken[i][1] <= start:
                i += 1
            if i < len(taken) and taken[i][0] < end:
                continue  # overlaps a stronger finding
            if start < last_end:
                continue  # overlaps an earlier one of its own class
            fresh.append(candidate)
            last_end = end
        taken = sorted(taken + fresh)
    return taken


def _anywhere(patterns: tuple[re.Pattern[str], ...], first: str) -> re.Pattern[str]:
    """One pattern that matches (one character, of the class ``first``) where any of
    ``patterns`` starts a match: a text none of them can match in costs one scan, not one a
    pattern. Each is tried as a look-ahead from the character before (``(?<=(?=…)[\\s\\S])``),
    as the engine skips in C only to the first character of a pattern that starts with a class."""
    either = "|".join(f"(?:{p.pattern})" for p in patterns)
    return re.compile(rf"[{first}](?<=(?=(?:{either}))[\s\S])")


_NUMBER_CLASSES = _anywhere(
    (_IDENTITY, _DUF, _CASE, _PHONE_INTERNATIONAL, _PHONE_NATIONAL), "0-9+("
)
"""Where an identity, DUF, case or Norwegian phone number may start (before it is judged)."""


def _scan(text: str, known_names: Collection[str] = ()) -> tuple[_Normalised, list[_Candidate]]:
    # ``checked_fingerprints`` runs this function's detectors of the classes with check digits
    # alone: a detector added here that proposes one of them goes there too.
    norm = _Normalised(text)
    t = norm.text
    classes: list[list[_Candidate]] = [[], [], [], [], []]
    # The shortest thing looked for is a case number of 7 digits (``24/1234-5``).
    digits = any(d in t for d in _ASCII_DIGITS) and sum(map(t.count, _ASCII_DIGITS)) >= 7
    if digits and _NUMBER_CLASSES.search(t) is not None:
        classes[0] = _each(_IDENTITY.search, t, _identity)
        classes[1] = _each(_DUF.search, t, _duf)
        classes[2] = _case_candidates(t)
        classes[4] = _each(_PhoneScan().search, t, _phone)
    if digits:  # a birth date and its five digits apart in one sentence: no pre-filter
        whole = classes[0]
        classes[0] = whole + [
            c
            for c in _split_identity_candidates(t)
            + _split_anywhere_candidates(t)
            + _reversed_identity_candidates(t)
            + _bent_identity_candidates(t)
            + _check_digits_apart(t)
            if not any(c[0] < w[1] for w in whole if w[0] < c[1])
        ]
    classes[0] += _hex_identity_candidates(t)
    if "@" in t:
        classes[3] = _email_candidates(t) + _rare_email_candidates(t)
    classes[3] += _obfuscated_email_candidates(t)
    online = _online_candidates(t) + _phone_link_candidates(t)
    # The other kinds (personaldata.py), ranked around these: IBAN first (its digits would read as
    # a phone number), then account, foreign identity and document numbers, dates of birth and
    # foreign phones (`+380 50 123 4567` holds a Norwegian-looking `380 50 123`), then Norwegian
    # phones, then addresses and names.
    more = personaldata.scan(t, known_names)
    if "://" in t:  # a link's address printed after its text (attack round 12, F10)
        for index, linked in _linked_candidates(t).items():
            more[index] += linked
    said = _spoken(t, capped=True)  # an identity number read out outranks a name (round 6)
    # and, like a national number after its keyword, an account number its digits also make
    never = [c for c in (*said, *more[personaldata.DOCUMENT]) if c[2] in NEVER_EXCEPTED]
    never += braille.candidates(t)  # refused whatever the cells spell (braille.py)
    ranked = [
        never,
        more[personaldata.IBAN_CLASS],
        *classes[:4],
        online,
        more[personaldata.ACCOUNT],
        more[personaldata.FOREIGN_ID],
        more[personaldata.DOCUMENT],
        locations.scan(t),
        more[personaldata.BIRTH],
        more[personaldata.FOREIGN_PHONE],
        classes[4],
        splits.gapped_phones(t) if digits else [],
        more[personaldata.ADDRESS],
        [c for c in said if c[2] not in NEVER_EXCEPTED],  # before names: words of any script
        more[personaldata.NAME],
        _encoded(t, lambda start, end: text[norm.start(start) : norm.end(end)]),
    ]
    capped = [_capped(candidates) for candidates in ranked if caps.full(candidates)]
    return norm, sorted(_select(ranked) + capped) if capped else _select(ranked)


_LINKED_ADDRESS = re.compile(
    r"(?P<lead>\]\(|\]:[ \t]*+|[(<]|\b)https?://[^\s/()<>\[\]\"']++/"
    r"(?P<path>[^\s()<>\[\]\"']*+)"
)
"""A web address (a Markdown link's ``](…)``, a reference's ``]: …``, an autolink ``<…>``, a
printed ``(…)``, or bare), its host apart from its path. The print stylesheet and our PDFs write
an external link's address after its text (``tazkira-nummer (https://landinfo.no/1400-…)``): the
reader reads the text and the path as one sentence."""
_LINKED_CLASSES = (personaldata.FOREIGN_ID, personaldata.DOCUMENT, personaldata.BIRTH)
"""The classes a cue names (an identity document's number, a date of birth): a number in a path
is their value only after the cue (``https://lovdata.no/lov/2008-05-15-35`` stays a law)."""


def _linked_candidates(t: str) -> dict[int, list[_Candidate]]:
    """The cued values of each address's path read as the reader of a printout reads it: the
    text before each address (``_LINK_TEXT_REACH``) and its segments that hold a digit, a space
    before each (``Se
    [tazkira-nummer](https://landinfo.no/1400-0101-12355)`` reads «Se [tazkira-nummer
    1400-0101-12355»): the host and the segments without a digit are no words between the
    cue and its value. One more scan of the text so read (``personaldata.scan``), only where an
    address holds a digit and a keyword may stand; only a candidate that starts in a segment is
    kept (the rest is read where it stands), its span mapped back to the address."""
    found: dict[int, list[_Candidate]] = {index: [] for index in _LINKED_CLASSES}
    pieces: list[str] = []
    copied: list[tuple[int, int, int]] = []  # (start in the reading, start in t, length)
    size = at = since = 0  # (``since``: the end of the address before, read or not)
    for address in _LINKED_ADDRESS.finditer(t):
        segments = list(_DIGIT_SEGMENT.finditer(address.group("path")))
        lead = t[max(since, address.start() - _LINK_TEXT_REACH) : address.start()]
        since = address.end()
        if not segments or not personaldata.may_cue(lead):
            continue  # (no keyword before it: no value of a cue in its path)
        if len(segments) > 2 * _SEGMENTS_READ:  # the first and the last few: a bounded cost
            segments = segments[:_SEGMENTS_READ] + segments[-_SEGMENTS_READ:]
        if address.start() - at > len(lead):  # the text further before: nothing of the cue
            lead = _APART + lead
        pieces.append(lead)
        size += len(lead)
        for segment in segments:
            pieces += [" ", segment.group()]
            copied.append((size + 1, address.start("path") + segment.start(), len(segment.group())))
            size += 1 + len(segment.group())
        at = address.end()
    if not copied:
        return found
    starts = [c[0] for c in copied]
    more = personaldata.scan("".join(pieces), glossed=False)
    for index in _LINKED_CLASSES:
        for start, end, what, masked, canonical in more[index]:
            first = bisect_right(starts, start) - 1
            last = bisect_right(starts, end - 1) - 1
            if first < 0 or start >= copied[first][0] + copied[first][2]:
                continue  # not in an address: read where it stands
            begin = copied[first][1] + start - copied[first][0]
            finish = copied[last][1] + min(end - copied[last][0], copied[last][2])
            found[index].append((begin, max(finish, begin + 1), what, masked, canonical))
    return found


_LINK_TEXT_REACH = 120
"""How much text before an address is read with it: the link's text and the words before it (a
cue stands near its value); the text further before is read where it stands."""
_APART = "\n\x00\n"
"""Between two stretches of text read together: no finding spans it."""
_SEGMENTS_READ = 2
"""How many segments with digits are read at each end of a long path (a number is one segment or
two: ``1400-0101-12355``, ``PA4512873``; a path of many is an address made to cost)."""
_DIGIT_SEGMENT = re.compile(r"[^/?#&=]*?[0-9][^/?#&=]*+")
"""A segment of a path (or a query's value) that holds a digit."""


_CAPPED = "\x00capped:"
"""How a candidate that stands for a capped class's unread rest is told apart (its canonical
value, which no real value starts with): it keeps that through ``_spoken`` and ``_encoded``."""


def _capped(candidates: list[_Candidate]) -> _Candidate:
    """The first ``caps.CAP`` candidates of a class that reached the cap are kept (the others
    are dropped), and one more stands for the rest: at the last kept, never excepted."""
    candidates.sort()
    del candidates[caps.CAP :]
    start, end, what, _masked, _canonical = candidates[-1]
    shown = f"{caps.CAP} funn av samme slag; resten av teksten er ikke lest for dem"
    return start, end, what, shown, f"{_CAPPED}{what}"


def _finding(norm: _Normalised, candidate: _Candidate) -> Finding:
    start, end, what, masked, canonical = candidate
    return Finding(
        norm.start(start),
        norm.end(end),
        what,
        masked,
        _keyed(canonical),
        capped=canonical.startswith(_CAPPED),
    )


CHECKED_CLASSES = frozenset(
    (WHAT_IDENTITY, personaldata.WHAT_IBAN, personaldata.WHAT_ACCOUNT, personaldata.WHAT_FOREIGN_ID)
)
"""The classes whose check digits make a chance match all but impossible."""


def checked_fingerprints(text: str) -> frozenset[str]:
    """The fingerprints of every candidate of ``CHECKED_CLASSES`` that ``_scan`` proposes for
    ``text`` (or more): every finding of those classes that ``find_personal_data(text,
    markers=False)`` reports is among them, as a finding is a candidate that ``_select`` and the
    exceptions did not drop. Only the detectors that propose those classes run (identity
    numbers, ``personaldata.scan_checked``, encoded runs and numbers in words, which read what
    they decode with every detector), not names, dates of birth, addresses or phones: a fraction
    of the cost. Keep it in step with ``_scan``: ``tests/test_gate_cost.py`` compares them."""
    norm = _Normalised(text)
    t = norm.text
    found: list[_Candidate] = []
    digits = any(d in t for d in _ASCII_DIGITS) and sum(map(t.count, _ASCII_DIGITS)) >= 7
    if digits and _NUMBER_CLASSES.search(t) is not None:
        found += _each(_IDENTITY.search, t, _identity)
    if digits:
        found += (
            _split_identity_candidates(t)
            + _split_anywhere_candidates(t)
            + _reversed_identity_candidates(t)
            + _bent_identity_candidates(t)
            + _check_digits_apart(t)
        )
    found += _hex_identity_candidates(t)
    found += personaldata.scan_checked(t)
    found += _encoded(t, lambda start, end: text[norm.start(start) : norm.end(end)])
    found += _spoken(t)
    return frozenset(_keyed(c[4]) for c in found if c[2] in CHECKED_CLASSES)


SPOKEN_ALONE = 8
"""Digits a run of number words must say to be a finding of its own (``WHAT_SPOKEN``) when no
detector knows the number: a number read out digit by digit is no amount or year."""


_CHECKED = frozenset((WHAT_IDENTITY, WHAT_DUF))
"""Classes read in a run of number words even beside a currency: their check digits (or a
DUF number's year and twelve digits) are no amount."""


def _spoken(t: str, *, capped: bool = False) -> list[_Candidate]:
    """Numbers written in words (``spoken.py``): the detectors run on the digits a run says,
    and what they find is reported at the run; a run of at least ``SPOKEN_ALONE`` digits
    that they do not know is reported as a number of its own. Beside a currency (an amount)
    only the classes with check digits count: ``kr`` before an identity number read out in
    words excuses it no more than it does the digits.

    ``capped`` (``_scan``): once ``caps.CAP`` candidates of the classes an exception may clear
    are kept, the runs that start after the last of them are read for `NEVER_EXCEPTED` alone
    (``_scan`` keeps only the first ``CAP`` of that list, so the rest cannot change its result),
    and only when a detector of those classes proposes one there (``_never_possible``)."""
    found: list[_Candidate] = []
    alone: dict[tuple[int, int], str] = {}
    first: dict[tuple[int, int], str] = {}
    read: dict[str, list[_Candidate]] = {}  # the same digits said again are read once
    kept = 0  # candidates of the other classes, of the runs before ``group``
    group: tuple[int, int] | None = None  # the run being read (its readings come together)
    group_found = False
    full_at: int | None = None  # the start after which only `NEVER_EXCEPTED` is read
    for start, end, digits, amount in spoken.runs(t):  # a run may come more than once
        if group != (start, end):
            if group is not None and group in alone and not group_found:
                kept += 1
            if capped and full_at is None and kept >= caps.CAP and group is not None:
                full_at = group[0]
            group, group_found = (start, end), False
        if full_at is not None and start > full_at:
            if digits not in read and not _never_possible(digits):
                read[digits] = []
            if digits not in read:
                read[digits] = _scan(digits)[1]
            found += [
                (start, end, what, f"{masked}, skrevet med ord", canonical)
                for _s, _e, what, masked, canonical in read[digits]
                if what in NEVER_EXCEPTED
            ]
            continue
        primary = first.setdefault((start, end), digits) == digits  # (its readings, `spoken`)
        if digits not in read:
            read[digits] = _scan(digits)[1]
        inner = read[digits]
        if amount:
            checked = _CHECKED | {personaldata.WHAT_FOREIGN_ID, personaldata.WHAT_ACCOUNT}
            inner = [c for c in inner if c[2] in checked]
        found += [
            (start, end, what, f"{masked}, skrevet med ord", canonical)
            for _s, _e, what, masked, canonical in inner
        ]
        group_found = group_found or bool(inner)
        kept += sum(1 for c in inner if c[2] not in NEVER_EXCEPTED)
        if not inner and not amount and primary and len(digits) >= SPOKEN_ALONE:
            alone[start, end] = digits
    known = {(c[0], c[1]) for c in found}
    for (start, end), digits in alone.items():
        if (start, end) not in known:
            found.append((start, end, WHAT_SPOKEN, f"{_mask(digits)}, skrevet med ord", digits))
    return found


def _never_possible(digits: str) -> bool:
    """Whether ``_scan(digits)`` may hold a candidate of `NEVER_EXCEPTED`: whether one of the
    detectors that propose those classes proposes one (those of ``checked_fingerprints``, which
    propose every candidate ``_scan`` does of the classes with check digits, and DUF numbers)."""
    norm = _Normalised(digits)
    t = norm.text
    found: list[_Candidate] = []
    if any(d in t for d in _ASCII_DIGITS) and sum(map(t.count, _ASCII_DIGITS)) >= 7:
        found += _each(_IDENTITY.search, t, _identity) + _each(_DUF.search, t, _duf)
        found += (
            _split_identity_candidates(t)
            + _split_anywhere_candidates(t)
            + _reversed_identity_candidates(t)
            + _bent_identity_candidates(t)
            + _check_digits_apart(t)
        )
    found += _hex_identity_candidates(t)
    found += personaldata.scan_checked(t)
    found += braille.candidates(t)
    found += _encoded(t, lambda start, end: digits[norm.start(start) : norm.end(end)])
    found += _spoken(t)
    return any(c[2] in NEVER_EXCEPTED for c in found)


def _encoded(t: str, original: Callable[[int, int], str]) -> list[_Candidate]:
    """What a reader finds by decoding a run of base64 or quoted-printable (``encoded.py``),
    reported at the run. Not a Braille cell there: bytes that decode as UTF-16 make one by
    chance (a picture's ``data:`` address), and the cells are refused where a reader sees them."""
    return [
        (start, end, what, f"{masked}, skrevet som {how}", canonical)
        for start, end, decoded, how in encoded.runs(t, original)
        for _s, _e, what, masked, canonical in _scan(decoded)[1]
        if what != braille.WHAT_BRAILLE
    ]
