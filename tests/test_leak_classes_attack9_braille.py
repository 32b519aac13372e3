"""Attack round 9, Braille (findings 1 and 5, «Braille in front-matter fields»): every Braille
cell (U+2801-U+28FF) in a text a reader sees is refused, whatever it spells, and no marker or
allow-list entry clears it (``core/gate/braille.py`` says why). Digits with the number sign,
grouped numbers, a birth date, the lower-cell (Antoine / 8-dot) digits and a name with the
capital sign were all published before.

Nothing here is real: identity numbers are generated in the test with valid check digits
(``helpers.identity_number``), the phone number is phonenumbers' own example of a Norwegian
mobile, and the name is made up.
"""

from __future__ import annotations

import phonenumbers
import pytest
from mkdocs.exceptions import Abort

from gaterows import Row, check, page_findings
from helpers import Project, build_site, decision, identity_number
from praksisbank.cli.main import main
from praksisbank.core.gate.anonymity import find_personal_data
from praksisbank.core.gate.braille import WHAT_BRAILLE

NUMBER = identity_number("030494")
_EXAMPLE = phonenumbers.example_number_for_type("NO", phonenumbers.PhoneNumberType.MOBILE)
assert _EXAMPLE is not None
MOBILE = str(_EXAMPLE.national_number)

_LETTERS = dict(zip("abcdefghijklmnopqrstuvwxyz", "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵", strict=True))
"""Literary Braille's letters (Unicode's patterns: dots 1-8 as the code point's bits)."""
_NUMBER_SIGN = "⠼"
_CAPITAL_SIGN = "⠠"
_LOWER_DIGITS = "⠴⠂⠆⠒⠲⠢⠖⠶⠦⠔"
"""The digits 0-9 in the lower cells (Antoine notation, 8-dot tables)."""


def digits(number: str) -> str:
    """A number as literary Braille writes it: the number sign, then a-j for 1-9 and 0."""
    return _NUMBER_SIGN + "".join(_LETTERS["jabcdefghi"[int(d)]] for d in number)


def name(words: str) -> str:
    return " ".join(_CAPITAL_SIGN + "".join(_LETTERS[c] for c in w.lower()) for w in words.split())


ROWS = [
    Row("an identity number", f"Nummeret i punktskrift: {digits(NUMBER)}.", True),
    Row("grouped", f"Fødselsnummer {digits(NUMBER[:6])} {digits(NUMBER[6:])}.", True),
    Row("a phone", f"Telefon: {digits(MOBILE)}.", True),
    Row(
        "a birth date",
        f"Søkeren er født {digits('03')}.{digits('04')}.{digits('1994')}.",
        True,
    ),
    Row("lower-cell digits", f"Nummeret {''.join(_LOWER_DIGITS[int(d)] for d in NUMBER)}.", True),
    Row("a name with the capital sign", f"Navnet i punktskrift: {name('Amir Hassan')}.", True),
    Row("one cell", "Merket ⠿ står på dokumentet.", True),
    Row("a cell in a table", f"| Nummer |\n|---|\n| {digits(NUMBER)} |", True),
    # near misses: Braille named in words; the blank pattern, which shows as nothing
    Row("Braille in words", "Søkeren leser punktskrift (Braille) og fikk tolk.", False),
    Row("the blank pattern", "Dokumentet\u2800er datert 2019.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_braille_cells_are_refused_in_the_source_and_on_the_page(row: Row) -> None:
    check(row)
    if row.found:
        assert WHAT_BRAILLE in [f.what for f in find_personal_data(row.body)]
        assert WHAT_BRAILLE in page_findings(f"<p>{row.body}</p>")


def test_no_marker_clears_braille() -> None:
    cells = digits(NUMBER)
    text = f"Nummeret {cells} <!-- personvern-ok: {cells}, sett av en saksbehandler -->"
    found = find_personal_data(text)
    assert found and all(f.what == WHAT_BRAILLE and not f.exceptable for f in found)
    assert found[0].offset == len("Nummeret ")  # the cells in the text, the marker's too
    assert found[0].masked == "12 tegn"


def test_braille_in_fields_is_refused_by_check_and_build(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    file = "decision_bank/afg/2024-18-punktskrift.md"
    project.write(
        file,
        decision(
            "VB-AFG-2024-018",
            title=f"Prøvevedtak {digits(NUMBER)}",
        ).replace("tags: [kjønn]", f"tags: [kjønn, {digits(MOBILE)}]"),
    )
    assert main(["check", "--render", str(project.root)]) == 1
    out = capsys.readouterr().out
    assert out.count(f"{file}:") >= 2 and WHAT_BRAILLE in out  # the title and the tag
    with pytest.raises(Abort):
        build_site(project)
