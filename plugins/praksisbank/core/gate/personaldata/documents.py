"""Document numbers after their keyword (passport, tazkira, ID card, residence card, UNHCR
case, family book...) and vehicle registrations after theirs.

Imports: `candidates.py` and the gate's helpers (`prefilter`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from praksisbank.core.base.dates import is_date
from praksisbank.core.gate import caps
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_FOREIGN_ID,
    WHAT_ID_DOCUMENT,
    WHAT_PASSPORT,
    WHAT_REGISTER_ENTRY,
    WHAT_VEHICLE,
    WHAT_VIN,
    Candidate,
    mask_alnum,
    mask_digits,
)
from praksisbank.core.gate.prefilter import Keyed, has_digit, may_hold

_NUMBER_WORDS = (
    "n[°º]|numéro|nummer|nr\\.?|no\\.?|номер|№|numarası|no'su|lambarka|lambar"
    "|\u0631\u0642\u0645|\u0634\u0645\u0627\u0631\u0647|\u0634\u0645\u06d0\u0631\u0647"
    "|\u1241\u133d\u122a|\u1241\u1325\u122d"
)
"""`number` after a foreign keyword: French, German, Russian, Turkish, Somali, Arabic `raqm`,
Persian `shomare`, Pashto `shmera`, Tigrinya `qutsri`, Amharic `qutir`."""


_FOREIGN_PASSPORT = (
    r"(?:pasaport(?:u|un)?|paspor|baasaboor(?:ka)?|(?:загран)?паспорт(?:а)?|passeport"
    r"|\u067e\u0627\u0633\u067e\u0648\u0631\u062a|\u067e\u0627\u0633\u067e\u0648\u0631\u067c"
    r"|\u067e\u0627\u0633\u067e\u06c6\u0631\u062a"
    r"|(?:\u0627\u0644)?\u062c\u0648\u0627\u0632(?:[ \u00a0](?:\u0627\u0644)?\u0633\u0641\u0631)?"
    r"|\u1353\u1235\u1356\u122d\u1275"
    # Arabic `jawaz (as-safar)` spelled in Latin letters (the re-run of round 10)
    r"|jawaz(?:[ \u00a0-]+(?:as|al)[ \u00a0-]?safar)?)"
    # whose passport: `Паспорт громадянина України`, `паспорт гражданина РФ`
    r"(?:[ \u00a0]+(?:громадянина|гражданина)(?:[ \u00a0]+[^\W\d_]+){1,3}?(?=[ \u00a0:№]))?"
    rf"(?:[ \u00a0]*(?:{_NUMBER_WORDS})(?![\w]))?"
)
"""Passport in French, Turkish, Kurdish, Somali, Russian, Dari/Persian (پاسپورت), Pashto (پاسپورټ),
Sorani (پاسپۆرت), Arabic (جواز سفر, الجواز) and Amharic/Tigrinya (ፓስፖርት), perhaps with their
word for `number` (``Passeport n°``, ``ፓስፖርት ቁጽሪ``, ``جواز سفر رقم``)."""


_FOREIGN_DOCUMENT = (
    # ID cards: Ukrainian/Russian `ID-картка`, `ID-карта`, `удостоверение личности`; Turkish
    # `kimlik (kartı)`, `nüfus cüzdanı`; Italian `carta d'identità`; German `Personalausweis`;
    # Kurmanji `nasname`; Somali `kaarka aqoonsiga`; Arabic/Dari `iqama`
    r"id-карт(?:ка|ки|ку|а|ы|у|очка)|удостоверени[ея][ \u00a0]личности"
    r"|(?:t\.?[ \u00a0]?c\.?[ \u00a0]|yabancı[ \u00a0])?kimlik(?:[ \u00a0]kart[ıi])?"
    r"|nüfus[ \u00a0]cüzdan[ıi]|carta[ \u00a0]d['’][ \u00a0]?identit[àa]"
    r"|personalausweis(?:nummer)?|ausweisnummer|nasname(?:ya[ \u00a0]\w+)?"
    r"|(?:kaarka[ \u00a0])?aqoonsi(?:ga)?|iqama|\u0625\u0642\u0627\u0645\u0629"
    # Ukraine's register number (УНЗР, `Запис №`), which holds the date of birth
    r"|унзр|запис(?=[ \u00a0]*№)"
    # residence permits: Ukrainian `посвідка на (постійне|тимчасове) проживання`, Russian
    # `вид на жительство`, `разрешение на (временное) проживание`; Turkish `ikamet izni`,
    # `oturma izni`; Italian `permesso (carta) di soggiorno`; German `Aufenthaltstitel`…
    r"|посвідк[аиу][ \u00a0]на[ \u00a0](?:постійне[ \u00a0]|тимчасове[ \u00a0])?проживання"
    r"|вид[ \u00a0]на[ \u00a0]жительство"
    r"|разрешени[ея][ \u00a0]на[ \u00a0](?:временное[ \u00a0])?проживание"
    r"|ikamet(?:[ \u00a0]izni)?|oturma[ \u00a0]izni|(?:permesso|carta)[ \u00a0]di[ \u00a0]soggiorno"
    r"|aufenthalts(?:titel|erlaubnis|gestattung|karte)"
    # driving licences: Russian, Ukrainian, Turkish, Italian, German, Norwegian, English
    r"|водительское[ \u00a0]удостоверение|водійське[ \u00a0]посвідчення|посвідчення[ \u00a0]водія"
    r"|ehliyet|sürücü[ \u00a0]belgesi|patente[ \u00a0]di[ \u00a0]guida|führerschein(?:nummer)?"
    r"|førerkort(?:nummer(?:et)?|et)?|driv(?:ing|er['’]?s)[ \u00a0]licen[cs]e"
    # Arabic `rukhsat al-qiyada` (driving licence), `bitaqat al-hawiya`, `al-bitaqa ash-shakhsiya`
    # (ID card); Dari/Persian `shenasnameh`, `gavahinameh` (driving licence), `kart-e melli`
    r"|\u0631\u062e\u0635\u0629[ \u00a0](?:\u0627\u0644)?\u0642\u064a\u0627\u062f\u0629"
    r"|\u0628\u0637\u0627\u0642\u0629[ \u00a0]\u0627\u0644\u0647\u0648\u064a\u0629"
    r"|\u0627\u0644\u0628\u0637\u0627\u0642\u0629[ \u00a0]"
    r"\u0627\u0644\u0634\u062e\u0635\u064a\u0629"
    r"|\u0634\u0646\u0627\u0633\u0646\u0627\u0645\u0647"
    r"|\u06af\u0648\u0627\u0647\u06cc\u0646\u0627\u0645\u0647"
    r"(?:[ \u00a0]\u0631\u0627\u0646\u0646\u062f\u06af\u06cc)?"
    r"|\u06a9\u0627\u0631\u062a[ \u00a0]\u0645\u0644\u06cc"
    # birth certificates: Ukrainian, Russian
    r"|свідоцтв[оа][ \u00a0]про[ \u00a0]народження|свидетельств[оа][ \u00a0]о[ \u00a0]рождении"
)
"""Identity cards, residence permits, driving licences, registers and birth certificates in the
arrival countries' languages and those of the countries they came through (Ukrainian, Russian,
Turkish, Italian, German, Kurmanji, Somali, Arabic, Dari/Persian): their number follows, perhaps
after a series (`серія ЕК номер 123456`, `seri A12 no 345678`) and a word for `number`."""


_CASE_KEYWORDS = (
    # attack round 11: case, registration and card numbers of the bodies a person meets, in
    # Norway (police, NAV, tax, prison, health, school) and on the way (UNHCR, IOM, UNRWA,
    # Eurodac), and money and messenger ids (MTCN, Pay-ID, IMO, Threema, a hawala code)
    # (a case number of its own shape after `saksnummer` alone: the department's `24/01234` is
    # none, a body's `NAI-14C01234` is one)
    r"(?:straffe|nav-)saksnummer(?:et)?|saksnummer(?:et)?(?=[ \u00a0:]+[A-Z]{2,4}-?[0-9])"
    r"|anmeldelse(?:n|snummer(?:et)?|snr\.?)?"
    r"|skattekort(?:et|nummer(?:et)?)?|forskuddsnummer(?:et)?|innsatt-?nummer(?:et)?"
    r"|pasientnummer(?:et)?|student-?nummer(?:et)?|elevnummer(?:et)?"
    r"|kid(?:-nummer(?:et)?|-nr\.?)?(?=[ \u00a0:]+[0-9])|helfo-referanse(?:n)?"
    r"|iom-(?:nummer(?:et)?|id)|unrwa(?:-registreringskort(?:et)?|-kort(?:et)?|-nummer(?:et)?)?"
    r"|eurodac(?:-treff(?:et)?|-nummer(?:et)?|-referanse(?:n)?)?"
    r"|(?:europeisk[ \u00a0])?helsetrygdkort(?:et)?"
    r"|ehic|chassisnummer(?:et)?|understellsnummer(?:et)?|vin-?nummer(?:et)?|vin-nr\.?"
    r"|mtcn|imo-id|threema-id|(?:binance[ \u00a0])?pay-id|hawala-?kode(?:n)?"
    # attack round 12: registrations on the way (Iran's Amayesh card and census slip, a Greek
    # asylum card, Somalia's NIRA), the police's and UNE's case and journal numbers, service,
    # prison and staff numbers, a register's serial (`løpenummer`), a SIM card's ICCID and a
    # DUF number written with slashes (`2019/0123/4567`: the DUF rule reads no slash)
    r"|(?P<serial>løpenummer(?:et)?)|amayesh(?:-kort(?:et|ets)?|-nummer(?:et)?)?|sarshomari|asylkort(?:et|ets)?"
    r"|nira(?:-nummer(?:et)?|-nr\.?)?"
    # (a journal number of the year's own shape is an archive's: `Journalnummer 2023/004512`)
    r"|journal(?:nummer(?:et)?|-?nr\.?)(?![ \u00a0:]+(?:19|20)[0-9]{2}/)"
    r"|politi(?:ets)?[ \u00a0-]?saksnummer(?:et)?|une-sak(?:en|snummer(?:et)?)?"
    r"|sak(?:en)?(?=[ \u00a0:]+[A-Z][0-9]{6,8}(?![\w]))"
    r"|tjeneste(?:nummer(?:et)?|-id)|soldatbok(?:a|en|ens)?|militær-id(?:-kort(?:et)?)?"
    r"|militærnummer(?:et)?|rullenummer(?:et)?|fange(?:nummer(?:et)?|-?nr\.?)"
    r"|ansatt(?:nummer(?:et)?|-id|-nr\.?)|personalnummer(?:et)?"
    r"|iccid|sim-kort(?:et|ets)?(?:[ \u00a0]nummer)?"
    r"|duf(?:-nummer(?:et)?|-nr\.?)?(?=[ \u00a0:]+[0-9]{4}/[0-9])"
)
"""Case, registration and card numbers after their keyword (attack round 11, finding 5): each
names one person's file at a body as surely as a passport's number."""


_SERIES_NUMBER = r"(?:номер|№|no|nr|n[.°º]|numero|numarası|number|nummer(?:et)?)"


_SERIES = (
    r"(?:[ \u00a0,:]*(?:(?:сері[яї]|сери[яи]|seri(?:si)?|serie|series)[ \u00a0:]*)?"
    r"(?-i:(?P<series>[A-ZА-ЯЁЄІЇҐ0-9]{1,4}|[A-ZА-ЯЁЄІЇҐ]{1,2}[ \u00a0][0-9]{1,4}))(?![\w])"
    rf",?(?=[ \u00a0]*{_SERIES_NUMBER}))?"
)
"""A document's series before the word for its number (`серія ЕК номер`, `seri A12 no`, `82 №`):
the number follows."""


_DOCUMENT = re.compile(
    r"(?i)(?:(?<![\w-])|(?<=(?<![\w-])e-))(?:"
    r"(?P<pass>(?:reise)?pass(?:numm?[ae]r(?:et)?|nr\.?|-nr\.?|[ \u00a0]nr\.?|[ \u00a0]nummer"
    r"|port(?:[ \u00a0](?:no\.?|number|nr\.?))?|et|en|eport(?:[ \u00a0]n[°ºo]\.?)?)?(?![\w-])"
    # one `s` or an extra `o` (`pas nr.`, `paspoort`, `pasnummer`): typed so by contributors
    r"|pas(?:[ \u00a0-]nr\.|nr\.?|numm?er(?:et)?|poort)(?![\w-])"
    # passport in the arrival countries' languages (Turkish, Kurdish, Somali, Russian; Dari,
    # Persian, Pashto, Kurdish in Arabic script; Arabic `jawaz (as-safar)`; Amharic/Tigrinya)
    rf"|{_FOREIGN_PASSPORT})"
    r"|(?P<national>ta[sz]ki?ra(?:h|en|et|nummer|-nummer|-nr\.?)?|tazkera|tezkere"
    r"|identitetsnummer(?:et)?|nasjonalnummer(?:et)?"
    r"|nasjonalt[ \u00a0](?:id(?:-nummer)?|nummer|identitetsnummer)"
    r"|national[ \u00a0](?:id|number|no\.?)(?:[ \u00a0](?:no\.?|number))?"
    # Arabic `national number` (two forms) and `tazkira`; Dari `tazkira` and `national number`
    r"|\u0627\u0644\u0631\u0642\u0645[ \u00a0]\u0627\u0644\u0648\u0637\u0646\u064a"
    r"|\u0631\u0642\u0645[ \u00a0]\u0648\u0637\u0646\u064a|\u062a\u0630\u0643\u0631\u0629"
    r"|\u062a\u0630\u06a9\u0631\u0647|\u0634\u0645\u0627\u0631\u0647[ \u00a0]\u0645\u0644\u06cc)"
    r"|(?P<id>id-kort(?:nummer|nr\.?|et)?|id-nummer(?:et)?|id-nr\.?|identitetskort(?:nummer|et)?"
    r"|nasjonalt[ \u00a0]id-kort|national[ \u00a0]id[ \u00a0]card(?:[ \u00a0](?:no\.?|number))?"
    r"|id[ \u00a0]card(?:[ \u00a0](?:no\.?|number))?"
    r"|id(?=[ \u00a0]*(?::|#|nr\.?|no\.?)[ \u00a0]*[A-Z0-9])"
    r"|opph[oa]ldskort(?:nummer|et)?|opph[oa]ldsløyvekort|oppholdstillatelseskort"
    r"|kortnummer(?:et)?"
    r"|reisedokument(?:nummer|nr\.?|et)?|residence[ \u00a0](?:card|permit)"
    r"(?:[ \u00a0](?:no\.?|number))?"
    r"|(?:unhcr|progres)(?:-saksnummer(?:et)?|-nummer(?:et)?|-registreringsnummer(?:et)?"
    r"|-registrering(?:en)?|-kort(?:et)?|-id|[ \u00a0]id|[ \u00a0]case(?:[ \u00a0]no\.?)?"
    r"|[ \u00a0]registration(?:[ \u00a0]no\.?|[ \u00a0]number)?|[ \u00a0]individual[ \u00a0]no\.?)?"
    r"|kebele(?:[ \u00a0-]id(?:-en|-kort(?:et)?)?)?"
    r"|familiebok(?:a|en|ens|as|nummer(?:et)?|-nummer|-nr\.?)?"
    r"|family[ \u00a0]book"
    rf"|{_FOREIGN_DOCUMENT}|{_CASE_KEYWORDS})"
    r")"
    # bracketed words between the keyword and the number: `familieboka (syrisk) nr.`
    r"(?:[ \u00a0]*[(\[][^()\[\]\n]{0,40}[)\]]){0,2}"
    # words between the keyword and the number: `tazkiraen har nummeret`, `kortet med nr.`
    r"(?:[ \u00a0]+(?:har|med|er|var|hadde|som|has|with|is|was)(?=[ \u00a0]))?"
    # whose document, then perhaps a comma: `reisedokumentet hans, N1234567`
    r"(?:(?:[ \u00a0]+(?:hans|hennes|hennar|deres|sitt|sin|mitt|min|til|søkeren|søkerens|klageren"
    r"|klagerens|his|her|their)){1,2}(?![\w-]),?(?=[ \u00a0]))?"
    # `passnummeret hans er N1234567`, `opphaldskortet hans hadde nummer AB1234567`
    r"(?:[ \u00a0]+(?:er|var|is|was|har|hadde|med)(?=[ \u00a0]))?"
    # any other words between (attack round 12: `Eurodac-treffet gjaldt referansen …`,
    # `passet er av serien P med nummeret …`): the judge then asks more of the number
    r"(?P<loose>(?:[ \u00a0]+[^\W\d_][^\W\d_'’-]{0,15}(?![\w])){1,6}?)??"
    + _SERIES
    # (an opening bracket before the number: `Anmeldelsen (nr. …)`)
    + r"(?:[ \u00a0:#=*_(\u1366\u1361]{1,4}(?:(?:seri(?:si)?[ \u00a0])?"
    r"(?:nr|no|nummer(?:et)?|number|номер|№|n[.°º]|numero|numarası"
    r"|\u0631\u0642\u0645|\u0634\u0645\u0627\u0631\u0647)\.?[ \u00a0:#*_]{1,3})?"
    r"|(?=[0-9]))"
    r"(?-i:(?P<doc>[A-Z0-9А-ЯЁЄІЇҐ](?:[A-Z0-9А-ЯЁЄІЇҐ]|[ /-](?=[0-9])){4,24})"
    r"(?![A-Za-z0-9]))"
)


# A document number holds digits: it is looked for where a run of digits starts and one of these
# stems (lower case) stands in the characters before it.
_DOCUMENT_STEMS = (
    "pass", "tazk", "task", "tezk", "id", "nasjonal", "national", "opphold", "kortnummer",
    "reisedok", "residence", "unhcr", "progres", "kebele", "familiebok", "family book",
    "\u0627\u0644\u0631\u0642\u0645", "\u0631\u0642\u0645", "\u062a\u0630\u0643",
    "\u062a\u0630\u06a9", "\u0634\u0645\u0627\u0631\u0647", "reisepass", "pasaport", "paspor",
    "baasaboor", "паспорт", "paspo", "pas nr", "pas-nr", "pasnr", "pasnum", "opphald",
    "\u067e\u0627\u0633\u067e", "\u062c\u0648\u0627\u0632", "jawaz",
    "\u0627\u0644\u062c\u0648\u0627\u0632", "\u1353\u1235\u1356",
    # (each the start of its keyword in `_FOREIGN_DOCUMENT`)
    "id-карт", "удостоверени", "kimlik", "t.c", "t. c", "yabancı", "nüfus", "carta d",
    "personalausweis", "ausweisnummer", "nasname", "kaarka", "aqoonsi", "iqama",
    "\u0625\u0642\u0627\u0645\u0629", "унзр", "запис", "посвідк", "вид на", "разрешени",
    "ikamet", "oturma", "permesso", "aufenthalt", "водительск", "водійськ", "посвідчен",
    "ehliyet", "sürücü", "patente", "führerschein", "førerkort", "driv", "свідоцтв",
    "свидетельств", "\u0631\u062e\u0635\u0629", "\u0628\u0637\u0627\u0642\u0629",
    "\u0627\u0644\u0628\u0637\u0627\u0642\u0629", "\u0634\u0646\u0627\u0633",
    "\u06af\u0648\u0627\u0647\u06cc", "\u06a9\u0627\u0631\u062a",
    # (each the start of its keyword in `_CASE_KEYWORDS`)
    "saksnummer", "straffesaks", "nav-saks", "anmeldelse", "skattekort", "forskudd", "innsatt",
    "pasientn", "student", "elevn", "kid", "helfo", "iom-", "unrwa", "eurodac", "europeisk",
    "helsetrygd", "ehic", "chassis", "understell", "vin", "mtcn", "imo-id", "threema",
    "pay-id", "binance", "hawala", "загран",
    "amayesh", "sarshomari", "asylkort", "nira", "journal", "politi", "une-sak", "sak",
    "tjeneste", "soldatbok", "militær", "rullenummer", "fange", "ansatt", "personalnummer",
    "løpenummer", "iccid", "sim-kort", "duf",
)  # fmt: skip


NATIONAL_DIGITS = 8
"""Digits a number after a national-identity keyword (``tazkira``, ``national number``,
``nasjonalt ID-nummer``, ``الرقم الوطني``) holds, and nothing but digits and separators, to be a
person's national number (an e-tazkira ``1400-0101-12345``, a Syrian national number of 11
digits, an Eritrean or Somali national ID): ``WHAT_FOREIGN_ID``, never excepted. A card's
document number (letters in it) stays an ``ID-nummer``."""


_DATED_REGISTER = re.compile(
    r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{5}"
)
"""Ukraine's register number (УНЗР: the date of birth `yyyymmdd` and five digits): whatever
keyword stands before it, a person's number that gives the date away."""


