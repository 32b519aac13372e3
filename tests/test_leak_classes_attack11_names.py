"""Attack round 11, names (held out): what the name rules stopped that a reader must be allowed to
read, and where the gate blames a name it finds in a PDF.

- Class 5: a reviewer's marker (`<!-- personvern-ok: Abdel Fattah al-Burhan, statsleder -->`)
  clears a name it holds as whole words on its own line: a part the gate found alone (`Abdel`
  after `general`) and an inflected form (the genitive `Bashar al-Assads`, the definite `-en`).
  A marker clears nothing on another line, no other name on its line, and nothing without a
  reason.
- Class 6: a district named by a title and a word (`Sheikh Maqsoud` in Aleppo) is a place
  wherever it stands, a report's title included; a title before a person's name stays a name.
- Class 7: a table's header of Norwegian nouns (`| Opplysning | Verdi |`) is one line in a PDF's
  text (`Opplysning Verdi`): a Norwegian noun with a foreign surname's ending is no surname; a
  finding in an item's PDF is blamed on the item's file (`stages.pdf_sources`).

Every name here is made up and clearly fictional, or a public figure's in country information
(the markers' own examples); no identity number is used.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check
from helpers import TODAY, Project, write_project
from praksisbank.core.base.model import Decision
from praksisbank.core.content.loader import load
from praksisbank.core.gate.anonymity import find_personal_data
from praksisbank.core.publish import stages
from praksisbank.mkdocs_adapter.project import layout_for


def _marker(reason: str) -> str:
    return f"<!-- personvern-ok: {reason} -->"


MARKERS = [
    # (name, text, names the gate must still find on the source)
    ("a name's part after a title, the whole name in the marker",
     "SAF under general Abdel Fattah al-Burhan tok makten. "
     + _marker("Abdel Fattah al-Burhan, statsleder"), 0),
    ("the genitive of the marker's name",
     "Etter Bashar al-Assads fall 8. desember 2024 flyktet mange. "
     + _marker("Bashar al-Assad, tidligere statsoverhode"), 0),
    ("the genitive with an apostrophe",
     "Etter Bashar al-Assad's fall flyktet mange. " + _marker("Bashar al-Assad, statsoverhode"), 0),
    ("the marker's name as written",
     "Regimet til Bashar al-Assad falt. " + _marker("Bashar al-Assad, statsoverhode"), 0),
    ("a leader's name and a second marker on the line",
     "RSF ledes av Mohamed Hamdan Dagalo, SAF av general Abdel Fattah al-Burhan. "
     + _marker("Mohamed Hamdan Dagalo, RSF-leder")
     + _marker("Abdel Fattah al-Burhan, statsleder"), 0),
    # what a marker must not clear
    ("another name on the marker's line",
     "Bashar al-Assads fall, sa Zorblat Quennikhel. " + _marker("Bashar al-Assad, statsoverhode"),
     1),
    ("the marker's name on another line",
     "Bashar al-Assads fall.\nIngen kommentar her.\n" + _marker("Bashar al-Assad, statsoverhode"),
     1),
    ("a marker without a reason", "Bashar al-Assads fall " + _marker("Bashar al-Assad"), 1),
    ("a longer name than the marker's",
     "Vitnet Amir Bashar al-Assadzai forklarte seg. " + _marker("Bashar al-Assad, statsoverhode"),
     1),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "left"), MARKERS, ids=[m[0] for m in MARKERS])
def test_a_marker_clears_the_name_it_holds_and_its_inflected_forms(
    name: str, text: str, left: int
) -> None:
    outside = text.index("<!--")  # the names the text holds, not the marker's own writing
    names = [f for f in find_personal_data(text) if f.what == "et personnavn"]
    assert len([f for f in names if f.offset < outside]) == left, [f.masked for f in names]


PLACES = [
    Row("a district in a report's title", "Landinfos respons «Syria: Sheikh Maqsoud» fra 2023 "
        "beskriver situasjonen.", False),
    Row("a district after a place noun", "Bydelen Sheikh Maqsoud ble beleiret i 2016.", False),
    Row("a district alone at a sentence's start", "Sheikh Maqsoud ble beleiret i 2016.", False),
    Row("an industrial city", "Kampene sto i Sheikh Najjar nord for Aleppo.", False),
    Row("a district in Kunduz", "Han kom fra Imam Sahib i Kunduz.", False),
    # a title before a person's name stays a name
    Row("a title before a made-up name", "Søkeren fikk hjelp av Sheikh Zorblat i moskeen.", True),
    Row("a title before a made-up name at a line's start", "Mullah Quennikhel truet søkeren.",
        True),
    *ORDINARY,
]  # fmt: skip


@pytest.mark.parametrize("row", PLACES, ids=repr)
def test_a_place_named_by_a_title_and_a_word(row: Row) -> None:
    check(row)


HEADERS = [
    Row("a table's header of Norwegian nouns",
        "| Opplysning | Verdi |\n|---|---|\n| Utreise | 2019 |\n", False),
    Row("the header as a PDF's line", "Opplysning Verdi\nUtreise 2019\n", False),
    Row("another header as a PDF's line", "Tema Strategi\nInnreise 2020\n", False),
    Row("nouns in -eri and -ori as a PDF's line", "Kategori Teori\nFiskeri Maleri\n", False),
    # a made-up name of that shape stays a name
    Row("a made-up name with a surname's ending", "Kontakten var Zorblat Quennidi i Herat.", True),
    Row("a made-up name in a sentence", "Han arbeidet med Zorblat Ahmadi i Kabul.", True),
]  # fmt: skip


@pytest.mark.parametrize("row", HEADERS, ids=repr)
def test_a_tables_header_is_no_name(row: Row) -> None:
    check(row)


def test_a_finding_in_an_items_pdf_is_blamed_on_the_items_file(project: Project) -> None:
    write_project(project)
    layout = layout_for(project.root)
    loaded = load(layout, TODAY, workers=1)
    decisions = loaded.content.of(Decision)
    sources = stages.pdf_sources(decisions, project.root)
    assert sources["pdf/vb-afg-2024-001.pdf"].path == "decision_bank/afg/2024-kvinne.md"
    assert sources["pdf/vb-afg-2025-002.pdf"].path == "decision_bank/afg/2025-dublin.md"


CAPITALS = [
    Row("a surname with a Pashto ending in capitals", "Fra passasjerlisten: KAROKHEL Zorbaddin, "
        "sete 14C.", True),
    Row("-zoy in capitals", "Fra listen: WAZIRZOY Zarbat, sete 2A.", True),
    Row("-zai in capitals", "Mottaker: QUENNIZAI Zorblat.", True),
    Row("a Tigrinya surname before a listed given name", "Fra listen: HABTE Kidane, sete 3.",
        True),
    Row("a listed given name in capitals first", "Fra passasjerlisten: HASSAN Amir, sete 14C.",
        True),
    # near misses: acronyms before places and words
    Row("an acronym before a city", "Han reiste med UNHCR Kabul i 2019.", False),
    Row("an alliance before a city", "Rapport fra NATO Brussel i 2021.", False),
    Row("an agency before a country", "Se EUAA Afghanistan fra 2023.", False),
    Row("a three-letter acronym before a given name", "Saken gikk fra UDI Amir-kontoret.", False),
    Row("a heading word in capitals", "VEDTAK Søkeren ble hørt i saken.", False),
    Row("a given name in capitals before a party word", "Notat om AMIR Søkeren forklarte.",
        False),
]  # fmt: skip


@pytest.mark.parametrize("row", CAPITALS, ids=repr)
def test_a_surname_in_capitals_first(row: Row) -> None:
    check(row)


ENDINGS = [
    Row("a Pashto surname in -wal", "Han arbeidet sammen med Zorblat Sherzadwal i to år.", True),
    Row("a Pashto surname in -alai", "Han arbeidet sammen med Zorblat Quennalai i to år.", True),
    Row("a Dari surname in -yar", "Han arbeidet sammen med Zorblat Quenniyar i to år.", True),
    Row("a Dari surname in -mand", "Han arbeidet sammen med Zorblat Quennimand i to år.", True),
    Row("a Pashto surname in -zoy", "Han arbeidet sammen med Zorblat Quennizoy i to år.", True),
    Row("a Pashto surname in -khil", "Han arbeidet sammen med Zorblat Quennikhil i to år.", True),
    Row("a Dari title before a name", "Han ble truet av Qari Zorblat i moskeen.", True),
    Row("a teacher's title before a name", "Hun lærte av Ustad Zorblat i Herat.", True),
    Row("a Kurmanji title before a name", "Han gikk til Mele Quenni i landsbyen.", True),
    Row("a Turkish title before a name", "Han ble truet av Hoca Zorblat i Konya.", True),
    Row("a Somali title before a name", "Han studerte hos Sheekh Zorblat i Baidoa.", True),
    # near misses: English and Norwegian words of those shapes, a title as a word
    Row("an English command", "US Central Command rapporterte om angrepet i 2021.", False),
    Row("a demand", "Fagforeningen la fram en Demand i 2019.", False),
    Row("a title in small letters", "Koranlæreren var en qari fra Kandahar.", False),
    Row("a title as a compound", "Han ble undervist ved Qari-skolen i Herat.", False),
]  # fmt: skip


@pytest.mark.parametrize("row", ENDINGS, ids=repr)
def test_surname_endings_and_titles_of_the_arrival_countries(row: Row) -> None:
    check(row)


SEPARATORS = [
    Row("a pictograph between the names", "Han møtte Zorblat 👤 Quennikhel i Kabul.", True),
    Row("a listed name with a pictograph", "Han møtte Amir 👤 Hassan i Kabul.", True),
    Row("an arrow with its variation selector", "Han møtte Amir➡️Hassan i Kabul.", True),
    Row("slashes inside both words", "Han møtte Zor/blat Quenni/khel i Kabul.", True),
    Row("slashes inside a listed name", "Han møtte Am/ir Has/san i Kabul.", True),
    Row("a slug of the names", "Stikkord: zorblat-quennikhel", True),
    Row("a slug with an underscore", "Mappe: zorblat_quennizai", True),
    # near misses: pictographs between places and words, slashes in paths and words, tribes
    Row("pictographs on a route", "Ruten gikk Kabul ✈️ Herat ✅ Mashhad i 2021.", False),
    Row("a pictograph before a sentence", "Vi møtte ham i Kabul 👤 Han sa ja.", False),
    Row("a path", "Malen ligger i overrides/main.html i repoet.", False),
    Row("slashes between words", "Han/hun skal ha 80 km/t og/eller mer.", False),
    Row("a clan's lineage", "Søkeren tilhører Darod/Majeerteen/Omar Mahmud.", False),
    Row("a tribe before a word", "Han tilhører popalzai-stammen i Kandahar.", False),
    Row("a definite noun before a tribe", "Se notatet om stammen-barakzai.", False),
]  # fmt: skip


@pytest.mark.parametrize("row", SEPARATORS, ids=repr)
def test_separators_inside_and_between_names(row: Row) -> None:
    check(row)


PATRONYMICS = [
    Row("Kurmanji son of", "Vitnet var Azad kurê Zorblat fra Qamishli.", True),
    Row("Kurmanji daughter of", "Hun møtte Amina keça Zorblat i Afrin.", True),
    Row("Turkish son of, written apart", "Han møtte Ahmet oğlu Zorblat i Van.", True),
    # near misses: the words in prose, a place after them
    Row("the Kurmanji word in a gloss", "Ordet «kurê» betyr sønn av på kurmanji.", False),
    Row("a Turkish word in prose", "Etternavn som slutter på oğlu er vanlige i Tyrkia.", False),
]  # fmt: skip


@pytest.mark.parametrize("row", PATRONYMICS, ids=repr)
def test_kurmanji_and_turkish_patronymics(row: Row) -> None:
    check(row)
