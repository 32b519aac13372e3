"""Debian's Chromium, driven by Playwright (which downloads no browser).

Only the browser tests import this module (`from browser_fixtures import browser as browser`),
so the unit tests neither import Playwright nor need it installed.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, sync_playwright

# Debian's headless shell (`chromium-headless-shell`, the same Chromium without the desktop
# browser around it, which Playwright itself runs for headless tests) takes about half the CPU
# of the full browser for the same pages; the full `chromium` is used where the shell is missing.
CHROMIUM = (
    shutil.which("chromium-headless-shell") or shutil.which("chromium") or "/usr/bin/chromium"
)
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


_SHARED: list[Browser] = []
"""The one browser of the session. Each test module imports the fixture, so pytest keeps one
instance per module; a second Playwright in the same process would fail ("Sync API inside the
asyncio loop"), so every module after the first gets the first one's browser."""


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("CI needs Debian's chromium-headless-shell: `make test` installs it")
        pytest.skip("Debian's chromium is not installed (make browser-deps)")
    if _SHARED:
        yield _SHARED[0]
        return
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        _SHARED.append(chromium)
        yield chromium
        _SHARED.clear()
        chromium.close()


# The page's own report of every Content-Security-Policy violation, before any of its scripts.
_REPORT_VIOLATIONS = """
window.addEventListener("securitypolicyviolation", (e) => {
  window.__praksisbankViolation(
    `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} in ${e.sourceFile}:${e.lineNumber}`
  );
}, true);
"""


class Guard:
    """Fails a test on anything a reader's browser must never do on our pages: break the
    Content-Security-Policy (the page's own event and Chromium's console message), log an error,
    or send a request to a host other than the site's. Attach it to a page before its first
    address; read ``faults`` when done."""

    def __init__(self, origin: str) -> None:
        self.origin = origin.rstrip("/") + "/"
        self.faults: list[str] = []

    def attach(self, page: Page) -> Page:
        page.expose_function("__praksisbankViolation", self._violation)
        page.add_init_script(_REPORT_VIOLATIONS)
        page.on("console", self._console)
        page.on("request", self._request)
        page.on("pageerror", lambda error: self.faults.append(f"{page.url}: {error}"))
        return page

    def _violation(self, text: str) -> None:
        self.faults.append(f"CSP: {text}")

    def _console(self, message: ConsoleMessage) -> None:
        text = message.text
        if message.type == "error" or "Content Security Policy" in text:
            self.faults.append(f"console {message.type}: {text} ({message.location})")

    def _request(self, request: Request) -> None:
        url = request.url
        if not url.startswith(self.origin) and not url.startswith(("data:", "blob:")):
            self.faults.append(f"request elsewhere: {url}")


ROOT = Path(__file__).resolve().parent.parent


def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's demo site (its own mkdocs.yml) without PDFs, as on the tests' day,
    built once per test run (shared_builds.py) and shared by the tests that only read or serve
    it: none of them may change it."""
    from shared_builds import shared

    return shared(tmp_path_factory, "demo", _build_demo)


def _build_demo(folder: Path) -> Path:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from helpers import TODAY

    mp = pytest.MonkeyPatch()
    mp.setenv("PRAKSISBANK_TODAY", TODAY.isoformat())
    mp.setenv("PRAKSISBANK_PDF", "0")
    mp.setenv("NO_MKDOCS_2_WARNING", "1")
    try:
        site = folder / "site"
        build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site)))
    finally:
        mp.undo()
    return site


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves a built site without a log line per request."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serving(folder: Path, handler: type[SimpleHTTPRequestHandler] = QuietHandler) -> Iterator[str]:
    """``folder`` over HTTP on the loopback address (Pagefind fetches its index, the address bar
    and history work as a reader has them); yields the root address, ending in ``/``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
