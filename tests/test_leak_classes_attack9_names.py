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
    Row("a table of grades", "| Karakter |\n|---|\n| A |\n| B |\n| C |\n| D |", False),
]  # fmt: skip


ANNOTATED = [
    Row("an annotation after the given name",
        "Søkeren \ufff9Amir\ufffaX\ufffb Hassan forklarte seg.", True),
    Row("an empty annotation", "Søkeren \ufff9Amir\ufffa\ufffb Hassan forklarte seg.", True),
    Row("an annotation inside the given name", "Søkeren A\ufffax\ufffbmir Hassan forklarte seg.",
        True),
    # near miss
    Row("an annotation on a place", "Ruten gikk via \ufff9Kabul\ufffaK\ufffb og Herat.", False),
]  # fmt: skip

ANNOTATED_AS_ENTITIES = [
    Row("annotation characters as entities",
        "Søkeren &#xfff9;Amir&#xfffa;X&#xfffb; Hassan forklarte seg.", True),
]  # fmt: skip


@pytest.mark.parametrize("row", SPELLED, ids=repr)
def test_a_name_spelled_letter_by_letter(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", ANNOTATED, ids=repr)
def test_an_interlinear_annotation_inside_a_name(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", ANNOTATED_AS_ENTITIES, ids=repr)
def test_an_annotation_written_as_entities_is_read_on_the_page(row: Row) -> None:
    check(row, source=False)  # the source holds no such character: the page does


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
