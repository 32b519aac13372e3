"""The HTML sanitizer and the front-matter link rule, table-driven.

Every output is also checked against invariants written independently of the sanitizer (no
script, no handler, no style but table alignment, no address a browser would fetch from
elsewhere, no class outside the allow-list, never ``mermaid``). ``t.example`` stands for a
tracking host. No personal data here: the only e-mail address is on a reserved example domain.
"""

from __future__ import annotations

import importlib
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from yaml_env_tag import construct_env_tag

from praksisbank.core.gate.sanitize import CLASSES, TAGS, link_problem, sanitize

ROOT = Path(__file__).resolve().parents[1]


# -- reading the output ----------------------------------------------------------------------------


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {name: value or "" for name, value in attrs}))

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def elements(output: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Elements()
    parser.feed(output)
    parser.close()
    assert not parser.comments
    return parser.found


def classes(output: str) -> set[tuple[str, str]]:
    return {
        (tag, name) for tag, attrs in elements(output) for name in attrs.get("class", "").split()
    }


# What a browser would do to an address before reading it (WHATWG URL), written for the test.
_STRIP = "".join(chr(c) for c in range(0x21))


def browser_view(url: str) -> str:
    return re.sub(r"[\t\n\r]", "", url.strip(_STRIP)).replace("\\", "/")


def stays_on_site(url: str) -> bool:
    seen = browser_view(url)
    return not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", seen) and not seen.startswith("//")


def acceptable_link(url: str) -> bool:
    if "\\" in url:
        return False
    return stays_on_site(url) or re.fullmatch(r"https?://[^/\\@\s?#]+([/?#].*)?", url) is not None


def assert_safe(output: str) -> None:
    assert "<script" not in output.lower()
    for tag, attrs in elements(output):
        assert tag in TAGS, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), name
            if name == "style":
                assert tag in {"td", "th"} and re.fullmatch(
                    r"text-align: (left|right|center);", value
                ), value
            assert "mermaid" not in value.lower(), (name, value)
            if name == "class":
                for token in value.split():
                    assert token in CLASSES.get(tag, ()) or (
                        tag == "code" and token.startswith("language-")
                    ), (tag, token)
            if name == "href":
                assert tag == "a" and acceptable_link(value), value
            if name == "src":
                assert tag == "img" and stays_on_site(value) and value, value
            assert name not in {"srcset", "poster", "action", "formaction", "xlink:href", "data"}
            if name == "id":
                assert tag in {"h1", "h2", "h3", "h4", "h5", "h6"} and not value.startswith("pb-")
        if tag == "a":
            assert attrs.get("rel") == "noopener noreferrer"


# -- hostile input ---------------------------------------------------------------------------------

T = "t.example"

