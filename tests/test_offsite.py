"""Nothing leaves the intranet: every page of the demo site, opened in Chromium, asks only the
site itself for anything (issue 9, item 5). Requests elsewhere are stopped and reported."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Route

from browser_fixtures import browser as browser
from browser_fixtures import demo_site  # the fixture, found by pytest by its name

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.browser


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def demo_served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    site = demo_site(tmp_path_factory)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", site
    server.shutdown()
    server.server_close()


def test_no_page_asks_anything_of_another_host(
    demo_served: tuple[str, Path], browser: Browser
) -> None:
    base, site = demo_served
    own = urlsplit(base).netloc
    outside: list[str] = []
    missing: list[str] = []

    def guard(route: Route) -> None:
        url = route.request.url
        if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).netloc == own:
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    pages = sorted(p.parent.relative_to(site).as_posix() for p in site.rglob("index.html"))
    assert len(pages) > 100  # the whole demo, not a sample
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route("**/*", guard)
    page = context.new_page()
    page.on(
        "response",
        lambda r: missing.append(r.url) if r.status >= 400 and own in r.url else None,
    )
    for path in pages:
        address = base if path == "." else f"{base}{path}/"
        page.goto(address, wait_until="load")
    context.close()
    assert outside == []
    assert missing == []
