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

import ipaddress
import re
from collections.abc import Iterator

from stdnum import imei, luhn

from praksisbank.core.gate import caps, holdings, wallets
from praksisbank.core.gate.prefilter import Keyed, lowered, may_hold

WHAT_LOCATION = "en posisjon"
WHAT_DEVICE = "et IMEI-nummer"
WHAT_ID_DOCUMENT = "et ID-nummer"  # as personaldata's (a proGres number is a document's)
WHAT_ADDRESS = "en adresse"  # as personaldata's
WHAT_CARD = "et betalingskortnummer"
WHAT_NETWORK = "en IP- eller MAC-adresse"

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
    rf"{_DEG}?{_HEMI_LON}?(?![0-9]|[.,][0-9])"
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


_MGRS = re.compile(
    r"(?P<zone>[0-9](?<![\w][0-9])[0-9]?)[C-HJ-NP-X][ \u00a0]?[A-HJ-NP-Z]{2}[ \u00a0]?"
    r"(?P<east>[0-9]{4,5})[ \u00a0]?(?P<north>[0-9]{4,5})(?![\w])"
)
"""A military grid reference (MGRS): zone, band, the 100 km square's two letters, then easting
and northing of the same length, four or five digits each (ten metres or one)."""
_UTM = re.compile(
    r"[0-9](?<![\w][0-9])[0-9]?[C-HJ-NP-X][ \u00a0]+[0-9]{6}(?:[ \u00a0]?mE)?[ \u00a0]*,?[ \u00a0]*"
    r"[0-9]{7}(?:[ \u00a0]?mN)?(?![\w])"
)
"""A UTM position: zone and band (or hemisphere), easting in six digits, northing in seven
(metres)."""
_GEOHASH = re.compile(r"(?i:geohash)[ \u00a0:=-]*(?P<hash>[0-9b-hjkmnp-z]{7,12})(?![\w])")
"""A geohash after its word: seven characters and more are 150 metres or less."""


def _grids(text: str) -> list[Candidate]:
    """MGRS and UTM positions, and a geohash after its word (attack round 11)."""
    found = [
        (m.start(), m.end(), WHAT_LOCATION, _masked(m.group()), m.group().replace(" ", ""))
        for m in _MGRS.finditer(text)
        if len(m.group("east")) == len(m.group("north")) and 1 <= int(m.group("zone")) <= 60
    ]
    found += [
        (m.start(), m.end(), WHAT_LOCATION, _masked(m.group()), m.group())
        for m in _UTM.finditer(text)
    ]
    if "geohash" in lowered(text):
        found += [
            (m.start("hash"), m.end(), WHAT_LOCATION, "geohash " + "•" * 4, m.group("hash"))
            for m in _GEOHASH.finditer(text)
            if any(ch.isdigit() for ch in m.group("hash")) or len(m.group("hash")) >= 8
        ]
    return caps.first(iter(found))


@caps.capped
def _decimal_pairs(text: str) -> Iterator[Candidate]:
    for m in _DECIMAL_PAIR.finditer(text):
        lat, lon = float(m.group("lat")), float(m.group("lon"))
        if len(m.group("latdec")) < 3 or len(m.group("londec")) < 3:
            continue  # a town's position (about a kilometre), or a pair of measures
        if lat > 90 or lon > 180:
            continue
        value = m.group()
        yield (m.start(), m.end(), WHAT_LOCATION, _masked(value), value)


def _dms_pairs(text: str) -> list[Candidate]:
    return caps.first(
        (m.start(), m.end(), WHAT_LOCATION, _masked(m.group()), m.group())
        for m in _DMS_PAIR.finditer(text)
        if all(m.group(f"{x}mdec") or m.group(f"{x}sec") for x in "ab")  # precise
    )


@caps.capped
def _plus_codes(text: str) -> Iterator[Candidate]:
    for m in _PLUS_CODE.finditer(text):
        head, tail = m.group("head"), m.group("tail") or ""
        if len(head.rstrip("0")) % 2 or len(head) % 2 or (not tail and "0" not in head):
            continue  # a code has pairs before `+`; a padded one no characters after
        code = head + "+" + tail
        if not any(ch.isalpha() for ch in code) or (tail == "" and len(head) < 8):
            continue  # `2019+2020`, `C++`: no position
        shown = code[0] + "•" * (len(code) - 2) + code[-1]
        yield (m.start(), m.end(), WHAT_LOCATION, shown, code)


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


