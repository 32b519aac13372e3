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
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml

from praksisbank.core.base import nested
from praksisbank.core.base.problems import Problem, ProblemCode
from praksisbank.core.gate import csp, sanitize

FILE = "mkdocs.yml"

Where = tuple[str | int, ...]
"""A setting's place: ``("theme", "font")``, ``("extra_javascript", 2)``, ``("plugins", "x")``."""


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A value set through a YAML tag (``!ENV``, ``!relative``): known only when MkDocs runs."""

    tag: str

    def __str__(self) -> str:
        return self.tag


@dataclass(frozen=True, slots=True)
class PythonName:
    """``!!python/name:module.function`` (the emoji generator), or the function MkDocs loaded."""

    dotted: str

    def __str__(self) -> str:
        return self.dotted


@dataclass(frozen=True, slots=True, order=True)
class PythonTag:
    """A Python tag as written in the file, and whether what it is given is plain: no
    arguments, or keyword arguments (``kwds``) that are all plain text, numbers or booleans."""

    where: Where
    tag: str
    plain: bool


@dataclass(frozen=True, slots=True)
class Settings:
    values: Mapping[str, Any]
    lines: Mapping[Where, int] = field(default_factory=dict)
    """The line each setting is written on; a setting not written (a default) has none."""
    file: str = FILE
    python: tuple[PythonTag, ...] = ()
    """Every Python tag in the file (``!!python/object/apply:…``, ``!!python/name:…``), nested
    ones included: MkDocs runs or looks them up when it reads the file."""
    duplicates: tuple[tuple[Where, int], ...] = ()
    """Each key written again in the same mapping, with the line of its first writing: YAML
    keeps the last (``lines`` gives the last), a reader of the file sees the first."""

    def line(self, where: Where) -> int:
        """The line of the setting, or of the nearest setting around it (1: the file)."""
        for end in range(len(where), 0, -1):
            if where[:end] in self.lines:
                return self.lines[where[:end]]
        return 1


# -- reading mkdocs.yml with its lines -----------------------------------------------------------

_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null")
)
_PYTHON = "tag:yaml.org,2002:python/"
_PYTHON_NAME = "tag:yaml.org,2002:python/name:"
_MAX_DEPTH = 40
NAMED_LISTS = ("plugins", "markdown_extensions")
"""Lists whose entries are known by name: a line is also kept under the entry's name."""


_LOADER = yaml.SafeLoader
"""PyYAML's own parser, the one MkDocs reads the file with: libyaml's might read a hostile file
otherwise than MkDocs, and a tag it does not see would run there."""
_MAX_NODES = 20_000
"""Values taken from the file at most: an alias repeats a whole part of it, and aliases of
aliases grow without bound (the rest is ``Unresolved``)."""


_KEPT: dict[tuple[str, str], Settings] = {}
"""The last few files ``read`` read, by their text: one ``praksisbank check`` reads the same
``mkdocs.yml`` about ten times (its folders, its plugin's options, its settings, the files it
publishes), and PyYAML's own parser takes about 2.5 ms for a small one."""
_KEEP = 8


def read(text: str, file: str = FILE) -> Settings:
    """The settings of an ``mkdocs.yml`` with their lines. Raises ``yaml.YAMLError``.

    The same text is parsed once (``_KEPT``): each call gets its own copy of the settings."""
    kept = _KEPT.get((text, file))
    if kept is None:
        kept = _parse(text, file)
        while len(_KEPT) >= _KEEP:
            del _KEPT[next(iter(_KEPT))]
        _KEPT[(text, file)] = kept
    return copy.deepcopy(kept)


def _parse(text: str, file: str) -> Settings:
    node = yaml.compose(text, Loader=_LOADER)
    reader = _Reader()
    values = reader.value(node, (), 0) if node is not None else {}
    if node is not None:
        reader.python_tags(node)
    return Settings(
        values if isinstance(values, dict) else {},
        reader.lines,
        file,
        tuple(reader.python),
        tuple(reader.duplicates),
    )


