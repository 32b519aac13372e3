"""Attack round 11, crypto-currency wallets (finding 6): an address that receives money for one
person. Validated where the currency has a checksum (Base58Check, Bech32/Bech32m), so a made-up
string of the shape, or a hash in a web address, is no wallet.

Nothing here is anyone's wallet: the Base58Check addresses are made in the test from random
bytes with their checksum computed; the Bech32 one is BIP 173's published test vector; the
Ethereum and Monero ones are random characters of the shape.
"""

from __future__ import annotations

import hashlib
import random

import pytest

from gaterows import ORDINARY, Row, check

_RANDOM = random.Random(1111)
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version: int) -> str:
    body = bytes([version]) + bytes(_RANDOM.randrange(256) for _ in range(20))
    raw = body + hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4]
    number, out = int.from_bytes(raw, "big"), ""
    while number:
        number, digit = divmod(number, 58)
        out = _B58[digit] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


BTC, BTC_SCRIPT, LTC, TRON = base58check(0), base58check(5), base58check(48), base58check(65)
BECH32 = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"  # BIP 173's test vector
ETH = "0x" + "".join(_RANDOM.choice("0123456789abcdef") for _ in range(40))
XMR = "4" + "".join(_RANDOM.choice(_B58) for _ in range(94))
BROKEN = BTC[:-1] + ("2" if BTC[-1] != "2" else "3")

ROWS = [
    Row("a Bitcoin address", f"Smugleren ble betalt til {BTC}.", True),
    Row("a Bitcoin script address", f"Betaling til {BTC_SCRIPT} i mars.", True),
    Row("a Litecoin address", f"Betalt til {LTC}.", True),
    Row("a Tron address", f"USDT ble sendt til {TRON}.", True),
    Row("a Bech32 address", f"Lommeboken {BECH32} tok imot pengene.", True),
    Row("a Bech32 address in capitals", f"Adresse {BECH32.upper()}.", True),
    Row("an Ethereum address", f"Adresse {ETH}.", True),
    Row("a Monero address", f"Monero: {XMR}.", True),
    # near misses: a broken checksum, a hash in a web address, a transaction hash
    *ORDINARY,
    Row("a broken checksum", f"Koden {BROKEN} er feil.", False),
    Row("a hash in a web address", f"Se https://eksempel.invalid/{BTC}/side.", False),
    Row("a transaction hash", f"Transaksjon 0x{'ab' * 32} er bekreftet.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_wallet_addresses_are_found(row: Row) -> None:
    check(row)
