"""What the round-9 readings cost (attack round 9: Braille cells, right-to-left reordering).

About 1 MB of one line repeated, each line a paragraph of a page read by ``rendered.in_page``,
with the bidi reading (``visualorder.readings``) and without it (stubbed to read nothing), in
this process, one after the other, twice: CPU seconds (``time.process_time``) and their ratio.
Shapes: Latin text with numbers (the reading must cost nothing), Hebrew words around two numbers
on every line (every line reordered: the worst case), and Arabic prose with two years. Then
``find_personal_data`` on about 1 MB with a Braille run on every line against the same text
with Latin letters. The values are made up.

    .venv/bin/python benchmarks/bench_visualorder.py
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from praksisbank.core.gate import rendered, visualorder
from praksisbank.core.gate.anonymity import find_personal_data

SIZE = 1_000_000
LINES = {
    "latin": "Opplysning: nummer 2019 2020 notert, og dato 12 500 kr.\n",
    "hebrew": "Opplysning: מספר 2019 2020 רשום, og תאריך 12 500 kr.\n",
    "arabic": "قال المتقدم إنه عاش في كابول من 2015 إلى 2019 ثم غادر.\n",
}


def cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def page_of(line: str) -> str:
    repeated = line * (SIZE // len(line.encode()))
    return "<p>" + html.escape(repeated).replace("\n", "</p>\n<p>") + "</p>"


def main() -> None:
    real = visualorder.readings
    for name, line in LINES.items():
        page = page_of(line)
        for _ in range(2):
            visualorder.readings = lambda text: []
            without = cpu(lambda: rendered.in_page(page))  # noqa: B023
            visualorder.readings = real
            with_reading = cpu(lambda: rendered.in_page(page))  # noqa: B023
            print(
                f"{name}: in_page {with_reading:.2f} s CPU with the bidi reading, "
                f"{without:.2f} s without ({with_reading / without:.2f})"
            )
    braille = "Tekst ⠼⠁⠃⠉ her.\n" * (SIZE // 24)
    latin = "Tekst abcd her.\n" * (SIZE // 24)
    cells = cpu(lambda: find_personal_data(braille, markers=False))
    letters = cpu(lambda: find_personal_data(latin, markers=False))
    print(f"braille: find_personal_data {cells:.2f} s CPU, latin {letters:.2f} s")


if __name__ == "__main__":
    main()
