"""The PDFs a reader prints: one per published document and a bundle per country, read back with
pypdf (text, pages, bookmarks, header and footer, marks, the bundle's order and what it leaves
out), the cache, the URL fetcher's limits and ``praksisbank pdf``."""

from __future__ import annotations

import io
import logging
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from helpers import BODY, Project, build_site, decision, read_page, write_project
from praksisbank.cli.main import main
from praksisbank.core.pdf import build as pdf
from praksisbank.core.pdf import html as pdfhtml
from praksisbank.core.pdf.render import RefusedAddressError, SiteFetcher, render
from praksisbank.mkdocs_adapter import settings
from praksisbank.mkdocs_adapter.settings import PDF_ENV
from shared_builds import pdfs_rendered_here, shared

ADDRESS = "https://praksis.intern.example/"
BUILT = "Bygget 21. november 2026"

CLARIFICATION = """\
---
id: PA-AFG-2026-001
title: Lavere stillinger i politiet
country: AFG
owner_unit: Enhet A1
date: 2026-10-02
categories: [enslig-kvinne]
---
## Spørsmål

Markør-avklaring: gjelder endringen også lavere stillinger?

## Avklaring

Ja.
"""


GUIDE_CHILDREN = """\
---
id: IG-AFG-BARN
title: Intervjuguide for barn
country: AFG
audience: children
quality_assured_by: Intervjufaglig nettverk
quality_assured: 2026-01-05
last_reviewed: 2026-01-05
review_interval_days: 90
---
## Før samtalen

Markør-barn.
"""


def _body(marker: str) -> str:
    return BODY.replace("Søkeren fyller vilkårene.", f"Søkeren fyller vilkårene. {marker}.")


def write_pdf_project(p: Project) -> Project:
    """The helpers' project, with a decision of each status: current (2025-002 and 2026-003),
    possibly outdated (2024-001, from before the note's practice change), outdated (2023-004,
    replaced by 2026-003) and withdrawn (2022-005); and a practice clarification."""
    write_project(p)
    p.write("decision_bank/afg/2024-kvinne.md", decision(body=_body("Markør-kanskje-utdatert")))
    p.write(
        "decision_bank/afg/2025-dublin.md",
        decision(
            "VB-AFG-2025-002",
            title="Dublin-overføring til Østerrike",
            decided="2025-02-03",
            category="dublin",
            outcome="dublin",
            body=_body("Markør-dublin"),
        ),
    )
    p.write(
        "decision_bank/afg/2026-ny.md",
        decision(
            "VB-AFG-2026-003",
            title="Enslig kvinne fra Mazar, etter praksisendringen",
            decided="2026-10-01",
            body=_body("Markør-gjeldende"),
        ),
    )
    p.write(
        "decision_bank/afg/2023-gammel.md",
        decision(
            "VB-AFG-2023-004",
            title="Enslig kvinne fra Balkh, eldre vurdering",
            decided="2023-03-01",
            extra="status: outdated\nstatus_reason: Bygger på landinformasjon fra 2022.\n"
            "status_date: 2026-09-20\nsuperseded_by: VB-AFG-2026-003\n",
            body=_body("Markør-utdatert"),
        ),
    )
    p.write(
        "decision_bank/afg/2022-fjernet.md",
        decision(
            "VB-AFG-2022-005",
            title="Fjernet vedtak om Kunduz",
            decided="2022-06-01",
            extra="status: withdrawn\nstatus_reason: Feil i anonymiseringen.\n"
            "status_date: 2026-01-10\n",
            body=_body("Markør-fjernet"),
        ),
    )
    p.write("practice_clarifications/afg-2026-01.md", CLARIFICATION)
    p.write("interview_guides/afg-barn.md", GUIDE_CHILDREN)  # overdue since 5 April 2026
    return p


def build_with_pdfs(project: Project, *, in_new_processes: bool = False) -> Path:
    """A build with its PDFs, rendered in this process unless ``in_new_processes``
    (``shared_builds.pdfs_rendered_here``)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(PDF_ENV, "1")
        mp.setenv("PRAKSISBANK_TODAY", "2026-11-21")
        mp.setenv("NO_MKDOCS_2_WARNING", "1")
        if in_new_processes:
            return build_site(project)
        with pdfs_rendered_here():
            return build_site(project)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build of the project, with its PDFs, for the tests that only read them (here and in
    test_pdf_tagged.py: made once per run)."""
    return shared(tmp_path_factory, "pdf-project", build_pdf_project)


