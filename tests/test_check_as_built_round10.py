"""Issue 17, round 10: what ``check``, ``check --render`` and the build still read differently.

1. A snippet (``--8<--``) takes text from the content folders alone: the Makefile, mkdocs.yml,
   a hidden file or a link out of the folders is refused at the page's line by the plain check,
   by ``check --render`` and by the build alike (``core/gate/snippetpaths.py``).
2. Material's ``meta`` plugin (front matter from hidden ``.meta.yml`` files) is refused in
   ``mkdocs.yml``: the check reads no such file.
3. ``check --render`` skipped says what is true of ``mkdocs.yml`` for each cause, not that it
   runs code when it runs nothing.
4. A glossary ``auto_append`` adds to every page: its value reported once, at its line.
5. Two Pagefind indexes of the same pages are the same bytes (``search.stable_filters``).

Names and texts are made up.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from helpers import BODY, MKDOCS_YML, Project, decision
from praksisbank.cli import guarded
from praksisbank.cli.main import main
from praksisbank.core.publish import search

EXTENSIONS = "markdown_extensions:\n"
SNIPPETS = "  - pymdownx.snippets\n"
PAGE = "decision_bank/afg/2024-snutt.md"


def _project(project: Project, include: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """The project with snippets on and ``include`` after the page's body; the line of its
    path in the page."""
    monkeypatch.chdir(project.root)  # snippets looks under base_path, from where the build runs
    project.write("mkdocs.yml", MKDOCS_YML.replace(EXTENSIONS, EXTENSIONS + SNIPPETS, 1))
    text = decision("VB-AFG-2024-009", title="Snutt").replace(BODY, BODY + f"\n{include}\n")
    project.write(PAGE, text)
    project.write("Makefile", "site:\n\tpython -m mkdocs build\n")
    project.write(".env", "TOKEN=fiktiv\n")
    project.write("docs/.skjult/tekst.md", "Skjult tekst.\n")
    written = include.split("\n")
    return text.split("\n").index(written[1] if len(written) > 1 else written[0]) + 1


def _problems(project: Project, capsys: pytest.CaptureFixture[str], *flags: str) -> list[Any]:
    main(["check", *flags, "--format", "json", str(project.root)])
    found: list[Any] = json.loads(capsys.readouterr().out)
    return found


OUTSIDE = "ligger utenfor innholdsmappene og tekstbitmappene"
HIDDEN = "ligger i en skjult fil eller mappe"
ROWS = [
    ("the Makefile", '--8<-- "Makefile"', OUTSIDE),
    ("the settings", '--8<-- "mkdocs.yml"', OUTSIDE),
    ("a climb out of docs", '--8<-- "docs/../Makefile"', OUTSIDE),
    ("a line range of the Makefile", '--8<-- "Makefile:1:2"', OUTSIDE),
    ("a block of paths", "--8<--\nmkdocs.yml\n--8<--", OUTSIDE),
    ("a hidden file", '--8<-- ".env"', HIDDEN),
    ("a hidden folder in docs", '--8<-- "docs/.skjult/tekst.md"', HIDDEN),
    ("a hidden file by a climb", '--8<-- "docs/../.env"', HIDDEN),
    ("a page of a content folder", '--8<-- "decision_bank/afg/2024-kvinne.md:20:22"', None),
    ("an escaped marker", ';--8<-- "Makefile"', None),
    ("a name that is no file", '--8<-- "%4Dakefile"', None),
    ("an absolute path", '--8<-- "/etc/hostname"', None),  # restrict_base_path: not found
    ("the Makefile in capitals", '--8<-- "MAKEFILE"', None),  # no such file here
    ("a snippet of itself", '--8<-- "decision_bank/afg/2024-snutt.md"', None),
]


@pytest.mark.parametrize("flags", [(), ("--render",)], ids=["check", "render"])
@pytest.mark.parametrize(("case", "include", "said"), ROWS, ids=[r[0] for r in ROWS])
def test_a_snippet_comes_from_the_content_folders_only(
    project: Project,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    flags: tuple[str, ...],
    case: str,
    include: str,
    said: str | None,
) -> None:
    line = _project(project, include, monkeypatch)
    problems = _problems(project, capsys, *flags)
    if said is None:
        assert problems == [], problems
        return
    assert [(p["file"], p["line"]) for p in problems] == [(PAGE, line)], problems
    assert said in problems[0]["message"]


CHECKED = [
    ("docs/mangler.md", "finnes ikke"),
    ("docs/mangler.md:intervju", "finnes ikke"),
    ("Makefile:1:2", OUTSIDE),
]


@pytest.mark.parametrize("flags", [(), ("--render",)], ids=["check", "render"])
@pytest.mark.parametrize(("include", "said"), CHECKED)
def test_with_check_paths_a_snippet_not_found_is_refused_at_its_line(
    project: Project,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    flags: tuple[str, ...],
    include: str,
    said: str,
) -> None:
    line = _project(project, f'--8<-- "{include}"', monkeypatch)
    extension = "  - pymdownx.snippets:\n      check_paths: true\n"
    project.write("mkdocs.yml", MKDOCS_YML.replace(EXTENSIONS, EXTENSIONS + extension, 1))
    problems = _problems(project, capsys, *flags)
    assert [(p["file"], p["line"]) for p in problems] == [(PAGE, line)], problems
    assert said in problems[0]["message"]
    assert f"«{include.split(':')[0]}»" in problems[0]["message"]  # the file, not its lines


def test_a_link_out_of_a_content_folder_is_refused_at_the_page_s_line(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The link itself is refused where it lies (``discovery.py``); the page that takes its
    text is refused too, at its line, whatever the link's name says."""
    line = _project(project, '--8<-- "docs/lenke.md"', monkeypatch)
    (project.root / "docs" / "lenke.md").symlink_to(project.root / "Makefile")
    for flags in ((), ("--render",)):
        problems = _problems(project, capsys, *flags)
        at_page = [p for p in problems if p["file"] == PAGE]
        assert [p["line"] for p in at_page] == [line], problems
        assert OUTSIDE in at_page[0]["message"]


