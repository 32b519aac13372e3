"""Hostile inputs, class «sanitizer»: the input passes `check` and a real `mkdocs build`
publishes its page, but the hostile part is gone from every HTML and JSON file
(``search/search_index.json``, ``tags.json``), and no page makes a browser fetch anything from
another host."""

from __future__ import annotations

import gzip
import importlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from helpers import (
    GUIDE,
    MKDOCS_YML,
    NOTE,
    ROLE,
    TODAY,
    Project,
    build_site,
    decision,
    read_page,
    search_documents,
    write_project,
)
from hostile import (
    CLARIFICATION,
    CLARIFICATION_FILE,
    DECISION,
    DECISION_FILE,
    GUIDE_FILE,
    NOTE_FILE,
    PAGE,
    PAGE_FILE,
    ROLE_FILE,
    TAGS_LINE,
    Writes,
    apply,
    body,
)
from hostile import root as root
from praksisbank.core.content.loader import Layout, load

HOST = "sporing.example"
SITE_HOST = "praksis.intern.example"
SITE_EXTENSIONS = """\
  - def_list
  - tables
  - pymdownx.details
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
"""
"""The real site's Markdown extensions that the test site lacks, and Material's recommended
mermaid fence (a site that adds it must still never get a ``mermaid`` class from content)."""
PAGEFIND_YML = MKDOCS_YML.replace("  - toc:\n", SITE_EXTENSIONS + "  - toc:\n")
MATERIAL_SEARCH_YML = PAGEFIND_YML.replace(
    "plugins:\n  - praksisbank\n",
    "plugins:\n  - search\n  - tags\n  - praksisbank:\n      search: false\n",
)
"""The test site with Material's search (``search/search_index.json``) and tags (``tags.json``)."""


@dataclass(frozen=True)
class Neutralised:
    name: str
    writes: Writes
    page: str
    """The page that must be published, with ``shown`` on it."""
    gone: tuple[str, ...] = (HOST, "stjel")
    """Strings that no HTML or JSON file of the site may hold."""
    shown: str = "Synlig tekst"
    cls: str = "sanitizer"
    html: str = ""
    """The hostile Markdown or HTML of a body row (all of them go into one page under Pagefind)."""


def in_page(kind: str, html: str) -> tuple[Writes, str]:
    """``html`` (Markdown or raw HTML) with "Synlig tekst" in the body of a file of ``kind``."""
    text = f"Synlig tekst.\n\n{html}\n"
    if kind == "decision":
        return ((DECISION_FILE, decision(body=body(text))),), "vedtaksbank/afg/2024-kvinne"
    if kind == "note":
        return ((NOTE_FILE, NOTE + "\n" + text),), "praksisnotater/afg"
    if kind == "guide":
        return ((GUIDE_FILE, GUIDE + "\n" + text),), "intervjuguider/afg"
    if kind == "clarification":
        return (
            ((CLARIFICATION_FILE, CLARIFICATION + "\n" + text),),
            "praksisavklaringer/afg-2026-001",
        )
    if kind == "role":
        return ((ROLE_FILE, ROLE + "\n" + text),), "roller/fagansvarlig-enhet"
    assert kind == "page"
    return ((PAGE_FILE, PAGE + "\n" + text),), "om-banken"


def hostile(
    name: str, kind: str, html: str, gone: tuple[str, ...] = (HOST, "stjel")
) -> Neutralised:
    writes, page = in_page(kind, html)
    return Neutralised(name, writes, page, gone, html=html)


