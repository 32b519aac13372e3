"""A strict YAML reader that keeps the line and column of every key and value.

Front matter is written by hand by people who are not programmers, so YAML 1.1's surprises are
turned off: only ``true``/``false`` are booleans (``NO``, ``yes`` and ``off`` stay text; Norway's
code is ``NO``), a number with a leading 0 stays text (``0047 22…``, an identity number keeps
its first digit, so the personal-data gate sees it whole), dates stay text until the schema
checks them (a date that does not exist is a message, not a crash), duplicate keys are errors
naming both lines, and anchors, aliases and custom tags are refused.

libyaml parses the text and PyYAML's C extension composes the node tree, every node with its line
and column; the rules are checked by walking that tree, which also builds the values. Without
libyaml, PyYAML's own parser and composer do the same, more slowly.

Hostile or broken input gives problems, never an exception: control characters are refused before
YAML sees them; collections may nest at most ``MAX_DEPTH`` deep and a text may hold at most
``MAX_VALUES`` values (a long text is screened for both, as events, before a tree is built: the
composers are recursive); integers have a length limit; anything unexpected becomes a problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.composer import Composer, ComposerError
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentEndEvent,
    Event,
    MappingEndEvent,
    NodeEvent,
    SequenceEndEvent,
    StreamEndEvent,
)
from yaml.nodes import Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader, ReaderError
from yaml.scanner import Scanner

from praksisbank.core.base.problems import Problem, ProblemCode

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


def _resolve(value: str) -> str:
    """The tag of a plain scalar."""
    if value and value[0] not in _IMPLICIT_FIRST:  # most values: text
        return _STR
    for tag, pattern in _IMPLICIT:
        if pattern.fullmatch(value):
            return tag
    return _STR


@dataclass(frozen=True, slots=True)
class Pos:
    line: int
    column: int


Where = tuple[int, int]
"""A line and column in the file, both from 1 (cheaper to keep for every value than ``Pos``)."""


@dataclass(slots=True)
class Parsed:
    """A YAML value, with where each value (and each mapping key) starts in the file."""

    value: Any
    positions: dict[KeyPath, Where] = field(default_factory=dict)
    key_positions: dict[KeyPath, Where] = field(default_factory=dict)

    def pos(self, path: KeyPath) -> Pos:
        """The position of a value, or of the nearest enclosing value that has one."""
        while path not in self.positions and path:
            path = path[:-1]
        return Pos(*self.positions.get(path, (1, 1)))

    def key_pos(self, path: KeyPath) -> Pos:
        where = self.key_positions.get(path)
        return Pos(*where) if where else self.pos(path)


# --- characters ------------------------------------------------------------------------------

_REFUSED_CHARS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
    "\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\ufffe\uffff]"
)
"""Control characters (C0 but tab and line ends, DEL, C1), lone surrogates, line and paragraph
separators (YAML counts them as line ends, so every later line number would be wrong), text
direction overrides (they make text show differently from what it holds), a byte-order mark after
the start of the file, the interlinear annotation characters (a note hidden beside a word: the
gate cannot tell which reading a reader sees; attack round 9) and the two non-characters. A
carriage return is allowed: it ends a line."""
_MAX_CHAR_PROBLEMS = 10

_LATIN1_ALLOWED = bytes(b for b in range(256) if not _REFUSED_CHARS.match(chr(b)))
"""The characters up to U+00FF that ``_REFUSED_CHARS`` lets through, as Latin-1 bytes."""


def _surely_allowed(text: str) -> bool:
    """Whether ``text`` holds none of ``_REFUSED_CHARS`` by a quicker test that answers only
    for a text of characters up to U+00FF (most Norwegian text: æ, ø, å, « and »): its Latin-1
    bytes with every allowed byte deleted, in one pass, are empty. The pattern costs several
    times as much a character."""
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:  # a character past U+00FF: the pattern decides
        return False
    return not data.translate(None, _LATIN1_ALLOWED)


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
    if 0xFFF9 <= code <= 0xFFFB:
        return "et tegn for interlineær merknad"
    if code in (0xFFFE, 0xFFFF):
        return "et ugyldig tegn"
    return "et kontrolltegn"


def control_character_problems(text: str, *, file: str, first_line: int = 1) -> list[Problem]:
    """A problem for each refused invisible character in ``text`` (the first ten, then a count).

    ``first_line`` is the file line where ``text`` starts. Linear in the length of the text.
    """
    if _surely_allowed(text):
        return []
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


# --- libyaml's node tree ---------------------------------------------------------------------


class _Tags:
    """The types of scalars, handed to the composer: a plain scalar is typed by ``_IMPLICIT``,
    anything quoted is text, and an explicit tag is kept as written (the walk checks it). The
    composer also tells the resolver where it is, before and after each node: we need no paths,
    so those two calls go to built-ins that take the arguments and do nothing with them (a
    Python method would cost a frame per node)."""

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        if kind is not ScalarNode:
            return _SEQ if kind is SequenceNode else _MAP
        if not implicit[0] or (value and value[0] not in _IMPLICIT_FIRST):
            return _STR  # quoted, or plain and cannot be anything but text (most values)
        return _resolve(value)

    descend_resolver = staticmethod(slice)  # called as (parent, index)
    ascend_resolver = staticmethod(tuple)  # called as ()


class _PyNodes(Reader, Scanner, Parser, Composer, _Tags):
    """PyYAML's own parser and composer, slower than libyaml. Its composer is recursive in
    Python, so the limits ``_screen`` checks are checked here as each node is composed."""

    def __init__(self, text: str, first_line: int) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        self.first_line = first_line
        self.depth = self.values = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event: Event = self.peek_event()  # type: ignore[no-untyped-call]
        self.values += 1
        collection = isinstance(event, CollectionStartEvent)
        if (
            self.values > MAX_VALUES
            or getattr(event, "anchor", None) is not None
            or (collection and self.depth >= MAX_DEPTH)
        ):
            raise _refused(event, self.values, self.depth, self.first_line) or AssertionError
        if not collection:
            return super().compose_node(parent, index)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


try:
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _CParser = None  # type: ignore[assignment,misc]

_USE_LIBYAML = _CParser is not None
"""Tests set this to False to check PyYAML's own parser gives the same results."""

