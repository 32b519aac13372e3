"""Name shapes the held-out attack of round 9 got published (issue 17, attack round 9), one table
a class: each shape must be found by both gates (the source and the page the site's Markdown makes
of it), the near misses beside them (options and points spelled with letters, initials, places,
organisations, quotations in other scripts that name no one) must pass both. Every name here is
made up (`Amir Hassan`, `Zarmina Rahimi`, `Олена Ковальчук`); no identity number is used."""

from __future__ import annotations

from pathlib import Path

import pytest

from gaterows import Row, check
from praksisbank.core.content.documents import read_text

SPELLED = [
    Row("letters and commas", "Navnet stavet: A, m, i, r H, a, s, s, a, n.", True),
    Row("letters and slashes", "Navnet stavet: A/m/i/r H/a/s/s/a/n.", True),
    Row("letters and en dashes",
        "Navnet stavet: A\u2013m\u2013i\u2013r H\u2013a\u2013s\u2013s\u2013a\u2013n.", True),
    Row("letters and plus signs set off", "Navnet stavet: A + m + i + r, H + a + s + s + a + n.",
        True),
    Row("letters and semicolons, no gap between the words",
        "Navnet stavet: A; m; i; r; H; a; s; s; a; n.", True),
    Row("letters and hyphens set off", "Navnet: A - m - i - r R - a - h - i - m - i.", True),
    Row("letters and bars", "Navnet: Z|a|r|m|i|n|a R|a|h|i|m|i.", True),
    Row("one letter a list item", "Navnet, en bokstav per linje:\n\n- A\n- m\n- i\n- r\n\n"
        "- H\n- a\n- s\n- s\n- a\n- n", True),
    Row("one letter a numbered item", "Navnet:\n\n1. A\n2. m\n3. i\n4. r\n5. H\n6. a\n7. s\n"
        "8. s\n9. a\n10. n", True),
    Row("one letter a table row", "| Bokstav |\n|---|\n| A |\n| m |\n| i |\n| r |\n| H |\n"
        "| a |\n| s |\n| s |\n| a |\n| n |", True),
    Row("letters and commas, no spaces", "Navnet stavet: A,m,i,r H,a,s,s,a,n.", True),
    Row("letters and full stops", "Navnet stavet: A. m. i. r. H. a. s. s. a. n.", True),
    Row("letters and colons", "Navnet stavet: A:m:i:r H:a:s:s:a:n.", True),
    Row("letters and full-width commas", "Navnet stavet: A\uff0cm\uff0ci\uff0cr H\uff0ca\uff0cs"
        "\uff0cs\uff0ca\uff0cn.", True),
    Row("one letter a loose list item", "Navnet:\n\n- A\n\n- m\n\n- i\n\n- r\n\n- H\n\n- a"
        "\n\n- s\n\n- s\n\n- a\n\n- n\n", True),
    Row("one letter a paragraph", "Navnet:\n\nA\n\nm\n\ni\n\nr\n\nH\n\na\n\ns\n\ns\n\na"
        "\n\nn\n", True),
    # near misses
    Row("options a, b, c", "Velg ett av alternativene a, b, c eller d.", False),
    Row("points in parentheses", "Se punktene (a), (b) og (c) i vedlegget.", False),
    Row("initials in a citation", "Dommen i Rt. 2015 s. 12 (A, B og C) gjelder ikke.", False),
    Row("a company form", "Selskapet A/S ble stiftet i Kabul.", False),
    Row("categories by slashes", "Kategori A/B/C er mulige utfall.", False),
    Row("an abbreviation spelled out", "Forkortelsen F/N/U og E/U brukes i notatet.", False),
    Row("answers by letters", "Svarene var j, n, j, j på skjemaet.", False),
    Row("a place spelled", "Byen stavet: K, a, b, u, l.", False),
    Row("a list of options", "Alternativer:\n\n- a\n- b\n- c\n", False),
    Row("initials of an author", "Forfatteren J. R. R. Tolkien er kjent.", False),
    Row("abbreviations and points", "Se f. eks. punkt a. b. og c. i vedlegget.", False),
    Row("times and a ratio", "Klokken 10:30 kom de, og forholdet a:b:c var 1:2:3.", False),
    Row("answers a paragraph each", "Svar:\n\nA\n\nB\n\nC\n", False),
    Row("options a loose list item each", "Alternativer:\n\n- a\n\n- b\n\n- c\n", False),
    Row("a table of grades", "| Karakter |\n|---|\n| A |\n| B |\n| C |\n| D |", False),
]  # fmt: skip


