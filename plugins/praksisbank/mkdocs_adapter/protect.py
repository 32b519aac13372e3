"""Each built page before MkDocs writes it, and what stops a build for what the pages hold.

Per page: the scripts it uses, its Content-Security-Policy (the web server's header written
again when a page brings an inline script no page before it had), the rendered-text gate fed in
a worker while the build goes on (``core/gate/sitegate.py``). For the whole build: a script,
handler or frame no one reviewed, named by the site's template it comes from, and a text Markdown
could not render, named by its file and line; either stops the build before it goes live.
"""

from __future__ import annotations

import difflib
import html
import logging
import os
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from praksisbank.core.base.model import Item
from praksisbank.core.base.problems import Problem, summary
from praksisbank.core.content import scripts
from praksisbank.core.content.layout import relative
from praksisbank.core.content.loader import Layout
from praksisbank.core.content.report import Reporter
from praksisbank.core.gate import blame, csp, published
from praksisbank.core.gate.anonymity import mask_digits
from praksisbank.core.gate.sitegate import SKIPPED_SUFFIXES, SiteGate, Source
from praksisbank.core.pdf import build as pdf
from praksisbank.core.publish import stages, tree
from praksisbank.core.publish.search import BUNDLE
from praksisbank.core.publish.tree import ASSET_DIR, ASSETS
from praksisbank.mkdocs_adapter import rendercheck

log = logging.getLogger("mkdocs.plugins.praksisbank")

GATE_WORKERS_FROM = 300
"""Pages from which the rendered-text gate runs in worker processes beside the build."""


