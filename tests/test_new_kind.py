"""A new content kind is its record, its model class and its templates: nothing else.

The kind here exists only in this test (a made-up «landrapport»: a fictional country report with
its source and date). Its record, class and templates are all the test writes; the loader, the
contract's messages, the rules, the addresses, the navigation, the front page, the index page,
the item's page, its section on its country's page and ``praksisbank new`` follow from them, so
the claim in handbook/architecture.md cannot rot.
"""

from __future__ import annotations

import pickle
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import jinja2
import pytest

from helpers import TODAY, Project, visible_text
from praksisbank.cli.main import main
from praksisbank.core.base.model import Document, Status
from praksisbank.core.base.urls import country as country_page
from praksisbank.core.content import parallel
from praksisbank.core.content.kinds import (
    KINDS,
    CountrySection,
    Kind,
    Presentation,
    Words,
    address,
    kind_of,
)
from praksisbank.core.content.loader import Layout, LoadResult, load
from praksisbank.core.content.schema import STATUS_FIELDS, Spec
from praksisbank.core.content.starters import COUNTRY, TITLE, Field, Starter, today
from praksisbank.core.practice.site import Site, SiteOptions
from praksisbank.core.views.pages import Pages, site_pages
from praksisbank.core.views.render import environment, packaged_templates

# -- the three things a new kind is ----------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class CountryReport(Document):
    """The model class."""

    source: str
    published: date
    topics: tuple[str, ...] = ()


REPORT = Kind(
    name="country_report",
    item_type=CountryReport,
    option="country_reports",
    folder="country_reports",
    spec=(
        Spec("id", "id", required=True),
        Spec("title", "plain", required=True),
        Spec("country", "country", required=True),
        Spec("source", "plain", required=True),
        Spec("published", "date", required=True, not_future=True),
        Spec("topics", "plain_list"),
        *STATUS_FIELDS,  # the status every document has
    ),
    prefix="landrapporter",
    presentation=Presentation(index="reports.md", before="report_before.html"),
    nav_title="Landrapporter",
    nav_position=45,
    card="{n} landrapporter fra åpne kilder",
    words=Words(
        singular="landrapport",
        one="En landrapport",
        definite="Landrapporten",
        plural="Landrapporter",
        where="blant landrapportene",
    ),
    sections=("Funn",),
    new=Starter(  # `praksisbank new country-report` (the plain document starter)
        word="country-report",
        id_prefix="LR",
        fields=(
            COUNTRY,
            TITLE,
            Field(name="source", question="Kilde"),
            Field(name="published", question="Publisert (ÅÅÅÅ-MM-DD)", default=today, date=True),
        ),
    ),
    country_section=CountrySection(title="Landrapporter"),  # the list every kind may have
)
"""The record (in the project it would stand in ``core/content/kinds.py``, in ``KINDS``)."""

TEMPLATES = {
    "reports.md": (
        "# {{ title }}\n\n"
        "{% for r in rows %}- [{{ r.title }}]({{ link(r.uri) }}), {{ r.country }}: {{ r.status }}\n"
        "{% endfor %}"
    ),
    "report_before.html": (
        '<h1>{{ item.title }}</h1>\n<p class="rapport">Kilde: {{ item.source }}, '
        "{{ item.published | nodate }}. Land: "
        '<a href="{{ link(country) }}">{{ country.title }}</a>. Status: {{ status }}.</p>\n'
    ),
}
"""The templates (in the project, files in ``plugins/praksisbank/templates/``)."""

# -- a tiny project with the kind ------------------------------------------------------------

REPORT_FILE = """\
---
id: LR-AFG-2026-001
title: Sikkerhetssituasjonen i Herat
country: AFG
source: Fiktivt institutt for landinformasjon
published: 2026-09-15
topics: [sikkerhet, byer]
---
## Funn

Et fiktivt sammendrag av rapporten.
"""

PATH = "country_reports/afg-herat.md"


KINDS_HERE = (*KINDS, REPORT)
"""The site's kinds and the new one (in the project: ``KINDS`` itself)."""


def _layout(project: Project) -> Layout:
    return Layout(root=project.root, kinds=KINDS_HERE)


def _loaded(project: Project, text: str = REPORT_FILE) -> LoadResult:
    project.write(PATH, text)
    return load(_layout(project), TODAY)


def _pages(result: LoadResult, folder: Path) -> Pages:
    for name, text in TEMPLATES.items():
        (folder / name).write_text(text, encoding="utf-8")
    loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(folder), packaged_templates()])
    site = Site(result.content, SiteOptions(today=TODAY), kinds=KINDS_HERE)
    return Pages(site, environment(loader))


def test_the_new_kind_is_loaded_into_its_model_class(project: Project) -> None:
    result = _loaded(project)
    assert result.ok, result.problems
    [report] = result.content.of(CountryReport)
    assert (report.id, report.country, report.source) == (
        "LR-AFG-2026-001",
        "AFG",
        "Fiktivt institutt for landinformasjon",
    )
    assert report.published == date(2026, 9, 15) and report.topics == ("sikkerhet", "byer")
    assert report.status is Status.CURRENT and report.path == PATH
    assert kind_of(report) is REPORT and address(report) == "landrapporter/afg-herat.md"


