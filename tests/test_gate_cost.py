"""The rendered-text gate's shortcuts give the plain gate's verdicts (issue 17, issue 22 item 5).

Each shortcut skips work only where it can show nothing would be found; each test here turns one
off and compares, on texts made up here (identity numbers from ``helpers.identity_number``).
"""

from __future__ import annotations

import base64
import gzip
import html
import json
import logging
import random
import re
import sys
from collections.abc import Iterator
from concurrent.futures import wait
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from helpers import Project, build_site, decision, identity_number
from praksisbank.core.gate import anonymity, rendered, sitegate
from praksisbank.core.gate.anonymity import find_personal_data
from praksisbank.core.gate.rendered import cells, scanning, visible
from praksisbank.core.gate.sitegate import SiteGate

# -- online identities: the case-blind patterns only where a name in small letters shows ------


def _every_character() -> str:
    """Every code point, the surrogates included (each is its own small letter)."""
    return "".join(chr(c) for c in range(sys.maxunicode + 1))


def _small_letters(every: str) -> dict[str, str]:
    """Each character that ``str.lower`` changes, and what it becomes: the one pass over every
    code point that the checks below read (``str.lower`` of each was most of their cost)."""
    return {ch: low for ch in every if (low := ch.lower()) != ch}


def test_small_letters_read_as_the_case_blind_patterns_read() -> None:
    """What ``_online_possible`` and the service filter rely on, over every code point: but for
    İ, ı and ſ, a character ``(?i)`` reads as an ASCII letter is that letter in ``str.lower``,
    every lower case is one character, and no character becomes a word character in small
    letters."""
    every = _every_character()
    small = _small_letters(every)
    odd = set(anonymity.contacts._ASCII_FOLDS)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for ch in re.findall(f"(?i){letter}", every):
            assert small.get(ch, ch) == letter or ch in odd, (letter, hex(ord(ch)))
    # a character ``str.lower`` leaves alone is its own small letter: one character
    longer = [ch for ch, low in small.items() if len(low) != 1]
    assert set(longer) <= odd
    # ... and a word character in small letters only if it is one already
    word = re.compile(r"[\w.@/-]")
    assert not [ch for ch, low in small.items() if not word.match(ch) and word.match(low[0])]
    # The service filter lowercases the text and looks for a service's name with ``in``: a
    # character beyond ASCII that a case-insensitive pattern matches as an ASCII letter, and
    # that ``str.lower`` does not turn into one, must send the text to the pattern instead.
    # (``findall`` of a one-character class: every code point that matches it alone.)
    folds = {ch for ch in re.findall("(?i)[a-z]", every[0x80:]) if not small.get(ch, ch).isascii()}
    assert folds <= odd


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
    quick = [anonymity.contacts._online_candidates(text) for text in texts]
    monkeypatch.setattr(anonymity.contacts, "_online_possible", lambda text: (True, True))
    assert [anonymity.contacts._online_candidates(text) for text in texts] == quick
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
    assert anonymity.contacts._online_possible("Praksisavklaringer og vedtak") == (False, False)
    assert anonymity.contacts._online_possible("se vk og x.com/a") == (True, True)


# -- the visible text's lines -----------------------------------------------------------------

_LINES_BEFORE = re.compile(r"[ \t]*+\n[ \t\n]*+")
"""How the lines were made before (one pattern, tried at every character)."""


def test_lines_are_made_as_before() -> None:
    rng = random.Random(5)
    pieces = (" ", "\t", "\n", "\u00a0", "\r", "a", "17", "  ", "\n\n", " \n ")
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert visible._lines(text) == _LINES_BEFORE.sub("\n", text).strip(), repr(text)


# -- search records: texts found clean before are not read again -------------------------------


def _record(url: str, content: str, filters: dict[str, list[str]], meta: dict[str, str]) -> bytes:
    body = {"url": url, "content": content, "filters": filters, "meta": meta, "anchors": []}
    return gzip.compress(b"pagefind_dcd" + json.dumps(body, ensure_ascii=False).encode())