_YEARS_ONLY = re.compile(r"(?:(?:19|20)[0-9]{2}[ /-]?)+")


_AMOUNT = re.compile(r"[0-9]{1,3}(?:[ \u00a0.][0-9]{3})+")


_YEAR_CASE = re.compile(r"(?:19|20)[0-9]{2}[/-]")
"""A year, then the rest: a court's or an archive's case (`kararı 2019/12345`)."""


_DATE_SHAPE = re.compile(r"[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4}")


def _loose_number(doc: str) -> bool:
    """Whether a number words stand before, away from its keyword, is one a document holds: six
    digits or more, or letters and four digits; never an amount's thousands (`15 000`) nor a
    date's shape (`anmeldelsen ble levert 2019-05-02`) nor a year's case (`_YEAR_CASE`)."""
    digits = sum(ch.isdigit() for ch in doc)
    if _AMOUNT.fullmatch(doc) or _DATE_SHAPE.fullmatch(doc) or _YEAR_CASE.match(doc):
        return False
    return digits >= 6 or (digits >= 4 and any(ch.isalpha() for ch in doc))


def _document(match: re.Match[str]) -> Candidate | None:
    doc = match.group("doc")
    if sum(ch.isdigit() for ch in doc) < 2 or not any(ch.isdigit() for ch in doc[-3:]):
        return None
    if _YEARS_ONLY.fullmatch(doc):
        return None  # years after a case keyword (`saksnummeret 2019 2020`), not a number
    if match.group("loose") and not _loose_number(doc):
        return None
    if match.group("serial") and sum(ch.isdigit() for ch in doc) < 6:
        return None  # `Løpenummeret er 12345`: a serial too short to name a person's file
    what = WHAT_PASSPORT if match.group("pass") else WHAT_ID_DOCUMENT
    canonical = re.sub(r"[\W_]", "", doc).upper()
    if match.group("national") and canonical.isdigit() and len(canonical) >= NATIONAL_DIGITS:
        what = WHAT_FOREIGN_ID
    if _DATED_REGISTER.fullmatch(canonical) and is_date(
        int(canonical[:4]), int(canonical[4:6]), int(canonical[6:8])
    ):
        what = WHAT_FOREIGN_ID
    series = match.group("series")
    if series is not None:  # the series is part of the number (`серія ЕК номер 123456`)
        shown = "•" * len(series) + " " + mask_alnum(doc)
        return match.start("series"), match.end("doc"), what, shown, series.upper() + canonical
    return match.start("doc"), match.end("doc"), what, mask_alnum(doc), canonical