if _CParser is not None:

    class _CNodes(_CParser, _Tags):
        """libyaml's parser and PyYAML's C composer: the node tree is built in C."""


DIRECT_CHARS = 2_000
"""A text up to this long goes to libyaml's composer at once. The composer is recursive in C,
and each level of nesting needs at least one character of its own (a key and the collection it
starts may share one), so such a text nests at most 4,000 levels: about 1.5 MB of C stack
(measured: some 350 bytes a level; a thread's usual 8 MB held 20,000 and not 25,000). Longer
texts are screened first (``_screen``); front matter is rarely over 1,000 characters."""


def _nodes(text: str, first_line: int) -> Node | None:
    """The document's node tree (None when the text holds no document)."""
    if _USE_LIBYAML and _CParser is not None:
        if len(text) > DIRECT_CHARS or "&" in text:
            _screen(text, first_line)
        loader: Any = _CNodes(text)
    else:
        loader = _PyNodes(text, first_line)
    try:
        return loader.get_single_node()  # type: ignore[no-any-return]
    finally:
        loader.dispose()


class _RefusedError(Exception):
    def __init__(self, pos: Pos, code: ProblemCode, message: str) -> None:
        super().__init__(message)
        self.pos = pos
        self.code = code
        self.message = message


def _too_many(pos: Pos) -> _RefusedError:
    return _RefusedError(
        pos,
        "yaml-syntax",
        f"Her er det mer enn {_VALUES_SHOWN} felt, verdier og listeelementer. Så mye hører ikke "
        "hjemme i front matter eller en YAML-fil: flytt det til teksten, eller del det opp i "
        "flere filer.",
    )


def _alias(pos: Pos) -> _RefusedError:
    return _RefusedError(
        pos,
        "yaml-alias",
        "YAML-ankere og -aliaser (& og *) er ikke tillatt. Skriv verdien ut på hvert sted den "
        "trengs.",
    )


