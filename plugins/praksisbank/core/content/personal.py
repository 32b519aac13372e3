"""The personal-data gate over a content file's texts, with the project's reviewed exceptions
(``personvern-ok.yml`` and markers in a body): what is reported, with which hint, and what is let
through."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate
from pathlib import Path
from typing import Any

from praksisbank.core.base import nested
from praksisbank.core.base.beside import SIDE_BY_SIDE
from praksisbank.core.base.dates import norwegian_date
from praksisbank.core.base.problems import Severity
from praksisbank.core.content import allowlist
from praksisbank.core.content.allowlist import ALLOW_LIST
from praksisbank.core.content.documents import (
    RawDocument,
    position_in_body,
)
from praksisbank.core.content.report import Reporter
from praksisbank.core.content.yamlnodes import KeyPath, Parsed
from praksisbank.core.gate import caps, published, rendered, verdicts
from praksisbank.core.gate.anonymity import (
    ALLOW_MARKER,
    WHAT_IDENTITY,
    Examined,
    Finding,
    Marker,
    examine,
    find_markers,
    fingerprint,
    is_identity_number,
    mask_digits,
)
from praksisbank.core.gate.codespans import code_regions, inside
from praksisbank.core.gate.personaldata import WHAT_NAME
from praksisbank.core.gate.prefilter import has_digit
from praksisbank.core.gate.rendered import HEAD_WORDS, split_over_heads


def _strings(value: Any) -> Iterator[tuple[KeyPath, str]]:
    """Every text in a parsed YAML value, with its key path. A number is a text too: readers see
    ``arrivals: 24058712345`` as it is written (the reader keeps a leading 0 as text)."""
    for path, leaf in nested.leaves(value):
        if isinstance(leaf, str):
            yield path, leaf
        elif isinstance(leaf, int) and not isinstance(leaf, bool):
            yield path, str(leaf)


_APART = "\n\x00\n"


def _links_as_printed(found: list[tuple[KeyPath, str]]) -> dict[int, int]:
    """Each link's ``url`` (a mapping with a ``title`` beside it, an interview guide's
    ``links``) read as the print view and our PDFs show it, ``title (url)``: the cue in the
    title, the value in the address (attack round 12, F10). Returns, for each such text, how
    long the title put before it is: what is found there is found in the title itself."""
    texts = dict(found)
    lead: dict[int, int] = {}
    for i, (path, text) in enumerate(found):
        title = texts.get((*path[:-1], "title")) if path and path[-1] == "url" else None
        if title is not None:
            found[i] = (path, f"{title} ({text})")
            lead[i] = len(title) + 2
    return lead


def _in_lead(offset: int, starts: list[int], lead: dict[int, int]) -> bool:
    """Whether ``offset`` lies in the title put before a link's address (``_links_as_printed``)."""
    i = bisect_right(starts, offset) - 1
    return offset - starts[i] < lead.get(i, 0)


def verdict_store(root: Path) -> verdicts.Store | None:
    """The store of clean verdicts for the project at ``root`` (``verdicts.open_store``): a
    verdict holds while the reviewed exceptions (``personvern-ok.yml``) are byte for byte the
    same. ``None`` where none can be kept."""
    return verdicts.open_store(root, verdict_settings(root))


def verdict_settings(root: Path) -> list[bytes]:
    """What a clean verdict for the project at ``root`` holds under, beside the gate: the
    reviewed exceptions, byte for byte (``verdicts.settings_fingerprint`` of it is the store's
    ``settings``)."""
    try:
        exceptions = (root / ALLOW_LIST).read_bytes()
    except OSError:
        exceptions = b""
    return [ALLOW_LIST.encode(), exceptions]


_READ_RUN = re.compile(r"[0-9](?:[0-9 .\-]{0,30}[0-9])?")
"""A run of digits a reader reads as one number in a line as the page gate reads it."""


