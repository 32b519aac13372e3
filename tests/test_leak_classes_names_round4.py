"""Issue 17, attack round 4: the name classes it left open (core/gate/names.py,
confusables.py), one table a class with near-misses that stay allowed. Every name here is made
up; places and organisations are public ones.
"""

from __future__ import annotations

import pytest

from praksisbank.core.gate import confusables, names
from test_leak_classes import NAME, Row, assert_row

# -- 1. cues that say "this is a person"; names not on the list ----------------------------------

CUES = [
    Row("Søkeren Gulpari Stanekzai forklarte seg.", NAME, "Gulpari Stanekzai"),
    Row("Klageren Tarwali Ghorbandi møtte ikke.", NAME, "Tarwali Ghorbandi"),
    Row("Søker: Zarwand Khostzai.", NAME, "Zarwand Khostzai"),
    Row("Klager: Nargul Pashtunzada, født 1992.", NAME, "Nargul Pashtunzada"),
    Row("| Søker |\n|---|\n| Zarwand Khostzai |", NAME, "Zarwand Khostzai"),
    Row('!!! note "Nargul Pashtunzada"\n    Søkeren forklarte seg.', NAME, "Nargul Pashtunzada"),
    Row("Hele familien Wardak flyktet i 2021.", NAME, "Wardak"),
    Row("Wardak-familien flyktet i 2021.", NAME, "Wardak-familien"),
    Row("Brødrene Khostai arbeidet for NATO.", NAME, "Khostai"),
    Row("Enken etter Stanekzai ble truet.", NAME, "Stanekzai"),
    Row("Onkelen Ghorbandi truet ham.", NAME, "Ghorbandi"),
    Row("Søkeren er gift med Rahimis datter.", NAME, "Rahimis datter"),
    Row("Brevet var undertegnet Tarwali S.", NAME, "Tarwali S."),
    Row("Søkeren skriver seg Ghebremariam.", NAME, "Ghebremariam"),
    Row("Søkeren oppga navnet sitt som Stanekzai.", NAME, "Stanekzai"),
    Row("Søkerens sønn Amir (7) går på skolen i Bergen.", NAME, "Amir"),
    Row("Fullmakten var signert av Wagma N.", NAME, "Wagma N."),
    # not on the list, mid-sentence, a surname's shape
    Row("Brevet nevnte Tarwali Ghorbandi som vitne.", NAME, "Tarwali Ghorbandi"),
    Row("Vi snakket med Nargul Pashtunzada i går.", NAME, "Nargul Pashtunzada"),
]
CUES_ALLOWED = [
    Row("Søker: Mann, 32 år, fra Kabul.", None),
    Row("Søkeren Afghanistan-saken gjelder", None),
    Row("Familien bodde i Kabul. Broren kom fra Herat.", None),
    Row("Søkeren tilhører Darod-klanen, underklanen Marehan.", None),
    Row("Han tilhørte Hezb-e Islami. Jamiat Islami var også aktiv.", None),
    Row("Søkeren bodde i Dasht-e Barchi i Kabul.", None),
    Row("Guds sønn er et begrep i kristendommen.", None),
    Row("Guds sønn Jesus er omtalt i Bibelen.", None),
    Row("Søkeren har en sønn. Han er syk.", None),
    Row("Han arbeidet ved Hamid Karzai International Airport.", None),
    Row("Han studerte ved Balkh University i Mazar.", None),
]

# -- 2. initials, cut-short given names, spelled letters, leetspeak --------------------------------

LETTERS = [
    Row("Søkeren A Hassan forklarte seg.", NAME, "A Hassan"),
    Row("Søkeren Mohd. Hassan forklarte seg.", NAME, "Mohd. Hassan"),
    Row("Søkeren A.m.i.r H.a.s.s.a.n forklarte seg.", NAME, "A.m.i.r H.a.s.s.a.n"),
    Row("Søkeren A-m-i-r H-a-s-s-a-n forklarte seg.", NAME, "A-m-i-r H-a-s-s-a-n"),
    Row("Søkeren Am1r H4ssan forklarte seg.", NAME, "Am1r H4ssan"),
    Row("Vitnet F4t1ma Rahimi møtte.", NAME, "F4t1ma Rahimi"),
]
LETTERS_ALLOWED = [
    Row("Jf. Rahimi-saken og f.eks. m.a.o. U.S.A. og I Kabul.", None),
    Row("Covid-19, A4-ark, Mp3, B12-vitamin og H2O.", None),
    Row("Det følger av bokstav A Søkeren kom alene.", None),
    Row("Se kap. 3 og nr. 4 om t.o.m. 2024.", None),
]

# -- 3. small letters and slugs -------------------------------------------------------------------

