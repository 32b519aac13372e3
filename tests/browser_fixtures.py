"""Debian's Chromium, driven by Playwright (which downloads no browser).

Only the browser tests import this module (`from browser_fixtures import browser as browser`),
so the unit tests neither import Playwright nor need it installed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
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
            pytest.fail("CI needs Debian's chromium: `make test` installs it")
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
