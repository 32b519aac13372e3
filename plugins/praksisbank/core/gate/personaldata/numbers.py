"""Numbers with a check digit or a keyword: IBANs, Norwegian account numbers (by shape and
after their keyword), foreign and national identity numbers (python-stdnum), Iran's national
code.

Imports: `candidates.py`, the gate's `prefilter`, python-stdnum and `pycountry`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.fi import hetu
from stdnum.no import kontonr
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.ua import rntrc

from praksisbank.core.gate import caps
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_ACCOUNT,
    WHAT_FOREIGN_ID,
    WHAT_IBAN,
    Candidate,
    _Budget,
    _digits,
    mask_alnum,
    mask_digits,
)
from praksisbank.core.gate.prefilter import Keyed, has_digit, may_hold

# Starts at the first check digit (digits are rare in prose, so the engine skips ahead in C); the
# country code is checked behind it.
_IBAN = re.compile(
    r"[0-9](?<=[A-Z]{2}[0-9])(?<![0-9A-Za-z][A-Z]{2}[0-9])[0-9](?:[ \u00a0-]?[0-9A-Z]){11,30}"
    r"(?![0-9A-Za-z])"
)


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
    r"(?:[ \u00a0]+(?:hans|hennes|hennar|nr\.?|nummer|no\.?|er|var))*[ \u00a0:.#]*\Z"
)
"""The keyword of an account number right before it (`Kontoen 1503.12.34567`): after it, a number
shaped as one (4-2-5) is one whether its check digit is right or not; a reader sees an account."""


_KEYWORD_ACCOUNT = re.compile(
    r"(?i)(?<![\w])(?:bank[ \u00a0-]?)?(?:konto(?:nummer|nr\.?)?|iban|account|hesab"
    r"|\u062d\u0633\u0627\u0628|\u0631\u0642\u0645[ \u00a0]+\u0627\u0644\u062d\u0633\u0627\u0628)"
    r"(?:-?(?:en|et|er|s|nummeret|nummer|number|no\.?|nr\.?)(?![\w]))?"
    r"(?:[ \u00a0]+(?:hans|hennes|hennar|nr\.?|nummer|number|no\.?|er|var|is|was|in|i|p\u00e5)"
    r"(?![\w]))*"
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
    r"[\w-]*(?:[ \u00a0]+(?:nummer|nr\.?|no\.?|number|er|var|is|was|hans|hennes|hennar|sitt))*"
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
    return found + _grouped_foreign_ids(text)


# Attack round 11: the identity numbers of the largest arrival countries python-stdnum knows,
# written in groups as their documents print them: Turkey's T.C. kimlik (`912 345 678 72`,
# `123.456.789.50`), Ukraine's RNOKPP (`34567-89125`, `3456 789 125`), Russia's personal INN
# (12 digits) and СНИЛС (`112-233-445 95`; stdnum has no module: its published rule is
# `snils_valid`). The whole runs are read by `_foreign_identity`; in groups, a run is read
# only when its digits are the number's length and not an amount's groups (`1 234 567 890`).
_GROUPED_ID = re.compile(
    r"[0-9](?<![0-9A-Za-z.,/+-][0-9])[0-9]{1,5}(?:[ \u00a0.\-][0-9]{2,6}){1,4}"
    r"(?![0-9A-Za-z]|[.,/-][0-9])"
)


_TAX_WORD = re.compile(
    r"(?i)(?:рнокпп|іпн|ідентифікаційн\w*|податков\w*|инн|rnokpp|ipn|snils|снилс|skatte?\w*"
    r"|tax)[^0-9\n]{0,24}\Z"
)
"""A Ukrainian taxpayer number's (or a СНИЛС's) keyword: a grouped ten-digit run with one check
digit passes one number in ten, so it counts only after one of these (read in the 40 characters
before a run whose check holds, so only there)."""


def _after_tax_word(text: str, at: int) -> bool:
    return _TAX_WORD.search(text[max(0, at - 40) : at]) is not None


def snils_valid(digits: str) -> bool:
    """Russia's insurance number (СНИЛС): the first nine digits weighted 9 down to 1, the sum
    below 100 is the check number, 100 and 101 give 00, a larger sum is taken modulo 101 first
    (100 again giving 00). Numbers up to 001-001-998 carry no check."""
    if len(digits) != 11 or not digits.isdigit() or int(digits[:9]) <= 1001998:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(9, 0, -1), strict=True))
    if total > 101:
        total %= 101
    return f"{total % 100:02d}" == digits[9:] if total < 100 else digits[9:] == "00"


def _grouped_foreign_ids(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    if not has_digit(text):
        return found
    for match in _GROUPED_ID.finditer(text):
        value = match.group()
        groups = re.findall("[0-9]+", value)
        digits = "".join(groups)
        if len(digits) not in (10, 11, 12) or _amount_like_groups(groups):
            continue
        if len(digits) == 11:
            valid = bool(tckimlik.is_valid(digits)) or (
                snils_valid(digits)
                and (
                    [len(g) for g in groups] == [3, 3, 3, 2] or _after_tax_word(text, match.start())
                )
            )
        elif len(digits) == 12:
            valid = bool(inn.is_valid(digits))
        else:
            valid = bool(rntrc.is_valid(digits)) and _after_tax_word(text, match.start())
        if valid:
            found.append((match.start(), match.end(), WHAT_FOREIGN_ID, mask_alnum(value), digits))
            if caps.full(found):
                break  # the rest is not read (`caps.py`)
    return found


def _amount_like_groups(groups: list[str]) -> bool:
    """An amount's groups (``1 234 567 890``) or a year among them (a date, a list of years)."""
    amount = 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    return amount or any(len(g) == 4 and g[:2] in ("19", "20") for g in groups)


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
    r"|[ \u00a0]+(?:er|var|hans|hennes|hennar|is|har|has|med)(?![\w])){0,4}[ \u00a0:#=]*"
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
