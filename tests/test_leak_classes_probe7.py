"""Evasions of attack round 7's rules that a probe found once they were merged (stop 22): the
smallest change to an input the new rules caught that got it through again. One table a class,
each with its near misses. Identity numbers are generated in the test
(``helpers.identity_number``); names and dates are made up; the phone number is a made-up
Norwegian mobile shape."""

from __future__ import annotations

import pytest

from gaterows import Row, check, rendered_findings
from helpers import identity_number

NUMBER = identity_number("170392")

BIRTH_IN_BRACKETS = [
    Row("parentheses", "Søkeren er født (17. mars 1992).", True),
    Row("guillemets", "Søkeren er født «17. mars 1992».", True),
    Row("square brackets", "Søkeren er født [17. mars 1992].", True),
    Row("straight quotes", 'Søkeren er født "17. mars 1992".', True),
    Row(
        "a place in parentheses and a year", "Søkeren ble født i Kabul (Afghanistan) i 1992.", False
    ),
    Row("a year and a reference", "Fra 1990 (jf. rapporten) ble praksis endret.", False),
]

GREEK_KERAIA = [
    Row("apostrophe for the keraia", "Søkeren er født ιζ'.γ'.͵αϡϙβ'.", True),
    Row("tonos for the keraia", "Søkeren er født ιζ΄.γ΄.͵αϡϙβ΄.", True),
    Row("a Greek law reference", "Lov ΦΕΚ Αʹ 169/1.11.2019 regulerer asyl i Hellas.", False),
]

EN_DASH = [
    Row("given name and surname", "Søkeren Amir–Rahimi forklarte seg.", True),
    Row("two places", "Ruten Oslo–Bergen ble brukt.", False),
    Row("a compound of directions", "Nord–Sør-dialogen stoppet i 2019.", False),
]

WORDS = [
    Row("Portuguese four", "Ring quatro zero seis um dois três quatro cinco.", True),
    Row("one Portuguese word", "Hun hadde quatro irmãos, sa hun.", False),
]


@pytest.mark.parametrize("row", BIRTH_IN_BRACKETS, ids=repr)
def test_a_date_of_birth_in_brackets_or_quotes(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", GREEK_KERAIA, ids=repr)
def test_greek_numerals_with_the_keraia_as_typed(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", EN_DASH, ids=repr)
def test_names_joined_by_an_en_dash(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", WORDS, ids=repr)
def test_portuguese_number_words(row: Row) -> None:
    check(row)


@pytest.mark.parametrize(
    "item", ["- {},", "- ({})", "- {};"], ids=["comma", "parentheses", "semicolon"]
)
def test_an_identity_number_one_digit_an_item_with_punctuation(item: str) -> None:
    body = "Personnummer:\n\n" + "\n".join(item.format(d) for d in NUMBER) + "\n"
    assert rendered_findings(body)


def test_a_list_of_counts_with_commas_is_no_number() -> None:
    body = "Antall saker per år:\n\n" + "\n".join(f"- {n}," for n in (12, 40, 7, 3)) + "\n"
    assert rendered_findings(body) == []


@pytest.mark.parametrize("dot", ["\u1427", "\ua78f"], ids=["syllabics dot", "sinological dot"])
def test_dot_lookalikes_between_digits(dot: str) -> None:
    assert rendered_findings("Personnummer: " + dot.join(NUMBER))


BLOCK_WITH_COMMA = [
    Row("a name ending in a comma over its surname", "**Amir,**\n\nHassan forklarte seg.\n", True),
    Row("a place ending in a comma over places", "### Oslo,\n\nBergen og Trondheim.\n", False),
    Row("a given name over a noun", "**Amir,**\n\nBydelen er stor.\n", False),
]


@pytest.mark.parametrize("row", BLOCK_WITH_COMMA, ids=repr)
def test_a_block_that_ends_in_a_comma_is_read_with_the_next(row: Row) -> None:
    check(row, source=False)
