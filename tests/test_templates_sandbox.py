"""A template a contributor writes runs nothing on the build machine (issue 17, round 8, S11).

A template in ``theme.custom_dir`` or in the plugin's ``templates`` folder is rendered in Jinja's
sandbox (``core/views/sandbox.py``): ``{{ cycler.__init__.__globals__.os.popen(…) }}`` stops the
build with a Norwegian message naming the template and its line, and the shell command does not
run (a marker file is not created). ``check`` reports what it can see in the template before
any build. The theme's own templates and a harmless override still render.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from helpers import MKDOCS_YML, Project
from praksisbank.cli import guarded
from praksisbank.cli.main import main
from praksisbank.core.views import sandbox

CUSTOM_DIR = MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n")
TEMPLATES = MKDOCS_YML.replace("  - praksisbank\n", "  - praksisbank:\n      templates: maler\n")


def _popen(marker: Path) -> str:
    return f"cycler.__init__.__globals__.os.popen('touch {marker}').read()"


def _hidden_popen(marker: Path) -> str:
    """The same, with the attribute's name built at render time: no check of the text sees it."""
    return f"(cycler | attr('_' ~ '_init__') | attr('_' ~ '_globals__')).os.popen('touch {marker}')"


HOSTILE = [
    # (mkdocs.yml, the template's file, its text with {code} for the expression)
    (CUSTOM_DIR, "overrides/404.html", "<!doctype html>\n<p>{{{{ {code} }}}}</p>\n"),
    (
        CUSTOM_DIR,
        "overrides/main.html",
        '{{% extends "base.html" %}}\n{{% block extrahead %}}{{{{ super() }}}}\n{{{{ {code} }}}}'
        "{{% endblock %}}\n",
    ),
    (TEMPLATES, "maler/decision.html", "<p>Vedtak</p>\n<p>{{{{ {code} }}}}</p>\n"),
]


@pytest.mark.parametrize("hidden", [False, True], ids=["written", "built-at-render"])
@pytest.mark.parametrize(("settings", "file", "text"), HOSTILE)
def test_a_hostile_template_runs_nothing_and_stops_the_build(
    project: Project,
    capsys: pytest.CaptureFixture[str],
    settings: str,
    file: str,
    text: str,
    hidden: bool,
) -> None:
    marker = project.root / "ran"
    code = _hidden_popen(marker) if hidden else _popen(marker)
    written = text.format(code=code)
    project.write("mkdocs.yml", settings)
    project.write(file, written)
    line = written[: written.index(code)].count("\n") + 1

    checked = main(["check", str(project.root)])
    said = capsys.readouterr()
    if not hidden:  # the sandbox's refusal is in the text: check says it at its line
        assert checked == 1
        assert f"{file}:{line}:1: feil: Malen bruker «.__" in said.out
    built = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    said = capsys.readouterr()
    assert built == 1
    assert f"Malen «{file}» linje {line}" in said.err
    assert "sandkassen" in said.err
    assert "Traceback" not in said.err
    assert not marker.exists()
    assert not (project.root / "site").exists()


