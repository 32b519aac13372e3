"""The quicker ways `praksisbank check` reads every file (issue 22 item 2, round 4) give the
answers of the ways they stand in for: the sections a body has, the control characters a file
is refused for, the bound that lets a body skip Markdown's pricing, a country code, markup in a
plain field, the keys and leaves of a nested value."""

from __future__ import annotations

import itertools
import random
import re
import string
import types
from collections.abc import Iterator, Mapping
from datetime import date

import pycountry
import pytest

from praksisbank.core.base import countries, nested
from praksisbank.core.content import schema, yamlnodes
from praksisbank.core.content.placement import section_titles
from praksisbank.core.gate import markdowncost

_SECTION = re.compile(r"^## (.*)", re.MULTILINE)
"""What ``section_titles`` stands in for."""

_PIECES = ["## ", "#", " ", "\n", "\n\n", "Bakgrunn", "Vurdering", "æøå «»", "\r", "–", "\t"]


@pytest.mark.parametrize("seed", range(3))
def test_a_bodys_sections_are_the_lines_that_start_with_two_hashes(seed: int) -> None:
    chosen = random.Random(seed)
    bodies = [
        "",
        "## ",
        "## Bakgrunn",
        "\n## Bakgrunn\n",
        "Innledning\n## Bakgrunn\nTekst ## ikke en overskrift\n##Vurdering\n## Vurdering \n",
    ]
    bodies += [
        "".join(chosen.choice(_PIECES) for _ in range(chosen.randrange(40))) for _ in range(20_000)
    ]
    for body in bodies:
        assert section_titles(body) == _SECTION.findall(body), repr(body)


def test_a_refused_character_is_found_in_latin1_text_and_beyond() -> None:
    """Every character up to U+00FF, alone among Norwegian letters, is refused exactly when the
    pattern refuses it; past U+00FF the pattern decides (a line separator is still refused)."""
    for code in range(0x100):
        text = f"Søkeren «kom» til Ålesund{chr(code)} i går."
        found = yamlnodes.control_character_problems(text, file="a.md")
        assert bool(found) == bool(yamlnodes._REFUSED_CHARS.search(text)), hex(code)
        if found:
            assert (found[0].line, found[0].column) == (1, 26)
    for text in ("Søkeren\u2028kom", "Pil → og\u202e snudd", "\ufeffstart", "ok – \x85"):
        assert yamlnodes.control_character_problems(text, file="a.md")
    assert not yamlnodes.control_character_problems("Pil → og tankestrek –\n", file="a.md")


def _str_price(text: str) -> tuple[int, int]:
    """The bound's price and tokens, counted on the text itself (how it was counted before)."""
    size = len(text)
    lines = text.count("\n") + 1
    brackets = text.count("[") + text.count("(")
    angles = text.count("<")
    others = sum(text.count(c) for c in "*_`&!{~")
    price = (
        brackets * size
        + angles * (size // markdowncost.WEIGHT["<"])
        + others * (size // markdowncost.CHEAP)
        + lines * size
        + lines * lines
    )
    closers = sum(text.count(c) for c in "])|\\")
    # an attribute list's entries, at most one a space, where a brace may open one
    entries = text.count(" ") + text.count("\t") if "{" in text else 0
    marks = lines * (1 + markdowncost.FENCE_MARKS) + size // 4
    return price, marks + brackets + angles + others + closers + entries


@pytest.mark.parametrize("seed", range(3))
def test_the_bound_counts_each_character_once_in_any_script(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bound counts the marks from the text's bytes: a letter past ASCII (æ, «, →, an
    Arabic letter, an emoji) counts as none of them, and the bound holds exactly at its price
    and its number of marks (texts of 1,000 characters and more, where every mark costs)."""
    chosen = random.Random(seed)
    pieces = [*"[]()<>*_`&!{}~|\\\n", "ord ", "æøå", "«»", "→", "سلام", "😀", "\udcff"]
    for _ in range(2_000):
        text = "".join(chosen.choice(pieces) for _ in range(chosen.randrange(1, 60)))
        text += "x" * chosen.randrange(1_000, 2_500)
        price, tokens = _str_price(text)
        monkeypatch.setattr(markdowncost, "MAX_MARKS", tokens)
        assert markdowncost._surely_cheap(text, price), repr(text)
        assert not markdowncost._surely_cheap(text, price - 1), repr(text)
        monkeypatch.setattr(markdowncost, "MAX_MARKS", tokens - 1)
        assert not markdowncost._surely_cheap(text, price), repr(text)


def test_a_country_code_is_one_pycountry_knows() -> None:
    codes = ["".join(letters) for letters in itertools.product(string.ascii_uppercase, repeat=3)]
    for code in [*codes, "afg", "Afg", "AF", "AFGH", ""]:
        known = len(code) == 3 and code.isupper() and pycountry.countries.get(alpha_3=code)
        assert countries.is_country(code) == bool(known), code


def _markup_by_lines(text: str) -> str | None:
    """What ``markup_in`` answered before its quick test: the pattern tried on every line."""
    for line in text.split("\n"):
        match = schema._MARKUP.search(line)
        if match:
            return match.group(0).strip()
    return None


@pytest.mark.parametrize("seed", range(3))
def test_markup_in_a_plain_field_is_found_as_by_the_pattern(seed: int) -> None:
    chosen = random.Random(seed)
    pieces = [*"<[{*_`~#]()a :.!/?\n", "ord ", "æ", "  ", "**", "__", "~~~", "# "]
    for _ in range(20_000):
        text = "".join(chosen.choice(pieces) for _ in range(chosen.randrange(12)))
        assert schema.markup_in(text) == _markup_by_lines(text), repr(text)


def _leaves_by_generators(value: object, path: tuple[object, ...] = ()) -> Iterator[object]:
    """What ``nested.leaves`` gave as recursive generators."""
    if isinstance(value, Mapping):
        for key, inner in value.items():
            yield (*path, key), key
            yield from _leaves_by_generators(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _leaves_by_generators(inner, (*path, index))
    else:
        yield path, value


def test_every_key_and_leaf_of_a_nested_value_in_document_order() -> None:
    chosen = random.Random(4)

    def value(depth: int) -> object:
        kind = chosen.randrange(7 if depth < 4 else 4)
        if kind == 0:
            return chosen.choice(["tekst", "", " Søkeren "])
        if kind == 1:
            return chosen.choice([0, 12, True, None, 1.5])
        if kind == 2:
            return date(2024, 3, 15)
        if kind == 3:
            return types.MappingProxyType({"a": "b"})
        if kind in (4, 5):
            return {f"felt{i}": value(depth + 1) for i in range(chosen.randrange(4))}
        return [value(depth + 1) for _ in range(chosen.randrange(4))]

    for _ in range(3_000):
        tree = value(0)
        assert list(nested.leaves(tree)) == list(_leaves_by_generators(tree))
        assert list(nested.leaves(tree, ("nav",))) == list(_leaves_by_generators(tree, ("nav",)))
