"""The project's own habits: the lock files hold what pyproject.toml asks for, and the unit
tests run without Playwright."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(lock: str) -> dict[str, str]:
    """The lock file's pins, by normalized package name; every line must be an exact pin."""
    found: dict[str, str] = {}
    for line in (ROOT / lock).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, sep, version = line.partition("==")
        assert sep and version and ";" not in line and " " not in line, f"{lock}: {line}"
        found[normalized(name)] = version
    return found


def wanted(extra: str | None) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = project["optional-dependencies"][extra] if extra else project["dependencies"]
    return [Requirement(r) for r in names]


@pytest.mark.parametrize(
    ("lock", "extras"), [("requirements.lock", [None]), ("requirements-test.lock", [None, "test"])]
)
def test_the_lock_holds_what_pyproject_asks_for(lock: str, extras: list[str | None]) -> None:
    locked = pins(lock)
    for extra in extras:
        for requirement in wanted(extra):
            version = locked.get(normalized(requirement.name))
            assert version is not None, f"{requirement.name} is not in {lock}: run `make lock`"
            assert requirement.specifier.contains(version, prereleases=True), (
                f"{lock} has {requirement.name}=={version}, pyproject.toml asks for "
                f"{requirement}: run `make lock`"
            )


def test_the_test_lock_keeps_the_runtime_pins() -> None:
    runtime, test = pins("requirements.lock"), pins("requirements-test.lock")
    assert {name: test.get(name) for name in runtime} == runtime


def test_the_unit_tests_do_not_import_playwright() -> None:
    # In a fresh interpreter: this session may already have imported it for the browser tests.
    probe = (
        "import sys; import conftest, helpers; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('playwright', 'axe_playwright_python', 'browser_fixtures')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=TESTS, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_gate_reads_again_every_text_it_found_something_in() -> None:
    """gate_memo.py (on for the whole run) keeps only clean verdicts: a text with a finding is
    read, and found, each time; a clean one asked again is answered without reading it."""
    import gate_memo
    from helpers import identity_number
    from praksisbank.core.gate import rendered

    leak = f"<p>Personnummer {identity_number('170592')}</p>"
    clean = "<p>Søkeren forklarte seg om reisen.</p>"
    assert rendered.in_page(leak) and rendered.in_page(leak)
    before = dict(gate_memo.STATS)
    assert rendered.in_page(clean) == [] and rendered.in_page(clean) == []
    assert gate_memo.STATS["kept"] - before["kept"] >= 1


def test_a_patched_gate_is_never_answered_from_kept_verdicts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A test that patches the gate (a spy, a detector made to fire everywhere) sees the gate
    read every text while its patch is in place, even one found clean before."""
    from praksisbank.core.gate import rendered

    page = "<p>Søkeren kom til Norge med båt.</p>"
    assert rendered.in_page(page) == []
    read: list[str] = []
    visible = rendered.visible_text

    def seen(text: str) -> rendered.Shown:
        read.append(text)
        return visible(text)

    monkeypatch.setattr(rendered, "visible_text", seen)
    assert rendered.in_page(page) == []
    assert read == [page]