def _examine(text: str, known_names: Collection[str]) -> Examined:
    """``examine``, and the identity numbers a reader reads in a line where the page gate's
    reading (``rendered.readable``: single digits spaced out, ``0 3 0 4 …``, letters shaped like
    digits next to digits, ``O3O494123ll``) makes digits the source's reading does not (attack
    round 11, finding 10: ``check`` passed what ``check --render`` stopped). One reading for both
    gates; read line by line, so a finding keeps its line (its column is the read line's,
    clamped to the line). Only the identity numbers (never excepted, their check digits keep a
    chance match rare): the whole gate a second time would double the cost of a hostile text."""
    found = examine(text, known_names)
    if not has_digit(text):
        return found
    known = {f.fingerprint for f in found.findings}
    extra: list[Finding] = []
    start = 0
    for line in text.split("\n"):
        read = rendered.readable(line) if has_digit(line) else line
        if read != line:
            for run in _READ_RUN.finditer(read):
                digits = "".join(ch for ch in run.group() if ch.isdigit())
                if len(digits) == 10 and digits[0] != "0":
                    digits = "0" + digits  # its leading zero dropped (round 11)
                if not is_identity_number(digits):
                    continue
                spot = fingerprint(digits)
                if spot in known:
                    continue
                known.add(spot)
                at = start + min(run.start(), max(0, len(line) - 1))
                end = max(at + 1, start + min(run.end(), len(line)))
                masked = f"{mask_digits(digits)}, lest slik en leser leser det"
                extra.append(Finding(at, end, WHAT_IDENTITY, masked, spot))
        start += len(line) + 1
    if not extra:
        return found
    none = (None,) * len(extra)
    return Examined(
        found.findings + tuple(extra), found.markers, found.named_by + none, found.beside + none
    )


def examined(text: str, known_names: Collection[str] = ()) -> Examined:
    """``examine`` (with the page gate's reading, ``_examine``), spared for a text the store of
    clean verdicts holds (``verdicts.py``): one the gate found nothing in, before any exception,
    in this run or an earlier one. Its markers are still found (a marker that names nothing is
    reported)."""
    store = verdicts.active()
    if store is None:
        return _examine(text, known_names)
    digest = store.digest(verdicts.SOURCE, text, known_names)
    if store.clean(digest):
        return Examined((), tuple(find_markers(text)), (), ())
    found = _examine(text, known_names)
    if not found.findings:
        store.learn([digest])
    return found


def _capital(what: str) -> str:
    """«et fødselsnummer» as the start of a sentence: «Et fødselsnummer»."""
    return what[:1].upper() + what[1:]


_REMOVE = "Alt leserne ser, skal være anonymisert: fjern opplysningen."
_MARKER_FORM = f"<!-- {ALLOW_MARKER}: verdien, begrunnelsen -->"


def hint_for(finding: Finding, marker: Marker | None, where: str) -> str:
    """What to do about a finding: remove it, or how a reviewed value is let through there.
    `where` is "body" (a Markdown body outside code), "code" (a marker in code named it) or
    "fields" (front matter, data files, file names, files published as they are)."""
    if finding.capped:
        return (
            f"{_REMOVE} Etter {caps.CAP} funn av samme slag leser ikke sjekken resten av teksten "
            "for dem, og da gjelder ingen unntak: filen publiseres ikke før opplysningene er "
            "fjernet."
        )
    if not finding.exceptable:
        return f"{_REMOVE} {_capital(finding.what)} kan aldri unntas, heller ikke i {ALLOW_LIST}."
    if where == "code":
        return (
            f"{_REMOVE} Kommentaren «{ALLOW_MARKER}» står i kode og vises for leserne som "
            "tekst, så den gjelder ikke: et unntak skrives i vanlig tekst, utenfor `kode` og "
            "kodeblokker."
        )
    listed = (
        f"før opp verdien slik den står, med en begrunnelse, i {ALLOW_LIST} (se «Slik bidrar du»)"
    )
    if where == "fields":
        return f"{_REMOVE} Er det sikkert ikke en personopplysning, {listed}."
    if marker is not None:
        return (
            f"{_REMOVE} Kommentaren «{ALLOW_MARKER}» på linjen gjelder bare verdien den nevner: "
            f"skriv verdien slik den står i teksten, og en begrunnelse, {_MARKER_FORM}."
        )
    return (
        f"{_REMOVE} Er det sikkert ikke en personopplysning, skriv en kommentar på samme linje, "
        f"{_MARKER_FORM}, eller {listed}."
    )


_Judged = tuple[list[tuple[Finding, str]], list[tuple[Finding, str, str]], list[Marker]]
"""The findings to report with their hints, those let through with their reason and source,
and (in a body) the markers outside code that let nothing through."""

