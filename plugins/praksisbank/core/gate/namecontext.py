"""Where two capitalised words name a place, a building, a period or a group rather than a person
(`names.py` asks before it reports a pair or a title): the words around them say so.

- A compound: the last capitalised word of the run is joined by a hyphen to a word in small
  letters (`Omar Khayyam-skolen`, `Ahmad Shah Massoud-statuen`, `Reza Shah-perioden`). A
  compound that names a person's people or case (`Hassan-familien`, `Wardak-saken`) stays a
  name: `_PERSON_COMPOUNDS`.
- An institution: a capitalised word after the first is a word for an institution or a place
  (`Hamid Karzai International Airport`, `Ariana Afghan Airlines`, `Nadir Shah Kot`), or one of
  the words for a movement, a party or an army (`Hayat Tahrir al-Sham`, `Jaish`, `Hezb`).
- A place right after a noun for a place or a building (`landsbyen`, `bydelen`, `helligdommen
  for`), or after a verb of living or coming from (`bodde i`, `kom fra`, `vokste opp i`) with
  nothing after the run but the end of a clause or more place (`i Kabul`): `bodde i Amir
  Hassans hus` stays a name.
- A place named by its first word (attack round 10): Tigrinya and Amharic place names are built
  with `Mai` (water), `Adi`/`Addi` (village), `Enda`, `Debre`, `Ad`, the Dari and Pashto ones
  with `Dasht`, `Qala`, `Deh`, `Pul`, `Mazar`, `Shahr`, `Kariz` (`Mai Serwa`, `Adi Keyh`,
  `Qala Naw`): such a pair after a word for where (`i`, `fra`, `til`, `på`, `ved`, `nær`,
  `utenfor`...) is a place, though `Mai` and `Adi` are given names too (`Søkeren Mai Habte`
  stays a name; so, a cost, does nobody's `fikk hjelp fra Mai Nguyen`).
- A place after `i` or `ved` alone, only with more place after it (` i Aleppo`, or a next
  sentence that starts with a noun for a place: `Bydelen var …`), and `ved` not after
  `representert`, `undertegnet`, `signert`: `representert ved Amir Hassan i Kabul` is a person.

What is left a name on purpose: public figures and authors (`Bashar al-Assad`, `Kari Holm og Per
Lund (Landinfo 2023)`): their names are names; a reviewer clears them with a `personvern-ok`
exception. A pair after `fra` or `til` alone (`fikk hjelp fra Amir Hassan i Kabul`) is a person.
"""

from __future__ import annotations

import re

