"""Charts drawn at build time: frozen values in, an SVG string out (no script, no library).

Two pictures: a country's timeline (practice changes, practice clarifications and decisions on one
time axis, with the time before the latest practice change shaded) and the arrivals of the last
12 months per country as bars (the ranking that decides the readiness countries).

Every chart is deterministic (the same values give the same bytes), escapes every text it draws,
and is an image with a name and a description (``role="img"``, ``aria-labelledby`` pointing at its
``<title>`` and ``<desc>``). Its ``viewBox`` is 360 units wide, so its text keeps its size on a
375 px screen; CSS lets it grow to the column's width. Colour is never the only signal: each kind
of event has its own shape, and the bars of readiness countries carry their rank. The templates
put a table with the same facts beside each chart, for screen readers and for print.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from html import escape

from praksisbank.core.base.dates import norwegian_date
from praksisbank.core.base.dates import norwegian_number as number

WIDTH = 360
"""Width of every chart's viewBox: about a phone's column, so text stays readable there."""
MARGIN = 10
FONT = 13
INK = "#303f9f"
"""Decisions and readiness bars (the site's indigo): 8.7:1 on white."""
RED = "#b71c1c"
"""Practice changes, outdated decisions, the cut: 6.6:1 on white."""
BLUE = "#01579b"
"""Practice clarifications: 7.6:1 on white."""
SHADE = "#eceff1"
"""The time before the latest practice change."""


def _text(value: str) -> str:
    return escape(value, quote=True)


def _f(value: float) -> str:
    """Coordinates with at most one decimal, without a trailing ``.0``: deterministic bytes."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _open(chart_id: str, height: float, title: str, desc: str, css: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="pb-chart {css}" '
        f'viewBox="0 0 {WIDTH} {_f(height)}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'font-family="sans-serif" font-size="{FONT}" fill="currentColor">',
        f'<title id="{chart_id}-title">{_text(title)}</title>',
        f'<desc id="{chart_id}-desc">{_text(desc)}</desc>',
    ]


# -- the timeline ---------------------------------------------------------------------------------


class EventKind(enum.Enum):
    PRACTICE_CHANGE = "Praksisendring"
    CLARIFICATION = "Praksisavklaring"
    DECISION = "Vedtak"


class Mark(enum.Enum):
    """How a decision's marker looks: filled (current), hollow (possibly outdated), a cross
    (outdated). Shapes differ, so the mark reads without colour."""

    CURRENT = "gjeldende"
    POSSIBLY = "kan være utdatert"
    OUTDATED = "utdatert"


@dataclass(frozen=True, kw_only=True, slots=True)
class Event:
    day: date
    kind: EventKind
    label: str
    """What the marker's tooltip and the table say (a title or a summary)."""
    mark: Mark = Mark.CURRENT
    uri: str = ""
    """Where the table links (the chart itself has no links: it is one image)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Timeline:
    chart_id: str
    """Unique on the page: the ids of the title and description start with it."""
    title: str
    events: tuple[Event, ...]
    end: date
    """The right edge: the build date."""

    @property
    def latest_change(self) -> date | None:
        days = [e.day for e in self.events if e.kind is EventKind.PRACTICE_CHANGE]
        return max(days) if days else None

    @property
    def start(self) -> date:
        first = min((e.day for e in self.events), default=self.end)
        return date(first.year, 1, 1)

    def table(self) -> tuple[Event, ...]:
        """The events as the table beside the chart lists them: oldest first."""
        order = {k: i for i, k in enumerate(EventKind)}
        return tuple(sorted(self.events, key=lambda e: (e.day, order[e.kind], e.label)))

    def before_latest_change(self) -> tuple[Event, ...]:
        """The decisions made before the latest change of practice."""
        latest = self.latest_change
        if latest is None:
            return ()
        return tuple(e for e in self.events if e.kind is EventKind.DECISION and e.day < latest)

    def description(self) -> str:
        count = {k: sum(e.kind is k for e in self.events) for k in EventKind}
        parts = [
            f"{self.title} fra {self.start.year} til {norwegian_date(self.end)}: "
            f"{_count(count[EventKind.PRACTICE_CHANGE], 'praksisendring', 'praksisendringer')}, "
            f"{_count(count[EventKind.CLARIFICATION], 'praksisavklaring', 'praksisavklaringer')} "
            f"og {_count(count[EventKind.DECISION], 'vedtak', 'vedtak')}."
        ]
        latest = self.latest_change
        if latest is not None:
            before = len(self.before_latest_change())
            parts.append(
                f"Siste praksisendring var {norwegian_date(latest)}; "
                f"{_count(before, 'vedtak', 'vedtak')} er fattet før den."
            )
        return " ".join(parts)


def _count(n: int, one: str, many: str) -> str:
    return f"{number(n)} {one if n == 1 else many}"


LANES = (
    (EventKind.PRACTICE_CHANGE, "Praksisendringer"),
    (EventKind.CLARIFICATION, "Praksisavklaringer"),
    (EventKind.DECISION, "Vedtak"),
)
LANE_LABEL = 14
"""Height of a lane's label above its markers."""
ROW = 11
"""Height of one row of markers; markers closer than ``GAP`` share a lane on different rows."""
GAP = 9
MAX_ROWS = 4


def _rows(xs: list[float]) -> list[int]:
    """Which row each marker goes in (markers sorted by x): the first row where it does not
    touch the marker before it; the last row takes the rest."""
    last: list[float] = []
    rows = []
    for x in xs:
        for row, end in enumerate(last):
            if x - end >= GAP:
                last[row] = x
                rows.append(row)
                break
        else:
            if len(last) < MAX_ROWS:
                last.append(x)
                rows.append(len(last) - 1)
            else:
                last[-1] = x
                rows.append(len(last) - 1)
    return rows


def _marker(kind: EventKind, mark: Mark, x: float, y: float, label: str) -> str:
    tip = f"<title>{_text(label)}</title>"
    if kind is EventKind.PRACTICE_CHANGE:  # a diamond
        d = f"M{_f(x)} {_f(y - 5)}L{_f(x + 5)} {_f(y)}L{_f(x)} {_f(y + 5)}L{_f(x - 5)} {_f(y)}Z"
        return f'<path class="pb-chart__change" d="{d}" fill="{RED}">{tip}</path>'
    if kind is EventKind.CLARIFICATION:  # a triangle
        d = f"M{_f(x)} {_f(y - 5)}L{_f(x + 5)} {_f(y + 4)}L{_f(x - 5)} {_f(y + 4)}Z"
        return f'<path class="pb-chart__clarification" d="{d}" fill="{BLUE}">{tip}</path>'
    if mark is Mark.OUTDATED:  # a cross
        d = (
            f"M{_f(x - 4)} {_f(y - 4)}L{_f(x + 4)} {_f(y + 4)}"
            f"M{_f(x + 4)} {_f(y - 4)}L{_f(x - 4)} {_f(y + 4)}"
        )
        return (
            f'<path class="pb-chart__decision pb-chart__decision--outdated" d="{d}" '
            f'fill="none" stroke="{RED}" stroke-width="2">{tip}</path>'
        )
    css, fill = ("possibly", "#fff") if mark is Mark.POSSIBLY else ("current", INK)
    return (
        f'<circle class="pb-chart__decision pb-chart__decision--{css}" cx="{_f(x)}" '
        f'cy="{_f(y)}" r="4" fill="{fill}" stroke="{INK}" stroke-width="1.5">{tip}</circle>'
    )


def timeline_svg(timeline: Timeline) -> str:
    """The timeline as an inline SVG: one lane per kind of event, years along the bottom, the
    time before the latest practice change shaded and its date written over the line."""
    start, end = timeline.start, timeline.end
    span = max((end - start).days, 1)
    left, right = MARGIN, WIDTH - MARGIN

    def x_of(day: date) -> float:
        return left + (right - left) * min(max((day - start).days, 0), span) / span

    top = 28  # room for the latest change's label
    lanes: list[tuple[str, float, list[str]]] = []
    y = top
    for kind, name in LANES:
        events = sorted(
            (e for e in timeline.events if e.kind is kind), key=lambda e: (e.day, e.label)
        )
        xs = [x_of(e.day) for e in events]
        rows = _rows(xs)
        height = LANE_LABEL + ROW * (max(rows, default=0) + 1) + 4
        marks = [
            _marker(kind, e.mark, x, y + LANE_LABEL + ROW * row + ROW / 2, _event_tip(e))
            for e, x, row in zip(events, xs, rows, strict=True)
        ]
        lanes.append((name, y, marks))
        y += height
    axis = y + 2
    height = axis + 18
    out = _open(
        timeline.chart_id, height, timeline.title, timeline.description(), "pb-chart--timeline"
    )
    latest = timeline.latest_change
    if latest is not None:
        x = x_of(latest)
        out.append(
            f'<rect class="pb-chart__before" x="{_f(left)}" y="{top}" '
            f'width="{_f(x - left)}" height="{_f(axis - top)}" fill="{SHADE}"/>'
        )
        out.append(
            f'<line class="pb-chart__latest" x1="{_f(x)}" y1="{top - 12}" x2="{_f(x)}" '
            f'y2="{_f(axis)}" stroke="{RED}" stroke-width="1.5" stroke-dasharray="4 3"/>'
        )
        anchor = "end" if x > WIDTH / 2 else "start"
        tx = x - 3 if anchor == "end" else x + 3
        out.append(
            f'<text class="pb-chart__label" x="{_f(tx)}" y="{top - 4}" text-anchor="{anchor}">'
            f"Siste praksisendring {_text(norwegian_date(latest))}</text>"
        )
    for name, lane_y, marks in lanes:
        out.append(
            f'<text class="pb-chart__lane" x="{left}" y="{_f(lane_y + LANE_LABEL - 3)}" '
            f'font-weight="bold">{_text(name)}</text>'
        )
        out.extend(marks)
    out.append(
        f'<line class="pb-chart__axis" x1="{left}" y1="{_f(axis)}" x2="{right}" y2="{_f(axis)}" '
        'stroke="currentColor"/>'
    )
    years = list(range(start.year, end.year + 1))
    step = 1 if (right - left) / max(len(years), 1) >= 34 else 2
    for year in years[::step]:
        x = x_of(date(year, 1, 1))
        out.append(
            f'<line class="pb-chart__axis" x1="{_f(x)}" y1="{_f(axis)}" x2="{_f(x)}" '
            f'y2="{_f(axis + 4)}" stroke="currentColor"/>'
        )
        out.append(f'<text x="{_f(x + 2)}" y="{_f(axis + 14)}">{year}</text>')
    out.append("</svg>")
    return "\n".join(out)


def _event_tip(e: Event) -> str:
    return f"{norwegian_date(e.day)}: {e.label}"


# -- bars -----------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class Bar:
    label: str
    value: int
    rank: int | None = None
    """The readiness rank, for the countries that must be ready; ``None`` for the others."""
    note: str = ""
    """Written after the value, such as ``ventet økning``."""


@dataclass(frozen=True, kw_only=True, slots=True)
class BarChart:
    chart_id: str
    title: str
    bars: tuple[Bar, ...]
    """In the order drawn (largest first)."""
    cut: int = 0
    """A line is drawn under this many bars (the five largest), when more follow."""
    cut_label: str = ""

    def description(self) -> str:
        listed = "; ".join(
            f"{b.label} {number(b.value)}"
            + (f" (beredskapsland nr. {b.rank})" if b.rank is not None else "")
            + (f", {b.note}" if b.note else "")
            for b in self.bars
        )
        return f"{self.title}: {listed}." if listed else f"{self.title}: ingen tall."


BAR = 14
BAR_GAP = 8
LABEL_WIDTH = 112
VALUE_WIDTH = 112


def bars_svg(chart: BarChart) -> str:
    """Horizontal bars, one per row: the label (with the rank of a readiness country) on the
    left, the bar, then the value and the note. Readiness countries are solid, the others
    outlined; a dashed line marks the cut (the five largest)."""
    top = 4
    height = top + len(chart.bars) * (BAR + BAR_GAP) + 4
    out = _open(chart.chart_id, height, chart.title, chart.description(), "pb-chart--bars")
    largest = max((b.value for b in chart.bars), default=0) or 1
    x0 = MARGIN + LABEL_WIDTH
    room = WIDTH - MARGIN - x0 - VALUE_WIDTH
    for i, b in enumerate(chart.bars):
        y = top + i * (BAR + BAR_GAP)
        label = f"{b.rank}. {b.label}" if b.rank is not None else b.label
        ready = b.rank is not None
        css, fill = ("ready", INK) if ready else ("other", "#fff")
        weight = ' font-weight="bold"' if ready else ""
        width = max(room * b.value / largest, 1)
        out.append(f'<text x="{MARGIN}" y="{_f(y + BAR - 3)}"{weight}>{_text(label)}</text>')
        out.append(
            f'<rect class="pb-chart__bar pb-chart__bar--{css}" x="{x0}" y="{_f(y)}" '
            f'width="{_f(width)}" height="{BAR}" fill="{fill}" stroke="{INK}">'
            f"<title>{_text(label)}: "
            f"{_text(number(b.value))}</title></rect>"
        )
        value = number(b.value) + (f" {b.note}" if b.note else "")
        out.append(f'<text x="{_f(x0 + width + 4)}" y="{_f(y + BAR - 3)}">{_text(value)}</text>')
        if chart.cut and i + 1 == chart.cut and len(chart.bars) > chart.cut:
            line_y = y + BAR + BAR_GAP / 2
            out.append(
                f'<line class="pb-chart__cut" x1="{MARGIN}" y1="{_f(line_y)}" '
                f'x2="{WIDTH - MARGIN}" y2="{_f(line_y)}" stroke="{RED}" stroke-dasharray="4 3">'
                f"<title>{_text(chart.cut_label)}</title></line>"
            )
    out.append("</svg>")
    return "\n".join(out)