@dataclass(slots=True)
class _Reader:
    lines: dict[Where, int] = field(default_factory=dict)
    python: list[PythonTag] = field(default_factory=list)
    duplicates: list[tuple[Where, int]] = field(default_factory=list)
    nodes: int = 0
    scalars: yaml.SafeLoader = field(default_factory=lambda: yaml.SafeLoader(""))

    def value(self, node: yaml.Node, where: Where, depth: int) -> Any:
        if where:
            self.lines.setdefault(where, node.start_mark.line + 1)
        self.nodes += 1
        if depth > _MAX_DEPTH or self.nodes > _MAX_NODES:
            return Unresolved("(for stor)")
        if node.tag.startswith(_PYTHON_NAME):
            return PythonName(node.tag.removeprefix(_PYTHON_NAME))
        if isinstance(node, yaml.ScalarNode):
            if node.tag not in _PLAIN_TAGS:
                return Unresolved(node.tag)
            return self.scalars.construct_object(node)
        if isinstance(node, yaml.SequenceNode) and node.tag == "tag:yaml.org,2002:seq":
            return [self._item(item, where, index, depth) for index, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode) and node.tag == "tag:yaml.org,2002:map":
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else key_node.tag
                if key_node.tag in MACHINE_TAGS:  # a title in nav from the build machine
                    key = Unresolved(key_node.tag)
                at = (*where, key)
                if key in result:  # YAML keeps the last: so do the lines
                    self.duplicates.append((at, self.lines[at]))
                    for written in [w for w in self.lines if w[: len(at)] == at]:
                        del self.lines[written]
                self.lines.setdefault(at, key_node.start_mark.line + 1)
                result[key] = self.value(value_node, at, depth + 1)
            return result
        return Unresolved(node.tag)

    def python_tags(self, root: yaml.Node) -> None:
        """Every Python tag in the file, however deep (no limit: each tag runs), keys included;
        each node once (an alias repeats a node, not its tags)."""
        stack: list[tuple[yaml.Node, Where]] = [(root, ())]
        seen: set[int] = set()
        while stack:
            node, where = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            if node.tag.startswith(_PYTHON):
                self.lines.setdefault(where, node.start_mark.line + 1)
                self.python.append(PythonTag(where, node.tag, plain_arguments(node)))
            if isinstance(node, yaml.SequenceNode):
                stack += [(item, (*where, index)) for index, item in enumerate(node.value)]
            elif isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    name = key.value if isinstance(key, yaml.ScalarNode) else "(nøkkel)"
                    stack += [(key, (*where, name)), (value, (*where, name))]

    def _item(self, node: yaml.Node, where: Where, index: int, depth: int) -> Any:
        item = self.value(node, (*where, index), depth + 1)
        name = _entry_name(item)
        if where in _NAMED and name is not None:
            # An entry of plugins or markdown_extensions is also found by its name.
            at = (*where, index, name) if isinstance(item, dict) else (*where, index)
            for path, line in list(self.lines.items()):
                if path[: len(at)] == at:
                    self.lines.setdefault((*where, name, *path[len(at) :]), line)
            self.lines.setdefault((*where, name), node.start_mark.line + 1)
        return item


_NAMED = frozenset((name,) for name in NAMED_LISTS)


def _plain_scalar(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag in _PLAIN_TAGS


def plain_arguments(node: yaml.Node) -> bool:
    """Nothing given (``!!python/name:x``, ``[]``, ``{}``), or ``kwds:`` with plain values only."""
    if isinstance(node, yaml.ScalarNode):
        return bool(node.value == "")
    if isinstance(node, yaml.SequenceNode):
        return not node.value
    if not isinstance(node, yaml.MappingNode):
        return False
    for key, value in node.value:
        if not (_plain_scalar(key) and key.value == "kwds" and isinstance(value, yaml.MappingNode)):
            return False
        if value.tag != "tag:yaml.org,2002:map" or not all(
            _plain_scalar(k) and _plain_scalar(v) for k, v in value.value
        ):
            return False
    return True


def _entry_name(entry: Any) -> str | None:
    """``- tags`` and ``- praksisbank: {...}`` are both named entries."""
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict) and len(entry) == 1:
        return str(next(iter(entry)))
    return None


# -- looking at the settings ---------------------------------------------------------------------


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _theme(values: Mapping[str, Any]) -> Mapping[str, Any]:
    theme = values.get("theme")
    return {"name": theme} if isinstance(theme, str) else _mapping(theme)


def _named(values: Mapping[str, Any], key: str) -> dict[str, Mapping[str, Any]]:
    """``plugins`` or ``markdown_extensions`` as name -> options, in either YAML shape."""
    entries = values.get(key) or []
    if isinstance(entries, Mapping):
        return {str(k): _mapping(v) for k, v in entries.items()}
    found: dict[str, Mapping[str, Any]] = {}
    for entry in entries if isinstance(entries, list) else []:
        name = _entry_name(entry)
        if name is not None:
            found[name] = _mapping(entry[name]) if isinstance(entry, dict) else {}
    return found


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


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _shown(value: Any) -> str:
    """The value as a message may show it: control characters written out, long values cut."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))
    return text if len(text) <= 80 else text[:77] + "..."


Finding = tuple[Where, Any]
"""Where a setting asks for something from elsewhere, and its value."""


@dataclass(frozen=True, slots=True)
class Refused:
    """A value the build's page gate refuses (``core/gate/csp.py``), and what the gate says."""

    value: str
    what: str

    def __str__(self) -> str:
        return self.value


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


