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

from helpers import MKDOCS_YML, Project, build_site, identity_number
from praksisbank.core.gate import csp

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
