"""Markdown that passes the contract but breaks the build as it stands (issue 8, item 6).

Two kinds, each reproduced here against the real libraries before it is fixed or refused:

- headings in a quote, box or folding box followed by a heading in a list item crash Material's
  search plugin (``ValueError: '<li>' is not in list``): the build now makes such pages, with
  every heading's anchor on the page (``mkdocs_adapter/searchview.py``);
- deep nesting (emphasis in emphasis, lists in lists) hits Python's recursion limit inside
  Python-Markdown: the build and ``praksisbank check --render`` refuse it with the source file
  and line, in Norwegian, with no traceback and no generated address
  (``mkdocs_adapter/rendercheck/``).
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown  # type: ignore[import-untyped]
import pytest
import yaml
from material.plugins.search.plugin import Parser
from mkdocs.exceptions import Abort

from helpers import GUIDE, MKDOCS_YML, NOTE, ROLE, Project, build_site, decision, read_page
from praksisbank.cli.main import main
from praksisbank.core.gate.sanitize import sanitize
from praksisbank.mkdocs_adapter import htmlblocks, rendercheck, searchview
from praksisbank.mkdocs_adapter.plugin import PraksisbankConfig, PraksisbankPlugin
from shared_builds import built_like

DECISION = "decision_bank/afg/2024-kvinne.md"
EXTENSIONS = ["admonition", "attr_list", "def_list", "tables", "pymdownx.details"]
"""The demo site's extensions besides ``toc`` (the test site sets it up with its options)."""


def body(text: str) -> str:
    """A decision body with the four sections, ``text`` under the first."""
    return (
        f"\n## Sammendrag\n\nInnledning.\n\n{text}\n\n## Faktum\n\nx\n\n## Vurdering\n\nx\n\n"
        "## Konklusjon\n\nx\n"
    )


def configure(project: Project, *, material_search: bool = False) -> Project:
    """The test site with Material's search on or off, and the plugin's own search off (when
    the plugin has one): these tests are about Markdown, not the search bundle."""
    config = yaml.safe_load(MKDOCS_YML)
    ours = {"search": False} if hasattr(PraksisbankConfig, "search") else {}
    plugins: list[Any] = [{"search": {"lang": ["no"]}}] if material_search else []
    plugins.append({"praksisbank": ours} if ours else "praksisbank")
    config["plugins"] = plugins
    config["markdown_extensions"] += [
        e for e in EXTENSIONS if e not in config["markdown_extensions"]
    ]
    project.write("mkdocs.yml", yaml.safe_dump(config, allow_unicode=True, sort_keys=False))
    return project


def line_of(project: Project, file: str, marker: str) -> int:
    """The file line (from 1) on which ``marker`` first appears."""
    text = (project.root / file).read_text(encoding="utf-8")
    return text[: text.index(marker)].count("\n") + 1


CLARIFICATION = """\
---
id: PA-AFG-2026-001
title: Enslige kvinner med nettverk i byene
country: AFG
owner_unit: Enhet A1
date: 2026-10-01
categories: [enslig-kvinne]
---
## Spørsmål

Skal en fiktiv kvinne med nettverk i Kabul vurderes som enslig?

## Avklaring

Nei, et reelt nettverk i byen teller med.
"""


def every_kind(project: Project, decision_body: str, text: str) -> dict[str, str]:
    """``text`` at the end of a file of every kind (a decision: ``decision_body``), by the
    address of its page."""
    files = {
        "vedtaksbank/afg/2024-kvinne": (DECISION, decision(body=decision_body)),
        "praksisnotater/afg": ("practice_notes/afg.md", NOTE + text),
        "intervjuguider/afg": ("interview_guides/afg.md", GUIDE + text),
        "praksisavklaringer/afg-kvinner": (
            "practice_clarifications/afg-kvinner.md",
            CLARIFICATION + text,
        ),
        "roller/fagansvarlig-enhet": ("docs/roles/fagansvarlig-enhet.md", ROLE + text),
        "om": ("docs/om.md", "---\ntitle: Om siden\n---\nTekst.\n" + text),
    }
    for file, content in files.values():
        project.write(file, content)
    return {url: file for url, (file, _) in files.items()}


