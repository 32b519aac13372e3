"""Issue 17, attack round 9 (finding 7): ``check --render``, which a pull request runs, tells the
contributor what the build refuses, at the file and line that hold it.

1. A decision's title and description are shown together on every list of decisions (the title,
   a line break, the description: ``entry_title`` in ``templates/finder_macros.html``) and in the
   feeds. A value split over them («bursdag 3. april» + «fra 1994», «Amira» + «Rahimi») is
   refused by the build's page gate there; ``check --render`` reads them so too, at the title's
   line (each field alone passed).
2. A reader-visible setting's value on every page (``toc.permalink``) is the setting's: reported
   at its line in ``mkdocs.yml``, once, never at each content file.
3. A file ``pymdownx.snippets`` adds to every page (``auto_append``: a glossary for ``abbr``) is
   page text: ``check`` gates it at its own lines, and the build blames a value it holds on it,
   not on each page that shows the word it explains.

The phone number is phonenumbers' own example of a Norwegian mobile; names are made up.
"""

from __future__ import annotations

import json
from typing import Any

import phonenumbers
import pytest

from helpers import BODY, MKDOCS_YML, Project, decision
from praksisbank.cli import guarded
from praksisbank.cli.main import main
from praksisbank.core.gate import blame, rendered
from praksisbank.core.gate.sitegate import Found
from praksisbank.core.publish import stages
from praksisbank.mkdocs_adapter.project import layout_for

PHONE = phonenumbers.example_number_for_type("NO", phonenumbers.PhoneNumberType.MOBILE)
assert PHONE is not None
DIGITS = str(PHONE.national_number)
EXTENSIONS = "markdown_extensions:\n"
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


ABBR = "  - abbr\n  - pymdownx.snippets:\n      auto_append: [includes/forkortelser.md]\n"
GLOSSARY = "*[UNE]: Utlendingsnemnda\n*[Søkeren]: Amira Rahimi\n"  # a made-up name, line 2


def test_a_glossary_added_to_every_page_is_gated_at_its_own_line(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project.root)  # snippets reads base_path from where the build runs
    project.write("mkdocs.yml", MKDOCS_YML.replace(EXTENSIONS, EXTENSIONS + ABBR, 1))
    project.write("includes/forkortelser.md", GLOSSARY)
    assert main(["check", "--format", "json", str(project.root)]) == 1
    problems = json.loads(capsys.readouterr().out)
    assert {(p["file"], p["line"]) for p in problems} == {("includes/forkortelser.md", 2)}
    code = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    assert code == 1
    refused = [line for line in capsys.readouterr().err.splitlines() if ": feil: " in line]
    assert refused and all(" includes/forkortelser.md:2:" in line for line in refused), refused


def test_the_build_s_blame_looks_in_a_glossary_added_to_every_page(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A value the page gate finds on pages is traced to the site's own files first
    (``core/gate/blame.py``): the glossary is one of them, before ``mkdocs.yml``."""
    monkeypatch.chdir(project.root)
    project.write("mkdocs.yml", MKDOCS_YML.replace(EXTENSIONS, EXTENSIONS + ABBR, 1))
    project.write("includes/forkortelser.md", GLOSSARY)
    shown = [source.path for source in stages.site_files(layout_for(project.root))]
    assert shown == ["includes/forkortelser.md", "mkdocs.yml"]
    (problem,) = blame.problems(
        [_found(f"vedtaksbank/afg/{n}/index.html") for n in ("a", "b")],
        {},
        stages.site_files(layout_for(project.root)),
    )
    assert (problem.file, problem.line) == ("includes/forkortelser.md", 2)


def _found(published: str) -> Found:
    seen = rendered.in_text("Søkeren (Amira Rahimi) fikk beskyttelse.")[0]
    return Found(
        published=published,
        where=rendered.TEXT,
        what=seen.finding.what,
        masked=seen.finding.masked,
        fingerprint=seen.finding.fingerprint,
        key=rendered.key_of(seen),
        context=blame.context_of(seen),
    )


def test_a_glossary_without_personal_data_passes(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project.root)
    project.write("mkdocs.yml", MKDOCS_YML.replace(EXTENSIONS, EXTENSIONS + ABBR, 1))
    project.write("includes/forkortelser.md", "*[UNE]: Utlendingsnemnda\n*[Søkeren]: Søkeren\n")
    assert main(["check", "--render", str(project.root)]) == 0, capsys.readouterr().out
