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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection
from functools import cache, lru_cache

import pycountry
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.fi import hetu
from stdnum.no import kontonr
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.ua import rntrc

from praksisbank.core.base.dates import is_date
from praksisbank.core.gate import caps, names, numerals, prefilter, spoken
from praksisbank.core.gate.names import WHAT_NAME as WHAT_NAME  # the gate's classes, one place
from praksisbank.core.gate.places import NORWEGIAN_TOWNS as _NORWEGIAN_TOWNS
from praksisbank.core.gate.places import fold as _fold
from praksisbank.core.gate.prefilter import Keyed, has_digit, holds_any, lowered_alike, may_hold

WHAT_IBAN = "et IBAN-nummer"
WHAT_ACCOUNT = "et kontonummer"
WHAT_FOREIGN_ID = "et utenlandsk identitetsnummer"
WHAT_PASSPORT = "et passnummer"
WHAT_ID_DOCUMENT = "et ID-nummer"
WHAT_BIRTH = "en fødselsdato"
WHAT_FOREIGN_PHONE = "et utenlandsk telefonnummer"
WHAT_ADDRESS = "en adresse"
WHAT_VEHICLE = "et kjennemerke"

Candidate = tuple[int, int, str, str, str]  # start, end, what, masked, canonical

_MASK = str.maketrans("0123456789", "•" * 10)
_LAST_TWO = re.compile(r"[0-9][^0-9]*[0-9][^0-9]*\Z")
_LAST_TWO_ALNUM = re.compile(r"[0-9A-Za-z][^0-9A-Za-z]*[0-9A-Za-z][^0-9A-Za-z]*\Z")


def mask_digits(text: str) -> str:
    """Every digit as `•`, except the last two."""
    keep = _LAST_TWO.search(text)
    cut = keep.start() if keep else len(text)
    return text[:cut].translate(_MASK) + text[cut:]


def mask_alnum(text: str) -> str:
    """Every letter and digit as `•`, except the last two."""
    keep = _LAST_TWO_ALNUM.search(text)
    cut = keep.start() if keep else len(text)
    return re.sub(r"[0-9A-Za-z]", "•", text[:cut]) + text[cut:]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if "0" <= ch <= "9")


# -- IBAN and account numbers -------------------------------------------------------------------

# Starts at the first check digit (digits are rare in prose, so the engine skips ahead in C); the
# country code is checked behind it.
_IBAN = re.compile(
    r"[0-9](?<=[A-Z]{2}[0-9])(?<![0-9A-Za-z][A-Z]{2}[0-9])[0-9](?:[ \u00a0-]?[0-9A-Z]){11,30}"
    r"(?![0-9A-Za-z])"
)


class _Budget:
    """How many more candidates one scan may hand to a library (schwifty, phonenumbers). A text
    with more number-like strings than that is not a decision: past the budget a candidate the
    pattern found is reported without the library's word (the gate errs on the safe side), so a
    hostile 1 MB file costs seconds, not minutes."""

    __slots__ = ("left",)

    def __init__(self, left: int = 1000) -> None:
        self.left = left

    def spend(self) -> bool:
        """Whether the library may be asked (False: the budget is spent)."""
        self.left -= 1
        return self.left >= 0


# schwifty and phonenumbers are imported when a candidate needs them (not at start-up: together
# about 0.1 s of CPU in every process of a check, for texts that mostly have no such number).


def _iban_length(country: str) -> int | None:
    from schwifty import registry
    from schwifty.exceptions import SchwiftyException

    try:
        return int(registry.get_iban_spec(country).iban_length)
    except (KeyError, AttributeError, SchwiftyException):
        return None


def _is_iban(compact: str) -> bool:
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    try:
        IBAN(compact)
    except (SchwiftyException, ValueError):
        return False
    return True


def _mod97(compact: str) -> bool:
    """ISO 13616's check: the IBAN moved four characters and read as a number is 1 modulo 97."""
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def _iban(text: str, at: int, budget: _Budget) -> Candidate | None:
    match = _IBAN.match(text, at)
    if match is None:
        return None
    begin = match.start() - 2
    chunk = text[begin : match.end()]
    positions = [i for i, ch in enumerate(chunk) if ch not in " \u00a0-"]
    whole = "".join(chunk[i] for i in positions)
    # the check digits first (no library); then the country's length: a following capitalised
    # code may have been taken by the pattern
    if not any(_mod97(whole[:n]) for n in range(15, min(len(whole), 34) + 1)):
        return None
    size = _iban_length(whole[:2])
    if size is None or len(whole) < size or not _mod97(whole[:size]):
        return None
    compact = whole[:size]
    if budget.spend() and not _is_iban(compact):
        return None
    shown = chunk[: positions[size - 1] + 1]
    return begin, begin + len(shown), WHAT_IBAN, shown[:2] + mask_alnum(shown[2:]), compact


_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _iban_any_case(text: str, at: int, budget: _Budget) -> Candidate | None:
    """An IBAN written in small letters (`no93 8601 1117 947`): read in capitals (ASCII only,
    so offsets stay)."""
    lo = max(0, at - 3)
    found = _iban(text[lo : at + 48].translate(_ASCII_UPPER), at - lo, budget)
    if found is None:
        return None
    start, end, what, masked, canonical = found
    return start + lo, end + lo, what, masked, canonical


_ACCOUNT = re.compile(
    r"[0-9](?<![0-9A-Za-z.,/-][0-9])[0-9]{3}(?P<sep>[ .\u00a0-]?)[0-9]{2}(?P=sep)[0-9]{5}"
    r"(?![0-9]|[.,-][0-9])"
)


def _account(text: str, at: int, budget: _Budget) -> Candidate | None:
    match = _ACCOUNT.match(text, at)
    if match is None:
        return None
    digits = _digits(match.group())
    if not kontonr.is_valid(digits) and not _ACCOUNT_WORD.search(text, max(0, at - 40), at):
        return None
    return match.start(), match.end(), WHAT_ACCOUNT, mask_digits(match.group()), digits


_ACCOUNT_WORD = re.compile(
    r"(?i)(?<![\w])(?:bank)?(?:konto|kontonummer|kontonr\.?|account)(?:en|et|er|s)?"
    r"(?:[ \u00a0]+(?:hans|hennes|nr\.?|nummer|no\.?|er|var))*[ \u00a0:.#]*\Z"
)
"""The keyword of an account number right before it (`Kontoen 1503.12.34567`): after it, a number
shaped as one (4-2-5) is one whether its check digit is right or not; a reader sees an account."""


_KEYWORD_ACCOUNT = re.compile(
    r"(?i)(?<![\w])(?:bank[ \u00a0-]?)?(?:konto(?:nummer|nr\.?)?|iban|account|hesab"
    r"|\u062d\u0633\u0627\u0628|\u0631\u0642\u0645[ \u00a0]+\u0627\u0644\u062d\u0633\u0627\u0628)"
    r"(?:-?(?:en|et|er|s|nummeret|nummer|number|no\.?|nr\.?)(?![\w]))?"
    r"(?:[ \u00a0]+(?:hans|hennes|nr\.?|nummer|number|no\.?|er|var|is|was|in|i|p\u00e5)(?![\w]))*"
    r"[ \u00a0]*[:.#]?[ \u00a0]*"
    r"(?P<value>(?:[A-Za-z]{2}[0-9]{2}|[0-9])[0-9A-Za-z]*+(?:[ \u00a0-](?:"
    r"(?=[0-9A-Za-z]*[0-9])[0-9A-Za-z]++|[A-Z]{2,4}(?![0-9A-Za-z])))*+)(?![.,][0-9])"
)
"""An account of any country after its keyword (``konto``, ``kontonummer``, ``IBAN``,
``account``, Arabic and Dari ``\u062d\u0633\u0627\u0628``): two letters, two check digits and
at least eight more characters (an IBAN of a country schwifty does not know: ``SY21 0020 …``,
``AF12 AIB0 …``), or ten or more digits and letters from a digit. A reader sees a bank account
whether or not a library knows its country."""
_ACCOUNT_KEYWORDS = ("konto", "iban", "account", "hesab", "\u062d\u0633\u0627\u0628")
"""Every match of `_KEYWORD_ACCOUNT` holds one of these (lower-cased), and a digit."""
_KEYWORD_ACCOUNT_AT = Keyed(_KEYWORD_ACCOUNT, ("bank", *_ACCOUNT_KEYWORDS, "\u0631\u0642\u0645"))
"""`_KEYWORD_ACCOUNT` tried only where it can start (`bank`, a keyword, Arabic ``رقم``)."""
_ACCOUNT_DIGITS = 8
"""The fewest digits a value after an account keyword holds to be an account (``IBAN-nummeret
er ukjent``, ``kontoen ble stengt i 2019`` hold none or a year)."""
_ACCOUNT_LENGTH = 10
"""The fewest digits and letters of an account after its keyword (groups of digits and
letters, each group with a digit or a bank code of two to four capitals)."""
_YEARS = re.compile(r"(?:(?:19|20)[0-9]{2}[ \u00a0-]?)+")
"""Years one after another (``konto 2019 2020 2021``): no account."""
_AMOUNT_AFTER = re.compile(r"(?i)[ \u00a0]*(?:kr\b|kroner|nok\b|,-|euro|dollar|usd|eur\b)")


def _keyword_accounts(text: str) -> list[Candidate]:
    """Accounts of any country after an account keyword (`_KEYWORD_ACCOUNT`); not an amount
    (a currency after the digits)."""
    found: list[Candidate] = []
    if not has_digit(text) or not may_hold(text, _ACCOUNT_KEYWORDS):
        return found
    for match in _KEYWORD_ACCOUNT_AT.finditer(text):
        value = match.group("value")
        compact = re.sub(r"[ \u00a0-]", "", value)
        if len(compact) < _ACCOUNT_LENGTH or sum(ch.isdigit() for ch in compact) < _ACCOUNT_DIGITS:
            continue
        if _AMOUNT_AFTER.match(text, match.end()) or _YEARS.fullmatch(value):
            continue
        shown = (
            compact[:2].upper() + mask_alnum(compact[2:])
            if compact[:2].isalpha()
            else mask_alnum(compact)
        )
        found.append(
            (match.start("value"), match.end("value"), WHAT_ACCOUNT, shown, compact.upper())
        )
    return found


# -- foreign identity numbers -------------------------------------------------------------------

_FOREIGN_ID = re.compile(
    r"[0-9](?<![0-9A-Za-z.,/-][0-9])(?:"
    r"[0-9]{5}[-+A-FU-Y][0-9]{3}[0-9A-Y]"  # Finland
    r"|(?:[0-9]{7}|[0-9]{5})[-+][0-9]{4}"  # Sweden (with or without the century), Denmark
    r"|[0-9]{9,11}"  # a whole run of 10 to 12 digits
    r")(?![0-9A-Za-z]|[.,-][0-9])"
)


_CENTURY_SIGNS = frozenset("-+ABCDEFUVWXY")  # a Finnish number's seventh character


def _foreign_id(value: str) -> bool:
    digits = _digits(value)
    if len(value) == 11 and value[6] in _CENTURY_SIGNS:
        return bool(hetu.is_valid(value)) or (value[6] in "-+" and _nordic(value))
    return _nordic(value) if not value.isdigit() else _plain_id(digits)


def _nordic(value: str) -> bool:
    if personnummer.is_valid(value):
        return True
    return "-" in value and len(value) == 11 and bool(cpr.is_valid(value))


def _plain_id(digits: str) -> bool:
    if len(digits) == 10:
        return bool(rntrc.is_valid(digits) or personnummer.is_valid(digits))
    if len(digits) == 11:
        return bool(tckimlik.is_valid(digits) or pesel.is_valid(digits) or idnr.is_valid(digits))
    if len(digits) == 12:
        return bool(inn.is_valid(digits) or personnummer.is_valid(digits))
    return False


def _foreign_identity(text: str, at: int, budget: _Budget) -> Candidate | None:
    match = _FOREIGN_ID.match(text, at)
    if match is None or not _foreign_id(match.group()):
        return None
    value = match.group()
    return match.start(), match.end(), WHAT_FOREIGN_ID, mask_alnum(value), re.sub("[-+]", "", value)


# National identity numbers of more countries, each found by its own shape and check (stdnum).
# Which modules: every one python-stdnum has for the number a state gives a person for life
# (personal, citizen, birth or resident number; not a tax, VAT, company or document number) in
# the EU/EEA, Switzerland and the United Kingdom, and in the countries people come from to seek
# asylum in Norway that stdnum knows (Pakistan, China, India, Israel, Brazil, Korea...). A shape
# whose check lets one ordinary number in eleven or more through (a plain 9-digit number: the
# Dutch BSN, the Israeli number; the Croatian OIB; the NHS number; a Pakistani CNIC without its
# hyphens, which has no check digit) counts only after its keyword.
_NATIONAL_ID = re.compile(
    r"[0-9](?<![0-9A-Za-z.,/-][0-9])(?:"
    r"(?P<cnic>[0-9]{4}-[0-9]{7}-[0-9])"  # Pakistan, 5-7-1
    r"|(?P<cpf>[0-9]{2}\.[0-9]{3}\.[0-9]{3}-[0-9]{2})"  # Brazil, 3.3.3-2
    r"|(?P<nn>[0-9]\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2})"  # Belgium, yy.mm.dd-ddd.dd
    r"|(?P<ahv>(?<=7)56\.[0-9]{4}\.[0-9]{4}\.[0-9]{2})"  # Switzerland, 756.dddd.dddd.dd
    r"|(?P<nir>[ \u00a0][0-9]{2}[ \u00a0][0-9]{2}[ \u00a0](?:[0-9]{2}|2[AB])[ \u00a0][0-9]{3}"
    r"[ \u00a0][0-9]{3}[ \u00a0][0-9]{2})"  # France, 1 85 05 78 006 084 36
    r"|(?P<aadhaar>[0-9]{3}[ \u00a0][0-9]{4}[ \u00a0][0-9]{4})"  # India, 4-4-4
    r"|(?P<vnr>[0-9]{3}[ \u00a0][0-9]{6})"  # Austria, dddd ddmmyy
    r"|(?P<cc>[0-9]{7}[ \u00a0]?[0-9][ \u00a0]?[A-Z]{2}[0-9])"  # Portugal, 8 1 AA1
    r"|(?P<dni>[0-9]{7}-?[A-Z])"  # Spain, 8 digits and a letter
    r"|(?P<pps>[0-9]{6}[A-W][A-IW]?)"  # Ireland, 7 digits and one or two letters
    r"|(?P<dashed>[0-9]{5}[-/][0-9]{3,7})"  # yymmdd-… (Korea, Latvia, Iceland, Czech, Slovak)
    r"|(?P<plain>[0-9]{8,17}X?)"  # a whole run of 9 to 18 digits (China's may end in X)
    r")(?![0-9A-Za-z]|[.,/-][0-9A-Za-z])"
)
_NATIONAL_ID_LETTERS = re.compile(
    r"[A-Z](?<![0-9A-Za-z][A-Z])(?:"
    r"(?<=[XYZ])(?P<nie>-?[0-9]{7}-?[A-Z])"  # Spain, for foreigners
    r"|(?P<cf>[A-Z]{5}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z]"
    r"[0-9LMNPQRSTUV]{3}[A-Z])"  # Italy, codice fiscale
    r")(?![0-9A-Za-z])"
)
_NATIONAL_ID_WORD = re.compile(
    r"(?i)(?<![\w])(?:cnic|nicop|bsn|burgerservicenummer|oib|nhs(?:[ \u00a0-]?(?:no\.?|number"
    r"|nummer))?|teudat[ \u00a0]zehut|zehut|mispar[ \u00a0]zehut|national[ \u00a0]identity"
    r"(?:[ \u00a0]card)?|personal[ \u00a0](?:id|number|code)|identity[ \u00a0](?:card|number)"
    r"|identitetsnummer|personnummer|id-nummer|id-kort|nasjonalt[ \u00a0]id)"
    r"[\w-]*(?:[ \u00a0]+(?:nummer|nr\.?|no\.?|number|er|var|is|was|hans|hennes|sitt))*"
    r"[ \u00a0:#=*_]*\Z"
)
"""A keyword right before a number whose shape and check alone would hit ordinary numbers."""


