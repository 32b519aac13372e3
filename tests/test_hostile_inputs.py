"""Issue 8, "Done when": hostile and careless inputs, each a small change to a valid project.

Every row goes through the real loader and the real ``praksisbank check`` (text, JSON and GitHub
output). A row is one of three:

- ``Refused``: ``check`` fails with an error at the row's file and line, every other file's
  problems are still reported (a canary error in another file), no input gives a traceback, and
  the row's secret (a number, an address, a symbolic link's target) appears in no output, masked
  or left out wherever a message would quote it;
- ``Neutralised``: the input passes ``check`` and a real ``mkdocs build`` publishes its page,
  but the hostile part is gone from every HTML and JSON file (``search/search_index.json``,
  ``tags.json``), and no page makes a browser fetch anything from another host;
- ``Passes``: a near-miss (a number that is not personal data) is no problem at all and is
  published as written.

No real person's data here. Identity numbers, D-numbers and H-numbers are generated below from
made-up birth dates with python-stdnum's check-digit functions; never write a literal one.
Phone numbers are made-up patterns, e-mail addresses use the reserved ``.example`` domain.
"""

from __future__ import annotations

import gzip
import importlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from helpers import (
    ARRIVALS,
    GUIDE,
    MKDOCS_YML,
    NOTE,
    ROLE,
    SOURCES,
    TODAY,
    TRAINING,
    Project,
    build_site,
    decision,
    identity_number,
    read_page,
    search_documents,
    write_project,
)
from praksisbank.cli import main
from praksisbank.core.loader import ALLOW_LIST, Layout, load
from praksisbank.core.problems import Problem, Severity

# -- made-up personal data ------------------------------------------------------------------------


FNR = identity_number("010203")  # starts with 0: unquoted in YAML it must not lose the 0
FNR2 = identity_number("240587")
D_NUMBER = identity_number("150595", kind="D")
H_NUMBER = identity_number("230878", kind="H")
NEW_RULE = identity_number("120634", remainder=2)
WRONG = FNR2[:-1] + str((int(FNR2[-1]) + 1) % 10)  # the last check digit wrong under both rules


@dataclass(frozen=True)
class Secret:
    """A value that must never appear in any output: as written, nor its digits unmasked."""

    written: str
    digits: str = ""
    local: str = ""
    """An e-mail address's local part: messages show its first letter only."""


def entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


def fnr(written: str, number: str = FNR) -> Secret:
    return Secret(written, number)


S_PLAIN = fnr(FNR)
S_PLAIN2 = fnr(FNR2, FNR2)
S_HYPHEN = fnr(f"{FNR[:6]}-{FNR[6:]}")
S_DOT = fnr(f"{FNR[:6]}.{FNR[6:]}")
S_NBSP = fnr(f"{FNR[:6]}\u00a0{FNR[6:]}")
S_GROUPS = fnr(f"{FNR[:2]} {FNR[2:4]} {FNR[4:6]} {FNR[6:]}")
S_BREAK = fnr(f"{FNR[:6]}\n{FNR[6:]}")
S_EMPHASIS = fnr(f"**{FNR[:6]}** {FNR[6:]}")
S_LINK = fnr(f"[skjemaet](https://skjema.example/?fnr={FNR})")
S_ENTITY = fnr(entities(FNR))
S_D = fnr(D_NUMBER, D_NUMBER)
S_H = fnr(f"{H_NUMBER[:6]} {H_NUMBER[6:]}", H_NUMBER)
S_2032 = fnr(NEW_RULE, NEW_RULE)
S_DUF = Secret("2016 123456 78", "201612345678")
S_DUF_HYPHEN = Secret("2016-123456-78", "201612345678")
S_DUF_DOT = Secret("2016.123456.78", "201612345678")
S_PHONE = Secret("912 34 567", "91234567")
S_PHONE_CC = Secret("(+47) 912 34 567", "91234567")
S_PHONE_0047 = Secret("0047 91234567", "91234567")
S_PHONE_PLUS = Secret("+47 22 33 44 55", "22334455")
S_PHONE_HYPHEN = Secret("912-34-567", "91234567")
S_PHONE_TEL = Secret("[ring oss](tel:+4791234567)", "91234567")
EMAIL = "kari.hemmelig@kommune.example"
S_EMAIL = Secret(EMAIL, local="kari.hemmelig")
S_EMAIL_ENTITY = Secret(EMAIL.replace("@", "&#64;"), local="kari.hemmelig")
S_EMAIL_MAILTO = Secret(f"[skriv](mailto:{EMAIL})", local="kari.hemmelig")
S_EMAIL_PERCENT = Secret(f"mailto:{EMAIL.replace('@', '%40')}", local="kari.hemmelig")

_BETWEEN_DIGITS = re.compile(r"(?<=[0-9])[\s.\-*_]+(?=[0-9])")


def leaks(secret: Secret, output: str) -> list[str]:
    """What of ``secret`` can be read in ``output`` (empty: nothing)."""
    found = []
    for line in secret.written.split("\n"):
        if len(line) >= 6 and line in output:
            found.append(f"written form {line!r}")
    if secret.digits:
        joined = _BETWEEN_DIGITS.sub("", output)
        shown = secret.digits[:-2] if len(secret.digits) >= 8 else secret.digits
        for digits in {shown, shown.lstrip("0")}:  # read as a number, a leading 0 is lost
            if digits in joined:
                found.append(f"digits {digits}")
    if secret.local and secret.local[1:] in output:
        found.append(f"local part {secret.local}")
    return found


# -- valid texts of every kind ---------------------------------------------------------------------

DECISION_FILE = "decision_bank/afg/2024-kvinne.md"
NOTE_FILE = "practice_notes/afg.md"
GUIDE_FILE = "interview_guides/afg.md"
CLARIFICATION_FILE = "practice_clarifications/afg-2026-001.md"
ROLE_FILE = "docs/roles/fagansvarlig-enhet.md"
PAGE_FILE = "docs/om-banken.md"
ARRIVALS_FILE = "practice_notes/arrivals.yml"
SOURCES_FILE = "docs/roles/sources.yml"
TRAINING_FILE = "docs/roles/training.yml"

DECISION = decision()
CLARIFICATION = """\
---
id: PA-AFG-2026-001
title: Enslige kvinner med nettverk i Kabul
country: AFG
owner_unit: Enhet A1
date: 2026-10-01
categories: [enslig-kvinne]
---
## Spørsmål

Gjelder vurderingen også kvinner med nettverk i Kabul?

## Avklaring

Nei, nettverket må vurderes konkret.
"""
PAGE = """\
---
title: Om Praksisbanken
description: Hva banken er, og hvem som skriver i den.
---
# Om Praksisbanken

Fri tekst om banken.
"""
BASE = {
    DECISION_FILE: DECISION,
    NOTE_FILE: NOTE,
    GUIDE_FILE: GUIDE,
    CLARIFICATION_FILE: CLARIFICATION,
    ROLE_FILE: ROLE,
    PAGE_FILE: PAGE,
    ARRIVALS_FILE: ARRIVALS,
    SOURCES_FILE: SOURCES,
    TRAINING_FILE: TRAINING,
}
"""Every file a row changes, as the valid project has it (the clarification and the free page
are added to ``write_project``'s project)."""

CANARY_FILE = "decision_bank/afg/2025-dublin.md"
CANARY = decision(
    "VB-AFG-2025-002",
    title="Dublin-overføring til Østerrike",
    decided="2025-02-03",
    category="dublin",
    outcome="dublin",
    extra="titel: x\n",
)
"""Another file's problem (an unknown field on line 12): a hostile file must not hide it."""


