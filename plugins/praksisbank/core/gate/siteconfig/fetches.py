"""Settings that make a reader's browser fetch from another host (fonts, analytics, a
repository's facts, scripts, styles, images, the privacy, social and offline plugins, emoji),
in one table, ``RULES``, each with what to write instead; ``check`` (in ``__init__``) runs it.

Imports ``reading`` and ``values`` of ``siteconfig/``, and ``core/gate/csp.py``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from praksisbank.core.gate import csp
from praksisbank.core.gate.siteconfig.reading import (
    PythonName,
    Unresolved,
    Where,
)
from praksisbank.core.gate.siteconfig.values import (
    Finding,
    Refused,
    _mapping,
    _named,
    _theme,
)

_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")
_URL_NOISE = re.compile(r"[\t\n\r]")
_LEADING = "".join(chr(c) for c in range(0x21)) + "\u00a0"


def elsewhere(address: Any) -> bool:
    """Whether a browser given ``address`` as a link to a file may fetch from another host:
    any scheme (``https:``, ``data:``, ``javascript:``), a ``//host`` address (also written with
    backslashes, which browsers read as slashes), or a value that is not plain text."""
    if not isinstance(address, str):
        return True
    # Browsers drop tabs and line breaks anywhere and spaces and control characters at the ends.
    text = _URL_NOISE.sub("", address).strip(_LEADING).replace("\\", "/")
    return bool(_SCHEME.match(text)) or text.startswith("//")


def _theme_name(values: Mapping[str, Any]) -> Iterator[Finding]:
    name = _theme(values).get("name", "mkdocs" if "theme" not in values else None)
    if name != "material":
        yield ("theme", "name"), name


def _font(values: Mapping[str, Any]) -> Iterator[Finding]:
    theme = _theme(values)
    if theme.get("name") == "material" and theme.get("font", "Roboto") is not False:
        yield ("theme", "font"), theme.get("font", "ikke satt: Roboto")


def _theme_images(values: Mapping[str, Any]) -> Iterator[Finding]:
    theme = _theme(values)
    for key in ("logo", "favicon"):
        if key in theme and theme[key] is not None and elsewhere(theme[key]):
            yield ("theme", key), theme[key]


def _addresses(*where: str) -> Callable[[Mapping[str, Any]], Iterator[Finding]]:
    """A list of files the theme links into every page (``extra_javascript``, ``extra_css``,
    Material's ``extra.polyfills``)."""

    def find(values: Mapping[str, Any]) -> Iterator[Finding]:
        entries: Any = values
        for key in where:
            entries = _mapping(entries).get(key)
        for index, entry in enumerate(entries if isinstance(entries, list) else [entries]):
            if entry is None:
                continue
            address = entry.get("path") if isinstance(entry, Mapping) else entry
            if elsewhere(address):
                yield (*where, index), address

    return find


def _analytics(values: Mapping[str, Any]) -> Iterator[Finding]:
    analytics = _mapping(values.get("extra")).get("analytics")
    if analytics is not None and analytics is not False and analytics != {}:
        yield ("extra", "analytics"), _mapping(analytics).get("provider", analytics)


_LOADING_MARKUP = re.compile(
    r"<\s*(?:img|image|script|link|style|iframe|frame|object|embed|video|audio|source|track|"
    r"picture|svg|use|meta|base|portal|input|form)\b|\b(?:src|srcset|poster|background|data)\s*="
    r"|\bstyle\s*=|url\s*\(|@import",
    re.IGNORECASE,
)


def _markup(*paths: Where) -> Callable[[Mapping[str, Any]], Iterator[Finding]]:
    """Text the theme puts into the page as HTML, unescaped (``site_name``, ``copyright``, the
    consent form's): links are fine, things that load something are not."""

    def find(values: Mapping[str, Any]) -> Iterator[Finding]:
        for where in paths:
            value: Any = values
            for key in where:
                value = _mapping(value).get(str(key))
            if isinstance(value, Unresolved) or (
                isinstance(value, str) and _LOADING_MARKUP.search(value)
            ):
                yield where, value
            elif isinstance(value, str) and ("<" in value or "&" in value):
                refused = csp.markup_refusals(value)  # what the page gate reads in the page
                if refused:
                    yield where, Refused(value, refused[0])

    return find


_REPO_FACTS = (
    re.compile(r"^.+github\.com/", re.IGNORECASE),
    re.compile(r"^.+?[^/]*gitlab[^/]+/", re.IGNORECASE),
)
"""Material's own tests (bundle.js): an address it asks for stars and forks."""


def _repo_facts(values: Mapping[str, Any]) -> Iterator[Finding]:
    repo = values.get("repo_url")
    material = _theme(values).get("name") == "material"
    if material and isinstance(repo, str) and any(p.match(repo) for p in _REPO_FACTS):
        yield ("repo_url",), repo


_SCRIPT_SCHEME = re.compile(r"\s*(?:javascript|vbscript|data)\s*:", re.IGNORECASE)


def _script_links(values: Mapping[str, Any]) -> Iterator[Finding]:
    """Addresses the theme writes into every page's links: one that is a script runs it. A link
    to another host (``<a href>``: ``extra.social``, ``extra.homepage``) is no fetch and stays
    allowed here (a script address there is refused by the build's check of what runs in a
    page, at its line: ``mkdocs_adapter/protect.py``); a logo or a favicon is an image, fetched
    (``_theme_images``)."""
    for key in ("repo_url", "edit_uri", "site_url"):
        value = values.get(key)
        if isinstance(value, str) and _SCRIPT_SCHEME.match(value):
            yield (key,), value


def _alternate(values: Mapping[str, Any]) -> Iterator[Finding]:
    """Material writes each ``extra.alternate`` entry into every page head as a ``<link
    rel=alternate>``, and its script fetches ``sitemap.xml`` under each such address when the page
    loads (to find the same page in the other language): a link, but a fetch too."""
    entries = _mapping(values.get("extra")).get("alternate")
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        link = entry.get("link") if isinstance(entry, Mapping) else entry
        if link is not None and elsewhere(link):
            yield ("extra", "alternate", index, "link"), link


_PRIVACY_OFF = ("enabled", "assets", "assets_fetch")
"""The privacy plugin's options of which any one, ``false``, keeps it from downloading."""


def _privacy(values: Mapping[str, Any]) -> Iterator[Finding]:
    """Material's ``privacy`` plugin downloads every external asset a page names while the site
    is built (``assets`` and ``assets_fetch``, both on unless turned off): what is published is
    then what another host served at that moment. With its downloads off it only reports them,
    and may stay."""
    for name, options in _named(values, "plugins").items():
        if name in ("privacy", "material/privacy") and all(
            options.get(option, True) is not False for option in _PRIVACY_OFF
        ):
            yield ("plugins", name), name


def _social_cards(values: Mapping[str, Any]) -> Iterator[Finding]:
    for name, options in _named(values, "plugins").items():
        on = options.get("enabled", True) is not False and options.get("cards", True) is not False
        if name in ("social", "material/social") and on:
            yield ("plugins", name), name


def _offline(values: Mapping[str, Any]) -> Iterator[Finding]:
    for name, options in _named(values, "plugins").items():
        if name in ("offline", "material/offline") and options.get("enabled", True) is not False:
            yield ("plugins", name), name


_SAFE_EMOJI = frozenset({"material.extensions.emoji.to_svg", "pymdownx.emoji.to_alt"})


def _emoji(values: Mapping[str, Any]) -> Iterator[Finding]:
    options = _named(values, "markdown_extensions").get("pymdownx.emoji")
    if options is not None:
        generator = options.get("emoji_generator", PythonName("pymdownx.emoji.to_png"))
        if str(generator) not in _SAFE_EMOJI:
            yield ("markdown_extensions", "pymdownx.emoji", "emoji_generator"), generator


@dataclass(frozen=True, slots=True)
class Rule:
    setting: str
    """The setting as its reader finds it in mkdocs.yml."""
    fetches: str
    """What the browser would fetch, and from where (Norwegian)."""
    instead: str
    """What to write instead (Norwegian)."""
    find: Callable[[Mapping[str, Any]], Iterator[Finding]]


RULES: tuple[Rule, ...] = (
    Rule(
        "theme.name",
        "det temaet trenger; bare Materials tema er gjennomgått for hva det henter (MkDocs' egne "
        "temaer henter blant annet highlight.js fra cdnjs.cloudflare.com)",
        "Skriv «name: material» under «theme».",
        _theme_name,
    ),
    Rule(
        "theme.font",
        "skrifter fra Google Fonts (fonts.googleapis.com og fonts.gstatic.com); Material gjør det "
        "også når «font» ikke er satt",
        "Skriv «font: false» under «theme»: sidene bruker da skriftene som finnes på maskinen.",
        _font,
    ),
    Rule(
        "theme.logo / theme.favicon",
        "bildet fra en annen adresse",
        "Legg bildet i docs/ (for eksempel docs/assets/logo.svg) og skriv stien dit.",
        _theme_images,
    ),
    Rule(
        "extra_javascript",
        "et skript fra en annen adresse (eller et data:-skript siden ikke kan kontrollere)",
        "Last ned skriptet, legg det i docs/ (for eksempel docs/javascripts/) og skriv stien dit.",
        _addresses("extra_javascript"),
    ),
    Rule(
        "extra_css",
        "et stilark fra en annen adresse",
        "Last ned stilarket, legg det i docs/ (for eksempel docs/stylesheets/) og skriv stien dit.",
        _addresses("extra_css"),
    ),
    Rule(
        "extra.polyfills",
        "et skript fra en annen adresse (Material legger det først i hver side)",
        "Last ned skriptet, legg det i docs/ og skriv stien dit, eller fjern «polyfills».",
        _addresses("extra", "polyfills"),
    ),
    Rule(
        "plugins: offline",
        "et skript fra unpkg.com (iframe-worker), som Materials offline-plugin legger inn",
        "Fjern «offline» fra «plugins»: Praksisbanken leses fra webtjeneren.",
        _offline,
    ),
    Rule(
        "extra.analytics",
        "et analyseverktøy (Google: www.googletagmanager.com) som får vite hvem som leser hva",
        "Fjern «analytics» under «extra». Trengs besøkstall, bruk webtjenerens egne logger.",
        _analytics,
    ),
    Rule(
        "site_name / site_description / site_author / copyright / extra.consent",
        "det HTML-koden i teksten laster (bilde, skript, stil eller ramme): temaet setter "
        "teksten inn i siden som HTML",
        "Skriv teksten uten bilder, skript og stiler; vanlige lenker (<a href>) går fint.",
        _markup(
            ("site_name",),
            ("site_description",),
            ("site_author",),
            ("copyright",),
            ("extra", "consent", "title"),
            ("extra", "consent", "description"),
        ),
    ),
    Rule(
        "repo_url",
        "antall stjerner og forgreninger fra GitHubs eller GitLabs API (Material spør fra "
        "hver side)",
        "Fjern «repo_url» og skriv hele adressen i «edit_uri» (for eksempel "
        "https://github.com/org/repo/edit/main/docs/): lenken «Rediger siden» virker da likevel.",
        _repo_facts,
    ),
    Rule(
        "repo_url, edit_uri, site_url",
        "og kjøre et skript som står i selve adressen (javascript:, data:) når en leser bruker "
        "lenken",
        "Skriv en vanlig adresse (https://…) eller en sti.",
        _script_links,
    ),
    Rule(
        "extra.alternate",
        "nettstedskartet (sitemap.xml) fra adressen i «link»: Materials skript henter det fra "
        "hver side for å finne samme side på det andre språket",
        "Legg språkversjonen på samme nettsted og skriv stien dit (for eksempel «link: /en/»), "
        "eller fjern «alternate».",
        _alternate,
    ),
    Rule(
        "plugins: social",
        "delingskort med skrifter fra Google Fonts, og sidehodet lenker til kortene for andre "
        "tjenester",
        "Fjern «social» fra «plugins»: et internt nettsted trenger ikke delingskort.",
        _social_cards,
    ),
    Rule(
        "markdown_extensions: pymdownx.emoji",
        "emoji som bilder fra et CDN (cdn.jsdelivr.net, cdnjs.cloudflare.com eller GitHub)",
        "Skriv «emoji_generator: !!python/name:material.extensions.emoji.to_svg» (tegnet blir "
        "en del av siden) eller fjern «pymdownx.emoji».",
        _emoji,
    ),
)
