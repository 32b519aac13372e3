"""Test data and helpers: a small, valid project (fictional content only) and ways to read a build.

Imported by the test modules as `helpers`; conftest.py holds only the fixtures.
"""

from __future__ import annotations

import gzip
import json
import re
import textwrap
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

TODAY = date(2026, 11, 21)


def identity_number(birth: str, *, kind: str = "F", remainder: int = 0) -> str:
    """A number with valid check digits for a made-up birth date ``ddmmyy`` (generated here,
    never a real person's). ``kind`` "D" adds 40 to the day, "H" 40 to the month;
    ``remainder`` 1-3 gives a number valid only under the 2032 rule (the weighted sum with K1
    leaves that remainder modulo 11)."""
    from stdnum.no import fodselsnummer

    day, month, year = int(birth[:2]), int(birth[2:4]), birth[4:]
    day += 40 if kind == "D" else 0
    month += 40 if kind == "H" else 0
    for individual in range(500, 1000):
        base = f"{day:02d}{month:02d}{year}{individual:03d}"
        first = (int(fodselsnummer.calc_check_digit1(base)) + remainder) % 11
        if first == 10:
            continue
        second = fodselsnummer.calc_check_digit2(base + str(first))
        if second != "10":
            return base + str(first) + second
    raise AssertionError("no number generated")


MKDOCS_YML = """\
site_name: Testbanken
site_url: https://praksis.intern.example/
repo_url: https://git.intern.example/asyl/praksisbanken
edit_uri: edit/main/
theme:
  name: material
  language: nb
  font: false
  features:
    - content.action.edit
plugins:
  - praksisbank
markdown_extensions:
  - admonition
  - attr_list
  - toc:
      permalink: true
nav:
  - Forside: index.md
  - Vedtaksbanken: vedtaksbank/index.md
  - Land: land/index.md
  - Praksisnotater: praksisnotater/index.md
  - Intervjuguider: intervjuguider/index.md
  - Beredskap: beredskap/index.md
  - Roller og ansvar: roller/index.md
  - Ansvarsmatrise: roller/ansvarsmatrise.md
  - Siste endringer: endringer/index.md
  - Til gjennomgang: gjennomgang/index.md
"""

NOTE = """\
---
id: PN-AFG
title: Praksisnotat Afghanistan
country: AFG
owner_unit: Enhet A1
last_reviewed: 2026-10-01
review_interval_days: 90
categories:
  - code: enslig-kvinne
    name: Enslige kvinner
    description: Kvinner uten mannlig nettverk.
    complexity: complex
  - code: dublin
    name: Dublin-saker
    description: Saker der en annen stat er ansvarlig.
    complexity: simple
contacts:
  - name: Ingrid Testesen
    unit: Enhet B2
  - name: Per Prøvestad
    unit: Enhet B2
changes:
  - date: 2026-09-15
    summary: Ny vurdering av enslige kvinner.
    practice_change: true
    categories: [enslig-kvinne]
  - date: 2025-01-10
    summary: Første versjon.
standard_texts:
  - title: Sikkerhetssituasjonen
    text: Den generelle sikkerhetssituasjonen er ikke slik at alle har behov for beskyttelse.
---
## Bakgrunn

Fiktivt notat for tester.
"""

GUIDE = """\
---
id: IG-AFG
title: Intervjuguide Afghanistan
country: AFG
quality_assured_by: Intervjufaglig nettverk
quality_assured: 2026-08-20
last_reviewed: 2026-08-20
review_interval_days: 180
links:
  - title: Landinfo
    url: https://landinfo.no/
changes:
  - date: 2026-08-20
    summary: Nye spørsmål om nettverk.
---
## Forberedelse

Les praksisnotatet.
"""

BODY = """
## Sammendrag

Søkeren er en fiktiv kvinne fra Herat.

## Faktum

Søkeren har ikke mannlige slektninger.

## Vurdering

Søkeren vil være utsatt ved retur.

## Konklusjon

Søkeren fyller vilkårene.
"""


def decision(
    id: str = "VB-AFG-2024-001",
    *,
    title: str = "Enslig kvinne fra Herat",
    decided: str = "2024-05-17",
    category: str = "enslig-kvinne",
    outcome: str = "protection",
    extra: str = "",
    body: str = BODY,
) -> str:
    return (
        f"---\nid: {id}\ntitle: {title}\ncountry: AFG\ncategory: {category}\n"
        f"decided: {decided}\noutcome: {outcome}\nlegal_basis:\n"
        f"  - utl. § 28 første ledd bokstav a\ntags: [kjønn]\n"
        f"description: Kvinne uten nettverk fikk beskyttelse.\n{extra}---\n{body}"
    )


ARRIVALS = """\
- country: AFG
  arrivals: 1200
  expected_increase: false
"""