def build_pdf_project(folder: Path) -> Path:
    return build_with_pdfs(write_pdf_project(Project(folder)))


def text_of(reader: PdfReader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def outline(reader: PdfReader, items: list[Any] | None = None, depth: int = 0) -> list[str]:
    """The bookmarks, indented by level: ["Tittel", "  Under", ...]."""
    found: list[str] = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            found += outline(reader, item, depth + 1)
        else:
            found.append("  " * depth + str(item.title))
    return found


# -- per document ---------------------------------------------------------------------------


def test_every_published_document_has_a_pdf_linked_from_its_page(built: Path) -> None:
    expected = {
        "vedtaksbank/afg/2025-dublin": "vb-afg-2025-002.pdf",
        "vedtaksbank/afg/2024-kvinne": "vb-afg-2024-001.pdf",
        "vedtaksbank/afg/2023-gammel": "vb-afg-2023-004.pdf",
        "praksisnotater/afg": "pn-afg.pdf",
        "intervjuguider/afg": "ig-afg.pdf",
        "praksisavklaringer/afg-2026-01": "pa-afg-2026-001.pdf",
        "roller/fagansvarlig-enhet": "rolle-fagansvarlig-enhet.pdf",
        "roller/ansvarsmatrise": "ansvarsmatrise.pdf",
        "land/afg": "landpakke-afg.pdf",
    }
    for url, name in expected.items():
        page = read_page(built, url)
        link = re.search(
            r'<p class="pb-pdf[^"]*">.*?<a class="md-button" href="([^"]+)" type="application/pdf"',
            page,
        )
        assert link, url
        target = (built / url / link.group(1)).resolve()
        assert target == (built / "pdf" / name).resolve(), url
        assert target.read_bytes().startswith(b"%PDF-")
    # Withdrawn: no link, no PDF.
    assert "pb-pdf" not in read_page(built, "vedtaksbank/afg/2022-fjernet")
    assert not (built / "pdf" / "vb-afg-2022-005.pdf").exists()
    # 4 decisions, a note, 2 guides, a clarification, 2 roles, the matrix and a bundle
    assert len(list((built / "pdf").glob("*.pdf"))) == 12


def test_document_pdf_has_its_text_header_and_footer_on_every_page(built: Path) -> None:
    reader = PdfReader(built / "pdf" / "vb-afg-2025-002.pdf")
    pages = text_of(reader)
    assert "Dublin-overføring til Østerrike" in pages[0]
    assert "Markør-dublin" in " ".join(pages)
    for number, text in enumerate(pages, start=1):
        assert "VB-AFG-2025-002 · Dublin-overføring til Østerrike" in text
        assert f"Side {number} av {len(pages)}" in text
        assert BUILT in text
        assert f"Sjekk gjeldende versjon: {ADDRESS}vedtaksbank/afg/2025-dublin/" in text
    assert "UTDATERT" not in " ".join(pages)
    # What only works on screen is not printed.
    assert "Last ned PDF" not in " ".join(pages)
    assert "Permanent lenke" not in " ".join(pages)
    assert reader.metadata is not None
    assert reader.metadata.title == "VB-AFG-2025-002 · Dublin-overføring til Østerrike"
    assert reader.metadata.creation_date_raw == reader.metadata.modification_date_raw
    assert reader.metadata.creation_date_raw == "D:20261121"


def test_document_pdf_has_bookmarks_for_its_title_and_sections(built: Path) -> None:
    reader = PdfReader(built / "pdf" / "vb-afg-2025-002.pdf")
    assert outline(reader) == [
        "Dublin-overføring til Østerrike",
        "  Sammendrag",
        "  Faktum",
        "  Vurdering",
        "  Konklusjon",
    ]


def test_outdated_documents_carry_their_mark_and_reason(built: Path) -> None:
    outdated = text_of(PdfReader(built / "pdf" / "vb-afg-2023-004.pdf"))
    assert "UTDATERT" in outdated[0]
    assert "Utdatert siden 20. september 2026: Bygger på landinformasjon fra 2022." in outdated[0]
    assert (
        "Se i stedet: Enslig kvinne fra Mazar, etter praksisendringen (VB-AFG-2026-003)."
        in (outdated[0])
    )
    assert all("UTDATERT" in page for page in outdated)  # in the header of every page

    overdue = text_of(PdfReader(built / "pdf" / "ig-afg-barn.pdf"))
    assert "GJENNOMGANG FORFALT" in overdue[0]
    assert (
        "Skulle vært gjennomgått innen 5. april 2026 (sist gjennomgått 5. januar 2026)."
        in (overdue[0])
    )
    assert overdue[0].count("Skulle vært gjennomgått") == 1  # the mark, not the screen's notice too

    possibly = text_of(PdfReader(built / "pdf" / "vb-afg-2024-001.pdf"))
    assert "KAN VÆRE UTDATERT" in possibly[0]
    assert (
        "Praksis for Afghanistan ble endret 15. september 2026: Ny vurdering av enslige kvinner."
    ) in possibly[0]


def test_pdfs_use_a_font_with_norwegian_letters(built: Path) -> None:
    reader = PdfReader(built / "pdf" / "pn-afg.pdf")
    resources: Any = reader.pages[0]["/Resources"]
    fonts = resources["/Font"]
    names = {str(fonts[f].get_object()["/BaseFont"]) for f in fonts}
    assert any(name.endswith("+DejaVu-Sans") for name in names), names
    assert "Ingrid Testesen, Per Prøvestad" in " ".join(text_of(reader))


def test_role_pdf_has_empty_boxes_and_no_buttons(built: Path) -> None:
    pages = text_of(PdfReader(built / "pdf" / "rolle-fagansvarlig-enhet.pdf"))
    text = " ".join(pages)
    assert "Rolle · Fagansvarlig enhet" in pages[0]
    assert "Hold praksisnotatet oppdatert." in text
    assert "Fjern alle kryss" not in text


# -- the country bundle ---------------------------------------------------------------------


def test_bundle_has_its_parts_in_order_with_bookmarks(built: Path) -> None:
    reader = PdfReader(built / "pdf" / "landpakke-afg.pdf")
    assert outline(reader) == [
        "Afghanistan",
        "Innhold",
        "Praksisnotat Afghanistan",
        "  Bakgrunn",
        "  Kategorier",
        "  Favoritttekster",
        "  Siste endringer",
        "Praksisavklaringer",
        "  Lavere stillinger i politiet",
        "    Spørsmål",
        "    Avklaring",
        "Intervjuguider",
        "  Intervjuguide for barn",
        "    Før samtalen",
        "  Intervjuguide Afghanistan",
        "    Forberedelse",
        "    Nyttig informasjon",
        "    Siste endringer",
        "Landpraksiskontakter",
        "Opplæring før oppstart",
        "Gjeldende vedtak etter kategori",
        "  Enslige kvinner",
        "    Enslig kvinne fra Mazar, etter praksisendringen",
        "  Dublin-saker",
        "    Dublin-overføring til Østerrike",
        "Utdaterte og mulig utdaterte vedtak",
    ]


def test_bundle_cover_contents_and_page_numbers(built: Path) -> None:
    reader = PdfReader(built / "pdf" / "landpakke-afg.pdf")
    pages = text_of(reader)
    assert "Afghanistan" in pages[0] and "Landkode AFG" in pages[0] and BUILT in pages[0]
    assert "Beredskapsland nr. 1" in pages[0]
    assert "Innhold" in pages[1]
    # Each line of the contents gives the page its bookmark points to.
    for item in reader.outline:
        if isinstance(item, list) or item.title in ("Afghanistan", "Innhold"):
            continue
        index = reader.get_destination_page_number(item)
        assert index is not None
        number = index + 1
        assert re.search(rf"{re.escape(str(item.title))}[ .]*{number}\b", pages[1]), item.title
    for number, text in enumerate(pages, start=1):
        assert "Landpakke for Afghanistan (AFG)" in text
        assert f"Side {number} av {len(pages)}" in text and BUILT in text
        assert "Sjekk gjeldende versjon: " + ADDRESS in text


def test_bundle_prints_current_decisions_and_lists_the_rest_apart(built: Path) -> None:
    pages = text_of(PdfReader(built / "pdf" / "landpakke-afg.pdf"))
    text = " ".join(pages)
    for printed in ("Markør-gjeldende", "Markør-dublin", "Markør-avklaring"):
        assert printed in text
    # Outdated and possibly outdated: listed with why, never printed in full.
    assert "Markør-utdatert" not in text and "Markør-kanskje-utdatert" not in text
    apart = pages[-1]
    assert "Utdaterte og mulig utdaterte vedtak" in apart
    assert "Enslig kvinne fra Balkh, eldre vurdering" in apart
    assert "Bygger på landinformasjon fra 2022." in apart
    assert "Enslig kvinne fra Herat" in apart and "Ny vurdering av enslige kvinner." in apart
    # Withdrawn: nowhere.
    assert "Kunduz" not in text and "VB-AFG-2022-005" not in text
    # The header names the document on each of its pages.
    current = next(p for p in pages if "Markør-gjeldende" in p)
    assert "VB-AFG-2026-003 · Enslig kvinne fra Mazar, etter praksisendringen" in current
    assert f"{ADDRESS}vedtaksbank/afg/2026-ny/" in current


# -- cache, determinism, switches -------------------------------------------------------------


def _rendered(caplog: pytest.LogCaptureFixture) -> list[str]:
    return sorted(
        m.group(1)
        for r in caplog.records
        if (m := re.match(r"Praksisbanken: PDF \d+/\d+: (\S+)", r.getMessage()))
    )


def test_cache_renders_only_what_a_change_touches(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    project = write_pdf_project(Project(tmp_path))
    site = build_with_pdfs(project)
    assert len(_rendered(caplog)) == 12
    first = (site / "pdf" / "landpakke-afg.pdf").read_bytes()

    caplog.clear()
    build_with_pdfs(project)
    assert _rendered(caplog) == []
    assert any(
        "12 PDF-er, 12 fra hurtiglageret, 0 å lage" in r.getMessage() for r in caplog.records
    )
    assert (site / "pdf" / "landpakke-afg.pdf").read_bytes() == first

    # Rendered again from nothing, in new processes: the same bytes.
    everything = {p.name: p.read_bytes() for p in (site / "pdf").glob("*.pdf")}
    shutil.rmtree(project.root / pdf.CACHE)
    caplog.clear()
    build_with_pdfs(project, in_new_processes=True)
    assert len(_rendered(caplog)) == 12
    assert {p.name: p.read_bytes() for p in (site / "pdf").glob("*.pdf")} == everything

    caplog.clear()
    project.write(
        "decision_bank/afg/2025-dublin.md",
        decision(
            "VB-AFG-2025-002",
            title="Dublin-overføring til Østerrike",
            decided="2025-02-03",
            category="dublin",
            outcome="dublin",
            body=_body("Markør-dublin-endret"),
        ),
    )
    build_with_pdfs(project)
    assert _rendered(caplog) == ["pdf/landpakke-afg.pdf", "pdf/vb-afg-2025-002.pdf"]
    assert "Markør-dublin-endret" in " ".join(
        text_of(PdfReader(site / "pdf" / "landpakke-afg.pdf"))
    )


def test_same_input_and_day_give_the_same_bytes(built: Path, tmp_path: Path) -> None:
    html = (
        '<html lang="nb"><head><meta name="dcterms.created" content="2026-11-21"></head>'
        "<body><h1>Blåbær og ærlig øl</h1></body></html>"
    )
    base = (tmp_path / "index.html").as_uri()
    first, _ = render(html, base, tmp_path)
    second, _ = render(html, base, tmp_path)
    assert first == second


@pytest.mark.parametrize(
    ("command", "value", "expected"),
    [
        ("build", "", True),
        (None, "", True),
        ("gh-deploy", "", True),
        ("serve", "", False),
        ("serve", "1", True),
        ("build", "0", False),
        ("build", "nei", False),
    ],
)
def test_pdfs_are_made_unless_turned_off_or_serving(
    command: str | None, value: str, expected: bool
) -> None:
    environ = {PDF_ENV: value} if value else {}
    assert settings.resolve({}, command, environ).pdf is expected  # no option: the variable
    as_option = {"pdf": value} if value else {}
    assert settings.resolve(as_option, command, {}).pdf is expected  # the option, the same


@pytest.mark.parametrize(("option", "expected"), [(True, True), (False, False), (0, False)])
def test_the_option_wins_over_the_variable(option: object, expected: bool) -> None:
    """``pdf: false`` in mkdocs.yml (or ``!ENV`` giving 0) is obeyed, whatever else is set."""
    assert settings.resolve({"pdf": option}, "build", {PDF_ENV: "1"}).pdf is expected


def test_an_unknown_switch_value_is_an_error() -> None:
    unknown = "PRAKSISBANK_PDF='kanskje' er ikke 0 eller 1"
    with pytest.raises(settings.SettingsError, match=unknown):
        settings.resolve({}, "build", {PDF_ENV: "kanskje"})
    with pytest.raises(settings.SettingsError, match=r"«pdf: kanskje» \(i mkdocs\.yml"):
        settings.resolve({"pdf": "kanskje"}, "build", {})


def test_pdf_0_builds_no_pdfs_and_links_none(project: Project) -> None:
    site = build_site(project)  # conftest sets PRAKSISBANK_PDF=0
    assert not (site / "pdf").exists()
    assert "pb-pdf" not in read_page(site, "vedtaksbank/afg/2024-kvinne")


@pytest.fixture
def rendered_here() -> Iterator[None]:
    with pdfs_rendered_here():
        yield


def test_cli_makes_the_pdfs_without_building_the_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rendered_here: None
) -> None:
    project = write_pdf_project(Project(tmp_path / "prosjekt"))
    assert main(["pdf", str(project.root), "--output", str(tmp_path / "ut")]) == 0
    made = sorted(p.name for p in (tmp_path / "ut").glob("*.pdf"))
    assert "landpakke-afg.pdf" in made and "vb-afg-2025-002.pdf" in made
    assert len(made) == 12
    assert not (project.root / "site").exists()
    err = capsys.readouterr().err
    assert "Praksisbanken: 12 PDF-er, 0 fra hurtiglageret, 12 å lage" in err
    assert f"Skrev 12 PDF-er til {tmp_path / 'ut'}." in err
    # A second run renders none: the cache is the build's.
    assert main(["pdf", str(project.root), "--output", str(tmp_path / "ut")]) == 0
    assert "12 fra hurtiglageret, 0 å lage" in capsys.readouterr().err
    # A document withdrawn since: its old PDF goes; a file of someone else's stays.
    (tmp_path / "ut" / "annet.pdf").write_bytes(b"%PDF- noe annet")
    withdrawn = "status: withdrawn\nstatus_reason: Feil.\nstatus_date: 2026-11-01\n"
    project.write(
        "decision_bank/afg/2025-dublin.md",
        decision("VB-AFG-2025-002", category="dublin", outcome="dublin", extra=withdrawn),
    )
    assert main(["pdf", str(project.root), "--output", str(tmp_path / "ut")]) == 0
    assert not (tmp_path / "ut" / "vb-afg-2025-002.pdf").exists()
    assert (tmp_path / "ut" / "annet.pdf").exists()
    assert len(list((tmp_path / "ut").glob("*.pdf"))) == 12  # 11 of ours, and annet.pdf


# -- the fetcher and the printed HTML ---------------------------------------------------------


@pytest.fixture
def root(tmp_path: Path) -> Iterator[Path]:
    site = tmp_path / "site"
    (site / "bilder").mkdir(parents=True)
    (site / "bilder" / "kart.png").write_bytes(b"\x89PNG fake")
    (tmp_path / "hemmelig.txt").write_text("hemmelig", encoding="utf-8")
    (site / "lenke.txt").symlink_to(tmp_path / "hemmelig.txt")
    yield site


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "FILE:///etc/hostname",
        "http://example.com/bilde.png",
        "https://example.com/stil.css",
        "ftp://example.com/fil",
        "file://andre-maskin/site/bilder/kart.png",
    ],
)
def test_fetcher_refuses_the_network_and_other_files(root: Path, url: str) -> None:
    with pytest.raises(RefusedAddressError):
        SiteFetcher(root).fetch(url)


