"""Starting new content: `praksisbank new` writes a file that passes the check as written."""

from __future__ import annotations

import pytest

from helpers import NOTE, TODAY, Project
from praksisbank.cli.main import main
from praksisbank.core.content.loader import Layout, load


def new(project: Project, *args: str) -> int:
    return main(["new", *args[:1], str(project.root), *args[1:], "--no-input"])


def upper_case_codes(project: Project) -> Project:
    """Category codes as the department writes them (IM 2016-003 punkt 4.5): AFG-A, AFG-B."""
    note = NOTE.replace("code: enslig-kvinne", "code: AFG-A").replace("code: dublin", "code: AFG-B")
    project.write(
        "practice_notes/afg.md", note.replace("categories: [enslig-kvinne]", "categories: [AFG-A]")
    )
    for path in (project.root / "decision_bank/afg").iterdir():
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace("category: enslig-kvinne", "category: AFG-A").replace(
                "category: dublin", "category: AFG-B"
            ),
            encoding="utf-8",
        )
    return project


def test_a_new_decision_with_an_upper_case_code_passes_the_check(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    upper_case_codes(project)
    assert (
        new(
            project,
            "decision",
            "--country",
            "AFG",
            "--category",
            "AFG-A",
            "--outcome",
            "refused",
            "--decided",
            "2024-05-01",
            "--title",
            "Enslig kvinne: nettverk",
        )
        == 0
    )
    written = project.root / "decision_bank/afg/2024-002-enslig-kvinne-nettverk.md"
    text = written.read_text(encoding="utf-8")
    assert "id: VB-AFG-2024-002\n" in text and "category: AFG-A\n" in text
    assert 'title: "Enslig kvinne: nettverk"' in text
    assert "Skrev decision_bank/afg/2024-002-enslig-kvinne-nettverk.md" in capsys.readouterr().out
    result = load(Layout.default(project.root), TODAY)
    assert result.ok, result.problems
    decision = next(d for d in result.content.decisions if d.id == "VB-AFG-2024-002")
    assert decision.category == "AFG-A"


@pytest.mark.parametrize(
    ("kind", "args", "path"),
    [
        (
            "clarification",
            [
                "--country",
                "AFG",
                "--title",
                "Enslige kvinner i byene",
                "--category",
                "enslig-kvinne",
            ],
            "practice_clarifications/afg-2026-enslige-kvinner-i-byene.md",
        ),
        (
            "interview-guide",
            ["--country", "AFG", "--title", "Intervjuguide for barn", "--audience", "children"],
            "interview_guides/afg-intervjuguide-for-barn.md",
        ),
        (
            "practice-note",
            ["--country", "SYR", "--title", "Praksisnotat Syria", "--owner-unit", "Enhet A1"],
            "practice_notes/syr.md",
        ),
    ],
)
def test_every_kind_starts_a_file_that_passes(
    project: Project, kind: str, args: list[str], path: str
) -> None:
    assert new(project, kind, *args) == 0
    assert (project.root / path).is_file()
    result = load(Layout.default(project.root), TODAY)
    assert result.ok, result.problems


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--country", "AFG", "--category", "hazara"],
            "«hazara» er ikke en gyldig verdi for --category i praksisnotatet for AFG. Tillatte "
            "verdier: enslig-kvinne, dublin.",
        ),
        (["--country", "AF", "--category", "dublin"], "«AF» er ikke en landkode."),
        (
            ["--country", "AFG", "--category", "dublin", "--decided", "2027-01-01"],
            "Datoen 2027-01-01 ligger fram i tid.",
        ),
    ],
)
def test_bad_values_are_clear_errors(
    project: Project, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    base = {"--outcome": "refused", "--decided": "2024-05-01", "--title": "Tittel"}
    for i in range(0, len(args), 2):
        base[args[i]] = args[i + 1]
    flat = [x for pair in base.items() for x in pair]
    assert new(project, "decision", *flat) == 2
    assert message in capsys.readouterr().err
    assert len(list((project.root / "decision_bank/afg").iterdir())) == 2  # nothing written


def test_an_existing_file_is_never_overwritten(project: Project) -> None:
    args = [
        "--country",
        "AFG",
        "--category",
        "dublin",
        "--outcome",
        "dublin",
        "--decided",
        "2024-05-01",
        "--title",
        "Kvinne",
    ]
    taken = project.write("decision_bank/afg/2024-002-kvinne.md", "min egen tekst")
    assert new(project, "decision", *args) == 0
    assert taken.read_text(encoding="utf-8") == "min egen tekst"
    assert (project.root / "decision_bank/afg/2024-002-kvinne-2.md").is_file()


def test_a_second_current_note_is_refused(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        new(
            project,
            "practice-note",
            "--country",
            "AFG",
            "--title",
            "Nytt",
            "--owner-unit",
            "Enhet A1",
        )
        == 2
    )
    assert (
        "AFG har allerede et gjeldende praksisnotat (practice_notes/afg.md)"
        in capsys.readouterr().err
    )


def test_argparse_speaks_norwegian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["new", "vedtak"])
    err = capsys.readouterr().err
    assert "feil: argument TYPE: ugyldig valg: 'vedtak' (velg blant" in err
    assert err.startswith("bruk: praksisbank new")


def test_in_a_terminal_it_asks_for_each_field(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["AFG", "dublin", "dublin", "2024-06-01", "Overføring til Østerrike"])
    asked: list[str] = []

    def answer(question: str) -> str:
        asked.append(question)
        return next(answers)

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", answer)
    assert main(["new", "decision", str(project.root)]) == 0
    assert asked[1] == "Kategori [enslig-kvinne, dublin]: "
    assert asked[2].startswith("Utfall [protection, humanitarian, refused, dublin, dismissed]")
    assert (project.root / "decision_bank/afg/2024-002-overforing-til-osterrike.md").is_file()
