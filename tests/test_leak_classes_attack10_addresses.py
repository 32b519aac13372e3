"""Street addresses in the arrival countries' forms (attack round 10, class 12): the street word
before its name (Ukrainian, Russian, Kurmanji, Somali, Dari, Tigrinya) or after it (Turkish,
English and Arabic in Latin letters) and a house number, found by both gates (the source and the
page the site's Markdown makes of it); the near misses beside them (a numbered street or district
alone, a year, a distance, a date, a citation, an amount, an organisation number) pass both.
Every street and number here is made up; no identity number is used."""

from __future__ import annotations

import pytest

from gaterows import Row, check

FORMS = [
    Row("Ukrainian street, house and flat after a Norwegian keyword",
        "Adresse i Kyiv: вул. Шевченка, 12, кв. 5.", True),
    Row("Ukrainian street word in full", "Søkeren bodde i вулиця Хрещатик 22 i Kyiv.", True),
    Row("Russian street, house, flat", "ул. Ленина, д. 7, кв. 12 i Grozny", True),
    Row("Russian keyword, house word in full", "Адрес: ул. Ленина, дом 7, кв. 12", True),
    Row("Ukrainian street in Latin letters", "Adresse: vul. Shevchenka 12, Kharkiv", True),
    Row("Turkish avenue and number", "Atatürk Cad. No: 12 Daire 5, Van", True),
    Row("Turkish quarter and numbered street", "Adresse: Bağlar Mah. 1234. Sok. No: 5, "
        "Diyarbakır", True),
    Row("Turkish avenue in full", "Han bodde i Cumhuriyet Caddesi No. 45 i Van.", True),
    Row("Turkish numbered street alone", "Han bodde i 1234. Sokak No: 5, Bağlar.", True),
    Row("Arabic street name in Latin letters", "Søkeren bodde på Al-Nasr Street 21 i Damaskus",
        True),
    Row("Kurmanji street and house number word", "Adresa: Kolana Azadî, hejmar 14, Qamişlo",
        True),
    Row("Kurmanji lane", "Kuçeya Şehîdan 3, Qamişlo", True),
    Row("Somali street", "Hun bodde i Waddada Makka 5 i Mogadishu.", True),
    Row("Dari road", "Familien bodde i Sarak-e Darulaman 14 i Kabul.", True),
    Row("Tigrinya avenue", "Hun bodde på Godena Harnet 7 i Asmara.", True),
    # near misses
    Row("a numbered street alone", "Søkeren bodde i Street 5 i Kabul.", False),
    Row("a numbered district", "Han bodde i District 5 i Kabul.", False),
    Row("a public street and a year", "Krakket på Wall Street 1929 rammet verden.", False),
    Row("a distance", "Veien er 12 km lang.", False),
    # the probe after round 10: a street's name before a date, a count or a distance
    Row("a street and a date", "Over 300 ble pågrepet på Istiklal Caddesi 19 mars 2023.", False),
    Row("a road and a month", "Eksplosjonen på Darulaman Road 3 september 2019.", False),
    Row("a street and a count", "Søkeren demonstrerte på Istiklal Caddesi 3 ganger.", False),
    Row("a street and a distance", "Skolen ligger på Airport Road 2 km fra sentrum.", False),
    Row("a street and years", "Han drev en butikk i Atatürk Caddesi 10 år.", False),
    Row("a quarter word and a duration", "Søkeren bodde i Mah. i 3 år.", False),
    Row("a Turkish word in a sentence", "Sokaklar ble stengt i 2016, og 3 personer ble "
        "arrestert.", False),
    Row("a public street and a year", "Han gikk langs Shari' al-Rashid i Bagdad i 2019.", False),
    Row("a saint's town and a date", "Det skjedde i St. Petersburg 12. mars 2020.", False),
    Row("a town and a date", "Møtet var i Road Town 12. mai.", False),
    Row("a citation", "Se Rt. 2015 s. 1481, jf. utlendingsloven § 28.", False),
    Row("an amount", "Beløpet var 8 000 kroner.", False),
    Row("an organisation number", "Organisasjonsnummer 974 760 673.", False),
]  # fmt: skip


@pytest.mark.parametrize("row", FORMS, ids=repr)
def test_a_street_address_in_an_arrival_countrys_form(row: Row) -> None:
    check(row)
