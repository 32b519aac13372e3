"""Names after a cue: `heter`, a title, a party or a kin word before a capitalised word
(`_cues`, `_cued`), and the judgement of one word (`opens_name`, `_name_like`, `_named_alone`).

Imports: `lists.py` and the gate's helpers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import pycountry

from praksisbank.core.gate import caps
from praksisbank.core.gate.namecontext import INSTITUTION_WORDS, not_a_person, titled_not_a_person
from praksisbank.core.gate.names.lists import (
    _CAP,
    _FOREIGN_SURNAME,
    _LOWER,
    _NAME_HEADERS,
    _NOT_SURNAME,
    _PLACE_NOUNS,
    _ROLE_HEADERS,
    _TALLY_WORDS,
    _VOCABULARY,
    WHAT_NAME,
    Candidate,
    _given_names,
    _large_places,
    _places,
    _shown,
    _small_name,
)
from praksisbank.core.gate.places import fold as _fold
from praksisbank.core.gate.prefilter import Keyed, may_hold

_CUE_VERBS = r"heter|het|hette|kalt|kalles|kaltes|kalte|født|fødd|née|heiter|heitte|kallast"
"""Verbs a name follows; `født`/`fødd` with a capitalised word after it gives a maiden name
(`Søkeren, født Kovalenko,`), a place takes `i` (`født i Kabul`)."""


_NEE = frozenset(("født", "fødd", "née"))
"""Cue verbs whose word after counts only when shaped like a name (`født Kovalenko`, not
`født Norge`), as after `heretter`."""


_CUE_WORDS = (
    r"alias|ved[ \u00a0]+na[vm]n(?:et)?"
    r"|med[ \u00a0]+na[vm]n(?:et)?|(?:for|føre|etter|mellom|familie|slekts|kalle|klan|pike|jente)?"
    # bokmål `navn` and nynorsk `namn` (`Etternamnet hennar er`, `Førenamn:`)
    r"na(?:vn(?:et|ene)?|mn(?:et|a)?)"
    r"(?:[ \u00a0]+(?:hans|hennes|hennar|sitt|deres|deira))?(?:[ \u00a0]+(?:er|var|lyder|lød))?"
)


_TITLE_WORDS = (
    r"professor|prof\.|hajji|haji|hadji|hajj|kommandant|kommandør|kommandanten|mullah|mulla|molla"
    r"|sjeik|sheikh|shaikh|sheik|general|generalmajor|generalløytnant|oberst|major|kaptein"
    r"|løytnant|sersjant|imam|ayatollah|emir|pastor|prest|presten|biskop|patriark|pater|fader"
    r"|dommer|dommeren|advokat|advokaten|doktor|president|presidenten|statsminister|minister"
    r"|guvernør|guvernøren|ordfører|ordføreren|kommissær|warlord|krigsherren|krigsherre"
    # attack round 11: religious and courtesy titles of the arrival countries (Dari and Pashto
    # `Qari`, `Mawlawi`, `Ustad`; Somali `Sheekh`; Turkish `Hoca`, `Hacı`; Kurmanji `Mele`,
    # `Seyda`; Tigrinya and Amharic `Abune`, `Qeshi`)
    r"|qari|mawlawi|mawlavi|maulvi|molvi|mawlana|maulana|ustad|ustaz|hafiz|sheekh|shaykh"
    r"|hoca|hacı|haci|mele|seyda|abune|abuna|qeshi|kashi"
    # attack round 12: courtesy and kinship words of address before a name. Tigrinya and
    # Amharic `Ato` (Mr), `W/ro`, `Weyzero` (Mrs), `Abba`/`Aba` (father, a priest); Ukrainian
    # and Russian `Pan`, `Pani`, `Gospodin`, `Gospozha` (in Cyrillic: `scripts.py`); Dari and
    # Pashto `Kaka` (uncle), `Arbab` (landlord), `Wakil` (representative), `Khan`; Arabic `Umm`
    # (mother of, as `Abu` father of); Somali `Aabo`, `Hooyo`; Kurmanji `Mam` (uncle), `Xal`
    r"|ato|w/ro|wro|weyzero|woizero|wayzaro|abba|pan|pani|panna|gospodin|gospozha"
    r"|gospodyn|kaka|kako|arbab|wakil|umm|aabo|hooyo|mam|xalo"
)


_PARTY_CUES = r"søker|søkeren|klager|klageren|søkjar|søkjaren|klagar|klagaren"
"""The parties of a case: a cue before a capitalised pair, or before a given name or a word
shaped like a surname (`Søker: Mann, 32 år` is no name)."""


_KIN_NOUNS = (
    "onkelen|broren|faren|moren|sønnen|datteren|søsteren|tanten|fetteren|kusinen|bestefaren"
    "|bestemoren|ektemannen|kona|ektefellen|svogeren|svigerinnen|svigerfaren|svigermoren"
    "|sønn|datter|bror|søster|far|mor|onkel|tante|fetter|kusine|ektemann|kone|svoger"
    # nynorsk forms
    "|mora|sonen|dottera|dotter|systera|syster|bestemora|tanta|kusina"
)


_PERSON_NOUNS = (
    "vitnet|vitne|tolken|naboen|vennen|venninnen|kjæresten|personen|mannen|kvinnen|gutten"
    "|jenta|barnet|sjefen|arbeidsgiveren|kollegaen|kollegen|læreren|legen|soldaten"
    # the parties, and the indefinite forms (`Tolk Sol Bakken`, `en søker Sol Bakken`)
    "|søkeren|søker|klageren|klager|tolk|nabo|venn|venninne|kjæreste|person|mann|kvinne|gutt"
    "|jente|sjef|arbeidsgiver|kollega|lærer|lege|soldat"
    # attack round 12: the other people of a case (the interpreter, the guardian, the contact
    # and reference person, the representative; plural `Vitner: …`)
    "|verge|vergen|kontaktperson|kontaktpersonen|referanseperson|referansepersonen"
    "|representant|representanten|fullmektig|fullmektigen|tolker|tolkene|vitner|vitnene"
    "|tolket[ \u00a0]+av|oversatt[ \u00a0]+av"
)


_KIN_CUES = (
    r"familien|familiene|brødrene|søstrene|(?:enken|enka|enkemannen)[ \u00a0]+etter"
    r"|undertegnet(?:[ \u00a0]+av)?|signert(?:[ \u00a0]+av)?|(?:skriver|kaller)[ \u00a0]+seg"
    rf"|navnet(?:[ \u00a0]+(?:sitt|hans|hennes))?[ \u00a0]+som|kjent[ \u00a0]+som|{_KIN_NOUNS}"
    # attack round 12: a nickname and a parent (`kjent i landsbyen som «Langa Gul»`, `Alle
    # kjente ham som Langa Gul`, `en mann som alle kaller Zalmai`, `datter av Okbazghi`)
    r"|kjent[ \u00a0]+(?:i|på|blant)[ \u00a0]+\w+[ \u00a0]+som"
    r"|kjente[ \u00a0]+(?:ham|henne|han|ho)[ \u00a0]+som"
    r"|(?:alle|folk|de|vi|man)[ \u00a0]+kal(?:te|ler|la)(?:[ \u00a0]+(?:ham|henne|han|ho))?"
    r"|(?:ble|vart|blir)[ \u00a0]+kalt|kalte[ \u00a0]+(?:ham|henne|han|ho)"
    r"|(?:datter|dotter|sønn|son|barn|barnet)[ \u00a0]+(?:av|til)"
)
"""Kin, a signature, a name written or called (`familien Wardak`, `enken etter Stanekzai`,
`undertegnet Gulpari S.`, `skriver seg Ghebremariam`): any capitalised word after one is a
name, as after `heter` with a person before it."""


_CUE_BEFORE = re.compile(
    rf"(?i:(?<![\w-])(?:(?P<verb>{_CUE_VERBS})|(?P<party>{_PARTY_CUES})|(?P<kin>{_KIN_CUES})"
    rf"|(?P<hence>heretter(?:[ \u00a0]+(?:omtalt|benevnt|betegnet)(?:[ \u00a0]+som)?)?)"
    rf"|(?P<label>{_CUE_WORDS})|{_TITLE_WORDS}|(?P<person>{_PERSON_NOUNS})))"
    r"(?:(?:[ \u00a0]*:)?[ \u00a0]+"
    r"|(?P<set_off>[ \u00a0]*[,(\[/][ \u00a0]*|[ \u00a0]+[-–—][ \u00a0]+))"
    r"(?P<quote>[*_«“„\"]+)?\Z"
)
"""A cue or a title right before a capitalised word (tried on the characters before it). After
a party, kin or another word for a person the word may be set off by a comma, a parenthesis, a
bracket, a slash or a dash between spaces (`søkerens bror – Amir –`, `klageren (Amir)`)."""


_SET_OFF = ",([/–—-"
"""The characters that may set a word off from a cue (`set_off` above)."""


_CUE_LAST = frozenset(
    (*_CUE_VERBS.split("|"), *_TITLE_WORDS.replace("\\", "").split("|"), "alias", "er", "var",
     "lyder", "lød", "hans", "hennes", "sitt", "deres", "hennar", "deira",
     *_PARTY_CUES.split("|"), "familien",
     "familiene", "brødrene", "søstrene", "etter", "undertegnet", "signert", "av", "seg", "som",
     *_KIN_NOUNS.split("|"), "heretter", "omtalt", "benevnt", "betegnet", "kaller", "kalte",
     "kalla", "ham", "henne", "han", "ho", "kalt", "til",
     *_PERSON_NOUNS.replace("[ \\u00a0]+", " ").split("|"))
)  # fmt: skip
"""The last word of every cue but the words for a name (`…navn`, `…navnet`): a capitalised word
after any other word needs no further look."""


_CAPITALISED = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])[{_LOWER}]++(?:-[{_CAP}][{_LOWER}]+)?(?![\w-])"
)


_CUE_CAPITALISED = re.compile(
    rf"[{_CAP}](?<![\w'’-][{_CAP}])(?<![a-eg-z]\.[ \n][{_CAP}])[{_LOWER}]++"
    rf"(?:-[{_CAP}][{_LOWER}]+)?(?![\w-])"
)
"""`_CAPITALISED` but a word after a full stop that ends a word in small letters, then a space
or a line break (`… fagenheten. Tolken`): most sentences' first word, which `_cues` would look
at and refuse (the word before it ends in `.`, and the only cue that does is `prof.`)."""


_WORD_START = re.compile(r"(?<![\w-])\w")


def _cue_before(text: str, start: int) -> re.Match[str] | None:
    """`_CUE_BEFORE` ending at ``start``, tried at the starts of the last four words before it
    (as a search of the 48 characters before would find it, at a tenth of the tries)."""
    low = max(0, start - 48)
    words = [m.start() + low for m in _WORD_START.finditer(text[low:start])][-4:]
    for at in words:
        if (cue := _CUE_BEFORE.match(text, at, start)) is not None:
            return cue
    return None


def _cues(text: str) -> Iterator[tuple[int, int, bool, bool, str]]:
    """Every capitalised word right after a cue: (start, end, after a verb, quoted, the kind of
    cue: `party`, `kin`, `person` for another word for a person, `set_off` for a party or kin
    and a comma, a parenthesis or a dash between, `weak`, or empty), in order (one at a time:
    the caller may stop at the cap).
    Found from the capitalised word (one scan in C); the word before it is looked up in
    `_CUE_LAST`, and only then the whole cue looked for in the characters before it."""
    for match in _CUE_CAPITALISED.finditer(text):
        start = match.start()
        words = text[max(0, start - 24) : start].rstrip(' \u00a0*_«“„"' + _SET_OFF).rsplit(None, 1)
        if not words:  # the start of the text, or only white space before
            continue
        last = words[-1].rstrip(":").lstrip('([«“„"').lower()  # `(heretter Amir)`
        if last not in _CUE_LAST and not last.endswith(_NAME_WORD_ENDS):
            continue
        if match.group().lower() in _CUE_LAST:
            continue  # a cue word is no name (`Søkeren Søker: Klageren …`)
        cue = _cue_before(text, start)
        if cue is not None:
            verb, quoted = cue.group("verb") is not None, bool(cue.group("quote"))
            kind = "party" if cue.group("party") else "kin" if cue.group("kin") else ""
            bare = _BARE_LABEL.fullmatch(cue.group("label") or "") and ":" not in cue.group()
            if cue.group("hence") or bare or (cue.group("verb") or "").lower() in _NEE:
                kind = "weak"
            if cue.group("person"):
                kind = "person"
            if cue.group("set_off"):
                if kind not in ("party", "kin", "person"):
                    continue  # `heter, Amir`, `professor (Wardak)`: no cue set off so
                kind = "person" if kind == "person" else "set_off"
            yield start, match.end(), verb, quoted, kind


_NAME_WORD_ENDS = ("navn", "navnet", "navnene", "namn", "namnet", "namna")
"""How the words for a name end, bokmål and nynorsk (`Etternavnet`, `Etternamnet`)."""


_BARE_LABEL = re.compile(rf"(?:[{_CAP}][{_LOWER}]*n|N)a(?:vn(?:et|ene)?|mn(?:et|a)?)")
"""A word for a name alone, capitalised, with no `:` or verb after it (`Navn`, `Etternavn`): a
column's header or a heading as often as a cue (a search record reads a table's header row
`| Navn | Rolle |` as `Navn Rolle`), so the word after it counts only when it is shaped like a
name (`_name_like`). Like `heretter` (`Søkeren, heretter Amir,`): the word after it names
anything (`heretter Nemnda`), a person only when it is a given name or a surname."""


# A capitalised word after a cue that names a unit, an office or a law, not a person.
_UNIT = re.compile(
    r"(?i).*(?:enhet|enheten|avdeling|avdelingen|seksjon|seksjonen|direktorat|direktoratet"
    r"|nemnd|nemnda|kontor|kontoret|tjeneste|tjenesten|etat|etaten|utvalg|utvalget|rådet"
    r"|departement|departementet|politiet|senter|senteret|mottak|mottaket|nettverk|nettverket"
    r"|gruppen|gruppa|programmet|prosjekt|prosjektet|ordning|ordningen|loven|forskrift"
    r"|forskriften|partiet|bevegelsen|regjeringen|hæren|militsen|brigaden|fronten|domstol"
    r"|domstolen|retten|skolen|universitetet|sykehuset|moskeen|kirken|leiren|provinsen)\Z"
)


_HONORIFICS = frozenset(("sahib", "saheb", "sahab", "efendi", "effendi", "bey", "pasha", "pasja"))
"""Forms of address that follow a title (`Imam Sahib`, `Mullah Sahib`, `Hajji Bey`): a title and
an honorific name nobody (`Imam Sahib` is also a district of Kunduz). With a capitalised word
after it (`Mullah Sahib Wardak`) the rules go on as for any word."""


_SENTENCE_STARTS = frozenset(
    ("det", "den", "de", "dette", "denne", "disse", "han", "hun", "hen", "dem", "en", "et", "ei")
)
"""Words that start a phrase or a sentence after a cue (`kaller seg Det islamske emiratet`):
an article or a pronoun, never a name."""


def _cued(text: str, known: list[str], found: list[Candidate], alone: list[Candidate]) -> None:
    """A name after a cue word or a title (`heter Wardak`, `Etternavn: Wardak`, `professor
    Wardak`): any capitalised word there that is not a place, a unit or a department's word.
    A word set off from a party or kin, or after another word for a person, goes in ``alone``:
    it counts where no other rule found a name over it (`vitnet (Amir/Hassan)`)."""
    places, large = _places(), _large_places()
    starts = {candidate[0] for candidate in found}  # a name found already (`Đặng Thị Lan`)
    for start, end, verb, quoted, kind in _cues(text):
        if caps.full(found):
            return  # the rest is not read (`caps.py`)
        second = text[start:end]
        folded_second = _fold(second)
        if kind == "weak":
            if not _name_like(folded_second):
                continue
            kind = ""
        if kind == "person":  # `Vitnet Rahimi`, `Vitnet (Amir)`: a given name or a foreign surname
            if start in starts:
                continue
            if _role_cue(text, start) and _role_pair(text, start, end, known, found):
                continue  # `Tolk: Lemlem Tsegay`, `Tolken, Lemlem Tsegay,`: two words
            if not _named_alone(folded_second):
                continue
            if _UNIT.match(second) is None and not any(folded_second in k.split() for k in known):
                alone.append((start, end, WHAT_NAME, _shown(second), folded_second))
            continue
        into = found
        if kind == "set_off":  # `søkerens bror – Amir –`, `klageren (Ahmadi)`
            if not _named_alone(folded_second):
                continue
            kind, into = "party", alone
        if kind and start in starts:
            continue
        if folded_second in large or folded_second in _VOCABULARY:
            continue
        if folded_second in _SENTENCE_STARTS:
            continue  # `kaller seg Det islamske emiratet`: a name of a thing, no person
        following = _NEXT_CAPITALISED.match(text, end)
        if (
            kind == "party"
            and following is None
            and not _name_like(folded_second)
            and not _named_alone(folded_second)
        ):
            continue  # `Søker: Mann`: a party's name is a pair, or a given name or surname
        if kind and following is not None and _fold(following.group("word")) not in large:
            end = following.end()  # the rest of the name
        elif kind and (small := _NEXT_SMALL.match(text, end)) is not None:
            every, ambiguous = _given_names()
            if _small_name(folded_second, small.group("word"), every, ambiguous):
                end = small.end()  # `Søkeren Mustafa nazari`
        if _UNIT.match(second) is not None:
            continue
        if folded_second in _HONORIFICS and following is None:
            continue  # `Imam Sahib`: a title and a form of address, no name (a district too)
        if verb and not _name_like(folded_second) and (quoted or not _person_before(text, start)):
            continue  # `knappen heter Søk`, `heter «Lenke til»`: a thing's name, a term
        if folded_second in places and verb:
            before = text[max(0, start - 60) : start].lower().split()[-3:-1]
            if any(w.endswith(_PLACE_NOUNS) for w in before):
                continue  # `landsbyen heter Wardak`: a province's name is a village's too
        if any(folded_second in k.split() for k in known):
            continue  # an employee named as a contact
        if kind == "kin" and text[max(0, start - 5) : start].rstrip(" \u00a0").endswith("som"):
            if not_a_person(text, start, end):
                continue  # `kjent i landsbyen som Langa Gul`: `som` is no title
        elif titled_not_a_person(text, start, end):
            continue  # `bodde i Sheikh Maqsoud i Aleppo`, `Imam Ali-moskeen`
        value = " ".join(text[start:end].split())
        into.append((start, end, WHAT_NAME, _shown(value), _fold(value)))


_NEXT_CAPITALISED = re.compile(
    rf"[ \u00a0]+(?P<word>[{_CAP}](?:[{_LOWER}]++|[{_CAP}]++|\.))(?![\w-])"
)


_NEXT_SMALL = re.compile(r"[ \u00a0]+(?P<word>[a-zæøåäöüçşğı]{2,30}+)(?![\w-])")


_PERSON_WORDS = frozenset(
    ("han", "hun", "hen", "jeg", "du", "vi", "søker", "mannen", "kvinnen", "gutten", "jenta",
     "barnet", "bror", "broren", "søster", "søsteren", "far", "faren", "mor", "moren", "sønnen",
     "datteren", "onkelen", "tanten", "fetteren", "kusinen", "bestefaren", "bestemoren", "kona",
     "kone", "ektemannen", "ektefellen", "vitnet", "tolken", "naboen", "vennen", "venninnen",
     "kjæresten", "personen", "sjefen", "barna", "sønn", "datter", "hans", "hennes", "mannens",
     "kvinnens", "barnets", "familiens", "stammens", "klanens", "hvem",
     # nynorsk
     "ho", "mora", "sonen", "dottera", "systera", "hennar", "søkjar", "søkjaren")
)  # fmt: skip
"""Words for a person: a cue verb with one of these (or a word in `-eren`, `søkeren`) in the
three words before it names a person, whatever the capitalised word after it."""


def _person_before(text: str, start: int) -> bool:
    """Whether a person is the subject of the cue verb before ``start`` (`Moren heter`, `Han
    ble kalt`); `Knappen heter`, `Partiet kalles` name a thing."""
    words = text[max(0, start - 60) : start].lower().split()[-4:-1]
    return any(w.strip(',.;:()«»"') in _PERSON_WORDS or w.endswith("eren") for w in words)


def opens_name(words: str) -> bool:
    """Whether a block of one or two words may hold the first part of a name that the next
    block ends (``rendered.across_blocks``): its last word is a given name on the list, or the
    block is a label (`Navn:`, a column headed `Etternavn`). A country or a term alone in a block
    (`Tyrkia` over `Kategori`, a table's value over the next term) opens none."""
    if words.endswith(":") or _fold(words) in _NAME_HEADERS or _fold(words) in _ROLE_HEADERS:
        return True  # a label, a column or a block titled by a role (`Tolk`: attack round 12)
    last = _fold(words.split()[-1]).strip(".")
    return last in _given_names()[0] and last not in _places()


def _named_alone(word: str) -> bool:
    """Whether a word (folded), alone after a word for a person (`søkeren Ahmadi`, `vitnet
    (Amir)`), names one: a given name that is not a Norwegian word, or a word shaped like a
    foreign surname (`Rahimi`, `Ahmadzai`). Never a place, a department's word, an
    institution's, an article or a pronoun, nor a word that names a language, a faith or a
    people (`Dari`, `Sunni`, `Somali`, `Kashmiri`: `_not_a_surname`). A Norwegian surname's shape
    (`Haugland`, `-sen`) does not count here: after `søkeren` it stopped 34 of the 163 language
    names of ISO 639-1 in English (`Albanian`, `Latin`), for few applicants so named."""
    if word in _places() or word in _VOCABULARY or _not_a_surname(word):
        return False
    if word in INSTITUTION_WORDS or word in _SENTENCE_STARTS:
        return False
    every, ambiguous = _given_names()
    if word in every:
        return word not in ambiguous
    return _FOREIGN_SURNAME.match(word) is not None


@cache
def _languages() -> frozenset[str]:
    """The names of one word of the languages with a two-letter code (ISO 639-1, pycountry):
    the languages a decision names, and not one of them a given name on the list."""
    every = _given_names()[0]
    return frozenset(
        folded
        for language in pycountry.languages
        if hasattr(language, "alpha_2") and " " not in language.name
        if (folded := _fold(language.name)) not in every
    )


def _not_a_surname(word: str) -> bool:
    """Whether a word (folded) with a surname's shape names a language, a faith or a people
    (`_NOT_SURNAME`, `_languages`)."""
    return word in _NOT_SURNAME or word in _languages()


def _name_like(word: str) -> bool:
    """Whether a word (folded) is a given name, a province's name or shaped like a foreign
    surname: after a cue verb, a quoted word is a term unless it is one of these."""
    every, ambiguous = _given_names()
    if word in every and word not in ambiguous:
        return True
    if "-" in word and any(p in every and p not in ambiguous for p in word.split("-")):
        return True  # `Amir-Hassan`: two names, or a name and a surname, joined
    if word in _places():
        return True
    return _FOREIGN_SURNAME.match(word) is not None and not _not_a_surname(word)


# -- name cues in the arrival countries' languages (attack round 10) ------------------------------

_FOREIGN_STRONG = (
    # Russian, Ukrainian, Belarusian: surname, given name, patronymic, full name
    r"фамилия|фамилию|фамилии|имя|отчество|фио|ф\.[ \u00a0]?и\.[ \u00a0]?о\."
    r"|прізвище|прізвища|ім['’ʼ]я|по[ \u00a0]+батькові|піб|п\.[ \u00a0]?і\.[ \u00a0]?б\.|прозвішча"
    # Turkish: surname, name, father's and mother's name (`adı` with the dotless i only: `(?i)`
    # reads `ı` as `i`, and `Adi` opens Eritrean places, `Adi Keyh`)
    r"|soyad[ıi]|soyad|soyisim|soyismi|ad[ıi][ \u00a0]+soyad[ıi]|ad[ \u00a0]+soyad"
    r"|(?-i:[Aa]dı)|isim|ismi"
    r"|baba[ \u00a0]+ad[ıi]|ana[ \u00a0]+ad[ıi]|anne[ \u00a0]+ad[ıi]|babasının[ \u00a0]+adı"
    # Somali: name, family name, father's and mother's name, my/his/her name is
    r"|magac(?:a|ayga|aygu|iisu|eedu|iisa|eeda)?"
    # Kurmanji: surname, name (`navê`: the name of)
    r"|nasnav|pa[şs]nav|navê|navê[ \u00a0]+bav[êe]"
    # Dari, Pashto, Arabic spelled in Latin letters: name, surname, pen name, father's name
    r"|naam|nam-e|nām|takhallus|takhalus|laqab|kunya|ism|al-ism|nasab"
    # the same in Arabic script (Dari, Farsi, Pashto, Arabic) and in Ethiopic (Tigrinya, Amharic)
    r"|نام|اسم|الاسم|تخلص|نوم|لقب|کنیه|كنية|شهرت|ስም|ሽም|ስሙ|ሽማ"
)
"""Words for a name in the arrival countries' languages that are no Norwegian word: any
capitalised word right after one (a colon, a dash or a gloss's closing bracket between) is a
name, as after `Etternavn:`."""


_FOREIGN_WEAK = r"ad|adi|nav|nam|nom|isim|name|imya|familiya|prizvyshche|otchestvo"
"""Words for a name that are Norwegian or English words too (`ad`, `nav`: the welfare
administration, `name`), or the Cyrillic words spelled in Latin letters: a name after one only
with a colon or a dash between, and only a given name or a surname's shape (`Nav: Azad`;
`Nav: Ingen ytelser` passes)."""


_NORWEGIAN_CUE = (
    r"(?:for|etter|mellom|familie|fars|mors|slekts|pike|kalle)?navn(?:et)?"
    r"(?:[ \u00a0]+(?:hans|hennes|sitt|deres))?(?:[ \u00a0]+(?:er|var))?|heter|het|kalt|kalles"
)
"""The Norwegian cues (`_CUE_WORDS`, `_CUE_VERBS`) before a word in another script
(`Etternavn: Ткаченко`, `heter Олена`), which `_cues` does not read."""


_FOREIGN_QUALIFIER = (
    r"заявника|заявниці|заявителя|заявительницы|матери|отца|матері|батька|сына|сина|дочери|доньки"
    r"|qoyska|qoyskiisa|aabbaha|aabbihiis|hooyada|hooyadiis|awoowaha|buuxa|bavê|bave|dayikê|dayike"
    r"|min|wî|wi|wê|we|tam|tevahî|padar|pedar|e[ \u00a0]+padar|plar|al-ab|al-umm|el-ab"
    r"|baba|babasının|annesinin|tam|ve[ \u00a0]+soyadı|soyadı"
)
"""Words between the cue and the name: whose name (`Прізвище заявника`, `Magaca qoyska`,
`Navê bavê`, `Magaca aabbaha`), or the rest of a compound cue (`Adı ve soyadı`)."""


_FOREIGN_APART = "\\w'’ʼ.-"
"""What may not stand before a cue (`_FOREIGN_CUE`'s look-behind, as a class's inside)."""


_FOREIGN_CUE = re.compile(
    rf"(?i:(?<![{_FOREIGN_APART}])(?:(?P<strong>{_FOREIGN_STRONG})|(?P<weak>{_FOREIGN_WEAK})"
    rf"|(?P<norwegian>{_NORWEGIAN_CUE}))"
    rf"(?:[ \u00a0]+(?:{_FOREIGN_QUALIFIER}))*)(?![\w'’ʼ-])"
    r"(?P<sep>[ \u00a0]*(?:[:：]|[-–—]|\)|»|”)?[ \u00a0]*)"
    r"(?P<word>[^\W\d_][^\W\d_'’ʼ]*+(?:[-'’ʼ][^\W\d_]+)*)"
    r"(?P<more>[ \u00a0]+[^\W\d_][^\W\d_'’ʼ]*+(?:-[^\W\d_]+)*)?"
)


_FOREIGN_CUE_STARTS = (
    "фамили", "имя", "отчеств", "фио", "ф.", "прізвищ", "ім'я", "ім’я", "імʼя", "по", "піб",
    "п.", "прозвішч", "soyad", "soyis", "ad", "isim", "ismi", "baba", "ana", "anne", "magac",
    "nasnav", "paşnav", "pasnav", "navê", "naam", "nam", "nām", "takhal", "laqab", "kunya", "ism",
    "al-ism", "nasab", "nav", "nom", "name", "imya", "familiya", "prizv", "otchestvo",
    "نام", "اسم", "الاسم", "تخلص", "نوم", "لقب", "کنیه", "كنية", "شهرت", "ስም", "ሽም", "navn",
    "fornavn", "etternavn", "mellomnavn", "familienavn", "farsnavn", "morsnavn", "slektsnavn",
    "pikenavn", "kallenavn", "het", "kalt", "kalles",
)  # fmt: skip
"""What every match of `_FOREIGN_CUE` starts with (lower-cased)."""


_FOREIGN_CUE_AT = Keyed(_FOREIGN_CUE, _FOREIGN_CUE_STARTS, apart=_FOREIGN_APART)


_NOT_NAMED = frozenset(
    ("ukjent", "uoppgitt", "ikke", "ingen", "samme", "se", "jf", "sladdet", "anonymisert",
     "utelatt", "nei", "ja", "mangler", "ukjend", "unknown", "none", "n/a", "нет", "немає",
     "невідомо", "неизвестно", "yok", "bilinmiyor", "ma", "maya", "tune", "tuneye", "nizanim")
)  # fmt: skip
"""Words a form writes where no name is known (`Отчество: нет`, `Baba adı: Bilinmiyor`)."""


def _foreign_cued(text: str, known: list[str], found: list[Candidate]) -> None:
    """A name after a word for a name in the arrival countries' languages (`Soyadı: Yılmaz`,
    `Фамилия: Коваленко`, `Прізвище заявника — Шевчук`, `Magaca qoyska: Faarax`, `Nasnav:
    Xelîl`, `etternavnet (ukr. прізвище) Ткаченко`): the capitalised word after it, and the next
    one too when it is capitalised (`Adı Soyadı: Mehmet Yılmaz`). A word set off by a colon or a
    dash from a weak cue (`_FOREIGN_WEAK`) counts only when it names one alone (`_named_alone`)."""
    if text.isascii() and not may_hold(text, _FOREIGN_ASCII_STARTS):
        return
    places, large = _places(), _large_places()
    starts = {candidate[0] for candidate in found}
    for match in _FOREIGN_CUE_AT.finditer(text):
        if caps.full(found):
            return  # the rest is not read (`caps.py`)
        word = match.group("word")
        cased = word[0].isupper() or word[0].islower()  # (Arabic, Ethiopic: no case)
        if (cased and not word[0].isupper()) or len(word) < 2 or match.start("word") in starts:
            continue
        folded = _fold(word)
        if match.group("norwegian") is not None and ("a" <= folded[0] <= "z" or folded.isascii()):
            continue  # a Latin word after a Norwegian cue: `_cued`'s
        norwegian = match.group("norwegian") or ""
        if norwegian.lower() in _CUE_VERBS.split("|") and not _person_before(
            text, match.start("word")
        ):
            continue  # `Byen heter Київ på ukrainsk`: a thing's name
        set_off = match.group("sep").strip()
        if match.group("weak") is not None:
            if set_off not in (":", "：", "-", "–", "—") or not _named_alone(folded):
                continue
        elif not set_off and match.group("sep") == "":
            continue  # `Soyadı` glued to the word: no cue
        if folded in places or folded in large or folded in _VOCABULARY:
            continue
        if folded in _SENTENCE_STARTS or folded in _NOT_NAMED or folded in _CUE_LAST:
            continue
        if folded in _TALLY_WORDS:
            continue  # a table's row label under a name column (`Soyadı` over `Toplam`)
        if _UNIT.match(word) is not None or folded in INSTITUTION_WORDS:
            continue
        if any(folded in k.split() for k in known):
            continue  # an employee named as a contact
        end = match.end("word")
        more = match.group("more")
        if more is not None and more.strip()[0].isupper():
            rest = _fold(more.strip())
            if rest not in large and rest not in _VOCABULARY and rest not in _CUE_LAST:
                end = match.end("more")
        value = " ".join(text[match.start("word") : end].split())
        found.append((match.start("word"), end, WHAT_NAME, _shown(value), _fold(value)))


_FOREIGN_ASCII_STARTS = (
    "soyad", "soyis", "ad", "isim", "ismi", "baba", "ana", "anne", "magac", "nasnav", "pasnav",
    "naam", "nam", "takhal", "laqab", "kunya", "ism", "nasab", "nav", "nom", "name", "imya",
    "familiya", "prizv", "otchestvo",
)  # fmt: skip
"""The cues' starts a text in ASCII may hold (`_FOREIGN_CUE_STARTS` in Latin letters)."""


_HONOURED = re.compile(
    r"(?:A[gğx]h?a|Bey|Beg|Efendi|Effendi|Han[ıi]m|Xan[ıi]m|Khan[ou]m|Hoca)"
    r"(?![\w-])"
)
"""A form of address after a name (attack round 12: Turkish and Kurmanji `Şeyhmus Ağa`, `Ayşe
Hanım`, `Mehmet Bey`; not `Sahib`, a temple's name too: `gurdwaraen Har Rai Sahib`): found
from the honorific (its first letters are a class: one scan in C), the capitalised word before
it read."""


_WORD_BEFORE = re.compile(rf"[{_CAP}][{_LOWER}]{{1,30}}[ \u00a0]+\Z")


def _honoured(text: str, known: list[str], found: list[Candidate]) -> None:
    """A capitalised word right before an honorific that follows a name (`_HONOURED`): a name,
    unless it is a place, a department's word, a title or a word that opens a sentence (`Det`),
    or itself an honorific (`Aga Khan`)."""
    places = _places()
    for match in _HONOURED.finditer(text):
        if caps.full(found):
            return
        if match.start() == 0 or text[match.start() - 1] not in " \u00a0":
            continue  # `Hoca` alone, or inside a word
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before is None or (before.start() > 0 and text[before.start() - 1].isalnum()):
            continue
        word = _fold(before.group().strip())
        if word in places or word in _VOCABULARY or word in _SENTENCE_STARTS:
            continue
        if word in _CUE_LAST or word in _HONORIFICS or _not_a_surname(word):
            continue  # `Imam Sahib`, `Dari Aga`: a title or a language, no name
        if any(word in k.split() for k in known):
            continue
        start, end = before.start(), match.end()
        if any(c[0] <= start < c[1] for c in found):
            continue
        value = " ".join(text[start:end].split())
        found.append((start, end, WHAT_NAME, _shown(value), _fold(value)))


def _plain_word(folded: str) -> bool:
    """Whether a capitalised word (folded) may be part of a name after a word for a person: not
    a place, a department's word, a language, a faith or a people, an institution's word, an
    article or a pronoun."""
    if folded in _places() or folded in _VOCABULARY or _not_a_surname(folded):
        return False
    return folded not in INSTITUTION_WORDS and folded not in _SENTENCE_STARTS


_ROLE_CUE = re.compile(
    r"(?i:(?<![\w-])(?:tolk|tolken|tolker|tolkene|vitne|vitnet|vitner|vitnene|verge|vergen"
    r"|kontaktperson(?:en)?|referanseperson(?:en)?|representant(?:en)?|fullmektig(?:en)?"
    r"|(?:tolket|oversatt)[ \u00a0]+av))"
    r"(?:[ \u00a0]*:)?(?:[ \u00a0]+|[ \u00a0]*,[ \u00a0]*)\Z"
)
"""The words for the other people of a case that a pair of any capitalised words may follow
(`Tolk: Lemlem Tsegay`, `Tolken, Lemlem Tsegay,`): not every word for a person (`Legen
(Haukeland Universitetssjukehus)`, `Personen (Rapid Support Forces)` name institutions)."""


_BARE_ROLES = frozenset(
    ("tolk", "tolker", "vitne", "vitner", "verge", "kontaktperson", "referanseperson",
     "representant", "fullmektig")
)  # fmt: skip
"""Role words in the indefinite: with no colon or comma after them they head a table's column,
and a search record or a PDF joins the header row into one line (`Tolk Merknad` over `Ja
møtte`): the pair after one counts only with a colon or a comma (`Tolk: …`, `Tolk, …`)."""


def _role_cue(text: str, start: int) -> bool:
    cue = _ROLE_CUE.search(text, max(0, start - 40), start)
    if cue is None:
        return False
    word = cue.group().strip(" \u00a0:,").lower()
    return word not in _BARE_ROLES or any(mark in cue.group() for mark in ":,")


def _role_pair(text: str, start: int, end: int, known: list[str], found: list[Candidate]) -> bool:
    """Two capitalised words after a word for a person of a case (attack round 12: `Tolk:
    Lemlem Tsegay`, `tolket av Lemlem Tsegay`, `Vitnet Semhar Andom`): a name, though neither is
    a given name on the list, unless one of them is a place, a language, a unit or a word of
    the department (`Tolk: Tigrinja Nord`, `Vergen Oslo Kommune`)."""
    following = _NEXT_CAPITALISED.match(text, end)
    if following is None or following.group("word").endswith("."):
        return False
    words = [text[start:end], following.group("word")]
    if not all(_plain_word(_fold(w)) and w.lower() not in _CUE_LAST for w in words):
        return False
    if _UNIT.match(words[-1]) is not None or titled_not_a_person(text, start, following.end()):
        return False
    value = " ".join(words)
    if any(_fold(value) in k or _fold(w) in k.split() for k in known for w in words):
        return True
    found.append((start, following.end(), WHAT_NAME, _shown(value), _fold(value)))
    return True