# -- 1. headings that crash Material's search: the build makes the page ----------------------------

SEARCH_CRASHES = {
    "two headings in a quote, then one in a list item": (
        "> ### Første i sitatet\n>\n> tekst\n>\n> ### Andre i sitatet\n>\n> mer\n\n"
        "- ### Et punkt\n\n    under punktet\n"
    ),
    "two headings in a box, then one in a numbered list": (
        '!!! note "Merk"\n\n    ### Første i boksen\n\n    tekst\n\n    ### Andre i boksen\n\n'
        "    mer\n\n1. ### Et punkt\n\n    under punktet\n"
    ),
    "two headings in a folding box, then one in a quoted list": (
        '??? note "Mer"\n\n    ### Første i boksen\n\n    ### Andre i boksen\n\n'
        "> - ### Et punkt\n>\n>     under punktet\n"
    ),
}


def index_with_material(html: str) -> list[Any]:
    parser = Parser()
    parser.feed(html)
    parser.close()
    return list(parser.data)


@pytest.mark.parametrize("text", SEARCH_CRASHES.values(), ids=SEARCH_CRASHES)
def test_the_input_crashes_materials_search_even_after_our_sanitizer(text: str) -> None:
    html = sanitize(markdown.markdown(body(text), extensions=[*EXTENSIONS, "toc"]))
    with pytest.raises(ValueError, match="is not in list"):
        index_with_material(html)
    index_with_material(searchview.for_search(html))  # what the build hands the search plugin
    assert searchview.restore(searchview.for_search(html)) == html


@pytest.mark.parametrize("text", SEARCH_CRASHES.values(), ids=SEARCH_CRASHES)
def test_the_build_makes_the_page_with_every_anchor(
    project: Project, no_warnings: None, text: str
) -> None:
    configure(project, material_search=True)
    pages = every_kind(project, body(text), "\n" + text)
    site = build_site(project)
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    for url in pages:
        page = read_page(site, url)
        article = page[page.index("<article") : page.index("</article>")]
        assert len(re.findall(r"<h3 id=\"[^\"]+\"", article)) == 3, url
        assert searchview.MARK not in page
        texts = " ".join(d["text"] for d in index["docs"] if d["location"].startswith(f"{url}/"))
        assert "Et punkt" in texts or any(
            d["title"] == "Et punkt" for d in index["docs"] if d["location"].startswith(f"{url}/")
        ), url
    assert searchview.MARK not in json.dumps(index)


def test_one_heading_per_element_keeps_its_own_search_section() -> None:
    html = (
        '<h2 id="a">A</h2><blockquote><h3 id="b">B</h3><p>i sitatet</p></blockquote>'
        '<ul><li><h3 id="c">C</h3><p>i punktet</p></li></ul>'
    )
    assert searchview.for_search(html) == html  # nothing to hide: Material is right here
    sections = {s.id: "".join(s.text) for s in index_with_material(html)}
    assert "i sitatet" in sections["b"] and "i punktet" in sections["c"]


# Material's parser, checked against a model of what it should do: every text belongs to the
# last heading before it whose element is still open (a top-level heading is never left).


