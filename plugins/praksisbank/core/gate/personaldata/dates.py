"""Dates and the words around them: the month tables (Norwegian, English, Solar Hijri,
Ethiopian, Roman, lunar), the date pattern, named days and feasts, ordinals, the birth keywords,
a date of birth right after its keyword or on a labelled line (`_read_birth`), ages (`_aged`).

Imports: `candidates.py`, `core.base.dates` and the gate's reader of number words (`spoken`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from praksisbank.core.base.dates import is_date
from praksisbank.core.gate import spoken
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_BIRTH,
    Candidate,
    _Budget,
    mask_digits,
)

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
    # the Solar Hijri months as Pashto names them (Afghanistan's Pashto documents; attack 11)
    "wray": 1, "wrai": 1, "ghwayay": 2, "ghwayai": 2, "gholai": 2, "ghbargolay": 3,
    "gbargolay": 3, "gbargolai": 3, "changakh": 4, "chungakh": 4, "zmaray": 5, "zmarai": 5,
    "wagay": 6, "wazhay": 6, "wagai": 6, "tala": 7, "talah": 7, "laram": 8, "lindey": 9,
    "lindai": 9, "marghumay": 10, "merghumay": 10, "marghumai": 10, "salwagay": 11,
    "salwagha": 11, "salwagai": 11, "kab": 12,
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
    # a Roman month between dots, spaces, hyphens or slashes (`17.III.1992`, `17 iii 92`,
    # `17-V-1990`, `17/V/90`), the Norwegian short form (`17/3-92`)
    rf"|(?P<d6>[0-9]{{1,2}})[-./ \u00a0]{{1,2}}(?P<m6>{_ROMAN})[-./ \u00a0]{{1,2}}"
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
    # Ukrainian `дата народження`, `народився`/`народилася`, `народжений`/`народжена`;
    # Russian `д.р.` (дата рождения); Belarusian `дата нараджэння`, `нарадзіўся`/`нарадзілася`
    r"|(?:дата[ \u00a0])?народження|народи(?:вся|лася|лись)|народжен(?:ий|а|ого|ої)"
    r"|д\.[ \u00a0]?р\.|(?:дата[ \u00a0])?нараджэння|нарадзі(?:ўся|лася)|народжан(?:ы|ая)"
    # Turkish `doğumlu`; Somali `dhalasho`; Kurmanji `bûyîn`, `dîroka bûyînê`; Polish
    # `data urodzenia`, `urodzony`/`urodzona`; Italian `data di nascita`, `nato il`
    r"|doğumlu|dogumlu|dhalasho|(?:dîroka[ \u00a0])?bûyîn(?:ê)?|(?:data[ \u00a0])?urodzenia"
    r"|urodzon[ya]|urodził(?:a)?[ \u00a0]się|data[ \u00a0]di[ \u00a0]nascita"
    r"|nat[oa][ \u00a0]il"
    # the Dari/Persian and Arabic words above spelled in Latin letters (the re-run of round
    # 10): `tarikh-e tavallod`, `tavallod`, `tawallud`, `motavalled`, `tarikh al-milad`
    r"|(?:tarikh(?:-e)?[ \u00a0-]+)?tavall?od|tawall?ud|motavall?ed"
    r"|(?:tarikh[ \u00a0-]+)?al[ \u00a0-]milad"
)
"""Birth keywords in the arrival countries' languages (Russian, Ukrainian, Belarusian, Somali,
Turkish, Kurmanji, Dari/Persian, Arabic, Pashto, Sorani, Amharic/Tigrinya, Polish, Italian),
one word or several."""


_BORN_WHO = (
    r"(?:ham|han|henne|ho|meg|deg|søkeren|søkjaren|klageren|klagaren|barnet|sønnen|sonen"
    r"|datteren|dottera|gutten|jenta)(?![\w])"
)
"""Whom a mother bore (`Moren fødte ham`, `Moren fikk søkeren`: attack round 12)."""


_BIRTH_KEY = (
    # (`fødte ham`, attack round 12, first: `født` would take its first four letters)
    rf"(?i)(?<![\w.])(?:(?:fødte|fødde)[ \u00a0]+{_BORN_WHO}"
    r"|født(?:[ \u00a0]+den)?|fødd|född|f\.|fdt\.?|f\.d\.|fødselsdato(?:en)?"
    # the same without «ø», as a keyboard or a slug writes them (`fodt`, `foedt`, `fodselsdato`)
    r"|foe?dt(?![\w])(?:[ \u00a0]+den)?|foe?dd(?![\w])|foe?dsels?(?:dato|dag)(?:en)?"
    r"|fødselsdag|fødsel(?:en)?|til[ \u00a0]+verden|bursdag(?:en)?"  # `dato for fødsel`
    # nynorsk and an abbreviation: `fødedato`, `kom til verda`, `fød. 17.05.1990`
    r"|fødedato(?:en)?|fødedag(?:en)?|til[ \u00a0]+verda|fød\.(?=[ \u00a0]*[0-9])"
    r"|f\.[ ]?dato|date[ \u00a0]of[ \u00a0]birth|birth[ \u00a0]?date"
    r"|born(?:[ \u00a0]on)?|d\.o\.b\.?|dob|geboren(?:[ \u00a0]am)?|née?(?:\(e\))?(?:[ \u00a0]le)?"
    rf"|{_FOREIGN_BIRTH}"
    r"|geb\.|geburtsdatum|geburtstag|födelsedatum|födelsedag|fødselsdag(?:en)?|birthday"
    r"|date[ \u00a0]de[ \u00a0]naissance|doğum[ \u00a0]tarihi|fecha[ \u00a0]de[ \u00a0]nacimiento"
    r"|naci(?:d[oa]s?|ó|o(?![\w]))|nascid[oa]|doğdu|doğmuş|anadan[ \u00a0]olub"
    # attack round 12: a birth said with a verb or a phrase (`Moren fødte ham`, `Moren fikk
    # ham`, `så dagens lys`), German `Geburtstag` in Norwegian
    # spelling, a dialect's `bursdagn`
    rf"|(?:mor(?:en|a)?|mamma(?:en)?)(?:[ \u00a0]+(?:hans|hennes|hennar|deres))?[ \u00a0]+"
    rf"(?:fikk|fekk)[ \u00a0]+{_BORN_WHO}"
    r"|så[ \u00a0]+(?:dagens|verdens)[ \u00a0]+lys|geburtsdag(?:en)?"
    r"|bursdagn)"
    # born in the night before a day (`fødte ham natten til 1. ramadan 1415`)
    r"(?:[ \u00a0]+natt(?:en|a)?[ \u00a0]+til(?![\w]))?"
)
"""A birth keyword (the start of `_BIRTH`; `_read_birth` reads the date after it)."""


_BIRTH_KEY_AT = re.compile(_BIRTH_KEY)


_BIRTH = re.compile(
    _BIRTH_KEY +
    # up to six words of the same clause between the keyword and the date (`født i Kabul,
    # nærmere bestemt 3. april 1994`, `fødselsdatoen ifølge tazkiraen er 1994-04-03`)
    rf"(?:(?:[ \u00a0,:]+(?!(?:{_GAP_STOP})(?![\w-]))[^\W\d_][\w-]*+){{1,6}}?)?"
    # a label and its value on the next line (`Født:` over a list that starts at 17)
    r"[ \u00a0:,*_\u1361\u1365\u1366]*(?:(?<=:)[ \u00a0]*\n\n?[ \u00a0]*)?"
    rf"(?:den[ \u00a0]+|on[ \u00a0]+)?{_DATE_ANY_MONTH}"
)


# A date with its keyword after it: `oppga 1.1.2001 som fødselsdato`, `3.4.1994 (fødselsdato)`.
_BIRTH_AFTER = re.compile(
    rf"(?i)(?<![\w.]){_DATE}[ \u00a0,]*\(?[ \u00a0]*(?:(?:som|er|var|=)[ \u00a0]+)?"
    r"(?:(?:hans|hennes|hennar|sin|søkerens|the)[ \u00a0]+)?"
    r"(?:fødselsdato|fødselsdag|date[ \u00a0]of[ \u00a0]birth|dob"
    # Turkish `17.05.1990 doğumlu`; Russian `г.р.` (года рождения), Ukrainian `р.н.`
    r"|do[gğ]umlu|г\.[ \u00a0]?р\.|р\.[ \u00a0]?н\.)(?![\w])"
)


_BIRTH_STEMS = (
    "fød", "född", "f.", "fdt", "fodt", "foedt", "fodd", "foedd", "fodsel", "foedsel",
    "date of", "date de", "birth", "born", "dob", "d.o.b", "geboren",
    "né", "doğum", "fecha", "til verden", "til verda", "bursdag", "geb", "föd", "рожд", "родил",
    "г.р",
    "г. р", "dhala", "dhash", "d. tarihi", "d.tarihi", "jidayik", "\u062a\u0648\u0644\u062f",
    "\u0645\u064a\u0644\u0627\u062f", "\u0645\u0648\u0627\u0644\u064a\u062f", "\u0632\u06cc\u0696",
    "\u0632\u06d0\u0696", "\u0644\u06d5\u062f\u0627\u06cc\u06a9", "\u120d\u12f0\u1275",
    "\u1275\u12cd\u120d\u12f5", "дата р", "\u062a\u0627\u0631\u064a\u062e",
    "\u0627\u0644\u0645\u064a\u0644\u0627\u062f", "\u062a\u0627\u0631\u06cc\u062e",
    "\u12d5\u1208\u1270", "\u12e8\u1275", "taariikh", "dîrok", "roja", "naci", "nascid",
    "doğ", "anadan", "народ", "д.р", "д. р", "нарад", "dogumlu", "bûyîn", "urodz",
    "data di", "nato il", "nata il", "tavallod", "tavalod", "tawal", "motaval", "al-milad",
    "al milad",
    # attack round 12 (`_BIRTH_KEY`): a mother's verb, `dagens lys`
    "mor", "mamma", "så dagens", "så verdens",
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
    # Ukrainian, Belarusian and Polish (genitive: `17 травня 1990 року`), Somali, Kurmanji
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "студзеня": 1, "лютага": 2, "сакавіка": 3, "красавіка": 4, "траўня": 5, "чэрвеня": 6,
    "ліпеня": 7, "жніўня": 8, "верасня": 9, "кастрычніка": 10, "лістапада": 11, "снежня": 12,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12, "janaayo": 1, "febraayo": 2, "maarso": 3, "abriil": 4, "maajo": 5,
    "juun": 6, "luulyo": 7, "agoosto": 8, "sebtembar": 9, "oktoobar": 10, "nofembar": 11,
    "desembar": 12, "rêbendan": 1, "reşemî": 2, "adar": 3, "avrêl": 4, "gulan": 5,
    "pûşper": 6, "tîrmeh": 7, "gelawêj": 8, "rezber": 9, "kewçêr": 10, "sermawez": 11,
    "berfanbar": 12,
    # Kurmanji `Nîsan` (Syria's Kurds), and the months with the ezafe a date writes (`3ê
    # Nîsana 1994an`: attack 11)
    "nîsan": 4, "nîsana": 4, "nisana": 4, "rêbendana": 1, "reşemiya": 2, "adara": 3,
    "avrêla": 4, "gulana": 5, "pûşpera": 6, "tîrmeha": 7, "gelawêja": 8, "rezbera": 9,
    "kewçêra": 10, "sermaweza": 11, "berfanbara": 12,
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
    "norooz": (21, 3), "nyttårsaftenen": (31, 12), "julaftenen": (24, 12), "nyttår": (1, 1),
    # Ethiopian and Eritrean feasts (attack 11): Timkat (Epiphany), Meskel, the new year
    "timkat": (19, 1), "timket": (19, 1), "timkat-festen": (19, 1), "meskel": (27, 9),
    "meskel-festen": (27, 9), "meskelfesten": (27, 9), "enkutatash": (11, 9),
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


_SOLAR_NEW_YEAR = frozenset(("nowruz", "nawruz", "nauroz", "newroz", "norooz"))
"""Nowruz, 1 Farvardin/Hamal: with a Solar Hijri year (`Nowruz 1373`) a date of birth too."""


_MOVING_FEASTS = frozenset(
    ("al-adha", "ul-adha", "el-adha", "al-fitr", "ul-fitr", "el-fitr", "adha", "fitr",
     "kurban", "ramazan", "bayram", "bayramı", "bajram")
)  # fmt: skip
"""The Islamic feasts after `Eid` (`dagen etter Eid al-Adha i 1994`, `Kurban Bayramı 1994`):
their day in a Gregorian year is known from the lunar calendar, so the feast and the year give
a reader the date of birth (attack 11)."""


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
        # a day given after its month and year (`født i april 1994, nærmere bestemt den
        # tredje`), Somali «the year» (`saddexda Abriil, sanadka 1994`: attack round 12)
        "nærmere", "bestemt", "nemlig", "sanadka", "sannadka", "sanadkii", "sannadkii",
    )
)  # fmt: skip
"""Words that may stand between a date's parts (``17. i tredje måned``, ``årets 76. dag i``)."""


