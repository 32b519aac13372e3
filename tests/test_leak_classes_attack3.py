"""The leak classes attack round 3 got through on branch ``leaks``, one table per class: files
under ``docs/`` that are neither a page nor a picture (1), the Content-Security-Policy switched
off by a comment (2), scripts and addresses a browser reads differently from the check (3),
encodings the gate did not decode (4), and dates of birth and numbers it did not see (5).

Nothing here is real: identity numbers are generated in the test (``helpers.identity_number``),
names are invented, and every file is made here.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from helpers import MKDOCS_YML, TODAY, Project, build_site, identity_number
from praksisbank.core.content.loader import load
from praksisbank.mkdocs_adapter.project import layout_for

NUMBER = identity_number("030494")
THEME = MKDOCS_YML.replace("  language: nb\n", "  language: nb\n  custom_dir: overrides\n")


# -- 1. under docs/, pages and pictures only ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocsRow:
    name: str
    path: str
    data: str
    belongs: str
    """Where the message says the file belongs."""

    def __repr__(self) -> str:
        return self.name


DOCS: list[DocsRow] = [
    DocsRow("script as text", "docs/notater/info.txt", "window.PWN2=1;", "Data skrives"),
    DocsRow("stylesheet", "docs/css/retning.css", "p{direction:rtl}", "temamappe"),
    DocsRow("hiding stylesheet", "docs/stiler/skjul.css", "em{font-size:0}", "temamappe"),
    DocsRow("script", "docs/js/a.js", "alert(1)", "temamappe"),
    DocsRow("module", "docs/js/a.mjs", "export {}", "temamappe"),
    DocsRow("drawing", "docs/bilder/logo.svg", "<svg/>", "temamappe"),
    DocsRow("HTML", "docs/side.html", "<p>x</p>", "temamappe"),
    DocsRow("YAML with escapes", "docs/data/saker.yml", 'navn: "\\x41mir"\n', "front matter"),
    DocsRow("YAML, long ending", "docs/data/saker.yaml", "a: b\n", "front matter"),
    DocsRow("CSV formula", "docs/data/saker.csv", '"=CONCATENATE(""1"";""2"")"\n', "front matter"),
    DocsRow("TSV", "docs/data/saker.tsv", "a\tb\n", "front matter"),
    DocsRow("JSON", "docs/data/saker.json", '{"a": "b"}', "front matter"),
    DocsRow("XML", "docs/data/saker.xml", "<a/>", "kjøre kode"),
    DocsRow("no ending", "docs/data/saker", "a", "side i Markdown"),
    DocsRow("in capitals", "docs/data/SAKER.TXT", "a", "Data skrives"),
]


@pytest.mark.parametrize("row", DOCS, ids=repr)
def test_a_file_under_docs_that_is_neither_page_nor_picture_is_refused(
    project: Project, row: DocsRow
) -> None:
    project.write(row.path, row.data)
    result = load(layout_for(project.root), TODAY)
    messages = [p.message for p in result.problems if p.file == row.path]
    assert len(messages) == 1, messages
    assert "publiseres ikke fra docs-mappen" in messages[0]
    assert row.belongs in messages[0]


def test_the_plugins_own_data_files_under_docs_are_read_not_refused(project: Project) -> None:
    result = load(layout_for(project.root), TODAY)
    assert [p for p in result.problems if p.file.endswith(".yml")] == []
    site = build_site(project)
    assert not list(site.glob("roles/*.yml"))


@pytest.mark.parametrize(
    ("entry", "refused"),
    [
        ("css/retning.css", True),  # under docs/
        ("assets/tema.css", False),  # in the theme folder
        ("/assets/tema.css", False),
        ("assets/annet.css", True),  # nowhere
    ],
)
def test_extra_css_names_only_a_stylesheet_in_the_theme_folder(
    project: Project, entry: str, refused: bool
) -> None:
    project.write("mkdocs.yml", THEME + f"extra_css:\n  - {entry}\n")
    project.write("overrides/assets/tema.css", "p{color:#123456}")
    result = load(layout_for(project.root), TODAY)
    messages = [p.message for p in result.problems if "extra_css" in p.message]
    assert (messages != []) == refused, messages
    if refused:
        assert entry in messages[0] and "temamappe" in messages[0]
