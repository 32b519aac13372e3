"""The letters Norwegian has beyond a–z, in one table: where each sorts and how an address
spells it.

Sorting puts æ, ø and å after z, in that order (``{``, ``|`` and ``}`` are the three characters
after ``z``); an address (``urls.slug``) spells them in ASCII, as before this table: the
addresses of pages already published stay the same. é is an e in both.
"""

from __future__ import annotations

LETTERS = (
    # letter, sorts as, in an address
    ("æ", "{", "ae"),
    ("ø", "|", "o"),
    ("å", "}", "a"),
    ("é", "e", "e"),
)

_ORDER = str.maketrans({letter: order for letter, order, _ in LETTERS})
ADDRESS = str.maketrans({letter: spelt for letter, _, spelt in LETTERS})
"""For ``str.translate`` on a lower-case text: each letter as an address spells it."""


def nb_key(text: str) -> str:
    """Sorts Norwegian words as a Norwegian reader expects: æ, ø and å after z."""
    return text.lower().translate(_ORDER)
