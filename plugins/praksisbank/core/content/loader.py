"""Loading a project's content: every file of every kind read, checked and built in one pass.

For each kind of the layout (``Layout.kinds``: the site's ``kinds.KINDS``) the loader finds its
files, reads each one, checks it against the kind's contract, runs the personal-data gate over
every text in it and builds the item. Then the rules across files (``rules.RULES``) run over
everything. Nothing stops at the first problem: every file's problems are collected, and a file
with an error is left out of the content.

The steps live beside this module: ``layout`` (where each kind's files are), ``kindloader`` (one
kind's files, each read, placed, checked and built), ``placement`` (where a file may lie, what its
body must have), ``personal`` (the personal-data gate with the reviewed exceptions),
``published_files`` (files published as they are, the site's settings and theme files) and
``parallel`` (several cores, the live preview's cache).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from praksisbank.core.base.model import Content
from praksisbank.core.base.problems import Problem, Severity
from praksisbank.core.content import allowlist, codeowners
from praksisbank.core.content.allowlist import ALLOW_LIST as ALLOW_LIST
from praksisbank.core.content.documents import read_document, read_yaml
from praksisbank.core.content.kindloader import KindLoader
from praksisbank.core.content.layout import Layout as Layout
from praksisbank.core.content.layout import written_ids as written_ids
from praksisbank.core.content.parallel import FileCache as FileCache
from praksisbank.core.content.parallel import load_all
from praksisbank.core.content.personal import Gate
from praksisbank.core.content.published_files import site_files
from praksisbank.core.content.report import Reporter
from praksisbank.core.content.rules import RULES, Loaded
from praksisbank.core.content.yamlnodes import Parsed


@dataclass(frozen=True, kw_only=True, slots=True)
class LoadResult:
    content: Content
    problems: tuple[Problem, ...]
    exceptions: tuple[allowlist.Excepted, ...] = ()
    """Every finding a reviewed exception let through, in order of file and line."""

    @property
    def excepted_keys(self) -> frozenset[str]:
        """The fingerprints of the values let through (this process's keys): what the
        rendered-text gate lets through on the pages made from them."""
        return frozenset(e.key for e in self.exceptions)

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)


def _reparse(layout: Layout, shown: str) -> Parsed | None:
    """A file's front matter (or YAML) read again, for a problem that points into it."""
    path = layout.root / shown
    if path.suffix == ".md":
        doc = read_document(path, shown)[0]
        return doc.meta if doc is not None else None
    return read_yaml(path, shown)[0]


def load(
    layout: Layout, today: date, cache: FileCache | None = None, *, workers: int = 0
) -> LoadResult:
    """Load and check all content. Problems are sorted; items are sorted by path. With a
    cache, files unchanged since the cache's last load are not read again. `workers`: the
    processes to read a large project with (0: one per core, 1: this one only)."""
    report = Reporter(locate=partial(_reparse, layout))
    gate = Gate(allowlist.read(layout.root, today, report))
    loaders = [KindLoader(kind, layout, today, report, gate) for kind in layout.kinds]
    tasks = [(i, path) for i, loader in enumerate(loaders) for path in loader.paths()]
    if cache is not None:
        cache.load(loaders, tasks, gate)
    else:
        load_all(loaders, tasks, gate, report, workers)
    site_files(layout, gate, report)
    allowlist.stale(gate.allowed, gate.used, report)
    data = {k: v for loader in loaders for k, v in loader.data.items()}
    content = Content(
        items={
            loader.kind.item_type: tuple(sorted(loader.items, key=lambda i: i.path))
            for loader in loaders
        },
        arrivals=tuple(sorted(data.get("arrivals", ()), key=lambda a: (-a.arrivals, a.country))),
        sources=data.get("sources", ()),
        training=data.get("training", ()),
        vocabulary=data.get("vocabulary", ()),
        vocabulary_file=next(
            (v for loader in loaders for k, v in loader.data_paths.items() if k == "vocabulary"),
            "",
        ),
        files=tuple(sorted(f for loader in loaders for f in loader.files)),
    )
    loaded = Loaded(
        content=content,
        broken=frozenset(loader.kind.item_type for loader in loaders if loader.broken),
        data_files={k: v for loader in loaders for k, v in loader.data_paths.items()},
        kinds=layout.kinds,
    )
    for rule in RULES:
        rule(loaded, report)
    if layout.teams:
        code = codeowners.site_code(layout.root, layout.theme_dirs)
        codeowners.check(content, layout.teams, layout.root, report, code)
    failed = report.failed()
    published = Content(
        items={
            kind: tuple(i for i in items if i.path not in failed)
            for kind, items in content.items.items()
        },
        arrivals=content.arrivals,
        sources=content.sources,
        training=content.training,
        vocabulary=content.vocabulary,
        vocabulary_file=content.vocabulary_file,
        files=content.files,
    )
    problems = tuple(sorted(replace(p, file=gate.shown_path(p.file)) for p in report.problems()))
    exceptions = tuple(sorted(replace(e, file=gate.shown_path(e.file)) for e in gate.excepted))
    return LoadResult(content=published, problems=problems, exceptions=exceptions)
