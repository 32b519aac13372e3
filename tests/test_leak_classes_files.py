"""The leak classes of issue 17 an attack on merged main still got through, one table per class:
what the theme's templates put into a built page that runs or loads (1), files in the theme's
folder and under ``docs/`` a browser can run or that fetch (2), image bytes a metadata stripper
kept (3), office files and PDFs (4), text a reader can decode (5), and two names and numbers (6).

Nothing here is real: identity numbers are generated in the test (``helpers.identity_number``),
names are invented, and images and files are made here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort, PluginError

from helpers import MKDOCS_YML, TODAY, Project, build_site, identity_number
from praksisbank.core.content.loader import load
from praksisbank.core.gate import csp
from praksisbank.mkdocs_adapter.project import layout_for

NUMBER = identity_number("040391")


# -- 1. what a template puts into a built page that runs or loads ------------------------------


def material_known() -> csp.Known:
    folder = Path(str(resources.files("material") / "templates"))
    return csp.Known(csp.template_shapes([folder]))


MATERIAL_SCOPE = (
    '__md_scope=new URL("{scope}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.'
    "charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t."
    'pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{{try{{t.setItem(a.pathname+'
    '"."+e,JSON.stringify(_))}}catch(e){{}}}}'
)


@dataclass(frozen=True, slots=True)
class PageRow:
    name: str
    html: str
    what: str | None
    """A part of what is refused, or None: the page is the theme's own."""

    def __repr__(self) -> str:
        return self.name


PAGES = [
    PageRow("Material at depth 0", f"<script>{MATERIAL_SCOPE.format(scope='.')}</script>", None),
    PageRow(
        "Material at depth 3", f"<script>{MATERIAL_SCOPE.format(scope='../../..')}</script>", None
    ),
    PageRow(
        "Material's config", '<script id="__config" type="application/json">{"a": 1}</script>', None
    ),
    PageRow("a script file of the site", '<script src="../assets/x.js"></script>', None),
    PageRow("Material's search share link", '<a href="javascript:void(0)">del</a>', None),
    PageRow(
        "text that names JavaScript", "<p>Ferdige utvalg uten JavaScript: se listen.</p>", None
    ),
    PageRow(
        "Material's scope with a string broken out of",
        "<script>" + MATERIAL_SCOPE.format(scope='.",alert(1),"') + "</script>",
        "innebygd skript",
    ),
    PageRow(
        "a script built from a page value", f'<script>var n="{NUMBER}"</script>', "innebygd skript"
    ),
    PageRow("a module script", "<script type=module>import('./x.js')</script>", "innebygd skript"),
    PageRow(
        "an import map", '<script type="importmap">{"imports": {}}</script>', "innebygd skript"
    ),
    PageRow("an unclosed script", "<p>x</p><SCRIPT>fetch('/x')", "innebygd skript"),
    PageRow("an event handler", '<img src="a.png" onerror="fetch(1)">', "onerror"),
    PageRow("an event handler after a slash", "<svg/onload=alert(1)>", "onload"),
    PageRow("a handler in capitals", '<body ONLOAD="x()">', "onload"),
    PageRow("a javascript: link", '<a href="javascript:alert(1)">x</a>', "kjører skript"),
    PageRow(
        "an encoded javascript: link", '<a href="jav&#x61;script:alert(1)">x</a>', "kjører skript"
    ),
    PageRow("a javascript: link with a tab", "<a href='java\tscript:x()'>x</a>", "kjører skript"),
    PageRow("a form that runs", '<form action="javascript:x()"></form>', "kjører skript"),
    PageRow(
        "a page in a data: address", '<a href="data:text/html,<b>x</b>">x</a>', "kjører skript"
    ),
    PageRow(
        "a refresh", '<meta http-equiv="refresh" content="0;url=https://x.example/">', "refresh"
    ),
    PageRow("an encoded refresh", '<meta http-equiv="&#114;efresh" content="0">', "refresh"),
    PageRow("a base", '<base href="https://x.example/">', "<base>"),
    PageRow("an object", '<object data="x.pdf"></object>', "<object>"),
    PageRow("an embed", '<embed src="x.svg">', "<embed>"),
    PageRow("an iframe", '<IFRAME srcdoc="<p>x</p>"></IFRAME>', "<iframe>"),
]