def _records() -> list[bytes]:
    """Records whose filters and fields repeat, some with a generated identity number, phone
    number or name in a repeated or a new text, one with a right-to-left mark."""
    number = identity_number("170590")
    values = ["Etiopia", "Gjeldende", "utl. § 28 første ledd", f"Ref {number}", "Kari Nordmann"]
    values.append(f"Ref {number[::-1]}")  # read mirrored only in a record with a mark
    rng = random.Random(3)
    records = []
    for n in range(60):
        country = rng.choice(values)
        content = rng.choice(
            ["Søkeren forklarte at hun kom i 2019.", f"Ring {PHONE} i dag.", "Vurdering av saken."]
        )
        if n % 17 == 5:
            content = "\u202e" + content + " " + number[::-1]
        meta = {"title": rng.choice(values), "id": f"VB-ETH-2019-{n:05d}"}
        records.append(_record(f"/vedtak/{n}/", content, {"country": [country]}, meta))
    # a text clean as it is, then beside a right-to-left mark, where it reads mirrored
    mirrored = {"country": [f"Ref {number[::-1]}"]}
    records.append(_record("/vedtak/a/", "Uten merke.", mirrored, {}))
    records.append(_record("/vedtak/b/", "\u202bMed merke.", mirrored, {}))
    return records


PHONE = "41234567"


def test_search_records_read_with_a_cache_find_what_they_find_without() -> None:
    def read(data: bytes, clean: set[str] | None) -> tuple[str | None, list[tuple[str, ...]]]:
        url, found = rendered.in_search_record(data, clean=clean)
        return url, sorted(
            (s.finding.what, s.finding.fingerprint, rendered.key_of(s)) for s in found
        )

    clean: set[str] = set()
    with_cache = [read(data, clean) for data in _records()]
    without = [read(data, None) for data in _records()]
    assert with_cache == without
    assert sum(len(seen) for _url, seen in without) > 30  # the records hold findings
    assert "Etiopia" in clean and not any(identity_number("170590") in text for text in clean)


# -- a packed file that holds its unpacked twin -----------------------------------------------


