"""What is refused before MkDocs reads ``mkdocs.yml`` at all (``code_findings``, each with its
``Cause``): Python tags and code the build would run, values the build machine fills in
(``!ENV``), downloads at build time, paths from outside the project, other sites, duplicate
keys and extension options; and settings the theme prints unescaped into every page, and the
accessibility contact.

Imports ``reading``, ``values``, ``extensions``, ``fetches`` and ``paths`` of ``siteconfig/``, and
the core's base."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, Literal

from praksisbank.core.base import nested
from praksisbank.core.base.problems import Problem, ProblemCode
from praksisbank.core.gate.siteconfig.extensions import _extensions
from praksisbank.core.gate.siteconfig.fetches import _privacy
from praksisbank.core.gate.siteconfig.paths import (
    LOCAL_PATHS,
    _outside_paths,
    _taken_back,
    _unchecked_sites,
)
from praksisbank.core.gate.siteconfig.reading import (
    FILE,
    MACHINE_TAGS,
    NAMED_LISTS,
    PythonTag,
    Settings,
    Unresolved,
    Where,
    _entry_name,
)
from praksisbank.core.gate.siteconfig.values import (
    Finding,
    _named,
    _setting,
    _shown,
)

_CODE: ProblemCode = "site-external"
_PRINTED = frozenset(
    {
        "extra", "nav", "theme", "repo_name", "repo_url", "edit_uri", "site_url", "extra_css",
        "extra_javascript",
    }
)  # fmt: skip
"""Settings the theme writes into every page without escaping them (a title in ``nav``, a
palette's name, ``extra.owner`` in the footer, a logo's path inside an attribute)."""
_HTML_CHARACTERS = re.compile(r"[<>\"`]")
ALLOWED_PYTHON = frozenset(
    {
        # toc's slugify that keeps æ, ø and å (the demo), with plain keyword arguments only
        "python/object/apply:pymdownx.slugs.slugify",
        # the emoji as inline SVG (Material's recipe; pymdownx's text fallback)
        "python/name:material.extensions.emoji.to_svg",
        "python/name:material.extensions.emoji.twemoji",
        "python/name:pymdownx.emoji.to_alt",
        # superfences' custom fences (Material's recipes)
        "python/name:pymdownx.superfences.fence_code_format",
        "python/name:pymdownx.superfences.fence_div_format",
    }
)
"""The Python tags ``mkdocs.yml`` may hold, each by its whole tag and name: MkDocs imports the
name (``python/name:``) or calls it (``python/object/apply:``) as it reads the file, and only
these are reviewed. A module re-exports what it imports (``material.plugins.blog.plugin.rmtree``
is ``shutil.rmtree``), so a prefix is no safe list."""

_PYTHON_REFUSED = (
    "Bare disse er gjennomgått: {allowed}, og et kall bare med «kwds:» som vanlig tekst. "
    "Skriv verdien som vanlig tekst, eller bruk en av dem."
)


def python_allowed(tag: PythonTag) -> bool:
    """Whether MkDocs may construct the tag: an allowed name, called with plain arguments."""
    written = tag.tag.removeprefix("tag:yaml.org,2002:")
    return written in ALLOWED_PYTHON and tag.plain


Cause = Literal["code", "fetch", "paths", "sites", "machine", "duplicates", "options"]
"""Why ``mkdocs.yml`` may not be read by MkDocs (``code_findings``)."""
CAUSES: dict[Cause, str] = {
    "code": f"{FILE} kjører kode når MkDocs leser den",
    "fetch": f"{FILE} får byggingen til å hente fra andre maskiner",
    "paths": f"{FILE} peker på filer utenfor prosjektet eller på skjulte filer",
    "sites": f"{FILE} slår på programtillegg som legger inn det sjekken ikke leser",
    "machine": f"{FILE} tar verdier fra byggemaskinen som sjekken ikke ser",
    "duplicates": f"{FILE} har en innstilling som står to ganger",
    "options": f"{FILE} har innstillinger MkDocs stopper på",
}
"""What is true of the file for each cause, in Norwegian (``check --render`` says it)."""


def code_findings(
    settings: Settings, local_paths: tuple[Where, ...] | None = None
) -> tuple[tuple[Cause, Problem], ...]:
    """What in the file runs code when MkDocs reads it or builds (a Python tag not on the list,
    ``hooks``, a Markdown extension not on the list), fetches from another host while building,
    reads files from outside the project (``local_paths``) or takes a value from the build
    machine (``!ENV``, ``!relative``): checked on the file as written, before MkDocs reads it
    (``hooks`` and the options of an inherited file included); each with its cause."""
    values = settings.values
    groups: tuple[tuple[Cause, Iterator[Finding]], ...] = (
        ("code", _running_code(settings)),
        ("code", _extensions(values)),
        ("fetch", _build_fetches(values)),
        ("paths", _outside_paths(values, LOCAL_PATHS if local_paths is None else local_paths)),
        ("sites", _unchecked_sites(values)),
        ("paths", _taken_back(values)),
        ("machine", _machine_values(values)),
        ("duplicates", _duplicate_keys(settings)),
    )
    found = {
        (
            cause,
            Problem(
                file=settings.file, line=settings.line(where), column=1, code=_CODE, message=said
            ),
        )
        for cause, findings in groups
        for where, said in findings
    }
    return tuple(sorted(found, key=lambda pair: (pair[1], pair[0])))


def code_problems(
    settings: Settings, local_paths: tuple[Where, ...] | None = None
) -> tuple[Problem, ...]:
    """The problems of ``code_findings``, without their causes."""
    return tuple(sorted({problem for _, problem in code_findings(settings, local_paths)}))


def _duplicate_keys(settings: Settings) -> Iterator[Finding]:
    """A key written twice in one mapping: MkDocs uses the last, while whoever reviews the file
    reads the first (a harmless value at the top, another far below)."""
    for where, first in settings.duplicates:
        shown = ".".join(str(part) for part in where)
        yield (
            where,
            f"«{shown}» står to ganger: på linje {first} og her. MkDocs bruker bare den siste, "
            "mens den som leser filen, ser den første. Skriv innstillingen én gang.",
        )


ENV_ALLOWED: frozenset[Where] = frozenset(
    ("plugins", "praksisbank", option) for option in ("pdf", "today", "workers", "verdict_cache")
)
"""The settings that may be set with ``!ENV``: the plugin's build settings, which no reader
sees as text (each is read as a yes/no, a date or a number, and refused otherwise)."""


def _named_leaves(values: Mapping[str, Any]) -> Iterator[tuple[Where, Any]]:
    """Every leaf of the settings, a plugin's or an extension's under its name."""
    for key, value in values.items():
        if key in NAMED_LISTS and isinstance(value, list):
            for index, entry in enumerate(value):
                name = _entry_name(entry)
                if isinstance(entry, dict) and name is not None:
                    yield from nested.leaves(entry[name], (key, name))
                else:
                    yield from nested.leaves(entry, (key, index))
        else:
            yield from nested.leaves(value, (key,))


def _machine_values(values: Mapping[str, Any]) -> Iterator[tuple[Where, str]]:
    allowed = ", ".join(f"«{_setting(where)}»" for where in sorted(ENV_ALLOWED, key=str))
    for where, value in _named_leaves(values):
        if not isinstance(value, Unresolved) or value.tag not in MACHINE_TAGS:
            continue
        if value.tag == "!ENV" and where in ENV_ALLOWED:
            continue
        from_where = (
            "en miljøvariabel" if value.tag == "!ENV" else "stien til en mappe på byggemaskinen"
        )
        yield (
            where,
            (
                f"«{_setting(where)}» settes med «{value.tag}»: verdien er {from_where}, som "
                "byggemaskinen fyller inn når MkDocs leser filen. Sjekken ser den ikke, og den "
                "kan bli publisert uten at noen har lest den (en hemmelighet fra byggingen "
                "også). Skriv verdien rett inn i mkdocs.yml. Bare disse kan settes med «!ENV»: "
                f"{allowed}."
            ),
        )


def _running_code(settings: Settings) -> Iterator[tuple[Where, str]]:
    if "hooks" in settings.values and settings.values.get("hooks") not in (None, []):
        yield (
            ("hooks",),
            (
                "«hooks» kjører Python-kode fra prosjektet når nettstedet bygges, utenom "
                "kontrollene. Fjern «hooks»: Praksisbanken bygges bare med sine egne utvidelser."
            ),
        )
    allowed = _PYTHON_REFUSED.format(
        allowed=", ".join(f"«!!{name}»" for name in sorted(ALLOWED_PYTHON))
    )
    for tag in sorted(set(settings.python)):
        if python_allowed(tag):
            continue
        written = _shown(tag.tag.removeprefix("tag:yaml.org,2002:"))
        setting = _setting(tag.where) or "mkdocs.yml"
        if tag.tag.removeprefix("tag:yaml.org,2002:") in ALLOWED_PYTHON:
            said = f"«{setting}» gir «!!{written}» noe annet enn vanlig tekst"
        else:
            said = f"«{setting}» har taggen «!!{written}», som kjører eller henter Python-kode"
        yield tag.where, f"{said} når MkDocs leser mkdocs.yml, før noen sjekk. {allowed}"


def _yaml_shown(value: Any) -> str:
    """A value as mkdocs.yml writes it (``true``, not Python's ``True``)."""
    return str(value).lower() if isinstance(value, bool) else _shown(value)


_DOWNLOADS = (("pymdownx.snippets", "url_download"),)
"""Markdown extensions' options that fetch from another host while the site is built."""


def _build_fetches(values: Mapping[str, Any]) -> Iterator[tuple[Where, str]]:
    for where, name in _privacy(values):
        yield (
            where,
            (
                f"«plugins.{name}» laster ned hvert eksterne skript, stilark, bilde og hver skrift "
                "sidene nevner mens nettstedet bygges: det som publiseres, er da det den andre "
                "maskinen svarer da, ikke det som ble gjennomgått. Skriv «assets_fetch: false» "
                f"under «{name}» (programtillegget melder da bare fra om eksterne adresser), eller "
                f"fjern «{name}» fra «plugins»."
            ),
        )
    extensions = _named(values, "markdown_extensions")
    for name, option in _DOWNLOADS:
        options = extensions.get(name)
        if options is not None and options.get(option, False) is not False:
            yield (
                ("markdown_extensions", name, option),
                (
                    f"«markdown_extensions.{name}.{option}» = «{_yaml_shown(options[option])}» får "
                    "byggingen til å hente tekst fra andre maskiner (--8<-- med en adresse): "
                    "det som publiseres, er da det maskinen svarer da, ikke det som ble "
                    f"gjennomgått. Fjern «{option}» (eller skriv «{option}: false») og legg "
                    "teksten i prosjektet."
                ),
            )


_CONTACT = ("plugins", "praksisbank", "accessibility_contact")
_EMAIL = re.compile(r"(?:mailto:)?[^@\s:/]+@[^@\s:/]+\.[^@\s:/]+")


def contact_problem(contact: Any) -> str | None:
    """A Norwegian message when the accessibility statement's contact is neither an e-mail
    address (``mailto:`` or none) nor a web link (``https://``): a reader follows it, and a
    ``javascript:`` or ``data:`` address would run what it holds."""
    if contact is None or contact == "":
        return None
    if isinstance(contact, str) and (
        contact.startswith(("https://", "http://")) or _EMAIL.fullmatch(contact)
    ):
        return None
    return (
        f"accessibility_contact: «{_shown(contact)}» er verken en e-postadresse eller en lenke "
        "(https://...) til et skjema."
    )


def _contact(values: Mapping[str, Any]) -> Iterator[tuple[Where, str]]:
    options = _named(values, "plugins").get(_CONTACT[1]) or {}
    if contact_problem(options.get(_CONTACT[2])) is not None:
        yield (
            _CONTACT,
            (
                f"«{_setting(_CONTACT)}» = «{_shown(options.get(_CONTACT[2]))}» er verken en "
                "e-postadresse eller en lenke (https://...) til et skjema. Adressen blir en lenke "
                "på tilgjengelighetssiden, og en javascript:- eller data:-adresse kjører det den "
                "holder når en leser følger lenken. Skriv en e-postadresse eller en "
                "https://-adresse."
            ),
        )


def _code_and_markup(settings: Settings) -> Iterator[tuple[Where, str]]:
    """Settings that run code when the site is built, and text the theme would print as HTML."""
    values = settings.values
    yield from _running_code(settings)
    yield from _build_fetches(values)
    yield from _contact(values)
    for where, value in nested.leaves(values):
        if (
            where
            and where[0] in _PRINTED
            and where[:2] != ("extra", "consent")
            and isinstance(value, str)
            and _HTML_CHARACTERS.search(value)
        ):
            yield (
                where,
                (
                    f'«{_setting(where)}» = «{_shown(value)}» inneholder <, >, " eller `. Temaet '
                    "setter verdien inn i hver side uten å gjøre den om til tekst, så den kan bli "
                    "HTML eller et skript. Skriv verdien uten disse tegnene (bruk « » som "
                    "anførselstegn)."
                ),
            )
