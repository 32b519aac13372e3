"""Issue 17: personal names in the shapes an attacker tried (core/gate/names.py), one table a
class, each with its near-misses that must stay allowed.

Every name here is made up. Each row is checked by the source gate and by the rendered-text gate
(`assert_row`); a row whose rendered form differs from its source (a footnote, a table) is given
in both forms. The counts in the table of countries are generated in the test.
"""

from __future__ import annotations

import random

import pytest

from helpers import identity_number
from praksisbank.core.gate import names
from praksisbank.core.gate.anonymity import WHAT_IDENTITY
from test_leak_classes import NAME, Row, assert_row

# -- 1. letter shapes --------------------------------------------------------------------------

SHAPES = [
    Row("Søkeren ꜰᴀᴛɪᴍᴀ ʀᴀʜɪᴍɪ forklarte seg.", NAME, "ꜰᴀᴛɪᴍᴀ ʀᴀʜɪᴍɪ"),
    Row("Søkeren Fᴀᴛɪᴍᴀ Rahimi forklarte seg.", NAME, "Fᴀᴛɪᴍᴀ Rahimi"),
    Row("Søkeren Ӧmer Nazari forklarte seg.", NAME, "Ӧmer Nazari"),
    Row("Søkeren Ḥasan Nazari forklarte seg.", NAME, "Ḥasan Nazari"),
    Row(
        "Tolken oversatte for M u s t a f a  N a z a r i og broren.",
        NAME,
        "M u s t a f a  N a z a r i",
    ),
    Row(
        "Tolken oversatte for M u s t a f a N a z a r i og broren.",
        NAME,
        "M u s t a f a N a z a r i",
    ),
    Row(
        "Tolken tok M\u2009u\u2009s\u2009t\u2009a\u2009f\u2009a\u00a0\u00a0N\u2009a\u2009z"
        "\u2009a\u2009r\u2009i og broren.",
        NAME,
        "M\u2009u\u2009s\u2009t\u2009a\u2009f\u2009a\u00a0\u00a0N\u2009a\u2009z\u2009a\u2009r\u2009i",
    ),
    Row("Klageren Fatima-Zahra Ahmadi møtte.", NAME, "Fatima-Zahra Ahmadi"),
    Row("Klageren „Mustafa“ Nazari møtte.", NAME, "Mustafa“ Nazari"),
    Row("Klageren «Mustafa» Nazari møtte.", NAME, "Mustafa» Nazari"),
    Row("Klageren **Mustafa** Nazari møtte.", NAME, "Mustafa** Nazari"),
    Row("Klageren Mustafa² Nazari møtte.", NAME, "Mustafa² Nazari"),
    # a footnote: `[^1]` in the source, the digit glued to the word in what a reader sees
    Row("Klageren Mustafa[^1] Nazari møtte.", NAME, "Mustafa[^1] Nazari"),
    Row("Klageren Mustafa1 Nazari møtte.", NAME, "Mustafa1 Nazari"),
    Row("Klageren Mustafa\u202fNazari møtte.", NAME, "Mustafa\u202fNazari"),
]

SHAPES_ALLOWED = [
    Row("Søkeren forklarte seg om «Taliban» og «Hizb-e Islami».", None),
    Row("Se fotnote[^1] om Landinfo.\n\n[^1]: Landinfo 2024.", None),
    Row("Punktene a b c i vedlegget gjelder.", None),
    Row("Tabell 2 viser U N H C R sine tall.", None),
    Row("Enheten **Asyl nord** behandlet saken.", None),
    Row("Den europeiske menneskerettighetsdomstol har uttalt seg.", None),
    Row("Human Rights Watch og Landinfo skriver det samme.", None),
    Row("Søkeren kom fra Nord-Afghanistan til Kabul.", None),
]

# -- 2. a surname in small letters ---------------------------------------------------------------

SMALL = [
    Row("Søkeren Mustafa nazari forklarte seg.", NAME, "Mustafa nazari"),
    Row("Vitnet Olena kovalenko møtte.", NAME, "Olena kovalenko"),
    Row("Vitnet Yusuf ahmadzai møtte.", NAME, "Yusuf ahmadzai"),
    Row("Vitnet Aram hakobyan møtte.", NAME, "Aram hakobyan"),
    Row("Vitnet Mohammed ibrahim møtte.", NAME, "Mohammed ibrahim"),
    Row("Vitnet Tesfay gebremedhin møtte.", NAME, "Tesfay gebremedhin"),
    Row("Vitnet Hamid ghaderi møtte.", NAME, "Hamid ghaderi"),
]