@cache
def _national_id_checks() -> dict[str, tuple[tuple[Callable[[str], bool], bool], ...]]:
    """Per shape (plain and dashed ones by their number of digits): the checks that may find a
    number of that shape, each with whether it needs a keyword."""
    from stdnum.at import vnr
    from stdnum.be import nn
    from stdnum.bg import egn
    from stdnum.br import cpf
    from stdnum.ch import ssn as ahv
    from stdnum.cn import ric
    from stdnum.cz import rc
    from stdnum.ee import ik
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.gb import nhs
    from stdnum.gr import amka
    from stdnum.hr import oib
    from stdnum.ie import pps
    from stdnum.il import idnr as il_idnr
    from stdnum.in_ import aadhaar
    from stdnum.is_ import kennitala
    from stdnum.iso7064 import mod_11_2
    from stdnum.it import codicefiscale
    from stdnum.kr import rrn
    from stdnum.lt import asmens
    from stdnum.lv import pvn
    from stdnum.nl import bsn
    from stdnum.pk import cnic
    from stdnum.pt import cc
    from stdnum.ro import cnp
    from stdnum.si import emso

    def latvian(value: str) -> bool:  # a person's code, not a company's VAT number
        return value[:1] in "0123" and bool(pvn.is_valid(value))

    def person(module: object) -> Callable[[str], bool]:
        def valid(value: str) -> bool:
            try:
                return bool(module.is_valid(value))  # type: ignore[attr-defined]
            except (KeyError, ValueError, IndexError):  # a check that fails on odd input
                return False

        return valid

    def chinese(value: str) -> bool:
        try:
            return bool(ric.is_valid(value))
        except KeyError:  # a region code stdnum's table lacks: its check digit decides
            return bool(mod_11_2.is_valid(value))

    def kennitala_person(value: str) -> bool:
        return bool(kennitala.is_valid(value)) and value[:1] in "0123"

    alone, keyword = False, True
    return {
        "cnic": ((person(cnic), alone),),
        "cpf": ((person(cpf), alone),),
        "nn": ((person(nn), alone),),
        "ahv": ((person(ahv), alone),),
        "nir": ((person(nir), alone),),
        "aadhaar": ((person(aadhaar), alone),),
        "vnr": ((person(vnr), alone),),
        "cc": ((person(cc), alone),),
        "dni": ((person(dni), alone),),
        "nie": ((person(nie), alone),),
        "pps": ((person(pps), alone),),
        "cf": ((person(codicefiscale), alone),),
        "9": ((person(bsn), keyword), (person(il_idnr), keyword)),
        "10": (
            (person(egn), alone), (person(rc), alone), (person(vnr), alone),
            (kennitala_person, alone), (person(nhs), keyword),
        ),
        "11": (
            (person(ik), alone), (person(asmens), alone), (person(nn), alone),
            (person(cpf), alone), (person(amka), alone), (latvian, alone), (person(oib), keyword),
        ),
        "12": ((person(aadhaar), alone),),
        "13": ((person(cnp), alone), (person(rrn), alone), (person(emso), alone),
               (person(cnic), keyword)),
        "15": ((person(nir), alone),),
        "18": ((chinese, alone),),
    }  # fmt: skip


def _national_id_candidate(text: str, match: re.Match[str]) -> Candidate | None:
    shape = match.lastgroup or ""
    value = match.group()
    compact = re.sub(r"[^0-9A-Za-z]", "", value).upper()
    if shape in ("plain", "dashed"):
        shape = str(len(compact))
    found = _valid_national_id(shape, compact)
    if not found:
        return None
    if found == "keyword":
        before = text[max(0, match.start() - 40) : match.start()]
        if _NATIONAL_ID_WORD.search(before) is None:
            return None
    return match.start(), match.end(), WHAT_FOREIGN_ID, mask_alnum(value), compact


@lru_cache(maxsize=8192)
def _valid_national_id(shape: str, compact: str) -> str:
    """Whether a check of `shape` finds `compact` valid: ``"alone"``, ``"keyword"`` (only with
    its keyword before it) or ``""`` (cached: stdnum cleans every number it is given, some
    50 µs a check)."""
    found = ""
    for check, needs_keyword in _national_id_checks().get(shape, ()):
        if (not needs_keyword or not found) and check(compact):
            if not needs_keyword:
                return "alone"
            found = "keyword"
    return found


def _national_ids(text: str) -> list[Candidate]:
    """The national identity numbers of `_national_id_checks` in `text`. Past `_Budget`'s
    number of candidates, the next one is reported unchecked and the scan stops: a text with a
    thousand numbers of these shapes is not a decision, and is refused at its first unchecked
    one (stdnum takes some 50 µs a check: 1 MB of distinct numbers would take half a minute)."""
    found: list[Candidate] = []
    budget = _Budget()
    # (`_NATIONAL_ID` starts with a digit; a codice fiscale may be letters only)
    patterns = (_NATIONAL_ID, _NATIONAL_ID_LETTERS) if has_digit(text) else (_NATIONAL_ID_LETTERS,)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if not budget.spend():
                value = match.group()
                compact = re.sub(r"[^0-9A-Za-z]", "", value).upper()
                found.append(
                    (match.start(), match.end(), WHAT_FOREIGN_ID, mask_alnum(value), compact)
                )
                return found
            candidate = _national_id_candidate(text, match)
            if candidate is not None:
                found.append(candidate)
    return found


# Iran's national code (kod-e melli): ten digits, the last a check digit (python-stdnum has no
# module for it). The published rule: the first nine digits weighted 10 down to 2, the sum modulo
# 11; a remainder below 2 is the check digit itself, any other one 11 minus it. Ten equal digits
# are no code. After its keyword only (one ten-digit number in eleven passes the check), in the
# Persian order (`kod-e melli`, `code melli`) or the Norwegian one (`Melli-kode`, `melli kode`).
_IRANIAN_CODE = re.compile(
    r"(?i)(?<![\w])(?:[kc]o?de?[ \u00a0-]?(?:e[ \u00a0-])?mell?i"
    # the Norwegian order, the qualifier first (`Melli-kode`, `melli kode`, `melli-koden`)
    r"|mell?i[ \u00a0-]?(?:[kc]ode(?:n|r)?|kod|kort(?:et)?|nummer(?:et)?)(?![\w])"
    r"|shomare?h?[ \u00a0-]?(?:ye?[ \u00a0-])?mell?i|kart[ \u00a0-]?(?:e[ \u00a0-])?mell?i"
    r"|\u06a9\u062f[ \u00a0]?\u0645\u0644\u06cc"
    r"|\u0634\u0645\u0627\u0631\u0647[ \u00a0]?\u0645\u0644\u06cc"
    r"|iransk[ \u00a0]nasjonal[ \u00a0]?kode)"
    # `nr.`, `er`, `hans`… between, in any order (`Melli-kortet hans har nummer`)
    r"(?:[ \u00a0]*(?:nr\.?|no\.?|nummer(?:et)?)"
    r"|[ \u00a0]+(?:er|var|hans|hennes|is|har|has|med)(?![\w])){0,4}[ \u00a0:#=]*"
    r"(?P<code>[0-9]{3}-?[0-9]{6}-?[0-9])(?![0-9]|[.,/-][0-9])"
)
_IRANIAN_WORDS = (
    "melli", " meli", "-meli", "emeli", "\u0645\u0644\u06cc", "nasjonal kode", "nasjonalkode",
)  # fmt: skip
"""Every match of `_IRANIAN_CODE` holds one of these (lower-cased)."""


