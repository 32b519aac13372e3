"""What the PDFs print in their running headers (``pdf_headers``): a value split over a
document's id and its title, blamed on each field.

Imports ``reading`` of ``rendercheck/``, and the core."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from praksisbank.core.base.model import Content, Document, Item
from praksisbank.core.base.problems import Problem
from praksisbank.core.content.kinds import address
from praksisbank.core.gate import rendered
from praksisbank.core.pdf import jobs as pdfjobs
from praksisbank.core.practice.site import Site, SiteOptions
from praksisbank.mkdocs_adapter.rendercheck.reading import (
    _DIGITS,
    _field_line,
    _personal,
    _source,
    _spared,
    published,
)

_PDF_HEADER = "toppteksten i PDF-ene"


def pdf_headers(
    content: Content,
    root: Path | None,
    allowed: frozenset[str],
    names: frozenset[str],
    today: date,
) -> list[Problem]:
    """What the build's PDF gate reads in the PDFs' running headers and ``check --render`` did
    not (the re-run of attack round 10, the PDF header seam): each part's header as the PDF
    prints it (``Job.printed_header``, the string ``pdf.html`` hands to ``pdf.css``: a
    document's id and title on one line, in a bundle under the bundle's own line). A value split
    over a decision's id and its title (`VB-AFG-2018-086` and `12352 enslig kvinne`) shows only
    there; it is reported at every field that holds a part of it. (A bundle's consecutive
    headers are on different pages, each under the bundle's line and over its part's text: no
    value runs from one into the next. ``today``: the flags that decide which decisions a bundle
    prints in full.)"""
    try:
        printed = pdfjobs.jobs(Site(content, SiteOptions(today=today, pdf=True)))
    except ValueError:
        return []  # two PDFs of one name: the build stops before any is made
    items = {address(i): i for i in content.all_items() if published(i)}
    headers: dict[tuple[str, str], Item] = {}
    for job in printed:
        for part in job.parts:
            item = items.get(part.page) if part.page else None
            if item is not None:  # (a part the bundle makes names no file's field)
                headers.setdefault((item.path, job.printed_header(part)), item)
    found: list[Problem] = []
    for (_, text), item in headers.items():
        found += _header_problems(item, text, root, allowed, names)
    return found


def _header_fields(item: Item) -> list[tuple[str, str]]:
    """The front-matter fields a part's header prints (``jobs.header``): a document's id and
    title, any other item's title."""
    fields = [("title", item.title)]
    if isinstance(item, Document):
        fields.insert(0, ("id", item.id))
    return fields


def _header_problems(
    item: Item, text: str, root: Path | None, allowed: frozenset[str], names: frozenset[str]
) -> list[Problem]:
    """A number one part's running header shows with digits of two of its fields (the id's and
    the title's), which no field shows alone, at the line of each of them. A value within one
    field that the other's digits only make a finding of (a title's «bursdag 3. april» beside
    the id's year) is no split: the fields' own texts are gated as they are."""
    fields = _header_fields(item)
    if len(fields) < 2 or sum(1 for _, value in fields if _DIGITS.search(value)) < 2:
        return []
    own = {
        s.finding.fingerprint
        for _, value in fields
        for s in rendered.in_text(value, allowed=allowed, names=names)
    }
    source = _source(root, item)
    found: list[Problem] = []
    for seen in _spared("render-pdf-header", text, rendered.in_text, allowed, names):
        if seen.finding.fingerprint in own:
            continue  # shown by one field alone: reported at it (and gated at the source)
        digits = re.sub(r"[^0-9]", "", seen.text[seen.finding.offset : seen.finding.end])
        holding = [
            name
            for name, shown in fields
            if any(run in digits for run in re.findall(r"[0-9]+", shown))
        ]
        if len(holding) < 2:
            continue
        for name in holding:
            line = _field_line(source, name) if source else None
            found.append(
                _personal(
                    item.path,
                    line or 1,
                    (
                        f"Feltet «{name}» står i {_PDF_HEADER} sammen med de andre feltene der "
                        f"(«{' · '.join(n for n, _ in fields)}»), og viser da "
                        f"{seen.finding.what} ({seen.finding.masked}) på hver side av PDF-en. "
                        "Nettstedet stopper av samme grunn. Alt leserne ser, skal være "
                        "anonymisert: fjern opplysningen fra ett av feltene."
                    ),
                )
            )
    return found