_VEHICLE = re.compile(
    r"(?:[A-Z](?<![\w][A-Z])[A-Z][ \u00a0-]?(?:[0-9]{4,5}|[0-9]{3}[ \u00a0][0-9]{2})"
    r"|[0-9](?:(?<=(?<![\w])[A-Za-z]{2}[0-9])|(?<=(?<![\w])[A-Za-z]{2}[ \u00a0-][0-9]))"
    r"(?:[0-9]{3,4}|[0-9]{2}[ \u00a0][0-9]{2}))"
    r"(?![0-9A-Za-z]|[.,/-][0-9])"
)
"""The plate, found from its first capital (`AB 12345`), or from its first digit when the two
letters are not both capitals (`ab12345`, `ab 12345`, `Ab 123 45`): one class first. Its
keyword is looked for before it."""


_FOREIGN_VEHICLE_KEY = (
    r"|skilter(?:ne)?|skiltene|nummerplate(?:n|r|ne)?|plate(?:n)?"
    r"|номерн(?:ий|ой|ые|і)[ \u00a0]знак(?:и)?"
    r"|госномер|номер[ \u00a0](?:автомобіля|автомобиля|машини|машины|авто)"
    r"|plaka(?:s[ıi]|l[ıi])?|targa|kennzeichen|nummernschild"
)


