"""The name lists and the words that judge them: the class's name and the candidate's form,
the given names (`data/given_names.txt`), places, the department's vocabulary, words that are
no surname, spelling keys for transliterations, and the first reading: a given name before a
capitalised word (`_name`, `_transliterated`).

Imports: the standard library, `pycountry` and the gate's helpers below `names` (`places`,
`namecontext`); nothing of this package.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from importlib.resources import files

import pycountry

from praksisbank.core.gate.namecontext import not_a_person
from praksisbank.core.gate.places import NORWEGIAN_TOWNS
from praksisbank.core.gate.places import fold as _fold

WHAT_NAME = "et personnavn"


Candidate = tuple[int, int, str, str, str]  # start, end, what, masked, canonical (the gate's form)


@cache
def _places() -> frozenset[str]:
    """Country and subdivision names, whole (casefolded, without diacritics): never a person's
    name. A name of several words is kept whole (`Kohgiluyeh and Boyer-Ahmad` does not make
    `Ahmad` a place)."""
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(_fold(value))
    names.update(_fold(sub.name) for sub in pycountry.subdivisions)
    names.update(_fold(t) for t in NORWEGIAN_TOWNS)
    names.update(_fold(w) for w in _PLACES_EXTRA)
    return frozenset(names)


# Everyday spellings of places in the arrival countries that pycountry writes otherwise.
_PLACES_EXTRA = (
    "Kabul", "Herat", "Mazar", "Sharif", "Jalalabad", "Kandahar", "Ghazni", "Bamiyan", "Kunduz",
    "Aleppo", "Damaskus", "Damascus", "Homs", "Hama", "Idlib", "Raqqa", "Deir", "Daraa", "Latakia",
    "Afrin", "Kobane", "Asmara", "Massawa", "Keren", "Mogadishu", "Kismayo", "Baidoa", "Hargeisa",
    "Bagdad", "Baghdad", "Basra", "Mosul", "Erbil", "Kirkuk", "Sulaymaniyah", "Dohuk", "Teheran",
    "Tehran", "Mashhad", "Isfahan", "Shiraz", "Tabriz", "Kiev", "Kyiv", "Kharkiv", "Odesa", "Lviv",
    "Dnipro", "Mariupol", "Istanbul", "Ankara", "Izmir", "Gaziantep", "Diyarbakir", "Khartoum",
    "Darfur", "Gaza", "Ramallah", "Hebron", "Jerusalem",
)  # fmt: skip


_CAP = "A-ZÆØÅÄÖÜÉÈÁÍÓÚÇŞĞİÂÊÎÔÛ"


_LOWER = "a-zæøåäöüéèáíóúçşğıâêîôûàëïß'’"


_NAME_PAIR = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_LOWER}]+(?:-[{_CAP}][{_LOWER}]+)?(?![\w-])"
    rf"(?=[ \u00a0]+(?P<second>(?:(?:al|el|ul|bin|binti|bint|bent|ben|ibn|ibnu|kızı|kizi|kurê|kure"
    rf"|keça|keca|oğlu|oglu|wad|ould|walad|van|von"
    rf"|de|da|di)[ -])?"
    rf"[{_CAP}][{_LOWER}]+(?:-[{_CAP}][{_LOWER}]+)?)(?![\w]))"
)


# Words of the department and of country reports that follow or precede a given name and
# are not a surname (the names themselves are not in the list: `Enhet`, `Fagsjef`...).
_VOCABULARY = frozenset(
    _fold(w)
    for w in (
        "Enhet", "Avdeling", "Seksjon", "Nettverk", "Direktoratet", "Utlendingsnemnda",
        "Utlendingsdirektoratet", "Landinfo", "Kirke", "Kirken", "Moské", "Moskeen", "Universitet",
        "Universitetet", "Sykehus", "Sykehuset", "Provins", "Provinsen", "Distrikt", "Distriktet",
        "Fylke", "Kommune", "By", "Byen", "Landsby", "Leir", "Leiren", "Nord", "Sør", "Øst",
        "Vest", "North", "South", "East", "West", "Jesus", "Kristus", "Allah", "Koranen",
        "Bibelen", "Profeten", "Islam", "Kristendom", "Gud", "Human", "Rights", "Watch", "Amnesty",
        "International", "Røde", "Kors", "Kristi", "Sankt", "Saint", "St",
    )
)  # fmt: skip


_SENTENCE_END = frozenset(".!?:;|>#")


@cache
def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    """The given names, casefolded: (every name, the names that are also Norwegian words)."""
    every: set[str] = set()
    ambiguous: set[str] = set()
    source = files("praksisbank.core.gate").joinpath("data/given_names.txt").read_text("utf-8")
    for line in source.splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("~"):
            line = line[1:]
            ambiguous.add(_fold(line))
        every.add(_fold(line))
    return frozenset(every), frozenset(ambiguous)


def _sentence_start(text: str, at: int) -> bool:
    """Whether a capital at `at` would be there anyway: the start of a text, a line, a sentence,
    a list item, a heading, a quotation or a table cell."""
    before = _line_before(text, at).rstrip(" \u00a0\t*_[(\"'«“„")
    if not before:
        return True
    if before[-1] in _SENTENCE_END:
        return True
    return re.fullmatch(r"[ \t>]*(?:[-+*]|[0-9]+[.)])", before) is not None


def _line_before(text: str, at: int) -> str:
    """The characters of the line before ``at``, at most `_LOOK_BACK` of them: a line is not
    copied whole at every capital (one line of a megabyte: quadratic)."""
    low = max(0, at - _LOOK_BACK)
    return text[text.rfind("\n", low, at) + 1 or low : at]


_LOOK_BACK = 200


def _known(known_names: Collection[str]) -> list[str]:
    return [" ".join(_fold(n).split()) for n in known_names if n.strip()]


def _name(text: str, at: int, known: list[str]) -> Candidate | None:
    """A given name starting at `at` followed by a capitalised word."""
    match = _NAME_PAIR.match(text, at)
    if match is None:
        return None
    every, ambiguous = _given_names()
    first, second = _fold(match.group()), _fold(match.group("second"))
    if "-" in first and first not in every:  # `Amir-Hassan`: a given name of two
        parts = first.split("-")
        if not any(p in every and p not in ambiguous for p in parts):
            return None
        first = next(p for p in parts if p in every)
    if first not in every or first in _VOCABULARY or second in _VOCABULARY:
        return None
    if first in _ARTICLES or _lineage(text, at):
        return None  # `Al Shabaab`; `Darod/Majeerteen/Omar Mahmud`, a clan's lineage
    places = _places()
    if first in places or second in _large_places() or f"{first} {second}" in places:
        return None
    if first in ambiguous and _sentence_start(text, at):
        return None
    end = match.end("second")
    if not_a_person(text, at, end):  # `Omar Khayyam-skolen`, `bodde i Said Abad i Wardak`
        return None
    value = " ".join(text[at:end].split())
    folded = _fold(value)
    if any(folded in k for k in known):
        return None
    return at, end, WHAT_NAME, " ".join(w[0] + "…" for w in value.split()), folded


_ARTICLES = frozenset(("al", "el"))
"""The Arabic article, capitalised at the head of a group's or a place's name (`Al Shabaab`, `Al
Qaida`, `El Fasher`): on the list as a given name (`Al`), never one before a capitalised word in
the department's texts. A name after it is still found by the rules that read a surname alone
(after a word for a person, a cue or a title: `Vitnet Al Hassan`)."""


_LINEAGE = re.compile(rf"[{_CAP}][{_LOWER}]+/\Z")


def _lineage(text: str, at: int) -> bool:
    """Whether the pair at ``at`` is the last part of a clan's lineage written with `/` and no
    spaces (`Ogaden/Mohamed Zubeyr`, `Darod/Majeerteen/Omar Mahmud`: sub-clans named after an
    ancestor): the word before the `/` is capitalised and not a given name (`Amir/Mohamed
    Zubeyr` is a person's names side by side)."""
    if at == 0 or text[at - 1] != "/":
        return False
    before = _LINEAGE.search(text, max(0, at - 40), at)
    return before is not None and _fold(before.group()[:-1]) not in _given_names()[0]


# Transliterations (issue 17, attack round 6, class 5): the same arrival name is written with
# other letters after another language's spelling (Russian `Mokhammad Khuseyn` for Muhammad
# Husayn). A word is compared with the list by its spelling key: casefolded without marks,
# `dzh`, `zh`, `dj` as `j`, `kh` as `h`, `ph` as `f`, `q` as `k`, `w` as `v`, `ou` and `oo` as
# `u`, `ee` and `y` as `i`, `e` as `a` (the unwritten short vowels: Husein, Husayn), a doubled
# letter as one. A key shared by a given name that is also a Norwegian word counts for nothing.
_SPELLING = (("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("ph", "f"), ("q", "k"),
             ("w", "v"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"), ("e", "a"))  # fmt: skip


_DOUBLED = re.compile(r"(.)\1+")


def _spelling_key(word: str) -> str:
    """The spelling key of a word (see above)."""
    key = _fold(word)
    for old, new in _SPELLING:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", key)


@cache
def _given_keys() -> frozenset[str]:
    """The spelling keys of the given names, less those of the names that are also words."""
    every, ambiguous = _given_names()
    words = {_spelling_key(name) for name in ambiguous}
    return frozenset(k for name in every if len(k := _spelling_key(name)) >= 4) - words


def _transliterated(text: str, at: int, known: list[str]) -> Candidate | None:
    """Two capitalised words that are both given names by their spelling key (`Mokhammad
    Khuseyn`), when the list does not hold the first as written."""
    match = _NAME_PAIR.match(text, at)
    if match is None:
        return None
    first, second = _fold(match.group()), _fold(match.group("second"))
    keys = _given_keys()
    if first in _given_names()[0] or " " in second:
        return None  # the list holds the first word: `_name` judged the pair
    if _spelling_key(first) not in keys or _spelling_key(second) not in keys:
        return None
    if first in _VOCABULARY or second in _VOCABULARY or first in _places():
        return None
    if second in _large_places():
        return None
    end = match.end("second")
    if not_a_person(text, at, end):
        return None
    value = " ".join(text[at:end].split())
    folded = _fold(value)
    if any(folded in k for k in known):
        return None
    return at, end, WHAT_NAME, _shown(value), folded


_NOT_SURNAME = frozenset(
    ("islami", "islamiya", "milli", "melli", "watani", "jihadi", "sharqi", "gharbi", "shimali",
     "janubi", "shahi", "azadi", "hindi", "farsi", "dari", "pashtun", "urdu", "tigrinya",
     # languages, faiths and peoples (issue 17, probe 9: `tolken (Somali)`, `søkeren, Sunni,`)
     "somali", "swahili", "bengali", "nepali", "punjabi", "sindhi", "balochi", "baluchi",
     "kurmanji", "sorani", "badini", "hazaragi", "tajiki", "uzbeki", "turkmeni", "sunni",
     "shii", "ismaili", "alawi", "alevi", "yazidi", "ezidi", "israeli", "iraqi", "saudi",
     "kuwaiti", "omani", "yemeni", "pakistani", "bangladeshi", "afghani", "qatari", "emirati",
     "bahraini", "azeri", "tamil",
     # clans and peoples of the arrival countries (the probe after round 9: `Søkeren, Ogadeni,`)
     "bajuni", "benadiri", "ogadeni", "tunni", "kuchi", "nuristani", "bakhtiari", "gilaki",
     "mazandarani", "ahwazi", "yarsani", "turkmani", "lazi", "qizilbashi", "sadati", "barawani",
     "ashrafi", "mahri", "shirazi", "kurdi", "arabi", "baluchi", "sistani", "khorasani")
)  # fmt: skip
"""Words of the arrival countries' languages with a surname's ending that name a thing:
`Hezb Islami`, `Jamiat Watani`, a language, a faith, a people."""


def _small_name(one: str, two: str, every: frozenset[str], ambiguous: frozenset[str]) -> bool:
    """Two words (folded) that read as a name in small letters: a given name that is not a
    Norwegian word, then another, a word with a foreign surname's shape or a province's name
    (`wardak`, `logari`: many surnames are one)."""
    if one not in every or one in ambiguous or two in _NOT_SURNAME_SMALL or two in _NOT_SURNAME:
        return False
    if two in every and two not in ambiguous:
        return True
    if _FOREIGN_SURNAME.match(two) is not None:
        return True
    return two in _places() and two not in _large_places()


def _shown(value: str) -> str:
    return " ".join(w[0] + "…" for w in value.replace(",", "").split())


_FOREIGN_SURNAME = re.compile(
    r"(?:gebre|ghebre|habte|tesfa|wolde|welde|haile|berhe|tekle|kidane|abdul|abdel|abdi)..+"
    r"|.{2,}(?:zai|zay|zada|zadeh|zade|khel|nejad|pour|poor|ov|ova|ev|eva|enko|chuk|yan|yev"
    r"|oglu|oğlu|[mdnwhqzkbjy]i|ari|iri|eri|ori"
    # attack round 11: Pashto and Dari endings (`Sherzadwal`, `Ahmadyar`, `Wazirzoy`, `Ahmadkhil`)
    r"|zoy|zoi|wal|yar|khil)\Z"
    r"|.{4,}(?:mand|alai)\Z"  # `Hotakmand`, `Baryalai` (not `Command`, `Demand`)
)


NORWEGIAN_SHAPED = frozenset(
    ("økonomi", "kjemi", "akademi", "komedi", "melodi", "ironi", "harmoni", "hobbi", "parodi",
     "anatomi", "astronomi", "agronomi", "tyveri",
     # attack round 11 (a PDF's table header `Opplysning Verdi` on one line): Norwegian nouns
     # with a foreign surname's ending, as a table's header or a heading sets them capitalised
     "verdi", "strategi", "kategori", "teori", "autonomi", "epidemi", "pandemi", "polygami",
     "tragedi", "symfoni", "seremoni", "koloni", "mani", "agoni", "telefoni", "monarki",
     "anarki", "hierarki", "oligarki", "fobi", "xenofobi", "homofobi", "fiskeri", "maleri",
     "bakeri", "slaveri", "trykkeri", "raffineri", "batteri", "galleri", "kavaleri",
     "artilleri", "infanteri", "lotteri", "rederi", "bryggeri", "meieri", "snekkeri",
     "empiri", "territori", "laboratori", "subsidi", "nazi", "bigami", "demagogi")
)  # fmt: skip
"""Norwegian nouns with the ending of a foreign surname (`_FOREIGN_SURNAME`: `-di`, `-mi`,
`-eri`, `-ori`): never the surname in a pair of capitalised words (`Opplysning Verdi`,
`Kategori Teori`)."""


_NOT_SURNAME_SMALL = frozenset(("brev", "behov", "ski", "sympati")) | NORWEGIAN_SHAPED


# Nouns for places: a name after `heter`, `kalt` with one of these before is a place's.
_PLACE_NOUNS = (
    "byen", "landsbyen", "provinsen", "distriktet", "området", "stedet", "elva", "elven",
    "fjellet", "dalen", "regionen", "leiren", "gata", "bydelen", "landet", "fylket",
    "kommunen", "grenda", "bygda", "øya", "sjøen", "passet", "grenseovergangen", "landsby",
    "by", "provins", "distrikt", "område", "sted", "region",
)  # fmt: skip


@cache
def _large_places() -> frozenset[str]:
    """Countries, the largest Norwegian towns and the arrival countries' largest cities: never a
    surname. A province's or a district's name may be one (`Wardak`, `Logar`), so a surname
    after a given name, a cue or a title is refused for these only."""
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(_fold(value))
    names.update(_fold(t) for t in NORWEGIAN_TOWNS)
    names.update(_fold(w) for w in _PLACES_EXTRA)
    return frozenset(names)


_NAME_HEADERS = frozenset(
    ("fornavn", "etternavn", "mellomnavn", "familienavn", "slektsnavn", "kallenavn", "alias",
     "navn", "fullt navn", "first name", "last name", "given name", "surname", "family name",
     "name", "full name", "pikenavn",
     # the arrival countries' forms (attack round 10): tr, ru, uk, so, ku
     "soyadı", "soyadi", "adı", "adı soyadı", "ad soyad", "baba adı", "фамилия", "имя",
     "отчество", "прізвище", "ім'я", "по батькові", "magaca", "magaca qoyska", "nasnav",
     "paşnav",
     # nynorsk
     "førenamn", "fornamn", "etternamn", "mellomnamn", "familienamn", "slektsnamn", "kallenamn",
     "namn", "fullt namn", "pikenamn", "jentenamn")
)  # fmt: skip


_ROLE_HEADERS = frozenset(
    ("tolk", "tolken", "tolker", "verge", "vergen", "kontaktperson", "kontaktpersonen",
     "referanseperson", "referansepersonen", "signert av", "signert", "undertegnet",
     "undertegnet av", "advokat", "advokaten", "vitne", "vitnet", "vitner", "representant",
     "representanten", "fullmektig", "fullmektigen", "slektning",
     "pårørende")
)  # fmt: skip
"""Headers of a column that holds the other people of a case (attack round 12: `| Tolk |
Merknad |` over `| Lemlem Tsegay | møtte |`): a cell under one holds a name when it holds two
capitalised words or a given name, none of them a place, a language or a department's word
(`| Tolk |` over `| Tigrinja |`, `| Ja |`, `| Oppnevnt |` stays allowed)."""


_TALLY_WORDS = frozenset(
    _fold(w)
    for w in (
        # Norwegian (bokmål and nynorsk)
        "sum", "totalt", "total", "i alt", "til sammen", "samlet", "menn", "kvinner",
        "barn", "gutter", "jenter", "voksne", "mindreårige", "annet", "anna",
        "øvrige", "ukjent", "ukjente", "uoppgitt", "ikke oppgitt", "kvinner og barn",
        # English
        "men", "women", "children", "boys", "girls", "adults", "minors", "other",
        "others", "unknown", "not stated", "grand total", "subtotal",
        # Russian, Ukrainian, Belarusian
        "всего", "итого", "сумма", "мужчины", "женщины", "дети", "другие", "прочие",
        "неизвестно", "усього", "всього", "разом", "сума", "чоловіки", "жінки", "діти", "інші",
        "невідомо", "усяго", "разам", "мужчыны", "жанчыны", "дзеці", "іншыя", "невядома",
        # Turkish
        "toplam", "genel toplam", "erkek", "erkekler", "kadın", "kadınlar", "çocuk", "çocuklar",
        "diğer", "diğerleri", "bilinmiyor", "bilinmeyen",
        # Somali
        "wadarta", "wadar", "wadarta guud", "rag", "ragga", "dumar", "dumarka", "haween",
        "haweenka", "carruur", "carruurta", "kuwo kale", "lama yaqaan", "aan la aqoon",
        # Kurmanji and Sorani in Latin letters
        "tevahî", "giştî", "bi giştî", "mêr", "jinên", "zarok", "yên din", "nenas", "nenaskirî",
        # Dari/Persian, Pashto and Arabic
        "مجموع", "جمع", "کل", "مردان", "زنان", "کودکان", "اطفال", "دیگر", "سایر", "نامعلوم",
        "ټول", "نارینه", "ښځې", "ماشومان", "المجموع", "الإجمالي", "رجال", "نساء",
        "أطفال", "أخرى", "غير معروف",
        # Tigrinya and Amharic: total, men, women, children, others
        "ድምር", "ጠቕላላ", "ጠቅላላ", "ሰብኡት", "ደቂ ኣንስትዮ", "ህጻናት", "ሕጻናት", "ካልኦት", "ወንዶች",
        "ሴቶች", "ልጆች", "ሌሎች",
        # French, German
        "hommes", "femmes", "enfants", "autres", "inconnu", "gesamt", "insgesamt", "summe",
        "männer", "frauen", "kinder", "andere", "unbekannt",
    )
)  # fmt: skip
"""What a statistics table's first column holds beside names of groups: a total, a sum, men,
women, children, others, unknown, in the arrival countries' languages and Norwegian (the probe
after round 10: `| Фамилия | 2022 |` over `| Всего | 12 |`). A cell that holds one of these
alone, under a header that names names, is a row's label, not a name; a name beside it
(`Всего Коваленко`) is still read. Words that are names too stay out (`Andre`, `Mann`, `Jin`,
`Nur`)."""
