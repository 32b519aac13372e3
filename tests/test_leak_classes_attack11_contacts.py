"""Attack round 11, names, class 4: a practice note's ``contacts`` may name employees only, and
the exemption for their names let an applicant's name through when ``unit`` said so
(`unit: Søkeren i VB-AFG-2024-017`): ``unit`` was free text. A contact's ``unit`` must now name
a unit of the department and nothing of a case (``core/content/rules.contacts_in_units``); the
error names the file and the line and does not print the value.

Every name and unit here is made up and clearly fictional; no identity number is used.
"""

from __future__ import annotations

import pytest

from helpers import TODAY, Project, write_project
from praksisbank.core.content.loader import load
from praksisbank.mkdocs_adapter.project import layout_for

UNITS = [
    # (name, unit, refused)
    ("the demo's unit", "Enhet B2", False),
    ("a unit in the definite form", "Koordineringsenheten", False),
    ("a staff", "Fagstaben i asylavdelingen", False),
    ("a network", "Intervjufaglig nettverk", False),
    ("a section", "Seksjon for landinformasjon", False),
    ("an applicant and a decision's id", "Søkeren i VB-AFG-2024-017", True),
    ("a unit and a witness", "Enhet B2, vitne i saken fra Logar", True),
    ("a unit and a complainant", "Enhet A2 (klager)", True),
    ("a unit and a child", "Enhet A2, barnet til søkeren", True),
    ("a unit and a number", "Enhet 4471882", True),
    ("no unit at all", "Kabul", True),
    ("a lawyer", "Advokaten i saken", True),
]


@pytest.mark.parametrize(("name", "unit", "refused"), UNITS, ids=[u[0] for u in UNITS])
def test_a_contacts_unit_names_a_unit(
    project: Project, name: str, unit: str, refused: bool
) -> None:
    write_project(project)
    path = project.root / "practice_notes/afg.md"
    text = path.read_text(encoding="utf-8")
    assert "    unit: Enhet B2\n  - name: Per Prøvestad" in text
    path.write_text(
        text.replace(
            "    unit: Enhet B2\n  - name: Per Prøvestad",
            f'    unit: "{unit}"\n  - name: Per Prøvestad',
            1,
        ),
        encoding="utf-8",
    )
    line = path.read_text(encoding="utf-8").split("\n").index(f'    unit: "{unit}"') + 1
    result = load(layout_for(project.root), TODAY, workers=1)
    about = [
        p for p in result.problems if p.file == "practice_notes/afg.md" and "«unit»" in p.message
    ]
    if not refused:
        assert about == []
        return
    assert [(p.line, p.code) for p in about] == [(line, "field-value")]
    assert "En kontakt (contacts) er en ansatt" in about[0].message
    assert unit not in about[0].message  # the free text beside a name is not printed