def body(text: str) -> str:
    """A decision body with ``text`` in its summary."""
    return (
        f"\n## Sammendrag\n\nSøkeren er en fiktiv kvinne.\n\n{text}\n\n## Faktum\n\nx\n\n"
        "## Vurdering\n\nx\n\n## Konklusjon\n\nx\n"
    )


# -- the rows --------------------------------------------------------------------------------------

Writes = tuple[tuple[str, str | bytes], ...]


@dataclass(frozen=True)
class Refused:
    name: str
    cls: str
    writes: Writes
    file: str
    line: int
    secret: Secret | None = None
    links: tuple[tuple[str, str], ...] = ()
    """Symbolic links: (path in the project, target under the folder outside the project)."""
    code: str | None = None


def line_of(text: str, needle: str) -> int:
    first = needle.split("\n")[0]
    assert first in text, (first, text)
    return text[: text.index(first)].count("\n") + 1


def changed(
    name: str,
    cls: str,
    file: str,
    old: str,
    new: str,
    value: Secret | str,
    code: str | None = None,
    *,
    needle: str = "",
) -> Refused:
    """``file`` with ``old`` replaced by ``new``, where ``@@`` stands for the value: a secret
    (never in any output) or a plain string."""
    base = BASE[file]
    assert base.count(old) == 1, (name, old)
    written = value.written if isinstance(value, Secret) else value
    text = base.replace(old, new.replace("@@", written))
    secret = value if isinstance(value, Secret) else None
    line = line_of(text, needle or written)
    return Refused(name, cls, ((file, text),), file, line, secret, code=code)


def in_body(name: str, file: str, secret: Secret, where: str = "") -> Refused:
    """The secret in the body of ``file``, after the line ``where`` (default: appended)."""
    base = BASE[file]
    sentence = f"Søkeren oppga {secret.written} som sitt."
    if where:
        assert base.count(where) == 1, where
        text = base.replace(where, f"{where}\n{sentence}\n")
    else:
        text = base + f"\n{sentence}\n"
    return Refused(
        name, "personal data", ((file, text),), file, line_of(text, secret.written), secret
    )


def renamed(name: str, path: str, text: str, secret: Secret, code: str | None = None) -> Refused:
    """A valid file whose path (file or folder name) holds the secret, written as ``@@``."""
    return Refused(
        name,
        "personal data",
        ((path.replace("@@", secret.written), text),),
        path.replace("@@", secret.written),
        1,
        secret,
        code=code,
    )


PD = "personal data"
MSG = "masking in messages"
UNCHECKED = "unchecked pages"
LINK = "symbolic links"
LINKS = "guide links"
YAML = "hostile YAML"
UNITS = "names that slug to nothing or collide"

TAGS_LINE = "tags: [kjønn]"
NOTE_TITLE = "title: Praksisnotat Afghanistan"

