"""How the tests go out to the pytest-xdist workers: in units, the costliest first.

A unit runs on one worker, its tests one after the other. A unit is a test file (its module
fixtures are made once, on one worker), unless ``SPLIT`` cuts the file: the test functions
named there (with all their parameters) are units of their own and may run on the other
worker beside the rest of the file. Only tests that share no module fixture with the rest of
their file, or only one that ``shared_builds`` makes once per run for every worker, may be cut
out; ``EACH_TEST`` cuts a file without module fixtures into one unit per test function.

pyproject.toml runs ``--dist loadscope``, and ``pytest_xdist_make_scheduler`` below makes
these units its scopes (xdist's ``--dist loadgroup`` marks do not reach its scheduler under
pytest 9: xdist 3.8 writes the group into ``item._nodeid``, which pytest 9 no longer reads).

The units go out in the order of ``COSTLIEST_FIRST`` (CPU seconds of a run on 2 cores,
measured with ``PRAKSISBANK_TIMELINE``, tests/timeline.py), then every other file in its usual
order: the long units start first and the short files fill the end of the run, instead of one
worker finishing a long file alone. A name there is a file (its tests not cut out) or a unit
(``file::function``). pyproject.toml turns off xdist's own order (by number of tests).
Under ``-n0`` only the order applies.
"""

from __future__ import annotations

from typing import Any

import pytest

EACH_TEST = ("*",)
"""In ``SPLIT``: every test function of the file is a unit."""

SPLIT: dict[str, tuple[str, ...]] = {
    # The quick tests of the engines need not wait behind the demo built by both engines
    # (``sites``: the run's longest chain, after the strict build with every PDF). A new test
    # stays with ``sites`` unless it is named here.
    "test_engines.py": (
        "test_a_number_only_the_page_shows_stops_the_zensical_build",
        "test_a_content_error_stops_before_the_engine",
        "test_every_page_is_a_folder_with_an_index",
        "test_the_tree_settings_drop_our_plugin_and_keep_the_engines_tags",
        "test_links_in_a_body_point_at_the_pages_addresses",
        "test_an_unknown_engine_is_refused_in_norwegian",
        "test_a_heading_outside_any_block_is_written_for_the_table_of_contents",
    ),
    # ``built`` is made once per run (shared_builds), so the tests that render their own PDFs
    # can go to the other worker.
    "test_pdf.py": (
        "test_cache_renders_only_what_a_change_touches",
        "test_cli_makes_the_pdfs_without_building_the_site",
        "test_a_picture_is_printed_and_its_change_renders_the_pdf_again",
    ),
    # No module fixtures: each test builds or checks its own project.
    "test_render_check.py": EACH_TEST,
    "test_hostile_files.py": EACH_TEST,
    "test_robustness.py": EACH_TEST,
}

COSTLIEST_FIRST = (
    "test_engines.py",
    "test_pdf.py::test_cache_renders_only_what_a_change_touches",
    "test_render_check.py",
    "test_hostile_sanitizer.py",
    "test_browser.py",
    "test_pdf.py::test_cli_makes_the_pdfs_without_building_the_site",
    "test_hostile_files.py",
    "test_concurrent_builds.py",
    "test_robustness.py",
    "test_pdf.py::test_a_picture_is_printed_and_its_change_renders_the_pdf_again",
    "test_pdf.py",
    # Reads the strict build that test_engines.py starts with: by now nobody waits for it.
    "test_demo_content.py",
    "test_reading.py",
    "test_gate_speed.py",
    "test_build.py",
    "test_hostile_personal_data.py",
    "test_preview.py",
    "test_rendered_gate.py",
    "test_search.py",
    "test_serve.py",
    "test_print.py",
    "test_kinds.py",
    "test_roles_readiness.py",
    "test_leak_classes_files.py",
    "test_published_files.py",
    "test_site_config.py",
    "test_exceptions.py",
    "test_finder_layout_browser.py",
    "test_cli.py",
)


def unit_of(nodeid: str) -> str:
    """The unit of the test ``tests/test_x.py::test_y[row]``: ``test_x.py`` or, for a test
    ``SPLIT`` cuts out, ``test_x.py::test_y``."""
    path, _, rest = nodeid.partition("::")
    file = path.rsplit("/", 1)[-1]
    function = rest.split("[", 1)[0].split("::", 1)[0]
    parts = SPLIT.get(file, ())
    if parts == EACH_TEST or function in parts:
        return f"{file}::{function}"
    return file


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(COSTLIEST_FIRST)}
    order = {id(item): i for i, item in enumerate(items)}

    def key(item: pytest.Item) -> tuple[int, int]:
        unit = unit_of(item.nodeid)
        return (rank.get(unit, rank.get(item.path.name, len(rank))), order[id(item)])

    items.sort(key=key)


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Under ``--dist loadscope`` (pyproject.toml) the scopes are our units; another ``--dist``
    given on the command line is xdist's own."""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling  # type: ignore[import-untyped]

    class Units(LoadScopeScheduling):  # type: ignore[misc]
        """xdist's scheduling by scope, with ``unit_of`` as the scope."""

        def _split_scope(self, nodeid: str) -> str:
            return unit_of(nodeid)

    return Units(config, log)
