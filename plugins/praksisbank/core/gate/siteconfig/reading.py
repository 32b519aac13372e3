"""Reading ``mkdocs.yml`` with the line of each setting (``read``), into ``Settings``: a plain
mapping shaped as in the file, a value set through a tag the check cannot see ``Unresolved``,
a Python tag recorded (``PythonTag``) and never run, an alias's repeats bounded.

Imports PyYAML only (no other module of ``siteconfig/``, nothing of the core)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

FILE = "mkdocs.yml"

Where = tuple[str | int, ...]
"""A setting's place: ``("theme", "font")``, ``("extra_javascript", 2)``, ``("plugins", "x")``."""


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A value set through a YAML tag (``!ENV``, ``!relative``): known only when MkDocs runs."""

    tag: str

    def __str__(self) -> str:
        return self.tag


@dataclass(frozen=True, slots=True)
class PythonName:
    """``!!python/name:module.function`` (the emoji generator), or the function MkDocs loaded."""

    dotted: str

    def __str__(self) -> str:
        return self.dotted


@dataclass(frozen=True, slots=True, order=True)
class PythonTag:
    """A Python tag as written in the file, and whether what it is given is plain: no
    arguments, or keyword arguments (``kwds``) that are all plain text, numbers or booleans."""

    where: Where
    tag: str
    plain: bool


@dataclass(frozen=True, slots=True)
class Settings:
    values: Mapping[str, Any]
    lines: Mapping[Where, int] = field(default_factory=dict)
    """The line each setting is written on; a setting not written (a default) has none."""
    file: str = FILE
    python: tuple[PythonTag, ...] = ()
    """Every Python tag in the file (``!!python/object/apply:…``, ``!!python/name:…``), nested
    ones included: MkDocs runs or looks them up when it reads the file."""
    duplicates: tuple[tuple[Where, int], ...] = ()
    """Each key written again in the same mapping, with the line of its first writing: YAML
    keeps the last (``lines`` gives the last), a reader of the file sees the first."""

    def line(self, where: Where) -> int:
        """The line of the setting, or of the nearest setting around it (1: the file)."""
        for end in range(len(where), 0, -1):
            if where[:end] in self.lines:
                return self.lines[where[:end]]
        return 1


# -- reading mkdocs.yml with its lines -----------------------------------------------------------

_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null")
)
_PYTHON = "tag:yaml.org,2002:python/"
_PYTHON_NAME = "tag:yaml.org,2002:python/name:"
_MAX_DEPTH = 40
NAMED_LISTS = ("plugins", "markdown_extensions")
"""Lists whose entries are known by name: a line is also kept under the entry's name."""


_LOADER = yaml.SafeLoader
"""PyYAML's own parser, the one MkDocs reads the file with: libyaml's might read a hostile file
otherwise than MkDocs, and a tag it does not see would run there."""
_MAX_NODES = 20_000
"""Values taken from the file at most: an alias repeats a whole part of it, and aliases of
aliases grow without bound (the rest is ``Unresolved``)."""


_KEPT: dict[tuple[str, str], Settings] = {}
"""The last few files ``read`` read, by their text: one ``praksisbank check`` reads the same
``mkdocs.yml`` about ten times (its folders, its plugin's options, its settings, the files it
publishes), and PyYAML's own parser takes about 2.5 ms for a small one."""
_KEEP = 8


def read(text: str, file: str = FILE) -> Settings:
    """The settings of an ``mkdocs.yml`` with their lines. Raises ``yaml.YAMLError``.

    The same text is parsed once (``_KEPT``): each call gets its own copy of the settings."""
    kept = _KEPT.get((text, file))
    if kept is None:
        kept = _parse(text, file)
        while len(_KEPT) >= _KEEP:
            del _KEPT[next(iter(_KEPT))]
        _KEPT[(text, file)] = kept
    return copy.deepcopy(kept)


def _parse(text: str, file: str) -> Settings:
    node = yaml.compose(text, Loader=_LOADER)
    reader = _Reader()
    values = reader.value(node, (), 0) if node is not None else {}
    if node is not None:
        reader.python_tags(node)
    return Settings(
        values if isinstance(values, dict) else {},
        reader.lines,
        file,
        tuple(reader.python),
        tuple(reader.duplicates),
    )


