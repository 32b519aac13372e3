"""How fast the personal-data gate reads a large body: seconds per megabyte.

Builds bodies of about 1 MB each (ordinary prose with numbers that must pass, a pasted data
URI, one long token, a million digits, and some deliberately dense inputs, among them one per
kind that needs a library or the name list for each candidate), then times
`find_personal_data` and `mask_digits` on each. The gate is meant to be linear: every line
should be well under a second. Times are CPU seconds of this process (`time.process_time`):
the machine is shared and noisy, so wall time says little; the best of a few runs counts.

    .venv/bin/python benchmarks/bench_anonymity.py [--size 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import base64
import random
import time
from collections.abc import Callable

from praksisbank.core.anonymity import find_personal_data, mask_digits

PROSE = (
    "Søkeren kom til Norge i 2019 og søkte beskyttelse. Etter utl. § 28 første ledd bokstav a "
    "vurderes risikoen ved retur; se også § 38 og IM 2016-003. Om lag 25 000 000 mennesker er "
    "fordrevet, og tiltaket kostet 1 500 kroner per dag. Intervjuet ble holdt 2024-05-17 og "
    "vedtaket fattet 17.05.2024 (VB-AFG-2024-017, PA-AFG-2026-001). Kontakt **fagenheten** "
    "ved spørsmål, se [rutinen](https://example.org/rutine?side=3#del-2).\n\n"
)


def bodies(size: int) -> dict[str, str]:
    rng = random.Random(8)
    noise = bytes(rng.getrandbits(8) for _ in range(size * 3 // 4))
    uri = "![skjermbilde](data:image/png;base64," + base64.b64encode(noise).decode() + ")"
    return {
        "ordinary prose": (PROSE * (size // len(PROSE) + 1))[:size],
        "data URI (base64)": uri[:size],
        "one long token": "a" * size,
        "a million digits": ("0123456789" * (size // 10 + 1))[:size],
        "word@ repeated": ("a@b" * (size // 3 + 1))[:size],
        "digit groups '12 '": ("12 " * (size // 3 + 1))[:size],
        "phone numbers '22 33 44 55 '": ("22 33 44 55 " * (size // 12 + 1))[:size],
        "spaces after a digit": "1" + " " * (size - 2) + "2",
        "entities '&#48;'": ("&#48;" * (size // 5 + 1))[:size],
        # the other kinds (core/personaldata.py): a library or a list lookup per candidate
        "capitalised pairs 'Aaa Bbb '": ("Aaa Bbb " * (size // 8 + 1))[:size],
        "names 'Kari Nordmann '": ("Kari Nordmann " * (size // 14 + 1))[:size],
        "'født 17.05.1990 '": ("født 17.05.1990 " * (size // 16 + 1))[:size],
        "'+46 70 123 45 67 '": ("+46 70 123 45 67 " * (size // 17 + 1))[:size],
        "'Storgata 12 '": ("Storgata 12 " * (size // 12 + 1))[:size],
    }


def best(func: Callable[[str], object], text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.process_time()
        func(text)
        times.append(time.process_time() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per body")
    parser.add_argument("--repeat", type=int, default=3, help="runs per body; the best counts")
    args = parser.parse_args()
    megabytes = args.size / 1_000_000
    print(f"{'body':<32} {'find s/MB':>10} {'mask s/MB':>10} {'findings':>9}")
    for name, text in bodies(args.size).items():
        find = best(find_personal_data, text, args.repeat) / megabytes
        mask = best(mask_digits, text, args.repeat) / megabytes
        print(f"{name:<32} {find:>10.3f} {mask:>10.3f} {len(find_personal_data(text)):>9}")


if __name__ == "__main__":
    main()
