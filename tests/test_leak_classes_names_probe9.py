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
]  # fmt: skip

DOTTED = [
    Row("a bullet operator", "Det gjelder Amir\u2219Rahimi fra Ghazni.", True),
    Row("a bullet", "Det gjelder Amir\u2022Rahimi fra Ghazni.", True),
    Row("a dot operator", "Det gjelder Amir\u22c5Rahimi fra Ghazni.", True),
    Row("the Greek ano teleia", "Det gjelder Amir\u0387Rahimi fra Ghazni.", True),
    Row("a runic separator", "Det gjelder Amir\u16ebRahimi fra Ghazni.", True),
    Row("two full stops", "Det gjelder Amir..Rahimi fra Ghazni.", True),
    Row("a middle dot inside the words", "Det gjelder Am\u00b7ir Ra\u00b7himi fra Ghazni.", True),
    Row("every letter dotted", "Det gjelder A\u00b7m\u00b7i\u00b7r R\u00b7a\u00b7h\u00b7i\u00b7m\u00b7i.",
        True),
    Row("every letter underscored", "Det gjelder A_m_i_r R_a_h_i_m_i fra Ghazni.", True),
    # near misses
    Row("a bullet between headings", "Vedtak \u2022 Klage \u2022 Oversikt", False),
    Row("a bullet between places", "Kabul \u2022 Herat \u2022 Mazar", False),
    Row("two full stops, then a sentence", "Hun ventet.. Han kom ikke.", False),
    Row("a dotted abbreviation", "Saken gjelder bl.a. m.a.o. reisen.", False),
    Row("a snake-case identifier", "Feltet `case_id` er tomt.", False),
]  # fmt: skip


@pytest.mark.parametrize("row", JOINED, ids=repr)
def test_a_name_joined_by_a_slash_an_ampersand_or_a_plus(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", DOTTED, ids=repr)
def test_a_name_spelled_with_a_middle_dot(row: Row) -> None:
    check(row)
