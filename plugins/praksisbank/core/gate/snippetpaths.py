"""Which files a page may take text from with ``pymdownx.snippets`` (issue 17, round 10).

A snippet (``--8<-- "file"`` in a page, or a path between two ``--8<--`` lines) puts a file's
text into the page, looked for under the extension's ``base_path``: the folder the build runs in
unless set, which holds the ``Makefile``, ``mkdocs.yml``, ``.git`` and the rest of the project.
Only the content folders hold page text: ``docs_dir`` and each kind's folder. So a snippet is
refused when its path is hidden (a part starts with «.»: as written, as found under its base,
or where a symbolic link leads) or when the file it finds lies outside every content folder and
every folder ``base_path`` names inside the project (``tekstbiter/``: a setting of
``mkdocs.yml``, refused there when hidden or outside the project), every symbolic link
followed. The project's folder itself (the default base, ``.``) is no such folder: it holds the
Makefile and ``mkdocs.yml``. The files ``auto_append`` names are settings too, allowed as
written.

One rule (``refusal``) for the build's and ``check --render``'s lookup
(``mkdocs_adapter/snippets.py``) and for the plain check, which reads the snippet lines of each
text itself (``targets``, ``problems``) and finds their files as the extension does (``find``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from praksisbank.core.base.problems import Problem
from praksisbank.core.gate.siteconfig import hidden_path

EXTENSION = "pymdownx.snippets"

HIDDEN = (
    "Tekstbiten «{path}» ligger i en skjult fil eller mappe (navnet begynner med punktum, som "
    "«.git»). Slike filer holder byggemaskinens innstillinger og nøkler og tas aldri inn i en "
    "side. Legg teksten i en vanlig fil i en innholdsmappe, og pek på den."
)
MISSING = (
    "Tekstbiten «{path}» finnes ikke (pymdownx.snippets har «check_paths: true», så byggingen "
    "stopper). Rett stien, eller fjern linjen."
)
OUTSIDE = (
    "Tekstbiten «{path}» ligger utenfor innholdsmappene og tekstbitmappene ({folders}). Bare "
    "tekst derfra kan tas inn i en side: ellers kunne en side publisere prosjektets andre "
    "filer, som Makefile og mkdocs.yml. Legg teksten i en av de mappene (eller i en mappe du "
    "skriver under «base_path» for pymdownx.snippets i mkdocs.yml), og pek på den."
)


@dataclass(frozen=True, slots=True)
class Sources:
    """Where snippets are looked for and may come from, as absolute paths."""

    root: str
    """The project's folder (that of ``mkdocs.yml``); empty when it is not known, and then no
    folder of ``base_path`` is a source."""
    bases: tuple[str, ...]
    """The extension's ``base_path``, each made absolute as the extension makes it."""
    folders: tuple[str, ...]
    """The content folders."""
    appended: frozenset[str] = frozenset()
    """The paths ``auto_append`` names, as written."""
    check_paths: bool = False
    """The extension's ``check_paths``: a snippet not found stops the build."""

    def allowed(self) -> tuple[str, ...]:
        """The folders a snippet may come from: the content folders, and each folder of
        ``base_path`` inside the project, but not the project's folder itself (the default
        ``.``, where the Makefile and ``mkdocs.yml`` lie), each every link followed."""
        root = os.path.realpath(self.root) if self.root else ""
        bases = [
            real
            for base in self.bases
            if root
            and Path(base).is_dir()
            and (real := os.path.realpath(base)) != root
            and _inside(real, root)
        ]
        return tuple(sorted({os.path.realpath(f) for f in self.folders} | set(bases)))

    def shown(self) -> str:
        """The allowed folders as the contributor writes them, for the message."""
        root = os.path.realpath(self.root) if self.root else ""
        names = [
            os.path.relpath(f, root) if root and _inside(f, root) else f for f in self.allowed()
        ]
        return ", ".join(f"«{Path(name).as_posix()}»" for name in names) or "ingen"


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # one relative, one absolute, or another drive
        return False


def _hidden_under(found: str, bases: Sequence[str]) -> bool:
    """Whether ``found`` is hidden under the base that holds it: as written, and as the file
    system leads (a link to ``.git``, in the base or out of it; a link out of the base to a file
    that is not hidden is judged by the folders it may come from, ``Sources.allowed``)."""
    for base in bases:
        folder = base if Path(base).is_dir() else str(Path(base).parent)
        if not _inside(found, folder):
            continue
        real, real_folder = os.path.realpath(found), os.path.realpath(folder)
        if hidden_path(os.path.relpath(found, folder)) or hidden_path(
            os.path.relpath(real, real_folder)
        ):
            return True
    return False


