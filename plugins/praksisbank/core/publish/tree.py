"""The site's complete source, written as a plain docs tree that any engine reading ``mkdocs.yml``
builds without our plugin (MkDocs 1.6 with Material, Zensical).

What the plugin does to each page while MkDocs builds, this stage does once, before the engine:
the generated pages, every item with its decorations and its body already rendered (with the
site's Markdown, handed in as ``render``) and sanitized, the assets, the theme's overrides, the
feeds, the navigation and a ``mkdocs.yml`` without the ``praksisbank`` plugin.

Every page is written as ``<its address>/index.md`` (``vedtaksbank/afg/x.md`` becomes
``vedtaksbank/afg/x/index.md``): under directory URLs a link relative to the source file is then
the same link as one relative to the page's address. MkDocs resolves a relative ``href`` in raw
HTML against the page's address, Zensical against the source file; in this tree both agree.

The theme's overrides read what the plugin gives them at build time from ``extra.praksisbank``
and the pages' front matter (``praksisbank_*``), values every engine passes to its templates.
"""

from __future__ import annotations

import posixpath
import re
import shutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

import yaml

from praksisbank.core.base import urls
from praksisbank.core.base.model import FreePage, Item
from praksisbank.core.base.problems import Problem
from praksisbank.core.content.kinds import KINDS, address
from praksisbank.core.content.loader import Layout
from praksisbank.core.gate import imagemeta
from praksisbank.core.gate.sanitize import sanitize
from praksisbank.core.publish import search
from praksisbank.core.views import a11y
from praksisbank.core.views.pages import NAV, Pages

DOCS = "docs"
OVERRIDES = "overrides"
STATEMENT = "tilgjengelighet.md"
"""The accessibility statement's address, linked from every page's footer."""
SITE = "site"
"""Where the engine writes the site, in the tree (Zensical writes only inside its project)."""
CONFIG = "mkdocs.yml"
ASSET_DIR = "assets/praksisbank"
ASSETS = (
    "praksisbank.css",
    "praksisbank.js",
    "praksisbank-header.js",
    "finder.js",
    "praksisbank-print.css",
)
PAGE_SCRIPTS = {"finder.js": 'class="pb-finder"'}
"""Scripts only some pages use, and what in a page's HTML asks for each: published with the
other assets, loaded by those pages only (``page_scripts``), not by every page."""
ADDED_EXTENSIONS = ("attr_list",)
"""Markdown extensions the plugin adds to every site's (category headings carry anchors)."""

Render = Callable[[Item, str], "str | Problem"]
"""A body's Markdown (the item's, with the contact filled in) as the site's Markdown renders it,
or the problem that keeps it from being shown."""


class TreeError(Exception):
    """The tree cannot be written; the message is in Norwegian, for the person building."""


@dataclass(frozen=True, slots=True)
class TreePage:
    uri: str
    """The page's address in the site's own terms (``vedtaksbank/afg/x.md``)."""
    path: str
    """Where it lies in the tree's docs folder (``vedtaksbank/afg/x/index.md``)."""
    item: Item | None = None
    """The content item it shows; ``None``: a generated page."""

    @property
    def url(self) -> str:
        """The address readers see (``vedtaksbank/afg/x/``)."""
        return urls.url_of(self.uri)


@dataclass(frozen=True, slots=True)
class Tree:
    root: Path
    config: Path
    pages: tuple[TreePage, ...]
    files: tuple[tuple[str, Path], ...]
    """Files under the site's docs folder published as they are: (address, source file)."""
    problems: tuple[Problem, ...]
    """Bodies that could not be rendered: nothing of the tree is to be built."""


def tree_path(uri: str) -> str:
    """Where a page's source lies in the tree: ``x/y.md`` becomes ``x/y/index.md``; a file that is
    not a page keeps its path."""
    if not uri.endswith(".md"):
        return uri
    url = urls.url_of(uri)
    return f"{url}index.md"


def site_wide(name: str) -> bool:
    """Whether every page loads this asset (``extra_css`` / ``extra_javascript``)."""
    return name not in PAGE_SCRIPTS


def page_scripts(output: str, script_url: Callable[[str], str]) -> str:
    """The page's HTML with the scripts it uses added before ``</body>``, after the theme's;
    ``script_url`` gives a script's address relative to the page."""
    from html import escape

    tags = "".join(
        f'<script src="{escape(script_url(f"{ASSET_DIR}/{name}"))}"></script>'
        for name, marker in PAGE_SCRIPTS.items()
        if marker in output
    )
    if not tags or "</body>" not in output:
        return output
    head, _, tail = output.rpartition("</body>")
    return f"{head}{tags}\n</body>{tail}"


