"""Attack round 10, class 17 (issue 17): a name run together in a web address's host
(`https://amirhassan.example/`) is judged as `AmirHassan` is in running text: a listed given name
then a given name or a word shaped like a surname. Hosts of authorities, sources and businesses
(`lovdata.no`, `www.alibaba.com`, `fatimahospital.org`) pass. Every name here is made up; no
identity number is used."""

from __future__ import annotations

import pytest

from gaterows import Row, check

ROWS = [
    Row("https and a path", "Nettside: https://amirhassan.example/om-meg", True),
    Row("https, root only", "Søkerens blogg: https://olenakovalenko.example/", True),
    Row("no scheme", "Bloggen lå på olenakovalenko.example i 2021.", True),
    Row("www and a country domain", "Nettsiden www.amirhassan.no er slettet.", True),
    Row("a second-level domain", "Siden https://www.olenakovalenko.com.ua/ er stengt.", True),
    Row("a subdomain before", "Bloggen https://blog.amirhassan.no/ er slettet.", True),
    Row("digits after the name", "Bloggen https://amirhassan90.no/ er slettet.", True),
    Row("a surname's shape", "Bloggen https://zarminarahimi.example/ ble lagt ned.", True),
    # near misses
    Row("authorities", "Se www.udi.no, https://lovdata.no/dokument/NL/lov/2008-05-15-35.", False),
    Row("sources", "Rapport fra https://www.refworld.org, hrw.org og landinfo.no.", False),
    Row("a business named like a tale", "Varene ble kjøpt via https://www.alibaba.com/.", False),
    Row("a hospital", "Journalen kom fra www.fatimahospital.org i 2020.", False),
    Row("a sentence's end and a word", "Han kom i 2015.deretter flyttet han.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=repr)
def test_a_name_run_together_in_a_host_is_a_name(row: Row) -> None:
    check(row)
