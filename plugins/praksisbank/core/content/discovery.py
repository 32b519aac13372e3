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
    folders = [folder]
    while folders:  # os.scandir knows each entry's type without another system call
        base = folders.pop()
        with os.scandir(base) as entries:
            for entry in entries:
                if entry.is_symlink():
                    links.append(base / entry.name)
                elif entry.name.startswith("."):
                    continue
                elif entry.is_dir(follow_symlinks=False):
                    folders.append(base / entry.name)
                elif entry.is_file(follow_symlinks=False):
                    files.append(base / entry.name)
    return Found(files=tuple(sorted(files)), links=tuple(sorted(links)))
