"""Compiled Jinja templates kept for the whole test process, so the hundreds of builds a run
makes compile MkDocs', Material's and our templates once instead of once per build.

Every build creates new Jinja environments (MkDocs' theme, the plugin's templates), and compiling
their templates was about 40 % of a small project's build. Jinja's own bytecode cache hands an
environment the code compiled earlier for the same template name, file and source text (a
template changed on disk is compiled again), so the pages are the same bytes as without it. Only
the tests use it (conftest.py installs it for the session); builds in a subprocess
(`praksisbank`, `mkdocs serve`) compile as always.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jinja2
import pytest
from jinja2.bccache import Bucket, BytecodeCache


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates in a dictionary, by Jinja's key (template name and file); Jinja
    compares the source's checksum and compiles again when it differs."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._code.clear()


def _compiled_the_same(env: jinja2.Environment) -> tuple[object, ...]:
    """What changes the code Jinja compiles from a source: environments that differ in any of
    these get separate caches (the bucket's key holds only the name, the file and the source)."""
    return (
        type(env),
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.autoescape,
        env.finalize,
        env.optimized,
        env.is_async,
        tuple(sorted(env.extensions)),
    )


@contextmanager
def compiled_templates_kept() -> Iterator[None]:
    """While open, every new Jinja environment without a bytecode cache of its own gets the
    shared one for its settings."""
    caches: dict[tuple[object, ...], MemoryBytecodeCache] = {}
    original: Callable[..., None] = jinja2.Environment.__init__

    def init(self: jinja2.Environment, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        if self.bytecode_cache is None:
            self.bytecode_cache = caches.setdefault(_compiled_the_same(self), MemoryBytecodeCache())

    mp = pytest.MonkeyPatch()
    mp.setattr(jinja2.Environment, "__init__", init)
    try:
        yield
    finally:
        mp.undo()


_INSTALLED = (Path(sys.prefix).resolve(), Path(__file__).resolve().parent.parent / "plugins")
"""Where the themes no test writes to live: the virtualenv's packages (Material) and this
repository's plugin (our theme folder)."""


@contextmanager
def installed_theme_scripts_listed_once() -> Iterator[None]:
    """While open, the plugin lists the script files of a set of theme folders
    (``protect.script_files``, a walk of every file of Material's theme: a fifth of a small
    build) once per test process, when every folder is an installed one (``_INSTALLED``). A
    site with a theme folder of its own (``custom_dir``, in the test's project) is walked at
    every build, as before."""
    from praksisbank.mkdocs_adapter import protect

    listed: dict[tuple[str, ...], frozenset[str]] = {}
    walk: Callable[[Any], frozenset[str]] = protect.script_files

    def once(config: Any) -> frozenset[str]:
        folders = tuple(str(folder) for folder in config.theme.dirs)
        if not all(any(Path(f).resolve().is_relative_to(i) for i in _INSTALLED) for f in folders):
            return walk(config)
        if folders not in listed:
            listed[folders] = walk(config)
        return listed[folders]

    mp = pytest.MonkeyPatch()
    mp.setattr(protect, "script_files", once)
    try:
        yield
    finally:
        mp.undo()


def _installed(folders: tuple[str, ...]) -> bool:
    return all(any(Path(f).resolve().is_relative_to(i) for i in _INSTALLED) for f in folders)


@contextmanager
def installed_theme_files_listed_once() -> Iterator[None]:
    """While open, MkDocs lists the static files of a set of installed theme folders
    (``Files.add_files_from_theme``: a walk of every file of Material's theme, its thousands of
    icons included, each name matched against MkDocs' patterns: about a sixth of a small
    build) once per test process, and adds the same files to each build's files: a file of
    the site's own with the same path still wins. A site with a theme folder of its own
    (``custom_dir``, in the test's project) is walked at every build, as before."""
    from mkdocs.structure.files import File, Files

    listed: dict[tuple[object, ...], tuple[tuple[str, str], ...]] = {}
    walk: Callable[..., None] = Files.add_files_from_theme

    def once(self: Files, env: jinja2.Environment, config: Any) -> None:
        loader = env.loader
        folders = tuple(str(folder) for folder in config.theme.dirs)
        if not isinstance(loader, jinja2.FileSystemLoader) or not _installed(
            (*folders, *map(str, loader.searchpath))
        ):
            walk(self, env, config)
            return
        key = (folders, tuple(loader.searchpath), tuple(config.theme.static_templates))
        if key not in listed:
            found = Files([])
            walk(found, env, config)
            listed[key] = tuple((file.src_uri, str(file.src_dir)) for file in found)
        for path, folder in listed[key]:
            if self.get_file_from_path(path) is None:
                self.append(File(path, folder, config.site_dir, config.use_directory_urls))

    mp = pytest.MonkeyPatch()
    mp.setattr(Files, "add_files_from_theme", once)
    try:
        yield
    finally:
        mp.undo()
