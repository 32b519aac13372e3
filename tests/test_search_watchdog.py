"""The search index's watchdog (``core/publish/search.py``, ``Watchdog``): a run of Pagefind is
stopped when it uses more CPU than its pages need or stops making progress, never after a fixed
wall time; the message says so in Norwegian and the bundle that was there stays.

Pagefind is replaced by stand-ins: small Python programs that spin, sleep or finish."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from praksisbank.core.publish import search

PID = "import os, sys, time\nopen(sys.argv[1], 'w').write(str(os.getpid()))\n"
"""Each stand-in writes its process id to the file named by its first argument."""
SPIN = PID + "while True: pass"
"""A stand-in stuck in a loop: uses a core for as long as it is let."""
SLEEP = PID + "time.sleep(600)"
"""A stand-in stuck waiting: uses no CPU at all."""
WORK = "import time\nwhile time.process_time() < {cpu}: pass\nprint('Indexed 3 pages')"
"""A stand-in that needs `cpu` seconds of CPU, then finishes."""

FAST = search.Watchdog(cpu_base=60.0, cpu_per_page=0.0, stalled=60.0, poll=0.02)
"""Limits no healthy stand-in reaches."""


def _standin(code: str, pidfile: Path) -> tuple[str, ...]:
    return (sys.executable, "-c", code, str(pidfile))


def _gone(pidfile: Path) -> bool:
    pid = int(pidfile.read_text(encoding="ascii"))
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _old_bundle(site: Path) -> Path:
    """A site with two pages and the bundle of an earlier, good build."""
    for n in (1, 2):
        (site / f"side-{n}.html").write_text("<html><body>side</body></html>", encoding="utf-8")
    kept = site / search.BUNDLE / "pagefind-entry.json"
    kept.parent.mkdir()
    kept.write_text('{"languages": {}}', encoding="utf-8")
    return kept


def test_an_indexer_stuck_in_a_loop_is_stopped_and_the_old_index_stays(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    kept = _old_bundle(site)
    pidfile = tmp_path / "pid"
    watchdog = search.Watchdog(cpu_base=0.5, cpu_per_page=0.0, stalled=60.0, poll=0.02)

    with pytest.raises(search.SearchError) as raised:
        search.index_site(site, watchdog=watchdog, indexer=_standin(SPIN, pidfile))

    message = str(raised.value)
    assert message.startswith("Praksisbanken: søkeindeksen kunne ikke lages: Pagefind hadde brukt")
    assert "CPU-sekunder på et nettsted med 2 HTML-sider" in message
    assert "grensen på 0,5 for så mange sider" in message
    assert "Søkeindeksen som var der fra før, er ikke endret." in message
    assert _gone(pidfile)  # stopped, not left running
    assert kept.read_text(encoding="utf-8") == '{"languages": {}}'
    assert not (site / f".{search.BUNDLE}-new").exists()


def test_an_indexer_that_makes_no_progress_is_stopped(tmp_path: Path) -> None:
    pidfile = tmp_path / "pid"
    watchdog = search.Watchdog(cpu_base=600.0, cpu_per_page=0.0, stalled=0.5, poll=0.02)

    with pytest.raises(search.SearchError) as raised:
        search.run_indexer(_standin(SLEEP, pidfile), pages=5000, watchdog=watchdog)

    message = str(raised.value)
    assert "Pagefind hadde ikke brukt prosessoren på" in message
    assert "kom ikke videre, så den ble stoppet" in message
    assert _gone(pidfile)


def test_the_cpu_a_run_may_use_follows_the_pages_it_indexes(tmp_path: Path) -> None:
    """The same work (0.4 s of CPU) passes for a site of 100 pages and is stopped for a site of
    none: the limit is per page, not a fixed time."""
    watchdog = search.Watchdog(cpu_base=0.1, cpu_per_page=0.02, stalled=60.0, poll=0.02)
    work = (sys.executable, "-c", WORK.format(cpu=0.4))

    assert "Indexed 3 pages" in search.run_indexer(work, pages=100, watchdog=watchdog)
    with pytest.raises(search.SearchError, match="med 0 HTML-sider"):
        search.run_indexer(work, pages=0, watchdog=watchdog)


def test_a_failing_indexer_is_reported_with_its_last_words(tmp_path: Path) -> None:
    fails = (sys.executable, "-c", "import sys\nprint('Fant ingen sider')\nsys.exit(3)")
    with pytest.raises(search.SearchError, match="Pagefind sa: Fant ingen sider"):
        search.run_indexer(fails, pages=1, watchdog=FAST)


def test_an_indexer_that_cannot_start_is_an_error_in_norwegian(tmp_path: Path) -> None:
    missing = (str(tmp_path / "finnes-ikke"),)
    with pytest.raises(search.SearchError, match="søkeindeksen kunne ikke lages"):
        search.run_indexer(missing, pages=1, watchdog=FAST)


def test_the_pages_counted_are_the_sites_html_files_not_the_bundles(tmp_path: Path) -> None:
    _old_bundle(tmp_path)
    (tmp_path / search.BUNDLE / "x.html").write_text("", encoding="utf-8")
    (tmp_path / "land").mkdir()
    (tmp_path / "land" / "index.html").write_text("", encoding="utf-8")
    (tmp_path / "land" / "atom.xml").write_text("", encoding="utf-8")
    assert search.html_pages(tmp_path) == 3