class Protection:
    """One build's checks of its built pages: the policy, each page's template, the gate, and
    the texts that could not be rendered."""

    def __init__(self, policy: csp.SitePolicy | None = None) -> None:
        self.csp = policy or csp.SitePolicy()
        self.templates: dict[str, str] = {}
        """Each built page's address and its template, to name the template when the page holds
        a script or handler no one reviewed (``active_problems``)."""
        self.site_gate: SiteGate | None = None
        """The rendered-text gate over this build's pages and files (core/gate/sitegate.py)."""
        self.unrendered: list[Problem] = []
        """Texts that could not be rendered (``rendercheck/``): the build stops in on_env."""
        self.gated_before: dict[str, str] | None = None
        """A live preview's large generated pages as last written (before their policy) and
        passed by the gate and the policy's check (kept by ``Preview``): such a page is read
        again in its runs of changed lines (``changed_part``)."""
        self.files_before: dict[str, bytes] | None = None
        """A live preview's other files (feeds, the sitemap, styles) as the gate last passed
        them (kept by ``Preview``): one written again with the same bytes is not read again."""
        self.generated: frozenset[str] = frozenset()
        """This build's generated pages (source addresses): lists the preview may gate in part."""
        self._passed: dict[str, str] = {}
        """Large generated pages written by this rebuild: kept once the gate passes them."""

    @classmethod
    def for_build(
        cls,
        config: MkDocsConfig,
        *,
        live_preview: bool,
        known: Callable[[MkDocsConfig, Path, Callable[[MkDocsConfig, Path], csp.Known]], csp.Known]
        | None = None,
    ) -> Protection:
        """Every page's Content-Security-Policy (``core/gate/csp.py``); under `mkdocs serve` its
        live reload adds an inline script to each page that no hash can name. ``known`` reads
        the site's scripts through a live preview's cache (``Preview.known``)."""
        root = Path(config.config_file_path).resolve().parent
        known_now = (
            known_scripts(config, root) if known is None else known(config, root, known_scripts)
        )
        return cls(csp.SitePolicy(live_preview=live_preview, known=known_now))

    def page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        """A built page with its scripts and policy, handed to the gate."""
        template = page.meta.get("template") if isinstance(page.meta, dict) else None
        self.templates["/" + page.url] = template if isinstance(template, str) else "main.html"
        output = page_scripts(output, page.url)
        published = page.file.dest_uri
        before = None  # a large list a live preview read before: only its changed part again
        if self.gated_before is not None and page.file.src_uri in self.generated:
            before = self.gated_before.get(published)
            if len(output) >= PART_GATED_FROM:
                self._passed[published] = output
        part, spans, lines = None, None, 0
        if before is not None:
            written = output.splitlines(keepends=True)
            spans, lines = (
                changed_spans(before.splitlines(keepends=True), written, CONTEXT_LINES),
                len(written),
            )
            part = part_of(written, spans, lines)
        protected = self._protect(output, config, "/" + page.url, part)
        if self.site_gate is not None:  # gated in a worker while the build goes on
            gated = protected if spans is None else part_of(protected, spans, lines)
            self.site_gate.page(published, gated)
        return protected

    def template(self, output: str, name: str, config: MkDocsConfig) -> str:
        """One of the theme's own pages (404.html) with its policy."""
        self.templates["/" + name] = name
        return self._protect(output, config, "/" + name)

    def _protect(self, html: str, config: MkDocsConfig, page: str, part: str | None = None) -> str:
        protected, grown = self.csp.page(html, page, part)
        if grown:
            stages.write_policy_header(Path(config.site_dir), self.csp)
        return protected

    def open_gate(
        self,
        files: Files,
        items: dict[str, Item],
        layout: Layout,
        allowed: frozenset[str],
        names: frozenset[str],
        *,
        pages_written: int | None = None,
    ) -> None:
        """The rendered-text gate for this build, knowing which content file each page is made
        from; ``pages_written``, when a live preview rebuilds only some pages: how many."""
        self.close_gate()
        self.site_gate = published_gate(
            files, items, layout, allowed, names, pages_written=pages_written
        )

    def preview_verdict(
        self,
        site: Path,
        pristine: Callable[[str, Path], bool],
        written: Sequence[tuple[str, Path]],
    ) -> tuple[Problem, ...]:
        """A live preview's rebuild, before the server answers: the pages it wrote (given to
        the gate as they were written) and every other file it wrote (``written``: each
        address and path, as ``written.Recording`` saw them) whose bytes are not those the gate
        passed before in this preview (the feeds that changed; of a text file the gate read
        before, the part that changed), read by the rendered-text gate with their addresses;
        what it found. Pagefind's bundle is left to the build."""
        gate = self.take_gate()
        if gate is None:
            return ()
        kept = self.files_before if self.files_before is not None else {}
        todo: list[tuple[str, Path, bytes]] = []
        read: dict[str, bytes] = {}
        for address, path in written:
            if (
                address in gate.done
                or address.startswith(_BUNDLES)
                or path.suffix.lower() in SKIPPED_SUFFIXES
            ):
                continue
            try:
                data = path.read_bytes()
            except OSError:
                data = b""  # gone again: its address is still read
            before = kept.get(address)
            if before == data or pristine(address, path):
                continue
            read[address] = data
            if before is not None and path.suffix.lower() in _TEXT_FILES:
                part = changed_part(
                    before.decode("utf-8", "replace"), data.decode("utf-8", "replace")
                )
                todo.append((address, path, part.encode("utf-8")))
            else:
                todo.append((address, path, data))
        gate.written(todo)
        problems = gate.problems()
        passed, self._passed = self._passed, {}
        if problems:
            withheld = preview_refusal(problems)
            for published in sorted(gate.done):
                (site / published).write_text(withheld, encoding="utf-8")
            for kept_before in (self.gated_before, self.files_before):
                if kept_before is not None:
                    kept_before.clear()  # every page and file is read whole again
        else:
            if self.gated_before is not None:
                self.gated_before.update(passed)
            kept.update(read)
        return problems

    def take_gate(self) -> SiteGate | None:
        gate, self.site_gate = self.site_gate, None
        return gate

    def close_gate(self) -> None:
        if self.site_gate is not None:
            self.site_gate.close()
            self.site_gate = None

    def unrenderable(
        self,
        item: Item | None,
        page: Page,
        failure: rendercheck.RenderError,
        config: MkDocsConfig,
        *,
        serve: bool,
    ) -> str:
        """A text Markdown cannot render: a problem naming its source file and line, like a
        content error. The build stops in on_env; under `mkdocs serve` the page says why."""
        problem = unrenderable(item, page, failure, config)
        log.error(problem.as_text())
        self.unrendered.append(problem)
        return failure_note(problem) if serve else ""

    def stop_if_unrendered(self) -> None:
        """After every page is rendered and before any is written: the same stop as for
        content errors, with every text that could not be rendered listed above."""
        if self.unrendered:
            raise PluginError(
                f"Praksisbanken: innholdet har {summary(self.unrendered)}. Ingenting ble bygget. "
                "Rett feilene over (kjør «praksisbank check --render» for å se dem igjen)."
            )

    def stop_if_active(self, layout: Layout) -> None:
        """A built page that holds a script, handler or frame no one reviewed stops the build
        before it goes live (``core/gate/csp.py``)."""
        problems = active_problems(self.csp.refused, self.templates, layout)
        if not problems:
            return
        self.close_gate()
        for problem in problems:
            log.error(problem.as_text())
        raise PluginError(
            f"Praksisbanken: de ferdige sidene har {summary(problems)}. Ingenting ble publisert. "
            "Rett feilene over."
        )