PERSONAL_DATA: list[Refused] = [
    # decisions: every field, a field name, the body in every form
    changed("decision id", PD, DECISION_FILE, "id: VB-AFG-2024-001", "id: VB-AFG-@@", S_HYPHEN),
    changed(
        "decision title",
        PD,
        DECISION_FILE,
        "title: Enslig kvinne fra Herat",
        "title: Søker @@ fra Herat",
        S_PLAIN,
    ),
    changed(
        "decision category",
        PD,
        DECISION_FILE,
        "category: enslig-kvinne",
        "category: kvinne-@@",
        S_DUF_HYPHEN,
    ),
    changed(
        "decision legal_basis",
        PD,
        DECISION_FILE,
        "  - utl. § 28 første ledd bokstav a",
        "  - utl. § 28, ring @@",
        S_PHONE,
    ),
    changed("decision tags", PD, DECISION_FILE, TAGS_LINE, "tags: [kjønn, @@]", S_EMAIL),
    changed(
        "decision description",
        PD,
        DECISION_FILE,
        "description: Kvinne uten nettverk fikk beskyttelse.",
        "description: Kvinne med D-nummer @@ fikk beskyttelse.",
        S_D,
    ),
    changed(
        "decision description over a line break",
        PD,
        DECISION_FILE,
        "description: Kvinne uten nettverk fikk beskyttelse.",
        "description: Kvinne med nummer @@\n  fikk beskyttelse.",
        fnr(f"{FNR[:6]}\n  {FNR[6:]}"),
    ),
    changed(
        "decision status_reason",
        PD,
        DECISION_FILE,
        TAGS_LINE,
        f"{TAGS_LINE}\nstatus: outdated\nstatus_reason: Ring @@ ved spørsmål.\n"
        "status_date: 2026-01-01",
        S_PHONE_CC,
    ),
    changed(
        "decision superseded_by",
        PD,
        DECISION_FILE,
        TAGS_LINE,
        f"{TAGS_LINE}\nsuperseded_by: VB-@@",
        S_DOT,
    ),
    changed("decision field name", PD, DECISION_FILE, TAGS_LINE, f"{TAGS_LINE}\n@@: x", S_PLAIN),
    in_body("decision body 2+2+2+5", DECISION_FILE, S_GROUPS),
    in_body("decision body 6+5 no-break space", DECISION_FILE, S_NBSP),
    in_body("decision body 6+5 line break", DECISION_FILE, S_BREAK),
    in_body("decision body emphasis", DECISION_FILE, S_EMPHASIS),
    in_body("decision body link target", DECISION_FILE, S_LINK),
    in_body("decision body entity digits", DECISION_FILE, S_ENTITY),
    in_body("decision body H-number", DECISION_FILE, S_H, "## Faktum"),
    in_body("decision body 2032 rule", DECISION_FILE, S_2032, "## Vurdering"),
    in_body("decision body DUF 4-6-2", DECISION_FILE, S_DUF),
    in_body("decision body DUF dots", DECISION_FILE, S_DUF_DOT),
    in_body("decision body phone 0047", DECISION_FILE, S_PHONE_0047),
    in_body("decision body phone +47 2-2-2-2", DECISION_FILE, S_PHONE_PLUS),
    in_body("decision body tel link", DECISION_FILE, S_PHONE_TEL),
    in_body("decision body e-mail &#64;", DECISION_FILE, S_EMAIL_ENTITY),
    in_body("decision body mailto link", DECISION_FILE, S_EMAIL_MAILTO),
    in_body("decision body percent-encoded @", DECISION_FILE, S_EMAIL_PERCENT),
    # what a reader does not see between the digits: the page shows the number whole
    in_body("body direction mark", DECISION_FILE, fnr(f"{FNR[:6]}\u200e{FNR[6:]}"), "## Faktum"),
    in_body("body HTML comment", NOTE_FILE, fnr(f"{FNR[:6]}<!-- x -->{FNR[6:]}")),
    in_body("body <wbr>", GUIDE_FILE, fnr(f"{FNR[:6]}<wbr>{FNR[6:]}")),
    in_body("body last digit in bold", ROLE_FILE, fnr(f"{FNR[:10]}**{FNR[10]}**")),
    in_body("body underlined digits", PAGE_FILE, fnr("".join(c + "\u0332" for c in FNR))),
    in_body(
        "body superscript digits",
        CLARIFICATION_FILE,
        fnr(FNR.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))),
        "## Avklaring",
    ),
    in_body("body <br> between groups", DECISION_FILE, fnr(f"{FNR[:6]}<br>{FNR[6:]}")),
    # practice notes: every field (contacts' names may be names, not numbers or addresses)
    changed("note id", PD, NOTE_FILE, "id: PN-AFG", "id: PN-AFG-@@", S_PLAIN2),
    changed("note title", PD, NOTE_FILE, NOTE_TITLE, f"{NOTE_TITLE} @@", S_DUF),
    changed(
        "note owner_unit", PD, NOTE_FILE, "owner_unit: Enhet A1", "owner_unit: Enhet A1 @@", S_PHONE
    ),
    changed(
        "note category code", PD, NOTE_FILE, "  - code: dublin", "  - code: dublin-@@", S_PLAIN2
    ),
    changed(
        "note category name",
        PD,
        NOTE_FILE,
        "    name: Enslige kvinner",
        "    name: Enslige kvinner @@",
        S_HYPHEN,
    ),
    changed(
        "note category description",
        PD,
        NOTE_FILE,
        "    description: Kvinner uten mannlig nettverk.",
        "    description: Kvinner, se @@.",
        S_EMAIL,
    ),
    changed(
        "note contact name",
        PD,
        NOTE_FILE,
        "  - name: Ingrid Testesen",
        "  - name: Ingrid Testesen @@",
        S_PHONE_HYPHEN,
    ),
    changed(
        "note contact unit",
        PD,
        NOTE_FILE,
        "    unit: Enhet B2\n  - name: Per",
        "    unit: Enhet B2 @@\n  - name: Per",
        S_EMAIL,
    ),
    changed(
        "note change summary",
        PD,
        NOTE_FILE,
        "    summary: Ny vurdering av enslige kvinner.",
        "    summary: Ny vurdering etter sak @@.",
        S_DUF_DOT,
    ),
    changed(
        "note change categories, unquoted number",
        PD,
        NOTE_FILE,
        "    categories: [enslig-kvinne]",
        "    categories: [enslig-kvinne, @@]",
        S_PLAIN,
    ),
    changed(
        "note standard text title",
        PD,
        NOTE_FILE,
        "  - title: Sikkerhetssituasjonen",
        "  - title: Sikkerhetssituasjonen @@",
        S_DOT,
    ),
    changed(
        "note standard text",
        PD,
        NOTE_FILE,
        "    text: Den generelle",
        "    text: Ring @@. Den generelle",
        S_PHONE_PLUS,
    ),
    changed(
        "note status_reason",
        PD,
        NOTE_FILE,
        "owner_unit: Enhet A1",
        "owner_unit: Enhet A1\nstatus: outdated\nstatus_reason: Se @@.\nstatus_date: 2026-01-01",
        S_EMAIL_ENTITY,
    ),
    in_body("note body", NOTE_FILE, S_H),
    # interview guides
    changed("guide id", PD, GUIDE_FILE, "id: IG-AFG", "id: IG-@@", S_2032),
    changed(
        "guide title",
        PD,
        GUIDE_FILE,
        "title: Intervjuguide Afghanistan",
        "title: Intervjuguide @@",
        S_NBSP,
    ),
    changed(
        "guide quality_assured_by",
        PD,
        GUIDE_FILE,
        "quality_assured_by: Intervjufaglig nettverk",
        "quality_assured_by: Intervjufaglig nettverk @@",
        S_EMAIL,
    ),
    changed(
        "guide owner_unit",
        PD,
        GUIDE_FILE,
        "country: AFG",
        "country: AFG\nowner_unit: Enhet A1 @@",
        S_PHONE_0047,
    ),
    changed(
        "guide link title", PD, GUIDE_FILE, "  - title: Landinfo", "  - title: Landinfo @@", S_D
    ),
    changed(
        "guide link url",
        PD,
        GUIDE_FILE,
        "url: https://landinfo.no/",
        "url: https://landinfo.no/?fnr=@@",
        S_PLAIN,
    ),
    changed(
        "guide change summary",
        PD,
        GUIDE_FILE,
        "    summary: Nye spørsmål om nettverk.",
        "    summary: Nye spørsmål fra @@.",
        S_EMAIL,
    ),
    in_body("guide body", GUIDE_FILE, S_PHONE_TEL),
    # practice clarifications
    changed(
        "clarification id", PD, CLARIFICATION_FILE, "id: PA-AFG-2026-001", "id: PA-@@", S_DUF_HYPHEN
    ),
    changed(
        "clarification title",
        PD,
        CLARIFICATION_FILE,
        "title: Enslige kvinner med nettverk i Kabul",
        "title: Kvinner med nettverk, jf. @@",
        S_GROUPS,
    ),
    changed(
        "clarification owner_unit",
        PD,
        CLARIFICATION_FILE,
        "owner_unit: Enhet A1",
        "owner_unit: Enhet A1, @@",
        S_PHONE_CC,
    ),
    changed(
        "clarification categories",
        PD,
        CLARIFICATION_FILE,
        "categories: [enslig-kvinne]",
        'categories: [enslig-kvinne, "@@"]',
        S_H,
    ),
    in_body("clarification body", CLARIFICATION_FILE, S_EMAIL_MAILTO, "## Avklaring"),
    # roles
    changed("role slug", PD, ROLE_FILE, "role: fagansvarlig-enhet", "role: enhet-@@", S_HYPHEN),
    changed(
        "role title",
        PD,
        ROLE_FILE,
        "title: Fagansvarlig enhet",
        "title: Fagansvarlig enhet @@",
        S_PHONE,
    ),
    changed(
        "role summary",
        PD,
        ROLE_FILE,
        "summary: Enheten som eier landets portefølje.",
        "summary: Enheten, e-post @@.",
        S_EMAIL,
    ),
    changed(
        "role task",
        PD,
        ROLE_FILE,
        "  - task: Hold praksisnotatet oppdatert.",
        "  - task: Hold praksisnotatet oppdatert, ring @@.",
        S_PHONE_PLUS,
    ),
    changed(
        "role source",
        PD,
        ROLE_FILE,
        "    source: IM 2016-003 punkt 4.2",
        "    source: IM 2016-003 punkt 4.2 (@@)",
        S_EMAIL,
    ),
    in_body("role body", ROLE_FILE, S_DUF),
    # free pages under docs/
    changed("page title", PD, PAGE_FILE, "title: Om Praksisbanken", "title: Om @@", S_D),
    changed(
        "page description",
        PD,
        PAGE_FILE,
        "description: Hva banken er, og hvem som skriver i den.",
        "description: Spør @@.",
        S_PHONE_CC,
    ),
    in_body("page body", PAGE_FILE, S_EMPHASIS),
    # YAML data files
    changed("arrivals country", PD, ARRIVALS_FILE, "- country: AFG", '- country: "@@"', S_PHONE),
    changed("arrivals number", PD, ARRIVALS_FILE, "arrivals: 1200", "arrivals: @@", S_PLAIN2),
    changed(
        "arrivals number with a leading zero",
        PD,
        ARRIVALS_FILE,
        "arrivals: 1200",
        "arrivals: @@",
        S_PLAIN,
    ),
    changed(
        "sources title",
        PD,
        SOURCES_FILE,
        "  title: Retningslinjer for deling",
        "  title: Kontakt @@ om deling",
        S_EMAIL,
    ),
    changed(
        "sources replaced_by",
        PD,
        SOURCES_FILE,
        "  replaced_by: IM 2016-004",
        "  replaced_by: IM @@",
        S_HYPHEN,
    ),
    changed(
        "training task",
        PD,
        TRAINING_FILE,
        "- task: Avtal en innføring hos Landinfo.",
        "- task: Avtal en innføring på @@.",
        S_PHONE,
    ),
    changed(
        "training source",
        PD,
        TRAINING_FILE,
        "  source: IM 2016-003 punkt 8\n- task: Gå",
        "  source: IM 2016-003 punkt 8 (@@)\n- task: Gå",
        S_EMAIL,
    ),
    # file and folder names
    renamed(
        "decision file name",
        "decision_bank/afg/vedtak-@@.md",
        decision("VB-AFG-2024-101"),
        S_PLAIN2,
    ),
    renamed(
        "decision folder name",
        "decision_bank/afg/@@/vedtak.md",
        decision("VB-AFG-2024-102"),
        S_HYPHEN,
    ),
    renamed("note file name", "practice_notes/afg-@@.md", NOTE, S_PHONE_HYPHEN),
    renamed(
        "guide file name e-mail", "interview_guides/@@.md", GUIDE.replace("IG-AFG", "IG-2"), S_EMAIL
    ),
    renamed(
        "clarification file name",
        "practice_clarifications/@@.md",
        CLARIFICATION.replace("PA-AFG-2026-001", "PA-AFG-2026-002"),
        fnr(H_NUMBER, H_NUMBER),
    ),
    renamed(
        "role file name",
        "docs/roles/@@.md",
        ROLE.replace("fagansvarlig-enhet", "annen-enhet"),
        S_D,
    ),
    renamed("page file name", "docs/notat-@@.md", PAGE, S_DUF_HYPHEN),
    renamed("image file name under docs", "docs/bilder/@@.png", "PNG", S_PLAIN2),
    renamed("folder name under docs", "docs/@@/om.md", PAGE, S_PLAIN),
]