HOSTILE: list[tuple[str, str, tuple[str, ...]]] = [
    # (name, HTML, strings that must not be in the output; the text itself must survive)
    ("script", "<p>Tekst</p><script>alert(1)</script>", ("alert",)),
    ("script in svg", "<svg><script>alert(1)</script></svg><p>Tekst</p>", ("alert", "svg")),
    ("event handler", '<p onclick="steal()">Tekst</p>', ("onclick", "steal")),
    ("handler on image", '<img src="bilde.png" onerror="steal()">Tekst', ("onerror",)),
    ("style attribute", f'<p style="background:url(https://{T}/p.png)">Tekst</p>', (T, "style")),
    ("style element", "<style>p{display:none}</style><p>Tekst</p>", ("display", "<style")),
    ("comment", "<!-- hemmelig --><p>Tekst</p>", ("hemmelig",)),
    ("img https", f'<img src="https://{T}/p.png">Tekst', (T,)),
    ("img upper-case scheme", f'<img src="HTTPS://{T}/p.png">Tekst', (T,)),
    ("img //", f'<img src="//{T}/p.png">Tekst', (T,)),
    ("img \\\\", f'<img src="\\\\{T}/p.png">Tekst', (T,)),
    ("img /\\", f'<img src="/\\{T}/p.png">Tekst', (T,)),
    ("img \\/", f'<img src="\\/{T}/p.png">Tekst', (T,)),
    ("img https:/host", f'<img src="https:/{T}/p.png">Tekst', (T,)),
    ("img https:host", f'<img src="https:{T}/p.png">Tekst', (T,)),
    ("img leading spaces", f'<img src="   //{T}/p.png">Tekst', (T,)),
    ("img leading tab entity", f'<img src="&#9;//{T}/p.png">Tekst', (T,)),
    ("img leading control", f'<img src="&#1;//{T}/p.png">Tekst', (T,)),
    ("img newline inside //", f'<img src="/&#10;/{T}/p.png">Tekst', (T,)),
    ("img raw tab inside //", f'<img src="/\t/{T}/p.png">Tekst', (T,)),
    ("img tab inside scheme", f'<img src="ht&#x09;tps://{T}/p.png">Tekst', (T,)),
    ("img entity slashes", f'<img src="&#x2F;&#x2F;{T}/p.png">Tekst', (T,)),
    ("img double-encoded colon", f'<img src="https&amp;colon;//{T}/p.png">Tekst', (T,)),
    ("img data", '<img src="data:image/png;base64,iVBORw0KGgo=">Tekst', ("data:", "base64")),
    ("img ftp", f'<img src="ftp://{T}/p.png">Tekst', (T,)),
    ("img srcset", f'<img src="bilde.png" srcset="//{T}/p.png 2x">Tekst', (T, "srcset")),
    ("picture source", f'<picture><source srcset="https://{T}/p.png"></picture>Tekst', (T,)),
    ("video poster", f'<video poster="https://{T}/p.png" src="//{T}/v.mp4"></video>Tekst', (T,)),
    ("audio", f'<audio src="//{T}/a.mp3"><track src="//{T}/t.vtt"></audio>Tekst', (T,)),
    ("svg image xlink", f'<svg><image xlink:href="https://{T}/p.png"/></svg>Tekst', (T,)),
    ("svg link xlink", '<svg><a xlink:href="javascript:alert(1)">x</a></svg>Tekst', ("alert",)),
    ("object", f'<object data="https://{T}/x.swf"></object>Tekst', (T, "object")),
    ("embed", f'<embed src="https://{T}/x">Tekst', (T, "embed")),
    ("iframe", f'<iframe src="https://{T}/"><p>x</p></iframe>Tekst', (T, "iframe")),
    ("iframe srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>Tekst', ("alert",)),
    (
        "form",
        f'<form action="https://{T}/"><button formaction="//{T}/">Send</button></form>Tekst',
        (T, "form", "button"),
    ),
    (
        "table background",
        f'<table background="https://{T}/p.png"><tr><td>Tekst</td></tr></table>',
        (T,),
    ),
    (
        "td style smuggles url",
        f'<table><tr><td style="text-align:left;background:url(//{T}/p)">Tekst</td></tr></table>',
        (T, "background"),
    ),
    (
        "base, link, meta",
        f'<base href="https://{T}/"><link rel="stylesheet" href="//{T}/s.css">'
        f'<meta http-equiv="refresh" content="0;url=https://{T}/">Tekst',
        (T,),
    ),
    ("link /\\host", f'<a href="/\\{T}/">Tekst</a>', (T,)),
    ("link \\\\host", f'<a href="\\\\{T}/">Tekst</a>', (T,)),
    ("link //host", f'<a href="//{T}/">Tekst</a>', (T,)),
    ("link https:/host", f'<a href="https:/{T}/">Tekst</a>', (T,)),
    ("link https:host", f'<a href="https:{T}/">Tekst</a>', (T,)),
    ("link https:\\\\host", f'<a href="https:\\\\{T}/">Tekst</a>', (T,)),
    ("link empty host", f'<a href="https:///{T}/">Tekst</a>', (T,)),
    ("link user info", f'<a href="https://praksisbanken@{T}/">Tekst</a>', (T,)),
    ("link javascript", '<a href="javascript:alert(1)">Tekst</a>', ("alert",)),
    ("link javascript upper", '<a href="JaVaScRiPt:alert(1)">Tekst</a>', ("alert",)),
    ("link javascript tab", '<a href="java\tscript:alert(1)">Tekst</a>', ("alert",)),
    ("link javascript tab entity", '<a href="java&#09;script:alert(1)">Tekst</a>', ("alert",)),
    ("link javascript newline", '<a href="java&#x0A;script:alert(1)">Tekst</a>', ("alert",)),
    ("link javascript entity j", '<a href="&#106;avascript:alert(1)">Tekst</a>', ("alert",)),
    ("link javascript &colon;", '<a href="javascript&colon;alert(1)">Tekst</a>', ("alert",)),
    (
        "link javascript double-encoded",
        '<a href="&amp;#106;avascript:alert(1)">Tekst</a>',
        ("alert",),
    ),
    ("link javascript leading space", '<a href="  javascript:alert(1)">Tekst</a>', ("alert",)),
    ("link javascript leading control", '<a href="&#1;javascript:alert(1)">Tekst</a>', ("alert",)),
    ("link vbscript", '<a href="vbscript:msgbox(1)">Tekst</a>', ("msgbox",)),
    (
        "link data",
        '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">Tekst</a>',
        ("alert", "data:"),
    ),
    ("link mailto", '<a href="mailto:saksbehandler@example.org">Tekst</a>', ("mailto", "@")),
    ("link tel", '<a href="tel:123">Tekst</a>', ("tel:",)),
    ("link file", '<a href="file:///etc/passwd">Tekst</a>', ("passwd",)),
    ("link colon in first segment", '<a href="1x:alert(1)">Tekst</a>', ("alert",)),
    (
        "link target and rel",
        f'<a href="https://{T}/" target="_blank" rel="opener">Tekst</a>',
        ("_blank", 'opener"'),
    ),
    ("mermaid pre", '<pre class="mermaid">graph TD; A--&gt;B</pre><p>Tekst</p>', ("mermaid",)),
    ("mermaid div upper case", '<div class="MERMAID">Tekst</div>', ("mermaid",)),
    ("mermaid second class", '<div class="highlight  mermaid">Tekst</div>', ("mermaid",)),
    ("mermaid with tabs", '<pre class="x\tmermaid\n">Tekst</pre>', ("mermaid",)),
    ("mermaid entity", '<pre class="&#109;ermaid">Tekst</pre>', ("mermaid",)),
    ("mermaid language", '<pre><code class="language-mermaid">Tekst</code></pre>', ("mermaid",)),
    ("mermaid admonition", '<div class="admonition mermaid"><p>Tekst</p></div>', ("mermaid",)),
    (
        "mermaid details",
        '<details class="mermaid"><summary>Tekst</summary></details>',
        ("mermaid",),
    ),
    ("unknown class", '<p class="md-nav__link evil">Tekst</p>', ("md-nav", "evil")),
    (
        "class on wrong tag",
        '<p class="admonition md-button headerlink">Tekst</p>',
        ('admonition"', "md-button", "headerlink"),
    ),
    ("language with markup", '<code class="language-x&quot;onclick">Tekst</code>', ("onclick",)),
    ("id shadows Material", '<h2 id="__config">Tekst</h2>', ("__config",)),
    ("id pb-", '<h2 id="pb-panel">Tekst</h2>', ("pb-panel",)),
    ("id on paragraph", '<p id="sok">Tekst</p>', ("sok",)),
    ("id reserved", '<h2 id="siste-endringer">Tekst</h2>', ("siste-endringer",)),
    ("data attribute", '<p data-md-component="search">Tekst</p>', ("data-md", "search")),
]


@pytest.mark.parametrize(("html", "gone"), [r[1:] for r in HOSTILE], ids=[r[0] for r in HOSTILE])
def test_hostile_html_is_neutralised(html: str, gone: tuple[str, ...]) -> None:
    output = sanitize(html, frozenset({"siste-endringer"}))
    assert_safe(output)
    for text in gone:
        assert text.lower() not in output.lower(), output
    assert "Tekst" in output, output


def test_there_are_enough_hostile_rows() -> None:
    assert len(HOSTILE) >= 30


# -- what must survive -----------------------------------------------------------------------------

KEPT: list[tuple[str, str, tuple[str, ...]]] = [
    # (name, HTML, strings the output must contain)
    (
        "admonition",
        '<div class="admonition note"><p class="admonition-title">Merk</p><p>x</p></div>',
        ('<div class="admonition note">', '<p class="admonition-title">Merk</p>'),
    ),
    (
        "inline admonition",
        '<div class="admonition tip inline end"><p>x</p></div>',
        ('class="admonition tip inline end"',),
    ),
    (
        "details",
        '<details class="info" open="open"><summary>Mer</summary><p>x</p></details>',
        ('<details class="info" open="open"><summary>Mer</summary>',),
    ),
    (
        "heading with permalink",
        '<h2 id="opplæring-før-oppstart">Opplæring<a class="headerlink" '
        'href="#opplæring-før-oppstart" title="Permanent lenke">¶</a></h2>',
        ('<h2 id="opplæring-før-oppstart">', 'class="headerlink"', 'title="Permanent lenke"'),
    ),
    (
        "code language",
        '<pre class="highlight"><code class="language-python">x = 1</code></pre>',
        ('<pre class="highlight"><code class="language-python">',),
    ),
    (
        "pygments",
        '<div class="highlight"><pre><span></span><code><span class="n">x</span> '
        '<span class="o">=</span> <span class="mi">1</span></code></pre></div>',
        ('<div class="highlight">', '<span class="n">x</span>', '<span class="mi">1</span>'),
    ),
    (
        "button",
        '<a class="md-button md-button--primary" href="https://example.org/skjema">Skjema</a>',
        (
            'class="md-button md-button--primary"',
            'href="https://example.org/skjema"',
            'rel="noopener noreferrer"',
        ),
    ),
    ("relative image", '<img alt="Kart" src="bilde.png">', ('src="bilde.png"', 'alt="Kart"')),
    ("parent image", '<img src="../bilder/kart.png">', ('src="../bilder/kart.png"',)),
    ("site image", '<img src="/assets/kart.png">', ('src="/assets/kart.png"',)),
    ("https link", '<a href="https://lovdata.no/lov/2008-05-15-35">Loven</a>', ("lovdata.no",)),
    ("http link with port", '<a href="http://intern.example:8080/a?b=1#c">x</a>', (":8080/a",)),
    ("relative link", '<a href="../annen-side/">x</a>', ('href="../annen-side/"',)),
    ("anchor link", '<a href="#vurdering">x</a>', ('href="#vurdering"',)),
    (
        "table alignment",
        '<table><thead><tr><th style="text-align: left;">a</th></tr></thead><tbody><tr>'
        '<td style="text-align:RIGHT">1</td><td align="center" colspan="2">2</td></tr></tbody>'
        "</table>",
        ('<th style="text-align: left;">', '<td style="text-align: right;">', 'colspan="2"'),
    ),
    ("definition list", "<dl><dt>Term</dt><dd>Forklaring</dd></dl>", ("<dt>Term</dt>",)),
    (
        "text markup",
        "<p><strong>a</strong> <em>b</em> <code>c</code> <del>d</del> <mark>e</mark> "
        '<abbr title="Utlendingsdirektoratet">UDI</abbr> x<sup>2</sup></p><hr><blockquote>q'
        '</blockquote><ol start="3"><li>i</li></ol>',
        ('<abbr title="Utlendingsdirektoratet">', '<ol start="3">', "<blockquote>"),
    ),
    ("toc marker", '<div class="toc"><ul><li><a href="#a">A</a></li></ul></div>', ('"toc"',)),
]


@pytest.mark.parametrize(("html", "kept"), [r[1:] for r in KEPT], ids=[r[0] for r in KEPT])
def test_what_our_markdown_makes_survives(html: str, kept: tuple[str, ...]) -> None:
    output = sanitize(html)
    assert_safe(output)
    for text in kept:
        assert text in output, output


def test_a_dropped_address_leaves_the_element_and_its_text() -> None:
    output = sanitize(
        f'<p><a href="/\\{T}/" class="md-button">Les mer</a> og <img alt="Kart" '
        f'src="//{T}/k.png"></p>'
    )
    assert output == (
        '<p><a rel="noopener noreferrer" class="md-button">Les mer</a> og <img alt="Kart"></p>'
    )


def test_an_accepted_address_is_written_as_the_browser_reads_it() -> None:
    assert sanitize('<img src=" bil&#9;de.png ">') == '<img src="bilde.png">'


# -- front-matter links ----------------------------------------------------------------------------

GOOD_LINKS = [
    "https://lovdata.no/dokument/NL/lov/2008-05-15-35",
    "http://intern.example:8080/side?a=1&b=2#del",
    "HTTPS://Example.ORG",
    "https://blåbær.example/",
    "/vedtaksbank/afg/",
    "./annen-side/",
    "../land/afg/",
]

BAD_LINKS = [
    ("", "tom"),
    ("   ", "tom"),
    ("//t.example/x", "//"),
    ("/\\t.example/x", "skråstrek"),
    ("\\\\t.example/x", "skråstrek"),
    ("https:\\\\t.example/x", "skråstrek"),
    ("https:/t.example/x", "mangler //"),
    ("https:t.example/x", "mangler //"),
    ("https:///x", "vertsnavn"),
    ("https://", "vertsnavn"),
    ("https://:443/", "vertsnavn"),
    ("https://t_x.example/", "vertsnavn"),
    ("https://praksisbanken@t.example/", "@"),
    ("javascript:alert(1)", "«javascript:»"),
    ("JavaScript:alert(1)", "«javascript:»"),
    ("&#106;avascript:alert(1)", "«javascript:»"),
    ("java\tscript:alert(1)", "mellomrom"),
    ("https://t.example/a b", "mellomrom"),
    (" https://t.example/", "mellomrom"),
    ("mailto:saksbehandler@example.org", "«mailto:»"),
    ("tel:123", "«tel:»"),
    ("data:text/html,x", "«data:»"),
    ("file:///etc/passwd", "«file:»"),
    ("ftp://t.example/", "«ftp:»"),
    ("1x:y", "kolon"),
    ("side.html", "må starte med https://"),
    ("#anker", "må starte med https://"),
    ("\x01/side", "kontrolltegn"),
]


@pytest.mark.parametrize("url", GOOD_LINKS)
def test_acceptable_links(url: str) -> None:
    assert link_problem(url) is None


@pytest.mark.parametrize(("url", "says"), BAD_LINKS, ids=[repr(u) for u, _ in BAD_LINKS])
def test_unacceptable_links_say_why_in_norwegian(url: str, says: str) -> None:
    problem = link_problem(url)
    assert problem is not None and says in problem, problem
    assert "t.example" not in problem  # the message never quotes the address


# -- the site's own Markdown -----------------------------------------------------------------------


class _SiteConfigLoader(yaml.SafeLoader):
    """mkdocs.yml, with its one Python tag (the toc slugify function) resolved and no other, and
    the plugin's settings read from the environment (``!ENV``) as MkDocs reads them."""


def _apply(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> object:
    assert suffix == "pymdownx.slugs.slugify", suffix
    assert isinstance(node, yaml.MappingNode)
    arguments = loader.construct_mapping(node, deep=True)
    slugify: Any = importlib.import_module("pymdownx.slugs").slugify
    return slugify(**arguments.get("kwds", {}))


_SiteConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/object/apply:", _apply)
_SiteConfigLoader.add_constructor("!ENV", construct_env_tag)


def site_markdown() -> Any:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_SiteConfigLoader)
    names: list[str] = []
    options: dict[str, Any] = {}
    for entry in config["markdown_extensions"]:
        if isinstance(entry, str):
            names.append(entry)
        else:
            ((name, option),) = entry.items()
            names.append(name)
            options[name] = option
    assert names == [
        "admonition",
        "attr_list",
        "def_list",
        "tables",
        "toc",
        "pymdownx.details",
        "pymdownx.superfences",
    ], "a new Markdown extension: check which classes it makes and update core/gate/sanitize.py"
    markdown: Any = importlib.import_module("markdown")
    return markdown.Markdown(extensions=names, extension_configs=options)


BODY = """
## Opplæring før oppstart

Avsnitt med **fet** tekst og en [lenke](https://lovdata.no/lov){ .md-button .md-button--primary }.

!!! note "Merk"
    Tekst i en boks.

!!! warning
    Uten egen tittel.

!!! tip inline end "Til siden"
    Flyter.

??? info "Lukket"
    Innhold.

???+ example "Åpen"
    Innhold.

Begrep
:   Forklaring.

| Venstre | Høyre | Midt |
|:--------|------:|:----:|
| a       | 1     | x    |

```python
print("hei")
```

```python title="eksempel.py" linenums="1" hl_lines="2"
a = 1
b = 2
```

```
ren tekst
```

![Kart](kart.png)
"""

HOSTILE_BODY = """
## Angrep { #pb-panel .mermaid onclick="x()" }

```mermaid
graph TD; A-->B
```

``` { .python .mermaid #__config data-x="1" }
x = 1
```

!!! mermaid "Boks"
    Tekst.

??? Mermaid inline end
    Tekst.

Avsnitt
{: .mermaid .md-nav .evil style="color:red" onmouseover="x()" }

![bilde](/\\t.example/p.png){ .mermaid }
![bilde](https:/t.example/p.png)
![bilde](//t.example/p.png)

[lenke](/\\t.example/){ .mermaid }
[lenke](javascript:alert(1))

<pre class="mermaid">graph TD; A-->B</pre>
"""

EXPECTED_CLASSES = {
    ("a", "headerlink"),
    ("a", "md-button"),
    ("a", "md-button--primary"),
    ("div", "admonition"),
    ("p", "admonition-title"),
    ("div", "note"),
    ("div", "warning"),
    ("div", "tip"),
    ("div", "inline"),
    ("div", "end"),
    ("details", "info"),
    ("details", "example"),
    ("div", "highlight"),
    ("table", "highlighttable"),
    ("th", "filename"),
    ("span", "filename"),
    ("td", "linenos"),
    ("td", "code"),
    ("div", "linenodiv"),
    ("span", "normal"),
    ("span", "hll"),
}


def test_the_sites_markdown_keeps_every_class_it_makes() -> None:
    made = site_markdown().convert(BODY)
    output = sanitize(made)
    assert_safe(output)
    assert classes(output) == classes(made)
    pygments = {(tag, name) for tag, name in classes(output) if tag == "span"}
    assert {name for _, name in pygments} >= {"nb", "s2", "p", "n", "o", "mi"}
    assert classes(output) - pygments == EXPECTED_CLASSES - pygments
    assert '<h2 id="opplæring-før-oppstart">' in output
    assert '<th style="text-align: right;">' in output
    assert '<img alt="Kart" src="kart.png">' in output or '<img src="kart.png"' in output
    assert 'href="https://lovdata.no/lov"' in output


def test_the_sites_markdown_with_attribute_lists_cannot_reach_past_the_allow_list() -> None:
    made = site_markdown().convert(HOSTILE_BODY)
    assert "mermaid" in made and "t.example" in made and "onclick" in made  # the input is hostile
    output = sanitize(made)
    assert_safe(output)
    assert "t.example" not in output and "javascript" not in output
    assert "md-nav" not in output and "evil" not in output and "__config" not in output
    assert "Tekst." in output and "graph TD" in output
    assert ("div", "admonition") in classes(output)


def test_pygments_classes_match_the_installed_pygments() -> None:
    token: Any = importlib.import_module("pygments.token")
    assert set(token.STANDARD_TYPES.values()) - {""} <= CLASSES["span"]


def test_output_is_stable() -> None:
    made = site_markdown().convert(BODY + HOSTILE_BODY)
    once = sanitize(made)
    assert sanitize(once) == once
