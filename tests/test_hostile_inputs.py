"""Issue 8, "Done when": hostile and careless inputs, each a small change to a valid project.

One table per class of input, each in its own file: ``test_hostile_personal_data.py``,
``_masking``, ``_unchecked_pages``, ``_symlinks``, ``_guide_links``, ``_yaml``, ``_unit_names``
(refused), ``_sanitizer`` (neutralised) and ``_near_misses`` (passes); their common parts are
in ``hostile.py``. This file checks that the tables together stay large enough.

Every row goes through the real loader and the real ``praksisbank check`` (text, JSON and GitHub
output). A row is one of three:

- ``Refused``: ``check`` fails with an error at the row's file and line, every other file's
  problems are still reported (a canary error in another file), no input gives a traceback, and
  the row's secret (a number, an address, a symbolic link's target) appears in no output, masked
  or left out wherever a message would quote it;
- ``Neutralised``: the input passes ``check`` and a real ``mkdocs build`` publishes its page,
  but the hostile part is gone from every HTML and JSON file (``search/search_index.json``,
  ``tags.json``), and no page makes a browser fetch anything from another host;
- ``Passes``: a near-miss (a number that is not personal data) is no problem at all and is
  published as written.

No real person's data here. Identity numbers, D-numbers and H-numbers are generated below from
made-up birth dates with python-stdnum's check-digit functions; never write a literal one.
Phone numbers are made-up patterns, e-mail addresses use the reserved ``.example`` domain.
"""

from __future__ import annotations

from hostile import LINK, LINKS, MSG, PD, UNCHECKED, UNITS, YAML
from test_hostile_guide_links import GUIDE_LINKS
from test_hostile_masking import MASKING
from test_hostile_near_misses import PASSES
from test_hostile_personal_data import PERSONAL_DATA
from test_hostile_sanitizer import NEUTRALISED
from test_hostile_symlinks import SYMLINKS
from test_hostile_unchecked_pages import UNCHECKED_PAGES
from test_hostile_unit_names import UNIT_NAMES
from test_hostile_yaml import HOSTILE_YAML

REFUSED = (
    PERSONAL_DATA + MASKING + UNCHECKED_PAGES + SYMLINKS + GUIDE_LINKS + HOSTILE_YAML + UNIT_NAMES
)


def test_the_table_is_large_enough() -> None:
    assert len(REFUSED) + len(NEUTRALISED) + len(PASSES) >= 150
    classes = {row.cls for row in REFUSED} | {row.cls for row in NEUTRALISED}
    assert classes == {PD, MSG, UNCHECKED, LINK, LINKS, YAML, UNITS, "sanitizer"}
    names = [row.name for row in REFUSED] + [row.name for row in NEUTRALISED]
    assert len(names) == len(set(names))
