"""Write ``plugins/praksisbank/core/gate/data/given_names.txt``, the personal-data gate's names.

Source: ``nam_dict.txt`` from the PyPI package gender-guesser 0.4.0 (the data of Jörg Michael's
program "gender", 2007-2008, GNU Free Documentation License 1.2 or later; the derived list is under
the same licence, see ``plugins/praksisbank/core/gate/data/GFDL-1.2.txt``). It gives, for about
48,000 given names in Latin script, a frequency (1-13) per country. We keep a name when it is used
in one of the countries below, at or above the frequency given:

    pip download --no-deps gender-guesser==0.4.0 && unzip gender_guesser-0.4.0-*.whl
    apt-get install wnorwegian      # /usr/share/dict/bokmaal
    python scripts/make_given_names.py gender_guesser/data/nam_dict.txt /usr/share/dict/bokmaal

The list is committed so the gate needs no extra package at run time; run this again to change
the selection. Eritrean (Tigrinya) and Somali given names are not in the source; a short list of
common ones (``EXTRA``) is added.

A name that is also a Norwegian word written in lower case (``Per``, ``Dag``, ``Liv``, ``Han``,
``Saken``: from Debian's bokmål word list, package wnorwegian) is written with a leading ``~``: the
gate counts it only inside a sentence, where the capital letter says it is a name.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

TARGET = (
    Path(__file__).resolve().parent.parent / "plugins/praksisbank/core/gate/data/given_names.txt"
)

# Column (0-based) of each country in nam_dict.txt, and the lowest frequency kept (1 = rare).
COUNTRIES = {
    "Denmark": (46, 3),
    "Norway": (47, 1),
    "Sweden": (48, 3),
    "Albania": (66, 2),
    "Russia": (68, 3),
    "Belarus": (69, 3),
    "Ukraine": (71, 1),
    "Kazakhstan/Uzbekistan (Tajik, close to Afghan names)": (75, 1),
    "Turkey": (76, 1),
    "Arabia/Persia (Syria, Iraq, Iran, Afghanistan, Somalia, Palestine)": (77, 1),
}
EXTRA = """
Abeba Abraham Adhanom Alem Almaz Amanuel Aman Amina Asmeret Awet Berhane Bereket Biniam Daniel
Dawit Eden Efrem Elsa Feven Filmon Freweyni Ghebre Girmay Goitom Habtom Haben Hagos Helen
Henok Kibrom Kidane Luwam Mebrahtu Medhanie Mehari Merhawi Mulugeta Natnael Robel Ruta Saba
Samson Segen Selam Semhar Senait Senay Sium Teklay Teklemariam Tesfay Tesfaye Tesfalem Tsega
Welday Weldu Yemane Yonas Yohannes Yosief Yordanos Zenawi Abdi Abdirahman Abdullahi Ayan Bashir
Deeqa Faadumo Fadumo Farhan Hodan Hamdi Ifrah Khadar Mahad Maryan Muna Nasra Qamar Sahra Ubah
Warsame Xamza Yasmin Zamzam
Cabdi Cabdiraxmaan Cabdullahi Cabdiqaadir Cali Caasha Axmed Maxamed Maxamuud Xasan Xuseen
Xaliimo Nimco Ubax Hibo Idil Sagal Guuled Abshir Liibaan Mustaf Khadra Shukri Ilhaan Ayaan
Zarghuna Gulpari Palwasha Malalai Spozhmai Zarmina Gulalai Storai Wazhma Mursal Frishta Zuhal
Shabnam Nilofar Mahbooba Khatera Parwana Shukria Sadaf Marwa Mursal Nazo Hosai Bibi Gulnaz
Mirwais Zalmai Wahidullah Zabihullah Hekmatullah Rahmatullah Najibullah Khalilullah Ezatullah
Samiullah Naqibullah Asadullah Obaidullah Nasrullah Habibullah Sibghatullah Gulbuddin Ajmal
Jawid Javid Naweed Navid Fawad Shafiq Tamim Dawood Daud Wahid Sohail Sohrab Baryalai Ghulam
Mohd Khalid Rahim Qadir Nematullah Ahmadullah Safiullah Shir Sher Gul Noorullah Zia Zakia
Kiflom Ghirmay Rahwa Winta Mehret Merhawit Hiwet Samrawit Tesfu Mussie Yared Yemane Fnan
Aster Tigist Meron Lidya Bisrat Biruk Dagim Kaleab Nahom Abel Michael Solomon Tekle Hailu
"""


def _names(line: str) -> list[str]:
    """The spellings of the name on one line (``Abd+al+Rahman``: joined, spaced, hyphenated)."""
    name = line[3:29].strip()
    if "+" not in name:
        return [name]
    parts = name.split("+")
    return [" ".join(parts), "-".join(parts), "".join(parts).capitalize()]


def _words(dictionary: Path) -> set[str]:
    """The lower-case words of a word list (one word a line, ISO-8859-1 or UTF-8)."""
    raw = dictionary.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return {w for w in text.split() if w.islower()}


def main(source: Path, dictionary: Path) -> None:
    kept: set[str] = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "=")) or len(line) < 80 or line[29] == "+":
            continue
        for column, lowest in COUNTRIES.values():
            frequency = line[column].strip()
            if frequency and int(frequency, 16) >= lowest:
                kept.update(n for n in _names(line) if " " not in n)
                break
    kept.update(EXTRA.split())
    kept = {unicodedata.normalize("NFC", n) for n in kept if len(n) >= 2}
    words = _words(dictionary)
    lines = sorted(("~" + n) if n.lower() in words else n for n in kept)
    header = [
        "# Given names for the personal-data gate (core/gate/personaldata.py), one a line.",
        "# Made by scripts/make_given_names.py from nam_dict.txt in gender-guesser 0.4.0 (PyPI):",
        "# data of Jorg Michael's program 'gender', (c) 2007-2008, GNU Free Documentation License",
        "# 1.2 or later (GFDL-1.2.txt beside this file); this derived list is under the same",
        "# licence. Countries kept: " + "; ".join(COUNTRIES) + ".",
        "# Added by hand (not in the source): common Eritrean (Tigrinya) and Somali given names.",
        "# ~Name: also a Norwegian word in lower case (Debian's wnorwegian, bokmaal).",
    ]
    TARGET.write_text("\n".join([*header, *lines]) + "\n", encoding="utf-8")
    print(f"{len(kept)} names written to {TARGET}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
