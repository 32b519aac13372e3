"""Performance figures for generated projects of several sizes, as one Markdown table.

For each size N (synthetic.py's fictional decisions) it measures, each in a fresh subprocess:

- check: `praksisbank check` on the project, less its start-up (the same command on an empty
  folder), as files per second: cold (`--no-cache`: every text read, as before stop 23) and
  warm (the store of clean verdicts, `core/gate/verdicts.py`, filled by a run before; the
  same files, nothing changed), the runs interleaved;
- build: `mkdocs build` with the plugin (PDFs off) against plain MkDocs on the same Markdown and
  theme; seconds per decision and how it grows with N; peak memory;
- search: the bytes Chromium fetches for a reader's first search (three queries, the largest
  in the table), and the size of the site;
- serve: under `praksisbank mkdocs serve --dirtyreload` (as `make serve`), from saving a
  decision (a sentence appended; its title changed) to the served page showing the change;

and for one size the PDFs: a build with an empty cache, a second one with nothing changed, and
one after a decision changed. Every build runs with the store of clean verdicts off
(`PRAKSISBANK_VERDICT_CACHE=0`): the build columns are cold, comparable with the tables
before stop 23 (`bench_anonymity.py --build` measures builds warm). The warm check keeps its
store in a folder of the bench's own (`XDG_CACHE_HOME`), never the user's. Medians of
--repeat runs (--build-repeat for whole builds); ratios
come from this one run. Progress goes to stderr, the tables to stdout. See benchmarks/README.md.

    .venv/bin/python benchmarks/bench.py [--sizes 500,2000,5000] [--repeat 3] [--build-repeat 2]
        [--pdf-size 500] [--skip pdf,serve,search] [--keep DIR] [--queries "a,b c"]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from mkdocs.utils.yaml import yaml_load
from synthetic import generate

TODAY = "2026-12-01"  # after every date synthetic.py writes
BIN = Path(sys.executable).parent
MKDOCS = str(BIN / "mkdocs")
PRAKSISBANK = str(BIN / "praksisbank")
NO_GATE = Path(__file__).resolve().parent / "build_without_gate.py"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
QUERIES = ("internflukt", "militærtjeneste Eritrea", "IFA Kabul")
"""A reader's first search, each in a fresh browser: a tag (in many titles and texts at every
size) with one synonym, and two words of which one expands through the vocabulary
(«militærtjeneste» to «nasjonaltjenesten» and «verneplikt», «IFA» to «internflukt»): each
synonym's word can need its own index chunk. The table shows the largest."""
SERVE_TIMEOUT = 120.0  # seconds from an edit to the changed page
SERVE_START_TIMEOUT = 1800.0  # the first build under `mkdocs serve`
PARTS = ("check", "build", "plain", "search", "serve", "pdf")
CONTENT = ("practice_notes", "interview_guides", "practice_clarifications", "decision_bank")
"""The content folders the plugin reads; plain MkDocs gets them under docs/."""

_STARTED = time.perf_counter()


def say(message: str) -> None:
    print(f"[{time.perf_counter() - _STARTED:6.0f} s] {message}", file=sys.stderr, flush=True)


class BenchError(Exception):
    """A measurement could not be made; the message says why."""


# -- subprocesses ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    """ru_maxrss from wait4: the largest single process (the child or one it waited for)."""
    output: str
    cpu: float = 0.0
    """User and system seconds of the child and every process it waited for (wait4): on a
    loaded machine steadier than the wall time."""


def environment(pdf: bool = False, verdicts: Path | None = None) -> dict[str, str]:
    """The commands' environment; ``verdicts``: the folder for the store of clean verdicts
    (``XDG_CACHE_HOME``), else the store is off (cold, as the tables before stop 23)."""
    env = dict(os.environ)
    env.update(
        PRAKSISBANK_TODAY=TODAY, NO_MKDOCS_2_WARNING="1", PRAKSISBANK_PDF="1" if pdf else "0"
    )
    if verdicts is None:
        env["PRAKSISBANK_VERDICT_CACHE"] = "0"
    else:
        env.update(PRAKSISBANK_VERDICT_CACHE="1", XDG_CACHE_HOME=str(verdicts))
    return env


