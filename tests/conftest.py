"""The fixtures every test may use. Test data and helpers live in helpers.py, the browser in
browser_fixtures.py (so the unit tests run without Playwright)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import TODAY, Project, write_project
from template_cache import compiled_templates_kept

# PRAKSISBANK_TIMELINE=<folder> records where a run's time goes (tests/timeline.py).
pytest_plugins = ["timeline"]

# The files that take longest, longest first (CPU seconds of a run on 2 cores). They start
# first, so that under pytest-xdist (a file to a worker) the short files fill the end of the run
# instead of one worker finishing a long file alone; pyproject.toml turns off xdist's own order
# (by number of tests). The other files follow in their usual order.
SLOWEST_FIRST = (
    "test_engines.py",
    "test_demo_content.py",
    "test_pdf.py",
    "test_hostile_sanitizer.py",
    "test_browser.py",
    "test_render_check.py",
    "test_build.py",
    "test_reading.py",
    "test_concurrent_builds.py",
    "test_search.py",
    "test_feeds.py",
    "test_finder_layout_browser.py",
    "test_finder_browser.py",
    "test_print.py",
    "test_a11y_browser.py",
    "test_serve.py",
    "test_search_queries.py",
    "test_hostile_files.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(SLOWEST_FIRST)}
    order = {id(item): i for i, item in enumerate(items)}
    items.sort(key=lambda item: (rank.get(item.path.name, len(rank)), order[id(item)]))


@pytest.fixture(scope="session", autouse=True)
def templates_compiled_once() -> Iterator[None]:
    """Every build in this process reuses the templates an earlier build compiled
    (template_cache.py): the same pages, a third less time per build."""
    with compiled_templates_kept():
        yield


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A small, valid project in a temporary folder."""
    return write_project(Project(tmp_path))


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRAKSISBANK_TODAY", TODAY.isoformat())
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("PRAKSISBANK_PDF", "0")  # test_pdf.py turns the PDFs on where it needs them


@pytest.fixture
def no_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fails the test on any warning or error that MkDocs or the plugin logged."""
    caplog.set_level(logging.INFO)
    yield
    left = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not left, f"unexpected warnings: {left}"
