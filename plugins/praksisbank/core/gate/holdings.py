"""Places and money that lead to one person (attack round 12, classes L5, L6 and H01-H04):
addresses in the arrival countries' administrative chains, post boxes, prison cells, property
(Norwegian cadastre, Turkish and Afghan deeds), a stall in a named market, a school class at a
named school, a phone number written in two parts, mobile-money and bank accounts named by
their service, vehicle plates after their keyword and hawala codes.

Each rule is tried only where one of its keywords stands (`prefilter.Keyed`), and the joined
phone number only when `phonenumbers` finds it valid. Called from `locations.scan`, so both
gates read it. Imports the standard library, `phonenumbers`, `caps` and `prefilter`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from praksisbank.core.gate import caps
from praksisbank.core.gate.prefilter import Keyed, may_hold

WHAT_ADDRESS = "en adresse"  # as personaldata's
WHAT_PROPERTY = "en eiendom, et utsalgssted eller en skoleklasse"
WHAT_PHONE = "et telefonnummer"  # as anonymity's
WHAT_ACCOUNT = "et kontonummer"  # as personaldata's
WHAT_VEHICLE = "et kjennemerke"  # as personaldata's
WHAT_ID_DOCUMENT = "et ID-nummer"  # as personaldata's

Candidate = tuple[int, int, str, str, str]

_MASK = str.maketrans("0123456789", "•" * 10)
_S = r"[ \u00a0]"
_SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)|\n")


def _shown(keyword: str) -> str:
    """What a message shows: the keyword and two bullets, never a digit of the value."""
    return keyword.strip().translate(_MASK)[:24] + " ••"


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (at most 160 characters either side)."""
    lo = max(0, start - 160)
    stops = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = stops[-1] if stops else lo
    stop = _SENTENCE_END.search(text, end, min(len(text), end + 160))
    return lo, (stop.start() if stop else min(len(text), end + 160))


# -- addresses in an administrative chain, post boxes, prison cells -------------------------------

_HOUSE = re.compile(
    r"(?i:(?<![\w])(?:husnummer|hus(?:et)?|guri(?:ga)?|house|bayt|bait|ev|ghar|خانه|منزل|بيت|بیت))"
    rf"(?:{_S}*(?i:no\.?|nr\.?|nummer|number|#|شماره|رقم))?{_S}*"
    r"[0-9\u0660-\u0669\u06f0-\u06f9]{1,5}[A-Za-z]?(?![\w])"
)
_HOUSE_WORDS = (
    "husnummer",
    "hus",
    "guri",
    "house",
    "bayt",
    "bait",
    "ev",
    "ghar",
    "خانه",
    "منزل",
    "بيت",
    "بیت",
)
_HOUSE_AT = Keyed(_HOUSE, _HOUSE_WORDS)
_ADMIN = re.compile(
    r"(?i:(?<![\w])(?:woreda|wereda|kebele|kebelle|nahia|nahiya|nahiyah|kuche|kucha|koocha"
    r"|kocheh|waaxda|waax|degmada|degmo|mahalle(?:si)?|mahallesi|gozar|guzar|hai|hayy|zone|subcity"
    r"|kifle[ \u00a0-]?ketema|qala-e|qarya|مدينة|ناحیه|کوچه|ناحية|حي|گذر|شارع|حارة))"
)
"""A part of the arrival countries' address chains (Ethiopia's woreda and kebele, Kabul's nahia,
kuche and gozar, Mogadishu's degmada and waax, a Turkish mahalle, an Arabic hayy)."""


@caps.capped
def _chained_houses(text: str) -> Iterator[Candidate]:
    """A house with its number after a part of an address chain in the same sentence (`Yeka,
    Woreda 08, Kebele 12, husnummer 1234`, `Nahia 5, kuche 3, hus 12`, `Degmada Hodan, Waaxda
    Taleex, guriga 123`). A house number alone (`hus 12`) passes."""
    for m in _HOUSE_AT.finditer(text):
        lo, _ = _sentence(text, m.start(), m.end())
        admin = _ADMIN.search(text, max(lo, m.start() - 90), m.start())
        if admin is None:
            continue
        yield (
            admin.start(),
            m.end(),
            WHAT_ADDRESS,
            _shown(m.group().split()[0]),
            m.group().lower(),
        )


