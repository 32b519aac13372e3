"""A finding in a published text (``Seen``) and the Norwegian names of where it shows.

Imports ``core.gate.anonymity``'s ``Finding``; nothing of this package: the lowest layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from praksisbank.core.gate.anonymity import Finding


@dataclass(frozen=True, slots=True)
class Seen:
    """Personal data in a published text: what it is (masked), and where it shows."""

    finding: Finding
    text: str
    """The readable text the finding points into (for tracing it back to a source line)."""
    where: str
    """Norwegian: where in the published file (``"teksten"``, ``"en lenke eller et attributt"``)."""


TEXT = "teksten"
ATTRIBUTE = "en lenke, et merke eller et skript"
SEARCH = "søkeindeksen"
PDF = "PDF-en"
ADDRESS = "adressen"
