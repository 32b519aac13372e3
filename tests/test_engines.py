"""The site outlives its engine: ``praksisbank build`` writes the docs tree (core/publish/tree.py)
and MkDocs or Zensical builds it; both give readers the same site, checked the same way.

The demo is built once per engine (slow: Zensical's build makes every PDF), in a copy of
this repository's demo content; the planted identity number is generated here
(``helpers.identity_number``), never a real person's.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from browser_fixtures import browser as browser  # the fixture, found by pytest by its name
from browser_fixtures import serving
from helpers import TODAY, Project, decision, identity_number, search_documents, write_project
from praksisbank.cli import build as engine_build
from praksisbank.cli.main import main
from praksisbank.core.pdf import build as pdf
from praksisbank.core.publish import tree
from shared_builds import shared_pdf_cache, strict_demo_site
from sitecompare import (
    article_text,
    broken_links,
    fetched_elsewhere,
    pages,
    toc,
    without_policy,
)

ROOT = Path(__file__).resolve().parent.parent
DEMO = (
    "mkdocs.yml",
    "decision_bank",
    "practice_notes",
    "practice_clarifications",
    "interview_guides",
    "docs",
    "personvern-ok.yml",
    "skript-ok.yml",
)
"""What the demo project is made of (the rest of the repository is the tool)."""

pytestmark = pytest.mark.engines


def _needs_zensical() -> None:
    if engine_build.engine_installed("zensical"):
        return
    if os.environ.get("CI"):
        pytest.fail("CI needs Zensical: `make test` installs the test lock, which pins it")
    pytest.skip("Zensical is not installed (pip install -e '.[zensical]')")


def _copy_demo(target: Path) -> Path:
    target.mkdir(parents=True)
    for name in DEMO:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        elif source.is_file():
            shutil.copy2(source, target / name)
    return target


def _build(project: Path, engine: str, *, pdf: bool) -> int:
    mp = pytest.MonkeyPatch()
    mp.setenv("PRAKSISBANK_TODAY", TODAY.isoformat())
    mp.setenv("PRAKSISBANK_PDF", "1" if pdf else "0")
    try:
        return main(["build", "--engine", engine, str(project)])
    finally:
        mp.undo()


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo built by each engine, with the PDFs. Zensical's build starts from the run's PDF
    cache, where the strict MkDocs build of the demo (``shared_builds.strict_demo_site``) put a
    PDF for each of its print documents, and adds any it makes; MkDocs' build starts from
    Zensical's cache, and only reuses a PDF where its print document is the same
    (``core/pdf/build.py``); ``MADE`` holds the PDFs each build added to its cache."""
    _needs_zensical()
    strict_demo_site(tmp_path_factory)  # the demo's PDFs are first made where a warning fails
    built: dict[str, Path] = {}
    for engine in ("zensical", "mkdocs"):
        project = _copy_demo(tmp_path_factory.mktemp(engine) / "demo")
        if engine == "zensical":
            with shared_pdf_cache(tmp_path_factory, project / pdf.CACHE):
                before = _cached(project)
                assert _build(project, engine, pdf=True) == 0
        else:
            shutil.copytree(built["zensical"].parent / pdf.CACHE, project / pdf.CACHE)
            before = _cached(project)
            assert _build(project, engine, pdf=True) == 0
        built[engine] = project / "site"
        MADE[engine] = _cached(project) - before
    return built


MADE: dict[str, set[str]] = {}
"""The PDFs each engine's build of the demo rendered into its cache (``sites``)."""


def _cached(project: Path) -> set[str]:
    return {p.name for p in (project / pdf.CACHE).glob("*.pdf")}


def test_both_engines_publish_the_same_pages(sites: dict[str, Path]) -> None:
    mkdocs, zensical = pages(sites["mkdocs"]), pages(sites["zensical"])
    assert mkdocs == zensical
    assert len(mkdocs) > 200  # every decision, note, guide, role and generated page
    assert {"index.html", "404.html", "land/afg/index.html"} <= mkdocs


