"""Scripts a reader's browser runs: only those a developer has reviewed.

Every page's Content-Security-Policy (``csp.py``) allows the site's own origin and the hashes of
the page's own inline scripts. That keeps other hosts out, but not a contributor: a ``<script>``
in a template under ``theme.custom_dir`` would get its hash like Material's own, and a ``.js``
file there, or one named in ``extra_javascript``, is served from the site's origin. So nothing a
contributor writes runs in a reader's browser unless it is listed in ``skript-ok.yml`` at the
project root, a file ``CODEOWNERS`` gives to the developer team (``utvikling`` under ``teams``):

```yaml
- file: overrides/main.html          # the template or script file, from the project root
  sha256: "sha256-…"                 # the script's hash, as a CSP and a browser write it
  reason: Viser et varsel om planlagt driftsstans.
```

The hash is that of the inline script's text as written in the template (between ``<script>``
and ``</script>``), or of the whole file for a ``.js`` or ``.mjs`` file: a changed script is a new
script and needs a new review. ``check`` and the build refuse, with file and line, an inline
script or script file in the site's theme folders that is not listed, a local ``extra_javascript``
entry that is no such file, a listed script without a developer team to review it, and an entry
no script needs (a warning). The plugin's own scripts and the theme's are not the site's: they
come with the installed packages, which are reviewed where they are made.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from praksisbank.core.base.problems import Severity
from praksisbank.core.content.documents import read_yaml
from praksisbank.core.content.report import Reporter
from praksisbank.core.content.yamlnodes import KeyPath

REVIEWED = "skript-ok.yml"
"""The reviewed scripts, at the project root: file, hash and reason."""
DEVELOPER_TEAM = "utvikling"
"""The key in ``teams`` of the developers, who own ``REVIEWED``."""

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_OPEN_SCRIPT = re.compile(r"<script\b", re.IGNORECASE)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_DATA_TYPES = frozenset({"application/json", "application/ld+json", "text/template"})
"""Script elements a browser does not run (data blocks)."""
_SCRIPT_FILES = frozenset({".js", ".mjs", ".cjs"})
_TEMPLATES = frozenset({".html", ".htm", ".xhtml", ".j2", ".jinja", ".jinja2", ".xml", ".svg"})
_HASH = re.compile(r"sha256-[A-Za-z0-9+/]{43}=")


def source(text: str | bytes) -> str:
    """The CSP form of a script's hash: ``sha256-`` and the base64 of its SHA-256."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")


@dataclass(frozen=True, slots=True)
class Script:
    """A script the site itself would make a browser run."""

    file: str  # from the project root
    line: int
    hash: str  # ``sha256-…``
    what: str  # Norwegian: "et innebygd skript", "skriptfilen"


@dataclass(frozen=True, slots=True)
class Reviewed:
    """One entry of ``REVIEWED``."""

    line: int
    file: str
    hash: str


def scripts_in(path: Path, shown: str) -> list[Script]:
    """The scripts of one file of a theme folder: every inline script a browser runs (a
    template), or the file itself (a script file)."""
    suffix = path.suffix.lower()
    if suffix in _SCRIPT_FILES:
        return [Script(shown, 1, source(path.read_bytes()), "skriptfilen")]
    if suffix not in _TEMPLATES:
        return []
    text = path.read_text(encoding="utf-8", errors="replace")
    if _OPEN_SCRIPT.search(text) is None:
        return []
    found = []
    for match in _SCRIPT.finditer(text):
        kind = _TYPE.search(match.group(1))
        if kind is not None and kind.group(1).lower() in _DATA_TYPES:
            continue
        if _SRC.search(match.group(1)) and not match.group(2).strip():
            continue  # a file of the site's origin: gated as a script file where it lies
        line = text.count("\n", 0, match.start()) + 1
        found.append(Script(shown, line, source(match.group(2)), "et innebygd skript"))
    return found


def read(root: Path, report: Reporter) -> list[Reviewed]:
    """The entries of ``REVIEWED`` (none when there is no such file)."""
    path = root / REVIEWED
    if not path.is_file() or path.is_symlink():
        return []
    parsed, problems = read_yaml(path, REVIEWED)
    report.extend(problems)
    if parsed is None:
        return []
    report.remember(REVIEWED, parsed)
    if not isinstance(parsed.value, list):
        report.at(
            REVIEWED,
            (),
            "field-type",
            "Filen skal være en liste med ett element per skript, hvert med «file», «sha256» og "
            "«reason», og hvert element starter med «- ».",
        )
        return []
    entries: list[Reviewed] = []
    for i, value in enumerate(parsed.value):
        entry = _entry(value, (i,), report)
        if entry is not None:
            entries.append(Reviewed(parsed.pos((i,)).line, *entry))
    return entries


