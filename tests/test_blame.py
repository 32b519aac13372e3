"""Issue 17, attack round 5, class 6: every finding is blamed once, on the file and line that
hold the value, whichever page shows it (``core/gate/blame.py``, ``mkdocs_adapter/protect.py``,
``core/content/report.py``).

One table of surfaces: a value a template in ``theme.custom_dir`` prints on every page, the
settings of ``mkdocs.yml`` the theme writes into every page, and a role's ``source``. Each row
says the file, the line, how many errors name it and what the Norwegian message says.

Nothing here is real: the identity number is generated in the test (``helpers.identity_number``)
from a made-up birth date, the phone number is made up.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort, PluginError

from helpers import MKDOCS_YML, TODAY, Project, build_site, identity_number, write_project
from praksisbank.core.content.loader import load
from praksisbank.core.gate import rendered
from praksisbank.core.gate.sitegate import SiteGate, Source
from praksisbank.mkdocs_adapter.project import layout_for

NUMBER = identity_number("120494")
"""Starts with no zero, so Jinja can print it as a number (a sum of two)."""
KEY = NUMBER[:6]
"""What the gate looks for in the files to find the line (``rendered.key_of``)."""
SUM = f"{{{{ {int(NUMBER) - 1234} + 1234 }}}}"
"""A template value whose first six digits stand in the template (the line is found)."""
OTHER = identity_number("150592")
THIRD, REST = divmod(int(OTHER), 3)
PRODUCT = f"{{{{ {THIRD} * 3 + {REST} }}}}"
"""Another number, whose digits stand nowhere (no file holds it: the line cannot be found)."""
PHONE = "412 34 567"

TEMPLATE = (
    '{% extends "base.html" %}\n'
    "{% block announce %}\n"
    f"<p>Saksnummer {SUM}</p>\n"
    "{% endblock %}\n"
    "{% block footer %}{{ super() }}\n"
    f"<p>Arkiv {PRODUCT}</p>\n"
    "{% endblock %}\n"
)
"""Line 3 prints the sum, line 6 the product."""

SURFACES = {
    "extra.contact.url": "extra:\n  contact:\n    text: Meld fra\n    url: javascript:alert(1)\n",
    "extra.social.link": "  social:\n    - icon: material/web\n      link: javascript:alert(2)\n",
    "nav": "",
    "copyright": "copyright: \"<a href='https://x.example/' ping='https://ping.example/p'>x</a>\"\n",
}
"""What each ``mkdocs.yml`` surface adds to the test project's settings (``nav`` is a link in the
navigation, written into it by ``_settings``)."""


def _settings() -> str:
    config = MKDOCS_YML.replace("  language: nb\n", "  language: nb\n  custom_dir: overrides\n")
    config = config.replace(
        "  - Forside: index.md\n", "  - Forside: index.md\n  - Lenke: javascript:alert(3)\n"
    )
    return config + "".join(SURFACES.values())


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), start=1) if needle in line)


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    file: str
    needle: str
    """The text of the line the error must name, in ``file`` as the test writes it."""
    message: str
    """What the one error's message says (a regular expression)."""

    def __repr__(self) -> str:
        return self.name


MANY = r"\(og på [1-9][0-9] sider til\)"
"""The project has some thirty pages: every one but the first is counted, none named."""

