"""A strict YAML reader that keeps the line and column of every key and value.

Front matter is written by hand by people who are not programmers, so YAML 1.1's surprises are
turned off: only ``true``/``false`` are booleans (``NO``, ``yes`` and ``off`` stay text; Norway's
code is ``NO``), a number with a leading 0 stays text (``0047 22…``, an identity number keeps
its first digit, so the personal-data gate sees it whole), dates stay text until the schema
checks them (a date that does not exist is a message, not a crash), duplicate keys are errors
naming both lines, and anchors, aliases and custom tags are refused.

Hostile or broken input gives problems, never an exception: control characters are refused before
YAML sees them, values are built from the parser's events without recursion, with a limit on how
deep collections may nest, integers have a length limit, and anything unexpected becomes a problem
at the last position read. libyaml parses the events when PyYAML was built with it (about six
times faster); PyYAML's own parser is used otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import yaml
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.parser import Parser
from yaml.reader import Reader, ReaderError
from yaml.scanner import Scanner

from .problems import Problem, ProblemCode

KeyPath = tuple[str | int, ...]

MAX_DEPTH = 20
"""How many lists and field groups may nest inside each other. Front matter uses three or four."""
MAX_VALUES = 100_000
"""How many values (field names, values, lists) one text may hold. Bounds the time to read a text:
the largest real data file holds a few thousand."""
_VALUES_SHOWN = f"{MAX_VALUES:_}".replace("_", " ")
MAX_INT_DIGITS = 18
"""Longer unquoted numbers are refused: no field holds such a number, and Python limits them."""

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"

# YAML 1.2 core scalars, without floats and timestamps: everything else is text.
_IMPLICIT = (
    (_BOOL, re.compile(r"(?:true|True|TRUE|false|False|FALSE)")),
    # A leading 0 makes a number text: ``0047 ...``, ``01020312345`` keep every digit.
    (_INT, re.compile(r"[-+]?(?:0|[1-9][0-9]*)")),
    (_NULL, re.compile(r"(?:~|null|Null|NULL|)")),
)
_IMPLICIT_FIRST = frozenset("tTfF-+0123456789~nN")
"""The first characters of the values above: any other value is text."""


@dataclass(frozen=True, slots=True)
class Pos:
    line: int
    column: int


@dataclass(slots=True)
class Parsed:
    """A YAML value, with where each value (and each mapping key) starts in the file."""

    value: Any
    positions: dict[KeyPath, Pos] = field(default_factory=dict)
    key_positions: dict[KeyPath, Pos] = field(default_factory=dict)

    def pos(self, path: KeyPath) -> Pos:
        """The position of a value, or of the nearest enclosing value that has one."""
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, Pos(1, 1))

    def key_pos(self, path: KeyPath) -> Pos:
        return self.key_positions.get(path) or self.pos(path)


# --- characters ------------------------------------------------------------------------------

_REFUSED_CHARS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
    "\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]"
)
"""Control characters (C0 but tab and line ends, DEL, C1), lone surrogates, line and paragraph
separators (YAML counts them as line ends, so every later line number would be wrong), text
direction overrides (they make text show differently from what it holds), a byte-order mark after
the start of the file and the two non-characters. A carriage return is allowed: it ends a line."""
_MAX_CHAR_PROBLEMS = 10

_CHAR_NAMES = {
    0x00: "nulltegnet NUL",
    0x09: "tabulator",
    0x1B: "escape-tegnet ESC",
    0x7F: "slettetegnet DEL",
    0x85: "linjeskiftet NEL",
    0x2028: "linjeskilletegnet LS",
    0x2029: "avsnittsskilletegnet PS",
    0xFEFF: "et BOM-tegn midt i filen",
}


def _char_name(code: int) -> str:
    if code in _CHAR_NAMES:
        return _CHAR_NAMES[code]
    if 0xD800 <= code <= 0xDFFF:
        return "et ugyldig tegn (halvt surrogatpar)"
    if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        return "et tegn som snur tekstretningen"
    if code in (0xFFFE, 0xFFFF):
        return "et ugyldig tegn"
    return "et kontrolltegn"


def control_character_problems(text: str, *, file: str, first_line: int = 1) -> list[Problem]:
    """A problem for each refused invisible character in ``text`` (the first ten, then a count).

    ``first_line`` is the file line where ``text`` starts. Linear in the length of the text.
    """
    problems: list[Problem] = []
    matches = _REFUSED_CHARS.finditer(text)
    line, line_start, counted = first_line, 0, 0
    for match in matches:
        start = match.start()
        line += text.count("\n", counted, start)
        counted = start
        line_start = text.rfind("\n", 0, start) + 1
        column = start - line_start + 1
        if len(problems) == _MAX_CHAR_PROBLEMS:
            rest = 1 + sum(1 for _ in matches)
            problems.append(
                Problem(
                    file=file,
                    line=line,
                    column=column,
                    code="file-encoding",
                    message=f"Filen har {rest} flere usynlige kontrolltegn fra linje {line}, "
                    f"kolonne {column} og videre. Slett dem på samme måte som de første.",
                )
            )
            break
        code = ord(match.group())
        problems.append(
            Problem(
                file=file,
                line=line,
                column=column,
                code="file-encoding",
                message=f"Filen har {_char_name(code)} (U+{code:04X}) på linje {line}, kolonne "
                f"{column}. Slett tegnet: det er som regel et usynlig tegn som er limt inn fra et "
                "annet program (Word, PDF, e-post eller en nettside). Slå på visning av skjulte "
                "tegn i redigeringsprogrammet, eller skriv teksten rundt tegnet på nytt.",
            )
        )
    return problems


# --- events ----------------------------------------------------------------------------------


class _Events(Protocol):
    def get_event(self) -> Event | None: ...
    def dispose(self) -> None: ...


class _PyEvents(Reader, Scanner, Parser):
    """PyYAML's own scanner and parser: no recursion, but slower than libyaml."""

    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)


