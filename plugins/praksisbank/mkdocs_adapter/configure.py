"""What the plugin adds to MkDocs' config for a build: our stylesheets and scripts, our theme
folder after the site's ``custom_dir``, our Markdown extensions, the folders a live preview
watches, and the template loader (the site's templates first).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig

from praksisbank.core.content.loader import ALLOW_LIST, Layout
from praksisbank.core.publish import stages
from praksisbank.core.publish.tree import ASSET_DIR, ASSETS, site_wide
from praksisbank.mkdocs_adapter import htmlblocks, rendercheck


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


def add_extensions(config: MkDocsConfig, blocks: htmlblocks.HtmlBlocks) -> rendercheck.Guard:
    """Category headings on country pages carry their own anchors; our generated pages' large
    HTML blocks pass Python-Markdown's parser (``blocks``); a text that cannot be rendered is
    reported with its file and line, not a traceback (the guard returned, this build's)."""
    for name in rendercheck.ADDED_EXTENSIONS:
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
    guard = rendercheck.Guard()
    ours = (rendercheck.Guard, rendercheck.CompactDefinitions, htmlblocks.HtmlBlocks)
    config.markdown_extensions[:] = [
        e for e in config.markdown_extensions if not isinstance(e, ours)
    ] + [rendercheck.CompactDefinitions(), blocks, guard]
    return guard


def watch(config: MkDocsConfig, layout: Layout) -> None:
    """A live preview rebuilds when a file in a kind's folder or the exceptions change."""
    for kind in layout.kinds:
        if layout.folder(kind).is_dir():
            config.watch.append(str(layout.folder(kind)))
    if (layout.root / ALLOW_LIST).is_file():
        config.watch.append(str(layout.root / ALLOW_LIST))


def template_loader(config: MkDocsConfig, option: str | None) -> jinja2.BaseLoader:
    """The site's templates first (``templates`` option or ``custom_dir/praksisbank``)."""
    root = Path(config.config_file_path).resolve().parent
    return stages.template_loader(root, option, config.theme.custom_dir)
