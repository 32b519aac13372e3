"""More kinds of personal data for the gate in `anonymity.py`: the classes beyond Norwegian
identity, DUF, case and phone numbers and e-mail addresses.

`scan` takes the gate's normalised text (digits of every script as ASCII, invisible characters
and markup between digits dropped) and returns, one list a class, candidates in the gate's form
``(start, end, what, masked, canonical)``; `anonymity.find_personal_data` ranks them with its own
classes, applies markers and the allow-list, and fingerprints the canonical value. It works the
same on Markdown source and on the plain text of a built page.

Cost: two scans by patterns whose first character is a character class, so the engine skips in C
every character that cannot start a candidate. `_TRIGGER` stops only at a run of digits that
could start one of these classes (the shape of an account, identity or phone number or a date, a
letter up to three characters before it, an age or a postcode after it) and at `+` or `(` before
a number (names have their own scan, in `names.py`). The classes worth trying there are picked
from the characters around (`_judges`), and the keyword classes look for their keyword (lower
case) in the characters before the digits, once all stems in one test (`_ANY_STEM`), then each.
The libraries (phonenumbers, python-stdnum, schwifty) run only on what a pattern found, and at
most `_Budget` times per text for phonenumbers and schwifty: past that, a candidate is reported
unchecked (a text with a thousand phone numbers is not a decision; the gate errs on the safe
side). Ordinary text costs about as much again as the gate's own classes; every scan is linear.

- IBAN ("et IBAN-nummer"): two letters, two check digits and the account, grouped in fours (by
  spaces or hyphens) or not, in capitals or small letters (read in capitals), validated with
  schwifty (the country's length, check digits and account format).
- Norwegian account numbers ("et kontonummer"): 11 digits as 4-2-5 (`1234 56 78903`, one kind of
  separator) or ungrouped, valid under `stdnum.no.kontonr` (mod 11). An 11-digit number that is a
  fødselsnummer is reported as that (the stronger class).
- Foreign identity numbers ("et utenlandsk identitetsnummer"), with python-stdnum, for the
  countries whose numbers asylum seekers and Dublin cases carry and that stdnum knows:
  Ukraine's taxpayer number (RNOKPP, `ua.rntrc`, 10 digits) and Russia's (`ru.inn`, 12 digits),
  the largest arrival countries with a personal number stdnum has; Turkey's T.C. Kimlik No
  (`tr.tckimlik`, 11 digits); the transit and Dublin countries Sweden (`se.personnummer`,
  `YYMMDD-NNNN` and `YYYYMMDDNNNN`), Denmark (`dk.cpr`, `DDMMYY-NNNN`, with the hyphen),
  Finland (`fi.hetu`), Poland (`pl.pesel`) and Germany (`de.idnr`). stdnum has no number of
  Syria, Afghanistan, Eritrea, Somalia, Iraq or Iran: their documents are caught after their
  keywords (below). Numbers without separators are read only as a whole run of digits. Besides
  these, every national identity number of the EU/EEA and the arrival countries that stdnum
  knows, by its own shape and check (`_national_id_checks`: the rule and the list are there).
- Document numbers ("et passnummer", "et ID-nummer"): a letter-and-digit token with at least
  two digits and five characters, right after `passnummer`, `pass nr.`, `passport no`,
  `tazkira`/`tazkera`/`taskira` (also `e-tazkira`, `tazkiraen`), `pass`, `ID-kort`, `ID-nummer`,
  `ID:`/`ID nr.`, `nasjonalt ID-nummer`, `nasjonalt nummer`, `national number`, `oppholdskort`,
  `kortnummer`, `reisedokument`, `UNHCR-saksnummer`, `kebele ID`, `familiebok`... (a colon,
  `nr.`, `no.`, `#`, or `har`/`med` and `nummeret` may stand between, or whose document and a
  comma: `reisedokumentet hans, N1234567`); groups joined by spaces,
  hyphens or slashes (`1400-0101-12345`, the e-tazkira's form).
- Dates of birth ("en fødselsdato"): a whole date (`17.05.1990`, `17/5/90`, `17. mai 1990`,
  `1990-05-17`, `1990.05.17`, `May 17, 1990`, `170590`, a Solar Hijri `1373/01/14`) after
  `født`, `fødd`, `född`, `f.`, `fdt.`, `fødselsdato`, `født den`, `date of birth`, `born`, `DOB`,
  `geboren`, `né`, `doğum tarihi`..., right after it or up to six words later in the same clause
  (no full stop, no `og`, `kom`, `ble`, `etter`... between: `født i Kabul og kom hit 12.03.2016`
  dates the arrival); before `som fødselsdato` or `(fødselsdato)`; or followed by an age
  (`17.05.1990 (34 år)`). Round 5: `Geb.`, `Geburtsdatum`, `födelsedatum`; Roman months
  (`17.III.1992`) and `17/3-92`; Solar Hijri and Ethiopian month names after a birth word
  (`26. Hut 1370`, `8. megabit 1984`); an age and a date in parentheses whose sum is a
  decision's year (`Søkeren, 32 (17.3.92)`, `17.03.1992 (32)`); a day and month in digits after
  a birth word with an age or year in the sentence before, the same or the next (`Alder: 32.
  Fødselsdag: 17.03.`); a date in words after a birth word (`født den syttende mars
  nittenhundreognittito`, the year read by `spoken.year_of`). Any other date (a decision date,
  a change date) is not a date of birth.
- Foreign phone numbers ("et utenlandsk telefonnummer"), with phonenumbers: a number with a
  country code other than +47 (`+93 70 123 4567`, `0046 70-123 45 67`, `(+963) 11 234 5678`)
  that phonenumbers finds valid (`00 963 …` with a space too), a number with its country code but
  no `+` right after `WhatsApp`, `Viber`, `Signal`, `Telegram`, `tlf`, `telefon`, `mobil`, `phone`
  (`WhatsApp: 93701234567`), and a number in the national form of a main arrival or transit
  country (a leading 0 and 9 to 12 digits: `070-123 45 67`, `0532 123 45 67`) valid there,
  for more arrival countries only when grouped (`_REGIONS_GROUPED`), and a Georgian or Chinese
  mobile written without a trunk 0 in its own grouping (`_TRUNKLESS`). A date or a time range
  (`01.05.2024`, `08.00-16.00`) never has 9 digits. A numbered road (`riksvei 1`) is no address.
- Street addresses ("en adresse"): a capitalised street name ending in `gata`, `gate`, `veien`,
  `vei`, `vegen`, `allé`, `plass`, `torget`, `gatan`, `vägen`, `vej`, `straße`... (or a name of
  a few words before `gate`, `vei`, `street`, `road`) followed by a house number and perhaps a
  letter (`Storgata 12B`, `Thorvald Meyers gate 5`), with a following `, 0368 Oslo` taken along;
  an abbreviated ending after three small letters (`Storg. 5`, `Kongensgt. 4`, `Parkv. 7`,
  `Kirkevn. 12`, `Torgpl. 2`); after an address keyword (`Hjemmeadressen er`, `Adresse:`) any
  capitalised name of up to three words and a house number of up to three digits, not a post
  box or a word of the department (`Postboks`, `Kapittel`, `Vedlegg`...); an apartment number
  (`H0302`) after `leilighet`, `leil.` or `bruksenhet`; and a Norwegian postcode, perhaps after
  `N-` or `NO-`, before the name of a Norwegian town or county in any case (`0368 Oslo`,
  `0368 OSLO`, `1279 oslo`; a town that is also a word, `ski`, `moss`, only with its capital),
  unless digits that could be a year follow a word of time (`i 2019 Oslo`). A street in small
  letters (`storgata 5`) counts when its one word ends like a street (`gata`, `veien`, `gt.`...)
  but not like an everyday word (`arbeidsplass`), and no unit follows the number (`omvei 2
  ganger`). Law sections and years have no street name.
- Vehicle registrations ("et kjennemerke"): two letters and four or five digits after
  `kjennemerke`, `registreringsnummer`, `reg.nr.`, `skiltnummer`, `bilnummer`, `skilt`
  (`_vehicles`), ranked with the document numbers.
- Round 8 (`handbook/privacy.md`): a birth word's sentence read to its end for a date
  (`_sentence_births`), East Asian dates (`_cjk_births`), an age reached on a date
  (`_age_reached_dates`), Iran's national code after its keyword (`_iranian_codes`), a house
  number in words (`_worded_addresses`).
- Round 9: a date of birth a reader computes (`_computed_births`): a birth word's date in the ISO
  week or ordinal notation or a year of the Buddhist era, an age counted in days, a birthday tied
  to the decision or another dated day.
- Personal names ("et personnavn"): in `names.py` (`names.find`), with its own notes; its
  candidates come last in `scan`'s result.

Masked forms never show the value whole: digits as `•` except the last two; letters of a
document number likewise; an address as the first letter of
the street and the number masked.

The package, by class (each module's docstring says what it holds and what it may import):
`candidates.py` (the classes' names, the candidate's form, masks, the library budget),
`numbers.py` (IBANs, accounts, identity numbers, Iranian codes), `documents.py` (document
numbers, vehicle registrations), `dates.py` (months, the date pattern, named days, a birth
date after its keyword), `births.py` (dates of birth further from their keyword),
`contacts.py` (phone numbers, addresses) and this module: the keyword reader, the trigger, the
judges' table and the entry points `scan` and `scan_checked`. Nothing in the package imports
this module.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection

from praksisbank.core.gate import caps, names
from praksisbank.core.gate.names import WHAT_NAME as WHAT_NAME  # the gate's classes, one place
from praksisbank.core.gate.personaldata import glosses
from praksisbank.core.gate.personaldata.births import (
    _age_on_day_dates,
    _age_reached_dates,
    _aged_dates,
    _cjk_births,
    _computed_births,
    _day_month_births,
    _keyword_day_months,
    _referenced_births,
    _sentence_births,
    _spelled_births,
    _worded_births,
)
from praksisbank.core.gate.personaldata.candidates import (
    BIRTH_SHOWN as BIRTH_SHOWN,
)
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_ACCOUNT as WHAT_ACCOUNT,
)
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_ADDRESS as WHAT_ADDRESS,
)
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_BIRTH as WHAT_BIRTH,
)
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_FOREIGN_ID as WHAT_FOREIGN_ID,
)
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_FOREIGN_PHONE as WHAT_FOREIGN_PHONE,
)
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_IBAN as WHAT_IBAN,
)
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_ID_DOCUMENT as WHAT_ID_DOCUMENT,
)
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_PASSPORT as WHAT_PASSPORT,
)
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_REGISTER_ENTRY as WHAT_REGISTER_ENTRY,
)
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_VEHICLE as WHAT_VEHICLE,
)
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_VIN as WHAT_VIN,
)
from praksisbank.core.gate.personaldata.candidates import (
    Candidate as Candidate,
)
from praksisbank.core.gate.personaldata.candidates import (
    _Budget,
    _by_first_letter,
)
from praksisbank.core.gate.personaldata.candidates import (
    mask_alnum as mask_alnum,
)
from praksisbank.core.gate.personaldata.candidates import (
    mask_digits as mask_digits,
)
from praksisbank.core.gate.personaldata.contacts import (
    _STREET_END,
    _apartment,
    _international,
    _keyed_phones,
    _national,
    _postcode,
    _street_address,
    _trunkless_phones,
    _worded_addresses,
)
from praksisbank.core.gate.personaldata.dates import (
    _BIRTH,
    _BIRTH_STEMS,
    _aged,
    _birth,
    _dated_keyword,
    _read_birth,
)
from praksisbank.core.gate.personaldata.documents import (
    _DOCUMENT,
    _DOCUMENT_STEMS,
    _document,
    _register_entries,
    _shaped_numbers,
    _vehicles,
)
from praksisbank.core.gate.personaldata.numbers import (
    _account,
    _foreign_identity,
    _iban,
    _iban_any_case,
    _iranian_codes,
    _keyword_accounts,
    _national_ids,
)
from praksisbank.core.gate.personaldata.numbers import iranian_code_valid as iranian_code_valid
from praksisbank.core.gate.personaldata.pointed import _pointed_births
from praksisbank.core.gate.prefilter import holds_any, lowered

_BEFORE = 60  # how far before a run of digits a keyword (with its filler) is looked for


_AFTER = 40  # how far after it the number or date may reach


# Every stem in one pattern, tried on the lower-cased characters before a run of digits.
_PHONE_STEMS = (
    "whatsapp",
    "viber",
    "signal",
    "telegram",
    "imo",
    "tlf",
    "telefon",
    "mobil",
    "phone",
)


_BIRTH_WORD = re.compile(r"ødsel|ØDSEL|dob|DOB|Dob|birth|Birth|BIRTH|umlu|г\.[ ]?р\.|р\.[ ]?н\.")
"""A keyword of a date of birth that may follow the date (`1.1.2001 som fødselsdato`)."""


_STEM = re.compile(
    f"(?P<birth>{'|'.join(map(re.escape, _BIRTH_STEMS))})"
    f"|(?P<document>{'|'.join(map(re.escape, _DOCUMENT_STEMS))})"
    f"|(?P<phone>{'|'.join(map(re.escape, _PHONE_STEMS))})"
)


# A number with its country code but no `+` after the name of a phone or messaging service
# (`WhatsApp: 93701234567`): valid in that country, and not Norway's.
_BARE_INTERNATIONAL = re.compile(
    r"(?i)(?<![\w])(?:whatsapp|viber|signal|telegram|imo|tlf\.?|telefon(?:nummer)?|mobil(?:nummer)?"
    r"|phone)(?:[ \u00a0]*(?:nr\.?|no\.?|nummer|number))?[ \u00a0:.#=-]{1,4}"
    r"(?P<number>[1-9][0-9]{9,14})(?![0-9])"
)


def _bare_international(match: re.Match[str]) -> Candidate | None:
    import phonenumbers

    digits = match.group("number")
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return None
    if number.country_code == 47 or not phonenumbers.is_valid_number(number):
        return None
    national = str(number.national_number)
    shown = f"+{number.country_code} " + mask_digits(national)
    return match.start("number"), match.end("number"), WHAT_FOREIGN_PHONE, shown, digits


_ANY_STEM = re.compile(_by_first_letter((*_BIRTH_STEMS, *_DOCUMENT_STEMS, *_PHONE_STEMS)))
"""Whether `_STEM` finds anything at all (most runs of digits have no stem before them)."""


def may_cue(text: str) -> bool:
    """Whether ``text`` may hold the keyword of a date of birth, a document or a phone number
    (a stem of one, any case): false only when no keyword can stand in it."""
    return _ANY_STEM.search(lowered(text)) is not None


def _after_keyword(
    text: str, at: int, found: list[list[Candidate]], seen: set[int], read: set[int]
) -> None:
    """Dates of birth and document numbers after their keyword, near the digits at `at`: the
    pattern is tried only where a stem stands in the characters before them. A birth keyword's
    date is read token by token once (`read`: where it was): the reading depends on nothing but
    where the keyword stands, and what it found was kept then or ended before these digits."""
    lo = max(0, at - _BEFORE)
    window = text[lo:at].lower()
    if _ANY_STEM.search(window) is None:
        return
    for stem in _STEM.finditer(window):
        if stem.lastgroup == "birth":
            pattern, judge, index = _BIRTH, _birth, BIRTH
        elif stem.lastgroup == "phone":
            pattern, judge, index = _BARE_INTERNATIONAL, _bare_international, FOREIGN_PHONE
        else:
            pattern, judge, index = _DOCUMENT, _document, DOCUMENT
        if caps.full(found[index]):
            continue
        match = pattern.match(text, lo + stem.start(), at + _AFTER)
        candidate = None if match is None else judge(match)
        if candidate is None and index == BIRTH and lo + stem.start() not in read:
            read.add(lo + stem.start())
            candidate = _read_birth(text, lo + stem.start())
        if candidate is not None and candidate[0] not in seen and candidate[1] > at:
            seen.add(candidate[0])
            found[index].append(candidate)


# Where a candidate of a class that is not found by its keyword can start, as one pattern: its
# first character is a character class, so the engine skips every other character in C, and the
# conditions after it are tested only at digits, `+`, `(` and capitals. Python sees only these.
_TRIGGER = re.compile(
    r"[0-9+(]"
    r"(?:(?<=[0-9])(?<![0-9]{2})(?P<digit>"
    # (the first digit is taken: these conditions look at what follows it)
    r"(?=[0-9]{3}[ .\u00a0-]?[0-9]{2}[ .\u00a0-]?[0-9]{5})"  # an account number
    r"|(?=[0-9]{5}[-+A-FU-Y]?[0-9]{3}|[0-9]{7}[-+][0-9]{4})"  # a foreign identity number
    r"|(?<=0)(?=(?:[ .\u00a0/()-]{0,2}[0-9]){8})"  # a phone number in national form, or 00...
    r"|(?=[0-9]?(?:[./-]|,[ \u00a0]?)[0-9]{1,2}(?:[./-]|,[ \u00a0]?)[0-9]{2}"  # a date
    r"|[0-9]{3}[-./][0-9]{1,2}[-./][0-9]{1,2})"
    # a letter before, or one or two spaces or marks after a letter: a house number, a date or
    # document number after its keyword; one or two capitals that start a word (an IBAN's
    # country code, a passport number's letters). Not a digit inside a token (`a1b2`, base64).
    r"|(?<=[^\W\d_][ \u00a0:.,*_(#°º№\u1366-][0-9])"
    r"|(?<=[^\W\d_][ \u00a0:.,*_()\]#°º№\u1366\n-]{2}[0-9])"
    r"|(?<=[^\W\d_][ \u00a0:.,*_()\]#°º№\u1366\n-]{3}[0-9])"  # `familieboka (syrisk): 1234567`
    r"|(?<=[^0-9A-Za-z][A-Z][0-9])|(?<=[^0-9A-Za-z][A-Za-z]{2}[0-9])"
    # a Cyrillic series before the digits (`ЕК123456`, a Ukrainian passport)
    r"|(?<=[^\w][А-ЯЁЄІЇҐ][0-9])|(?<=[^\w][А-ЯЁЄІЇҐ]{2}[0-9])|(?<=[^\w][А-ЯЁЄІЇҐ]{3}[0-9])"
    r"|(?<=\A[A-Z][0-9])|(?<=\A[A-Za-z]{2}[0-9])"
    r"|(?=[0-9]{0,2}[ \u00a0]*år(?![\w]))"  # an age
    r"|(?=[0-9]{3}[ \u00a0]+[^\W\d_])"  # a postcode
    r")"
    r"|(?<=\+)(?=[ \u00a0]?[1-9])|(?<=\()(?=[ \u00a0]?(?:\+|00|0[1-9])))"
)


_Judge = Callable[[str, int, _Budget], "Candidate | None"]


# The classes judged at a digit, strongest first: (index in `scan`'s result, judge). Which of
# them are tried is decided from the characters around the digit (`_judges`).
_LONG: tuple[tuple[int, _Judge], ...] = (
    (1, _account),
    (2, _foreign_identity),
    (5, _international),
    (5, _national),
)


_STREET_WORDS = (
    *_STREET_END.split("|"),
    "street",
    "road",
    "avenue",
    "gt.",
    "g.",
    "v.",
    "vn.",
    "pl.",
)


_LONG_RUN = re.compile(  # what the trigger's conditions for these classes ask for
    r"[0-9]{4}[ .\u00a0-]?[0-9]{2}[ .\u00a0-]?[0-9]{5}|[0-9]{6}[-+A-FU-Y]?[0-9]{3}|[0-9]{8}[-+]"
    r"|0(?:[ .\u00a0/()-]{0,2}[0-9]){8}"
)


_NOT_LETTERS = "0123456789 .,:;-/()*_\u00a0\n"


def _judges(text: str, at: int) -> list[tuple[int, _Judge]]:
    """The judges worth trying at the digit at `at` (each would refuse the others at once)."""
    judges: list[tuple[int, _Judge]] = []
    if at >= 2 and "A" <= text[at - 2] <= "Z" and "A" <= text[at - 1] <= "Z":
        judges.append((0, _iban))
    elif at >= 2 and "a" <= text[at - 2].lower() <= "z" and "a" <= text[at - 1].lower() <= "z":
        judges.append((0, _iban_any_case))
    if _LONG_RUN.match(text, at) is not None:
        judges += _LONG
    if "år" in text[at : at + 8]:
        judges.append((4, _aged))
    shape = text[at + 1 : at + 5]  # a date's separator soon after its first digit
    if any(sep in shape for sep in "./-,") and _BIRTH_WORD.search(text, at, at + 48):
        judges.append((4, _dated_keyword))
    if at >= 2 and text[at - 1] in " \u00a0" and (text[at - 2].isalpha() or text[at - 2] == "."):
        words = text[max(0, at - 40) : at - 1].rsplit(None, 2)
        word = words[-1].lower()
        if word in ("nummer", "nr.", "nr", "no.") and len(words) > 1:  # `Storgata nummer 12`
            word = words[-2].lower()
        # the word before the number names a street, or an address keyword stands before it
        named = word.endswith(_STREET_WORDS)
        if named or "dress" in text[max(0, at - 60) : at].lower():
            judges.append((6, _street_address))
    if at >= 2 and text[at - 1] in "HKLU" and not text[at - 2].isalnum():
        judges.append((6, _apartment))
    if text[at + 4 : at + 5] in (" ", "\u00a0"):
        judges.append((6, _postcode))
    return judges


IBAN_CLASS, ACCOUNT, FOREIGN_ID, DOCUMENT, BIRTH, FOREIGN_PHONE, ADDRESS, NAME = range(8)


CHECKED_CLASSES = (IBAN_CLASS, ACCOUNT, FOREIGN_ID)
"""The classes of ``scan`` whose numbers carry check digits."""


def scan_checked(text: str) -> list[Candidate]:
    """Every candidate ``scan`` proposes for ``CHECKED_CLASSES``, or more: the same judges at
    the same digits, and the national identity numbers, with the budget spent from the start (a
    spent budget keeps what a pattern found without asking the library, so a candidate ``scan``
    would propose is never missed). Without the other classes' judges, dates of birth and names
    it costs a fraction of ``scan``: the rendered-text gate's proof that a table read with its
    cells side by side holds no such number (``rendered/cells.py``). Keep it in step with ``scan``:
    ``tests/test_gate_cost.py`` compares the two."""
    found: list[Candidate] = []
    budget = _Budget(0)
    keyworded: list[list[Candidate]] = [[] for _ in range(8)]
    seen: set[int] = set()
    read: set[int] = set()
    for trigger in _TRIGGER.finditer(text):
        if trigger.lastgroup != "digit":
            continue  # a foreign phone number's start: no class with check digits
        at = trigger.start()
        for index, judge in _judges(text, at):
            if index in CHECKED_CLASSES:
                candidate = judge(text, at, budget)
                if candidate is not None:
                    found.append(candidate)
        if text[max(0, at - _BEFORE) : at].strip(_NOT_LETTERS):  # a national number's keyword
            _after_keyword(text, at, keyworded, seen, read)
    national = [c for c in keyworded[DOCUMENT] + _shaped_numbers(text) if c[2] == WHAT_FOREIGN_ID]
    return found + national + _keyword_accounts(text) + _national_ids(text) + _iranian_codes(text)


def scan(
    text: str, known_names: Collection[str] = (), *, glossed: bool = True
) -> list[list[Candidate]]:
    """The candidates of every class, one list a class, in the order of the names above; with
    `glossed`, also the dates of birth and names a gloss keeps apart from their cue
    (`glosses.py`)."""
    found: list[list[Candidate]] = [[] for _ in range(8)]
    seen: set[int] = set()
    read: set[int] = set()
    budget = _Budget()
    keyworded = (found[BIRTH], found[DOCUMENT], found[FOREIGN_PHONE])
    triggers = _TRIGGER.finditer(text) if holds_any(text, "0123456789+(") else ()
    for trigger in triggers:
        at = trigger.start()
        if trigger.lastgroup != "digit":
            if caps.full(found[FOREIGN_PHONE]):
                continue  # (a class past its cap is not read: `caps.py`)
            candidate = _international(text, at, budget) or _national(text, at, budget)
            if candidate is not None:
                found[FOREIGN_PHONE].append(candidate)
            continue
        for index, judge in _judges(text, at):
            if caps.full(found[index]):
                continue
            candidate = judge(text, at, budget)
            if candidate is not None:
                found[index].append(candidate)
        if not all(map(caps.full, keyworded)) and text[max(0, at - _BEFORE) : at].strip(
            _NOT_LETTERS
        ):  # a keyword needs letters
            _after_keyword(text, at, found, seen, read)
    found[ACCOUNT] += _keyword_accounts(text)
    found[FOREIGN_ID] += _national_ids(text) + _iranian_codes(text)
    found[FOREIGN_PHONE] += _trunkless_phones(text)
    if not caps.full(found[FOREIGN_PHONE]):
        found[FOREIGN_PHONE] += _keyed_phones(text)  # `Russisk nummer: 8 912 …`
    found[DOCUMENT] += _vehicles(text)  # (a registration ranks with the documents' numbers)
    if not caps.full(found[DOCUMENT]):
        found[DOCUMENT] += _register_entries(text)  # `jeld 212, safha 45, sabt 3321`
    # an e-tazkira by its shape (as a national number after its keyword), a VIN after its own
    found[DOCUMENT] += _shaped_numbers(text)
    found[ADDRESS] += _worded_addresses(text)
    for births in (
        _day_month_births,
        _aged_dates,
        _keyword_day_months,
        _worded_births,
        _age_reached_dates,
        _age_on_day_dates,
        _sentence_births,
        _cjk_births,
        _computed_births,
        _referenced_births,
        _spelled_births,
        _pointed_births,
    ):
        if not caps.full(found[BIRTH]):
            spans = {(start, end) for start, end, *_ in found[BIRTH]}
            # a date two readers find (a birth word's sentence and its keyword) counts once
            # towards the cap: 90 reviewed dates and their markers stay under it
            found[BIRTH] += [c for c in births(text) if (c[0], c[1]) not in spans]
    found[NAME] = names.find(text, known_names)
    if glossed:
        _past_glosses(text, known_names, found)
    return found


def _past_glosses(text: str, known_names: Collection[str], found: list[list[Candidate]]) -> None:
    """The dates of birth and names after a cue and a gloss (`Fødselsdato (ifølge passet):
    03.04.1994`): the sentences read again with the gloss taken out; what ends past the gloss
    is added at its original offsets."""
    windows = glosses.unglossed(text)
    if not windows:
        return
    joined, starts = glosses.joined(windows)
    again = scan(joined, known_names, glossed=False)
    for index in (BIRTH, NAME):
        spans = {(c[0], c[1]) for c in found[index]}
        for start, end, what, masked, canonical in again[index]:
            at = bisect.bisect_right(starts, start) - 1
            window = windows[at]
            gloss_at = starts[at] + len(window.said)
            if end <= gloss_at:
                continue  # before the gloss: read where it stands
            begin = window.back(starts[at], start, is_end=False)
            stop = window.back(starts[at], end, is_end=True)
            if begin is None or stop is None or (begin, stop) in spans:
                continue
            spans.add((begin, stop))
            found[index].append((begin, stop, what, masked, canonical))
