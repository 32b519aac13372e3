"""A row of a leak-class table and the two gates it goes through: the source text, and the page
the site's own Markdown makes of it (the tables of rounds 4, 6 and 7 share these)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from helpers import GateRow, found_classes
from praksisbank.core.gate import rendered
from praksisbank.core.gate.anonymity import find_personal_data
from praksisbank.mkdocs_adapter import rendercheck

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    body: str
    found: bool
    """Whether the gates must find personal data (False: a near miss or an ordinary text,
    allowed)."""
    title: str = ""
    """A page title the body is published under (a value split between the two): the source
    gate reads it apart from the body, the page shows it as the page's heading."""

    def __repr__(self) -> str:
        return self.name


# Near misses every leak-class table of round 10 shares: what a decision holds all the time.
ORDINARY = [
    Row(
        "a legal citation",
        "Saken vurderes etter utlendingsloven § 28 første ledd bokstav a.",
        False,
    ),
    Row("a case-law date", "Se Rt. 2011 s. 1481 og HR-2017-569-A av 17. mars 2017.", False),
    Row("a decision date", "Vedtaket er datert 17.03.2024 og ble forkynt 21.03.2024.", False),
    Row("an amount", "Han fikk dekket 17 300 kroner i reiseutgifter.", False),
    Row("an organisation number", "Organisasjonsnummer 974 760 673 tilhører UDI.", False),
    Row(
        "ordinary prose",
        "Søkeren forklarte seg utførlig om reisen gjennom Polen og Tyskland.",
        False,
    ),
    Row("a public place", "Han bodde nær Maidan Nezalezjnosti i Kyiv og senere i Lviv.", False),
]


@cache
def _markdown() -> Any:
    return rendercheck.site_markdown(ROOT)


def source_findings(body: str) -> list[str]:
    return [f.what for f in find_personal_data(body)]


def page_of(body: str) -> str:
    return str(rendercheck.convert(_markdown()().convert, body))


def page_findings(page: str) -> list[str]:
    return [s.finding.what for s in rendered.in_page(page)]


def rendered_findings(body: str) -> list[str]:
    return page_findings(page_of(body))


def _row_page(row: Row) -> str:
    page = page_of(row.body)
    return f"<h1>{row.title}</h1>\n{page}" if row.title else page


def _row_source_findings(row: Row) -> list[str]:
    return [what for text in (row.body, row.title) if text for what in source_findings(text)]


def check(row: Row, *, source: bool = True, page: str | None = None) -> None:
    """The rendered-text gate finds a hostile row (and the source gate, unless ``source`` is
    False: what only the page shows whole); neither finds a near miss."""
    shown = page_findings(page if page is not None else _row_page(row))
    if not row.found:
        assert _row_source_findings(row) == []
        assert shown == []
        return
    assert shown
    if source:
        assert _row_source_findings(row)


def check_class(row: GateRow) -> None:
    """The source gate reports the class a row names among what it finds in the row's text, or
    nothing at all for a near miss (``what`` None)."""
    found = found_classes(row.text)
    if row.what is None:
        assert found == [], row.text
    else:
        assert row.what in found, (row.text, found)