def test_a_packed_twin_is_read_once_and_a_packed_file_that_differs_is_read(
    tmp_path: Path,
) -> None:
    number = identity_number("010203")
    (tmp_path / "sitemap.xml").write_text(f"<urlset>{number}</urlset>", encoding="utf-8")
    (tmp_path / "sitemap.xml.gz").write_bytes(
        gzip.compress(b"<urlset>" + number.encode() + b"</urlset>")
    )
    (tmp_path / "feed.xml").write_text("<feed>Ingen nummer</feed>", encoding="utf-8")
    (tmp_path / "feed.xml.gz").write_bytes(gzip.compress(f"<feed>{number}</feed>".encode()))
    (tmp_path / "bilde.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "bilde.png.gz").write_bytes(gzip.compress(b"\x89PNG\r\n\x1a\n"))
    gate = SiteGate({}, workers=0)
    gate.rest(tmp_path, lambda published, path: False)
    problems = gate.problems()
    assert [p.file for p in problems] == [
        "site/bilde.png.gz",  # an image is not read: its packed copy is refused, as before
        "site/feed.xml.gz",  # differs from feed.xml: read, and the number found
        "site/sitemap.xml",  # the twin's number is found once, in the unpacked file
    ]
    assert sitegate.gate_file("sitemap.xml.gz", tmp_path / "sitemap.xml.gz") == []


# -- the files MkDocs wrote, read by the worker while Pagefind indexes -------------------------


def _search_record(url: str, content: str) -> bytes:
    body = json.dumps({"url": url, "content": content, "meta": {}, "filters": {}})
    return gzip.compress(b"pagefind_dcd" + body.encode())


def test_files_read_early_and_files_written_after_all_reach_the_gate(tmp_path: Path) -> None:
    """``early`` sends the files the build wrote to the worker before the search index is made;
    ``rest`` reads the search records and PDFs written after, and again every file changed since
    ``early`` read it. A value planted in each kind of published file stops the build, whichever
    read it; an unchanged clean file is read once. (Identity numbers generated here.)"""
    from test_rendered_gate import PUBLISHED

    number = identity_number("010203")
    for row in PUBLISHED:  # every kind of file MkDocs and the plugin write, each with a value
        target = tmp_path / row.file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(row.text, encoding="utf-8")
    (tmp_path / "siden-endres.txt").write_text("Ingen nummer her.", encoding="utf-8")
    (tmp_path / "uendret.txt").write_text("Ingen nummer her heller.", encoding="utf-8")
    gate = SiteGate({}, workers=1)
    try:
        gate.early(tmp_path, lambda published, path: False)
        wait([future for future, _here in gate._early])  # the worker has read the folder
        # Pagefind's record and a file written again, after the worker was given the folder
        (tmp_path / "pagefind" / "fragment").mkdir(parents=True)
        (tmp_path / "pagefind" / "fragment" / "nb_1.pf_fragment").write_bytes(
            _search_record("/x/", f"Født {number[:6]} {number[6:]}")
        )
        (tmp_path / "siden-endres.txt").write_text(f"Ring {PHONE}.", encoding="utf-8")
        gate.rest(tmp_path, lambda published, path: False)
        problems = gate.problems()
    finally:
        gate.close()
    files = sorted({p.file for p in problems})
    planted = sorted(f"site/{row.file}" for row in PUBLISHED if not row.file.startswith("sak-"))
    assert [f for f in files if f in planted] == planted
    assert any(f.startswith("site/sak-") for f in files)  # the address
    assert "site/siden-endres.txt" in files  # changed after `early`: read again
    assert "site/x/index.html" in files  # the record written after `early`, named by its page
    assert "site/uendret.txt" not in files
    assert all(number not in p.message and number not in p.file for p in problems)


def test_without_a_worker_early_leaves_every_file_to_rest(tmp_path: Path) -> None:
    number = identity_number("010203")
    (tmp_path / "a.txt").write_text("Ingen nummer her.", encoding="utf-8")
    gate = SiteGate({}, workers=0)
    gate.early(tmp_path, lambda published, path: False)
    (tmp_path / "a.txt").write_text(f"Nummer {number}.", encoding="utf-8")
    gate.rest(tmp_path, lambda published, path: False)
    assert [p.file for p in gate.problems()] == ["site/a.txt"]


# -- a feed's text read once when its unescaped reading shows the same text --------------------


def _feeds() -> list[str]:
    number = identity_number("170590")
    entries = (
        "<entry><title>Vedtak om retur</title><summary>Ingen nummer.</summary></entry>",
        f"<entry><title>Vedtak</title><summary>Født {number}</summary></entry>",
        f"<entry><content type='html'>&lt;p&gt;{number[:6]}&lt;b&gt;{number[6:]}&lt;/b&gt;"
        "&lt;/p&gt;</content></entry>",
        f"<entry><content>&lt;p&gt;{number[:4]}&lt;!-- {'x ' * 300} --&gt;{number[4:]}"
        "&lt;/p&gt;</content></entry>",  # only the unescaped reading drops the comment
        f"<entry><content>&lt;p&gt;{number[:6]}&lt;script&gt;{'var x=1;' * 20}&lt;/script&gt;"
        f"{number[6:]}&lt;/p&gt;</content></entry>",
        f'<entry><content>&lt;img alt="{number[:6]}&lt;!-- {"x " * 300} --&gt;{number[6:]}"'
        "&gt;</content></entry>",  # only the unescaped reading reads it as an attribute
        f"<entry><link href='https://x.example/?fnr={number}'/></entry>",
        f"<entry><content>&lt;bdo dir=rtl&gt;{number[::-1]}&lt;/bdo&gt;</content></entry>",
        "<entry><title>Tom &amp; Jerry</title></entry>",
    )
    return [f"<feed>{a}{b}</feed>" for a in entries for b in entries]


def test_a_feed_read_once_where_both_readings_show_the_same_text_finds_the_same() -> None:
    """``in_markup`` reads a feed as shown and with its escaped markup unescaped; a part of the
    second reading that is the very text of the first is not read again. The findings (what,
    which value, where) are those of both readings in full (generated identity numbers)."""

    def findings(seen: list[rendered.Seen]) -> set[tuple[str, str, str]]:
        return {(s.finding.what, s.finding.fingerprint, s.where) for s in seen}

    found = 0
    for feed in _feeds():
        both = rendered.in_page(feed) + rendered.in_page(html.unescape(feed))
        assert findings(rendered.in_markup(feed)) == findings(both), feed
        found += bool(both)
    assert found > 20  # most feeds hold a number the gate finds


# -- table cells side by side: every detector only where a number with check digits can show ----


def _account(rng: random.Random) -> str:
    """An 11-digit account number made up here (mod 11 check digit, weights 5,4,3,2,7,6,...)."""
    while True:
        first = f"{rng.randint(1000, 9999)}{rng.randint(0, 999999):06d}"
        weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        check = (11 - sum(int(d) * w for d, w in zip(first, weights, strict=True)) % 11) % 11
        if check != 10:
            return first + str(check)


def _iban(rng: random.Random) -> str:
    """A Norwegian IBAN made up here: its account (above) and the ISO 13616 check digits."""
    bban = _account(rng)
    moved = bban + "2324" + "00"  # N = 23, O = 24
    return f"NO{98 - int(moved) % 97:02d}{bban}"


_SAID = ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"]


def _pieces(rng: random.Random) -> list[str]:
    """What a cell of a generated table holds: a number with check digits whole, or one of its
    parts (split where a contributor could split it), said in words, or encoded; and the
    ordinary cells of the site's lists (dates, sections, counts, words, keywords)."""
    birth = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99)}"
    number = rng.choice(
        [identity_number(birth), identity_number(birth, kind="D"), _account(rng), _iban(rng)]
    )
    cut = rng.randint(1, len(number) - 1)
    return [
        number,
        number[:cut],
        number[cut:],
        number[:6],
        number[6:],
        f"{number[:4]} {number[4:6]}",
        " ".join(_SAID[int(d)] for d in number[cut:] if d.isdigit()),
        f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        f"{rng.randint(1, 28)}. desember {rng.randint(2015, 2026)}",
        f"utl. § {rng.randint(28, 38)}",
        str(rng.randint(0, 999)),
        rng.choice(["Innvilget", "Avslag", "Søkeren", "Eritrea", "konvertitt", "mobil"]),
        rng.choice(["Personnummer", "kontonummer", "tazkira", "fnr.", "IBAN", "ring"]),
        "",
    ]