# The run of capitalised words that goes on after a pair: (`International Airport`).
_CAP = "A-ZÆØÅÄÖÜÉÈÁÍÓÚÇŞĞİÂÊÎÔÛ"
_RUN_AFTER = re.compile(rf"(?:[ \u00a0]+(?:(?:al|el|ul)-)?[{_CAP}][\w'’]{{0,40}}){{0,3}}")
_COMPOUND_TAIL = re.compile(r"-(?P<tail>[a-zæøåäöü][a-zæøåäöü]+)")
_PERSON_COMPOUND = re.compile(
    r"[a-zæøåäöü]*?(?:famili|slekt|klan|sak|bror|brødr|søst|barn|sønn|døt|datter|kon|mann|menn"
    r"|enk|far|fedr|mor|mødr|onkel|tant|fett|kusin|gutt|jent|person|navn|pass|adresse|nummer"
    r"|konto|profil)(?:a|e|en|ene|er|et|ne|rne|ra)?"
)
"""The last part of a compound that names a person's people, case or papers (`-familien`,
`-saken`, `-brødrene`): the name before it stays a name (`barnesykehuset` is a hospital)."""
_INSTITUTION_WORDS = frozenset(
    ("airport", "airlines", "airways", "international", "university", "universitet",
     "hospital", "clinic", "school", "college", "institute", "academy", "street", "road",
     "avenue", "square", "bridge", "dam", "stadium", "park", "market", "bazaar", "bazar",
     "prison", "camp", "bank", "telecom", "hotel", "company", "corporation", "party", "front",
     "army", "brigade", "council", "foundation", "center", "centre", "mosque", "shrine",
     "mausoleum", "highway", "province", "district", "city", "village", "kot", "abad", "qala",
     "shahr", "kalay", "pul", "dara", "darra", "nagar", "pur", "ltd", "as", "asa", "inc",
     # the words for a movement, a front, a party, an army in the arrival countries' languages
     "tahrir", "jabhat", "harakat", "hizb", "hezb", "jamiat", "ittehad", "ittihad", "jaish",
     "tanzim", "majlis", "shura", "tehrik", "tehreek", "lashkar", "sipah", "hashd", "kataib",
     "liwa")
)  # fmt: skip
# Nouns for a place or a building right before a run (`landsbyen Said Abad`, `helligdommen for
# Imam Reza`).
_PLACE_NOUN = (
    r"byen|landsbyen|bydelen|distriktet|provinsen|området|regionen|leiren|flyktningleiren"
    r"|gata|gaten|veien|plassen|torget|helligdommen|mausoleet|graven|moskeen|skolen|sykehuset"
    r"|universitetet|fengselet|flyplassen|basaren|markedet|dalen|fjellet|elva|elven|passet"
)
_STRONG_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?:(?:bodde|bor|bodd|vokste[ \u00a0]+opp|oppvokst|hjemmehørende|født"
    r"|bosatt|gjemte[ \u00a0]+seg|skjulte[ \u00a0]+seg)(?:[ \u00a0]+\w+)?[ \u00a0]+(?:i|på)"
    r"|(?:kom|kommer|stammer|flyktet|rømte|flyttet|dro|reiste)(?:[ \u00a0]+\w+)?[ \u00a0]+fra"
    r"))[ \u00a0]+\Z"
)
_MEDIA_NOUN = (
    r"avisen|avisa|nettavisen|tidsskriftet|magasinet|bladet|ukebladet|kanalen|tv-kanalen"
    r"|radioen|radiokanalen|nyhetsbyrået|byrået|forlaget|nettstedet"
)
"""Nouns for a newspaper, a channel or a publisher right before its name (attack round 12:
`skrev for avisen Özgür Gündem`): a title, not a person."""
_NOUN_BEFORE = re.compile(
    rf"(?i:(?<![\w-])(?:{_PLACE_NOUN}|{_MEDIA_NOUN})(?:[ \u00a0]+(?:for|til|ved|i))?)[ \u00a0]+\Z"
)
_LAST_BEFORE = frozenset(
    ("i", "på", "fra", "ved", "for", "til", *_PLACE_NOUN.split("|"), *_MEDIA_NOUN.split("|"))
)
"""The last word of every pattern below (`… i`, `… fra`, `landsbyen`)."""
_WEAK_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?<!representert[ \u00a0])(?<!undertegnet[ \u00a0])(?<!signert[ \u00a0])"
    r"(?<!bistått[ \u00a0])(?:i|ved))[ \u00a0]+\Z"
)
_PLACE_TAIL = re.compile(
    r"[ \u00a0]*(?:[.,;:!?)\]]|\Z|\n)|[ \u00a0]+(?:i|nær|ved|utenfor|like|sør|nord|øst|vest"
    r"|og)[ \u00a0]+[^\W\d_a-zæøå]"
)
_MORE_PLACE = re.compile(
    r"[ \u00a0]+(?:i|nær|utenfor)[ \u00a0]+[^\W\d_a-zæøå]"
    rf"|[ \u00a0]*[.;][ \u00a0]+(?i:{_PLACE_NOUN}|sykehuset|området|stedet)(?!\w)"
)


_PLACE_PREFIXES = frozenset(
    ("mai", "may", "adi", "addi", "enda", "inda", "debre", "dabra", "ad", "dasht", "qala",
     "qal'a", "qalai", "deh", "pul", "mazar", "shahr", "kariz", "kalay", "wad")
)  # fmt: skip
"""The first words of place names of the arrival countries (Tigrinya `Mai` water, `Adi` village,
`Enda` the house of, `Debre` mount; Dari and Pashto `Dasht` plain, `Qala` fort, `Deh` village,
`Pul` bridge, `Mazar` shrine, `Shahr` town, `Kariz` channel, `Kalay` village; Sudanese `Wad`,
son of: `fra Wad Madani`, attack round 12), with any `-e`
or `-i` joining them to the next word (`Qala-e Naw`)."""
_WHERE_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?:i|fra|til|på|ved|nær|utenfor|mellom|rundt|gjennom|via|in|from|near"
    # attack round 12: a noun for places of detention or training before the name
    # (`Fengslene Mai Serwa og Wi'a`, `leiren Mai Nefhi`)
    r"|fengslene|fengselet|fengsel|leirene|leiren|leir|treningsleiren|militærleiren"
    r"|fangeleiren|stedene|stedet|byene|landsbyene))"
    # a list of places after that word (`i Eritrea, Sawa og Mai Nefhi`)
    rf"(?:[ \u00a0]+[{_CAP}][\w'’-]*+(?:[ \u00a0]+[{_CAP}][\w'’-]*+)?(?:,|[ \u00a0]+og)){{0,4}}"
    r"[ \u00a0]+\Z"
)


def _prefixed_place(text: str, start: int) -> bool:
    """Whether the run at ``start`` opens with a place name's first word (`_PLACE_PREFIXES`)
    right after a word for where (`i Mai Serwa`, `fra Adi Keyh`)."""
    first = text[start : start + 12].split(None, 1)[0] if text[start : start + 12].strip() else ""
    first = re.sub(r"-[ei]\Z", "", first.casefold().replace("\u2019", "'"))
    if first not in _PLACE_PREFIXES:
        return False
    return _WHERE_BEFORE.search(text, max(0, start - 80), start) is not None


