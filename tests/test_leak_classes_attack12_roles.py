"""Attack round 12 (held out), names class 2: the other people of a case (the interpreter, the
guardian, the contact and reference person, the signer, the witnesses) named under a role: a
table's column headed `Tolk`, `Verge`, `Kontaktperson`, `Referanseperson`, `Signert av`,
`Advokat` or `Vitne`; `Tolk: …`, `tolket av …`, `Tolken, …, oversatte`, plural `Vitner: …`; an
admonition titled `Tolk`; a definition list's term `Tolk`. Two capitalised words after a role
word are a name though neither is on a list; a cell under a role column holds a name when it
holds two capitalised words or a given name.

Also S1: the build refused `| Advokat | Merknad |` over `| Lemlem Tsegay | møtte |` for the
header joined in the search record while `check` passed it; now both read the name under the
header (the source gate: the rows below).

Near misses: a language, `Ja`, a public service under the same words. Every name is made up.
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, Row, check, source_findings

_NAME = "Lemlem Tsegay"


def _table(header: str, cell: str = _NAME) -> str:
    return f"| {header} | Merknad |\n|---|---|\n| {cell} | møtte |"


ROWS = [
    *(Row(f"a column headed {h}", _table(h), True)
      for h in ("Tolk", "Verge", "Kontaktperson", "Referanseperson", "Signert av", "Advokat",
                "Vitne")),
    Row("a column alone", f"| Tolk |\n|---|\n| {_NAME} |", True),
    Row("a label and a colon", f"Tolk: {_NAME} (tigrinja).", True),
    Row("interpreted by", f"Intervjuet ble tolket av {_NAME}.", True),
    Row("set off by commas", f"Tolken, {_NAME}, oversatte fra tigrinja.", True),
    Row("the guardian", f"Vergen: {_NAME}.", True),
    Row("plural witnesses", f"Vitner: {_NAME} og Cawo Warsame.", True),
    Row("a witness, two unlisted words", "Vitnet Semhar Andom bekreftet forklaringen.", True),
    Row("a heading", f"### Tolk: {_NAME}\n\nTolken møtte.", True),
    # near misses
    Row("a language after the label", "Tolk: Tigrinja.", False),
    Row("a language under the column", "| Tolk | Språk |\n|---|---|\n| Ja | Tigrinja |", False),
    Row("a word and a language", _table("Tolk", "Statsautorisert"), False),
    Row("a service", "Intervjuet ble tolket av tolk fra Tolketjenesten.", False),
    Row("a hospital after a person word", "Legen (Haukeland Universitetssjukehus) bekreftet "
        "skadene.", False),
    Row("an army after a person word", "Personen (Rapid Support Forces) arresterte ham.", False),
    # S1: a role table with no name (the source and page gates; the search record's joined
    # header `Advokat Merknad` is still read as a title and a name: open, handbook round 12)
    Row("a role table without a name", _table("Advokat", "Nei"), False),
    Row("a role table's record, header joined", "Tolk Merknad Ja møtte", False),
    Row("a witness table's record, header joined", "Vitne Merknad Nei", False),
    *ORDINARY,
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_a_name_under_a_role_is_read(row: Row) -> None:
    check(row)


BLOCKS = [
    ("an admonition titled by the role", f'!!! note "Tolk"\n    {_NAME}', True),
    ("an admonition's prose", f'!!! note "Tolk"\n\n    {_NAME} møtte.', True),
    ("a definition list", f"Tolk\n:   {_NAME}", True),
    ("an admonition over a language", '!!! note "Tolk"\n    Tigrinja', False),
    ("a definition over small words", "Tolk\n:   Ja, tigrinja", False),
]


@pytest.mark.parametrize(("name", "text", "found"), BLOCKS, ids=[b[0] for b in BLOCKS])
def test_a_name_in_a_block_under_a_role_stops_the_source(name: str, text: str, found: bool) -> None:
    # The source gate (`check` and the build) reads the block; the page gate's reading of an
    # admonition's or a definition's HTML is left open (handbook/privacy.md, round 12).
    assert bool(source_findings(text)) is found