try:
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _CParser = None  # type: ignore[assignment,misc]

_USE_LIBYAML = _CParser is not None
"""Tests set this to False to check PyYAML's own parser gives the same results."""


def _events(text: str) -> _Events:
    if _USE_LIBYAML and _CParser is not None:
        return _CParser(text)
    return _PyEvents(text)


class _RefusedError(Exception):
    def __init__(self, pos: Pos, code: ProblemCode, message: str) -> None:
        super().__init__(message)
        self.pos = pos
        self.code = code
        self.message = message


# --- syntax messages -------------------------------------------------------------------------

_SYNTAX_HINTS = (
    # (words in PyYAML's or libyaml's message, the hint)
    (
        ("found character '\\t'", "tab character"),
        "Tabulator er ikke tillatt i YAML. Bruk mellomrom til innrykk.",
    ),
    (
        ("mapping values are not allowed",),
        "Et kolon med mellomrom etter står der YAML ikke venter "
        'det. Sett verdien i anførselstegn, for eksempel title: "Tekst: med kolon".',
    ),
    (
        ("could not find expected ':'",),
        "Et felt mangler kolon, eller en tekst i anførselstegn er ikke avsluttet.",
    ),
    (("found unexpected end of stream",), "En tekst i anførselstegn er ikke avsluttet."),
    (
        ("expected <block end>", "did not find expected key"),
        "Innrykket stemmer ikke. Felt på samme nivå må starte i samme kolonne.",
    ),
    (
        ("expected ',' or ']'",),
        "En liste i hakeparenteser [ ] er ikke avsluttet, eller det mangler "
        "komma mellom elementene.",
    ),
    (
        ("expected ',' or '}'",),
        "En gruppe felt i krøllparenteser { } er ikke avsluttet, eller det "
        "mangler komma mellom feltene.",
    ),
    (("found undefined tag handle",), "Egendefinerte YAML-tagger er ikke tillatt."),
    (
        ("incompatible YAML document", "found incompatible YAML"),
        "Bare YAML versjon 1.1 og 1.2 kan leses. Slett linjen som starter med %YAML.",
    ),
)


def _syntax_message(exc: yaml.MarkedYAMLError, text: str) -> str:
    problem = str(exc.problem or "")
    context = str(exc.context or "")
    mark = exc.problem_mark or exc.context_mark
    line_text = text.split("\n")[mark.line] if mark and mark.line < text.count("\n") + 1 else ""
    at_mark = line_text[mark.column : mark.column + 1] if mark else ""
    if at_mark == "\t":
        return "Ugyldig YAML. Tabulator er ikke tillatt i YAML. Bruk mellomrom til innrykk."
    if mark and "mapping values are not allowed" in problem and mark.column > 1024:
        before = line_text[: mark.column].lstrip()
        if ": " not in before and not before.startswith("- "):
            return (
                "Ugyldig YAML. Feltnavnet er for langt (over 1024 tegn). Bruk feltnavnene fra "
                "innholdsmodellen, og sett lange tekster som verdi etter kolonet."
            )
    if "document start" in problem and any(ln.startswith("%") for ln in text.split("\n")):
        return (
            "Ugyldig YAML. Linjer som starter med % (YAML-direktiver) er ikke tillatt her. "
            "Slett linjen."
        )
    for needles, hint in _SYNTAX_HINTS:
        if any(n in problem or n in context for n in needles):
            return f"Ugyldig YAML. {hint}"
    return (
        "Ugyldig YAML: kan ikke lese feltene her. Sjekk innrykk, kolon og anførselstegn "
        f"(teknisk: {_masked(problem or context)})."
    )


