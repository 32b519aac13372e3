"""Search: Pagefind's static index over the built site, made at the end of every build.

Pagefind (the ``pagefind`` package from PyPI, with its binary) reads the finished HTML and
writes ``pagefind/`` into the site: a small script, a WebAssembly search engine and the index in
chunks, so a reader's first search fetches only the chunks its words need, and nothing before
the reader opens search. Pages are ``<html lang="nb">``, and Pagefind stems ``nb`` with the
Norwegian Snowball stemmer: "kvinnene" finds "kvinne", "konvertering" finds "konvertere".

What is indexed is chosen in the templates, not here:

- ``data-pagefind-body`` (the theme's ``partials/content.html``) marks the page's own text;
  the header, navigation, footer and buttons are outside it, and a page without it (a
  withdrawn decision, the 404 page) is not in search at all;
- ``data-pagefind-filter`` and ``data-pagefind-meta`` on the decision panel's values (country,
  category, outcome, legal basis, status, id) make them filters and fields of each result;
- ``data-pagefind-weight`` on a decision's id ranks the decision first when its id is searched.

This module adds only the parts every page has in common that must not be searched (below),
and leaves out of the bundle Pagefind's ready-made interfaces, which the site does not use.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

BUNDLE = "pagefind"
"""The folder in the site that holds the search bundle (the theme's search partial uses it)."""

IGNORED = (
    ".headerlink",  # the "¶" after each heading
    ".pb-panel dt",  # "Land", "Utfall" ...: the labels, on every page; their values stay
    ".pb-notice",  # the same note on every decision
    ".pb-copy",  # "Kopier tekst"
    ".pb-pdf",  # "Last ned PDF"
    ".pb-checklist__tools",  # "Fjern alle kryss" and the count
)
"""Generated text inside the searchable part that would match every page of its kind."""

UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)
"""Pagefind's own interfaces: the site has its own (assets/praksisbank/praksisbank-header.js)."""


class SearchError(Exception):
    """Pagefind could not index the site; the message is for the person building, in Norwegian."""


@dataclass(frozen=True, kw_only=True, slots=True)
class SearchIndex:
    """What Pagefind reported: for the build log and the tests."""

    pages: int
    words: int
    filters: int
    languages: tuple[str, ...]
    stemmed: bool
    """False when Pagefind has no stemmer for a language of the site (then only exact forms)."""
    size: int
    """Bytes of the bundle in the site."""


def index_site(site_dir: Path, *, low_priority: bool = False) -> SearchIndex:
    """Index the built site in ``site_dir`` into ``site_dir/pagefind``; with `low_priority`, a
    live preview's next rebuild goes first."""
    nice = shutil.which("nice") if low_priority else None
    command = [
        *((nice, "-n", "15") if nice else ()),
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site_dir),
        "--output-subdir",
        BUNDLE,
        *(arg for selector in IGNORED for arg in ("--exclude-selectors", selector)),
    ]
    try:
        done = subprocess.run(  # our own arguments, no shell
            command, capture_output=True, text=True, encoding="utf-8", check=False, timeout=600
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchError(f"Praksisbanken: søkeindeksen kunne ikke lages ({exc}).") from None
    output = f"{done.stdout}\n{done.stderr}"
    if done.returncode != 0:
        last = [line for line in output.splitlines() if line.strip()][-3:]
        raise SearchError(
            "Praksisbanken: søkeindeksen kunne ikke lages. Pagefind sa: " + " ".join(last)
        )
    bundle = site_dir / BUNDLE
    for name in UNUSED:
        (bundle / name).unlink(missing_ok=True)
    shutil.rmtree(bundle / "playground", ignore_errors=True)
    return SearchIndex(
        pages=_count(output, "pages"),
        words=_count(output, "words"),
        filters=_count(output, "filters"),
        languages=_languages(output),
        stemmed="support stemming" not in output,
        size=sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file()),
    )


def _count(output: str, what: str) -> int:
    found = re.search(rf"Indexed (\d+) {what}\b", output)
    return int(found.group(1)) if found else 0


def _languages(output: str) -> tuple[str, ...]:
    found = re.search(r"Discovered \d+ languages?: ?(.*)", output)
    return tuple(x.strip() for x in found.group(1).split(",") if x.strip()) if found else ()
