"""How fast the personal-data gates are: the source gate per megabyte, the rendered-text gate
per page, and what the rendered-text gate adds to a whole build.

Builds bodies of about 1 MB each (ordinary prose with numbers that must pass, a pasted data
URI, one long token, a million digits, and some deliberately dense inputs, among them one per
kind that needs a library or the name list for each candidate), then times
`find_personal_data` and `mask_digits` on each. The gate is meant to be linear: every line
should be well under a second. Times are CPU seconds of this process (`time.process_time`):
the machine is shared and noisy, so wall time says little; the best of a few runs counts.

    .venv/bin/python benchmarks/bench_anonymity.py [--size 1000000] [--repeat 3]
        [--build 2000] [--builds 3]

With ``--build N`` it also writes a fictional project of N decisions (``synthetic.py``), and
builds it in this process, PDFs off, with the rendered-text gate and without it (the gate
swapped for one that reads nothing: only this benchmark can do that), ``--builds`` times each;
it prints the median of each and their ratio, in wall time and in CPU time of the process and
its children (the gate's workers, Pagefind), each build's CPU seconds, and the one-minute load
average before and after the counted builds (wall time on a shared machine says little without
it). One build without the gate comes first and is not
counted (the first build of a process pays for imports and caches the others find warm), then
the two kinds alternate, the order turned round each time (without, with; with, without; …).
A build the gate stops (it found something in the generated text) is counted as it is: the
gate read everything before it said so; the benchmark says how many stopped.

The builds with the gate come in three kinds (stop 23, ``core/gate/verdicts.py``): cold (the
store of clean verdicts off, every text read: the gate as before), warm (the store on, filled
by the builds before: the same content again) and changed (the store on, one decision's body
given one more sentence, new in every round, then put back). The store lives in a folder of
this benchmark's own (``XDG_CACHE_HOME``), filled by one warm build before the counted ones.
Builds without the gate run with the store off: the build before the second gate.

Then it times the rendered-text gate alone, in CPU seconds of one process, on the site the last
build without the gate published, part by part as the build reads it (the theme's own files
left out, the names the site may show, the attribute cache): the pages (making the visible text,
reading it, reading a page's table cells side by side, the attribute values not seen before),
the search records, the JSON files, the sitemap, the feeds, the site's scripts and styles, the
other files, the addresses. ``--profile FILE`` also writes a cProfile of that part to FILE.
"""

from __future__ import annotations

import argparse
import base64
import logging
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from build_without_gate import NoGate

from praksisbank.core.gate.anonymity import find_personal_data, mask_digits

ROOT = Path(__file__).resolve().parent
PROSE = (
    "Søkeren kom til Norge i 2019 og søkte beskyttelse. Etter utl. § 28 første ledd bokstav a "
    "vurderes risikoen ved retur; se også § 38 og IM 2016-003. Om lag 25 000 000 mennesker er "
    "fordrevet, og tiltaket kostet 1 500 kroner per dag. Intervjuet ble holdt 2024-05-17 og "
    "vedtaket fattet 17.05.2024 (VB-AFG-2024-017, PA-AFG-2026-001). Kontakt **fagenheten** "
    "ved spørsmål, se [rutinen](https://example.org/rutine?side=3#del-2).\n\n"
)