# -- Markdown extensions: MkDocs imports each name as it reads mkdocs.yml -------------------------

_MARKDOWN_OWN = (
    "abbr", "admonition", "attr_list", "codehilite", "def_list", "extra", "fenced_code",
    "footnotes", "legacy_attrs", "legacy_em", "md_in_html", "meta", "nl2br", "sane_lists",
    "smarty", "tables", "toc", "wikilinks",
)  # fmt: skip
_PYMDOWNX = (
    "arithmatex", "b64", "betterem", "blocks.admonition", "blocks.caption", "blocks.definition",
    "blocks.details", "blocks.html", "blocks.tab", "bracketspan", "caret", "critic", "details",
    "emoji", "escapeall", "extra", "fancylists", "highlight", "inlinehilite", "keys",
    "magiclink", "mark", "pathconverter", "progressbar", "quotes", "saneheaders",
    "smartsymbols", "snippets", "striphtml", "superfences", "tabbed", "tasklist", "tilde",
)  # fmt: skip
MARKDOWN_EXTENSIONS = frozenset(
    {
        *_MARKDOWN_OWN,
        *(f"markdown.extensions.{name}" for name in _MARKDOWN_OWN),
        *(f"pymdownx.{name}" for name in _PYMDOWNX),
        "material.extensions.preview",
    }
)
"""The Markdown extensions ``mkdocs.yml`` may name, each by its whole name: Python-Markdown's own
(by short or full name), pymdownx's and Material's. MkDocs imports every name in
``markdown_extensions`` while it reads the file (to see that the extension loads), before any
plugin runs: any other importable module would be code the build runs (``plugins/`` is on the
import path). Our own extensions are added by the plugin, not named in the file."""


def markdown_extensions(values: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """Every name in ``markdown_extensions`` with the options written for it (empty: none)."""
    return _named(values, "markdown_extensions")


def extension_options(values: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """Each reviewed Markdown extension named in ``markdown_extensions`` with the options
    written for it (only those with options)."""
    return {
        name: options
        for name, options in _named(values, "markdown_extensions").items()
        if name in MARKDOWN_EXTENSIONS and options
    }


def unreviewed_extensions(values: Mapping[str, Any]) -> tuple[str, ...]:
    """The names in ``markdown_extensions`` that are not on ``MARKDOWN_EXTENSIONS``."""
    return tuple(
        name for name in _named(values, "markdown_extensions") if name not in MARKDOWN_EXTENSIONS
    )


def _extensions(values: Mapping[str, Any]) -> Iterator[tuple[Where, str]]:
    for name in unreviewed_extensions(values):
        yield (
            ("markdown_extensions", name),
            (
                f"«markdown_extensions» har «{_shown(name)}», som ikke er en gjennomgått "
                "Markdown-utvidelse: MkDocs importerer modulen med det navnet, og kjører koden i "
                "den, når den leser mkdocs.yml, før noen sjekk. Bare Python-Markdowns egne "
                "utvidelser (som «admonition» og «toc»), pymdownx' («pymdownx.details») og "
                f"Materials er gjennomgått. Fjern «{_shown(name)}», eller skriv navnet på en "
                "av dem."
            ),
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
_MISSING = object()


def _at(values: Mapping[str, Any], where: Where) -> Any:
    """The value at ``where`` (a plugin or an extension by its name), or ``_MISSING``."""
    value: Any = values
    rest = where
    if where[0] in NAMED_LISTS and len(where) > 1:
        value = _named_raw(values, str(where[0])).get(str(where[1]), _MISSING)
        rest = where[2:]
    for key in rest:
        if not isinstance(value, Mapping) or key not in value:
            return _MISSING
        value = value[key]
    return value


def _named_raw(values: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Like ``_named``, but an entry's options as written (``!ENV`` included)."""
    entries = values.get(key) or []
    if isinstance(entries, Mapping):
        return {str(k): v for k, v in entries.items()}
    found: dict[str, Any] = {}
    for entry in entries if isinstance(entries, list) else []:
        name = _entry_name(entry)
        if name is not None:
            found[name] = entry[name] if isinstance(entry, dict) else {}
    return found


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


# -- values the build machine fills in -------------------------------------------------------------

MACHINE_TAGS = frozenset({"!ENV", "!relative"})
"""MkDocs' tags whose value comes from the machine that builds (an environment variable, a
folder's path there): the check never sees it, and on a page it would be published unread."""
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


def setting_name(where: Where) -> str:
    """A setting's place as a message shows it: ``extra.social[0].link``."""
    return _setting(where)


def _setting(where: Where) -> str:
    parts: list[str] = []
    for part in where:
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}" if parts else part)
    return "".join(parts)