@caps.capped
def _rooms(text: str) -> Iterator[Candidate]:
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
        yield (m.start(), m.end(), WHAT_ADDRESS, _masked(value), value.lower())


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


@caps.capped
def _foreign_addresses(text: str) -> Iterator[Candidate]:
    for m in _FOREIGN_ADDRESS_AT.finditer(text):
        value = m.group()
        shown = value[0] + "… " + re.sub(r"[0-9]", "•", m.group("first").split()[-1])
        yield (m.start(), m.end(), WHAT_ADDRESS, shown, value.lower())


# -- a dwelling in a chain of numbered parts (attack round 11) ------------------------------------

_NUMBER_WORD = (
    r"(?:(?:tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)(?:en|ett|to|tre|fire|fem|seks|sju"
    r"|syv|åtte|ni)?|en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten"
    r"|femten|seksten|sytten|atten|nitten)(?![\w])"
)
_PART_NUMBER = (
    r"(?:[ \u00a0]+(?:nr\.?|nummer|no\.?)[ \u00a0]*(?:" + _NUMBER_WORD + r"|[0-9]{1,4})"
    r"|[ \u00a0]*(?:nr\.?|no\.?|#)?[ \u00a0]*(?:[0-9]{1,4}(?:-[0-9]{1,4})?[A-Za-z]?"
    r"|[A-Za-z][0-9]{1,3}))(?![\w]|[.,/-][0-9])"
)
_DWELLING = re.compile(
    r"(?i:(?<![\w])(?:telt(?:et)?|hytt(?:e|a|en)|skur(?:et)?|hus(?:et)?|leilighet(?:en)?"
    r"|bygning(?:en)?|rom(?:met)?|tent|hut|shelter|shed|house|apartment|flat|building|room))"
    + _PART_NUMBER
)
"""Where a person sleeps, with its number (digits, `A4`, `171-12`, or a number in words after
`nummer`): one of a chain of numbered parts (`_CHAIN_BEFORE`, `_CHAIN_AFTER`)."""
_DWELLING_WORDS = (
    "telt", "hytt", "skur", "hus", "leilighet", "bygning", "rom", "tent", "hut", "shelter",
    "shed", "house", "apartment", "flat", "building", "room",
)  # fmt: skip
_DWELLING_AT = Keyed(_DWELLING, _DWELLING_WORDS)
_AREA = (
    r"(?i:sone|zone|blokk(?:a|en)?|block|sektor|sector|seksjon|section|distrikt(?:et)?|district"
    r"|bydel(?:en)?|nahia|kvartal(?:et)?|gate|gata|gaten|street|fase|phase|telt(?:et)?"
    r"|hytt(?:e|a|en)|skur(?:et)?|hus(?:et)?|bygning(?:en)?|building|house)"
)
_CHAIN_BEFORE = re.compile(
    r"(?:(?<![\w])"
    + _AREA
    + _PART_NUMBER
    + r"|(?<![\w])[A-ZÆØÅ][\w'’-]*(?:[ \u00a0][\w'’-]+){0,2}[ \u00a0]+(?P<named>[0-9]{1,4}))"
    r"[ \u00a0]*,[ \u00a0]*\Z"
)
"""A numbered part (`blokk 12, `, `gate nummer sju, `) or a street or quarter's name and its
number (`Shari' al-Thawra 12, `, `Mezzeh 86, `) just before a dwelling."""
_CHAIN_AFTER = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:"
    + _AREA
    + _PART_NUMBER
    + r"|(?i:(?:første|andre|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|niende|tiende"
    r"|[0-9]{1,2}\.)[ \u00a0]+etasje|etasje[ \u00a0]+[0-9]{1,2}|floor[ \u00a0]+[0-9]{1,2}))"
    r"(?![\w])"
)
"""A numbered part or a floor after a dwelling (`hytte 17, blokk 2`, `bygning 12, tredje
etasje`)."""


@caps.capped
def _dwellings(text: str) -> Iterator[Candidate]:
    """A tent, hut, house or flat with its number in a chain of numbered parts (`Kakuma, sone 3,
    blokk 12, telt nummer 47`, `Kabul, distrikt 13, gate 4, hus 17`, `Mezzeh 86, bygning 12,
    tredje etasje`): the way to one door. One part alone (`hus 17`, `distrikt 13`) passes."""
    for m in _DWELLING_AT.finditer(text):
        start, end = m.start(), m.end()
        before = _CHAIN_BEFORE.search(text, max(0, start - 60), start)
        if before is not None:
            named = before.group("named")
            if named is None or not (len(named) == 4 and named[:2] in ("19", "20")):
                start = before.start()  # (a capitalised word and a year: `I 2019, hus 3`)
            else:
                before = None
        after = _CHAIN_AFTER.match(text, end)
        if before is None and after is None:
            continue
        end = after.end() if after is not None else end
        value = text[start:end]
        shown = value[0] + "… " + m.group().split()[0] + " " + ("•" * 2)
        yield (start, end, WHAT_ADDRESS, shown, value.lower())