def page_scripts(output: str, page_url: str) -> str:
    """The page's HTML with the scripts it uses added before ``</body>``, after Material's."""
    return tree.page_scripts(output, lambda asset: get_relative_url(asset, page_url))


def published_gate(
    files: Files,
    items: dict[str, Item],
    layout: Layout,
    allowed: frozenset[str],
    names: frozenset[str],
    *,
    pages_written: int | None = None,
) -> SiteGate:
    """The rendered-text gate for this build, knowing which content file each page is made
    from (a generated page has none: a value on it is traced to any content file).
    ``pages_written``: the pages a live preview's rebuild writes, when it writes only some."""
    pages = files.documentation_pages()
    sources: dict[str, Source] = {
        file.dest_uri: stages.page_source(items.get(file.src_uri), file.src_uri, layout.root)
        for file in pages
    }
    sources.update(stages.pdf_sources(items.values(), layout.root))
    for file in files.media_files():  # a file under docs/ published as it is
        if file.abs_src_path and not file.generated_by:
            path = Path(file.abs_src_path)
            if relative(path, layout.root) is None:
                continue  # the theme's own (site-packages): no contributor wrote it
            sources[file.dest_uri] = Source(layout.show(path), path)
    # Worker processes pay for their start (about half a second) from a few hundred pages on.
    # The build itself keeps one core busy: the gate takes the others (at least one).
    written = len(pages) if pages_written is None else pages_written
    workers = max(1, (os.cpu_count() or 1) - 1) if written >= GATE_WORKERS_FROM else 0
    return SiteGate(
        sources,
        allowed=allowed,
        workers=workers,
        cache=layout.root / pdf.CACHE,
        names=names,
        site_files=stages.site_files(layout),
    )


PART_GATED_FROM = 64_000
"""Characters from which a live preview keeps a generated page it wrote, to gate only the part
of it the next rebuild changed (the decision bank's finder is 3 MB at 5,000 decisions, its lists
by provision, outcome and tag and the change lists 0.4 to 1.6 MB: gated whole, the title of one
decision changed cost 15 s of the gate's CPU)."""
CONTEXT_LINES = 12
"""Lines kept on either side of the part of a page that changed: the rows next to a changed row
(an identity number over two rows, a number after a cue in the row above)."""


def changed_part(
    before: str, after: str, context: int = CONTEXT_LINES, published: str | None = None
) -> str:
    """What a live preview reads again of a generated page it read as `before` and that is
    now `after`: each run of changed lines with `context` lines on either side (runs that
    close ones are read together), and the first `context` lines (the page's head and title),
    each piece on lines of its own. The other lines are the same text, read when it was
    written. Taken from `published`, when given: `after` with its policy added in the head
    (the lines below the head are the same, counted from the end)."""
    new = after.splitlines(keepends=True)
    spans = changed_spans(before.splitlines(keepends=True), new, context)
    return part_of(new if published is None else published, spans, len(new))


def changed_spans(old: list[str], new: list[str], context: int) -> list[tuple[int, int]]:
    """The lines of `new` (first, end excluded) ``changed_part`` reads."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=True)
    spans: list[tuple[int, int]] = [(0, context)]
    for tag, _, _, start, end in matcher.get_opcodes():
        if tag == "equal":
            continue
        first, last = max(0, start - context), min(len(new), end + context)
        if first <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], last))
        else:
            spans.append((first, last))
    return spans


def part_of(text: str | list[str], spans: list[tuple[int, int]], lines: int) -> str:
    """The `spans` of a page of `lines` lines, taken from `text` (the same page, its head
    perhaps grown by some lines), joined by a rule."""
    shown = text.splitlines(keepends=True) if isinstance(text, str) else text
    grown = len(shown) - lines
    pieces = [
        "".join(shown[(0 if first == 0 else first + grown) : last + grown]) for first, last in spans
    ]
    return "\n<hr>\n".join(pieces)


_TEXT_FILES = frozenset((".xml", ".html", ".htm", ".json", ".txt", ".css", ".js"))
"""Files read as text: of one the gate passed before, it reads the part that changed."""


_BUNDLES = (f"{BUNDLE}/", f".{BUNDLE}-new/")
"""Pagefind's bundle, made in the background after the page is shown: not the preview's gate's."""


