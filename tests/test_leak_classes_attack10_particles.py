"""Attack round 10, class 16 (issue 17): names the gate read apart. A daughter's particle
(`binti`, `bint`, Turkish `kızı`, as `ibn`/`bin`), a maiden name after `født`/`fødd`/`née`
(`Søkeren, født Kovalenko,`) and a Cyrillic surname with a hyphenated suffix
(`Ткаченко-молодший`) are names to both gates; the near misses beside them (a birthplace after
`født i`, `født` before a year or a country, legal prose) pass both. Every name here is made up;
no identity number is used."""

from __future__ import annotations

import pytest

from gaterows import Row, check

ROWS = [
    Row("binti between names", "Søkerens mor var Amina binti Yusuf.", True),
    Row("bint between names", "Søkerens mor var Fatima bint Ahmed.", True),
    Row("bent between names", "Søkerens tante var Khadija bent Salah.", True),
    Row("ben between names", "Faren het Mohamed ben Ali, ifølge søkeren.", True),
    Row("kızı between names", "Søkerens mor var Ayşe kızı Fatma.", True),
    Row("née after née", "Søkeren, née Kovalenko, giftet seg i 2015.", True),
    Row("née after født", "Søkeren, født Kovalenko, giftet seg i 2015.", True),
    Row("née a list surname", "Søkeren, født Rahimi, kom til Norge i 2015.", True),
    Row("née a province's name", "Søkerens mor, født Wardak, bor i Kabul.", True),
    Row("née after nynorsk fødd", "Mor hans, fødd Shevchuk, bur i Lviv.", True),
    Row("Cyrillic junior suffix", "Broren Олександр Ткаченко-молодший ble mobilisert.", True),
    Row("Cyrillic senior suffix", "Faren Олександр Шевчук-старший ble arrestert.", True),
    # near misses
    Row("born in a town", "Søkeren er født i Kharkiv og flyktet i 2022.", False),
    Row("born and raised", "Hun er født og oppvokst i Herat, jf. § 28.", False),
    Row("born in a year", "Søkeren er født 1990, jf. Rt. 2015 s. 12.", False),
    Row("born in a country", "Barnet er født Norge, ifølge folkeregisteret.", False),
    Row("a Cyrillic place with a suffix", "Han kom fra Київ і жив там до 2022 року.", False),
    Row("kızı alone before a name", "Søkeren har en datter; kızı Ayşe bor i Van.", False),
    Row("legal prose", "Klagen tas til følge, jf. utlendingsloven § 28 første ledd.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_particles_maiden_names_and_suffixes_are_names(row: Row) -> None:
    check(row)