def _tables(size: int, seed: int) -> Iterator[str]:
    """Visible texts as ``visible_text`` makes them: lines of prose and rows of cells."""
    rng = random.Random(seed)
    for _ in range(size):
        lines = []
        for _ in range(rng.randint(1, 6)):
            if rng.random() < 0.2:
                lines.append(rng.choice(["Vedtak etter utl. § 28.", "Ring oss.", "Oversikt"]))
                continue
            pieces = _pieces(rng)
            row = [rng.choice(pieces) for _ in range(rng.randint(2, 5))]
            if rng.random() < 0.3:  # a number split over two cells, as a hostile row has it
                at = rng.randrange(len(row))
                row[at : at + 1] = rng.choice([pieces[1:3], pieces[3:5], [pieces[1], pieces[6]]])
            lines.append(rendered.CELL.join(row))
        yield "\n".join(lines)


def _cells_read_whole(text: str, found: list[rendered.Seen]) -> list[rendered.Seen]:
    """``cells_side_by_side`` as it was: every detector on the whole text, cells joined."""
    seen = {s.finding.fingerprint for s in found}
    joined = [
        s
        # (not down the records: a text whose cells are joined is read so by no page, see
        # ``scanning._scan``)
        for s in scanning._scan(text.replace(rendered.CELL, " "), rendered.TEXT, (), records=False)
        if s.finding.what in rendered.ACROSS_CELLS and s.finding.fingerprint not in seen
    ]
    return joined + cells._across_cells(text, (), seen | {s.finding.fingerprint for s in joined})


