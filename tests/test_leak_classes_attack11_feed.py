"""Attack round 11, class 8: a false stop in the feed. A decision titled ``Klage nummer 211``
and decided 2024-05-17 stopped the build: the Atom entry shows the title, then the time stamp
the feed's template writes (``2024-05-17T00:00:00Z``), and ``211`` + ``20240517`` reads as an
identity number no one wrote. The time stamp is the site's own date of a date field, not a
contributor's digits: the rendered gate does not join it with the title. What a contributor
writes in a title or summary is still read, alone and down the entries.

And the blame: a finding no project file holds is never blamed on the theme's files (Material's
JavaScript in site-packages held the digits by chance and was named as the source).

The titles' numbers are generated here so that, joined with the date's digits, they make a
number with valid check digits (python-stdnum checks them); the identity number in the hostile
rows is generated too (``helpers.identity_number``). No real person's number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from stdnum.no import fodselsnummer

from helpers import identity_number
from praksisbank.core.gate import blame, rendered
from praksisbank.core.gate.sitegate import Found, Source
from praksisbank.core.views import feeds
from praksisbank.core.views.changes import ChangeRow


def _joining(day: date) -> str:
    """A three-digit number that, followed by ``day``'s digits (``yyyymmdd``), is a valid
    identity number: the title the attacker found, for any date."""
    for n in range(100, 1000):
        if fodselsnummer.is_valid(f"{n}{day:%Y%m%d}"):
            return str(n)
    raise AssertionError("no joining number")


def _row(title: str, day: date, summary: str = "Nytt vedtak.") -> ChangeRow:
    return ChangeRow(
        date=day,
        title=title,
        uri="vedtaksbank/afg/klage.md",
        country="Afghanistan",
        country_code="afg",
        kind="Vedtak",
        kind_key="decision",
        practice=False,
        summary=summary,
    )


def _feed(*rows: ChangeRow) -> str:
    feed = feeds.Feed(
        path="endringer/atom.xml",
        title="Testbanken: siste endringer",
        page="endringer.md",
        rows=rows,
    )
    return feeds.atom(
        feed,
        site_url="https://praksis.intern.example/",
        directory_urls=True,
        built=date(2024, 6, 1),
        author="Testbanken",
    )


@dataclass(frozen=True, slots=True)
class FeedRow:
    name: str
    rows: tuple[ChangeRow, ...]
    found: bool

    def __repr__(self) -> str:
        return self.name


D1, D2, D3 = date(2024, 5, 17), date(2023, 11, 3), date(2025, 1, 30)
FNR = identity_number("030494")

FEEDS = [
    FeedRow("the attacker's title", (_row(f"Klage nummer {_joining(D1)}", D1),), False),
    FeedRow("another date", (_row(f"Klage nummer {_joining(D2)}", D2),), False),
    FeedRow("a case number with a slash", (_row(f"Sak 12/{_joining(D3)}", D3),), False),
    FeedRow("the number after nr.", (_row(f"Vedtak nr. {_joining(D1)}", D1),), False),
    FeedRow(
        "two entries, each on its date",
        (_row(f"Klage {_joining(D1)}", D1), _row(f"Klage {_joining(D2)}", D2)),
        False,
    ),
    FeedRow("a summary ending in the number",
            (_row("Klage", D1, f"Omgjort etter klage nummer {_joining(D1)}"),), False),
    # what a contributor writes is read as before
    FeedRow("an identity number in a title", (_row(f"Klage fra {FNR}", D1),), True),
    FeedRow("an identity number in a summary", (_row("Klage", D1, f"Gjelder {FNR}."),), True),
    FeedRow(
        "split between a title and its summary",
        (_row(f"Klage {FNR[:6]}", D1, f"{FNR[6:]} er nummeret."),),
        True,
    ),
]  # fmt: skip


@pytest.mark.parametrize("row", FEEDS, ids=repr)
def test_a_feeds_time_stamp_is_not_joined_with_a_title(row: FeedRow) -> None:
    found = rendered.in_markup(_feed(*row.rows))
    assert bool(found) == row.found, [s.finding.masked for s in found]


def test_a_value_no_project_file_holds_is_not_blamed_on_the_theme(tmp_path: Path) -> None:
    theme = tmp_path / "site-packages" / "material" / "search.min.js"
    theme.parent.mkdir(parents=True)
    theme.write_text("var a=2112024,b=0517;\n", encoding="utf-8")
    found = Found(
        published="endringer/atom.xml",
        where="teksten",
        what="et fødselsnummer, D-nummer eller H-nummer",
        masked="••• ••••-••-17",
        fingerprint="f",
        key="211202",
    )
    sources = {
        "assets/search.min.js": Source(theme.as_posix(), theme),
        "endringer/atom.xml": Source("(generert side) endringer/atom.xml", None),
    }
    problems = blame.problems([found], sources)
    assert problems
    assert all("site-packages" not in p.file for p in problems), [p.file for p in problems]
