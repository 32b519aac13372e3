"""Where a person is, and the device they carry: classes of personal data the number and name
rules do not see, for the gate in `anonymity.py`.

`scan` takes the gate's normalised text and returns candidates in the gate's form ``(start, end,
what, masked, canonical)``:

- Positions ("en posisjon"): GPS coordinates as a pair of decimal degrees, latitude then
  longitude, each with at least three decimals (``34.5281, 69.1723``, ``34.5281° N 69.1723° E``,
  ``geo:34.5281,69.1723``, a map link's ``@34.5281,69.1723``), or in degrees and minutes with
  decimal minutes or seconds (``34°31'41"N 69°10'20"E``, ``N 34° 31.686'``). Two decimals or
  whole minutes (about a kilometre) are a town's position, as a country report gives one, and
  pass: three decimals are about a hundred metres, a block of houses. An Open Location Code
  ("plus code": ``8FVC9G8F+6X``, or the short form ``8J7M+G4`` before a place) is a position
  too: four, six or eight characters of its alphabet, ``+``, two or three more, a letter among
  them (``2019+2020`` is no code).
- Device numbers ("et IMEI-nummer"): fifteen digits valid under `stdnum.imei` (the Luhn check),
  written whole or as ``35-209900-176148-1``; after ``IMEI`` or ``serienummer`` also fourteen or
  sixteen digits (an IMEI without its check digit, an IMEISV).
- Registration numbers of UNHCR's proGres ("et ID-nummer"): ``123-23C45678`` (office, year, a
  letter, the number), a shape nothing else has, anywhere; other numbers after ``UNHCR`` or
  ``proGres`` are found with the document numbers (`personaldata.documents._DOCUMENT`).
- Rooms and tents ("en adresse"): ``rom 214`` (``rommet``, ``romnummer``, ``hybel``, ``telt``,
  ``brakke``, ``container``, ``blokk``, ``seng``, ``room``, ``tent``...) with a number, in the
  same sentence as a named reception centre or camp (``på Råde mottak``, ``Moria-leiren``,
  ``ankomstsenteret``, ``camp``): a room in a named place is where a person sleeps. A room
  number with no such place (``rom 2 på sykehuset``) passes.
- Foreign street addresses ("en adresse"): a street or house word with a number (``Street 5``,
  ``House 14``, ``Kucha 3``, ``Sokak 12``, ``Rue 4``, ``Apartment 7``...) followed by a comma and
  another such part or a capitalised place (``Street 5, House 14, Shahr-e Naw, Kabul``), or
  written ``House 14 in Street 5``. One part alone (``Street 5``) passes: a district's number is
  no address either (``District 5``, ``PD 5``).

Cost: one scan by a pattern whose first character is a class (digits, ``+``, and the letters the
keywords start with), each candidate judged in Python only where the pattern matched.
"""

from __future__ import annotations

import re

from stdnum import imei

from praksisbank.core.gate import caps
from praksisbank.core.gate.prefilter import Keyed, lowered, may_hold

WHAT_LOCATION = "en posisjon"
WHAT_DEVICE = "et IMEI-nummer"
WHAT_ID_DOCUMENT = "et ID-nummer"  # as personaldata's (a proGres number is a document's)
WHAT_ADDRESS = "en adresse"  # as personaldata's

Candidate = tuple[int, int, str, str, str]

_MASK = str.maketrans("0123456789", "•" * 10)


def _masked(text: str) -> str:
    """Every digit as `•` but the last two."""
    keep = re.search(r"[0-9][^0-9]*[0-9][^0-9]*\Z", text)
    cut = keep.start() if keep else len(text)
    return text[:cut].translate(_MASK) + text[cut:]


# -- positions -------------------------------------------------------------------------------------

