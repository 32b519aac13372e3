"""Hostile inputs, class «guide links»: an interview guide's link to another host in disguise
or to a script is refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import GUIDE
from hostile import GUIDE_FILE, LINKS, Refused, assert_refused, line_of
from hostile import root as root

BAD_URLS = [
    ("backslash-slash host", "/\\\\sporing.example/x"),
    ("two backslashes", "\\\\\\\\sporing.example\\\\x"),
    ("protocol-relative", "//sporing.example/x"),
    ("https:/host", "https:/sporing.example/x"),
    ("javascript:", "javascript:stjel()"),
    ("data:", "data:text/html,stjel"),
    ("user before the host", "https://landinfo.no@sporing.example/"),
    ("no host", "https:///sporing.example"),
]

GUIDE_LINKS: list[Refused] = [
    Refused(
        f"guide url {name}",
        LINKS,
        ((GUIDE_FILE, GUIDE.replace("url: https://landinfo.no/", f'url: "{url}"')),),
        GUIDE_FILE,
        line_of(GUIDE, "url:"),
        code="field-value",
    )
    for name, url in BAD_URLS
]


@pytest.mark.parametrize("row", GUIDE_LINKS, ids=lambda r: r.name)
def test_refused(row: Refused, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_refused(row, root, capsys)
