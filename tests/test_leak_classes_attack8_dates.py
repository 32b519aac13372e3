"""Issue 17, attack round 8: dates of birth, one table a class, each with its near misses
(legal citations, case-law and report dates, ages of children in general terms, statistics):

1. a birth word far from its date, a clause or a parenthesis between (``født i Herat, en større
   by …, og det var 17.03.1992``): ``personaldata._sentence_births`` reads the sentence;
2. dates written the Chinese, Korean or Japanese way (``1992年3月17日``, ``1992년 3월 17일생``,
   ``平成4年3月17日``): ``personaldata._cjk_births``;
3. foreign birth words, months and ordinal marks (``nacido el``, ``17 Mart``, ``17-ci mart``,
   ``17º de marzo``);
4. an age reached and the whole date it was reached on (``fylte 18 år 17.03.2010``);
5. finding G: a generated list (the change list, a review page) puts one item's text before the
   next item's date; the reading of a sentence stops at a line and a cell, so an age in one item
   never makes another item's date a date of birth, and the contributor's own file is named.

Nothing here is real: the dates are made up, and no identity number is used.
"""

from __future__ import annotations

import pytest

from gaterows import Row, check, page_findings, source_findings
from helpers import TODAY, Project, decision
from praksisbank.core.content.loader import Layout, load

BIRTH = "en fødselsdato"

# -- 1. a birth word far from its date ---------------------------------------------------------

FAR = [
    Row(
        "a clause between",
        "Søkeren er født i Herat, en større by vest i landet der familien hans hadde bodd lenge "
        "før krigen, og det var 17.03.1992.",
        True,
    ),
    Row(
        "the birth word in a parenthesis",
        "Søkeren (som ifølge tazkiraen og passet som ble fremlagt for politiet er født) oppga "
        "1992-03-17.",
        True,
    ),
    Row(
        "a long inserted clause",
        "Han er født, slik det går fram av tazkiraen som ble lagt fram i intervjuet i fjor høst, "
        "den 17.03.1992.",
        True,
    ),
    Row("the year said twice", "Hun er født i Herat i 1992, nærmere bestemt 17.03.1992.", True),
    # the probe after round 8: an abbreviation's full stop ends no sentence
    Row("after jf.", "Søkeren er født i Herat, jf. tazkira 17.03.1992.", True),
    Row("after dvs.", "Søkeren er født i Herat (dvs. vest) den 17.03.1992.", True),
    Row("after bl.a.", "Søkeren er født i Herat (bl.a. ifølge tazkiraen) den 17.03.1992.", True),
    Row("jf. and a report", "Han er født i Ghazni, jf. temanotat 12.05.2022.", False),
    # near misses: the date dates another event, or the birth is dated by its year
    Row("a year, then an arrival", "Han er født i 1990 og kom til Norge 17. mars 2015.", False),
    Row(
        "the event after the date",
        "Søkeren er født og oppvokst i Kabul, og 17.03.2016 kom han til Norge.",
        False,
    ),
    Row(
        "a period from the date",
        "Han er født i Kabul, men familien bodde i Iran fra 17.03.2001.",
        False,
    ),
    Row("a move", "Han er født i Kabul, og familien flyttet til Iran 17.03.2001.", False),
    Row(
        "a document's issue",
        "Han er født i Kabul ifølge tazkiraen, som ble utstedt 17.03.2016.",
        False,
    ),
    Row("a decision's date", "Barnet er født i Norge, og saken ble behandlet 17.03.2016.", False),
    Row(
        "the next sentence",
        "Søkeren er født i Herat. Familien kom til Norge 17.03.2016.",
        False,
    ),
    Row(
        "a report's date",
        "Landinfo omtaler fødselsregistrering i temanotatet fra 14. mars 2023, s. 12.",
        False,
    ),
    # the probe after round 8: a date of its own (a source, a law, an event) after «født i <sted>»
    Row("a source", "Hun er født i Herat (se UNHCR, 30. august 2022) og er hazara.", False),
    Row("a report", "Født i Iran, men afghansk borger; Landinfo 14.06.2023.", False),
    Row("a law", "Søkeren er født utenfor ekteskap; lov 7. juni 1990 nr. 12 gjelder.", False),
    Row("an event", "Han er født i Mazar-e Sharif, og Mazar falt 14. august 2021.", False),
    Row(
        "an event with «var»", "Han er født i Dasht-e Barchi, der angrepet var 8. mai 2021.", False
    ),
    Row("a case step", "Født og oppvokst i Herat; utreise 17. mars 2019.", False),
    Row("a note's footer", "Gjelder søkere født i Afghanistan; sist revidert 1. mars 2024.", False),
    Row("an example", "Spør om søkeren er født i Iran (for eksempel 3. mars 2024).", False),
    Row(
        "a slug, then the build's date",
        "Sjekk gjeldende versjon: https://praksis.example/jenter-fodt-utenfor-somalia/ "
        "Bygget 21. november 2026",
        False,
    ),
]


@pytest.mark.parametrize("row", FAR, ids=repr)
def test_a_birth_word_reads_its_sentence_to_the_end(row: Row) -> None:
    check(row)
    if row.found:
        assert BIRTH in source_findings(row.body)


# -- 2. East Asian dates -----------------------------------------------------------------------

EAST_ASIAN = [
    Row("a Chinese date after født", "Søkeren er født 1992年3月17日 i Kabul.", True),
    Row("a Korean date with «born»", "Søkeren oppga 1992년 3월 17일생.", True),
    Row("a Japanese era year", "Søkeren er født 平成4年3月17日.", True),
    Row("a title", "Søker født 1992年3月17日", True),
    Row("a Chinese birth word", "Dokumentet: 出生日期 1992年3月17日.", True),
    # near misses: a date without a birth word, a date that is none
    Row("a report's date", "Rapporten er datert 2023年3月17日.", False),
    Row("a Korean meeting date", "Møtet ble holdt 2024년 3월 17일.", False),
    Row("no such day", "Søkeren er født 1992年2月30日.", False),
]


