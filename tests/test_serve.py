"""The preview: under `mkdocs serve` a content error is a page naming the problem, and the
preview comes back by itself when the file is fixed (served over HTTP, as a contributor sees it)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from helpers import TODAY, Project, decision, outdated_decision


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # loopback only
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def wait_for(url: str, needle: str, seconds: float = 60) -> tuple[int, str]:
    deadline = time.monotonic() + seconds
    last = (0, "")
    while time.monotonic() < deadline:
        try:
            last = fetch(url)
            if needle in last[1]:
                return last
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise AssertionError(f"{needle!r} not served at {url} within {seconds} s: {last[1][:500]}")


@pytest.fixture
def served(project: Project) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "PRAKSISBANK_TODAY": TODAY.isoformat(), "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "-f",
            str(project.root / "mkdocs.yml"),
            "-a",
            f"127.0.0.1:{port}",
            "--dirtyreload",  # as `make serve`: only what a save changed is rebuilt
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_content_error_is_served_as_a_page_and_the_preview_comes_back(
    project: Project, served: str
) -> None:
    good = decision()
    path = "decision_bank/afg/2024-kvinne.md"
    project.write(path, good.replace("outcome: protection", "outcome: beskyttelse"))
    status, page = wait_for(served, "Innholdet har feil")
    assert status == 200
    assert f"{path}" in page and "«beskyttelse» er ikke en gyldig verdi for «outcome»" in page
    status, other = wait_for(served + "vedtaksbank/afg/2024-kvinne/", "Innholdet har feil")
    assert status == 404 and "«beskyttelse»" in other  # every address shows the problem
    for shown in (page, other):  # the error page carries the policy too; its live reload runs
        policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', shown)
        assert policy is not None
        assert "default-src 'self'" in policy.group(1) and "'unsafe-inline'" in policy.group(1)
    project.write(path, good)
    wait_for(served + "vedtaksbank/afg/2024-kvinne/", "Enslig kvinne fra Herat")
    assert "Innholdet har feil" not in fetch(served)[1]


def test_a_saved_text_is_shown_and_pages_that_show_its_fields_follow(
    project: Project, served: str
) -> None:
    """Only changed pages are rebuilt, yet no page shows an old field of another file."""
    project.write("decision_bank/afg/2019-gammel.md", outdated_decision())
    old_page = served + "vedtaksbank/afg/2019-gammel/"
    wait_for(old_page, "Dublin-overføring til Østerrike")  # the decision that replaces it
    newer = "decision_bank/afg/2025-dublin.md"
    text = (project.root / newer).read_text(encoding="utf-8")
    project.write(newer, text + "\nEt nytt avsnitt om overføringen.\n")
    wait_for(served + "vedtaksbank/afg/2025-dublin/", "Et nytt avsnitt om overføringen.")
    project.write(newer, text.replace("Dublin-overføring til Østerrike", "Overføring til Tyskland"))
    wait_for(old_page, "Overføring til Tyskland")  # its own file did not change
    wait_for(served + "vedtaksbank/", "Overføring til Tyskland")


def test_a_change_to_mkdocs_yml_reaches_every_page(project: Project, served: str) -> None:
    page = served + "vedtaksbank/afg/2024-kvinne/"
    wait_for(page, "Testbanken")
    settings = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    project.write("mkdocs.yml", settings.replace("site_name: Testbanken", "site_name: Prøvebanken"))
    wait_for(page, "Prøvebanken")  # the decision's own file did not change
