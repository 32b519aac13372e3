"""What the rendered-text gate keeps between builds (core/gate/sitegate.py): what it found in each
PDF, kept in the project's cache folder and signed with a key kept outside the project, so no
file a contributor can put in the project clears a PDF unread.

The identity number is generated in the test (``identity_number``: valid check digits for a
made-up birth date), never a real person's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import identity_number
from praksisbank.core.gate import rendered, sitegate

F = identity_number("030494")
IDENTITY = "et fødselsnummer, D-nummer eller H-nummer"


@pytest.fixture
def pdf() -> bytes:
    weasyprint = pytest.importorskip("weasyprint")
    data: bytes = weasyprint.HTML(string=f"<p>Nummer {F}</p>").write_pdf()
    return data


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This machine's cache folder, outside the project."""
    folder = tmp_path / "maskin"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times a PDF's text was read."""
    count: list[int] = []
    real = rendered.in_pdf

    def counted(data: bytes, **kwargs: object) -> list[rendered.Seen]:
        count.append(1)
        return real(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(rendered, "in_pdf", counted)
    return count


def gate(project: Path, data: bytes) -> list[str]:
    path = project / "site" / "vedtak.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    cache = project / ".cache" / "praksisbank-pdf"
    return [f.what for f in sitegate.gate_file("vedtak.pdf", path, cache)]


def test_the_gates_own_verdict_spares_reading_an_unchanged_pdf_again(
    tmp_path: Path, pdf: bytes, machine: Path, reads: list[int]
) -> None:
    project = tmp_path / "prosjekt"
    assert gate(project, pdf) == [IDENTITY]
    assert gate(project, pdf) == [IDENTITY]
    assert len(reads) == 1
    assert (machine / "praksisbank" / sitegate.KEY_FILE).is_file()


@pytest.mark.parametrize(
    "forged",
    [
        [],  # the verdict as it was kept before it was signed
        {"rows": [], "mac": "0" * 64},
        {"rows": [], "mac": None},
        {"rows": []},
    ],
    ids=["unsigned list", "wrong signature", "no signature", "signature left out"],
)
def test_a_verdict_put_in_the_project_does_not_clear_a_pdf(
    tmp_path: Path, pdf: bytes, machine: Path, reads: list[int], forged: object
) -> None:
    """A contributor who forces «nothing found» for their PDF into the project's cache folder
    (every part of the name can be worked out from the repository and the PDF) publishes
    nothing: the PDF is read."""
    project = tmp_path / "prosjekt"
    assert gate(project, pdf) == [IDENTITY]  # the gate's own verdict, then overwritten
    (kept,) = (project / ".cache" / "praksisbank-pdf").glob("gate-*.json")
    kept.write_text(json.dumps(forged), encoding="utf-8")
    assert gate(project, pdf) == [IDENTITY]
    assert len(reads) == 2


def test_a_verdict_signed_on_another_machine_is_not_believed(
    tmp_path: Path, pdf: bytes, machine: Path, reads: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A verdict copied from elsewhere (a cache folder committed or restored from another run)
    carries another key's signature: a clean one there says nothing here."""
    elsewhere = tmp_path / "annen"
    weasyprint = pytest.importorskip("weasyprint")
    clean = weasyprint.HTML(string="<p>Vedtak 17. mai 2024</p>").write_pdf()
    monkeypatch.setenv("XDG_CACHE_HOME", str(elsewhere))
    assert gate(elsewhere / "prosjekt", clean) == []
    (kept,) = (elsewhere / "prosjekt" / ".cache" / "praksisbank-pdf").glob("gate-*.json")
    verdict = json.loads(kept.read_text(encoding="utf-8"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(machine))
    project = tmp_path / "prosjekt"
    assert gate(project, pdf) == [IDENTITY]
    (mine,) = (project / ".cache" / "praksisbank-pdf").glob("gate-*.json")
    mine.write_text(json.dumps(verdict), encoding="utf-8")  # the other machine's «nothing»
    assert gate(project, pdf) == [IDENTITY]
    assert len(reads) == 3


def test_no_verdict_is_kept_when_the_key_would_be_in_the_project(
    tmp_path: Path, pdf: bytes, reads: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key inside the project could be committed with the verdicts it signs: then nothing is
    kept, and every PDF is read in every build."""
    project = tmp_path / "prosjekt"
    monkeypatch.setenv("XDG_CACHE_HOME", str(project / ".cache"))
    assert gate(project, pdf) == [IDENTITY]
    assert gate(project, pdf) == [IDENTITY]
    assert len(reads) == 2
    assert not list((project / ".cache").rglob("gate-*"))