_POST_BOX = re.compile(
    r"(?i:(?<![\w])(?:p\.?[ \u00a0]?o\.?[ \u00a0]?box|postboks|postbox|postfach|sanduuqa"
    r"[ \u00a0]+boostada|ص\.?[ \u00a0]?ب\.?))"
    rf"{_S}*(?i:no\.?|nr\.?)?{_S}*(?P<number>[0-9]{{1,6}})(?![0-9])"
    rf"(?P<rest>{_S}*,?{_S}*[A-ZÆØÅ\u0600-\u06ff][\w'’-]*(?:{_S}[A-ZÆØÅ][\w'’-]*)?)"
)
_POST_BOX_WORDS = ("p.o", "p o", "po", "postb", "postf", "sanduuqa", "ص")
_POST_BOX_AT = Keyed(_POST_BOX, _POST_BOX_WORDS)
_NORWEGIAN_POST_OFFICES = frozenset(
    ("Vika", "Dep", "Sentrum", "Majorstuen", "Blindern", "Tøyen", "Nydalen", "Skøyen", "Lysaker",
     "Oslo", "Bergen", "Trondheim", "Stavanger", "Kristiansand", "Tromsø", "Bodø", "Drammen")
)  # fmt: skip
"""A Norwegian post office after a public body's box (`Postboks 2098 Vika`, `Postboks 8108 Dep`)."""
_POSTCODE_AFTER = re.compile(r"[ \u00a0,]*[0-9]{4}(?![0-9])")


@caps.capped
def _post_boxes(text: str) -> Iterator[Candidate]:
    """A private post box and its town (`P.O. Box 1234, Asmara`, `Postboks 1234, Mogadishu`). A
    public body's Norwegian address has a postcode after the box and place (`Postboks 2098 Vika,
    0125 Oslo`) and passes."""
    for m in _POST_BOX_AT.finditer(text):
        if _POSTCODE_AFTER.match(text, m.end()) is not None:
            continue
        if _POSTCODE_AFTER.match(text, m.end("number")) is not None:
            continue
        if m.group("rest").strip(" \u00a0,").split()[0] in _NORWEGIAN_POST_OFFICES:
            continue
        yield (m.start(), m.end(), WHAT_ADDRESS, _shown("postboks"), m.group().lower())


_CELL = re.compile(
    r"(?i:(?<![\w])(?:celle(?:n)?|cell|zinzana|زنزانة|سلول))"
    rf"(?:{_S}*(?i:nr\.?|nummer|no\.?|number|#))?{_S}*[0-9]{{1,4}}[A-Za-z]?(?![\w])"
)
_CELL_WORDS = ("celle", "cell", "zinzana", "زنزانة", "سلول")
_CELL_AT = Keyed(_CELL, _CELL_WORDS)
_PRISON = re.compile(
    r"(?i:fengsel|prison|fløy|wing|avdeling|arrest|varetekt|sednaya|saydnaya|pul-e[ \u00a0-]charkhi"
    r"|evin|sijn|zindan|زندان|سجن|cezaevi|тюрьм|сизо|в'язниц)"
)
_NAMED_AFTER = re.compile(rf"{_S}+(?:i|på|in|at){_S}+[A-ZÆØÅ][\w'’-]+")


@caps.capped
def _prison_cells(text: str) -> Iterator[Candidate]:
    """A prison cell with its number (`celle 14 i Sednaya`, `fløy 4, celle 12`, `celle nr. 7` in
    a sentence about a prison). A cell in biology has no number and a named place after it."""
    for m in _CELL_AT.finditer(text):
        lo, hi = _sentence(text, m.start(), m.end())
        if _PRISON.search(text, lo, hi) is None and _NAMED_AFTER.match(text, m.end()) is None:
            continue
        yield (m.start(), m.end(), WHAT_ADDRESS, _shown(m.group().split()[0]), m.group().lower())


# -- property, a stall in a market, a school class ------------------------------------------------

