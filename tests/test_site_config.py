"""mkdocs.yml cannot reach outside: settings that make a reader's browser fetch from another host
are refused by `praksisbank check` and by the build, each naming the setting, its line and what
to write instead; every page carries a Content-Security-Policy (core/gate/csp.py)."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError

from helpers import MKDOCS_YML, Project, build_site, read_page
from praksisbank.cli.main import main
from praksisbank.core.gate import csp, siteconfig
from praksisbank.mkdocs_adapter.project import mkdocs_settings
from shared_builds import built_like

SAFE = """\
site_name: Testbanken
repo_url: https://git.intern.example/asyl/praksisbanken
edit_uri: edit/main/
theme:
  name: material
  font: false
extra:
  generator: false
plugins:
  - praksisbank
markdown_extensions:
  - admonition
"""


def settings(text: str) -> siteconfig.Settings:
    return siteconfig.read(text)


def refused(text: str) -> list[tuple[int, str]]:
    """(line, setting) of every refusal, the setting as the message names it."""
    return [
        (p.line, re.match(r"«([^»]+)»", p.message).group(1))  # type: ignore[union-attr]
        for p in siteconfig.check(settings(text))
    ]


# One table per class of setting: (what is written, the line and setting refused).
FONTS = [
    (SAFE.replace("  font: false\n", ""), [(4, "theme.font")]),  # Material's default: Roboto
    (SAFE.replace("font: false", "font:\n    text: Inter"), [(6, "theme.font")]),
    (SAFE.replace("font: false", "font: Inter"), [(6, "theme.font")]),
    (SAFE.replace("font: false", 'font: "false"'), [(6, "theme.font")]),  # text, not false
    (SAFE.replace("font: false", "font: !ENV [FONT, false]"), [(6, "theme.font")]),
    (
        SAFE.replace("theme:\n  name: material\n  font: false\n", "theme: material\n"),
        [(4, "theme.font")],
    ),
    (SAFE.replace("  name: material", "  name: mkdocs"), [(5, "theme.name")]),
    (SAFE.replace("theme:\n  name: material\n  font: false\n", ""), [(1, "theme.name")]),
]

ADDRESSES = [
    ("extra_javascript:\n  - https://unpkg.com/mermaid.js\n", "extra_javascript[0]"),
    ("extra_javascript:\n  - HTTP://cdn.example/x.js\n", "extra_javascript[0]"),
    ("extra_javascript:\n  - //cdn.example/x.js\n", "extra_javascript[0]"),
    ("extra_javascript:\n  - '/\\cdn.example/x.js'\n", "extra_javascript[0]"),
    ("extra_javascript:\n  - '\\\\cdn.example\\x.js'\n", "extra_javascript[0]"),
    ("extra_javascript:\n  - ' https://cdn.example/x.js'\n", "extra_javascript[0]"),
    ('extra_javascript:\n  - "ht\\ttps://cdn.example/x.js"\n', "extra_javascript[0]"),
    ("extra_javascript:\n  - 'data:text/javascript,fetch(1)'\n", "extra_javascript[0]"),
    ("extra_javascript:\n  - 'javascript:alert(1)'\n", "extra_javascript[0]"),
    (
        "extra_javascript:\n  - path: https://cdn.example/x.mjs\n    type: module\n",
        "extra_javascript[0]",
    ),
    ("extra_javascript:\n  - !ENV SCRIPT\n", "extra_javascript[0]"),
    ("extra_css:\n  - https://fonts.googleapis.com/css?family=Inter\n", "extra_css[0]"),
    ("extra_css:\n  - css/own.css\n  - //cdn.example/x.css\n", "extra_css[1]"),
]

POLYFILLS = [
    ("  polyfills:\n    - https://unpkg.com/iframe-worker/shim\n", "extra.polyfills[0]"),
    ("  polyfills:\n    - js/own.js\n    - //cdn.example/shim.js\n", "extra.polyfills[1]"),
    # Material's script fetches sitemap.xml under each alternate language's address (attack 12b)
    (
        "  alternate:\n    - name: English\n      link: https://evil.example/en/\n      lang: en\n",
        "extra.alternate[0].link",
    ),
    (
        "  alternate:\n    - name: Norsk\n      link: /\n"
        "    - name: English\n      link: //x.example/\n",
        "extra.alternate[1].link",
    ),
]

THEME_IMAGES = [
    ("  logo: https://cdn.example/logo.png\n", "theme.logo"),
    ("  favicon: //cdn.example/favicon.ico\n", "theme.favicon"),
    ("  favicon: 'data:image/svg+xml,<svg/>'\n", "theme.favicon"),
]

ANALYTICS_AND_MARKUP = [
    ("extra:\n  analytics:\n    provider: google\n    property: G-XXXX\n", "extra.analytics"),
    ("extra:\n  analytics:\n    provider: custom\n", "extra.analytics"),
    ("copyright: '&copy; Asyl <img src=\"https://t.example/p.gif\">'\n", "copyright"),
    ("copyright: '<span style=\"background:url(//t.example/p)\">A</span>'\n", "copyright"),
    ("site_name: 'Bank<script src=//x.example/a.js></script>'\n", "site_name"),
    ("site_description: 'x\"><link rel=stylesheet href=//x.example/a.css>'\n", "site_description"),
    (
        "extra:\n  consent:\n    title: Ok\n    description: '<iframe src=//x.example>'\n",
        "extra.consent.description",
    ),
]

REPOSITORIES_PLUGINS_EXTENSIONS = [
    ("repo_url: https://github.com/asyl/praksisbanken\n", "repo_url"),
    ("repo_url: https://gitlab.com/asyl/praksisbanken\n", "repo_url"),
    ("repo_url: https://gitlab.intern.example/asyl/praksisbanken\n", "repo_url"),
    ("repo_url: https://GitLab.Intern.example/asyl/praksisbanken\n", "repo_url"),
    ("repo_url: https://www.GitHub.com/asyl\n", "repo_url"),
    ("edit_uri: 'javascript:alert(1)//'\n", "edit_uri"),
    ("edit_uri: ' JavaScript:alert(1)//'\n", "edit_uri"),
    ("plugins:\n  - social\n", "plugins.social"),
    ("plugins:\n  - offline\n", "plugins.offline"),
    ("plugins:\n  - material/social:\n      cards: true\n", "plugins.material/social"),
    ("plugins:\n  social: {}\n  praksisbank: {}\n", "plugins.social"),
    (
        "markdown_extensions:\n  - pymdownx.emoji\n",
        "markdown_extensions.pymdownx.emoji.emoji_generator",
    ),
    (
        "markdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_generator: !!python/name:pymdownx.emoji.to_svg\n",
        "markdown_extensions.pymdownx.emoji.emoji_generator",
    ),
]

# Near misses: each must stay allowed.
ALLOWED = [
    SAFE,
    MKDOCS_YML,
    SAFE.replace("font: false", "font: no"),  # YAML 1.1's false, as MkDocs reads it too
    SAFE + "extra_javascript:\n  - javascripts/https-helper.js\n  - /assets/data.js\n",
    SAFE + "extra_javascript:\n  - path: js/own.mjs\n    type: module\n  - ./cdn/local.js\n",
    SAFE + "extra_css:\n  - stylesheets/extra.css\n  - css/url(fonts).css\n",
    SAFE.replace(
        "  font: false\n", "  font: false\n  logo: assets/logo.svg\n  favicon: img/f.png\n"
    ),
    SAFE.replace(
        "  font: false\n", "  font: false\n  icon:\n    repo: fontawesome/brands/git-alt\n"
    ),
    SAFE.replace(
        "  generator: false\n",
        "  generator: false\n  homepage: https://intranett.example/\n  social:\n"
        "    - icon: fontawesome/brands/github\n      link: https://github.com/asyl\n",
    ),
    SAFE + "copyright: '&copy; 2026 <a href=\"https://asyl.example/\">Asylavdelingen</a>'\n",
    SAFE.replace("site_name: Testbanken", "site_name: Praksis for barn < 15 år"),
    SAFE.replace("  generator: false\n", "  generator: false\n  analytics: null\n"),
    SAFE.replace(
        "  - praksisbank\n",
        "  - praksisbank\n  - privacy:\n      assets_fetch: false\n"
        "  - social:\n      cards: false\n",
    ),
    SAFE.replace(
        "  - praksisbank\n", "  - praksisbank\n  - material/social:\n      enabled: false\n"
    ),
    SAFE.replace(
        "  - admonition\n",
        "  - admonition\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n",
    ),
    SAFE.replace(
        "  - admonition\n",
        "  - pymdownx.emoji:\n      emoji_generator: !!python/name:pymdownx.emoji.to_alt\n"
        "  - pymdownx.superfences:\n      custom_fences:\n        - name: math\n"
        "          class: arithmatex\n",
    ),
    SAFE.replace("repo_url: https://git.intern.example", "repo_url: https://kode.intern.example"),
    # Material's mermaid fence: the sanitizer keeps the class Material loads Mermaid for out of
    # every page (test_hostile_inputs.py), so the setting fetches nothing.
    SAFE.replace(
        "  - admonition\n",
        "  - pymdownx.superfences:\n      custom_fences:\n        - name: mermaid\n"
        "          class: mermaid\n"
        "          format: !!python/name:pymdownx.superfences.fence_code_format\n",
    ),
    SAFE.replace("  generator: false\n", "  generator: false\n  polyfills:\n    - js/shim.js\n"),
    SAFE.replace("  - praksisbank\n", "  - praksisbank\n  - offline:\n      enabled: false\n"),
    SAFE.replace(
        "  generator: false\n",
        "  generator: false\n  alternate:\n    - name: English\n      link: /en/\n      lang: en\n",
    ),
]


def with_address(added: str) -> str:
    return SAFE + added


def with_theme(added: str) -> str:
    return SAFE.replace("  font: false\n", "  font: false\n" + added)


def with_extra(added: str) -> str:
    return SAFE.replace("extra:\n  generator: false\n", "") + added


def replacing(added: str) -> str:
    """The safe file with its own setting of the same name replaced, so each case has one."""
    key = added.split(":", 1)[0] + ":"
    return re.sub(rf"^{re.escape(key)}(\n  .*)*\n?", "", SAFE, flags=re.MULTILINE) + added


@pytest.mark.parametrize(("text", "expected"), FONTS)
def test_fonts_and_themes_that_fetch_are_refused_at_their_line(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert refused(text) == expected


@pytest.mark.parametrize(("added", "setting"), ADDRESSES)
def test_scripts_and_stylesheets_from_elsewhere_are_refused(added: str, setting: str) -> None:
    lines = SAFE.count("\n")
    found = refused(with_address(added))
    assert [name for _, name in found] == [setting]
    assert found[0][0] > lines  # at the entry's own line, not the file's first


@pytest.mark.parametrize(("added", "setting"), THEME_IMAGES)
def test_a_logo_or_favicon_from_elsewhere_is_refused(added: str, setting: str) -> None:
    assert refused(with_theme(added)) == [(7, setting)]


def with_generator(added: str) -> str:
    return SAFE.replace("  generator: false\n", "  generator: false\n" + added)


@pytest.mark.parametrize(("added", "setting"), POLYFILLS)
def test_material_polyfills_from_elsewhere_are_refused(added: str, setting: str) -> None:
    assert [name for _, name in refused(with_generator(added))] == [setting]


@pytest.mark.parametrize(("added", "setting"), ANALYTICS_AND_MARKUP)
def test_analytics_and_markup_that_loads_are_refused(added: str, setting: str) -> None:
    assert [name for _, name in refused(with_extra(added))] == setting.split(" | ")


@pytest.mark.parametrize(("added", "setting"), REPOSITORIES_PLUGINS_EXTENSIONS)
def test_repository_facts_social_cards_offline_and_emoji_are_refused(
    added: str, setting: str
) -> None:
    assert [name for _, name in refused(replacing(added))] == [setting]


# Settings that run code when MkDocs reads mkdocs.yml or builds, and text the theme prints as HTML
# into every page (an attack round put a script in each): (what is written, the setting refused).
CODE_AND_MARKUP = [
    ("extra:\n  owner: <script>alert(1)</script>\n", "extra.owner"),
    ('extra:\n  owner: \'<meta http-equiv="refresh" content="0;url=/x">\'\n', "extra.owner"),
    ("extra:\n  contact:\n    text: <SCRIPT >x</SCRIPT>\n", "extra.contact.text"),
    ("nav:\n  - '<img src=x>': index.md\n", "nav[0].<img src=x>"),
    (
        "theme:\n  name: material\n  font: false\n  logo: 'x.png\"><script>x</script>'\n",
        "theme.logo",
    ),
    ("repo_name: a<b\n", "repo_name"),
    ("hooks:\n  - x_hook.py\n", "hooks"),
    ("extra:\n  zz: !!python/object/apply:builtins.exec ['print(1)']\n", "extra.zz"),
    (
        "extra:\n  zz: !!python/object/apply:pymdownx.slugs.slugify\n"
        "    - !!python/object/apply:os.system ['true']\n",
        "extra.zz | extra.zz[0]",  # the reviewed call, given more than plain text, is refused too
    ),
    ("extra:\n  zz: !!python/name:os.system\n", "extra.zz"),
    ("extra:\n  zz: !!python/module:os\n", "extra.zz"),
]


@pytest.mark.parametrize(("added", "setting"), CODE_AND_MARKUP)
def test_settings_that_run_code_or_print_html_are_refused(added: str, setting: str) -> None:
    assert [name for _, name in refused(with_extra(added))] == setting.split(" | ")


@pytest.mark.parametrize(
    "added",
    [
        "extra:\n  owner: Asylavdelingen «fiktiv»\n  contact: {text: Meld fra, url: /kontakt/}\n",
        "markdown_extensions:\n  - toc:\n      slugify:"
        " !!python/object/apply:pymdownx.slugs.slugify\n        kwds: {case: lower}\n",
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_generator: "
        "!!python/name:material.extensions.emoji.to_svg\n",
    ],
)
def test_the_sites_own_settings_of_that_kind_stay_allowed(added: str) -> None:
    assert refused(with_extra(added)) == []


@pytest.mark.parametrize("text", ALLOWED)
def test_near_misses_stay_allowed(text: str) -> None:
    assert refused(text) == []


EVERY_CASE = [
    *(text for text, _ in FONTS),
    *(with_address(added) for added, _ in ADDRESSES),
    *(with_theme(added) for added, _ in THEME_IMAGES),
    *(with_generator(added) for added, _ in POLYFILLS),
    *(with_extra(added) for added, _ in ANALYTICS_AND_MARKUP),
    *(replacing(added) for added, _ in REPOSITORIES_PLUGINS_EXTENSIONS),
    *ALLOWED,
]


@pytest.mark.parametrize("text", [t for t in EVERY_CASE if "!ENV" not in t])
def test_the_build_finds_what_check_finds_at_the_same_lines(project: Project, text: str) -> None:
    """The build checks the settings as MkDocs resolved them (theme defaults, plugins loaded,
    functions for !!python/name); check reads the file. They must agree, line for line."""
    project.write("mkdocs.yml", text)
    config = load_config(str(project.root / "mkdocs.yml"))
    in_build = siteconfig.check(mkdocs_settings(config))
    assert [(p.line, p.message.split(" = ")[0]) for p in in_build] == [
        (line, f"«{name}»") for line, name in refused(text)
    ]


def test_every_refusal_says_what_to_write_instead_in_norwegian() -> None:
    text = SAFE.replace("  font: false\n", "") + "extra_javascript:\n  - https://x.example/a.js\n"
    problems = siteconfig.check(settings(text))
    assert [p.code for p in problems] == ["site-external", "site-external"]
    font, script = (p.message for p in problems)
    assert "Google Fonts" in font and "Skriv «font: false» under «theme»" in font
    assert "«https://x.example/a.js»" in script and "legg det i docs/" in script
    # A value the check cannot see is refused, and the message says why.
    (hidden,) = siteconfig.check(settings(SAFE.replace("font: false", "font: !ENV FONT")))
    assert hidden.message.startswith("«theme.font» settes med «!ENV», så sjekken ser ikke")
    # A value with a line break is shown with it written out, never as a new line.
    odd = siteconfig.check(settings(SAFE + 'extra_css:\n  - "//x.example/\\n::error::a"\n'))
    assert "\n" not in odd[0].message and "\\x0a" in odd[0].message


def test_aliases_of_aliases_are_read_within_a_budget() -> None:
    # Ten levels of ten aliases: 10^10 values if each were copied out.
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"] + [
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)
    ]
    text = SAFE + "extra:\n" + "".join(f"  {line}\n" for line in levels)
    assert refused(text.replace("extra:\n  generator: false\n", "", 1)) == []


# -- check and build -----------------------------------------------------------------------------


def test_check_reports_each_setting_with_its_line(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("  font: false\n", "") + "extra:\n  analytics:\n    provider: google\n",
    )
    assert main(["check", str(project.root)]) == 1
    out = capsys.readouterr().out.splitlines()
    # Not written: at «theme:»; written: at its own key.
    assert [line.split(": feil: ")[0] for line in out] == ["mkdocs.yml:5:1", "mkdocs.yml:29:1"]
    assert "«theme.font»" in out[0] and "«extra.analytics»" in out[1]


def test_check_reads_an_inherited_configuration_as_mkdocs_does(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("base.yml", "extra_css:\n  - https://cdn.example/a.css\n")
    project.write("mkdocs.yml", "INHERIT: base.yml\n" + MKDOCS_YML)
    assert main(["check", str(project.root)]) == 1
    assert "«extra_css[0]» = «https://cdn.example/a.css»" in capsys.readouterr().out


def test_the_build_stops_and_keeps_the_last_good_site(
    project: Project, tmp_path_factory: pytest.TempPathFactory
) -> None:
    site = built_like(tmp_path_factory, project, copy=True)  # the run's build of these files
    before = read_page(site, "vedtaksbank")
    project.write("mkdocs.yml", MKDOCS_YML + "extra_javascript:\n  - https://cdn.example/a.js\n")
    with pytest.raises((Abort, PluginError)):
        build_site(project)
    assert read_page(site, "vedtaksbank") == before
    assert not list(site.parent.glob(".site-ny-*"))


# -- the Content-Security-Policy -----------------------------------------------------------------


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


INLINE = [
    ("<script>a()</script>", {sha("a()")}, set()),
    ('<script type="module">b()</script>', {sha("b()")}, set()),
    ("<SCRIPT type='text/javascript'>\nc()\n</SCRIPT >", {sha("\nc()\n")}, set()),
    ('<script id="__config" type="application/json">{"a": 1}</script>', set(), set()),
    ('<script src="assets/x.js"></script>', set(), set()),
    ("<style>p{color:red}</style>", set(), {sha("p{color:red}")}),
]


@pytest.mark.parametrize(("html", "scripts", "styles"), INLINE)
def test_the_hashes_are_of_the_inline_scripts_and_styles_the_browser_runs(
    html: str, scripts: set[str], styles: set[str]
) -> None:
    found = csp.inline(f"<html><head>{html}</head></html>")
    assert (set(found.scripts), set(found.styles)) == (scripts, styles)


POLICY = '<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" '
PLACES = [
    # first inside the page's own <head>, the theme's charset replaced by ours
    ('<!doctype html><html><head><meta charset="utf-8"><script>', "<!doctype html><html><head>"),
    ("<!DOCTYPE html>\n<html><head>\n<title>x</title><script>", "<!DOCTYPE html>\n<html><head>"),
    ('<!doctype html><html lang="nb">\n  <head>\n', '<!doctype html><html lang="nb">\n  <head>'),
    # a <head> in a comment or an attribute is none: the policy goes into the real one
    (
        '<!doctype html><!--<head>--><html><head><meta charset="utf-8">',
        "<!doctype html><!--<head>--><html><head>",
    ),
    ('<!doctype html><html data-x="<head>"><head>', '<!doctype html><html data-x="<head>"><head>'),
    (
        "<!doctype html><html><!--\n<head>\n--><head>",
        "<!doctype html><html><!--\n<head>\n--><head>",
    ),
    # markup a template puts before the head: the policy comes before it, after the doctype
    ('<!doctype html><script src="https://x.example/a.js"></script><head>', "<!doctype html>"),
    ('<!doctype html><html><script>"<head>"</script><head>', "<!doctype html>"),
    ("\ufeff  <!doctype html><base href='https://x.example/'>", "\ufeff  <!doctype html>"),
    ("<!doctype html><html>text<head>", "<!doctype html>"),
]


@pytest.mark.parametrize(("html", "before"), PLACES)
def test_the_policy_comes_before_anything_the_page_loads(html: str, before: str) -> None:
    protected = csp.protect(html, "default-src 'self'")
    assert protected is not None and protected.startswith(before + POLICY)
    assert protected.count("<meta charset") == 1


@pytest.mark.parametrize(
    "html", ["<p>no doctype</p>", "<!-- x --><!doctype html>", "<html><!doctype html>", ""]
)
def test_a_page_that_does_not_start_with_a_doctype_stops_the_build(html: str) -> None:
    assert csp.protect(html, "default-src 'self'") is None
    policy = csp.SitePolicy()
    assert policy.page(html, "/x/")[0] == html
    assert [(name, found.what) for name, found in policy.refused] == [("/x/", csp.NO_DOCTYPE)]


def test_every_built_page_carries_its_policy_and_the_site_its_header(
    project: Project, tmp_path_factory: pytest.TempPathFactory
) -> None:
    site = built_like(tmp_path_factory, project)  # the run's build of these files
    pages = sorted(site.rglob("*.html"))
    assert site / "404.html" in pages
    header = (site / csp.SNIPPET_FOLDER / "nginx.conf").read_text(encoding="utf-8")
    for page in pages:
        html = page.read_text(encoding="utf-8")
        meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
        assert meta is not None, page
        policy = meta.group(1)
        assert "default-src 'self'" in policy and "object-src 'none'" in policy
        assert "'unsafe-inline'" not in policy and "frame-ancestors" not in policy
        for source in csp.inline(html).scripts:
            assert source in policy and source in header
    assert "frame-ancestors 'self'" in header and "always;" in header
    apache = (site / csp.SNIPPET_FOLDER / "apache.conf").read_text(encoding="utf-8")
    assert 'Header always set Content-Security-Policy "' in apache


def test_the_live_preview_allows_its_reload_script_and_nothing_from_elsewhere() -> None:
    preview = csp.SitePolicy(live_preview=True)
    page, _ = preview.page('<!doctype html><html><head><meta charset="utf-8"><script>x()</script>')
    policy = re.search(r'content="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    assert "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline';" in policy
    assert "sha256" not in policy.split("script-src")[1].split(";")[0]
    assert "default-src 'self'" in policy and "https:" not in policy
    assert sha("x()") in preview.header()  # the web server's header names it all the same


def test_the_handbook_shows_the_header_the_build_writes() -> None:
    handbook = Path(__file__).resolve().parent.parent / "handbook" / "operations.md"
    readme = handbook.read_text(encoding="utf-8")
    shape = csp.policy(csp.Inline(scripts=frozenset({"'sha256-…'"})), header=True)
    assert f'add_header Content-Security-Policy "{shape}" always;' in readme
    assert f'Header always set Content-Security-Policy "{shape}"' in readme
    assert f"site/{csp.SNIPPET_FOLDER}/nginx.conf" in readme


def test_a_handler_on_many_pages_is_named_on_each_of_them() -> None:
    """The policy's check remembers what each tag it read holds (most tags are on every page):
    a tag with a handler, written alike on two pages, stops the build for both, and a tag once
    read without one is still read as such on the next page."""
    policy = csp.SitePolicy(known=csp.Known())
    handler = '<a href="#" onclick="steal()">Les mer</a>'
    page = f"<!doctype html><html><head></head><body>{handler}<p>tekst</p></body></html>"
    for name in ("/a/", "/b/", "/c/"):
        policy.page(page if name != "/b/" else page.replace(handler, "<p>ren</p>"), name)
    assert [(name, found.what) for name, found in policy.refused] == [
        ("/a/", "en hendelse som kjører skript («onclick=»)"),
        ("/c/", "en hendelse som kjører skript («onclick=»)"),
    ]
    assert all(found.element.startswith("<a href") for _, found in policy.refused)
