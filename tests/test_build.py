"""A real `mkdocs build` of a small project: the HTML a caseworker reads."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from helpers import Project, build_site, decision, search_documents, write_project
from helpers import read_page as html
from helpers import visible_text as text_of
from shared_builds import build_warnings, built_like, project_site


@pytest.fixture
def site(tmp_path_factory: pytest.TempPathFactory, no_warnings: None) -> Path:
    """The helpers' project, built once per run for the tests that only read it (and for
    every other file that builds the same project: ``shared_builds.project_site``)."""
    site = project_site(tmp_path_factory, write_project)
    assert build_warnings(site) == []
    return site


def test_decision_page_has_panel_notice_and_edit_link(site: Path) -> None:
    page = html(site, "vedtaksbank/afg/2024-kvinne")
    text = text_of(page)
    assert "<h1>Enslig kvinne fra Herat</h1>" in page
    for expected in (
        "Land Afghanistan",
        "Kategori Enslige kvinner",
        "Utfall Beskyttelse (utl. § 28)",
        "Rettsgrunnlag utl. § 28 første ledd bokstav a",
        "Vedtaksdato 17. mai 2024",
        "Status Kan være utdatert",
        "Id VB-AFG-2024-001",
    ):
        assert expected in text
    assert (
        "Enkeltvedtak gir ikke nødvendigvis et fullstendig og riktig bilde av gjeldende praksis."
    ) in text
    assert 'href="../../../land/afg/#kategori-enslig-kvinne"' in page
    assert 'href="../../../praksisnotater/afg/"' in page
    assert (
        "https://git.intern.example/asyl/praksisbanken/edit/main/decision_bank/afg/2024-kvinne.md"
    ) in page
    # The panel comes before the decision's own text.
    assert page.index("pb-panel") < page.index('id="sammendrag"')


def test_country_page_lists_categories_decisions_and_contacts(site: Path) -> None:
    page = html(site, "land/afg")
    text = text_of(page)
    assert '<h1 id="afghanistan">Afghanistan' in page
    assert 'id="kategori-enslig-kvinne"' in page and 'id="kategori-dublin"' in page
    assert 'href="../../vedtaksbank/afg/2024-kvinne/"' in page
    assert 'href="../../vedtaksbank/afg/2025-dublin/"' in page
    assert 'href="../../intervjuguider/afg/"' in page
    assert "Enhet B2 Ingrid Testesen, Per Prøvestad" in text


def test_every_item_and_index_has_a_page(site: Path) -> None:
    for url in (
        "",
        "vedtaksbank",
        "land",
        "praksisnotater",
        "intervjuguider",
        "land/afg",
        "praksisnotater/afg",
        "intervjuguider/afg",
        "vedtaksbank/afg/2024-kvinne",
        "vedtaksbank/afg/2025-dublin",
    ):
        assert (site / url / "index.html").is_file(), url


def test_note_page_shows_categories_texts_contacts_and_changes(site: Path) -> None:
    page = html(site, "praksisnotater/afg")
    text = text_of(page)
    assert "Fagansvarlig enhet Enhet A1" in text
    assert "Neste gjennomgang 30. desember 2026" in text
    for anchor in ("kategorier", "favoritttekster", "landpraksiskontakter", "siste-endringer"):
        assert f'id="{anchor}"' in page
        assert f'href="#{anchor}"' in page  # in the table of contents
    assert "15. september 2026 Endret praksis : Ny vurdering av enslige kvinner." in text
    assert 'data-copy-target="pb-text-1"' in page


def test_guide_page(site: Path) -> None:
    text = text_of(html(site, "intervjuguider/afg"))
    assert "Kvalitetssikret Intervjufaglig nettverk, 20. august 2026" in text
    assert "Ansvarlig enhet Enhet A1" in text
    assert "Siste endringer" in text and "Nye spørsmål om nettverk." in text


def test_site_is_norwegian_and_makes_no_request_elsewhere(site: Path) -> None:
    for page in site.rglob("*.html"):
        source = page.read_text(encoding="utf-8")
        assert '<html lang="nb"' in source
        assert "fonts.googleapis" not in source and "fonts.gstatic" not in source
        loads = re.findall(
            r"<(?:script|img|iframe)\b[^>]*\bsrc=\"(?:https?:)?//[^\"]*"
            r"|<link\b(?![^>]*rel=\"canonical\")[^>]*href=\"(?:https?:)?//[^\"]*",
            source,
        )
        assert loads == [], page


def test_search_is_norwegian(site: Path) -> None:
    entry = json.loads((site / "pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["nb"]  # Pagefind stems nb with the Norwegian stemmer
    assert (site / "pagefind/wasm.nb.pagefind").is_file()
    assert not (site / "search").exists()  # Material's search is off
    assert any(d["url"] == "/vedtaksbank/afg/2024-kvinne/" for d in search_documents(site))


def test_broken_front_matter_fails_the_build_and_leaks_nothing(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    project.write(
        "decision_bank/afg/2026-lekk.md",
        "---\nid: VB-LEKK\ntitle: HEMMELIG-TITTEL\n\n## Sammendrag\nHEMMELIG-TEKST\n",
    )
    with pytest.raises(Abort):
        build_site(project)
    assert "Praksisbanken: innholdet har 1 feil i 1 fil. Ingenting ble bygget." in caplog.text
    assert (
        "decision_bank/afg/2026-lekk.md:1:1: feil: Front matter starter på linje 1, men "
        "blir aldri avsluttet."
    ) in caplog.text
    site = project.root / "site"
    leaked = [p for p in site.rglob("*") if p.is_file() and b"HEMMELIG" in p.read_bytes()]
    assert leaked == []


def test_a_failed_rebuild_publishes_nothing_of_the_bad_file(
    project: Project, tmp_path_factory: pytest.TempPathFactory
) -> None:
    site = built_like(tmp_path_factory, project, copy=True)  # the run's build of these files
    project.write(
        "decision_bank/afg/2024-kvinne.md", decision(title="UGYLDIG-UTFALL", outcome="ukjent")
    )
    with pytest.raises(Abort):
        build_site(project)
    assert not [p for p in site.rglob("*") if p.is_file() and b"UGYLDIG-UTFALL" in p.read_bytes()]


def test_html_in_content_is_sanitized(project: Project, no_warnings: None) -> None:
    body = (
        "\n## Sammendrag\n\n<script>alert('x')</script>\n\n<p onclick=\"steal()\">Tekst</p>\n\n"
        '<img src="https://sporing.example/p.png" alt="sporing">\n\n'
        '<a href="javascript:alert(1)">lenke</a>\n\n## Faktum\n\nx\n\n## Vurdering\n\nx\n\n'
        "## Konklusjon\n\nx\n"
    )
    project.write("decision_bank/afg/2024-kvinne.md", decision(body=body))
    page = html(build_site(project), "vedtaksbank/afg/2024-kvinne")
    main = page[page.index("pb-panel") : page.index("</article>")]
    assert "<script>alert" not in main and "onclick" not in main
    assert "sporing.example" not in main and "javascript:" not in main
    assert "Tekst" in main


def test_withdrawn_decision_keeps_its_address_but_not_its_text(
    project: Project, no_warnings: None
) -> None:
    project.write(
        "decision_bank/afg/2024-kvinne.md",
        decision(
            extra="status: withdrawn\nstatus_reason: Ikke godt nok anonymisert.\n"
            "status_date: 2026-03-01\n"
        ),
    )
    site = build_site(project)
    text = text_of(html(site, "vedtaksbank/afg/2024-kvinne"))
    assert "Dette dokumentet er fjernet" in text
    assert "ble fjernet 1. mars 2026" in text and "Ikke godt nok anonymisert." in text
    assert "Søkeren er en fiktiv kvinne" not in text
    assert "2024-kvinne" not in html(site, "land/afg")
    assert not [d for d in search_documents(site) if "2024-kvinne" in d["url"]]
    assert "data-pagefind-body" not in html(site, "vedtaksbank/afg/2024-kvinne")


def test_docs_page_with_a_generated_name_is_refused(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    project.write("docs/index.md", "---\ntitle: Min forside\n---\n# Min forside\n")
    with pytest.raises(Abort):
        build_site(project)
    assert "docs/index.md" in caplog.text
    assert "som allerede er en side Praksisbanken lager selv" in caplog.text


def test_docs_page_without_front_matter_is_refused(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    project.write("docs/om.md", "# Om siden\n")
    with pytest.raises(Abort):
        build_site(project)
    assert "docs/om.md:1:1: feil: Filen mangler front matter" in caplog.text


def test_values_from_content_cannot_inject_markup(project: Project, no_warnings: None) -> None:
    note = (project.root / "practice_notes/afg.md").read_text(encoding="utf-8")
    project.write(
        "practice_notes/afg.md",
        note.replace("name: Enslige kvinner", 'name: "Enslige kvinner {uten} nettverk & <18"'),
    )
    body = (
        '\n<p id="__config">{"search": "data:text/javascript,alert(1)"}</p>\n\n'
        "## Sammendrag\n\nx\n\n## Faktum\n\nx\n\n## Vurdering\n\nx\n\n## Konklusjon\n\nx\n"
    )
    project.write(
        "decision_bank/afg/2024-kvinne.md",
        decision(body=body).replace(
            "description: Kvinne uten nettverk fikk beskyttelse.",
            "description: '0;url=https://evil.example/\" http-equiv=\"refresh'",
        ),
    )
    site = build_site(project)
    country = html(site, "land/afg")
    name = "Enslige kvinner {uten} nettverk &amp; &lt;18"
    assert f'<h3 id="kategori-enslig-kvinne">{name}' in country
    assert country.count(name) >= 3  # heading, table of contents, caption of its table
    assert "&lt;18" in country and "<18" not in country
    page = html(site, "vedtaksbank/afg/2024-kvinne")
    assert 'http-equiv="refresh"' not in page
    assert 'content="0;url=https://evil.example/&quot; http-equiv=&quot;refresh"' in page
    assert page.count('id="__config"') == 1  # only Material's own


def test_not_found_page_is_norwegian(site: Path) -> None:
    page = (site / "404.html").read_text(encoding="utf-8")
    assert "<h1>Siden finnes ikke</h1>" in page and "Not found" not in page
    assert 'href="/">Gå til forsiden</a>' in page  # a path: works on any host (test_reading)


def test_text_cannot_take_the_anchors_of_the_sites_own_sections(
    project: Project, no_warnings: None
) -> None:
    note = (project.root / "practice_notes/afg.md").read_text(encoding="utf-8")
    project.write("practice_notes/afg.md", note + "\n## Siste endringer\n\nEgen tekst.\n")
    page = html(build_site(project), "praksisnotater/afg")
    assert page.count('id="siste-endringer"') == 1
    assert page.index('id="siste-endringer"') > page.index("Egen tekst.")  # ours, after the text


def test_a_build_without_site_url_says_what_breaks(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    project.write("mkdocs.yml", config.replace("site_url: https://praksis.intern.example/\n", ""))
    build_site(project)
    assert "«site_url» er ikke satt i mkdocs.yml" in caplog.text