# -- mkdocs.yml, kept as written ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Tagged:
    """A value under a tag only the engine understands (``!ENV``, ``!!python/...``): written back
    unchanged."""

    tag: str
    value: Any


class _KeepingLoader(yaml.SafeLoader):
    pass


def _keep(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> _Tagged:
    value: Any
    if isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_scalar(node)  # type: ignore[arg-type]
    return _Tagged(node.tag, value)


_KeepingLoader.add_multi_constructor("!", _keep)
_KeepingLoader.add_multi_constructor("tag:yaml.org,2002:python/", _keep)


class _KeepingDumper(yaml.SafeDumper):
    pass


def _represent(dumper: yaml.SafeDumper, data: _Tagged) -> yaml.Node:
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


_KeepingDumper.add_representer(_Tagged, _represent)


def read_settings(text: str) -> dict[str, Any]:
    """The site's ``mkdocs.yml`` as written, tags kept for the engine."""
    try:
        loaded = yaml.load(text, Loader=_KeepingLoader)  # tags kept as _Tagged, never run
    except yaml.YAMLError as exc:
        raise TreeError(f"{CONFIG} kan ikke leses ({type(exc).__name__}).") from None
    if not isinstance(loaded, dict):
        raise TreeError(f"{CONFIG} er ikke en liste med innstillinger.")
    if "INHERIT" in loaded:
        raise TreeError(
            f"{CONFIG} arver fra en annen fil (INHERIT). «praksisbank build» leser bare én fil: "
            "skriv innstillingene i mkdocs.yml, eller bygg med «mkdocs build»."
        )
    return loaded


def _without_plugin(plugins: Any) -> list[Any]:
    if isinstance(plugins, dict):
        plugins = [{k: v} for k, v in plugins.items()]
    kept = []
    for entry in plugins or []:
        name = entry if isinstance(entry, str) else next(iter(entry), None)
        if name != "praksisbank":
            kept.append(entry)
    return kept


def tree_settings(
    settings: Mapping[str, Any],
    *,
    nav: list[Any],
    extra: Mapping[str, Any],
    engine: str = "mkdocs",
) -> dict[str, Any]:
    """The tree's ``mkdocs.yml``: the site's settings without our plugin, with our assets, our
    theme folder, the navigation and what the templates read from ``extra.praksisbank``."""
    config = {k: v for k, v in settings.items() if k not in ("docs_dir", "site_dir", "nav")}
    config["docs_dir"] = DOCS
    config["site_dir"] = SITE
    theme = config.get("theme")
    theme = dict(theme) if isinstance(theme, dict) else {"name": theme or "material"}
    theme["custom_dir"] = OVERRIDES
    config["theme"] = theme
    config["plugins"] = _without_plugin(config.get("plugins"))
    if engine == "zensical":  # its own search is on unless turned off; Pagefind searches
        config["plugins"].append({"search": {"enabled": False}})
    for key, suffix in (("extra_css", ".css"), ("extra_javascript", ".js")):
        listed = list(config.get(key) or [])
        for name in ASSETS:
            if name.endswith(suffix) and site_wide(name) and f"{ASSET_DIR}/{name}" not in listed:
                listed.append(f"{ASSET_DIR}/{name}")
        config[key] = listed
    extensions = list(config.get("markdown_extensions") or [])
    names = {e if isinstance(e, str) else next(iter(e), None) for e in extensions}
    extensions += [name for name in ADDED_EXTENSIONS if name not in names]
    config["markdown_extensions"] = extensions
    config["extra"] = {**dict(config.get("extra") or {}), "praksisbank": dict(extra)}
    config["nav"] = nav
    return config


# -- pages --------------------------------------------------------------------------------------

_FRONT = re.compile(r"\A---\n(.*?\n)---\n", re.S)
_LINK = re.compile(r'(?P<attr>\b(?:href|src))="(?P<value>[^"#?]*)(?P<rest>[#?][^"]*)?"')


def _front_matter(meta: Mapping[str, Any]) -> str:
    dumped = yaml.dump(dict(meta), Dumper=yaml.SafeDumper, allow_unicode=True, sort_keys=True)
    return f"---\n{dumped}---\n\n"


def _with_meta(markdown: str, more: Mapping[str, Any]) -> str:
    """A generated page's Markdown with ``more`` added to its front matter."""
    found = _FRONT.match(markdown)
    meta: dict[str, Any] = {}
    body = markdown
    if found is not None:
        meta = yaml.safe_load(found.group(1)) or {}
        body = markdown[found.end() :].lstrip("\n")
    return _front_matter({**meta, **more}) + body


def _links_resolved(html: str, uri: str, known: frozenset[str]) -> str:
    """Links in a rendered body written as MkDocs writes them: ``other.md`` becomes the other
    page's address relative to this one; a file beside the page, its path relative to the
    page's address."""

    def one(match: re.Match[str]) -> str:
        value, rest = match.group("value"), match.group("rest") or ""
        if not value or value.startswith(("/", "\\")) or re.match(r"[A-Za-z][\w+.-]*:", value):
            return match.group(0)
        target = posixpath.normpath(posixpath.join(posixpath.dirname(uri), value))
        if target.startswith("../"):
            return match.group(0)
        if target.endswith(".md") and target not in known:
            return match.group(0)
        anchor = rest[1:] if rest.startswith("#") else ""
        link = urls.relative(uri, target, True, anchor)
        if rest and not rest.startswith("#"):
            link += rest
        return f'{match.group("attr")}="{link}"'

    return _LINK.sub(one, html)


def _edit_url(settings: Mapping[str, Any], path: str) -> str | None:
    repo = settings.get("repo_url")
    edit = settings.get("edit_uri")
    if not isinstance(repo, str) or not repo or edit == "":
        return None
    if not isinstance(edit, str):
        edit = "edit/master/docs/"  # MkDocs' default for a repository it does not know
    base = edit if re.match(r"[A-Za-z][\w+.-]*:", edit) else f"{repo.rstrip('/')}/{edit}"
    return f"{base.rstrip('/')}/{quote(path)}"


def write(
    target: Path,
    *,
    pages: Pages,
    layout: Layout,
    settings: Mapping[str, Any],
    render: Render,
    theme_dir: Path,
    contact: str | None = None,
    search_on: bool = True,
    built: str = "",
    engine: str = "mkdocs",
) -> Tree:
    """Write the complete docs tree into ``target`` (emptied first)."""
    site = pages.site
    content = site.content
    if target.exists():
        shutil.rmtree(target)
    docs = target / DOCS
    docs.mkdir(parents=True)
    written: list[TreePage] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}

    def put(path: str, data: str | bytes, what: str) -> None:
        if path in seen:
            raise TreeError(
                f"Praksisbanken lager «{path}» to ganger ({seen[path]} og {what}). Flytt eller gi "
                "nytt navn til en av filene."
            )
        seen[path] = what
        file = docs / path
        file.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            file.write_text(data, encoding="utf-8")
        else:
            file.write_bytes(data)

    items = {address(item): item for item in content.all_items()}
    generated = pages.generated()
    known = frozenset(items) | frozenset(page.uri for page in generated)
    for uri, item in sorted(items.items()):
        decoration = pages.decorate(item)
        body = ""
        if decoration.publish_body:
            text = item.body
            if a11y.CONTACT_MARKER in text:
                text = text.replace(a11y.CONTACT_MARKER, a11y.contact_markdown(contact))
            html = render(item, text)
            if isinstance(html, Problem):
                problems.append(html)
                html = ""
            reserved = frozenset(heading.anchor for heading in decoration.headings)
            body = _links_resolved(sanitize(html, reserved), uri, known)
        meta = dict(decoration.meta)
        meta["praksisbank_search_place"] = search.place(uri, item)
        edit = _edit_url(settings, item.path)
        if edit is not None:
            meta["praksisbank_edit_url"] = edit
        article = a11y.name_heading_links(f"{decoration.before}\n{body}\n{decoration.after}")
        path = tree_path(uri)
        put(path, _front_matter(meta) + _raw(article), item.path)
        written.append(TreePage(uri, path, item))
    for page in generated:
        path = tree_path(page.uri)
        more = {"praksisbank_search_place": search.place(page.uri, None)}
        put(path, _with_meta(page.markdown, more), f"(generert side) {page.uri}")
        written.append(TreePage(page.uri, path, None))
    for path, xml in pages.feeds(_str(settings.get("site_url")), _site_name(settings)):
        put(path, xml, "(Atom-feed)")
    assets = resources.files("praksisbank") / "assets"
    for name in ASSETS:
        put(f"{ASSET_DIR}/{name}", (assets / name).read_bytes(), "(Praksisbanken)")
    files = _docs_files(layout, content_sources(layout, content.all_items()))
    for path, source in files:
        put(path, _stripped(path, source.read_bytes()), layout.show(source))
    _overrides(target / OVERRIDES, theme_dir, _custom_dir(layout, settings))
    nav = _nav(settings, content.of(FreePage))
    extra: dict[str, Any] = {
        "search": search_on,
        "built": built,
        "below": search.BELOW,
        # the footer links to the accessibility statement, where the site has one
        "statement": urls.url_of(STATEMENT) if STATEMENT in items else "",
    }
    config = tree_settings(settings, nav=nav, extra=extra, engine=engine)
    config_file = target / CONFIG
    config_file.write_text(
        yaml.dump(config, Dumper=_KeepingDumper, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    return Tree(target, config_file, tuple(written), tuple(files), tuple(sorted(problems)))


_HEADING_LINE = re.compile(
    r'<h([2-6]) id="([^"<>]+)">((?:(?!</?h[1-6]\b).)*?)'
    r'(?:<a class="headerlink"[^>]*>[^<]*</a>)?</h\1>'
)
_BLOCK = re.compile(
    r"<(/?)(div|details|section|nav|ol|ul|dl|table|blockquote|figure|aside|pre)\b[^>]*>", re.I
)
_MARKDOWN_SIGNS = re.compile(r"([\\`*_\[\]{}#<>!|])")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)|([^<]+)")


def _as_markdown_text(html: str) -> str:
    """A heading's inner HTML as Markdown that renders back to it: its text escaped, its inline
    tags kept."""
    out = []
    for tag, text in _TAG_OR_TEXT.findall(html):
        out.append(tag or _MARKDOWN_SIGNS.sub(r"\\\1", text))
    return "".join(out)


def _raw(article: str) -> str:
    """The page's HTML as a Markdown text that every engine passes through as it is, but for
    each heading with an anchor outside any block: written as a Markdown heading with that
    anchor, so that the engine's table of contents lists it (as the plugin's build does)."""
    lines = []
    depth = 0
    for line in article.strip().split("\n"):
        found = _HEADING_LINE.fullmatch(line.strip())
        if depth == 0 and found is not None:
            level, anchor, inner = found.groups()
            lines += ["", f"{'#' * int(level)} {_as_markdown_text(inner)} {{#{anchor}}}", ""]
            continue
        lines.append(line)
        for closing, _name in _BLOCK.findall(line):
            depth = max(0, depth - 1) if closing else depth + 1
    return "\n".join(lines) + "\n"


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _site_name(settings: Mapping[str, Any]) -> str:
    return _str(settings.get("site_name")) or "Praksisbanken"


def content_sources(layout: Layout, items: Iterable[Item]) -> frozenset[Path]:
    return frozenset((layout.root / item.path).resolve() for item in items)


def _docs_files(layout: Layout, sources: frozenset[Path]) -> list[tuple[str, Path]]:
    """The files under the docs folder that are published as they are (images, downloads): not
    content, not in a folder that holds only content, not hidden."""
    docs = next(layout.folder(kind) for kind in KINDS if not kind.option).resolve()
    closed = [layout.folder(kind).resolve() for kind in KINDS if not kind.assets]
    found = []
    if not docs.is_dir():
        return []
    for file in sorted(docs.rglob("*")):
        if not file.is_file() or file.suffix == ".md":
            continue
        relative = file.relative_to(docs)
        if any(part.startswith(".") for part in relative.parts):
            continue
        resolved = file.resolve()
        if resolved in sources or any(resolved.is_relative_to(folder) for folder in closed):
            continue
        found.append((relative.as_posix(), file))
    return found


def _stripped(path: str, data: bytes) -> bytes:
    """An image written again from its pixels alone, with no metadata and nothing else
    (``core/gate/imagemeta.py``), as the plugin publishes it."""
    fmt = imagemeta.FORMATS.get(PurePosixPath(path).suffix.lower())
    if fmt is None:
        return data
    try:
        return imagemeta.clean(data, fmt)
    except imagemeta.ImageError as exc:
        raise TreeError(f"Praksisbanken: bildet «{path}» kan ikke publiseres: {exc}.") from None


def _custom_dir(layout: Layout, settings: Mapping[str, Any]) -> Path | None:
    theme = settings.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    return layout.root / custom if isinstance(custom, str) and custom else None


def _overrides(target: Path, ours: Path, custom: Path | None) -> None:
    """Our theme files, then the site's ``custom_dir`` over them (the site's win, as in the
    plugin's build)."""
    shutil.copytree(ours, target)
    if custom is not None and custom.is_dir():
        shutil.copytree(custom, target, dirs_exist_ok=True)


def _nav(settings: Mapping[str, Any], free: Iterable[FreePage]) -> list[Any]:
    """The site's own nav with each page at its place in the tree, or ours: our pages, then the
    site's free pages by title."""
    own = settings.get("nav")
    if isinstance(own, list):
        return [_renamed(entry) for entry in own]
    nav: list[Any] = [{title: tree_path(uri)} for title, uri in NAV]
    nav += [{p.title: tree_path(address(p))} for p in sorted(free, key=lambda p: p.title)]
    return nav


def _renamed(entry: Any) -> Any:
    if isinstance(entry, str):
        return tree_path(entry) if entry.endswith(".md") and "://" not in entry else entry
    if isinstance(entry, list):
        return [_renamed(e) for e in entry]
    if isinstance(entry, dict):
        return {k: _renamed(v) for k, v in entry.items()}
    return entry
