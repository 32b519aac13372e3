"""The personal-data gate: what it finds, what it lets pass, masking, markers and allow-lists.

No real personal data here. Identity numbers, D-numbers and H-numbers are generated below from
made-up birth dates with python-stdnum's check-digit functions; never commit a literal one.
Phone numbers and addresses are made up.
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
import sys

import pytest
from stdnum.no import fodselsnummer

from helpers import identity_number
from praksisbank.core.gate import anonymity
from praksisbank.core.gate.anonymity import (
    ALLOW_MARKER,
    Finding,
    find_personal_data,
    fingerprint,
    mask_digits,
)

ID = "et fødselsnummer, D-nummer eller H-nummer"
DUF = "et DUF-nummer"
PHONE = "et telefonnummer"
EMAIL = "en e-postadresse"
CASE = "et saksnummer"


FNR = identity_number("010203")
D_NUMBER = identity_number("150595", kind="D")
H_NUMBER = identity_number("230878", kind="H")
NEW_RULE = identity_number("120634", remainder=2)
WRONG = FNR[:-1] + str((int(FNR[-1]) + 1) % 10)  # K2 is wrong under either rule


def entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


ROWS: list[tuple[str, str, list[str]]] = [
    # identity numbers, D-numbers and H-numbers, in every grouping and separator
    ("fnr plain", f"Søkeren ({FNR}) møtte.", [ID]),
    ("fnr 6+5 space", f"Fnr. {FNR[:6]} {FNR[6:]}.", [ID]),
    ("fnr 6+5 hyphen", f"{FNR[:6]}-{FNR[6:]}", [ID]),
    ("fnr 6+5 dot", f"{FNR[:6]}.{FNR[6:]}", [ID]),
    ("fnr 6+5 no-break space", f"{FNR[:6]}\u00a0{FNR[6:]}", [ID]),
    ("fnr 6+5 narrow no-break", f"{FNR[:6]}\u202f{FNR[6:]}", [ID]),
    ("fnr 6+5 thin space", f"{FNR[:6]}\u2009{FNR[6:]}", [ID]),
    ("fnr 6+5 line break", f"nummer {FNR[:6]}\n{FNR[6:]} ble", [ID]),
    ("fnr 2+2+2+5", f"{FNR[:2]} {FNR[2:4]} {FNR[4:6]} {FNR[6:]}", [ID]),
    ("fnr emphasis", f"**{FNR[:6]}** {FNR[6:]}", [ID]),
    ("fnr entity digits", f"Nr. {entities(FNR)}", [ID]),
    ("fnr zero-width entity", f"{FNR[:6]}&#8203;{FNR[6:]}", [ID]),
    ("fnr in link target", f"[skjema](https://host.example/?fnr={FNR}&x=1)", [ID]),
    ("fnr in a file name", f"vedtak_{FNR}.md", [ID]),
    ("d-number", f"D-nummer {D_NUMBER}", [ID]),
    ("h-number", f"H-nummer {H_NUMBER[:6]} {H_NUMBER[6:]}", [ID]),
    ("2032 rule", f"Nytt nummer {NEW_RULE}", [ID]),
    ("near-miss: wrong checksum", f"Nummer {WRONG}", []),
    # a date last in its block and five digits first in the next are read one after the other
    # (round 5: a heading and the paragraph after it, two rows of a table)
    ("groups a blank line apart", f"{FNR[:6]}\n\n{FNR[6:]}", [ID]),
    # a birth date and its five digits in one sentence are one number (attack round 3)
    ("groups a comma apart", f"{FNR[:6]}, {FNR[6:]}", [ID]),
    ("near-miss: inside a longer run", f"1{FNR}", []),
    # DUF numbers
    ("duf 4-6-2", "DUF 2016 123456 78", [DUF]),
    ("duf hyphens", "DUF-nr. 2016-123456-78", [DUF]),
    ("duf dots", "2016.123456.78", [DUF]),
    ("duf ungrouped", "201612345678", [DUF]),
    ("duf 4-4-4 no-break", "2021\u00a01234\u00a05678", [DUF]),
    ("duf line break", "2016 123456\n78", [DUF]),
    ("near-miss: duf year 1985", "198512345678", []),
    ("near-miss: iso date and time", "2024-05-17 1430", []),
    ("near-miss: year list", "i 2019 2020 2021", []),
    ("near-miss: amount of 12 digits", "199 000 000 000", []),
    # phone numbers
    ("phone 2-2-2-2", "Ring 22 33 44 55.", [PHONE]),
    ("phone 3-2-3", "Mobil 912 34 567", [PHONE]),
    ("phone 4-4", "Mobil 9123 4567", [PHONE]),
    ("phone 8", "Mobil 91234567", [PHONE]),
    ("phone 3-2-3 dots", "912.34.567", [PHONE]),
    ("phone 2-2-2-2 no-break", "22\u00a033\u00a044\u00a055", [PHONE]),
    ("phone +47", "+47 912 34 567", [PHONE]),
    ("phone 0047", "0047 91234567", [PHONE]),
    ("phone (+47)", "(+47) 91 23 45 67", [PHONE]),
    ("phone tel link", "[ring](tel:+4791234567)", [PHONE]),
    ("phone entity plus", "&#43;47 912 34 567", [PHONE]),
    ("phone emphasis", "**912** 34 567", [PHONE]),
    ("near-miss: amount", "Om lag 25 000 000 mennesker", []),
    ("near-miss: amount with dots", "25.000.000 kroner", []),
    ("near-miss: kroner", "1 500 kroner", []),
    ("near-miss: round amount", "kr 25000000", []),
    ("near-miss: amount before kr", "92 34 56 78 kr", []),
    ("near-miss: iso date", "2024-05-17", []),
    ("near-miss: iso date compact", "20240517", []),
    ("near-miss: date with dots", "17.05.2024", []),
    ("near-miss: date with dots 2", "27.05.2024", []),
    ("near-miss: year range", "2019–2024", []),
    ("near-miss: number range", "3000-4000 søkere", []),
    ("near-miss: time range", "kl. 22.30–23.30", []),
    ("near-miss: court reference", "HR-2020-2345-A", []),
    ("near-miss: document id IM", "IM 2016-003", []),
    ("near-miss: document id VB", "VB-AFG-2024-017", []),
    ("near-miss: document id PA", "PA-AFG-2026-001", []),
    ("near-miss: law section", "utl. § 28 første ledd bokstav a", []),
    ("near-miss: section", "§ 38", []),
    ("near-miss: section list", "§§ 28 29 30 31", []),
    ("near-miss: year", "Søkeren kom i 2019.", []),
    ("near-miss: org number", "Org.nr. 974 760 673", []),
    # e-mail addresses
    ("email plain", "Skriv til ola.nordmann@udi.example.", [EMAIL]),
    ("email &#64;", "ola&#64;udi.example", [EMAIL]),
    ("email &commat;", "ola&commat;udi.example", [EMAIL]),
    ("email &#x40;", "ola&#x40;udi.example", [EMAIL]),
    ("email mailto", "[skriv](mailto:kari@kommune.example)", [EMAIL]),
    ("email percent", "mailto:kari%40kommune.example", [EMAIL]),
    ("email full-width at", "kari＠kommune.example", [EMAIL]),
    ("email letters æøå", "bjørn@kommune.example", [EMAIL]),
    ("near-miss: handle", "Følg @udi på nett", []),
    ("near-miss: retina image", "![logo](logo@2x.png)", []),
    ("host without a dot (attack 5: a mailbox on an intranet)", "ola@localhost", [EMAIL]),
    # case numbers
    ("case number", "Jf. sak 16/02035-7.", [CASE]),
    ("shortest case number, alone", "Sak 24/1234-5.", [CASE]),
    # several at once, in order
    (
        "several",
        f"Ring 912 34 567 eller skriv til a@b.example; fnr {FNR}; DUF 2016 123456 78.",
        [PHONE, EMAIL, ID, DUF],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_table(text: str, expected: list[str]) -> None:
    findings = find_personal_data(text)
    assert [f.what for f in findings] == expected
    for finding in findings:
        value = text[finding.offset : finding.end]
        digits = "".join(ch for ch in value if ch.isdigit())
        if len(digits) >= 6:
            assert digits not in finding.masked
        assert value not in finding.masked


def test_the_2032_rule_is_ours_not_stdnums() -> None:
    # python-stdnum 2.2 checks only the old rule; the gate must still find the new numbers.
    assert not fodselsnummer.is_valid(NEW_RULE)
    assert fodselsnummer.is_valid(FNR)
    assert fodselsnummer.is_valid(D_NUMBER)
    assert fodselsnummer.is_valid(H_NUMBER)


@pytest.mark.parametrize("seed", range(5))
def test_generated_numbers_are_found_in_any_grouping(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(40):
        birth = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}"
        number = identity_number(birth, kind=rng.choice("FDH"), remainder=rng.randint(0, 3))
        first = rng.randint(2, 7)  # three groups of at least two digits
        cut = [first, rng.randint(first + 2, 9)]
        sep = rng.choice([" ", "-", ".", "\u00a0", "\n", " - "])
        text = sep.join([number[: cut[0]], number[cut[0] : cut[1]], number[cut[1] :]])
        assert [f.what for f in find_personal_data(f"Nr. {text}.")] == [ID], text


def test_offsets_point_into_the_original_text() -> None:
    text = f"Fnr **{FNR[:6]}** {FNR[6:]}, e-post ola&#64;udi.example, tlf (+47) 912 34 567."
    found = find_personal_data(text)
    assert [text[f.offset : f.end] for f in found] == [
        f"{FNR[:6]}** {FNR[6:]}",
        "ola&#64;udi.example",
        "(+47) 912 34 567",
    ]
    assert [f.offset for f in found] == sorted(f.offset for f in found)


def test_offsets_after_entities_and_zero_width_characters() -> None:
    text = "&amp;&#8203;&nbsp;x \u200b22 33 44 55"
    [finding] = find_personal_data(text)
    assert text[finding.offset : finding.end] == "22 33 44 55"


def test_masked_forms() -> None:
    [number] = find_personal_data(f"{FNR[:6]} {FNR[6:]}")
    assert number.masked == "•••••• •••" + FNR[-2:]
    [phone] = find_personal_data("+47 912 34 567")
    assert phone.masked == "+47 ••• •• •67"
    [mail] = find_personal_data("ola.nordmann@udi.example")
    assert mail.masked == "o…@udi.example"
    [case] = find_personal_data("16/02035-7")
    assert case.masked == "••/••••5-7"


def test_mask_digits() -> None:
    message = f"«{FNR}» er ikke en dato; jf. 2024-05-17, 17.05.2024, VB-AFG-2024-017 og § 28."
    masked = mask_digits(message)
    assert FNR not in masked
    assert "•••••••••" + FNR[-2:] in masked
    assert "2024-05-17, 17.05.2024, VB-AFG-2024-017 og § 28." in masked
    assert mask_digits("id 123456") == "id ••••56"
    assert mask_digits("ring 912 34 567") == "ring ••• •• •67"
    assert mask_digits("kl. 12345") == "kl. 12345"
    assert mask_digits("til ola@udi.example") == "til o…@udi.example"
    assert mask_digits(f"{entities(FNR)}").count("&#") == 11  # masked in place, still no number
    assert FNR not in mask_digits(entities(FNR)).replace("&#", "").replace(";", "")
    assert mask_digits(masked) == masked
    # no message shows a fingerprint any more, so a hex string is masked like any other text
    assert "33445566" not in mask_digits(f"legg inn {'ab' * 10}33445566{'cd' * 24}")


def test_marker_with_the_value_and_a_reason_clears_that_value() -> None:
    # tests/test_exceptions.py has the tables; here the gate's own contract in short
    assert ALLOW_MARKER == "personvern-ok"
    marked = "Sentralbordet: 22 33 44 55 <!-- personvern-ok: 22 33 44 55, offentlig sentralbord -->"
    assert find_personal_data(marked) == []
    without_value = "Sentralbordet: 22 33 44 55 <!-- personvern-ok: offentlig sentralbord -->"
    assert [f.what for f in find_personal_data(without_value)] == [PHONE]
    without_reason = "Sentralbordet: 22 33 44 55 <!-- personvern-ok: 22 33 44 55 -->"
    assert [f.what for f in find_personal_data(without_reason)] == [PHONE, PHONE]
    other_line = "<!-- personvern-ok: 22 33 44 55, sentralbord -->\n22 33 44 55"
    assert [f.what for f in find_personal_data(other_line)] == [PHONE]


def test_allow_list_holds_fingerprints_not_values() -> None:
    text = "Ring +47 912 34 567 eller skriv til Ola@Udi.example."
    allowed = [fingerprint("912 34 567"), fingerprint("ola@udi.example")]
    assert find_personal_data(text, allowed=allowed) == []
    # a fingerprint is hex: it may hold "912" by chance, never the whole value
    assert all("91234567" not in a and "ola@udi" not in a for a in allowed)
    found = find_personal_data(text)
    assert {f.fingerprint for f in found} == set(allowed)
    assert fingerprint("0047 91234567") == fingerprint("91234567") == fingerprint("912 34 567")
    assert fingerprint(FNR) == fingerprint(f"{FNR[:6]} {FNR[6:]}")
    assert len(fingerprint(FNR)) == 64
    assert fingerprint(FNR) != hashlib.sha256(FNR.encode()).hexdigest()  # keyed: not reversible


def test_pathological_bodies_are_read() -> None:
    # Linear time is measured by benchmarks/bench_anonymity.py; here only that these finish.
    noise = base64.b64encode(random.Random(1).randbytes(50_000)).decode()
    assert find_personal_data(f"![x](data:image/png;base64,{noise})") == []
    assert find_personal_data("a" * 100_000) == []
    assert find_personal_data("0123456789" * 10_000) == []
    assert find_personal_data("a@" * 50_000) == []
    assert find_personal_data("<!-- personvern-ok: " * 10_000) == []


def test_finding_is_frozen() -> None:
    [finding] = find_personal_data("22 33 44 55")
    assert isinstance(finding, Finding)
    with pytest.raises(AttributeError):
        finding.masked = "x"  # type: ignore[misc]


def test_the_quick_scan_knows_every_digit_of_other_scripts() -> None:
    """The scan for markup and other scripts starts only at characters in one list: a decimal
    digit of another script missing from it would let that digit pass unfolded."""
    every = "".join(map(chr, range(0x80, sys.maxunicode + 1)))
    digits = set(re.findall(r"\d", every))
    listed = set(re.findall(f"[{anonymity.reading._OTHER_DECIMALS}]", every))
    assert listed == digits


@pytest.mark.parametrize(
    "text",
    [
        "ordinary text with nothing special",
        "0102&#x33;0312345 and &amp; and %33 and \\* and 12**34 and 12<b>34</b>56",
        "١٢٣ ௧௨ ０１２ ＠ ＋ ．\u200b\u200e 12<!-- x -->34 12`34` &#12;; &notin & %zz \\a",
        "*&<%\\`" * 50 + "9*9`9<i>9</i>9",
    ],
)
def test_the_quick_scan_finds_what_the_pattern_finds(text: str) -> None:
    expected = [(m.start(), m.group()) for m in anonymity.reading._SPECIAL.finditer(text)]
    assert [(m.start(), m.group()) for m in anonymity.reading._special(text)] == expected


def _plain_patterns() -> dict[str, re.Pattern[str]]:
    """The gate's digit patterns as first written: the condition on what comes before first."""
    sep, pair = anonymity.reading._SEP, anonymity.numbers._PAIR

    def grouped(n: int) -> str:
        return rf"[0-9](?:(?:{pair}{sep})?[0-9]){{{n - 1}}}{pair}(?![0-9])"

    sp = r"[ \u00a0\u202f\u2009]?"
    cc = rf"(?:\({sp}(?:\+|00){sp}47{sp}\)|\+{sp}47|(?<![0-9])0047)"
    national = (
        r"(?:[2-9][0-9]{7}"
        rf"|[2-9][0-9]{sep}[0-9]{{2}}{sep}[0-9]{{2}}{sep}[0-9]{{2}}"
        rf"|[2-9][0-9]{{2}}{sep}[0-9]{{2}}{sep}[0-9]{{3}}"
        rf"|(?!20)[2-9][0-9]{{3}}{sep}[0-9]{{4}})"
    )
    return {
        "identity": re.compile(rf"(?<![0-9]){grouped(11)}"),
        "duf": re.compile(
            rf"(?<![0-9])(?=199[0-9]|20[0-3][0-9])(?![0-9]{{4}}{sep}(?:19|20)[0-9]{{2}}(?![0-9]))"
            rf"{grouped(12)}"
        ),
        "case": re.compile(r"(?<![0-9])[0-9]{2}/[0-9]{4,6}-[0-9]{1,3}(?![0-9])"),
        "phone": re.compile(
            rf"(?:(?P<cc>{cc}){sep}?(?P<intl>[2-9](?:{sep}?[0-9]){{7}})"
            rf"|(?<![^\W_])(?P<nat>{national}))(?![^\W_])"
        ),
    }