class _Expected(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.live: list[tuple[str, int]] = []
        self.heading: str | None = None
        self.where: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        ids = [v for k, v in attrs if k == "id" and v]
        if tag.startswith("h") and ids:
            self.live.append((ids[0], len(self.open)))
            self.heading = ids[0]
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.heading = None if tag.startswith("h") else self.heading
        self.open.pop()
        self.live = [(i, depth) for i, depth in self.live if depth <= len(self.open)]

    def handle_data(self, data: str) -> None:
        if data.startswith("w") and self.heading is None:
            self.where[data] = self.live[-1][0] if self.live else None


def _random_page(rng: random.Random) -> str:
    count = iter(range(1, 10_000))

    def part(depth: int) -> str:
        out = []
        for _ in range(rng.randint(1, 4)):
            roll = rng.random()
            if roll < 0.35:
                n, level = next(count), rng.randint(2, 4)
                out.append(f'<h{level} id="h{n}">T{n}</h{level}>')
            elif roll < 0.6 and depth < 5:
                tag = rng.choice(["blockquote", "div", "details", "ul", "li", "ol", "td", "dd"])
                out.append(f"<{tag}>{part(depth + 1)}</{tag}>")
            else:
                tag = rng.choice(["p", "li", "code", "em", "ul"])
                out.append(f"<{tag}>w{next(count)}</{tag}>")
        return "".join(out)

    return part(0)


def test_materials_parser_never_crashes_and_files_text_rightly_on_our_pages() -> None:
    rng = random.Random(8)
    crashed = 0
    for _ in range(3000):
        html = _random_page(rng)
        try:
            index_with_material(html)
        except ValueError:
            crashed += 1
        shown = searchview.for_search(html)
        assert searchview.restore(shown) == html
        got: dict[str, str | None] = {}
        for section in index_with_material(shown):
            for word in re.findall(r"w\d+", "".join(section.text)):
                got[word] = section.id if section.el.tag != "hx" else None
        expected = _Expected()
        expected.feed(shown)
        assert got == expected.where, html
    assert crashed > 20  # the random pages do reach the bug


# -- 2. nesting too deep: refused with the file and the line ---------------------------------------

LEVELS = 300
"""List levels that exceed Python-Markdown's recursion (about 250 from a shallow stack)."""


@dataclass(frozen=True)
class Deep:
    name: str
    text: str
    marker: str
    """Text on the line the problem must name."""


DEEP = [
    Deep("emphasis in emphasis", "*a " * 1000 + "x" + " a*" * 1000, "*a *a"),
    Deep("stars", "*" * 3000 + "midt" + "*" * 3000, "***midt"),
    Deep(
        "lists in lists",
        "\n".join("    " * i + f"- nivå {i}" for i in range(LEVELS)),
        # ul and li per level: the 51st level is the first deeper than the limit
        f"- nivå {(rendercheck.MAX_DEPTH + 1) // 2}\n",
    ),
]


@pytest.mark.parametrize("row", DEEP, ids=[r.name for r in DEEP])
def test_the_input_crashes_python_markdown(row: Deep) -> None:
    with pytest.raises(RecursionError):
        markdown.markdown(row.text, extensions=[*EXTENSIONS, "toc"])


@pytest.mark.parametrize("row", DEEP, ids=[r.name for r in DEEP])
def test_the_build_names_the_file_and_line_and_keeps_the_site(
    project: Project,
    caplog: pytest.LogCaptureFixture,
    row: Deep,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    configure(project)
    site = built_like(tmp_path_factory, project, copy=True)  # the run's build of these files
    before = (site / "index.html").read_bytes()
    project.write(DECISION, decision(body=body(row.text)))
    caplog.clear()
    with pytest.raises(Abort):
        build_site(project)
    line = line_of(project, DECISION, row.marker)
    assert f"{DECISION}:{line}:1: feil: Teksten er nøstet for dypt: mer enn 100 nivåer" in (
        caplog.text
    )
    assert "Praksisbanken: innholdet har 1 feil i 1 fil. Ingenting ble bygget." in caplog.text
    assert "Traceback" not in caplog.text and "RecursionError" not in caplog.text
    assert "Error reading page" not in caplog.text
    assert "vedtaksbank/afg/2024-kvinne" not in caplog.text  # the generated address
    assert (site / "index.html").read_bytes() == before  # the last good site is kept


def test_the_preview_shows_the_problem_in_place_of_the_text(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    configure(project)
    project.write(DECISION, decision(body=body(DEEP[0].text)))
    config = load_config(str(project.root / "mkdocs.yml"))
    plugin = config.plugins["praksisbank"]
    assert isinstance(plugin, PraksisbankPlugin)
    # What `mkdocs serve` tells the plugin; MkDocs keeps one plugin object per process.
    plugin.command = "serve"
    try:
        build(config)  # the preview goes on
    finally:
        plugin.command = None
    page = read_page(project.root / "site", "vedtaksbank/afg/2024-kvinne")
    problem = f"{DECISION}:{line_of(project, DECISION, DEEP[0].marker)}:1: feil: Teksten er nøstet"
    assert "Teksten kan ikke vises" in page and problem in page
    assert problem in caplog.text


@pytest.mark.parametrize("row", DEEP, ids=[r.name for r in DEEP])
def test_check_render_names_the_same_file_and_line(
    project: Project, capsys: pytest.CaptureFixture[str], row: Deep
) -> None:
    configure(project)
    project.write(DECISION, decision(body=body(row.text)))
    assert main(["check", str(project.root)]) == 0  # the plain check does not render
    capsys.readouterr()
    assert main(["check", "--render", str(project.root)]) == 1
    out, err = capsys.readouterr()
    line = line_of(project, DECISION, row.marker)
    assert out.splitlines() == [
        f"{DECISION}:{line}:1: feil: {rendercheck.RenderError.too_deep().message}"
    ]
    assert "1 feil i 1 fil" in err


def test_check_render_in_every_format(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    configure(project)
    project.write(DECISION, decision(body=body(DEEP[0].text)))
    line = line_of(project, DECISION, DEEP[0].marker)
    root = str(project.root)

    assert main(["check", "--render", root, "--format", "json"]) == 1
    [found] = json.loads(capsys.readouterr().out)
    assert (found["file"], found["line"], found["column"]) == (DECISION, line, 1)
    assert (found["code"], found["severity"]) == ("markdown-too-deep", "error")

    assert main(["check", "--render", root, "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert f"::error file={DECISION},line={line},col=1::Teksten er nøstet for dypt" in out

    report = project.root / "kvalitet.json"
    assert main(["check", "--render", root, "--format", "gitlab", "--output", str(report)]) == 1
    [entry] = json.loads(report.read_text(encoding="utf-8"))
    assert entry["location"] == {"path": DECISION, "lines": {"begin": line}}
    assert entry["check_name"] == "markdown-too-deep"


def test_every_kind_is_rendered_by_the_build_and_the_check(
    project: Project, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    configure(project)
    files = every_kind(project, body(DEEP[0].text), "\n\n" + DEEP[0].text + "\n").values()
    expected = [
        f"{file}:{line_of(project, file, DEEP[0].marker)}:1: feil: Teksten er nøstet for dypt"
        for file in sorted(files)
    ]

    assert main(["check", "--render", str(project.root)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(expected)
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start)
    with pytest.raises(Abort):
        build_site(project)
    for problem in expected:
        assert problem in caplog.text
    assert "innholdet har 6 feil i 6 filer" in caplog.text


def test_a_withdrawn_decisions_text_is_not_rendered(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    configure(project)
    withdrawn = "status: withdrawn\nstatus_reason: Feil i teksten.\nstatus_date: 2026-03-01\n"
    project.write(DECISION, decision(body=body(DEEP[0].text), extra=withdrawn))
    assert main(["check", "--render", str(project.root)]) == 0
    build_site(project)  # the build shows only the notice, as the check assumed


# -- 3. near misses: ordinary nesting renders, in the build and in the check -----------------------

ORDINARY = "\n\n".join(
    [
        "***Fet og kursiv** med kursiv* og _mer **fet `kode`**_.",
        "\n".join("    " * i + f"- nivå {i}" for i in range(10)),
        ">>>>> Et sitat fem nivåer ned",
        "> ### Én overskrift i et sitat\n>\n> tekst",
        "- ### En overskrift i et punkt\n\n    tekst",
        '!!! note "Merk"\n\n    ??? tip "Mer"\n\n        - | a | b |\n          |---|---|\n'
        "          | 1 | 2 |",
        "<div><div><div><em><strong>Rå HTML, noen nivåer</strong></em></div></div></div>",
    ]
)


def test_ordinary_nesting_builds_and_passes_the_check(
    project: Project, no_warnings: None, capsys: pytest.CaptureFixture[str]
) -> None:
    configure(project, material_search=True)
    project.write(DECISION, decision(body=body(ORDINARY)))
    assert main(["check", "--render", str(project.root)]) == 0
    assert "Ingen feil i" in capsys.readouterr().err
    page = read_page(build_site(project), "vedtaksbank/afg/2024-kvinne")
    assert "Et sitat fem nivåer ned" in page and "nivå 9" in page


def test_the_limit_is_exact() -> None:
    nested = "<div>" * rendercheck.MAX_DEPTH + "x" + "</div>" * rendercheck.MAX_DEPTH
    assert not rendercheck.too_deep(nested)
    assert rendercheck.too_deep(f"<div>{nested}</div>")
    assert not rendercheck.too_deep("<li>a" * 500 + "<p>b" * 500 + "<br>" * 500)  # siblings
    assert not rendercheck.too_deep("<!--" + "<div>" * 500 + "-->")


def test_the_depth_check_skips_only_the_plugins_own_blocks_of_the_page_just_converted() -> None:
    """A generated page's large HTML blocks are our templates' output, stored as they are: the
    depth check does not read them again (it costs a long list page most of its time). A
    contributor's text converted after it is checked whole."""
    blocks = htmlblocks.HtmlBlocks()
    guard = rendercheck.Guard(blocks.put_back)
    md = markdown.Markdown(extensions=["tables", blocks, guard])
    deep = "<div>" * 150 + "x" * 2_000 + "</div>" * 150  # deeper than any template of ours
    page = f"# Liste\n\n{deep}\n\nTekst etter.\n"
    blocks.active = True  # as the plugin sets it for its generated pages
    html = md.convert(page)
    assert guard.take() is None and deep in html and "Tekst etter." in html
    blocks.active = False  # a contributor's text: the same HTML is refused
    md.reset()
    assert md.convert(page) == "" and guard.take() is not None
    md.reset()
    assert md.convert("Kort tekst.") == "<p>Kort tekst.</p>" and guard.take() is None


def test_a_failing_extension_is_a_problem_too(project: Project) -> None:
    class Broken(markdown.Extension):  # type: ignore[misc]
        def extendMarkdown(self, md: Any) -> None:  # noqa: N802
            class Fails(markdown.treeprocessors.Treeprocessor):  # type: ignore[misc]
                def run(self, root: Any) -> None:
                    if "stopp" in "".join(root.itertext()):
                        raise KeyError("stopp")

            md.treeprocessors.register(Fails(md), "fails", 1)

    new = rendercheck.factory(["toc", Broken()], {})
    text = "a\n\nb\n\nstopp her\n\nc"
    with pytest.raises(rendercheck.RenderError) as caught:
        rendercheck.convert(new().convert, text)
    found = rendercheck.problem("x.md", 10, text, caught.value, new)
    assert (found.line, found.code) == (14, "markdown-unrenderable")
    assert "(teknisk: KeyError)" in found.message


# -- 4. the plain check stays fast: no Markdown, no MkDocs -----------------------------------------


@pytest.mark.parametrize(
    ("options", "loaded"), [(True, "['markdown']"), (False, "[]")], ids=["options", "none"]
)
def test_plain_check_loads_no_mkdocs_and_markdown_only_for_extension_options(
    project: Project, options: bool, loaded: str
) -> None:
    """Markdown is loaded only to read the options of an extension whose options are written
    (an option it does not have stops MkDocs: round 8, S18); MkDocs never."""
    if not options:
        text = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
        project.write("mkdocs.yml", text.replace("  - toc:\n      permalink: true\n", "  - toc\n"))
    script = (
        "import sys\nfrom praksisbank.cli.main import main\n"
        f"code = main(['check', {str(project.root)!r}])\n"
        "print(code, sorted(m for m in ('markdown', 'mkdocs') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.stdout.split("\n")[0] == f"0 {loaded}", done.stderr


def test_render_without_mkdocs_yml_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--render", str(tmp_path)]) == 2
    assert "fant ikke mkdocs.yml" in capsys.readouterr().err