_PROPERTY = re.compile(
    r"(?i:(?<![\w])(?:(?:gnr\.?|gårdsnr\.?|gårdsnummer|gardsnummer)"
    rf"{_S}*[0-9]{{1,4}}{_S}*(?:[,/]|og)?{_S}*(?:bnr\.?|bruksnr\.?|bruksnummer){_S}*[0-9]{{1,4}}"
    rf"|ada{_S}*(?i:no\.?|nr\.?)?{_S}*[0-9]{{1,5}}{_S}*[,/]?{_S}*parsel{_S}*(?i:no\.?|nr\.?)?{_S}*[0-9]{{1,5}}"
    rf"|(?:qawala|qabala|kabala|qawwala|قباله)(?:{_S}*\([^()\n]{{1,30}}\))?{_S}*"
    rf"(?i:nr\.?|nummer|no\.?|number|#)?{_S}*[0-9]{{2,8}}"
    rf"|skjøte(?:t)?{_S}*(?i:nr\.?|nummer){_S}*[0-9]{{3,8}}))(?![\w])"
)
_PROPERTY_WORDS = (
    "gnr", "gårdsn", "gardsn", "ada", "qawala", "qabala", "kabala", "qawwala", "قباله", "skjøte",
)  # fmt: skip
_PROPERTY_AT = Keyed(_PROPERTY, _PROPERTY_WORDS)
_PARCEL_AFTER = re.compile(
    rf"(?<![\w])[0-9]{{1,5}}{_S}+(?i:ada){_S}+[0-9]{{1,5}}{_S}+(?i:parsel)(?![\w])"
)


@caps.capped
def _properties(text: str) -> Iterator[Candidate]:
    """A property by its cadastre or deed (`gnr. 45 bnr. 12`, `gårdsnummer 45, bruksnummer 12`,
    `Ada 123, Parsel 45`, `123 ada 45 parsel`, `qawala (skjøte) nr. 5678`)."""
    for m in _PROPERTY_AT.finditer(text):
        yield (m.start(), m.end(), WHAT_PROPERTY, _shown(m.group().split()[0]), m.group().lower())
    if "parsel" in text.lower():
        for m in _PARCEL_AFTER.finditer(text):
            yield (m.start(), m.end(), WHAT_PROPERTY, _shown("ada"), m.group().lower())


_STALL = re.compile(
    r"(?i:(?<![\w])(?:bod(?:en)?|butikk(?:en)?|stand(?:en)?|kiosk(?:en)?|stall|shop|dukaan|dukan"
    r"|dokan|boutique))"
    rf"{_S}*\(?{_S}*(?i:nr\.?|nummer|no\.?|number|#)?{_S}*[0-9]{{1,4}}[A-Za-z]?{_S}*\)?"
    rf"{_S}+(?:i|på|ved|in|at|på{_S}+hjørnet{_S}+av){_S}+(?:[a-zæøå]+{_S}+)?[A-ZÆØÅ][\w'’-]+"
)
_STALL_WORDS = ("bod", "butikk", "stand", "kiosk", "stall", "shop", "dukaan", "dukan", "dokan",
                "boutique")  # fmt: skip
_STALL_AT = Keyed(_STALL, _STALL_WORDS)

_SCHOOL_CLASS = re.compile(
    r"(?<![\w])(?:(?i:klasse|klassetrinn|sınıf|class|fasal)\s*[0-9]{1,2}[\s-]?[A-ZÆØÅ]?"
    r"|[0-9]{1,2}[A-ZÆØÅ])(?![\w])"
    rf"[^.\n]{{0,20}}?{_S}(?:ved|på|at|i){_S}+[A-ZÆØÅ][\w'’-]*"
    rf"(?:{_S}+[\w'’-]+){{0,3}}?{_S}*(?i:[\w-]*(?:skole|skule|school|okulu|lisesi|maktab|dugsiga|gymnas))"
)
_LICENCE = re.compile(r"(?i:førerkort|sertifikat|trafikkskole|kjøreskole|ehliyet|licen[cs]e)")
_SCHOOL_WORDS = ("skole", "skule", "school", "okulu", "lisesi", "maktab", "dugsiga", "gymnas")


