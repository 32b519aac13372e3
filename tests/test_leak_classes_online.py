"""Issue 17, online identities: a user name at a mail or social service written so that the
e-mail pattern does not see it (`navn på gmail.com`, `navn (Gmail)`), a handle `@navn_93`, a
profile address `facebook.com/navn.93`, a user name next to a service's name, and an address
whose dot is a look-alike (`。`). Each is found by the source gate and the rendered-text gate;
the near-misses (legal citations, the department's addresses, CSS rules, abbreviations, sentences
about a service) stay allowed.

Nothing here is real: the user names are invented, the services are named only as services.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from helpers import TODAY, Project
from praksisbank.core.content.loader import load
from praksisbank.core.gate import rendered
from praksisbank.core.gate.anonymity import find_personal_data
from praksisbank.mkdocs_adapter.project import layout_for

ONLINE = "en nettidentitet"
EMAIL = "en e-postadresse"


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    what: str | None
    """The class found, or None: the text must pass."""
    value: str = ""
    """The part of the text the finding covers (for a finding)."""

    def __repr__(self) -> str:
        return self.text[:50]


ROWS = [
    # the attacker's inputs
    Row("Hun skrev til jawad.mosawi på gmail.com.", ONLINE, "jawad.mosawi på gmail.com"),
    Row("jawad.mosawi93 hos gmail", ONLINE, "jawad.mosawi93 hos gmail"),
    Row("Skriv til jawad.mosawi@gmail\u3002com i dag.", EMAIL, "jawad.mosawi@gmail\u3002com"),
    Row("Han postet under @jawad_mosawi93 på Instagram.", ONLINE, "@jawad_mosawi93"),
    Row(
        "Profilen facebook.com/jawad.mosawi.93 ble lagt fram.",
        ONLINE,
        "facebook.com/jawad.mosawi.93",
    ),
    Row("Sokeren heter amir.hassan på Telegram.", ONLINE, "amir.hassan på Telegram"),
    Row("e-post amir_hassan93 (Gmail)", ONLINE, "amir_hassan93 (Gmail)"),
    # other dots, connectors, hosts and orders
    Row("Adressen er kari.n@hotmail\uff61com.", EMAIL, "kari.n@hotmail\uff61com"),
    Row("Adressen er kari.n@hotmail\ufe52com.", EMAIL, "kari.n@hotmail\ufe52com"),
    Row("Hun brukte kari_n at Outlook.", ONLINE, "kari_n at Outlook"),
    Row("Kontoen kari.n88 via Yahoo ble slettet.", ONLINE, "kari.n88 via Yahoo"),
    Row("Se https://www.instagram.com/kari_n88/ for bilder.", ONLINE),
    Row("Lenken t.me/kari_n88 ble delt.", ONLINE, "t.me/kari_n88"),
    Row("Han skrev på x.com/kari88 om saken.", ONLINE, "x.com/kari88"),
    Row("Videoen lå på tiktok.com/@kari.n88.", ONLINE, "tiktok.com/@kari.n88"),
    Row("Telegram: amir_hassan93 ble oppgitt.", ONLINE, "Telegram: amir_hassan93"),
    Row("Snapchat-navn: amir.h93", ONLINE, "Snapchat-navn: amir.h93"),
    Row("Kontakt med @amir.h93 ble avbrutt.", ONLINE, "@amir.h93"),
    Row("Han ga Signal: amir_h93 til tolken.", ONLINE, "Signal: amir_h93"),
    # near-misses that stay allowed
    Row("Vilkårene i utl. § 28 første ledd er oppfylt.", None),
    Row("Les mer på www.udi.no om ordningen.", None),
    Row("Skjemaet ligger på https://www.udi.no/skjema/asyl-93 for alle.", None),
    Row("@media print { body { color: black; } }", None),
    Row("@font-face og @import brukes i temaet.", None),
    Row("Send e-post til landpraksiskontakten i enheten.", None),
    Row("Søkeren forklarte på Facebook at han var forfulgt.", None),
    Row("Han var aktiv på Facebook i 2019 og på Telegram i 2020.", None),
    Row("Opplysningene, f.eks. på Facebook, ble vurdert.", None),
    Row("Direktoratet er på Facebook, se udi.no på Facebook.", None),
    Row("Vedlegget vedtak_2024.pdf på Gmail ble ikke lest.", None),
    Row("Det var et signal: fase_2 av planen startet.", None),
    Row("Landinfo-rapporten (Gmail-bruk i Afghanistan) er fra 2023.", None),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_online_identities_are_found_and_near_misses_pass(row: Row) -> None:
    found = [(f.what, row.text[f.offset : f.end]) for f in find_personal_data(row.text)]
    if row.what is None:
        assert found == [], found
    elif row.value:
        assert (row.what, row.value) in found, found
    else:
        assert row.what in [what for what, _ in found], found
    # the rendered-text gate reads what a reader sees with the same rules
    shown = [s.finding.what for s in rendered.in_text(row.text)]
    assert (row.what in shown) if row.what else shown == [], shown


def test_the_message_shows_no_user_name() -> None:
    [finding] = find_personal_data("Han postet under @jawad_mosawi93 på Instagram.")
    assert "mosawi" not in finding.masked and "93" not in finding.masked


def test_a_handle_in_a_decision_is_refused_at_its_file_and_line(project: Project) -> None:
    path = "decision_bank/afg/2024-kvinne.md"
    text = (project.root / path).read_text(encoding="utf-8")
    lines = text.count("\n") + 1
    project.write(path, text + "\nProfilen facebook.com/jawad.mosawi.93 ble lagt fram.\n")
    problems = load(layout_for(project.root), TODAY).problems
    at = [p for p in problems if p.code == "personal-data" and p.file.endswith("2024-kvinne.md")]
    assert [p.line for p in at] == [lines + 1], problems
    assert ONLINE in at[0].message and "mosawi" not in at[0].message