CYRILLIC = [
    Row("surname, given name, patronymic (Russian)", "Vitnet Иванов Иван Иванович forklarte seg.",
        True),
    Row("a surname in capitals first", "Vitnet КОВАЛЬЧУК Олена forklarte seg.", True),
    Row("a surname and two initials", "Vitnet Ковальчук О. П. forklarte seg.", True),
    Row("a surname and initials without spaces", "Vitnet Ковальчук О.П. forklarte seg.", True),
    Row("two initials and a surname", "Vitnet О. П. Ковальчук forklarte seg.", True),
    Row("surname, given name, patronymic (Ukrainian)",
        "Vitnet Ковальчук Олена Петрівна forklarte seg.", True),
    Row("a surname first and a given name", "Vitnet Петров Сергей forklarte seg.", True),
    Row("a given name and a surname in capitals", "Vitnet Олена КОВАЛЬЧУК forklarte seg.", True),
    Row("everything in capitals", "Vitnet ІВАНОВ ІВАН ІВАНОВИЧ forklarte seg.", True),
    Row("a given name and a patronymic", "Vitnet Мария Ивановна forklarte seg.", True),
    Row("a given name and a short patronymic", "Vitnet Никита Ильич forklarte seg.", True),
    # near misses
    Row("a parliament", "Parlamentet heter Верховна Рада України på ukrainsk.", False),
    Row("a slogan", "Slagordet «Слава Україні» ble brukt.", False),
    Row("an army", "Hæren heter Збройні Сили України.", False),
    Row("a service and its abbreviation", "Tjenesten Служба безпеки України (СБУ) er nevnt.",
        False),
    Row("cities", "Byene Київ, Харків og Одеса ble angrepet.", False),
    Row("a law", "Loven heter Кримінальний кодекс України.", False),
    Row("a party", "Partiet Єдина Росія vant valget.", False),
    Row("a church", "Kirken Православна Церква України er nevnt.", False),
    Row("an abbreviation and a country", "Rapporten fra ОБСЄ Україна ble lest.", False),
    Row("a street named after a poet", "Gaten heter вулиця Шевченка i Kyiv.", False),
]  # fmt: skip

MIXED_SCRIPTS = [
    Row("an Arabic given name, a Latin given name", "Søkeren محمد Hassan forklarte seg.", True),
    Row("an Arabic given name, a Latin surname", "Søkeren محمد Rahimi forklarte seg.", True),
    Row("a Persian given name, a Latin surname", "Søkeren زهرا Ahmadi forklarte seg.", True),
    Row("an Arabic given name with vowel marks", "Søkeren مُحَمَّد Rahimi forklarte seg.", True),
    Row("a Ge'ez given name, a Latin surname", "Søkeren ተስፋይ Gebremedhin forklarte seg.", True),
    Row("a Cyrillic given name, a Latin surname", "Vitnet Олена Kovalchuk forklarte seg.", True),
    Row("an Armenian given name, a Latin surname", "Søkeren Զարուհի Hakobyan forklarte seg.",
        True),
    # near misses
    Row("a term and its spelling", "Begrepet شريعة Sharia brukes i rapporten.", False),
    Row("a movement and its spelling", "Gruppen طالبان Taliban kontrollerer området.", False),
    Row("a language and its name", "Tolken oversatte fra دری Dari.", False),
    Row("a faith and its name", "Han regnes som سنی Sunni.", False),
    Row("a party's first word", "Organisasjonen حزب Hizb ut-Tahrir er nevnt.", False),
    Row("a city and its name", "Byen کابل Kabul ligger i Afghanistan.", False),
    Row("a word of faith", "Ordet الله Allah står i teksten.", False),
    Row("a people and its name", "Landinfo skriver om هزاره Hazara.", False),
    Row("a Cyrillic city and its name", "Byen Москва Moskva er stor.", False),
    Row("a Cyrillic word before a country", "Radio Свобода Ukraina meldte.", False),
]  # fmt: skip


ANNOTATED = [
    Row("an annotation after the given name",
        "Søkeren \ufff9Amir\ufffaX\ufffb Hassan forklarte seg.", True),
    Row("an empty annotation", "Søkeren \ufff9Amir\ufffa\ufffb Hassan forklarte seg.", True),
    Row("an annotation inside the given name", "Søkeren A\ufffax\ufffbmir Hassan forklarte seg.",
        True),
    Row("annotation characters as hexadecimal references",
        "Søkeren &#xfff9;Amir&#xfffa;X&#xfffb; Hassan forklarte seg.", True),
    Row("annotation characters as decimal references",
        "Søkeren &#65529;Amir&#65530;X&#65531; Hassan forklarte seg.", True),
    # near misses
    Row("a dash and an ampersand as references", "Prisen &amp; kvaliteten, 5 &#x2013; 6.", False),
    Row("an annotation on a place", "Ruten gikk via \ufff9Kabul\ufffaK\ufffb og Herat.", False),
]  # fmt: skip


@pytest.mark.parametrize("row", SPELLED, ids=repr)
def test_a_name_spelled_letter_by_letter(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", CYRILLIC, ids=repr)
def test_a_cyrillic_name_surname_first_in_capitals_or_with_initials(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", MIXED_SCRIPTS, ids=repr)
def test_a_given_name_in_another_script_then_a_latin_surname(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", ANNOTATED, ids=repr)
def test_an_interlinear_annotation_inside_a_name(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("character", ["\ufff9", "\ufffa", "\ufffb"])
def test_a_file_with_an_interlinear_annotation_character_is_refused(
    tmp_path: Path, character: str
) -> None:
    path = tmp_path / "vedtak.md"
    path.write_text(f"---\ntitle: x\n---\nSøkeren {character}Amir forklarte seg.\n", "utf-8")
    text, problems = read_text(path, "vedtak.md")
    assert text is None
    assert [(p.code, p.line, p.column) for p in problems] == [("file-encoding", 4, 9)]
    assert f"U+{ord(character):04X}" in problems[0].message
    assert "interlineær merknad" in problems[0].message
