"""The personal-data gate's quick paths find what its plain paths find.

The gate skips work where a cheap test shows it would find nothing: a bare «at» with no domain
after it, a text without Greek, Cyrillic or Arabic letters, a run of digits with no keyword
before it, a text where no number pattern can start, every name pattern tried only where one of
them can start, and a text where no online-identity pattern can match. Each test here turns
those tests off (the plain path: every position tried, as before they were added) and compares
the findings, on a large random corpus generated here (identity numbers from
``helpers.identity_number``, everything else made up).
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from helpers import identity_number
from praksisbank.core.gate import anonymity, encoded, names, personaldata, rendered, splits
from praksisbank.core.gate.anonymity import Finding, find_personal_data
from praksisbank.core.gate.rendered import blocks as rendered_blocks

_ALWAYS = re.compile("")
"""Matches at once, in every text: a pre-filter that lets everything through."""


def _every_trigger(text: str) -> list[int]:
    return [trigger.start() for trigger in anonymity.contacts._OBF_TRIGGER.finditer(text)]


def _every_position(text: str) -> list[int]:
    return list(range(len(text)))


_QUICK_JUDGES = personaldata._judges
_ADDRESS_JUDGES = (personaldata.contacts._street_address, personaldata.contacts._apartment)


def _address_judges_everywhere(text: str, at: int) -> list[tuple[int, personaldata._Judge]]:
    """`_judges` with the street and apartment judges tried at every digit (not only after a
    street word, an address keyword or an apartment letter)."""
    others = [j for j in _QUICK_JUDGES(text, at) if j[1] not in _ADDRESS_JUDGES]
    postcode = [j for j in others if j[1] is personaldata.contacts._postcode]
    others = [j for j in others if j[1] is not personaldata.contacts._postcode]
    return others + [(personaldata.ADDRESS, judge) for judge in _ADDRESS_JUDGES] + postcode


@pytest.fixture
def plain(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Turns every quick path off: the gate as it was before them."""

    def turn_off() -> None:
        monkeypatch.setattr(anonymity.contacts, "_obfuscation_triggers", _every_trigger)
        monkeypatch.setattr(anonymity.scanning, "_NUMBER_CLASSES", _ALWAYS)
        monkeypatch.setattr(anonymity.contacts, "_ONLINE_ANY", _ALWAYS)
        monkeypatch.setattr(names, "_name_starts", _every_position)
        monkeypatch.setattr(names.scripts, "_name_starts", _every_position)
        monkeypatch.setattr(names.scripts, "_OTHER_SCRIPT", _ALWAYS)
        monkeypatch.setattr(personaldata, "_ANY_STEM", _ALWAYS)
        monkeypatch.setattr(personaldata, "_judges", _address_judges_everywhere)

    return turn_off


_WORDS = (
    # names of every shape, and words that are not names
    "Kari", "Nordmann", "Ahmad", "Rahimi", "AMIR", "HASSAN", "Hassan,", "Amir", "A.", "Per",
    "Herr", "herr", "fru", "Fru", "frøken", "Dr.", "dr.", "Mr", "mrs", "ms.", "Hr.", "bokstav",
    "Enhet", "Kabul", "Mazar", "Sharif", "al-", "bin", "Ola", "OLA", "Hansen", "Ахмед",
    "Иванов", "احمد", "رحیمی", "Fаtima", "Søkeren", "İD", "K", "ſ",
    # e-mail addresses spelled out, and sentences with «at»
    "at", "AT", "At", "(at)", "[at]", "{a}", "< at >", "@", "kari", "gmail", "com", "no",
    "dot", "punktum", "prikk", ".", " . ", "alfakrøll", "KRØLLALFA", "snabel-a", "Snabel",
    "forklarte", "landinfo.no", "eksempel.no",
    # online identities: user names, services, handles, profile addresses
    "amir.h", "amir_93", "på", "hos", "(Gmail)", "Telegram", "telegram:", "Instagram",
    "@amir_93", "@media", "facebook.com/", "t.me/", "x.com", "/", "www.udi.no/", "f.eks.",
    # keywords and numbers
    "født", "f.", "fødselsdato", "DOB", "passnummer", "pass", "tazkira", "ID:", "ID-kort",
    "WhatsApp:", "tlf", "Storgata", "gate", "0368", "Oslo", "år", "(34 år)", "17.05.1990",
    "1990-05-17", "17. mai 1990", "+46 70 123 45 67", "0046 70-123 45 67", "93701234567",
    "070-123 45 67", "91234567", "22 33 44 55", "+47 912 34 567", "16/02035-7",
    "2019 1234 5678", "1234 56 78903", "NO93 8601 1117 947", "AB12345", "N1234567", "§ 28",
    "2024", "12", "3", "kr", "IM 2016-003",
    # addresses and document numbers in other shapes (issue 17)
    "Hjemmeadressen er", "Tøyenbekken", "14", "leilighet", "H0302", "Storg.", "Kirkevn.",
    "N-0368", "NO-0368", "Reisedokumentet hans,", "N1234567", "Postboks",
)  # fmt: skip
_GLUE = (" ", " ", " ", "", "\n", ", ", ": ", "-", "\u00a0", ". ")


