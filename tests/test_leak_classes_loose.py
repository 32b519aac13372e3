"""Issue 17, the loose ends left after round 6, one table a class, each with its near misses:

1. a number split over a footnote mark and its note with the ``footnotes`` extension on (B15:
   the mark's own number stands between the parts), a ``<sup>``/``<sub>`` between digit groups,
   an abbreviation's tooltip beside the text (``rendered.py``);
2. an identity number read out in Somali, Kurmanji, Sorani, Turkish, Pashto or Urdu words
   (``spoken.py``); one number word in a sentence stays prose;
3. a date of birth whose day is a Roman numeral in small letters (``numerals.py``); Norwegian
   words made of the same letters (``vi``, ``mi``, ``di``, ``mix``, ``civil``) stay words;
4. settings: Material's ``privacy`` plugin downloading at build, a logo or favicon from another
   host, ``accessibility_contact: javascript:``, each refused at its line (``siteconfig.py``); a
   link to another host (``extra.social``, ``extra.homepage``), and the plugin with its
   downloads off, stay allowed;
5. CODEOWNERS gives every file ``mkdocs.yml`` inherits (``INHERIT``) to the developers
   (``codeowners.py``);
6. under ``praksisbank mkdocs serve``, a ``mkdocs.yml`` changed to hold what is refused prints
   our message alone and is not built: the preview keeps the last good site (``guarded.py``);
7. blame: every message about pages counts the others one way («(og på N sider til)»); a value
   no file holds is blamed on the template that writes the text around it (a partial), not on
   ``main.html:1`` (``blame.py``).

Nothing here is real: identity numbers are generated in the test (``helpers.identity_number``),
phone numbers are phonenumbers' own example numbers, names are made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markdown  # type: ignore[import-untyped]
import phonenumbers
import pytest
from mkdocs.config import load_config

from gaterows import Row, page_findings, source_findings
from helpers import MKDOCS_YML, Project, identity_number
from praksisbank.cli import guarded
from praksisbank.cli.main import main
from praksisbank.core.content import codeowners
from praksisbank.core.gate import blame, siteconfig
from praksisbank.core.gate.sanitize import sanitize
from praksisbank.core.gate.sitegate import SiteGate, Source
from praksisbank.mkdocs_adapter.project import mkdocs_settings, reviewed_python

NUMBER = identity_number("240786")
OTHER = identity_number("030494")


def _national(region: str, kind: Any = phonenumbers.PhoneNumberType.MOBILE) -> str:
    number = phonenumbers.example_number_for_type(region, kind)
    assert number is not None
    return str(number.national_number)


MOBILE = _national("NO")  # eight digits, phonenumbers' own example of a Norwegian mobile
M = f"{MOBILE[:3]} {MOBILE[3:5]} {MOBILE[5:]}"  # 3-2-3, as Norwegians write a mobile


# -- 1. footnotes, superscripts and tooltips ---------------------------------------------------


def published(body: str) -> str:
    """The page as a site with ``footnotes`` and ``abbr`` on publishes it (sanitized)."""
    convert = markdown.Markdown(extensions=["footnotes", "abbr"]).convert
    return sanitize(str(convert(body)))


MARKS = [
    # B15: the parts as two counts' shapes, no cue, the mark's number between them
    Row("B15", f"Søkeren kan nås på {M[:3]}[^1] hele uken.\n\n[^1]: {M[4:]}\n", True),
    Row("a mark and its note, 6+2", f"Nås på {M[:6]}[^a].\n\n[^a]: {M[7:]}\n", True),
    Row(
        "a note further down",
        f"Han bor i Bergen, {M[:3]}[^2].\n\nMer tekst.\n\n[^2]: {M[4:]}",
        True,
    ),
    Row("identity number into a note", f"Sak {OTHER[:6]}[^1].\n\n[^1]: {OTHER[6:]}\n", True),
    Row("a superscript between groups", f"Nås på {M[:3]}<sup>1</sup> {M[4:]} om kvelden.", True),
    Row("a subscript between groups", f"Nås på {M[:6]}<sub>x</sub>{M[7:]} om kvelden.", True),
    Row(
        "a superscript digit in a number",
        f"Nr. {NUMBER[:5]}<sup>{NUMBER[5]}</sup>{NUMBER[6:]}",
        True,
    ),
    Row(
        "phone digits in a superscript",
        f"Nås på {MOBILE[:3]}<sup>{MOBILE[3:5]}</sup>{MOBILE[5:]}",
        True,
    ),
    Row("a tooltip after a cue", f'Ring {M[:3]} <abbr title="{M[4:]}">NN</abbr> i dag.', True),
    Row("an abbr definition", f"Ring {M[:3]} NN i dag.\n\n*[NN]: {M[4:]}", True),
    # near misses
    Row("a count and its source", "Saker i 2023: 406[^1].\n\n[^1]: 12 345 personer i alt.", False),
    Row("a count and a year in its note", "Det kom 406[^1] søkere.\n\n[^1]: Tall fra 2023.", False),
    Row("square metres", "Arealet er 410 m<sup>2</sup> og leien 93 573 kroner.", False),
    Row("a year with a mark", "I 2023<sup>1</sup> 12 345 saker.", False),
    Row("a count after a mark", "Sak 45<sup>1</sup> 12345 personer kom.", False),
    Row(
        "a tooltip without a cue",
        '<abbr title="Utlendingsdirektoratet">UDI</abbr> fikk 406 saker.',
        False,
    ),
]


@pytest.mark.parametrize("row", MARKS, ids=repr)
def test_a_split_over_a_mark_is_found_on_the_published_page(row: Row) -> None:
    shown = page_findings(published(row.body))
    assert bool(shown) is row.found, shown


# -- 2. number words of more arrival languages -------------------------------------------------

SOMALI = ["eber", "kow", "laba", "saddex", "afar", "shan", "lix", "toddoba", "siddeed", "sagaal"]
KURMANJI = ["sifir", "yek", "du", "sê", "çar", "pênc", "şeş", "heft", "heşt", "neh"]
TURKISH = ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
SORANI = ["سفر", "یەک", "دوو", "سێ", "چوار", "پێنج", "شەش", "حەوت", "هەشت", "نۆ"]
PASHTO = ["صفر", "یو", "دوه", "درې", "څلور", "پنځه", "شپږ", "اووه", "اته", "نهه"]
URDU = ["صفر", "ایک", "دو", "تین", "چار", "پانچ", "چھ", "سات", "آٹھ", "نو"]
IDENTITY = "et fødselsnummer, D-nummer eller H-nummer"


def said(words: list[str], digits: str) -> str:
    return " ".join(words[int(d)] for d in digits)


WORDS = [
    Row("Somali", f"Lambarka: {said(SOMALI, NUMBER)}", True),
    Row("Kurmanji", f"Hejmar: {said(KURMANJI, NUMBER)}", True),
    Row("Turkish", f"Numarası {said(TURKISH, NUMBER)}.", True),
    Row("Turkish in capitals", said(TURKISH, OTHER).upper(), True),
    Row("Sorani", f"ژمارە: {said(SORANI, NUMBER)}", True),
    Row("Pashto", f"شمېره: {said(PASHTO, NUMBER)}", True),
    Row("Pashto with Arabic yeh", said(PASHTO, OTHER).replace("ی", "ي"), True),
    Row("Urdu", f"نمبر: {said(URDU, NUMBER)}", True),
    Row("Turkish tens", f"yirmi dört sıfır yedi seksen altı {said(TURKISH, NUMBER[6:])}", True),
    Row("Kurmanji tens", f"bîst û çar sifir heft heştê û şeş {said(KURMANJI, NUMBER[6:])}", True),
    Row("Somali tens", f"labaatan iyo afar eber toddoba {said(SOMALI, NUMBER[4:])}", True),
    Row(
        "Urdu with Arabic yeh and kaf", said(URDU, OTHER).replace("ی", "ي").replace("ک", "ك"), True
    ),
    # near misses: one number word in a sentence, words that are Norwegian too
    Row("Norwegian du", "Du har to barn og tre søsken, sa saksbehandleren.", False),
    Row("one Turkish word", "Han bodde i Izmir i bir periode på on dager.", False),
    Row("a Somali place", "Afar-regionen og Shan-staten er nevnt i rapporten.", False),
    Row("sed", "Sed og skikk i hjemlandet ble forklart.", False),
    Row("one Pashto word", "Han sa «یو» da tolken spurte.", False),
    Row("a Kurmanji count", "Wî got heft zarok hene.", False),
    Row("Turkish age", "On yedi yaşındaydı.", False),
]


@pytest.mark.parametrize("row", WORDS, ids=repr)
def test_a_number_read_out_in_an_arrival_language_is_found(row: Row) -> None:
    found = source_findings(row.body)
    assert (IDENTITY in found) is row.found, found
    if not row.found:
        assert found == []


# -- 3. Roman dates in small letters -----------------------------------------------------------

BIRTH = "en fødselsdato"

ROMAN = [
    Row("after født", "Søkeren er født xvii.iii.1992 i Kabul.", True),
    Row("a two-digit year", "Han er født den xxi.vii.90.", True),
    Row("the year in Roman too", "Fødselsdato: xvii/iii/mcmxcii", True),
    Row("f. and slashes", "Broren (f. ix/xi/2004) bor i Iran.", True),
    Row("a month in digits", "Født: iv-3-1988", True),
    Row("in the page too", "Hun er født xii.x.1985, sier hun.", True),
    # near misses: words of the same letters, an abbreviation, a reference
    Row("vi after født", "Søkeren er født i Kabul, vi vet ikke når.", False),
    Row("civil", "Han er født inn i en civil familie.", False),
    Row("mi, di, mix", "Født: mi, di og mix av tradisjoner.", False),
    Row("i.v.m.", "Dette gjelder i.v.m. født 1990 eller senere.", False),
    Row("no day", "Født mi.di.2020 er ingen dato.", False),
    Row("a chapter", "Se kapittel iv.3.2 om fødsel.", False),
]


@pytest.mark.parametrize("row", ROMAN, ids=repr)
def test_a_roman_date_in_small_letters_is_a_date_of_birth(row: Row) -> None:
    found = source_findings(row.body)
    assert (BIRTH in found) is row.found, found
    assert (BIRTH in page_findings(published(row.body))) is row.found


# -- 4. settings -------------------------------------------------------------------------------

SITE = """\
site_name: Testbanken
theme:
  name: material
  font: false
