"""Rules across files, each a small named function over the loaded content.

Every rule takes the content (every item that could be built), the reporter and the names of the
kinds with a file that could not be built, and reports what it finds. ``RULES`` runs them all;
adding a rule is one function and one entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from praksisbank.core.base import urls
from praksisbank.core.base.model import (
    Content,
    Document,
    Item,
    PracticeNote,
    Responsibility,
    Reviewable,
    Status,
)
from praksisbank.core.base.problems import ProblemCode
from praksisbank.core.content.kinds import KINDS, Kind, address
from praksisbank.core.content.report import Reporter
from praksisbank.core.content.yamlnodes import KeyPath


@dataclass(frozen=True, kw_only=True, slots=True)
class Loaded:
    """What the rules look at."""

    content: Content
    """Every item that could be built, whatever its problems."""
    broken: frozenset[type[Item]]
    """The kinds with a file that could not be built: its own problems say why."""
    data_files: Mapping[str, str]
    """Where each data file's records came from (``Content`` field → path as shown)."""
    kinds: tuple[Kind, ...] = KINDS
    """The kinds the content was loaded with (``Layout.kinds``)."""


Rule = Callable[[Loaded, Reporter], None]


def _by_path(items: Iterable[Item]) -> list[Item]:
    return sorted(items, key=lambda i: i.path)


def unique_ids(loaded: Loaded, report: Reporter) -> None:
    """An id names one document on the whole site. Every file that shares an id is told, so the
    new file gets the message whichever of them sorts first."""
    content = loaded.content
    sharing: dict[str, list[Document]] = {}
    for item in sorted(content.documents(), key=lambda d: d.path):
        sharing.setdefault(item.id, []).append(item)
    for items in sharing.values():
        for item in items if len(items) > 1 else ():
            others = ", ".join(other.path for other in items if other is not item)
            report.at(
                item.path,
                ("id",),
                "id-duplicate",
                f"Id-en «{item.id}» er også brukt i {others}. Hver id må være unik på hele "
                "nettstedet: gi det nye dokumentet en ny id («praksisbank new» finner neste "
                "ledige).",
            )


def one_current_note(loaded: Loaded, report: Reporter) -> None:
    content = loaded.content
    current: dict[str, PracticeNote] = {}
    for note in sorted(content.notes, key=lambda n: n.path):
        if note.status is not Status.CURRENT:
            continue
        if note.country in current:
            report.at(
                note.path,
                ("country",),
                "note-duplicate-current",
                f"Landet {note.country} har allerede et gjeldende praksisnotat "
                f"({current[note.country].path}). Et land kan ha bare ett gjeldende "
                "praksisnotat: gi det gamle status «outdated» eller «withdrawn».",
            )
        else:
            current[note.country] = note


def category_codes_unique(loaded: Loaded, report: Reporter) -> None:
    content = loaded.content
    for note in content.notes:
        seen: set[str] = set()
        anchors: dict[str, str] = {}
        for i, category in enumerate(note.categories):
            anchor = urls.slug(category.code)
            if category.code in seen:
                report.at(
                    note.path,
                    ("categories", i, "code"),
                    "id-duplicate",
                    f"Kategorikoden «{category.code}» står to ganger i notatet. Hver "
                    "kategori må ha sin egen kode.",
                )
            elif anchor in anchors:  # «AFG-A» and «afg-a»: one anchor on the country page
                report.at(
                    note.path,
                    ("categories", i, "code"),
                    "id-duplicate",
                    f"Kategorikoden «{category.code}» gir samme adresse som «{anchors[anchor]}» "
                    f"(#kategori-{anchor}). Gi kategoriene koder som skiller seg fra hverandre "
                    "med mer enn store og små bokstaver.",
                )
            seen.add(category.code)
            anchors.setdefault(anchor, category.code)


def changes_newest_first(loaded: Loaded, report: Reporter) -> None:
    content = loaded.content
    reviewable: list[Reviewable] = [*content.notes, *content.guides]
    for item in reviewable:
        changes = item.changes
        for i in range(1, len(changes)):
            if changes[i].date > changes[i - 1].date:
                report.at(
                    item.path,
                    ("changes", i, "date"),
                    "field-value",
                    f"Endringene skal stå med den nyeste først: "
                    f"{changes[i].date.isoformat()} står etter "
                    f"{changes[i - 1].date.isoformat()}.",
                )
                break