MASKING: list[Refused] = [
    # a value that fails the contract: the message quotes it, masked
    changed("unquoted id", MSG, DECISION_FILE, "id: VB-AFG-2024-001", "id: @@", S_PLAIN2),
    changed(
        "unquoted id with a leading 0", MSG, DECISION_FILE, "id: VB-AFG-2024-001", "id: @@", S_PLAIN
    ),
    changed(
        "unquoted category", MSG, DECISION_FILE, "category: enslig-kvinne", "category: @@", S_PLAIN2
    ),
    changed(
        "category of six digits",
        MSG,
        DECISION_FILE,
        "category: enslig-kvinne",
        'category: "@@"',
        Secret("123456", "123456"),
    ),
    changed(
        "unquoted superseded_by",
        MSG,
        DECISION_FILE,
        TAGS_LINE,
        f"{TAGS_LINE}\nsuperseded_by: @@",
        S_PLAIN2,
    ),
    changed("unquoted date", MSG, DECISION_FILE, "decided: 2024-05-17", "decided: @@", S_PLAIN2),
    changed("date written 6+5", MSG, DECISION_FILE, "decided: 2024-05-17", "decided: @@", S_HYPHEN),
    changed("reviewed date", MSG, DECISION_FILE, TAGS_LINE, f"{TAGS_LINE}\nreviewed: @@", S_DOT),
    changed("country", MSG, DECISION_FILE, "country: AFG", "country: @@", S_PHONE),
    changed("outcome", MSG, DECISION_FILE, "outcome: protection", "outcome: @@", S_EMAIL),
    changed(
        "review_interval_days",
        MSG,
        NOTE_FILE,
        "review_interval_days: 90",
        "review_interval_days: @@",
        S_PLAIN2,
    ),
    changed(
        "duplicate field name",
        MSG,
        DECISION_FILE,
        TAGS_LINE,
        f"{TAGS_LINE}\n@@: a\n@@: b",
        S_PLAIN2,
    ),
    changed("YAML tag", MSG, DECISION_FILE, TAGS_LINE, f"{TAGS_LINE}\nx: !t@@ y", S_PLAIN2),
    changed(
        "YAML syntax error",
        MSG,
        DECISION_FILE,
        "title: Enslig kvinne fra Herat",
        "title: [@@",
        S_PLAIN2,
        needle="country",  # where YAML finds the list unclosed; the message names line 3
    ),
    Refused(
        "allow-list fingerprint",
        MSG,
        ((ALLOW_LIST, f"- fingerprint: {FNR2}\n  reason: Prøver.\n"),),
        ALLOW_LIST,
        1,
        S_PLAIN2,
    ),
    Refused(  # an identity number is never excepted, and the message masks it
        "allow-list value",
        MSG,
        ((ALLOW_LIST, f'- value: "{FNR2}"\n  reason: Prøver.\n'),),
        ALLOW_LIST,
        1,
        S_PLAIN2,
    ),
]

OUTSIDE_TEXT = decision("VB-AFG-2024-900", title="HEMMELIG-MÅL")
"""What symbolic links point at: a valid decision, which would be published if a link were
followed (and would be an error, quoted in messages, in any other kind's folder)."""
OUTSIDE_DATA = "- country: ERI\n  arrivals: 4242\n  expected_increase: false\n# HEMMELIG-MÅL\n"
OUTSIDE = Secret("HEMMELIG-MÅL")

UNCHECKED_PAGES: list[Refused] = [
    Refused(
        "raw .html under docs/",
        UNCHECKED,
        (("docs/side.html", "<script>stjel()</script><p>HEMMELIG-MÅL</p>"),),
        "docs/side.html",
        1,
        OUTSIDE,
    ),
    Refused("raw .htm in a folder", UNCHECKED, (("docs/a/b.htm", "<p>x</p>"),), "docs/a/b.htm", 1),
    Refused("raw .xhtml", UNCHECKED, (("docs/x.xhtml", "<p/>"),), "docs/x.xhtml", 1),
    Refused("script .js", UNCHECKED, (("docs/skript.js", "stjel()"),), "docs/skript.js", 1),
    Refused("script .mjs", UNCHECKED, (("docs/skript.mjs", "stjel()"),), "docs/skript.mjs", 1),
    Refused(
        "image .svg",
        UNCHECKED,
        (("docs/kart.svg", '<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'),),
        "docs/kart.svg",
        1,
    ),
    Refused(
        "Markdown without front matter",
        UNCHECKED,
        (("docs/om.md", f"# Om\n\nRing {S_PHONE.written}.\n"),),
        "docs/om.md",
        1,
        S_PHONE,
    ),
    Refused(
        "Markdown as .markdown",
        UNCHECKED,
        (("docs/om.markdown", f"# Om\n\n<script>stjel()</script> {FNR}\n"),),
        "docs/om.markdown",
        1,
        S_PLAIN,
    ),
    Refused(
        "Markdown as .mkd in a folder",
        UNCHECKED,
        (("docs/sider/om.mkd", PAGE),),
        "docs/sider/om.mkd",
        1,
    ),
    Refused(
        "Markdown as .MD",
        UNCHECKED,
        (("docs/OM.MD", f"# Om\n\nRing {S_PHONE.written}.\n"),),
        "docs/OM.MD",
        1,
        S_PHONE,
    ),
    Refused(
        "text file with an identity number",
        UNCHECKED,
        (("docs/notat.txt", f"Liste\n{S_HYPHEN.written}\n"),),
        "docs/notat.txt",
        2,
        S_HYPHEN,
    ),
    Refused(
        "CSV file with a phone number",
        UNCHECKED,
        (("docs/data/kontakter.csv", f"navn;telefon\nx;{S_PHONE.written}\n"),),
        "docs/data/kontakter.csv",
        2,
        S_PHONE,
    ),
]


def linked(name: str, path: str, target: str, *, folder: bool = False) -> Refused:
    """A symbolic link at ``path`` to a file (or folder) outside the project."""
    return Refused(
        name,
        LINK,
        (),
        path,
        1,
        OUTSIDE,
        links=((path, target if not folder else "mappe"),),
    )


SYMLINKS: list[Refused] = [
    linked("decision file", "decision_bank/afg/lenke.md", "fil.md"),
    linked("decision folder", "decision_bank/afg/mappe", "", folder=True),
    linked("country folder", "decision_bank/syr", "", folder=True),
    linked("note file", "practice_notes/lenke.md", "fil.md"),
    linked("arrivals.yml", ARRIVALS_FILE, "data.yml"),
    linked("clarification file", "practice_clarifications/lenke.md", "fil.md"),
    linked("clarifications folder itself", "practice_clarifications", "", folder=True),
    linked("guide file", "interview_guides/lenke.md", "fil.md"),
    linked("guide folder", "interview_guides/mappe", "", folder=True),
    linked("role file", "docs/roles/lenke.md", "fil.md"),
    linked("sources.yml", SOURCES_FILE, "data.yml"),
    linked("training.yml", TRAINING_FILE, "data.yml"),
    linked("page under docs", "docs/lenke.md", "fil.md"),
    linked("image under docs", "docs/bilde.png", "fil.md"),
    linked("folder under docs", "docs/bilder", "", folder=True),
    linked("allow-list", ALLOW_LIST, "data.yml"),
]