def _spots(found: list[rendered.Seen]) -> list[tuple[int, int, str, str]]:
    return sorted((s.finding.offset, s.finding.end, s.finding.what, s.finding.fingerprint)
                  for s in found)  # fmt: skip


def test_cells_side_by_side_find_what_reading_them_whole_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = list(_tables(700, seed=31))
    own = [scanning._scan(text, rendered.TEXT, ()) for text in texts]
    whole = [_spots(_cells_read_whole(t, f)) for t, f in zip(texts, own, strict=True)]
    decided: list[bool] = []
    may_cross = cells._may_cross

    def spy(joined: str, allowed: object, seen: set[str]) -> bool:
        decided.append(may_cross(joined, (), seen))
        return decided[-1]

    monkeypatch.setattr(cells, "_may_cross", spy)
    quick = [
        _spots(rendered.cells_side_by_side(t, (), (), f)) for t, f in zip(texts, own, strict=True)
    ]
    assert quick == whole
    # Both ways were taken, and reading the cells side by side found numbers the rows' own
    # reading did not (else the comparison could not fail).
    assert decided.count(False) > 100 and decided.count(True) > 100
    assert sum(1 for spots in whole if spots) > 50


def test_the_detectors_of_the_checked_classes_propose_every_finding_of_them() -> None:
    texts = [text.replace(rendered.CELL, " ") for text in _tables(700, seed=37)]
    texts += [
        "Kontoen " + _account(random.Random(5)) + " og fnr. " + identity_number("010190"),
        "IBAN " + _iban(random.Random(6)),
        "kodet: " + base64.b64encode(identity_number("020385").encode()).decode(),
    ]
    counted = 0
    for text in texts:
        readable = rendered.readable(text)
        proposed = anonymity.checked_fingerprints(readable)
        found = {
            f.fingerprint
            for f in find_personal_data(readable, markers=False)
            if f.what in anonymity.CHECKED_CLASSES
        }
        assert found <= proposed, text
        counted += bool(found)
    assert counted > 100


def test_a_number_split_over_table_cells_stops_the_build(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    """Built, with the gate's worker: the page shows a number the source gate cannot read (O for
    zero) split over two cells, beside a table of counts and dates like every list page's."""
    number = identity_number("010203")
    assert number.startswith("0") and "0" in number[:9]
    table = (
        "| Sak | Fra | Til |\n|---|---|---|\n"
        f"| Saken | {number[:9].replace('0', 'O')} | {number[9:]} |\n"
        "| utl. § 32 | 2023-12-04 | 4. desember 2023 |\n"
    )
    rest = "## Faktum\n\nx\n\n## Vurdering\n\nx\n\n## Konklusjon\n\nx\n"
    body = f"\n## Sammendrag\n\n{table}\n{rest}"
    project.write("decision_bank/afg/2024-x.md", decision("VB-AFG-2024-009", body=body))
    assert not [f for f in find_personal_data(body) if f.what == anonymity.WHAT_IDENTITY]
    caplog.set_level(logging.ERROR)
    with pytest.raises(Abort):
        build_site(project)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    shown = [e for e in errors if e.startswith("decision_bank/afg/2024-x.md:")]
    # Its row read cell by cell shows a foreign phone number; side by side, the identity number.
    assert any("Den publiserte siden" in e and "fødselsnummer" in e for e in shown), errors
