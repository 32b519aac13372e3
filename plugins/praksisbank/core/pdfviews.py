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

from . import looks, urls, views
from .countries import norwegian_name
from .dates import norwegian_date
from .kinds import KINDS, address, kind_of
from .model import (
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
from .render import SINGLE_DECISION_NOTICE
from .site import Site

FOLDER = "pdf"
"""Where the PDFs lie in the site."""


def document_path(item: Item) -> str | None:
    """Where an item's PDF lies in the site (``pdf/vb-afg-2024-017.pdf``); ``None``: it has none
    (its kind has no PDFs, or it is withdrawn)."""
    if not kind_of(item).pdf:
        return None
    if isinstance(item, Document):
        if item.status is Status.WITHDRAWN:
            return None
        return f"{FOLDER}/{urls.slug(item.id)}.pdf"
    if isinstance(item, Role):
        return f"{FOLDER}/rolle-{urls.slug(item.role)}.pdf"
    return f"{FOLDER}/{urls.slug(item.title)}.pdf"


MATRIX_PATH = f"{FOLDER}/ansvarsmatrise.pdf"
"""The responsibility matrix's PDF."""


def matrix_path(site: Site) -> str | None:
    """Where the responsibility matrix's PDF lies; ``None`` when the site has no roles."""
    return MATRIX_PATH if site.content.items.get("role") else None


def bundle_path(country: str) -> str:
    """Where a country's bundle lies in the site: ``pdf/landpakke-afg.pdf``."""
    return f"{FOLDER}/landpakke-{country.lower()}.pdf"


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


def document_job(site: Site, item: Item) -> Job | None:
    path = document_path(item)
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
    path = matrix_path(site)
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
    guides = [g for g in site.of_country("interview_guide", code) if g.status is Status.CURRENT]
    clarifications = [
        c for c in site.of_country("clarification", code) if c.status is Status.CURRENT
    ]
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


def bundle_job(site: Site, code: str) -> Job:
    name = norwegian_name(code)
    country_page = urls.country(code)
    note = site.content.current_note(code)
    counter = iter(range(1, 100_000))

    def anchor() -> str:
        return f"del-{next(counter)}"

    def document(item: Document, depth: int, lead: str = "") -> Part:
        uri = address(item)
        return Part(
            anchor=anchor(),
            title=item.title,
            header=header(item),
            address=uri,
            page=uri,
            depth=depth,
            mark=mark(site, item),
            lead=lead,
            lead_anchor=anchor() if lead else "",
        )

    def made(title: str, template: str, values: Mapping[str, object], depth: int = 1) -> Part:
        return Part(
            anchor=anchor(),
            title=title,
            header=f"{title} · {name}",
            address=country_page,
            template=template,
            values=values,
            depth=depth,
        )

    parts: list[Part] = []
    if note is not None:
        parts.append(document(note, 1))

    clarifications = sorted(
        (c for c in site.of_country("clarification", code) if isinstance(c, Clarification)),
        key=lambda c: (-c.date.toordinal(), c.id),
    )
    printed = _current(site, list(clarifications))
    parts += [document(c, 2, "Praksisavklaringer" if i == 0 else "") for i, c in enumerate(printed)]
    guides = [
        g
        for g in site.of_country("interview_guide", code)
        if isinstance(g, InterviewGuide) and g.status is Status.CURRENT
    ]
    parts += [document(g, 2, "Intervjuguider" if i == 0 else "") for i, g in enumerate(guides)]

    parts.append(
        made(
            "Landpraksiskontakter",
            "pdf_contacts.html",
            {
                "contacts": views.contacts(note.contacts) if note else [],
                "owner": note.owner_unit if note else "",
                "country": name,
            },
        )
    )
    if site.content.training:
        training = views.checklist(site, f"opplaering-{code.lower()}", site.content.training)
        parts.append(
            made(
                "Opplæring før oppstart",
                "pdf_training.html",
                {"items": training.items, "country": name},
            )
        )

    # Current decisions by category; the rest is listed apart, with why.
    listed = site.listed(site.decisions_of(code))
    current = [d for d in _current(site, list(listed)) if isinstance(d, Decision)]
    apart = [d for d in listed if d not in current]
    categories = list(note.categories) if note else []
    known = {c.code for c in categories}
    groups: list[tuple[str, str, str, str, list[Decision]]] = [
        (
            c.name,
            c.code,
            c.description,
            views.COMPLEXITY[c.complexity],
            [d for d in current if d.category == c.code],
        )
        for c in categories
    ]
    others = [d for d in current if d.category not in known]
    if others:
        groups.append(
            ("Andre vedtak", "", "Vedtak i kategorier praksisnotatet ikke har.", "", others)
        )
    decision_parts: list[Part] = []
    overview: list[CategoryOverview] = []
    for title, category, description, complexity, decisions in groups:
        lines = []
        for i, d in enumerate(decisions):
            part = document(d, 3, lead=title if i == 0 else "")
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
                name=title,
                code=category,
                description=description,
                complexity=complexity,
                decisions=lines,
            )
        )
    parts.append(
        made(
            "Gjeldende vedtak etter kategori",
            "pdf_decisions.html",
            {"categories": overview, "notice": SINGLE_DECISION_NOTICE, "country": name},
        )
    )
    parts += decision_parts

    others_apart = [
        d
        for kind in ("practice_note", "clarification", "interview_guide")
        for d in site.of_country(kind, code)
        if d.status is Status.OUTDATED
    ]
    parts.append(
        made(
            "Utdaterte og mulig utdaterte vedtak",
            "pdf_apart.html",
            {
                "decisions": [_apart_row(site, d) for d in apart],
                "others": [_apart_row(site, d) for d in others_apart],
                "country": name,
            },
        )
    )

    cover = Part(
        anchor="forside",
        title=f"Landpakke for {name}",
        header=f"Landpakke for {name}",
        address=country_page,
        template="pdf_cover.html",
        values={"cover": _cover(site, code, len(current), len(apart))},
        in_contents=False,
    )
    contents = replace(
        made("Innhold", "pdf_contents.html", {"lines": list(_contents(parts))}),
        in_contents=False,
    )
    title = f"Landpakke for {name}"
    return Job(
        path=bundle_path(code),
        title=title,
        header=f"{title} ({code})",
        address=country_page,
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
        for item in site.content.items.get(kind.name, ())
        if (job := document_job(site, item)) is not None
    ]
    if (matrix := matrix_job(site)) is not None:
        found.append(matrix)
    found += [bundle_job(site, code) for code in site.content.countries()]
    twice = sorted(p for p, n in Counter(j.path for j in found).items() if n > 1)
    if twice:
        raise ValueError(f"to PDF-er ville fått samme navn: {', '.join(twice)}")
    return found
