"""Two builds into the same site folder at once, one failing: the last good site survives whole,
and neither build leaves a folder behind (``core/publish/aside.py``); a build killed outright
leaves one, which the next build clears (and no running build's)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from helpers import Project, build_site, decision, write_project
from praksisbank.core.publish.aside import AsideBuild

ROUNDS = 6

# Each build is a process of its own, as two jobs of a pipeline are, running MkDocs' command line
# (``mkdocs build``). The processes are forked from this one after a build here has loaded MkDocs,
# the theme and the plugin and compiled the templates (template_cache.py): a fresh interpreter per
# build spent most of its time importing and compiling.
_FORK = multiprocessing.get_context("fork")


def _mkdocs_build(project: Path, site: Path, errors: Path) -> None:
    """In the new process: ``mkdocs build -q`` of ``project`` into ``site``, its messages to
    ``errors``; the process's exit code is the command's."""
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(os.open(errors, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
    sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115 (the process ends with the build)
    sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
    os.environ["PRAKSISBANK_PDF"] = "0"
    from mkdocs.__main__ import cli

    cli.main(
        ["build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(site)], prog_name="mkdocs"
    )


class _Build:
    """One running ``mkdocs build`` in a process of its own."""

    def __init__(self, project: Path, site: Path) -> None:
        self.errors = site.parent.parent / f"bygg-{os.urandom(6).hex()}.err"
        self.process = _FORK.Process(target=_mkdocs_build, args=(project, site, self.errors))
        self.process.start()

    def wait(self, timeout: float) -> int | None:
        self.process.join(timeout)
        return self.process.exitcode

    def stderr(self) -> str:
        return self.errors.read_text(encoding="utf-8", errors="replace")


def _build(project: Path, site: Path) -> _Build:
    return _Build(project, site)


def test_two_builds_at_once_one_failing_leave_the_last_good_site(tmp_path: Path) -> None:
    good = write_project(Project(tmp_path / "god"))
    bad = write_project(Project(tmp_path / "feil"))
    for project in (good, bad):  # no search index: the test is about the folders
        text = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
        project.write(
            "mkdocs.yml",
            text.replace("  - praksisbank\n", "  - praksisbank:\n      search: false\n"),
        )
    bad.write("decision_bank/afg/2024-feil.md", decision("VB-AFG-2024-009", outcome="ukjent"))
    build_site(good)  # in this process, into the project's own site/: what the forks start from
    site = tmp_path / "ut" / "site"
    for _ in range(ROUNDS):
        builds = [_build(good.root, site), _build(bad.root, site), _build(good.root, site)]
        codes = [b.wait(timeout=300) for b in builds]
        assert codes[0] == 0 and codes[2] == 0 and codes[1] != 0, [b.stderr() for b in builds]
        assert (site / "index.html").is_file()
        assert (site / "vedtaksbank/afg/2024-kvinne/index.html").is_file()
    left = sorted(p.name for p in site.parent.iterdir())
    assert left == ["site"]


def _built(folder: str, marker: str) -> Path:
    built = Path(folder)
    (built / "index.html").write_text(marker, encoding="utf-8")
    return built


def test_a_failing_build_removes_its_own_folder_and_no_other(tmp_path: Path) -> None:
    site = tmp_path / "site"
    first, first_dir = AsideBuild.start(str(site))
    second, second_dir = AsideBuild.start(str(site))
    assert first_dir != second_dir
    message = second.fail()
    assert not Path(second_dir).exists() and Path(first_dir).is_dir()
    assert message == f"Praksisbanken: bygget feilet. Nettstedet i {site} er ikke laget."
    first.finish(_built(first_dir, "første"))
    assert (site / "index.html").read_text(encoding="utf-8") == "første"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_builds_finishing_together_leave_one_whole_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("gammel", encoding="utf-8")
    builds = [AsideBuild.start(str(site)) for _ in range(8)]
    errors: list[BaseException] = []
    gate = threading.Barrier(len(builds))

    def finish(build: AsideBuild, folder: str, n: int) -> None:
        built = _built(folder, f"bygg {n}")
        gate.wait()
        try:
            build.finish(built)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=finish, args=(build, folder, n))
        for n, (build, folder) in enumerate(builds)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert (site / "index.html").read_text(encoding="utf-8").startswith("bygg ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def _killed_while_building(site: str) -> None:
    """In the new process: a build that has written part of the site when it is killed outright
    (``SIGKILL``: no code of its own runs, as when a pipeline's job is stopped)."""
    _build_here, folder = AsideBuild.start(site)
    (Path(folder) / "index.html").write_text("halvferdig", encoding="utf-8")
    os.kill(os.getpid(), signal.SIGKILL)


def _still_building(site: str, started: Any, stop: Any) -> None:
    """In the new process: a build that is still writing when another starts."""
    build, folder = AsideBuild.start(site)
    (Path(folder) / "index.html").write_text("pågår", encoding="utf-8")
    started.set()
    stop.wait(120)
    build.finish(Path(folder))


def test_a_new_build_clears_the_folder_of_a_killed_build_and_no_running_ones(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    killed = _FORK.Process(target=_killed_while_building, args=(str(site),))
    killed.start()
    killed.join(60)
    assert killed.exitcode == -signal.SIGKILL
    (left,) = [p for p in tmp_path.iterdir() if p.name.startswith(".site-ny-")]
    assert (left / "index.html").is_file()  # what a killed build leaves

    started, stop = _FORK.Event(), _FORK.Event()
    running = _FORK.Process(target=_still_building, args=(str(site), started, stop))
    running.start()
    assert started.wait(60)
    (elsewhere,) = [p for p in tmp_path.iterdir() if p.name.startswith(".site-ny-") and p != left]
    here, here_folder = AsideBuild.start(str(site))  # a build in this process, still running

    newest, newest_folder = AsideBuild.start(str(site))
    assert not left.exists()  # the killed build's folder is cleared
    assert (elsewhere / "index.html").read_text(encoding="utf-8") == "pågår"  # not a running one's
    assert Path(here_folder).is_dir()

    here.fail()
    stop.set()
    running.join(60)
    assert running.exitcode == 0
    assert (site / "index.html").read_text(encoding="utf-8") == "pågår"
    newest.finish(_built(newest_folder, "nyeste"))
    assert (site / "index.html").read_text(encoding="utf-8") == "nyeste"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