@caps.capped
def _school_classes(text: str) -> Iterator[Candidate]:
    """A class at a named school (`8B ved Fiktivdal ungdomsskole`, `klasse 10C på Fiktivdal
    skole`): a dozen or two children. `8B` alone and a driving licence's `klasse 2` pass."""
    for m in _SCHOOL_CLASS.finditer(text):
        if _LICENCE.search(text, max(0, m.start() - 40), m.end()) is not None:
            continue  # (`førerkort klasse B ved … trafikkskole`: a licence's class)
        yield (m.start(), m.end(), WHAT_PROPERTY, _shown("klasse"), m.group().lower())


# -- phones in two parts, mobile money, accounts named by the bank, plates, hawala ---------------

_PHONE_CUE = re.compile(
    r"(?i:(?<![\w])(?:landskode(?:n)?|retningsnummer(?:et)?|slutter[ \u00a0]+med|og[ \u00a0]+så"
    r"|resten[ \u00a0]+av[ \u00a0]+nummeret|resten[ \u00a0]+er|de[ \u00a0]+siste[ \u00a0]+sifrene"
    r"|starter[ \u00a0]+med|begynner[ \u00a0]+med))"
)
_PHONE_CUE_WORDS = ("landskode", "retningsnummer", "slutter", "og", "resten", "de", "starter",
                    "begynner")  # fmt: skip
_PHONE_CUE_AT = Keyed(_PHONE_CUE, _PHONE_CUE_WORDS)
_GROUP = re.compile(r"(?<![\w+])\+?[0-9]{2,4}(?:[ \u00a0-][0-9]{2,4}){0,3}(?![\w])")
_REGIONS = ("AF", "SO", "ER", "ET", "SY", "IQ", "IR", "TR", "UA", "RU", "SD", "PK", "NO")


def _valid_phone(digits: str) -> bool:
    try:
        if digits.startswith("+"):
            return bool(phonenumbers.is_valid_number(phonenumbers.parse(digits, None)))
        if not digits.startswith("0"):
            return False
        return any(
            phonenumbers.is_valid_number(phonenumbers.parse(digits, region)) for region in _REGIONS
        )
    except phonenumbers.NumberParseException:
        return False


@caps.capped
def _split_phones(text: str) -> Iterator[Candidate]:
    """A phone number in two parts with words between (`+93 70, og så 123 4567`, `starter med
    079 og slutter med 912 3456`, `Landskoden er +252, og nummeret er 61 512 3456`): the parts
    of one sentence joined, reported when `phonenumbers` finds the joined number valid."""
    seen: set[tuple[int, int]] = set()
    for cue in _PHONE_CUE_AT.finditer(text):
        lo, hi = _sentence(text, cue.start(), cue.end())
        if (lo, hi) in seen:
            continue
        seen.add((lo, hi))
        groups = list(_GROUP.finditer(text, lo, hi))
        if lo > 0 and cue.group().lower()[:1] in "rsd":
            # `Resten av nummeret er 912 3456` after a line or sentence ending in `+93 79` (a
            # title over its text, J04): the last group before, when it has its country code
            back, _ = _sentence(text, max(0, lo - 2), max(0, lo - 2))
            before = [g for g in _GROUP.finditer(text, back, lo) if g.group().startswith("+")]
            groups = before[-1:] + groups
        for i in range(len(groups) - 1):
            first, second = groups[i], groups[i + 1]
            joined = re.sub(r"[^0-9+]", "", first.group() + second.group())
            if not 8 <= len(joined.lstrip("+")) <= 13 or not _valid_phone(joined):
                continue
            yield (first.start(), second.end(), WHAT_PHONE, _shown("telefonnummer"), joined)


