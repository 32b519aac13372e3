"""Settings that name files: from outside the project (``LOCAL_PATHS``, ``outside_project``),
hidden ones, content taken back out of the site, and settings that name other sites.

Imports ``reading`` and ``values`` of ``siteconfig/``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from praksisbank.core.gate.siteconfig.reading import (
    MACHINE_TAGS,
    Unresolved,
    Where,
)
from praksisbank.core.gate.siteconfig.values import (
    _MISSING,
    _at,
    _named_raw,
    _setting,
    _shown,
)

# -- files from outside the project ---------------------------------------------------------------

LOCAL_PATHS: tuple[Where, ...] = (
    ("INHERIT",),
    ("docs_dir",),
    ("theme", "custom_dir"),
    ("plugins", "praksisbank", "templates"),
    ("markdown_extensions", "pymdownx.snippets", "base_path"),
    ("markdown_extensions", "pymdownx.snippets", "auto_append"),
    ("markdown_extensions", "pymdownx.snippets", "auto_prepend"),
    ("markdown_extensions", "pymdownx.b64", "base_path"),
    ("markdown_extensions", "pymdownx.b64", "root_path"),
)
"""Settings naming a file or folder whose text the build reads into the site (a list of paths
or one): each must stay inside the project. The plugin's content folders are added by the
caller (``mkdocs_adapter/project.py``: the kinds live above this layer)."""
_RESTRICTED = (
    ("markdown_extensions", "pymdownx.snippets", "restrict_base_path"),
    ("markdown_extensions", "pymdownx.b64", "restrict_path"),
)
"""Options that, ``false``, let a page name any file of the machine (``--8<-- "../../x"``)."""


_DRIVE = re.compile(r"[A-Za-z]:")


def outside_project(path: Any) -> bool:
    """Whether a path setting may name a file outside the project: not plain text, absolute
    (``/``, ``\\``, a drive, ``~``), or climbing out of the folder of mkdocs.yml with ``..``."""
    if not isinstance(path, str):
        return True
    text = path.strip().replace("\\", "/")
    if text.startswith(("/", "~")) or _DRIVE.match(text):
        return True
    depth = 0
    for part in text.split("/"):
        if part == "..":
            depth -= 1
            if depth < 0:
                return True
        elif part not in ("", "."):
            depth += 1
    return False


def path_settings(
    values: Mapping[str, Any], local_paths: tuple[Where, ...]
) -> Iterator[tuple[Where, Any]]:
    """Each path written in ``local_paths`` (one, or each of a list), with where it is written;
    a value from the build machine (``!ENV``) is left to ``_machine_values``."""
    for where in local_paths:
        value = _at(values, where)
        if value is _MISSING or value is None:
            continue
        for index, path in enumerate(value if isinstance(value, list) else [value]):
            if isinstance(path, Unresolved) and path.tag in MACHINE_TAGS:
                continue  # _machine_values says it
            yield ((*where, index) if isinstance(value, list) else where), path


def outside_message(at: Where, path: Any) -> str:
    """What to say of a path setting that names a file outside the project."""
    return (
        f"«{_setting(at)}» = «{_shown(path)}» er ikke en sti inne i prosjektet "
        "(den er absolutt, begynner med «~», går ut med «..», fører ut gjennom en "
        "symbolsk lenke eller er ikke vanlig tekst): byggingen leser da filer fra "
        "byggemaskinen og publiserer det de holder, og det er ikke gjennomgått. Skriv en "
        "sti relativ til mkdocs.yml som holder seg inne i prosjektet (for eksempel «docs»)."
    )


_TEXT_PATHS = frozenset(where for where in LOCAL_PATHS if where[1:2] == ("pymdownx.snippets",))
"""Path settings whose files' text goes into pages: never a hidden file or folder."""


def hidden_path(path: str) -> bool:
    """Whether a part of ``path`` starts with «.» and is no step (``.``, ``..``): ``.git``,
    ``.env``, ``.github`` hold the build machine's settings and keys, never a page's text."""
    parts = path.replace("\\", "/").split("/")
    return any(part.startswith(".") and part not in (".", "..") for part in parts)


def _outside_paths(
    values: Mapping[str, Any], local_paths: tuple[Where, ...]
) -> Iterator[tuple[Where, str]]:
    for at, path in path_settings(values, local_paths):
        if outside_project(path):
            yield at, outside_message(at, path)
        elif at[:3] in _TEXT_PATHS and hidden_path(path):
            yield (
                at,
                f"«{_setting(at)}» = «{_shown(path)}» er en skjult fil eller mappe (navnet "
                "begynner med punktum, som «.git»). Der ligger byggemaskinens innstillinger og "
                "nøkler, og teksten ville stått i sidene. Pek på en vanlig fil eller mappe.",
            )
    for where in _RESTRICTED:
        if _at(values, where) is False:
            yield (
                where,
                (
                    f"«{_setting(where)}: false» lar en side hente en hvilken som helst fil på "
                    "byggemaskinen (med «..» eller en absolutt sti) og publisere den. Fjern "
                    f"«{where[-1]}» (den er på når den ikke er satt)."
                ),
            )


_EXCLUSIONS = ("exclude_docs", "draft_docs")
"""MkDocs' settings of which files under ``docs_dir`` are left out: a line starting with «!»
takes back in what its defaults leave out (``.*``, ``/templates/``)."""


def _taken_back(values: Mapping[str, Any]) -> Iterator[tuple[Where, str]]:
    """A line of ``exclude_docs`` or ``draft_docs`` that takes files back in («!»): hidden files
    and folders under ``docs/`` are never read by the check (as MkDocs leaves them out), so
    what such a line publishes (a page, a script, a stylesheet) would pass no gate."""
    for key in _EXCLUSIONS:
        value = values.get(key)
        if not isinstance(value, str):
            continue
        for line in value.splitlines():
            if line.strip().startswith("!"):
                yield (
                    (key,),
                    (
                        f"«{key}» har linjen «{_shown(line.strip())}», som tar inn igjen filer "
                        "MkDocs ellers holder utenfor (skjulte filer og mapper, som «.x/», og "
                        "«templates/»). Dem leser ikke sjekken, og byggingen ville publisert "
                        "dem uten kontroll: skript, stilark og sider med personopplysninger. "
                        "Fjern linjen, og legg det som skal publiseres, i en vanlig mappe under "
                        "docs/."
                    ),
                )


_UNCHECKED = {
    "projects": (
        "bygger hvert nettsted under «projects_dir» fra dets egen mkdocs.yml og legger det inn i "
        "dette: de filene og innstillingene går utenom Praksisbankens kontroller"
    ),
    "group": (
        "slår på programtilleggene under seg, og dem ser ikke sjekken: et tillegg som henter fra "
        "andre maskiner, ville gå utenom"
    ),
    "meta": (
        "legger feltene i skjulte «.meta.yml»-filer inn i front matter på hver side i mappen "
        "deres, utenom innholdskontrakten: sjekken leser dem ikke, og det de holder, vises på "
        "sidene"
    ),
}
"""Material's plugins that put into the site what no check of ours reads."""


def _unchecked_sites(values: Mapping[str, Any]) -> Iterator[tuple[Where, str]]:
    for name in _named_raw(values, "plugins"):
        what = _UNCHECKED.get(name.removeprefix("material/"))
        if what is not None:
            yield (
                ("plugins", name),
                (
                    f"«plugins.{name}» {what}. Fjern «{name}» fra «plugins»: Praksisbanken er ett "
                    "nettsted, og alt det publiserer går gjennom kontrollene."
                ),
            )