BASES = [
    # (base_path, the page's snippet, refused)
    ("[tekstbiter]", "merknad.txt", False),
    ("[tekstbiter]", "lenke.txt", True),  # a link to the Makefile
    ("['.']", "Makefile", True),  # the project's own folder is no source
    ("[tekstbiter, .]", "mkdocs.yml", True),
    ("[tekstbiter, .]", "tekstbiter/merknad.txt", False),
    ("[docs/..]", "Makefile", True),
    ("[tekstbiter, .]", "innsmett.txt", True),  # a snippet of the Makefile in a snippet
    ("[tekstbiter]", "innsmett.txt", False),  # the Makefile is not found under tekstbiter
]


@pytest.mark.parametrize("flags", [(), ("--render",)], ids=["check", "render"])
@pytest.mark.parametrize(("bases", "include", "refused"), BASES)
def test_a_folder_base_path_names_is_a_source_the_project_s_own_is_not(
    project: Project,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    flags: tuple[str, ...],
    bases: str,
    include: str,
    refused: bool,
) -> None:
    line = _project(project, f'--8<-- "{include}"', monkeypatch)
    extension = f"  - pymdownx.snippets:\n      base_path: {bases}\n"
    project.write("mkdocs.yml", MKDOCS_YML.replace(EXTENSIONS, EXTENSIONS + extension, 1))
    project.write("tekstbiter/merknad.txt", "Merknaden gjelder alle saker fra 2024.\n")
    (project.root / "tekstbiter" / "lenke.txt").symlink_to(project.root / "Makefile")
    project.write("tekstbiter/innsmett.txt", 'Innledning.\n\n--8<-- "Makefile"\n')
    problems = _problems(project, capsys, *flags)
    assert [(p["file"], p["line"]) for p in problems] == ([(PAGE, line)] if refused else [])
    assert all(OUTSIDE in p["message"] for p in problems), problems