def test_every_page_has_the_same_article_text(sites: dict[str, Path]) -> None:
    differ = [
        page
        for page in sorted(pages(sites["mkdocs"]))
        if article_text((sites["mkdocs"] / page).read_text("utf-8"))
        != article_text((sites["zensical"] / page).read_text("utf-8"))
    ]
    assert differ == []
    front = article_text((sites["zensical"] / "index.html").read_text("utf-8"))
    assert "Vedtaksbanken" in front  # the article was read, not an empty one on both sides


def test_every_page_has_the_same_table_of_contents(sites: dict[str, Path]) -> None:
    differ = [
        page
        for page in sorted(pages(sites["mkdocs"]))
        if toc((sites["mkdocs"] / page).read_text("utf-8"))
        != toc((sites["zensical"] / page).read_text("utf-8"))
    ]
    assert differ == []
    decision = next((sites["zensical"] / "vedtaksbank" / "afg").glob("*/index.html"))
    assert "#sammendrag" in toc(decision.read_text("utf-8"))  # a body's headings are listed


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_no_internal_link_is_broken(sites: dict[str, Path], engine: str) -> None:
    assert broken_links(sites[engine]) == []


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_no_request_leaves_the_site(sites: dict[str, Path], engine: str) -> None:
    assert without_policy(sites[engine]) == []
    assert fetched_elsewhere(sites[engine]) == []
    assert (sites[engine] / "praksisbank-csp").is_dir()  # the web server's header


def test_search_indexes_the_same_pages(sites: dict[str, Path]) -> None:
    found = {
        engine: sorted(d["url"] for d in search_documents(site)) for engine, site in sites.items()
    }
    assert found["mkdocs"] == found["zensical"]
    assert "/land/afg/" in found["zensical"]
    own = json.loads((sites["zensical"] / "search.json").read_text("utf-8"))
    assert own["items"] == []  # Zensical's own search is off: its index holds no page


@pytest.mark.browser
def test_a_query_finds_a_page_on_the_zensical_site(
    sites: dict[str, Path], browser: Browser
) -> None:
    with serving(sites["zensical"]) as root:
        page = browser.new_page()
        try:
            page.goto(root)
            page.get_by_role("button", name="Søk", exact=True).click()
            page.get_by_role("searchbox", name="Søkeord").fill("internflukt")
            link = page.locator(".pb-search__link").first
            link.wait_for(timeout=15000)
            assert link.get_attribute("href")
        finally:
            page.close()


def test_the_zensical_build_makes_every_pdf(sites: dict[str, Path]) -> None:
    """Every PDF of the demo is in Zensical's site, and each is a PDF of its cache: rendered by
    this build, or by the strict build of the demo from the same print document (the cache key
    is its hash), so Zensical's pages print as the plugin's do."""
    folder = sites["zensical"] / "pdf"
    made = {p.name for p in folder.glob("*.pdf")}
    assert "ansvarsmatrise.pdf" in made
    assert "landpakke-afg.pdf" in made
    assert len([name for name in made if name.startswith("vb-")]) > 50
    assert all((folder / name).stat().st_size > 1000 for name in made)
    cache = sites["zensical"].parent / pdf.CACHE
    cached = {_digest(p) for p in cache.glob("*.pdf")}
    assert {_digest(folder / name) for name in made} <= cached


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_each_pdf_is_printed_from_the_same_article(sites: dict[str, Path]) -> None:
    """MkDocs' build found every print document in Zensical's cache: it made no PDF of its own."""
    assert MADE["mkdocs"] == set()
    made = {p.name for p in (sites["mkdocs"] / "pdf").glob("*.pdf")}
    assert len(made) > 100


# -- the trust gates on Zensical's output -------------------------------------------------


