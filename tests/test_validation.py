"""Every bad input of the content contract: the message, the file and the line."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from helpers import BODY, GUIDE, NOTE, TODAY, Project, decision
from praksisbank.core.base.problems import Problem, Severity
from praksisbank.core.content.loader import Layout, LoadResult, load


def check(project: Project) -> LoadResult:
    return load(Layout.default(project.root), TODAY)


def errors(project: Project) -> list[Problem]:
    return [p for p in check(project).problems if p.severity is Severity.ERROR]


DECISION_FILE = "decision_bank/afg/2024-kvinne.md"


@dataclass(frozen=True)
class Case:
    name: str
    text: str | bytes
    code: str
    line: int
    message: str
    file: str = DECISION_FILE


CASES = [
    Case(
        "unknown field with suggestion",
        decision(extra="titel: x\n"),
        "field-unknown",
        12,
        "Ukjent felt «titel». Mente du «title»?",
    ),
    Case(
        "duplicate key names both lines",
        decision(extra="id: VB-X\n"),
        "yaml-duplicate-key",
        12,
        "Feltet «id» står to ganger: på linje 2 og linje 12",
    ),
    Case(
        "missing required field",
        decision().replace("outcome: protection\n", ""),
        "field-missing",
        2,
        "Feltet «outcome» mangler. Det skal være en av de tillatte verdiene. "
        "Tillatte verdier: protection",
    ),
    Case(
        "unknown enum value lists the allowed",
        decision(outcome="beskyttelse"),
        "field-value",
        7,
        "«beskyttelse» er ikke en gyldig verdi for «outcome». Tillatte verdier: protection "
        "= Beskyttelse (utl. § 28), humanitarian",
    ),
    Case(
        "date that does not exist",
        decision(decided="2024-02-30"),
        "date-invalid",
        6,
        "«2024-02-30» i «decided» er ikke en dato som finnes",
    ),
    Case(
        "date in another format",
        decision(decided="17.05.2024"),
        "date-invalid",
        6,
        "«17.05.2024» i «decided» er ikke skrevet som en dato",
    ),
    Case(
        "decision in the future",
        decision(decided="2026-11-22"),
        "date-future",
        6,
        "Datoen 2026-11-22 i «decided» ligger fram i tid (i dag er 2026-11-21)",
    ),
    Case(
        "list expected",
        decision().replace("legal_basis:\n  - utl.", "legal_basis: utl."),
        "field-type",
        8,
        "Feltet «legal_basis» skal være en liste med tekster",
    ),
    Case(
        "markup in title",
        decision(title="Sak om <b>noe</b>"),
        "field-markup",
        3,
        "Feltet «title» skal være ren tekst uten Markdown eller HTML, men inneholder «<b»",
    ),
    Case(
        "markdown link in title",
        decision(title="Se [her](https://x.example)"),
        "field-markup",
        3,
        "inneholder «[her](»",
    ),
    Case(
        "country must be alpha-3",
        decision().replace("country: AFG", "country: AF"),
        "country-unknown",
        4,
        "«AF» i «country» er ikke en landkode. Mente du «AFG»?",
    ),
    Case(
        "NO is the string NO, not false",
        decision().replace("country: AFG", "country: NO"),
        "country-unknown",
        4,
        "«NO» i «country» er ikke en landkode. Mente du «NOR»?",
    ),
    Case(
        "lower-case country",
        decision().replace("country: AFG", "country: afg"),
        "country-unknown",
        4,
        "Mente du «AFG»?",
    ),
    Case(
        "country does not match folder",
        decision().replace("country: AFG", "country: SYR"),
        "country-folder",
        4,
        "Landet «SYR» stemmer ikke med mappen «afg»",
    ),
    Case(
        "category not in the practice note",
        decision(category="hazara"),
        "category-unknown",
        5,
        "Kategorien «hazara» finnes ikke i praksisnotatet for AFG (practice_notes/afg.md). "
        "Kjente koder: enslig-kvinne, dublin",
    ),
    Case(
        "superseded_by must exist",
        decision(extra="superseded_by: VB-NONE\n"),
        "reference-unknown",
        12,
        "«superseded_by» peker på «VB-NONE», men det finnes ikke",
    ),
    Case(
        "superseded_by itself",
        decision(extra="superseded_by: VB-AFG-2024-001\n"),
        "reference-invalid",
        12,
        "«superseded_by» peker på dokumentet selv",
    ),
    Case(
        "outdated without reason",
        decision(extra="status: outdated\nstatus_date: 2026-01-01\n"),
        "status-incomplete",
        12,
        "Når status er «outdated», må også «status_reason» fylles ut",
    ),
    Case(
        "reviewed before decided",
        decision(extra="reviewed: 2020-01-01\n"),
        "field-value",
        12,
        "«reviewed» (2020-01-01) er før vedtaksdatoen (2024-05-17)",
    ),
    Case(
        "YAML 1.1 boolean is not a boolean",
        decision(extra="status: off\n"),
        "field-value",
        12,
        "«off» er ikke en gyldig verdi for «status»",
    ),
    Case(
        "alias refused",
        decision().replace("id: VB-AFG-2024-001", "id: &x VB-AFG-2024-001"),
        "yaml-alias",
        2,
        "YAML-ankere og -aliaser (& og *) er ikke tillatt",
    ),
    Case(
        "custom tag refused",
        decision(extra="description2: !vedlegg fil.pdf\n"),
        "yaml-tag",
        12,
        "YAML-taggen «!vedlegg» er ikke tillatt",
    ),
    Case(
        "python tag refused",
        decision(extra="x: !!python/object:os.system ls\n"),
        "yaml-tag",
        12,
        "YAML-taggen «tag:yaml.org,2002:python/object:os.system» er ikke tillatt",
    ),
    Case(
        "colon in unquoted value",
        decision(title="Sak: kvinne"),
        "yaml-syntax",
        3,
        "Sett verdien i anførselstegn",
    ),
    Case(
        "a comment would cut an unquoted title",
        decision(title="Konvertitt #2"),
        "yaml-syntax",
        3,
        "Teksten «Konvertitt» slutter ved « #»",
    ),
    Case(
        "a comment would cut a tag in a list",
        decision().replace("tags: [kjønn]", "tags:\n  - kjønn # og alder"),
        "yaml-syntax",
        11,
        "Teksten «kjønn» slutter ved « #»",
    ),
    Case(
        "a list item indented too far joins the text above",
        decision().replace("tags: [kjønn]", "tags:\n  - kjønn\n   - alder"),
        "yaml-syntax",
        12,
        "Linjen ser ut som et nytt listeelement, men innrykket gjør den til en del av teksten "
        "over («kjønn - alder»)",
    ),
    Case(
        "not UTF-8",
        decision().encode("utf-8").replace("første".encode(), b"f\xf8rste"),
        "file-encoding",
        9,
        "Filen er ikke lagret som UTF-8",
    ),
    Case(
        "no front matter",
        BODY.lstrip(),
        "front-matter-missing",
        1,
        "Filen mangler front matter. Første linje må være «---»",
    ),
    Case(
        "front matter never closed",
        decision().replace("---\n\n## Sammendrag", "\n## Sammendrag"),
        "front-matter-unclosed",
        1,
        "blir aldri avsluttet",
    ),
    Case(
        "front matter is a list",
        "---\n- id: VB-1\n---\n" + BODY,
        "front-matter-not-mapping",
        2,
        "Front matter må være felt med navn og verdi",
    ),
    Case(
        "decision template section missing",
        decision(body=BODY.replace("## Vurdering", "## X")),
        "body-section-missing",
        13,
        "Vedtaket mangler «## Vurdering»",
    ),
    Case(
        "decision outside a country folder",
        decision(),
        "file-location",
        2,
        "Et vedtak må ligge i mappen for sitt land",
        file="decision_bank/loose.md",
    ),
    Case(
        "attribute list in a plain field",
        decision(title='"Sak {: onclick=x }"'),
        "field-markup",
        3,
        "inneholder «{:»",
    ),
    Case(
        "reference link in a plain field",
        decision(title='"Se [her][r]"'),
        "field-markup",
        3,
        "inneholder «[her][»",
    ),
    Case(
        "fence in a plain field",
        decision(title='"Sak ~~~ kode"'),
        "field-markup",
        3,
        "inneholder «~~~»",
    ),
    Case(
        "file name that cannot be an address",
        decision(),
        "file-location",
        1,
        'Filnavnet «x" onmouseover="y.md» kan ikke brukes i en nettadresse.',
        file='decision_bank/afg/x" onmouseover="y.md',
    ),
    Case(
        "protocol-relative link leaves the site",
        GUIDE.replace("url: https://landinfo.no/", "url: //evil.example/landinfo"),
        "field-value",
        11,
        "«//evil.example/landinfo» i «url» er ikke en gyldig lenke. Lenken starter med //",
        file="interview_guides/afg.md",
    ),
    Case(
        "backslash link a browser sends to another host",
        GUIDE.replace("url: https://landinfo.no/", "url: /\\\\evil.example/x"),
        "field-value",
        11,
        "i «url» er ikke en gyldig lenke.",
        file="interview_guides/afg.md",
    ),
    Case(
        "empty required field",
        decision().replace("title: Enslig kvinne fra Herat", "title:"),
        "field-value",
        3,
        "Feltet «title» er tomt. Det skal være tekst.",
    ),
    Case(
        "empty list element",
        decision().replace("tags: [kjønn]", "tags:\n  -\n"),
        "field-value",
        11,
        "Element nr. 1 i «tags» er tomt.",
    ),
    Case(
        "country folder in capitals",
        decision(),
        "country-folder",
        4,
        "Mappen «AFG» skal skrives med små bokstaver: decision_bank/afg/",
        file="decision_bank/AFG/2024-x.md",
    ),
    Case(
        "duplicate id across the site",
        GUIDE.replace("IG-AFG", "VB-AFG-2024-001"),
        "id-duplicate",
        2,
        "Id-en «VB-AFG-2024-001» er også brukt i decision_bank/afg/2024-kvinne.md",
        file="interview_guides/afg.md",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_bad_input_is_reported_with_file_line_and_message(project: Project, case: Case) -> None:
    project.write(case.file, case.text)
    found = [p for p in errors(project) if p.file == case.file and p.code == case.code]
    assert found, f"no {case.code} in {case.file}: {check(project).problems}"
    assert found[0].line == case.line
    assert case.message in found[0].message


def test_every_problem_in_every_file_is_reported_in_one_run(project: Project) -> None:
    project.write(
        "decision_bank/afg/a.md",
        decision("VB-A", decided="2024-02-30", outcome="x", extra="foo: 1\n"),
    )
    project.write("decision_bank/afg/b.md", "no front matter\n")
    found = errors(project)
    codes = sorted((p.file, p.code) for p in found)
    assert ("decision_bank/afg/a.md", "date-invalid") in codes
    assert ("decision_bank/afg/a.md", "field-value") in codes
    assert ("decision_bank/afg/a.md", "field-unknown") in codes
    assert ("decision_bank/afg/b.md", "front-matter-missing") in codes
    assert found == sorted(found), "problems come sorted by file, line and column"


def test_bom_and_crlf_are_accepted(project: Project) -> None:
    text = decision().replace("\n", "\r\n").encode("utf-8")
    project.write(DECISION_FILE, b"\xef\xbb\xbf" + text)
    result = check(project)
    assert result.ok, result.problems
    assert any(d.id == "VB-AFG-2024-001" for d in result.content.decisions)


@pytest.mark.parametrize(
    ("old", "new", "code", "line", "message"),
    [
        (
            "review_interval_days: 90",
            'review_interval_days: "90"',
            "field-type",
            7,
            "Feltet «review_interval_days» skal være et heltall, men er «90»",
        ),
        (
            "practice_change: true",
            "practice_change: yes",
            "field-type",
            25,
            "«practice_change» skal være true eller false, men er «yes»",
        ),
        (
            "categories: [enslig-kvinne]",
            "categories: [enslig-kvine]",
            "category-unknown",
            26,
            "nevner kategorien «enslig-kvine», som ikke finnes",
        ),
        (
            "review_interval_days: 90",
            "review_interval_days: 3000000",
            "field-value",
            7,
            "Feltet «review_interval_days» kan være høyst 3650, men er •••••00.",
        ),
        (
            "  - code: dublin",
            "  - code: enslig-kvinne",
            "id-duplicate",
            13,
            "Kategorikoden «enslig-kvinne» står to ganger i notatet.",
        ),
        (
            "  - date: 2025-01-10",
            "  - date: 2026-10-01",
            "field-value",
            27,
            "Endringene skal stå med den nyeste først: 2026-10-01 står etter 2026-09-15.",
        ),
        (
            "    unit: Enhet B2\nchanges",
            "    unit: enhet b2\nchanges",
            "field-value",
            21,
            "Enheten «enhet b2» er skrevet «Enhet B2» i practice_notes/afg.md.",
        ),
    ],
)
def test_bad_practice_note(
    project: Project, old: str, new: str, code: str, line: int, message: str
) -> None:
    project.write("practice_notes/afg.md", NOTE.replace(old, new))
    [problem] = [p for p in errors(project) if p.code == code]
    assert (problem.file, problem.line) == ("practice_notes/afg.md", line)
    assert message in problem.message


def test_two_current_notes_for_one_country(project: Project) -> None:
    note = (project.root / "practice_notes/afg.md").read_text(encoding="utf-8")
    project.write("practice_notes/afg-ny.md", note.replace("PN-AFG", "PN-AFG-2"))
    [problem] = [p for p in errors(project) if p.code == "note-duplicate-current"]
    assert problem.file == "practice_notes/afg.md"
    assert "har allerede et gjeldende praksisnotat (practice_notes/afg-ny.md)" in problem.message


def test_superseded_by_cycle_and_withdrawn_target(project: Project) -> None:
    project.write(DECISION_FILE, decision(extra="superseded_by: VB-AFG-2025-002\n"))
    project.write(
        "decision_bank/afg/2025-dublin.md",
        decision("VB-AFG-2025-002", decided="2025-02-03", extra="superseded_by: VB-AFG-2024-001\n"),
    )
    assert {p.code for p in errors(project)} == {"reference-invalid"}
    assert "danner en ring" in errors(project)[0].message
    project.write(
        "decision_bank/afg/2025-dublin.md",
        decision(
            "VB-AFG-2025-002",
            decided="2025-02-03",
            extra="status: withdrawn\nstatus_reason: Fjernet.\nstatus_date: 2026-01-01\n",
        ),
    )
    [problem] = errors(project)
    assert "som er fjernet (withdrawn)" in problem.message


def test_a_file_with_errors_is_not_published(project: Project) -> None:
    project.write("decision_bank/afg/bad.md", decision("VB-BAD", outcome="x"))
    result = check(project)
    assert not result.ok
    assert "VB-BAD" not in {d.id for d in result.content.decisions}
    assert "decision_bank/afg/bad.md" in result.content.files


def test_other_file_types_are_reported_not_dropped(project: Project) -> None:
    project.write("decision_bank/afg/notat.docx", b"PK")
    [problem] = check(project).problems
    assert problem.severity is Severity.WARNING
    assert problem.file == "decision_bank/afg/notat.docx"
    assert "blir ikke publisert" in problem.message


def test_arrivals_are_validated(project: Project) -> None:
    project.write(
        "practice_notes/arrivals.yml",
        "- country: AFG\n  arrivals: 3\n- country: ERI\n  arrivals: many\n"
        "- country: AFG\n  arrivals: 3\n- country: SYR\n  arrivals: 5\n"
        "  expected_increase: NO\n",
    )
    found = sorted((p.line, p.code) for p in errors(project))
    assert found == [(4, "field-type"), (5, "id-duplicate"), (9, "field-type")]


def test_a_ring_is_reported_on_its_members_only(project: Project) -> None:
    project.write(DECISION_FILE, decision(extra="superseded_by: VB-AFG-2025-002\n"))
    project.write(
        "decision_bank/afg/2025-dublin.md",
        decision("VB-AFG-2025-002", decided="2025-02-03", extra="superseded_by: VB-AFG-2026-003\n"),
    )
    project.write(
        "decision_bank/afg/2026-ny.md",
        decision("VB-AFG-2026-003", decided="2026-02-03", extra="superseded_by: VB-AFG-2025-002\n"),
    )
    files = sorted(p.file for p in errors(project))
    assert files == ["decision_bank/afg/2025-dublin.md", "decision_bank/afg/2026-ny.md"]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "practice_notes/gamle/afg.md",
            "Praksisnotater skal ligge rett i practice_notes/, ikke i en undermappe.",
        ),
        (
            "interview_guides/index.md",
            "Filen får adressen /intervjuguider/, som allerede er en "
            "side Praksisbanken lager selv.",
        ),
        (
            "docs/roles/ansvarsmatrise.md",
            "Filen får adressen /roller/ansvarsmatrise/, som "
            "allerede er en side Praksisbanken lager selv.",
        ),
    ],
)
def test_files_that_would_share_an_address_are_refused(
    project: Project, path: str, message: str
) -> None:
    source = {
        "practice": NOTE.replace("PN-AFG", "PN-AFG-GAMMEL").replace(
            "owner_unit: Enhet A1",
            "owner_unit: Enhet A1\nstatus: outdated\nstatus_reason: Gammel."
            "\nstatus_date: 2026-01-01",
        ),
        "interview": GUIDE.replace("IG-AFG", "IG-AFG-2"),
        "docs": (project.root / "docs/roles/saksbehandler.md")
        .read_text(encoding="utf-8")
        .replace("role: saksbehandler", "role: matrise"),
    }[path.split("_")[0].split("/")[0]]
    project.write(path, source)
    [problem] = errors(project)
    assert (problem.file, problem.code) == (path, "file-location")
    assert message in problem.message


def test_a_broken_note_does_not_echo_on_every_decision(project: Project) -> None:
    project.write("practice_notes/afg.md", NOTE.replace("title: Praksisnotat", "title: [x"))
    found = errors(project)
    assert [p.file for p in found] == ["practice_notes/afg.md"]