def test_fetcher_refuses_files_outside_the_build_even_through_links(root: Path) -> None:
    fetcher = SiteFetcher(root)
    with pytest.raises(RefusedAddressError):
        fetcher.fetch((root / "lenke.txt").as_uri())  # a symbolic link out of the build
    with pytest.raises(RefusedAddressError):
        fetcher.fetch((root / "bilder" / ".." / ".." / "hemmelig.txt").as_uri())
    with pytest.raises(RefusedAddressError):
        fetcher.fetch((root / "finnes-ikke.png").as_uri())


def test_fetcher_serves_the_builds_own_files_and_data(root: Path) -> None:
    fetcher = SiteFetcher(root)
    response = fetcher.fetch((root / "bilder" / "kart.png").as_uri())
    assert response.read() == b"\x89PNG fake" and response.content_type == "image/png"
    assert fetcher.fetch("data:text/plain,hei").read() == b"hei"


def test_a_document_cannot_attach_or_show_files_from_outside(root: Path, tmp_path: Path) -> None:
    secret = (tmp_path / "hemmelig.txt").as_uri()
    html = (
        f'<html><head><link rel="attachment" href="{secret}"></head><body>'
        f'<p><a rel="attachment" href="{secret}">vedlegg</a></p>'
        f'<img src="{secret}"><img src="https://example.com/sporing.png">'
        '<p style="background: url(http://example.com/x.png)">Tekst</p></body></html>'
    )
    data, rendered = render(html, (root / "index.html").as_uri(), root)
    reader = PdfReader(io.BytesIO(data))
    assert not reader.attachments
    assert b"hemmelig" not in data
    assert any("utenfor nettstedet" in w for w in rendered.warnings)
    assert any("bare nettstedets egne filer" in w for w in rendered.warnings)