ROLE = """\
---
role: fagansvarlig-enhet
title: Fagansvarlig enhet
summary: Enheten som eier landets portefølje.
responsibilities:
  - task: Hold praksisnotatet oppdatert.
    source: IM 2016-003 punkt 4.2
    check: practice-notes-current
  - task: Sørg for at utdaterte vedtak merkes.
    source: IM 2016-003 punkt 9 (Vedtaksbank)
    check: decisions-reviewed
  - task: Tilby veiledning i intervjulokalene.
    source: IM 2012-012 punkt 3
---
Fiktiv rolletekst for tester. Se også [saksbehandler](saksbehandler.md).
"""

ROLE_CASEWORKER = """\
---
role: saksbehandler
title: Saksbehandler
responsibilities:
  - task: Les praksisnotatet før du bruker et enkeltvedtak.
    source: IM 2016-003 punkt 9 (Vedtaksbank)
---
Fiktiv rolletekst.
"""

SOURCES = """\
- document: IM 2016-003
  title: Retningslinjer for deling av porteføljer i Asylavdelingen
  date: 2016-05-11
- document: IM 2012-012
  title: Organisering og kvalitetssikring av det intervjufaglige arbeidet
  repealed: 2016-11-05
  replaced_by: IM 2016-004
- document: IM 2016-004
  title: Mandat for intervjufaglig nettverk i Asylavdelingen
"""

TRAINING = """\
- task: Avtal en innføring hos Landinfo.
  source: IM 2016-003 punkt 8
- task: Gå gjennom intervjuguiden.
  source: IM 2016-003 punkt 8
"""


def outdated_decision(**fields: str) -> str:
    """VB-AFG-2019-003: outdated, replaced by VB-AFG-2025-002 of the small project."""
    return decision(
        "VB-AFG-2019-003",
        title="Gammel vurdering av internflukt",
        decided="2019-03-01",
        category="dublin",
        extra="status: outdated\nstatus_reason: Bygger på gammel "
        "landinformasjon.\nstatus_date: 2025-06-01\nsuperseded_by: VB-AFG-2025-002\n",
        **fields,
    )


def withdrawn_decision(**fields: str) -> str:
    """VB-AFG-2020-004: withdrawn, as not anonymized well enough."""
    return decision(
        "VB-AFG-2020-004",
        title="Fjernet vedtak",
        decided="2020-03-01",
        category="dublin",
        extra="status: withdrawn\nstatus_reason: Ikke godt nok anonymisert.\n"
        "status_date: 2025-07-01\n",
        **fields,
    )


@dataclass(frozen=True, slots=True)
class Project:
    """A project folder being written by a test."""

    root: Path

    def write(self, relative: str, text: str | bytes) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(
                textwrap.dedent(text) if text.startswith("\n") else text, encoding="utf-8"
            )
        return path


def write_project(p: Project) -> Project:
    """A valid project: one country with a note, a guide, two decisions, arrivals and roles."""
    p.write("mkdocs.yml", MKDOCS_YML)
    p.write("docs/roles/fagansvarlig-enhet.md", ROLE)
    p.write("docs/roles/saksbehandler.md", ROLE_CASEWORKER)
    p.write("docs/roles/sources.yml", SOURCES)
    p.write("docs/roles/training.yml", TRAINING)
    p.write("practice_notes/afg.md", NOTE)
    p.write("practice_notes/arrivals.yml", ARRIVALS)
    p.write("interview_guides/afg.md", GUIDE)
    p.write("decision_bank/afg/2024-kvinne.md", decision())
    p.write(
        "decision_bank/afg/2025-dublin.md",
        decision(
            "VB-AFG-2025-002",
            title="Dublin-overføring til Østerrike",
            decided="2025-02-03",
            category="dublin",
            outcome="dublin",
        ),
    )
    return p


def build_site(project: Project) -> Path:
    """A real `mkdocs build` of the project, in this process."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(project.root / "mkdocs.yml")))
    return project.root / "site"


def read_page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def search_documents(site: Path) -> list[dict[str, Any]]:
    """What Pagefind keeps of each page it indexed: ``url``, ``content`` (the words searched),
    ``meta`` (``title``, ``status``...) and ``filters``. Its fragments are gzipped JSON after a
    fixed signature; the word index itself is binary, searched in the browser tests."""
    documents = []
    for fragment in sorted((site / "pagefind/fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        assert data.startswith(b"pagefind_dcd"), fragment
        documents.append(json.loads(data[len(b"pagefind_dcd") :]))
    return documents


def visible_text(page: str) -> str:
    """The text of a page, tags dropped and whitespace folded, for assertions on what one reads."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)).replace(" .", ".")


@dataclass(frozen=True, slots=True)
class GateRow:
    """One row of a leak-class table: a text, and the class the gate reports for it."""

    name: str
    text: str
    what: str | None
    """The class the gate reports, or ``None``: allowed."""

    def __repr__(self) -> str:
        return self.name


def found_classes(text: str) -> list[str]:
    """The classes the source gate reports in `text`, in order."""
    from praksisbank.core.gate.anonymity import find_personal_data

    return [f.what for f in find_personal_data(text)]
