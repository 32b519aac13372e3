"""The plugin's options in ``mkdocs.yml``, typed, each with its reason (MkDocs' ``Config``).

The settings a build takes from outside (``pdf``, ``today``, ``workers``) are resolved from these
in ``settings.py``; a folder option per content kind is made from the kinds' records.
"""

from __future__ import annotations

import datetime

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from praksisbank.core.content.kinds import KINDS


class Options(Config):
    demo = c.Type(bool, default=False)
    """Say on the front page that all content is fictional (for the demo site)."""
    teams = c.Type(dict, default={})
    """Each responsible unit's team, for ``praksisbank codeowners`` (``"*"``: everything else).

    ```yaml
    teams:
      Enhet A1: "@asylavdelingen/enhet-a1"
    ```
    """
    accessibility_contact = c.Optional(c.Type(str))
    """Where a reader reports an accessibility problem: an e-mail address or a form's address.
    The accessibility statement names it where it has ``<!-- praksisbank:kontakt -->``."""
    search = c.Type(bool, default=True)
    """Search with Pagefind: Norwegian word forms, the decision panel's values as filters, an
    index the reader's browser fetches in small parts (``core/publish/search.py``). Material's
    ``search`` plugin must then be off; ``search: false`` turns ours off instead."""
    pdf = c.Optional(c.Type((bool, int, str)))
    """Make a PDF of every document, the responsibility matrix and a bundle per country:
    ``true`` or ``false``; not set, every build makes them but ``mkdocs serve``. Not set in
    mkdocs.yml: ``PRAKSISBANK_PDF`` decides (``mkdocs_adapter/settings.py``).

    ```yaml
    pdf: !ENV [PRAKSISBANK_PDF, null]   # PRAKSISBANK_PDF=0 mkdocs build: no PDFs
    ```
    """
    today = c.Optional(c.Type((str, datetime.date)))
    """Build and check as if it were this day (``YYYY-MM-DD``), for output that does not
    change with the calendar; not set, today. Not set in mkdocs.yml: ``PRAKSISBANK_TODAY``."""
    workers = c.Optional(c.Type(int))
    """Processes that read and check a large project's files (400 or more): 1 reads them in
    this one, 0 or not set one per core. Not set in mkdocs.yml: ``PRAKSISBANK_WORKERS``."""
    verdict_cache = c.Optional(c.Type((bool, int, str)))
    """Keep the personal-data gates' clean verdicts between runs, signed with a key outside the
    project (``core/gate/verdicts.py``), so a text read and found clean before is not read
    again: ``true`` or ``false``; not set, on. Not set in mkdocs.yml:
    ``PRAKSISBANK_VERDICT_CACHE`` (``0``: every text read cold, as a CI may want)."""
    templates = c.Optional(c.Dir(exists=True))
    """A folder of templates that replace ours by name; without it, ``praksisbank/`` in the
    theme's ``custom_dir`` is used when it exists.

    ```yaml
    theme:
      custom_dir: overrides      # overrides/praksisbank/decision.html replaces ours
    ```
    """


# One folder option per content kind, named by the kind (``decision_bank: decision_bank``),
# relative to mkdocs.yml. Made from the kinds, so a new kind has its option without an edit here.
PraksisbankConfig = type(
    "PraksisbankConfig",
    (Options,),
    {kind.option: c.Dir(exists=False, default=kind.folder) for kind in KINDS if kind.option},
)