@pytest.mark.parametrize("row", EAST_ASIAN, ids=repr)
def test_an_east_asian_date_of_birth_is_found(row: Row) -> None:
    check(row)


# -- 3. foreign birth words, months and ordinal marks --------------------------------------------

FOREIGN = [
    Row("Spanish nacido", "Dokumentet sier: nacido el 17 de marzo de 1992.", True),
    Row("Spanish nació", "Han nació el 17 de marzo de 1992 en Kabul.", True),
    Row("a Turkish month", "Kimlikte: doğum tarihi 17 Mart 1992.", True),
    Row("another Turkish month", "Doğum tarihi: 3 Ağustos 1990.", True),
    Row("an Azerbaijani ordinal", "Søkeren er født 17-ci mart 1992.", True),
    Row("a Turkish ordinal", "Søkeren er født 17'nci Mart 1992.", True),
    Row("the ordinal mark º", "Søkeren er født 17º de marzo de 1992.", True),
    Row("the ordinal mark ª", "Søkeren er født 17ª de marzo de 1992.", True),
    # near misses: a month name without a birth word, a Spanish word with no date
    Row("a Turkish month alone", "I Mart 2019 kom han til Hellas.", False),
    Row("nacido without a date", "Ordet «nacido» betyr født.", False),
    Row("an organisation founded", "NATO, grunnlagt 4. april 1949, har 32 medlemmer.", False),
    Row("a number sign", "Se vedlegg nº 5 fra 17. mars 2023.", False),
]


@pytest.mark.parametrize("row", FOREIGN, ids=repr)
def test_a_foreign_birth_word_month_or_ordinal_is_read(row: Row) -> None:
    check(row)


# -- 4. an age reached and its date ------------------------------------------------------------

AGES = [
    Row("fylte 18 år and the date", "Søkeren fylte 18 år 17.03.2010.", True),
    Row("ble 32 år den", "Søkeren hadde bursdag og ble 32 år den 17.03.2024.", True),
    Row("a month in words", "Hun ble 32 år gammel den 17. mars 2024.", True),
    # near misses: an age on a day, an age and a year, ages in general terms, statistics
    Row("an age on a day", "Han var 17 år 17.03.2010 da han kom.", False),
    Row("an age and a year", "Han ble 18 år i 2010.", False),
    Row("a clause between", "Han fylte 18 år, og 17.03.2010 kom han til Norge.", False),
    Row(
        "ages in general terms",
        "Barn under 15 år og enslige mindreårige mellom 15 og 18 år vurderes særskilt.",
        False,
    ),
    Row("children's ages", "Familien har fire barn i alderen 3 til 12 år.", False),
    Row(
        "dates of a case",
        "Søknaden ble registrert 17.03.2024 og intervjuet ble holdt 02.04.2024.",
        False,
    ),
    Row("statistics", "I 2023 fylte 4 576 søkere 18 år; tallene er fra SSB 1. januar 2024.", False),
]


@pytest.mark.parametrize("row", AGES, ids=repr)
def test_an_age_reached_on_a_date_is_a_date_of_birth(row: Row) -> None:
    check(row)


# -- 5. finding G: one item's age, the next item's date ------------------------------------------

_CHANGES = (
    "<table><thead><tr><th>Dato</th><th>Dokument</th><th>Endring</th></tr></thead><tbody>"
    "<tr><td>1. januar 2025</td><td>Vedtak A</td><td>{first}</td></tr>"
    "<tr><td>4. november 2024</td><td>Vedtak B</td><td>Ny praksis.</td></tr>"
    "</tbody></table>"
)
_ITEMS = "<ul><li>{first}</li><li>4. november 2024: ny praksis for enslige kvinner.</li></ul>"


@pytest.mark.parametrize(
    "first",
    [
        "Søkeren fylte 18 år.",
        "Søkeren fylte 18 år",
        "Han ble 32 år i fjor.",
        "Bursdagen var i mai.",
    ],
)
@pytest.mark.parametrize("layout", [_CHANGES, _ITEMS], ids=["table", "list"])
def test_a_generated_list_never_joins_one_items_age_with_the_next_items_date(
    first: str, layout: str
) -> None:
    page = "<html><body><h1>Siste endringer</h1>" + layout.format(first=first) + "</body></html>"
    assert page_findings(page) == []


def test_one_sentence_of_an_age_and_the_next_date_is_no_date_of_birth() -> None:
    # the smallest reproducer of finding G: the status reason ends with a year, then the next
    # change's date follows in the same line of text
    assert source_findings("Søkeren fylte 18 år. Endret 4. november 2024.") == []
    assert source_findings("Søkeren fylte 18 år 17.03.2010. Endret 4. november 2024.") == [BIRTH]


def test_the_contributors_own_file_is_named_at_its_line(project: Project) -> None:
    text = decision(
        "VB-AFG-2024-009",
        extra='status: outdated\nstatus_reason: "Søkeren fylte 18 år 17.03.2010."\n'
        "status_date: 2025-01-01\n",
    )
    project.write("decision_bank/afg/2024-alder.md", text)
    result = load(Layout.default(project.root), TODAY)
    line = text[: text.index("status_reason")].count("\n") + 1
    births = [p for p in result.problems if "fødselsdato" in p.message]
    assert births, result.problems
    assert {(p.file, p.line) for p in births} == {("decision_bank/afg/2024-alder.md", line)}
    assert not any("17.03.2010" in p.message for p in result.problems)
