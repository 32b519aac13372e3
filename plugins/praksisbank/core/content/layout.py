"""Where a project's content lives: the kinds it has and the folder of each."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from praksisbank.core.content.discovery import find
from praksisbank.core.content.documents import MAX_FILE_BYTES
from praksisbank.core.content.kinds import KINDS, Kind

_WRITTEN_ID = re.compile(r"""^id:[ \t]*["']?([^"'\s#]+)""", re.MULTILINE)
"""An ``id`` line of a front matter, read leniently (the file may fail the check)."""


def written_ids(layout: Layout) -> frozenset[str]:
    """Every id written in a Markdown file of any kind, also in files that fail the check (a
    new id must not collide with one that a file with an error will have once it is fixed).
    Only the front matter (before the second ``---``) is read, at most ``MAX_FILE_BYTES``."""
    ids: set[str] = set()
    for kind in layout.kinds:
        for path in find(layout.folder(kind)).files:
            if path.suffix != ".md":
                continue
            try:
                with path.open("rb") as handle:
                    text = handle.read(MAX_FILE_BYTES).decode("utf-8", errors="replace")
            except OSError:
                continue
            text = text.lstrip("\ufeff").replace("\r\n", "\n")
            if not text.startswith("---\n"):
                continue
            end = text.find("\n---", 4)
            ids.update(_WRITTEN_ID.findall(text[4 : len(text) if end < 0 else end]))
    return frozenset(ids)


@dataclass(frozen=True, kw_only=True, slots=True)
class Layout:
    """Where the content lives. ``root`` is the project folder that paths are shown relative to."""

    root: Path
    kinds: tuple[Kind, ...] = KINDS
    """The content kinds the project has: the site's (``KINDS``) unless a caller adds its own."""
    folders: Mapping[str, Path] = field(default_factory=dict)
    """Each kind's folder, by kind name; a kind not named here uses its default folder."""
    teams: Mapping[str, str] = field(default_factory=dict)
    """Each responsible unit's team on GitHub or GitLab, for CODEOWNERS; empty: none kept."""
    settings: Path | None = None
    """The site's ``mkdocs.yml``: the texts readers see in it pass the gate."""
    theme_dirs: tuple[Path, ...] = ()
    """The site's own theme files (``theme.custom_dir``, the plugin's ``templates``): every file
    in them passes the gate."""

    @classmethod
    def default(cls, root: Path) -> Layout:
        return cls(root=root)

    def folder(self, kind: Kind) -> Path:
        return self.folders.get(kind.name) or self.root / kind.folder

    def inner_folders(self, kind: Kind) -> list[Path]:
        """Other kinds' folders inside this kind's folder (``docs/roles`` in ``docs``)."""
        mine = self.folder(kind)
        return [
            f
            for k in self.kinds
            if k is not kind and (f := self.folder(k)) != mine and f.is_relative_to(mine)
        ]

    def show(self, path: Path) -> str:
        shown = relative(path, self.root)
        return path.as_posix() if shown is None else shown


def relative(path: Path, base: Path) -> str | None:
    """``path.relative_to(base)`` with forward slashes, or None when it is not inside ``base``.
    Compares the texts first: ``relative_to`` splits both paths again on every call, and it
    runs several times for every file."""
    text, prefix = str(path), str(base)
    if text == prefix:
        return "."
    if not prefix.endswith(os.sep):
        prefix += os.sep
    if text.startswith(prefix):
        return text[len(prefix) :].replace(os.sep, "/")
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return None
