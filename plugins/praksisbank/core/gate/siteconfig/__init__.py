"""Settings in ``mkdocs.yml`` that would make a reader's browser fetch from another host.

Praksisbanken is read inside the department: a page must not tell Google, a CDN or a code host
who reads what. Material for MkDocs (9.8) fetches from elsewhere when it is asked to: Google
Fonts for ``theme.font``, Google's tag manager for ``extra.analytics``, a repository's star
count from api.github.com or a GitLab host for ``repo_url``, an iframe shim from unpkg.com for
the ``offline`` plugin; ``extra_javascript``, ``extra_css``, ``extra.polyfills``, ``theme.logo``
and ``theme.favicon`` may name any address; ``site_name``, ``copyright`` and the consent texts
go into the page as HTML; pymdownx's emoji default to images on a CDN; the ``social`` plugin
fetches fonts from Google Fonts and puts its cards in every page head; MkDocs' own themes load
highlight.js from cdnjs. One table (``RULES``) lists them, each with what to write instead;
``check`` runs the table over the settings. Links (``extra.social``, ``extra.homepage``,
``<a href>``) are not fetches and stay allowed. A ``mermaid`` fence in ``pymdownx.superfences``
stays allowed too: Material would load Mermaid from unpkg.com for a ``mermaid`` class, and
``sanitize.py`` removes that class from all content.

The settings come as a plain mapping shaped as in ``mkdocs.yml`` (``read`` parses the file, the
plugin builds the same shape from MkDocs' own configuration), with the line of each setting.
A value set through a tag this module cannot see (``!ENV``) is ``Unresolved`` and is refused
where only a known value is safe. Pure functions: no MkDocs here.

This ``__init__`` holds ``check``, the entry point, and re-exports the names other modules
import (``siteconfig.read``, ``siteconfig.code_findings``, ``siteconfig.LOCAL_PATHS``...).
The rulings are in modules by the group of settings they rule on, each importing only those
below it (``pyproject.toml``'s import-linter contract):

- ``codefindings``: what is refused before MkDocs reads the file (code the build would run,
  values the machine fills in, downloads, duplicate keys), settings printed unescaped, the
  accessibility contact;
- ``fetches``: settings that make a reader's browser fetch from elsewhere (``RULES``);
- ``links``: links the theme shows and the languages it is set to;
- ``extensions``: the Markdown extensions and their options;
- ``paths``: settings that name files or other sites;
- ``values``: how a setting is looked up and shown in a message;
- ``reading``: ``read``, ``mkdocs.yml`` with its lines, into ``Settings``.
"""

from __future__ import annotations

from typing import Any

from praksisbank.core.base.problems import Problem
from praksisbank.core.gate.siteconfig.codefindings import (
    _CODE,
    ALLOWED_PYTHON,
    CAUSES,
    ENV_ALLOWED,
    Cause,
    _code_and_markup,
    code_findings,
    code_problems,
    contact_problem,
    python_allowed,
)
from praksisbank.core.gate.siteconfig.extensions import (
    MARKDOWN_EXTENSIONS,
    extension_options,
    markdown_extensions,
    unreviewed_extensions,
)
from praksisbank.core.gate.siteconfig.fetches import RULES, Rule, elsewhere
from praksisbank.core.gate.siteconfig.links import (
    LINK_SETTINGS,
    _links,
    languages_problem,
    link_problem,
)
from praksisbank.core.gate.siteconfig.paths import (
    LOCAL_PATHS,
    hidden_path,
    outside_message,
    outside_project,
    path_settings,
)
from praksisbank.core.gate.siteconfig.reading import (
    FILE,
    MACHINE_TAGS,
    NAMED_LISTS,
    PythonName,
    PythonTag,
    Settings,
    Unresolved,
    Where,
    plain_arguments,
    read,
)
from praksisbank.core.gate.siteconfig.values import (
    Finding,
    Refused,
    _setting,
    _shown,
    setting_name,
)

__all__ = [
    "ALLOWED_PYTHON",
    "CAUSES",
    "ENV_ALLOWED",
    "FILE",
    "LINK_SETTINGS",
    "LOCAL_PATHS",
    "MACHINE_TAGS",
    "MARKDOWN_EXTENSIONS",
    "NAMED_LISTS",
    "RULES",
    "Cause",
    "Finding",
    "PythonName",
    "PythonTag",
    "Refused",
    "Rule",
    "Settings",
    "Unresolved",
    "Where",
    "check",
    "code_findings",
    "code_problems",
    "contact_problem",
    "elsewhere",
    "extension_options",
    "hidden_path",
    "languages_problem",
    "link_problem",
    "markdown_extensions",
    "outside_message",
    "outside_project",
    "path_settings",
    "plain_arguments",
    "python_allowed",
    "read",
    "setting_name",
    "unreviewed_extensions",
]


def check(
    settings: Settings,
    rules: tuple[Rule, ...] = RULES,
    languages: frozenset[str] | None = None,
) -> tuple[Problem, ...]:
    """Every setting that would make a reader's browser fetch from another host, run code at
    build time, put its own HTML into the pages, make a link the build refuses, or name a
    language the theme has no translation for (``languages``), as problems naming the setting
    and its line. ``check`` and the build (``mkdocs_adapter/refuse.py``) both run it."""
    found = []
    refused: set[Where] = set()
    for rule in rules:
        for where, value in rule.find(settings.values):
            found.append(
                Problem(
                    file=settings.file,
                    line=settings.line(where),
                    column=1,
                    code="site-external",
                    message=_message(rule, _setting(where), value),
                )
            )
            refused.add(where)
    lines = {settings.line(where) for where in refused}
    settled = (
        *_code_and_markup(settings),
        *_links(settings.values),
        *languages_problem(settings.values, languages),
    )
    for where, message in settled:
        # one message a setting (a list entry's tag is also found by the entry's name): the
        # fetching rules say more
        if where not in refused and settings.line(where) not in lines:
            refused.add(where)
            line = settings.line(where)
            found.append(
                Problem(file=settings.file, line=line, column=1, code=_CODE, message=message)
            )
    return tuple(sorted(found))


def _message(rule: Rule, setting: str, value: Any) -> str:
    if isinstance(value, Refused):
        return (
            f"«{setting}» = «{_shown(value)}» har {value.what}, og byggingen stopper på det "
            f"(temaet setter teksten inn i hver side som HTML). {rule.instead}"
        )
    if isinstance(value, Unresolved):
        return (
            f"«{setting}» settes med «{_shown(value)}», så sjekken ser ikke verdien, og den kan "
            f"få leserens nettleser til å hente {rule.fetches}. Skriv verdien rett inn i "
            f"mkdocs.yml. {rule.instead}"
        )
    return (
        f"«{setting}» = «{_shown(value)}» får leserens nettleser til å hente {rule.fetches}. "
        f"Praksisbanken skal ikke hente noe fra andre maskiner. {rule.instead}"
    )