_MONEY = re.compile(
    r"(?i:(?<![\w])(?:evc(?:[ \u00a0]*plus)?|zaad|sahal|e-?dahab|m-?pesa|m-?paisa|hesabpay"
    r"|telebirr|e-?birr|mycash|golis|hormuud))"
    rf"(?:{_S}*(?:-?kontoen|-?nummeret|-?nummer|fra|til|nr\.?|nummer|number|:)){{0,2}}{_S}*"
    r"(?P<number>\+?[0-9]{2,4}(?:[ \u00a0-]?[0-9]{2,7}){0,3})(?![\w])"
)
_MONEY_WORDS = ("evc", "zaad", "sahal", "e-dahab", "edahab", "m-pesa", "mpesa", "m-paisa",
                "mpaisa", "hesabpay", "telebirr", "e-birr", "ebirr", "mycash", "golis",
                "hormuud")  # fmt: skip
_MONEY_AT = Keyed(_MONEY, _MONEY_WORDS)

_BANK_ACCOUNT = re.compile(
    r"(?i:(?<![\w])(?:konto(?:en)?|account|hesab|hisaab))"
    rf"{_S}+(?:i|hos|in|at|with|fra){_S}+(?:[\w'’-]+{_S}+){{0,3}}?(?i:bank\w*)"
    rf"{_S}*[:,(]?{_S}*(?:(?i:nr\.?|nummer|no\.?|number){_S}*)?"
    r"(?P<number>[0-9][0-9 \u00a0.-]{6,24}[0-9])(?![\w])"
)
_DATE_OR_YEARS = re.compile(
    r"(?:[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}"
    r"|(?:19|20)[0-9]{2}(?:[ \u00a0./-]+(?:19|20)[0-9]{2})*)\Z"
)
"""A date or years, not an account or a code."""
_BANK_WORDS = ("konto", "account", "hesab", "hisaab")
_BANK_AT = Keyed(_BANK_ACCOUNT, _BANK_WORDS)

_PLATE = re.compile(
    r"(?i:(?<![\w])(?:bil)?(?:skilt(?:et|ene|nummer(?:et)?)?|nummerskilt(?:et)?"
    r"|registreringsnummer(?:et)?|kjennemerke(?:t)?|nummerplate(?:n)?))"
    rf"(?:{_S}+(?:lød|var|er|viste|hadde)|{_S}*:)?{_S}*[«\"“(]?{_S}*"
    r"(?:(?P<place>[A-ZÆØÅ][\w'’-]+|[\u0600-\u06ff]+)[ \u00a0]+)?"
    r"(?P<plate>[0-9]{1,2}-[0-9]{4,6}(?:[ \u00a0][A-Z]{2}(?![\w]))?"
    r"|[A-Z]{2,3}[ \u00a0-]?[0-9]{3,5}(?![\w])"
    r"|[0-9]{5,7}(?![\w]|[.,/-][0-9]))"
)
_PLATE_WORDS = ("bil", "skilt", "nummerskilt", "registreringsnummer", "kjennemerke",
                "nummerplate")  # fmt: skip
_PLATE_AT = Keyed(_PLATE, _PLATE_WORDS)


@caps.capped
def _money_and_plates(text: str) -> Iterator[Candidate]:
    """A mobile-money account by its service (`EVC Plus 615123456`, `Zaad 63 4123456`: a phone
    number by another name), an account after its bank's name (`konto i Azizi Bank:
    0012-3456-789`) and a plate after its keyword with a town or quotes between (`skilt Kabul
    11-24567`, `registreringsnummer 2-45678 ER`, `Skiltet lød «HRT 4471»`)."""
    for m in _MONEY_AT.finditer(text):
        if len(re.sub(r"[^0-9]", "", m.group("number"))) >= 7:
            yield (m.start(), m.end(), WHAT_PHONE, _shown(m.group().split()[0]), m.group().lower())
    for m in _BANK_AT.finditer(text):
        if _DATE_OR_YEARS.match(m.group("number")) is not None:
            continue  # (`kontoen i DNB Bank 12.03.2021`, `i Azizi Bank 2019 2020`)
        if len(re.sub(r"[^0-9]", "", m.group("number"))) >= 8:
            yield (m.start(), m.end(), WHAT_ACCOUNT, _shown("konto"), m.group().lower())
    for m in _PLATE_AT.finditer(text):
        plate = m.group("plate")
        year = re.search(r"(?<![0-9])(?:19|20)[0-9]{2}\Z", plate)
        if year is not None and not plate[0].isdigit():
            continue  # (`skilt UD 2019`: a sign and a year; `ble skilt EU 2020`: divorced)
        if plate.isdigit() and m.group("place") is None:
            continue  # (`Skiltnummeret er 12345 i registeret`: digits alone need a town)
        low = m.group().lower()
        if low.startswith("registreringsnummer") and "-" not in plate:
            continue  # (an organisation's register number: nine digits, no hyphen)
        yield (m.start(), m.end(), WHAT_VEHICLE, _shown("skilt"), low)