BAD_URLS = [
    ("backslash-slash host", "/\\\\sporing.example/x"),
    ("two backslashes", "\\\\\\\\sporing.example\\\\x"),
    ("protocol-relative", "//sporing.example/x"),
    ("https:/host", "https:/sporing.example/x"),
    ("javascript:", "javascript:stjel()"),
    ("data:", "data:text/html,stjel"),
    ("user before the host", "https://landinfo.no@sporing.example/"),
    ("no host", "https:///sporing.example"),
]

GUIDE_LINKS: list[Refused] = [
    Refused(
        f"guide url {name}",
        LINKS,
        ((GUIDE_FILE, GUIDE.replace("url: https://landinfo.no/", f'url: "{url}"')),),
        GUIDE_FILE,
        line_of(GUIDE, "url:"),
        code="field-value",
    )
    for name, url in BAD_URLS
]

DEEP = "a: " + "[" * 5000 + "]" * 5000
HOSTILE_YAML: list[Refused] = [
    changed(
        "NUL", YAML, DECISION_FILE, TAGS_LINE, f"{TAGS_LINE}\nx: a@@b", "\x00", "file-encoding"
    ),
    changed("ESC", YAML, NOTE_FILE, NOTE_TITLE, f"{NOTE_TITLE}@@[31m", "\x1b", "file-encoding"),
    changed(
        "C1 CSI in a guide",
        YAML,
        GUIDE_FILE,
        "title: Intervjuguide Afghanistan",
        "title: Intervjuguide@@Afghanistan",
        "\x9b",
        "file-encoding",
    ),
    changed(
        "C1 NEL in data",
        YAML,
        TRAINING_FILE,
        "- task: Avtal en innføring hos Landinfo.",
        "- task: Avtal@@en innføring hos Landinfo.",
        "\x85",
        "file-encoding",
    ),
    changed(
        "bidi override",
        YAML,
        ROLE_FILE,
        "title: Fagansvarlig enhet",
        "title: Fagansvarlig @@tehne",
        "\u202e",
        "file-encoding",
    ),
    changed(
        "bidi isolate in a body",
        YAML,
        PAGE_FILE,
        "Fri tekst om banken.",
        "Fri @@tekst om banken.",
        "\u2067",
        "file-encoding",
    ),
    changed(
        "nesting 5,000 deep",
        YAML,
        CLARIFICATION_FILE,
        "date: 2026-10-01",
        "date: 2026-10-01\n@@",
        DEEP,
        "yaml-syntax",
    ),
    changed(
        "nesting 5,000 deep in a data file",
        YAML,
        SOURCES_FILE,
        "- document: IM 2016-004",
        "- document: IM 2016-004\n  @@",
        DEEP,
        "yaml-syntax",
    ),
    changed(
        "5,000-digit integer",
        YAML,
        ARRIVALS_FILE,
        "arrivals: 1200",
        "arrivals: @@",
        "9" * 5000,
        "yaml-syntax",
    ),
    Refused(
        "2 MB body",
        YAML,
        ((DECISION_FILE, decision(body=body("ord " * 500_000))),),
        DECISION_FILE,
        1,
        code="file-unreadable",
    ),
    Refused(
        "2 MB data file",
        YAML,
        ((ARRIVALS_FILE, ARRIVALS + "# " + "x" * 2_000_000 + "\n"),),
        ARRIVALS_FILE,
        1,
        code="file-unreadable",
    ),
    changed(
        "duplicate key",
        YAML,
        DECISION_FILE,
        TAGS_LINE,
        f"{TAGS_LINE}\n@@: Annen tittel",
        "title",
        "yaml-duplicate-key",
        needle="title: Annen",
    ),
    changed(
        "duplicate key in a data file",
        YAML,
        ARRIVALS_FILE,
        "  expected_increase: false",
        "  expected_increase: false\n  @@: 3",
        "arrivals",
        "yaml-duplicate-key",
        needle="arrivals: 3",
    ),
    changed(
        "YAML 1.1 boolean NO",
        YAML,
        ARRIVALS_FILE,
        "expected_increase: false",
        "expected_increase: @@",
        "NO",
        "field-type",
    ),
    changed(
        "YAML 1.1 boolean yes",
        YAML,
        CLARIFICATION_FILE,
        "date: 2026-10-01",
        "date: 2026-10-01\npractice_change: @@",
        "yes",
        "field-type",
    ),
    Refused(
        "UTF-16 file",
        YAML,
        ((PAGE_FILE, PAGE.encode("utf-16")),),
        PAGE_FILE,
        1,
        code="file-encoding",
    ),
]

UNIT_NAMES: list[Refused] = [
    changed(
        "unit of punctuation only",
        UNITS,
        NOTE_FILE,
        "owner_unit: Enhet A1",
        'owner_unit: "@@"',
        "???",
        "field-value",
    ),
    changed(
        "unit in Greek letters",
        UNITS,
        CLARIFICATION_FILE,
        "owner_unit: Enhet A1",
        "owner_unit: @@",
        "Ενότητα",
        "field-value",
    ),
    # Two spellings of one address: the first file by path keeps its spelling, the other is
    # told to write it the same way.
    Refused(
        "unit with a hyphen collides",
        UNITS,
        ((GUIDE_FILE, GUIDE.replace("country: AFG", "country: AFG\nowner_unit: Enhet-A1")),),
        CLARIFICATION_FILE,
        line_of(CLARIFICATION, "owner_unit"),
        code="field-value",
    ),
    Refused(
        "unit in another case collides",
        UNITS,
        ((CLARIFICATION_FILE, CLARIFICATION.replace("Enhet A1", "Enhet b2")),),
        NOTE_FILE,
        line_of(NOTE, "    unit: Enhet B2"),
        code="field-value",
    ),
]

UNIT_NAMES.append(
    Refused(
        "unit with æ collides with ae",
        UNITS,
        (
            (GUIDE_FILE, GUIDE.replace("country: AFG", "country: AFG\nowner_unit: Enhet AE")),
            (CLARIFICATION_FILE, CLARIFICATION.replace("Enhet A1", "Enhet Æ")),
        ),
        CLARIFICATION_FILE,
        line_of(CLARIFICATION, "owner_unit"),
        code="field-value",
    )
)

UNIT_NAMES.append(
    changed(
        "category codes differing in case only",
        UNITS,
        NOTE_FILE,
        "  - code: dublin",
        "  - code: @@",
        "Enslig-Kvinne",
        "id-duplicate",
    )
)

REFUSED = (
    PERSONAL_DATA + MASKING + UNCHECKED_PAGES + SYMLINKS + GUIDE_LINKS + HOSTILE_YAML + UNIT_NAMES
)


