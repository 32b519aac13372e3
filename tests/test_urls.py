"""Links between pages: relative, so the site works wherever it is served from."""

from __future__ import annotations

import itertools
import posixpath

import pytest

from praksisbank.core.base import urls

PAGES = [
    "index.md",
    "vedtaksbank/index.md",
    "vedtaksbank/afg/2024-kvinne.md",
    "vedtaksbank/utfall/avslag/index.md",
    "land/afg/index.md",
    "roller/ansvarsmatrise.md",
    "pdf/landpakke-afg.pdf",
]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_links_are_what_the_standard_library_computes(directory_urls: bool) -> None:
    """The fast path agrees with posixpath.relpath for every pair of the site's kinds of page
    (relative to the site's root: a page at the root is no longer linked from the file system's
    root when addresses end in .html)."""
    for source, target in itertools.product(PAGES, repeat=2):
        start = urls.url_of(source, directory_urls)
        base = start if start.endswith("/") else posixpath.dirname(start)
        end = urls.url_of(target, directory_urls)
        expected = posixpath.relpath(end or ".", base or ".")
        if end.endswith("/") or not end:
            expected = "./" if expected == "." else expected + "/"
        assert urls.relative(source, target, directory_urls) == expected, (source, target)


def test_a_link_from_a_decision_to_its_country() -> None:
    assert (
        urls.relative("vedtaksbank/afg/2024-kvinne.md", "land/afg/index.md") == "../../../land/afg/"
    )
    assert urls.relative("index.md", "index.md", anchor="x") == "./#x"