SMALL_ALLOWED = [
    # a given name that is a Norwegian word, or a Norwegian word after a given name
    Row("Søkeren kom med Per og broren.", None),
    Row("Søkeren forklarte at Muhammad var profet og at Jesus er Guds sønn.", None),
    Row("Han nevnte Maria flere ganger i intervjuet.", None),
    Row("Han ble spurt om Islam og kristendom.", None),
    Row("Søkeren viste til Ali som imam i sjiaislam.", None),
]

# -- 3. other scripts ----------------------------------------------------------------------------

SCRIPTS = [
    Row("Vitnet ተስፋይ ገብረመድህን bekreftet reisen.", NAME, "ተስፋይ ገብረመድህን"),
    Row("Vitnet ሳባ፡ተኽለ bekreftet reisen.", NAME, "ሳባ፡ተኽለ"),
    Row("Vitnet Արամ Հակոբյան bekreftet reisen.", NAME, "Արամ Հակոբյան"),
    Row("Vitnet გიორგი ბერიძე bekreftet reisen.", NAME, "გიორგი ბერიძე"),
    Row("Vitnet משה כהן bekreftet reisen.", NAME, "משה כהן"),
    Row("Vitnet राम शर्मा bekreftet reisen.", NAME, "राम शर्मा"),
    Row("Vitnet রহিম উদ্দিন bekreftet reisen.", NAME, "রহিম উদ্দিন"),
    Row("Vitnet முருகன் செல்வம் bekreftet reisen.", NAME, "முருகன் செல்வம்"),
]

SCRIPTS_ALLOWED = [
    # one word (a term) in another script is no name
    Row("Dokumentet kalles ቀበሌ på amharisk.", None),
    Row("Ordet შვილი betyr barn.", None),
    Row("Kortet heter תעודה på hebraisk.", None),
]

# -- 4. cue words and titles -------------------------------------------------------------------

CUES = [
    Row("Han heter Wardak til etternavn.", NAME, "Wardak"),
    Row("Moren heter Gulalai.", NAME, "Gulalai"),
    Row("Broren ble kalt Nasrullah av familien.", NAME, "Nasrullah"),
    Row("Etternavn: Wardak. Fornavn: Zarghuna.", NAME, "Wardak"),
    Row("Etternavn: Wardak. Fornavn: Zarghuna.", NAME, "Zarghuna"),
    Row("Fornavnet hans var Sahel.", NAME, "Sahel"),
    Row("Søkerens navn er Hassan, fornavn Amir.", NAME, "Amir"),
    Row("Tolken, professor Wardak, var til stede.", NAME, "Wardak"),
    Row("Hajji Wardak eide huset.", NAME, "Wardak"),
    Row("Kommandant Wardak truet familien.", NAME, "Wardak"),
    Row("Han møtte mullah Rahmatullah i moskeen.", NAME, "Rahmatullah"),
    Row("Sjeik Abdirahman ledet møtet.", NAME, "Abdirahman"),
    Row("Han tjenestegjorde under general Dostzai.", NAME, "Dostzai"),
    Row("Han heter «Wardak».", NAME, "Wardak"),
    Row("Hun sa at mannen hennes heter Zmarai.", NAME, "Zmarai"),
    Row("Søkerens far het Jawid.", NAME, "Jawid"),
]

CUES_ALLOWED = [
    Row("Hun er professor i rettsvitenskap ved universitetet.", None),
    Row("Landsbyen heter Wardak, og provinsen kalles Logar.", None),
    Row("Enheten het tidligere Ankomstenheten.", None),
    Row("Enheten som fordeler sakene, tidligere kalt Ankomstenheten.", None),
    Row("Lenkene ved overskriftene heter «Lenke til» og overskriften.", None),
    Row("Han kom til Norge via Tyrkia, som general i hæren.", None),
    Row("Han ble kalt inn til intervju og heter ikke det han oppga.", None),
    Row("Presidenten i Afghanistan og generalen i Kabul.", None),
    # a thing's name after a cue verb: no person before it
    Row("Knappen heter Søk, og feltet heter Tittel.", None),
    Row("Partiet kalles Taliban, og dokumentet kalles Praksisnotat.", None),
]

# -- 5. tables and lists -----------------------------------------------------------------------