def iranian_code_valid(digits: str) -> bool:
    """Whether ten digits are a valid Iranian national code (the check digit rule above)."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    rest = sum(int(digits[i]) * (10 - i) for i in range(9)) % 11
    return int(digits[9]) == (rest if rest < 2 else 11 - rest)


def _iranian_codes(text: str) -> list[Candidate]:
    """Iranian national codes after their keyword (see `_IRANIAN_CODE`)."""
    found: list[Candidate] = []
    if not has_digit(text) or not may_hold(text, _IRANIAN_WORDS):
        return found
    for match in _IRANIAN_CODE.finditer(text):
        code = match.group("code")
        digits = _digits(code)
        if iranian_code_valid(digits):
            found.append(
                (match.start("code"), match.end("code"), WHAT_FOREIGN_ID, mask_digits(code), digits)
            )
    return found


# -- document numbers after their keyword ------------------------------------------------------

_NUMBER_WORDS = (
    "n[°º]|numéro|nummer|nr\\.?|no\\.?|номер|№|numarası|no'su|lambarka|lambar"
    "|\u0631\u0642\u0645|\u0634\u0645\u0627\u0631\u0647|\u0634\u0645\u06d0\u0631\u0647"
    "|\u1241\u133d\u122a|\u1241\u1325\u122d"
)
"""`number` after a foreign keyword: French, German, Russian, Turkish, Somali, Arabic `raqm`,
Persian `shomare`, Pashto `shmera`, Tigrinya `qutsri`, Amharic `qutir`."""
_FOREIGN_PASSPORT = (
    r"(?:pasaport(?:u|un)?|paspor|baasaboor(?:ka)?|паспорт(?:а)?|passeport"
    r"|\u067e\u0627\u0633\u067e\u0648\u0631\u062a|\u067e\u0627\u0633\u067e\u0648\u0631\u067c"
    r"|\u067e\u0627\u0633\u067e\u06c6\u0631\u062a"
    r"|(?:\u0627\u0644)?\u062c\u0648\u0627\u0632(?:[ \u00a0](?:\u0627\u0644)?\u0633\u0641\u0631)?"
    r"|\u1353\u1235\u1356\u122d\u1275)"
    rf"(?:[ \u00a0]*(?:{_NUMBER_WORDS})(?![\w]))?"
)
"""Passport in French, Turkish, Kurdish, Somali, Russian, Dari/Persian (پاسپورت), Pashto (پاسپورټ),
Sorani (پاسپۆرت), Arabic (جواز سفر, الجواز) and Amharic/Tigrinya (ፓስፖርት), perhaps with their
word for `number` (``Passeport n°``, ``ፓስፖርት ቁጽሪ``, ``جواز سفر رقم``)."""

_DOCUMENT = re.compile(
    r"(?i)(?:(?<![\w-])|(?<=(?<![\w-])e-))(?:"
    r"(?P<pass>(?:reise)?pass(?:nummer(?:et)?|nr\.?|-nr\.?|[ \u00a0]nr\.?|[ \u00a0]nummer"
    r"|port(?:[ \u00a0](?:no\.?|number|nr\.?))?|et|en|eport(?:[ \u00a0]n[°ºo]\.?)?)?(?![\w-])"
    # passport in the arrival countries' languages (Turkish, Kurdish, Somali, Russian; Dari,
    # Persian, Pashto, Kurdish in Arabic script; Arabic `jawaz (as-safar)`; Amharic/Tigrinya)
    rf"|{_FOREIGN_PASSPORT})"
    r"|(?P<national>ta[sz]ki?ra(?:h|en|et|nummer|-nummer|-nr\.?)?|tazkera|tezkere"
    r"|identitetsnummer(?:et)?|nasjonalt[ \u00a0](?:id(?:-nummer)?|nummer|identitetsnummer)"
    r"|national[ \u00a0](?:id|number|no\.?)(?:[ \u00a0](?:no\.?|number))?"
    # Arabic `national number` (two forms) and `tazkira`; Dari `tazkira` and `national number`
    r"|\u0627\u0644\u0631\u0642\u0645[ \u00a0]\u0627\u0644\u0648\u0637\u0646\u064a"
    r"|\u0631\u0642\u0645[ \u00a0]\u0648\u0637\u0646\u064a|\u062a\u0630\u0643\u0631\u0629"
    r"|\u062a\u0630\u06a9\u0631\u0647|\u0634\u0645\u0627\u0631\u0647[ \u00a0]\u0645\u0644\u06cc)"
    r"|(?P<id>id-kort(?:nummer|nr\.?|et)?|id-nummer(?:et)?|id-nr\.?|identitetskort(?:nummer|et)?"
    r"|nasjonalt[ \u00a0]id-kort|national[ \u00a0]id[ \u00a0]card(?:[ \u00a0](?:no\.?|number))?"
    r"|id[ \u00a0]card(?:[ \u00a0](?:no\.?|number))?"
    r"|id(?=[ \u00a0]*(?::|#|nr\.?|no\.?)[ \u00a0]*[A-Z0-9])"
    r"|oppholdskort(?:nummer|et)?|oppholdstillatelseskort|kortnummer(?:et)?"
    r"|reisedokument(?:nummer|nr\.?|et)?|residence[ \u00a0](?:card|permit)"
    r"(?:[ \u00a0](?:no\.?|number))?"
    r"|(?:unhcr|progres)(?:-saksnummer(?:et)?|-nummer(?:et)?|-registreringsnummer(?:et)?"
    r"|-registrering(?:en)?|-kort(?:et)?|-id|[ \u00a0]id|[ \u00a0]case(?:[ \u00a0]no\.?)?"
    r"|[ \u00a0]registration(?:[ \u00a0]no\.?|[ \u00a0]number)?|[ \u00a0]individual[ \u00a0]no\.?)?"
    r"|kebele(?:[ \u00a0]id)?|familiebok(?:a|en|nummer(?:et)?|-nummer|-nr\.?)?|family[ \u00a0]book)"
    r")"
    # bracketed words between the keyword and the number: `familieboka (syrisk) nr.`
    r"(?:[ \u00a0]*[(\[][^()\[\]\n]{0,40}[)\]]){0,2}"
    # words between the keyword and the number: `tazkiraen har nummeret`, `kortet med nr.`
    r"(?:[ \u00a0]+(?:har|med|er|var|hadde|has|with|is|was)(?=[ \u00a0]))?"
    # whose document, then perhaps a comma: `reisedokumentet hans, N1234567`
    r"(?:(?:[ \u00a0]+(?:hans|hennes|deres|sitt|sin|mitt|min|til|søkeren|søkerens|klageren"
    r"|klagerens|his|her|their)){1,2}(?![\w-]),?(?=[ \u00a0]))?"
    r"(?:[ \u00a0]+(?:er|var|is|was)(?=[ \u00a0]))?"  # `passnummeret hans er N1234567`
    r"(?:[ \u00a0:#=*_\u1366\u1361]{1,4}(?:(?:nr|no|nummer(?:et)?|number)\.?[ \u00a0:#*_]{1,3})?"
    r"|(?=[0-9]))"
    r"(?-i:(?P<doc>[A-Z0-9](?:[A-Z0-9]|[ /-](?=[0-9])){4,24})(?![A-Za-z0-9]))"
)


# A document number holds digits: it is looked for where a run of digits starts and one of these
# stems (lower case) stands in the characters before it.
_DOCUMENT_STEMS = (
    "pass", "tazk", "task", "tezk", "id", "nasjonal", "national", "opphold", "kortnummer",
    "reisedok", "residence", "unhcr", "progres", "kebele", "familiebok", "family book",
    "\u0627\u0644\u0631\u0642\u0645", "\u0631\u0642\u0645", "\u062a\u0630\u0643",
    "\u062a\u0630\u06a9", "\u0634\u0645\u0627\u0631\u0647", "reisepass", "pasaport", "paspor",
    "baasaboor", "паспорт", "\u067e\u0627\u0633\u067e", "\u062c\u0648\u0627\u0632",
    "\u0627\u0644\u062c\u0648\u0627\u0632", "\u1353\u1235\u1356",
)  # fmt: skip
NATIONAL_DIGITS = 8
"""Digits a number after a national-identity keyword (``tazkira``, ``national number``,
``nasjonalt ID-nummer``, ``الرقم الوطني``) holds, and nothing but digits and separators, to be a
person's national number (an e-tazkira ``1400-0101-12345``, a Syrian national number of 11
digits, an Eritrean or Somali national ID): ``WHAT_FOREIGN_ID``, never excepted. A card's
document number (letters in it) stays an ``ID-nummer``."""


def _document(match: re.Match[str]) -> Candidate | None:
    doc = match.group("doc")
    if sum(ch.isdigit() for ch in doc) < 2 or not any(ch.isdigit() for ch in doc[-3:]):
        return None
    what = WHAT_PASSPORT if match.group("pass") else WHAT_ID_DOCUMENT
    canonical = re.sub(r"[^0-9A-Za-z]", "", doc).upper()
    if match.group("national") and canonical.isdigit() and len(canonical) >= NATIONAL_DIGITS:
        what = WHAT_FOREIGN_ID
    return match.start("doc"), match.end("doc"), what, mask_alnum(doc), canonical


# -- vehicle registrations ---------------------------------------------------------------------

_VEHICLE = re.compile(
    r"(?:[A-Z](?<![\w][A-Z])[A-Z][ \u00a0-]?(?:[0-9]{4,5}|[0-9]{3}[ \u00a0][0-9]{2})"
    r"|[0-9](?:(?<=(?<![\w])[A-Za-z]{2}[0-9])|(?<=(?<![\w])[A-Za-z]{2}[ \u00a0-][0-9]))"
    r"(?:[0-9]{3,4}|[0-9]{2}[ \u00a0][0-9]{2}))"
    r"(?![0-9A-Za-z]|[.,/-][0-9])"
)
"""The plate, found from its first capital (`AB 12345`), or from its first digit when the two
letters are not both capitals (`ab12345`, `ab 12345`, `Ab 123 45`): one class first. Its
keyword is looked for before it."""
_VEHICLE_KEY = re.compile(
    r"(?i)(?<![\w])(?:kjennemerke(?:t|ne|r)?|registreringsnummer(?:et)?|reg\.?[ \u00a0]?nr\.?"
    r"|regnr\.?|skiltnummer(?:et)?|bilnummer(?:et)?|skilt(?:et|a)?|nummerskilt(?:et)?"
    r"|licen[cs]e[ \u00a0]plate|plate[ \u00a0](?:no\.?|number))"
    r"(?:[ \u00a0]+(?:[^\W\d_]{1,6}))??(?:[ \u00a0]+(?:[a-zæøå]{1,6})){0,3}?[ \u00a0:]*"
    r"[(\[«»\x22'“”‘’„*_]{0,3}[ \u00a0]*\Z"
)
"""A Norwegian registration (two letters and four or five digits: `AB 12345`, `EL 1234`) after
its keyword (`kjennemerke`, `registreringsnummer`, `reg.nr.`, `skiltnummer`, `bilnummer`,
`skilt`), perhaps a few small words between (`Skiltnummeret på bilen var EL 12345`). Without a
keyword two capitals and digits are too many other things (`EU 2016`, a form's code). A quote,
emphasis or a parenthesis may stand before the plate (`kjennemerke: «ab 12345»`)."""
_VEHICLE_WORDS = (
    "kjennemerk", "registreringsn", "reg.nr", "reg. nr", "reg nr", "regnr", "skilt", "bilnummer",
    "plate",
)  # fmt: skip
"""Every match of `_VEHICLE` holds one of these (lower-cased)."""


_SHORT_WORDS = frozenset(
    ("er", "på", "og", "av", "at", "en", "et", "om", "nr", "no", "is", "on", "in", "to",
     "of", "ca", "kl", "se", "jf", "mm", "as", "da", "så", "nå", "ei", "bl", "pr")
)  # fmt: skip
"""Words of two letters: before a number with a space between they are no plate's letters
(`skiltet var 12345`, `reg.nr 12345`); joined to it (`er12345`) they are."""
_YEAR_PLATE = re.compile(r"[ \u00a0-]?(?:19|20)[0-9]{2}")


def _vehicles(text: str) -> list[Candidate]:
    """Vehicle registrations after their keyword (see `_VEHICLE`)."""
    found: list[Candidate] = []
    if not has_digit(text) or not may_hold(text, _VEHICLE_WORDS):
        return found
    for match in _VEHICLE.finditer(text):
        start = match.start()
        if match.group()[0].isdigit():  # the two letters before it, perhaps a space between
            start -= 2 if text[start - 1].isalpha() else 3
            if text[start : start + 2].lower() in _SHORT_WORDS and start + 2 < match.start():
                continue  # `skiltnummeret er 12345`: a word, then a number
        if _VEHICLE_KEY.search(text, max(0, start - 60), start) is None:
            continue
        if _YEAR_PLATE.fullmatch(text, start + 2, match.end()):
            continue  # `skilt UD 2019`, `ble skilt EU 2020`: a year, not four digits of a plate
        plate = text[start : match.end()]
        canonical = re.sub(r"[^0-9A-Za-z]", "", plate).upper()
        shown = plate[:2] + mask_digits(plate[2:])
        found.append((start, match.end(), WHAT_VEHICLE, shown, canonical))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


# -- dates of birth ----------------------------------------------------------------------------

_MONTHS = {
    "januar": 1, "jan": 1, "january": 1, "februar": 2, "feb": 2, "february": 2, "mars": 3,
    "mar": 3, "march": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6, "jun": 6,
    "june": 6, "juli": 7, "jul": 7, "july": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "desember": 12, "des": 12, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_OTHER_MONTHS = {
    # the Solar Hijri months as Afghanistan names them (Dari) and as Iran does
    "hamal": 1, "sawr": 2, "saur": 2, "sor": 2, "jawza": 3, "jauza": 3, "saratan": 4,
    "asad": 5, "sunbula": 6, "sonbola": 6, "mizan": 7, "aqrab": 8, "qaws": 9, "qaus": 9,
    "jadi": 10, "jaddi": 10, "dalw": 11, "dalv": 11, "hut": 12, "hoot": 12, "hout": 12,
    "farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5,
    "shahrivar": 6, "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "dei": 10, "bahman": 11,
    "esfand": 12,
    # the Ethiopian months (Eritrea's and Ethiopia's documents)
    "meskerem": 1, "tikimt": 2, "tekemt": 2, "hidar": 3, "hedar": 3, "tahsas": 4,
    "tahesas": 4, "ter": 5, "yekatit": 6, "megabit": 7, "miyazya": 8, "miazia": 8,
    "ginbot": 9, "genbot": 9, "sene": 10, "hamle": 11, "nehase": 12, "nehasse": 12,
    "pagume": 13, "pagumen": 13,
}  # fmt: skip
"""Months of the calendars on the documents of the main arrival countries: after a birth word
only (``født 26. Hut 1370``, ``født 8. megabit 1984``); alone, ``Asad`` and ``Sene`` are names
and words."""
_ANY_MONTH = "(?:" + "|".join(sorted({*_MONTHS, *_OTHER_MONTHS}, key=len, reverse=True)) + ")"
_ROMAN_MONTHS = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
    "xi": 11, "xii": 12,
}  # fmt: skip
_ROMAN = "(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
_DATE = (
    # (commas too, as a list of three numbers: `17,03,1992`, `17, 03, 1992`)
    r"(?:(?P<d1>[0-9]{1,2})(?P<s>[./-]|,[ \u00a0]?)(?P<m1>[0-9]{1,2})(?P=s)"
    r"(?P<y1>[0-9]{4}|[0-9]{2})"
    r"|(?P<y2>[0-9]{4})(?P<t>[-./])(?P<m2>[0-9]{1,2})(?P=t)(?P<d2>[0-9]{1,2})"
    rf"|(?P<d3>[0-9]{{1,2}})\.?[ \u00a0]*(?P<m3>{_MONTH})\.?[ \u00a0]+(?P<y3>[0-9]{{4}})"
    rf"|(?P<m4>{_MONTH})\.?[ \u00a0]+(?P<d4>[0-9]{{1,2}}),?[ \u00a0]+(?P<y4>[0-9]{{4}})"
    r"|(?P<d5>[0-9]{2})(?P<m5>[0-9]{2})(?P<y5>(?:19|20)?[0-9]{2})"
    # a Roman month (`17.III.1992`, `17 iii 92`), the Norwegian short form (`17/3-92`)
    rf"|(?P<d6>[0-9]{{1,2}})[. \u00a0]{{1,2}}(?P<m6>{_ROMAN})[. \u00a0]{{1,2}}"
    r"(?P<y6>[0-9]{4}|[0-9]{2})"
    r"|(?P<d7>[0-9]{1,2})/(?P<m7>[0-9]{1,2})-(?P<y7>[0-9]{4}|[0-9]{2}))"
    r"(?![0-9])"
)
_DATE_ANY_MONTH = _DATE.replace(rf"(?P<m3>{_MONTH})", rf"(?P<m3>{_ANY_MONTH})")
"""``_DATE`` with the months of other calendars too (after a birth word)."""
# Words that end the stretch between a keyword and its date: a new clause (`født i Kabul og kom
# til Norge 12.03.2016` dates the arrival, not the birth).
_GAP_STOP = (
    "og|men|eller|kom|ankom|reiste|flyktet|søkte|ble|var|fikk|da|når|etter|før|siden|fra|til"
    "|innen|vedtak|vedtaket|and|but|arrived|came|applied|left|then"
)
_FOREIGN_BIRTH = (
    r"дата[ \u00a0]рождения|рожд[её]н(?:а)?|родил(?:ся|ась)|г\.[ \u00a0]?р\."
    r"|taariikhda[ \u00a0]dhalashada|dhalashada|dhashay|doğum(?:[ \u00a0]tarihi)?"
    r"|d\.[ \u00a0]?tarihi"
    r"|dîroka[ \u00a0]jidayikbûnê|jidayikbûn(?:ê)?|roja[ \u00a0]jidayikbûnê"
    # Dari/Persian `tarikh-e tavallod`, `tavallod`, `motavalled`; Arabic `tarikh al-milad`,
    # `al-milad`, `mawalid`, `tawallud`; Pashto `da zegedo neta`; Sorani `lay dayk bun`
    r"|\u062a\u0627\u0631\u06cc\u062e[ \u00a0]\u062a\u0648\u0644\u062f|\u062a\u0648\u0644\u062f"
    r"|\u0645\u062a\u0648\u0644\u062f"
    r"|\u062a\u0627\u0631\u064a\u062e[ \u00a0]\u0627\u0644\u0645\u064a\u0644\u0627\u062f"
    r"|(?:\u0627\u0644)?\u0645\u064a\u0644\u0627\u062f|\u0645\u0648\u0627\u0644\u064a\u062f"
    r"|\u062a\u0648\u0644\u062f|\u0632\u06cc\u0696\u06d0\u062f\u0648|\u0632\u06d0\u0696\u06d0\u062f\u0648"
    r"|\u0644\u06d5\u062f\u0627\u06cc\u06a9\u0628\u0648\u0648\u0646"
    # Amharic/Tigrinya `birth` (ልደት), `date of birth` (ዕለተ ልደት), `birthplace/-day` (የትውልድ ቀን)
    r"|(?:\u12d5\u1208\u1270[ \u00a0])?\u120d\u12f0\u1275"
    r"|\u12e8\u1275\u12cd\u120d\u12f5[ \u00a0]\u1240\u1295"
)
"""Birth keywords in the arrival countries' languages (Russian, Somali, Turkish, Kurmanji,
Dari/Persian, Arabic, Pashto, Sorani, Amharic/Tigrinya), one word or several."""
_BIRTH_KEY = (
    r"(?i)(?<![\w.])(?:født(?:[ \u00a0]+den)?|fødd|född|f\.|fdt\.?|f\.d\.|fødselsdato(?:en)?"
    # the same without «ø», as a keyboard or a slug writes them (`fodt`, `foedt`, `fodselsdato`)
    r"|foe?dt(?![\w])(?:[ \u00a0]+den)?|foe?dd(?![\w])|foe?dsels?(?:dato|dag)(?:en)?"
    r"|fødselsdag|fødsel(?:en)?|til[ \u00a0]+verden|bursdag(?:en)?"  # `dato for fødsel`
    r"|f\.[ ]?dato|date[ \u00a0]of[ \u00a0]birth|birth[ \u00a0]?date"
    r"|born(?:[ \u00a0]on)?|d\.o\.b\.?|dob|geboren(?:[ \u00a0]am)?|née?(?:\(e\))?(?:[ \u00a0]le)?"
    rf"|{_FOREIGN_BIRTH}"
    r"|geb\.|geburtsdatum|geburtstag|födelsedatum|födelsedag|fødselsdag(?:en)?|birthday"
    r"|date[ \u00a0]de[ \u00a0]naissance|doğum[ \u00a0]tarihi|fecha[ \u00a0]de[ \u00a0]nacimiento"
    r"|naci(?:d[oa]s?|ó|o(?![\w]))|nascid[oa]|doğdu|doğmuş|anadan[ \u00a0]olub)"
)
"""A birth keyword (the start of `_BIRTH`; `_read_birth` reads the date after it)."""
_BIRTH_KEY_AT = re.compile(_BIRTH_KEY)
_BIRTH = re.compile(
    _BIRTH_KEY +
    # up to six words of the same clause between the keyword and the date (`født i Kabul,
    # nærmere bestemt 3. april 1994`, `fødselsdatoen ifølge tazkiraen er 1994-04-03`)
    rf"(?:(?:[ \u00a0,:]+(?!(?:{_GAP_STOP})(?![\w-]))[^\W\d_][\w-]*+){{1,6}}?)?"
    # a label and its value on the next line (`Født:` over a list that starts at 17)
    r"[ \u00a0:,*_\u1366]*(?:(?<=:)[ \u00a0]*\n\n?[ \u00a0]*)?"
    rf"(?:den[ \u00a0]+|on[ \u00a0]+)?{_DATE_ANY_MONTH}"
)
# A date with its keyword after it: `oppga 1.1.2001 som fødselsdato`, `3.4.1994 (fødselsdato)`.
_BIRTH_AFTER = re.compile(
    rf"(?i)(?<![\w.]){_DATE}[ \u00a0,]*\(?[ \u00a0]*(?:(?:som|er|var|=)[ \u00a0]+)?"
    r"(?:(?:hans|hennes|sin|søkerens|the)[ \u00a0]+)?"
    r"(?:fødselsdato|fødselsdag|date[ \u00a0]of[ \u00a0]birth|dob)(?![\w])"
)
_BIRTH_STEMS = (
    "fød", "född", "f.", "fdt", "fodt", "foedt", "fodd", "foedd", "fodsel", "foedsel",
    "date of", "date de", "birth", "born", "dob", "d.o.b", "geboren",
    "né", "doğum", "fecha", "til verden", "bursdag", "geb", "föd", "рожд", "родил", "г.р",
    "г. р", "dhala", "dhash", "d. tarihi", "d.tarihi", "jidayik", "\u062a\u0648\u0644\u062f",
    "\u0645\u064a\u0644\u0627\u062f", "\u0645\u0648\u0627\u0644\u064a\u062f", "\u0632\u06cc\u0696",
    "\u0632\u06d0\u0696", "\u0644\u06d5\u062f\u0627\u06cc\u06a9", "\u120d\u12f0\u1275",
    "\u1275\u12cd\u120d\u12f5", "дата р", "\u062a\u0627\u0631\u064a\u062e",
    "\u0627\u0644\u0645\u064a\u0644\u0627\u062f", "\u062a\u0627\u0631\u06cc\u062e",
    "\u12d5\u1208\u1270", "\u12e8\u1275", "taariikh", "dîrok", "roja", "naci", "nascid",
    "doğ", "anadan",
)  # fmt: skip
# An age right after a date: found from the age (it starts with a digit), the date looked for
# in the few characters before it.
_AGE = re.compile(r"[0-9]{1,3}[ \u00a0]*år(?![\w])")
_DATE_BEFORE_AGE = re.compile(rf"(?i)(?<![\w.]){_DATE}[ \u00a0,]*\(?[ \u00a0]*\Z")


def _date_fields(match: re.Match[str]) -> tuple[int, str, str, str] | None:
    """A `_DATE` match's day, its month and its year as written (the month in small letters),
    and which of the pattern's forms it is (the number of its groups); the one reader of them."""
    g = match.groupdict()
    for n in "1234567":
        year = g.get(f"y{n}")
        if year is not None:
            return int(g[f"d{n}"]), g[f"m{n}"].lower(), year, n
    return None