def _masked(text: str) -> str:
    """A run of six or more digits could be an identity number: never quote it."""
    return re.sub(r"[0-9]{6,}", lambda m: "•" * len(m.group()), text)


# --- composing -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Frame:
    """An open list or group of fields."""

    path: KeyPath
    keep: bool
    """False inside a refused key or a duplicate key's value: read, then thrown away."""
    is_key: bool
    """This collection stands where a field name should be."""
    items: list[Any] | None = None
    fields: dict[str, Any] | None = None
    first_seen: dict[str, int] = field(default_factory=dict)
    want_key: bool = True
    key: str = ""
    key_ok: bool = False

    def value(self) -> Any:
        return self.items if self.items is not None else self.fields


class _Composer:
    """Builds Python values from parser events, with an explicit stack instead of recursion."""

    def __init__(self, events: _Events, file: str, first_line: int, text: str = "") -> None:
        self.events = events
        self.text = text
        self.lines = text.split("\n") if "#" in text else None
        """The text's lines, where a comment could cut a value short."""
        self.file = file
        self.first_line = first_line
        self.parsed = Parsed(value=None)
        self.problems: list[Problem] = []
        self.start = Pos(first_line, 1)
        self.last_event: Event | None = None
        self.values = 0

    def add(self, pos: Pos, code: ProblemCode, message: str) -> None:
        self.problems.append(
            Problem(file=self.file, line=pos.line, column=pos.column, code=code, message=message)
        )

    def at(self, event: Event) -> Pos:
        mark = event.start_mark
        return Pos(mark.line + self.first_line, mark.column + 1) if mark else self.last

    @property
    def last(self) -> Pos:
        """Where the last event started: the place to report an unexpected failure."""
        return self.at(self.last_event) if self.last_event is not None else self.start

    def next(self) -> Event:
        event = self.events.get_event()
        if event is None:  # pragma: no cover - the parser ends with StreamEndEvent
            raise _RefusedError(self.last, "yaml-syntax", "Ugyldig YAML: teksten slutter brått.")
        if event.start_mark is not None:
            self.last_event = event
        return event

    def document(self) -> Any:
        event = self.next()
        assert isinstance(event, StreamStartEvent)
        event = self.next()
        if isinstance(event, StreamEndEvent):
            return None
        assert isinstance(event, DocumentStartEvent)
        value = self.node()
        assert isinstance(self.next(), DocumentEndEvent)
        event = self.next()
        if not isinstance(event, StreamEndEvent):
            raise _RefusedError(
                self.at(event),
                "yaml-syntax",
                "Ugyldig YAML. Front matter og YAML-filer kan bare inneholde ett YAML-dokument. "
                "Slett linjen med «---» eller «...» inne i feltene.",
            )
        return value

    def node(self) -> Any:
        """Read one value (with everything inside it) from the events."""
        stack: list[_Frame] = []
        while True:
            event = self.next()
            if isinstance(event, (SequenceEndEvent, MappingEndEvent)):
                frame = stack.pop()
                was_key, value = frame.is_key, frame.value()
            else:
                assert isinstance(event, NodeEvent)
                self.values += 1
                if self.values > MAX_VALUES:
                    raise _RefusedError(
                        self.at(event),
                        "yaml-syntax",
                        f"Her er det mer enn {_VALUES_SHOWN} felt, verdier og listeelementer. "
                        "Så mye hører ikke hjemme i front matter eller en YAML-fil: flytt det "
                        "til teksten, eller del det opp i flere filer.",
                    )
                if isinstance(event, AliasEvent) or event.anchor:
                    raise _RefusedError(
                        self.at(event),
                        "yaml-alias",
                        "YAML-ankere og -aliaser (& og *) er ikke tillatt. Skriv verdien ut på "
                        "hvert sted den trengs.",
                    )
                top = stack[-1] if stack else None
                is_key = top is not None and top.fields is not None and top.want_key
                path: KeyPath
                if top is None:
                    path, keep = (), True
                elif top.items is not None:
                    path, keep = (*top.path, len(top.items)), top.keep
                elif is_key:
                    path, keep = top.path, top.keep
                else:
                    path, keep = (*top.path, top.key), top.keep and top.key_ok
                if isinstance(event, ScalarEvent):
                    if is_key:
                        assert top is not None
                        self.key(top, event)
                        continue
                    was_key, value = False, self.scalar(event)
                else:
                    assert isinstance(event, CollectionStartEvent)
                    self.collection(stack, event, path, keep=keep and not is_key, is_key=is_key)
                    continue
                if keep:
                    self.parsed.positions[path] = self.at(event)
            if not stack:
                return value
            top = stack[-1]
            if top.items is not None:
                if top.keep:
                    top.items.append(value)
            elif was_key:  # a list or group of fields where a field name should be
                top.want_key, top.key_ok = False, False
            else:
                assert top.fields is not None
                if top.keep and top.key_ok:
                    top.fields[top.key] = value
                top.want_key = True

    def collection(
        self,
        stack: list[_Frame],
        event: CollectionStartEvent,
        path: KeyPath,
        *,
        keep: bool,
        is_key: bool,
    ) -> None:
        pos = self.at(event)
        if len(stack) >= MAX_DEPTH:
            raise _RefusedError(
                pos,
                "yaml-syntax",
                f"Lister og felt er nøstet for dypt her: mer enn {MAX_DEPTH} nivåer inni "
                "hverandre. Front matter trenger bare noen få nivåer. Sjekk innrykket og at "
                "hver [ og { blir avsluttet med ] og }.",
            )
        if is_key:
            self.add(
                pos,
                "yaml-syntax",
                "Et feltnavn må være et enkelt ord, ikke en liste eller et nytt sett med felt.",
            )
        expected = _SEQ if isinstance(event, SequenceStartEvent) else _MAP
        if event.tag not in (None, "!", expected):
            self.refuse_tag(pos, event.tag)
        frame = _Frame(path=path, keep=keep, is_key=is_key)
        if isinstance(event, SequenceStartEvent):
            frame.items = []
        else:
            assert isinstance(event, MappingStartEvent)
            frame.fields = {}
        if keep:
            self.parsed.positions[path] = pos
        stack.append(frame)

    def key(self, frame: _Frame, event: ScalarEvent) -> None:
        pos = self.at(event)
        if event.tag not in (None, "!", _STR, self.resolve(event.value)):
            self.refuse_tag(pos, event.tag)
        key = str(event.value)
        frame.want_key, frame.key, frame.key_ok = False, key, False
        if key in frame.first_seen:
            self.add(
                pos,
                "yaml-duplicate-key",
                f"Feltet «{_masked(key)}» står to ganger: på linje {frame.first_seen[key]} og "
                f"linje {pos.line}. Slett det ene.",
            )
            return
        frame.first_seen[key] = pos.line
        frame.key_ok = True
        if frame.keep:
            self.parsed.key_positions[(*frame.path, key)] = pos

    @staticmethod
    def resolve(value: str) -> str:
        if value and value[0] not in _IMPLICIT_FIRST:  # most values: text
            return _STR
        for tag, pattern in _IMPLICIT:
            if pattern.fullmatch(value):
                return tag
        return _STR

    def scalar(self, event: ScalarEvent) -> Any:
        value = event.value
        if event.tag is None and event.implicit[0]:
            tag = self.resolve(value)
        elif event.tag in (None, "!"):
            tag = _STR
        else:
            tag = event.tag
            if tag not in (_STR, self.resolve(value)):
                self.refuse_tag(self.at(event), tag)
                return value
        if tag == _INT:
            digits = len(value.lstrip("+-"))
            if digits > MAX_INT_DIGITS:
                self.add(
                    self.at(event),
                    "yaml-syntax",
                    f"Tallet har {digits} sifre; et tall kan ha høyst {MAX_INT_DIGITS}. Er det "
                    'ment som tekst, så sett det i anførselstegn ("…").',
                )
                return value
            return int(value)
        if tag == _STR and not event.style:
            if self.lines is not None:
                self.comment_after(event)
            start, end = event.start_mark, event.end_mark
            if start is not None and end is not None and end.line > start.line:
                self.list_item_inside(event, start.line, end.line)
        if tag == _BOOL:
            return value.lower() == "true"
        if tag == _NULL:
            return None
        return value

    def comment_after(self, event: ScalarEvent) -> None:
        """A text without quotes ends where `` #`` starts a comment: what follows is lost (a
        title ``Konvertitt #2`` would read «Konvertitt»)."""
        assert self.lines is not None
        end = event.end_mark
        if end is None or end.line >= len(self.lines):
            return
        if self.lines[end.line][end.column :].lstrip(" \t").startswith("#"):
            self.add(
                self.at(event),
                "yaml-syntax",
                f"Teksten «{_masked(event.value)}» slutter ved « #»: resten av linjen regnes som "
                "en kommentar og blir borte. Sett hele verdien i anførselstegn, for eksempel "
                'title: "Konvertitt #2".',
            )

    def list_item_inside(self, event: ScalarEvent, first: int, last: int) -> None:
        """A text without quotes goes on over the next lines while they are indented more: a
        list item indented one space too far becomes part of the text above (``a - b``)."""
        if self.lines is None:
            self.lines = self.text.split("\n")
        for number in range(first + 1, min(last, len(self.lines) - 1) + 1):
            line = self.lines[number].strip()
            if line == "-" or line.startswith("- "):
                self.add(
                    Pos(number + self.first_line, len(self.lines[number]) - len(line) + 1),
                    "yaml-syntax",
                    f"Linjen ser ut som et nytt listeelement, men innrykket gjør den til en del "
                    f"av teksten over («{_masked(event.value)}»). Rett innrykket: «-» skal stå "
                    "like langt inn som i elementet over. Hører streken til teksten, sett hele "
                    'teksten i anførselstegn ("…").',
                )
                return

    def refuse_tag(self, pos: Pos, tag: str | None) -> None:
        self.add(
            pos,
            "yaml-tag",
            f"YAML-taggen «{_masked(str(tag))}» er ikke tillatt. Fjern taggen og skriv verdien som "
            "vanlig tekst, tall, liste eller felt.",
        )