def _too_deep(pos: Pos) -> _RefusedError:
    return _RefusedError(
        pos,
        "yaml-syntax",
        f"Lister og felt er nøstet for dypt her: mer enn {MAX_DEPTH} nivåer inni hverandre. Front "
        "matter trenger bare noen få nivåer. Sjekk innrykket og at hver [ og { blir avsluttet "
        "med ] og }.",
    )


def _refused(event: Event, values: int, depth: int, first_line: int) -> _RefusedError | None:
    """The refusal of the ``values``-th value, opened ``depth`` collections deep: past
    ``MAX_VALUES``, an anchor or alias, or a collection nested past ``MAX_DEPTH``."""
    if not isinstance(event, NodeEvent):
        return None
    mark = event.start_mark
    pos = Pos(mark.line + first_line, mark.column + 1) if mark else Pos(first_line, 1)
    if values > MAX_VALUES:
        return _too_many(pos)
    if isinstance(event, AliasEvent) or event.anchor:
        return _alias(pos)
    if isinstance(event, CollectionStartEvent) and depth >= MAX_DEPTH:
        return _too_deep(pos)
    return None


def _screen(text: str, first_line: int) -> None:
    """Read the first document as libyaml's events, before the C composer builds a tree, and
    raise at the first refusal (``_refused``). For the texts it cannot take at once: long ones
    (see ``DIRECT_CHARS``), and those with an ``&`` (an anchor is not in the tree)."""
    events = _CParser(text)
    try:
        depth = values = 0
        while True:
            event = events.get_event()
            kind = type(event)
            if kind is MappingEndEvent or kind is SequenceEndEvent:
                depth -= 1
            elif kind is DocumentEndEvent or kind is StreamEndEvent:
                return
            elif isinstance(event, NodeEvent):
                values += 1
                refused = _refused(event, values, depth, first_line)
                if refused is not None:
                    raise refused
                depth += isinstance(event, CollectionStartEvent)
    finally:
        events.dispose()


_NOT_A_TAG_NAME = frozenset(" \t\n,[]{}")
"""What may follow ``!`` when it stands alone: the non-specific tag, which makes a value text."""


