"""Issue 17, attack round 7: values split over blocks, names the rules did not see, and the
false stop of a «Navn» column.

1. a name split over two blocks other than a titled one: a block whose whole text is one or two
   capitalised words is read with the next block's first line, a column's header with each cell
   under it (``rendered.across_blocks``); the page gate finds it (the source gate reads a line
   at a time and does not);
2. a column's header or a heading as the keyword of the value under it (a passport number under
   «Passnr.», a birth date under «### Fødselsdato»);
3. an identity number written one digit a block (a list, a one-column table): a run of blocks
   of digits alone read as one number;
4. names the rules did not see: a given name that is also a Norwegian word after a word for a
   person (``Vitnet Sol Bakken``), names joined by ``-`` or ``/``, a given name after
   «heretter»;
5. the false stop: a table with a «Navn» column header, read by the search index as ``Navn
   Rolle``, is no name.

Identity numbers are generated here (``helpers.identity_number``), names and numbers made up.
"""

from __future__ import annotations

import gzip
import json

import pytest

from gaterows import Row, check, rendered_findings, source_findings
from helpers import identity_number
from praksisbank.core.gate import rendered
from praksisbank.core.gate.anonymity import find_personal_data

NAME = "et personnavn"
FNR = identity_number("170392")


# -- 1. a name split over two blocks ---------------------------------------------------------

SPLIT_NAMES = [
    Row("header over cell", "| Amir |\n|---|\n| Hassan |\n", True),
    Row("caption over a table's first header",
        "Tabell: Amir\n\n| Hassan | søker |\n|---|---|\n| x | y |\n", True),
    Row("quote over paragraph", "> Amir\n\nHassan forklarte seg.\n", True),
    Row("paragraph over paragraph", "Amir\n\nHassan forklarte seg.\n", True),
    Row("heading over paragraph", "### Amir\n\nHassan forklarte seg.\n", True),
    Row("list item over paragraph", "- Amir\n\nHassan forklarte seg.\n", True),
    # near misses
    Row("heading over a paragraph", "## Bakgrunn\n\nSøkeren forklarte at han var redd.\n", False),
    Row("two-word heading", "## Rettslig grunnlag\n\nSaken gjelder utl. § 28.\n", False),
    Row("country table", "| Land | Utfall |\n|---|---|\n| Afghanistan | Innvilget |\n"
        "| Eritrea | Avslag |\n", False),
    Row("capitalised headers over units", "| Enhet | Oppgave |\n|---|---|\n"
        "| Landinfo | Landkunnskap |\n", False),
    Row("label over a report", "Kilde:\n\nLandinfo, temanotat 2023.\n", False),
]  # fmt: skip


@pytest.mark.parametrize("row", SPLIT_NAMES, ids=repr)
def test_a_name_split_over_two_blocks_is_found(row: Row) -> None:
    check(row, source=False)
    if row.found:
        assert NAME in rendered_findings(row.body)


# -- 2. a header or a heading as the keyword of the value under it ---------------------------

KEYWORD_HEADERS = [
    Row("passport number under its header", "| Dokument | Passnr. |\n|---|---|\n"
        "| pass | P1234567 |\n", True),
    Row("passport number, role column", "| Rolle | Passnr. |\n|---|---|\n| søker | P1234567 |\n",
        True),
    Row("birth label as a heading", "### Fødselsdato\n\n17.03.1992\n", True),
    Row("birth label as a header", "| Født |\n|---|\n| 17.03.1992 |\n", True),
    # near misses
    Row("decision date under its header", "| Vedtak | Dato |\n|---|---|\n| avslag | 17.03.2024 |\n",
        False),
    Row("case number under its header", "| Sak | Dato |\n|---|---|\n| HR-2019-1234-A | 2019 |\n",
        False),
    Row("report date under a heading", "### Rapportdato\n\n17.03.2023\n", False),
    Row("counts under headers", "| År | Antall |\n|---|---|\n| 2022 | 1 234 |\n", False),
]  # fmt: skip


@pytest.mark.parametrize("row", KEYWORD_HEADERS, ids=repr)
def test_a_header_or_heading_is_the_keyword_of_the_value_under_it(row: Row) -> None:
    check(row, source=False)


# -- 3. an identity number one digit a block -------------------------------------------------

DIGIT_BLOCKS = [
    Row("list of digits after a label", "Personnummer:\n\n" + "".join(f"- {d}\n" for d in FNR),
        True),
    Row("one-column table, a digit a row", "| " + FNR[0] + " |\n|---|\n"
        + "".join(f"| {d} |\n" for d in FNR[1:]), True),
    Row("two groups in two paragraphs", f"Nummeret:\n\n{FNR[:6]}\n\n{FNR[6:]}\n", True),
    # near misses
    Row("a list of years", "Årene:\n\n- 2019\n- 2020\n- 2021\n- 2022\n", False),
    Row("a column of counts", "| Antall |\n|---|\n| 43 |\n| 38 |\n| 37 |\n| 36 |\n", False),
    Row("a numbered list of sections", "Paragrafer:\n\n- 28\n- 32\n- 38\n", False),
]  # fmt: skip