NEUTRALISED: list[Neutralised] = [
    hostile("script", "decision", "<script>stjel(document.cookie)</script>"),
    hostile("script in svg", "note", "<svg><script>stjel()</script></svg>"),
    hostile("event handler", "guide", '<p onmouseover="stjel()">x</p>'),
    hostile("handler on image", "clarification", '<img src="kart.png" onerror="stjel()">'),
    hostile("handler through attribute list", "role", 'Avsnitt\n{: onclick="stjel()" }'),
    hostile("javascript: Markdown link", "page", "[klikk](javascript:stjel())"),
    hostile("javascript: with entities", "decision", '<a href="java&#x09;script:stjel()">x</a>'),
    hostile("javascript: &colon;", "note", '<a href="javascript&colon;stjel()">x</a>'),
    hostile("mermaid pre", "guide", '<pre class="mermaid">graph TD; A--&gt;B</pre>', ("mermaid",)),
    hostile(
        "mermaid through attribute list",
        "role",
        "Avsnitt\n{: .mermaid }",
        ("mermaid",),
    ),
    hostile("mermaid fence", "page", "```mermaid\ngraph TD; A-->B\n```", ('class="mermaid',)),
    hostile("image \\\\host", "clarification", f"![kart](\\\\{HOST}/p.png)"),
    hostile("image /\\host", "decision", f'<img src="/\\{HOST}/p.png">'),
    hostile("image https:/host", "note", f"![kart](https:/{HOST}/p.png)"),
    hostile("image https:host", "guide", f'<img src="https:{HOST}/p.png">'),
    hostile("image //host", "role", f"![kart](//{HOST}/p.png)"),
    hostile("image tab in //", "page", f'<img src="/&#9;/{HOST}/p.png">'),
    hostile("image reference definition", "decision", f"![kart][r]\n\n[r]: https://{HOST}/p.png"),
    hostile("image data URI", "note", '<img src="data:image/svg+xml,stjel">'),
    hostile("srcset", "guide", f'<img src="kart.png" srcset="https://{HOST}/p.png 2x">'),
    hostile(
        "srcset through attribute list", "role", f'![kart](kart.png){{ srcset="//{HOST}/p 2x" }}'
    ),
    hostile("picture source", "clarification", f'<picture><source srcset="//{HOST}/p"></picture>'),
    hostile("iframe", "page", f'<iframe src="https://{HOST}/"></iframe>'),
    hostile(
        "object and embed",
        "decision",
        f'<object data="//{HOST}/x"></object><embed src="//{HOST}/y">',
    ),
    hostile(
        "video poster, audio",
        "note",
        f'<video poster="//{HOST}/p"></video><audio src="//{HOST}/a">',
    ),
    hostile("style attribute url()", "guide", f'<p style="background:url(//{HOST}/p)">x</p>'),
    hostile("style element @import", "role", f"<style>@import url(https://{HOST}/s.css);</style>"),
    hostile(
        "style through attribute list",
        "clarification",
        f'## Overskrift {{ style="background:url(//{HOST}/p)" }}',
    ),
    hostile("meta refresh", "page", f'<meta http-equiv="refresh" content="0;url=https://{HOST}/">'),
    hostile(
        "base and stylesheet",
        "decision",
        f'<base href="//{HOST}/"><link rel="stylesheet" href="//{HOST}/s.css">',
    ),
    hostile(
        "form action",
        "note",
        f'<form action="https://{HOST}/"><input name="q">'
        f'<button formaction="//{HOST}/">Send</button></form>',
    ),
    hostile("svg xlink:href", "guide", f'<svg><image xlink:href="https://{HOST}/p.png"/></svg>'),
    hostile("svg use href", "role", f'<svg><use href="//{HOST}/s.svg#x"/></svg>'),
    hostile("javascript: autolink", "page", "<javascript:stjel()>"),
    hostile(
        "image src through attribute list", "decision", f'![kart](kart.png){{ src="//{HOST}/p" }}'
    ),
    hostile("noscript image", "note", f'<noscript><img src="//{HOST}/p"></noscript>'),
    Neutralised(
        "guide link url breaks out of its attribute",
        (
            (
                GUIDE_FILE,
                GUIDE.replace("https://landinfo.no/", 'https://landinfo.no/"onclick="stjel()'),
            ),
        ),
        "intervjuguider/afg",
        gone=(),  # the address may be shown; no element may get the attribute
        shown="Les praksisnotatet.",
    ),
    Neutralised(
        "standard text title breaks out of its attribute",
        (
            (
                NOTE_FILE,
                NOTE.replace(
                    "  - title: Sikkerhetssituasjonen",
                    "  - title: 'Sikkerhet\" onfocus=\"stjel()'",
                ),
            ),
        ),
        "praksisnotater/afg",
        gone=(),
        shown="Fiktivt notat for tester.",
    ),
    Neutralised(
        "description breaks out of its attribute",
        (
            (
                PAGE_FILE,
                PAGE.replace(
                    "description: Hva banken er, og hvem som skriver i den.",
                    "description: 'x\" onload=\"stjel()'",
                ),
            ),
        ),
        "om-banken",
        gone=(' onload="', 'onload="stjel'),
        shown="Fri tekst om banken.",
    ),
    Neutralised(
        "tag breaks out of its element",
        ((DECISION_FILE, DECISION.replace(TAGS_LINE, "tags: ['kjønn\" onmouseover=\"stjel()']")),),
        "vedtaksbank/afg/2024-kvinne",
        gone=(),  # the text may hold the quote; no element may get the attribute
        shown="Søkeren er en fiktiv kvinne fra Herat.",
    ),
    Neutralised(
        "raw .html in a roles folder is left out",
        (("docs/roles/side.html", "<script>stjel()</script>"),),
        "roller/fagansvarlig-enhet",
        shown="Fiktiv rolletekst for tester.",
    ),
]