def _corpus(size: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    births = [f"{d:02d}{m:02d}{y:02d}" for d, m, y in ((17, 5, 90), (1, 1, 1), (29, 2, 84))]
    numbers = [identity_number(b) for b in births]
    numbers += [identity_number(births[0], kind="D"), identity_number(births[1], kind="H")]
    numbers += [f"{n[:6]} {n[6:]}" for n in numbers]
    words = (*_WORDS, *numbers)
    for _ in range(size):
        parts = []
        for _ in range(rng.randint(1, 40)):
            parts.append(rng.choice(words))
            parts.append(rng.choice(_GLUE))
        yield "".join(parts)


def _findings(texts: list[str]) -> list[list[Finding]]:
    known = ["Kari Nordmann"]
    return [find_personal_data(text, markers=False, known_names=known) for text in texts]


def test_the_quick_paths_find_what_the_plain_paths_find(plain: Callable[[], None]) -> None:
    texts = list(_corpus(4000, seed=17))
    quick = _findings(texts)
    plain()
    assert _findings(texts) == quick
    classes = {finding.what for found in quick for finding in found}
    # the corpus reaches the classes the quick paths concern (else the test could not fail)
    assert {
        anonymity.WHAT_IDENTITY,
        anonymity.WHAT_EMAIL,
        anonymity.WHAT_ONLINE,
        anonymity.WHAT_PHONE,
        personaldata.WHAT_NAME,
        personaldata.WHAT_BIRTH,
        personaldata.WHAT_PASSPORT,
        personaldata.WHAT_ID_DOCUMENT,
        personaldata.WHAT_FOREIGN_PHONE,
        personaldata.WHAT_ADDRESS,
    } <= classes


def test_the_rendered_gate_finds_the_same_on_a_page(plain: Callable[[], None]) -> None:
    """The rendered-text gate runs the same detectors over a page's visible text."""
    rows = "".join(f"<p>{text}</p>\n<td>{text[:20]}</td>" for text in _corpus(300, seed=22))
    page = f"<html><body><nav>Forside</nav>{rows}<footer>Bygget 1. desember</footer></body></html>"
    quick = [(s.finding, s.where) for s in rendered.in_page(page)]
    plain()
    assert [(s.finding, s.where) for s in rendered.in_page(page)] == quick
    assert len(quick) > 100


@pytest.mark.parametrize(
    "text",
    [
        "skriv til kari at eksempel dot no",
        "skriv til kari AT eksempel.no eller ola At gmail.com",
        "kari (at) eksempel.no",
        "kari krøllalfa eksempel punktum no",
        "Hun forklarte at landinfo.no var kilden",
        "Han sa at det var sent. Neste dag kom hun.",
    ],
)
def test_a_spelled_out_address_is_looked_for_where_it_was(text: str) -> None:
    """The triggers of the quick path are those of `_OBF_TRIGGER`, less bare «at»s that no
    domain follows."""
    quick = anonymity.contacts._obfuscation_triggers(text)
    every = _every_trigger(text)
    assert set(quick) <= set(every)
    tried = [at for at in every if at not in quick]
    for at in tried:
        start = at
        while start > 0 and text[start - 1] in " \u00a0":
            start -= 1
        assert anonymity.contacts._OBFUSCATED_EMAIL.match(text, start) is None


# The service filter's letters over every code point: test_gate_cost.py,
# test_small_letters_read_as_the_case_blind_patterns_read (one pass over the code points for
# both tests that read them).


_SERVICES_WRITTEN = (
    "Facebook", "FACEBOOK", "fAcEbOoK", "ſignal", "Signal", "signal", "İnstagram", "ınstagram",
    "SKYPE", "ſkype", "Telegram", "telegrammet", "Messenger", "messengeren", "gmail.com",
    "hotmail", "Tutanota", "vk", "VKontakte", "youtube.com", "linKedin", "Kik", "snapchat-konto",
    "Kaol", "naol", "xvk", "-vk", "_skype", ".signal", "/Telegram", "@gmail", "2gmx", "ǅgmx",
    "Ⅻaol", "½aol", "·msn", "(aol", "«Viber",
)  # fmt: skip
_USERS = ("amir_93", "amir.h", "kari", "Søkeren", "f.eks.", "fase_2")
_FORMS = ("{s}: {u}", "{u} på {s}", "{u} ({s})", "{s} brukernavn: {u}", "{s}-profil {u}", "{s} {u}")


def test_a_service_in_any_case_is_looked_for(plain: Callable[[], None]) -> None:
    """Online identities at a service written in any case, with letters a case-insensitive
    pattern folds (ſ, ı, İ, the Kelvin sign): the same findings with the filter as without."""
    rng = random.Random(31)
    texts = [
        " ".join(
            rng.choice(_FORMS).format(s=rng.choice(_SERVICES_WRITTEN), u=rng.choice(_USERS))
            + rng.choice(_GLUE)
            for _ in range(rng.randint(1, 3))
        )
        for _ in range(3000)
    ]
    quick = _findings(texts)
    plain()
    assert _findings(texts) == quick
    assert sum(f.what == anonymity.WHAT_ONLINE for found in quick for f in found) > 500


def test_encoded_runs_are_found_at_the_same_case_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Encoded text's case changes are found from the capital (the quick path); the plain
    path finds each small letter followed by a capital."""
    rng = random.Random(41)
    alphabet = "aZbY09+/= \nÆæøÅ-_xQ"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(3000)]
    texts += ["MDQwMzkxMjM0NTY= og SGVpIHDDpSBkZWc", "aBcDeF", "Kari Nordmann bor iKabul"]
    quick = [encoded._tokens(text) for text in texts]
    monkeypatch.setattr(encoded, "_CASE_CHANGE", _SMALL_THEN_CAPITAL)
    assert [encoded._tokens(text) for text in texts] == quick
    assert sum(map(len, quick)) > 3000


class _SmallThenCapital:
    """A small letter and a capital, found from the small letter (as ``finditer`` of the
    pattern ``[a-z][A-Z]``), with the match's start moved to the capital as the quick pattern
    has it."""

    def finditer(self, text: str) -> Iterator[_Shifted]:
        return (_Shifted(m.start() + 1) for m in re.finditer("[a-z][A-Z]", text))


class _Shifted:
    def __init__(self, at: int) -> None:
        self.at = at

    def start(self) -> int:
        return self.at


_SMALL_THEN_CAPITAL = _SmallThenCapital()


def test_a_profile_address_is_looked_for_where_it_can_be() -> None:
    """The quick test before the profile-address pattern passes every text it matches in."""
    rng = random.Random(43)
    parts = (
        "facebook", "FaceBook", "t", "X", "instagram", "vk", ".", ".com", ".COM", ".Me", ".me",
        "/", "//", "@", "amir_93", "https://", "www.", "m.", "ſ", "K", "İ", " ", "udi.no/",
    )  # fmt: skip
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 8))) for _ in range(40000)]
    matched = [text for text in texts if anonymity.contacts._PROFILE.search(text) is not None]
    assert len(matched) > 10
    assert all(anonymity.contacts._profile_possible(text) for text in matched)


_ROOM_VOCABULARY = (
    "rom rommet romnummer romnummeret romnr romnr. hybel hybelen telt teltet brakke brakken "
    "container containeren blokk blokka blokken seng senga sengen room tent block caravan shelter "
    "bed"
)
_ADDRESS_VOCABULARY = (
    "street st. road rd. lane alley avenue ave. gali kucha koocha kuche kocheh sarak shari sharia "
    "shari' rue calle ulitsa ulica sokak sokağı cadde caddesi house home building bldg bldg. "
    "apartment apt apt. flat plot husnummer hus"
)
_CUE_VOCABULARY = (
    "ring ringe ringer ringte telefon telefonen tlf tlf. mobil mobilen nummer nummeret "
    "saksnummer telefonnummeret nr. sms whatsapp viber signal kontakt kontakte kontaktes "
    "vurdering _nummer"
)
_ACCOUNT_VOCABULARY = (
    "bank bankkonto bank-konto konto kontoen kontonummer kontonr. iban account hesab "
    "\u062d\u0633\u0627\u0628 \u0631\u0642\u0645\u00a0\u0627\u0644\u062d\u0633\u0627\u0628 "
    "NO93 DE89 1503.12.34567 SY21\u00a00020"
)
"""The words of the patterns, written out here (not taken from the word lists under test)."""


def test_a_word_character_is_what_the_engine_reads_as_one() -> None:
    """`prefilter._word_character` (used to find the start of a word) is ``\\w``, over every
    code point."""
    from praksisbank.core.gate import prefilter

    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert prefilter._word_character(ch) == (word.match(ch) is not None), hex(code)


def _keyed_cases() -> list[tuple[str, Any, tuple[str, ...]]]:
    from praksisbank.core.gate import locations

    return [
        ("rooms", locations._ROOM_AT, tuple(_ROOM_VOCABULARY.split())),
        ("foreign addresses", locations._FOREIGN_ADDRESS_AT, tuple(_ADDRESS_VOCABULARY.split())),
        ("a phone cue, also inside a word", splits._CUE_AT, tuple(_CUE_VOCABULARY.split())),
        ("an account after its keyword", personaldata.numbers._KEYWORD_ACCOUNT_AT,
         tuple(_ACCOUNT_VOCABULARY.split())),
    ]  # fmt: skip


@pytest.mark.parametrize("case", _keyed_cases(), ids=lambda case: case[0])
def test_a_keyed_pattern_is_tried_where_it_can_match(
    case: tuple[str, Any, tuple[str, ...]],
) -> None:
    """`prefilter.Keyed` tries a pattern only where one of its words starts (in the lower-cased
    text): the same matches as the pattern's own ``finditer``, on texts made of the words in
    every case, numbers and names after them, the letters case-insensitive matching folds apart
    (``İ ı ſ``, the Kelvin sign) and words inside words (``bedroom``, ``Vitnetvitnet``)."""
    _, keyed, words = case
    pattern: re.Pattern[str] = keyed._pattern
    rng = random.Random(2323)
    matched = 0
    others = (
        " ", "  ", "\u00a0", ", ", ".", "-", "#", ":", "nr.", "no. ", " in ", " på ", "12", "7",
        "Amir ", "Sol ", "Bakken", "Hassan ", "Kabul", "Ahmadi-Nuri", "x", "ſ", "İ", "ı",
        "\u212a", "\n", "mottak", "Moria-leiren", "Camp Moria", " Hotel",
    )  # fmt: skip
    for _ in range(12000):
        parts = []
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.5:
                word = rng.choice(words)
                word = rng.choice((word, word.upper(), word.capitalize()))
                if rng.random() < 0.7:  # a number or a name after it, as the patterns want
                    word += rng.choice((" ", "", " nr. ", ": ", " #", "\u00a0")) + rng.choice(
                        ("12", "7", "3B", "1234", "Amir Hassan", "Sol Bakken", "4, Kabul")
                    )
                parts.append(word)
            else:
                parts.append(rng.choice(others))
        text = "".join(parts)
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in keyed.finditer(text)] == expected, text
        matched += len(expected)
    assert matched > 300


def test_a_sentence_ends_where_the_plain_pattern_ends_it() -> None:
    """`personaldata.births._SENTENCE_STOP` is its plain pattern behind a look-ahead for the first
    character of every match (the engine skips to those): the same matches, in whole texts and
    in the windows `_sentences_around` reads, on texts made of full stops after digits, years,
    `f.` and the abbreviations, cells' edges and line breaks. A branch that starts with
    another character fails this."""
    plain = re.compile(personaldata.births._SENTENCE_STOP_PLAIN)
    pieces = (
        "jf.", "Jf.", "dvs.", "bl.a.", "ca.", "nr.", "Nr.", "kl.", "evt.", "f.", "F.", "ifm.",
        "2024.", "17.03.1992.", "3.", "12", " ", "  ", "\u00a0", "\n", " | ", "|", "!", "?",
        ".", "Han", "kom", "april", "år", "Søkeren", "tazkira", "x", "_", "-", "æ", "Ø",
    )  # fmt: skip
    rng = random.Random(2407)
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        start = rng.randrange(len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        for args in ((), (start,), (start, end)):
            expected = [m.span() for m in plain.finditer(text, *args)]
            assert [m.span() for m in personaldata.births._SENTENCE_STOP.finditer(text, *args)] == (
                expected
            ), (text, args)
            matched += len(expected)
    assert matched > 20000


def test_block_titles_are_the_same_without_the_tabs_branch_where_no_tab_is() -> None:
    """`blocks._titles_and_bodies` reads a page without `tabbed-content` with the block-title
    pattern less its tabs' branch (which cannot match there): the same titles as the whole
    pattern, on generated pages with admonitions, summaries, labels, tab panels in any case."""
    pieces = (
        '<p class="admonition-title">Amir</p>', '<P CLASS="admonition-title">Rahimi</P >',
        "<summary>Hassan</summary>", '<label for="a">Kari</label>', "<label>Ola</label>",
        '<div class="tabbed-content"><p>Nordmann forklarte</p></div>',
        '<div class="TABBED-CONTENT">', '<div class="Tabbed-Content">', "<div>", "</div>",
        "<p>Søkeren kom i 2019.</p>", "\n", " ", "<nav><label>Meny</label></nav>",
    )  # fmt: skip
    rng = random.Random(2408)
    tabbed = 0
    for _ in range(3000):
        page = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        whole = [(m.span(), m.groupdict()) for m in rendered_blocks._BLOCK_TITLE.finditer(page)]
        chosen = (
            rendered_blocks._BLOCK_TITLE
            if "tabbed-content" in page.lower()
            else rendered_blocks._BLOCK_TITLE_UNTABBED
        )
        assert [(m.span(), m.groupdict()) for m in chosen.finditer(page)] == whole, page
        tabbed += any(
            m.group("label") is not None for m in rendered_blocks._BLOCK_TITLE.finditer(page)
        )
        assert list(rendered_blocks._titles_and_bodies(page)) == list(
            _titles_and_bodies_whole(page)
        )
    assert tabbed > 100


def _titles_and_bodies_whole(page: str) -> Iterator[tuple[str, str]]:
    """`blocks._titles_and_bodies` as it was: the whole pattern on every page."""
    for match in rendered_blocks._BLOCK_TITLE.finditer(page):
        title = match.group("title") or match.group("summary") or match.group("label") or ""
        yield rendered.visible_text(title).text, rendered_blocks._first_line(page, match.end())
    for bare in rendered_blocks._BARE_TITLE.finditer(page):
        yield (
            rendered.visible_text(bare.group("bare")).text,
            rendered_blocks._first_line(page, bare.end()),
        )
    for labels in rendered_blocks._TAB_LABELS.finditer(page):
        blocks = rendered_blocks._TAB_BLOCK.finditer(page, labels.end())
        for label, block in zip(
            rendered_blocks._TAB_LABEL.finditer(labels.group("labels")), blocks, strict=False
        ):
            yield (
                rendered.visible_text(label.group(1)).text,
                rendered_blocks._first_line(page, block.end()),
            )