# -- payment cards, network addresses, what3words ----------------------------------------------

_CARD = re.compile(
    r"[0-9](?<![0-9A-Za-z.,/+-][0-9])"
    r"(?:[0-9]{12,18}|[0-9]{3}(?:[ \u00a0-][0-9]{4}){3}(?:[ \u00a0-][0-9]{1,3})?"
    r"|[0-9]{3}[ \u00a0-][0-9]{6}[ \u00a0-][0-9]{5})"
    r"(?![0-9A-Za-z]|[.,-][0-9])"
)
"""13 to 19 digits whole, in groups of four, or as an American Express card's 4-6-5."""


def _issued(digits: str) -> bool:
    """Whether a card network issues numbers of this prefix and length (the prefixes of Visa,
    Mastercard, American Express, Discover, JCB, UnionPay and Mir)."""
    size, two, four = len(digits), int(digits[:2]), int(digits[:4])
    if digits[0] == "4":
        return size in (13, 16, 19)
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return size == 16
    if two in (34, 37):
        return size == 15
    long_card = 16 <= size <= 19
    if digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649:
        return long_card
    return long_card and (3528 <= four <= 3589 or two == 62 or 2200 <= four <= 2204)


def _cards(text: str) -> list[Candidate]:
    return caps.first(
        (m.start(), m.end(), WHAT_CARD, _masked(m.group()), digits)
        for m in _CARD.finditer(text)
        if _issued(digits := re.sub(r"[^0-9]", "", m.group())) and luhn.is_valid(digits)
    )


_IPV4 = re.compile(r"[0-9](?<![\w.][0-9])[0-9]{0,2}(?:\.[0-9]{1,3}){3}(?![\w]|\.[0-9])")
_IP_WORD = re.compile(r"(?i)(?<![\w])ip(?:v[46])?(?![^\W\d_])")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])")
_MAC = re.compile(r"(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])")
_HEX = re.compile(r"[0-9A-Fa-f]")


def _hex_masked(text: str) -> str:
    """Every digit and hexadecimal letter as `•` but the last two."""
    return _HEX.sub("•", text[:-2]) + text[-2:]