class _Page(HTMLParser):
    """Every element and attribute of a page, and the text of its style elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._in_style = tag == "style"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def on_site(url: str) -> bool:
    """Whether a browser resolving ``url`` on a page of the site stays on the site (WHATWG URL:
    controls and spaces around stripped, tabs and line breaks dropped, ``\\`` read as ``/``)."""
    seen = re.sub(r"[\t\n\r]", "", url.strip("".join(chr(c) for c in range(0x21))))
    seen = seen.replace("\\", "/")
    if seen.startswith("//"):
        return urlsplit("https:" + seen).hostname == SITE_HOST
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", seen)
    if scheme is None:
        return True
    if scheme.group(1).lower() in ("http", "https"):
        return seen[scheme.end() :].startswith("//") and urlsplit(seen).hostname == SITE_HOST
    return scheme.group(1).lower() in ("data", "blob") and "stjel" not in seen


FETCHED = {"src", "srcset", "poster", "data", "action", "formaction", "background", "xlink:href"}
_URL_IN_CSS = re.compile(r"url\(\s*['\"]?([^'\")]*)|@import\s+['\"]([^'\"]*)")


def offsite_requests(page: str) -> list[str]:
    """Everything in ``page`` that makes a browser ask another host (or run a script address)."""
    parser = _Page()
    parser.feed(page)
    parser.close()
    found: list[str] = []
    for tag, attrs in parser.elements:
        for name, value in attrs.items():
            urls = (
                [u.strip().split(" ")[0] for u in value.split(",")] if "srcset" in name else [value]
            )
            if (
                name in FETCHED or (name == "href" and tag in ("link", "base", "image", "use"))
            ) and not all(on_site(u) for u in urls):
                found.append(f"<{tag} {name}={value!r}>")
            if name == "href" and re.sub(r"[\s\x00-\x1f]", "", value).lower().startswith(
                ("javascript:", "vbscript:", "data:")
            ):
                found.append(f"<{tag} href={value!r}>")
            if name.startswith("on"):
                found.append(f"<{tag} {name}>")
            if name == "class" and "mermaid" in value.lower():
                found.append(f"<{tag} class={value!r}>")  # Material loads mermaid from a CDN
            if name == "style":
                found += [f"style {u}" for u in _urls_in_css(value) if not on_site(u)]
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            found.append(f"<meta refresh {attrs.get('content')!r}>")
    for css in parser.styles:
        found += [f"<style> {u}" for u in _urls_in_css(css) if not on_site(u)]
    return found


def _urls_in_css(css: str) -> list[str]:
    return [a or b for a, b in _URL_IN_CSS.findall(css)]


def site_texts(site: Path) -> Iterator[tuple[str, str]]:
    """Every HTML, JSON and XML file of a built site, and Pagefind's fragments unzipped."""
    for path in sorted(site.rglob("*")):
        if path.suffix in (".html", ".json", ".xml", ".txt"):
            yield path.relative_to(site).as_posix(), path.read_text(encoding="utf-8")
        elif path.suffix == ".pf_fragment":
            yield path.relative_to(site).as_posix(), gzip.decompress(path.read_bytes()).decode()


def assert_neutralised(site: Path, gone: tuple[str, ...]) -> None:
    checked = 0
    for name, text in site_texts(site):
        for bad in gone:
            assert bad not in text, f"{bad!r} in {name}"
        if name.endswith(".html"):
            assert offsite_requests(text) == [], name
            checked += 1
    assert checked > 20


@pytest.fixture
def material_site(root: Path) -> Project:
    project = Project(root)
    project.write("mkdocs.yml", MATERIAL_SEARCH_YML)
    return project


def _texts(row: Neutralised) -> str:
    return "\n".join(text if isinstance(text, str) else "" for _, text in row.writes)


def _apart(a: Neutralised, b: Neutralised) -> bool:
    """Whether rows ``a`` and ``b`` can be built in one site and each still be judged as if
    alone: they write different files and show on different pages, and neither may leave on
    the site a string the other checks is gone (a row may leave what its own check allows:
    ``gone=()`` shows the address; a string both check for is gone for both)."""
    if {f for f, _ in a.writes} & {f for f, _ in b.writes} or a.page == b.page:
        return False
    return not any(
        bad in _texts(other) and bad not in other.gone
        for row, other in ((a, b), (b, a))
        for bad in row.gone
    )