_MONTH_WORDS = frozenset({"måned", "mnd", "month"})


_RELATIVE = frozenset({"før", "etter", "before", "after"})
"""After ``dagen`` (``født dagen før 18. mars 1992``): the date after it gives the birth; before
a named day, it moves that day (``dagen etter grunnlovsdagen``: 18 May)."""


_DAY_UNITS = frozenset({"dagen", "dag", "dager", "day", "days"})
"""The unit a day is counted from a named day in (``to dager før julaften``)."""


_COUNTED_DAYS = frozenset({"dag", "dager", "day", "days"})
"""Units after a count (``første dag etter``, ``to dager før``); ``dagen`` alone is one day."""


_WORDS_AHEAD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?(?:[ \u00a0]+[^\W\d_]+(?:-[^\W\d_]+)?){0,5}")
"""The words a year in words may be (``nitti``, ``nitten nitti``, ``to tusen og tre``)."""


def _year_in_words(
    text: str, at: int, limit: int, *, other: bool = False
) -> tuple[int, int] | None:
    """A year written in number words at ``at`` and where it ends: four digits spoken
    (``nittennitti``, ``nitten nitti``: ``spoken.year_of``) or one word of two (``nitti``: 1990,
    ``åttiåtte``: 1988, read as a two-digit year is)."""
    ahead = _WORDS_AHEAD.match(text, at, limit)
    if ahead is None:
        return None
    words = list(re.finditer(r"[^ \u00a0]+", ahead.group()))
    for n in range(len(words), 0, -1):
        said = ahead.group()[: words[n - 1].end()]
        year = spoken.year_of(said)
        if year is None and other:
            year = _calendar_year_of(said)
        if year is not None:
            return year, at + len(said)
    digits, count = spoken.digits_of(words[0].group().lower())
    if count and len(digits) == 2 and digits.isdigit() and digits[0] != "0":
        return _full_year(digits), at + words[0].end()
    return None