def _full_year(year: str) -> int:
    """A year as written, a two-digit one in 1931-2030."""
    number = int(year)
    return number + (1900 if number > 30 else 2000) if number < 100 else number


def _month_number(month: str, form: str) -> int:
    """A `_DATE` month as a number (0: a month of another calendar)."""
    if form == "6":
        return _ROMAN_MONTHS[month]
    return _MONTHS.get(month.rstrip("."), 0) if month.isalpha() else int(month)


def _birth_date(match: re.Match[str]) -> bool:
    fields = _date_fields(match)
    if fields is None:
        return False
    day, month_text, written, form = fields
    year = _full_year(written)
    if month_text in _OTHER_MONTHS:  # a Solar Hijri or Ethiopian date: its own days
        return (1300 <= year <= 1450 or 1900 <= year <= 2099) and 1 <= day <= 31
    month = _month_number(month_text, form)
    if 1300 <= year <= 1450 and form in "12":  # a Solar Hijri or Hijri year (`1373/01/14`)
        return 1 <= month <= 12 and 1 <= day <= 31
    return 1900 <= year <= 2099 and is_date(year, month, day)
    return False


def _date_start(match: re.Match[str]) -> int:
    """Where the date of a match of a pattern with `_DATE` in it starts."""
    return min(
        match.start(g) for g in match.groupdict() if g[0] in "dmy" and match.group(g) is not None
    )


def _birth(match: re.Match[str]) -> Candidate | None:
    if not _birth_date(match):
        return None
    groups = [g for g in match.groupdict() if g[0] in "dmy" and match.group(g)]
    end = max(match.end(g) for g in groups)
    start = min(match.start(g) for g in groups)
    value = match.string[start:end]
    return start, end, WHAT_BIRTH, mask_digits(value), value.lower()


# -- a date of birth read token by token after its keyword ------------------------------------
# `_BIRTH` knows the common spellings in one pattern; the rest (`født 17. 3. 1992`, `17 mars
# -92`, `03/17/1992`, `17-Mar-1992`, `March 17th, 1992`, `19920317`, `17. März 1992`, `i mars
# 1992, den 17.`, `17. i tredje måned 1992`, `2. Rabi al-awwal 1412`, `julaften 1992`, `årets
# 76. dag i 1992`) are read by `_read_birth`: after a birth keyword, a day, a month and a year
# in any order, spelling and separators, with only filler words between them. Without a birth
# keyword the rules above stand (a case-law or report date is no date of birth).

_MORE_MONTHS = {
    # German, French, Spanish (what Norwegian and English lack), Russian (genitive)
    "jänner": 1, "jän": 1, "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "dezember": 12,
    "dez": 12, "janvier": 1, "février": 2, "fevrier": 2, "févr": 2, "avril": 4, "avr": 4,
    "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
    "décembre": 12, "decembre": 12, "déc": 12, "enero": 1, "ene": 1, "febrero": 2, "marzo": 3,
    "abril": 4, "abr": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "dic": 12,
    # Turkish, and Azerbaijani where it differs (documents of Turkey, Azerbaijan, Iran's Azeris)
    "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5,
    "haziran": 6, "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10,
    "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12, "yanvar": 1, "fevral": 2, "aprel": 4,
    "iyun": 6, "iyul": 7, "avqust": 8, "sentyabr": 9, "oktyabr": 10, "noyabr": 11, "dekabr": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
_LUNAR_MONTH = re.compile(
    r"(?i)(?:(?P<l1>muharr?am)|(?P<l2>safar)"
    r"|rabi[ʿʻ'’]?[ -]?(?:a[lr][ -]?|u[lr][ -]?|o[lr][ -]?|e[lr][ -]?)?(?:(?P<l3>awwal|avval|aval)"
    r"|(?P<l4>th?ani|sani|akh[ie]r))"
    r"|juma[dt][ae]?[ -]?(?:a[lr][ -]?|u[lr][ -]?|e[lr][ -]?)?(?:(?P<l5>awwal|avval|aval|[uo]o?la)"
    r"|(?P<l6>th?ani|sani|akh[ie]ra?h?|ukhra))"
    r"|(?P<l7>rajab)|(?P<l8>sha[ʿʻ'’]?ban)|(?P<l9>rama[dz]h?an)|(?P<l10>shaww?al)"
    r"|(?:dhu|zu|du)[ -]?(?:a?l[ -]?)?(?:(?P<l11>q[ai][ʿʻ'’]?d[ae]?h?)|(?P<l12>h[ie]jj?ah?)))"
    r"(?![\w])"
)
"""The months of the Islamic (lunar) calendar, in the transliterations documents use."""
_NAMED_DAYS = {
    "julaften": (24, 12), "julaftensdag": (24, 12), "nyttårsaften": (31, 12),
    "nyttårsdag": (1, 1), "nyttårsdagen": (1, 1), "sankthansaften": (23, 6),
    "grunnlovsdagen": (17, 5), "christmas": (25, 12), "nyårsafton": (31, 12),
    "julafton": (24, 12), "nasjonaldagen": (17, 5), "nasjonaldag": (17, 5),
    "frigjøringsdagen": (8, 5), "kvinnedagen": (8, 3), "valentinsdagen": (14, 2),
    "halloween": (31, 10), "fn-dagen": (24, 10), "samefolkets": (6, 2),
    "nowruz": (21, 3), "nawruz": (21, 3), "nauroz": (21, 3), "newroz": (21, 3),
    "norooz": (21, 3), "nyttårsaftenen": (31, 12), "julaftenen": (24, 12),
}  # fmt: skip
"""Days a reader knows the date of (``født på julaften 1992``, ``født på nasjonaldagen 1992``:
Norway's, the day a Norwegian reader reads; ``Nowruz``, the Persian and Afghan new year, 21
March)."""
_FEASTS: dict[str, tuple[int, int] | None] = {
    "juledag": (25, 12), "juledagen": (25, 12), "påskedag": None, "påskedagen": None,
    "pinsedag": None, "pinsedagen": None,
}  # fmt: skip
"""Feasts of one or two days (`første juledag`, `2. påskedag`): Christmas has its date; Easter
and Whitsun (49 days later) are known from the year, so the feast and the year give a reader the
day of birth (the re-run of round 9)."""
_COUNTRY_DAYS = {
    "eritreas": (24, 5), "somalias": (1, 7), "ukrainas": (24, 8), "afghanistans": (19, 8),
    "syrias": (17, 4), "iraks": (3, 10), "norges": (17, 5), "sudans": (1, 1),
    "sør-sudans": (9, 7), "tyrkias": (29, 10), "irans": (1, 4), "eritrea": (24, 5),
}  # fmt: skip
"""A country's national or independence day (`født på Eritreas uavhengighetsdag i 1994`: the
re-run of round 9), read when its name stands right before the day's word (`_COUNTRY_DAY_WORDS`)."""
_COUNTRY_DAY_WORDS = frozenset(
    ("uavhengighetsdag", "uavhengighetsdagen", "nasjonaldag", "nasjonaldagen", "frigjøringsdag",
     "frigjøringsdagen")
)  # fmt: skip
_NORWEGIAN_DAYS = (
    "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv",
    "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten", "tjue",
)  # fmt: skip
_ENGLISH_DAYS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty",
)  # fmt: skip
_DAY_WORDS = {
    **{word: n for n, word in enumerate(_NORWEGIAN_DAYS, start=1)},
    **{word: n for n, word in enumerate(_ENGLISH_DAYS, start=1)},
    "ett": 1, "syv": 7, "tyve": 20, "tretti": 30, "tredve": 30, "thirty": 30, "trettien": 31,
    "trettiein": 31, "enogtretti": 31, "thirty-one": 31,
    **{f"{ten}{unit}": 20 + n for ten in ("tjue", "tyve")
       for n, unit in enumerate(_NORWEGIAN_DAYS[:9], start=1)},
    **{f"{unit}og{ten}": 20 + n for ten in ("tjue", "tyve")
       for n, unit in enumerate(_NORWEGIAN_DAYS[:9], start=1)},
    "tjuesyv": 27, "tyvesyv": 27, "syvogtjue": 27, "syvogtyve": 27,
    **{f"twenty-{unit}": 20 + n for n, unit in enumerate(_ENGLISH_DAYS[:9], start=1)},
}  # fmt: skip
"""A day in cardinal words (``født sytten mars …``)."""
_FILLERS = frozenset(
    (
        "den", "the", "of", "i", "in", "på", "on", "am", "le", "el", "de", "du", "del", "dag",
        "dagen", "day", "år", "året", "mnd", "måned", "month",
    )
)  # fmt: skip
"""Words that may stand between a date's parts (``17. i tredje måned``, ``årets 76. dag i``)."""
_MONTH_WORDS = frozenset({"måned", "mnd", "month"})
_RELATIVE = frozenset({"før", "etter", "before", "after"})
"""After ``dagen`` (``født dagen før 18. mars 1992``): the date after it gives the birth."""
_GAP_SEPARATOR = re.compile(r"[ \u00a0,:]+")
"""What stands between the words of a clause before a date (not a slug's `-` or a path's `/`:
`jenter-fodt-utenfor-somalia/` holds no date of birth)."""
_LABEL_BEFORE = re.compile(r"[ \t#>*_|]*")
"""What may stand before a keyword that labels the next line (`### `, `**`, `> `); after it a
heading's permalink `¶` may stand."""
_READ = re.compile(
    r"(?P<sep>[ \u00a0\t.,/:*_\u00b6\u2010-\u2015()\[\]«»\x22“”-]+"
    r"(?:\n[ \u00a0\t]*\n?[ \u00a0\t*_]*)?"
    r"|\n[ \u00a0\t]*\n?[ \u00a0\t*_]*)"
    r"|(?P<apos>['’ʼ´`])?(?P<num>[0-9]+)(?:st|nd|rd|th|e|te|ste|er|[ºª°]"
    r"|['’-]?(?:[iıuü]?nc[iıuü]|c[iıuü]))?(?![^\W\d_])"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)"
)
_VALUE_LINE_END = re.compile(r"[ \u00a0\t.,;*_)\]]*(?:\n|\Z)")
"""The end of a line that holds a label's value alone (`### Fødselsdato` over `17.03.1992`)."""
_READ_REACH = 60
"""How far after its keyword a date may end."""


def _read_birth(text: str, at: int) -> Candidate | None:
    """A date of birth read token by token after the birth keyword at `at` (see above)."""
    key = _BIRTH_KEY_AT.match(text, at)
    if key is None:
        return None
    pos, limit = key.end(), min(len(text), key.end() + _READ_REACH)
    parts = _Parts()
    start = end = -1
    gap = 0
    # a keyword alone on its line (a heading `### Fødselsdato`, a bold label) may have its
    # date on the next line; any other line break ends the date
    label = _LABEL_BEFORE.fullmatch(text, text.rfind("\n", 0, at) + 1, at) is not None
    spaced = False  # whether the last separator was one of words in a clause
    crossed = False  # whether the date is on the line after its label
    while pos < limit and not parts.complete():
        token = _READ.match(text, pos, limit)
        if token is None:
            break
        if token.group("sep") is not None:
            if "\n" in token.group():
                if start >= 0 or gap or not label:
                    break
                crossed = True
            if "," in token.group() and start >= 0 and not _goes_on(text, token.end(), limit):
                break
            if "." in token.group() and token.group()[-1].isspace() and parts.last_year:
                break  # a sentence ends after the year (`født 1990. 17. mars 2015 søkte han`)
            spaced = _GAP_SEPARATOR.fullmatch(token.group()) is not None
            pos = token.end()
            continue
        lunar = _LUNAR_MONTH.match(text, pos, limit)
        if lunar is not None and parts.month is None:
            parts.month, parts.other = int((lunar.lastgroup or "l0")[1:]), True
            token_end = lunar.end()
        elif token.group("num") is not None:
            if not parts.number(token.group("num"), bool(token.group("apos")), first=start < 0):
                break
            token_end = token.end()
        else:
            word = token.group("word").lower()
            taken = parts.word(word)
            if taken is None:  # a word of the clause before the date (`født i Kabul 17. 3. 1992`)
                if start >= 0 or gap >= 6 or not spaced or re.fullmatch(_GAP_STOP, word):
                    break
                gap += 1
                pos = token.end()
                continue
            pos = token.end()
            if not taken:  # a filler
                continue
            token_end = token.end()
        start = token.start() if start < 0 else start
        end = pos = token_end
    if start < 0 or not parts.judged():
        return None
    if crossed and _VALUE_LINE_END.match(text, end) is None:
        return None  # a label over a sentence that starts with a date (`12.05.2024 ble det …`)
    value = text[start:end]
    return start, end, WHAT_BIRTH, mask_digits(value), value.lower()


def _goes_on(text: str, at: int, limit: int) -> bool:
    """Whether a date goes on after a comma: ``17. mars, 1992``, ``i mars 1992, den 17.``; not
    ``født 1990, 17. mars 2015 kom han`` (a new part of the sentence)."""
    after = _READ.match(text, at, limit)
    if after is None:
        return False
    return (after.group("word") or "").lower() in {"den", "the"} or (
        len(after.group("num") or "") == 4
    )


class _Parts:
    """The parts of a date read so far (`_read_birth`)."""

    def __init__(self) -> None:
        self.numbers: list[int] = []
        self.year: int | None = None
        self.month: int | None = None
        self.doy: int | None = None
        self.day_month: tuple[int, int] | None = None
        self.easter: int | None = None
        """Days after Easter Sunday (`2. påskedag`: 1), when the date is counted from it."""
        self.other = False
        self.last = ""
        self.last_year = False

    def complete(self) -> bool:
        if self.year is None:
            return False
        if self.day_month is not None or self.doy is not None or self.easter is not None:
            return True
        return bool(self.numbers) if self.month is not None else len(self.numbers) >= 2

    def number(self, digits: str, apostrophe: bool, *, first: bool) -> bool:
        """Take a group of digits; False when it is no part of the date."""
        value, last = int(digits), self.last
        self.last = ""
        self.last_year = len(digits) == 4
        if len(digits) == 8 and first:
            for y, m, d in ((digits[:4], digits[4:6], digits[6:]),
                            (digits[4:], digits[2:4], digits[:2])):  # fmt: skip
                if 1900 <= int(y) <= 2099 and is_date(int(y), int(m), int(d)):
                    self.year, self.month, self.numbers = int(y), int(m), [int(d)]
                    return True
            return False
        if len(digits) == 4:
            if self.year is not None:
                return False
            self.year = value
            return True
        if len(digits) > 2:
            return False
        if last == "årets" and self.doy is None:
            self.doy = value
            return True
        known = len(self.numbers) >= 2 or (bool(self.numbers) and self.month is not None)
        if apostrophe or value > 31 or (len(digits) == 2 and known):
            if self.year is not None:
                return False
            self.year = value + (1900 if value > 30 else 2000)
            return True
        self.numbers.append(value)
        return True

    def word(self, word: str) -> bool | None:
        """Take a word: True for a part of the date, False for a filler, None for neither."""
        last, self.last = self.last, word
        self.last_year = False
        month = _MONTHS.get(word) or _MORE_MONTHS.get(word) or _OTHER_MONTHS.get(word)
        if word in _MONTH_WORDS and self.numbers and self.month is None:
            self.month = self.numbers.pop()
        elif month is not None and self.month is None:
            self.month, self.other = month, word in _OTHER_MONTHS
        elif word in _COUNTRY_DAYS:
            return False  # its day's word may follow (`Eritreas uavhengighetsdag`)
        elif word in _COUNTRY_DAY_WORDS and last in _COUNTRY_DAYS and self.day_month is None:
            self.day_month = _COUNTRY_DAYS[last]
        elif word in _FEASTS and self.day_month is None and self.easter is None:
            ordinal = self.numbers.pop() if self.numbers and self.numbers[-1] in (1, 2) else 1
            fixed = _FEASTS[word]
            if fixed is None:  # counted from Easter Sunday
                self.easter = ordinal - 1 + (49 if word.startswith("pinse") else 0)
            else:
                self.day_month = (fixed[0] + ordinal - 1, fixed[1])
        elif word in _NAMED_DAYS and self.day_month is None:
            self.day_month = _NAMED_DAYS[word]
        elif word in _ORDINALS or word in _DAY_WORDS:
            self.numbers.append(_ORDINALS.get(word) or _DAY_WORDS[word])
        elif (
            word in _FILLERS or word == "årets" or (word in _RELATIVE and last in {"dagen", "day"})
        ):
            return False
        else:
            self.last = last
            return None
        return True

    def judged(self) -> bool:
        """Whether the parts make one date of birth (day first when both orders could)."""
        year, month, numbers = self.year, self.month, self.numbers
        if year is None:
            return False
        if self.other:
            return (
                (1300 <= year <= 1450 or 1900 <= year <= 2099)
                and len(numbers) == 1
                and (1 <= numbers[0] <= 31)
            )
        if not 1900 <= year <= 2099:
            return False
        if self.day_month is not None or self.easter is not None:
            return not numbers and month is None
        if self.doy is not None:
            days = 366 if is_date(year, 2, 29) else 365
            return not numbers and month is None and 1 <= self.doy <= days
        if month is not None:
            return len(numbers) == 1 and is_date(year, month, numbers[0])
        if len(numbers) != 2:
            return False
        first, second = numbers
        return is_date(year, second, first) or is_date(year, first, second)