_VEHICLE_KEY = re.compile(
    r"(?i)(?<![\w])(?:kjennemerke(?:t|ne|r)?|registreringsnummer(?:et)?|reg\.?[ \u00a0]?nr\.?"
    r"|regnr\.?|skiltnummer(?:et)?|bilnummer(?:et)?|skilt(?:et|a)?|nummerskilt(?:et)?"
    r"|licen[cs]e[ \u00a0]plate|plate[ \u00a0](?:no\.?|number)" + _FOREIGN_VEHICLE_KEY + ")"
    # other countries' plates: Norwegian `skilter`, `nummerplate`, `plate`; Ukrainian `номерний
    # знак`, Russian `номерной знак`, `госномер`, `номер автомобиля/машины`; Turkish `plaka`,
    # `plakası`; Italian `targa`; German `Kennzeichen`, `Nummernschild`
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
    "plate", "номерн", "госномер", "номер ", "plaka", "targa", "kennzeichen", "nummernschild",
)  # fmt: skip
"""Every match of `_VEHICLE` holds one of these (lower-cased)."""


_SHORT_WORDS = frozenset(
    ("er", "på", "og", "av", "at", "en", "et", "om", "nr", "no", "is", "on", "in", "to",
     "of", "ca", "kl", "se", "jf", "mm", "as", "da", "så", "nå", "ei", "bl", "pr")
)  # fmt: skip
"""Words of two letters: before a number with a space between they are no plate's letters
(`skiltet var 12345`, `reg.nr 12345`); joined to it (`er12345`) they are."""


