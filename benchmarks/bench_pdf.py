"""How long the PDFs take: a full build, a second build with nothing changed, a build after one
decision changed, and pages per second.

Copies the demo (or, with --decisions, a fictional project with that many decisions, made as in
bench_build.py) into a temporary folder with its own PDF cache, then runs `mkdocs build` in this
process four times:

1. the site alone (PRAKSISBANK_PDF=0), for comparison;
2. with the PDFs and an empty cache: every PDF is rendered, on every core;
3. again with nothing changed: every PDF comes from the cache;
4. after one decision's text changed: its PDF and its country's bundle are rendered again.

Pages per second: all rendered pages over the time of the PDF step; and the largest bundle alone,
rendered once more in this process (one core, no pool), then three times untagged and tagged
(PDF/UA-1), alternately, for what tagging costs in CPU time.

    .venv/bin/python benchmarks/bench_pdf.py [--decisions N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_build import ROOT, TODAY, make_project
from mkdocs.commands.build import build
from mkdocs.config import load_config

from praksisbank.core.pdf import build as pdf
from praksisbank.core.pdf import render as pdfrender
from praksisbank.core.pdf.render import render


def copy_demo(target: Path) -> None:
    for name in (
        "mkdocs.yml",
        "decision_bank",
        "practice_notes",
        "practice_clarifications",
        "interview_guides",
        "docs",
    ):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        elif source.is_file():
            shutil.copy(source, target / name)


def run_build(project: Path, pdfs: bool) -> tuple[float, pdf.Report | None]:
    os.environ[pdf.ENV] = "1" if pdfs else "0"
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    start = time.perf_counter()
    build(config)
    seconds = time.perf_counter() - start
    plugin: Any = config.plugins["praksisbank"]
    return seconds, plugin.pdf_report if pdfs else None


def change_one_decision(project: Path) -> Path:
    # The newest decision: current, so it is printed in its country's bundle too.
    decision = max((project / "decision_bank").rglob("*.md"), key=lambda p: (p.name, str(p)))
    text = decision.read_text(encoding="utf-8")
    marker = "\n## Konklusjon\n"
    decision.write_text(
        text.replace(marker, "\nEn setning lagt til for målingen.\n" + marker, 1), encoding="utf-8"
    )
    return decision


def largest_bundle(
    project: Path, report: pdf.Report
) -> tuple[str, int, float, dict[str | None, float]]:
    """The bundle with most pages, rendered again here on one core: (name, pages, seconds, and
    the least CPU seconds of three renders untagged (None) and tagged (PDF/UA-1), alternately)."""
    bundles = [o for o in report.outcomes if "landpakke" in o.path and not o.cached]
    biggest = max(bundles, key=lambda o: o.pages)
    site = project / "site"
    from praksisbank.core.content.loader import Layout, load
    from praksisbank.core.pdf.jobs import jobs
    from praksisbank.core.practice.site import Site, SiteOptions
    from praksisbank.core.views.render import environment

    content = load(Layout.default(project), TODAY).content
    built = Site(content, SiteOptions(today=TODAY, demo=True, pdf=True))
    settings = pdf.Settings(
        site_dir=site,
        cache_dir=project / pdf.CACHE,
        site_url="https://praksisbanken.intern.example/",
    )
    assembler = pdf.Assembler(built, environment(), settings)
    job = next(j for j in jobs(built) if j.path == biggest.path)
    prepared = assembler.prepare(job)
    start = time.perf_counter()
    _, rendered = render(prepared.html, prepared.base_url, site)
    seconds = time.perf_counter() - start
    # What tagging costs, in CPU time of this process (wall time drifts with the machine's load).
    cpu: dict[str | None, list[float]] = {None: [], pdfrender.VARIANT: []}
    tagged = pdfrender.VARIANT
    try:
        for _ in range(3):
            for variant in cpu:
                pdfrender.VARIANT = variant
                before = time.process_time()
                render(prepared.html, prepared.base_url, site)
                cpu[variant].append(time.process_time() - before)
    finally:
        pdfrender.VARIANT = tagged
    return biggest.path, rendered.pages, seconds, {k: min(v) for k, v in cpu.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--decisions", type=int, default=0, help="0: the demo as it is")
    parser.add_argument("--keep", type=Path, help="keep the project and its PDFs in this folder")
    args = parser.parse_args()
    os.environ["PRAKSISBANK_TODAY"] = TODAY.isoformat()
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        project = args.keep or Path(tmp) / "prosjekt"
        project.mkdir(parents=True, exist_ok=True)
        if args.decisions:
            make_project(project, args.decisions)
            for name in ("practice_clarifications",):
                shutil.copytree(ROOT / name, project / name, dirs_exist_ok=True)
        else:
            copy_demo(project)
        shutil.rmtree(project / pdf.CACHE, ignore_errors=True)
        cores = os.cpu_count()

        site_only, _ = run_build(project, pdfs=False)
        print(f"site alone (PRAKSISBANK_PDF=0):  {site_only:6.2f} s", flush=True)

        cold, report = run_build(project, pdfs=True)
        assert report is not None
        rendered = report.rendered
        print(
            f"full build, empty cache:         {cold:6.2f} s  ({len(report.outcomes)} PDFs, "
            f"{len(rendered)} rendered, {report.pages} pages; PDF step {report.seconds:.2f} s, "
            f"{report.pages / report.seconds:.1f} pages/s on {report.workers} of {cores} cores)",
            flush=True,
        )
        first = report

        warm, report = run_build(project, pdfs=True)
        assert report is not None
        print(
            f"second build, nothing changed:   {warm:6.2f} s  ({len(report.rendered)} rendered; "
            f"PDF step {report.seconds:.2f} s)",
            flush=True,
        )

        changed = change_one_decision(project)
        after, report = run_build(project, pdfs=True)
        assert report is not None
        names = ", ".join(o.path for o in report.rendered)
        print(
            f"after one decision changed:      {after:6.2f} s  ({len(report.rendered)} rendered: "
            f"{names}; PDF step {report.seconds:.2f} s)  [{changed.name}]",
            flush=True,
        )

        name, pages, seconds, cpu = largest_bundle(project, first)
        print(
            f"largest bundle, one core:        {seconds:6.2f} s  ({name}, {pages} pages, "
            f"{pages / seconds:.1f} pages/s)",
            flush=True,
        )
        untagged, tagged = cpu[None], cpu[pdfrender.VARIANT]
        print(
            f"  CPU, least of 3:               {untagged:6.2f} s untagged, {tagged:.2f} s tagged "
            f"({pdfrender.VARIANT}, {(tagged / untagged - 1) * 100:+.0f} %)"
        )


if __name__ == "__main__":
    main()