_HAWALA_CODE = re.compile(
    r"(?i:(?<![\w])(?:koden?|nummer(?:et)?|nr\.?|kvittering(?:en)?|referanse(?:n)?|var|er))"
    rf"{_S}+(?:[\w'’-]+{_S}+){{0,2}}?"
    r"(?P<code>[0-9]{3,10}(?:-[A-Za-z0-9]{1,4})?|[A-Z]{1,3}-?[0-9]{3,8})(?![\w]|[.,][0-9])"
)
_AMOUNT_AFTER = re.compile(
    r"[ \u00a0]*(?i:kr|kroner|nok|usd|dollar|euro|eur|afghani|afs|birr|nakfa|lira|pund|shilling"
    r"|%|prosent|år|dager|km)"
)


@caps.capped
def _hawala_codes(text: str) -> Iterator[Candidate]:
    """A hawala code or receipt number in a sentence about hawala (`Hawala-koden hans var
    4471-B`, `Kvitteringen fra hawaladaren hadde nummer 88123`, `ga ham koden 4471-B`). An
    amount or a year passes."""
    low = text.lower()
    start = low.find("hawala")
    done = 0
    while start >= 0:
        lo, hi = _sentence(text, start, start + 6)
        if hi > done:  # (each stretch read once: the windows of two mentions overlap)
            for m in _HAWALA_CODE.finditer(text, max(lo, done), hi):
                code = m.group("code")
                if code.isdigit() and len(code) < 5:
                    continue  # (`Gebyret for hawala var 300`, a year: a code has a letter,
                    # a hyphen or five digits)
                if _DATE_OR_YEARS.match(code) is not None:
                    continue
                if _AMOUNT_AFTER.match(text, m.end()) is not None:
                    continue
                yield (m.start("code"), m.end(), WHAT_ID_DOCUMENT, _shown("hawala-kode"), code)
            done = hi
        start = low.find("hawala", max(hi, start + 6))


def scan(text: str) -> list[Candidate]:
    """Every finding of this module in ``text`` (a text with no digit holds none)."""
    if not any(ch in text for ch in "0123456789"):
        return []
    found: list[Candidate] = []
    if may_hold(text, _HOUSE_WORDS):
        found += _chained_houses(text)
    if may_hold(text, _POST_BOX_WORDS):
        found += _post_boxes(text)
    if may_hold(text, _CELL_WORDS):
        found += _prison_cells(text)
    if may_hold(text, _PROPERTY_WORDS) or "parsel" in text.lower():
        found += _properties(text)
    if may_hold(text, _STALL_WORDS):
        found += _stalls(text)
    if may_hold(text, _SCHOOL_WORDS):
        found += _school_classes(text)
    if may_hold(text, _PHONE_CUE_WORDS):
        found += _split_phones(text)
    if may_hold(text, _MONEY_WORDS + _BANK_WORDS + _PLATE_WORDS):
        found += _money_and_plates(text)
    if "hawala" in text.lower():
        found += _hawala_codes(text)
    return sorted(found)


@caps.capped
def _stalls(text: str) -> Iterator[Candidate]:
    """A stall or shop with its number in a named market (`bod nr. 47 i Mandawi-basaren`,
    `butikk nummer 112 på Bakaara-markedet`, `en bod (nr. 47) i Mandawi`)."""
    for m in _STALL_AT.finditer(text):
        yield (m.start(), m.end(), WHAT_PROPERTY, _shown(m.group().split()[0]), m.group().lower())