# -- running a row ---------------------------------------------------------------------------------


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A valid project (with a clarification and a free page) in ``prosjekt/``; ``utenfor/`` lies
    outside it, where symbolic links point."""
    project = write_project(Project(tmp_path / "prosjekt"))
    project.write(CLARIFICATION_FILE, CLARIFICATION)
    project.write(PAGE_FILE, PAGE)
    outside = Project(tmp_path / "utenfor")
    outside.write("fil.md", OUTSIDE_TEXT)
    outside.write("data.yml", OUTSIDE_DATA)
    outside.write("mappe/fil.md", OUTSIDE_TEXT)
    outside.write("mappe/afg/fil.md", OUTSIDE_TEXT)
    outside.write("mappe/data.yml", OUTSIDE_DATA)
    return project.root


def apply(root: Path, writes: Writes, links: tuple[tuple[str, str], ...] = ()) -> None:
    project = Project(root)
    for path, text in writes:
        project.write(path, text)
    for path, target in links:
        link = root / path
        if link.is_dir() and not link.is_symlink():
            for inner in sorted(link.rglob("*"), reverse=True):
                inner.rmdir() if inner.is_dir() else inner.unlink()
            link.rmdir()
        elif link.exists():
            link.unlink()
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(root.parent / "utenfor" / target)


def cli(root: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str]:
    code = main(["check", str(root), *options])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_the_table_is_large_enough() -> None:
    assert len(REFUSED) + len(NEUTRALISED) + len(PASSES) >= 150
    classes = {row.cls for row in REFUSED} | {row.cls for row in NEUTRALISED}
    assert classes == {PD, MSG, UNCHECKED, LINK, LINKS, YAML, UNITS, "sanitizer"}
    names = [row.name for row in REFUSED] + [row.name for row in NEUTRALISED]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("row", REFUSED, ids=lambda r: f"{r.cls}: {r.name}")
def test_refused(row: Refused, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    apply(root, ((CANARY_FILE, CANARY), *row.writes), row.links)
    problems = load(Layout.default(root), TODAY).problems
    errors = [p for p in problems if p.severity is Severity.ERROR]
    at = [p for p in errors if same_file(p.file, row) and p.line == row.line]
    assert at, f"no error at {row.file}:{row.line}: {problems}"
    expected = row.code or ("personal-data" if row.cls == PD else None)
    if expected is not None:
        assert expected in {p.code for p in at}, at
    # every problem is a message, not a crash, and another file's problems are still there
    assert all("kunne ikke lese filen" not in p.message for p in problems), problems
    assert any((p.file, p.line, p.code) == (CANARY_FILE, 12, "field-unknown") for p in problems), (
        problems
    )
    # the same through the command, in every format; nothing of the secret in any of them
    outputs = [render(problems)]
    for options in ((), ("--format", "json"), ("--format", "github")):
        exit_code, output = cli(root, capsys, *options)
        assert exit_code == 1, output
        outputs.append(output)
    assert f"{at[0].line}:{at[0].column}: feil:" in outputs[1]
    if row.secret is not None:
        for output in outputs:
            assert not leaks(row.secret, output), (leaks(row.secret, output), output)
    if row.links:  # reported as a link, never followed, its target never named
        assert "utenfor" not in "".join(outputs)
        result = load(Layout.default(root), TODAY)
        assert "HEMMELIG" not in repr(result.content) and "4242" not in repr(result.content)
        here = [p for p in problems if p.file == row.file or p.file.startswith(row.file + "/")]
        assert [(p.line, p.code) for p in here] == [(1, "file-location")], here


def render(problems: tuple[Problem, ...]) -> str:
    return "\n".join(f"{p.file}:{p.line}:{p.column}: {p.code}: {p.message}" for p in problems)


def same_file(shown: str, row: Refused) -> bool:
    """The problem names the row's file; a number in its name is masked but its last two digits
    and the rest of the name are there, so the contributor finds it."""
    if row.secret is None or row.secret.written not in row.file or row.cls != PD:
        return shown == row.file
    before, after = row.file.split(row.secret.written)
    middle = shown.removeprefix(before).removesuffix(after)
    return (
        shown.startswith(before)
        and shown.endswith(after)
        and middle != row.secret.written
        and middle[-2:] in row.secret.written
    )


# -- neutralised in the built site -----------------------------------------------------------------

HOST = "sporing.example"
SITE_HOST = "praksis.intern.example"
SITE_EXTENSIONS = """\
  - def_list
  - tables
  - pymdownx.details
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
"""
"""The real site's Markdown extensions that the test site lacks, and Material's recommended
mermaid fence (a site that adds it must still never get a ``mermaid`` class from content)."""
PAGEFIND_YML = MKDOCS_YML.replace("  - toc:\n", SITE_EXTENSIONS + "  - toc:\n")
MATERIAL_SEARCH_YML = PAGEFIND_YML.replace(
    "plugins:\n  - praksisbank\n",
    "plugins:\n  - search\n  - tags\n  - praksisbank:\n      search: false\n",
)
"""The test site with Material's search (``search/search_index.json``) and tags (``tags.json``)."""


@dataclass(frozen=True)
class Neutralised:
    name: str
    writes: Writes
    page: str
    """The page that must be published, with ``shown`` on it."""
    gone: tuple[str, ...] = (HOST, "stjel")
    """Strings that no HTML or JSON file of the site may hold."""
    shown: str = "Synlig tekst"
    cls: str = "sanitizer"
    html: str = ""
    """The hostile Markdown or HTML of a body row (all of them go into one page under Pagefind)."""


def in_page(kind: str, html: str) -> tuple[Writes, str]:
    """``html`` (Markdown or raw HTML) with "Synlig tekst" in the body of a file of ``kind``."""
    text = f"Synlig tekst.\n\n{html}\n"
    if kind == "decision":
        return ((DECISION_FILE, decision(body=body(text))),), "vedtaksbank/afg/2024-kvinne"
    if kind == "note":
        return ((NOTE_FILE, NOTE + "\n" + text),), "praksisnotater/afg"
    if kind == "guide":
        return ((GUIDE_FILE, GUIDE + "\n" + text),), "intervjuguider/afg"
    if kind == "clarification":
        return (
            ((CLARIFICATION_FILE, CLARIFICATION + "\n" + text),),
            "praksisavklaringer/afg-2026-001",
        )
    if kind == "role":
        return ((ROLE_FILE, ROLE + "\n" + text),), "roller/fagansvarlig-enhet"
    assert kind == "page"
    return ((PAGE_FILE, PAGE + "\n" + text),), "om-banken"


def hostile(
    name: str, kind: str, html: str, gone: tuple[str, ...] = (HOST, "stjel")
) -> Neutralised:
    writes, page = in_page(kind, html)
    return Neutralised(name, writes, page, gone, html=html)


