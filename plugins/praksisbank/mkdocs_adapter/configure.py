"""What MkDocs' config gets for a build: our stylesheets, scripts and theme folder (after the
site's ``custom_dir``), our Markdown extensions, the folders a live preview watches, the build
folder beside ``site_dir``, the layout of the project and the template environment (the site's
templates first).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from praksisbank.core.content.kinds import KINDS
from praksisbank.core.content.loader import ALLOW_LIST, Layout
from praksisbank.core.publish import stages
from praksisbank.core.publish.aside import AsideBuild
from praksisbank.core.publish.tree import ASSET_DIR, ASSETS, site_wide
from praksisbank.core.views.render import environment_of
from praksisbank.core.views.sandbox import SandboxedTemplates, sandboxed
from praksisbank.mkdocs_adapter import htmlblocks, rendercheck, snippets


def beside(config: MkDocsConfig, aside: AsideBuild | None) -> AsideBuild:
    """A build that publishes writes into a folder beside ``site_dir``, swapped in only when it
    succeeds (``core/publish/aside.py``)."""
    site_dir = config.site_dir
    if aside is not None:  # on_config ran again: its first folder is not used
        aside.fail()
        site_dir = str(aside.final)
    aside, config.site_dir = AsideBuild.start(site_dir)
    return aside


def add_assets(config: MkDocsConfig) -> None:
    """Our stylesheets and scripts every page loads (the others a page loads as it needs)."""
    for name in filter(site_wide, ASSETS):
        target = config.extra_css if name.endswith(".css") else config.extra_javascript
        if f"{ASSET_DIR}/{name}" not in [str(x) for x in target]:
            target.append(f"{ASSET_DIR}/{name}")


def add_theme(config: MkDocsConfig) -> None:
    """Our theme files (the 404 page in Norwegian) go after the site's custom_dir, so a site
    can override them too, and before the theme's own."""
    theme_dir = str(resources.files("praksisbank") / "theme")
    if theme_dir not in config.theme.dirs:
        custom = config.theme.custom_dir
        config.theme.dirs.insert(1 if custom else 0, theme_dir)


def add_extensions(
    config: MkDocsConfig, blocks: htmlblocks.HtmlBlocks, layout: Layout
) -> rendercheck.Guard:
    """Category headings on country pages carry their own anchors; our generated pages' large
    HTML blocks pass Python-Markdown's parser (``blocks``); a text that cannot be rendered is
    reported with its file and line, not a traceback (the guard returned, this build's); a
    snippet comes from the ``layout``'s content folders only (``snippets.py``)."""
    for name in rendercheck.ADDED_EXTENSIONS:
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
    guard = rendercheck.Guard(blocks.put_back)
    ours = (
        rendercheck.Guard,
        rendercheck.CompactDefinitions,
        htmlblocks.HtmlBlocks,
        snippets.Folders,
    )
    config.markdown_extensions[:] = [
        e for e in config.markdown_extensions if not isinstance(e, ours)
    ] + [snippets.folders(layout), rendercheck.CompactDefinitions(), blocks, guard]
    return guard


def watch(config: MkDocsConfig, layout: Layout) -> None:
    """A live preview rebuilds when a file in a kind's folder or the exceptions change."""
    for kind in layout.kinds:
        if layout.folder(kind).is_dir():
            config.watch.append(str(layout.folder(kind)))
    if (layout.root / ALLOW_LIST).is_file():
        config.watch.append(str(layout.root / ALLOW_LIST))


def layout(config: MkDocsConfig, options: Any) -> Layout:
    """Where the project's content lives: each kind's folder option (``docs_dir`` for the free
    pages), the teams, ``mkdocs.yml`` and the site's theme folders."""
    return Layout(
        root=Path(config.config_file_path).resolve().parent,
        folders={
            kind.name: Path(options[kind.option] if kind.option else config.docs_dir)
            for kind in KINDS
        },
        teams={str(k): str(v) for k, v in options.teams.items()},
        settings=Path(config.config_file_path).resolve(),
        theme_dirs=tuple(
            Path(d).resolve() for d in (config.theme.custom_dir, options.templates) if d
        ),
    )


class BuildTemplates(SandboxedTemplates):
    """The sandbox for a MkDocs build: a template error stops the build as MkDocs stops for a
    plugin (its message, no traceback; the last good site stays, ``core/publish/aside.py``)."""

    def refused(self, message: str) -> Exception:
        return PluginError(f"Praksisbanken: {message}")


def shown_from(root: Path) -> Callable[[str], str]:
    """A template's path as a message shows it: relative to the project when it is inside."""

    def show(path: str) -> str:
        try:
            return Path(path).resolve().relative_to(root).as_posix()
        except ValueError:  # a theme's own template (Material's): its name under the theme
            return path

    return show


@contextlib.contextmanager
def sandboxed_themes(root: Path) -> Iterator[None]:
    """While inside, every environment any MkDocs theme makes is sandboxed (``praksisbank
    mkdocs`` builds this way: also a site built without our plugin, as ``praksisbank build``'s
    docs tree is)."""
    from mkdocs.theme import Theme

    original = Theme.get_env

    def get_env(theme: Theme) -> BuildTemplates:
        copy = sandboxed(original(theme), BuildTemplates)
        copy.show = shown_from(root)
        return copy

    Theme.get_env = get_env  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        Theme.get_env = original  # type: ignore[method-assign]


def sandbox_theme(
    config: MkDocsConfig, listed: Callable[[jinja2.BaseLoader, Path], None] | None = None
) -> None:
    """Every environment the theme makes is sandboxed: MkDocs' own for the pages, and those
    Material's search and blog plugins make to translate (``partials/language.html``, which
    ``custom_dir`` may override), from the moment the configuration is ready. ``listed``: a
    live preview's listing of the theme's files (``Preview.list_theme``), given each loader."""
    theme = config.theme
    made = type(theme).get_env
    root = Path(config.config_file_path).resolve().parent

    def get_env() -> BuildTemplates:
        copy = sandboxed(made(theme), BuildTemplates)
        copy.show = shown_from(root)
        if listed is not None and copy.loader is not None:
            listed(copy.loader, root)
        return copy

    theme.get_env = get_env  # type: ignore[method-assign]  # MkDocs and Material call it


def theme_environment(env: jinja2.Environment, config: MkDocsConfig) -> BuildTemplates:
    """MkDocs' theme environment, sandboxed (``core/views/sandbox.py``): the templates of
    ``theme.custom_dir`` are the project's text, not code that runs on the build machine."""
    copy = sandboxed(env, BuildTemplates)
    copy.show = shown_from(Path(config.config_file_path).resolve().parent)
    return copy


class Templates:
    """The template environment, kept while its folders stay the same: a live preview's
    rebuilds keep it, and its compiled templates (Jinja reloads a template whose file
    changed)."""

    def __init__(self) -> None:
        self.env: BuildTemplates | None = None
        self.made_for: tuple[Any, ...] | None = None

    def environment(self, config: MkDocsConfig, option: str | None) -> BuildTemplates:
        """The site's templates first (``templates`` option or ``custom_dir/praksisbank``)."""
        made_for = (option, config.theme.custom_dir)
        if self.env is None or made_for != self.made_for:
            root = Path(config.config_file_path).resolve().parent
            loader = stages.template_loader(root, option, config.theme.custom_dir)
            self.env, self.made_for = environment_of(BuildTemplates, loader), made_for
            self.env.show = shown_from(root)
        return self.env