TABLES = [
    Row("| Fornavn | Etternavn |\n|---|---|\n| Amir | Hassan |", NAME, "Hassan"),
    Row(
        "| Fornavn | Mellomnavn | Etternavn |\n|---|---|---|\n| Fatima | Zahra | Rahimi |",
        NAME,
        "Rahimi",
    ),
    Row("| Etternavn | Fornavn |\n|---|---|\n| Rahimi | Fatima |", NAME, "Rahimi"),
    Row("| Navn | Rolle |\n|---|---|\n| Fatima Rahimi | vitne |", NAME, "Fatima Rahimi"),
    Row(
        "| Rolle | Person | Slekt |\n|---|---|---|\n| vitne | Mustafa | Nazari |",
        NAME,
        "Mustafa | Nazari",
    ),
    Row("- Fornavn: Amir\n- Etternavn: Hassan", NAME, "Hassan"),
    Row("1. Mustafa\n2. Nazari", NAME, "Mustafa\n2. Nazari"),
    Row("Vitnene:\n\n- Yusuf\n- Ahmadzai", NAME, "Yusuf\n- Ahmadzai"),
]
# the same tables as a reader sees them (cells apart by ` | `, rows on lines of their own)
TABLES_RENDERED = [
    Row("Fornavn | Etternavn\nAmir | Hassan", NAME, "Hassan"),
    Row("Surname | Given name\nKovalenko | Olena", NAME, "Kovalenko"),
    Row("Mustafa\nNazari", NAME, "Mustafa\nNazari"),
]


def _countries() -> str:
    """A table of countries with counts made up here (a fixed seed: the same table each run)."""
    rng = random.Random(17)
    rows = [f"| {c} | {rng.randrange(100, 9000)} |" for c in ("Afghanistan", "Eritrea", "Syria")]
    return "| Land | Antall |\n|---|---|\n" + "\n".join(rows)


TABLES_ALLOWED = [
    Row(_countries(), None),
    Row("| Navn | Beskrivelse |\n|---|---|\n| Enslige kvinner | uten nettverk |", None),
    Row("| Navn | Enhet |\n|---|---|\n| Asyl nord | Seksjon for asyl |", None),
    Row("- Kabul\n- Herat\n- Mazar", None),
    Row("- Afghanistan\n- Eritrea", None),
    Row("- Per\n- Nordmann", None),
]


@pytest.mark.parametrize(
    "row",
    SHAPES + SMALL + SCRIPTS + CUES + TABLES + TABLES_RENDERED,
    ids=repr,
)
def test_a_name_in_a_disguise_is_found(row: Row) -> None:
    assert_row(row)


@pytest.mark.parametrize(
    "row",
    SHAPES_ALLOWED + SMALL_ALLOWED + SCRIPTS_ALLOWED + CUES_ALLOWED + TABLES_ALLOWED,
    ids=repr,
)
def test_a_near_miss_stays_allowed(row: Row) -> None:
    assert_row(row)


def test_employees_named_as_contacts_stay_allowed_in_every_new_shape() -> None:
    known = ("Kari Nordmann", "Ola Hansen")
    for text in (
        "| Navn | Enhet |\n|---|---|\n| Kari Nordmann | Seksjon for asyl |",
        "Kontaktperson: Navn: Kari Nordmann.",
        "Spør Kari nordmann eller Ola Hansen.",
        "- Kari\n- Nordmann",
    ):
        assert_row(Row(text, None), known)


def test_a_name_beside_an_identity_number_is_reported_with_it() -> None:
    number = identity_number("030494")  # generated in the test, fictional
    row = Row(f"Søkeren ʜᴀssᴀɴ Nazari, fødselsnummer {number}, møtte.", NAME, "ʜᴀssᴀɴ Nazari")
    assert_row(row)
    assert_row(Row(f"Søkeren ʜᴀssᴀɴ Nazari, fødselsnummer {number}, møtte.", WHAT_IDENTITY, number))


def test_the_offsets_of_a_reshaped_name_lead_back_to_the_original() -> None:
    text = "Før: «Mustafa» N a z a r i[^2], etter."
    [(start, end, what, shown, _)] = names.find(text)
    assert (text[start:end], what, shown) == ("Mustafa» N a z a r i", NAME, "M… N…")


@pytest.mark.parametrize("text", ["Søkeren", "\n\nSøkeren forklarte seg.", "  \n\t Kari", "« Amir"])
def test_a_capitalised_word_with_only_white_space_before_it_is_read(text: str) -> None:
    assert names.find(text) == []