NEUTRALISED: list[Neutralised] = [
    hostile("script", "decision", "<script>stjel(document.cookie)</script>"),
    hostile("script in svg", "note", "<svg><script>stjel()</script></svg>"),
    hostile("event handler", "guide", '<p onmouseover="stjel()">x</p>'),
    hostile("handler on image", "clarification", '<img src="kart.png" onerror="stjel()">'),
    hostile("handler through attribute list", "role", 'Avsnitt\n{: onclick="stjel()" }'),
    hostile("javascript: Markdown link", "page", "[klikk](javascript:stjel())"),
    hostile("javascript: with entities", "decision", '<a href="java&#x09;script:stjel()">x</a>'),
    hostile("javascript: &colon;", "note", '<a href="javascript&colon;stjel()">x</a>'),
    hostile("mermaid pre", "guide", '<pre class="mermaid">graph TD; A--&gt;B</pre>', ("mermaid",)),
    hostile(
        "mermaid through attribute list",
        "role",
        "Avsnitt\n{: .mermaid }",
        ("mermaid",),
    ),
    hostile("mermaid fence", "page", "```mermaid\ngraph TD; A-->B\n```", ('class="mermaid',)),
    hostile("image \\\\host", "clarification", f"![kart](\\\\{HOST}/p.png)"),
    hostile("image /\\host", "decision", f'<img src="/\\{HOST}/p.png">'),
    hostile("image https:/host", "note", f"![kart](https:/{HOST}/p.png)"),
    hostile("image https:host", "guide", f'<img src="https:{HOST}/p.png">'),
    hostile("image //host", "role", f"![kart](//{HOST}/p.png)"),
    hostile("image tab in //", "page", f'<img src="/&#9;/{HOST}/p.png">'),
    hostile("image reference definition", "decision", f"![kart][r]\n\n[r]: https://{HOST}/p.png"),
    hostile("image data URI", "note", '<img src="data:image/svg+xml,stjel">'),
    hostile("srcset", "guide", f'<img src="kart.png" srcset="https://{HOST}/p.png 2x">'),
    hostile(
        "srcset through attribute list", "role", f'![kart](kart.png){{ srcset="//{HOST}/p 2x" }}'
    ),
    hostile("picture source", "clarification", f'<picture><source srcset="//{HOST}/p"></picture>'),
    hostile("iframe", "page", f'<iframe src="https://{HOST}/"></iframe>'),
    hostile(
        "object and embed",
        "decision",
        f'<object data="//{HOST}/x"></object><embed src="//{HOST}/y">',
    ),
    hostile(
        "video poster, audio",
        "note",
        f'<video poster="//{HOST}/p"></video><audio src="//{HOST}/a">',
    ),
    hostile("style attribute url()", "guide", f'<p style="background:url(//{HOST}/p)">x</p>'),
    hostile("style element @import", "role", f"<style>@import url(https://{HOST}/s.css);</style>"),
    hostile(
        "style through attribute list",
        "clarification",
        f'## Overskrift {{ style="background:url(//{HOST}/p)" }}',
    ),
    hostile("meta refresh", "page", f'<meta http-equiv="refresh" content="0;url=https://{HOST}/">'),
    hostile(
        "base and stylesheet",
        "decision",
        f'<base href="//{HOST}/"><link rel="stylesheet" href="//{HOST}/s.css">',
    ),
    hostile(
        "form action",
        "note",
        f'<form action="https://{HOST}/"><input name="q">'
        f'<button formaction="//{HOST}/">Send</button></form>',
    ),
    hostile("svg xlink:href", "guide", f'<svg><image xlink:href="https://{HOST}/p.png"/></svg>'),
    hostile("svg use href", "role", f'<svg><use href="//{HOST}/s.svg#x"/></svg>'),
    hostile("javascript: autolink", "page", "<javascript:stjel()>"),
    hostile(
        "image src through attribute list", "decision", f'![kart](kart.png){{ src="//{HOST}/p" }}'
    ),
    hostile("noscript image", "note", f'<noscript><img src="//{HOST}/p"></noscript>'),
    Neutralised(
        "guide link url breaks out of its attribute",
        (
            (
                GUIDE_FILE,
                GUIDE.replace("https://landinfo.no/", 'https://landinfo.no/"onclick="stjel()'),
            ),
        ),
        "intervjuguider/afg",
        gone=(),  # the address may be shown; no element may get the attribute
        shown="Les praksisnotatet.",
    ),
    Neutralised(
        "standard text title breaks out of its attribute",
        (
            (
                NOTE_FILE,
                NOTE.replace(
                    "  - title: Sikkerhetssituasjonen",
                    "  - title: 'Sikkerhet\" onfocus=\"stjel()'",
                ),
            ),
        ),
        "praksisnotater/afg",
        gone=(),
        shown="Fiktivt notat for tester.",
    ),
    Neutralised(
        "description breaks out of its attribute",
        (
            (
                PAGE_FILE,
                PAGE.replace(
                    "description: Hva banken er, og hvem som skriver i den.",
                    "description: 'x\" onload=\"stjel()'",
                ),
            ),
        ),
        "om-banken",
        gone=(' onload="', 'onload="stjel'),
        shown="Fri tekst om banken.",
    ),
    Neutralised(
        "tag breaks out of its element",
        ((DECISION_FILE, DECISION.replace(TAGS_LINE, "tags: ['kjønn\" onmouseover=\"stjel()']")),),
        "vedtaksbank/afg/2024-kvinne",
        gone=(),  # the text may hold the quote; no element may get the attribute
        shown="Søkeren er en fiktiv kvinne fra Herat.",
    ),
    Neutralised(
        "raw .html in a roles folder is left out",
        (("docs/roles/side.html", "<script>stjel()</script>"),),
        "roller/fagansvarlig-enhet",
        shown="Fiktiv rolletekst for tester.",
    ),
]


class _Page(HTMLParser):
    """Every element and attribute of a page, and the text of its style elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._in_style = tag == "style"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def on_site(url: str) -> bool:
    """Whether a browser resolving ``url`` on a page of the site stays on the site (WHATWG URL:
    controls and spaces around stripped, tabs and line breaks dropped, ``\\`` read as ``/``)."""
    seen = re.sub(r"[\t\n\r]", "", url.strip("".join(chr(c) for c in range(0x21))))
    seen = seen.replace("\\", "/")
    if seen.startswith("//"):
        return urlsplit("https:" + seen).hostname == SITE_HOST
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", seen)
    if scheme is None:
        return True
    if scheme.group(1).lower() in ("http", "https"):
        return seen[scheme.end() :].startswith("//") and urlsplit(seen).hostname == SITE_HOST
    return scheme.group(1).lower() in ("data", "blob") and "stjel" not in seen


FETCHED = {"src", "srcset", "poster", "data", "action", "formaction", "background", "xlink:href"}
_URL_IN_CSS = re.compile(r"url\(\s*['\"]?([^'\")]*)|@import\s+['\"]([^'\"]*)")


def offsite_requests(page: str) -> list[str]:
    """Everything in ``page`` that makes a browser ask another host (or run a script address)."""
    parser = _Page()
    parser.feed(page)
    parser.close()
    found: list[str] = []
    for tag, attrs in parser.elements:
        for name, value in attrs.items():
            urls = (
                [u.strip().split(" ")[0] for u in value.split(",")] if "srcset" in name else [value]
            )
            if (
                name in FETCHED or (name == "href" and tag in ("link", "base", "image", "use"))
            ) and not all(on_site(u) for u in urls):
                found.append(f"<{tag} {name}={value!r}>")
            if name == "href" and re.sub(r"[\s\x00-\x1f]", "", value).lower().startswith(
                ("javascript:", "vbscript:", "data:")
            ):
                found.append(f"<{tag} href={value!r}>")
            if name.startswith("on"):
                found.append(f"<{tag} {name}>")
            if name == "class" and "mermaid" in value.lower():
                found.append(f"<{tag} class={value!r}>")  # Material loads mermaid from a CDN
            if name == "style":
                found += [f"style {u}" for u in _urls_in_css(value) if not on_site(u)]
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            found.append(f"<meta refresh {attrs.get('content')!r}>")
    for css in parser.styles:
        found += [f"<style> {u}" for u in _urls_in_css(css) if not on_site(u)]
    return found


def _urls_in_css(css: str) -> list[str]:
    return [a or b for a, b in _URL_IN_CSS.findall(css)]


def site_texts(site: Path) -> Iterator[tuple[str, str]]:
    """Every HTML, JSON and XML file of a built site, and Pagefind's fragments unzipped."""
    for path in sorted(site.rglob("*")):
        if path.suffix in (".html", ".json", ".xml", ".txt"):
            yield path.relative_to(site).as_posix(), path.read_text(encoding="utf-8")
        elif path.suffix == ".pf_fragment":
            yield path.relative_to(site).as_posix(), gzip.decompress(path.read_bytes()).decode()


def assert_neutralised(site: Path, gone: tuple[str, ...]) -> None:
    checked = 0
    for name, text in site_texts(site):
        for bad in gone:
            assert bad not in text, f"{bad!r} in {name}"
        if name.endswith(".html"):
            assert offsite_requests(text) == [], name
            checked += 1
    assert checked > 20