@pytest.mark.parametrize(
    ("old", "new", "code", "line", "message"),
    [
        (
            "source: Fiktivt institutt for landinformasjon\n",
            "",
            "field-missing",
            2,
            "Feltet «source» mangler",
        ),
        ("published: 2026-09-15", "published: 2026-12-24", "date-future", 6, "ligger fram i tid"),
        ("## Funn", "## Annet", "body-section-missing", 9, "Landrapporten mangler «## Funn»"),
        (
            "topics: [sikkerhet, byer]",
            "forfatter: x",
            "field-unknown",
            7,
            "Ukjent felt «forfatter»",
        ),
    ],
)
def test_the_new_kinds_contract_is_checked_with_file_and_line(
    project: Project, old: str, new: str, code: str, line: int, message: str
) -> None:
    assert old in REPORT_FILE
    result = _loaded(project, REPORT_FILE.replace(old, new))
    found = [p for p in result.problems if p.file == PATH and p.code == code]
    assert found and found[0].line == line and message in found[0].message, result.problems
    assert not result.content.of(CountryReport)


def test_the_new_kind_is_read_alike_in_several_processes(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The record travels to the worker processes as itself (by its name); a worker that
    failed would leave its files to this process, so the record's round trip is asserted too."""
    assert pickle.loads(pickle.dumps(_layout(project))).kinds[-1] is REPORT
    project.write(PATH, REPORT_FILE)
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # threads other tests left
    alone = load(_layout(project), TODAY, workers=1)
    shared = load(_layout(project), TODAY, workers=2)
    assert parallel._workers(2, 2) == 2 and shared == alone and shared.content.of(CountryReport)


def test_an_id_is_unique_across_the_new_kind_and_the_others(project: Project) -> None:
    result = _loaded(project, REPORT_FILE.replace("LR-AFG-2026-001", "VB-AFG-2024-001"))
    assert any(p.file == PATH and p.code == "id-duplicate" for p in result.problems)


def test_the_new_kind_has_its_pages_and_its_place_in_the_navigation(
    project: Project, tmp_path: Path
) -> None:
    result = _loaded(project)
    folder = tmp_path / "maler"
    folder.mkdir()
    pages = _pages(result, folder)
    nav = [(p.title, p.uri) for p in site_pages(KINDS_HERE)]
    assert ("Landrapporter", "landrapporter/index.md") in nav
    assert nav.index(("Landrapporter", "landrapporter/index.md")) == 6  # after position 40
    generated = {p.uri: p.markdown for p in pages.generated()}
    index = generated["landrapporter/index.md"]
    assert "# Landrapporter" in index
    assert "- [Sikkerhetssituasjonen i Herat](afg-herat/), Afghanistan: Gjeldende" in index
    assert "1 landrapporter fra åpne kilder" in generated["index.md"]  # the front page's card
    [report] = result.content.of(CountryReport)
    decoration = pages.decorate(report)
    text = visible_text(decoration.before)
    assert '<li><a href="../">Landrapporter</a></li>' in decoration.before  # the trail
    assert (
        "Kilde: Fiktivt institutt for landinformasjon, 15. september 2026. Land: Afghanistan. "
        "Status: Gjeldende." in text
    )
    assert 'href="../../land/afg/"' in decoration.before
    assert decoration.meta["title"] == "Sikkerhetssituasjonen i Herat"


def test_the_sites_own_kinds_are_untouched_by_another(project: Project) -> None:
    """A kind made elsewhere (this test's) is not in the site's kinds: a site without it
    neither reads its folder nor lists its page."""
    project.write(PATH, REPORT_FILE)
    result = load(Layout.default(project.root), TODAY)
    assert result.ok and not result.content.of(CountryReport)
    assert REPORT not in KINDS
    assert "landrapporter/index.md" not in {p.uri for p in site_pages(KINDS)}


def test_the_new_kind_has_its_section_on_its_countrys_page(
    project: Project, tmp_path: Path
) -> None:
    result = _loaded(project)
    folder = tmp_path / "maler"
    folder.mkdir()
    page = {p.uri: p.markdown for p in _pages(result, folder).generated()}[country_page("AFG")]
    assert "\n## Landrapporter\n" in page
    assert '<li><a href="../../landrapporter/afg-herat/">Sikkerhetssituasjonen i Herat</a>' in page
    withdrawn = REPORT_FILE.replace(
        "topics:", "status: withdrawn\nstatus_reason: Feil.\nstatus_date: 2026-10-01\ntopics:"
    )
    result = _loaded(project, withdrawn)
    assert result.ok, result.problems
    page = {p.uri: p.markdown for p in _pages(result, folder).generated()}[country_page("AFG")]
    assert "## Landrapporter" not in page  # nothing left to list


def test_new_starts_a_file_of_the_new_kind_that_passes_the_check(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--country", "AFG", "--title", "Helse i Kabul", "--source", "Fiktiv kilde"]
    assert main(["new", "country-report", str(project.root), *args, "--no-input"], KINDS_HERE) == 0
    written = project.root / "country_reports/afg-helse-i-kabul.md"
    assert "Skrev country_reports/afg-helse-i-kabul.md (LR-AFG-001)" in capsys.readouterr().out
    text = written.read_text(encoding="utf-8")
    assert f"published: {TODAY.isoformat()}" in text and "## Funn" in text
    result = load(_layout(project), TODAY)
    assert result.ok, result.problems
    [report] = result.content.of(CountryReport)
    assert (report.id, report.source, report.published) == ("LR-AFG-001", "Fiktiv kilde", TODAY)


def test_new_offers_the_kind_only_where_it_is_known(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["new", "--help"], KINDS_HERE)
    assert "country-report" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["new", "country-report", str(project.root), "--no-input"])  # the site's kinds
    err = capsys.readouterr().err
    assert "ugyldig valg" in err and "country-report" in err
