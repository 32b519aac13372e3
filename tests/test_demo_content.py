"""The demo knowledge base in this repository: it checks clean, builds, and shows every flag."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from helpers import TODAY, read_page, visible_text
from praksisbank.core.base import urls
from praksisbank.core.base.model import Audience, Status
from praksisbank.core.content.kinds import address
from praksisbank.core.content.loader import Layout, LoadResult, load
from praksisbank.core.practice.flags import FlagKind, compute
from shared_builds import strict_demo_site

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo() -> LoadResult:
    return load(Layout.default(ROOT), TODAY)


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo built strictly with every PDF: a broken link or anchor anywhere in the demo, or a
    warning while its PDFs are made, fails the build (``shared_builds.strict_demo_site``)."""
    return strict_demo_site(tmp_path_factory)


def test_demo_content_checks_clean(demo: LoadResult) -> None:
    assert demo.problems == ()


def test_demo_content_is_large_enough_to_judge_the_product(demo: LoadResult) -> None:
    content = demo.content
    assert len(content.countries()) >= 5
    assert len(content.decisions) >= 60
    for code in content.countries():
        note = content.current_note(code)
        assert note is not None and 3 <= len(note.categories) <= 5
        assert note.changes and note.contacts and note.standard_texts
        assert any(g.country == code for g in content.guides)
    assert any(g.audience is Audience.CHILDREN for g in content.guides)
    assert len({d.outcome for d in content.decisions}) == 5
    assert {d.status for d in content.decisions} == set(Status)
    assert len(content.arrivals) >= 5


def test_every_kind_of_flag_occurs(demo: LoadResult) -> None:
    counts = Counter(f.kind for f in compute(demo.content, TODAY))
    assert set(counts) == set(FlagKind), counts


def test_demo_site_has_a_page_for_everything(demo: LoadResult, demo_site: Path) -> None:
    content = demo.content
    for item in (*content.decisions, *content.notes, *content.guides):
        assert (demo_site / urls.url_of(address(item)) / "index.html").is_file(), item.path
    for code in content.countries():
        assert (demo_site / "land" / code.lower() / "index.html").is_file()


def test_each_flag_is_visible_on_its_page_and_in_its_listing(
    demo: LoadResult, demo_site: Path
) -> None:
    on_page = {
        FlagKind.OUTDATED: "Utdatert siden",
        FlagKind.POSSIBLY_OUTDATED: "Kan være utdatert",
        FlagKind.WITHDRAWN: "Dette dokumentet er fjernet",
        FlagKind.REVIEW_OVERDUE: "Gjennomgang forfalt",
    }
    badges = {
        FlagKind.OUTDATED: "pb-badge--outdated",
        FlagKind.POSSIBLY_OUTDATED: "pb-badge--possibly",
        FlagKind.REVIEW_OVERDUE: "pb-badge--overdue",
    }
    for flag in compute(demo.content, TODAY):
        url = urls.url_of(address(flag.item))
        assert on_page[flag.kind] in visible_text(read_page(demo_site, url)), url
        if flag.kind is FlagKind.REVIEW_OVERDUE:
            listing = read_page(demo_site, url.split("/")[0])
            row = listing[listing.index(url.split("/")[1] + "/") :]
        else:
            listing = read_page(demo_site, f"land/{flag.item.country.lower()}")
            last = url.rstrip("/").rsplit("/", 1)[-1] + "/"
            if flag.kind is FlagKind.WITHDRAWN:
                assert last not in listing  # a withdrawn document is not listed
                continue
            row = listing[listing.index(last) :]
        assert badges[flag.kind] in row[: row.index("</tr>")], url


# Duties each memo gives each role (bullets counted in ../shared/seeds): a role's checklist must
# have at least as many items, each with its source.
MEMO_DUTIES = {
    "avdelingsledelsen": 4,  # IM 2016-003 4.1
    "fagansvarlig-enhet": 12,  # IM 2016-003 4.2 (5) and 6 (7)
    "bistandsenhet": 4,  # IM 2016-003 4.3
    "intervjufaglig-nettverk": 9,  # IM 2016-003 4.4 (3), 9 (2); IM 2012-012 2 (4)
    "fagsystemgruppen": 6,  # IM 2016-003 4.5 (5), 9 (1)
    "landpraksiskontakt": 2,  # IM 2016-003 9
    "koordineringsenheten": 1,  # IM 2016-003 7 (sorting cases)
    "intervjufaglig-koordinator": 4,  # IM 2012-012 3
    "barnefaglig-koordinator": 4,  # IM 2012-012 4
    "intervjufaglig-radgiver": 5,  # IM 2012-012 6
    "fagsjef": 1,  # IM 2012-012 7
    "omradeleder": 1,  # IM 2012-012 3
    "enhetsleder": 3,  # IM 2012-012 3, 8.2.2 and 8.4
    "saksbehandler": 1,  # IM 2016-003 9 (awareness of the decision bank's limits)
}


def test_every_role_of_the_memos_has_a_full_checklist(demo: LoadResult, demo_site: Path) -> None:
    roles = {r.role: r for r in demo.content.roles}
    assert set(MEMO_DUTIES) <= set(roles)
    for slug, duties in MEMO_DUTIES.items():
        role = roles[slug]
        assert len(role.responsibilities) >= duties, slug
        page = read_page(demo_site, urls.url_of(address(role)))
        assert page.count("data-item=") == len(role.responsibilities)
        assert visible_text(page).count("Kilde: IM 20") == len(role.responsibilities)


def test_repealed_sources_are_marked(demo: LoadResult, demo_site: Path) -> None:
    text = visible_text(read_page(demo_site, "roller/barnefaglig-koordinator"))
    assert "IM 2012-012 ble opphevet 5. november 2016 og erstattet av IM 2016-004" in text


def test_demo_has_a_readiness_country_that_is_not_ready(demo: LoadResult, demo_site: Path) -> None:
    from praksisbank.core.practice.readiness import assess

    failing = [r for r in assess(demo.content, TODAY) if not r.ready]
    assert failing and all(r.missing for r in failing)
    text = visible_text(read_page(demo_site, "beredskap"))
    for r in failing:
        assert r.missing[0].reason in text
