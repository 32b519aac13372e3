"""Attack round 10, numbers the gate had no class for (finding 14): a payment card's number, an
IP or MAC address, a what3words address. Each names a person as surely as a phone number: a
card its holder, an address on a network the device and its owner, three words a house.

Nothing here is real: card numbers are made in the test from a network's prefix and random
digits, with the Luhn check digit computed (``stdnum.luhn``); IP addresses are a public
name service's (8.8.8.8 and its IPv6 twin), no one's own device; the MAC address and the three
words are made up.
"""

from __future__ import annotations

import random

import pytest
from stdnum import luhn

from gaterows import Row, check
from praksisbank.core.gate.anonymity import find_personal_data
from praksisbank.core.gate.locations import WHAT_CARD, WHAT_LOCATION, WHAT_NETWORK

_RANDOM = random.Random(1017)


def card(prefix: str, size: int = 16) -> str:
    body = prefix + "".join(_RANDOM.choice("0123456789") for _ in range(size - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


VISA, MASTERCARD, AMEX, MIR = card("4"), card("5168"), card("37", 15), card("2202")


def grouped(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


ROWS = [
    Row("a card after a Ukrainian keyword", f"Номер картки ПриватБанку: {MASTERCARD}", True),
    Row("a card in groups of four", f"Kortet hans hadde nummer {grouped(VISA)}.", True),
    Row("a card with hyphens", f"Kort {grouped(MIR).replace(' ', '-')} ble sperret.", True),
    Row(
        "an American Express card, 4-6-5",
        f"Kort: {AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}.",
        True,
    ),
    Row("an IPv4 address after its keyword", "Søkerens IP-adresse var 8.8.8.8.", True),
    Row("an IPv4 address, IP before", "Innlogging fra IP 8.8.4.4 i mars.", True),
    Row("an IPv6 address", "Innlogging fra 2001:4860:4860::8888.", True),
    Row("a MAC address", "Mobilens MAC-adresse: 3C:5A:B4:12:9E:07.", True),
    Row("a MAC address with hyphens", "Nettkortet 3c-5a-b4-12-9e-07 ble funnet.", True),
    Row("a what3words address", "Huset har what3words-adressen ///kaste.hvit.båt.", True),
    Row("three words after the service's name", "what3words: lampe.skog.fjell", True),
    # near misses: sections, versions, times, an organisation number, a card with a bad check
    Row("a section", "Se punkt 4.1.1.2 i rundskrivet og § 28 første ledd.", False),
    Row("a version", "Saksbehandlingssystemet ble oppgradert til versjon 2.10.3.1.", False),
    Row("times", "Intervjuet varte fra kl. 10:30:00 til 12:15:00.", False),
    Row("an organisation number", "Org.nr. 974 760 673 er direktoratets.", False),
    Row("digits that fail the check", f"Referanse {VISA[:-1]}{(int(VISA[-1]) + 1) % 10}.", False),
    Row("a web address", "Se https://www.udi.no/ og landinfo.no for mer.", False),
    Row("the machine itself", "Forhåndsvisningen vises på http://127.0.0.1:8000/.", False),
    # the probe after round 10: versions, a private network, an address set aside for examples
    Row("a version with three digits", "Uttrekket ble gjort med UFED 7.60.0.212.", False),
    Row("a private network", "Ruteren har IP-adressen 192.168.0.1 fra fabrikken.", False),
    Row("an example address", "IP-adressen 192.0.2.45 brukes i eksempler.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_cards_network_addresses_and_three_words_are_found(row: Row) -> None:
    check(row)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (f"Kort {VISA}", WHAT_CARD),
        ("IP 8.8.8.8", WHAT_NETWORK),
        ("MAC 3C:5A:B4:12:9E:07", WHAT_NETWORK),
        ("///kaste.hvit.båt", WHAT_LOCATION),
    ],
)
def test_each_is_reported_as_its_class_and_masked(text: str, what: str) -> None:
    found = find_personal_data(text)
    assert [f.what for f in found] == [what]
    shown = found[0].masked
    assert shown != text.split()[-1]
    assert "•" in shown or "…" in shown
