"""Strict YAML read from libyaml's node tree (``core/content/yamlnodes.py``): what the composer's
own typing or a screened path could get wrong, on both parsers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from praksisbank.core.content import yamlnodes
from praksisbank.core.content.yamlnodes import DIRECT_CHARS, MAX_DEPTH, parse

BACKENDS = ["libyaml", "pyyaml"] if yamlnodes._USE_LIBYAML else ["pyyaml"]


@pytest.fixture(params=BACKENDS, autouse=True)
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setattr(yamlnodes, "_USE_LIBYAML", request.param == "libyaml")
    yield request.param


def test_the_tag_alone_keeps_a_value_as_text() -> None:
    parsed, problems = parse("a: ! 5\nb: ! true\nc: !\nd: 5\n", file="f.md")
    assert problems == [] and parsed is not None
    assert parsed.value == {"a": "5", "b": "true", "c": "", "d": 5}


def test_yaml_11_words_stay_text_and_typed_values_keep_their_positions() -> None:
    parsed, problems = parse("country: NO\nok: yes\nn: 012\nflag: true\n", file="f.md")
    assert problems == [] and parsed is not None
    assert parsed.value == {"country": "NO", "ok": "yes", "n": "012", "flag": True}
    assert (parsed.pos(("flag",)).line, parsed.pos(("flag",)).column) == (4, 7)
    assert parsed.key_pos(("n",)).line == 3


def test_an_alias_without_an_anchor_is_refused_as_an_alias() -> None:
    parsed, problems = parse("title: x\nb: *ukjent\n", file="f.md")
    assert parsed is None
    assert [(p.code, p.line, p.column) for p in problems] == [("yaml-alias", 2, 4)]


def test_an_ampersand_in_a_text_is_text() -> None:
    parsed, problems = parse('title: "Barn & unge"\nunit: Asyl & retur\n', file="f.md")
    assert problems == [] and parsed is not None
    assert parsed.value == {"title": "Barn & unge", "unit": "Asyl & retur"}


def test_a_second_document_is_refused_with_the_first_documents_problems() -> None:
    parsed, problems = parse("a: 1\na: 2\n---\nb: 2\n", file="f.yml")
    assert parsed is None
    assert [(p.code, p.line) for p in problems] == [
        ("yaml-duplicate-key", 2),
        ("yaml-syntax", 3),
    ]
    assert "ett YAML-dokument" in problems[1].message


def test_a_long_text_is_checked_as_a_short_one() -> None:
    filler = "".join(f"felt{i:04}: en verdi\n" for i in range(DIRECT_CHARS // 10))
    assert len(filler) > DIRECT_CHARS
    parsed, problems = parse(filler + "felt0001: igjen\nn: !!int tolv\n", file="f.md")
    assert parsed is not None
    assert [p.code for p in problems] == ["yaml-duplicate-key", "yaml-tag"]
    assert problems[0].line == DIRECT_CHARS // 10 + 1


def test_nesting_within_a_short_text_is_refused_at_the_limit() -> None:
    text = "a: " + "[" * 998 + "]" * 998 + "\n"
    assert len(text) <= DIRECT_CHARS  # composed at once, then walked
    parsed, problems = parse(text, file="f.md", first_line=2)
    assert parsed is None
    assert [(p.code, p.line, p.column) for p in problems] == [("yaml-syntax", 2, 3 + MAX_DEPTH)]
    assert "nøstet for dypt" in problems[0].message


def test_nesting_too_deep_is_named_before_the_brackets_left_open() -> None:
    parsed, problems = parse("a: " + "[" * 30 + "\n", file="f.md", first_line=2)
    assert parsed is None
    assert [(p.code, p.line, p.column) for p in problems] == [("yaml-syntax", 2, 3 + MAX_DEPTH)]
    assert "nøstet for dypt" in problems[0].message
