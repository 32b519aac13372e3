"""Issue 17, attack round 9, what `mkdocs.yml` and a page could publish past the gate:

1. a build machine's secret through ``pymdownx.snippets``: ``auto_append: ['.git/config']`` (where a
   CI checkout writes its access token), or a page's ``--8<-- ".git/config"`` under the extension's
   default base (the project folder), or a link in the project that leads to ``.git``: refused by
   ``check`` and the build, at the setting's or the page's line, and nothing of the file published
   (``mkdocs_adapter/snippets.py``, ``siteconfig.hidden_path``);
2. text every page shows from an extension's options: ``toc``'s ``permalink`` after every heading
   and ``footnotes``' ``BACKLINK_TEXT``: ``check`` reads them at their line in ``mkdocs.yml``
   (``published.SHOWN_OPTIONS``), and the page gate reads a permalink apart from its heading's
   words and a link back after its note (``rendered.visible_text``).

The phone number is phonenumbers' own example of a Norwegian mobile; the token is made up.
"""

from __future__ import annotations

import phonenumbers
import pytest

from helpers import BODY, MKDOCS_YML, Project, decision, write_project
from praksisbank.cli import guarded
from praksisbank.cli.main import main
from praksisbank.core.gate import rendered

PHONE = phonenumbers.example_number_for_type("NO", phonenumbers.PhoneNumberType.MOBILE)
assert PHONE is not None
DIGITS = str(PHONE.national_number)
TOKEN = "FAKE-CHECKOUT-TOKEN-ATK9"  # made up: stands for what actions/checkout writes
EXTENSIONS = "markdown_extensions:\n"


def _with_extension(entry: str) -> str:
    return MKDOCS_YML.replace(EXTENSIONS, EXTENSIONS + entry, 1)


def _git_config(project: Project) -> None:
    project.write(
        ".git/config",
        f'[http "https://git.intern.example/"]\n\textraheader = AUTHORIZATION: basic {TOKEN}\n',
    )


def _built(project: Project, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    return code, capsys.readouterr().err


def _nothing_published(project: Project, secret: str) -> None:
    site = project.root / "site"
    if site.exists():
        for path in site.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path


SNIPPET_SETTINGS = [
    (
        "auto_append",
        "  - pymdownx.snippets:\n      base_path: ['.']\n      auto_append: ['.git/config']\n",
    ),
    ("auto_prepend", "  - pymdownx.snippets:\n      auto_prepend: [./.git/config]\n"),
    ("base_path", "  - pymdownx.snippets:\n      base_path: [.git]\n"),
]


@pytest.mark.parametrize(
    ("option", "entry"), SNIPPET_SETTINGS, ids=[r[0] for r in SNIPPET_SETTINGS]
)
def test_a_snippet_setting_naming_a_hidden_file_is_refused_at_its_line(
    project: Project, capsys: pytest.CaptureFixture[str], option: str, entry: str
) -> None:
    write_project(project)
    _git_config(project)
    text = _with_extension(entry)
    project.write("mkdocs.yml", text)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if f"{option}:" in row)
    assert main(["check", str(project.root)]) == 1
    said = capsys.readouterr().out
    assert f"mkdocs.yml:{line}:1: feil: «markdown_extensions.pymdownx.snippets.{option}" in said
    assert "skjult fil eller mappe" in said
    code, err = _built(project, capsys)
    assert code == 1
    assert "skjult fil eller mappe" in err
    _nothing_published(project, TOKEN)


@pytest.mark.parametrize(
    "written",
    ['--8<-- ".git/config"', '--8<-- "docs/../.git/config"', "--8<--\n.git/config\n--8<--"],
)
def test_a_page_naming_a_hidden_file_as_a_snippet_is_refused_and_nothing_published(
    project: Project,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    written: str,
) -> None:
    monkeypatch.chdir(project.root)  # the extension's default base: where the build runs
    write_project(project)
    _git_config(project)
    project.write("mkdocs.yml", _with_extension("  - pymdownx.snippets\n"))
    page = "decision_bank/afg/2024-kvinne.md"
    project.write(page, decision(body=f"{BODY}\n{written}\n"))
    assert main(["check", "--render", str(project.root)]) == 1
    said = capsys.readouterr().out
    assert f"{page}:" in said
    assert "Tekstbiten" in said and "skjult fil eller mappe" in said
    code, err = _built(project, capsys)
    assert code == 1
    assert "Traceback" not in err
    _nothing_published(project, TOKEN)


