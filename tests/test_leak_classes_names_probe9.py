"""Name evasions a probe found after round 8 (issue 17, probe 9), one table a class: the shapes
must be found by both gates (the source and the page the site's Markdown makes of it), the near
misses beside them (places, the department's words, organisations, ordinary sentences) must pass
both. Names are made up, from the gate's own lists (`Amir`, `Zarmina`, surnames shaped like
`Rahimi`, `Ahmadi`); no identity number is used here."""

from __future__ import annotations

import pytest

from gaterows import Row, check

JOINED = [
    Row("two slashes", "Det gjelder Amir//Rahimi fra Ghazni.", True),
    Row("two slashes set off", "Det gjelder Amir // Rahimi fra Ghazni.", True),
    Row("a fraction slash", "Det gjelder Amir\u2044Rahimi fra Ghazni.", True),
    Row("a fraction slash set off", "Det gjelder Amir \u2044 Rahimi fra Ghazni.", True),
    Row("a division slash", "Det gjelder Amir\u2215Rahimi fra Ghazni.", True),
    Row("a full-width solidus", "Det gjelder Amir\uff0fRahimi fra Ghazni.", True),
    Row("a big solidus", "Det gjelder Amir\u29f8Rahimi fra Ghazni.", True),
    Row("an ampersand set off", "Det gjelder Amir & Rahimi fra Ghazni.", True),
    Row("an ampersand", "Det gjelder Amir&Rahimi fra Ghazni.", True),
    Row("an ampersand as an entity", "Det gjelder Amir &amp; Rahimi fra Ghazni.", True),
    Row("a full-width ampersand", "Det gjelder Amir\uff06Rahimi fra Ghazni.", True),
    Row("a plus set off", "Det gjelder Amir + Rahimi fra Ghazni.", True),
    Row("a full-width plus set off", "Det gjelder Amir \uff0b Rahimi fra Ghazni.", True),
    Row("a backslash set off", "Det gjelder Amir \\ Rahimi fra Ghazni.", True),
    Row("an em dash", "Det gjelder Amir\u2014Rahimi fra Ghazni.", True),
    Row("a minus sign", "Det gjelder Amir\u2212Rahimi fra Ghazni.", True),
    Row("two bars", "Det gjelder Amir||Rahimi fra Ghazni.", True),
    Row("a space on one side only", "Det gjelder Amir //Rahimi fra Ghazni.", True),
    Row("a small em dash", "Det gjelder Amir\ufe58Rahimi fra Ghazni.", True),
    Row("a double oblique hyphen", "Det gjelder Amir\u2e17Rahimi fra Ghazni.", True),
    Row("in capitals", "Det gjelder AMIR//RAHIMI fra Ghazni.", True),
    Row("in capitals, a hyphen", "Det gjelder AMIR-RAHIMI fra Ghazni.", True),
    Row("in capitals, an ampersand", "Det gjelder AMIR & RAHIMI fra Ghazni.", True),
    Row("in small letters", "Det gjelder amir//rahimi fra Ghazni.", True),
    Row("in small letters, an ampersand", "Det gjelder amir & rahimi fra Ghazni.", True),
    # near misses
    Row("two places", "Ruten gikk Kabul//Herat og videre.", False),
    Row("two provinces by a fraction slash", "Konflikten i Ghazni\u2044Wardak fortsatte.", False),
    Row("two languages", "Tolken snakket Dari & Pashto.", False),
    Row("a department's word and an organisation", "Kilder: Landinfo & Amnesty.", False),
    Row("a unit and a place", "Saken gikk fra Utlendingsnemnda + Oslo.", False),
    Row("two countries", "Grensen Iran // Afghanistan var stengt.", False),
    Row("a given name and a word", "Det gjelder Maria & Co i saken.", False),
    Row("an organisation's pair of words", "Human Rights Watch & Amnesty International.", False),
    Row("a clan's lineage", "Han tilhører Darod//Majeerteen.", False),
    Row("acronyms joined", "Samarbeidet UDI/UNE//POD & IMDi ble evaluert.", False),
    Row("a given name in capitals and a place", "Det gjelder MARIA/KABUL-saken.", False),
    Row("words in small letters", "Vurder om søker og/eller klager har rett.", False),
    Row("an acronym joined by a hyphen", "NATO-OPERASJONEN i Kabul ble avsluttet.", False),
]  # fmt: skip