def _calendar_year_of(words: str) -> int | None:
    """A Hijri year in number words (1300 to 1450) after a month of another calendar
    (`født den tolvte rabi al-awwal fjortenhundreogfemten`: attack round 12)."""
    low = words.lower()
    if spoken._RUN.fullmatch(low) is None and re.fullmatch(spoken._PIECE, low) is None:
        return None
    digits, count = spoken.digits_of(low)
    return int(digits) if count and len(digits) == 4 and "1300" <= digits <= "1450" else None


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
    r"|(?P<apos>['’ʼ´`])?(?P<num>[0-9]+)(?:st|nd|rd|th|e|te|ste|er|ê|an|[ºª°]"
    # Norwegian `3dje`, `3-dje`, `3de`; Somali `3da`, `3aad` (attack round 12)
    r"|-?(?:dje|de)|da|aad"
    r"|-(?:го|ого|е|ое|й|я)"
    r"|['’-]?(?:[iıuü]?nc[iıuü]|c[iıuü]))?(?![^\W\d_])"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)"
)


_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{4})[.!?][ \u00a0]+(?=[^\W_])")
"""A sentence's end after a word of four letters or more (not `St.` nor `bl.a.`)."""


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
            if (
                "," in token.group()
                and start >= 0
                and not _goes_on(text, token.end(), limit, day_left=parts.day_left())
            ):
                break
            if "." in token.group() and token.group()[-1].isspace() and parts.last_year:
                break  # a sentence ends after the year (`født 1990. 17. mars 2015 søkte han`)
            if start < 0 and gap and _SENTENCE_END.match(text, token.start()) is not None:
                break  # a sentence ends after the clause (`født i Kabul. Julaften 2019 ble …`)
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
        elif (
            parts.year is None
            and parts.dated()
            and (said := _year_in_words(text, token.start(), limit, other=parts.other))
        ):  # a year in words after the day and month (`den syttende i femte nitti`)
            parts.year = said[0]
            token_end = said[1]
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
    if parts.shift and gap:  # a day counted from a named day begins its clause, the birth word's
        return None  # own: `født i Asmara, to dager før julaften 2015 kom hun` dates the travel
    if crossed and _VALUE_LINE_END.match(text, end) is None:
        return None  # a label over a sentence that starts with a date (`12.05.2024 ble det …`)
    value = text[start:end]
    shown = mask_digits(value)
    if parts.roman:  # every digit and the Roman year's letters too (`••. mai •••••`)
        shown = re.sub("[0-9]", "•", shown)
        shown = re.sub(
            r"(?i)(?<![^\W\d_])[mdclxvi]{2,}(?![^\W\d_])", lambda m: "•" * len(m.group()), shown
        )
    return start, end, WHAT_BIRTH, shown, value.lower()


