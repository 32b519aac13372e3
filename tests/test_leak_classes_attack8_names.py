"""Issue 17, attack round 8 (§2): names the site published, one table a class with its near
misses.

1. a name split over two blocks where the first block is longer than two words, the given name
   last (`Det gjelder Amir` over `Hassan forklarte seg.`): the last words of a block that ends
   without a sentence's punctuation are read with the next block's first line, for a name only
   (``rendered.across_blocks``, join ``tail``);
2. a name split over two rows of a table with more than one column (`| Amir | Herat |` over
   `| Hassan | Kabul |`): each column's cells read top to bottom, for a name only (join
   ``rows``);
3. a name in mixed case (`AMIR hassan`, `aMIR hASSAN`): each word's case folded on its own, then
   the rule for a name in small letters (``names._mixed_case``).

The page gate finds 1 and 2 (the source gate reads a block at a time); both gates find 3. Names
are made up; no identity number is used here.
"""

from __future__ import annotations

import pytest

from gaterows import Row, check

LONGER_BLOCK = [
    Row("three words, the given name last", "Det gjelder Amir\n\nHassan forklarte seg.\n", True),
    Row("a heading of three words", "### Intervju med Amir\n\nHassan forklarte seg.\n", True),
    Row("a comma after the given name", "Det gjelder nå Amir,\n\nHassan forklarte seg.\n",
        True),
    Row("a foreign surname's shape", "Det gjelder Zarmina\n\nAhmadzai forklarte seg.\n", True),
    # near misses
    Row("a sentence ends the block", "Det gjelder Amir.\n\nHassan forklarte seg.\n", False),
    Row("a place after the given name", "Det gjelder Maria\n\nKabul er hovedstaden.\n", False),
    Row("a heading over a paragraph", "## Vurdering av saken\n\nSøkeren forklarte seg.\n", False),
    Row("a heading ending in a place", "## Situasjonen i Herat\n\nHassan forklarte seg.\n", False),
    Row("the next block starts with a word", "Det gjelder Amir\n\nSøkeren forklarte seg.\n",
        False),
    Row("an organisation after the block", "Rapporten fra Amnesty\n\nInternational kom i 2023.\n",
        False),
]  # fmt: skip

WIDE_TABLE = [
    Row("two rows of a wide table", "| Del | Fra |\n|---|---|\n| Amir | Herat |\n"
        "| Hassan | Kabul |\n", True),
    Row("the second column", "| Fra | Del |\n|---|---|\n| Herat | Amir |\n"
        "| Kabul | Hassan |\n", True),
    Row("three rows, the name in the last two", "| Del | Fra |\n|---|---|\n| Søker | Herat |\n"
        "| Amir | Kabul |\n| Hassan | Mazar |\n", True),
    # near misses
    Row("countries over countries", "| Land | Utfall |\n|---|---|\n| Afghanistan | Innvilget |\n"
        "| Eritrea | Avslag |\n", False),
    Row("a given name over a place", "| Del | Antall |\n|---|---|\n| Maria | 3 |\n"
        "| Kabul | 4 |\n", False),
    Row("capitalised headers over units", "| Enhet | Oppgave |\n|---|---|\n"
        "| Landinfo | Landkunnskap |\n| Utlendingsnemnda | Klager |\n", False),
    Row("words of the department under each other", "| Del | Kilde |\n|---|---|\n"
        "| Bakgrunn | Landinfo |\n| Vurdering | Refworld |\n", False),
]  # fmt: skip

MIXED_CASE = [
    Row("capitals then small letters", "Søkeren AMIR hassan forklarte seg.", True),
    Row("inverted case", "Søkeren aMIR hASSAN forklarte seg.", True),
    Row("small then capitals", "Søkeren amir HASSAN forklarte seg.", True),
    Row("capitals then a capitalised word", "Søkeren AMIR Hassan forklarte seg.", True),
    Row("a foreign surname's shape", "Søkeren ZARMINA ahmadzai forklarte seg.", True),
    Row("joined by a hyphen", "Søkeren AMIR-hassan forklarte seg.", True),
    # near misses
    Row("an acronym before a word", "UDI mener at UNHCR skal høres.", False),
    Row("a given name in capitals before a verb", "Søkeren MARIA forklarte seg.", False),
    Row("a given name before a Norwegian word", "Vitnet OMAR sa at han var redd.", False),
    Row("a place in capitals", "Søkeren kom fra KABUL i mars.", False),
    Row("an acronym and a place", "IOM hjalp familien i Herat.", False),
    Row("a given name before a province", "Søkeren AMIR kabul forklarte.", False),
    Row("an acronym joined to a word", "FN-rapporten om NATO-medlemmer ble lest.", False),
    Row("a given name joined to a word", "OMAR-saken ble omtalt i 2019.", False),
]  # fmt: skip


@pytest.mark.parametrize("row", LONGER_BLOCK, ids=repr)
def test_a_name_split_after_a_block_of_more_than_two_words(row: Row) -> None:
    check(row, source=False)


@pytest.mark.parametrize("row", WIDE_TABLE, ids=repr)
def test_a_name_split_over_two_rows_of_a_wide_table(row: Row) -> None:
    check(row, source=False)


@pytest.mark.parametrize("row", MIXED_CASE, ids=repr)
def test_a_name_in_mixed_case(row: Row) -> None:
    check(row)