@pytest.mark.parametrize("row", PAGES, ids=repr)
def test_only_the_themes_own_scripts_run_in_a_built_page(row: PageRow) -> None:
    html = f'<html><head><meta charset="utf-8"></head><body>{row.html}</body></html>'
    found = csp.active(html, material_known())
    if row.what is None:
        assert found == []
    else:
        assert found and row.what in found[0].what, found
    # what is not known gets no hash, so the browser refuses it even where the build went on
    hashes = csp.inline(html, material_known()).scripts
    assert (row.what is not None and "skript" in row.what) <= (hashes == frozenset())


def test_a_reviewed_script_runs_as_written_and_not_when_built_from_values() -> None:
    from praksisbank.core.content.scripts import source

    known = csp.Known((), frozenset({source("varsel()")}))
    assert csp.active("<script>varsel()</script>", known) == []
    assert csp.active("<script>varsel(1)</script>", known) != []


BUILT_SCRIPT = '{% extends "base.html" %}\n{% block scripts %}{{ super() }}\n' + (
    '{{ "<scr" ~ "ipt>fetch(\'/x?" ~ (page.url if page else "") ~ "\')</scr" ~ "ipt>" }}\n'
    "{% endblock %}\n"
)


def test_a_script_a_template_builds_with_jinja_stops_the_build(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    site = build_site(project)
    before = (site / "index.html").read_text(encoding="utf-8")
    config = MKDOCS_YML.replace("  language: nb\n", "  language: nb\n  custom_dir: overrides\n")
    project.write("mkdocs.yml", config)
    project.write("overrides/main.html", BUILT_SCRIPT)
    caplog.set_level(logging.ERROR)
    with pytest.raises((Abort, PluginError)):
        build_site(project)
    errors = [r.getMessage() for r in caplog.records if "innebygd skript" in r.getMessage()]
    assert errors and all(e.startswith("overrides/main.html:") for e in errors), errors
    assert "Ingenting ble publisert" in errors[0]
    assert (site / "index.html").read_text(encoding="utf-8") == before


# -- 2. files a browser can run or that fetch, in the theme's folder and under docs/ -------------

SVG_NS = 'xmlns="http://www.w3.org/2000/svg"'


@dataclass(frozen=True, slots=True)
class FileRow:
    name: str
    path: str
    data: str
    refused: str | None
    """A part of the message the file gets (a refusal or a finding), or None: published."""

    def __repr__(self) -> str:
        return self.name


FILES = [
    # the theme's folder: an allow-list of types
    FileRow("a template", "overrides/main.html", '{% extends "base.html" %}\n', None),
    FileRow("a plain stylesheet", "overrides/assets/egen.css", ".md-header{color:#123}\n", None),
    FileRow(
        "a local picture in CSS", "overrides/assets/b.css", "a{background:url(bilde.png)}", None
    ),
    FileRow("an icon in CSS", "overrides/assets/i.css", 'a::before{content:"\\e900"}', None),
    FileRow("a drawing", "overrides/.icons/x.svg", f'<svg {SVG_NS}><path d="M0 0h1"/></svg>', None),
    FileRow("XHTML", "overrides/side.xhtml", "<html/>", ".xhtml"),
    FileRow("XHT", "overrides/side.xht", "<html/>", ".xht"),
    FileRow(
        "XML with a stylesheet",
        "overrides/feed.xml",
        '<?xml-stylesheet type="text/xsl" href="a.xsl"?><a/>',
        ".xml",
    ),
    FileRow("XSLT", "overrides/a.xsl", "<xsl:stylesheet/>", ".xsl"),
    FileRow("no ending", "overrides/LISENS", "tekst", "uten filendelse"),
    FileRow("a CSS import", "overrides/a.css", '@import "https://x.example/a.css";', "@import"),
    FileRow("an escaped CSS import", "overrides/a.css", '@\\69mport "a.css";', "@import"),
    FileRow(
        "CSS from another host", "overrides/a.css", "a{background:url(//x.example/p)}", "utenfor"
    ),
    FileRow(
        "CSS image-set",
        "overrides/a.css",
        'a{background:image-set("https://x.example/p" 1x)}',
        "utenfor",
    ),
    FileRow(
        "CSS font elsewhere",
        "overrides/a.css",
        "@font-face{src:url(https://x.example/f)}",
        "utenfor",
    ),
    FileRow("CSS attr()", "overrides/a.css", "a::after{content:attr(title)}", "attr()"),
    FileRow(
        "CSS counter()",
        "overrides/a.css",
        "a{counter-reset:n 7}a::after{content:counter(n)}",
        "counter",
    ),
    FileRow(
        "CSS text with a number",
        "overrides/a.css",
        f'.md-footer::after{{content:"{NUMBER[:6]}" "{NUMBER[6:]}"}}',
        "fødselsnummer",
    ),
    FileRow(
        "CSS text with escapes",
        "overrides/a.css",
        '.x::after{content:"' + "".join(f"\\{ord(c):x} " for c in NUMBER) + '"}',
        "fødselsnummer",
    ),
    FileRow(
        "SVG with a script",
        "overrides/a.svg",
        f"<svg {SVG_NS}><script>x()</script></svg>",
        "<script>",
    ),
    FileRow("SVG handler", "overrides/a.svg", f'<svg {SVG_NS} onload="x()"/>', "onload"),
    FileRow(
        "SVG link out",
        "overrides/a.svg",
        f'<svg {SVG_NS}><use href="https://x.example/a#b"/></svg>',
        "lenker",
    ),
    FileRow(
        "SVG xlink out",
        "overrides/a.svg",
        f'<svg {SVG_NS} xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<use xlink:href="a.svg#b"/></svg>',
        "lenker",
    ),
    FileRow(
        "SVG CSS import",
        "overrides/a.svg",
        f"<svg {SVG_NS}><style>@import url(a.css);</style></svg>",
        "@import",
    ),
    FileRow(
        "SVG foreign content",
        "overrides/a.svg",
        f"<svg {SVG_NS}><foreignObject/></svg>",
        "foreignObject",
    ),
    FileRow(
        "SVG stylesheet PI",
        "overrides/a.svg",
        f'<?xml-stylesheet href="a.css"?><svg {SVG_NS}/>',
        "DTD",
    ),
    FileRow(
        "SVG text with entities",
        "overrides/a.svg",
        f"<svg {SVG_NS}><text>{''.join(f'&#{ord(c)};' for c in NUMBER)}</text></svg>",
        "fødselsnummer",
    ),
    # docs/: the same rules, and its own allow-list
    FileRow("a text file", "docs/vedlegg/liste.txt", "Ingen personopplysninger her.\n", None),
    FileRow("a stylesheet under docs", "docs/stiler/a.css", '@import "b.css";', "@import"),
    FileRow("a drawing under docs", "docs/kart.svg", f"<svg {SVG_NS}/>", ".svg"),
    FileRow("an XHTML page under docs", "docs/side.xht", "<html/>", ".xht"),
    FileRow("a vCard under docs", "docs/kontakt.vcf", "BEGIN:VCARD\n", ".vcf"),
]


@pytest.mark.parametrize("row", FILES, ids=repr)
def test_only_file_types_on_the_folders_list_are_published_and_read(
    project: Project, row: FileRow
) -> None:
    config = MKDOCS_YML.replace("  language: nb\n", "  language: nb\n  custom_dir: overrides\n")
    project.write("mkdocs.yml", config)
    project.write(row.path, row.data)
    result = load(layout_for(project.root), TODAY)
    messages = [p.message for p in result.problems if p.file == row.path]
    if row.refused is None:
        assert messages == []
    else:
        assert any(row.refused in m for m in messages), messages
