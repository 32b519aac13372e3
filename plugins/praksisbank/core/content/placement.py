"""Where a content file may lie and what its body must have: the checks and their messages."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from praksisbank.core.base.problems import Severity
from praksisbank.core.content.documents import RawDocument
from praksisbank.core.content.kinds import Kind
from praksisbank.core.gate import markdowncost

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
"""File and folder names become page addresses and edit links: plain ASCII only."""
_ACTIVE = frozenset(
    {
        ".html",
        ".htm",
        ".xhtml",
        ".xht",
        ".shtml",
        ".svg",
        ".svgz",
        ".xml",
        ".xsl",
        ".xslt",
        ".js",
        ".mjs",
        ".php",
        ".swf",
    }
)
"""Files a browser runs code from when opened: never published as they are."""
_MARKDOWN = frozenset({".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mdtxt", ".mdtext"})
"""Markdown by another name (or ``.MD``): MkDocs would publish it unchecked, or as raw text."""


def section_titles(body: str) -> list[str]:
    """What follows ``## `` on each line that starts with it (``re.compile(r"^## (.*)",
    re.MULTILINE).findall(body)``: found with ``str.find``, which skips to each ``\n## ``
    where the pattern was tried at every character)."""
    start = 3 if body.startswith("## ") else -1
    if start < 0:
        found = body.find("\n## ")
        if found < 0:
            return []
        start = found + 4
    titles: list[str] = []
    while True:
        end = body.find("\n", start)
        if end < 0:
            titles.append(body[start:])
            return titles
        titles.append(body[start:end])
        found = body.find("\n## ", end)
        if found < 0:
            return titles
        start = found + 4


def costly_message(found: markdowncost.Costly) -> str:
    """Why a body is refused as too costly to render, and what to do."""
    if found.opener == "#":
        return (
            f"Teksten har {found.count} overskrifter med samme navn som denne. Hver får sin "
            "egen adresse, og det tar tid som vokser med kvadratet av antallet: byggingen "
            "ville ta for lang tid. Gi overskriftene ulike navn, eller gjør dem til vanlig "
            "tekst."
        )
    if found.opener == "\n#":
        return (
            f"Teksten har {found.count} overskrifter eller streker i ett avsnitt, uten tom "
            "linje mellom, og Markdown leser resten av avsnittet på nytt etter hver av dem: "
            "byggingen ville ta for lang tid. Sett en tom linje før og etter hver overskrift."
        )
    if found.marks > markdowncost.MAX_MARKS:
        return (
            f"Teksten har for mye formatering til at nettstedet kan vise den: over "
            f"{markdowncost.MAX_MARKS} lenker, uthevinger, tabellceller, linjer og "
            "oppføringer i attributtlister ({ .a .b }). "
            "Byggingen ville ta for lang tid. Del teksten på flere filer."
        )
    return (
        f"Teksten er for tung å gjøre om til HTML: avsnittet som starter her har "
        f"{found.count} «{found.opener}», og Markdown leser resten av avsnittet på "
        "nytt for hvert av dem (særlig «[», «(» og «<» som ikke blir lukket). Byggingen "
        "ville ta for "
        "lang tid. Lukk klammene, del avsnittet med tomme linjer, eller skriv tegnet "
        f"med skråstrek foran (\\{found.opener})."
    )


def missing_sections(kind: Kind, doc: RawDocument) -> str:
    """What the body lacks of its kind's required level-2 headings; empty: nothing."""
    required = kind.sections
    if not required:
        return ""
    headings = [h.strip() for h in section_titles(doc.body)]
    missing = [s for s in required if s not in headings]
    if not missing:
        return ""
    names = ", ".join(f"«## {s}»" for s in missing)
    return (
        f"{kind.words.definite} mangler {names}. Malen har avsnittene "
        f"{', '.join(required)}, hvert som en overskrift med «## »."
    )


def wrong_country_folder(folder: str, country: str, where: str) -> str:
    if folder.lower() == country.lower():
        return f"Mappen «{folder}» skal skrives med små bokstaver: {where}/{folder.lower()}/."
    return (
        f"Landet «{country}» stemmer ikke med mappen «{folder}». Flytt filen til "
        f"{where}/{country.lower()}/ eller rett feltet «country»."
    )


def status_incomplete(meta: Mapping[str, Any]) -> str:
    """An outdated or withdrawn document must say why and since when; empty: it does."""
    status = meta.get("status")
    if status not in ("outdated", "withdrawn"):
        return ""
    missing = [k for k in ("status_reason", "status_date") if not meta.get(k)]
    if not missing:
        return ""
    return (
        f"Når status er «{status}», må også "
        f"{' og '.join(f'«{m}»' for m in missing)} fylles ut: "
        "status_reason er forklaringen leserne ser, status_date er "
        "datoen endringen gjelder fra."
    )


def not_markdown(kind: Kind, path: Path) -> tuple[str, Severity] | None:
    """Why a file that is not Markdown is not published (message, severity); ``None``: it is
    published as it is, when the gate lets it (only a kind with assets publishes other files)."""
    if not kind.assets:
        return (
            f"Filen blir ikke publisert: {kind.words.where} leses bare Markdown-filer (.md).",
            Severity.WARNING,
        )
    if path.suffix.lower() in _ACTIVE:
        return (
            f"Filer av typen {path.suffix} publiseres ikke fra docs-mappen: de kan kjøre kode "
            "i leserens nettleser. Skriv siden i Markdown (.md), og bruk PNG eller JPEG for "
            "bilder. Skript og maler hører hjemme i nettstedets temamappe («custom_dir» i "
            "mkdocs.yml), som utviklerteamet eier (CODEOWNERS).",
            Severity.ERROR,
        )
    if path.suffix.lower() in _MARKDOWN:
        return (
            f"Filer av typen {path.suffix} blir sider som ingen har sjekket. Gi filen "
            "endelsen .md (små bokstaver), så sjekkes den som de andre sidene.",
            Severity.ERROR,
        )
    return None


def misplaced(kind: Kind, parts: tuple[str, ...], folder: str) -> str:
    """Why a Markdown file does not lie where its kind's files lie, under a usable name (its
    path ``parts`` inside the kind's ``folder``); empty: it does."""
    bad = next((p for p in parts if not _NAME.match(p)), None)
    if bad is not None:
        what = "Filnavnet" if bad == parts[-1] else "Mappenavnet"
        return (
            f"{what} «{bad}» kan ikke brukes i en nettadresse. Bruk bare "
            "bokstavene a–z, tall og bindestrek, for eksempel "
            "2024-17-enslig-kvinne-herat.md."
        )
    if not (kind.per_country or kind.nested) and len(parts) != 1:
        return (
            f"{kind.words.plural} skal ligge rett i "
            f"{folder}/, ikke i en undermappe. Flytt filen "
            "opp ett nivå (et gammelt dokument beholdes med status «outdated»)."
        )
    return ""
