"""A strict YAML reader that keeps the line and column of every key and value.

Front matter is written by hand by people who are not programmers, so YAML 1.1's surprises are
turned off: only ``true``/``false`` are booleans (``NO``, ``yes`` and ``off`` stay text; Norway's
code is ``NO``), dates stay text until the schema checks them (a date that does not exist is a
message, not a crash), duplicate keys are errors naming both lines, and anchors, aliases and custom
tags are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from .problems import Problem, ProblemCode

KeyPath = tuple[str | int, ...]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class _Resolver(BaseResolver):
    """YAML 1.2 core scalars, without floats and timestamps: everything else is text."""


_Resolver.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Resolver.add_implicit_resolver(_INT, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
_Resolver.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])


@dataclass(frozen=True, slots=True)
class Pos:
    line: int
    column: int


class _RefusedError(Exception):
    def __init__(self, pos: Pos, code: ProblemCode, message: str) -> None:
        super().__init__(message)
        self.pos = pos
        self.code = code
        self.message = message


class _StrictComposer(Reader, Scanner, Parser, Composer, _Resolver):
    def __init__(self, text: str, first_line: int) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        _Resolver.__init__(self)
        self._first_line = first_line

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, AliasEvent) or (isinstance(event, NodeEvent) and event.anchor):
            mark = event.start_mark
            raise _RefusedError(
                Pos(mark.line + self._first_line, mark.column + 1) if mark else Pos(1, 1),
                "yaml-alias",
                "YAML-ankere og -aliaser (& og *) er ikke tillatt. Skriv verdien ut på hvert sted "
                "den trengs.",
            )
        node: Node | None = super().compose_node(parent, index)
        assert node is not None
        return node


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


_SYNTAX_HINTS = (
    ("mapping values are not allowed", "Et kolon med mellomrom etter står der YAML ikke venter "
     "det. Sett verdien i anførselstegn, for eksempel title: \"Tekst: med kolon\"."),
    ("found character '\\t'", "Tabulator er ikke tillatt i YAML. Bruk mellomrom til innrykk."),
    ("could not find expected ':'", "Et felt mangler kolon, eller en tekst i anførselstegn er "
     "ikke avsluttet."),
    ("found unexpected end of stream", "En tekst i anførselstegn er ikke avsluttet."),
    ("expected <block end>", "Innrykket stemmer ikke. Felt på samme nivå må starte i samme "
     "kolonne."),
    ("but found another document", "Front matter kan bare inneholde ett YAML-dokument."),
    ("found undefined tag handle", "Egendefinerte YAML-tagger er ikke tillatt."),
)


def _syntax_message(exc: yaml.MarkedYAMLError) -> str:
    problem = str(exc.problem or exc.context or "")
    for needle, hint in _SYNTAX_HINTS:
        if needle in problem or needle in str(exc.context or ""):
            return f"Ugyldig YAML. {hint}"
    return (
        "Ugyldig YAML: kan ikke lese feltene her. Sjekk innrykk, kolon og anførselstegn "
        f"(teknisk: {problem})."
    )


def parse(text: str, *, file: str, first_line: int = 1) -> tuple[Parsed | None, list[Problem]]:
    """Parse one YAML document strictly.

    ``first_line`` is the file line where ``text`` starts, so positions point into the file.
    Returns the parsed value (``None`` when it could not be read at all) and every problem found.
    """
    problems: list[Problem] = []

    def add(pos: Pos, code: ProblemCode, message: str) -> None:
        problems.append(
            Problem(file=file, line=pos.line, column=pos.column, code=code, message=message)
        )

    composer = _StrictComposer(text, first_line)
    try:
        root = composer.get_single_node()
    except _RefusedError as exc:
        add(exc.pos, exc.code, exc.message)
        return None, problems
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = Pos(mark.line + first_line, mark.column + 1) if mark else Pos(first_line, 1)
        add(pos, "yaml-syntax", _syntax_message(exc))
        return None, problems
    except yaml.YAMLError as exc:  # pragma: no cover - reader errors on odd characters
        add(Pos(first_line, 1), "yaml-syntax", f"Ugyldig YAML (teknisk: {exc}).")
        return None, problems
    finally:
        composer.dispose()

    parsed = Parsed(value=None)
    if root is None:
        return parsed, problems

    def at(node: Node) -> Pos:
        return Pos(node.start_mark.line + first_line, node.start_mark.column + 1)

    def refuse_tag(node: Node) -> None:
        add(
            at(node),
            "yaml-tag",
            f"YAML-taggen «{node.tag}» er ikke tillatt. Fjern taggen og skriv verdien som "
            "vanlig tekst, tall, liste eller felt.",
        )

    def convert(node: Node, path: KeyPath) -> Any:
        parsed.positions[path] = at(node)
        if isinstance(node, ScalarNode):
            if node.tag == _STR:
                return node.value
            if node.tag == _INT:
                return int(node.value)
            if node.tag == _BOOL:
                return node.value.lower() == "true"
            if node.tag == _NULL:
                return None
            refuse_tag(node)
            return node.value
        if isinstance(node, SequenceNode):
            if node.tag != _SEQ:
                refuse_tag(node)
            return [convert(child, (*path, i)) for i, child in enumerate(node.value)]
        assert isinstance(node, MappingNode)
        if node.tag != _MAP:
            refuse_tag(node)
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                add(at(key_node), "yaml-syntax", "Et feltnavn må være et enkelt ord, ikke en "
                    "liste eller et nytt sett med felt.")
                continue
            key = str(key_node.value)
            if key in first_seen:
                add(
                    at(key_node),
                    "yaml-duplicate-key",
                    f"Feltet «{key}» står to ganger: på linje {first_seen[key]} og linje "
                    f"{at(key_node).line}. Slett det ene.",
                )
                continue
            first_seen[key] = at(key_node).line
            parsed.key_positions[(*path, key)] = at(key_node)
            result[key] = convert(value_node, (*path, key))
        return result

    parsed.value = convert(root, ())
    return parsed, problems
