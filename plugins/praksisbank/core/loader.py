"""Loading a project's content: every file read, validated and cross-checked in one pass."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from . import schema, urls
from .anonymity import find_personal_data
from .documents import RawDocument, position_in_body, read_document, read_yaml
from .model import (
    Arrival,
    Audience,
    Category,
    Change,
    Complexity,
    Contact,
    Content,
    Decision,
    Document,
    InterviewGuide,
    Link,
    Outcome,
    PracticeNote,
    Responsibility,
    Role,
    SourceDocument,
    StandardText,
    Status,
)
from .problems import Problem, ProblemCode, Severity
from .strictyaml import KeyPath, Parsed

DECISION_SECTIONS = ("Sammendrag", "Faktum", "Vurdering", "Konklusjon")
ARRIVALS_FILE = "arrivals.yml"
_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.md$")
"""File names become page addresses and edit links: plain ASCII only."""
SOURCES_FILE = "sources.yml"
TRAINING_FILE = "training.yml"


@dataclass(frozen=True, kw_only=True, slots=True)
class Layout:
    """Where the content lives. ``root`` is the project folder that paths are shown relative to."""

    root: Path
    decision_bank: Path
    practice_notes: Path
    interview_guides: Path
    roles: Path

    @classmethod
    def default(cls, root: Path) -> Layout:
        return cls(
            root=root,
            decision_bank=root / "decision_bank",
            practice_notes=root / "practice_notes",
            interview_guides=root / "interview_guides",
            roles=root / "docs" / "roles",
        )

    def show(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


@dataclass(frozen=True, kw_only=True, slots=True)
class LoadResult:
    content: Content
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


class _Loader:
    def __init__(self, layout: Layout, today: date) -> None:
        self.layout = layout
        self.today = today
        self.problems: list[Problem] = []
        self.meta: dict[str, Parsed] = {}
        self.files: list[str] = []
        self.broken_notes: list[str] = []
        """Practice notes that could not be read or lack required fields."""

    # -- helpers -----------------------------------------------------------------------------

    def problem(
        self, file: str, path: KeyPath, code: ProblemCode, message: str,
        severity: Severity = Severity.ERROR,
    ) -> None:
        pos = self.meta[file].pos(path) if file in self.meta else None
        self.problems.append(Problem(
            file=file, line=pos.line if pos else 1, column=pos.column if pos else 1,
            code=code, message=message, severity=severity,
        ))

    def read(self, abs_path: Path) -> RawDocument | None:
        shown = self.layout.show(abs_path)
        self.files.append(shown)
        if not _FILE_NAME.match(abs_path.name):
            self.problems.append(Problem(
                file=shown, line=1, column=1, code="file-location",
                message=f"Filnavnet «{abs_path.name}» kan ikke brukes i en nettadresse. Bruk "
                "bare bokstavene a–z, tall og bindestrek, for eksempel "
                "2024-17-enslig-kvinne-herat.md.",
            ))
            return None
        doc, problems = read_document(abs_path, shown)
        self.problems.extend(problems)
        if doc is not None:
            self.meta[shown] = doc.meta
        return doc

    def check(self, doc: RawDocument, specs: tuple[schema.Spec, ...]) -> dict[str, Any] | None:
        checker = schema.Checker(doc.path, doc.meta, self.today)
        cleaned = checker.mapping(doc.meta.value, specs, (), "Front matter")
        self.problems.extend(checker.problems)
        value = doc.meta.value
        status = value.get("status")
        if status in ("outdated", "withdrawn"):
            missing = [k for k in ("status_reason", "status_date") if not value.get(k)]
            if missing:
                self.problem(doc.path, ("status",), "status-incomplete",
                             f"Når status er «{status}», må også "
                             f"{' og '.join(f'«{m}»' for m in missing)} fylles ut: "
                             "status_reason er forklaringen leserne ser, status_date er datoen "
                             "endringen gjelder fra.")
                return None
        return cleaned

    def nested(self, abs_path: Path, folder: Path, what: str) -> bool:
        """Report a file in a subfolder where files must lie directly in the folder."""
        if abs_path.parent == folder:
            return False
        shown = self.layout.show(abs_path)
        self.files.append(shown)
        self.problems.append(Problem(
            file=shown, line=1, column=1, code="file-location",
            message=f"{what} skal ligge rett i {self.layout.show(folder)}/, ikke i en undermappe. "
            "Flytt filen opp ett nivå (et gammelt dokument beholdes med status «outdated»).",
        ))
        return True

    def document_file(self, abs_path: Path, folder: Path, where: str, what: str) -> bool:
        """Whether a file in a flat content folder is a Markdown document to read; other files
        are reported, never silently skipped."""
        if abs_path.suffix != ".md":
            self.unexpected(abs_path, where)
            return False
        return not self.nested(abs_path, folder, what)

    def unexpected(self, abs_path: Path, where: str) -> None:
        shown = self.layout.show(abs_path)
        self.files.append(shown)
        self.problems.append(Problem(
            file=shown, line=1, column=1, code="file-location", severity=Severity.WARNING,
            message=f"Filen blir ikke publisert: {where} leses bare Markdown-filer (.md).",
        ))

    @staticmethod
    def status_fields(c: dict[str, Any]) -> dict[str, Any]:
        return {
            "status": Status(c.get("status", "current")),
            "status_reason": c.get("status_reason"),
            "status_date": c.get("status_date"),
            "superseded_by": c.get("superseded_by"),
        }

    @staticmethod
    def document_fields(doc: RawDocument, c: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": c["id"], "title": c["title"], "country": c["country"], "path": doc.path,
            "line": 1, "body": doc.body, "body_line": doc.body_line,
            **_Loader.status_fields(c),
        }

    # -- kinds of file -----------------------------------------------------------------------

    def decisions(self) -> list[Decision]:
        folder = self.layout.decision_bank
        items: list[Decision] = []
        for abs_path in _files(folder):
            if abs_path.suffix != ".md":
                self.unexpected(abs_path, "i vedtaksbanken")
                continue
            parts = abs_path.relative_to(folder).parts
            doc = self.read(abs_path)
            if doc is None:
                continue
            if len(parts) != 2:
                self.problem(doc.path, (), "file-location",
                             "Et vedtak må ligge i mappen for sitt land, for eksempel "
                             f"{self.layout.show(folder)}/afg/{parts[-1]}.")
            c = self.check(doc, schema.DECISION)
            self.anonymity(doc)
            self.sections(doc)
            if c is None or len(parts) != 2:
                continue
            if parts[0] != c["country"].lower():
                if parts[0].lower() == c["country"].lower():
                    message = f"Mappen «{parts[0]}» skal skrives med små bokstaver: " \
                        f"{self.layout.show(folder)}/{parts[0].lower()}/."
                else:
                    message = f"Landet «{c['country']}» stemmer ikke med mappen «{parts[0]}». " \
                        f"Flytt filen til {self.layout.show(folder)}/{c['country'].lower()}/ " \
                        "eller rett feltet «country»."
                self.problem(doc.path, ("country",), "country-folder", message)
                continue
            items.append(Decision(
                **self.document_fields(doc, c),
                category=c["category"], decided=c["decided"], outcome=Outcome(c["outcome"]),
                legal_basis=tuple(c["legal_basis"]), tags=tuple(c.get("tags", ())),
                description=c.get("description"), reviewed=c.get("reviewed"),
            ))
        return items

    def notes(self) -> tuple[list[PracticeNote], list[Arrival]]:
        folder = self.layout.practice_notes
        items: list[PracticeNote] = []
        arrivals: list[Arrival] = []
        for abs_path in _files(folder):
            if abs_path.name == ARRIVALS_FILE and abs_path.parent == folder:
                arrivals = self.arrivals(abs_path)
                continue
            if not self.document_file(abs_path, folder, "blant praksisnotatene", "Praksisnotater"):
                continue
            doc = self.read(abs_path)
            c = self.check(doc, schema.PRACTICE_NOTE) if doc is not None else None
            if doc is None or c is None:
                self.broken_notes.append(self.layout.show(abs_path))
                continue
            items.append(PracticeNote(
                **self.document_fields(doc, c),
                owner_unit=c["owner_unit"], last_reviewed=c["last_reviewed"],
                review_interval_days=c.get("review_interval_days", 90),
                categories=tuple(
                    Category(code=k["code"], name=k["name"], description=k["description"],
                             complexity=Complexity(k["complexity"]))
                    for k in c["categories"]
                ),
                contacts=tuple(Contact(name=k["name"], unit=k["unit"])
                               for k in c.get("contacts", ())),
                changes=tuple(
                    Change(date=k["date"], summary=k["summary"],
                           practice_change=k.get("practice_change", False),
                           categories=tuple(k.get("categories", ())))
                    for k in c["changes"]
                ),
                standard_texts=tuple(StandardText(title=k["title"], text=k["text"])
                                     for k in c.get("standard_texts", ())),
            ))
        return items, arrivals

    def guides(self) -> list[InterviewGuide]:
        items: list[InterviewGuide] = []
        folder = self.layout.interview_guides
        for abs_path in _files(folder):
            if not self.document_file(abs_path, folder, "blant intervjuguidene", "Intervjuguider"):
                continue
            doc = self.read(abs_path)
            if doc is None:
                continue
            c = self.check(doc, schema.INTERVIEW_GUIDE)
            if c is None:
                continue
            items.append(InterviewGuide(
                **self.document_fields(doc, c),
                audience=Audience(c.get("audience", "adults")),
                quality_assured_by=c["quality_assured_by"],
                quality_assured=c["quality_assured"], owner_unit=c.get("owner_unit"),
                last_reviewed=c["last_reviewed"],
                review_interval_days=c.get("review_interval_days", 90),
                links=tuple(Link(title=k["title"], url=k["url"]) for k in c.get("links", ())),
                changes=tuple(Change(date=k["date"], summary=k["summary"])
                              for k in c.get("changes", ())),
            ))
        return items

    def yaml_list(
        self, abs_path: Path, specs: tuple[schema.Spec, ...], what: str, fields: str
    ) -> list[tuple[int, dict[str, Any], schema.Checker]]:
        """The valid entries of a YAML file that is a list of mappings, with their lines."""
        shown = self.layout.show(abs_path)
        self.files.append(shown)
        parsed, problems = read_yaml(abs_path, shown)
        self.problems.extend(problems)
        if parsed is None:
            return []
        self.meta[shown] = parsed
        if not isinstance(parsed.value, list):
            self.problem(shown, (), "field-type",
                         f"Filen skal være en liste med ett element per {what}, hvert med "
                         f"{fields}, og hvert element starter med «- ».")
            return []
        checker = schema.Checker(shown, parsed, self.today)
        entries = []
        for i, value in enumerate(parsed.value):
            c = checker.mapping(value, specs, (i,), f"Hvert element i {shown}")
            if c is not None:
                entries.append((i, c, checker))
        self.problems.extend(checker.problems)
        return entries

    def arrivals(self, abs_path: Path) -> list[Arrival]:
        items: list[Arrival] = []
        seen: dict[str, int] = {}
        shown = self.layout.show(abs_path)
        for i, c, _ in self.yaml_list(abs_path, schema.ARRIVAL, "land",
                                      "«country», «arrivals» og eventuelt «expected_increase»"):
            line = self.meta[shown].pos((i,)).line
            if c["country"] in seen:
                self.problem(shown, (i, "country"), "id-duplicate",
                             f"Landet {c['country']} står allerede i ankomstlisten på linje "
                             f"{seen[c['country']]}.")
                continue
            seen[c["country"]] = line
            items.append(Arrival(country=c["country"], arrivals=c["arrivals"],
                                 expected_increase=c.get("expected_increase", False), line=line))
        return items

    def roles(self) -> tuple[list[Role], list[SourceDocument], list[Responsibility]]:
        folder = self.layout.roles
        roles: list[Role] = []
        sources: list[SourceDocument] = []
        training: list[Responsibility] = []
        for abs_path in _files(folder):
            if abs_path.parent == folder and abs_path.name == SOURCES_FILE:
                sources = [SourceDocument(**c) for _, c, _ in self.yaml_list(
                    abs_path, schema.SOURCE_DOCUMENT, "dokument",
                    "«document», «title» og eventuelt «date», «repealed», «replaced_by»")]
                continue
            if abs_path.parent == folder and abs_path.name == TRAINING_FILE:
                training = [Responsibility(**c) for _, c, _ in self.yaml_list(
                    abs_path, schema.TRAINING_ITEM, "opplæringspunkt", "«task» og «source»")]
                continue
            if not self.document_file(abs_path, folder, "blant rollene", "Roller"):
                continue
            doc = self.read(abs_path)
            if doc is None:
                continue
            c = self.check(doc, schema.ROLE)
            if c is None:
                continue
            roles.append(Role(
                role=c["role"], title=c["title"], summary=c.get("summary"), path=doc.path,
                body=doc.body, body_line=doc.body_line,
                responsibilities=tuple(Responsibility(**r) for r in c["responsibilities"]),
            ))
        return roles, sources, training

    def check_roles(
        self, roles: list[Role], sources: list[SourceDocument], training: list[Responsibility]
    ) -> None:
        known = {s.document for s in sources}
        sources_file = self.layout.show(self.layout.roles / SOURCES_FILE)
        for i, source in enumerate(sources):
            if source.replaced_by and source.replaced_by not in known:
                self.problem(sources_file, (i, "replaced_by"), "reference-unknown",
                             f"«{source.replaced_by}» står ikke i {sources_file}. Legg til "
                             "dokumentet som erstatter, med «document» og «title».")
        seen: dict[str, str] = {}
        for role in sorted(roles, key=lambda r: r.path):
            if role.role in seen:
                self.problem(role.path, ("role",), "id-duplicate",
                             f"Rollen «{role.role}» er allerede brukt i {seen[role.role]}.")
            seen.setdefault(role.role, role.path)
        cited: list[tuple[str, KeyPath, Responsibility]] = [
            (role.path, ("responsibilities", i, "source"), r)
                 for role in roles for i, r in enumerate(role.responsibilities)]
        training_file = self.layout.show(self.layout.roles / TRAINING_FILE)
        cited += [(training_file, (i, "source"), t) for i, t in enumerate(training)]
        for file, keypath, item in cited:
            if item.document not in known:
                self.problem(file, keypath, "reference-unknown",
                             f"Kilden «{item.source}» viser til {item.document}, som ikke står "
                             f"i {sources_file}. Rett kilden eller legg til dokumentet der.")

    # -- rules on the body -------------------------------------------------------------------

    def anonymity(self, doc: RawDocument) -> None:
        for finding in find_personal_data(doc.body):
            pos = position_in_body(doc, finding.offset)
            self.problems.append(Problem(
                file=doc.path, line=pos.line, column=pos.column, code="personal-data",
                message=f"Teksten ser ut til å inneholde {finding.what} («{finding.text}»). "
                "Vedtak i vedtaksbanken skal være anonymisert: fjern nummeret eller adressen.",
            ))

    def sections(self, doc: RawDocument) -> None:
        headings = [line[3:].strip() for line in doc.body.split("\n") if line.startswith("## ")]
        missing = [s for s in DECISION_SECTIONS if s not in headings]
        if missing:
            names = ", ".join(f"«## {s}»" for s in missing)
            self.problems.append(Problem(
                file=doc.path, line=doc.body_line, column=1, code="body-section-missing",
                message=f"Vedtaket mangler {names}. Vedtaksmalen har avsnittene "
                f"{', '.join(DECISION_SECTIONS)}, hvert som en overskrift med «## ».",
            ))

    # -- rules across files ------------------------------------------------------------------

    def cross_check(
        self, decisions: list[Decision], notes: list[PracticeNote], guides: list[InterviewGuide]
    ) -> tuple[list[Decision], list[PracticeNote], list[InterviewGuide]]:
        documents: list[Document] = [*decisions, *notes, *guides]
        first: dict[str, Document] = {}
        for item in sorted(documents, key=lambda d: d.path):
            if item.id in first:
                other = first[item.id]
                self.problem(item.path, ("id",), "id-duplicate",
                             f"Id-en «{item.id}» er allerede brukt i {other.path}. Hver id må "
                             "være unik på hele nettstedet.")
            else:
                first[item.id] = item

        current: dict[str, PracticeNote] = {}
        for note in sorted(notes, key=lambda n: n.path):
            if note.status is Status.CURRENT:
                if note.country in current:
                    self.problem(note.path, ("country",), "note-duplicate-current",
                                 f"Landet {note.country} har allerede et gjeldende praksisnotat "
                                 f"({current[note.country].path}). Et land kan ha bare ett "
                                 "gjeldende praksisnotat: gi det gamle status «outdated» eller "
                                 "«withdrawn».")
                else:
                    current[note.country] = note
            seen_codes: set[str] = set()
            for i, category in enumerate(note.categories):
                if category.code in seen_codes:
                    self.problem(note.path, ("categories", i, "code"), "id-duplicate",
                                 f"Kategorikoden «{category.code}» står to ganger i notatet. "
                                 "Hver kategori må ha sin egen kode.")
                seen_codes.add(category.code)
            for i in range(1, len(note.changes)):
                if note.changes[i].date > note.changes[i - 1].date:
                    self.problem(note.path, ("changes", i, "date"), "field-value",
                                 "Endringene skal stå med den nyeste først: "
                                 f"{note.changes[i].date.isoformat()} står etter "
                                 f"{note.changes[i - 1].date.isoformat()}.")
                    break
            codes = {c.code for c in note.categories}
            for i, change in enumerate(note.changes):
                for j, code in enumerate(change.categories):
                    if code not in codes:
                        self.problem(note.path, ("changes", i, "categories", j),
                                     "category-unknown",
                                     f"Endringen {change.date.isoformat()} nevner kategorien "
                                     f"«{code}», som ikke finnes i notatets «categories». "
                                     f"Kjente koder: {', '.join(sorted(codes))}.")

        for decision in decisions:
            found: PracticeNote | None = current.get(decision.country) or next(
                (n for n in notes if n.country == decision.country), None)
            if found is None and self.broken_notes:
                pass  # the broken note's own errors stop the build; no echo on every decision
            elif found is None:
                self.problem(decision.path, ("category",), "category-unknown",
                             f"Landet {decision.country} har ikke noe praksisnotat, så "
                             f"kategorien «{decision.category}» kan ikke slås opp. Legg til et "
                             "praksisnotat for landet med kategoriene.")
            elif found is not None and found.category(decision.category) is None:
                known = ", ".join(c.code for c in found.categories)
                self.problem(decision.path, ("category",), "category-unknown",
                             f"Kategorien «{decision.category}» finnes ikke i praksisnotatet "
                             f"for {decision.country} ({found.path}). Kjente koder: {known}.")
            if decision.reviewed and decision.reviewed < decision.decided:
                self.problem(decision.path, ("reviewed",), "field-value",
                             f"«reviewed» ({decision.reviewed.isoformat()}) er før vedtaksdatoen "
                             f"({decision.decided.isoformat()}).")

        self.references(decisions, "vedtak")
        self.references(notes, "praksisnotat")
        self.references(guides, "intervjuguide")
        return decisions, notes, guides

    def units(self, notes: list[PracticeNote], guides: list[InterviewGuide]) -> None:
        """One spelling per unit: «Enhet A1» and «enhet a1» would split its review queue."""
        places: list[tuple[str, KeyPath, str]] = []
        for note in sorted(notes, key=lambda n: n.path):
            places.append((note.path, ("owner_unit",), note.owner_unit))
            places += [(note.path, ("contacts", i, "unit"), c.unit)
                       for i, c in enumerate(note.contacts)]
        places += [(g.path, ("owner_unit",), g.owner_unit)
                   for g in sorted(guides, key=lambda g: g.path) if g.owner_unit]
        spelling: dict[str, tuple[str, str]] = {}
        for file, keypath, unit in places:
            key = urls.slug(unit)
            if key not in spelling:
                spelling[key] = (unit, file)
            elif spelling[key][0] != unit:
                first, where = spelling[key]
                self.problem(file, keypath, "field-value",
                             f"Enheten «{unit}» er skrevet «{first}» i {where}. Skriv navnet "
                             "likt overalt, ellers deles enhetens lister i to.")

    def addresses(self, items: Iterable[Document | Role]) -> None:
        """Every page gets its own address: a file may not take one the site already uses."""
        taken = dict.fromkeys(urls.FIXED, "en side Praksisbanken lager selv")
        for item in sorted(items, key=lambda i: i.path):
            uri = urls.document(item)
            if uri in taken:
                self.problem(item.path, (), "file-location",
                             f"Filen får adressen /{urls.url_of(uri)}, som allerede er "
                             f"{taken[uri]}. Gi filen et annet navn.")
            else:
                taken[uri] = f"adressen til {item.path}"

    def references(self, items: Iterable[Document], kind: str) -> None:
        by_id = {item.id: item for item in items}
        for item in by_id.values():
            target_id = item.superseded_by
            if target_id is None:
                continue
            target = by_id.get(target_id)
            if target_id == item.id:
                message = "«superseded_by» peker på dokumentet selv."
            elif target is None:
                message = f"«superseded_by» peker på «{target_id}», men det finnes ikke noe " \
                    f"{kind} med den id-en."
            elif target.status is Status.WITHDRAWN:
                message = f"«superseded_by» peker på «{target_id}», som er fjernet (withdrawn). " \
                    "Pek på et gjeldende dokument."
            else:
                seen = {item.id}
                step: Document | None = target
                while step is not None and step.superseded_by and step.id not in seen:
                    seen.add(step.id)
                    step = by_id.get(step.superseded_by)
                if step is None or step.id != item.id:
                    continue  # no ring, or a ring further on that its own members report
                message = f"«superseded_by» danner en ring: {item.id} → {target_id} → … → " \
                    f"{item.id}. Det nyeste dokumentet skal ikke ha «superseded_by»."
            code: ProblemCode = "reference-unknown" if target is None and target_id != item.id \
                else "reference-invalid"
            self.problem(item.path, ("superseded_by",), code, message)


def load(layout: Layout, today: date) -> LoadResult:
    """Load and check all content. Problems are sorted; items are sorted by path."""
    loader = _Loader(layout, today)
    decisions = loader.decisions()
    notes, arrivals = loader.notes()
    guides = loader.guides()
    roles, sources, training = loader.roles()
    decisions, notes, guides = loader.cross_check(decisions, notes, guides)
    loader.check_roles(roles, sources, training)
    loader.units(notes, guides)
    loader.addresses([*decisions, *notes, *guides, *roles])
    bad = {p.file for p in loader.problems if p.severity is Severity.ERROR}
    content = Content(
        decisions=tuple(sorted((d for d in decisions if d.path not in bad), key=lambda d: d.path)),
        notes=tuple(sorted((n for n in notes if n.path not in bad), key=lambda n: n.path)),
        guides=tuple(sorted((g for g in guides if g.path not in bad), key=lambda g: g.path)),
        arrivals=tuple(sorted(arrivals, key=lambda a: (-a.arrivals, a.country))),
        roles=tuple(sorted((r for r in roles if r.path not in bad), key=lambda r: r.title)),
        sources=tuple(sources),
        training=tuple(training),
        files=tuple(sorted(loader.files)),
    )
    return LoadResult(content=content, problems=tuple(sorted(set(loader.problems))))
