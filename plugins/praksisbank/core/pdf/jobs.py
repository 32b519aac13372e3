"""What the PDFs hold: one per published document, the responsibility matrix, and a country bundle
(landpakke) per country.

Plain values from the content, no HTML and no files: which pages go into which PDF and in which
order, the header, mark and address of every part, and the prepared values of the parts a bundle
makes itself (cover, contents, contacts, training, the decisions listed apart). The engine
(``pdf``) reads the pages from the built site and renders them.

A bundle holds, in this order: the cover (country, date, readiness), the contents, the practice
note with its categories and favourite texts, the practice clarifications, the interview guides
with their links, the contacts, the training checklist, the current decisions by category, and
last the outdated and possibly outdated decisions, listed with their explanations and never
printed as if current. Withdrawn documents appear nowhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from praksisbank.core.base import urls
from praksisbank.core.base.countries import norwegian_name
from praksisbank.core.base.dates import norwegian_date
from praksisbank.core.base.model import (
    Clarification,
    Decision,
    Document,
    InterviewGuide,
    Item,
    PracticeNote,
    Reviewable,
    Role,
    Status,
)
from praksisbank.core.content.kinds import KINDS, address, kind_of, pdf_address
from praksisbank.core.practice import looks
from praksisbank.core.practice.site import Site
from praksisbank.core.views import countries as countryviews
from praksisbank.core.views import matrix as matrixviews
from praksisbank.core.views.render import SINGLE_DECISION_NOTICE

# -- marks: what a reader must know before relying on a printed page ---------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class Mark:
    css: str
    """``outdated``, ``possibly`` or ``overdue``."""
    word: str
    """«UTDATERT», «KAN VÆRE UTDATERT», «GJENNOMGANG FORFALT»: in the header of every page."""
    lines: tuple[str, ...]
    """The reason, on the first page."""


def mark(site: Site, item: Item) -> Mark | None:
    if not isinstance(item, Document):
        return None
    if item.status is Status.OUTDATED:
        since = f" siden {norwegian_date(item.status_date)}" if item.status_date else ""
        lines = [f"Utdatert{since}: {item.status_reason or ''}".rstrip(": ")]
        successor = site.by_id.get(item.superseded_by or "")
        if successor is not None:
            lines.append(f"Se i stedet: {successor.title} ({successor.id}).")
        lines.append("Dokumentet viser ikke gjeldende praksis.")
        return Mark(css=looks.OUTDATED.key, word=looks.OUTDATED.word.upper(), lines=tuple(lines))
    flag = site.possibly_outdated(item)
    if flag is not None and flag.practice is not None:
        change = flag.practice.change
        source = flag.practice.source
        where = (
            "endringen i praksisnotatet"
            if isinstance(source, PracticeNote)
            else f"praksisavklaringen «{source.title}» ({source.id})"
        )
        return Mark(
            css=looks.POSSIBLY.key,
            word=looks.POSSIBLY.word.upper(),
            lines=(
                f"Praksis for {norwegian_name(item.country)} ble endret "
                f"{norwegian_date(change.date)}: {change.summary}",
                f"Dette vedtaket er fra før endringen og er ikke vurdert på nytt etter den. "
                f"Les {where} før du bruker vedtaket.",
            ),
        )
    if isinstance(item, Reviewable) and item.status is Status.CURRENT and site.overdue(item):
        return Mark(
            css=looks.OVERDUE.key,
            word=looks.OVERDUE.word.upper(),
            lines=(
                f"Skulle vært gjennomgått innen {norwegian_date(item.review_due)} (sist "
                f"gjennomgått {norwegian_date(item.last_reviewed)}). Ansvarlig enhet: "
                f"{site.owner(item)}. Innholdet kan være foreldet.",
            ),
        )
    return None


def header(item: Item) -> str:
    """The document's id and title, for the header of every printed page."""
    if isinstance(item, Document):
        return f"{item.id} · {item.title}"
    if isinstance(item, Role):
        return f"Rolle · {item.title}"
    return item.title


# -- jobs and parts -----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class Part:
    """One piece of a PDF: a page of the site, or a piece the PDF makes from a template."""

    anchor: str
    """The part's id in the PDF: the contents and links inside the PDF jump to it."""
    title: str
    """Its line in the contents."""
    header: str
    """Id and title, in the header of its pages."""
    address: str
    """The site page that is its current version (a site path), named in the footer."""
    page: str = ""
    """The site page whose text is printed (a site path); empty for a made part."""
    template: str = ""
    """The template of a made part."""
    values: Mapping[str, object] = field(default_factory=dict)
    depth: int = 1
    """Its heading's level in the PDF's bookmarks and contents."""
    mark: Mark | None = None
    lead: str = ""
    """A heading before the part: the category of the decisions that follow."""
    lead_anchor: str = ""
    in_contents: bool = True