_YEAR_PLATE = re.compile(r"[ \u00a0-]?(?:19|20)[0-9]{2}")


_PLATE_LETTER = "A-ZА-ЯЁЄІЇҐ"


_FOREIGN_PLATE = re.compile(
    rf"(?<![\w])(?:"
    # Ukraine: two letters, four digits, two letters (`AA 1234 BB`, Latin or Cyrillic letters)
    rf"[{_PLATE_LETTER}]{{2}}[ \u00a0-]?[0-9]{{4}}[ \u00a0-]?[{_PLATE_LETTER}]{{2}}"
    # Russia: a letter, three digits, two letters, the region's two or three digits (`А123ВС 77`)
    rf"|[{_PLATE_LETTER}][ \u00a0]?[0-9]{{3}}[ \u00a0]?[{_PLATE_LETTER}]{{2}}[ \u00a0]?[0-9]{{2,3}}"
    # Turkey: the province (01-81), then one letter and four or five digits, two letters and
    # three or four, or three letters and two or three (`34 ABC 123`, `06 AB 1234`)
    r"|(?:0[1-9]|[1-7][0-9]|8[01])[ \u00a0]?"
    r"(?:[A-Z][ \u00a0]?[0-9]{4,5}|[A-Z]{2}[ \u00a0]?[0-9]{3,4}|[A-Z]{3}[ \u00a0]?[0-9]{2,3})"
    r")(?![\w]|[.,/-][0-9])"
)
"""Plates of the arrival countries and those they came through (Ukraine, Russia, Turkey), after a
keyword as a Norwegian plate (`_VEHICLE_KEY`), or before Turkish `plakalı` (`34 ABC 123 plakalı
araç`)."""