def _no_device(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """An address that names no one's device on the internet: the machine itself, none, a
    group, a private network's (`192.168.0.1` in a router's manual) or one set aside for
    examples (`192.0.2.0`): ``ipaddress``'s ``is_global`` is false for them all."""
    return not address.is_global


def _networks(text: str) -> list[Candidate]:
    """IP addresses on the internet (`_no_device`; IPv4: four parts of 0-255 with `IP` in the
    40 characters before, so a section `4.1.1.2` or a version `7.60.0.212` is none; IPv6 as
    `ipaddress` reads it, two colons together or eight groups) and MAC addresses (six pairs of
    hexadecimal digits)."""
    found: list[Candidate] = []
    if text.count(".") >= 3:
        for m in _IPV4.finditer(text):
            parts = m.group().split(".")
            if any(len(p) > 1 and p[0] == "0" for p in parts) or any(int(p) > 255 for p in parts):
                continue
            if _no_device(ipaddress.IPv4Address(m.group())):
                continue
            if _IP_WORD.search(text, max(0, m.start() - 40), m.start()) is not None:
                found.append((m.start(), m.end(), WHAT_NETWORK, _masked(m.group()), m.group()))
    if text.count(":") >= 2:
        for m in _IPV6.finditer(text):
            try:
                address = ipaddress.IPv6Address(m.group())
            except ValueError:
                continue
            if _no_device(address):
                continue
            if any(ch.isdigit() for ch in m.group()):
                value = m.group().lower()
                found.append((m.start(), m.end(), WHAT_NETWORK, _hex_masked(value), value))
    if text.count(":") >= 5 or text.count("-") >= 5:
        for m in _MAC.finditer(text):
            value = m.group().upper().replace("-", ":")
            found.append((m.start(), m.end(), WHAT_NETWORK, _hex_masked(m.group()), value))
    return sorted(found)[: caps.CAP + 1]


_THREE_WORDS = re.compile(
    r"(?:(?<![\w/])///[ \u00a0]?|(?i:what3words|w3w)[^\n.]{0,30}?(?<![\w.]))"
    r"(?P<words>[^\W\d_]{2,}\.[^\W\d_]{2,}\.[^\W\d_]{2,})(?![\w]|\.[^\W\d_])"
)
"""A what3words address: three words with full stops, after `///` or the service's name."""


def _three_words(text: str) -> list[Candidate]:
    return caps.first(
        (m.start("words"), m.end(), WHAT_LOCATION, _three_shown(m.group("words")), words.lower())
        for m in _THREE_WORDS.finditer(text)
        if (words := m.group("words"))
    )


def _three_shown(words: str) -> str:
    return "///" + ".".join(w[0] + "…" for w in words.split("."))


# -- street addresses in the arrival countries' forms (attack round 10) ---------------------------

_BEFORE_NAME = (
    # Ukrainian, Russian (and spelled in Latin letters): street, avenue, lane, boulevard, square
    r"вул\.|вулиця|вулиці|ул\.|улица|улице|просп\.|проспект|пров\.|провулок|пер\.|переулок"
    r"|бульв\.|бульвар|пл\.|площа|площадь|мкр\.|мікрорайон|микрорайон|шосе|шоссе"
    r"|vul\.|vulytsia|vulytsya|ul\.|ulitsa|prosp\.|prospekt|pereulok|provulok"
    # Kurmanji, Somali, Dari and Pashto, Arabic, Tigrinya spelled in Latin letters
    r"|kolana|kolan|kuçeya|kuceya|cadeya|taxa|waddada|wadada|jidka|sarak-e|sarak-i|kocha-ye"
    r"|kocha-i|kuche-ye|jada-ye|jada-i|jaddat|shari['’]|sharia|shara['’]|tariq|godena"
)
_AFTER_NAME = (
    # Turkish: avenue, street, boulevard, quarter; English and Arabic in Latin letters
    r"cad\.|caddesi|cd\.|sok\.|sokak|sokağı|sk\.|bulvarı|blv\.|mah\.|mahallesi|mh\."
    r"|street|st\.|road|rd\.|avenue|ave\.|lane"
)
_HOUSE_NUMBER = (
    r"[ \u00a0]*,?[ \u00a0]*(?:(?i:д\.|дом|буд\.|будинок|no|nr|numara|hejmar|jimar|lambar(?:ka)?"
    r"|guriga|house|№)[ \u00a0]*[:.]?[ \u00a0]*)?(?P<number>[0-9]{1,4}(?:[A-Za-zА-Яа-я](?![\w]))?)"
    r"(?![0-9]|[.,/-][0-9])"
)
_FORM_ADDRESS = re.compile(
    rf"(?i:(?<![\w.-])(?:(?P<before>{_BEFORE_NAME})[ \u00a0]*"
    r"(?P<name>(?:[^\W\d_][\w'’-]*\.?[ \u00a0]+){0,2}[^\W\d_][\w'’-]*)"
    rf"|(?P<after>{_AFTER_NAME})"
    r"(?:[ \u00a0,]+(?:[0-9]{1,5}\.|[^\W\d_][\w'’-]*)[ \u00a0]+"
    r"(?:cad\.|caddesi|cd\.|sok\.|sokak|sokağı|sk\.))?))" + _HOUSE_NUMBER
)
"""A street in the arrival countries' forms and a house number: the street word before its name
(`вул. Шевченка, 12`, `ул. Ленина, д. 7`, `Kolana Azadî, hejmar 14`, `Waddada Makka 5`), or
after it (`Atatürk Cad. No: 12`, `Bağlar Mah. 1234. Sok. No: 5`, `Al-Nasr Street 21`), the name
capitalised or a numbered street's number (`1234.`) before it."""
_FORM_WORDS = (
    "вул", "ул.", "улиц", "просп", "пров", "пер.", "переул", "бульв", "пл.", "площ", "мкр",
    "мікрорайон", "микрорайон", "шос", "vul", "ul.", "ulitsa", "prosp", "pereulok", "provulok",
    "kolan", "kuçeya", "kuceya", "cadeya", "taxa", "waddada", "wadada", "jidka", "sarak-",
    "kocha-", "kuche-", "jada-", "jaddat", "shari", "shara", "tariq", "godena", "cad", "cd.",
    "sok", "sk.", "bulvar", "blv", "mah", "mh.", "street", "st.", "road", "rd.", "avenue", "ave.",
    "lane",
)  # fmt: skip
"""What every match of `_FORM_ADDRESS` starts with (lower-cased)."""
_FORM_ADDRESS_AT = Keyed(_FORM_ADDRESS, _FORM_WORDS)
_DATE_AFTER = re.compile(
    r"\.[ \u00a0]*(?i:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)"
)
_COUNT_AFTER = re.compile(
    r"[ \u00a0]+(?i:(?:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)[^\W\d_]*"
    r"|(?:gang|ganger|meter|m|km|kilometer|mil|år|års|dag|dager|døgn|uke|uker|måned|måneder"
    r"|time|timer|minutt|minutter|person|personer|mennesker|people|times|раз|разів|км|метр"
    r"|років|год|yıl|kez|kişi)(?![^\W\d_]))"
)
"""What makes the number after a street's name no house number: a month (`Istiklal Caddesi 19
mars 2023`: a date), a unit or a count (`3 ganger`, `2 km`, `100 meter`, `10 år`; the probe after
round 10 found about twenty such sentences refused)."""
_NAMED_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*|[0-9]{1,5}\.)[ \u00a0]+\Z")