@dataclass(frozen=True, kw_only=True, slots=True)
class Job:
    """One PDF: where it goes, what it is called and what it holds, in order."""

    path: str
    """Where it lies in the site (``pdf/landpakke-afg.pdf``)."""
    title: str
    header: str
    """The PDF's own header line; a bundle's parts add theirs below it."""
    address: str
    """The site page that links to it (a site path)."""
    parts: tuple[Part, ...]
    bundle: bool = False

    def pages(self) -> dict[str, str]:
        """Site path of each page printed in this PDF -> its part's anchor."""
        return {p.page: p.anchor for p in self.parts if p.page}

    def printed_header(self, part: Part) -> str:
        """The running header of ``part``'s pages, as ``pdf.html`` hands it to ``pdf.css``
        (``data-header``): a bundle's own line over the part's id and title, a document's id and
        title alone. ``check --render`` reads the same string (a value split over a decision's
        id and its title shows only here)."""
        return f"{self.header}\n{part.header}" if self.bundle else part.header


def document_job(site: Site, item: Item) -> Job | None:
    path = pdf_address(item)
    if path is None:
        return None
    title = header(item)
    uri = address(item)
    part = Part(
        anchor="dokument",
        title=item.title,
        header=title,
        address=uri,
        page=uri,
        mark=mark(site, item),
        in_contents=False,
    )
    return Job(path=path, title=title, header=title, address=uri, parts=(part,))


def matrix_job(site: Site) -> Job | None:
    """The responsibility matrix: every role's tasks on paper, next to the roles' own PDFs."""
    path = urls.MATRIX_PDF if site.content.roles else None
    if path is None:
        return None
    title = "Ansvarsmatrise"
    part = Part(
        anchor="dokument",
        title=title,
        header=title,
        address=urls.MATRIX,
        page=urls.MATRIX,
        in_contents=False,
    )
    return Job(path=path, title=title, header=title, address=urls.MATRIX, parts=(part,))


# -- the bundle's own parts ---------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Cover:
    country: str
    code: str
    built: str
    readiness: str
    ready: bool | None
    """``None``: not a readiness country."""
    missing: list[Fact]
    facts: list[Fact]
    notice: str
    demo: bool


@dataclass(frozen=True, kw_only=True, slots=True)
class ContentsLine:
    title: str
    anchor: str
    depth: int


@dataclass(frozen=True, kw_only=True, slots=True)
class DecisionLine:
    id: str
    title: str
    decided: date
    outcome: str
    anchor: str


@dataclass(frozen=True, kw_only=True, slots=True)
class CategoryOverview:
    name: str
    code: str
    description: str
    complexity: str
    decisions: list[DecisionLine]


@dataclass(frozen=True, kw_only=True, slots=True)
class ApartRow:
    id: str
    title: str
    decided: date | None
    kind: str
    """«Vedtak», «Praksisavklaring», ...: what the document is."""
    word: str
    """«Utdatert» or «Kan være utdatert»."""
    css: str
    explanation: list[str]
    address: str


def _cover(site: Site, code: str, current: int, apart: int) -> Cover:
    note = site.content.current_note(code)
    ready = site.readiness_of(code)
    today = norwegian_date(site.today)
    if ready is None:
        readiness = (
            "Ikke beredskapsland: ikke blant de fem største ankomstlandene, og ingen ventet økning."
        )
    else:
        state = "klar" if ready.ready else "ikke klar"
        readiness = f"Beredskapsland nr. {ready.rank}: {state} per {today}."
    guides = [g for g in site.of_country(InterviewGuide, code) if g.status is Status.CURRENT]
    clarifications = [c for c in site.of_country(Clarification, code) if c.status is Status.CURRENT]
    facts = [
        Fact(
            label="Praksisnotat",
            value=f"{note.title} ({note.id}), sist gjennomgått "
            f"{norwegian_date(note.last_reviewed)}, neste gjennomgang "
            f"{norwegian_date(note.review_due)}"
            if note
            else "Landet har ikke noe gjeldende praksisnotat.",
        ),
        Fact(label="Fagansvarlig enhet", value=note.owner_unit if note else "Ikke angitt"),
        Fact(label="Praksisavklaringer", value=str(len(clarifications))),
        Fact(label="Intervjuguider", value=str(len(guides))),
        Fact(label="Gjeldende vedtak", value=str(current)),
        Fact(label="Utdaterte og mulig utdaterte vedtak", value=f"{apart} (listet til slutt)"),
    ]
    return Cover(
        country=norwegian_name(code),
        code=code,
        built=today,
        readiness=readiness,
        ready=None if ready is None else ready.ready,
        missing=[Fact(label=m.requirement.label, value=m.reason) for m in ready.missing]
        if ready
        else [],
        facts=facts,
        notice=SINGLE_DECISION_NOTICE,
        demo=site.options.demo,
    )