plugins:
  - praksisbank
"""

SETTINGS = [
    # (what is added or changed, the lines and settings refused)
    ("  - privacy\n", [(7, "plugins.privacy")]),
    ("  - privacy:\n      links: false\n", [(7, "plugins.privacy")]),
    ("  - material/privacy\n", [(7, "plugins.material/privacy")]),
    ("theme.logo: https://cdn.example/logo.png", [(5, "theme.logo")]),
    ("theme.favicon: //cdn.example/favicon.ico", [(5, "theme.favicon")]),
    ("contact: javascript:alert(1)", [(7, "plugins.praksisbank.accessibility_contact")]),
    ("contact: javascript:x@y.example", [(7, "plugins.praksisbank.accessibility_contact")]),
    ("contact: data:text/html,hei", [(7, "plugins.praksisbank.accessibility_contact")]),
    # allowed: downloads off, links (<a href>) to another host, a contact a reader can use
    ("  - privacy:\n      assets_fetch: false\n", []),
    ("  - privacy:\n      assets: false\n", []),
    ("  - privacy:\n      enabled: false\n", []),
    (
        "extra:\n  homepage: https://intranett.example\n  social:\n"
        "    - icon: fontawesome/brands/github\n      link: https://github.com/example\n",
        [],
    ),
    ("theme.logo: assets/logo.svg", []),
    ("contact: https://skjema.example/tilgjengelighet", []),
    ("contact: mailto:forvalter@example.no", []),
    ("contact: forvalter@example.no", []),
]


def site_with(change: str) -> str:
    if change.startswith("theme."):
        key, value = change.removeprefix("theme.").split(": ", 1)
        return SITE.replace("  font: false\n", f"  font: false\n  {key}: {value}\n")
    if change.startswith("contact: "):
        contact = change.removeprefix("contact: ")
        return SITE.replace(
            "  - praksisbank\n", f"  - praksisbank:\n      accessibility_contact: '{contact}'\n"
        )
    return SITE + change


def refused_settings(text: str) -> list[tuple[int, str]]:
    return [
        (p.line, p.message.split("»", 1)[0].removeprefix("«"))
        for p in siteconfig.check(siteconfig.read(text))
    ]


@pytest.mark.parametrize(("change", "refused"), SETTINGS, ids=[c for c, _ in SETTINGS])
def test_a_setting_that_fetches_or_runs_is_refused_at_its_line(
    change: str, refused: list[tuple[int, str]]
) -> None:
    assert refused_settings(site_with(change)) == refused


@pytest.mark.parametrize(
    "change",
    ["  - privacy\n", "contact: javascript:alert(1)", "  - privacy:\n      assets: false\n"],
)
def test_the_build_refuses_what_check_refuses_at_the_same_line(
    project: Project, change: str
) -> None:
    project.write("mkdocs.yml", site_with(change))
    config = load_config(str(project.root / "mkdocs.yml"))
    in_build = siteconfig.check(mkdocs_settings(config))
    assert [(p.line, p.message.split("»", 1)[0].removeprefix("«")) for p in in_build] == (
        refused_settings(site_with(change))
    )


# -- 5. CODEOWNERS and inherited settings ------------------------------------------------------

DEVELOPERS = (
    '      teams:\n        Enhet A1: "@asyl/a1"\n        utvikling: "@asyl/utvikling"\n'
    '        personvern: "@asyl/pv"\n'
)

INHERITED = [
    # (the files beside mkdocs.yml: path -> text; what mkdocs.yml inherits; owned files)
    ({"config/base.yml": "site_author: Asyl\n"}, "config/base.yml", ["config/base.yml"]),
    (
        {
            "config/base.yml": "INHERIT: more.yml\nsite_author: Asyl\n",
            "config/more.yml": "copyright: Asyl\n",
        },
        "config/base.yml",
        ["config/base.yml", "config/more.yml"],
    ),
    # a loop is read once, a file outside the project is not in its CODEOWNERS
    ({"a.yml": "INHERIT: b.yml\n", "b.yml": "INHERIT: a.yml\n"}, "a.yml", ["a.yml", "b.yml"]),
    ({}, "../elsewhere.yml", []),
    ({}, None, []),
]


@pytest.mark.parametrize(("files", "parent", "owned"), INHERITED)
def test_codeowners_gives_every_inherited_file_to_the_developers(
    project: Project, files: dict[str, str], parent: str | None, owned: list[str]
) -> None:
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - praksisbank\n", f"  - praksisbank:\n{DEVELOPERS}")
    project.write("mkdocs.yml", (f"INHERIT: {parent}\n" if parent else "") + config)
    for path, text in files.items():
        project.write(path, text)
    assert list(codeowners.inherited(project.root)) == owned
    if parent in ("a.yml", "../elsewhere.yml"):
        return  # MkDocs itself stops at a loop or a missing file
    assert main(["codeowners", str(project.root)]) == 0
    lines = (project.root / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
    assert "/mkdocs.yml @asyl/utvikling" in lines
    for path in owned:
        assert f"/{path} @asyl/utvikling" in lines


# -- 6. a refused mkdocs.yml under serve -------------------------------------------------------

REBUILDS = [
    # (what is added to mkdocs.yml, given the marker's path; rebuilt; what the message says)
    ("extra:\n  note: !!python/object/apply:os.system ['touch {marker}']\n", False, ":1: feil: "),
    ("hooks:\n  - '{marker}.py'\n", False, ":1: feil: «hooks» kjører Python-kode"),
    ("extra:\n  note: [ikke lukket\n", False, "mkdocs.yml"),
    ("plugins:\n  - privacy\n", False, "«plugins.privacy» laster ned"),
    ("extra:\n  note: vanlig tekst\n", True, ""),
]


@pytest.mark.parametrize(("added", "rebuilt", "said"), REBUILDS)
def test_serve_prints_only_our_message_and_keeps_the_last_site(
    project: Project, capsys: pytest.CaptureFixture[str], added: str, rebuilt: bool, said: str
) -> None:
    import mkdocs.commands.serve as serve

    config = project.root / "mkdocs.yml"
    marker = project.root / "pwned"
    built: list[object] = []

    def builder(config_given: object = None) -> None:  # MkDocs' serve: reads the file again
        with reviewed_python():
            built.append(config_given or load_config(str(config)))

    with guarded.guarded_rebuilds(config):
        server = serve.__dict__["LiveReloadServer"](
            builder=builder, host="127.0.0.1", port=0, root=str(project.root)
        )
    try:
        server.builder(object())  # the first build, checked before MkDocs started
        project.write("mkdocs.yml", MKDOCS_YML + added.format(marker=marker))
        server.builder()  # the rebuild after the change
    finally:
        server.server_close()
    err = capsys.readouterr().err
    assert len(built) == (2 if rebuilt else 1)
    assert not marker.exists()
    assert "Traceback" not in err
    if not rebuilt:
        assert said in err and "forhåndsvisningen viser siste gode versjon" in err


# -- 7. blame --------------------------------------------------------------------------------

THIRD, REST = divmod(int(OTHER), 3)
WORKED_OUT = f"{{{{ {THIRD} * 3 + {REST} }}}}"  # Jinja works it out: its digits stand nowhere

PARTIALS = [
    # (the templates: path -> text; the page's text around the value; the file and line blamed)
    (
        {
            "overrides/main.html": '{% extends "base.html" %}\n',
            "overrides/partials/footer.html": f"<div>\n  <p>Arkivnummer {WORKED_OUT}</p>\n</div>\n",
        },
        "Arkivnummer {value}",
        ("overrides/partials/footer.html", 2),
    ),
    (
        {
            "overrides/main.html": '{% extends "base.html" %}\n',
            "overrides/partials/copyright.html": (
                f"<small>\n<strong>Journal</strong> {WORKED_OUT} hos enheten\n</small>\n"
            ),
        },
        "Journal {value} hos enheten",
        ("overrides/partials/copyright.html", 2),
    ),
    (
        {
            "overrides/main.html": (
                '{% extends "base.html" %}\n{% block announce %}\n'
                f"Saksmappe {WORKED_OUT}\n{{% endblock %}}\n"
            ),
            "overrides/partials/footer.html": "<p>Kontakt forvalteren</p>\n",
        },
        "Saksmappe {value}",
        ("overrides/main.html", 3),
    ),
    # no template holds the words around it: the main template, line 1
    (
        {
            "overrides/main.html": '{% extends "base.html" %}\n',
            "overrides/partials/footer.html": f"<p>{{{{ 'Ar' + 'kiv' }}}} {WORKED_OUT}</p>\n",
        },
        "Arkiv {value}",
        ("overrides/main.html", 1),
    ),
]


@pytest.mark.parametrize(("templates", "shown", "blamed"), PARTIALS)
def test_a_worked_out_value_is_blamed_on_the_template_that_writes_it(
    tmp_path: Path, templates: dict[str, str], shown: str, blamed: tuple[str, int]
) -> None:
    site_files = []
    for path, text in templates.items():
        file = tmp_path / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
        site_files.append(Source(path, file))
    sources = {}
    for n in range(3):
        page = tmp_path / f"sak-{n}.md"
        page.write_text(f"# Sak {n}\n\nIngen nummer her.\n", encoding="utf-8")
        sources[f"sak-{n}/index.html"] = Source(f"sak-{n}.md", page, 3)
    gate = SiteGate(sources, workers=0, site_files=site_files)
    for published in sources:
        text = shown.format(value=OTHER)
        gate.page(published, f"<!doctype html><html><body><p>{text}</p></body></html>")
    (problem,) = gate.problems()
    assert (problem.file, problem.line) == blamed
    assert "(og på 2 sider til)" in problem.message
    assert "Verdien står ikke i noen innholdsfil" in problem.message


@pytest.mark.parametrize(
    ("others", "said"), [(0, ""), (1, " (og på 1 side til)"), (12, " (og på 12 sider til)")]
)
def test_every_message_counts_the_other_pages_one_way(others: int, said: str) -> None:
    assert blame.more_pages(others) == said


# -- a new language's short number word never cuts a known longer one -------------------------

_ENGLISH = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def test_a_turkish_ten_does_not_cut_english_one_short() -> None:
    """Turkish ``on`` (10) is a prefix of English ``one``: a number read out in English keeps its
    class (an identity number generated in the test stays a fødselsnummer, not «et utenlandsk
    identitetsnummer»; a phone stays a phone)."""
    from praksisbank.core.gate import anonymity, spoken

    words = " ".join(_ENGLISH[int(d)] for d in NUMBER)
    found = anonymity.examine(f"Beløpet var {words} kroner.").findings
    digits = anonymity.examine(f"Beløpet var {NUMBER} kroner.").findings
    assert [f.what for f in found] == [f.what for f in digits] != []
    assert [digits for digits, _ in spoken.readings("one one two")] == ["112"]
