"""Issue 17, what the re-run of attack round 10 still published about dates of birth:

1. Dates of birth the detectors did not read: a Roman month between hyphens or slashes
   (`17-V-1990`, `17/V/90`: ``dates._DATE``); a date in words after a birth word with no digit
   (`den syttende i femte nitti`: ``births._spelled_births``), its year in number words
   (``dates._year_in_words``, the reader of ``core/gate/spoken.py``); a day counted from a named
   day (`dagen etter grunnlovsdagen`, `to dager før julaften`, `første dag etter nyttår`:
   ``dates._Parts.shift``). One table a class, the near misses beside them: a named day or a
   Roman numeral without a birth word, a date after a birth word's sentence has ended, a counted
   day that dates another event.
2. The message of a birth finding shows no part of the date (`personaldata.BIRTH_SHOWN`), in
   every output format of ``check`` and ``check --render`` (CI logs are kept): a day word
   (`syttende mai`, `julaften`, `grunnlovsdagen`) printed the birthday with its year masked.

Nothing here is real: the dates and sentences are made up.
"""

from __future__ import annotations

import json

import pytest

from gaterows import ORDINARY, Row, check, source_findings
from helpers import BODY, Project, decision
from praksisbank.cli.main import main
from praksisbank.core.gate import personaldata
from praksisbank.core.gate.anonymity import find_personal_data, mask_digits

BIRTH = "en fødselsdato"