def bodies(size: int) -> dict[str, str]:
    rng = random.Random(8)
    noise = bytes(rng.getrandbits(8) for _ in range(size * 3 // 4))
    uri = "![skjermbilde](data:image/png;base64," + base64.b64encode(noise).decode() + ")"
    return {
        "ordinary prose": (PROSE * (size // len(PROSE) + 1))[:size],
        "data URI (base64)": uri[:size],
        "one long token": "a" * size,
        "a million digits": ("0123456789" * (size // 10 + 1))[:size],
        "word@ repeated": ("a@b" * (size // 3 + 1))[:size],
        "digit groups '12 '": ("12 " * (size // 3 + 1))[:size],
        "phone numbers '22 33 44 55 '": ("22 33 44 55 " * (size // 12 + 1))[:size],
        "spaces after a digit": "1" + " " * (size - 2) + "2",
        "entities '&#48;'": ("&#48;" * (size // 5 + 1))[:size],
        # the other kinds (core/gate/personaldata.py): a library or a list lookup per candidate
        "capitalised pairs 'Aaa Bbb '": ("Aaa Bbb " * (size // 8 + 1))[:size],
        "names 'Kari Nordmann '": ("Kari Nordmann " * (size // 14 + 1))[:size],
        "'født 17.05.1990 '": ("født 17.05.1990 " * (size // 16 + 1))[:size],
        "'+46 70 123 45 67 '": ("+46 70 123 45 67 " * (size // 17 + 1))[:size],
        "'Storgata 12 '": ("Storgata 12 " * (size // 12 + 1))[:size],
    }


def best(func: Callable[[str], object], text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.process_time()
        func(text)
        times.append(time.process_time() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per body")
    parser.add_argument("--repeat", type=int, default=3, help="runs per body; the best counts")
    parser.add_argument("--build", type=int, default=0, help="decisions in a build to time")
    parser.add_argument("--builds", type=int, default=3, help="builds with and without the gate")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the gate's parts here")
    args = parser.parse_args()
    megabytes = args.size / 1_000_000
    print(f"{'body':<32} {'find s/MB':>10} {'mask s/MB':>10} {'findings':>9}")
    for name, text in bodies(args.size).items():
        find = best(find_personal_data, text, args.repeat) / megabytes
        mask = best(mask_digits, text, args.repeat) / megabytes
        print(f"{name:<32} {find:>10.3f} {mask:>10.3f} {len(find_personal_data(text)):>9}")
    if args.build:
        build_cost(args.build, args.builds, args.profile)

    def close(self) -> None:
        pass


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its children that have ended (the gate's worker
    processes end with each build): on a shared machine this says more than wall time."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def build_cost(decisions: int, builds: int, profile: Path | None = None) -> None:
    """The build of a fictional project with and without the rendered-text gate (see above)."""
    sys.path.insert(0, str(ROOT))
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException
    from synthetic import generate

    from praksisbank.mkdocs_adapter import protect

    os.environ.update(PRAKSISBANK_PDF="0", NO_MKDOCS_2_WARNING="1")
    logging.getLogger("mkdocs").setLevel(logging.CRITICAL)
    names = vars(protect)
    real = names["published_gate"]
    kinds = {
        "uten": "without the rendered-text gate",
        "kald": "with it, cold (no store)",
        "varm": "with it, warm (same content)",
        "endret": "with it, warm, one decision changed",
    }
    times: dict[str, list[float]] = {label: [] for label in kinds}
    cpu: dict[str, list[float]] = {label: [] for label in kinds}
    loads: list[float] = []  # the one-minute load average before and after each counted build
    stopped = 0
    with tempfile.TemporaryDirectory() as work:
        project = Path(work) / "prosjekt"
        generate(project, decisions)
        os.environ["XDG_CACHE_HOME"] = str(Path(work) / "cache")  # the store: this run's own
        edited = sorted((project / "decision_bank").rglob("*.md"))[0]
        original = edited.read_text(encoding="utf-8")
        order = [("uten", False), ("varm", False)]  # warm-up, and the store filled: not counted
        labels = list(kinds)
        for n in range(builds):
            turn = labels[n % len(labels) :] + labels[: n % len(labels)]
            order += [(label, True) for label in turn]
        for n, (label, counted) in enumerate(order):
            names["published_gate"] = real if label != "uten" else lambda *a, **k: NoGate()
            os.environ["PRAKSISBANK_VERDICT_CACHE"] = "1" if label in ("varm", "endret") else "0"
            if label == "endret":
                edited.write_text(original + f"\nSaken ble vurdert på nytt i runde {n}.\n", "utf-8")
            started, used = time.perf_counter(), _cpu_seconds()
            before = os.getloadavg()[0]
            try:
                build(load_config(str(project / "mkdocs.yml")))
            except MkDocsException:
                if label == "uten":
                    raise
                stopped += 1
            finally:
                edited.write_text(original, encoding="utf-8")
            if counted:
                times[label].append(time.perf_counter() - started)
                cpu[label].append(_cpu_seconds() - used)
                loads += [before, os.getloadavg()[0]]
        names["published_gate"] = real
        os.environ["PRAKSISBANK_VERDICT_CACHE"] = "0"  # the parts below: read cold
        print()
        print(f"build of {decisions} decisions, PDFs off, median of {builds} of each "
              f"(cores: {os.cpu_count()}, one-minute load average {min(loads):.1f} to "
              f"{max(loads):.1f} over the counted builds)")  # fmt: skip
        base_wall, base_cpu = statistics.median(times["uten"]), statistics.median(cpu["uten"])
        print(f"  {'':<40} {'wall s':>8} {'ratio':>7} {'CPU s':>8} {'ratio':>7}   CPU of each")
        for label, shown in kinds.items():
            wall, used = statistics.median(times[label]), statistics.median(cpu[label])
            print(f"  {shown:<40} {wall:8.2f} {wall / base_wall:6.3f}x {used:8.2f} "
                  f"{used / base_cpu:6.3f}x   {_each(cpu[label])}")  # fmt: skip
        print("  (CPU: this process and its children: the gate's workers, Pagefind)")
        if stopped:
            print(f"  {stopped} builds with the gate were stopped by it (counted)")
        sys.stdout.flush()
        parts = gate_parts(project, profile)
    print("  the gate alone, CPU seconds of one process, part by part:")
    for part, (count, seconds) in parts.items():
        print(f"    {part:<40} {count:>6} {seconds:8.2f} s")
    print(f"    {'all':<40} {'':>6} {sum(s for _, s in parts.values()):8.2f} s")


def _each(values: list[float]) -> str:
    return "(" + ", ".join(f"{v:.1f}" for v in values) + ")"


def gate_parts(project: Path, profile: Path | None) -> dict[str, tuple[int, float]]:
    """The rendered-text gate on the published site of ``project``, part by part, in CPU
    seconds of this process, read as the build reads it (see the module's docstring)."""
    import cProfile
    from datetime import date

    from mkdocs.config import load_config

    from praksisbank.core.content.layout import Layout
    from praksisbank.core.content.loader import load
    from praksisbank.core.gate import rendered, sitegate
    from praksisbank.core.gate.rendered import scanning
    from praksisbank.mkdocs_adapter.postbuild import theme_file

    site = project / "site"
    config = load_config(str(project / "mkdocs.yml"))
    pristine = theme_file(config)
    content = load(Layout.default(project), date.today(), workers=1).content
    known = rendered.known_names(content)
    pages = sorted(site.rglob("*.html"))
    kinds: dict[str, list[tuple[str, Path]]] = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        published = path.relative_to(site).as_posix()
        if path.suffix in (".html", *sitegate.SKIPPED_SUFFIXES) or pristine(published, path):
            continue
        kinds.setdefault(_kind(path), []).append((published, path))
    profiler = cProfile.Profile() if profile else None
    parts: dict[str, tuple[int, float]] = {}

    def timed(part: str, count: int, work: Callable[[], object]) -> None:
        started = time.process_time()
        if profiler:
            profiler.enable()
        work()
        if profiler:
            profiler.disable()
        parts[part] = (count, time.process_time() - started)

    htmls = [page.read_text(encoding="utf-8") for page in pages]
    shown = [rendered.visible_text(page) for page in htmls[:1]]
    timed(
        "pages: the visible text",
        len(htmls),
        lambda: shown.extend(map(rendered.visible_text, htmls)),
    )
    shown = shown[1:]
    texts = [s.text for s in shown]
    own: list[list[rendered.Seen]] = []
    timed(
        "pages: reading it",
        len(texts),
        lambda: own.extend(scanning._scan(t, rendered.TEXT, (), known) for t in texts),
    )
    tables = [(t, found) for t, found in zip(texts, own, strict=True) if rendered.CELL in t]
    timed("pages: cells side by side", len(tables),
          lambda: [_cells(t, known, found) for t, found in tables])  # fmt: skip
    timed("pages: title split", len(texts), lambda: [
        rendered._title_split(page, t, ()) for page, t in zip(htmls, texts, strict=True)
    ])  # fmt: skip
    clean: set[str] = set()
    values = [list(dict.fromkeys(s.hidden.split(rendered.APART))) for s in shown]
    timed("pages: attribute values not seen before", len(values),
          lambda: [rendered._scan_new(v, "", (), known, clean) for v in values])  # fmt: skip
    for kind, files in sorted(kinds.items()):
        timed(kind, len(files), lambda files=files: [  # type: ignore[misc]
            sitegate.gate_file(published, path, None, known) for published, path in files
        ])  # fmt: skip
    addresses = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    timed("addresses", len(addresses), lambda: sitegate._in_addresses(addresses, known))
    if profiler and profile:
        profiler.dump_stats(profile)
    return parts


def _cells(text: str, known: frozenset[str], found: list[Any]) -> object:
    """A page's table cells read side by side, as ``rendered.in_page`` reads them (the code
    before ``cells_side_by_side`` read the whole text with every detector: timed so there)."""
    from praksisbank.core.gate import rendered
    from praksisbank.core.gate.rendered import cells, scanning

    if hasattr(rendered, "cells_side_by_side"):
        return rendered.cells_side_by_side(text, (), known, found)
    seen = {s.finding.fingerprint for s in found}
    joined = [
        s
        for s in scanning._scan(text.replace(rendered.CELL, " "), rendered.TEXT, (), known)
        if s.finding.what in rendered.ACROSS_CELLS and s.finding.fingerprint not in seen
    ]
    return joined + cells._across_cells(text, (), seen | {s.finding.fingerprint for s in joined})


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pf_fragment":
        return "search records"
    if path.name.startswith("sitemap"):
        return "sitemap"
    if suffix in (".xml", ".rss", ".atom"):
        return "feeds"
    if suffix in (".json", ".map", ".webmanifest"):
        return "JSON"
    if suffix in (".js", ".css"):
        return "scripts and styles"
    return "other files"


if __name__ == "__main__":
    main()
