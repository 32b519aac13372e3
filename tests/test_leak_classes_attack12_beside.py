"""A date field a page prints right before a free-text field that names it (attack round 12,
finding 1): ``Utdatert siden 17. mai 1990`` + ``Datoen foran er søkerens fødselsdato``, the
tombstone's ``ble fjernet 23. august 1988. Begrunnelse: Søkeren ble født på denne datoen``, a
change's date + summary, a clarification's or a decision's date + title. ``check`` reads each
pair of ``core/base/beside.py`` as the sentence the page shows (``Gate.beside``) and reports
it at the text field's line, naming the date's line; the detector reads the sentence
(``personaldata/pointed.py``). Near misses: legal prose about a date, a birth noun with no
person, a status reason that names no birth. Every date here is made up."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

import pytest

from helpers import NOTE, Project, decision
from praksisbank.cli.main import main
from praksisbank.core.base import model
from praksisbank.core.base.beside import SIDE_BY_SIDE
from praksisbank.core.content.personal import examined

PAGE = "decision_bank/afg/2024-beside.md"

# (name, extra front matter, title, decided, found at this field's line, or "")
ROWS = [
    ("the status reason points back at the date",
     "status: outdated\nstatus_date: 1990-05-17\n"
     "status_reason: Datoen foran er søkerens fødselsdato, jf. Faktum.\n",
     "Enslig kvinne fra Herat", "2024-05-17", "status_reason"),
    ("the tombstone's reason: born on this date",
     "status: withdrawn\nstatus_date: 1988-08-23\n"
     "status_reason: Søkeren ble født på denne datoen; saken er trukket.\n",
     "Enslig kvinne fra Herat", "2024-05-17", "status_reason"),
    ("an age reached on the status date",
     "status: outdated\nstatus_date: 2020-08-08\n"
     "status_reason: Søkeren fylte 35 år denne dagen, og praksis ble endret.\n",
     "Enslig kvinne fra Herat", "2024-05-17", "status_reason"),
    ("the title reaches an age on the decision's date", "",
     "Søkeren fylte 18 år på vedtaksdagen", "2019-03-13", "title"),
    # near misses
    ("an ordinary status reason", "status: outdated\nstatus_date: 2024-03-01\n"
     "status_reason: Praksis endret etter LB-2023-12345 og Rt. 2015 s. 1388.\n",
     "Enslig kvinne fra Herat", "2024-05-17", ""),
    ("legal prose about the date", "status: outdated\nstatus_date: 2024-01-01\n"
     "status_reason: Barn født etter denne datoen omfattes av den nye forskriften.\n",
     "Enslig kvinne fra Herat", "2024-05-17", ""),
    ("a title about ages in general", "", "Søkeren var 17 år ved ankomst", "2024-05-17", ""),
]  # fmt: skip


def _problems(project: Project, capsys: pytest.CaptureFixture[str]) -> list[Any]:
    main(["check", "--format", "json", str(project.root)])
    found: list[Any] = json.loads(capsys.readouterr().out)
    return [p for p in found if p.get("file", p.get("path", "")).endswith("2024-beside.md")]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_check_reads_a_date_field_and_the_text_printed_after_it_as_one_sentence(
    project: Project, capsys: pytest.CaptureFixture[str], row: tuple[str, str, str, str, str]
) -> None:
    _name, extra, title, decided, field = row
    text = decision("VB-AFG-2024-011", title=title, decided=decided, extra=extra)
    project.write(PAGE, text)
    beside = [p for p in _problems(project, capsys) if "står rett etter datoen" in p["message"]]
    if not field:
        assert beside == []
        return
    assert beside, text
    line = next(i for i, ln in enumerate(text.split("\n"), 1) if ln.startswith(f"{field}:"))
    assert beside[0]["line"] == line
    assert "fødselsdato" in beside[0]["message"]
    for digits in ("1990", "1988", "2020", "2019", "05-17", "08-23"):
        assert digits not in beside[0]["message"]


# (the sentence a page prints, found)
SENTENCES = [
    ("Utdatert siden 17. mai 1990 Datoen foran er søkerens fødselsdato, jf. Faktum.", True),
    ("ble fjernet 23. august 1988. Begrunnelse: Søkeren ble født på denne datoen.", True),
    ("17. mai 1990 : Datoen er søkerens fødselsdato i VB-AFG-2026-950.", True),
    ("30. januar 1992 : Søkerens fødselsdag, jf. VB-AFG-2026-950.", True),
    ("25. september 1989 Søkerens fødselsdag som avklaringens dato", True),
    ("1990-05-17. Denne dagen ble søkeren født i Herat.", True),
    ("12.02.1987: Hans bursdag, ifølge tazkiraen.", True),
    ("4. mars 1991 Klagerens fødselsdato etter passet", True),
    # near misses
    ("Loven trådte i kraft 1. januar 2024. Barn født etter denne datoen omfattes.", False),
    ("Vedtaket 3. mai 2024 la til grunn at søkerens fødselsdato var ukjent.", False),
    ("Utdatert siden 1. mars 2024 Praksis endret etter LB-2023-12345.", False),
    ("EMD avsa dom 12. mai 2020 (41738/10). Fødselsdato ved alderstvil drøftes.", False),
]


@pytest.mark.parametrize("row", SENTENCES, ids=[r[0][:40] for r in SENTENCES])
def test_a_date_a_sentence_after_it_names_a_birth_date_is_one(row: tuple[str, bool]) -> None:
    text, found = row
    births = [f for f in examined(text).findings if f.what == "en fødselsdato"]
    assert bool(births) is found, births


def test_every_pair_names_fields_the_model_has() -> None:
    """The table names real fields: a date field and a text field of one kind (or of the
    entries of one of its list fields)."""
    kinds = [model.Decision, model.PracticeNote, model.InterviewGuide, model.Clarification]
    entries = {"changes": model.Change, "standard_texts": model.StandardText}
    for pair in SIDE_BY_SIDE:
        holders = [entries[pair.within]] if pair.within else kinds
        assert any({pair.date, pair.text} <= {f.name for f in fields(k)} for k in holders), pair


# (name, the change or standard text written into the note, the field blamed, or "")
NOTE_ROWS = [
    ("a change's date and its summary",
     ("  - date: 2025-01-10\n    summary: Første versjon.\n",
      "  - date: 1990-05-17\n"
      "    summary: Datoen er søkerens fødselsdato; notatet ble ikke endret.\n"),
     "summary"),
    ("a standard text titled as the cue of its date",
     ("    text: Den generelle sikkerhetssituasjonen er ikke slik at alle har behov for "
      "beskyttelse.\n",
      "    text: Den generelle sikkerhetssituasjonen er ikke slik at alle har behov for "
      "beskyttelse.\n  - title: Søkerens fødselsdato\n    text: \"14.07.1988\"\n"),
     "text"),
    ("a standard text titled as a passport number's cue",
     ("    text: Den generelle sikkerhetssituasjonen er ikke slik at alle har behov for "
      "beskyttelse.\n",
      "    text: Den generelle sikkerhetssituasjonen er ikke slik at alle har behov for "
      "beskyttelse.\n  - title: Passnummer\n    text: PA4512873\n"),
     "text"),
    # near misses
    ("an ordinary change", ("    summary: Første versjon.\n",
                            "    summary: Ny praksis etter Rt. 2015 s. 1388, LB-2021-123456.\n"),
     ""),
    ("an ordinary standard text",
     ("    text: Den generelle", "    text: Fra 1. januar 2024 er den generelle"), ""),
]  # fmt: skip


@pytest.mark.parametrize("row", NOTE_ROWS, ids=[r[0] for r in NOTE_ROWS])
def test_check_reads_a_notes_changes_and_standard_texts_as_the_page_prints_them(
    project: Project, capsys: pytest.CaptureFixture[str], row: tuple[str, tuple[str, str], str]
) -> None:
    _name, (old, new), field = row
    assert old in NOTE
    text = NOTE.replace(old, new, 1)
    project.write("practice_notes/afg.md", text)
    main(["check", "--format", "json", str(project.root)])
    found: list[Any] = json.loads(capsys.readouterr().out)
    beside = [p for p in found if "står rett etter" in p["message"]]
    if not field:
        assert beside == [], beside
        return
    assert [p["file"] for p in beside] == ["practice_notes/afg.md"], found
    lines = text.split("\n")
    assert lines[beside[0]["line"] - 1].lstrip(" -").startswith(f"{field}:")
    for digits in ("1990", "05-17", "14.07", "4512873"):
        assert digits not in beside[0]["message"]