def _apart_row(site: Site, item: Document) -> ApartRow:
    found = mark(site, item)
    assert found is not None
    return ApartRow(
        id=item.id,
        title=item.title,
        decided=item.decided if isinstance(item, Decision) else None,
        kind=kind_of(item).words.singular.capitalize(),
        word=found.word.capitalize(),
        css=found.css,
        explanation=list(found.lines),
        address=address(item),
    )


def _current(site: Site, items: list[Document]) -> list[Document]:
    """What a bundle prints in full: current, and not possibly outdated."""
    return [i for i in items if i.status is Status.CURRENT and not site.possibly_outdated(i)]


@dataclass(kw_only=True)
class _Bundle:
    """One country's bundle while its parts are made: each part takes the next anchor, in the
    order the parts are made."""

    site: Site
    code: str
    name: str
    """The country's Norwegian name."""
    page: str
    """The country's page: where the bundle's own parts come from."""
    counter: Iterator[int] = field(default_factory=lambda: iter(range(1, 100_000)))

    def anchor(self) -> str:
        return f"del-{next(self.counter)}"

    def document(self, item: Document, depth: int, lead: str = "") -> Part:
        """A document's page, printed as it is; ``lead``: a heading above it."""
        uri = address(item)
        return Part(
            anchor=self.anchor(),
            title=item.title,
            header=header(item),
            address=uri,
            page=uri,
            depth=depth,
            mark=mark(self.site, item),
            lead=lead,
            lead_anchor=self.anchor() if lead else "",
        )

    def made(self, title: str, template: str, values: Mapping[str, object]) -> Part:
        """A part of the bundle's own, from a template."""
        return Part(
            anchor=self.anchor(),
            title=title,
            header=f"{title} · {self.name}",
            address=self.page,
            template=template,
            values=values,
        )


def _reading(bundle: _Bundle, note: PracticeNote | None) -> list[Part]:
    """The current note, then the clarifications newest first, then the current guides."""
    site, code = bundle.site, bundle.code
    parts = [bundle.document(note, 1)] if note is not None else []
    clarifications = sorted(
        site.of_country(Clarification, code), key=lambda c: (-c.date.toordinal(), c.id)
    )
    printed = _current(site, list(clarifications))
    parts += [
        bundle.document(c, 2, "Praksisavklaringer" if i == 0 else "") for i, c in enumerate(printed)
    ]
    guides = [g for g in site.of_country(InterviewGuide, code) if g.status is Status.CURRENT]
    parts += [
        bundle.document(g, 2, "Intervjuguider" if i == 0 else "") for i, g in enumerate(guides)
    ]
    return parts


def _contacts(bundle: _Bundle, note: PracticeNote | None) -> Part:
    return bundle.made(
        "Landpraksiskontakter",
        "pdf_contacts.html",
        {
            "contacts": countryviews.contacts(note.contacts) if note else [],
            "owner": note.owner_unit if note else "",
            "country": bundle.name,
        },
    )


