"""Builds that several test files only read, made once per test run for every pytest-xdist worker.

Each worker is its own process with its own session fixtures, so a site that two files read was
built once in each worker that ran one of them. ``shared`` builds it into the run's common
temporary folder under a file lock: the first worker to ask builds it, a worker asking meanwhile
waits for that build, and later ones read the finished folder. Tests that change a site copy it
first (none of the shared folders may change).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock

_DONE = ".praksisbank-tests-built"


def _run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The temporary folder of this run: under xdist each worker's folder lies in it."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def shared(
    tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], Path]
) -> Path:
    """What ``make`` returns when given the empty folder ``shared-<name>``, made once per run.

    ``make`` must return a path inside the folder it was given; a build that failed is tried
    again by the next test that asks (and fails there too, with its own message)."""
    folder = _run_folder(tmp_path_factory) / f"shared-{name}"
    done = folder / _DONE
    with FileLock(str(folder) + ".lock"):
        if not done.is_file():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            made = make(folder)
            done.write_text(made.relative_to(folder).as_posix(), encoding="utf-8")
    return folder / done.read_text(encoding="utf-8")
