"""The quick bound that lets most bodies skip the markup pricing (``markdowncost``) never lets
through a body the pricing would refuse."""

from __future__ import annotations

import random

import pytest

from praksisbank.core.gate import markdowncost

PIECES = [
    "ord ",
    "[",
    "]",
    "(",
    ")",
    "<",
    "*",
    "_",
    "`",
    "&",
    "!",
    "|",
    "\\",
    "\n",
    "\n\n",
    "# Tittel\n",
    "## Tittel\n",
    "---\n",
    "===\n",
    "- punkt\n",
    "    innrykk\n",
    "> sitat\n",
    "```\n",
    "| a | b |\n|---|---|\n",
    "{",
    "}",
    " .k",
    "\t#k",
]


@pytest.mark.parametrize("seed", range(4))
def test_a_body_the_bound_lets_through_is_one_the_pricing_lets_through(seed: int) -> None:
    rng = random.Random(seed)
    skipped = 0
    for _ in range(3000):
        pieces = PIECES if rng.random() < 0.3 else [p for p in PIECES if "\n" not in p]
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
        budget = rng.randint(len(text), 40 * len(text) + 40)  # near what the text may cost
        if markdowncost._surely_cheap(text, budget):
            skipped += 1
            assert markdowncost._priced(text, budget) is None, (repr(text), budget)
    assert skipped > 100  # the bound was put to the test


def test_a_real_body_skips_the_pricing() -> None:
    body = "## Sammendrag\n\n" + "Søkeren (født i Herat) forklarte at hun er enslig. " * 80
    assert markdowncost._surely_cheap(body, markdowncost.BUDGET)
    assert markdowncost.costly(body) is None
