"""How long hostile Markdown bodies take: seconds per shape, guarded and unguarded.

For each shape that makes Python-Markdown slow (open brackets, autolinks, nested emphasis, code
spans, long tables and lists...), a body of about 1 MB goes into a small fictional project (ten
decisions from ``synthetic.py``). Timed, each in a fresh subprocess:

- ``price``: ``markdowncost.costly`` alone, the pre-scan that refuses the body;
- ``check``, ``check --render`` and ``build``: the whole command, which must refuse the body in
  under 5 s: wall seconds, and the command's CPU seconds in brackets;
- ``render 5 kB``: the site's Markdown on the first 5 kB of the shape with no guard, to show
  why it is refused (5 kB, as a megabyte would take minutes to hours).

With ``--gate``: instead, the personal-data gates alone on 1 MB of each shape of the leak
classes of rounds 5 and 6 (number words of seven languages, coordinates, plus codes, footnote,
cell and block splits, phone cues, birth words, accounts and national numbers after their
keywords...; a shape named ``page: …`` is HTML, read by ``rendered.in_page``): CPU seconds
of the source gate (``find_personal_data``) and of the rendered-text
gate (``rendered.in_text``), in this process, each under 5 s. The shapes named ``probe: …``
are one short piece repeated (``PROBES``: names and their cues, number words, dates of birth,
places, handles). With ``--gate --commands``: the three commands instead, CPU seconds of each
on the 10-decision project with 1 MB (in bytes, the file limit) of the shape.

With ``--files``: instead, each hostile file of ``tests/test_hostile_files.py`` (1 MB of front
matter, 60,000 fields, deep nesting ...) read by ``read_document`` with each YAML backend,
against its budget of 5 s (the test checks what comes out, not how long it takes).

    .venv/bin/python benchmarks/bench_hostile.py [--size 1000000] [--only NAME] [--files|--gate]
    .venv/bin/python benchmarks/bench_hostile.py --gate --commands [--only NAME]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import generate

from praksisbank.core.gate import markdowncost
from praksisbank.mkdocs_adapter import rendercheck

BIN = Path(sys.executable).parent
FRONT = """---
id: VB-AFG-2024-901
title: Fiendtlig tekst
country: AFG
category: enslig-kvinne
decided: 2024-05-17
outcome: protection
legal_basis:
  - utl. § 28 første ledd bokstav a
description: Et fiktivt vedtak med en tekst som er laget for å være treg.
---

## Sammendrag

Tekst.

## Faktum

Tekst.

## Vurdering

Tekst.

## Konklusjon

