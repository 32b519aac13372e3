"""A project's settings from its ``mkdocs.yml``, read without MkDocs.

The check runs before every commit and in every pull request, so it reads the few settings it
needs (the docs folder and the praksisbank plugin's options) itself: loading MkDocs costs about a
second. A configuration that inherits from another file (``INHERIT``) is read through MkDocs.

The settings that would make a reader's browser fetch from another host
(``core/gate/siteconfig/``)
are read here too: from the file for ``check``, and from MkDocs' resolved configuration for the
build (``mkdocs_settings``), both with the lines of ``mkdocs.yml``.

MkDocs reads ``mkdocs.yml`` with PyYAML's unsafe loader: a ``!!python/…`` tag runs as the file is
read. Every load of ours (``load_mkdocs_config``) first reads the file and each file it inherits
with a safe parser and refuses what runs code (``code_problems``), then lets MkDocs read it with
a loader that constructs only the reviewed tags (``reviewed_python``).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import importlib
import importlib.util
import logging
import os
import posixpath
import re
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from yaml_env_tag import construct_env_tag

from praksisbank.core.base.model import Content
from praksisbank.core.base.problems import Problem, format_text
from praksisbank.core.content.kinds import KINDS
from praksisbank.core.content.loader import Layout
from praksisbank.core.gate import siteconfig, snippetpaths

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

CONFIG = "mkdocs.yml"


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may hold MkDocs' own tags (``!ENV``, ``!!python/name:``): they are not ours."""

    read_environment = False
    """Set when a value came from the environment (``!ENV``): such a reading is not kept."""


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    return None


def _env_tag(loader: _Loader, node: yaml.Node) -> Any:
    loader.read_environment = True
    return construct_env_tag(loader, node)


_Loader.add_multi_constructor("!", _any_tag)
_Loader.add_constructor("!ENV", _env_tag)  # the plugin's settings: as MkDocs reads them
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