def preview_refusal(problems: Sequence[Problem]) -> str:
    """What a live preview shows instead of each page its rebuild wrote when the rendered-text
    gate found personal data in them: the problems, not the pages."""
    listed = "".join(f"<li>{escape(problem.as_text())}</li>" for problem in problems)
    return (
        '<!doctype html>\n<html lang="nb"><head><meta charset="utf-8">'
        "<title>Personopplysninger på de bygde sidene</title></head><body>"
        "<h1>Personopplysninger på de bygde sidene</h1>"
        f"<p>De ferdige sidene har {escape(summary(problems))}. Sidene som ble bygget på nytt, "
        "vises ikke før feilene er rettet (kjør «praksisbank check --render» for å se dem "
        f"igjen).</p><ul>{listed}</ul></body></html>\n"
    )


def unrenderable(
    item: Item | None, page: Page, failure: rendercheck.RenderError, config: MkDocsConfig
) -> Problem:
    """A text Markdown cannot render: a problem naming its source file and line, like a content
    error (a generated page is named by its address)."""
    new = rendercheck.factory(config.markdown_extensions, config.mdx_configs)
    if item is not None:
        return rendercheck.problem(item.path, item.body_line, item.body, failure, new)
    return rendercheck.problem(page.file.src_uri, 1, page.markdown or "", failure, new)


def failure_note(problem: Problem) -> str:
    """Under ``mkdocs serve``, the page says why its text is missing."""
    return (
        '<div class="admonition failure"><p class="admonition-title">Teksten kan ikke '
        f"vises</p><p>{escape(problem.as_text())}</p></div>"
    )


def known_scripts(config: MkDocsConfig, root: Path) -> csp.Known:
    """The inline scripts a built page may hold (``core/gate/csp.py``): the shapes of the
    theme's own templates (every theme folder but the site's ``custom_dir``) and the scripts
    the developers reviewed in ``skript-ok.yml``."""
    custom = Path(config.theme.custom_dir).resolve() if config.theme.custom_dir else None
    folders = [Path(d) for d in config.theme.dirs if custom is None or Path(d).resolve() != custom]
    reviewed = scripts.read(root, Reporter())  # its problems are the check's to report
    return csp.Known(
        csp.template_shapes(folders),
        frozenset(r.hash for r in reviewed),
        script_files=script_files(config),
        base=urlsplit(config.site_url or "/").path.rstrip("/") + "/",
    )


PAGEFIND_SCRIPTS = ("pagefind.js", "pagefind-worker.js", "pagefind-ui.js", "pagefind-highlight.js")
"""The scripts Pagefind writes into ``pagefind/`` (a folder no file under ``docs/`` may use)."""


def script_files(config: MkDocsConfig) -> frozenset[str]:
    """The site's own script files, as paths in the built site: those of every theme folder
    (Material's; the site's ``custom_dir``, each reviewed in ``skript-ok.yml``), ours and
    Pagefind's. A ``<script src>`` in a built page names one of them or stops the build."""
    found = {f"{ASSET_DIR}/{name}" for name in ASSETS if name.endswith(".js")}
    found |= {f"pagefind/{name}" for name in PAGEFIND_SCRIPTS}
    for folder in config.theme.dirs:
        for path in Path(folder).rglob("*"):
            if path.suffix.lower() in (".js", ".mjs") and path.is_file():
                found.add(path.relative_to(folder).as_posix())
    return frozenset(found)


_TRACED = frozenset({".html", ".htm", ".j2", ".jinja", ".jinja2", ".xml", ".svg"})


