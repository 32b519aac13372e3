"""Reading many files on several cores, and the live preview's cache of what each file gave."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from praksisbank.core.base.problems import Problem
from praksisbank.core.content import allowlist
from praksisbank.core.content.kindloader import KindLoader, Part
from praksisbank.core.content.layout import Layout
from praksisbank.core.content.personal import Gate
from praksisbank.core.content.report import Reporter
from praksisbank.core.content.yamlnodes import Parsed
from praksisbank.core.gate import verdicts
from praksisbank.core.gate.anonymity import examine

PARALLEL_FROM = 400
"""From this many files, the files are read and checked in as many processes as there are
cores: each file's checks depend only on the file, so the work divides evenly."""


_WARM_UP = (
    "Søkeren Amir Hassan heter Wardak, og broren kalles «Logar». Han bor i Storgata 12, "
    "0150 Oslo, født 01.02.1990."
)
"""A text that makes the personal-data gate read its lists of names and places (about 90 ms,
on first use): read before the fork, they are read once and shared, not once a process."""


def _workers(count: int, wanted: int = 0) -> int:
    """How many processes to read `count` files with: 1 where it would not pay, where the
    operating system cannot fork, or where threads run (a live preview: forking then is unsafe).
    `wanted` (the ``workers`` setting) sets the number; 1 turns it off, 0 leaves it to us."""
    if wanted > 0:
        workers = wanted
    elif count >= PARALLEL_FROM:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    else:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 1
    return workers


_Task = tuple[int, Path]
_Allowed = Mapping[str, allowlist.Entry]
_Job = tuple[Layout, date, _Allowed, list[_Task]]
_Used = tuple[set[str], list[allowlist.Excepted]]


def _load_files(job: _Job) -> tuple[list[Part], list[Problem], _Used, list[bytes]]:
    """In a worker process: load some files, each with the loader of its kind. The parsed
    front matter stays here (sending it is slower than reading it again where needed). Last:
    the clean verdicts the store of this (forked) process used or learned (``verdicts.take``)."""
    layout, today, allowed, tasks = job
    report, gate = Reporter(), Gate(allowed)
    loaders = [KindLoader(kind, layout, today, report, gate) for kind in layout.kinds]
    verdicts.take()  # the parent's, copied by the fork: it has them
    for index, path in tasks:
        loaders[index].safe_file(path)
    parts = [loader.result() for loader in loaders]
    return parts, report.contents(), (gate.used, gate.excepted), verdicts.take()


_FileResult = tuple[Part, list[Problem], dict[str, Parsed], _Used]


class FileCache:
    """What each file gave in the last load, by the file's content: a live preview that loads
    again after every save reads and checks only the files that changed. A result holds only
    while the folders, "today" and the personal-data exceptions are the same."""

    def __init__(self) -> None:
        self._context: tuple[Layout, date, _Allowed] | None = None
        self._results: dict[tuple[int, Path], tuple[bytes, _FileResult]] = {}

    def load(self, loaders: list[KindLoader], tasks: list[_Task], gate: Gate) -> None:
        first = loaders[0]
        context = (first.layout, first.today, gate.allowed)
        if context != self._context:
            self._context, self._results = context, {}
        results = {}
        for index, path in tasks:
            try:
                digest = hashlib.blake2b(path.read_bytes(), digest_size=16).digest()
            except OSError:
                digest = b""  # the loader reports the file; nothing is kept
            cached = self._results.get((index, path))
            if cached is not None and cached[0] == digest and digest:
                result = cached[1]
            else:
                result = _load_file(first.layout, first.today, gate.allowed, index, path)
            results[(index, path)] = (digest, result)
            part, problems, parsed, used = result
            loaders[index].merge(part)
            first.report.merge(problems, parsed)
            gate.used.update(used[0])
            gate.excepted.extend(used[1])
        self._results = results  # files gone since the last load are forgotten


def _load_file(
    layout: Layout, today: date, allowed: _Allowed, index: int, path: Path
) -> _FileResult:
    report, gate = Reporter(), Gate(allowed)
    loader = KindLoader(layout.kinds[index], layout, today, report, gate)
    loader.safe_file(path)
    return loader.result(), report.contents(), report.remembered(), (gate.used, gate.excepted)


def load_all(
    loaders: list[KindLoader], tasks: list[_Task], gate: Gate, report: Reporter, wanted: int
) -> None:
    """Every file, each with the loader of its kind: on several cores, this process reads the
    first share itself while the others read theirs (only their results travel)."""
    workers = _workers(len(tasks), wanted)
    left = tasks
    if workers > 1:
        loader = loaders[0]
        size = -(-len(tasks) // workers)
        shares = [tasks[i : i + size] for i in range(0, len(tasks), size)]
        jobs = [(loader.layout, loader.today, gate.allowed, share) for share in shares[1:]]
        examine(_WARM_UP)
        try:
            with multiprocessing.get_context("fork").Pool(len(jobs)) as pool:
                pending = pool.map_async(_load_files, jobs)
                for index, path in shares[0]:
                    loaders[index].safe_file(path)
                left = [task for share in shares[1:] for task in share]
                results = pending.get()
        except Exception:  # a worker that failed: read its files here instead
            results = []
        for parts, problems, used, clean in results:
            for kind_loader, part in zip(loaders, parts, strict=True):
                kind_loader.merge(part)
            report.merge(problems)
            gate.used.update(used[0])
            gate.excepted.extend(used[1])
            verdicts.learn(clean)
        if results:
            return
    for index, path in left:
        loaders[index].safe_file(path)
