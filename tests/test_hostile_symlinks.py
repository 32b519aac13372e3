"""Hostile inputs, class «symbolic links»: a link in any content folder is an error, never
followed, its target never named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile import (
    ARRIVALS_FILE,
    LINK,
    OUTSIDE,
    SOURCES_FILE,
    TRAINING_FILE,
    Refused,
    assert_refused,
)
from hostile import root as root
from praksisbank.core.content.loader import ALLOW_LIST


def linked(name: str, path: str, target: str, *, folder: bool = False) -> Refused:
    """A symbolic link at ``path`` to a file (or folder) outside the project."""
    return Refused(
        name,
        LINK,
        (),
        path,
        1,
        OUTSIDE,
        links=((path, target if not folder else "mappe"),),
    )


SYMLINKS: list[Refused] = [
    linked("decision file", "decision_bank/afg/lenke.md", "fil.md"),
    linked("decision folder", "decision_bank/afg/mappe", "", folder=True),
    linked("country folder", "decision_bank/syr", "", folder=True),
    linked("note file", "practice_notes/lenke.md", "fil.md"),
    linked("arrivals.yml", ARRIVALS_FILE, "data.yml"),
    linked("clarification file", "practice_clarifications/lenke.md", "fil.md"),
    linked("clarifications folder itself", "practice_clarifications", "", folder=True),
    linked("guide file", "interview_guides/lenke.md", "fil.md"),
    linked("guide folder", "interview_guides/mappe", "", folder=True),
    linked("role file", "docs/roles/lenke.md", "fil.md"),
    linked("sources.yml", SOURCES_FILE, "data.yml"),
    linked("training.yml", TRAINING_FILE, "data.yml"),
    linked("page under docs", "docs/lenke.md", "fil.md"),
    linked("image under docs", "docs/bilde.png", "fil.md"),
    linked("folder under docs", "docs/bilder", "", folder=True),
    linked("allow-list", ALLOW_LIST, "data.yml"),
]


@pytest.mark.parametrize("row", SYMLINKS, ids=lambda r: r.name)
def test_refused(row: Refused, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_refused(row, root, capsys)