_KEY_AFTER = re.compile(r"(?i)[ \u00a0]*(?:plakal[ıi]|plakas[ıi])(?![\w])")


@caps.capped
def _foreign_plates(text: str) -> Iterator[Candidate]:
    """Foreign plates (`_FOREIGN_PLATE`) with their keyword before or after them."""
    for match in _FOREIGN_PLATE.finditer(text):
        start, end = match.start(), match.end()
        if (
            _VEHICLE_KEY.search(text, max(0, start - 60), start) is None
            and _KEY_AFTER.match(text, end) is None
        ):
            continue
        plate = match.group()
        canonical = re.sub(r"[\W_]", "", plate).upper()
        yield (start, end, WHAT_VEHICLE, mask_alnum(plate), canonical)


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
    if not caps.full(found):
        seen = {start for start, *_ in found}
        found += [c for c in _foreign_plates(text) if c[0] not in seen]
    return found


_REGISTER_KEY = (
    # the paper tazkira's volume, page and entry (Dari/Pashto in Latin letters)
    r"jeld|jild|juld|safh[ae]|(?:shomar[ae]-?(?:ye|e|i)[ \u00a0-])?sabt"
    # Syria's civil register: the house (family) and the entry
    r"|khanah?|qayd|kayd"
    # Turkey's civil register: volume, household, person's row (`BSN`: birey sıra no)
    r"|cilt|hane|(?:aile|birey)[ \u00a0]s[ıi]ra|s[ıi]ra|bsn"
    # a Norwegian translation's words, and a page's abbreviation
    r"|bind|side|s\.|nr|no"
    # the same words in their own script: Dari `jeld`, `safha`, `sabt`; Arabic `khana`, `qayd`
    r"|\u062c\u0644\u062f|\u0635\u0641\u062d[\u0647\u0629]|\u062b\u0628\u062a"
    r"|\u062e\u0627\u0646[\u0629\u0647]|\u0642[\u064a\u06cc]\u062f"
)