def test_a_number_only_the_page_shows_stops_the_zensical_build(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    _needs_zensical()
    write_project(project)
    fnr = identity_number("010203")  # generated, valid check digits, nobody's
    rest = "## Faktum\n\nx\n\n## Vurdering\n\nx\n\n## Konklusjon\n\nx\n"
    hidden = f"Nummer {fnr[:4]}<!-- en\nto -->{fnr[4:6]} {fnr[6:]} her."  # passes the source gate
    body = f"\n## Sammendrag\n\n{hidden}\n\n{rest}"
    project.write("decision_bank/afg/2024-x.md", decision("VB-AFG-2024-009", body=body))
    assert _build(project.root, "zensical", pdf=False) == 1
    said = capsys.readouterr().err
    assert "decision_bank/afg/2024-x.md:16:1: feil:" in said
    assert fnr not in said and fnr[6:] not in said  # masked
    assert not (project.root / "site").exists()
    assert not list(project.root.glob(".site-ny-*"))


def test_a_content_error_stops_before_the_engine(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    write_project(project)
    project.write("decision_bank/afg/2024-x.md", "---\nid: VB-AFG-2024-009\n---\n")
    assert _build(project.root, "mkdocs", pdf=False) == 1
    said = capsys.readouterr().err
    assert "decision_bank/afg/2024-x.md" in said
    assert "Ingenting ble publisert" in said
    assert not (project.root / "site").exists()


# -- the tree -------------------------------------------------------------------------------


def test_every_page_is_a_folder_with_an_index() -> None:
    assert tree.tree_path("vedtaksbank/afg/2024-x.md") == "vedtaksbank/afg/2024-x/index.md"
    assert tree.tree_path("land/afg/index.md") == "land/afg/index.md"
    assert tree.tree_path("index.md") == "index.md"
    assert tree.tree_path("bilder/kart.png") == "bilder/kart.png"


def test_the_tree_settings_drop_our_plugin_and_keep_the_engines_tags() -> None:
    written = (
        "site_name: X\n"
        "plugins:\n  - tags\n  - praksisbank:\n      demo: true\n"
        "markdown_extensions:\n  - toc:\n      slugify: !!python/object/apply:"
        "pymdownx.slugs.slugify\n        kwds:\n          case: lower\n"
        "copyright: !ENV [COPYRIGHT, 'ingen']\n"
    )
    settings = tree.tree_settings(
        tree.read_settings(written), nav=[{"Forside": "index.md"}], extra={"search": True}
    )
    import yaml

    out = yaml.dump(settings, Dumper=tree._KeepingDumper, allow_unicode=True, sort_keys=False)
    assert "praksisbank:\n" not in out.split("extra:")[0]
    assert "!!python/object/apply:pymdownx.slugs.slugify" in out
    assert "!ENV" in out
    assert settings["plugins"] == ["tags"]
    assert settings["theme"]["custom_dir"] == tree.OVERRIDES
    assert settings["extra"]["praksisbank"] == {"search": True}
    zensical = tree.tree_settings(tree.read_settings(written), nav=[], extra={}, engine="zensical")
    assert {"search": {"enabled": False}} in zensical["plugins"]


def test_links_in_a_body_point_at_the_pages_addresses() -> None:
    html = (
        '<a href="saksbehandler.md">a</a> <a href="saksbehandler.md#plikter">b</a> '
        '<a href="https://a.example/x.md">c</a> <img src="../bilder/kart.png">'
    )
    known = frozenset({"roller/saksbehandler.md", "roller/fagansvarlig-enhet.md"})
    out = tree._links_resolved(html, "roller/fagansvarlig-enhet.md", known)
    assert 'href="../saksbehandler/"' in out
    assert 'href="../saksbehandler/#plikter"' in out
    assert 'href="https://a.example/x.md"' in out
    assert 'src="../../bilder/kart.png"' in out


def test_an_unknown_engine_is_refused_in_norwegian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["build", "--engine", "hugo", "."])
    assert "ugyldig valg" in capsys.readouterr().err


def test_a_heading_outside_any_block_is_written_for_the_table_of_contents() -> None:
    article = (
        '<div class="pb-panel">\n<h2 id="inne">Inne<a class="headerlink" href="#inne">¶</a></h2>\n'
        '</div>\n<h2 id="sammendrag">Om *stjerner* og <code>a_b</code><a class="headerlink" '
        'href="#sammendrag">¶</a></h2>\n<p>Tekst.</p>'
    )
    written = tree._raw(article)
    assert "\n## Om \\*stjerner\\* og <code>a\\_b</code> {#sammendrag}\n" in written
    assert '<h2 id="inne">Inne' in written  # inside a block: left as HTML
    from markdown import Markdown  # type: ignore[import-untyped]

    html = Markdown(extensions=["attr_list", "toc"]).convert(written)
    assert '<h2 id="sammendrag">Om *stjerner* og <code>a_b</code></h2>' in html
