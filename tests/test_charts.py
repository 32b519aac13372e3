"""The charts drawn at build time (core/views/charts.py), without MkDocs: an image with a name and a
description, escaped text, deterministic bytes, inside a 360-unit box, and the facts a reader
takes from them (which decisions came before the latest practice change; which countries rank).
Also the Norwegian number and name forms the charts and the pages use (core/base/dates.py)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from praksisbank.core.base.dates import common_names, in_sentence, norwegian_number
from praksisbank.core.views.charts import (
    WIDTH,
    Bar,
    BarChart,
    Event,
    EventKind,
    Mark,
    Timeline,
    bars_svg,
    timeline_svg,
)

SVG = "{http://www.w3.org/2000/svg}"
END = date(2026, 11, 21)
NBSP = "\u00a0"


def change(day: str, label: str = "Ny praksis") -> Event:
    return Event(day=date.fromisoformat(day), kind=EventKind.PRACTICE_CHANGE, label=label)


def clarification(day: str, label: str = "Avklaring") -> Event:
    return Event(day=date.fromisoformat(day), kind=EventKind.CLARIFICATION, label=label)


def decided(day: str, mark: Mark = Mark.CURRENT, label: str = "Vedtak") -> Event:
    return Event(day=date.fromisoformat(day), kind=EventKind.DECISION, label=label, mark=mark)


def timeline(*events: Event) -> Timeline:
    return Timeline(chart_id="t", title="Praksis over tid for Afghanistan", events=events, end=END)


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # well-formed XML, or this raises


# -- the facts: which decisions were made before the latest practice change ---------------------

BEFORE_CASES = [
    # (events, decisions counted as before the latest change)
    pytest.param((decided("2024-01-01"),), 0, id="no-practice-change"),
    pytest.param((change("2025-01-10"), decided("2024-05-17")), 1, id="one-before"),
    pytest.param((change("2025-01-10"), decided("2025-01-10")), 0, id="same-day-is-not-before"),
    pytest.param((change("2025-01-10"), decided("2025-01-11")), 0, id="day-after"),
    pytest.param(
        (change("2023-01-01"), change("2025-01-10"), decided("2024-01-01")),
        1,
        id="latest-change-counts-not-the-first",
    ),
    pytest.param(
        (change("2025-01-10"), clarification("2024-01-01")), 0, id="clarifications-not-decisions"
    ),
    pytest.param(
        (change("2025-01-10"), decided("2019-03-01", Mark.OUTDATED), decided("2026-01-01")),
        1,
        id="outdated-counts-too",
    ),
]


@pytest.mark.parametrize(("events", "before"), BEFORE_CASES)
def test_the_timeline_says_which_decisions_predate_the_latest_change(
    events: tuple[Event, ...], before: int
) -> None:
    t = timeline(*events)
    assert len(t.before_latest_change()) == before
    root = parse(timeline_svg(t))
    desc = root.find(f"{SVG}desc")
    assert desc is not None and desc.text is not None
    if t.latest_change is None:
        assert "Siste praksisendring" not in timeline_svg(t)
        assert root.find(f"{SVG}rect[@class='pb-chart__before']") is None
    else:
        assert f"{before} vedtak er fattet før den." in desc.text
        shade = root.find(f"{SVG}rect[@class='pb-chart__before']")
        assert shade is not None  # the time before the change is shaded, from the left edge


# -- what every chart is: an image with a name and a description, inside its box ---------------

CHARTS = [
    pytest.param(
        lambda: timeline_svg(
            timeline(change("2025-01-10"), clarification("2025-03-01"), decided("2021-06-01"))
        ),
        id="timeline",
    ),
    pytest.param(lambda: timeline_svg(timeline()), id="empty-timeline"),
    pytest.param(
        lambda: bars_svg(
            BarChart(
                chart_id="t",
                title="Ankomster",
                bars=(Bar(label="Syria", value=2140, rank=1), Bar(label="Irak", value=540)),
                cut=1,
            )
        ),
        id="bars",
    ),
    pytest.param(
        lambda: bars_svg(BarChart(chart_id="t", title="Ankomster", bars=())), id="no-bars"
    ),
]


@pytest.mark.parametrize("draw", CHARTS)
def test_every_chart_is_a_named_described_image_that_fits(draw: object) -> None:
    assert callable(draw)
    svg = draw()
    assert svg == draw()  # deterministic: the same values give the same bytes
    root = parse(svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "t-title t-desc"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.get("id") == "t-title" and title.text
    assert desc is not None and desc.get("id") == "t-desc" and desc.text
    assert root.get("viewBox", "").startswith(f"0 0 {WIDTH} ")
    assert root.get("width") is None  # CSS sizes it: the column's width, a phone's included
    for name in ("x", "x1", "x2", "cx"):
        for el in root.iter():
            if el.get(name) is not None:
                assert 0 <= float(el.get(name, "0")) <= WIDTH, (el.tag, el.attrib)
    assert "<script" not in svg and "href" not in svg and "url(" not in svg  # nothing fetched


HOSTILE = [
    '<script>alert("x")</script>',
    "Tom & Jerry",
    '" onload="alert(1)',
    "</desc></svg><img src=x>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_text_from_content_is_escaped(text: str) -> None:
    t = Timeline(
        chart_id="t",
        title=text,
        events=(change("2025-01-10", text), decided("2024-01-01", label=text)),
        end=END,
    )
    b = BarChart(chart_id="t", title=text, bars=(Bar(label=text, value=1, note=text),))
    for svg in (timeline_svg(t), bars_svg(b)):
        root = parse(svg)  # still one well-formed element
        assert [el.tag for el in root.iter() if el.tag.endswith("script")] == []
        assert [el.tag for el in root.iter() if el.tag.endswith("img")] == []
        assert all(not k.startswith("on") for el in root.iter() for k in el.attrib)
        assert text in "".join(root.itertext())  # the reader still sees what was written


# -- shapes, so colour is never the only signal -------------------------------------------------

MARKS = [
    (change("2025-01-10"), "path", "pb-chart__change"),
    (clarification("2025-01-10"), "path", "pb-chart__clarification"),
    (decided("2025-01-10"), "circle", "pb-chart__decision pb-chart__decision--current"),
    (
        decided("2025-01-10", Mark.POSSIBLY),
        "circle",
        "pb-chart__decision pb-chart__decision--possibly",
    ),
    (
        decided("2025-01-10", Mark.OUTDATED),
        "path",
        "pb-chart__decision pb-chart__decision--outdated",
    ),
]


@pytest.mark.parametrize(("event", "tag", "css"), MARKS)
def test_each_kind_of_event_has_its_own_marker(event: Event, tag: str, css: str) -> None:
    root = parse(timeline_svg(timeline(event)))
    found = [el for el in root.iter() if el.get("class") == css]
    assert len(found) == 1 and found[0].tag == SVG + tag
    tip = found[0].find(f"{SVG}title")  # a tooltip with the date and the label
    assert tip is not None and tip.text == f"10. januar 2025: {event.label}"


def test_a_possibly_outdated_decision_is_hollow_and_a_current_one_filled() -> None:
    root = parse(
        timeline_svg(timeline(decided("2024-01-01"), decided("2025-01-01", Mark.POSSIBLY)))
    )
    fills = {el.get("class"): el.get("fill") for el in root.iter(f"{SVG}circle")}
    assert fills["pb-chart__decision pb-chart__decision--possibly"] == "#fff"
    assert fills["pb-chart__decision pb-chart__decision--current"] != "#fff"


def test_markers_on_the_same_day_are_stacked_not_drawn_over_each_other() -> None:
    root = parse(timeline_svg(timeline(*(decided("2024-05-17", label=f"V{i}") for i in range(3)))))
    places = {(c.get("cx"), c.get("cy")) for c in root.iter(f"{SVG}circle")}
    assert len(places) == 3


# -- bars: the ranking that decides the readiness countries ---------------------------------------

BARS = BarChart(
    chart_id="t",
    title="Ankomster siste 12 måneder per land",
    bars=(
        Bar(label="Syria", value=2140, rank=1),
        Bar(label="Afghanistan", value=1070, rank=2),
        Bar(label="Irak", value=540),
        Bar(label="Sudan", value=180, rank=4, note="ventet økning"),
    ),
    cut=2,
    cut_label="De 2 største over linjen",
)

BAR_LABELS = [
    # (label drawn, bold: a readiness country)
    ("1. Syria", True),
    ("2. Afghanistan", True),
    ("Irak", False),
    ("4. Sudan", True),
]


def test_bars_name_the_readiness_countries_by_rank_and_draw_to_scale() -> None:
    root = parse(bars_svg(BARS))
    texts = [(t.text, t.get("font-weight") == "bold") for t in root.iter(f"{SVG}text")]
    for label in BAR_LABELS:
        assert label in texts
    assert (f"2{NBSP}140", False) in texts  # thousands with a no-break space
    assert ("180 ventet økning", False) in texts
    widths = [float(r.get("width", "0")) for r in root.iter(f"{SVG}rect")]
    assert widths[0] == pytest.approx(2 * widths[1], abs=0.1)  # 2140 is twice 1070
    fills = [r.get("fill") for r in root.iter(f"{SVG}rect")]
    assert fills[2] == "#fff" and fills[0] != "#fff"  # others outlined, not only a colour
    cut = [el for el in root.iter(f"{SVG}line") if el.get("class") == "pb-chart__cut"]
    assert len(cut) == 1  # under the second bar
    desc = root.find(f"{SVG}desc")
    assert desc is not None and desc.text is not None
    assert f"Syria 2{NBSP}140 (beredskapsland nr. 1)" in desc.text
    assert "Irak 540;" in desc.text and "Irak 540 (" not in desc.text


def test_no_cut_line_when_no_bar_is_below_it() -> None:
    chart = BarChart(chart_id="t", title="A", bars=BARS.bars[:2], cut=2)
    assert "pb-chart__cut" not in bars_svg(chart)


# -- the words: numbers and names in a sentence ---------------------------------------------------

NUMBERS = [
    (0, "0"),
    (999, "999"),
    (1000, f"1{NBSP}000"),
    (2140, f"2{NBSP}140"),
    (1234567, f"1{NBSP}234{NBSP}567"),
]


@pytest.mark.parametrize(("value", "text"), NUMBERS)
def test_numbers_have_a_no_break_space_between_thousands(value: int, text: str) -> None:
    assert norwegian_number(value) == text


COMMON = common_names(["Fagansvarlig enhet", "Intervjufaglig nettverk (IFN)", "Fagsjef"])
NAMES = [
    ("Fagansvarlig enhet", "fagansvarlig enhet"),
    ("Intervjufaglig nettverk", "intervjufaglig nettverk"),  # the title without its abbreviation
    ("intervjufaglig nettverk", "intervjufaglig nettverk"),
    ("Fagsjef", "fagsjef"),
    # near-misses: proper names keep their capitals
    ("Enhet A1", "Enhet A1"),
    ("Landinfo", "Landinfo"),
    ("Fagansvarlig enhet Vest", "Fagansvarlig enhet Vest"),
    ("IFN", "IFN"),
]


@pytest.mark.parametrize(("name", "written"), NAMES)
def test_role_titles_start_in_lower_case_inside_a_sentence(name: str, written: str) -> None:
    assert in_sentence(name, COMMON) == written


def test_chart_ids_are_unique_per_chart() -> None:
    svg = timeline_svg(Timeline(chart_id="pb-tidslinje-afg", title="A", events=(), end=END))
    assert re.findall(r'id="([^"]+)"', svg) == ["pb-tidslinje-afg-title", "pb-tidslinje-afg-desc"]