def test_a_link_in_the_project_to_a_hidden_folder_is_no_way_round(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project.root)
    write_project(project)
    _git_config(project)
    (project.root / "tekstbiter").symlink_to(project.root / ".git")
    project.write("mkdocs.yml", _with_extension("  - pymdownx.snippets\n"))
    project.write(
        "decision_bank/afg/2024-kvinne.md",
        decision(body=BODY + '\n--8<-- "tekstbiter/config"\n'),
    )
    assert main(["check", "--render", str(project.root)]) == 1
    assert "skjult fil eller mappe" in capsys.readouterr().out
    code, _ = _built(project, capsys)
    assert code == 1
    _nothing_published(project, TOKEN)


def test_a_snippet_from_an_ordinary_folder_still_works(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project.root)  # snippets reads base_path from where the build runs
    write_project(project)
    project.write("tekstbiter/merknad.md", "Merknaden om internflukt gjelder alle saker.\n")
    project.write(
        "mkdocs.yml", _with_extension("  - pymdownx.snippets:\n      base_path: [tekstbiter]\n")
    )
    project.write(
        "decision_bank/afg/2024-kvinne.md", decision(body=BODY + '\n--8<-- "merknad.md"\n')
    )
    assert main(["check", "--render", str(project.root)]) == 0, capsys.readouterr().out
    code, err = _built(project, capsys)
    assert code == 0, err
    pages = (project.root / "site").rglob("index.html")
    assert any("Merknaden om internflukt" in p.read_text(encoding="utf-8") for p in pages)


SHOWN = [
    (
        "toc.permalink",
        "  - toc:\n      permalink: true\n",
        f"  - toc:\n      permalink: '{DIGITS}'\n",
    ),
    (
        "footnotes.BACKLINK_TEXT",
        "",
        f"  - footnotes:\n      BACKLINK_TEXT: '{DIGITS}'\n",
    ),
]


@pytest.mark.parametrize(("name", "old", "new"), SHOWN, ids=[r[0] for r in SHOWN])
def test_an_extension_option_readers_see_is_gated_at_its_line(
    project: Project, capsys: pytest.CaptureFixture[str], name: str, old: str, new: str
) -> None:
    write_project(project)
    text = MKDOCS_YML.replace(old, new) if old else _with_extension(new)
    project.write("mkdocs.yml", text)
    project.write(
        "decision_bank/afg/2024-kvinne.md",
        decision(body="\n## Bakgrunn\n\nTekst med en merknad.[^1]\n\n[^1]: Se notatet.\n"),
    )
    line = next(n for n, row in enumerate(text.splitlines(), 1) if DIGITS in row)
    assert main(["check", str(project.root)]) == 1
    said = capsys.readouterr().out
    assert f"mkdocs.yml:{line}:" in said
    assert f"«markdown_extensions.{name}» ser ut til å inneholde et telefonnummer" in said
    code, _ = _built(project, capsys)
    assert code == 1
    _nothing_published(project, DIGITS)


PAGES = [
    (
        "a permalink's text after its heading",
        f'<h2 id="b">Bakgrunn<a class="headerlink" href="#b" title="Lenke">{DIGITS}</a></h2>',
        True,
    ),
    (
        "a footnote's link back",
        '<div class="footnote"><ol><li id="fn:1"><p>Kilde.&#160;<a class="footnote-backref" '
        f'href="#fnref:1" title="Tilbake">{DIGITS}</a></p></li></ol></div>',
        True,
    ),
    # near misses: the theme's own marks
    ("the pilcrow", '<h2 id="b">Bakgrunn<a class="headerlink" href="#b">&para;</a></h2>', False),
    (
        "the arrow back",
        '<div class="footnote"><ol><li id="fn:1"><p>Kilde 12.&#160;<a class="footnote-backref" '
        'href="#fnref:1" title="Tilbake">&#8617;&#xFE0E;</a></p></li></ol></div>',
        False,
    ),
]


@pytest.mark.parametrize(("name", "page", "found"), PAGES, ids=[r[0] for r in PAGES])
def test_the_page_gate_reads_a_permalink_and_a_link_back_as_readers_see_them(
    name: str, page: str, found: bool
) -> None:
    whats = [seen.finding.what for seen in rendered.in_page(page)]
    assert ("et telefonnummer" in whats) is found, whats