_HEMI_LAT = r"(?:[ \u00a0]?[NSns](?![\w]))"
_HEMI_LON = r"(?:[ \u00a0]?[EWØVewøv](?![\w]))"
_DEG = r"(?:[ \u00a0]?[°º˚])"
_DECIMAL_PAIR = re.compile(
    r"(?<![\w.,+-])(?:[NSns][ \u00a0]?)?[-−]?(?P<lat>[0-9]{1,2}\.(?P<latdec>[0-9]{2,8}))"
    rf"{_DEG}?{_HEMI_LAT}?"
    r"(?:[ \u00a0]*[,;/][ \u00a0]*|[ \u00a0]+)"
    r"(?:[EWew][ \u00a0]?)?[-−]?(?P<lon>[0-9]{1,3}\.(?P<londec>[0-9]{2,8}))"
    rf"{_DEG}?{_HEMI_LON}?(?![0-9.]|,[0-9])"
)
"""Latitude and longitude in decimal degrees, a separator between (decimal points: GPS apps and
map links write points, and a Norwegian decimal comma would make ``34,5281, 69,1723`` a list)."""


def _dms(name: str) -> str:
    """Degrees, minutes (perhaps with decimals: group ``<name>mdec``) and perhaps seconds
    (group ``<name>sec``)."""
    return (
        r"[0-9]{1,3}[ \u00a0]?[°º˚][ \u00a0]?[0-9]{1,2}"
        rf"(?:[.,](?P<{name}mdec>[0-9]{{1,4}}))?[ \u00a0]?['′’]"
        rf"(?:[ \u00a0]?(?P<{name}sec>[0-9]{{1,2}}(?:[.,][0-9]{{1,3}})?)[ \u00a0]?(?:\"|″|''|”))?"
    )


_DMS_PAIR = re.compile(
    r"(?<![\w.])(?:[NSns][ \u00a0]?)?"
    + _dms("a")
    + r"(?:[ \u00a0]?[NSns])?(?![\w])[ \u00a0]*[,;/]?[ \u00a0]*(?:[EWØVewøv][ \u00a0]?)?"
    + _dms("b")
    + r"(?:[ \u00a0]?[EWØVewøv](?![\w]))?"
)
"""Degrees and minutes (decimal minutes or seconds), a latitude and a longitude."""
_PLUS_ALPHABET = "23456789CFGHJMPQRVWX"
_PLUS_CODE = re.compile(
    rf"(?<![\w+])(?P<head>[{_PLUS_ALPHABET}]{{4,8}}|[{_PLUS_ALPHABET}]{{2,6}}0{{2,6}})"
    rf"\+(?P<tail>[{_PLUS_ALPHABET}]{{2,3}})?(?![\w+])"
)