def _goes_on(text: str, at: int, limit: int, *, day_left: bool = False) -> bool:
    """Whether a date goes on after a comma: ``17. mars, 1992``, ``i mars 1992, den 17.``; not
    ``født 1990, 17. mars 2015 kom han`` (a new part of the sentence). ``nærmere bestemt`` and
    ``nemlig`` go on to the day only when a month and a year are read without it (``født i
    april 1994, nærmere bestemt den tredje``)."""
    after = _READ.match(text, at, limit)
    if after is None:
        return False
    word = (after.group("word") or "").lower()
    if word in _GOES_ON_TO_THE_DAY:
        return day_left
    return word in _GOES_ON or (len(after.group("num") or "") == 4)


_GOES_ON_TO_THE_DAY = frozenset(("nærmere", "nemlig"))


_GOES_ON = frozenset(
    ("den", "the", "dagen", "day", "sanadka", "sannadka", "sanadkii", "sannadkii")
)  # fmt: skip
"""Words after a comma that go on with the date (attack round 12: `nærmere bestemt den
tredje`, Somali `sanadka 1994`)."""


_ROMAN_YEAR = re.compile(
    r"m{1,2}(?:cm|dc{0,3}|cd|c{1,3})?(?:xc|lx{0,3}|xl|x{1,3})?(?:ix|vi{0,3}|iv|i{1,3})?"
)
"""A year in Roman numerals, in small letters (`mcmxc`, `mmiii`)."""