ROWS = [
    Row(
        "template: a value Jinja prints, its digits in the template",
        "overrides/main.html",
        "Saksnummer",
        rf"^Den publiserte siden «/[^»]*» {MANY} viser et fødselsnummer, D-nummer eller "
        r"H-nummer \(•+\d\d\) i teksten slik leseren ser det.* fjern opplysningen fra kilden\.$",
    ),
    Row(
        "template: a value Jinja works out, its digits nowhere",
        "overrides/main.html",
        "Arkiv",  # the line that writes the words around it (blame.py, step 4)
        rf"^Den publiserte siden «/[^»]*» {MANY} viser et fødselsnummer.*Verdien står ikke i "
        r"noen innholdsfil, så den kommer fra nettstedets maler",
    ),
    Row(
        "mkdocs.yml: extra.contact.url",
        "mkdocs.yml",
        "javascript:alert(1)",
        r"javascript:alert\(1\)» blir en lenke i hver side, men byggingen stopper på lenken: "
        r"den er en adresse som kjører skript",
    ),
    Row(
        "mkdocs.yml: extra.social link",
        "mkdocs.yml",
        "javascript:alert(2)",
        r"javascript:alert\(2\)» blir en lenke i hver side, men byggingen stopper på lenken: "
        r"den er en adresse som kjører skript",
    ),
    Row(
        "mkdocs.yml: a link in nav",
        "mkdocs.yml",
        "javascript:alert(3)",
        r"javascript:alert\(3\)» blir en lenke i hver side, men byggingen stopper på lenken: "
        r"den er en adresse som kjører skript",
    ),
    Row(
        "mkdocs.yml: copyright",
        "mkdocs.yml",
        "copyright:",
        r"^«copyright» = .* har en adresse utenfor nettstedet som nettleseren henter uten at "
        r"noen klikker \(«ping=https://ping\.example/p»\), og byggingen stopper på det",
    ),
    Row(
        "role: a phone number in a responsibility's source",
        "docs/roles/fagansvarlig-enhet.md",
        "source: Ring",
        r"^Feltet «source» ser ut til å inneholde et telefonnummer \(•+ •+ •67\)\. Alt leserne "
        r"ser, skal være anonymisert",
    ),
]


@dataclass(frozen=True, slots=True)
class Built:
    errors: list[str]
    """Every error the build logged, as ``file:line:column: feil: message``."""
    texts: dict[str, str]
    """What the test wrote, by file."""
    kept: bool
    """Whether the last good site was left as it was."""


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(record.getMessage())


def _build_refused(root: Path, files: dict[str, str]) -> Built:
    """A good build of the test project, then one with ``files`` written over it."""
    project = write_project(Project(root))
    site = build_site(project)
    before = (site / "index.html").read_bytes()
    for name, text in files.items():
        project.write(name, text)
    handler = _Errors()
    logging.getLogger().addHandler(handler)
    try:
        with pytest.raises((Abort, PluginError)):
            build_site(project)
    finally:
        logging.getLogger().removeHandler(handler)
    kept = (site / "index.html").read_bytes() == before
    return Built([e for e in handler.seen if ": feil: " in e], files, kept)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Built]]:
    """The two refused builds, made once: the template's values (the gate over the finished
    site), the settings' links and markup (refused before anything is built, by the page gate's
    rule for a link and for HTML: ``siteconfig.link_problem``, round 8)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRAKSISBANK_TODAY", TODAY.isoformat())
        patch.setenv("PRAKSISBANK_PDF", "0")
        template = {"mkdocs.yml": _settings(), "overrides/main.html": TEMPLATE}
        for surface in SURFACES.values():  # the settings' links stay out of this build
            template["mkdocs.yml"] = template["mkdocs.yml"].replace(surface, "")
        template["mkdocs.yml"] = template["mkdocs.yml"].replace(
            "  - Lenke: javascript:alert(3)\n", ""
        )
        settings = {"mkdocs.yml": _settings(), "overrides/main.html": '{% extends "base.html" %}\n'}
        yield {
            "template": _build_refused(tmp_path_factory.mktemp("template"), template),
            "mkdocs.yml": _build_refused(tmp_path_factory.mktemp("settings"), settings),
        }


def _role_errors(root: Path) -> Built:
    project = write_project(Project(root))
    role = (root / "docs/roles/fagansvarlig-enhet.md").read_text(encoding="utf-8")
    role = role.replace("source: IM 2012-012 punkt 3", f"source: Ring {PHONE}")
    project.write("docs/roles/fagansvarlig-enhet.md", role)
    result = load(layout_for(root), TODAY)
    errors = [p.as_text() for p in result.problems]
    return Built(errors, {"docs/roles/fagansvarlig-enhet.md": role}, kept=True)


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_a_finding_is_blamed_once_on_the_file_and_line_that_hold_it(
    row: Row, builds: dict[str, Built], tmp_path: Path
) -> None:
    if row.file.startswith("docs/"):
        built = _role_errors(tmp_path)
    else:
        built = builds["template" if row.file.startswith("overrides/") else "mkdocs.yml"]
        assert built.kept  # refused, and the last good site is as it was
    line = _line_of(built.texts[row.file], row.needle)
    here = [e for e in built.errors if e.startswith(f"{row.file}:{line}:")]
    messages = [e.split(": feil: ", 1)[1] for e in here]
    assert len([m for m in messages if re.search(row.message, m)]) == 1, built.errors
    assert not [e for e in built.errors if NUMBER in e or OTHER in e or PHONE in e]  # masked


def test_no_error_of_these_builds_names_a_page_or_a_file_that_does_not_hold_the_value(
    builds: dict[str, Built],
) -> None:
    """The template's two values: two errors, both on the template; the settings: one error a
    setting, none on the site's templates."""
    template = builds["template"].errors
    assert [e.split(":")[0] for e in template if "viser et" in e] == ["overrides/main.html"] * 2
    settings = builds["mkdocs.yml"].errors
    assert len([e for e in settings if e.startswith("mkdocs.yml:")]) == len(SURFACES)
    assert not [e for e in settings if e.startswith("overrides")], settings