def _entry(value: Any, path: KeyPath, report: Reporter) -> tuple[str, str] | None:
    if not isinstance(value, dict) or set(value) != {"file", "sha256", "reason"}:
        report.at(
            REVIEWED,
            path,
            "field-value",
            "Hvert skript i listen skal ha nøyaktig feltene «file» (filen, med stien fra "
            "prosjektmappen), «sha256» (skriptets hash, «sha256-…») og «reason» (hva det gjør, "
            "og hvem som har gått gjennom det).",
        )
        return None
    file, hashed, reason = value["file"], value["sha256"], value["reason"]
    if not isinstance(reason, str) or not reason.strip():
        report.at(REVIEWED, (*path, "reason"), "field-value", "«reason» skal være en tekst.")
        return None
    if not isinstance(hashed, str) or _HASH.fullmatch(hashed.strip()) is None:
        report.at(
            REVIEWED,
            (*path, "sha256"),
            "field-value",
            "«sha256» skal være skriptets hash slik en Content-Security-Policy skriver den: "
            "«sha256-» og 44 tegn base64. Meldingen fra «praksisbank check» om skriptet viser den.",
        )
        return None
    if not isinstance(file, str) or not file.strip():
        report.at(REVIEWED, (*path, "file"), "field-value", "«file» skal være en sti.")
        return None
    return str(PurePosixPath(file.strip())), hashed.strip()


def check(
    root: Path,
    files: Sequence[tuple[Path, str]],
    extra_javascript: Sequence[tuple[str, int]],
    teams: Mapping[str, str],
    report: Reporter,
    config: str = "mkdocs.yml",
) -> None:
    """Every script in the site's theme folders (``files``: each path and how messages show it)
    is reviewed; every local ``extra_javascript`` entry (with its line in ``config``) is one of
    them; the reviewed list has a team to review it, and no entry is left over."""
    reviewed = read(root, report)
    listed = {(r.file, r.hash) for r in reviewed}
    used: set[tuple[str, str]] = set()
    theme_files = {shown: path for path, shown in files}
    for path, shown in files:
        try:
            found = scripts_in(path, shown)
        except OSError:
            continue  # the file's own check says it cannot be read
        for script in found:
            if (script.file, script.hash) in listed:
                used.add((script.file, script.hash))
                continue
            report.add(
                script.file,
                script.line,
                1,
                "script",
                f"Filen har {script.what} som ingen utvikler har gått gjennom, og ingenting "
                "en bidragsyter skriver, skal kjøre i leserens nettleser. Ta det bort, eller be "
                f"utviklerteamet gå gjennom det og føre det opp i {REVIEWED} med «file: "
                f"{script.file}», «sha256: {script.hash}» og en begrunnelse.",
            )
    for entry, line in extra_javascript:
        if re.match(r"(?i)^[a-z][a-z0-9+.-]*:|^//", entry):
            continue  # an address: refused by the settings check (siteconfig)
        if not any(shown.endswith("/" + entry.lstrip("/")) for shown in theme_files):
            report.add(
                config,
                line,
                1,
                "script",
                f"«extra_javascript» har «{entry}», som ikke er en skriptfil i nettstedets "
                f"temamappe («custom_dir»): et skript leserne skal kjøre, må ligge der og være "
                f"gått gjennom av utviklerteamet i {REVIEWED}. Ta linjen bort.",
            )
    if reviewed and DEVELOPER_TEAM not in teams:
        report.add(
            REVIEWED,
            1,
            1,
            "script",
            f"mkdocs.yml har ingen «{DEVELOPER_TEAM}» under teams (plugins → praksisbank → "
            f"teams), så ingen utvikler blir spurt når noen endrer {REVIEWED}. Legg til for "
            f"eksempel «{DEVELOPER_TEAM}: '@organisasjon/utvikling'» og kjør «praksisbank "
            "codeowners».",
        )
    for item in reviewed:
        if (item.file, item.hash) not in used:
            report.add(
                REVIEWED,
                item.line,
                1,
                "script",
                f"Skriptet i «{item.file}» med denne hashen finnes ikke lenger (eller filen er "
                "endret): slett elementet, eller før opp den nye hashen etter en ny "
                "gjennomgang.",
                Severity.WARNING,
            )
