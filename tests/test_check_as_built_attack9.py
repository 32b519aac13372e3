"""Issue 17, attack round 9 (finding 7): ``check --render``, which a pull request runs, tells the
contributor what the build refuses, at the file and line that hold it.

1. A decision's title and description are shown together on every list of decisions (the title,
   a line break, the description: ``entry_title`` in ``templates/finder_macros.html``) and in the
   feeds. A value split over them («bursdag 3. april» + «fra 1994», «Amira» + «Rahimi») is
   refused by the build's page gate there; ``check --render`` reads them so too, at the title's
   line (each field alone passed).
2. A reader-visible setting's value on every page (``toc.permalink``) is the setting's: reported
   at its line in ``mkdocs.yml``, once, never at each content file.

The phone number is phonenumbers' own example of a Norwegian mobile; names are made up.
"""

from __future__ import annotations

import json
from typing import Any

import phonenumbers
import pytest

from helpers import BODY, MKDOCS_YML, Project, decision
from praksisbank.cli.main import main

PHONE = phonenumbers.example_number_for_type("NO", phonenumbers.PhoneNumberType.MOBILE)
assert PHONE is not None
DIGITS = str(PHONE.national_number)
DEFAULT_DESCRIPTION = "description: Kvinne uten nettverk fikk beskyttelse."


def _checked(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[dict[str, Any]]]:
    code = main(["check", "--render", "--format", "json", str(project.root)])
    return code, json.loads(capsys.readouterr().out)


def _decision(title: str, description: str) -> str:
    return decision("VB-AFG-2024-009", title=title).replace(
        DEFAULT_DESCRIPTION, f"description: {description}"
    )


SPLIT = [
    ("a birthday and its year", "Søker med bursdag 3. april", "Hun er fra 1994 og flyktet."),
    ("a birthday and an age", "Søker med bursdag 17. mai", "Søkeren fylte 30 år i 2024."),
    ("a given name and a surname", "Intervju med Amira", "Rahimi forklarte seg detaljert."),
]


@pytest.mark.parametrize(("case", "title", "description"), SPLIT, ids=[s[0] for s in SPLIT])
def test_a_value_split_over_title_and_description_is_found_at_the_title(
    project: Project,
    capsys: pytest.CaptureFixture[str],
    case: str,
    title: str,
    description: str,
) -> None:
    project.write("decision_bank/afg/2024-delt.md", _decision(title, description))
    code, problems = _checked(project, capsys)
    assert code == 1, problems
    found = [p for p in problems if p["code"] == "personal-data"]
    assert [(p["file"], p["line"]) for p in found] == [("decision_bank/afg/2024-delt.md", 3)]
    assert "Tittelen og beskrivelsen sammen" in found[0]["message"]


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Søker med bursdag 3. april", "Søkeren kom til Norge med familien."),
        ("Intervju med søkeren", "Rahimi-klanen er en fiktiv klan i saken."),
        ("Søknad avslått 3. april", "Vedtaket fra 1994 er opphevet."),
    ],
)
def test_a_title_and_description_that_say_nothing_together_pass(
    project: Project, capsys: pytest.CaptureFixture[str], title: str, description: str
) -> None:
    project.write("decision_bank/afg/2024-delt.md", _decision(title, description))
    code, problems = _checked(project, capsys)
    assert code == 0, problems


def test_a_permalink_on_every_heading_is_blamed_on_the_setting_only(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    text = MKDOCS_YML.replace("      permalink: true\n", f"      permalink: '{DIGITS}'\n")
    project.write("mkdocs.yml", text)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if DIGITS in row)
    code, problems = _checked(project, capsys)
    assert code == 1
    assert {(p["file"], p["line"]) for p in problems} == {("mkdocs.yml", line)}, problems
    assert len(problems) == 1  # the setting once, not again for what the pages show
    assert "ser ut til å inneholde et telefonnummer" in problems[0]["message"]


def test_a_number_a_page_and_a_setting_both_hold_is_still_the_page_s(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    text = MKDOCS_YML.replace("      permalink: true\n", f"      permalink: '{DIGITS}'\n")
    project.write("mkdocs.yml", text)
    project.write(
        "decision_bank/afg/2024-kvinne.md",
        decision(body=BODY + f"\nRing <b>{DIGITS[:4]}</b>{DIGITS[4:]}.\n"),
    )
    code, problems = _checked(project, capsys)
    assert code == 1
    assert "decision_bank/afg/2024-kvinne.md" in {p["file"] for p in problems}, problems