DOTTED = [
    Row("a bullet operator", "Det gjelder Amir\u2219Rahimi fra Ghazni.", True),
    Row("a bullet", "Det gjelder Amir\u2022Rahimi fra Ghazni.", True),
    Row("a dot operator", "Det gjelder Amir\u22c5Rahimi fra Ghazni.", True),
    Row("the Greek ano teleia", "Det gjelder Amir\u0387Rahimi fra Ghazni.", True),
    Row("a runic separator", "Det gjelder Amir\u16ebRahimi fra Ghazni.", True),
    Row("two full stops", "Det gjelder Amir..Rahimi fra Ghazni.", True),
    Row("a middle dot inside the words", "Det gjelder Am\u00b7ir Ra\u00b7himi fra Ghazni.", True),
    Row("every letter dotted",
        "Det gjelder A\u00b7m\u00b7i\u00b7r R\u00b7a\u00b7h\u00b7i\u00b7m\u00b7i.", True),
    Row("capitals, every letter dotted",
        "Det gjelder A\u00b7M\u00b7I\u00b7R R\u00b7A\u00b7H\u00b7I\u00b7M\u00b7I.", True),
    Row("every letter underscored", "Det gjelder A_m_i_r R_a_h_i_m_i fra Ghazni.", True),
    # near misses
    Row("a bullet between headings", "Vedtak \u2022 Klage \u2022 Oversikt", False),
    Row("a bullet between places", "Kabul \u2022 Herat \u2022 Mazar", False),
    Row("two full stops, then a sentence", "Hun ventet.. Han kom ikke.", False),
    Row("a dotted abbreviation", "Saken gjelder bl.a. m.a.o. reisen.", False),
    Row("a snake-case identifier", "Feltet `case_id` er tomt.", False),
]  # fmt: skip

SET_OFF = [
    Row("the party in commas", "Søkeren, Amir, forklarte at han var redd.", True),
    Row("the party in parentheses", "Klageren (Amir) anførte at vedtaket var feil.", True),
    Row("kin in dashes", "Søkerens bror \u2013 Amir \u2013 ble arrestert.", True),
    Row("kin in commas", "Søkerens søster, Zarmina, ble arrestert.", True),
    Row("kin in parentheses", "Søkerens bror (Amir) ble arrestert.", True),
    Row("the party in em dashes", "Søkeren \u2014 Amir \u2014 forklarte seg.", True),
    Row("the party in brackets", "Søkeren [Amir] forklarte seg.", True),
    Row("the party and a slash", "Søkeren/Amir forklarte seg.", True),
    Row("a witness in parentheses", "Vitnet (Zarmina) forklarte seg.", True),
    Row("kin in commas, a surname", "Søkerens bror, Ahmadzai, ble arrestert.", True),
    # near misses
    Row("a country in parentheses", "Søkeren (Afghanistan) anførte at vedtaket var feil.", False),
    Row("a unit in commas", "Klageren, Utlendingsnemnda og Landinfo var uenige.", False),
    Row("a movement in dashes", "Søkerens bror \u2013 Taliban truet ham \u2013 flyktet.", False),
    Row("a language in parentheses", "Søkeren (Dari) forklarte seg gjennom tolk.", False),
    Row("a language after the interpreter", "Tolken (Somali) ble bestilt.", False),
    Row("a faith in parentheses", "Søkeren (Sunni) forklarte seg om troen.", False),
    Row("an organisation in parentheses", "Vitnet (Røde Kors) bekreftet dette.", False),
    Row("a church in commas", "Søkeren, Den norske kirke og UNHCR uttalte seg.", False),
    Row("a title set off", "Det het, Professor, at saken var ny.", False),
    Row("a sentence after a full stop", "Dette forklarte søkeren. Ahmadi-saken er en annen.",
        False),
    Row("a hospital in parentheses", "Legen (Haukeland) bekreftet skadene.", False),
]  # fmt: skip