def _codes_known(
    report: Reporter,
    item: Document,
    note: PracticeNote | None,
    places: list[tuple[KeyPath, str]],
    what: str,
    broken: frozenset[type[Item]],
) -> None:
    """Each category code cited in ``places`` is defined in the country's practice note."""
    if note is None:
        if places and PracticeNote not in broken:  # a broken note reports itself
            report.at(
                item.path,
                places[0][0],
                "category-unknown",
                f"Landet {item.country} har ikke noe praksisnotat, så kategorien "
                f"«{places[0][1]}» kan ikke slås opp. Legg til et praksisnotat for landet "
                "med kategoriene.",
            )
        return
    known = [c.code for c in note.categories]
    for path, code in places:
        if code not in known:
            start = (
                f"{what} nevner kategorien «{code}», som ikke finnes"
                if what
                else f"Kategorien «{code}» finnes ikke"
            )
            report.at(
                item.path,
                path,
                "category-unknown",
                f"{start} i praksisnotatet for {item.country} ({note.path}). "
                f"Kjente koder: {', '.join(known)}.",
            )


def categories_known(loaded: Loaded, report: Reporter) -> None:
    """Decisions, clarifications and a note's own changes cite only categories the country's
    practice note defines."""
    content, broken = loaded.content, loaded.broken
    for note in content.notes:
        for i, change in enumerate(note.changes):
            _codes_known(
                report,
                note,
                note,
                [(("changes", i, "categories", j), c) for j, c in enumerate(change.categories)],
                f"Endringen {change.date.isoformat()}",
                broken,
            )
    for decision in content.decisions:
        _codes_known(
            report,
            decision,
            content.any_note(decision.country),
            [(("category",), decision.category)],
            "",
            broken,
        )
    for clarification in content.clarifications:
        _codes_known(
            report,
            clarification,
            content.any_note(clarification.country),
            [(("categories", j), c) for j, c in enumerate(clarification.categories)],
            "Praksisavklaringen",
            broken,
        )


def reviewed_after_decided(loaded: Loaded, report: Reporter) -> None:
    content = loaded.content
    for d in content.decisions:
        if d.reviewed and d.reviewed < d.decided:
            report.at(
                d.path,
                ("reviewed",),
                "field-value",
                f"«reviewed» ({d.reviewed.isoformat()}) er før vedtaksdatoen "
                f"({d.decided.isoformat()}).",
            )


def successors_exist(loaded: Loaded, report: Reporter) -> None:
    """``superseded_by`` names a document of the same kind that exists, is not withdrawn and
    does not lead back in a ring."""
    content = loaded.content
    for kind in loaded.kinds:
        items = [i for i in content.items.get(kind.item_type, ()) if isinstance(i, Document)]
        by_id = {item.id: item for item in items}
        for item in by_id.values():
            message, code = _successor_problem(item, by_id, kind.words.singular)
            if message:
                report.at(item.path, ("superseded_by",), code, message)


def _successor_problem(
    item: Document, by_id: dict[str, Document], singular: str
) -> tuple[str, ProblemCode]:
    target_id = item.superseded_by
    if target_id is None:
        return "", "reference-invalid"
    target = by_id.get(target_id)
    if target_id == item.id:
        return "«superseded_by» peker på dokumentet selv.", "reference-invalid"
    if target is None:
        return (
            f"«superseded_by» peker på «{target_id}», men det finnes ikke noe {singular} "
            "med den id-en.",
            "reference-unknown",
        )
    if target.status is Status.WITHDRAWN:
        return (
            f"«superseded_by» peker på «{target_id}», som er fjernet (withdrawn). Pek på et "
            "gjeldende dokument.",
            "reference-invalid",
        )
    seen = {item.id}
    step: Document | None = target
    while step is not None and step.superseded_by and step.id not in seen:
        seen.add(step.id)
        step = by_id.get(step.superseded_by)
    if step is None or step.id != item.id:
        return "", "reference-invalid"  # no ring, or one further on that its members report
    return (
        f"«superseded_by» danner en ring: {item.id} → {target_id} → … → {item.id}. Det "
        "nyeste dokumentet skal ikke ha «superseded_by».",
        "reference-invalid",
    )