@pytest.mark.parametrize("seed", range(40))
def test_the_fast_patterns_match_exactly_where_the_plain_ones_do(seed: int) -> None:
    """The patterns test their first character before what comes before it, so the engine can
    skip text without digits; at every position they must match what the plain forms match."""
    rng = random.Random(seed)
    alphabet = ["0", "1", "2", "4", "7", "9", "3", "5", " ", "-", ".", "/", "(", ")", "+", "a"]
    alphabet += ["<b>", "\n", "\u00a0", "kr", "x", "00", "47", "19", "20", "199", "2003"]
    alphabet += ["12/", "/2024-", "/123456-", "+47 ", "(+47)", "0047"]
    text = "".join(rng.choice(alphabet) for _ in range(400))
    plain = _plain_patterns()
    fast = {
        "identity": anonymity.numbers._IDENTITY.match,
        "duf": anonymity.numbers._DUF.match,
        "case": anonymity.numbers._CASE.match,
    }
    for at in range(len(text)):
        for name, match in fast.items():
            expected, got = plain[name].match(text, at), match(text, at)
            assert (got and got.span()) == (expected and expected.span()), (name, at, text)
        expected = plain["phone"].match(text, at)
        got = anonymity.numbers._PHONE_INTERNATIONAL.match(
            text, at
        ) or anonymity.numbers._PHONE_NATIONAL.match(text, at)
        assert (got and got.span()) == (expected and expected.span()), ("phone", at, text)
        if expected is not None and got is not None:
            group = "intl" if got.re is anonymity.numbers._PHONE_INTERNATIONAL else "nat"
            assert got.group(group) == expected.group(group)
    found = anonymity.numbers._each(
        anonymity.numbers._PhoneScan().search, text, lambda m: (*m.span(), "", "", "")
    )
    wanted = anonymity.numbers._each(plain["phone"].search, text, lambda m: (*m.span(), "", "", ""))
    assert found == wanted
    scan = anonymity.numbers._PhoneScan().search  # remembers its matches: the same answers
    assert anonymity.numbers._each(scan, text, lambda m: (*m.span(), "", "", "")) == wanted