def refusal(written: str, found: str | None, sources: Sources) -> str | None:
    """Why the snippet ``written`` (found at ``found``, or not found) may not be taken into a
    page, in Norwegian, or ``None``."""
    if hidden_path(written) or (found is not None and _hidden_under(found, sources.bases)):
        return HIDDEN.format(path=written)
    if found is None or written in sources.appended:
        return None
    real = os.path.realpath(found)
    if any(_inside(real, folder) for folder in sources.allowed()):
        return None
    return OUTSIDE.format(path=written, folders=sources.shown())


# -- the plain check: the snippet lines of a text, read as the extension reads them ----------------

_MARKER = r"-+8<-+"
_INLINE = re.compile(
    rf"^[ \t]*(?P<escape>;*){_MARKER}[ \t]+(?P<path>\"(?:\\\"|[^\"\n\r])+?\"|'(?:\\'|[^'\n\r])+?')"
    r"[ \t]*\r?$"
)
_BLOCK = re.compile(rf"^[ \t]*(?P<escape>;*){_MARKER}[ \t]*\r?$")
_URL = re.compile(r"https?://", re.IGNORECASE)


def targets(text: str) -> Iterator[tuple[int, str]]:
    """Each snippet path in ``text`` with its line (from 1): the quoted path after a
    ``--8<--`` marker, and each path line between two markers alone on their lines. An escaped
    marker (``;--8<--``), a path commented out (``;path``) and an address are left out."""
    block = False
    for number, line in enumerate(text.split("\n"), start=1):
        inline = _INLINE.match(line)
        if inline is not None:
            if not inline.group("escape") and not block:
                yield from _target(number, inline.group("path")[1:-1].strip())
            continue
        marker = _BLOCK.match(line)
        if marker is not None:
            if not marker.group("escape"):
                block = not block
            continue
        if block:
            yield from _target(number, line.strip())


def _target(number: int, path: str) -> Iterator[tuple[int, str]]:
    if path and not path.startswith(";") and not _URL.match(path):
        yield number, path


_LINES = re.compile(r"(?::-?[0-9]*){1,2}(?:,(?=[-0-9:])-?[0-9]*(?::-?[0-9]*)?)*")
_SECTION = re.compile(r":[A-Za-z][-_0-9A-Za-z]*")
_LONGEST = 4096
"""A longer path names no file (Linux's PATH_MAX); it is not split (each colon costs a pass)."""


def file_part(written: str) -> str:
    """The file a snippet path names: the path before the first colon that starts line ranges
    to its end (``:3:5``, ``:3:5,9:``) or a section (``:intervju``), as the extension splits it."""
    if len(written) > _LONGEST:
        return written
    colon = written.find(":")
    while colon != -1:
        rest = written[colon:]
        if _LINES.fullmatch(rest) or _SECTION.fullmatch(rest):
            return written[:colon]
        colon = written.find(":", colon + 1)
    return written


def find(path: str, bases: Sequence[str]) -> str | None:
    """The file the extension takes for ``path``: in the first base that holds it, without
    leaving that base (``None``: none holds it)."""
    for base in bases:
        if Path(base).is_dir():  # the extension's own test: the path made absolute, lexically
            found = os.path.normpath(Path(base) / path)
            if _inside(found, base) and found != base and Path(found).exists():
                return found
        elif Path(base).exists():  # a base that is a file holds only itself
            found = str(Path(base).parent / path)
            if Path(found).exists() and Path(found).samefile(base):
                return found
    return None


_DEEPEST = 20
"""Snippets in snippets read this deep at most (the extension stops near Python's recursion
limit; a chain this long is no text anyone writes)."""


def problems(file: str, first_line: int, text: str, sources: Sources) -> Iterator[Problem]:
    """A problem at each snippet line of ``text`` (which starts at ``first_line`` of ``file``)
    that the build would refuse: its own file, or a snippet inside the file it takes (reported
    at this line, where the build's lookup fails too); with ``check_paths``, a file not found."""
    for number, written in targets(text):
        said = _refused(file_part(written), sources, set(), 0)
        if said is not None:
            yield Problem(
                file=file,
                line=first_line + number - 1,
                column=1,
                code="markdown-unrenderable",
                message=said,
            )


def _refused(path: str, sources: Sources, seen: set[str], depth: int) -> str | None:
    found = find(path, sources.bases)
    said = refusal(path, found, sources)
    if said is not None:
        return said
    if found is None:
        return MISSING.format(path=path) if sources.check_paths else None
    if found in seen or depth >= _DEEPEST:
        return None  # the extension skips a file already being read
    try:
        inner = Path(found).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None  # the extension fails on it too; --render says so
    for _number, written in targets(inner):
        said = _refused(file_part(written), sources, seen | {found}, depth + 1)
        if said is not None:
            return said
    return None