_ROMAN_VALUES = {"m": 1000, "d": 500, "c": 100, "l": 50, "x": 10, "v": 5, "i": 1}


def _roman_year(word: str) -> int | None:
    """The year 1900 to 2099 a word in Roman numerals writes (`mcmxc`: 1990), else None."""
    if len(word) < 3 or _ROMAN_YEAR.fullmatch(word) is None:
        return None
    values = [_ROMAN_VALUES[ch] for ch in word]
    total = sum(
        -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
    )
    return total if 1900 <= total <= 2099 else None


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
        self.shift = 0
        """Days a named day is moved by (`dagen etter grunnlovsdagen`: 1; `to dager før`: -2)."""
        self.other = False
        self.solar = False
        """Whether the day is Nowruz (a Solar Hijri year may follow)."""
        self.feast = False
        """Whether the day is a moving Islamic feast (`Eid al-Adha`)."""
        self.roman = False
        """Whether the year is written in Roman numerals (the message masks its letters too)."""
        self.last = ""
        self.last_year = False

    def complete(self) -> bool:
        if self.year is None:
            return False
        if self.day_month is not None or self.doy is not None or self.easter is not None:
            return True
        return bool(self.numbers) if self.month is not None else len(self.numbers) >= 2

    def day_left(self) -> bool:
        """Whether a month and a year are read and the day is not (it may follow a comma)."""
        return self.month is not None and self.year is not None and not self.numbers

    def dated(self) -> bool:
        """Whether a day and a month are read (a year may follow)."""
        if self.day_month is not None or self.easter is not None:
            return not self.numbers
        return len(self.numbers) == 1 if self.month is not None else len(self.numbers) == 2

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
        roman = _roman_year(word) if self.year is None and self.numbers else None
        if roman is not None:  # a year in Roman numerals (`født 17. mai MCMXC`)
            self.year, self.roman = roman, True
        elif word in _MONTH_WORDS and self.numbers and self.month is None:
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
        elif word in _NAMED_DAYS:
            # `første nyttårsdag`: the ordinal names the day; `nyttårsdagen Nowruz`: a gloss
            if self.day_month is None and self.numbers == [1]:
                self.numbers.pop()
            day, month = _NAMED_DAYS[word]
            if self.shift:  # moved in a leap year (the year may come later: close enough)
                moved = date(2000, month, day) + timedelta(days=self.shift)
                day, month = moved.day, moved.month
            self.day_month = (day, month)
            self.solar = word in _SOLAR_NEW_YEAR
        elif word in _MOVING_FEASTS and self.day_month is None and not self.numbers:
            self.feast = True
        elif word in ("eid", "id", "kurban", "kurbam"):
            return False  # the feast's name may follow
        elif word in _ORDINALS or word in _DAY_WORDS or word in _SOMALI_DAYS:
            self.numbers.append(_ORDINALS.get(word) or _DAY_WORDS.get(word) or _SOMALI_DAYS[word])
        elif word in _RELATIVE and last in _DAY_UNITS and self.day_month is None:
            # a day counted from the date or named day after it: `dagen før 18. mars`,
            # `første dag etter nyttår`, `to dager før julaften`
            count = self.numbers.pop() if last in _COUNTED_DAYS and self.numbers else 1
            self.shift = -count if word in {"før", "before"} else count
            return False
        elif word in _FILLERS or word == "årets" or word in _COUNTED_DAYS:
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
        if self.feast and not numbers and month is None:
            return 1900 <= year <= 2099
        if self.day_month is not None and self.solar and 1300 <= year <= 1450:
            return not numbers and month is None
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


_SOMALI_DAYS = {
    "kowda": 1, "koowda": 1, "labada": 2, "saddexda": 3, "afarta": 4, "shanta": 5, "lixda": 6,
    "toddobada": 7, "siddeedda": 8, "sagaalka": 9, "tobanka": 10,
}  # fmt: skip
"""Somali days of the month as a date says them (`saddexda Abriil`, «the third of April»),
read after a birth word only (attack round 12)."""


_DAY_WORD = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
