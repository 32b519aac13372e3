"""Words both personal-data detectors compare with: the largest Norwegian towns (a postcode
before one is an address; a town is never a person's name) and the folding of a word for those
comparisons. Apart so that `personaldata.py` (addresses) and `names.py` (names) share them
without importing each other."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# The largest Norwegian post towns (and the counties, from pycountry): a postcode before one of
# them is an address.
NORWEGIAN_TOWNS = frozenset(
    (
        "Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Fredrikstad", "Kristiansand",
        "Sandnes", "Tromsø", "Sarpsborg", "Skien", "Ålesund", "Sandefjord", "Haugesund",
        "Tønsberg", "Moss", "Porsgrunn", "Bodø", "Arendal", "Hamar", "Larvik", "Halden",
        "Lillehammer", "Molde", "Harstad", "Kongsberg", "Gjøvik", "Horten", "Lørenskog", "Asker",
        "Sandvika", "Lillestrøm", "Ski", "Jessheim", "Kongsvinger", "Steinkjer", "Narvik", "Alta",
        "Elverum", "Grimstad", "Kristiansund", "Mo", "Namsos", "Råde", "Vadsø", "Kirkenes",
        "Hammerfest", "Førde", "Florø", "Voss", "Leirvik", "Egersund", "Mandal", "Brumunddal",
        "Raufoss", "Jevnaker", "Hønefoss", "Ås", "Vestby", "Drøbak", "Nesoddtangen", "Kolbotn",
        "Oppegård", "Fornebu", "Lysaker", "Stabekk", "Bekkestua", "Slependen", "Gardermoen",
        "Eidsvoll", "Ullensaker", "Nittedal", "Rælingen", "Strømmen", "Fjellhamar", "Lier",
        "Mjøndalen", "Hokksund", "Holmestrand", "Svelvik", "Nøtterøy", "Tjøme", "Stokke",
        "Notodden", "Bø", "Kragerø", "Risør", "Tvedestrand", "Lyngdal", "Flekkefjord", "Farsund",
        "Bryne", "Klepp", "Jørpeland", "Kopervik", "Stord", "Knarvik", "Os", "Sotra", "Odda",
        "Sogndal", "Stryn", "Ørsta", "Volda", "Ulsteinvik", "Åndalsnes", "Orkanger", "Stjørdal",
        "Levanger", "Verdal", "Mosjøen", "Sandnessjøen", "Brønnøysund", "Svolvær", "Sortland",
        "Finnsnes", "Lakselv", "Vardø", "Tynset", "Røros", "Oppdal", "Fagernes", "Gol", "Geilo",
        "Hemsedal", "Tolga", "Moelv", "Stange", "Trysil",
    )
)  # fmt: skip


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A word casefolded and without diacritics (cached: the same words recur on every page)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