class _Walk:
    """Checks a node tree against the strict rules and builds the values with their positions.

    Recursive, but never deeper than ``MAX_DEPTH`` collections: deeper is refused on the way
    down. Problems are found in the order of the text."""

    def __init__(self, text: str, file: str, first_line: int) -> None:
        self.text = text
        self.lines = text.split("\n") if "#" in text else None
        """The text's lines, where a comment could cut a value short."""
        self.file = file
        self.first_line = first_line
        self.parsed = Parsed(value=None)
        self.positions = self.parsed.positions
        self.key_positions = self.parsed.key_positions
        self.problems: list[Problem] = []

    def add(self, pos: Pos, code: ProblemCode, message: str) -> None:
        self.problems.append(
            Problem(file=self.file, line=pos.line, column=pos.column, code=code, message=message)
        )

    def at(self, node: Node) -> Pos:
        mark = node.start_mark
        return Pos(mark.line + self.first_line, mark.column + 1)

    def value(self, node: Node, path: KeyPath, keep: bool, depth: int) -> Any:
        """One value, with everything inside it; its position kept when ``keep``."""
        if keep:
            mark = node.start_mark
            self.positions[path] = (mark.line + self.first_line, mark.column + 1)
        if type(node) is ScalarNode:
            return self.scalar(node)
        self.collection(node, depth)
        if type(node) is SequenceNode:
            return [
                self.value(item, (*path, i), keep, depth + 1) for i, item in enumerate(node.value)
            ]
        fields: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode:  # a list or fields where a field name should be
                self.add(
                    self.collection(key_node, depth + 1),
                    "yaml-syntax",
                    "Et feltnavn må være et enkelt ord, ikke en liste eller et nytt sett med felt.",
                )
                self.inside(key_node, depth + 1)
                self.value(value_node, path, False, depth + 1)
                continue
            key: str = key_node.value
            if key_node.tag != _STR and key_node.tag != _resolve(key):
                self.refuse_tag(self.at(key_node), key_node.tag)
            line = key_node.start_mark.line + self.first_line
            if key in first_seen:
                self.add(
                    self.at(key_node),
                    "yaml-duplicate-key",
                    f"Feltet «{_masked(key)}» står to ganger: på linje {first_seen[key]} og "
                    f"linje {line}. Slett det ene.",
                )
                self.value(value_node, path, False, depth + 1)
                continue
            first_seen[key] = line
            if keep:
                self.key_positions[(*path, key)] = (line, key_node.start_mark.column + 1)
            fields[key] = self.value(value_node, (*path, key), keep, depth + 1)
        return fields

    def inside(self, node: Node, depth: int) -> None:
        """What a collection that stands where a field name should be holds: checked, not
        kept."""
        if type(node) is SequenceNode:
            for item in node.value:
                self.value(item, (), False, depth + 1)
        else:
            for key_node, value_node in node.value:
                self.value(key_node, (), False, depth + 1)
                self.value(value_node, (), False, depth + 1)

    def collection(self, node: Node, depth: int) -> Pos:
        """Where a list or group of fields starts; refused when nested too deep."""
        pos = self.at(node)
        if depth >= MAX_DEPTH:
            raise _too_deep(pos)
        if node.tag != (_SEQ if type(node) is SequenceNode else _MAP):
            self.refuse_tag(pos, node.tag)
        return pos

    def scalar(self, node: ScalarNode) -> Any:
        value: str = node.value
        tag = node.tag
        if tag != _STR and self.non_specific(node):
            tag = _STR  # ``! 5``: PyYAML types it as a plain scalar; YAML makes it text
        if tag == _STR:
            if not node.style:
                if self.lines is not None:
                    self.comment_after(node)
                if node.end_mark.line > node.start_mark.line:
                    self.list_item_inside(node, node.start_mark.line, node.end_mark.line)
            return value
        if tag != _resolve(value):  # an explicit tag the value does not fit (``!!int tolv``)
            self.refuse_tag(self.at(node), tag)
            return value
        if tag == _INT:
            digits = len(value.lstrip("+-"))
            if digits > MAX_INT_DIGITS:
                self.add(
                    self.at(node),
                    "yaml-syntax",
                    f"Tallet har {digits} sifre; et tall kan ha høyst {MAX_INT_DIGITS}. Er det "
                    'ment som tekst, så sett det i anførselstegn ("…").',
                )
                return value
            return int(value)
        if tag == _BOOL:
            return value.lower() == "true"
        return None  # _NULL

    def non_specific(self, node: Node) -> bool:
        """Whether the node was written with the tag ``!`` alone (its properties start where it
        does; anchors never get this far)."""
        index = node.start_mark.index
        text = self.text
        if index >= len(text) or text[index] != "!":
            return False
        return index + 1 == len(text) or text[index + 1] in _NOT_A_TAG_NAME

    def comment_after(self, node: Node) -> None:
        """A text without quotes ends where `` #`` starts a comment: what follows is lost (a
        title ``Konvertitt #2`` would read «Konvertitt»)."""
        assert self.lines is not None
        end = node.end_mark
        if end.line >= len(self.lines):
            return
        if self.lines[end.line][end.column :].lstrip(" \t").startswith("#"):
            self.add(
                self.at(node),
                "yaml-syntax",
                f"Teksten «{_masked(node.value)}» slutter ved « #»: resten av linjen regnes som "
                "en kommentar og blir borte. Sett hele verdien i anførselstegn, for eksempel "
                'title: "Konvertitt #2".',
            )

    def list_item_inside(self, node: Node, first: int, last: int) -> None:
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
                    f"av teksten over («{_masked(node.value)}»). Rett innrykket: «-» skal stå "
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


