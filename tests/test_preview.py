"""The live preview's rebuilds (``mkdocs_adapter/preview.py``), in this process as ``mkdocs serve
--dirtyreload`` runs them: the plugin kept, the configuration read again for every rebuild.

All content is fictional; no identity numbers are needed here."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import Project, decision
from praksisbank.mkdocs_adapter import htmlblocks

NEW_TITLE = "Konvertitt fra Kabul med ny tittel"
OLD_TITLE = "Enslig kvinne fra Herat"


def _pages(site: Path) -> dict[str, tuple[bytes, int]]:
    """Every HTML page of the site: its bytes and when it was last written."""
    return {
        path.relative_to(site).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(site.rglob("*.html"))
    }


class Served:
    """A project built as ``mkdocs serve --dirtyreload`` builds it, into ``site``."""

    def __init__(self, project: Project, site: Path) -> None:
        from mkdocs.config import load_config

        self.config_file, self.site = str(project.root / "mkdocs.yml"), site
        first = load_config(config_file=self.config_file, site_dir=str(site))
        first.plugins.on_startup(command="serve", dirty=True)
        self.rebuild()

    def rebuild(self) -> None:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        config = load_config(config_file=self.config_file, site_dir=str(self.site))
        build(config, serve_url="http://127.0.0.1:8000/", dirty=True)


def test_a_field_edit_rebuilds_the_pages_that_show_it_and_no_other(
    project: Project, tmp_path: Path
) -> None:
    _without_search(project)
    served = Served(project, tmp_path / "served")
    before = _pages(served.site)
    showing = {page for page, (html, _) in before.items() if OLD_TITLE.encode() in html}
    assert "vedtaksbank/afg/2024-kvinne/index.html" in showing
    assert len(showing) > 3  # its page, its country, its tag, its outcome and provision...

    project.write("decision_bank/afg/2024-kvinne.md", decision(title=NEW_TITLE))
    served.rebuild()
    after = _pages(served.site)

    assert after.keys() == before.keys()
    for page, (html, written) in after.items():
        if page in showing:
            assert NEW_TITLE.encode() in html and OLD_TITLE.encode() not in html, page
            assert written != before[page][1], page
        else:
            assert html == before[page][0], page
            # MkDocs writes the theme's own pages (404.html) on every build, not ours
            assert written == before[page][1] or page == "404.html", f"{page} was rebuilt"


def _without_search(project: Project) -> None:
    """No Pagefind index: these tests look at the pages alone."""
    settings = (project.root / "mkdocs.yml").read_text("utf-8")
    assert "  - praksisbank\n" in settings
    project.write(
        "mkdocs.yml",
        settings.replace("  - praksisbank\n", "  - praksisbank:\n      search: false\n"),
    )


@pytest.fixture
def many_decisions(project: Project) -> Project:
    """Enough decisions that the generated lists are long HTML blocks."""
    for number in range(40):
        project.write(
            f"decision_bank/afg/2023-{number:03d}.md",
            decision(f"VB-AFG-2023-{number:03d}", title=f"Fiktivt vedtak nummer {number:03d}"),
        )
    return project


def _built(project: Project, site: Path) -> dict[str, bytes]:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(config_file=str(project.root / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*.html"))}


def test_generated_pages_are_the_same_with_their_html_blocks_passed_through(
    many_decisions: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """htmlblocks.py hands the generated pages' HTML blocks to Markdown without its parser:
    every page comes out as Python-Markdown alone makes it."""
    project = many_decisions
    _without_search(project)
    used: list[int] = []
    cut = htmlblocks.cut

    def counting(lines: list[str], is_block: object) -> tuple[list[str], list[str]]:
        shorter, blocks = cut(lines, is_block)
        used.append(len(blocks))
        return shorter, blocks

    monkeypatch.setattr(htmlblocks, "cut", counting)
    monkeypatch.setattr(htmlblocks, "MIN_CHARS", 0)
    passed = _built(project, tmp_path / "passed")
    assert sum(used) > 40  # the tables, lists and panels of every generated page
    monkeypatch.setattr(htmlblocks, "MIN_CHARS", 10**12)
    parsed = _built(project, tmp_path / "parsed")
    assert passed.keys() == parsed.keys()
    different = [page for page in passed if passed[page] != parsed[page]]
    assert not different


@pytest.mark.parametrize(
    "text",
    [
        "<div>\n<p>a</p>\n</div>\ntext right after",  # no blank line after it
        "<div>\n<p>a</p></div><p>b</p>\n\nx",  # the block ends mid-line
        "<div>\n<!-- a comment -->\n</div>\n\n",  # a comment
        "<div>\n<p>`code`</p>\n</div>\n\n",  # a backtick
        "<div>\n</section>\n</div>\n\n",  # closes what it did not open
        "text\n<div>\n<p>a</p>\n</div>\n\n",  # no blank line before it
        "<span>\n<p>a</p>\n</span>\n\n",  # not a block element
    ],
)
def test_only_plain_self_contained_blocks_are_passed_through(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(htmlblocks, "MIN_CHARS", 0)
    blocks = {"div", "p", "section"}
    shorter, passed = htmlblocks.cut(text.split("\n"), blocks.__contains__)
    assert passed == [] and shorter == text.split("\n")


def test_a_plain_block_is_passed_through_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(htmlblocks, "MIN_CHARS", 0)
    lines = ["# Tittel", "", "<table>", "<tr><td>a<br>b</td></tr>", "</table>", "", "Slutt."]
    shorter, passed = htmlblocks.cut(lines, {"table", "tr", "td"}.__contains__)
    assert passed == ["<table>\n<tr><td>a<br>b</td></tr>\n</table>"]
    assert shorter == ["# Tittel", "", '<table data-pb-block="0"></table>', "", "Slutt."]


def test_the_anchors_in_a_block_passed_through_are_known_to_mkdocs() -> None:
    block = '<table id="liste"><tr><td><a name="rad-1" href="#x">a &amp; b</a></td></tr></table>'
    assert htmlblocks.anchors([block, '<div id="a&amp;b" data-id="nei"></div>']) == {
        "liste",
        "rad-1",
        "a&b",
    }