def units_spelt_once(loaded: Loaded, report: Reporter) -> None:
    """One spelling per unit: «Enhet A1» and «enhet a1» would split its review queue; and every
    unit gets an address of its own."""
    content = loaded.content
    places: list[tuple[str, KeyPath, str]] = []
    for doc in sorted(content.documents(), key=lambda d: d.path):
        own = getattr(doc, "owner_unit", None)
        if isinstance(own, str):
            places.append((doc.path, ("owner_unit",), own))
        if isinstance(doc, PracticeNote):
            places += [
                (doc.path, ("contacts", i, "unit"), c.unit) for i, c in enumerate(doc.contacts)
            ]
    spelling: dict[str, tuple[str, str]] = {}
    for file, keypath, unit in places:
        key = urls.slug(unit)
        if not key:
            report.at(
                file,
                keypath,
                "field-value",
                f"Enheten «{unit}» gir ingen nettadresse. Skriv navnet med bokstaver eller "
                "tall, for eksempel Enhet A1.",
            )
        elif key not in spelling:
            spelling[key] = (unit, file)
        elif spelling[key][0] != unit:
            first, where = spelling[key]
            report.at(
                file,
                keypath,
                "field-value",
                f"Enheten «{unit}» er skrevet «{first}» i {where}. Skriv navnet likt "
                "overalt, ellers deles enhetens lister i to.",
            )


_UNIT_WORD = re.compile(
    r"(?i)(?:enhet|enheten|enheter|seksjon|seksjonen|avdeling|avdelingen|kontor|kontoret|team"
    r"|teamet|gruppe|gruppen|gruppa|stab|staben|nettverk|nettverket|ledelse|ledelsen"
    r"|sekretariat|sekretariatet|forum|senter|senteret|tjeneste|tjenesten|direktorat"
    r"|direktoratet)(?![\w])"
)
"""A word for a unit of the department, alone or as a compound's last part (`Enhet A2`,
`Koordineringsenheten`, `Fagstaben`, `Intervjufaglig nettverk`)."""

_NOT_A_UNIT = re.compile(
    r"(?i)(?<![\w])(?:søker\w*|søkjar\w*|klager\w*|klagar\w*|vitne\w*|barn\w*|tolk\w*"
    r"|advokat\w*|verge\w*|familie\w*|sak|saken|saksnummer|duf)(?![\w])"
    r"|[A-ZÆØÅ]{2}-[A-ZÆØÅ]{3}-\d|\d{3}"
)
"""What names a case or a person in it, never a unit: a party, kin, a witness, a lawyer, a
case, a document's id (`VB-AFG-2024-017`), three digits in a row."""


def contacts_in_units(loaded: Loaded, report: Reporter) -> None:
    """A practice note's contact is an employee, a country-practice contact in a unit of the
    department, and only for them may the site print a person's name (attack round 11: an
    applicant's name under ``contacts`` with ``unit: Søkeren i VB-AFG-2024-017`` passed every
    gate). Its ``unit`` must name a unit (`_UNIT_WORD`) and nothing of a case (`_NOT_A_UNIT`).
    The value is not printed: it is a free text next to a name."""
    for doc in sorted(loaded.content.of(PracticeNote), key=lambda d: d.path):
        for i, contact in enumerate(doc.contacts):
            unit = contact.unit
            if _UNIT_WORD.search(unit) is not None and _NOT_A_UNIT.search(unit) is None:
                continue
            report.at(
                doc.path,
                ("contacts", i, "unit"),
                "field-value",
                "En kontakt (contacts) er en ansatt, landpraksiskontakt i en enhet i "
                "avdelingen, og «unit» skal være enhetens navn, for eksempel «Enhet A2» eller "
                "«Koordineringsenheten». Denne verdien navngir ingen enhet eller viser til en "
                "sak, en søker eller andre i en sak: søkere og andre personer i en sak skal "
                "aldri stå under contacts.",
            )


def arrivals_once(loaded: Loaded, report: Reporter) -> None:
    content = loaded.content
    seen: dict[str, int] = {}
    file = loaded.data_files.get("arrivals", "arrivals.yml")
    for arrival in sorted(content.arrivals, key=lambda a: a.line):
        if arrival.country in seen:
            report.add(
                file,
                arrival.line,
                1,
                "id-duplicate",
                f"Landet {arrival.country} står allerede i ankomstlisten på linje "
                f"{seen[arrival.country]}.",
            )
        else:
            seen[arrival.country] = arrival.line


