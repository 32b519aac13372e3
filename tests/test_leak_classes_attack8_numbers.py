"""Issue 17, attack round 8: numbers, one table a class, each with its near misses (legal
citations, road names, amounts, organisation numbers, ordinary words):

1. an identity number or a phone read out in Polish, in Hindi/Urdu or Dari/Persian in Latin
   letters, or in Somali spellings (``labo``), after ``Lambarka`` too (``spoken.py``); words that
   are everyday Norwegian or English words as well (``do``, ``se``, ``ek``, ``teen``) count only
   in a number with check digits (``spoken.WEAK``);
2. a Norwegian vehicle registration after its keyword (``kjennemerke AB 12345``): the class «et
   kjennemerke» (``personaldata._vehicles``);
3. an identity number whose digits are letters of several shapes (``I7O392SOOO4``: ``S`` beside
   ``O``), on the published page (``rendered._like_identity``);
4. Iran's national code after ``Kode melli`` (its check digit, ``personaldata._iranian_codes``);
5. a street address with ``nummer`` or the house number in words (``Storgata tolv i Oslo``).

Nothing here is real: identity numbers are generated in the test (``helpers.identity_number``),
the Iranian code is made here from nine made-up digits and its check digit, the phone number is
phonenumbers' own example of a Norwegian mobile, the registrations and streets are made up.
"""

from __future__ import annotations

import phonenumbers
import pytest

from gaterows import Row, check, page_findings, page_of, source_findings
from helpers import identity_number
from praksisbank.core.gate import spoken
from praksisbank.core.gate.personaldata import iranian_code_valid

NUMBER = identity_number("170392")
OTHER = identity_number("080688")  # eights and a six, for B and G
IDENTITY = "et fødselsnummer, D-nummer eller H-nummer"
FOREIGN_ID = "et utenlandsk identitetsnummer"
VEHICLE = "et kjennemerke"
ADDRESS = "en adresse"
_EXAMPLE = phonenumbers.example_number_for_type("NO", phonenumbers.PhoneNumberType.MOBILE)
assert _EXAMPLE is not None
MOBILE = str(_EXAMPLE.national_number)


def _iranian(first_nine: str) -> str:
    """Nine made-up digits and the check digit Iran's rule gives them."""
    rest = sum(int(d) * (10 - i) for i, d in enumerate(first_nine)) % 11
    return first_nine + str(rest if rest < 2 else 11 - rest)


IRANIAN = _iranian("398259791")
WRONG_CHECK = IRANIAN[:9] + str((int(IRANIAN[9]) + 5) % 10)


# -- 1. numbers read out in more languages -----------------------------------------------------

_SAID = {
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "hi": "shunya ek do teen char paanch chhe saat aath nau",
    "fa": "sefr yek do se chahar panj shesh haft hasht noh",
    "so": "eber kow labo saddex afar shan lix toddoba siddeed sagaal",
}


def said(digits: str, language: str) -> str:
    words = _SAID[language].split()
    return " ".join(words[int(d)] for d in digits)


WORDS = [
    *(
        Row(f"an identity number in {lang}", f"Personnummeret: {said(NUMBER, lang)}.", True)
        for lang in _SAID
    ),
    Row("a phone in Polish", f"Mobil: {said(MOBILE, 'pl')}.", True),
    Row("Somali after Lambarka", f"Lambarka: {said(NUMBER, 'so')}.", True),
    Row("a weak word before a phone", f"Ring se {said(MOBILE, 'pl')}.", True),
    # near misses: everyday words, counts, a run of weak words that is no number with check digits
    Row("se and do in a sentence", "Han må se to tre ganger på do før han går.", False),
    Row("English words", "I do one two three things; the teen had char marks.", False),
    Row("a count in Polish", "Było ich trzy albo cztery.", False),
    Row("a year in words", "Han kom i to tusen og nitten.", False),
    # counting, as an interview guide's language test writes it (the probe after round 8)
    Row("counting to ten in Somali", f"Han telte: {_SAID['so'][5:]}, toban.", False),
    Row("counting in Polish", f"Hun telte på polsk: {_SAID['pl']}.", False),
]


@pytest.mark.parametrize("row", WORDS, ids=repr)
def test_a_number_read_out_in_more_languages_is_found(row: Row) -> None:
    check(row)


def test_a_run_with_an_everyday_word_counts_only_with_check_digits() -> None:
    # a phone number read out with `do` and `teen` has no check digits: not read as a number
    hindi_phone = said(MOBILE, "hi")
    assert set(hindi_phone.split()) & spoken.WEAK
    assert source_findings(f"Mobil: {hindi_phone}.") == []
    # an identity number with the same words is found (its check digits)
    assert IDENTITY in source_findings(f"Nummer: {said(NUMBER, 'hi')}.")


# -- 2. vehicle registrations ------------------------------------------------------------------