_REGISTER_PART = (
    rf"(?:{_REGISTER_KEY})(?![^\W\d_])\)?(?:[ \u00a0]*(?:no|nr|№)(?![^\W\d_])\.?)?[ \u00a0:.]*"
    r"[0-9]{1,7}(?![0-9]|[.,][0-9])"
)


_REGISTER_ENTRY = re.compile(
    rf"(?i)(?<![\w])(?:{_REGISTER_PART})"
    rf"(?:(?:[ \u00a0]*[,;\u060c\u2013\u2014][ \u00a0]*"
    r"|[ \u00a0]+(?:og[ \u00a0]+|and[ \u00a0]+)?)\(?"
    rf"(?:{_REGISTER_PART})){{1,4}}"
    # a birth record's act number: one part says it (Ukrainian, Russian, Norwegian)
    r"|(?<![\w])(?:актов(?:ий|ого)[ \u00a0]запис(?:у)?|запис[ \u00a0]акта|запись[ \u00a0]акта"
    r"|актов(?:ая|ой)[ \u00a0]запис(?:ь|и)|aktnummer(?:et)?|akt[ \u00a0]nr\.?)"
    r"(?:[ \u00a0]+(?:про|о)[ \u00a0]+\w+)?[ \u00a0:]*(?:№|no\.?|nr\.?)?[ \u00a0]*"
    r"[0-9]{1,7}(?![0-9])"
)
"""A person's entry in a civil register, as precise as an identity number, written as on the
papers: two or more numbered parts of one register's words in a run (`jeld 212, safha 45, sabt
3321`, `khana 45, qayd 1123`, `Cilt No 34, Aile Sıra No 128, Sıra No 5`), or a birth record's
act number (`актовий запис № 245`, `aktnummer 245`)."""


_REGISTER_WORDS = (
    "jeld", "jild", "juld", "safh", "shomar", "sabt", "khana", "qayd", "kayd", "cilt", "hane",
    "aile", "birey", "sıra", "sira", "bsn", "bind", "актов", "запис", "aktnummer", "akt nr",
    "akt\u00a0nr", "\u062c\u0644\u062f", "\u0635\u0641\u062d", "\u062b\u0628\u062a",
    "\u062e\u0627\u0646", "\u0642\u064a\u062f", "\u0642\u06cc\u062f",
)  # fmt: skip
"""Where an entry may start (lower case): a part's word of a register, not `side` nor `nr`."""


