"""The snippets extension takes text from the content folders only (issue 17, rounds 9 and 10).

``pymdownx.snippets`` puts a file's text into a page (``--8<-- "file"`` in the page, or
``auto_append`` in ``mkdocs.yml``), looked for under ``base_path``, which is the folder the build
runs in unless set. That folder holds ``.git/config``, where a CI checkout writes its access
token, the ``Makefile``, ``mkdocs.yml`` and other files no reader should see; the page gate
reads what a page shows for personal data, not for secrets. Every path the extension resolves
goes through ``_content_only`` (installed once, when the plugin is imported: every build, live
preview and ``check --render`` loads it), which asks ``core/gate/snippetpaths.py``: a hidden path,
or a file outside the content folders, is refused with the extension's own error, which
``check --render`` reports at the page's line and the build stops on, whatever ``check_paths``
says. The content folders come with ``Folders``, a Markdown extension the plugin and
``check --render`` add; a Markdown without it takes no snippet from any file.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from markdown import Extension  # type: ignore[import-untyped]
from markdown.preprocessors import Preprocessor  # type: ignore[import-untyped]
from pymdownx import snippets

from praksisbank.core.content.layout import Layout
from praksisbank.core.gate import snippetpaths


class RefusedSnippetError(snippets.SnippetMissingError):  # type: ignore[misc]
    """A snippet the site may not show (the message is Norwegian, for the contributor)."""


class Folders(Extension):  # type: ignore[misc]
    """The project's content folders, for the snippet lookup of the Markdown it extends."""

    def __init__(self, root: Path, folders: Sequence[Path]) -> None:
        super().__init__()
        self.root = str(root)
        self.folders = tuple(sorted({str(Path(f).absolute()) for f in folders}))

    def extendMarkdown(self, md: Any) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(_Handing(md, self), "praksisbank-snippet-folders", 33)


class _Handing(Preprocessor):  # type: ignore[misc]
    """Runs just before the snippets' preprocessor (32), which knows no Markdown instance,
    and hands it the content folders."""

    def __init__(self, md: Any, folders: Folders) -> None:
        super().__init__(md)
        self.folders = folders

    def run(self, lines: list[str]) -> list[str]:
        if "snippet" in self.md.preprocessors:
            self.md.preprocessors["snippet"].praksisbank_folders = self.folders
        return lines


def _sources(preprocessor: Any) -> snippetpaths.Sources:
    folders: Folders | None = getattr(preprocessor, "praksisbank_folders", None)
    return snippetpaths.Sources(
        root=folders.root if folders is not None else "",  # unknown: no folder is a source
        bases=tuple(base for base, _ in preprocessor.get_bases()),
        folders=folders.folders if folders is not None else (),
        appended=frozenset(str(p) for p in preprocessor.auto_append or ()),
        check_paths=bool(preprocessor.check_paths),
    )


def _content_only(get: Callable[[Any, str], str | None]) -> Callable[[Any, str], str | None]:
    @functools.wraps(get)
    def get_snippet_path(self: Any, path: str) -> str | None:
        found = get(self, path)
        sources = _sources(self)
        said = snippetpaths.refusal(path, found, sources)
        if said is None and found is None and sources.check_paths:
            said = snippetpaths.MISSING.format(path=path)  # the extension's, in Norwegian
        if said is not None:
            raise RefusedSnippetError(said)
        return found

    get_snippet_path.__dict__["praksisbank_content_only"] = True
    return get_snippet_path


def install() -> None:
    """Wrap the extension's path lookup once (a second call leaves it as it is)."""
    current = snippets.SnippetPreprocessor.get_snippet_path
    if not getattr(current, "praksisbank_content_only", False):
        snippets.SnippetPreprocessor.get_snippet_path = _content_only(current)


def folders(layout: Layout) -> Folders:
    """The ``Folders`` of a project: each kind's folder (``docs_dir`` for the free pages)."""
    return Folders(layout.root, [layout.folder(kind) for kind in layout.kinds])
