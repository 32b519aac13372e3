"""Two builds into the same site folder at once, one failing: the last good site survives whole,
and neither build leaves a folder behind (``aside.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import Project, decision, write_project

ROUNDS = 6


def _build(project: Path, site: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PRAKSISBANK_PDF": "0"}
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"),
         "-d", str(site)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )  # fmt: skip


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
    site = tmp_path / "ut" / "site"
    for _ in range(ROUNDS):
        builds = [_build(good.root, site), _build(bad.root, site), _build(good.root, site)]
        codes = [b.wait(timeout=300) for b in builds]
        assert codes[0] == 0 and codes[2] == 0 and codes[1] != 0, [
            b.stderr.read() for b in builds if b.stderr
        ]
        assert (site / "index.html").is_file()
        assert (site / "vedtaksbank/afg/2024-kvinne/index.html").is_file()
    left = sorted(p.name for p in site.parent.iterdir())
    assert left == [".site.lock", "site"]
