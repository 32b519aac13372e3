"""Countries: ISO 3166-1 alpha-3 codes and their Norwegian (bokmål) names, from pycountry."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

# ISO's Norwegian names are formal ("Den arabiske republikk Syria"); pycountry's common names
# cover most of the everyday ones. These are the few it leaves formal.
_EVERYDAY_NAMES = {
    "COD": "Den demokratiske republikken Kongo",
    "PSE": "Palestina",
    "RUS": "Russland",
    "USA": "USA",
}


@cache
def _translation() -> gettext.NullTranslations:
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=["nb_NO", "nb"], fallback=True
    )


@cache
def _alpha_3() -> frozenset[str]:
    """Every alpha-3 code pycountry knows (read once: a check asks for every file's country)."""
    return frozenset(country.alpha_3 for country in pycountry.countries)


def is_country(code: str) -> bool:
    return len(code) == 3 and code.isupper() and code in _alpha_3()


@cache
def norwegian_name(code: str) -> str:
    """The Norwegian name of an alpha-3 code; the code itself when it is unknown. Kept: the
    pages ask for the same few countries' names hundreds of thousands of times."""
    if code in _EVERYDAY_NAMES:
        return _EVERYDAY_NAMES[code]
    country = pycountry.countries.get(alpha_3=code.upper())
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _translation().gettext(name)


def suggest(value: str) -> str | None:
    """A code the user probably meant: the upper-case form, or the alpha-3 of an alpha-2 code."""
    if is_country(value.upper()):
        return value.upper()
    if len(value) == 2:
        country = pycountry.countries.get(alpha_2=value.upper())
        if country is not None:
            return str(country.alpha_3)
    return None
