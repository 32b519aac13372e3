"""Attack round 12, F9: one attribute list of many entries (``a`` and then ``{ .k .k … }``, 1
MB) passed every gate and cost 7.5 s of ``check --render`` and 8.1 s of the build: the cost
model counted links, emphasis, cells and lines, not what ``attr_list`` reads. Each entry of an
attribute list is now a mark (``markdowncost._entries``), so such a body is refused before it is
rendered, with a Norwegian message naming the file and the line of its paragraph. Ordinary
attribute lists and braces in prose stay allowed. No personal data here.
"""

from __future__ import annotations

import pytest

from helpers import TODAY, Project, decision
from praksisbank.core.content.loader import Layout, load
from praksisbank.core.gate import markdowncost

DECISION = "decision_bank/afg/2024-attributter.md"

ROWS = [
    # (name, body after a first paragraph, refused)
    ("classes, the attack's shape", "a\n{ " + ".k " * 330_000 + "}\n", True),
    ("ids", "a\n{ " + "#k " * 30_000 + "}\n", True),
    ("key=value pairs", "a\n{ " + "k=v " * 30_000 + "}\n", True),
    ("classes apart by tabs", "a\n{\t" + ".k\t" * 30_000 + "}\n", True),
    ("on a heading", "## Vurdering { " + ".k " * 30_000 + "}\n", True),
    ("one class on a paragraph", "Viktig avsnitt.\n{ .note }\n", False),
    ("a heading's anchor", "## Vurdering { #vurdering .viktig }\n", False),
    ("set notation in prose", "Mengden {a, b, c} er nevnt i notatet. " * 300 + "\n", False),
    ("a quoted title", 'Tekst\n{ title="Utlendingsloven § 28 første ledd" }\n', False),
]


@pytest.mark.parametrize(("name", "body", "refused"), ROWS, ids=[r[0] for r in ROWS])
def test_an_attribute_list_is_priced(name: str, body: str, refused: bool) -> None:
    assert (markdowncost.costly(body) is not None) == refused, name


def test_a_long_attribute_list_is_refused_with_file_and_line(project: Project) -> None:
    body = "\nFørst.\n\na\n{ " + ".k " * 30_000 + "}\n"
    project.write(DECISION, decision("VB-AFG-2024-009", body=body))
    result = load(Layout.default(project.root), TODAY)
    [found] = [p for p in result.problems if p.code == "markdown-too-costly"]
    assert found.file == DECISION
    assert found.line == 16  # the paragraph that holds the list, after 13 lines of front matter
    assert "oppføringer i attributtlister" in found.message
    assert "Del teksten på flere filer" in found.message