_REGISTER_AT = Keyed(_REGISTER_ENTRY, _REGISTER_WORDS)


_GENERIC_KEYS = re.compile(r"(?i)(?<![\w])(bind|cilt|side|s\.|nr|no)(?![^\W\d_])")


_DISTINCT_KEY = re.compile(
    r"(?i)(?<![\w])(?:jeld|jild|juld|safh[ae]|sabt|khanah?|qayd|kayd|hane|s[ıi]ra|bsn"
    r"|актов|запис|aktnummer|akt[ \u00a0]nr|\u062c\u0644\u062f|\u0635\u0641\u062d"
    r"|\u062b\u0628\u062a|\u062e\u0627\u0646|\u0642[\u064a\u06cc]\u062f)"
)


def _is_entry(entry: str) -> bool:
    """Whether a run of numbered parts is one register's entry: a word only a register uses,
    or (a Norwegian translation) a volume, a page and a number together (`bind 212, side 45,
    nr. 3321`; `bind 3 av Norsk Lovtidend, side 45` is no run)."""
    if _DISTINCT_KEY.search(entry):
        return True
    keys = {key.lower() for key in _GENERIC_KEYS.findall(entry)}
    return bool(keys & {"bind", "cilt"} and keys & {"side", "s."} and keys & {"nr", "no"})


def _register_entries(text: str) -> list[Candidate]:
    """Civil-register entries (`_REGISTER_ENTRY`)."""
    found: list[Candidate] = []
    if not has_digit(text) or not may_hold(text, _REGISTER_WORDS):
        return found
    for match in _REGISTER_AT.finditer(text):
        entry = match.group()
        if not _is_entry(entry):
            continue
        canonical = "/".join(re.findall(r"[0-9]+", entry))
        found.append(
            (match.start(), match.end(), WHAT_REGISTER_ENTRY, mask_digits(entry), canonical)
        )
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


_E_TAZKIRA = re.compile(r"(?<![0-9/.-])1[34][0-9]{2}-[0-9]{4}-[0-9]{5}(?![0-9]|[/.-][0-9])")
"""Afghanistan's e-tazkira number, `1399-0101-23456`: a Solar Hijri year (13xx, 14xx), four
digits and five, in its own grouping; specific enough to be read with no keyword."""


_VIN_KEY = re.compile(
    r"(?i)(?<![\w-])(?:chassisnummer(?:et)?|understellsnummer(?:et)?|chassis|vin(?:-nummer(?:et)?)?)"
    r"(?:[ \u00a0]*\([^()\n]{0,20}\))?(?:[ \u00a0]+[^\W\d_]{1,12}){0,3}?[ \u00a0:=]+"
    r"(?-i:(?P<vin>[A-HJ-NPR-Z0-9]{17}))(?![A-Za-z0-9])"
)
"""A vehicle's identification number (17 characters, no I, O or Q) after its keyword, perhaps
a bracket and a few words between (`Understellsnummeret (VIN) er …`, `Bilen har VIN …`)."""


_VIN_VALUES = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)


_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_valid(vin: str) -> bool:
    """Whether a VIN's ninth character is its check digit (ISO 3779, North America's rule:
    the characters' values weighted, the sum modulo 11, 10 written `X`)."""
    total = sum(
        (int(ch) if ch.isdigit() else _VIN_VALUES[ch]) * weight
        for ch, weight in zip(vin, _VIN_WEIGHTS, strict=True)
    )
    check = total % 11
    return vin[8] == ("X" if check == 10 else str(check))


_VIN_WORDS = ("chassis", "understell", "vin")


def _shaped_numbers(text: str) -> list[Candidate]:
    """Numbers read by their shape: an e-tazkira with no keyword (`_E_TAZKIRA`, «et utenlandsk
    identitetsnummer»), a VIN with its check digit after its keyword (`_VIN_KEY`, «et
    understellsnummer (VIN)»)."""
    found: list[Candidate] = []
    if not has_digit(text):
        return found
    for match in _E_TAZKIRA.finditer(text):
        number = match.group()
        canonical = number.replace("-", "")  # as after its keyword (`_document`)
        found.append((match.start(), match.end(), WHAT_FOREIGN_ID, mask_digits(number), canonical))
        if caps.full(found):
            return found
    if may_hold(text, _VIN_WORDS):
        for match in _VIN_KEY.finditer(text):
            vin = match.group("vin")
            if sum(ch.isdigit() for ch in vin) >= 4 and vin_valid(vin):
                found.append((match.start("vin"), match.end("vin"), WHAT_VIN, mask_alnum(vin), vin))
                if caps.full(found):
                    break
    return found
