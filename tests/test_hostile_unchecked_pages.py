"""Hostile inputs, class «unchecked pages»: files under docs/ that would be published
unread are refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile import (
    FNR,
    OUTSIDE,
    PAGE,
    S_HYPHEN,
    S_PHONE,
    S_PLAIN,
    UNCHECKED,
    Refused,
    assert_refused,
)
from hostile import root as root

UNCHECKED_PAGES: list[Refused] = [
    Refused(
        "raw .html under docs/",
        UNCHECKED,
        (("docs/side.html", "<script>stjel()</script><p>HEMMELIG-MÅL</p>"),),
        "docs/side.html",
        1,
        OUTSIDE,
    ),
    Refused("raw .htm in a folder", UNCHECKED, (("docs/a/b.htm", "<p>x</p>"),), "docs/a/b.htm", 1),
    Refused("raw .xhtml", UNCHECKED, (("docs/x.xhtml", "<p/>"),), "docs/x.xhtml", 1),
    Refused("script .js", UNCHECKED, (("docs/skript.js", "stjel()"),), "docs/skript.js", 1),
    Refused("script .mjs", UNCHECKED, (("docs/skript.mjs", "stjel()"),), "docs/skript.mjs", 1),
    Refused(
        "image .svg",
        UNCHECKED,
        (("docs/kart.svg", '<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'),),
        "docs/kart.svg",
        1,
    ),
    Refused(
        "Markdown without front matter",
        UNCHECKED,
        (("docs/om.md", f"# Om\n\nRing {S_PHONE.written}.\n"),),
        "docs/om.md",
        1,
        S_PHONE,
    ),
    Refused(
        "Markdown as .markdown",
        UNCHECKED,
        (("docs/om.markdown", f"# Om\n\n<script>stjel()</script> {FNR}\n"),),
        "docs/om.markdown",
        1,
        S_PLAIN,
    ),
    Refused(
        "Markdown as .mkd in a folder",
        UNCHECKED,
        (("docs/sider/om.mkd", PAGE),),
        "docs/sider/om.mkd",
        1,
    ),
    Refused(
        "Markdown as .MD",
        UNCHECKED,
        (("docs/OM.MD", f"# Om\n\nRing {S_PHONE.written}.\n"),),
        "docs/OM.MD",
        1,
        S_PHONE,
    ),
    Refused(
        "text file with an identity number",
        UNCHECKED,
        (("docs/notat.txt", f"Liste\n{S_HYPHEN.written}\n"),),
        "docs/notat.txt",
        1,  # refused whole: docs/ publishes pages and pictures only
        S_HYPHEN,
    ),
    Refused(
        "CSV file with a phone number",
        UNCHECKED,
        (("docs/data/kontakter.csv", f"navn;telefon\nx;{S_PHONE.written}\n"),),
        "docs/data/kontakter.csv",
        1,
        S_PHONE,
    ),
]


@pytest.mark.parametrize("row", UNCHECKED_PAGES, ids=lambda r: r.name)
def test_refused(row: Refused, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_refused(row, root, capsys)