_SHOWN_MARKER = (
    f"Kommentaren «{ALLOW_MARKER}» vises for leserne som tekst her og gjelder ikke: et unntak "
    "i {where} skrives i {list}. Fjern kommentaren."
)


def _names_an_employee(path: KeyPath) -> bool:
    """A field that names employees, not applicants: a practice note's ``contacts[].name`` and
    an interview guide's ``quality_assured_by``. Personal names are allowed there (the other
    kinds of personal data are not)."""
    return (
        len(path) == 3 and path[0] == "contacts" and isinstance(path[1], int) and path[2] == "name"
    ) or path == ("quality_assured_by",)


def _contact_names(meta: Any) -> list[str]:
    """The employees a practice note names in ``contacts``: its body may name them too."""
    contacts = meta.get("contacts") if isinstance(meta, dict) else None
    if not isinstance(contacts, list):
        return []
    return [c["name"] for c in contacts if isinstance(c, dict) and isinstance(c.get("name"), str)]


SHOWN = 10
"""Findings of one class in one text reported one by one; the rest in one problem, «og N til av
samme slag» (a text with thousands is refused as surely with a few messages)."""


def _collapsed(report: list[tuple[Finding, str]]) -> list[tuple[Finding, str]]:
    """The first ``SHOWN`` findings of each class, then one that counts the rest of its class
    (the finding that stands for a capped class's unread rest is always reported)."""
    counts = Counter(finding.what for finding, _ in report if not finding.capped)
    if all(n <= SHOWN + 1 for n in counts.values()):
        return report
    kept: list[tuple[Finding, str]] = []
    seen: Counter[str] = Counter()
    for finding, hint in report:
        if finding.capped or counts[finding.what] <= SHOWN + 1:
            kept.append((finding, hint))
            continue
        seen[finding.what] += 1
        if seen[finding.what] <= SHOWN:
            kept.append((finding, hint))
        elif seen[finding.what] == SHOWN + 1:
            rest = counts[finding.what] - SHOWN - 1
            masked = f"{finding.masked}, og {rest} til av samme slag etter den"
            kept.append((dataclasses.replace(finding, masked=masked), hint))
    return kept


