"""The snippets extension never reads a hidden file or folder (issue 17, attack round 9).

``pymdownx.snippets`` puts a file's text into a page (``--8<-- "file"`` in the page, or
``auto_append`` and ``auto_prepend`` in ``mkdocs.yml``), looked for under ``base_path``, which is
the folder the build runs in unless set. That folder holds ``.git/config``, where a CI checkout
writes its access token, and other hidden files no reader should see; the page gate reads what a
page shows for personal data, not for secrets. Every path the extension resolves goes through
``_visible_only`` (installed once, when the plugin is imported: every build, live preview and
``check --render`` loads it): a path with a part that starts with «.», as written, as found
under its base or where a symbolic link leads (or one that leads out of its base), is refused
with the extension's own error, which ``check --render`` reports at the page and the build
stops on, whatever ``check_paths`` says.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pymdownx import snippets

from praksisbank.core.gate.siteconfig import hidden_path as hidden


class HiddenSnippetError(snippets.SnippetMissingError):  # type: ignore[misc]
    """A snippet in a hidden file or folder (the message is Norwegian, for the contributor)."""


HIDDEN = (
    "Tekstbiten «{path}» ligger i en skjult fil eller mappe (navnet begynner med punktum, som "
    "«.git»). Slike filer holder byggemaskinens innstillinger og nøkler og tas aldri inn i en "
    "side. Legg teksten i en vanlig fil i en innholdsmappe, og pek på den."
)


def _visible_only(get: Callable[[Any, str], str | None]) -> Callable[[Any, str], str | None]:
    @functools.wraps(get)
    def get_snippet_path(self: Any, path: str) -> str | None:
        found = get(self, path)
        if hidden(path) or (found is not None and _hidden_under(found, self.get_bases())):
            raise HiddenSnippetError(HIDDEN.format(path=path))
        return found

    get_snippet_path.__dict__["praksisbank_visible_only"] = True
    return get_snippet_path


def _hidden_under(found: str, bases: list[tuple[str, bool]]) -> bool:
    """Whether ``found`` is hidden under the base that holds it: as written, and as the file
    system leads (a link to ``.git``), or whether it leads out of that base."""
    for base, is_dir in bases:
        folder = base if is_dir else str(Path(base).parent)
        if os.path.commonpath([found, folder]) != folder:
            continue
        real, real_folder = os.path.realpath(found), os.path.realpath(folder)
        if (
            hidden(os.path.relpath(found, folder))
            or os.path.commonpath([real, real_folder]) != real_folder
            or hidden(os.path.relpath(real, real_folder))
        ):
            return True
    return False


def install() -> None:
    """Wrap the extension's path lookup once (a second call leaves it as it is)."""
    current = snippets.SnippetPreprocessor.get_snippet_path
    if not getattr(current, "praksisbank_visible_only", False):
        snippets.SnippetPreprocessor.get_snippet_path = _visible_only(current)