_VALLEY = re.compile(
    r"(?i:wadi|jabal|jebel|jabel|deir|ras|ain|bab|tell|tal)[ \u00a0]+"
    r"(?:al|el|ad|ar|as|ash|az|ez|es|an|at)-"
)
"""Arabic place names opened by a word for a valley, a mountain, a monastery, a cape, a spring,
a gate or a hill before an article (`Wadi al-Nasara`, `Jabal al-Zawiya`, `Deir ez-Zor`, `Ras
al-Ain`, `Ain al-Arab`, `Bab al-Hawa`, `Tell al-Abyad`): a place wherever it stands (attack
round 12: `Wadi al-Nasara ligger vest i Syria`). Without the article the pair is read as any
pair (`Wadi Hassan` may be a person)."""


INSTITUTION_WORDS = _INSTITUTION_WORDS
"""The words for an institution, a place or a movement (for `names.py`)."""


def _bare(word: str) -> str:
    """A word casefolded, without a leading article (`al-Sham`) or quotes."""
    return word.casefold().strip("'’").rpartition("-")[2]


_RUN_BEFORE = re.compile(rf"(?:[{_CAP}][\w'’]*[ \u00a0]+){{1,3}}\Z")


def _run_start(text: str, start: int) -> int:
    """The start of the capitalised words right before ``start`` (`Dera` before `Ismail Khan`)."""
    match = _RUN_BEFORE.search(text, max(0, start - 60), start)
    return match.start() if match is not None else start


def _run_end(text: str, end: int) -> int:
    """The end of the capitalised words that follow ``end`` (the run goes on: `Khan-sykehuset`
    after `Sardar Daud`)."""
    match = _RUN_AFTER.match(text, end)
    return match.end() if match is not None else end


def not_a_person(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words from ``start`` to ``end`` (a pair, or a title and a word)
    name a place, a building, a period or a group by the words around them (see above)."""
    run_end = _run_end(text, end)
    compound = _COMPOUND_TAIL.match(text, run_end)
    if compound is not None:
        return _PERSON_COMPOUND.fullmatch(compound.group("tail")) is None
    if _prefixed_place(text, start):
        return True  # `i Mai Serwa`, `fra Adi Keyh`: a place named by its first word
    if _VALLEY.match(text, start) is not None:
        return True  # `Wadi al-Nasara`, `Deir ez-Zor`: a valley, a monastery
    later = text[start:run_end].split()[1:]
    if any(_bare(word) in _INSTITUTION_WORDS for word in later):
        return True
    for at in sorted({start, _run_start(text, start)}, reverse=True):
        before = text[max(0, at - 40) : at]
        last = before.rsplit(None, 1)[-1].lower() if not before.isspace() and before else ""
        if last not in _LAST_BEFORE:
            continue  # none of the patterns below can end in this word: no search
        if _NOUN_BEFORE.search(before) is not None:
            return True
        if _STRONG_BEFORE.search(before) is not None:
            return _PLACE_TAIL.match(text, run_end) is not None
        if _WEAK_BEFORE.search(before) is not None:
            return _MORE_PLACE.match(text, run_end) is not None
    return False


_TITLE_BEFORE = re.compile(r"[^\W\d_][\w.]*[ \u00a0]+\Z")


_TITLED_PLACES = frozenset(
    ("sheikh maqsoud", "sheikh maqsud", "sheikh najjar", "sheikh jarrah", "sheikh othman",
     "sheikh zuweid", "sheikh miskin", "imam sahib",
     "sheikh zayed", "shaikh zayed", "sheikh khalifa", "imam hussein", "imam reza",
     # attack round 12: places and a company named by a word that is also a courtesy title
     # (`names.cues._TITLE_WORDS`: Arabic `Umm`, mother of; Ukrainian `Pan`)
     "umm qasr", "umm badda", "umm durman", "umm ruwaba", "umm rawaba", "umm kadada",
     "umm dafok", "umm sayala", "umm al-quwain", "umm el-fahm", "pan am")
)  # fmt: skip
"""Public places whose name is a title and a word, written alone as place names in country
information (attack round 11: `«Syria: Sheikh Maqsoud»`, a district of Aleppo; Sheikh Najjar,
an industrial city; Imam Sahib in Kunduz): never a person,
whatever stands around them (the title and word casefolded)."""


def titled_not_a_person(text: str, start: int, end: int) -> bool:
    """`not_a_person` for a word after a title (`bodde i Sheikh Maqsoud i Aleppo`,
    `helligdommen for Imam Reza`): the words before the title and after the word decide; a
    place in `_TITLED_PLACES` is one wherever it stands."""
    title = _TITLE_BEFORE.search(text, max(0, start - 30), start)
    if title is not None:
        pair = " ".join(text[title.start() : end].split())
        if pair.casefold() in _TITLED_PLACES:
            return True
    return not_a_person(text, title.start() if title is not None else start, end)