def _aged(text: str, at: int, budget: _Budget) -> Candidate | None:
    """A date right before an age that starts at `at` (`17.05.1990 (34 år)`)."""
    if _AGE.match(text, at) is None:
        return None
    match = _DATE_BEFORE_AGE.search(text, max(0, at - 40), at)
    return None if match is None else _birth(match)


def _dated_keyword(text: str, at: int, budget: _Budget) -> Candidate | None:
    """A date starting at `at` with its keyword after it (`1.1.2001 som fødselsdato`)."""
    match = _BIRTH_AFTER.match(text, at)
    return None if match is None else _birth(match)


# A day and a month, the year left out or far away: a date of birth when the sentence says so.
# `fyller 30 år 3. april 2024` (an age reached on a day gives the day and the year of birth),
# `Bursdagen hans er 3. april, og han er fra 1994` (a birthday, and a year or an age in the same
# sentence or the next). A date on its own (`3. april 2024` in a case history) is no date of
# birth, nor is a birthday with no year or age near (`feiret bursdagen 3. april`).
_DAY_MONTH = re.compile(
    rf"(?i)(?P<d>[0-9](?<![\w.][0-9])[0-9]?)(?:\.[ \u00a0]*|[ \u00a0]+)(?P<m>{_MONTH})\.?(?![\w])"
    r"(?:,?[ \u00a0]+(?P<y>[0-9]{4})(?![0-9]))?"
)
_TURNS = re.compile(
    r"(?i)(?<![\w])(?:(?:fyller|fylte|fylle|fyll|blir|ble|runder|rundet|feirer|feiret)"
    r"(?:[ \u00a0]+[^\W\d_]+){0,2}?[ \u00a0]+[0-9]{1,3}"
    r"(?:[ \u00a0]*år(?![\w])|[ \u00a0]*-?[ \u00a0]*årsdag)"
    r"|[0-9]{1,3}[ \u00a0]*-?[ \u00a0]*årsdag)"
)
"""An age reached (`fyller 30 år`, `fylte han 18 år`, `30-årsdagen`)."""
_BIRTHDAY = re.compile(
    r"(?i)(?<![\w])(?:bursdag|fødselsdag|født|fødd|född|fødsels?dato|f\.(?=[ \u00a0]*[0-9])"
    r"|birthday|born|geboren|doğum)"
)
"""A word that makes a day and month the day of birth."""
_YEAR_OR_AGE = re.compile(
    r"(?<![\w.,])(?:(?:19|20)[0-9]{2}(?![\w])|[0-9]{1,3}[ \u00a0]*(?:i[ \u00a0]+)?år(?![\w]))"
    r"|(?i:(?<![\w])(?:ble|blir|fylte|fyller|rundet|runder|alder|age)[ \u00a0:]+[0-9]{1,3}"
    r"(?![\w]|[.,][0-9]))"
)
"""A year, or an age (which gives the year of birth from the decision's date): ``32 år``, ``32 i
år``, ``ble 32``, ``Alder: 32``."""
_ABBREVIATED = "".join(
    rf"(?<!\b{word})"
    for word in ("jf", "Jf", "dvs", "Dvs", "ca", "kl", "nr", "Nr", "pkt", "evt", "mht", "ifm",
                 "iht", "bl", "bl\\.a", "eks", "vs", "ev")
)  # fmt: skip
"""The full stop of an abbreviation ends no sentence (``født i Herat, jf. tazkira
17.03.1992``: the probe after round 8)."""
_SENTENCE_STOP_AT = "[.!?\n|]"
"""The first character of every match of ``_SENTENCE_STOP`` (a branch that starts otherwise
needs it added: ``tests/test_gate_speed.py`` compares the pattern with and without it)."""
_SENTENCE_STOP_PLAIN = (
    r"(?<![0-9])(?<!\b[fF])" + _ABBREVIATED + r"[.!?](?=[ \u00a0]*\n|[ \u00a0]+[^\W_]|\Z)"
    r"|(?<=(?<![0-9])[0-9]{4})\.(?=[ \u00a0]+[^\W\d_]|\Z)|\n|(?<=[ \u00a0])\|(?=[ \u00a0\n]|\Z)"
)
_SENTENCE_STOP = re.compile(f"(?={_SENTENCE_STOP_AT})(?:{_SENTENCE_STOP_PLAIN})")
"""The end of a sentence: not the full stop of a day (``3. april``) or of ``f.``; one before a
date ends a sentence (``Han fylte 18 år. 3. april 2024 kom han``), and so does one after a year
before a word (``fylte 18 år 17.03.2010. Endret 4. november``). A line break and a table cell's
edge end one too: on a published page each block and each row is a line, and a generated list
(the change list, a review page) puts one item's text right before the next item's date.
The look-ahead before it lets the engine skip to those characters: the branches start with
look-behinds (twenty for the abbreviations), which it otherwise tried at every character of a
window (0.49 s against 0.045 s over the demo's 0.8 M characters of visible text)."""
_SENTENCE_REACH = 300
"""How far a sentence is looked for on each side of a date (a longer one is cut there)."""


def _sentences_around(text: str, start: int, end: int, more: int) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` begins, and where the ``more``-th sentence
    after it ends (within ``_SENTENCE_REACH`` on each side)."""
    lo = max(0, start - _SENTENCE_REACH)
    begin = lo
    for stop in _SENTENCE_STOP.finditer(text, lo, start + 2):  # (it looks at what follows)
        if stop.end() <= start:
            begin = stop.end()
    finish = min(len(text), end + _SENTENCE_REACH * (more + 1))
    at = end
    for _ in range(more + 1):
        after = _SENTENCE_STOP.search(text, at, finish)
        if after is None:
            return begin, finish
        at = after.end()
    return begin, at


def _day_month_births(text: str) -> list[Candidate]:
    """Dates of birth given as a day and a month (see ``_DAY_MONTH``)."""
    found: list[Candidate] = []
    low = lowered_alike(text)
    for date in _DAY_MONTH.finditer(text):
        day, month = int(date.group("d")), _MONTHS[date.group("m").lower()]
        if not is_date(2000, month, day):  # a leap year: 29 February is a day of birth
            continue
        begin, end = _sentences_around(text, date.start(), date.end(), 0)
        sentence = text[begin:end]
        # Every match of `_TURNS` holds `år` (`low` has it where the text has it in any case).
        turns = low is None or low.find("år", begin, end) >= 0
        if not turns or _TURNS.search(sentence) is None:
            if date.group("y") or _BIRTHDAY.search(sentence) is None:
                continue
            first, last = _sentences_around(text, date.start(), date.end(), 1)
            around = text[first : date.start()] + " " + text[date.end() : last]
            if _YEAR_OR_AGE.search(around) is None:
                continue
        value = date.group().rstrip(".")
        end = date.start() + len(value)
        found.append((date.start(), end, WHAT_BIRTH, mask_digits(value), value.lower()))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


# A birth word and a date further on in its sentence (`født i Herat, en større by …, og det var
# 17.03.1992`, `født, slik det går fram av tazkiraen …, den 17.03.1992`, `(… er født) oppga
# 1992-03-17`): the readers above look a few words after the keyword; this one reads the
# keyword's sentence to its end for the first whole date (with separators or a month's name).
# It is no date of birth when a year stands before it that is not its year (`født i 1990 og kom
# til Norge 17. mars 2015`: the birth is dated, the date is another event), or when the part of
# the sentence that holds the date (from the last comma, parenthesis, `og`, `men`…) is more than
# a few words, names an event (`kom`, `søkte`, `vedtak`, `utstedt`…) or starts it from or until
# (`fra`, `til`, `etter` right before the date).
_FAR_DATE = re.compile(
    r"(?i)(?<![\w.])(?:"
    + _DATE_ANY_MONTH.replace(r"|(?P<d5>[0-9]{2})(?P<m5>[0-9]{2})(?P<y5>(?:19|20)?[0-9]{2})", "")
    + r"|(?P<bare>(?<![.,/-])(?:19|20)[0-9]{2})(?![\w]|[.,/-][0-9]))"
)
_CLAUSE_EDGE = re.compile(
    r"(?i)[,;:()\[\]\u2013\u2014«»\x22]|[ \u00a0]-[ \u00a0]|(?<![\w])(?:og|men|eller|mens|samt"
    r"|and|but)(?![\w])"
)
_EVENT = re.compile(
    r"(?i)(?<![\w])(?:kom|ankom|reis|flykt|flytt|søk|fikk|ble|vedtak|intervju|registrer|innreis"
    r"|arrest|pågrep|gift|død|forlot|return|sendt|utstedt|gyldig|datert|fremlagt|framlagt|levert"
    r"|mottatt|innkalt|avhørt|dømt|løslatt|deport|overført|skilt|fengsl|drept|start|begynt"
    r"|sluttet|endret|utvist|asyl|rapport|publiser|arrived|came|applied|left|issued|married"
    r"|died|decided|interview|registered|bygget|built|generert|oppdatert|updated)"
)
"""Words of an event a date in a birth word's sentence may date instead (by their start)."""
_SPAN_WORDS = re.compile(
    r"(?i)(?:fra|til|siden|etter|før|innen|mellom|inntil|per|pr|from"
    r"|since|until|after|before)\.?[ \u00a0]*\Z"
)
_CLAUSE_WORDS = 4
_IN_SLUG = re.compile(r"\A[-/_=]|[-/_=]\Z")
"""A keyword joined by ``-``, ``/``, ``_`` or ``=`` to what stands beside it is part of a slug,
a path or an address, not of a sentence."""
_A_DIGIT = re.compile("[0-9]")
"""The most words that may stand before the date in its part of the sentence (`og det var`)."""


@cache
def _birth_key_start() -> re.Pattern[str]:
    """Where a birth keyword may start (its stem, in small letters): one class first."""
    return re.compile(_by_first_letter(_BIRTH_STEMS))


def _sentence_births(text: str) -> list[Candidate]:
    """Dates of birth further on in a birth word's sentence (see `_FAR_DATE`)."""
    found: list[Candidate] = []
    if not has_digit(text) or not may_hold(text, _BIRTH_STEMS):
        return found
    low = prefilter.lowered_alike(text)
    if low is None:
        return found
    for stem in _birth_key_start().finditer(low):
        key = _BIRTH_KEY_AT.match(text, stem.start())
        if key is None or _IN_SLUG.search(text, max(0, key.start() - 1), key.end() + 1):
            continue  # a slug or a path (`…/jenter-fodt-utenfor-somalia/ Bygget 21. november`)
        stop = _SENTENCE_STOP.search(text, key.end(), key.end() + _SENTENCE_REACH)
        end = stop.start() if stop else min(len(text), key.end() + _SENTENCE_REACH)
        candidate = _far_birth(text, key.end(), end)
        if candidate is not None:
            found.append(candidate)
            if caps.full(found):
                break  # the rest is not read (`caps.py`)
    return found


def _far_birth(text: str, begin: int, end: int) -> Candidate | None:
    """The first whole date between a birth keyword (ending at `begin`) and its sentence's end,
    when it dates the birth (see `_FAR_DATE`)."""
    years: set[int] = set()
    digit = _A_DIGIT.search(text, begin, end)
    if digit is None:
        return None
    # (a date starts at most a month's name before its first digit: `March 17, 1992`)
    for date in _FAR_DATE.finditer(text, max(begin, digit.start() - 12), end):
        if date.group("bare"):
            years.add(int(date.group("bare")))
            continue
        year = _year_of(date)
        if years - {year} or not _birth_date(date):
            return None
        edges = [edge.end() for edge in _CLAUSE_EDGE.finditer(text, begin, date.start())]
        before = text[edges[-1] if edges else begin : date.start()]
        after_edge = _CLAUSE_EDGE.search(text, date.end(), end)
        after = text[date.end() : after_edge.start() if after_edge else end]
        if (
            len(before.split()) > _CLAUSE_WORDS
            or _EVENT.search(before) is not None
            or _EVENT.search(after) is not None
            or _SPAN_WORDS.search(before) is not None
            or (
                _BIRTH_LEAD.search(before) is None
                and _ATTRIBUTE_LEAD.search(text, max(begin, date.start() - 12), date.start())
                is None
            )
        ):
            return None
        return _birth(date)
    return None


_BIRTH_LEAD = re.compile(
    r"(?i)(?:^|[^\w])(?:den|det var|dette var|oppga|oppgav|oppgir|oppgitt|nemlig|bestemt"
    r"|dato(?:en)?|dag(?:en)?|tazkira(?:en)?|pass(?:et)?|id-kort(?:et)?|identitetskort(?:et)?"
    r"|fødselsattest(?:en)?)[ \u00a0:]*\Z"
)
_ATTRIBUTE_LEAD = re.compile(r"(?i)(?:datetime|value|content)=[\x22']?\Z")
"""What must stand right before a date far from its birth word, in the date's own clause, for
the date to be the birth's (``…, og det var 17.03.1992``, ``…) oppga 1992-03-17``, ``…, den
17.03.1992``, ``nærmere bestemt 17.03.1992``), an identity document that states it (``ifølge tazkira
17.03.1992``), or an HTML attribute that holds a date (``født <time
datetime="1992-03-17">den dagen</time>``). A date after a noun or a verb of its own
(``Landinfo 14.06.2023``, ``lov 7. juni 1990``, ``Mazar falt 14. august 2021``,
``skoleangrepet var 8. mai 2021``) or alone after a comma (``se UNHCR, 30. august 2022``) dates
something else: country information names such dates after «født i <sted>» all the time (the
probe after round 8: 41 ordinary sentences refused without this)."""


