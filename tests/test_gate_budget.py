"""The cap on findings of one class in one text (``core/gate/caps.py``, issue 17 item 6).

A text with ``caps.CAP`` findings of one class is refused whatever else it holds: the gate stops
reading that class there, reports ten of them one by one and the rest as «og N til av samme
slag», and adds a finding that no exception clears, so neither markers nor the allow-list let a
capped file through. Below the cap nothing changes: reviewed values pass.

The values are generated here (phone numbers, addresses at ``example.com``, names from the name
list, a made-up birth date): no real person's. How long a capped megabyte takes is measured in
``benchmarks/bench_hostile.py --gate --commands``, not here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from helpers import BODY, TODAY, Project, decision
from praksisbank.core.base.problems import Problem, Severity
from praksisbank.core.content.loader import ALLOW_LIST, Layout, load
from praksisbank.core.content.personal import SHOWN
from praksisbank.core.gate import caps
from praksisbank.core.gate.anonymity import examine, find_personal_data

FILE = "decision_bank/afg/2024-kvinne.md"


@dataclass(frozen=True)
class Row:
    name: str
    value: Callable[[int], str]
    """The ``i``-th value of the class (one finding each)."""
    what: str


def _phone(i: int) -> str:
    return f"9{1_000_001 + i * 7}"  # 8 digits from 9: a Norwegian mobile, made up


ROWS = [
    Row("phone numbers", _phone, "et telefonnummer"),
    Row("e-mail addresses", lambda i: f"person{i}@example.com", "en e-postadresse"),
    Row("dates of birth", lambda i: f"født {1 + i % 28:02d}.05.1990", "en fødselsdato"),
    Row("names", lambda i: "Amir Hassan", "et personnavn"),
    Row("positions", lambda i: f"34.{5123 + i}, 69.1234", "en posisjon"),
]


def _body(values: list[str], marked: bool) -> str:
    lines = [f"{v} <!-- personvern-ok: {v}, testdata -->" if marked else v for v in values]
    return BODY + "\n\n" + "\n\n".join(f"Opplysning: {line}" for line in lines) + "\n"


def _problems(project: Project, values: list[str], *, marked: bool, listed: bool) -> list[Problem]:
    project.write(FILE, decision(body=_body(values, marked)))
    if listed:
        entries = "".join(f'- value: "{v}"\n  reason: Testdata.\n' for v in dict.fromkeys(values))
        project.write(ALLOW_LIST, entries)
    result = load(Layout.default(project.root), TODAY)
    return [p for p in result.problems if p.file == FILE and p.code == "personal-data"]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.name)
@pytest.mark.parametrize(
    ("marked", "listed"),
    [(False, False), (True, False), (False, True)],
    ids=["bare", "markers", "listed"],
)
def test_a_file_past_the_cap_is_refused_whatever_its_exceptions(
    project: Project, row: Row, marked: bool, listed: bool
) -> None:
    values = [row.value(i) for i in range(caps.CAP + 50)]
    found = _problems(project, values, marked=marked, listed=listed)
    errors = [p for p in found if p.severity is Severity.ERROR and row.what in p.message]
    capped = [p for p in errors if f"Etter {caps.CAP} funn av samme slag" in p.message]
    assert len(capped) == 1, found
    assert "ingen unntak" in capped[0].message
    if not (marked or listed):  # nothing excepted: ten shown, then the rest counted
        counted = [p for p in errors if "til av samme slag etter den" in p.message]
        assert len(counted) == 1 and len(errors) == SHOWN + 2, errors
    assert len(found) <= SHOWN + 2 + 1  # a few messages, not hundreds


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.name)
def test_below_the_cap_reviewed_values_pass(project: Project, row: Row) -> None:
    # each value and its marker are two findings: 90 of them stay under the cap
    values = [row.value(i) for i in range(90)]
    assert _problems(project, values, marked=True, listed=False) == []


def test_the_rest_of_a_class_is_counted_in_one_message(project: Project) -> None:
    values = [_phone(i) for i in range(50)]
    found = _problems(project, values, marked=False, listed=False)
    assert len(found) == SHOWN + 1
    assert f"og {50 - SHOWN - 1} til av samme slag etter den" in found[-1].message
    assert not any(f"Etter {caps.CAP}" in p.message for p in found)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.name)
def test_the_capped_finding_is_never_excepted(row: Row) -> None:
    values = [row.value(i) for i in range(caps.CAP + 50)]
    text = "\n\n".join(f"{v} <!-- personvern-ok: {v}, testdata -->" for v in values)
    every = {f.fingerprint for f in examine(text).findings}
    left = find_personal_data(text, allowed=every)
    assert [(f.what, f.capped, f.exceptable) for f in left] == [(row.what, True, False)]
    shown = [f for f in find_personal_data(text, markers=False) if f.what == row.what]
    assert len(shown) == caps.CAP + 1  # the first CAP of the class, and the one for the rest
