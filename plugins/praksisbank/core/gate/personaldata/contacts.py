"""Phone numbers (international, national form of the arrival countries, trunkless mobiles;
phonenumbers) and street addresses (streets, abbreviated endings, after an address keyword,
apartments, house numbers in words, postcodes before a town or county).

Imports: `candidates.py` and the gate's helpers (`places`, `prefilter`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

import pycountry

from praksisbank.core.gate import caps
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_ADDRESS,
    WHAT_FOREIGN_PHONE,
    Candidate,
    _Budget,
    _digits,
    mask_digits,
)
from praksisbank.core.gate.places import NORWEGIAN_TOWNS as _NORWEGIAN_TOWNS
from praksisbank.core.gate.places import fold as _fold
from praksisbank.core.gate.prefilter import Keyed, may_hold

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


@caps.capped
def _worded_addresses(text: str) -> Iterator[Candidate]:
    """Street addresses with the house number in words (see `_WORDED_ADDRESS`)."""
    if not may_hold(text, _WORDED_STREET_ENDS):
        return
    for match in _WORDED_ADDRESS.finditer(text):
        if match.group("nummer") is None and match.group("end") is None:
            continue
        value = match.group()
        shown = f"{value[0]}… (husnummer med ord)"
        yield (match.start(), match.end(), WHAT_ADDRESS, shown, _fold(value))


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


# -- phone numbers in a national form after a phone word (attack round 10) -------------------------

_PHONE_WORD = re.compile(
    r"(?i:(?<![\w])(?:(?:telefon|mobil|mobiltelefon)?nummer(?:et)?|tlf\.?|telefon|mobil"
    r"|mobiltelefon|mobilen|phone|whatsapp|viber|signal|telegram|imo"
    r"|телефон[ауі]?|тел\.|моб\.|мобільний|мобильный|номер(?:[ \u00a0]+телефон[ауі]?)?"
    r"|cep(?:[ \u00a0]+telefonu)?|telefonu|taleefan(?:ka)?|lambarka(?:[ \u00a0]+taleefanka)?"
    r"|têlefon|hejmara(?:[ \u00a0]+têlefonê)?))"
    r"(?:[ \u00a0]+(?:nr\.?|no\.?|er|var|hans|hennes|is|was|(?:i|fra|in)[ \u00a0]+[^\W\d_]+))*"
    r"[ \u00a0]*[:.#=№-]?[ \u00a0]*"
    r"(?P<number>[0-9](?:[ \u00a0]?[(]?[0-9][)]?|[./-][0-9]){5,13})(?![0-9]|[.,/-][0-9])"
)
"""A phone word (Norwegian, English, the messaging services, Ukrainian and Russian, Turkish,
Somali, Kurmanji) or `nummer`, and a number of 6 to 14 digits after it."""
_PHONE_WORDS = (
    "nummer", "telefon", "mobil", "tlf", "phone", "whatsapp", "viber", "signal", "telegram",
    "imo", "телефон", "тел.", "моб.", "мобіл", "мобил", "номер", "cep", "taleefan", "lambarka",
    "têlefon", "hejmara",
)  # fmt: skip
_PHONE_WORD_AT = Keyed(_PHONE_WORD, _PHONE_WORDS)
_COUNTRY_WORDS = {
    "russ": "RU", "ukrain": "UA", "eritre": "ER", "etiop": "ET", "somal": "SO", "syri": "SY",
    "afghan": "AF", "tyrk": "TR", "irak": "IQ", "iran": "IR", "sudan": "SD", "belarus": "BY",
    "hviterus": "BY", "kviterus": "BY", "georgi": "GE", "pakistan": "PK", "egypt": "EG",
    "marokk": "MA", "libya": "LY", "jemen": "YE", "libanes": "LB", "liban": "LB", "jordan": "JO",
    "kasakh": "KZ", "usbek": "UZ", "tadsjik": "TJ", "armen": "AM", "aserbajdsjan": "AZ",
}  # fmt: skip
"""The start of a country's name or adjective in Norwegian and the region it names."""
_COUNTRY_WORD = re.compile(
    rf"(?i:(?<![\w])({'|'.join(sorted(_COUNTRY_WORDS, key=len, reverse=True))})\w*)"
)
_PHONE_REGIONS = ("UA", "RU", "BY", "SY", "AF", "TR", "ER", "SO", "IQ", "IR", "SD", "ET")
"""The arrival countries' regions a number after a phone word is tried in when the sentence
names none: only a number in national form, from its trunk prefix (`0`, or `8` in Russia and
Belarus), and none valid in Norway (the Norwegian phone rules' to find)."""


@lru_cache(maxsize=4096)
def _norwegian(digits: str) -> bool:
    """Whether ``digits`` are a valid Norwegian number, with or without its country code."""
    import phonenumbers

    for written in (digits, "+" + digits) if digits.startswith("47") else (digits,):
        try:
            number = phonenumbers.parse(written, "NO")
        except phonenumbers.NumberParseException:
            continue
        if number.country_code == 47 and phonenumbers.is_valid_number(number):
            return True
    return False


@lru_cache(maxsize=4096)
def _valid_in(digits: str, regions: tuple[str, ...]) -> str | None:
    """The number in international form when ``digits`` is a valid number of one of
    ``regions`` written in its national form (not Norway's)."""
    import phonenumbers

    for region in regions:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if number.country_code != 47 and phonenumbers.is_valid_number(number):
            return f"{number.country_code}{number.national_number}"
    return None


@caps.capped
def _keyed_phones(text: str) -> Iterator[Candidate]:
    """Phone numbers in the national form of a country after a phone word (`Russisk nummer: 8
    912 345-67-89`, `Eritreisk nummer: 07 123456`, `Телефон: 8 912 345 67 89`): tried in the
    regions the words before it name (`russisk`, `Eritrea`) first, then, after a word for a
    phone (not `nummer` or `номер` alone: `sak номер 0512345`), in the arrival countries'. A
    number the trigger's national form finds already (`067 123 45 67`) is left to it; a date's
    grouping is none."""
    budget = _Budget(200)
    for match in _PHONE_WORD_AT.finditer(text):
        number = match.group("number")
        if _is_date_like(number):
            continue
        at = match.start("number")
        if number.startswith("0") and _national(text, at, _Budget(0)) is not None:
            continue  # the trigger's (`_national`) to find
        before = text[max(0, match.start() - 60) : match.start() + 12]
        named = tuple(
            dict.fromkeys(
                _COUNTRY_WORDS[m.group(1).lower()] for m in _COUNTRY_WORD.finditer(before)
            )
        )
        bare = match.group().lower().startswith(("nummer", "номер"))  # «number», of anything
        if bare and not named:
            continue  # `saksnummer`, `nummer 12`: no phone unless a country's phone is meant
        digits = _digits(number)
        if not 6 <= len(digits) <= 14 or (not named and digits[0] not in "08"):
            continue  # (unnamed: a national form's trunk prefix)
        regions = named if bare else (*named, *_PHONE_REGIONS)
        if _norwegian(digits):
            continue  # `tlf41122334`: the Norwegian phone rules' to find
        if not budget.spend():
            canonical: str | None = digits
        else:
            canonical = _valid_in(digits, regions)
        if canonical is None:
            continue
        yield (at, match.end("number"), WHAT_FOREIGN_PHONE, mask_digits(number), canonical)