@dataclass(frozen=True, slots=True)
class Gate:
    """The personal-data gate with the project's reviewed exceptions."""

    allowed: Mapping[str, allowlist.Entry] = field(default_factory=dict)
    """The allow-list's entries by fingerprint."""
    used: set[str] = field(default_factory=set)
    """The entries some text needed: the others are stale."""
    excepted: list[allowlist.Excepted] = field(default_factory=list)
    """Every finding an exception let through, where it is."""
    shown_paths: dict[str, str] = field(default_factory=dict)
    """`shown_path`'s answers: a file with thousands of problems asks for its path as often."""

    def _judge(
        self,
        text: str,
        where: str,
        code: list[tuple[int, int]] | None = None,
        known_names: Collection[str] = (),
        *,
        file: str,
    ) -> _Judged:
        """The findings in `text` to report, each with its hint, and those an exception let
        through, each with the reason and the source (placed in the file by `_place`)."""
        found = examined(text, known_names)
        report: list[tuple[Finding, str]] = []
        kept: list[tuple[Finding, str, str]] = []
        working: set[Marker] = set()
        for finding, marker, beside in zip(
            found.findings, found.named_by, found.beside, strict=True
        ):
            in_code = marker is not None and code is not None and inside(code, marker.offset)
            own = marker is not None and marker.offset <= finding.offset < marker.end
            if marker is not None and not own:
                working.add(marker)  # it names a value here, let through or not
            if finding.exceptable and where == "body" and marker is not None and not in_code:
                if not own:
                    kept.append((finding, marker.reason, allowlist.MARKER))
                continue
            entry = self.allowed.get(finding.fingerprint)
            if finding.exceptable and entry is not None and entry.covers(file):
                self.used.add(finding.fingerprint)
                source = f"{ALLOW_LIST}, linje {entry.line}"
                kept.append((finding, entry.reason, source))
                continue
            hint = hint_for(finding, beside, "code" if in_code else where)
            if finding.exceptable and entry is not None:
                hint += (
                    f" Unntaket i {ALLOW_LIST} (linje {entry.line}) gjelder bare "
                    + ", ".join(f"«{f}»" for f in sorted(entry.files))
                    + ": er verdien vurdert for denne filen også, før den opp under «files»."
                )
            report.append((finding, hint))
        report = _collapsed(report)
        # past a capped class's last finding a marker may name a value that was not read
        unread = min((f.offset for f in found.findings if f.capped), default=len(text))
        idle = [
            m
            for m in found.markers
            if where == "body"
            and m not in working
            and not (code and inside(code, m.offset))
            and m.offset < unread
        ]
        return report, kept, idle

    def _place(
        self,
        shown: str,
        kept: list[tuple[Finding, str, str]],
        position: Callable[[int], tuple[int, int]],
    ) -> None:
        """The exceptions `_judge` let through, placed in file `shown`."""
        for finding, reason, source in kept:
            line, column = position(finding.offset)
            self.excepted.append(
                allowlist.Excepted(
                    shown,
                    line,
                    column,
                    finding.what,
                    finding.masked,
                    reason,
                    source,
                    key=finding.fingerprint,
                )
            )

    def findings(self, text: str, file: str, known_names: Collection[str] = ()) -> list[Finding]:
        """The findings in a text of `file` readers see where no marker can be hidden (the
        allow-list's entries for that file apply). The exceptions used are not placed: a caller
        that shows where uses the methods below."""
        judged = self._judge(text, "fields", None, known_names, file=file)
        return [finding for finding, _ in judged[0]]

    def name(self, report: Reporter, shown: str) -> None:
        found, kept, _ = self._judge(shown, "fields", file=shown)
        for finding, _ in found:
            report.add(
                shown,
                1,
                1,
                "personal-data",
                f"Fil- eller mappenavnet ser ut til å inneholde {finding.what} "
                f"({finding.masked}). Gi filen et navn uten personopplysninger"
                + ("." if finding.exceptable else f": {finding.what} kan aldri unntas."),
            )
        self._place(shown, kept, lambda _: (1, 1))

    def fields(self, report: Reporter, shown: str, parsed: Parsed) -> None:
        """Every text of a file's fields, read in one scan: the texts joined by a separator no
        finding can span (a NUL between two line ends; the reader refuses NUL in a file)."""
        found = list(_strings(parsed.value))
        lead = _links_as_printed(found)
        starts = list(accumulate((len(text) + len(_APART) for _, text in found), initial=0))
        joined = _APART.join(text for _, text in found)

        def where(offset: int) -> tuple[KeyPath, str]:
            path = found[bisect_right(starts, offset) - 1][0]
            return path, next((p for p in reversed(path) if isinstance(p, str)), "")

        def position(offset: int) -> tuple[int, int]:
            pos = parsed.pos(where(offset)[0])
            return pos.line, pos.column

        self._report(
            report,
            shown,
            joined,
            position,
            lambda f: (
                f"Feltet «{where(f.offset)[1]}» ser ut til å inneholde {f.what} ({f.masked})."
            ),
            lambda m: (
                f"Feltet «{where(m.offset)[1]}»: "
                + _SHOWN_MARKER.format(where="front matter og YAML-filer", list=ALLOW_LIST)
            ),
            skip=lambda f: (
                (f.what == WHAT_NAME and _names_an_employee(where(f.offset)[0]))
                or _in_lead(f.offset, starts, lead)
            ),
        )

    def together(
        self, report: Reporter, shown: str, texts: Sequence[str], at: tuple[int, int], name: str
    ) -> None:
        """Texts a reader sees side by side (the words of a list published as one group), read
        joined: a value that no text holds alone is reported at ``at``, the list's place."""
        alone = {f.masked for text in texts for f, _ in self._judge(text, "fields", file=shown)[0]}
        for finding, hint in self._judge(" ".join(texts), "fields", file=shown)[0]:
            if finding.masked not in alone:
                report.add(
                    shown,
                    *at,
                    "personal-data",
                    f"Ordene i «{name}» vises sammen og ser ut til å inneholde {finding.what} "
                    f"({finding.masked}) når de leses etter hverandre. {hint}",
                )

    def text(self, report: Reporter, shown: str, text: str) -> frozenset[str]:
        """A whole file published as it is (a text file under ``docs/``); the values found,
        masked, so that a second reading of the same file can leave them out."""

        def position(offset: int) -> tuple[int, int]:
            line = text.count("\n", 0, offset) + 1
            return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

        return self._report(
            report,
            shown,
            text,
            position,
            lambda f: f"Filen ser ut til å inneholde {f.what} ({f.masked}).",
            lambda m: _SHOWN_MARKER.format(
                where="en fil som publiseres som den er", list=ALLOW_LIST
            ),
        )

    def _report(
        self,
        report: Reporter,
        shown: str,
        text: str,
        position: Callable[[int], tuple[int, int]],
        found: Callable[[Finding], str],
        marker: Callable[[Marker], str],
        skip: Callable[[Finding], bool] = lambda _: False,
    ) -> frozenset[str]:
        """What the gate finds in ``text`` (``found`` says what, and the hint follows), its
        exceptions placed, and every marker, which cannot clear anything here (``marker``).
        Returns the values found, masked."""
        judged, kept, _ = self._judge(text, "fields", file=shown)
        for finding, hint in judged:
            if not skip(finding):
                line, column = position(finding.offset)
                report.add(shown, line, column, "personal-data", f"{found(finding)} {hint}")
        self._place(shown, kept, position)
        for mark in find_markers(text):
            line, column = position(mark.offset)
            report.add(shown, line, column, "personal-data", marker(mark))
        return frozenset(finding.masked for finding, _ in judged)

    def pieces(
        self,
        report: Reporter,
        shown: str,
        pieces: tuple[published.Piece, ...],
        skip: frozenset[str] = frozenset(),
    ) -> None:
        """The texts read from a document or an image (``published.read``), each named by where
        in the file it was found; values already reported (``skip``, masked) left out."""
        for piece in pieces:
            for finding in self.findings(piece.text, shown):
                if finding.masked in skip:
                    continue
                report.add(
                    shown,
                    1,
                    1,
                    "personal-data",
                    f"Filen ser ut til å inneholde {finding.what} ({finding.masked}) i "
                    f"{piece.where}. {hint_for(finding, None, 'fields')}",
                )

    def shown_path(self, shown: str) -> str:
        """A path as messages show it: a number or address in a file or folder name masked,
        like the value in the message (the last two digits and the rest of the name left)."""
        if shown not in self.shown_paths:
            found = self._judge(shown, "fields", file=shown)[0]
            self.shown_paths[shown] = mask_digits(shown) if found else shown
        return self.shown_paths[shown]

    def heads(self, report: Reporter, doc: RawDocument) -> None:
        """An identity number split between a page's title or description and its body, read
        in the order the page shows them, as the build's page gate reads them
        (`rendered.split_over_heads`): reported at its digits in the body."""
        meta = doc.meta.value if isinstance(doc.meta.value, dict) else {}
        heads = [meta.get("title"), meta.get("description")]
        texts = [head if isinstance(head, str) else "" for head in heads]
        if not any(texts):
            return
        for index, finding in split_over_heads(texts, doc.body):
            pos = position_in_body(doc, finding.offset)
            report.add(
                doc.path,
                pos.line,
                pos.column,
                "personal-data",
                f"Teksten ser ut til å inneholde {finding.what} ({finding.masked}, delt mellom "
                f"{HEAD_WORDS[index]} og teksten). {hint_for(finding, None, 'body')}",
            )

    def beside(self, report: Reporter, doc: RawDocument) -> None:
        """Each date field and the text field a page prints right after it
        (``core/base/beside.py``), read as the sentence the page shows: the date as the site
        writes it, a space, the text (attack round 12, finding 1). A finding that begins in the
        date is one neither field holds alone: reported at the text field's line, naming both."""
        meta = doc.meta.value if isinstance(doc.meta.value, dict) else {}
        for pair in SIDE_BY_SIDE:
            entries: list[tuple[KeyPath, Any]] = [((), meta)]
            if pair.within:
                listed = meta.get(pair.within)
                if not isinstance(listed, list):
                    continue
                entries = [((pair.within, i), e) for i, e in enumerate(listed)]
            for path, entry in entries:
                if not isinstance(entry, dict):
                    continue
                first, text = entry.get(pair.date), entry.get(pair.text)
                day = _as_date(first)
                shown = norwegian_date(day) if day is not None else first
                if not isinstance(shown, str) or not isinstance(text, str) or not text.strip():
                    continue
                if day is None and not pair.any_text:
                    continue
                alone = {
                    f.fingerprint for part in (shown, text) for f in self.findings(part, doc.path)
                }
                for finding in self.findings(f"{shown} {text}", doc.path):
                    if finding.fingerprint in alone:
                        continue  # a field's own finding: reported with the fields
                    if day is not None and finding.offset >= len(shown):
                        continue  # it does not take the date in: the text's own reading
                    pos = doc.meta.pos((*path, pair.text))
                    date_line = doc.meta.pos((*path, pair.date)).line
                    report.add(
                        doc.path,
                        pos.line,
                        pos.column,
                        "personal-data",
                        f"Feltet «{pair.text}» står rett etter "
                        f"{'datoen i' if day is not None else 'feltet'} «{pair.date}» "
                        f"(linje {date_line}) i {pair.shown}, og leserne leser dem som én "
                        f"setning: da viser de {finding.what} ({finding.masked}). "
                        + (
                            "Skriv teksten uten å knytte datoen til en person."
                            if day is not None
                            else "Skriv feltene slik at de heller ikke sammen viser "
                            "personopplysninger."
                        ),
                    )

    def headings(self, report: Reporter, doc: RawDocument) -> None:
        """A body's headings as the page's table of contents shows them, each read with the
        next as one line (``rendered.headings_in_sequence``, as the build's page gate reads
        them: attack round 12): reported at the second heading's line, naming the first's."""
        if "#" not in doc.body:
            return
        found = [(m.start(), _heading_text(m.group(2))) for m in _ATX.finditer(doc.body)]
        found = [(at, text) for at, text in found if text]
        if len(found) < 2:
            return
        fences = code_regions(doc.body)
        found = [(at, text) for at, text in found if not inside(fences, at)]
        for index, seen in rendered.headings_in_sequence([text for _, text in found]):
            first = position_in_body(doc, found[index - 1][0]).line
            pos = position_in_body(doc, found[index][0])
            finding = seen.finding
            report.add(
                doc.path,
                pos.line,
                pos.column,
                "personal-data",
                f"Overskriften her og overskriften på linje {first} står etter hverandre i "
                "sidens innholdsliste og søkeindeksen, og leserne leser dem som én linje: da "
                f"viser de {finding.what} ({finding.masked}). "
                f"{hint_for(finding, None, 'fields')}",
            )

    def body(self, report: Reporter, doc: RawDocument) -> None:
        def position(offset: int) -> tuple[int, int]:
            pos = position_in_body(doc, offset)
            return pos.line, pos.column

        code = code_regions(doc.body) if ALLOW_MARKER in doc.body else None
        found, kept, idle = self._judge(
            doc.body, "body", code, _contact_names(doc.meta.value), file=doc.path
        )
        for finding, hint in found:
            line, column = position(finding.offset)
            report.add(
                doc.path,
                line,
                column,
                "personal-data",
                f"Teksten ser ut til å inneholde {finding.what} ({finding.masked}). {hint}",
            )
        self._place(doc.path, kept, position)
        for marker in idle:
            line, column = position(marker.offset)
            report.add(
                doc.path,
                line,
                column,
                "personal-data",
                f"Kommentaren «{ALLOW_MARKER}» gjelder ingen verdi på linjen: den skal nevne "
                "verdien slik den står i teksten og gi en begrunnelse, "
                f"{_MARKER_FORM}. Slett den om verdien er borte.",
                Severity.WARNING,
            )


def _as_date(value: object) -> date | None:
    """A front-matter date as the site reads it (a YAML date, or its ISO text)."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


_ATX = re.compile(r"(?m)^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*$")
"""A Markdown heading (``### Tazkira-nummer``)."""
_HEADING_TAIL = re.compile(r"(?:[ \t]+#+)?(?:[ \t]*\{[^{}]*\})?[ \t]*\Z")
"""A heading's closing hashes and its attribute list (``{#id}``), which the TOC does not show."""


def _heading_text(text: str) -> str:
    """A heading as the table of contents shows it (emphasis marks and backticks left out)."""
    return _HEADING_TAIL.sub("", text).replace("*", "").replace("`", "").strip()
