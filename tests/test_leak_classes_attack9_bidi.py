"""Attack round 9, bidi reordering (findings 4 and 6): a browser shows the digit groups of a
right-to-left run in the opposite order of the source, so ``מספר 23763 030494`` shows an identity
number in the order a reader reads it. The page gate, ``check --render`` and the build read each
line with right-to-left characters or marks as the Unicode Bidirectional Algorithm lays it out
too (``core/gate/visualorder.py``, python-bidi), both orders read; ordinary Hebrew and Arabic
text with years, amounts and citations stays allowed.

Nothing here is real: identity numbers are generated in the test with valid check digits
(``helpers.identity_number``), the account number is made up, phrases are ordinary words.
"""

from __future__ import annotations

import pytest
from mkdocs.exceptions import Abort

from gaterows import Row, check, page_findings
from helpers import Project, build_site, decision, identity_number
from praksisbank.cli.main import main
from praksisbank.core.gate import visualorder

NUMBER = identity_number("030494")
BIRTH, REST = NUMBER[:6], NUMBER[6:]
IDENTITY = "et fødselsnummer, D-nummer eller H-nummer"
ACCOUNT = "et kontonummer"

HOSTILE = [
    Row("Hebrew neighbours", f"Opplysning: מספר {REST} {BIRTH} רשום.", True),
    Row("Syriac neighbours", f"Opplysning: ܡܢܝܢܐ {REST} {BIRTH} ܟܬܝܒ.", True),
    Row("Thaana neighbours", f"Opplysning: ނަންބަރު {REST} {BIRTH} ލިޔެފައި.", True),
    Row("Arabic neighbours", f"Opplysning: الرقم {REST} {BIRTH} مسجل.", True),
    Row("a right-to-left mark", f"Nummeret \u200f{REST} {BIRTH} står der.", True),
    Row("the mark as an entity", f"Nummeret &rlm;{REST} {BIRTH} står der.", True),
    Row("the mark as a number", f"Nummeret &#x200F;{REST} {BIRTH} står der.", True),
    Row("the Arabic letter mark", f"Nummeret &#x61C;{REST} {BIRTH} står der.", True),
    Row("an isolate", f"Nummeret <bdi>מ {REST} {BIRTH}</bdi> står der.", True),
    Row("a paragraph dir=auto", f'<p dir="auto">מ {REST} {BIRTH}</p>', True),
    Row("an account after Konto", "Konto: חשבון 67890 34 1234 רשום.", True),
    # near misses: right-to-left words with years, amounts, citations, a short quoted word
    Row("years", "Dokumentet er merket שנה 2015 2019 i margen.", False),
    Row("an amount", "Beløpet (סכום) var 12 500 kr, betalt i 2019 og 2020.", False),
    Row("amounts in Arabic", "Han betalte مبلغ 12 500 و 3 000 til smugleren.", False),
    Row("a law and a year", "Loven (قانون) nr. 188 av 1959, endret 2019, § 28.", False),
    Row("Solar Hijri years", "Tazkiraen er utstedt i Kabul 1398 (تذکره) og fornyet 1401.", False),
    Row("a quoted word and pages", "Han sa «שלום» og viste til side 12 og 14.", False),
    Row("articles", "Artikkel 9 og 10 i loven (المادة 9 و 10) gjelder.", False),
    Row("a report and pages", "Rapporten (تقرير 2023) side 45-47 og 112.", False),
    Row("a word and years", "Frasen «خانه» betyr hjem; han bodde der 2015 til 2019.", False),
    Row("counts grouped", "Tallene i tabellen: ע 170 392 og 12 345.", False),
]


@pytest.mark.parametrize("row", HOSTILE, ids=repr)
def test_numbers_are_read_in_the_order_a_reader_sees_them(row: Row) -> None:
    check(row, source=False)  # the source gate reads the stored order; the page gate both
    if row.found:
        assert {IDENTITY, ACCOUNT} & set(page_findings(f"<p>{row.body}</p>"))


def test_the_visual_reading_is_the_browsers() -> None:
    [shown, *_] = visualorder.readings(f"Opplysning: מספר {REST} {BIRTH} רשום.")
    assert f"{BIRTH} {REST}" in shown
    assert visualorder.readings(f"Ingen høyre-til-venstre-tekst: {REST} {BIRTH}.") == []
    # numbers in the same order both ways: not read again
    assert visualorder.readings("Loven (قانون) av 1959.") == []


def test_check_render_and_the_build_agree_on_a_free_page_and_a_decision(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    body = f"---\ntitle: Opplysninger\n---\n\nOpplysning: מספר {REST} {BIRTH} רשום.\n"
    project.write("docs/opplysninger.md", body)
    assert main(["check", "--render", str(project.root)]) == 1
    out = capsys.readouterr().out
    assert "docs/opplysninger.md:5:" in out and IDENTITY in out
    with pytest.raises(Abort):
        build_site(project)

    (project.root / "docs/opplysninger.md").unlink()
    file = "decision_bank/afg/2024-19-bidi.md"
    project.write(
        file,
        decision("VB-AFG-2024-019", body="## Sammendrag\n\nKonto: חשבון 67890 34 1234 רשום.\n"),
    )
    assert main(["check", "--render", str(project.root)]) == 1
    assert f"{file}:" in capsys.readouterr().out
    with pytest.raises(Abort):
        build_site(project)