class UnsafeSettingsError(ProjectError):
    """``mkdocs.yml`` (or a file it inherits) holds what would run code when MkDocs reads it."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(
            f"{CONFIG} har innstillinger som kjører kode, henter fra andre maskiner eller "
            f"stopper MkDocs, så MkDocs får ikke lese den:\n{format_text(problems)}"
        )
        self.problems = problems


_MAX_INHERITED = 10
LOCAL_PATHS: tuple[siteconfig.Where, ...] = (
    *siteconfig.LOCAL_PATHS,
    *(("plugins", "praksisbank", kind.option) for kind in KINDS if kind.option),
)
"""The settings naming files the build reads, the plugin's content folders included: each must
stay inside the project (``siteconfig.outside_project``)."""


_FILE_PATHS = tuple(where for where in LOCAL_PATHS if where != ("INHERIT",))
"""The path settings judged from the folder of ``mkdocs.yml`` (MkDocs reads every one of them
from there, also when it is written in an inherited file); ``INHERIT`` is judged from the folder
of the file it is written in."""


def code_problems(config_file: Path) -> tuple[Problem, ...]:
    """What in ``config_file`` and each file it inherits (``INHERIT``) would run code when MkDocs
    reads it, or fetch while building (``core/gate/siteconfig/``), read with a safe parser and
    nothing loaded; and each path setting that leads out of the project, as written or through a
    symbolic link. Raises ``ProjectError`` when a file cannot be read."""
    return tuple(sorted({problem for _, problem in code_findings(config_file)}))


def code_findings(config_file: Path) -> tuple[tuple[siteconfig.Cause, Problem], ...]:
    """``code_problems``, each with its cause (``siteconfig.CAUSES``)."""
    root = config_file.resolve().parent
    found: list[tuple[siteconfig.Cause, Problem]] = []
    seen: set[Path] = set()
    current = config_file
    folder = ""  # the folder of ``current`` as written, from the folder of mkdocs.yml
    for _ in range(_MAX_INHERITED):
        resolved = current.resolve()
        if resolved in seen or not current.is_file():
            break  # MkDocs says itself that an inherited file is missing
        seen.add(resolved)
        shown = (
            resolved.relative_to(root).as_posix()
            if resolved.is_relative_to(root)
            else str(resolved)
        )
        try:
            settings = siteconfig.read(_text(current), shown)
        except yaml.YAMLError:
            _read(current)  # the Norwegian message of a file YAML cannot read
            raise
        found += siteconfig.code_findings(settings, _FILE_PATHS)
        found += (("paths", problem) for problem in _linked_out(settings, root))
        found += (("options", problem) for problem in _extension_options(settings))
        parent = settings.values.get("INHERIT")
        if parent is None:
            break
        inherit = functools.partial(
            Problem, file=shown, line=settings.line(("INHERIT",)), column=1, code="site-external"
        )
        if not isinstance(parent, str):
            found.append(
                (
                    "code",
                    inherit(
                        message="«INHERIT» må være en sti skrevet som vanlig tekst: en fil "
                        "sjekken ikke ser, kan kjøre kode når MkDocs leser den."
                    ),
                )
            )
            break
        written = f"{folder}/{parent}" if folder else parent
        following = current.parent / parent
        if siteconfig.outside_project(written) or not _inside(following, root):
            found.append(
                ("paths", inherit(message=siteconfig.outside_message(("INHERIT",), parent)))
            )
            break
        folder = posixpath.dirname(posixpath.normpath(written))
        current = following
    else:  # MkDocs would go on reading files nobody checked
        found.append(
            (
                "options",
                Problem(
                    file=CONFIG,
                    line=1,
                    column=1,
                    code="site-external",
                    message=f"{CONFIG} arver fra mer enn {_MAX_INHERITED} filer etter hverandre "
                    "(«INHERIT»). Slå sammen innstillingene i færre filer.",
                ),
            )
        )
    return tuple(sorted(set(found), key=lambda pair: (pair[1], pair[0])))


@functools.cache
def _known_options(extension: str) -> dict[str, Any] | None:
    """The options a reviewed Markdown extension has, with their defaults (``None``: it does not
    load). The extensions are reviewed (``siteconfig.MARKDOWN_EXTENSIONS``), so making one to
    read its options runs nothing new; done only for an extension whose options are written."""
    import markdown  # type: ignore[import-untyped]

    try:
        made = markdown.Markdown().build_extension(extension, {})
        return dict(made.getConfigs())
    except Exception:  # MkDocs says it when it loads the extension
        return None


def _extension_options(settings: siteconfig.Settings) -> Iterator[Problem]:
    """Options written for a reviewed Markdown extension that it does not have, or whose value
    it refuses: MkDocs would stop in a traceback while it reads the configuration."""
    for name, options in siteconfig.extension_options(settings.values).items():
        import markdown  # only when an extension's options are written

        known = _known_options(name)
        if known is None:
            continue
        for option, value in options.items():
            where = ("markdown_extensions", name, option)
            at_option = functools.partial(
                Problem,
                file=settings.file,
                line=settings.line(where),
                column=1,
                code="site-external",
            )
            if option not in known:
                have = ", ".join(f"«{k}»" for k in sorted(known)) or "ingen"
                yield at_option(
                    message=f"«{siteconfig.setting_name(where)}»: Markdown-utvidelsen «{name}» "
                    f"har ikke innstillingen «{option}», så MkDocs stopper når den leser "
                    f"{CONFIG}. Fjern «{option}», eller skriv en av innstillingene den har: "
                    f"{have}.",
                )
            elif isinstance(value, str | bool | int | float) and isinstance(known[option], bool):
                try:
                    markdown.util.parseBoolValue(value, preserve_none=True)
                except ValueError:
                    yield at_option(
                        message=f"«{siteconfig.setting_name(where)}» = «{value}» er verken "
                        "«true» eller «false», så MkDocs stopper når den leser "
                        f"{CONFIG}. Skriv «true» eller «false».",
                    )


def theme_languages(root: Path, custom_dir: Any) -> frozenset[str]:
    """The languages Material has a translation for (its ``partials/languages/*.html``), ours
    and the site's ``custom_dir``'s included, read from the installed package."""
    spec = importlib.util.find_spec("material")
    folders = (
        [Path(p) / "templates" for p in (spec.submodule_search_locations or [])] if spec else []
    )
    folders.append(Path(str(resources.files("praksisbank") / "theme")))
    if isinstance(custom_dir, str) and custom_dir:
        folders.append(root / custom_dir)
    return frozenset(
        path.stem
        for folder in folders
        if (folder / "partials" / "languages").is_dir()
        for path in (folder / "partials" / "languages").glob("*.html")
    )


def _inside(path: Path, root: Path) -> bool:
    """Whether ``path``, every symbolic link followed, is ``root`` or below it."""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a loop of links
        return False


_MAX_LINKS = 20
"""Links out of the project named per setting; the rest are counted."""


def _linked_out(settings: siteconfig.Settings, root: Path) -> Iterator[Problem]:
    """Path settings that stay inside the project as written but lead out of it through a
    symbolic link: the setting itself, or a link anywhere in the folder it names (hidden folders
    such as ``.venv`` and ``.git`` left out, as the build leaves them out). The docs folder is
    looked through also when ``docs_dir`` is not written."""
    written = list(siteconfig.path_settings(settings.values, _FILE_PATHS))
    if settings.file == CONFIG and "docs_dir" not in settings.values:
        written.append((("docs_dir",), "docs"))
    for at, path in written:
        if not isinstance(path, str) or siteconfig.outside_project(path):
            continue  # siteconfig says it
        target = root / path
        if not os.path.lexists(target):
            continue
        setting = ".".join(str(part) for part in at)
        line = settings.line(at)
        if not _inside(target, root):
            yield _link_problem(
                settings.file,
                line,
                f"«{setting}» = «{path}» fører ut av prosjektet gjennom en symbolsk lenke",
            )
            continue
        links = _links_leaving(target, root) if target.is_dir() else []
        for link in links[:_MAX_LINKS]:
            yield _link_problem(
                settings.file,
                line,
                f"«{link.relative_to(root).as_posix()}» under «{setting}» er en symbolsk lenke "
                "ut av prosjektet",
            )
        if len(links) > _MAX_LINKS:
            yield _link_problem(
                settings.file,
                line,
                f"{len(links) - _MAX_LINKS} symbolske lenker til under «{setting}» fører ut av "
                "prosjektet",
            )


def _link_problem(file: str, line: int, what: str) -> Problem:
    return Problem(
        file=file,
        line=line,
        column=1,
        code="site-external",
        message=f"{what}: byggingen ville lese det lenken peker på og publisere det, og det er "
        "ikke gjennomgått. Legg filen eller mappen inn i prosjektet i stedet for lenken.",
    )


def _links_leaving(folder: Path, root: Path) -> list[Path]:
    """Every symbolic link below ``folder`` that points out of ``root``, sorted; links are not
    followed and hidden entries are left out."""
    leaving: list[Path] = []
    folders = [folder]
    while folders:
        base = folders.pop()
        try:
            entries = list(os.scandir(base))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():
                if not _inside(base / entry.name, root):
                    leaving.append(base / entry.name)
            elif entry.is_dir(follow_symlinks=False):
                folders.append(base / entry.name)
    return sorted(leaving)


def _text(config_file: Path) -> str:
    try:
        return config_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        _read(config_file)  # the Norwegian message
        raise


def refuse_code(config_file: Path) -> None:
    """Raise ``UnsafeSettingsError`` when ``code_problems`` finds anything."""
    problems = code_problems(config_file)
    if problems:
        raise UnsafeSettingsError(problems)


class _ReviewedLoader(yaml.SafeLoader):
    """PyYAML's safe loader with the reviewed Python tags only (``siteconfig.ALLOWED_PYTHON``),
    no ``hooks`` and only reviewed Markdown extensions (``siteconfig.MARKDOWN_EXTENSIONS``):
    MkDocs imports both as it checks the configuration, before any plugin runs."""

    def construct_document(self, node: yaml.Node) -> Any:
        document = super().construct_document(node)
        unreviewed = (
            siteconfig.unreviewed_extensions(document) if isinstance(document, dict) else ()
        )
        if unreviewed:
            keys = node.value if isinstance(node, yaml.MappingNode) else []
            where = next(
                (k.start_mark for k, _ in keys if k.value == "markdown_extensions"), node.start_mark
            )
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"Markdown-utvidelsen «{unreviewed[0]}» er ikke gjennomgått og importeres ikke "
                "(praksisbank check viser hvorfor)",
                where,
            )
        if isinstance(document, dict) and document.get("hooks"):
            keys = node.value if isinstance(node, yaml.MappingNode) else []
            where = next((k.start_mark for k, _ in keys if k.value == "hooks"), node.start_mark)
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "«hooks» kjører Python-kode fra prosjektet og leses ikke (praksisbank check viser "
                "hvorfor)",
                where,
            )
        return document


def _reviewed_python(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    tag = siteconfig.PythonTag((), node.tag, siteconfig.plain_arguments(node))
    if not siteconfig.python_allowed(tag):
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"taggen «!!{node.tag.removeprefix('tag:yaml.org,2002:')}» er ikke gjennomgått og "
            "leses ikke (praksisbank check viser hvorfor)",
            node.start_mark,
        )
    kind, _, dotted = suffix.partition(":")
    module, _, name = dotted.rpartition(".")
    target = getattr(importlib.import_module(module), name)
    if kind == "name":
        return target
    given = loader.construct_mapping(node, deep=True) if isinstance(node, yaml.MappingNode) else {}
    return target(**dict(given.get("kwds") or {}))


_ReviewedLoader.add_multi_constructor("tag:yaml.org,2002:python/", _reviewed_python)


@contextlib.contextmanager
def reviewed_python() -> Iterator[None]:
    """While inside, MkDocs reads configuration files with ``_ReviewedLoader``: a Python tag not
    reviewed stops the read instead of running, even where no check ran first. It may be
    entered again inside itself (``validated`` under ``praksisbank mkdocs serve``)."""
    import mkdocs.config.defaults
    import mkdocs.utils.yaml

    # MkDocsConfig.load_file calls the name it imported from mkdocs.utils.yaml
    modules: tuple[Any, ...] = (mkdocs.config.defaults, mkdocs.utils.yaml)
    original = mkdocs.utils.yaml.get_yaml_loader
    if isinstance(original, functools.partial) and original.args == (_ReviewedLoader,):
        yield  # already inside (a live preview's rebuild validates its file): nothing to add
        return
    reviewed = functools.partial(original, _ReviewedLoader)
    for module in modules:
        module.get_yaml_loader = reviewed
    try:
        yield
    finally:
        for module in modules:
            module.get_yaml_loader = original


def load_mkdocs_config(config_file: Path, **options: Any) -> MkDocsConfig:
    """MkDocs' configuration from ``config_file``, after ``refuse_code`` and with only the
    reviewed Python tags constructed. Raises ``UnsafeSettingsError`` and MkDocs' own errors."""
    from mkdocs.config import load_config

    refuse_code(config_file)
    with reviewed_python():
        return load_config(str(config_file), **options)


_KEPT: dict[str, Any] = {}
"""The last few ``mkdocs.yml`` texts ``_read`` read without a value from the environment, and
what they hold: one ``praksisbank check`` reads the file about six times, PyYAML's own parser
about 2.5 ms each for a small one."""
_KEEP = 8


def _read(config_file: Path) -> Any:
    try:
        text = config_file.read_text(encoding="utf-8")
        if text not in _KEPT:
            loader = _Loader(text)
            try:
                value = loader.get_single_data() or {}
            finally:
                loader.dispose()
            if loader.read_environment:  # the environment may differ at the next reading
                return value
            while len(_KEPT) >= _KEEP:
                del _KEPT[next(iter(_KEPT))]
            _KEPT[text] = value
        return copy.deepcopy(_KEPT[text])  # each caller its own, as a new reading gives
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


def plugin_options(project: Path) -> dict[str, Any]:
    """The ``praksisbank`` plugin's options as written in the project's ``mkdocs.yml`` (``!ENV``
    resolved as MkDocs resolves it); empty without the file or the plugin. Raises
    ``ProjectError`` when the file cannot be read."""
    config_file = project / CONFIG
    if not config_file.is_file():
        return {}
    config = _read(config_file)
    if not isinstance(config, dict):
        return {}
    if "INHERIT" in config:
        plugin = _load_through_mkdocs(config_file).plugins.get("praksisbank")
        return dict(plugin.config) if plugin is not None else {}
    return _plugin_options(config) or {}


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
    config = _load_through_mkdocs(config_file)
    plugin = config.plugins.get("praksisbank")
    if plugin is None:
        return Layout.default(config_file.resolve().parent)
    layout: Layout = plugin.layout(config)
    return layout


def _load_through_mkdocs(config_file: Path) -> MkDocsConfig:
    """Only for inherited configurations."""
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.ERROR)  # MkDocs' notes on the configuration are not ours to show
    try:
        config = load_mkdocs_config(config_file)
    except ProjectError:
        raise
    except Exception as exc:  # MkDocs' own refusal of the configuration, in English
        raise ProjectError(f"{CONFIG} kan ikke leses av MkDocs (teknisk: {exc}).") from None
    finally:
        logger.setLevel(level)
    return config


def site_settings_problems(project: Path) -> tuple[Problem, ...]:
    """Settings in the project's ``mkdocs.yml`` that would make a reader's browser fetch from
    another host (``core/gate/siteconfig/``). Raises ``ProjectError`` when the file cannot be
    read."""
    config_file = project / CONFIG
    if not config_file.is_file():
        return ()
    config = _read(config_file)  # a Norwegian ProjectError for a file YAML cannot read
    root = config_file.resolve().parent
    written = siteconfig.read(config_file.read_text(encoding="utf-8"))
    theme = written.values.get("theme")
    custom_dir = theme.get("custom_dir") if isinstance(theme, dict) else None
    own = siteconfig.check(written, languages=theme_languages(root, custom_dir))
    code = code_problems(config_file)  # before anything loads the files
    inherits = isinstance(config, dict) and "INHERIT" in config
    if code:
        if inherits:
            return code
        # one message a line: the code check's (a value from !ENV is refused by both)
        said = {(p.file, p.line) for p in code}
        return tuple(sorted({*code, *(p for p in own if (p.file, p.line) not in said)}))
    templates = template_problems(layout_for(project))
    if inherits:
        loaded = _load_through_mkdocs(config_file)
        languages = theme_languages(root, loaded.theme.custom_dir)
        return tuple(
            sorted({*siteconfig.check(mkdocs_settings(loaded), languages=languages), *templates})
        )
    return tuple(sorted({*own, *templates}))


def template_problems(layout: Layout) -> tuple[Problem, ...]:
    """The site's templates (``theme.custom_dir``, the ``templates`` option) that do not parse
    or hold an expression the sandbox refuses (``core/views/sandbox.py``); a folder outside the
    project is refused as a path setting and not read here."""
    inside = [folder for folder in layout.theme_dirs if _inside(folder, layout.root)]
    if not inside:
        return ()
    from praksisbank.core.views import sandbox  # (the views load Markdown: only when needed)

    return sandbox.template_problems(inside, layout.show)


_CONFIG_VALUE = re.compile(r"Config value '([^']*)': (.*)")


def validated(config_file: Path) -> None:
    """Let MkDocs read and validate ``config_file`` (after ``refuse_code``); raise
    ``ProjectError`` with a Norwegian message naming each setting MkDocs refuses and its line,
    instead of MkDocs' English messages (an extension that does not load ends in a traceback
    there)."""
    from mkdocs.config import load_config

    refused: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.ERROR:
                refused.append(record.getMessage())

    logger = logging.getLogger("mkdocs.config")
    handler, propagate = Collect(), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False  # MkDocs says its notes again when it reads the file to build
    try:
        with reviewed_python():
            load_config(str(config_file))
    except Exception as exc:  # MkDocs' refusal (Abort, ConfigurationError) or anything else
        refused = refused or [f"{type(exc).__name__}: {exc}"]
    else:
        return
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
    raise ProjectError(_refused_message(config_file, refused))


def _refused_message(config_file: Path, refused: list[str]) -> str:
    try:
        written = siteconfig.read(config_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        written = siteconfig.Settings({})
    lines = []
    for message in refused:
        first = message.strip().splitlines()[0] if message.strip() else message
        match = _CONFIG_VALUE.match(first)
        key = match.group(1) if match else ""
        said = (match.group(2) if match else first)[:200]
        where = f"{CONFIG}:{written.line((key,))}" if key else CONFIG
        setting = f"innstillingen «{key}»" if key else "innstillingene"
        lines.append(f"{where}: MkDocs godtar ikke {setting} (teknisk: {said})")
    return (
        "MkDocs stoppet da den leste innstillingene:\n"
        + "\n".join(lines)
        + "\nRett innstillingen (kjør «praksisbank check» for å se det sjekken finner)."
    )


def mkdocs_settings(config: MkDocsConfig) -> siteconfig.Settings:
    """The settings ``core/gate/siteconfig/`` checks, as MkDocs will use them (inherited files,
    ``!ENV`` and the theme's defaults resolved), with the lines of ``mkdocs.yml``."""
    try:
        written = siteconfig.read(Path(config.config_file_path).read_text(encoding="utf-8"))
    except (OSError, TypeError, UnicodeDecodeError, yaml.YAMLError):
        written = siteconfig.Settings({})
    lines = written.lines
    theme = config.theme
    values: dict[str, Any] = {
        "theme": {**{key: theme[key] for key in theme}, "name": theme.name},
        "extra": dict(config.extra),
        "extra_javascript": [getattr(x, "path", x) for x in config.extra_javascript],
        "extra_css": list(config.extra_css),
        "plugins": [
            {_as_written(name, lines): dict(p.config)} for name, p in config.plugins.items()
        ],
        "markdown_extensions": [
            {name: _named_functions(config.mdx_configs.get(name, {}))}
            for name in config.markdown_extensions
            if isinstance(name, str)
        ],
        "hooks": list(config.get("hooks") or []),
        "nav": config.get("nav"),  # as written: its addresses are links in every page
        **{key: config.get(key) for key in _PLAIN_SETTINGS},
    }
    return siteconfig.Settings(values, lines, python=written.python)


def _as_written(plugin: str, lines: Mapping[siteconfig.Where, int]) -> str:
    """A theme's plugin as mkdocs.yml names it: ``social`` for MkDocs' ``material/social``."""
    short = plugin.split("/", 1)[-1]
    return short if ("plugins", short) in lines and ("plugins", plugin) not in lines else plugin


_PLAIN_SETTINGS = (
    "repo_url",
    "edit_uri",
    "site_url",
    "site_name",
    "site_description",
    "site_author",
    "copyright",
)


def _named_functions(value: Any) -> Any:
    """A function MkDocs loaded for ``!!python/name:`` is known by that name."""
    if isinstance(value, dict):
        return {k: _named_functions(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_named_functions(v) for v in value]
    if callable(value) and hasattr(value, "__qualname__"):
        return siteconfig.PythonName(f"{value.__module__}.{value.__qualname__}")
    return value


def snippet_sources(layout: Layout) -> snippetpaths.Sources | None:
    """Where the site's ``pymdownx.snippets`` looks for a snippet and may take it from
    (``core/gate/snippetpaths.py``), its ``base_path`` read from the project's folder, where
    ``make site`` runs; ``None`` when the site does not use the extension (or has no
    ``mkdocs.yml``). Raises ``ProjectError`` when the file cannot be read."""
    config_file = layout.root / CONFIG
    if not config_file.is_file():
        return None
    config = _read(config_file)
    if not isinstance(config, dict):
        return None
    if "INHERIT" in config:
        loaded = _load_through_mkdocs(config_file)
        if snippetpaths.EXTENSION not in loaded.markdown_extensions:
            return None
        options: Any = loaded.mdx_configs.get(snippetpaths.EXTENSION) or {}
    else:
        named = siteconfig.markdown_extensions(config)
        if snippetpaths.EXTENSION not in named:
            return None
        options = named[snippetpaths.EXTENSION]
    bases = options.get("base_path", ["."])
    appended = options.get("auto_append") or []
    root = layout.root
    folders = sorted({layout.folder(kind) for kind in layout.kinds})
    return snippetpaths.Sources(
        root=str(root),
        bases=tuple(
            os.path.normpath(root / str(b)) for b in (bases if isinstance(bases, list) else [bases])
        ),
        folders=tuple(str(f) for f in folders),
        appended=frozenset(str(p) for p in (appended if isinstance(appended, list) else [])),
        check_paths=options.get("check_paths") is True,
    )


def snippet_problems(layout: Layout, content: Content) -> tuple[Problem, ...]:
    """Each snippet line of a text the build would refuse: a hidden file, or one outside the
    content folders (the plain check reads them as the build's lookup does)."""
    sources = snippet_sources(layout)
    if sources is None:
        return ()
    return tuple(
        problem
        for item in content.all_items()
        for problem in snippetpaths.problems(item.path, item.body_line, item.body, sources)
    )
