"""Finding content files: every file below a folder, in a stable order, links refused.

A symbolic link could bring a file from outside the project into the site (or its text into an
error message), so a link is reported by its own name and never followed or read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, kw_only=True, slots=True)
class Found:
    files: tuple[Path, ...]
    """Regular files, sorted; hidden files and folders (``.git``, ``.DS_Store``) left out."""
    links: tuple[Path, ...]
    """Symbolic links (to files or folders), sorted: each is an error, none is followed."""


def find(folder: Path) -> Found:
    if folder.is_symlink():
        return Found(files=(), links=(folder,))
    if not folder.is_dir():
        return Found(files=(), links=())
    files: list[Path] = []
    links: list[Path] = []
    for parent, dirs, names in os.walk(folder, followlinks=False):
        base = Path(parent)
        for name in sorted(dirs):
            if (base / name).is_symlink():
                links.append(base / name)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (base / d).is_symlink())
        for name in names:
            path = base / name
            if path.is_symlink():
                links.append(path)
            elif not name.startswith(".") and path.is_file():
                files.append(path)
    return Found(files=tuple(sorted(files)), links=tuple(sorted(links)))