def test_the_template_values_are_digits_the_test_means() -> None:
    """The rows above hold only if the sum's digits hold the key and the product's do not."""
    assert KEY in SUM and OTHER[:6] not in PRODUCT and int(OTHER) == THIRD * 3 + REST


# -- the gate's tracing, without a build -----------------------------------------------------


def _page(text: str) -> str:
    return f"<!doctype html><html><body><main><p>{text}</p></main></body></html>"


def test_a_value_from_mkdocs_yml_on_every_page_is_the_settings_at_its_line(
    tmp_path: Path,
) -> None:
    settings = tmp_path / "mkdocs.yml"
    settings.write_text(
        "site_name: Testbanken\nextra:\n  owner: Enhet A1\n  note: Sak "
        + "".join(f"&#{ord(c)};" for c in NUMBER)
        + "\n",
        encoding="utf-8",
    )
    sources = {}
    for n in range(4):
        file = tmp_path / f"sak-{n}.md"
        file.write_text(f"# Sak {n}\n\nIngen nummer her.\n", encoding="utf-8")
        sources[f"sak-{n}/index.html"] = Source(f"sak-{n}.md", file, 3)
    gate = SiteGate(sources, workers=0, site_files=[Source("mkdocs.yml", settings)])
    for published in sources:
        gate.page(published, _page(f"Sak {NUMBER}"))
    problems = gate.problems()
    assert [(p.file, p.line) for p in problems] == [("mkdocs.yml", 4)]
    assert "«/sak-0/» (og på 3 sider til) viser et fødselsnummer" in problems[0].message


def test_a_value_a_page_holds_is_its_own_file_and_a_template_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fifty pages show a value the template holds, one page a value its own file holds: the
    template is read once, no page's file is read for the template's value."""
    template = tmp_path / "main.html"
    template.write_text(f"<p>\n{{{{ '{NUMBER[:6]}' }}}}{{{{ '{NUMBER[6:]}' }}}}</p>\n")
    own = identity_number("230587")
    sources = {}
    for n in range(50):
        file = tmp_path / f"sak-{n}.md"
        body = f"Nummer {own}.\n" if n == 7 else "Ingen nummer.\n"
        file.write_text(f"# Sak {n}\n\n{body}", encoding="utf-8")
        sources[f"sak-{n}/index.html"] = Source(f"sak-{n}.md", file, 3)
    read: list[str] = []
    real = rendered.SourceLines.of

    def counted(source: str) -> rendered.SourceLines:
        read.append(source)
        return real(source)

    monkeypatch.setattr(rendered.SourceLines, "of", staticmethod(counted))
    gate = SiteGate(sources, workers=0, site_files=[Source("overrides/main.html", template)])
    for published in sources:
        extra = f" og {own}" if published == "sak-7/index.html" else ""
        gate.page(published, _page(f"Ref {NUMBER}{extra}"))
    problems = gate.problems()
    assert [(p.file, p.line) for p in problems] == [("overrides/main.html", 2), ("sak-7.md", 3)]
    assert "(og på 49 sider til)" in problems[0].message
    assert "«/sak-7/» viser" in problems[1].message
    assert len(read) == 2  # the template, and the one page's own file
