"""CODEOWNERS from the responsible units: a pull request that touches a country's content asks the
unit responsible for it to review.

The mapping from unit to team (``teams`` in the plugin's settings) says who each unit is on GitHub
or GitLab. Two keys are roles, not units: ``*`` owns everything no unit owns, and ``personvern``
(``PRIVACY_TEAM``) owns ``personvern-ok.yml``, the reviewed exceptions to the personal-data gate,
so no exception is added without the privacy role's review; ``utvikling``
(``scripts.DEVELOPER_TEAM``) owns ``skript-ok.yml``, the scripts a reader's browser may run.
The developers also own ``mkdocs.yml``, every file it inherits (``INHERIT``) and the site's own
theme folders: what they hold runs at build time or in every page. ``render`` makes the file;
``check`` reports a unit without a team, a missing privacy team (a warning) and a committed file
that no longer matches the content.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath

import yaml

from praksisbank.core.base.model import Content, Document
from praksisbank.core.base.problems import Severity
from praksisbank.core.content.allowlist import ALLOW_LIST
from praksisbank.core.content.report import Reporter
from praksisbank.core.content.scripts import DEVELOPER_TEAM, REVIEWED
from praksisbank.core.gate import siteconfig

FILE = "CODEOWNERS"
HEADER = (
    "# Laget av «praksisbank codeowners» fra enhetene som er ansvarlige for innholdet.\n"
    "# Ikke rediger for hånd: endre owner_unit i innholdet eller teams i mkdocs.yml, og kjør\n"
    "# kommandoen på nytt.\n"
)
PRIVACY_TEAM = "personvern"
"""The key in ``teams`` of the privacy role, which owns the allow-list."""
CONFIG = "mkdocs.yml"
NO_PRIVACY_TEAM = (
    f"mkdocs.yml har ingen «{PRIVACY_TEAM}» under teams (plugins → praksisbank → teams), så "
    f"ingen med personvernansvar blir spurt når noen legger til et unntak i {ALLOW_LIST}. "
    f"Legg til for eksempel «{PRIVACY_TEAM}: '@organisasjon/personvern'» og kjør "
    "«praksisbank codeowners»."
)


def _owner(doc: Document, content: Content) -> str | None:
    own = getattr(doc, "owner_unit", None)
    if isinstance(own, str) and own:
        return own
    note = content.any_note(doc.country)
    return note.owner_unit if note else None


def entries(content: Content) -> list[tuple[str, str, Document]]:
    """(pattern, unit, the document that names the unit), one per file or country folder."""
    rows: dict[str, tuple[str, Document]] = {}
    for doc in sorted(content.documents(), key=lambda d: d.path):
        unit = _owner(doc, content)
        if unit is None:
            continue
        path = PurePosixPath(doc.path)
        if doc in content.decisions:
            note = content.any_note(doc.country)
            rows.setdefault(f"/{path.parent}/", (unit, note or doc))
        else:
            rows[f"/{path}"] = (unit, doc)
    return [(pattern, unit, doc) for pattern, (unit, doc) in sorted(rows.items())]


_MAX_INHERITED = 10
"""Files read along ``INHERIT`` at most (the check of ``mkdocs.yml`` refuses more)."""


def inherited(root: Path) -> tuple[str, ...]:
    """The files ``mkdocs.yml`` inherits (``INHERIT``, and theirs in turn) inside the project, in
    the order MkDocs reads them: each is ``mkdocs.yml`` as much as the file itself (a Python tag
    or ``hooks`` there runs when MkDocs reads it). Read with the safe parser; a file that cannot
    be read ends the list (the check of ``mkdocs.yml`` reports it)."""
    files: list[str] = []
    seen: set[Path] = set()
    current = root / CONFIG
    for _ in range(_MAX_INHERITED):
        try:
            parent = siteconfig.read(current.read_text(encoding="utf-8")).values.get("INHERIT")
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            break
        if not isinstance(parent, str):
            break
        current = current.parent / parent
        resolved = current.resolve()
        if resolved in seen or not resolved.is_relative_to(root.resolve()):
            break
        seen.add(resolved)
        files.append(resolved.relative_to(root.resolve()).as_posix())
    return tuple(files)


def site_code(root: Path, theme_dirs: Sequence[Path]) -> tuple[str, ...]:
    """The files that decide what runs and what every page holds, beside the content:
    ``mkdocs.yml``, the files it inherits, and the site's own theme folders (``custom_dir``,
    ``templates``)."""
    folders = []
    for folder in theme_dirs:
        try:
            folders.append(folder.resolve().relative_to(root.resolve()).as_posix() + "/")
        except ValueError:  # outside the project: not in its CODEOWNERS
            continue
    return (CONFIG, *inherited(root), *sorted(folders))


def render(content: Content, teams: Mapping[str, str], code: Sequence[str] = (CONFIG,)) -> str:
    lines = [HEADER]
    if "*" in teams:
        lines.append(f"* {teams['*']}\n")
    rows = entries(content)
    lines += [f"{pattern} {teams[unit]}\n" for pattern, unit, _ in rows if unit in teams]
    shared = sorted({teams[unit] for _, unit, _ in rows if unit in teams})
    if content.vocabulary_file and shared:
        # The department's words serve every country: any responsible unit may review them.
        lines.append(f"/{content.vocabulary_file} {' '.join(shared)}\n")
    if DEVELOPER_TEAM in teams:  # what runs in readers' browsers and at build time
        lines += [f"/{path} {teams[DEVELOPER_TEAM]}\n" for path in code]
        lines.append(f"/{REVIEWED} {teams[DEVELOPER_TEAM]}\n")
    if PRIVACY_TEAM in teams:  # last: the last matching line wins
        lines.append(f"/{ALLOW_LIST} {teams[PRIVACY_TEAM]}\n")
    return "".join(lines)


def check(
    content: Content,
    teams: Mapping[str, str],
    root: Path,
    report: Reporter,
    code: Sequence[str] = (CONFIG,),
) -> None:
    """Every responsible unit has a team, the privacy role has one (else a warning), and the
    committed file is the one ``render`` makes."""
    if PRIVACY_TEAM not in teams:
        report.add(CONFIG, 1, 1, "codeowners", NO_PRIVACY_TEAM, Severity.WARNING)
    missing: set[str] = set()
    for _, unit, doc in entries(content):
        if unit not in teams and unit not in missing:
            missing.add(unit)
            field = "owner_unit" if getattr(doc, "owner_unit", None) == unit else "country"
            report.at(
                doc.path,
                (field,),
                "codeowners",
                f"Enheten «{unit}» har ikke noe team i mkdocs.yml (plugins → praksisbank → "
                "teams), så ingen blir spurt om å se gjennom endringer i innholdet. Legg "
                "til enheten der.",
            )
    committed = root / FILE
    if not missing and (
        not committed.is_file()
        or committed.read_text(encoding="utf-8") != render(content, teams, code)
    ):
        report.add(
            FILE,
            1,
            1,
            "codeowners",
            f"{FILE} stemmer ikke med de ansvarlige enhetene i innholdet. Kjør "
            "«praksisbank codeowners» og send med den nye filen.",
        )
