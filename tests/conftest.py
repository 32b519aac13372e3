"""The fixtures every test may use. Test data and helpers live in helpers.py, the browser in
browser_fixtures.py (so the unit tests run without Playwright)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

import shared_builds
from gate_memo import clean_verdicts_kept
from helpers import TODAY, Project, write_project
from template_cache import (
    compiled_templates_kept,
    installed_theme_files_listed_once,
    installed_theme_scripts_listed_once,
)

# The order and units in which the tests go out to the workers (tests/schedule.py), and, with
# PRAKSISBANK_TIMELINE=<folder>, a record of where a run's time goes (tests/timeline.py).
pytest_plugins = ["schedule", "timeline"]


@pytest.fixture(scope="session", autouse=True)
def templates_compiled_once() -> Iterator[None]:
    """Every build in this process reuses the templates an earlier build compiled, and the
    script files of the installed theme folders it listed, and the static files MkDocs listed
    in them (template_cache.py): the same pages, a third less time per build, a fifth of what
    is left, and a sixth of what is left then."""
    with (
        compiled_templates_kept(),
        installed_theme_scripts_listed_once(),
        installed_theme_files_listed_once(),
    ):
        yield


@pytest.fixture(scope="session", autouse=True)
def gate_reads_a_clean_text_once() -> Iterator[None]:
    """The gate does not read again a text it found clean in this process (gate_memo.py): the
    same findings and messages, about a third less CPU for a small build."""
    with clean_verdicts_kept():
        yield


@pytest.fixture(scope="session", autouse=True)
def pdf_renders_shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """PDFs rendered in a test process are kept for the run, by cache key, for every worker
    (``shared_builds.pdfs_rendered_here``)."""
    shared_builds.RENDERS[:] = [shared_builds.run_folder(tmp_path_factory) / "shared-pdf-renders"]
    yield
    shared_builds.RENDERS.clear()


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A small, valid project in a temporary folder."""
    return write_project(Project(tmp_path))


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRAKSISBANK_TODAY", TODAY.isoformat())
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("PRAKSISBANK_PDF", "0")  # test_pdf.py turns the PDFs on where it needs them
    # Every text read cold: a test that plants a finding by changing a detector must not meet a
    # clean verdict an earlier test stored (tests/test_verdict_store.py turns the store on).
    monkeypatch.setenv("PRAKSISBANK_VERDICT_CACHE", "0")


@pytest.fixture
def no_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fails the test on any warning or error that MkDocs or the plugin logged."""
    caplog.set_level(logging.INFO)
    yield
    left = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not left, f"unexpected warnings: {left}"
