"""Settings a reader follows or is told: the links the theme shows (``LINK_SETTINGS``,
``link_problem``: no script address, no e-mail address of a person) and the languages the
theme is set to (``languages_problem``).

Imports ``reading`` and ``values`` of ``siteconfig/``, ``core/gate/csp.py`` and
``sanitize.py``, and the core's base."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from praksisbank.core.base import nested
from praksisbank.core.gate import csp, sanitize
from praksisbank.core.gate.siteconfig.reading import (
    Where,
)
from praksisbank.core.gate.siteconfig.values import (
    _setting,
    _shown,
    _theme,
)

LINK_SETTINGS: tuple[Where, ...] = (
    ("extra", "homepage"),
    ("extra", "contact", "url"),
    ("extra", "social", "*", "link"),
    ("extra", "alternate", "*", "link"),
    ("repo_url",),
    ("edit_uri",),
    ("site_url",),
)
"""Settings the theme writes into every page as a link (``<a href>``; ``*``: each entry of a
list); and every address in ``nav``."""


def _written_at(values: Any, where: Where) -> Iterator[tuple[Where, Any]]:
    """The values at ``where`` (``*``: each entry of a list), with where each is written."""
    if not where:
        yield (), values
        return
    key, rest = where[0], where[1:]
    if key == "*":
        entries: list[Any] = values if isinstance(values, list) else []
        for index, entry in enumerate(entries):
            for at, value in _written_at(entry, rest):
                yield (index, *at), value
    elif isinstance(values, Mapping) and key in values:
        for at, value in _written_at(values[key], rest):
            yield (key, *at), value


def link_problem(address: str) -> str | None:
    """Why a setting that becomes a link in every page cannot be one (Norwegian), or ``None``:
    the page gate's rule for a link first (``csp.link_refusal``: the build stops on what it
    refuses), then the address must be a path on the site or ``http(s)://`` to a named host
    (``sanitize.plain_link``, the rule for links in content), or an e-mail address
    (``mailto:``)."""
    refused = csp.link_refusal(address)
    if refused is not None:
        return f"byggingen stopper på lenken: den er {refused}"
    if sanitize.plain_link(address) or _MAILTO.fullmatch(address.strip()):
        return None
    return "den er verken en sti på nettstedet, en http(s)://-adresse eller en e-postadresse"


_MAILTO = re.compile(r"mailto:[^@\s:/]+@[^@\s:/]+\.[^@\s:/]+", re.IGNORECASE)


def _links(values: Mapping[str, Any]) -> Iterator[tuple[Where, str]]:
    found = [at for where in LINK_SETTINGS for at in _written_at(values, where)]
    found += [
        (where, value)
        for where, value in nested.leaves(values.get("nav"), ("nav",))
        if isinstance(value, str)
    ]
    for where, value in found:
        if not isinstance(value, str) or value == "":
            continue  # a value from !ENV is said by _machine_values; none is no link
        why = link_problem(value)
        if why is not None:
            yield (
                where,
                (
                    f"«{_setting(where)}» = «{_shown(value)}» blir en lenke i hver side, men "
                    f"{why}. Skriv en sti på nettstedet (for eksempel «/» eller «/om/») eller "
                    "en https://-adresse."
                ),
            )


def languages_problem(
    values: Mapping[str, Any], languages: frozenset[str] | None
) -> Iterator[tuple[Where, str]]:
    """``theme.language`` that Material has no translation for (``languages``: the names of
    its ``partials/languages/*.html``, the site's theme folders' included; ``None``: not
    known here, nothing said). The theme would stop the build with Jinja's error."""
    theme = _theme(values)
    language = theme.get("language")
    if languages is None or theme.get("name") != "material" or language is None:
        return
    if not isinstance(language, str) or language not in languages:
        near = sorted(name for name in languages if name.split("-")[0] == "nb") or ["nb"]
        yield (
            ("theme", "language"),
            (
                f"«theme.language» = «{_shown(language)}» er ikke et språk temaet har en "
                f"oversettelse for (partials/languages/{_shown(language)}.html finnes ikke), "
                "så byggingen stopper. Skriv en språkkode temaet kjenner, for eksempel "
                f"«{near[0]}» (bokmål)."
            ),
        )