def parse(
    text: str, *, file: str, first_line: int = 1, checked: bool = False
) -> tuple[Parsed | None, list[Problem]]:
    """Parse one YAML document strictly. Never raises: whatever is wrong becomes a problem.

    ``first_line`` is the file line where ``text`` starts, so positions point into the file.
    ``checked``: the caller has refused control characters in ``text`` already.
    Returns the parsed value (``None`` when it could not be read at all) and every problem found.
    """
    if not checked:
        refused = control_character_problems(text, file=file, first_line=first_line)
        if refused:
            return None, refused
    walk = _Walk(text, file, first_line)
    try:
        node = _nodes(text, first_line)
        walk.parsed.value = None if node is None else walk.value(node, (), True, 0)
    except _RefusedError as exc:
        walk.add(exc.pos, exc.code, exc.message)
        return None, walk.problems
    except ComposerError as exc:
        return None, _composer_problems(exc, text, walk)
    except yaml.MarkedYAMLError as exc:
        first = _refused_before_error(text, first_line)
        if first is not None:
            return None, [_problem(file, first.pos, first.message, first.code)]
        return None, [_problem(file, *_syntax_problem(exc, text, first_line))]
    except ReaderError as exc:  # a character the reader refuses (see above)
        pos = _position(text, exc.position, first_line)
        message = (
            f"Filen har et tegn som YAML ikke kan lese (U+{exc.character:04X}) på linje "
            f"{pos.line}, kolonne {pos.column}. Slett tegnet."
            if isinstance(exc.character, int)
            else "Filen har et tegn som YAML ikke kan lese. Slett tegnet."
        )
        return None, [_problem(file, pos, message)]
    except Exception as exc:  # never let one file's oddity stop the others being checked
        message = (
            "Feltene kunne ikke leses her. Sjekk innrykk, kolon og anførselstegn rundt denne "
            "linjen, og meld fra til utviklerne om feilen står igjen "
            f"(teknisk: {type(exc).__name__})."
        )
        return None, [*walk.problems, _problem(file, Pos(first_line, 1), message)]
    return walk.parsed, walk.problems


def _refused_before_error(text: str, first_line: int) -> _RefusedError | None:
    """A refusal the events reach before the syntax error (brackets nested too deep and never
    closed): what to report, as the events are read in order. Only for a text composed at once
    (the others were screened already)."""
    if not (_USE_LIBYAML and _CParser is not None and len(text) <= DIRECT_CHARS):
        return None
    try:
        _screen(text, first_line)
    except _RefusedError as refused:
        return refused
    except yaml.YAMLError:
        pass
    return None


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, first_line: int) -> tuple[Pos, str]:
    mark = exc.problem_mark or exc.context_mark
    pos = _position(text, _index(text, mark.line, mark.column), first_line) if mark else None
    message = _syntax_message(exc, text)
    opened = exc.context_mark
    flow = "flow" in str(exc.context or "")
    if mark is not None and opened is not None and flow and opened.line != mark.line:
        start = _position(text, _index(text, opened.line, opened.column), first_line)
        message += f" Parentesen åpnes på linje {start.line}."
    return pos or Pos(first_line, 1), message


def _composer_problems(exc: ComposerError, text: str, walk: _Walk) -> list[Problem]:
    """An alias that names no anchor, or a second document (the first is checked as well)."""
    mark = exc.problem_mark
    if mark is None:  # pragma: no cover - the composer always says where
        return [_problem(walk.file, *_syntax_problem(exc, text, walk.first_line))]
    pos = Pos(mark.line + walk.first_line, mark.column + 1)
    if str(exc.problem).startswith("found undefined alias"):
        return [_problem(walk.file, pos, _alias(pos).message, "yaml-alias")]
    if exc.problem != "but found another document":
        return [_problem(walk.file, *_syntax_problem(exc, text, walk.first_line))]
    problems = parse(text[: mark.index], file=walk.file, first_line=walk.first_line)[1]
    message = (
        "Ugyldig YAML. Front matter og YAML-filer kan bare inneholde ett YAML-dokument. Slett "
        "linjen med «---» eller «...» inne i feltene."
    )
    return [*problems, _problem(walk.file, pos, message)]


def _problem(file: str, pos: Pos, message: str, code: ProblemCode = "yaml-syntax") -> Problem:
    return Problem(file=file, line=pos.line, column=pos.column, code=code, message=message)