def _training(bundle: _Bundle) -> Part | None:
    site = bundle.site
    if not site.content.training:
        return None
    training = matrixviews.checklist(
        site, f"opplaering-{bundle.code.lower()}", site.content.training
    )
    return bundle.made(
        "Opplæring før oppstart",
        "pdf_training.html",
        {"items": training.items, "country": bundle.name},
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class _Group:
    """Current decisions of one category, or of none the note has."""

    name: str
    code: str
    description: str
    complexity: str
    decisions: list[Decision]


def _groups(note: PracticeNote | None, current: list[Decision]) -> list[_Group]:
    categories = list(note.categories) if note else []
    groups = [
        _Group(
            name=c.name,
            code=c.code,
            description=c.description,
            complexity=countryviews.COMPLEXITY[c.complexity],
            decisions=[d for d in current if d.category == c.code],
        )
        for c in categories
    ]
    known = {c.code for c in categories}
    others = [d for d in current if d.category not in known]
    if others:
        groups.append(
            _Group(
                name="Andre vedtak",
                code="",
                description="Vedtak i kategorier praksisnotatet ikke har.",
                complexity="",
                decisions=others,
            )
        )
    return groups


def _decisions(bundle: _Bundle, groups: list[_Group]) -> list[Part]:
    """The overview of the current decisions by category, then each decision."""
    decision_parts: list[Part] = []
    overview: list[CategoryOverview] = []
    for group in groups:
        lines = []
        for i, d in enumerate(group.decisions):
            part = bundle.document(d, 3, lead=group.name if i == 0 else "")
            decision_parts.append(part)
            lines.append(
                DecisionLine(
                    id=d.id,
                    title=d.title,
                    decided=d.decided,
                    outcome=d.outcome.short,
                    anchor=part.anchor,
                )
            )
        overview.append(
            CategoryOverview(
                name=group.name,
                code=group.code,
                description=group.description,
                complexity=group.complexity,
                decisions=lines,
            )
        )
    heading = bundle.made(
        "Gjeldende vedtak etter kategori",
        "pdf_decisions.html",
        {"categories": overview, "notice": SINGLE_DECISION_NOTICE, "country": bundle.name},
    )
    return [heading, *decision_parts]


def _apart(bundle: _Bundle, decisions: list[Decision]) -> Part:
    """What is not printed: outdated and possibly outdated decisions, outdated documents."""
    site = bundle.site
    others = [
        d
        for kind in (PracticeNote, Clarification, InterviewGuide)
        for d in site.of_country(kind, bundle.code)
        if d.status is Status.OUTDATED
    ]
    return bundle.made(
        "Utdaterte og mulig utdaterte vedtak",
        "pdf_apart.html",
        {
            "decisions": [_apart_row(site, d) for d in decisions],
            "others": [_apart_row(site, d) for d in others],
            "country": bundle.name,
        },
    )


def bundle_job(site: Site, code: str) -> Job:
    """A country's bundle (landpakke): cover, contents, the note, clarifications and guides,
    contacts, training, the current decisions by category, and what is left out."""
    name = norwegian_name(code)
    bundle = _Bundle(site=site, code=code, name=name, page=urls.country(code))
    note = site.content.current_note(code)
    parts = _reading(bundle, note)
    parts.append(_contacts(bundle, note))
    if (training := _training(bundle)) is not None:
        parts.append(training)
    # Current decisions by category; the rest is listed apart, with why.
    listed = site.listed(site.decisions_of(code))
    current = [d for d in _current(site, list(listed)) if isinstance(d, Decision)]
    apart = [d for d in listed if d not in current]
    parts += _decisions(bundle, _groups(note, current))
    parts.append(_apart(bundle, apart))
    title = f"Landpakke for {name}"
    cover = Part(
        anchor="forside",
        title=title,
        header=title,
        address=bundle.page,
        template="pdf_cover.html",
        values={"cover": _cover(site, code, len(current), len(apart))},
        in_contents=False,
    )
    contents = replace(
        bundle.made("Innhold", "pdf_contents.html", {"lines": list(_contents(parts))}),
        in_contents=False,
    )
    return Job(
        path=urls.bundle_pdf(code),
        title=title,
        header=f"{title} ({code})",
        address=bundle.page,
        parts=(cover, contents, *parts),
        bundle=True,
    )


def _contents(parts: list[Part]) -> Iterator[ContentsLine]:
    for part in parts:
        if part.lead:
            yield ContentsLine(title=part.lead, anchor=part.lead_anchor, depth=part.depth - 1)
        if part.in_contents:
            yield ContentsLine(title=part.title, anchor=part.anchor, depth=part.depth)


def jobs(site: Site) -> list[Job]:
    """Every PDF of the site: each published document's (a role's is its checklist), the
    responsibility matrix, then each country's bundle."""
    found = [
        job
        for kind in KINDS
        if kind.pdf
        for item in site.content.items.get(kind.item_type, ())
        if (job := document_job(site, item)) is not None
    ]
    if (matrix := matrix_job(site)) is not None:
        found.append(matrix)
    found += [bundle_job(site, code) for code in site.content.countries()]
    twice = sorted(p for p, n in Counter(j.path for j in found).items() if n > 1)
    if twice:
        raise ValueError(f"to PDF-er ville fått samme navn: {', '.join(twice)}")
    return found