def run(command: list[str], env: dict[str, str], what: str) -> Run:
    """Run a command to its end: wall time, peak memory and output (stdout and stderr)."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
    if process.returncode != 0:
        tail = "\n".join(output.splitlines()[-15:])
        raise BenchError(f"{what} failed (exit {process.returncode}):\n{tail}")
    return Run(seconds, usage.ru_maxrss / 1024, output, usage.ru_utime + usage.ru_stime)


def build(
    config: Path, site: Path, pdf: bool = False, *, gate: bool = True, code: Path | None = None
) -> Run:
    """`mkdocs build` into a fresh `site`; quiet unless PDFs (their summary is an INFO line).
    Without `gate`, the rendered-text gate is off (`build_without_gate.py`, the benchmarks'
    only switch for it); with `code`, the plugin is imported from `code` (another commit's
    ``plugins/`` folder, for builds before and after a change in one run)."""
    shutil.rmtree(site, ignore_errors=True)
    arguments = ["build", "-f", str(config), "-d", str(site), *([] if pdf else ["-q"])]
    command = [MKDOCS, *arguments] if gate else [sys.executable, str(NO_GATE), "--", *arguments]
    env = environment(pdf)
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(code), env.get("PYTHONPATH")]))
    return run(command, env, f"mkdocs build of {config}")


def warnings_in(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]


# -- the projects ---------------------------------------------------------------------------------


def fresh(folder: Path) -> Path:
    """An empty place for a generated folder (a --keep folder may hold one from an earlier run)."""
    shutil.rmtree(folder, ignore_errors=True)
    return folder


def make_plain(project: Path, target: Path, *, search: bool = False) -> Path:
    """The same Markdown for plain MkDocs: the project's mkdocs.yml without the praksisbank plugin
    (theme, extensions and other plugins kept), the content folders copied under docs/, and a
    nav listing every page but the decisions (as the plugin's navigation leaves them out).
    With `search`, Material's own search plugin is on, as on a plain Material site."""
    docs = target / "docs"
    shutil.copytree(project / "docs", docs)
    for name in CONTENT:
        if (project / name).is_dir():
            shutil.copytree(project / name, docs / name)
    with (project / "mkdocs.yml").open("rb") as source:
        original = yaml_load(source)
    plugins = [
        p
        for p in original.get("plugins", [])
        if (p if isinstance(p, str) else next(iter(p))) != "praksisbank"
    ] + (["search"] if search else [])
    nav = sorted(
        p.relative_to(docs).as_posix()
        for p in docs.rglob("*.md")
        if not p.relative_to(docs).as_posix().startswith("decision_bank/")
    )
    # Silent: links to the plugin's generated pages do not resolve here, and MkDocs would list
    # every decision left out of the nav.
    nav_checks = ("omitted_files", "not_found", "absolute_links")
    link_checks = ("not_found", "anchors", "absolute_links", "unrecognized_links")
    overrides = {
        "INHERIT": str(project / "mkdocs.yml"),
        "docs_dir": "docs",
        "plugins": plugins,
        "nav": nav,
        "validation": {
            "nav": dict.fromkeys(nav_checks, "ignore"),
            "links": dict.fromkeys(link_checks, "ignore"),
        },
    }
    config = target / "mkdocs.yml"
    # JSON is YAML; MkDocs merges the inherited file under these keys (lists are replaced).
    config.write_text(json.dumps(overrides, ensure_ascii=False, indent=2), encoding="utf-8")
    return config


def decision_to_edit(project: Path) -> Path:
    """The newest decision (by file name): current, so it is in its country's PDF bundle too."""
    return max((project / "decision_bank").rglob("*.md"), key=lambda p: (p.name, str(p)))


def append_sentence(decision: Path, sentence: str) -> None:
    text = decision.read_text(encoding="utf-8").rstrip("\n")
    decision.write_text(f"{text}\n\n{sentence}\n", encoding="utf-8")


def page_of(decision: Path, site: Path | None) -> str:
    """The decision's address relative to the site root: its page in a built site when one is
    there, else the plugin's rule (decision_bank/afg/x.md is vedtaksbank/afg/x/)."""
    if site is not None:
        for page in site.rglob(f"{decision.stem}/index.html"):
            return page.parent.relative_to(site).as_posix() + "/"
    return f"vedtaksbank/{decision.parent.name}/{decision.stem}/"


def site_size(site: Path) -> tuple[float, int]:
    files = [p for p in site.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6, sum(p.suffix == ".html" for p in files)


# -- measurements ---------------------------------------------------------------------------------


def median(values: list[float]) -> float:
    return statistics.median(values)


def measure_check(
    project: Path, empty: Path, repeat: int
) -> tuple[int, float, float, float, dict[str, float]]:
    """(files, cold seconds, warm seconds, start-up seconds, median CPU seconds of each kind of
    run: cold, warm, start-up): medians, the three runs interleaved. Warm: the store of clean
    verdicts in a folder beside ``empty``, filled by one run before the counted ones."""
    store = empty.parent / "verdicts"
    shutil.rmtree(store, ignore_errors=True)
    check = [PRAKSISBANK, "check", str(project)]
    run(check, environment(verdicts=store), "praksisbank check (filling the store)")
    cold: list[float] = []
    warm: list[float] = []
    cpu: dict[str, list[float]] = {"cold": [], "warm": [], "start-up": []}
    startups: list[float] = []
    files = 0
    for _ in range(repeat):
        startup = run([PRAKSISBANK, "check", str(empty)], environment(), "check")
        startups.append(startup.seconds)
        cpu["start-up"].append(startup.cpu)
        for label, times, env in (
            ("cold", cold, environment()),
            ("warm", warm, environment(verdicts=store)),
        ):
            result = run(check, env, f"praksisbank check ({label})")
            times.append(result.seconds)
            cpu[label].append(result.cpu)
            found = re.search(r"Ingen feil i (\d+) fil", result.output)
            if not found:
                tail = result.output[-500:]
                raise BenchError(f"praksisbank check printed no file count:\n{tail}")
            files = int(found[1])
    used = {label: median(values) for label, values in cpu.items()}
    return files, median(cold), median(warm), median(startups), used


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def served(folder: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def first_search(site: Path, query: str) -> tuple[int, int, int]:
    """(bytes, requests, results shown) of a reader's first search for `query` in Chromium,
    counted from the key that opens the search dialog: response bodies and headers, as the
    browser receives them from Python's http.server (no compression)."""
    sizes, results = first_search_requests(site, query)
    return sum(sizes.values()), len(sizes), results


KINDS = (
    ("script", re.compile(r"/pagefind/pagefind\.js$")),
    ("engine", re.compile(r"/pagefind/wasm\.[^/]*\.pagefind$")),
    ("entry", re.compile(r"/pagefind-entry\.json(\?.*)?$")),
    ("page lists", re.compile(r"\.pf_meta$")),
    ("word chunks", re.compile(r"/index/[^/]+\.pf_index$")),
    ("filters", re.compile(r"/filter/[^/]+\.pf_filter$")),
    ("fragments", re.compile(r"/fragment/[^/]+\.pf_fragment$")),
    ("vocabulary", re.compile(r"/praksisbank-vocabulary\.json$")),
    ("routes", re.compile(r"/praksisbank-parts/[^/]+\.json$")),
    ("word files", re.compile(r"/praksisbank-words/[^/]+\.json$")),
)
"""What each request of a first search is, by its address (``kinds``)."""


def kinds(sizes: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Bytes and requests of a first search by kind (``KINDS``; ``other`` for the rest)."""
    found: dict[str, tuple[int, int]] = {}
    for url, size in sizes.items():
        kind = next((name for name, pattern in KINDS if pattern.search(url)), "other")
        total, count = found.get(kind, (0, 0))
        found[kind] = (total + size, count + 1)
    return found


def first_search_requests(site: Path, query: str) -> tuple[dict[str, int], int]:
    """Each request of a reader's first search (``first_search``) until its first results are
    shown, with its bytes, and the number of results shown in the end."""
    found = search_requests(site, query)
    return found.first, len(found.final)


@dataclass(frozen=True)
class Searched:
    """A reader's first search: the bytes of each request until the first results are shown
    (`first`) and until the search is done (`whole`), and the results' addresses then."""

    first: dict[str, int]
    whole: dict[str, int]
    early: tuple[str, ...]
    final: tuple[str, ...]


def search_requests(site: Path, query: str) -> Searched:
    """A reader's first search in Chromium, counted from the key that opens the dialog: the
    first results are shown when the status line names the query (on a large site in parts,
    while the list is still marked busy: the parts that score best are searched first); the
    search is done when the list is no longer busy and the network is idle."""
    from playwright.sync_api import Request, sync_playwright

    if not Path(CHROMIUM).exists():
        raise BenchError(f"no Chromium at {CHROMIUM} (make browser-deps)")
    sizes: dict[str, int] = {}
    armed = threading.Event()

    def finished(request: Request) -> None:
        if armed.is_set():
            size = request.sizes()
            sizes[request.url] = size["responseBodySize"] + size["responseHeadersSize"]

    links = "links => links.map(a => new URL(a.href).pathname)"
    # In the page, when the status line first names the query: the requests done by then (the
    # Resource Timing entries) and the results shown. Python sees it later than the page does.
    watch = """q => {
      const status = document.querySelector('.pb-search__status');
      performance.setResourceTimingBufferSize(10000);
      new MutationObserver(() => {
        if (window.pbFirst || !status.textContent.includes('«' + q + '»')) { return; }
        window.pbFirst = {
          urls: performance.getEntriesByType('resource').map(e => e.name),
          links: Array.from(document.querySelectorAll('.pb-search__link'),
                            a => new URL(a.href).pathname)
        };
      }).observe(status, { childList: true, characterData: true, subtree: true });
    }"""
    with served(site) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context()
            context.on("requestfinished", finished)
            page = context.new_page()
            page.goto(url)
            page.wait_for_load_state("networkidle")
            page.evaluate(watch, query)
            armed.set()
            page.keyboard.press("/")
            page.get_by_role("searchbox", name="Søkeord").press_sequentially(query, delay=15)
            seen = page.wait_for_function("() => window.pbFirst", timeout=60_000).json_value()
            page.wait_for_function(
                "() => !document.querySelector('.pb-search__results').hasAttribute('aria-busy')",
                timeout=60_000,
            )
            page.wait_for_load_state("networkidle")
            final = page.locator(".pb-search__link").evaluate_all(links)
        finally:
            browser.close()
    done = set(seen["urls"])
    return Searched(
        first={url: size for url, size in sizes.items() if url in done},
        whole=dict(sizes),
        early=tuple(map(str, seen["links"])),
        final=tuple(map(str, final)),
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def fetch(url: str, timeout: float) -> str | None:
    """The page's text, or None when it is not there (yet). MkDocs' server holds a page request
    while it rebuilds, so the timeout must cover a whole build."""
    try:
        with urllib.request.urlopen(url, timeout=max(timeout, 0.5)) as response:
            text: str = response.read().decode("utf-8", "replace")
            return text
    except (urllib.error.URLError, OSError):
        return None


def marker_word(rng: random.Random) -> str:
    """Letters only: no digits for the personal-data gate to stop."""
    return "".join(rng.choice("abdefgiklmnoprstuv") for _ in range(10))


def address_of(port: int) -> list[str]:
    return ["-a", f"127.0.0.1:{port}"]


def set_title(decision: Path, title: str) -> None:
    lines = decision.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("title: "))
    lines[at] = f"title: {title}"
    decision.write_text("\n".join(lines), encoding="utf-8")


EDITS: tuple[tuple[str, Callable[[Path, str], None]], ...] = (
    ("body", lambda decision, marker: append_sentence(decision, f"{marker} ble lagt til.")),
    ("field", lambda decision, marker: set_title(decision, f"Fiktivt vedtak med {marker}")),
)
"""What the serve part saves: a sentence appended to the text; the title changed (a field:
shown in the lists of the decision's country, tags, provisions and outcome too)."""


def measure_serve(
    project: Path, repeat: int, log: Path
) -> tuple[dict[str, list[float | None]], str]:
    """Seconds from saving a decision (each of EDITS in turn) to `mkdocs serve` serving its page
    with the change; None for an edit not seen within SERVE_TIMEOUT (then it stops)."""
    decision = decision_to_edit(project)
    address = page_of(decision, project / "site" if (project / "site").is_dir() else None)
    port = free_port()
    rng = random.Random(len(address))
    times: dict[str, list[float | None]] = {what: [] for what, _ in EDITS}
    with log.open("wb") as out:  # the server as `make serve` starts it
        server = subprocess.Popen(
            [
                PRAKSISBANK,
                "mkdocs",
                "serve",
                "--dirtyreload",
                "-f",
                str(project / "mkdocs.yml"),
                *address_of(port),
            ],
            env=environment(),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, ended as one below
        )
        try:
            url = f"http://127.0.0.1:{port}/{address}"
            start = time.perf_counter()
            while fetch(url, 5) is None:
                if server.poll() is not None:
                    raise BenchError(f"mkdocs serve ended (exit {server.returncode}); see {log}")
                if time.perf_counter() - start > SERVE_START_TIMEOUT:
                    raise BenchError(f"mkdocs serve did not serve {url}; see {log}")
                time.sleep(0.5)
            say(f"  serve: first build served after {time.perf_counter() - start:.1f} s")
            for what, edit in [edit for _ in range(repeat) for edit in EDITS]:
                time.sleep(1.0)  # let the watcher settle after the last build
                marker = f"Endringsmerke {marker_word(rng)}"
                start = time.perf_counter()
                edit(decision, marker)
                seen: float | None = None
                while (left := SERVE_TIMEOUT - (time.perf_counter() - start)) > 0:
                    text = fetch(url, left)
                    if text is not None and marker in text:
                        seen = time.perf_counter() - start
                        break
                    time.sleep(0.05)
                times[what].append(seen)
                if seen is None:
                    tail = log.read_text("utf-8", "replace").splitlines()[-6:]
                    say(
                        "  serve: edit not seen; the server's last lines:\n    "
                        + "\n    ".join(tail)
                    )
                    break
                say(f"  serve: {what} edit seen after {seen:.2f} s")
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(server.pid, signal.SIGKILL)
                server.wait()
    return times, address


def count_pdf_pages(site: Path) -> tuple[int, int]:
    from pypdf import PdfReader

    files = sorted(site.rglob("*.pdf"))
    return len(files), sum(len(PdfReader(f).pages) for f in files)


_SUMMARY = re.compile(r"PDF-er på ([\d,.]+) s: (\d+) laget.*?\((\d+) sider")


def plugin_pdf_step(output: str) -> tuple[float, int, int] | None:
    """(seconds, PDFs rendered, pages) from the plugin's own summary line, when it has one."""
    found = _SUMMARY.search(output)
    if not found:
        return None
    return float(found[1].replace(",", ".")), int(found[2]), int(found[3])


@dataclass
class Pdf:
    size: int
    files: int = 0
    pages: int = 0
    without: float = 0.0
    cold: float = 0.0
    warm: float = 0.0
    changed: float = 0.0
    peak_mb: float = 0.0
    step: tuple[float, int, int] | None = None
    changed_step: tuple[float, int, int] | None = None


def measure_pdf(project: Path, size: int) -> Pdf:
    """Builds with PDFs: empty cache, nothing changed, one decision changed (once each); and one
    build without PDFs just before, for the time of the PDF part."""
    config, site = project / "mkdocs.yml", project / "site"
    shutil.rmtree(project / ".cache" / "praksisbank-pdf", ignore_errors=True)
    result = Pdf(size)
    result.without = build(config, site).seconds
    say(f"  pdf: without PDFs {result.without:.1f} s")
    cold = build(config, site, pdf=True)
    result.cold, result.peak_mb = cold.seconds, cold.peak_mb
    result.step = plugin_pdf_step(cold.output)
    result.files, result.pages = count_pdf_pages(site)
    say(f"  pdf: empty cache {cold.seconds:.1f} s, {result.files} PDFs, {result.pages} pages")
    for line in warnings_in(cold.output)[:5]:
        say(f"  pdf: {line}")
    result.warm = build(config, site, pdf=True).seconds
    say(f"  pdf: nothing changed {result.warm:.1f} s")
    append_sentence(decision_to_edit(project), "En setning ble lagt til for målingen.")
    changed = build(config, site, pdf=True)
    result.changed, result.changed_step = changed.seconds, plugin_pdf_step(changed.output)
    say(f"  pdf: one decision changed {result.changed:.1f} s")
    return result


# -- one size -------------------------------------------------------------------------------------


@dataclass
class Row:
    size: int
    files: int | None = None
    check: float | None = None
    """Cold: every text read (``--no-cache``)."""
    check_warm: float | None = None
    """Warm: the store of clean verdicts filled by a run before (nothing changed)."""
    check_cpu: dict[str, float] = field(default_factory=dict)
    """Median CPU seconds of the cold check, the warm one and the start-up."""
    startup: float | None = None
    build: float | None = None
    plain: float | None = None
    plain_search: float | None = None
    peak_mb: float | None = None
    search_bytes: int | None = None
    """The largest first search of QUERIES; `searches` has each: (query, bytes, requests)."""
    searches: list[tuple[str, int, int]] = field(default_factory=list)
    site_mb: float | None = None
    pages: int | None = None
    serve: list[float | None] = field(default_factory=list)
    serve_field: list[float | None] = field(default_factory=list)
    build_cpu: dict[str, float] = field(default_factory=dict)
    """Median CPU seconds of each kind of build: plugin, plain, plain+search, and with
    --no-gate and --before the plugin's other builds (``KINDS``)."""
    build_wall: dict[str, float] = field(default_factory=dict)
    """Median wall seconds of each kind of build, as ``build_cpu``."""
    loads: list[float] = field(default_factory=list)
    """The one-minute load average at the start and end of every build."""
    notes: list[str] = field(default_factory=list)


def measure_size(size: int, work: Path, args: argparse.Namespace) -> Row:
    row = Row(size)
    project = work / f"project-{size}"
    start = time.perf_counter()
    fresh(project)
    generate(project, size)
    say(f"{size} decisions: project generated in {time.perf_counter() - start:.1f} s")
    skip: set[str] = args.skip

    def attempt(part: str, action: Callable[[], object]) -> None:
        try:
            action()
        except BenchError as exc:
            row.notes.append(f"{part}: {exc}".splitlines()[0])
            say(f"  {part} FAILED: {exc}")

    if "check" not in skip:

        def check() -> None:
            empty = work / "empty"
            empty.mkdir(exist_ok=True)
            measured = measure_check(project, empty, args.repeat)
            row.files, row.check, row.check_warm, row.startup, row.check_cpu = measured
            c = row.check_cpu
            say(
                f"  check: {row.files} files, cold {row.check:.2f} s, warm {row.check_warm:.2f} s, "
                f"start-up {row.startup:.2f} s; CPU s cold {c['cold']:.2f}, warm {c['warm']:.2f}, "
                f"start-up {c['start-up']:.2f}: files per CPU second, start-up left out, cold "
                f"{row.files / (c['cold'] - c['start-up']):,.0f}, warm "
                f"{row.files / (c['warm'] - c['start-up']):,.0f}"
            )

        attempt("check", check)

    config, site = project / "mkdocs.yml", project / "site"
    if "build" not in skip:

        def builds() -> None:
            plain_dir = fresh(work / f"plain-{size}")
            plain_config = make_plain(project, plain_dir)
            search_dir = fresh(work / f"plain-search-{size}")
            search_config = make_plain(project, search_dir, search=True)
            other = work / f"other-site-{size}"
            # The baselines first, then the plugin without the gate, then with it: a run cut
            # short still has the ratios without the gate.
            kinds: list[tuple[str, Callable[[], Run]]] = [
                ("plain+search", lambda: build(search_config, search_dir / "site"))
            ]
            if "plain" not in skip:
                kinds.append(("plain", lambda: build(plain_config, plain_dir / "site")))
            code = args.before / "plugins" if args.before else None
            if args.no_gate:
                kinds.append(("plugin, no gate", lambda: build(config, other, gate=False)))
                if code is not None:
                    kinds.append(
                        ("before, no gate", lambda: build(config, other, gate=False, code=code))
                    )
            kinds.append(("plugin", lambda: build(config, site)))
            if code is not None:
                kinds.append(("before", lambda: build(config, other, code=code)))
            runs: dict[str, list[Run]] = {what: [] for what, _ in kinds}
            for turn in range(args.build_repeat):  # interleaved, every other round turned round
                for what, action in kinds if turn % 2 == 0 else kinds[::-1]:
                    row.loads.append(os.getloadavg()[0])
                    done = action()
                    row.loads.append(os.getloadavg()[0])
                    runs[what].append(done)
                    say(f"  build: {what} {done.seconds:.1f} s, CPU {done.cpu:.1f} s")
            shutil.rmtree(other, ignore_errors=True)
            for what, done_runs in runs.items():
                row.build_cpu[what] = median([r.cpu for r in done_runs])
                row.build_wall[what] = median([r.seconds for r in done_runs])
            with_plugin = runs["plugin"]
            for line in warnings_in(with_plugin[0].output)[:5]:
                say(f"  build: {line}")
            row.build = median([r.seconds for r in with_plugin])
            row.plain = row.build_wall.get("plain")
            row.plain_search = row.build_wall["plain+search"]
            row.peak_mb = max(r.peak_mb for r in with_plugin)
            if not args.keep:
                shutil.rmtree(plain_dir)
                shutil.rmtree(search_dir)

        attempt("build", builds)
    if not site.is_dir() and not {"search", "serve"} <= skip:

        def one_build() -> None:  # the site search and serve look at: its time and memory too
            done = build(config, site)
            row.build, row.peak_mb = done.seconds, done.peak_mb
            say(f"  build: plugin {done.seconds:.1f} s, peak {done.peak_mb:,.0f} MB (once)")

        attempt("build", one_build)
    if site.is_dir():
        row.site_mb, row.pages = site_size(site)
    if "search" not in skip and site.is_dir():

        def search() -> None:
            for query in args.queries:
                try:
                    size, requests, results = first_search(site, query)
                except BenchError:
                    raise
                except Exception as exc:  # Playwright's errors: a browser that would not start
                    raise BenchError(f"{type(exc).__name__}: {exc}") from exc
                row.searches.append((query, size, requests))
                row.search_bytes = max(row.search_bytes or 0, size)
                say(
                    f"  search: «{query}» {size / 1000:.0f} KB in {requests} requests, "
                    f"{results} results shown"
                )

        attempt("search", search)
    if "serve" not in skip:

        def serve() -> None:
            times, address = measure_serve(project, args.repeat, work / f"serve-{size}.log")
            row.serve, row.serve_field = times["body"], times["field"]
            say(f"  serve: edits of {address}")

        attempt("serve", serve)
    if not args.keep:
        shutil.rmtree(project)
    return row


# -- the report -----------------------------------------------------------------------------------


def fmt(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def serve_cell(times: list[float | None]) -> str:
    if not times:
        return "n/a"
    if any(t is None for t in times):
        return f"> {SERVE_TIMEOUT:.0f} s"
    return fmt(median([t for t in times if t is not None]), 2)


def table(rows: list[Row]) -> str:
    head = (
        "| decisions | files | check files/s cold / warm (start-up s) | build s "
        "| ×plain (plain s) "
        "| ×plain+search (s) "
        "| s/decision | linearity | peak MB | first search KB | site MB (pages) | serve edit s "
        "| serve field edit s |"
    )
    lines = [head, "|" + "---:|" * head.count(" |")]
    base = next((r.build / r.size for r in rows if r.build is not None), None)
    for r in rows:
        rate = None
        if r.files is not None and r.check is not None and r.startup is not None:
            net = r.check - r.startup
            net_warm = (r.check_warm or 0) - r.startup
            warm = f"{r.files / net_warm:,.0f}" if net_warm > 0 else "n/a"
            rate = f"{r.files / net:,.0f} / {warm} ({r.startup:.2f})" if net > 0 else "n/a"
        per = r.build / r.size if r.build is not None else None
        ratio = with_search = "n/a"
        if r.build is not None and r.plain is not None:
            ratio = f"{r.build / r.plain:.2f} ({r.plain:.1f})"
        if r.build is not None and r.plain_search is not None:
            with_search = f"{r.build / r.plain_search:.2f} ({r.plain_search:.1f})"
        site = "n/a" if r.site_mb is None else f"{r.site_mb:,.0f} ({r.pages:,})"
        cells = [
            f"{r.size:,}",
            "n/a" if r.files is None else f"{r.files:,}",
            rate or "n/a",
            fmt(r.build, 1),
            ratio,
            with_search,
            fmt(per, 4),
            fmt(per / base if per is not None and base else None, 2),
            fmt(r.peak_mb, 0),
            fmt(r.search_bytes / 1000 if r.search_bytes is not None else None, 0),
            site,
            serve_cell(r.serve),
            serve_cell(r.serve_field),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def pdf_table(p: Pdf) -> str:
    part = p.cold - p.without
    step = "n/a"
    if p.step is not None:
        seconds, _, pages = p.step
        step = f"{seconds:.1f} ({pages / seconds:.1f})" if seconds else "n/a"
    rendered = "n/a" if p.changed_step is None else str(p.changed_step[1])
    return "\n".join(
        [
            "| decisions | PDFs | pages | build s, empty cache | PDF part s | pages/s "
            "| plugin's PDF step s (pages/s) | nothing changed s (×) "
            "| one decision changed s (×) | PDFs rendered after the change | peak MB |",
            "|" + "---:|" * 11,
            f"| {p.size:,} | {p.files:,} | {p.pages:,} | {p.cold:.1f} | {part:.1f} "
            f"| {fmt(p.pages / part if part > 0 else None, 1)} | {step} "
            f"| {p.warm:.1f} ({p.warm / p.cold:.2f}) | {p.changed:.1f} ({p.changed / p.cold:.2f}) "
            f"| {rendered} | {p.peak_mb:,.0f} |",
        ]
    )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {date.today()}"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--sizes", default="500,2000,5000", help="numbers of decisions")
    parser.add_argument("--repeat", type=int, default=3, help="runs of check, edits under serve")
    parser.add_argument("--build-repeat", type=int, default=2, help="runs of each whole build")
    parser.add_argument("--pdf-size", type=int, default=500, help="decisions for the PDF builds")
    parser.add_argument("--skip", default="", help=f"comma-separated, of: {', '.join(PARTS)}")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument(
        "--queries",
        default=",".join(QUERIES),
        help="comma-separated first searches (default: the three of QUERIES)",
    )
    parser.add_argument(
        "--no-gate",
        action="store_true",
        help="also build with the rendered-text gate off (build_without_gate.py)",
    )
    parser.add_argument(
        "--before",
        type=Path,
        help="also build with the plugin of another commit: a folder holding its plugins/ "
        "(git archive COMMIT plugins | tar -x -C DIR)",
    )
    args = parser.parse_args()
    args.queries = [q.strip() for q in args.queries.split(",") if q.strip()]
    args.sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    args.skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    if unknown := args.skip - set(PARTS):
        parser.error(f"--skip: unknown {', '.join(sorted(unknown))} (choose from {PARTS})")
    return args


def main() -> None:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="praksisbank-bench-") as tmp:
        work = Path(args.keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows = [measure_size(size, work, args) for size in args.sizes]
        pdf: Pdf | None = None
        pdf_note = ""
        if "pdf" not in args.skip:
            project = work / f"pdf-{args.pdf_size}"
            generate(fresh(project), args.pdf_size)
            say(f"PDFs: {args.pdf_size} decisions")
            try:
                pdf = measure_pdf(project, args.pdf_size)
            except BenchError as exc:
                pdf_note = f"pdf: {exc}".splitlines()[0]
                say(f"  pdf FAILED: {exc}")
            if not args.keep:
                shutil.rmtree(project)
    say(f"done in {time.perf_counter() - _STARTED:.0f} s")
    print(table(rows))
    if pdf is not None:
        print()
        print(pdf_table(pdf))
    print()
    runs = f"runs per median: {args.repeat} (whole builds: {args.build_repeat})"
    print(f"Machine: {machine()}; {runs}.")
    for r in rows:
        if r.searches:
            each = ", ".join(f"«{q}» {b / 1000:.0f} KB ({n} requests)" for q, b, n in r.searches)
            print(f"First search at {r.size:,}: {each}.")
    for r in [r for r in rows if r.build_cpu]:
        cpu, wall, base = r.build_cpu, r.build_wall, r.build_cpu["plain+search"]
        each = ", ".join(
            f"{what} {cpu[what]:.1f} s (×plain+search {cpu[what] / base:.2f})"
            for what in cpu
            if what != "plain+search"
        )
        print(
            f"Build CPU at {r.size:,} (user + system, with the processes each build waited for): "
            f"{each}; plain+search {base:.1f} s."
        )
        each = ", ".join(
            f"{what} {wall[what]:.1f} s (×{wall[what] / wall['plain+search']:.2f})"
            for what in wall
            if what != "plain+search"
        )
        print(
            f"Build wall time at {r.size:,}: {each}; plain+search {wall['plain+search']:.1f} s "
            f"(one-minute load average {min(r.loads):.1f} to {max(r.loads):.1f})."
        )
    for note in [n for r in rows for n in r.notes] + ([pdf_note] if pdf_note else []):
        print(f"Not measured: {note}")


if __name__ == "__main__":
    main()
