"""A save under the live preview, end to end, for two versions of the code side by side
(issue 22, item 4).

Each version runs ``praksisbank mkdocs serve --dirtyreload`` (as ``make serve``) on its own copy of
one generated project; once both have served their first build, the same edits of the newest
decision as in ``bench.py`` (a sentence appended, then its title changed) are made in turn on
each server, the order turned round every round, each waited for until the server's page shows
it. So both versions meet the same load in the same minutes. For each edit:

- wall seconds from the save to the page with the change (what a reader waits for);
- CPU seconds of the server's main thread (``/proc/PID/task/PID/stat``) and of every process of
  its group (its other threads: the file watcher, the server, the background search index; and
  Pagefind) over the same span;
- the load average.

    .venv/bin/python benchmarks/bench_serve.py --project DIR [--before OLD/plugins]
        [--after NEW/plugins] [--repeat 3]

``--project`` is a generated project (``synthetic.py``; ``--decisions N`` makes one there when it
is missing). Both copies are made beside it and kept (``--fresh`` copies them again).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import (
    EDITS,
    PRAKSISBANK,
    SERVE_START_TIMEOUT,
    SERVE_TIMEOUT,
    address_of,
    decision_to_edit,
    environment,
    fetch,
    free_port,
    marker_word,
    page_of,
    say,
)
from synthetic import generate

_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu(stat: Path) -> float:
    """utime + stime of a /proc stat file, in seconds (0 when it is gone)."""
    try:
        text = stat.read_text(encoding="ascii")
    except OSError:
        return 0.0
    fields = text[text.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS


def group_cpu(group: int) -> float:
    """CPU seconds of every live process in a process group (and what each has waited for)."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            text = (entry / "stat").read_text(encoding="ascii")
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        if int(fields[2]) == group:  # pgrp
            total += (
                int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
            ) / _TICKS
    return total


@dataclass
class Server:
    name: str
    project: Path
    code: Path | None
    log: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    url: str = ""
    seen: dict[str, list[float]] = field(default_factory=dict)
    main_cpu: dict[str, list[float]] = field(default_factory=dict)
    all_cpu: dict[str, list[float]] = field(default_factory=dict)

    def start(self) -> None:
        env = environment()
        if self.code is not None:
            env["PYTHONPATH"] = os.pathsep.join(
                filter(None, [str(self.code), env.get("PYTHONPATH")])
            )
        self.port = free_port()
        decision = decision_to_edit(self.project)
        self.url = f"http://127.0.0.1:{self.port}/{page_of(decision, None)}"
        command = [
            PRAKSISBANK,
            "mkdocs",
            "serve",
            "--dirtyreload",
            "-f",
            str(self.project / "mkdocs.yml"),
        ]
        self.process = subprocess.Popen(
            [*command, *address_of(self.port)],
            env=env,
            stdout=self.log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def main_thread_cpu(self) -> float:
        assert self.process is not None
        return _cpu(Path(f"/proc/{self.process.pid}/task/{self.process.pid}/stat"))

    def stop(self) -> None:
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def wait_served(servers: list[Server]) -> None:
    start = time.perf_counter()
    waiting = list(servers)
    while waiting:
        for server in list(waiting):
            assert server.process is not None
            if server.process.poll() is not None:
                raise SystemExit(f"{server.name}: the server ended; see {server.log}")
            if fetch(server.url, 5) is not None:
                say(f"{server.name}: first build served after {time.perf_counter() - start:.0f} s")
                waiting.remove(server)
        if time.perf_counter() - start > SERVE_START_TIMEOUT:
            raise SystemExit("a first build was not served in time")
        time.sleep(1.0)


def edit_once(server: Server, what: str, rng: random.Random) -> None:
    assert server.process is not None
    edit = dict(EDITS)[what]
    decision = decision_to_edit(server.project)
    marker = f"Endringsmerke {marker_word(rng)}"
    main, group = server.main_thread_cpu(), group_cpu(server.process.pid)
    start = time.perf_counter()
    edit(decision, marker)
    while time.perf_counter() - start < SERVE_TIMEOUT:
        text = fetch(server.url, SERVE_TIMEOUT)
        if text is not None and marker in text:
            break
        time.sleep(0.05)
    else:
        raise SystemExit(f"{server.name}: the {what} edit was not seen; see {server.log}")
    seen = time.perf_counter() - start
    server.seen.setdefault(what, []).append(seen)
    server.main_cpu.setdefault(what, []).append(server.main_thread_cpu() - main)
    server.all_cpu.setdefault(what, []).append(group_cpu(server.process.pid) - group)
    say(
        f"{server.name}: {what} edit seen after {seen:.2f} s (main thread "
        f"{server.main_cpu[what][-1]:.2f} s CPU, its processes {server.all_cpu[what][-1]:.2f} s; "
        f"load {os.getloadavg()[0]:.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--project", type=Path, required=True)
    parser.add_argument("--decisions", type=int, default=5000, help="when --project is missing")
    parser.add_argument("--before", type=Path, help="the other code's plugins/ folder")
    parser.add_argument("--after", type=Path, help="this code's plugins/ folder, if not here")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pause", type=float, default=1.0, help="seconds between two edits")
    parser.add_argument("--fresh", action="store_true", help="copy the project again")
    args = parser.parse_args()
    if not (args.project / "mkdocs.yml").is_file():
        generate(args.project, args.decisions)
    versions: list[tuple[str, Path | None]] = [("after", args.after and args.after.resolve())]
    if args.before is not None:
        versions.insert(0, ("before", args.before.resolve()))
    servers = []
    for name, code in versions:
        copy = args.project.with_name(f"{args.project.name}-{name}")
        if args.fresh or not (copy / "mkdocs.yml").is_file():
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(args.project, copy)
        servers.append(Server(name, copy, code, args.project.with_name(f"serve-{name}.log")))
    rng = random.Random()
    try:
        for server in servers:
            server.start()
        wait_served(servers)
        for turn in range(args.repeat):
            for server in servers if turn % 2 == 0 else servers[::-1]:
                for what, _ in EDITS:
                    time.sleep(args.pause)  # as bench.py: the watcher settles
                    edit_once(server, what, rng)
    finally:
        for server in servers:
            server.stop()
    print(
        f"\n| {args.project.name} | edit | seen after, wall s (median) | main thread CPU s | "
        "its processes' CPU s |"
    )
    print("|---|---|---:|---:|---:|")
    for server in servers:
        for what, _ in EDITS:
            seen = server.seen.get(what, [])
            cells = [
                ", ".join(f"{v:.2f}" for v in seen) + f" ({statistics.median(seen):.2f})",
                ", ".join(f"{v:.2f}" for v in server.main_cpu[what]),
                ", ".join(f"{v:.2f}" for v in server.all_cpu[what]),
            ]
            print(f"| {server.name} | {what} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
