"""Issue 17, attack round 4, class 3: a name whose parts are kept apart by something other
than a space, or run together (`core/gate/nameseparators.py`). Every name here is made up.
"""

from __future__ import annotations

import pytest

from test_leak_classes import NAME, Row, assert_row

SEPARATED = [
    Row("Søkeren Amir (35) Hassan forklarte seg.", NAME, "Amir (35) Hassan"),
    Row("Søkeren Amir … Hassan forklarte seg.", NAME, "Amir … Hassan"),
    Row("Søkeren Amir...Hassan forklarte seg.", NAME, "Amir...Hassan"),
    Row("Søkeren Amir\u2010Hassan\u2010Wardak forklarte seg.", NAME, "Amir\u2010Hassan"),
    Row("Søkeren Gulnaz-Rahimi-Wardak forklarte seg.", NAME, "Gulnaz-Rahimi"),
    Row("Søkeren Amir·Hassan forklarte seg.", NAME, "Amir·Hassan"),
    Row("Søkeren Amir_Hassan forklarte seg.", NAME, "Amir_Hassan"),
    Row("Søkeren AmirHassan forklarte seg.", NAME, "AmirHassan"),
    Row("Søkeren ***Amir***Hassan forklarte seg.", NAME, "Amir***Hassan"),
    Row("Søkeren Amir<sub>Hassan</sub> forklarte seg.", NAME, "Amir<sub>Hassan"),
    Row("Søkeren Amir<q>Hassan</q> forklarte seg.", NAME, "Amir<q>Hassan"),
]
ALLOWED = [
    # (after kin, `sønn Amir`, a given name alone is a name: test_leak_classes_names_round4.py)
    Row("Eleven Amir (7) går på skolen i Bergen.", None),
    Row("Vi møtte tolken … Han sa ja.", None),
    Row("Hun nevnte Kari … Det var alt.", None),
    Row("Han brukte WhatsApp, YouTube, PowerPoint og LinkedIn.", None),
    Row("Kart over Bosnia-Hercegovina og Nord-Trøndelag.", None),
    Row("Filen heter vedlegg_Landinfo_2023.pdf.", None),
    Row("Det står i <em>Utlendingsloven</em> § 28.", None),
]


@pytest.mark.parametrize("row", SEPARATED, ids=repr)
def test_a_name_kept_apart_by_other_than_a_space_is_found(row: Row) -> None:
    assert_row(row)


@pytest.mark.parametrize("row", ALLOWED, ids=repr)
def test_the_same_separators_in_ordinary_text_pass(row: Row) -> None:
    assert_row(row)