SURNAME_ALONE = [
    Row("the applicant", "Søkeren Ahmadi forklarte at han var redd.", True),
    Row("the complainant", "Klager Rahimi anførte at vedtaket var feil.", True),
    Row("the family", "Familien Rahimi flyktet i 2019.", True),
    Row("a witness", "Vitnet Rahimi forklarte seg.", True),
    Row("an interpreter", "Tolken Ahmadzai oversatte.", True),
    Row("a neighbour", "Naboen Stanekzai bekreftet forklaringen.", True),
    Row("the applicant in commas", "Søkeren, Ahmadi, forklarte seg.", True),
    Row("a Slavic surname after the party", "Søkeren Petrov forklarte seg.", True),
    # near misses
    Row("a hospital after a doctor", "Legen Haukeland bekreftet skadene.", False),
    Row("a town after the family, set off", "Familien (Herat) flyttet til Kabul.", False),
    Row("a language after the interpreter", "Tolken Farsi ble ikke brukt.", False),
    Row("a language after the party", "Søkeren Kashmiri var ikke forstått.", False),
    Row("a language in English after the party, set off", "Søkeren (Albanian) svarte.", False),
    Row("a town after the party, set off", "Klageren (Oslo) anførte at vedtaket var feil.",
        False),
    Row("a department's word after a witness", "Vitnet (Landinfo) er ikke navngitt.", False),
    Row("a movement after a soldier", "Soldaten (Taliban) truet ham.", False),
    Row("a country after the party", "Søker Eritrea er et land med plikttjeneste.", False),
    Row("a surname's shape that is a place", "Søkeren Berlin-ruten var stengt.", False),
]  # fmt: skip

TITLE_JOINED = [
    Row("a title's full stop", "Det gjelder Hr.Rahimi fra Ghazni.", True),
    Row("a title's full stop and a hyphen", "Det gjelder Hr.-Rahimi fra Ghazni.", True),
    Row("a title and a hyphen", "Det gjelder herr-Rahimi fra Ghazni.", True),
    Row("Dr. joined", "Det gjelder Dr.Rahimi fra Ghazni.", True),
    Row("Mr. joined", "Det gjelder Mr.Ahmadi fra Ghazni.", True),
    Row("a title and an apostrophe", "Det gjelder fru'Rahimi fra Ghazni.", True),
    Row("a given name and an apostrophe", "Det gjelder Amir'Rahimi fra Ghazni.", True),
    Row("a given name and a typographic apostrophe", "Det gjelder Amir\u2019Rahimi fra Ghazni.",
        True),
    Row("a tab between the words", "Det gjelder Amir\tRahimi fra Ghazni.", True),
    # near misses
    Row("an MRI in capitals", "Søkeren tok MR-Bilder i Kabul.", False),
    Row("a title's abbreviation before a place", "Hr.Kabul er ingen person.", False),
    Row("an apostrophe in a single name", "Søkeren leste Qur'an hver dag.", False),
    Row("a tab before a place", "Det gjelder\tKabul og Herat.", False),
]  # fmt: skip


@pytest.mark.parametrize("row", JOINED, ids=repr)
def test_a_name_joined_by_a_slash_an_ampersand_or_a_plus(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", DOTTED, ids=repr)
def test_a_name_spelled_with_a_middle_dot(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", SET_OFF, ids=repr)
def test_a_given_name_set_off_after_a_word_for_a_person(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", SURNAME_ALONE, ids=repr)
def test_a_surname_alone_after_a_word_for_a_person(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", TITLE_JOINED, ids=repr)
def test_a_name_joined_to_a_title_or_by_an_apostrophe(row: Row) -> None:
    check(row)