def vocabulary_sound(loaded: Loaded, report: Reporter) -> None:
    """Each group in ``vocabulary.yml`` links two words or more, each once, and no group is
    another group again (search would expand the same way twice)."""
    file = loaded.content.vocabulary_file or "vocabulary.yml"
    groups: dict[frozenset[str], int] = {}
    for group in loaded.content.vocabulary:
        folded = [" ".join(term.casefold().split()) for term in group.terms]
        twice = sorted({t for t in folded if folded.count(t) > 1})
        if twice:
            report.add(
                file,
                group.line,
                1,
                "field-value",
                f"«{twice[0]}» står to ganger i samme gruppe. Skriv hvert ord én gang "
                "(store og små bokstaver regnes som like i søket).",
            )
        if len(set(folded)) < 2:
            report.add(
                file,
                group.line,
                1,
                "field-value",
                "En gruppe må ha minst to ord som betyr det samme, for eksempel "
                "«terms: [internflukt, IFA]». Et ord alene gir ingen utvidelse av søket.",
            )
            continue
        key = frozenset(folded)
        if key in groups:
            report.add(
                file,
                group.line,
                1,
                "id-duplicate",
                f"Gruppen har de samme ordene som gruppen på linje {groups[key]}. "
                "Slå dem sammen eller fjern den ene.",
            )
        else:
            groups[key] = group.line


def sources_known(loaded: Loaded, report: Reporter) -> None:
    """Responsibilities and training items cite documents listed in ``sources.yml``."""
    content = loaded.content
    known = {s.document for s in content.sources}
    sources_file = loaded.data_files.get("sources", "sources.yml")
    for i, source in enumerate(content.sources):
        if source.replaced_by and source.replaced_by not in known:
            report.at(
                sources_file,
                (i, "replaced_by"),
                "reference-unknown",
                f"«{source.replaced_by}» står ikke i {sources_file}. Legg til dokumentet "
                "som erstatter, med «document» og «title».",
            )
    cited: list[tuple[str, KeyPath, Responsibility]] = [
        (role.path, ("responsibilities", i, "source"), r)
        for role in content.roles
        for i, r in enumerate(role.responsibilities)
    ]
    training_file = loaded.data_files.get("training", "training.yml")
    cited += [(training_file, (i, "source"), t) for i, t in enumerate(content.training)]
    for file, keypath, item in cited:
        if item.document not in known:
            report.at(
                file,
                keypath,
                "reference-unknown",
                f"Kilden «{item.source}» viser til {item.document}, som ikke står i "
                f"{sources_file}. Rett kilden eller legg til dokumentet der.",
            )


def roles_unique(loaded: Loaded, report: Reporter) -> None:
    content = loaded.content
    seen: dict[str, str] = {}
    for role in sorted(content.roles, key=lambda r: r.path):
        if role.role in seen:
            report.at(
                role.path,
                ("role",),
                "id-duplicate",
                f"Rollen «{role.role}» er allerede brukt i {seen[role.role]}.",
            )
        seen.setdefault(role.role, role.path)


def addresses_unique(loaded: Loaded, report: Reporter) -> None:
    """Every page gets its own address: a file may not take one the site already uses."""
    content = loaded.content
    taken = dict.fromkeys(urls.FIXED, "en side Praksisbanken lager selv")
    taken |= dict.fromkeys((k.index for k in loaded.kinds), "en side Praksisbanken lager selv")
    items = [i for items in content.items.values() for i in items]
    for item in _by_path(items):
        uri = address(item)
        if uri in taken:
            report.at(
                item.path,
                (),
                "file-location",
                f"Filen får adressen /{urls.url_of(uri)}, som allerede er {taken[uri]}. Gi "
                "filen et annet navn.",
            )
        else:
            taken[uri] = f"adressen til {item.path}"


RULES: tuple[Rule, ...] = (
    unique_ids,
    one_current_note,
    category_codes_unique,
    changes_newest_first,
    categories_known,
    reviewed_after_decided,
    successors_exist,
    units_spelt_once,
    contacts_in_units,
    arrivals_once,
    vocabulary_sound,
    sources_known,
    roles_unique,
    addresses_unique,
)