@caps.capped
def _form_addresses(text: str) -> Iterator[Candidate]:
    """Streets and house numbers in the arrival countries' forms (see `_FORM_ADDRESS`): the
    street's name capitalised (any script with capitals), a numbered street, and the number no
    year unless a word for a number stands before it."""
    for m in _FORM_ADDRESS_AT.finditer(text):
        start = m.start()
        if m.group("before") is not None:
            if not m.group("name")[0].isupper():
                continue  # `вулиця в центрі`: no street's name
        else:
            named = _NAMED_BEFORE.search(text, max(0, start - 40), start)
            if named is None or not (named.group()[0].isupper() or named.group()[0].isdigit()):
                continue  # `Street 5`, `the road 12`: no street's name before
            if not m.group("after")[0].isupper():
                continue  # `a road 12 km long`: the word in small letters is no street's
            start = named.start()
        number = m.group("number")
        words = m.group()[: m.start("number") - m.start()].strip().lower()
        if len(number) == 4 and not words.endswith(("no", "nr", ":", "№", ".")):
            continue  # `Wall Street 1929`: a year
        if _DATE_AFTER.match(text, m.end()) is not None or _COUNT_AFTER.match(text, m.end()):
            continue  # `… Street 12. mai`: a date; `Caddesi 3 ganger`, `Road 2 km`: a count
        value = text[start : m.end()]
        shown = value[0] + "… " + re.sub(r"[0-9]", "•", number)
        yield (start, m.end(), WHAT_ADDRESS, shown, value.lower())


def scan(text: str) -> list[Candidate]:
    """Positions, device numbers, proGres numbers, rooms, foreign addresses, payment cards,
    network addresses and what3words addresses in ``text``."""
    words = (
        _three_words(text)
        if "///" in text or "w3w" in lowered(text) or "what3" in lowered(text)
        else []
    )
    digits = any(ch in text for ch in "0123456789")
    if (digits or "nummer" in lowered(text)) and may_hold(text, _DWELLING_WORDS):
        words = words + _dwellings(text)  # (`skur nummer tjueen`: a number in words)
    if not digits:
        return sorted(words)
    found = words + _devices(text) + _progres(text) + _cards(text) + _networks(text)
    found += wallets.wallets(text)  # crypto-currency wallets (attack round 11, `wallets.py`)
    found += holdings.scan(text)  # places, property, phones in parts, money (attack round 12)
    if _DECIMAL_HINT.search(text) is not None:
        found += _decimal_pairs(text)
    found += _grids(text)
    if "+" in text:  # a plus code's `+`
        found += _plus_codes(text)
    if "°" in text or "º" in text or "˚" in text:
        found += _dms_pairs(text)
    if may_hold(text, _ROOM_WORDS):
        found += _rooms(text)
    if may_hold(text, _PART_WORDS):
        found += _foreign_addresses(text)
    if not text.isascii() or may_hold(text, _FORM_ASCII_WORDS):
        found += _form_addresses(text)
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
_FORM_ASCII_WORDS = tuple(word for word in _FORM_WORDS if word.isascii())
"""The words of `_FORM_ADDRESS` a text in ASCII may hold."""
_ROOM_AT = Keyed(_ROOM, _ROOM_WORDS)
_FOREIGN_ADDRESS_AT = Keyed(_FOREIGN_ADDRESS, _PART_WORDS)
"""`_ROOM` and `_FOREIGN_ADDRESS` tried only where one of their words starts."""