# A date written the Chinese, Japanese or Korean way (`1992年3月17日`, `1992년 3월 17일`, a
# Japanese era year `平成4年3月17日`): a date of birth when a birth word stands before it in its
# sentence (`født 1992年3月17日`, `出生日期`, `생년월일`) or `生`/`생`/`生まれ` («born») after it
# (`1992년 3월 17일생`).
_HAN = numerals.han_numerals()
_HAN_NUMERAL = re.compile(f"[{_HAN}]")
_CJK_DATE = re.compile(
    rf"(?:(?P<era>平成|昭和|令和|大正)[ \u00a0]?(?P<eyear>[0-9]{{1,2}}|元|[{_HAN}]{{1,3}})"
    rf"|(?P<year>[0-9]{{4}}|[{_HAN}]{{4}}))"
    rf"[ \u00a0]?[年년][ \u00a0]?(?P<month>[0-9]{{1,2}}|[{_HAN}]{{1,3}})[ \u00a0]?[月월][ \u00a0]?"
    rf"(?P<day>[0-9]{{1,2}}|[{_HAN}]{{1,3}})[ \u00a0]?[日일号號]"
)
"""The parts in digits or in Han numerals (`一九九二年三月十七日`: the year digit by digit, the
month and the day with 十), the day marked by 日, Korean 일, or 号/號 as spoken Chinese writes it
(`1992年3月17号`)."""
_ERA_START = {"大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
"""The Gregorian year before each Japanese era's first year (``平成4年`` is 1992)."""
_CJK_BORN_AFTER = re.compile(r"[ \u00a0]?(?:生まれ|生|생|出生)")
_CJK_BIRTH_KEY = re.compile(rf"{_BIRTH_KEY}|出生|生年月日|생년월일|생일|태어났|誕生|诞生|生于|生於")


def _cjk_number(part: str) -> int:
    """A part of an East Asian date: digits, or Han numerals (`numerals.value`: `一九九二` digit
    by digit, `十七` with its ten); 0 when it reads as no number."""
    if part.isascii():
        return int(part)
    said = numerals.value(part)
    return int(said) if said is not None and said.isdigit() else 0


def _cjk_births(text: str) -> list[Candidate]:
    """Dates of birth written the East Asian way (see `_CJK_DATE`)."""
    found: list[Candidate] = []
    if "年" not in text and "년" not in text:
        return found
    for date in _CJK_DATE.finditer(text):
        era = date.group("era")
        if era:
            first = date.group("eyear")
            year = _ERA_START[era] + (1 if first == "元" else _cjk_number(first))
        else:
            year = _cjk_number(date.group("year"))
        month, day = _cjk_number(date.group("month")), _cjk_number(date.group("day"))
        if not 1900 <= year <= 2099 or not 1 <= month <= 12 or not is_date(year, month, day):
            continue
        begin, _ = _sentences_around(text, date.start(), date.end(), 0)
        if _CJK_BORN_AFTER.match(text, date.end()) is None and (
            _CJK_BIRTH_KEY.search(text, begin, date.start()) is None
        ):
            continue
        value = date.group()
        masked = mask_digits(_HAN_NUMERAL.sub("•", value))  # (a Han numeral shows no digit)
        found.append((date.start(), date.end(), WHAT_BIRTH, masked, value))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


# An age reached and the whole date it was reached on (`fylte 18 år 17.03.2010`, `ble 32 år den
# 17.03.2024`): the day and month of birth, and the year by subtraction. Narrowly: a word of
# reaching an age, the age with `år`, then the date (perhaps after `den`, `på`, `gammel`) in the
# same clause; `var 17 år 17.03.2010` (an age on a day, not a birthday) and a date after `og` or
# a full stop pass.
_AGE_REACHED = re.compile(
    r"[0-9](?<![\w.,][0-9])[0-9]{0,2}[ \u00a0]*(?:år|years?)(?![\w])"
    # up to four words between, commas too (`fylte 18 år søndag 17.03.2010`, `fylte 18 år på en
    # søndag, 17.03.2010`, `ble 18 år gammel den 17.03.2010`), none that starts a new clause
    rf"(?P<gap>(?:[ \u00a0,]+(?!(?:{_GAP_STOP})(?![\w-]))[^\W\d_][\w-]*+){{0,4}}?)[ \u00a0,]*"
    rf"(?<![\w.]){_DATE}"
)
"""The age and the date (found from the age's first digit: one class first). A gap that names
an event (`fylte 18 år i mottaket, intervjuet 17.03.2010`: `_EVENT`) dates that event."""
_DATE_THEN_GAP = re.compile(
    rf"(?<![\w.]){_DATE}"
    rf"(?P<gap>(?:[ \u00a0,]+(?!(?:{_GAP_STOP})(?![\w-]))[^\W\d_][\w-]*+){{0,4}}?)[ \u00a0,]+\Z"
)
"""A date and up to four words before a word of reaching an age (`17.03.2010 fylte han 18 år`,
`Søndag 17.03.2010, en søndag, fylte han 18 år`): searched for before it, not across the text."""
_REACHING = re.compile(
    r"(?i)(?<![\w])(?:fyller|fylte|fylle|fyll|blir|ble|runder|rundet|feirer|feiret|turned|turns)"
    r"(?:[ \u00a0]+(?!(?:ikke|aldri|not|never)(?![\w]))[^\W\d_]+){0,2}?[ \u00a0]+\Z"
)
"""The word of reaching an age right before it (`fylte`, `fylte han`); not denied (`fylte
søkeren ikke 18 år`: the probe after round 9)."""
_AGE_REACHED_WORDS = ("fyl", "ble", "blir", "rund", "feir", "turn")
"""Every text `_age_reached_dates` finds something in holds one of these (lower-cased)."""


def _age_reached_dates(text: str) -> list[Candidate]:
    """Dates an age was reached on (see `_AGE_REACHED`, `_DATE_THEN_GAP`): found from the age,
    the word of reaching it looked for right before (in the lowered text first: most ages in a
    decision are reached by no one), then the date after the age or before that word."""
    found: list[Candidate] = []
    if not has_digit(text) or not may_hold(text, _AGE_REACHED_WORDS):
        return found
    low = prefilter.lowered_alike(text)
    for age in _AN_AGE.finditer(text):
        window = max(0, age.start() - 40)
        if low is not None and not any(w in low[window : age.start()] for w in _AGE_REACHED_WORDS):
            continue
        reaching = _REACHING.search(text, window, age.start())
        if reaching is None:
            continue
        candidate = _date_after_age(text, age.start())
        if candidate is None:
            candidate = _date_before_reaching(text, reaching.start())
        if candidate is not None:
            found.append(candidate)
            if caps.full(found):
                break  # the rest is not read (`caps.py`)
    return found


# A date of birth a reader computes rather than reads (attack round 9): a birth word's date in
# the ISO week or ordinal notation (`født 1994-W13-7`, `fødselsdato: 1994-093`) or in a year of the
# Buddhist era (`født 3. april 2537`: 1994); an age counted in days (`var 10 957 dager gammel`, with
# the decision's date on the page); a birthday tied to the decision or another dated day
# (`vedtaket ble fattet på søkerens 30-årsdag`, `fylte 30 år samme dag som vedtaket ble fattet`,
# `født nøyaktig 30 år før dette vedtaket`).
_ISO_WEEK_OR_ORDINAL = re.compile(
    r"(?<![\w.-])(?P<y>(?:19|20)[0-9]{2})"
    r"(?:-?[Ww](?P<w>[0-5][0-9])-?(?P<wd>[1-7])|-(?P<o>[0-3][0-9]{2}))(?![\w])"
)
_BUDDHIST_ERA = 543
"""A year of the Buddhist era less this is the Gregorian year (Thailand's calendar)."""
_OTHER_ERA_DATE = re.compile(rf"(?i)(?<![\w.]){_DATE}")
_ERA_YEAR = re.compile(r"(?<![0-9])2[4-6][0-9]{2}(?![0-9])")
_DAYS_OLD = re.compile(
    r"(?i)(?<![\w.,])(?P<n>[0-9]{1,3}(?:[ \u00a0]?[0-9]{3})*)[ \u00a0]+(?:dager|døgn|days|dagar)"
    r"[ \u00a0]+(?:gammel|gammelt|gamle|old)(?![\w])"
)
_A_YEAR_IN_DAYS = 366
"""An age in days at least this is no newborn's: a date of birth written to be counted back."""
_BIRTHDAY_TIED = re.compile(
    r"(?i)(?<![\w])(?:"
    r"(?P<birthday>[0-9]{1,3}[ \u00a0]?-?[ \u00a0]?årsdag(?:en)?)"
    r"|(?P<reached>(?:fylte|ble|rundet|feiret)[ \u00a0]+[0-9]{1,3}[ \u00a0]+år[ \u00a0,]+"
    r"(?:(?:på|den)[ \u00a0]+)?(?:samme[ \u00a0]+dag(?:en)?|den[ \u00a0]+dagen|dagen))"
    r"|født[ \u00a0]+(?:(?:nøyaktig|eksakt|på[ \u00a0]+dagen|akkurat)[ \u00a0]+)?[0-9]{1,3}"
    r"[ \u00a0]+år[ \u00a0]+(?:før|etter)(?![\w]))"
)
_DECIDED_ON = re.compile(
    r"(?i)(?:fattet|truffet|avgjort|vedtatt)[ \u00a0]+på[ \u00a0]+"
    r"(?:(?:søkerens|klagerens|barnets|hans|hennes|sin)[ \u00a0]+)?\Z"
)
"""A decision made on a birthday (`vedtaket ble fattet på søkerens 30-årsdag`): the decision's
date is on its page. A birthday as a time limit (`vedtak skal fattes før 18-årsdagen`) or as an
event with no date (`innkalt på 18-årsdagen`) is no date of birth (the probe after round 9)."""
_THE_DECISION = re.compile(r"(?i)[ \u00a0]+(?:som[ \u00a0]+|da[ \u00a0]+)?[^\W\d_]*vedtak")
"""After an age reached «samme dag» or «den dagen»: the decision (`fylte 30 år samme dag som
vedtaket ble fattet`); another event (`samme dag som han kom til Norge`) has no date here."""
_COMPUTED_WORDS = ("fød", "dob", "birth", "dag", "døgn", "days", "-w")


def _computed_births(text: str) -> list[Candidate]:
    """Dates of birth a reader computes (see `_ISO_WEEK_OR_ORDINAL`)."""
    found: list[Candidate] = []
    if not has_digit(text) or not may_hold(text, _COMPUTED_WORDS):
        return found

    def add(start: int, end: int) -> None:
        value = text[start:end]
        found.append((start, end, WHAT_BIRTH, mask_digits(value), value))

    def after_birth_word(start: int) -> bool:
        begin, _ = _sentences_around(text, start, start, 0)
        return _BIRTH_KEY_AT.search(text, begin, start) is not None

    for date in _ISO_WEEK_OR_ORDINAL.finditer(text):
        year = int(date.group("y"))
        if date.group("o"):
            valid = 1 <= int(date.group("o")) <= (366 if is_date(year, 2, 29) else 365)
        else:
            valid = 1 <= int(date.group("w")) <= 53
        if valid and after_birth_word(date.start()):
            add(date.start(), date.end())
    if _ERA_YEAR.search(text) and may_hold(text, _BIRTH_STEMS):
        for date in _OTHER_ERA_DATE.finditer(text):
            day, month, era_year = _day_month_year(date)
            if era_year is None or not 1900 <= era_year - _BUDDHIST_ERA <= 2099:
                continue
            if is_date(era_year - _BUDDHIST_ERA, month, day) and after_birth_word(date.start()):
                add(date.start(), date.end())
    for age in _DAYS_OLD.finditer(text) if may_hold(text, ("gam", "old")) else ():
        days = int(_digits(age.group("n")))
        if days >= _A_YEAR_IN_DAYS or _dated_sentence(text, age.start(), age.end()):
            add(age.start(), age.end())
    tied_words = ("årsdag", "samme dag", "dagen", "født")
    for tied in _BIRTHDAY_TIED.finditer(text) if may_hold(text, tied_words) else ():
        if (
            tied.group("birthday")
            and not _dated_sentence(text, tied.start(), tied.end())
            and _DECIDED_ON.search(text, max(0, tied.start() - 40), tied.start()) is None
        ):
            continue  # `innkalt på 18-årsdagen`: a birthday, not a date
        if tied.group("reached") and _THE_DECISION.match(text, tied.end()) is None:
            continue  # `fylte 18 år samme dag som han ble innkalt`: an event with no date
        add(tied.start(), tied.end())
    found.sort()
    return found[: caps.CAP]


def _day_month_year(date: re.Match[str]) -> tuple[int, int, int | None]:
    """The day, month and four-digit year of a `_DATE` match (year `None` when it has two)."""
    fields = _date_fields(date)
    if fields is None:
        return 0, 0, None
    day, month, year, form = fields
    return day, _month_number(month, form), int(year) if len(year) == 4 else None


def _dated_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` holds a whole date as well."""
    begin, finish = _sentences_around(text, start, end, 0)
    return any(
        _day_month_year(date)[2] is not None
        for date in _OTHER_ERA_DATE.finditer(text, begin, finish)
        if not start <= date.start() < end
    )


_AN_AGE = re.compile(r"[0-9](?<![\w.,][0-9])[0-9]{0,2}[ \u00a0]*(?:år|years?)(?![\w])")
"""The age of `_AGE_REACHED` alone."""


def _date_after_age(text: str, at: int) -> Candidate | None:
    """The date an age reached at `at` was reached on, after it (`_AGE_REACHED`)."""
    match = _AGE_REACHED.match(text, at)
    if match is None or _EVENT.search(match.group("gap")) is not None:
        return None
    if "," in text[match.end("gap") : _date_start(match)]:  # the date opens a clause
        edge = _CLAUSE_EDGE.search(text, match.end(), match.end() + 120)
        if _EVENT.search(text, match.end(), edge.start() if edge else match.end() + 120):
            return None  # `fylte 18 år under behandlingen, 17.03.2010 kom vedtaket`
    return _birth(match)


def _date_before_reaching(text: str, at: int) -> Candidate | None:
    """The date before a word of reaching an age at `at` (`_DATE_THEN_GAP`)."""
    date = _DATE_THEN_GAP.search(text, max(0, at - 100), at)
    if date is None or _EVENT.search(date.group("gap")) is not None:
        return None
    start = _date_start(date)
    lead = text[max(0, start - 40) : start]
    edges = [edge.end() for edge in _CLAUSE_EDGE.finditer(lead)]
    lead = lead[edges[-1] if edges else 0 :].rsplit("\n", 1)[-1].rsplit(". ", 1)[-1]
    if _EVENT.search(lead) is not None or _SPAN_WORDS.search(lead) is not None:
        return None  # `vedtaket 17.03.2010 fylte han …`, `etter 17.03.2010 fylte han …`
    return _birth(date)


# A date of birth given by reference (`født samme dag som Kong Harald`): what a reader can work
# out is what the gate judges. A birth on the same day as a public person or a public event
# (a capitalised name, a title or office: `Kong Harald`, `kronprinsen`, `Berlinmuren falt`)
# gives the day and the year to anyone who looks that person or event up; the same birthday
# (`har samme fødselsdag som Kong Harald`, `deler bursdag med dronningen`) gives the day and
# the month, so it is a date of birth when a year or an age stands in the sentence or the next
# (as `_day_month_births`). A birth on the same day as kin or an unnamed person (`samme dag som
# tvillingbroren`, `samme dag som faren døde`) gives a reader nothing to look up, nor does the
# same year (`født samme år som Kong Harald`). A public day with a year is read by `_read_birth`
# (`født på nasjonaldagen 1992`, `_NAMED_DAYS`).
_PUBLIC_ROLE = (
    r"(?:kong(?:en)?|dronning(?:en)?|kronprins(?:en|essen|esse)?|prins(?:en|essen|esse)?"
    r"|keiser(?:en)?|pave(?:n)?|president(?:en)?|statsminister(?:en)?|king|queen|prince"
    r"|princess|pope)(?![\w])"
)
"""A title or office a reader can look the holder of up (the holder's name may follow)."""
_SP = r"[ \u00a0]+"
_SAME_DAY = re.compile(
    r"(?i)(?<![\w])(?:"
    rf"(?P<born>født|fødd|född|born)(?:{_SP}(?:på|den|on))?{_SP}(?:samme|same){_SP}"
    r"(?:dag(?:en)?|dato(?:en)?|day|date)"
    rf"|(?P<date>samme{_SP}fødselsdato|same{_SP}(?:date{_SP}of{_SP}birth|birth[ \u00a0]?date))"
    rf"|(?:samme|same){_SP}(?:fødselsdag|bursdag|birthday)"
    rf"|(?:fødselsdag|bursdag|birthday)(?:en)?{_SP}(?:på{_SP})?(?:samme|same){_SP}"
    r"(?:dag|dato|day|date)"
    rf"|(?:deler|delte|shares?|shared){_SP}(?:fødselsdag|bursdag|birthday)(?:en)?"
    rf"){_SP}(?:som|as|med|with){_SP}"
    # a capitalised name, perhaps after a noun (`sangeren Sissel`), or a title or office
    rf"(?P<who>(?-i:(?:[a-zæøå]++{_SP})?[A-ZÆØÅ][\w-]*+)|{_PUBLIC_ROLE})"
)
"""A birth on the same day, a same date of birth (the day and the year), or a same birthday (the
day and the month), and whom it is the same as."""
_SAME_DAY_WORDS = ("samme", "same", "deler", "delte", "share")
"""Every match of `_SAME_DAY` holds one of these (lower-cased)."""
_SAME_DAY_HINT = re.compile(
    r"(?:samme|same)[ \u00a0]+(?:dag|dato|day|date|fødsel|bursdag|birth)"
    r"|(?:deler|delte|share[sd]?)[ \u00a0]+(?:fødsel|bursdag|birth)"
)
"""What every match of `_SAME_DAY` holds, in small letters: `samme` alone is in most decisions,
`samme dag` and `samme fødselsdag` in few (the pattern with its alternatives runs on those)."""
_REFERENCE_MASK = "(dato ved henvisning)"
_NO_PERSON = re.compile(
    r"(?i)(?:i|på|hos|fra|ifølge|etter|in|at|from)[ \u00a0]"
    r"|(?:eurodac|folkeregist|register|udis?\b|politi|pass(?:et)?\b|tazkira|dokument|id-kort"
    r"|fødselsattest|vedtak|søknad|intervju|skjema)"
)
"""A `who` that is a register, a document or a place (`samme fødselsdato som i Eurodac`, `som
Folkeregisteret viser`): an identity assessment comparing registrations, not a birth told by
reference to someone (the probe after round 9)."""


def _hinted(low: str, words: tuple[str, ...], hint: re.Pattern[str]) -> bool:
    """Whether ``hint`` matches where one of ``words`` stands in ``low`` (each found by
    ``str.find``: quicker than a scan of the whole text for a rare phrase of common words)."""
    for word in words:
        at = low.find(word)
        while at >= 0:
            if hint.match(low, at) is not None:
                return True
            at = low.find(word, at + 1)
    return False


class _Stops:
    """Every sentence's end in a text (`_SENTENCE_STOP`), read once: `around` answers as
    `_sentences_around` does by bisection, for a rule that may judge thousands of phrases in one
    text (a megabyte of `samme fødselsdag som …`)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        found = [(m.start(), m.end()) for m in _SENTENCE_STOP.finditer(text)]
        self.starts = [start for start, _ in found]
        self.ends = [end for _, end in found]

    def around(self, start: int, end: int, more: int) -> tuple[int, int]:
        lo = max(0, start - _SENTENCE_REACH)
        at = bisect.bisect_right(self.ends, start) - 1
        begin = self.ends[at] if at >= 0 and self.starts[at] >= lo else lo
        finish = min(self.length, end + _SENTENCE_REACH * (more + 1))
        reached = end
        for _ in range(more + 1):
            at = bisect.bisect_left(self.starts, reached)
            if at >= len(self.starts) or self.ends[at] > finish:
                return begin, finish
            reached = self.ends[at]
        return begin, reached


def _near_year(years: list[tuple[int, int]], begin: int, end: int) -> bool:
    """Whether a year or an age of ``years`` (spans, in order) lies within ``begin``-``end``:
    found by bisection, so a text of a thousand birthdays reads its years once."""
    at = bisect.bisect_left(years, (begin, -1))
    return at < len(years) and years[at][1] <= end


def _referenced_births(text: str) -> list[Candidate]:
    """Dates of birth given by reference to a public person or event (see `_SAME_DAY`)."""
    found: list[Candidate] = []
    if not may_hold(text, _SAME_DAY_WORDS):
        return found
    low = prefilter.lowered_alike(text)
    if low is not None and not _hinted(low, _SAME_DAY_WORDS, _SAME_DAY_HINT):
        return found
    years: list[tuple[int, int]] | None = None  # every year or age, once (`_near_year`)
    stops: _Stops | None = None  # every sentence's end, once
    for match in _SAME_DAY.finditer(text):
        if _NO_PERSON.match(match.group("who")):
            continue
        if not (match.group("born") or match.group("date")):  # the day and the month only
            if years is None or stops is None:
                years = [(m.start(), m.end()) for m in _YEAR_OR_AGE.finditer(text)]
                stops = _Stops(text)
            first, last = stops.around(match.start(), match.end(), 1)
            before, _ = stops.around(max(0, first - 2), max(0, first - 1), 0)
            start, end = match.span()
            if not _near_year(years, min(before, first), start) and not _near_year(
                years, end, last
            ):
                continue
        value = text[match.start() : match.end("who")]
        found.append((match.start(), match.end("who"), WHAT_BIRTH, _REFERENCE_MASK, value.lower()))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


# An age with a date beside it in parentheses (`Søkeren, 32 (17.3.92)`, `17.03.1992 (32)`): the
# date of birth when the age and the year add up to a year of a decision (2000-2035).
_AGE_THEN_DATE = re.compile(
    r"(?:(?<=,[ \u00a0])|(?<=\A)|(?<=\n)|(?<=\()|(?<=alder[ \u00a0:])|(?<=age[ \u00a0:]))"
    rf"(?P<age>[0-9]{{1,3}})(?P<unit>[ \u00a0]*år)?[ \u00a0]*\([ \u00a0]*"
    rf"(?:(?:f\.|født|fødd|b\.|born)[ \u00a0]*)?{_DATE}[ \u00a0]*\)"
)
_DATE_THEN_AGE = re.compile(
    rf"(?<![\w.]){_DATE}[ \u00a0]*\([ \u00a0]*(?P<age>[0-9]{{1,3}})(?P<unit>[ \u00a0]*år)?"
    r"[ \u00a0]*\)"
)
"""(An age stands after a comma, at a line's start or with ``år``, not after any word: ``fikk 3
(17.3.2016) dager`` is a count; a bare number after a date is an age from 15 on.)"""


_AGED_HINT = re.compile(
    r"[0-9](?:[ \u00a0]*år)?[ \u00a0]*\(|\([ \u00a0]*[0-9]{1,3}(?:[ \u00a0]*år)?[ \u00a0]*\)"
)
"""What every match of `_AGE_THEN_DATE` holds (an age's last digit before its parenthesis) or
of `_DATE_THEN_AGE` (the age in its parentheses): without it, neither needs a scan."""


def _year_of(match: re.Match[str]) -> int | None:
    fields = _date_fields(match)
    return None if fields is None else _full_year(fields[2])


def _aged_dates(text: str) -> list[Candidate]:
    """Dates of birth beside an age in parentheses (`_AGE_THEN_DATE`, `_DATE_THEN_AGE`)."""
    if "(" not in text or _AGED_HINT.search(text) is None:
        return []
    found: list[Candidate] = []
    for pattern in (_AGE_THEN_DATE, _DATE_THEN_AGE):
        for match in pattern.finditer(text):
            year, age = _year_of(match), int(match.group("age"))
            if year is None or not 2000 <= year + age <= 2035:
                continue
            if pattern is _DATE_THEN_AGE and age < 15 and not match.group("unit"):
                continue
            candidate = _birth(match)
            if candidate is not None:
                found.append(candidate)
                if caps.full(found):
                    return found  # the rest is not read (`caps.py`)
    return found


# A day and a month in digits after a birth word, the year left out (`Fødselsdag: 17.03.`): a
# date of birth when a year or an age stands in the sentence before, the same or the next.
_BIRTH_DAY_MONTH = re.compile(
    r"(?i)(?<![\w])(?:fødselsdag(?:en)?|bursdag(?:en)?|født|fødd|fødselsdato(?:en)?|geburtstag"
    r"|birthday|dob)(?:[ \u00a0]+(?:hans|hennes|er|var|den))*[ \u00a0:]*"
    r"(?P<d>[0-9]{1,2})[./](?P<m>[0-9]{1,2})(?![0-9]|[./-][0-9])\.?"
)


_BIRTH_DAY_MONTH_WORDS = ("fød", "bursdag", "geburtstag", "birthday", "dob")
"""Every match of `_BIRTH_DAY_MONTH` holds one of these (lower-cased), and a digit."""


def _keyword_day_months(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    if not has_digit(text) or not may_hold(text, _BIRTH_DAY_MONTH_WORDS):
        return found
    for match in _BIRTH_DAY_MONTH.finditer(text):
        if not is_date(2000, int(match.group("m")), int(match.group("d"))):
            continue
        begin, end = _sentences_around(text, match.start(), match.end(), 1)
        before, _ = _sentences_around(text, max(0, begin - 2), max(0, begin - 1), 0)
        around = text[min(before, begin) : match.start()] + " " + text[match.end() : end]
        if _YEAR_OR_AGE.search(around) is None:
            continue
        start = match.start("d")
        value = text[start : match.end("m")]
        found.append((start, match.end("m"), WHAT_BIRTH, mask_digits(value), value))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


# A date of birth in words: a birth word, then an ordinal day (`syttende`, `17.`), a month and a
# year in words or digits (`født den syttende mars nittenhundreognittito`).
_ORDINAL_UNITS = {
    "første": 1, "andre": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "sjuende": 7,
    "syvende": 7, "åttende": 8, "niende": 9,
}  # fmt: skip
_ORDINALS: dict[str, int] = {
    **_ORDINAL_UNITS, "tiende": 10, "ellevte": 11, "tolvte": 12, "trettende": 13,
    "fjortende": 14, "femtende": 15, "sekstende": 16, "syttende": 17, "attende": 18,
    "nittende": 19, "tjuende": 20, "tyvende": 20, "trettiende": 30, "tredevte": 30,
    **{f"{ten}{unit}": value + n for ten, value in (("tjue", 20), ("tyve", 20)) for unit, n in
       _ORDINAL_UNITS.items()},
    "trettiførste": 31, "enogtyvende": 21, "enogtrettiende": 31,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
    **{f"twenty-{unit}": 20 + n for unit, n in (
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
        ("seventh", 7), ("eighth", 8), ("ninth", 9))},
}  # fmt: skip
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_DAY_WORD = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_WORDS_DATE = re.compile(
    r"(?i)(?<![\w])(?:født|fødd|född|fødselsdag(?:en)?|fødselsdato(?:en)?|bursdag(?:en)?|born"
    r"|birthday|geboren|dob)(?:[ \u00a0]+(?:den|på|on|the|er|var|hans|hennes))*[ \u00a0:]+"
    rf"(?P<day>{_ORDINAL}|{_DAY_WORD}|[0-9]{{1,2}}\.?)(?:[ \u00a0]+(?:of|i))?[ \u00a0]+"
    rf"(?P<month>{_MONTH})"
    r"\.?,?[ \u00a0]+(?P<year>[^\W\d_][\w-]*+(?:[ \u00a0]+[^\W\d_][\w-]*+){0,5})"
)

_WORDS_DATE_WORDS = ("fød", "född", "bursdag", "born", "birthday", "geboren", "dob")
"""Every match of `_WORDS_DATE` holds one of these (lower-cased)."""


def _worded_births(text: str) -> list[Candidate]:
    """Dates of birth whose year is in words (`_WORDS_DATE`), the day in words or digits."""
    found: list[Candidate] = []
    if not may_hold(text, _WORDS_DATE_WORDS):
        return found
    for match in _WORDS_DATE.finditer(text):
        day_text = match.group("day").lower().rstrip(".")
        day = int(day_text) if day_text.isdigit() else _ORDINALS.get(day_text, 0)
        day = day or _DAY_WORDS.get(day_text, 0)
        words = match.group("year").split()
        year = next(
            (y for n in range(len(words), 0, -1) if (y := spoken.year_of(" ".join(words[:n])))),
            None,
        )
        if year is None or not is_date(year, _MONTHS[match.group("month").lower()], day):
            continue
        start = match.start("day")
        value = text[start : match.end("year")]
        found.append((start, match.end("year"), WHAT_BIRTH, "(dato med ord)", value.lower()))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


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
_BIRTH_WORD = re.compile(r"ødsel|ØDSEL|dob|DOB|Dob|birth|Birth|BIRTH")
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


def _by_first_letter(words: Collection[str]) -> str:
    """``a|b|...`` as a pattern grouped by first character (``f(?:ød|\\.|dt)|d(?:ob|...)``): the
    engine tries one group at each character instead of every word in turn."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


_ANY_STEM = re.compile(_by_first_letter((*_BIRTH_STEMS, *_DOCUMENT_STEMS, *_PHONE_STEMS)))
"""Whether `_STEM` finds anything at all (most runs of digits have no stem before them)."""


def _after_keyword(text: str, at: int, found: list[list[Candidate]], seen: set[int]) -> None:
    """Dates of birth and document numbers after their keyword, near the digits at `at`: the
    pattern is tried only where a stem stands in the characters before them."""
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
        if candidate is None and index == BIRTH:
            candidate = _read_birth(text, lo + stem.start())
        if candidate is not None and candidate[0] not in seen and candidate[1] > at:
            seen.add(candidate[0])
            found[index].append(candidate)


# -- foreign phone numbers ---------------------------------------------------------------------

_INTERNATIONAL = re.compile(
    r"(?:\([ \u00a0]?(?:\+|00)[ \u00a0]?[1-9][0-9]{0,2}[ \u00a0]?\)|\+[ \u00a0]?[1-9]"
    r"|0(?<![0-9A-Za-z]0)0[ \u00a0]?[1-9])"
)
_NATIONAL = re.compile(
    r"(?:\(0[0-9]{1,4}\)|0(?<![0-9A-Za-z.,/+-]0)[1-9])"
    r"(?:[ \u00a0./-]?\(?[0-9]\)?){7,11}(?![0-9A-Za-z]|[.,/-][0-9])"  # not in a word or a hash
)
# The main arrival and transit countries: their national form, with a trunk 0.
_REGIONS = ("UA", "SY", "AF", "TR", "ER", "SO", "IQ", "IR", "SE", "DK", "DE", "RU", "PL", "GB")
# More arrival countries (Egypt's mobiles `010 1234 5678`, Pakistan's, Nigeria's...): only when
# the number is grouped. An 11-digit run from 0 is as often a fødselsnummer with a wrong check
# digit (day 01, month 01-09: `01020350188` is an Egyptian mobile too), which is no phone.
_REGIONS_GROUPED = (
    "EG", "PK", "ET", "SD", "NG", "BD", "MA", "DZ", "TN", "LY", "VN", "LK", "MM", "GE", "CN",
)  # fmt: skip


def _is_date_like(chunk: str) -> bool:
    groups = [len(g) for g in re.findall(r"[0-9]+", chunk)]
    return groups in ([2, 2, 4], [4, 2, 2], [2, 2, 2], [2, 2, 2, 2], [2, 2, 4, 2, 2])


def _international(text: str, at: int, budget: _Budget) -> Candidate | None:
    """A number with a country code other than +47 starting at `at` (`+`, `(` or `00`)."""
    trigger = _INTERNATIONAL.match(text, at)
    if trigger is None:
        return None
    window = text[at : at + 32]
    import phonenumbers

    if not budget.spend():
        chunk = _ANY_NUMBER.match(window)
        if chunk is None or window.startswith(("+47", "0047", "(+47", "(0047", "+ 47")):
            return None
        return at, at + chunk.end(), WHAT_FOREIGN_PHONE, mask_digits(chunk.group()), chunk.group()
    for number in phonenumbers.PhoneNumberMatcher(window, "NO", max_tries=2):
        if number.number.country_code == 47 or number.start > 3:
            return None
        national = str(number.number.national_number)
        shown = f"+{number.number.country_code} " + mask_digits(national)
        canonical = f"{number.number.country_code}{national}"
        return at + number.start, at + number.end, WHAT_FOREIGN_PHONE, shown, canonical
    return None


_ANY_NUMBER = re.compile(r"[(+0-9][ \u00a0()+0-9-]{6,24}[0-9]")


@lru_cache(maxsize=4096)
def _national_number(digits: str, grouped: bool = False) -> str | None:
    """The number in international form, when `digits` is valid in one of the regions (those
    of `_REGIONS_GROUPED` too when it was written in groups)."""
    import phonenumbers

    for region in _REGIONS + _REGIONS_GROUPED if grouped else _REGIONS:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return f"{number.country_code}{number.national_number}"
    return None


def _national(text: str, at: int, budget: _Budget) -> Candidate | None:
    """A number in the national form of an arrival or transit country, starting at `at`."""
    match = _NATIONAL.match(text, at)
    if match is None or _is_date_like(match.group()):
        return None
    digits = _digits(match.group())
    if not 9 <= len(digits) <= 12:
        return None
    groups = [len(g) for g in re.findall(r"[0-9]+", match.group())]
    grouped = len(groups) > 1 and groups != [6, 5]  # (6-5: a fødselsnummer's grouping)
    canonical = _national_number(digits, grouped) if budget.spend() else digits
    if canonical is None:
        return None
    return match.start(), match.end(), WHAT_FOREIGN_PHONE, mask_digits(match.group()), canonical


# Mobile numbers written without a trunk 0 in their country: Georgia's (9 digits from 5, grouped
# `555 12 34 56`) and China's (11 digits from 13-19, grouped `138 1234 5678`). Only in these
# groupings, which no amount (`555 123 456`), year or case number has, and valid mobiles there.
_TRUNKLESS = re.compile(
    r"[15](?<![0-9A-Za-z.,/+-][15])(?:"
    r"(?<=5)(?P<GE>[0-9]{2}(?P<s>[ \u00a0.-])[0-9]{2}(?P=s)[0-9]{2}(?P=s)[0-9]{2})"
    r"|(?<=1)(?P<CN>[3-9][0-9](?P<t>[ \u00a0-])[0-9]{4}(?P=t)[0-9]{4})"
    r")(?![0-9A-Za-z]|[.,/-][0-9])"
)


def _trunkless_phones(text: str) -> list[Candidate]:
    """Georgian and Chinese mobile numbers in their national form (see `_TRUNKLESS`). Past
    `_Budget`'s number of candidates the next one is reported unchecked and the scan stops, as
    in `_national_ids` (a text of a thousand such numbers is refused at once)."""
    found: list[Candidate] = []
    budget = _Budget()
    for match in _TRUNKLESS.finditer(text) if "1" in text or "5" in text else ():
        region = "GE" if match.group("GE") else "CN"
        digits = _digits(match.group())
        spent = not budget.spend()
        if spent or _mobile_in(digits, region):
            shown = mask_digits(match.group())
            found.append((match.start(), match.end(), WHAT_FOREIGN_PHONE, shown, digits))
        if spent:
            break
    return found


@lru_cache(maxsize=4096)
def _mobile_in(digits: str, region: str) -> bool:
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    kind = phonenumbers.number_type(number)
    mobile = kind in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    return phonenumbers.is_valid_number(number) and mobile


# -- addresses ---------------------------------------------------------------------------------

_UP = "A-ZÆØÅÄÖÜÉ"
_LOW = "a-zæøåäöüéèáíóúß"
_STREET_END = (
    "gata|gaten|gate|gatan|veien|vegen|vei|veg|vägen|väg|vejen|vej|allé|alléen|plassen|plass"
    "|torget|torg|stredet|straße|strasse|brygga|brygge|bakken"
)
_STREET_SHORT = r"(?<!g)g\.|gt\.|v\.|vn\.|pl\."
"""Abbreviated street endings (`Storg. 5`, `Kirkevn. 2`), after three small letters at least."""
# A house number (a digit after a letter and a space) is the trigger; the street name is looked
# for in the characters before it, the postcode and place after it.
_HOUSE = re.compile(
    r"(?P<number>[0-9](?:(?<=[^\W\d_][ \u00a0][0-9])|(?<=[gvnlrt]\.[ \u00a0][0-9]))[0-9]{0,3}"
    r"(?:(?:[A-Za-z]|[ \u00a0][A-Z])(?![\w]))?)"
    r"(?![0-9]|[.,/-][0-9]|[\w§])"
    rf"(?:,?[ \u00a0]*(?:NO?-)?[0-9]{{4}}[ \u00a0]+[{_UP}][{_LOW}]+(?:[ -][{_UP}][{_LOW}]+)?)?"
)
_HOUSE_WORD = r"(?:[ \u00a0](?:nummer|nr\.?|no\.?))?"
"""A word for «number» between a street and its house number (`Storgata nummer 12`)."""
_STREET = re.compile(
    rf"[{_UP}](?<![\w][{_UP}])(?:"
    rf"[{_LOW}]+(?:{_STREET_END}|gt\.)"
    rf"|[{_LOW}]{{3,}}(?:{_STREET_SHORT})"
    rf"|[{_LOW}.]*+(?:[ \u00a0][{_UP}][{_LOW}.]*+){{0,2}}[ \u00a0]"
    r"(?:gate|gata|gt\.|vei|veg|allé|plass|street|road|avenue|straße|strasse))"
    rf"{_HOUSE_WORD}[ \u00a0]\Z"
)
# A street written in small letters (`storgata 5`): one word with the ending of a street name and
# a letter before it; not the endings that are everyday words too (`arbeidsplass`, `bakken`,
# `torget`), and not a number of something (`omvei 2 ganger`).
_STREET_SMALL = re.compile(
    r"[a-zæøå](?<![\w-][a-zæøå])[a-zæøåäöüé]+"
    r"(?:gata|gaten|gate|gatan|veien|vegen|vei|veg|vägen|vejen|vej|allé|alléen|stredet|straße"
    rf"|strasse|gt\.){_HOUSE_WORD}[ \u00a0]\Z"
)
_NOT_HOUSE_AFTER = re.compile(
    r"[ \u00a0]*(?:år|ganger|gang|km|kilometer|meter|m|mil|timer|time|dager|dag|uker|uke"
    r"|måneder|minutter|min|kr|kroner|prosent|%|personer|mann|biler)(?![\w])"
)
_POSTCODE = re.compile(
    r"[0-9](?<![\w§.,/+][0-9])(?:(?<=(?<![\w-])NO-[0-9])|(?<=(?<![\w-])N-[0-9])|(?<![^\W\d_]-[0-9]))[0-9]{3}"
    r"[ \u00a0]+"
    rf"(?P<place>[{_UP}{_LOW}][{_UP}{_LOW}]+)(?:[ -][{_UP}][{_UP}{_LOW}]+)?(?![\w])"
)
# Towns whose name is also an everyday word: after a postcode only when written with a capital.
_TOWN_WORDS = frozenset(
    ("ski", "mo", "os", "moss", "alta", "bø", "voss", "gol", "lier", "ås", "klepp", "stokke",
     "stange", "bryne", "moelv", "råde", "stord", "odda", "kolbotn", "strømmen")
)  # fmt: skip
_TIME_WORD = re.compile(
    r"(?i)(?:\b(?:i|år|året|siden|fra|før|etter|innen|in|since|from|until|mellom|og|"
    r"januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|"
    r"våren|sommeren|høsten|vinteren|utgangen|starten|slutten)|[-–,§])[ \u00a0]*\Z"
)


def _mask_address(street: str, number: str) -> str:
    """The first letter of the street and the house number as `•` (a postcode is not shown)."""
    return f"{street[0]}… " + re.sub(r"[0-9A-Za-z]", "•", number)


# After an address keyword any capitalised name is a street (`Hjemmeadressen er Tøyenbekken 14`),
# with a house number of three digits at most (not a year), and not a post box.
_NOT_STREET = (
    r"(?:Postboks|Pb|Boks|Kapittel|Kap|Punkt|Pkt|Vedlegg|Side|Del|Avsnitt|Paragraf|Sak"
    r"|Rundskriv|Trinn|Nivå|Alternativ|Versjon|Rom|Etasje)(?![\w])"
)
_KEYWORD_STREET = re.compile(
    r"(?i:adress|address)[a-zæøå]*(?:[ \u00a0]+(?:er|var|is|was)|:)?[ \u00a0]+"
    rf"(?P<street>(?!{_NOT_STREET})[{_UP}][{_LOW}]+(?:[ \u00a0][{_UP}][{_LOW}]+){{0,2}})"
    rf"{_HOUSE_WORD}[ \u00a0]\Z"
)
_APARTMENT = re.compile(
    r"(?i:leilighet(?:en|snummer|snr\.?|nr\.?)?|leil\.|bruksenhet(?:en|snummer|snr\.?)?"
    r"|bolignummer|apartment|flat)(?:[ \u00a0]+(?:nr\.?|no\.?|nummer|er|var))?[ \u00a0:]*[HKLU]\Z"
)
"""A Norwegian apartment number (`leilighet H0302`): its letter, after its keyword."""


def _apartment(text: str, at: int, budget: _Budget) -> Candidate | None:
    """The four digits of an apartment number starting at `at`, after `H`, `K`, `L` or `U`."""
    if re.match(r"[0-9]{4}(?![\w])", text[at : at + 5]) is None:
        return None
    if _APARTMENT.search(text, max(0, at - 30), at) is None:
        return None
    unit = text[at - 1 : at + 4]
    return at - 1, at + 4, WHAT_ADDRESS, unit[0] + "••••", unit.upper()


_ROAD = re.compile(
    r"(?i)(?:riks|fylkes|europa|motor|kommune|hoved|lande|stats|privat)(?:vei|veg)[ \u00a0]\Z"
)
"""A numbered road, not a street (`riksvei 1`, `fylkesvei 250`): its number is no house number.
Not in the definite form (`Riksveien 5` is a street in many towns), nor after an address keyword."""


def _street_address(text: str, at: int, budget: _Budget) -> Candidate | None:
    """A street name before the house number that starts at `at`."""
    house = _HOUSE.match(text, at)
    if house is None:
        return None
    street = _STREET.search(text, max(0, at - 60), at)
    if street is None and len(_digits(house.group("number"))) <= 3:
        keyword = _KEYWORD_STREET.search(text, max(0, at - 60), at)
        if keyword is not None:
            begin = keyword.start("street")
            value = text[begin : house.end()]
            shown = _mask_address(value, house.group("number"))
            return begin, house.end(), WHAT_ADDRESS, shown, _fold(value)
    if street is None:
        street = _STREET_SMALL.search(text, max(0, at - 40), at)
        if street is None or _NOT_HOUSE_AFTER.match(text, house.end("number")):
            return None
    if _ROAD.search(street.group()) and "dress" not in text[max(0, at - 60) : at].lower():
        return None
    value = text[street.start() : house.end()]
    shown = _mask_address(value, house.group("number"))
    return street.start(), house.end(), WHAT_ADDRESS, shown, _fold(value)


_HOUSE_UNITS = ("en", "ett", "to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ni")
_HOUSE_WORDS = (
    *_HOUSE_UNITS, "ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten",
    "atten", "nitten",
    *(f"{ten}{unit}" for ten in ("tjue", "tyve", "tretti", "tredve", "førti", "femti", "seksti",
      "sytti", "åtti", "nitti") for unit in ("", *_HOUSE_UNITS)),
    *(f"{unit}og{ten}" for ten in ("tjue", "tyve", "tretti", "førti", "femti") for unit in
      _HOUSE_UNITS),
)  # fmt: skip
_WORDED_ADDRESS = re.compile(
    rf"[{_UP}](?<![\w][{_UP}])(?:[{_LOW}]+(?:{_STREET_END})"
    rf"|[{_LOW}]+(?:[ \u00a0][{_UP}][{_LOW}]+){{0,2}}[ \u00a0](?:gate|gata|vei|veg|allé|plass))"
    r"[ \u00a0]+(?P<nummer>(?:nummer|nr\.?)[ \u00a0]+)?"
    rf"(?P<number>(?i:{'|'.join(sorted(_HOUSE_WORDS, key=len, reverse=True))}))"
    r"(?:[ \u00a0]?[A-H](?![\w]))?(?![\w])"
    rf"(?P<end>(?=[ \u00a0]*(?:[.,;:!?)]|\n|\Z)|[ \u00a0]+(?:i|på|in)[ \u00a0]+[{_UP}]))?"
)
"""A street and its house number in words (`Storgata tolv i Oslo`, `Storgata nummer tolv`): after
``nummer``/``nr.``, or where the sentence or clause ends after it or a town follows (`i Oslo`):
`Storgata to ganger`, `Storgata en kveld` are no address."""
_WORDED_STREET_ENDS = tuple(_STREET_END.split("|"))


def _worded_addresses(text: str) -> list[Candidate]:
    """Street addresses with the house number in words (see `_WORDED_ADDRESS`)."""
    found: list[Candidate] = []
    if not may_hold(text, _WORDED_STREET_ENDS):
        return found
    for match in _WORDED_ADDRESS.finditer(text):
        if match.group("nummer") is None and match.group("end") is None:
            continue
        value = match.group()
        shown = f"{value[0]}… (husnummer med ord)"
        found.append((match.start(), match.end(), WHAT_ADDRESS, shown, _fold(value)))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


def _postcode(text: str, at: int, budget: _Budget) -> Candidate | None:
    """A Norwegian postcode and the name of a Norwegian town, starting at `at`."""
    match = _POSTCODE.match(text, at)
    if match is None:
        return None
    place = match.group("place")
    folded = _fold(place)
    if folded not in _town_names() and folded not in _county_names():
        return None
    if not place[0].isupper() and folded in _TOWN_WORDS:
        return None
    year = 1900 <= int(text[at : at + 4]) <= 2099
    if year and _TIME_WORD.search(text, max(0, at - 12), at):
        return None
    begin = at
    for prefix in ("NO-", "N-"):
        if text[max(0, at - len(prefix)) : at] == prefix:
            begin = at - len(prefix)
            break
    shown = mask_digits(text[at : match.start("place")].strip()) + " " + place[0] + "…"
    return begin, match.end(), WHAT_ADDRESS, shown, _fold(text[begin : match.end()])


@cache
def _town_names() -> frozenset[str]:
    return frozenset(_fold(t) for t in _NORWEGIAN_TOWNS)


@cache
def _county_names() -> frozenset[str]:
    subdivisions = pycountry.subdivisions.get(country_code="NO")  # type: ignore[no-untyped-call]
    return frozenset(_fold(s.name) for s in subdivisions)


# -- one scan for all of them -------------------------------------------------------------------

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
    cells side by side holds no such number (``rendered.py``). Keep it in step with ``scan``:
    ``tests/test_gate_cost.py`` compares the two."""
    found: list[Candidate] = []
    budget = _Budget(0)
    keyworded: list[list[Candidate]] = [[] for _ in range(8)]
    seen: set[int] = set()
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
            _after_keyword(text, at, keyworded, seen)
    national = [c for c in keyworded[DOCUMENT] if c[2] == WHAT_FOREIGN_ID]
    return found + national + _keyword_accounts(text) + _national_ids(text) + _iranian_codes(text)


def scan(text: str, known_names: Collection[str] = ()) -> list[list[Candidate]]:
    """The candidates of every class, one list a class, in the order of the names above."""
    found: list[list[Candidate]] = [[] for _ in range(8)]
    seen: set[int] = set()
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
            _after_keyword(text, at, found, seen)
    found[ACCOUNT] += _keyword_accounts(text)
    found[FOREIGN_ID] += _national_ids(text) + _iranian_codes(text)
    found[FOREIGN_PHONE] += _trunkless_phones(text)
    found[DOCUMENT] += _vehicles(text)  # (a registration ranks with the documents' numbers)
    found[ADDRESS] += _worded_addresses(text)
    for births in (
        _day_month_births,
        _aged_dates,
        _keyword_day_months,
        _worded_births,
        _age_reached_dates,
        _sentence_births,
        _cjk_births,
        _computed_births,
        _referenced_births,
    ):
        if not caps.full(found[BIRTH]):
            spans = {(start, end) for start, end, *_ in found[BIRTH]}
            # a date two readers find (a birth word's sentence and its keyword) counts once
            # towards the cap: 90 reviewed dates and their markers stay under it
            found[BIRTH] += [c for c in births(text) if (c[0], c[1]) not in spans]
    found[NAME] = names.find(text, known_names)
    return found