def _decimal_pairs(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _DECIMAL_PAIR.finditer(text):
        lat, lon = float(m.group("lat")), float(m.group("lon"))
        if len(m.group("latdec")) < 3 or len(m.group("londec")) < 3:
            continue  # a town's position (about a kilometre), or a pair of measures
        if lat > 90 or lon > 180:
            continue
        value = m.group()
        found.append((m.start(), m.end(), WHAT_LOCATION, _masked(value), value))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


def _dms_pairs(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _DMS_PAIR.finditer(text):
        precise = all(m.group(f"{x}mdec") or m.group(f"{x}sec") for x in "ab")
        if precise:
            found.append((m.start(), m.end(), WHAT_LOCATION, _masked(m.group()), m.group()))
            if caps.full(found):
                break  # the rest is not read (`caps.py`)
    return found


def _plus_codes(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _PLUS_CODE.finditer(text):
        head, tail = m.group("head"), m.group("tail") or ""
        if len(head.rstrip("0")) % 2 or len(head) % 2 or (not tail and "0" not in head):
            continue  # a code has pairs before `+`; a padded one no characters after
        code = head + "+" + tail
        if not any(ch.isalpha() for ch in code) or (tail == "" and len(head) < 8):
            continue  # `2019+2020`, `C++`: no position
        shown = code[0] + "•" * (len(code) - 2) + code[-1]
        found.append((m.start(), m.end(), WHAT_LOCATION, shown, code))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


# -- device numbers --------------------------------------------------------------------------------

_IMEI_SHAPE = re.compile(
    r"[0-9](?<![0-9A-Za-z.,/-][0-9])(?:[0-9][- \u00a0][0-9]{6}[- \u00a0][0-9]{6}[- \u00a0][0-9]"
    r"|[0-9]{14})(?![0-9A-Za-z]|[.,-][0-9])"
)
"""(The look-behind after the first digit, as `_PROGRES`'s: the engine skips to digits in C.)"""
_IMEI_AFTER_WORD = re.compile(
    r"(?i)(?<![\w])(?:imei(?:sv)?|serienummer(?:et)?)(?:-?nummer(?:et)?|-?nr\.?)?"
    r"(?:[ \u00a0]+(?:er|var|til|på|hans|hennes|hennar|telefonens|mobilens))*[ \u00a0:#=]*"
    r"(?P<number>[0-9](?:[- \u00a0]?[0-9]){13,15})(?![0-9])"
)


def _devices(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    seen: set[int] = set()
    low = lowered(text)  # (`str.lower`, made once)
    if "imei" in low or "serienummer" in low:
        for m in _IMEI_AFTER_WORD.finditer(text):
            value = m.group("number")
            digits = re.sub(r"[^0-9]", "", value)
            if len(digits) == 15 and not imei.is_valid(digits):
                continue
            seen.add(m.start("number"))
            found.append((m.start("number"), m.end(), WHAT_DEVICE, _masked(value), digits))
            if caps.full(found):
                break  # the rest is not read (`caps.py`)
    for m in _IMEI_SHAPE.finditer(text):
        digits = re.sub(r"[^0-9]", "", m.group())
        if m.start() not in seen and imei.is_valid(digits):
            found.append((m.start(), m.end(), WHAT_DEVICE, _masked(m.group()), digits))
            if caps.full(found):
                break  # the rest is not read (`caps.py`)
    return found


# -- proGres numbers -------------------------------------------------------------------------------

_PROGRES = re.compile(r"[0-9](?<![\w-][0-9])[0-9]{2}-[0-9]{2}[A-Z][0-9]{5,6}(?![\w])")
"""(The look-behind after the first digit: the engine skips every other character in C.)"""


def _progres(text: str) -> list[Candidate]:
    return [
        (m.start(), m.end(), WHAT_ID_DOCUMENT, _masked(m.group()), m.group())
        for m in _PROGRES.finditer(text)
    ]


# -- rooms at a named centre -----------------------------------------------------------------------

_ROOM = re.compile(
    r"(?i)(?<![\w])(?:rom(?:met|nummer(?:et)?|nr\.?)?|hybel(?:en)?|telt(?:et)?|brakke(?:n)?"
    r"|container(?:en)?|blokk(?:a|en)?|seng(?:a|en)?|room|tent|block|caravan|shelter|bed)"
    r"(?:[ \u00a0]+(?:nr\.?|nummer|no\.?))?[ \u00a0:#]*(?P<number>[0-9]{1,4}[A-Za-z]?)(?![\w])"
)
_CENTRE = re.compile(
    r"(?:(?<![\w])[A-ZÆØÅ][\w-]*[ \u00a0-](?i:asyl)?(?i:mottak|transittmottak|ankomstsenter"
    r"|omsorgssenter|leir|camp)|(?<![\w-])[A-ZÆØÅ][\w]*-(?:mottaket|leiren|senteret)"
    r"|(?i:ankomstsenteret|transittmottaket|omsorgssenteret)"
    r"|(?<![\w])(?i:camp|leiren|mottaket|mottak)[ \u00a0]+[A-ZÆØÅ][\w-]+)"
)
_SENTENCE = re.compile(r"[.!?](?=\s)|\n")


def _rooms(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _ROOM_AT.finditer(text):
        lo = max(0, m.start() - 80)
        hi = min(len(text), m.end() + 80)
        stops = [s.end() for s in _SENTENCE.finditer(text, lo, m.start())]
        lo = stops[-1] if stops else lo
        stop = _SENTENCE.search(text, m.end(), hi)
        hi = stop.start() if stop else hi
        if _CENTRE.search(text, lo, hi) is None:
            continue
        value = m.group()
        found.append((m.start(), m.end(), WHAT_ADDRESS, _masked(value), value.lower()))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


# -- foreign street addresses ----------------------------------------------------------------------

_PART = (
    r"(?i:street|st\.|road|rd\.|lane|alley|avenue|ave\.|gali|kucha|koocha|kuche|kocheh|sarak"
    r"|shari[a']?|rue|calle|ulitsa|ulica|sokak|sokağı|cadde(?:si)?|house|home|building|bldg\.?"
    r"|apartment|apt\.?|flat|plot|husnummer|hus[ \u00a0]nr\.?)"
    r"(?:[ \u00a0]*(?:no\.?|nr\.?|number|#))?[ \u00a0]*[0-9]{1,4}[A-Za-z]?(?![\w])"
)
_FOREIGN_ADDRESS = re.compile(
    rf"(?<![\w])(?P<first>{_PART})(?:[ \u00a0]*,[ \u00a0]*(?:{_PART}|[A-Z][\w'-]+)"
    rf"|[ \u00a0]+(?:in|on|off|i|på)[ \u00a0]+{_PART})"
)


def _foreign_addresses(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _FOREIGN_ADDRESS_AT.finditer(text):
        value = m.group()
        shown = value[0] + "… " + re.sub(r"[0-9]", "•", m.group("first").split()[-1])
        found.append((m.start(), m.end(), WHAT_ADDRESS, shown, value.lower()))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


def scan(text: str) -> list[Candidate]:
    """Positions, device numbers, proGres numbers, rooms and foreign addresses in ``text``."""
    if not any(ch in text for ch in "0123456789"):
        return []
    found = _devices(text) + _progres(text)
    if _DECIMAL_HINT.search(text) is not None:
        found += _decimal_pairs(text)
    if "+" in text:  # a plus code's `+`
        found += _plus_codes(text)
    if "°" in text or "º" in text or "˚" in text:
        found += _dms_pairs(text)
    if may_hold(text, _ROOM_WORDS):
        found += _rooms(text)
    if may_hold(text, _PART_WORDS):
        found += _foreign_addresses(text)
    return sorted(found)


_DECIMAL_HINT = re.compile(r"[0-9]\.[0-9]{2}")
"""What every match of `_DECIMAL_PAIR` holds (a latitude's point and decimals)."""
_ROOM_WORDS = (
    "rom", "hybel", "telt", "brakke", "container", "blokk", "seng", "room", "tent", "block",
    "caravan", "shelter", "bed",
)  # fmt: skip
"""One of these (lower-cased) starts every match of `_ROOM`."""
_PART_WORDS = (
    "street", "st.", "road", "rd.", "lane", "alley", "avenue", "ave.", "gali", "kucha", "koocha",
    "kuche", "kocheh", "sarak", "shari", "rue", "calle", "ulitsa", "ulica", "soka", "cadde",
    "house", "home", "building", "bldg", "apartment", "apt", "flat", "plot", "husnummer", "hus ",
    "hus\u00a0",
)  # fmt: skip
"""One of these (lower-cased) starts every match of `_FOREIGN_ADDRESS` (its first `_PART`)."""
_ROOM_AT = Keyed(_ROOM, _ROOM_WORDS)
_FOREIGN_ADDRESS_AT = Keyed(_FOREIGN_ADDRESS, _PART_WORDS)
"""`_ROOM` and `_FOREIGN_ADDRESS` tried only where one of their words starts."""
