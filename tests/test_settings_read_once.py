"""``mkdocs.yml`` is parsed once per text in a process (``_read`` and ``siteconfig.read`` keep
the last few): a check reads it about ten times. What a reader of the settings relies on stays:
a changed file is read again, a value from the environment (``!ENV``) follows the environment,
and each caller gets its own copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from praksisbank.core.gate import siteconfig
from praksisbank.mkdocs_adapter.project import layout_for, plugin_options

SETTINGS = """\
site_name: Testbanken
plugins:
  - praksisbank:
      decision_bank: {folder}
"""


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(SETTINGS.format(folder="vedtak"), encoding="utf-8")
    assert layout_for(tmp_path).folders["decision"] == tmp_path.resolve() / "vedtak"
    config.write_text(SETTINGS.format(folder="avgjorelser"), encoding="utf-8")
    assert layout_for(tmp_path).folders["decision"] == tmp_path.resolve() / "avgjorelser"
    config.write_text(SETTINGS.format(folder="vedtak"), encoding="utf-8")  # a text read before
    assert layout_for(tmp_path).folders["decision"] == tmp_path.resolve() / "vedtak"


def test_a_value_from_the_environment_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        SETTINGS.format(folder="!ENV [PRAKSISBANK_TEST_FOLDER, vedtak]"), encoding="utf-8"
    )
    monkeypatch.delenv("PRAKSISBANK_TEST_FOLDER", raising=False)
    assert plugin_options(tmp_path)["decision_bank"] == "vedtak"
    monkeypatch.setenv("PRAKSISBANK_TEST_FOLDER", "fra-miljoet")
    assert plugin_options(tmp_path)["decision_bank"] == "fra-miljoet"


def test_each_caller_gets_its_own_settings(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(SETTINGS.format(folder="vedtak"), encoding="utf-8")
    options = plugin_options(tmp_path)
    options["decision_bank"] = "endret av en som leste"
    assert plugin_options(tmp_path)["decision_bank"] == "vedtak"

    text = config.read_text(encoding="utf-8")
    first = siteconfig.read(text)
    first.values["plugins"][0]["praksisbank"]["decision_bank"] = "endret"
    second = siteconfig.read(text)
    assert second.values["plugins"][0]["praksisbank"]["decision_bank"] == "vedtak"
    assert second.lines == first.lines and second.lines[("plugins",)] == 2
