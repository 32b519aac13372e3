"""A worker process ends with the process that started it (``core/base/orphans.py``).

Two CI runs of stop 26 each left a spawned pool worker waiting on its queue after pytest had
ended: its parent had left without shutting the pool down. A parent that leaves so (here
``os._exit``, as a killed process would) must not leave its workers behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

PARENT = textwrap.dedent(
    """
    import multiprocessing, os, sys
    from concurrent.futures import ProcessPoolExecutor
    from praksisbank.core.base.orphans import end_with_parent

    def pid() -> int:
        return os.getpid()

    if __name__ == "__main__":
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(1, mp_context=context, initializer={initializer})
        print(pool.submit(pid).result(), flush=True)
        os._exit(0)  # no shutdown: the pool is left as a killed parent leaves it
    """
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return (
        Path(f"/proc/{pid}/status").exists()
        and "zombie" not in Path(f"/proc/{pid}/status").read_text()
    )


def _worker_left(tmp_path: Path, initializer: str) -> int:
    script = tmp_path / "parent.py"
    script.write_text(PARENT.format(initializer=initializer), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = tmp_path / "out.txt"  # a file, not a pipe: a worker left behind holds the pipe open
    with out.open("w") as stdout:
        subprocess.run([sys.executable, str(script)], stdout=stdout, env=env, timeout=120)
    return int(out.read_text().split()[0])


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_a_worker_ends_when_its_parent_is_gone(tmp_path: Path) -> None:
    worker = _worker_left(tmp_path, "end_with_parent")
    for _ in range(100):  # it looks once a second; a loaded machine may take longer
        if not _alive(worker):
            return
        time.sleep(0.2)
    os.kill(worker, 9)
    raise AssertionError("the worker outlived its parent by 20 s")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_without_the_guard_the_worker_is_left_behind(tmp_path: Path) -> None:
    """What the guard is for (this test fails when Python itself ends such workers)."""
    worker = _worker_left(tmp_path, "None")
    time.sleep(3)
    try:
        assert _alive(worker)
    finally:
        os.kill(worker, 9)