@pytest.mark.parametrize("row", DIGIT_BLOCKS, ids=repr)
def test_an_identity_number_one_digit_a_block_is_found(row: Row) -> None:
    check(row, source=False)


# -- 4. names the rules did not see ----------------------------------------------------------

NAMES = [
    Row("common-noun given name after a person word", "Vitnet Sol Bakken forklarte seg.", True),
    Row("the same, another surname", "Vitnet Sol Hansen forklarte seg.", True),
    Row("interpreter", "Tolken Liv Jensen oversatte.", True),
    Row("two given names joined by a hyphen after a party", "Søkeren Amir-Hassan forklarte seg.",
        True),
    Row("given name and surname joined by a hyphen", "Han møtte Amir-Rahimi i Kabul.", True),
    Row("names joined by a slash", "Søkeren (Amir/Hassan) forklarte seg.", True),
    Row("given name after heretter", "Søkeren, heretter Amir, forklarte seg.", True),
    # near misses
    Row("witness and an organisation", "Vitnet Røde Kors sin rapport.", False),
    Row("a double given name alone", "Notatet er skrevet av Anne-Lise.", False),
    Row("places joined by a slash", "Søkeren bodde i Erbil/Sulaymaniyah.", False),
    Row("places joined by a hyphen", "Han kom fra Mazar-e Sharif.", False),
    Row("an organisation after heretter", "Utlendingsnemnda, heretter Nemnda, mente noe annet.",
        False),
    Row("a role after heretter", "Søkeren, heretter Klageren, anket.", False),
    Row("a verb vitnet", "Han vitnet om forholdene i leiren.", False),
]  # fmt: skip


@pytest.mark.parametrize("row", NAMES, ids=repr)
def test_names_the_rules_did_not_see_are_found(row: Row) -> None:
    if row.found:
        assert NAME in source_findings(row.body)
        assert NAME in rendered_findings(row.body)
    else:
        check(row)


# -- 5. a «Navn» column is ordinary ----------------------------------------------------------

NAME_COLUMNS = [
    Row("navn | rolle over units", "| Navn | Rolle |\n|---|---|\n"
        "| Enhet A1 | fagansvarlig enhet |\n| Landinfo | landkunnskap |\n", False),
    Row("navn | beskrivelse over organisations", "| Navn | Beskrivelse |\n|---|---|\n"
        "| UNHCR | FNs høykommissær for flyktninger |\n| EUAA | EUs asylbyrå |\n", False),
    Row("etternavn | merknad", "| Etternavn | Merknad |\n|---|---|\n| - | ingen |\n", False),
    # a name under the header stays a name
    Row("a surname under navn", "| Navn | Rolle |\n|---|---|\n| Ahmadi | søker |\n", True),
    # (the source gate takes one capitalised word under «Navn» for a name only when it is a
    # given name, `names.tables._name_cell`; the page reads the header with the cell)
    Row("navn then a colon", "Navn: Rahimi", True),
]  # fmt: skip


def _record(content: str) -> bytes:
    """A Pagefind fragment as the search index writes one (its text read cell after cell)."""
    record = {"url": "/x/", "content": content, "meta": {"title": "Side"}}
    return gzip.compress(b"pagefind_dcd" + json.dumps(record).encode())


@pytest.mark.parametrize("row", NAME_COLUMNS, ids=repr)
def test_a_name_column_header_is_no_name(row: Row) -> None:
    check(row, source="|" not in row.body)
    # the search record reads the table's cells one after another, header words included
    content = " ".join(row.body.replace("|", " ").replace("---", " ").split())
    _, found = rendered.in_search_record(_record(content))
    assert bool(found) == row.found


def test_a_name_after_a_bare_name_word_is_found_when_shaped_like_one() -> None:
    assert [f.what for f in find_personal_data("Navn Ahmadi")] == [NAME]
    assert find_personal_data("Navn Rolle") == []


@pytest.mark.parametrize(
    "page",
    [
        "<dl><dt>Land</dt><dd>Tyrkia</dd><dt>Kategori</dt><dd>Konvertitter</dd></dl>",
        "<h2>Irak</h2><p>Irak: 540</p>",
        "<h2>Kontakt</h2><p>Landinfo svarer på spørsmål.</p>",
    ],
    ids=["a country over the next term", "a country over its label", "a heading over a paragraph"],
)
def test_a_place_or_term_alone_in_a_block_opens_no_name(page: str) -> None:
    # (the decision page's facts and the readiness page's counts, built from the demo)
    assert rendered.in_page(page) == []
