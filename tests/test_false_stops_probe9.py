"""Ordinary sentences the rules of attack round 9 stopped before the probe that followed them
(issue 17: no false refusals). Each is read by the source gate and the page gate; neither may
find personal data. The rules they touch: a birthday tied to a day (`_computed_births`), a birth
by reference (`_referenced_births`), a group's name set off after a party
(`names.cues._cued`), a term in another script and its Latin spelling
(`names.scripts._other_then_latin`). Nothing here is personal
data: no person is named.
"""

from __future__ import annotations

import pytest

from gaterows import Row, check

ORDINARY = [
    # an 18th birthday as a time limit, or an age reached on an undated event
    "Vedtaket må fattes før søkerens 18-årsdag.",
    "Vedtak skal fattes senest på 18-årsdagen.",
    "Vedtaket treffes før 18-årsdagen dersom mulig.",
    "Vedtaket ble fattet dagen etter 18-årsdagen.",
    "I vedtaket legges det til grunn at 18-årsdagen er passert.",
    "Begrenset tillatelse gis frem til 18-årsdagen, og vedtaket treffes på ordinært grunnlag.",
    "Søkeren fylte 18 år samme dag som han ble innkalt.",
    "Søkeren fylte 18 år samme dag som han kom til Norge.",
    "Søkeren fylte 18 år den dagen da han ble arrestert.",
    "Søkeren ble 18 år den dagen han ble overført til voksenmottak.",
    # an age not reached on the date (a denial)
    "17.03.2024 fylte søkeren ikke 18 år, jf. aldersundersøkelsen.",
    "Søkeren fylte aldri 18 år 17.03.2024 slik han anførte.",
    # registrations compared in an identity assessment
    "Søkeren oppga samme fødselsdato som i Eurodac.",
    "Søkeren oppga samme fødselsdato som i Hellas.",
    "Søkeren har oppgitt samme fødselsdato som i UDIs register.",
    "Søkeren har samme fødselsdato som Eurodac viser.",
    "Søkerens barn har samme fødselsdato som Folkeregisteret viser.",
    "Søkeren ble født samme dag som Eurodac-registreringen ble gjort, ifølge hans forklaring.",
    # clans and peoples set off after a party or a person word
    "Søkeren, Bajuni, kommer fra øyene utenfor Kismayo.",
    "Søkeren, Benadiri, tilhører en minoritet.",
    "Klageren (Ogadeni) kommer fra Gedo.",
    "Søkerens mor, Benadiri, ble truet.",
    "Tolken Bakhtiari ble benyttet.",
    "Vitnet Ogadeni bekreftet klantilhørigheten.",
    "Søkeren, Kuchi, er nomade.",
    # a term in another script and its Latin spelling
    "Ordet «قاضی» Qazi betyr dommer.",
    "Ordet «امیر» Amir betyr fyrste eller leder.",
    "Distriktet «جاغوری» Jaghori er hazara-dominert.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_sentence_is_not_stopped(text: str) -> None:
    check(Row("ordinary", text, False))