ROMAN_MONTHS = [
    Row("hyphens", "Søkeren er født 17-V-1990.", True),
    Row("dots", "Søkeren er født 17.V.1990.", True),
    Row("slashes, two-digit year", "Søkeren er født 17/V/90.", True),
    Row("hyphens, a place after", "Søkeren er født 17-V-1990 i Herat.", True),
    Row("hyphens, small letters", "Han er født 3-iv-88 ifølge tazkiraen.", True),
    Row("a chapter, no birth word", "Forskriften kapittel 17-V-2 gjelder fra 2020.", False),
    Row("a reference, no birth word", "Vedtak 17/V/90 ble opphevet av nemnda.", False),
    Row("a Roman chapter and a year", "Se kapittel V-1990 i kommentarutgaven.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", ROMAN_MONTHS, ids=repr)
def test_a_roman_month_between_hyphens_or_slashes_is_a_date_of_birth(row: Row) -> None:
    check(row)
    if row.found:
        assert BIRTH in source_findings(row.body)


IN_WORDS = [
    Row("ordinals and a decade", "Søkeren ble født den syttende i femte nitti.", True),
    Row("ordinal, month, year in one word", "Søkeren er født syttende mai nittennitti.", True),
    Row("a day in digits, the month an ordinal", "Søkeren er født den 17. i femte nitti.", True),
    Row("a year in two words", "Hun er født den tredje i fjerde nitten åttiåtte.", True),
    Row("the day after a named day", "Søkeren ble født 1990, dagen etter grunnlovsdagen.", True),
    Row("two days before a named day", "Søkeren ble født to dager før julaften 1988.", True),
    Row("the first day after new year", "Søkeren ble født første dag etter nyttår i 1991.", True),
    Row("a week after, year in words", "Hun ble født sju dager etter nyttår nittifire.", True),
    Row("the day before, year in words", "Han ble født på dagen før julaften i nittiåtte.", True),
    # near misses: named days and number words that date something else
    Row("a named day, no birth word", "Han ble arrestert dagen etter grunnlovsdagen 2019.", False),
    Row("a national day as an event", "Demonstrasjonen fant sted 17. mai 2019 i Oslo.", False),
    Row("Christmas Eve as an event", "Han kom på julaften 1988 til leiren i Kassala.", False),
    Row(
        "a birth word, then an arrival",
        "Søkeren ble født i Herat og kom hit dagen etter nyttår 2016.",
        False,
    ),
    Row(
        "a birth word, the sentence ends",
        "Søkeren er født i Kabul. Dagen etter grunnlovsdagen 2019 ble han intervjuet.",
        False,
    ),
    Row(
        "a birth word, the sentence ends before a date",
        "Søkeren er født i Kabul. 17. mai 2019 ble han intervjuet.",
        False,
    ),
    Row(
        "a counted day dating the travel",
        "Født i Asmara, to dager før julaften 2015 kom hun til Norge.",
        False,
    ),
    Row("an arrival year in words", "Han er født i Mogadishu og kom til Norge i nitti.", False),
    Row(
        "a count after a birth word", "Søkeren ble født i Herat, og to år senere flyttet de.", False
    ),
    Row("giving birth, a month", "Søkeren fødte sitt andre barn i femte måned.", False),
    *ORDINARY,
]


@pytest.mark.parametrize("row", IN_WORDS, ids=repr)
def test_a_date_of_birth_in_words_or_counted_from_a_named_day_is_found(row: Row) -> None:
    check(row)
    if row.found:
        assert BIRTH in source_findings(row.body)


# The eight birthdays of the re-run whose message printed the day (gen5 o2, o4–o8, o11, o13),
# each with the words of its date that no message may show.
SHOWN = [
    ("Søkeren er født syttende mai 1990.", ("syttende", "mai", "1990")),
    ("Søkeren er født på grunnlovsdagen i 1990.", ("grunnlovsdagen", "1990")),
    ("Søkeren er født julaften 1990.", ("julaften", "1990")),
    ("Søkeren er født på nyttårsaften 1989 i Herat.", ("nyttårsaften", "1989")),
    ("Søkeren er født sankthansaften 1990.", ("sankthansaften", "1990")),
    ("Søkeren er født første juledag 1990.", ("juledag", "1990")),
    ("Søkeren er født på Newroz i 1990, ifølge moren.", ("newroz", "1990")),
    ("Han er født på Norges nasjonaldag i 1990.", ("nasjonaldag", "1990")),
    ("Søkeren er født 17. mai 1990.", ("17. mai", "1990")),
    ("Søkeren ble født den syttende i femte nitti.", ("syttende", "femte", "nitti")),
]


@pytest.mark.parametrize(("text", "hidden"), SHOWN, ids=[s[0] for s in SHOWN])
def test_a_birth_finding_shows_no_part_of_the_date(text: str, hidden: tuple[str, ...]) -> None:
    (finding,) = find_personal_data(text)
    assert finding.what == BIRTH
    assert finding.masked == personaldata.BIRTH_SHOWN
    masked = mask_digits(text).lower()  # the line around a value, as messages quote it
    assert f"({personaldata.BIRTH_SHOWN})" in masked
    for word in hidden:
        assert word not in finding.masked.lower()
        assert word not in masked


def _birthdays(project: Project) -> dict[str, tuple[str, ...]]:
    """One decision a birthday of ``SHOWN``: its file and the words no output may show."""
    files = {}
    for n, (text, hidden) in enumerate(SHOWN, start=11):
        path = f"decision_bank/afg/2024-bursdag-{n}.md"
        body = BODY.replace("Søkeren har ikke mannlige slektninger.", text)
        project.write(path, decision(f"VB-AFG-2024-0{n}", title=f"Vedtak nummer {n}", body=body))
        files[path] = hidden
    return files


@pytest.mark.parametrize("render", [False, True], ids=["check", "check --render"])
def test_no_output_format_prints_a_birthday(
    project: Project, capsys: pytest.CaptureFixture[str], render: bool
) -> None:
    files = _birthdays(project)
    for fmt in ("text", "json", "github"):
        argv = ["check", *(["--render"] if render else []), "--format", fmt, str(project.root)]
        assert main(argv) == 1
        captured = capsys.readouterr()
        shown = (captured.out + captured.err).lower()
        for path, hidden in files.items():
            assert path in captured.out, (fmt, path)
            for word in hidden:
                assert word not in shown, (fmt, path, word)
        assert personaldata.BIRTH_SHOWN in captured.out, fmt
        if fmt == "json":
            found = [p for p in json.loads(captured.out) if p["code"] == "personal-data"]
            births = {p["file"]: p for p in found if BIRTH in p["message"]}
            assert set(births) == set(files)  # each at its file, line and column
            assert all(p["line"] > 1 and p["column"] >= 1 for p in births.values())