@pytest.fixture
def material_site(root: Path) -> Project:
    project = Project(root)
    project.write("mkdocs.yml", MATERIAL_SEARCH_YML)
    return project


@pytest.mark.parametrize("row", NEUTRALISED, ids=lambda r: f"{r.cls}: {r.name}")
def test_neutralised(
    row: Neutralised, material_site: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    apply(material_site.root, row.writes)
    result = load(Layout.default(material_site.root), TODAY)
    assert result.ok, result.problems
    site = build_site(material_site)
    assert row.shown in read_page(site, row.page)
    for json_file in ("search/search_index.json", "tags.json"):
        json.loads((site / json_file).read_text(encoding="utf-8"))  # there, and valid
    assert_neutralised(site, row.gone)


@pytest.mark.parametrize(
    "row", [r for r in NEUTRALISED if r.html], ids=lambda r: f"{r.cls}: {r.name}"
)
def test_each_body_row_is_hostile_before_the_sanitizer(row: Neutralised) -> None:
    """The checks above would see the attack: Markdown's own HTML of the row fails them."""
    markdown: Any = importlib.import_module("markdown")  # no type stubs
    fence: Any = importlib.import_module("pymdownx.superfences").fence_code_format
    mermaid = {"name": "mermaid", "class": "mermaid", "format": fence}
    made = markdown.markdown(
        row.html,
        extensions=["admonition", "attr_list", "def_list", "tables", "toc", "pymdownx.superfences"],
        extension_configs={"pymdownx.superfences": {"custom_fences": [mermaid]}},
    )
    assert offsite_requests(made) or any(bad in made for bad in row.gone), made


def test_the_base_site_makes_no_request_elsewhere(material_site: Project) -> None:
    """The checker's own baseline: the unchanged site passes it, so each row tests its input."""
    assert_neutralised(build_site(material_site), ("stjel",))


def test_neutralised_under_pagefind(root: Path) -> None:
    """The default site (Pagefind's search): every hostile body at once, in one decision."""
    html = "\n\n".join(row.html for row in NEUTRALISED if row.html)
    apply(
        root,
        (
            ("mkdocs.yml", PAGEFIND_YML),
            (DECISION_FILE, decision(body=body("Synlig tekst.\n\n" + html))),
        ),
    )
    site = build_site(Project(root))
    assert "Synlig tekst." in read_page(site, "vedtaksbank/afg/2024-kvinne")
    assert any("Synlig tekst" in d["content"] for d in search_documents(site))
    assert_neutralised(site, (HOST, "stjel"))


# -- near-misses: published as written -------------------------------------------------------------


@dataclass(frozen=True)
class Passes:
    name: str
    writes: Writes
    page: str
    shown: str


def new_decision(
    n: int, *, title: str = "Enslig kvinne", text: str = "", extra: str = ""
) -> Writes:
    return (
        (
            f"decision_bank/afg/2024-naer-{n}.md",
            decision(f"VB-AFG-2024-{n:03d}", title=title, body=body(text), extra=extra),
        ),
    )


PASSES: list[Passes] = [
    Passes(
        "11 digits, wrong checksum",
        new_decision(201, text=f"Nummeret {WRONG} er ugyldig."),
        "vedtaksbank/afg/2024-naer-201",
        WRONG,
    ),
    Passes(
        "wrong checksum 6+5",
        new_decision(202, title=f"Sak {WRONG[:6]} {WRONG[6:]}"),
        "vedtaksbank/afg/2024-naer-202",
        f"{WRONG[:6]} {WRONG[6:]}",
    ),
    Passes(
        "law section in a title",
        new_decision(203, title="Utl. § 28 første ledd bokstav a"),
        "vedtaksbank/afg/2024-naer-203",
        "Utl. § 28 første ledd bokstav a",
    ),
    Passes(
        "sections list",
        new_decision(204, text="Jf. §§ 28 29 30 31 og § 38."),
        "vedtaksbank/afg/2024-naer-204",
        "§§ 28 29 30 31",
    ),
    Passes(
        "years",
        new_decision(205, text="Søkeren bodde der i 2019 2020 2021 og 2019–2024."),
        "vedtaksbank/afg/2024-naer-205",
        "2019 2020 2021",
    ),
    Passes(
        "amount",
        new_decision(206, text="Om lag 25 000 000 mennesker, og 1 500 kroner."),
        "vedtaksbank/afg/2024-naer-206",
        "25 000 000",
    ),
    Passes(
        "amount with dots in a description",
        (
            (
                "decision_bank/afg/2024-naer-207.md",
                decision("VB-AFG-2024-207").replace(
                    "Kvinne uten nettverk fikk beskyttelse.", "Tilskudd på 25.000.000 kroner."
                ),
            ),
        ),
        "vedtaksbank/afg/2024-naer-207",
        "25.000.000",
    ),
    Passes(
        "dates",
        new_decision(208, text="Vedtak 2024-05-17, klage 17.05.2024, møte kl. 22.30–23.30."),
        "vedtaksbank/afg/2024-naer-208",
        "17.05.2024",
    ),
    Passes(
        "document ids",
        new_decision(
            209,
            text="Jf. IM 2016-003 punkt 5, VB-AFG-2024-017, PA-AFG-2026-001 og HR-2020-2345-A.",
            extra="superseded_by: VB-AFG-2025-002\n",
        ),
        "vedtaksbank/afg/2024-naer-209",
        "VB-AFG-2024-017",
    ),
    Passes(
        "organisation number",
        new_decision(210, text="Org.nr. 974 760 673."),
        "vedtaksbank/afg/2024-naer-210",
        "974 760 673",
    ),
    Passes(
        "handle and retina image name",
        new_decision(211, text="Følg @udi på nett. Filen heter logo@2x.png."),
        "vedtaksbank/afg/2024-naer-211",
        "@udi",
    ),
    Passes(
        "contacts' names in a note",
        ((NOTE_FILE, NOTE.replace("Per Prøvestad", "Per Olav Prøvestad-Hansen")),),
        "land/afg",
        "Per Olav Prøvestad-Hansen",
    ),
    Passes(
        "numbers in a guide",
        ((GUIDE_FILE, GUIDE + "\nSpør om årene 2015–2019 og om 3000-4000 søkere.\n"),),
        "intervjuguider/afg",
        "3000-4000",
    ),
    Passes(
        "role source with a section",
        ((ROLE_FILE, ROLE + "\nSe IM 2016-003 punkt 9 (Vedtaksbank) og IM 2012-012.\n"),),
        "roller/fagansvarlig-enhet",
        "IM 2012-012",
    ),
    Passes(
        "large arrivals number",
        ((ARRIVALS_FILE, ARRIVALS.replace("arrivals: 1200", "arrivals: 25000000")),),
        "beredskap",
        "Afghanistan",
    ),
    Passes(
        "free page with a year and an id",
        ((PAGE_FILE, PAGE + "\nFra 2016 gjelder IM 2016-003; se VB-AFG-2024-017.\n"),),
        "om-banken",
        "IM 2016-003",
    ),
]


@pytest.mark.parametrize("row", PASSES, ids=lambda r: f"near-miss: {r.name}")
def test_near_miss_passes(row: Passes, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    apply(root, row.writes)
    problems = load(Layout.default(root), TODAY).problems
    assert problems == (), problems
    assert cli(root, capsys)[0] == 0


def test_near_misses_are_published_as_written(root: Path) -> None:
    paths = [path for row in PASSES for path, _ in row.writes]
    assert len(paths) == len(set(paths))
    for row in PASSES:
        apply(root, row.writes)
    site = build_site(Project(root))
    for row in PASSES:
        page = read_page(site, row.page)
        assert row.shown.replace("&", "&amp;") in page or row.shown in page, row.name
