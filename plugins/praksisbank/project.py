"""A project's settings from its ``mkdocs.yml``, read without MkDocs.

The check runs before every commit and in every pull request, so it reads the few settings it
needs (the docs folder and the praksisbank plugin's options) itself: loading MkDocs costs about a
second. A configuration that inherits from another file (``INHERIT``) is read through MkDocs.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import yaml

from .core.kinds import KINDS
from .core.loader import Layout

CONFIG = "mkdocs.yml"


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may hold MkDocs' own tags (``!ENV``, ``!!python/name:``): they are not ours."""


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    return None


_Loader.add_multi_constructor("!", _any_tag)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


def _plugin_options(config: dict[str, Any]) -> dict[str, Any] | None:
    plugins = config.get("plugins") or []
    if isinstance(plugins, dict):
        plugins = [{k: v} for k, v in plugins.items()]
    for entry in plugins:
        if entry == "praksisbank":
            return {}
        if isinstance(entry, dict) and "praksisbank" in entry:
            return dict(entry["praksisbank"] or {})
    return None


class ProjectError(Exception):
    """``mkdocs.yml`` cannot be read; the message is for the person running the command."""


def _read(config_file: Path) -> Any:
    try:
        return yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" på linje {mark.line + 1}, kolonne {mark.column + 1}" if mark else ""
        raise ProjectError(
            f"{CONFIG} kan ikke leses: ugyldig YAML{where}. Sjekk innrykk, kolon og "
            "anførselstegn der."
        ) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ProjectError(
            f"{CONFIG} kan ikke leses ({type(exc).__name__}). Sjekk at den er en vanlig "
            "tekstfil lagret som UTF-8."
        ) from None


def layout_for(project: Path) -> Layout:
    """The content folders as configured in the project's ``mkdocs.yml`` (defaults without one).
    Raises ``ProjectError`` when the file cannot be read."""
    config_file = project / CONFIG
    if not config_file.is_file():
        return Layout.default(project)
    config = _read(config_file)
    if not isinstance(config, dict):
        return Layout.default(project)
    if "INHERIT" in config:
        return _through_mkdocs(config_file)
    options = _plugin_options(config)
    if options is None:
        return Layout(root=project, settings=config_file.resolve())
    root = config_file.resolve().parent
    folders = {
        kind.name: root
        / str(
            options.get(kind.option, kind.folder) if kind.option else config.get("docs_dir", "docs")
        )
        for kind in KINDS
    }
    teams = options.get("teams") or {}
    return Layout(
        root=root,
        folders=folders,
        teams={str(k): str(v) for k, v in teams.items()},
        settings=config_file.resolve(),
        theme_dirs=_theme_dirs(root, config, options),
    )


def _theme_dirs(root: Path, config: dict[str, Any], options: dict[str, Any]) -> tuple[Path, ...]:
    """The site's own theme folders: ``theme.custom_dir`` and the plugin's ``templates``."""
    theme = config.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    named = [custom, options.get("templates")]
    return tuple(dict.fromkeys(root / str(n) for n in named if isinstance(n, str) and n))


def _through_mkdocs(config_file: Path) -> Layout:
    from mkdocs.config import load_config  # only for inherited configurations

    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.ERROR)  # MkDocs' notes on the configuration are not ours to show
    try:
        config = load_config(str(config_file))
    except Exception as exc:  # MkDocs' own refusal of the configuration, in English
        raise ProjectError(f"{CONFIG} kan ikke leses av MkDocs (teknisk: {exc}).") from None
    finally:
        logger.setLevel(level)
    plugin = config.plugins.get("praksisbank")
    if plugin is None:
        return Layout.default(config_file.resolve().parent)
    layout: Layout = plugin.layout(config)
    return layout