def _batches(rows: list[Neutralised]) -> dict[str, int]:
    """Each row's batch: rows that are ``_apart`` from one another, in the table's order, share
    one build (about seven builds instead of one per row)."""
    batches: list[list[Neutralised]] = []
    found: dict[str, int] = {}
    for row in rows:
        at = next(
            (i for i, b in enumerate(batches) if all(_apart(row, o) for o in b)), len(batches)
        )
        if at == len(batches):
            batches.append([])
        batches[at].append(row)
        found[row.name] = at
    return found


BATCH = _batches(NEUTRALISED)


@pytest.fixture(scope="module")
def batch_sites(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Path]:
    """The site of each batch of rows: every row of it applied to the test site at once, built
    on the first test that asks."""
    built: dict[int, Path] = {}

    def site(batch: int) -> Path:
        if batch not in built:
            project = Project(tmp_path_factory.mktemp(f"batch{batch}") / "prosjekt")
            write_project(project)
            project.write(CLARIFICATION_FILE, CLARIFICATION)
            project.write(PAGE_FILE, PAGE)
            project.write("mkdocs.yml", MATERIAL_SEARCH_YML)
            for row in NEUTRALISED:
                if BATCH[row.name] == batch:
                    apply(project.root, row.writes)
            with pytest.MonkeyPatch.context() as mp:
                mp.setenv("PRAKSISBANK_TODAY", TODAY.isoformat())
                mp.setenv("PRAKSISBANK_PDF", "0")
                built[batch] = build_site(project)
        return built[batch]

    return site


def test_the_rows_are_batched_apart() -> None:
    """Every row's batch holds only rows apart from it, and the builds are fewer."""
    for row in NEUTRALISED:
        others = [o for o in NEUTRALISED if o is not row and BATCH[o.name] == BATCH[row.name]]
        assert all(_apart(row, o) for o in others), row.name
    assert len(set(BATCH.values())) < len(NEUTRALISED) / 3


@pytest.mark.parametrize("row", NEUTRALISED, ids=lambda r: f"{r.cls}: {r.name}")
def test_neutralised(
    row: Neutralised,
    material_site: Project,
    batch_sites: Callable[[int], Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The row alone passes the check; built with the rows of its batch, its page is published
    and nothing of its attack is left anywhere."""
    apply(material_site.root, row.writes)
    result = load(Layout.default(material_site.root), TODAY)
    assert result.ok, result.problems
    site = batch_sites(BATCH[row.name])
    assert row.shown in read_page(site, row.page)
    for json_file in ("search/search_index.json", "tags.json"):
        json.loads((site / json_file).read_text(encoding="utf-8"))  # there, and valid
    assert_neutralised(site, row.gone)


@pytest.mark.parametrize(
    "row", [r for r in NEUTRALISED if r.html], ids=lambda r: f"{r.cls}: {r.name}"
)
def test_each_body_row_is_hostile_before_the_sanitizer(row: Neutralised) -> None:
    """The checks above would see the attack: Markdown's own HTML of the row fails them."""
    markdown: Any = importlib.import_module("markdown")  # no type stubs
    fence: Any = importlib.import_module("pymdownx.superfences").fence_code_format
    mermaid = {"name": "mermaid", "class": "mermaid", "format": fence}
    made = markdown.markdown(
        row.html,
        extensions=["admonition", "attr_list", "def_list", "tables", "toc", "pymdownx.superfences"],
        extension_configs={"pymdownx.superfences": {"custom_fences": [mermaid]}},
    )
    assert offsite_requests(made) or any(bad in made for bad in row.gone), made


def test_the_base_site_makes_no_request_elsewhere(material_site: Project) -> None:
    """The checker's own baseline: the unchanged site passes it, so each row tests its input."""
    assert_neutralised(build_site(material_site), ("stjel",))


def test_neutralised_under_pagefind(root: Path) -> None:
    """The default site (Pagefind's search): every hostile body at once, in one decision."""
    html = "\n\n".join(row.html for row in NEUTRALISED if row.html)
    apply(
        root,
        (
            ("mkdocs.yml", PAGEFIND_YML),
            (DECISION_FILE, decision(body=body("Synlig tekst.\n\n" + html))),
        ),
    )
    site = build_site(Project(root))
    assert "Synlig tekst." in read_page(site, "vedtaksbank/afg/2024-kvinne")
    assert any("Synlig tekst" in d["content"] for d in search_documents(site))
    assert_neutralised(site, (HOST, "stjel"))