VEHICLES = [
    Row("kjennemerke", "Søkerens bil hadde kjennemerke AB 12345 da han ble stanset.", True),
    Row("skiltnummer and words between", "Skiltnummeret på bilen var EL 12345.", True),
    Row("reg.nr. written together", "Han ble stanset i bil med reg.nr. AB12345.", True),
    Row("skilt", "Bilen, en Toyota med skilt EK 12345, ble beslaglagt.", True),
    Row("registreringsnummer, four digits", "Registreringsnummer: CD 1234.", True),
    Row("bilnummer", "Bilnummeret er ZX 98765.", True),
    Row("grouped as on the plate", "Kjennemerke AB 123 45 sto i rapporten.", True),
    # near misses: roads, EU acts, letters and digits without a keyword, a sign
    Row("a European road", "Han kjørte E6 mot Oslo og tok av ved E18.", False),
    Row("an EU regulation", "Forordning (EU) 2016/679 gjelder behandlingen.", False),
    Row("a sign and an EU act", "Skiltet viste E18 og EU 2016/679.", False),
    Row("no keyword", "Bilen AB 12345 sto parkert ved mottaket.", False),
    Row("a road number", "Vei nr. 123 45 km fra Kabul var stengt.", False),
    Row("a speed sign", "Skiltet ved Storgata viste fartsgrense 50.", False),
    Row("a sign and a year", "Vedtaket viser til skilt UD 2019 om sikkerhet.", False),
    Row("divorced, a year", "Hun ble skilt EU 2020, i Tyrkia.", False),
    Row("an organisation number", "Organisasjonsnummer 974 760 673 tilhører UDI.", False),
]


@pytest.mark.parametrize("row", VEHICLES, ids=repr)
def test_a_vehicle_registration_after_its_keyword_is_found(row: Row) -> None:
    check(row)
    if row.found:
        assert VEHICLE in source_findings(row.body)


# -- 3. letters of several shapes in an identity number ----------------------------------------

_LOOKS = NUMBER.replace("0", "O").replace("1", "I").replace("5", "S")

LOOKALIKES = [
    Row("I, O and S for 1, 0 and 5", f"Personnummer: {_LOOKS}.", True),
    Row("grouped six and five", f"Personnummer: {_LOOKS[:6]} {_LOOKS[6:]}.", True),
    Row("B, G and O", "Nr: " + OTHER.replace("8", "B").replace("6", "G").replace("0", "O"), True),
    # near misses: codes of letters and digits, a run that is no identity number
    Row("product codes", "Modellen B52 og CO2 og 5G-nettet og S2 og Oslo 12.", False),
    Row("a wrong check digit", f"Nummer: {_LOOKS[:-1]}{(int(NUMBER[-1]) + 1) % 10}.", False),
    Row("a code of letters", "Koden SOS 1234 OBOS 5678 gjelder skjemaet.", False),
]


@pytest.mark.parametrize("row", LOOKALIKES, ids=repr)
def test_letters_shaped_like_digits_are_read_on_the_page(row: Row) -> None:
    # the source gate does not fold look-alikes (round 7): the page gate stops them
    check(row, source=False)
    if row.found:
        assert IDENTITY in page_findings(page_of(row.body))


# -- 4. Iran's national code -------------------------------------------------------------------

IRANIAN_ROWS = [
    Row("after Kode melli", f"Kode melli: {IRANIAN}.", True),
    Row("code melli, grouped", f"Code melli {IRANIAN[:3]}-{IRANIAN[3:9]}-{IRANIAN[9]}.", True),
    Row("after the Persian keyword", f"کد ملی: {IRANIAN}", True),
    Row("after shomare melli", f"Shomare melli hans er {IRANIAN}.", True),
    # near misses: the same digits without the keyword, a ten-digit count
    Row("no keyword", f"Saksnummer {IRANIAN} i arkivet.", False),
    Row("an amount", "Budsjettet var 1234567890 kroner.", False),
]


@pytest.mark.parametrize("row", IRANIAN_ROWS, ids=repr)
def test_an_iranian_national_code_is_found(row: Row) -> None:
    check(row)
    if row.found:
        assert FOREIGN_ID in source_findings(row.body)


def test_the_iranian_check_digit() -> None:
    assert iranian_code_valid(IRANIAN)
    assert not iranian_code_valid(WRONG_CHECK)
    assert not iranian_code_valid("1111111111")  # ten equal digits are no code
    assert not iranian_code_valid(IRANIAN[:9])


# -- 5. addresses with `nummer` or the house number in words -------------------------------------

ADDRESSES = [
    Row("a house number in words, then a town", "Han bodde i Storgata tolv i Oslo.", True),
    Row("nummer and digits", "Adresse: Storgata nummer 12, Oslo.", True),
    Row("nr. and digits", "Han bodde i Storgata nr. 12.", True),
    Row("nummer and a word", "Hun bor i Kirkeveien nummer tjueto.", True),
    Row("a word and a letter", "Kirkeveien fem B i Bergen var adressen.", True),
    Row("a word at the sentence's end", "Han bodde i Storgata tolv.", True),
    # near misses: a street and a count, an article, a section, a law
    Row("a street and a count", "Han gikk Storgata to ganger.", False),
    Row("a street and an article", "Han gikk opp Storgata en kveld i mars.", False),
    Row("years in a street", "De bodde i Storgata i tre år.", False),
    Row("a chapter number", "Se kapittel nummer 12 i rundskrivet.", False),
    Row("a law's number", "Lov nr. 12 gjelder.", False),
    Row("a street alone", "Hovedgata to og tre kvartaler unna er stengt.", False),
]


@pytest.mark.parametrize("row", ADDRESSES, ids=repr)
def test_an_address_with_its_house_number_in_words_is_found(row: Row) -> None:
    check(row)
    if row.found:
        assert ADDRESS in source_findings(row.body)