def test_the_build_refuses_the_makefile_at_the_page_s_line(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    line = _project(project, '--8<-- "Makefile"', monkeypatch)
    code = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    assert code == 1
    refused = [row for row in capsys.readouterr().err.splitlines() if ": feil: " in row]
    assert refused and all(f" {PAGE}:{line}:" in row for row in refused), refused
    assert any(OUTSIDE in row for row in refused), refused
    assert not (project.root / "site").exists()


META = "  - meta\n  - praksisbank\n"


def test_the_meta_plugin_is_refused_in_mkdocs_yml(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    text = MKDOCS_YML.replace("  - praksisbank\n", META, 1)
    project.write("mkdocs.yml", text)
    project.write("docs/.meta.yml", "description: Søkeren Amira Rahimi\n")  # a made-up name
    line = text.split("\n").index("  - meta") + 1
    for flags in ((), ("--render",)):
        problems = _problems(project, capsys, *flags)
        assert [(p["file"], p["line"]) for p in problems] == [("mkdocs.yml", line)], problems
        assert "«plugins.meta»" in problems[0]["message"]


SKIPPED = [
    (
        "a hidden snippet path",
        "  - pymdownx.snippets:\n      auto_append: [.env]\n",
        "peker på filer utenfor prosjektet eller på skjulte filer",
    ),
    ("an unreviewed extension", "  - fiktiv_utvidelse\n", "kjører kode når MkDocs leser den"),
    (
        "a download while building",
        "  - pymdownx.snippets:\n      url_download: true\n",
        "får byggingen til å hente fra andre maskiner",
    ),
]


@pytest.mark.parametrize(("case", "extension", "said"), SKIPPED, ids=[s[0] for s in SKIPPED])
def test_render_skipped_says_what_is_true_of_the_settings(
    project: Project, capsys: pytest.CaptureFixture[str], case: str, extension: str, said: str
) -> None:
    project.write("mkdocs.yml", MKDOCS_YML.replace(EXTENSIONS, EXTENSIONS + extension, 1))
    assert main(["check", "--render", str(project.root)]) == 1
    skipped = [row for row in capsys.readouterr().err.splitlines() if "hoppet over" in row]
    assert len(skipped) == 1, skipped
    assert said in skipped[0]
    if "kjører kode" not in said:
        assert "kjører kode" not in skipped[0]


ABBR = "  - abbr\n  - pymdownx.snippets:\n      auto_append: [includes/forkortelser.md]\n"
GLOSSARY = "*[UNE]: Utlendingsnemnda\n*[Søkeren]: Amira Rahimi\n"  # a made-up name, line 2


@pytest.mark.parametrize(
    ("page_too", "expected"),
    [
        (False, [("includes/forkortelser.md", 2)]),
        (True, [(PAGE, 30), ("includes/forkortelser.md", 2)]),
    ],
    ids=["the glossary alone", "the page says it too"],
)
def test_render_reports_a_glossary_s_value_once_at_the_glossary(
    project: Project,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    page_too: bool,
    expected: list[tuple[str, int]],
) -> None:
    """Every page shows the glossary's explanation where it shows the word: the value is the
    glossary's, reported at its line once (the build's blame does the same), not at each page;
    a page whose own text holds it is still reported at its line."""
    monkeypatch.chdir(project.root)
    project.write("mkdocs.yml", MKDOCS_YML.replace(EXTENSIONS, EXTENSIONS + ABBR, 1))
    project.write("includes/forkortelser.md", GLOSSARY)
    said = "Søkeren Amira Rahimi fikk beskyttelse." if page_too else "Søkeren fikk beskyttelse."
    text = decision("VB-AFG-2024-009", title="Ordliste").replace(BODY, BODY + f"\n{said}\n")
    project.write(PAGE, text)
    assert text.split("\n").index(said) + 1 == 30
    problems = _problems(project, capsys, "--render")
    assert sorted((p["file"], p["line"]) for p in problems) == sorted(expected), problems


FILTERED = (
    '<html lang="nb"><head><title>Vedtak {n}</title></head><body><main data-pagefind-body>'
    '<h1>Vedtak {n}</h1><p data-pagefind-filter="land">{country}</p>'
    '<p data-pagefind-filter="utfall">{outcome}</p><p>Søkeren fikk beskyttelse.</p>'
    "</main></body></html>"
)
COUNTRIES = ["Afghanistan", "Eritrea", "Somalia", "Sudan", "Syria", "Tyrkia", "Irak", "Iran"]


def _index(folder: Path) -> dict[str, bytes]:
    """A tiny site of ten pages (eight values of one filter) indexed by Pagefind, and every
    file of the index by its path."""
    for n in range(10):
        country = COUNTRIES[n % len(COUNTRIES)]
        page = FILTERED.format(n=n, country=country, outcome=("Avslag", "Innvilget")[n % 2])
        (folder / f"vedtak-{n}.html").write_text(page, encoding="utf-8")
    search.index_site(folder)
    bundle = folder / search.BUNDLE
    return {
        p.relative_to(bundle).as_posix(): p.read_bytes() for p in bundle.rglob("*") if p.is_file()
    }


def test_two_indexes_of_the_same_pages_are_the_same_bytes(tmp_path: Path) -> None:
    """Pagefind writes a filter's values in a hash map's order, another each run: with eight
    values two runs all but never agree by chance (stop 23)."""
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    one, two = _index(first), _index(second)
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []
    (land,) = [
        search._read_dcd(first / search.BUNDLE / name)
        for name in one
        if name.endswith(".pf_filter")
        and search._read_dcd(first / search.BUNDLE / name)[0] == "land"  # type: ignore[index]
    ]
    assert [value for value, _pages in land[1]] == sorted(COUNTRIES)  # type: ignore[index]