@dataclass(slots=True)
class _Reader:
    lines: dict[Where, int] = field(default_factory=dict)
    python: list[PythonTag] = field(default_factory=list)
    duplicates: list[tuple[Where, int]] = field(default_factory=list)
    nodes: int = 0
    scalars: yaml.SafeLoader = field(default_factory=lambda: yaml.SafeLoader(""))

    def value(self, node: yaml.Node, where: Where, depth: int) -> Any:
        if where:
            self.lines.setdefault(where, node.start_mark.line + 1)
        self.nodes += 1
        if depth > _MAX_DEPTH or self.nodes > _MAX_NODES:
            return Unresolved("(for stor)")
        if node.tag.startswith(_PYTHON_NAME):
            return PythonName(node.tag.removeprefix(_PYTHON_NAME))
        if isinstance(node, yaml.ScalarNode):
            if node.tag not in _PLAIN_TAGS:
                return Unresolved(node.tag)
            return self.scalars.construct_object(node)
        if isinstance(node, yaml.SequenceNode) and node.tag == "tag:yaml.org,2002:seq":
            return [self._item(item, where, index, depth) for index, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode) and node.tag == "tag:yaml.org,2002:map":
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else key_node.tag
                if key_node.tag in MACHINE_TAGS:  # a title in nav from the build machine
                    key = Unresolved(key_node.tag)
                at = (*where, key)
                if key in result:  # YAML keeps the last: so do the lines
                    self.duplicates.append((at, self.lines[at]))
                    for written in [w for w in self.lines if w[: len(at)] == at]:
                        del self.lines[written]
                self.lines.setdefault(at, key_node.start_mark.line + 1)
                result[key] = self.value(value_node, at, depth + 1)
            return result
        return Unresolved(node.tag)

    def python_tags(self, root: yaml.Node) -> None:
        """Every Python tag in the file, however deep (no limit: each tag runs), keys included;
        each node once (an alias repeats a node, not its tags)."""
        stack: list[tuple[yaml.Node, Where]] = [(root, ())]
        seen: set[int] = set()
        while stack:
            node, where = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            if node.tag.startswith(_PYTHON):
                self.lines.setdefault(where, node.start_mark.line + 1)
                self.python.append(PythonTag(where, node.tag, plain_arguments(node)))
            if isinstance(node, yaml.SequenceNode):
                stack += [(item, (*where, index)) for index, item in enumerate(node.value)]
            elif isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    name = key.value if isinstance(key, yaml.ScalarNode) else "(nøkkel)"
                    stack += [(key, (*where, name)), (value, (*where, name))]

    def _item(self, node: yaml.Node, where: Where, index: int, depth: int) -> Any:
        item = self.value(node, (*where, index), depth + 1)
        name = _entry_name(item)
        if where in _NAMED and name is not None:
            # An entry of plugins or markdown_extensions is also found by its name.
            at = (*where, index, name) if isinstance(item, dict) else (*where, index)
            for path, line in list(self.lines.items()):
                if path[: len(at)] == at:
                    self.lines.setdefault((*where, name, *path[len(at) :]), line)
            self.lines.setdefault((*where, name), node.start_mark.line + 1)
        return item


_NAMED = frozenset((name,) for name in NAMED_LISTS)


def _plain_scalar(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag in _PLAIN_TAGS


def plain_arguments(node: yaml.Node) -> bool:
    """Nothing given (``!!python/name:x``, ``[]``, ``{}``), or ``kwds:`` with plain values only."""
    if isinstance(node, yaml.ScalarNode):
        return bool(node.value == "")
    if isinstance(node, yaml.SequenceNode):
        return not node.value
    if not isinstance(node, yaml.MappingNode):
        return False
    for key, value in node.value:
        if not (_plain_scalar(key) and key.value == "kwds" and isinstance(value, yaml.MappingNode)):
            return False
        if value.tag != "tag:yaml.org,2002:map" or not all(
            _plain_scalar(k) and _plain_scalar(v) for k, v in value.value
        ):
            return False
    return True


def _entry_name(entry: Any) -> str | None:
    """``- tags`` and ``- praksisbank: {...}`` are both named entries."""
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict) and len(entry) == 1:
        return str(next(iter(entry)))
    return None


MACHINE_TAGS = frozenset({"!ENV", "!relative"})
"""MkDocs' tags whose value comes from the machine that builds (an environment variable, a
folder's path there): the check never sees it, and on a page it would be published unread."""