def active_problems(
    refused: Sequence[tuple[str, csp.Active]],
    templates: dict[str, str],
    layout: Layout,
) -> list[Problem]:
    """What the built pages hold that runs or loads and is not known, as problems naming the
    site's template it comes from: the one holding the element as written, else the setting
    of ``mkdocs.yml`` whose text it holds (a link the theme writes from ``extra``, ``nav`` or a
    plugin option; markup in ``copyright``), else the page's template in the site's theme
    folder, else that folder."""
    folders = [d for d in layout.theme_dirs if d.is_dir()]
    sources = [
        (path, path.read_text(encoding="utf-8", errors="replace"))
        for folder in folders
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink() and path.suffix.lower() in _TRACED
    ]
    settings = _settings(layout.settings)
    grouped: dict[tuple[str, int, str], list[tuple[str, str]]] = {}
    for page, found in refused:
        traced, line = (
            _written_in(found.element, sources)
            or _setting_line(found.element, settings, layout.settings)
            or _template_of(templates.get(page, "main.html"), folders)
        )
        shown_file = layout.show(traced) if traced is not None else "mkdocs.yml"
        element = mask_digits(" ".join(found.element.split()))[:120]
        grouped.setdefault((shown_file, line, found.what), []).append((page, element))
    problems = []
    for (file, line, what), pages in sorted(grouped.items()):
        page, element = min(pages)
        more = blame.more_pages(len(pages) - 1)
        problems.append(
            Problem(
                file=file,
                line=line,
                column=1,
                code="script",
                message=(
                    f"Den bygde siden «{mask_digits(page) or '/'}»{more} har {what}. Ingenting "
                    "ble publisert. Malen skal begynne med <!doctype html> (bare en "
                    "Jinja-kommentar før den)."
                    if what == csp.NO_DOCTYPE
                    else f"Den bygde siden «{mask_digits(page) or '/'}»{more} har {what}: "
                    f"«{element}». "
                    "Det er verken temaets eget eller et skript utviklerteamet har gått gjennom i "
                    "skript-ok.yml, og ingenting en bidragsyter skriver, skal kjøre eller laste "
                    "noe i leserens nettleser. Ingenting ble publisert. Ta det bort fra malen "
                    "(et skript som er gått gjennom, må stå ferdig skrevet i malen, ikke bygges "
                    "av verdier fra sidene)."
                ),
            )
        )
    return problems


def _settings(path: Path | None) -> list[published.Setting]:
    """Every text of ``mkdocs.yml`` with its line (none when it cannot be read)."""
    if path is None:
        return []
    try:
        return published.every_setting(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return []


_SHORTEST_SETTING = 8
"""Shorter texts (``true``, ``nb``, ``indigo``) are in too many elements to name one."""


def _setting_of(element: str, settings: list[published.Setting]) -> published.Setting | None:
    """The setting whose text the element holds (an address the theme writes into a link), or
    that holds the element's opening tag (markup in ``copyright``); the longest, when several
    do."""
    shown = html.unescape(element)
    opening = shown[: shown.find(">") + 1]
    held = [
        s
        for s in settings
        if len(text := s.text.strip()) >= _SHORTEST_SETTING
        and (text in shown or (len(opening) >= _SHORTEST_SETTING and opening in text))
    ]
    return max(held, key=lambda s: (len(s.text.strip()), -s.line), default=None)


def _setting_line(
    element: str, settings: list[published.Setting], path: Path | None
) -> tuple[Path, int] | None:
    setting = _setting_of(element, settings)
    return (path, setting.line) if setting is not None and path is not None else None


def _written_in(element: str, sources: list[tuple[Path, str]]) -> tuple[Path, int] | None:
    """The site's template that holds ``element`` as written, and the line."""
    opening = element[: max(element.find(">") + 1, 1)]
    needles = [element[:60], opening] if len(opening) > 8 else [element[:60]]
    for needle in needles:
        for path, text in sources:
            at = text.find(needle)
            if at >= 0:
                return path, text.count("\n", 0, at) + 1
    return None


def _template_of(template: str, folders: list[Path]) -> tuple[Path | None, int]:
    """The page's template in the site's theme folder, else that folder (line 1)."""
    for name in (template, "main.html"):  # every page of the theme extends main.html
        for folder in folders:
            if (folder / name).is_file():
                return folder / name, 1
    return (folders[0], 1) if folders else (None, 1)