def test_printed_text_is_rewritten_for_paper() -> None:
    page = """<html><body><nav>meny</nav>
<article class="md-content__inner md-typeset">
<a href="edit" class="md-content__button md-icon" rel="edit"><svg><path d="M1"/></svg></a>
<h1>Tittel</h1>
<p class="pb-pdf"><a href="../../pdf/x.pdf">Last ned PDF</a></p>
<div hidden><p>Skjult</p></div>
<h2 id="faktum">Faktum<a class="headerlink" href="#faktum">¶</a></h2>
<p>Se <a href="../../../land/afg/#kategori-x" rel="noopener">landet</a>,
<a href="#faktum">faktum</a>, <a href="https://landinfo.no/">Landinfo</a> og
<a href="javascript:alert(1)">dette</a> &amp; <img src="bilde.png" onerror="x()"></p>
<img src="../../../../../bilder/kart.png"><img src="https://sporing.example/x.png">
<button type="button">Kopier</button><input type="checkbox" data-item="a">
</article><footer>bunn</footer></body></html>"""

    def href(target: str, fragment: str) -> str:
        return f"https://site/{target}" + (f"#{fragment}" if fragment else "")

    found = pdfhtml.article(
        page,
        page_url="vedtaksbank/afg/x/",
        href=href,
        prefix="del-2-",
    )
    html = found.html
    assert html.startswith("<h1>Tittel</h1>")
    for gone in (
        "meny",
        "bunn",
        "Last ned PDF",
        "Skjult",
        "¶",
        "Kopier",
        "<svg",
        "rel=",
        "onerror",
    ):
        assert gone not in html, gone
    assert '<h2 id="del-2-faktum">' in html
    assert '<a href="https://site/land/afg/#kategori-x" class="pdf-site">landet</a>' in html
    assert '<a href="#del-2-faktum" class="pdf-internal">faktum</a>' in html
    assert '<a href="https://landinfo.no/" class="pdf-external">Landinfo</a>' in html
    assert "<a>dette</a> &amp; " in html
    assert '<img src="vedtaksbank/afg/x/bilde.png">' in html  # from the site's root
    assert '<img src="bilder/kart.png">' in html
    assert found.resources == ("vedtaksbank/afg/x/bilde.png", "bilder/kart.png")
    assert '<span class="pdf-box"></span>' in html


def _png(red: int) -> bytes:
    """A 2x2 picture of one colour."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes([red, 0, 0]) * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_a_picture_is_printed_and_its_change_renders_the_pdf_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    project = write_project(Project(tmp_path))
    project.write("docs/bilder/kart.png", _png(200))
    role = project.root / "docs/roles/saksbehandler.md"
    role.write_text(
        role.read_text(encoding="utf-8") + "\n![Kart over ansvaret](../bilder/kart.png)\n",
        encoding="utf-8",
    )
    site = build_with_pdfs(project)
    reader = PdfReader(site / "pdf" / "rolle-saksbehandler.pdf")
    assert len(reader.pages[0].images) == 1

    caplog.clear()
    project.write("docs/bilder/kart.png", _png(20))
    build_with_pdfs(project)
    assert _rendered(caplog) == ["pdf/rolle-saksbehandler.pdf"]