def _index(text: str, line: int, column: int) -> int:
    """The offset of a line and column (both from 0) in ``text``, kept inside the text.

    libyaml reports the end of a text without a final line end one line past it.
    """
    start = 0
    for _ in range(line):
        found = text.find("\n", start)
        if found < 0:
            return len(text)
        start = found + 1
    end = text.find("\n", start)
    return min(start + column, len(text) if end < 0 else end)


def _position(text: str, index: int, first_line: int) -> Pos:
    index = max(0, min(index, len(text)))
    line = text.count("\n", 0, index)
    return Pos(first_line + line, index - (text.rfind("\n", 0, index) + 1) + 1)


def parse(text: str, *, file: str, first_line: int = 1) -> tuple[Parsed | None, list[Problem]]:
    """Parse one YAML document strictly. Never raises: whatever is wrong becomes a problem.

    ``first_line`` is the file line where ``text`` starts, so positions point into the file.
    Returns the parsed value (``None`` when it could not be read at all) and every problem found.
    """
    refused = control_character_problems(text, file=file, first_line=first_line)
    if refused:
        return None, refused
    composer: _Composer | None = None
    try:
        composer = _Composer(_events(text), file, first_line, text)
        composer.parsed.value = composer.document()
    except _RefusedError as exc:
        assert composer is not None
        composer.add(exc.pos, exc.code, exc.message)
        return None, composer.problems
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = _position(text, _index(text, mark.line, mark.column), first_line) if mark else None
        message = _syntax_message(exc, text)
        opened = exc.context_mark
        flow = "flow" in str(exc.context or "")
        if mark is not None and opened is not None and flow and opened.line != mark.line:
            start = _position(text, _index(text, opened.line, opened.column), first_line)
            message += f" Parentesen åpnes på linje {start.line}."
        return None, [*_problems(composer), _problem(file, pos or Pos(first_line, 1), message)]
    except ReaderError as exc:  # a character the reader refuses (see above)
        pos = _position(text, exc.position, first_line)
        message = (
            f"Filen har et tegn som YAML ikke kan lese (U+{exc.character:04X}) på linje "
            f"{pos.line}, kolonne {pos.column}. Slett tegnet."
            if isinstance(exc.character, int)
            else "Filen har et tegn som YAML ikke kan lese. Slett tegnet."
        )
        return None, [*_problems(composer), _problem(file, pos, message)]
    except Exception as exc:  # never let one file's oddity stop the others being checked
        pos = composer.last if composer else Pos(first_line, 1)
        message = (
            "Feltene kunne ikke leses her. Sjekk innrykk, kolon og anførselstegn rundt denne "
            "linjen, og meld fra til utviklerne om feilen står igjen "
            f"(teknisk: {type(exc).__name__})."
        )
        return None, [*_problems(composer), _problem(file, pos, message)]
    finally:
        if composer is not None:
            composer.events.dispose()
    return composer.parsed, composer.problems


def _problems(composer: _Composer | None) -> Iterator[Problem]:
    return iter(composer.problems if composer else ())


def _problem(file: str, pos: Pos, message: str) -> Problem:
    return Problem(file=file, line=pos.line, column=pos.column, code="yaml-syntax", message=message)
