"""Attack round 11, the seam between ``check`` and ``check --render`` (finding 10): digits a
reader reads that only the page gate's reading (``rendered.readable``) made digits. Ge'ez
digits between ASCII zeros, spaced out one by one (``0 ፫ 0 ፬ …``), and letters shaped like
digits (``O3O494123ll``) passed ``check`` and were stopped by ``check --render``; the source
gate now reads a line that way too (``content.personal._examine``), so ``check`` says what the
build will say.

Nothing here is real: every identity number is generated in the test from a made-up birth date
with its check digits computed (``helpers.identity_number``).
"""

from __future__ import annotations

import pytest

from gaterows import ORDINARY, rendered_findings
from helpers import identity_number
from praksisbank.core.content.personal import examined
from praksisbank.core.gate.anonymity import WHAT_IDENTITY

FNR = identity_number("030494")
GEEZ = dict(zip("123456789", "፩፪፫፬፭፮፯፰፱", strict=True))
LOOK = str.maketrans("01", "Ol")


def spaced_geez(number: str) -> str:
    """Each digit on its own, Ge'ez where Ge'ez has one (it has no zero: 0 stays ASCII)."""
    return " ".join(GEEZ.get(d, d) for d in number)


HOSTILE = [
    ("Ge'ez digits and ASCII zeros, spaced", f"Nummer (ge'ez): {spaced_geez(FNR)}."),
    ("letters shaped like digits", f"Nummeret {FNR.translate(LOOK)} sto på kortet."),
    ("digits one by one, with dots", f"Nummer: {'.'.join(FNR)}."),
    ("digits one by one, on a second line", f"Første linje.\nFnr {' '.join(FNR)} her."),
]

ORDINARY_TEXTS = [
    *(row.body for row in ORDINARY),
    "Utslippene av CO2 økte, og B52-flyene ble nevnt i rapporten fra 2019.",
    "Punkt 4.1.1.2 i rundskrivet gjelder, og 1O2 er en feilskrevet sidehenvisning.",
]


@pytest.mark.parametrize(("name", "text"), HOSTILE, ids=[n for n, _ in HOSTILE])
def test_check_reads_what_the_page_gate_reads(name: str, text: str) -> None:
    assert rendered_findings(text), name  # the page gate stops it ...
    found = examined(text).findings  # ... and so does the source gate, on the right line
    assert [f.what for f in found] == [WHAT_IDENTITY], name
    line = text.count("\n", 0, found[0].offset)
    assert line == text.rstrip().count("\n"), name
    assert FNR[:6] not in found[0].masked


@pytest.mark.parametrize("text", ORDINARY_TEXTS)
def test_ordinary_text_stays_allowed(text: str) -> None:
    assert examined(text).findings == ()