"""


def fill(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def shapes(size: int) -> dict[str, str]:
    return {
        "open brackets [": fill("[", size),
        "words in brackets [a": fill("[a ", size),
        "autolinks <http://a": fill("<http://a", size),
        "tags <a": fill("<a ", size),
        "links without end [a](": fill("[a](", size),
        "images ![": fill("![", size),
        "emphasis *_": fill("*_", size),
        "emphasis *a_": fill("*a_", size),
        "code spans `a`": fill("`a` ", size),
        "backtick runs": "".join("`" * i + " " for i in range(1, 1_400))[:size],
        "angle brackets <": fill("<", size),
        "long table": "| a | b |\n|---|---|\n" + fill("| **x** | [y](z) |\n", size),
        "long list": fill("- **a** [b](c)\n", size),
        "headings with one text": fill("# a\n\n", size),
        "headings without blank lines": "".join(f"# a{i}\n" for i in range(size // 7))[:size],
        "code fences": fill("```\na\n```\n", size),
        "quotes in quotes >": fill(">", size),
        "nested list": "".join("  " * (i % 400) + "- a\n" for i in range(2_400))[:size],
        "ordinary prose": fill("Søkeren er **enslig**, se [notatet](a.md) (punkt 3).\n\n", size),
        # the name rules (issue 17, round 4 classes): every word a cue, a pair, a slug...
        "names: party cues": fill("Søkeren Xuxa Søker: Yaya ", size),
        "names: kin cues": fill("familien enken etter undertegnet skriver seg Wardak ", size),
        "names: capitalised run": fill("Gulpari Stanekzai Amir Hassan Kabul ", size),
        "names: slugs": fill("amir-hassan-zarghuna-wardak-", size),
        "names: small pairs": fill("amir hassan ", size),
        "names: Han words": fill("Søkeren 王小明 sa ", size),
        "names: Han text": fill("王小明", size),
        "names: spelled letters": fill("A.m.i.r. a-", size),
        "names: leetspeak": fill("Am1r4a3 ", size),
        "names: kin compounds": fill("Wardak-familien Rahimis datter ", size),
        "names: turned letters": fill("uɐssɐH ɹᴉɯ∀ ", size),
        "names: look-alikes": fill("ꓮꓟꓲꓣ ᎪᎷᏆᏒ 𝐀𝐦𝐢𝐫 ", size),
        "names: initials": fill("A Hassan Mohd. B ", size),
        # the re-run of round 9: a run of a middle dot's look-alike, of full stops, of underscores
        "names: dot runs": fill("\u2022", size),
        "names: full stop runs": fill(".", size),
        "names: middle dot runs": fill("\u00b7", size),
    }


def gate_shapes(size: int) -> dict[str, str]:
    """Texts shaped like the leak classes of round 5, repeated to ``size`` characters."""
    return {
        "number words": fill("sytten null tre nitti to fem hundre og ", size),
        "number words, other languages": fill("one noll två nul otte thousand ", size),
        "coordinates": fill("34.5281, 69.1723 ", size),
        "plus codes": fill("8J7M+G4 ", size),
        "rooms and centres": fill("rom 214 på Råde mottak ", size),
        "foreign address parts": fill("Street 5, House 14, ", size),
        "footnote splits": fill("amir.h[^1] 411[^2]\n\n[^1]: @g.com\n[^2]: 22 334\n", size),
        "cells": "| a | b |\n|---|---|\n"
        + fill("| x.y9 | @gmail.com |\n| 170392 | 50004 |\n", size),
        "phone cues": fill("Ring 411 (x) 22 og ", size),
        "birth words": fill("født den syttende mars nitten hundre ", size),
        "ages and dates": fill("Søkeren, 32 (17.3.92), ", size),
        "six then five digits": fill("170392\n\n50004\n\n", size),
        "handle slots": fill("Skype: amirhassan TikTok-kontoen hans er x ", size),
        "chat links": fill("wa.me/4741122334 ", size),
        # round 6
        "number words, German": fill("vierundzwanzig null sieben acht hundert und ", size),
        "number words, Arabic": fill("أربعة وعشرون صفر سبعة ستة وثمانون ", size),
        "number words, Dari": fill("بیست و چهار صفر هفت هشتاد و شش ", size),
        "number words, Ge'ez": fill("ሓደ ክልተ ሰለስተ ኣርባዕተ ", size),
        "phone over blocks": fill("406 12\n\n345\n\n", size),
        "e-mail over blocks": fill("amir.h\n\n@example.com\n\n", size),
        "page: phone over cells, no cue": "<table><tr><th>a</th><th>b</th><th>c</th></tr>"
        + fill(
            "<tr><td>x</td><td>406 12</td><td>345</td></tr><tr><td>y</td><td>406</td>"
            "<td>12 345</td></tr>\n",
            size,
        )
        + "</table>",
        "page: e-mail over rows": "<table><tr><th>e-post</th></tr>"
        + fill("<tr><td>amir.h</td></tr><tr><td>@example.com</td></tr>\n", size)
        + "</table>",
        "accounts after a keyword": fill("konto SY21 CBSY 0000 0123 4567 8901 ", size),
        "national numbers": fill("e-tazkira 1400-0101-12345 ", size),
        # issue 17 item 6: a class past its cap, with a marker on every value; digits only the
        # rendered-text gate reads (each finding traced to its line in the source)
        "reviewed names": fill("Amir Hassan <!-- personvern-ok: Amir Hassan, testdata -->\n", size),
        "digit look-alikes": fill("Ring 9O1O2O3O nå. ", size),
        # attack round 10: values read down a list, and a list's markers
        "page: titles down a column": "<table><tr><th>Vedtak</th><th>Dato</th></tr>"
        + fill(
            "<tr><td>Vedtak 170392 (12 34)<br>Sak 50004 av 2018</td><td>12. februar 2018"
            "</td></tr>\n",
            size,
        )
        + "</table>",
        "items of digit runs": fill(
            "Sak 12 345 678 90 1234 56789 0 12 34 56 78 90 1 2 3 4\n", size
        ),
        "page: numbered lists": fill(
            '<ol start="41122331px" type="A" reversed><li value="9">a</li><li>b<ol start="7">'
            "<li>c</li></ol></li></ol>\n",
            size,
        ),
        # attack round 10, finding 9: Norwegian number words, 30 drawn at random a line (every
        # line says different digits, so each is read again: the worst shape known at stop 25)
        "number words, drawn at random": _drawn_words(size),
        # attack round 11: a gloss between a cue and its value (each sentence read again)
        "glossed cues": fill(
            "Fødselsdato (ifølge passet): 03.04.1994. Etternavn (fars slektsnavn): Rahimi. ", size
        ),
        "glossed cues, no value": fill(
            "Søkeren heter, ifølge tolken, ikke noe. Født og -sted: ukjent (se over) og ", size
        ),
        # attack round 12: a date a sentence after it names a birth date (each a phrase the
        # rule looks back from), and headings read one after the other (a cue over a value)
        "dates named births after them": fill(
            "Utdatert siden 17. mai 1990 Datoen foran er søkerens fødselsdato. 30. januar 1992: "
            "Søkerens fødselsdag. Barn født etter denne datoen omfattes. ",
            size,
        ),
        "headings, a cue over a value": fill(
            "### Tazkira-nummer\n\nSe nedenfor.\n\n### 1400-0101-12345\n\n### Født\n\n"
            "### 3. mars 1993\n\n",
            size,
        ),
        "headings, cues over words": fill(
            "### Tazkira-nummer\n\n### Landinfo 2023\n\n### Født i Herat\n\n### Amir\n\n", size
        ),
        # attack round 12 (holdings.py): places, property, phones in parts, money, plates
        "attack 12: places": fill(
            "Woreda 08, Kebele 12, hus 12, celle 4 i Evin, gnr. 4 bnr. 5, bod 4 i Mandawi, "
            "8B ved Fiktivdal skole, Postboks 12, Asmara, Ada 1 Parsel 2, ",
            size,
        ),
        "attack 12: money": fill(
            "hawala koden 4471-B og så +93 70 og så 123 4567 EVC Plus 615123456 skilt Kabul "
            "11-24567 konto i Azizi Bank: 0012-3456-789 landskoden 079 ",
            size,
        ),
        **{f"probe: {name}": fill(piece, size) for name, piece in PROBES.items()},
    }


_NORWEGIAN_WORDS = [
    "null",
    "en",
    "to",
    "tre",
    "fire",
    "fem",
    "seks",
    "sju",
    "åtte",
    "ni",
    "tjue",
    "hundre",
    "tusen",
]


def _drawn_words(size: int) -> str:
    """Lines of 30 Norwegian number words drawn with a fixed seed (the same text every run)."""
    draw = random.Random(10)
    lines: list[str] = []
    length = 0
    while length < size:
        line = ", ".join(draw.choice(_NORWEGIAN_WORDS) for _ in range(30)) + ".\n"
        lines.append(line)
        length += len(line)
    return "".join(lines)[:size]


PROBES = {
    # One short piece repeated to 1 MB, each made to cost one detector the most (the probe of
    # issue 17 item 6): names and their cues, number words, dates of birth, places, handles.
    "capital words": "Amir Hassan Kari ",
    "caps": "AMIR HASSAN ",
    "mixed": "Amir-Hassan-Kari ",
    "paren": "Amir (35) ",
    "ellipsis": "Amir … ",
    "dots": "A. B. ",
    "camel": "AmirHassan",
    "spaced": " A m i r",
    "digits words": "null tre ",
    "hyphen caps": "Abc-Def-Ghi-",
    "small caps": "ᴀᴍɪʀ ",
    "vietnamese": "Nguyễn Văn ",
    "title": "professor Amir ",
    "cells": "| Amir | Hassan |\n",
    "tags": "<b>Amir</b> ",
    "under": "Amir_Hassan_",
    "circled": "🅰🅼 ",
    "heter": "heter Amir ",
    "fodt": "født 17.05.1990 ",
    "kr": "kr null en to ",
    "emph": "*a_",
    "code": "`a` ",
    "soker": "Søker: ",
    "soker2": "Søkeren Amir ",
    "familien": "familien Wardak ",
    "kin": "brødrene ",
    "slug": "amir-hassan-",
    "slug2": "abc-def-",
    "han": "王小明",
    "hangul": "김민수 ",
    "greek": "Αμίρ Χασάν ",
    "myanmar": "မောင် ",
    "wame": "wa.me/4712 ",
    "tme": "t.me/abc ",
    "skype": "Skype: ab ",
    "gps": "34.5123, 69.1234 ",
    "gps2": "34°31′ ",
    "plus": "8J7M+G4 ",
    "imei": "IMEI 3 ",
    "rom": "rom 214 på Råde mottak ",
    "street": "Street 5, House 14, ",
    "ordinal": "syttende mars ",
    "swedish": "ett sju noll ",
    "english": "one seven zero ",
    "hundre": "fem hundre og ",
    "adots": "A.m.i.r ",
    "ahyph": "A-m-i-r-",
    "leet": "Am1r H4ssan ",
    "initials": "A A A ",
    "mohd": "Mohd. ",
    "roman": "17.III.19 ",
    "geb": "Geb. 1 ",
    "confus": "ꓮꓟꓲꓣ ",
    "upside": "uɐssɐH ",
    "undertegnet": "undertegnet Ab ",
    "zai": "Abc Abczai ",
    "digits": "1 2 3 4 ",
    "kr digits": "kr 1 2 ",
    "unhcr": "UNHCR 123-45 ",
    # attack round 10: name cues and street forms of the arrival countries
    "r10 cues": "Soyadı: Yılmaz Фамилия: Коваленко Magaca qoyska: Faarax Nav: Azad ",
    "r10 cue words": "adı nav ad имя magaca nasnav ",
    "r10 streets": "вул. Шевченка, 12, Atatürk Cad. No: 12 Al-Nasr Street 21 ",
    "r10 street words": "Cad. Sok. Mah. Street Road вул. 12 ",
    # attack round 10: birth words, documents and plates in the arrival countries' languages
    "r10 uk birth": "дата народження 17 травня ",
    "r10 ru abbreviations": "д.р. 17.05. г.р. ",
    "r10 doğumlu": "Doğumlu 17. ",
    "r10 roman year": "født 17. mai MCM ",
    "r10 series": "Паспорт серія ЕК номер ",
    "r10 nüfus": "Nüfus cüzdanı seri A12 no ",
    "r10 residence": "Permesso di soggiorno n. I1 ",
    "r10 plates": "skilter AA 1234 ",
    "r10 plaka": "plakası 34 ABC ",
    "r10 ru plate": "Номер автомобиля: А123В ",
    # attack round 10, classes 13, 15, 16 and 17
    "a10-binti": "Amina binti Yusuf ",
    "a10-nee": "født Kovalenko, ",
    "a10-host": "https://amirhassan.example/ ",
    "a10-hostbare": "olenakovalenko.example ",
    "a10-atword": "a.b равлик c крапка ",
    "a10-heiter": "Søkjaren heiter Olena ",
    "a10-namn": "Etternamnet hennar er Kovalenko ",
    "a10-opphald": "opphaldskortet hans hadde nummer AB1 ",
    "a10-fod": "fød. 17.05.1990 ",
    "a10-pasnr": "pas nr. N12 ",
    # attack round 11: a run of tags never closed (each tag a separator's start: minutes)
    "a11-spans": "<span>",
    "a11-div-spans": "<div><span><span><span><span><span><span><span>",
    "a11-bidi-line": "ع 1 ",
    # attack round 11, names: capitals first, endings and titles, separators, slugs, markers
    "a11n-capitals": "KAROKHEL Gulbaddin, HASSAN Amir ",
    "a11n-endings": "Zorblat Quenniwal Qari Zorblat ",
    "a11n-emoji": "Amir 👤 Hassan ✅ ",
    "a11n-slash": "Gul/baddin Karo/khel ",
    "a11n-slug": "zorblat-quennikhel ",
    "a11n-marker": "Bashar al-Assads <!-- personvern-ok: Bashar al-Assad, statsleder -->\n",
    # attack round 11, identity numbers bent (digits that fail the check: every run is read)
    "a11-nolead": "Fnr. 3049412312 (0)1234567890 ",
    "a11-hex": "0xB5C256D8 0x1a85074de ",
    "a11-sci": "3,049412312E+09 0,711881239E10 ",
    "a11-frac": "030494⅔12 1½ ",
    "a11 dwellings": "sone 3, blokk 12, telt nummer 47, ",
    "a11 dwelling words": "hus rom telt hytte nummer skur ",
    "a11 grids": "42S WD 12345 67890 42N 512345 3812345 geohash tw3hqx8s ",
    "a11 decimals": "34.52531, 69.17832. ",
    "a11 feasts": "født dagen etter Eid al-Adha i ",
    "a11 ordinals": "родилась 3-го апреля 1994-го ",
    # attack round 12: nine digits opening with a date and two digits near (every pair tried)
    "a12-apart": "170590114 12 ",
    "a12-apart-words": "170590114, kontrollsifre tre og fem. ",
    # attack round 12a, numbers: register entries, words between a keyword and its number
    "a12 registers": "jeld 212, safha 45, sabt 3321, ",
    "a12 register words": "jeld safha sabt khana qayd cilt hane sıra bsn bind 1 ",
    "a12 acts": "актовий запис № 2 aktnummer ",
    "a12 loose": "Eurodac-treffet gjaldt referansen IT1 ",
    "a12 loose words": "anmeldelsen ble levert til politiet 12 ",
    "a12 check digits": "Fødselsnummer 170590114, kontrollsifre 8 og 1 ",
    "a12 e-tazkira": "1399-0101-23456 ",
    "a12 vin": "VIN WVWZZZ1J9XW000417 chassis ",
    # attack round 12, names: courtesy words, roles, verbs of saying, other scripts, nicknames
    "a12n-honorifics": "Ato Umm Pani Kaka W/ro Şeyhmus Ağa Hanım Bey ",
    "a12n-roles": "Tolk: Tolken, tolket av Vergen: Vitner: ",
    "a12n-role-table": "| Tolk | Merknad |\n|---|---|\n",
    "a12n-said": "Røde Kors sa at Cawo Warsame forklarte: tesfay haile sa at ",
    "a12n-scripts": "Søkeren Ковальчук broren محمد vitnet ተስፋይ пан ",
    "a12n-nicknames": "kjent i landsbyen som «kjente ham som alle kaller datter av wad ",
    # attack round 12, dates of birth: an age on a dated day, birth verbs, ordinals, Somali
    "a12b majority": "ble myndig 14. februar 2022 ",
    "a12b age days": "17 år og 364 dager 4. april ",
    "a12b weeks short": "tre uker på å bli 18 år og ",
    "a12b until": "var 17 år frem til 14.02. ",
    "a12b on the day": "16 år gammel på dagen ",
    "a12b turns": "fyller 18 den 3. april, ",
    "a12b mother": "Moren fødte ham natten til 1. ",
    "a12b b.": "b. 3 April 199 ",
    "a12b somali": "dhashay saddexda Abriil, sanadka ",
    "a12b ordinal": "født den 3-dje april ",
    # attack round 12, F10: a cue in a link's text, digits in its address's path
    "a12 link cues": "[passnummer](https://x.no/a1/b2/c3/d4/e5/f6/g7/h8) ",
    # attack round 12, F9: one attribute list of many entries (refused by the cost model)
    "a12 attribute list": "a\n{ " + ".k " * 330_000 + "}\n",
    "a12 link paths": "[UNHCR](https://www.refworld.org/docid/5c8a12345/2024/11/x9.html) ",
}


GATE_BUDGET = 5.0


def gate_times(size: int, only: str | None) -> None:
    from praksisbank.core.gate import rendered
    from praksisbank.core.gate.anonymity import find_personal_data

    print("| shape | source gate (CPU s) | rendered-text gate (CPU s) | under 5 s |")
    print("|---|---|---|---|")
    for name, text in gate_shapes(size).items():
        if only and not name.startswith(only):
            continue
        start = time.process_time()
        find_personal_data(text)
        source = time.process_time() - start
        start = time.process_time()
        if name.startswith("page: "):  # HTML: the page's cells are read (`in_page`)
            rendered.in_page(text)
        else:
            rendered.in_text(text)
        shown = time.process_time() - start
        ok = "yes" if max(source, shown) < GATE_BUDGET else "**no**"
        print(f"| {name} | {source:.2f} | {shown:.2f} | {ok} |", flush=True)


def gate_commands(size: int, only: str | None) -> None:
    """CPU seconds of ``check``, ``check --render`` and the build on a 10-decision project whose
    one hostile decision holds 1 MB of a gate shape (cut to the file limit in bytes, so a shape
    of letters outside ASCII is read, not refused as too large)."""
    from praksisbank.core.content.documents import MAX_FILE_BYTES

    env = {**os.environ, "PRAKSISBANK_TODAY": "2026-12-01", "NO_MKDOCS_2_WARNING": "1"}
    env["PRAKSISBANK_PDF"] = "0"
    print("| shape | check (CPU s) | check --render (CPU s) | build (CPU s) | under 5 s |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "prosjekt"
        generate(project, 10, countries=1, clarifications=0)
        target = project / "decision_bank" / "afg" / "2024-901-fiendtlig.md"
        room = min(size, MAX_FILE_BYTES) - len((FRONT + "\n").encode())
        for name, text in gate_shapes(size).items():
            if only and not name.startswith(only):
                continue
            body = text.encode()[:room].decode(errors="ignore")
            target.write_text(FRONT + body + "\n", encoding="utf-8")
            build = [str(BIN / "mkdocs"), "build", "-q", "-f", str(project / "mkdocs.yml")]
            seconds = [
                cpu([str(BIN / "praksisbank"), "check", str(project)], env),
                cpu([str(BIN / "praksisbank"), "check", "--render", str(project)], env),
                cpu([*build, "-d", str(Path(folder) / "site")], env),
            ]
            ok = "yes" if max(seconds) < GATE_BUDGET else "**no**"
            shown = " | ".join(f"{s:.2f}" for s in seconds)
            print(f"| {name} | {shown} | {ok} |", flush=True)
        target.unlink()


def cpu(command: list[str], env: dict[str, str]) -> float:
    """The CPU seconds (user and system) of a command and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, capture_output=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def timed(command: list[str], env: dict[str, str]) -> str:
    """Wall seconds, and in brackets the CPU seconds of the command (on a busy machine the
    wall time can be several times the CPU time)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return f"{wall:.2f} ({cpu:.2f})"


def render_seconds(text: str, project: Path) -> float:
    new = rendercheck.site_markdown(project)
    start = time.perf_counter()
    with contextlib.suppress(rendercheck.RenderError):
        rendercheck.convert(new().convert, text)
    return time.perf_counter() - start


FILE_BUDGET = 5.0
"""Seconds one hostile file may take to be read and refused (or accepted)."""


def hostile_files(only: str | None) -> None:
    """Seconds per row of the hostile-file table, per YAML backend; over budget is marked."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from praksisbank.core.content import yamlnodes
    from praksisbank.core.content.documents import read_document
    from test_hostile_files import BACKENDS, ROWS

    print(f"| file | {' | '.join(f'{b} (s)' for b in BACKENDS)} | within {FILE_BUDGET:.0f} s |")
    print(f"|---|{'---|' * len(BACKENDS)}---|")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fil.md"
        for row in ROWS:
            if only and not row.name.startswith(only):
                continue
            if isinstance(row.content, bytes):
                path.write_bytes(row.content)
            else:
                path.write_text(row.content, encoding="utf-8")
            seconds = []
            for backend in BACKENDS:
                yamlnodes._USE_LIBYAML = backend == "libyaml"
                start = time.perf_counter()
                read_document(path, "fil.md")
                seconds.append(time.perf_counter() - start)
            within = "yes" if max(seconds) < FILE_BUDGET else "**no**"
            shown = " | ".join(f"{s:.3f}" for s in seconds)
            print(f"| {row.name} | {shown} | {within} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000 - 2_000, help="characters a body")
    parser.add_argument("--only", help="one shape, by the start of its name")
    parser.add_argument("--files", action="store_true", help="the hostile files, not bodies")
    parser.add_argument("--gate", action="store_true", help="the gates on round 5's shapes")
    parser.add_argument(
        "--commands", action="store_true", help="with --gate: check, check --render and build"
    )
    args = parser.parse_args()
    if args.gate and args.commands:
        gate_commands(args.size, args.only)
        return
    if args.gate:
        gate_times(args.size, args.only)
        return
    if args.files:
        hostile_files(args.only)
        return
    env = {**os.environ, "PRAKSISBANK_TODAY": "2026-12-01", "NO_MKDOCS_2_WARNING": "1"}
    env["PRAKSISBANK_PDF"] = "0"
    print("| shape | price (s) | refused | check (s) | check --render (s) | build (s) | "
          "render 5 kB unguarded (s) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "prosjekt"
        generate(project, 10, countries=1, clarifications=0)
        target = project / "decision_bank" / "afg" / "2024-901-fiendtlig.md"
        for name, text in shapes(args.size).items():
            if args.only and not name.startswith(args.only):
                continue
            start = time.perf_counter()
            found = markdowncost.costly(text)
            price = time.perf_counter() - start
            target.write_text(FRONT + text + "\n", encoding="utf-8")
            check = timed([str(BIN / "praksisbank"), "check", str(project)], env)
            render = timed([str(BIN / "praksisbank"), "check", "--render", str(project)], env)
            site = Path(folder) / "site"
            build = timed(
                [str(BIN / "mkdocs"), "build", "-q", "-f", str(project / "mkdocs.yml"),
                 "-d", str(site)],
                env,
            )  # fmt: skip
            sample = render_seconds(text[:5_000], project)
            print(
                f"| {name} | {price:.3f} | {'yes' if found else 'no'} | {check} | {render} | "
                f"{build} | {sample:.2f} |",
                flush=True,
            )
        target.unlink()


if __name__ == "__main__":
    main()
