"""Crypto-currency wallet addresses (attack round 11, finding 6): an address receives money for
one person as surely as an account number. Validated where the currency has a checksum the
standard library can compute, so a hash in a web address is no wallet:

- Base58Check (Bitcoin's legacy `1…`/`3…`, Litecoin's `L…`/`M…`, Tron's `T…`): the last four
  bytes are the first four of the double SHA-256 of the rest;
- Bech32 and Bech32m (BIP 173 and 350: `bc1…`, `ltc1…`): the checksum of the human-readable
  part and the data, computed here from the published polynomial;
- Ethereum (`0x` and 40 hexadecimal digits: its mixed-case checksum needs Keccak, which
  `hashlib` lacks, so the shape alone: a transaction hash has 64 digits) and Monero (95
  Base58 characters from `4` or `8`; Keccak again): by their exact shape.

Imports the standard library and `caps`.
"""

from __future__ import annotations

import hashlib
import re

from praksisbank.core.gate import caps

WHAT_WALLET = "en kryptolommebok"

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {ch: i for i, ch in enumerate(_B58)}

_BASE58 = re.compile(
    r"[13LMT](?<![0-9A-Za-z/._-][13LMT])[1-9A-HJ-NP-Za-km-z]{25,33}(?![0-9A-Za-z/_-])"
)
_BECH32 = re.compile(r"(?i)(?<![0-9A-Za-z/._-])(?:bc|ltc|tb)1[02-9ac-hj-np-z]{8,87}(?![0-9A-Za-z])")
_ETHEREUM = re.compile(r"0(?<![0-9A-Za-z/._-]0)x[0-9A-Fa-f]{40}(?![0-9A-Za-z])")
_MONERO = re.compile(r"[48](?<![0-9A-Za-z/._-][48])[1-9A-HJ-NP-Za-km-z]{94}(?![0-9A-Za-z])")

_BECH32_CHARS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_BECH32_CONSTANTS = (1, 0x2BC830A3)  # Bech32, Bech32m


def _base58check(text: str) -> bool:
    number = 0
    for ch in text:
        number = number * 58 + _B58_INDEX[ch]
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    raw = b"\0" * (len(text) - len(text.lstrip("1"))) + raw
    if len(raw) < 5:
        return False
    body, check = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == check


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= generator
    return check


def _bech32(text: str) -> bool:
    if text != text.lower() and text != text.upper():
        return False
    low = text.lower()
    human, data = low[: low.rindex("1")], low[low.rindex("1") + 1 :]
    if len(data) < 6:
        return False
    expanded = [ord(c) >> 5 for c in human] + [0] + [ord(c) & 31 for c in human]
    return _polymod(expanded + [_BECH32_CHARS.index(c) for c in data]) in _BECH32_CONSTANTS


def _masked(address: str) -> str:
    return address[:3] + "•" * (len(address) - 5) + address[-2:]


def wallets(text: str) -> list[tuple[int, int, str, str, str]]:
    """Every wallet address in ``text`` as the gate's candidates ``(start, end, what, masked,
    canonical)``."""
    found: list[tuple[int, int, str, str, str]] = []
    judged: dict[str, bool] = {}  # an address repeated is checked once
    for pattern, valid in (
        (_BASE58, _base58check),
        (_BECH32, _bech32),
        (_ETHEREUM, None),
        (_MONERO, None),
    ):
        for match in pattern.finditer(text):
            address = match.group()
            if valid is not None and address not in judged:
                judged[address] = valid(address)
            if valid is None or judged[address]:
                canonical = address.lower() if pattern in (_BECH32, _ETHEREUM) else address
                found.append((match.start(), match.end(), WHAT_WALLET, _masked(address), canonical))
                if caps.full(found):
                    return found  # the rest is not read (`caps.py`)
    return found