def test_a_template_that_does_not_parse_is_reported_by_check_at_its_line(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("mkdocs.yml", CUSTOM_DIR)
    project.write("overrides/main.html", '{% extends "base.html" %}\n\n{% block x %}{{ 1 +\n')
    assert main(["check", str(project.root)]) == 1
    said = capsys.readouterr().out
    assert "overrides/main.html:3:1: feil: Malen kan ikke leses av Jinja" in said


def test_a_harmless_override_and_the_theme_still_render(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("mkdocs.yml", CUSTOM_DIR)
    project.write(
        "overrides/main.html",
        '{% extends "base.html" %}\n{% block extrahead %}{{ super() }}'
        '<meta name="pb-prove" content="{{ config.site_name | lower }}-{{ page.title | e }}">'
        "{% endblock %}\n",
    )
    assert main(["check", str(project.root)]) == 0
    assert guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")]) == 0
    page = (project.root / "site" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="pb-prove" content="testbanken-' in page
    assert "Bygget " in page  # our theme's footer (theme/partials/copyright.html)


def test_the_sandboxed_copy_keeps_what_the_environment_had(tmp_path: Path) -> None:
    env = jinja2.Environment(
        loader=jinja2.DictLoader(
            {"t.html": "{{ 'x' | twice }} {{ g }} {% trans %}Hei{% endtrans %}"}
        ),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        autoescape=True,
    )
    env.filters["twice"] = lambda value: value * 2
    env.globals["g"] = "<b>"
    env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    copy = sandbox.sandboxed(env, sandbox.SandboxedTemplates)
    assert copy.get_template("t.html").render() == env.get_template("t.html").render()
    assert copy.trim_blocks and copy.autoescape is True and copy.loader is env.loader
    assert getattr(copy, "newstyle_gettext", None) is True  # what i18n keeps on the env
    (tmp_path / "t2.html").write_text("<p>\n{{ g.__class__.mro() }}</p>\n", encoding="utf-8")
    copy.loader = jinja2.FileSystemLoader(tmp_path)
    with pytest.raises(sandbox.TemplateRefusedError, match=r"t2\.html» linje 2"):
        copy.get_template("t2.html").render()


def test_a_template_materials_search_translates_with_runs_nothing(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """Material's search (and blog) plugin makes its own theme environment in its on_config to
    translate (``partials/language.html``, which ``custom_dir`` overrides): sandboxed too."""
    marker = project.root / "ran"
    settings = CUSTOM_DIR.replace(
        "  - praksisbank\n", "  - search\n  - praksisbank:\n      search: false\n"
    )
    project.write("mkdocs.yml", settings)
    project.write(
        "overrides/partials/languages/nb.html",
        f"{{% macro t(key) %}}{{{{ {_hidden_popen(marker)} }}}}{{% endmacro %}}\n",
    )
    built = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    said = capsys.readouterr()
    assert built == 1
    assert "Malen «overrides/partials/languages/nb.html» linje 1" in said.err
    assert "Traceback" not in said.err
    assert not marker.exists()
    assert not (project.root / "site").exists()


def test_the_docs_tree_build_renders_the_theme_in_the_sandbox_too(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """``praksisbank build`` builds a docs tree whose ``mkdocs.yml`` has no plugin of ours: MkDocs'
    theme environment is sandboxed there as well (``configure.sandboxed_themes``)."""
    marker = project.root / "ran"
    project.write("mkdocs.yml", CUSTOM_DIR)
    project.write(
        "overrides/main.html",
        '{% extends "base.html" %}\n{% block extrahead %}{{ super() }}'
        f"{{{{ {_hidden_popen(marker)} }}}}{{% endblock %}}\n",
    )
    assert main(["build", str(project.root)]) == 1
    said = capsys.readouterr()
    assert "Malen «overrides/main.html» linje 2" in said.err
    assert "Traceback" not in said.err
    assert not marker.exists()
    assert not (project.root / "site").exists()


@pytest.mark.parametrize(
    "text",
    [
        "{% set x = [] %}{{ x.append(1) }}",
        "{% set d = {} %}{{ d.update(a=1) }}",
        "{{ range(3).__class__ }}",
        "{{ cycler.__init__ }}",
        "{{ (joiner | attr('__init__')).__globals__ }}",
    ],
)
def test_the_sandbox_refuses_what_changes_a_value_or_reaches_python(text: str) -> None:
    env = sandbox.SandboxedTemplates(loader=jinja2.DictLoader({"t.html": text}))
    env.undefined = jinja2.StrictUndefined
    with pytest.raises(sandbox.TemplateRefusedError, match="sandkassen ikke tillater"):
        env.get_template("t.html").render()


def test_the_sandbox_lets_a_template_read_and_build_values() -> None:
    text = "{% set x = [1, 2] + [3] %}{{ x | join(',') }} {{ {'a': 1}.items() | list }}"
    env = sandbox.SandboxedTemplates(loader=jinja2.DictLoader({"t.html": text}))
    assert env.get_template("t.html").render() == "1,2,3 [('a', 1)]"


# A template's literal markup that fetches from another host or runs a script (attack round 8,
# S10): check says so at its line, as the build refuses it. Markup under an «if» is left to the
# build, which reads what it writes (a copy of Material's base.html keeps its font links there).
OUTWARD = [
    ('<link rel="dns-prefetch" href="//sporing.example">', "henter eller slår opp"),
    ('<link rel="preconnect" href="https://sporing.example">', "henter eller slår opp"),
    ('<img src="https://sporing.example/p.gif" alt="">', "utenfor nettstedet"),
    ('<body onload="{{ config.site_name }}">', "hendelse som kjører skript"),
    ('<a href="javascript:alert(document.domain)">Hjem</a>', "adresse som kjører skript"),
]


@pytest.mark.parametrize(("tag", "said"), OUTWARD)
def test_check_and_build_both_refuse_a_templates_outward_tag_at_its_line(
    project: Project, capsys: pytest.CaptureFixture[str], tag: str, said: str
) -> None:
    project.write("mkdocs.yml", CUSTOM_DIR)
    project.write(
        "overrides/main.html",
        '{% extends "base.html" %}\n{% block extrahead %}{{ super() }}\n'
        f"{{# a comment #}}\n  {tag}\n{{% endblock %}}\n",
    )
    assert main(["check", str(project.root)]) == 1
    out = capsys.readouterr().out
    assert "overrides/main.html:4:1: feil: Malen skriver" in out
    assert said in out
    built = guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")])
    assert built == 1
    assert not (project.root / "site").exists()


def test_check_leaves_a_templates_conditional_tag_to_the_build(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("mkdocs.yml", CUSTOM_DIR)
    project.write(
        "overrides/main.html",
        '{% extends "base.html" %}\n{% block extrahead %}{{ super() }}\n'
        "{% if config.theme.font != false %}\n"
        '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>\n'
        "{% endif %}{% endblock %}\n",
    )
    assert main(["check", str(project.root)]) == 0, capsys.readouterr().out
    assert guarded.run(["build", "-q", "--config-file", str(project.root / "mkdocs.yml")]) == 0
