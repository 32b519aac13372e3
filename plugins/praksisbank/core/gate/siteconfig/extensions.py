"""The Markdown extensions ``mkdocs.yml`` names: MkDocs imports each name as it reads the file,
so only the reviewed ones (``MARKDOWN_EXTENSIONS``) are allowed, with their options.

Imports ``reading`` and ``values`` of ``siteconfig/``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from praksisbank.core.gate.siteconfig.reading import (
    Where,
)
from praksisbank.core.gate.siteconfig.values import (
    _named,
    _shown,
)

# -- Markdown extensions: MkDocs imports each name as it reads mkdocs.yml -------------------------

_MARKDOWN_OWN = (
    "abbr", "admonition", "attr_list", "codehilite", "def_list", "extra", "fenced_code",
    "footnotes", "legacy_attrs", "legacy_em", "md_in_html", "meta", "nl2br", "sane_lists",
    "smarty", "tables", "toc", "wikilinks",
)  # fmt: skip
_PYMDOWNX = (
    "arithmatex", "b64", "betterem", "blocks.admonition", "blocks.caption", "blocks.definition",
    "blocks.details", "blocks.html", "blocks.tab", "bracketspan", "caret", "critic", "details",
    "emoji", "escapeall", "extra", "fancylists", "highlight", "inlinehilite", "keys",
    "magiclink", "mark", "pathconverter", "progressbar", "quotes", "saneheaders",
    "smartsymbols", "snippets", "striphtml", "superfences", "tabbed", "tasklist", "tilde",
)  # fmt: skip
MARKDOWN_EXTENSIONS = frozenset(
    {
        *_MARKDOWN_OWN,
        *(f"markdown.extensions.{name}" for name in _MARKDOWN_OWN),
        *(f"pymdownx.{name}" for name in _PYMDOWNX),
        "material.extensions.preview",
    }
)
"""The Markdown extensions ``mkdocs.yml`` may name, each by its whole name: Python-Markdown's own
(by short or full name), pymdownx's and Material's. MkDocs imports every name in
``markdown_extensions`` while it reads the file (to see that the extension loads), before any
plugin runs: any other importable module would be code the build runs (``plugins/`` is on the
import path). Our own extensions are added by the plugin, not named in the file."""


def markdown_extensions(values: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """Every name in ``markdown_extensions`` with the options written for it (empty: none)."""
    return _named(values, "markdown_extensions")


def extension_options(values: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """Each reviewed Markdown extension named in ``markdown_extensions`` with the options
    written for it (only those with options)."""
    return {
        name: options
        for name, options in _named(values, "markdown_extensions").items()
        if name in MARKDOWN_EXTENSIONS and options
    }


def unreviewed_extensions(values: Mapping[str, Any]) -> tuple[str, ...]:
    """The names in ``markdown_extensions`` that are not on ``MARKDOWN_EXTENSIONS``."""
    return tuple(
        name for name in _named(values, "markdown_extensions") if name not in MARKDOWN_EXTENSIONS
    )


def _extensions(values: Mapping[str, Any]) -> Iterator[tuple[Where, str]]:
    for name in unreviewed_extensions(values):
        yield (
            ("markdown_extensions", name),
            (
                f"«markdown_extensions» har «{_shown(name)}», som ikke er en gjennomgått "
                "Markdown-utvidelse: MkDocs importerer modulen med det navnet, og kjører koden i "
                "den, når den leser mkdocs.yml, før noen sjekk. Bare Python-Markdowns egne "
                "utvidelser (som «admonition» og «toc»), pymdownx' («pymdownx.details») og "
                f"Materials er gjennomgått. Fjern «{_shown(name)}», eller skriv navnet på en "
                "av dem."
            ),
        )
