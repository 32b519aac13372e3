r"""The personal-data gate: where a text a reader can see seems to hold personal data.

`find_personal_data` is a pure function over one string (a body, a front-matter value, a file
name, a string in a data file). Each `Finding` points into the string it was given, names what
was found in Norwegian, and carries a masked form and a fingerprint; the value itself is never
repeated whole. `mask_digits` makes any message safe to print.

Normalisation (matching runs on a normalised copy; offsets are mapped back to the original):

- HTML character references are decoded (`&#64;`, `&#x40;`, `&commat;`, `&nbsp;`, digits as
  `&#48;`...), as are `%40`-style escapes of the characters that matter here (digits, `@`, `+`,
  `.`, `-`, space), Markdown backslash escapes (`\@`, `\-`), full-width `＠ ＋ ．`, and digits
  of other scripts and forms (Arabic-Indic, full-width, superscript, circled...) become ASCII
  digits. Characters a reader does not see are dropped: zero-width characters, soft hyphens,
  direction marks, other format characters, variation selectors and combining marks (an
  underlined digit is a digit).
- Markup a reader does not see between two digits joins them (`0102**0**3`, `01<b>02</b>`,
  `0102<!-- x -->03` show as one run of digits).
- Between two digit groups any run of these is a separator: spaces of every kind (no-break,
  narrow no-break, thin, figure...), tabs, dots, hyphens and dashes, the emphasis markers
  `* _ ~ \``, inline tags such as `<b>`/`</span>`/`<wbr>`/`<br>`, HTML comments, and at most
  one line break. Commas, slashes, colons and parentheses are not separators: a blank line,
  `, ` or `/` ends a number.
- The whole text is scanned, so link targets (`[x](tel:+4791234567)`, `?fnr=...`) are too.

Classes, strongest first (an overlapping weaker candidate is dropped):

1. Identity numbers, D-numbers, H-numbers ("et fødselsnummer, D-nummer eller H-nummer"):
   11 digits grouped in groups of at least two (6+5, 2+2+2+5, 3+3+3+2...), not inside a
   longer digit run. The first six digits must be a date (D-number: day + 40; H-number:
   month + 40; 29 February only when the two-digit year is divisible by 4). Check digits are
   computed with `stdnum.no.fodselsnummer`'s weights. python-stdnum 2.2 knows only the old
   rule (`is_valid` insists on one fixed first check digit, reads the century from the
   individual number and refuses future birth dates), so it would miss the numbers issued
   under the 2032 rule. We apply that rule ourselves: the weighted sum including K1 may leave
   remainder 0, 1, 2 or 3 modulo 11 (so K1 has up to four valid values;
   `(K1 - calc_check_digit1) mod 11 in {0..3}`), K2 is computed as before with
   `calc_check_digit2`, and the century is not checked. The old rule is the case remainder 0,
   so old numbers are covered too. FH-numbers (first digit 8/9) and the tax authority's
   synthetic test numbers (month + 80) are not flagged.
2. DUF numbers ("et DUF-nummer"): 12 digits in groups of at least two whose first four,
   written together, are a year 1990-2039. Not a DUF number: an amount-like grouping (1-3
   digits, then groups of exactly 3: `199 000 000 000`), a later group that is itself a year
   1900-2099 (`2019 2020 2021`), or an ISO date at the start (`2024-05-17 1430`).
3. Case numbers ("et saksnummer"): `16/02035-7` (two digits, slash, 4-6 digits, hyphen, 1-3).
4. E-mail addresses ("en e-postadresse"): found from each `@` outwards with bounded scans
   (local part up to 64 characters of `[\w.+-]`, domain of labels and a letters-only top-level
   domain); entity-encoded and percent-encoded `@` too. `logo@2x.png` (a top-level domain that
   is a file extension) is not an address; `kari@kommune.example.md` (an address in a file
   name) is, without the suffix.
5. Phone numbers ("et telefonnummer"): 8 digits starting with 2-9.
   - With a country code (`+47`, `0047`, `(+47)`, `(0047)`, glued or not): any grouping.
   - Without one, only the usual groupings: `91234567`, `22 33 44 55` (2-2-2-2),
     `912 34 567` (3-2-3), `9123 4567` (4-4), with the same kind of separator throughout
     (spaces, dots or hyphens), and not next to a letter or digit (`tlf91234567` and hex
     strings are not read as phones; the number may sit inside a longer chain of groups).
   - Amounts and dates are not phone numbers: `25 000 000` is 2-3-3 and never matches; an
     ungrouped run ending in `0000` is a round amount; 4-4 with a dash is a range
     (`3000-4000`), and 4-4 whose first group is 2000-2099 is a year pair or range
     (`2019 2020`, `HR-2020-2345`); an ungrouped run that is a valid date `YYYYMMDD` or
     `DDMMYYYY` (years 1900-2099) is a date; mixed separators are a time or date
     (`22.30-23.30`); a number next to `kr`, `kroner`, `NOK`, `,-`, `€`... is an amount,
     and one right after `§` a list of sections (`§§ 28 29 30 31`).
   ISO dates (`2024-05-17`, 4-2-2), `17.05.2024` (2-2-4), law sections, years and document ids
   (`IM 2016-003`, `VB-AFG-2024-017`: 7 digits) never have a phone grouping.

The other kinds are found in `personaldata.py` (one scan for all of them, the libraries run only
where a cheap pattern matched) and ranked with these, strongest first: IBAN ("et IBAN-nummer",
schwifty) before all of the above; then Norwegian account numbers ("et kontonummer",
`stdnum.no.kontonr`, 4-2-5), foreign identity numbers ("et utenlandsk identitetsnummer":
python-stdnum for Ukraine, Russia, Turkey, Sweden, Denmark, Finland, Poland, Germany), passport,
tazkira, ID-card and residence-card numbers after their keyword ("et passnummer", "et
ID-nummer"), dates of birth after `født`, `f.`, `fødselsdato`... or before an age ("en
fødselsdato"), foreign phone numbers ("et utenlandsk telefonnummer", phonenumbers: any country
code but +47, and the national forms of the main arrival countries); then Norwegian phone numbers
(5.) and those whose groups a few words stand between after a cue (`splits.py`); then street
addresses and Norwegian postcodes with their town ("en adresse") and personal names ("et
personnavn": a given name from the committed name list before a capitalised word). Positions,
IMEI and proGres numbers, rooms at a named centre and foreign addresses (`locations.py`) rank
after document numbers; phone numbers in chat links (`wa.me/…`) and user names in the slot after
a service's name (`Skype: navn`) with the online identities.
`known_names` lists full names that are not findings (the employees a page names as contacts).

Reviewed exceptions: `NEVER_EXCEPTED` names the classes that never have one (identity, D-, H-
and DUF numbers point to one person whatever anyone says); `Finding.exceptable` reads it. Every
other finding may be cleared by one marker, `<!-- personvern-ok: <value>, <reason> -->`, that
names the value it clears (written any way: the digits are compared, an e-mail address in lower
case) and gives a reason (letters besides the value), on the line the value starts or ends on.
A marker clears one finding outside itself (the nearest before it with that value, else the
nearest after) and its own naming of the value; other findings on the line stay. `examine`
says which marker names which finding, so that the caller can refuse markers where readers
would see them (code, front matter); `find_personal_data` applies them everywhere.

`fingerprint` is a keyed hash (HMAC-SHA256 with a key drawn at random when this module is
loaded) of the canonical value (digits only; a phone number without its country code; an e-mail
address lower-cased): it compares a finding with a reviewed value in this process and is never
shown. A plain hash of eight to twelve digits is reversed in seconds by trying them all; a
keyed one without its key is not, and the key never leaves the process (forked workers share it).

Masking: `Finding.masked` shows every digit as `•` except the last two, with the writer's
grouping (`••• •• •67`); an e-mail address as its first character, `…@` and the domain; a name
as its initials (`K… N…`), an address as the first letter of the street and the house number
masked (`S… •••`), a date of birth as no part of itself (`personaldata.BIRTH_SHOWN`).
`mask_digits` masks any chain of 6 or more digits, everything `find_personal_data` finds
(markers and allow-lists do not apply), and e-mail addresses; valid dates written `2024-05-17`
or `17.05.2024` and ids like `2024-017` stay readable.

Every scan is linear in the length of the text: separators are matched possessively and
atomically (no backtracking), a candidate is tried only at the start of a digit group and spans
at most 12 digits, refusals that are cheap to make are made inside the patterns, and e-mail
addresses are expanded from `@` with bounded scans. `benchmarks/bench_anonymity.py` measures
seconds per megabyte of prose, a data URI, a long token, a million digits and denser inputs.

The package, by what it does (each module's docstring says what it holds and what it may
import): `findings.py` (the classes' names, the report's forms, fingerprints), `reading.py`
(reading a document as a reader does), `numbers.py` (Norwegian identity, DUF, case and phone
numbers, masks), `contacts.py` (e-mail addresses, online identities, phone links),
`scanning.py` (one scan for every class, ranking, caps), `exceptions.py` (the allow marker and
what it names) and this module: the entry points `examine`, `find_personal_data` and
`mask_digits`. Nothing in the package imports this module.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection

from praksisbank.core.base.dates import is_date
from praksisbank.core.gate import personaldata
from praksisbank.core.gate.anonymity.exceptions import (
    _pair,
    names_cleared,
)
from praksisbank.core.gate.anonymity.exceptions import find_markers as find_markers
from praksisbank.core.gate.anonymity.findings import ALLOW_MARKER as ALLOW_MARKER
from praksisbank.core.gate.anonymity.findings import NEVER_EXCEPTED as NEVER_EXCEPTED
from praksisbank.core.gate.anonymity.findings import WHAT_CASE as WHAT_CASE
from praksisbank.core.gate.anonymity.findings import WHAT_DUF as WHAT_DUF
from praksisbank.core.gate.anonymity.findings import WHAT_EMAIL as WHAT_EMAIL
from praksisbank.core.gate.anonymity.findings import WHAT_IDENTITY as WHAT_IDENTITY
from praksisbank.core.gate.anonymity.findings import WHAT_ONLINE as WHAT_ONLINE
from praksisbank.core.gate.anonymity.findings import WHAT_PHONE as WHAT_PHONE
from praksisbank.core.gate.anonymity.findings import WHAT_SPOKEN as WHAT_SPOKEN
from praksisbank.core.gate.anonymity.findings import Examined as Examined
from praksisbank.core.gate.anonymity.findings import Finding as Finding
from praksisbank.core.gate.anonymity.findings import Marker as Marker
from praksisbank.core.gate.anonymity.findings import fingerprint as fingerprint
from praksisbank.core.gate.anonymity.findings import process_key as process_key
from praksisbank.core.gate.anonymity.findings import use_key as use_key
from praksisbank.core.gate.anonymity.numbers import (
    _BENIGN,
    _CHAIN,
    _SHOWN_MASKED,
    _mask,
)
from praksisbank.core.gate.anonymity.numbers import is_identity_number as is_identity_number
from praksisbank.core.gate.anonymity.reading import (
    _merged,
)
from praksisbank.core.gate.anonymity.scanning import CHECKED_CLASSES as CHECKED_CLASSES
from praksisbank.core.gate.anonymity.scanning import SPOKEN_ALONE as SPOKEN_ALONE
from praksisbank.core.gate.anonymity.scanning import (
    _finding,
    _scan,
)
from praksisbank.core.gate.anonymity.scanning import checked_fingerprints as checked_fingerprints


def examine(text: str, known_names: Collection[str] = ()) -> Examined:
    """Every finding in `text` and every marker, and which marker names which finding. Nothing
    is cleared here: the caller decides where a marker counts."""
    norm, candidates = _scan(text, known_names)
    findings = [_finding(norm, candidate) for candidate in candidates]
    markers = find_markers(text)
    if not markers or not findings:
        none: tuple[Marker | None, ...] = (None,) * len(findings)
        return Examined(tuple(findings), tuple(markers), none, none)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    named, beside = _pair(findings, markers, lambda at: bisect_right(starts, at))
    named = names_cleared(text, findings, markers, named, lambda at: bisect_right(starts, at))
    return Examined(tuple(findings), tuple(markers), tuple(named), tuple(beside))


def find_personal_data(
    text: str,
    *,
    allowed: Collection[str] = (),
    markers: bool = True,
    known_names: Collection[str] = (),
) -> list[Finding]:
    """Every place in `text` that looks like personal data, sorted by offset.

    Left out: a finding a marker names (`<!-- personvern-ok: <value>, <reason> -->`), unless
    `markers` is false (in published text a marker is shown, not obeyed), and one whose
    fingerprint is in `allowed` (`fingerprint(value)` of reviewed values), unless its class is
    never excepted (`NEVER_EXCEPTED`); and personal names that are (part of) one of the full
    names in `known_names` (the employees a page names as contacts).
    """
    allow = frozenset(allowed)
    if not markers:
        norm, candidates = _scan(text, known_names)
        every = [_finding(norm, candidate) for candidate in candidates]
        return [f for f in every if not (f.exceptable and f.fingerprint in allow)]
    found = examine(text, known_names)
    return [
        finding
        for finding, marker in zip(found.findings, found.named_by, strict=True)
        if not (finding.exceptable and (marker is not None or finding.fingerprint in allow))
    ]


def _benign(chain: str) -> bool:
    """A date, a year-and-serial id: readable in a message.

    An ISO-shaped date stays readable even when it does not exist (`2024-02-30`): its eight
    digits cannot hold an identity or DUF number, and a message about a wrong date must show it.
    """
    match = _BENIGN.fullmatch(chain)
    if match is None:
        return False
    if match.group("iso"):
        return True
    if match.group("dmy"):
        return is_date(int(match.group("y2")), int(match.group("m2")), int(match.group("d2")))
    return True


def mask_digits(text: str) -> str:
    """`text` with every number and e-mail address that could be personal data masked.

    Masks any chain of 6 or more digits (separators as in the gate), except an ISO date
    (`2024-05-17`, `17.05.2024`) or a year-and-serial id (`2024-017`), and everything
    `find_personal_data` finds. Digits become `•` except the last two; e-mail addresses become
    their first character, `…@` and the domain.
    """
    spans: list[tuple[int, int]] = []
    for match in _CHAIN.finditer(text):
        chain = match.group()
        if len(chain) >= 6 and sum(map(chain.count, "0123456789")) >= 6 and not _benign(chain):
            spans.append((match.start(), match.end()))
    norm, candidates = _scan(text)
    emails: list[tuple[int, int, str]] = []
    for start, end, what, masked, _ in candidates:
        if what == personaldata.WHAT_BIRTH:  # no part of a date of birth (`BIRTH_SHOWN`)
            emails.append((norm.start(start), norm.end(end), f"({personaldata.BIRTH_SHOWN})"))
        elif what in _SHOWN_MASKED:
            emails.append((norm.start(start), norm.end(end), masked))
        else:
            spans.append((norm.start(start), norm.end(end)))
    if not spans and not emails:
        return text
    pieces: list[str] = []
    done = 0
    for start, end in _merged(spans):
        pieces.append(text[done:start])
        pieces.append(_mask(text[start:end]))
        done = end
    pieces.append(text[done:])
    digits_masked = "".join(pieces)  # the same length as `text`
    pieces = []
    done = 0
    for start, end, shown in sorted(emails):
        pieces.append(digits_masked[done:start])
        pieces.append(shown)
        done = end
    pieces.append(digits_masked[done:])
    return "".join(pieces)
