"""The rendered-text gate's shortcuts give the plain gate's verdicts (issue 17, issue 22 item 5).

Each shortcut skips work only where it can show nothing would be found; each test here turns one
off and compares, on texts made up here (identity numbers from ``helpers.identity_number``).
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator

import pytest

from praksisbank.core.gate import anonymity
from praksisbank.core.gate.anonymity import find_personal_data

# -- online identities: the case-blind patterns only where a name in small letters shows ------

_EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def test_small_letters_read_as_the_case_blind_patterns_read() -> None:
    """What ``_online_possible`` relies on, over every code point: but for İ, ı and ſ, a
    character ``(?i)`` reads as an ASCII letter is that letter in ``str.lower``, every lower
    case is one character, and no character becomes a word character in small letters."""
    odd = set(anonymity._FOLDS_ELSEWHERE)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for ch in re.findall(f"(?i){letter}", _EVERY_CHARACTER):
            assert ch.lower() == letter or ch in odd, (letter, hex(ord(ch)))
    longer = [ch for ch in _EVERY_CHARACTER if len(ch.lower()) != 1]
    assert set(longer) <= odd
    word = re.compile(r"[\w.@/-]")
    assert not [ch for ch in _EVERY_CHARACTER if not word.match(ch) and word.match(ch.lower()[0])]


_ONLINE_WORDS = (
    "Facebook", "FACEBOOK", "facebook", "faceboo\u212a", "ınstagram", "İnstagram", "ſkype",
    "Telegram", "telegram:", "TELEGRAM", "Signal", "signal", "vk", "VK", "avklaring", "Gmail",
    "(Gmail)", "gmail.com", "facebook.com/", "FACEBOOK.COM/", "t.me/", "T.ME/", "x.com/",
    "www.", "https://", "@", "@amir_93", "amir_93", "amir.h", "kari.n.93", "på", "hos", "via",
    "brukernavn:", "-konto", ":", "/", "Kari", "Oslo", "søkeren", "fortalte", "det", "er",
)  # fmt: skip
_ONLINE_GLUE = (" ", " ", "", ": ", "/", ".", "\n", " (", ") ")


def _online_texts(size: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(size):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts.append(rng.choice(_ONLINE_WORDS))
            parts.append(rng.choice(_ONLINE_GLUE))
        yield "".join(parts)


def test_online_identities_are_found_as_without_the_shortcut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = list(_online_texts(6000, seed=19))
    quick = [anonymity._online_candidates(text) for text in texts]
    monkeypatch.setattr(anonymity, "_online_possible", lambda text: (True, True))
    assert [anonymity._online_candidates(text) for text in texts] == quick
    found = [c for candidates in quick for c in candidates]
    # the corpus has services, handles and profile addresses (else the test could not fail)
    assert len({c[3].split("@")[1] for c in found}) > 5
    assert any(c[3].endswith("@handle") for c in found)
    assert any("/" in texts[i] and c for i, c in enumerate(quick))


@pytest.mark.parametrize(
    "text",
    [
        "Han skrev fra kari.n.93 på Facebook.",
        "Han skrev fra kari.n.93 på faceboo\u212a.",  # the Kelvin sign: NFKC makes it K
        "Profilen het amir_93 på ınstagram.",  # dotless i: lower() keeps it, (?i) does not
        "Profilen het amir_93 på İnstagram.",  # dotted capital I: two characters in lower()
        "Se FACEBOOK.COM/amir.h.93 for bilder.",
        "TELEGRAM: amir_93",
    ],
)
def test_an_online_identity_in_any_case_is_found(text: str) -> None:
    assert [f.what for f in find_personal_data(text, markers=False)] == [anonymity.WHAT_ONLINE]


def test_a_text_without_a_service_is_not_read_for_one() -> None:
    """The shortcut takes effect: the navigation's «Praksisavklaringer» holds «vk», but not at
    the start of a word."""
    assert anonymity._online_possible("Praksisavklaringer og vedtak") == (False, False)
    assert anonymity._online_possible("se vk og x.com/a") == (True, True)