SMALL = [
    Row("Søkeren amir hassan forklarte seg.", NAME, "amir hassan"),
    Row("gulpari stanekzai", NAME, "gulpari stanekzai"),
    Row("decision_bank/afg/2024-zarghuna-wardak.md", NAME, "zarghuna-wardak"),
    Row("decision_bank/afg/amir-hassan-1992.md", NAME, "amir-hassan"),
    Row("decision_bank/afg/2023_hamid_karimi.md", NAME, "hamid_karimi"),
    Row("## Bakgrunn {#amir-hassan}", NAME, "amir-hassan"),
    Row("Se [kilden](https://nyheter.example/sak/zarghuna-wardak-drept).", NAME, "zarghuna-wardak"),
]
SMALL_ALLOWED = [
    Row("decision_bank/afg/2024-017-enslig-kvinne-kabul.md", None),
    Row("## Vurdering {#vurdering-av-risiko}", None),
    Row("Se [notatet](https://landinfo.example/afghanistan-situasjonen-2024).", None),
    Row("søkeren kom med per og broren.", None),
]

# -- 4. scripts -----------------------------------------------------------------------------------

SCRIPTS = [
    Row("Søkeren Αμίρ Χασάν forklarte seg.", NAME, "Αμίρ Χασάν"),
    Row("Søkeren မောင်မောင် ထွန်း forklarte seg.", NAME, "မောင်မောင် ထွန်း"),
    Row("Søkeren කමල් පෙරේරා forklarte seg.", NAME, "කමල් පෙරේරා"),
    Row("Søkeren ܐܡܝܪ ܚܣܢ forklarte seg.", NAME, "ܐܡܝܪ ܚܣܢ"),
    Row("Søkeren ⴰⵎⵉⵔ ⵃⴰⵙⴰⵏ forklarte seg.", NAME, "ⴰⵎⵉⵔ ⵃⴰⵙⴰⵏ"),
    Row("Søkeren 王小明 forklarte seg.", NAME, "王小明"),
    Row("Søkeren 김민수 forklarte seg.", NAME, "김민수"),
]
SCRIPTS_ALLOWED = [
    Row("β-blokker og α er greske bokstaver; Δ er delta.", None),
    Row("Formelen bruker λ og μ.", None),
]

# -- 5. letters with no Latin name and no decomposition -------------------------------------------

LOOKALIKES = [
    Row("Søkeren ꓮꓟꓲꓣ ꓧꓮꓢꓢꓮꓠ forklarte seg.", NAME, "ꓮꓟꓲꓣ ꓧꓮꓢꓢꓮꓠ"),
    Row("Søkeren ᎪᎷᏆᏒ ᎻᎪSSᎪN forklarte seg.", NAME, "ᎪᎷᏆᏒ ᎻᎪSSᎪN"),
    Row("Søkeren Amir Ⲏassan forklarte seg.", NAME, "Amir Ⲏassan"),
    Row("Søkeren Amir Hɑssɑn forklarte seg.", NAME, "Amir Hɑssɑn"),
    Row("Søkeren uɐssɐH ɹᴉɯ∀ forklarte seg.", NAME, "uɐssɐH ɹᴉɯ∀"),
    Row("Søkeren ıɯıɥɐᴚ ɐɯıʇɐℲ møtte.", NAME, "ıɯıɥɐᴚ ɐɯıʇɐℲ"),
    Row("Søkeren ꓝꓮꓔꓲꓟꓮ ꓣꓮꓧꓲꓟꓲ møtte.", NAME, "ꓝꓮꓔꓲꓟꓮ ꓣꓮꓧꓲꓟꓲ"),
    Row("Søkeren 𝐀𝐦𝐢𝐫 𝐇𝐚𝐬𝐬𝐚𝐧 møtte.", NAME, "𝐀𝐦𝐢𝐫 𝐇𝐚𝐬𝐬𝐚𝐧"),
]
LOOKALIKES_ALLOWED = [
    Row("Arealet er 3 × 4 meter.", None),
    Row("Lydskrift: [ɑː] og [ə] i ordet.", None),
]


@pytest.mark.parametrize(
    "row",
    CUES
    + CUES_ALLOWED
    + LETTERS
    + LETTERS_ALLOWED
    + SMALL
    + SMALL_ALLOWED
    + SCRIPTS
    + SCRIPTS_ALLOWED
    + LOOKALIKES
    + LOOKALIKES_ALLOWED,
    ids=repr,
)
def test_round_four_name_classes(row: Row) -> None:
    assert_row(row)


def test_the_confusables_data_reads_lookalikes_as_latin_letters() -> None:
    table = confusables.lookalike_letters()
    assert "ꓮᎪⲎ".translate(table) == "AAH"
    assert confusables.upright("uɐssɐH") == "Hassan"
    assert confusables.capital_i("AMlR") == "AMIR"


def test_a_slug_name_is_masked_by_its_initials() -> None:
    [(_, _, what, shown, _)] = names.find("decision_bank/afg/2024-amir-hassan.md")
    assert (what, shown) == (NAME, "a… h…")
