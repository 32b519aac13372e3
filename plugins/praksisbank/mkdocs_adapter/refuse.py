"""What the plugin refuses in ``mkdocs.yml`` before anything is built, each with a Norwegian
message: settings that make readers fetch from other hosts (``core/gate/siteconfig/``), an
accessibility contact that is neither an e-mail address nor a web address, Material's search
beside ours; and the warning when a published build has no ``site_url``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from praksisbank.core.base.problems import summary
from praksisbank.core.gate import siteconfig
from praksisbank.core.views import a11y
from praksisbank.mkdocs_adapter.project import code_problems, mkdocs_settings, theme_languages

log = logging.getLogger("mkdocs.plugins.praksisbank")

MATERIAL_SEARCH = frozenset({"search", "material/search"})
"""Material's search plugin, by either of its names."""


def material_search(config: MkDocsConfig) -> bool:
    return bool(MATERIAL_SEARCH & set(config.plugins))


def fetching_elsewhere(config: MkDocsConfig) -> None:
    """Stop before anything is built when mkdocs.yml makes readers fetch from other hosts."""
    root = Path(config.config_file_path or ".").resolve().parent
    languages = theme_languages(root, config.theme.custom_dir)
    problems = siteconfig.check(mkdocs_settings(config), languages=languages)
    if config.config_file_path:  # the inherited files' Python tags and hooks too
        problems = tuple(sorted({*problems, *code_problems(Path(config.config_file_path))}))
    for problem in problems:
        log.error(problem.as_text())
    if problems:
        raise PluginError(
            f"Praksisbanken: mkdocs.yml har {summary(problems)}. Ingenting ble bygget, og "
            "nettstedet er som før. Rett innstillingene over (kjør «praksisbank check» for å se "
            "dem igjen)."
        )


def bad_contact(config: MkDocsConfig, contact: str | None) -> None:
    """Stop when the ``accessibility_contact`` option is not an address a reader can use."""
    problem = a11y.contact_problem(contact)
    if problem is not None:
        raise PluginError(f"{config.config_file_path}: {problem}")


def two_searches(config: MkDocsConfig, ours: bool) -> None:
    """Stop when Material's search is on beside ours (Pagefind)."""
    if ours and material_search(config):
        raise PluginError(
            "Praksisbanken har sitt eget søk (Pagefind), og Materials søk er også slått på. "
            "Fjern «search» fra «plugins» i mkdocs.yml, eller skriv «search: false» under "
            "«praksisbank» for å bruke Materials søk i stedet."
        )


def warn_without_site_url(config: MkDocsConfig) -> None:
    if not config.site_url:
        log.warning(
            "Praksisbanken: «site_url» er ikke satt i mkdocs.yml. Uten den er "
            "sidekartet tomt, og lenkene på feilsiden (404) virker bare på toppnivå. "
            "Skriv adressen nettstedet publiseres på."
        )
