"""The personal-data detectors find the same as when their findings were recorded (the
speed-ups of stop 22 must change nothing): every text of `detector_corpus.py` (the demo content,
generated decisions, the leak-class and hostile tables, random texts) against
`detector_findings.json`, a digest a text. Record again only for a change meant to change what is
found (see `detector_corpus.py`)."""

from __future__ import annotations

import json

import detector_corpus


def test_the_detectors_find_what_was_recorded() -> None:
    recorded: dict[str, str] = json.loads(detector_corpus.RECORDED.read_text("utf-8"))
    texts = detector_corpus.corpus()
    known = [text for text in texts if detector_corpus._key(text) in recorded]
    # Texts added to the tables since the recording are not compared; most must be.
    assert len(known) >= 0.9 * len(texts) and len(known) > 4000
    now = detector_corpus.digests(known)
    changed = [
        text
        for text in known
        if now[detector_corpus._key(text)] != recorded[detector_corpus._key(text)]
    ]
    assert not changed, f"{len(changed)} texts found differently, the first: {changed[:3]!r}"
