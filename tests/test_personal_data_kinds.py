"""The kinds of personal data beyond Norwegian numbers and e-mail addresses
(core/gate/personaldata.py):
foreign phone numbers, foreign identity numbers, Norwegian account numbers, IBAN, dates of birth,
passport and ID numbers, street addresses and personal names. One table per class, each with the
near-misses that must stay allowed.

No real personal data here: identity, account and IBAN numbers are generated below from made-up
parts with the check-digit functions of python-stdnum and schwifty; phone numbers are made-up
numbers of the right form; names and addresses are invented or the usual placeholders.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

import pytest
from schwifty import IBAN
from stdnum import luhn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.ua import rntrc

from helpers import TODAY, Project, write_project
from praksisbank.core.content.loader import Layout, load
from praksisbank.core.gate import caps
from praksisbank.core.gate.anonymity import find_personal_data, mask_digits

FOREIGN_PHONE = "et utenlandsk telefonnummer"
FOREIGN_ID = "et utenlandsk identitetsnummer"
ACCOUNT = "et kontonummer"
IBAN_NUMBER = "et IBAN-nummer"
BIRTH = "en fødselsdato"
PASSPORT = "et passnummer"
ID_DOCUMENT = "et ID-nummer"
ADDRESS = "en adresse"
NAME = "et personnavn"
NORWEGIAN_ID = "et fødselsnummer, D-nummer eller H-nummer"


# -- generated numbers (never a literal one) ---------------------------------------------------


def swedish_number(birth: str, serial: str = "123") -> str:
    """A Swedish personnummer `YYMMDD-NNNC` for a made-up birth date (Luhn check digit)."""
    body = birth + serial
    return f"{birth}-{serial}{luhn.calc_check_digit(body)}"


def finnish_number(birth: str, serial: str = "123", sign: str = "-") -> str:
    """A Finnish henkilötunnus `DDMMYY-NNNC` (check character: the number modulo 31; the sign
    gives the century: `-` 1900s, `A` 2000s)."""
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(birth + serial) % 31]
    return f"{birth}{sign}{serial}{check}"


def turkish_number(first: str = "123456789") -> str:
    return first + tckimlik.calc_check_digits(first)


def polish_number(first: str = "9005171234") -> str:
    return first + pesel.calc_check_digit(first)


def ukrainian_number(first: str = "312345678") -> str:
    return first + rntrc.calc_check_digit(first)


def russian_number(first: str = "5001234567") -> str:
    return first + inn.calc_personal_check_digits(first)


def norwegian_identity(birth: str = "170590", serial: str = "123") -> str:
    body = birth + serial
    first = fodselsnummer.calc_check_digit1(body)
    return body + first + fodselsnummer.calc_check_digit2(body + first)


def account_number(first: str = "1234567890") -> str:
    """An 11-digit Norwegian account number (mod 11 with weights 5,4,3,2,7,6,5,4,3,2)."""
    total = sum(int(d) * w for d, w in zip(first, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    check = (11 - total % 11) % 11
    assert check != 10, "choose other digits: no valid check digit"
    return first + str(check)


def grouped_account(number: str, sep: str = " ") -> str:
    return f"{number[:4]}{sep}{number[4:6]}{sep}{number[6:]}"


def generated_iban(country: str, bank: str, account: str) -> str:
    return str(IBAN.generate(country, bank_code=bank, account_code=account).formatted)


# Near-misses every class must let pass: the department's own numbers and dates.
ALWAYS_ALLOWED = [
    "Vedtaket bygger på utl. § 28 første ledd bokstav a og § 38.",
    "Se HR-2020-2345-A og Rt. 2009 s. 1261 (dom av 17.05.2009).",
    "Tiltaket kostet 25 000 kr, og 1 500 kroner per dag.",
    "Organisasjonsnummer 974 760 673.",
    "decided: 2024-05-17",
    "Vedtaket VB-AFG-2024-017 viser til IM 2016-003 punkt 4.2.",
    "Praksisavklaringen PA-AFG-2026-001 ble gitt 01.05.2024.",
    "Intervjuet varte fra 08.00-16.00, i 2019 og 2020.",
    "Søkeren var 34 år da hun kom i 2019.",
    "Enhet A1 og Intervjufaglig nettverk har kvalitetssikret guiden.",
    "Søkeren kom fra Mazar-e Sharif via Herat og Kabul til Oslo.",
]


def found(text: str, known_names: Collection[str] = ()) -> list[tuple[str, str]]:
    findings = find_personal_data(text, known_names=known_names)
    return [(f.what, text[f.offset : f.end]) for f in findings]


def assert_found(text: str, what: str, value: str) -> None:
    findings = find_personal_data(text)
    assert [(f.what, text[f.offset : f.end]) for f in findings] == [(what, value)], findings
    masked = findings[0].masked
    assert value not in masked, masked  # never the whole value in a message


@pytest.mark.parametrize("text", ALWAYS_ALLOWED)
def test_the_departments_own_numbers_dates_and_words_pass(text: str) -> None:
    assert found(text) == []


class TestForeignPhoneNumbers:
    FOUND = (
        ("Ring +46 70 123 45 67 i morgen.", "+46 70 123 45 67"),
        ("Søsteren har nummer 0046 70-123 45 67.", "0046 70-123 45 67"),
        ("Nummeret (+963) 11 234 5678 ble oppgitt.", "(+963) 11 234 5678"),
        ("Mobil +93 70 123 4567.", "+93 70 123 4567"),
        ("Faren: +380 50 123 4567.", "+380 50 123 4567"),
        ("Broren: +90 532 123 45 67.", "+90 532 123 45 67"),
        ("Tlf. +291 7 123 456.", "+291 7 123 456"),
        ("Svensk mobil 070-123 45 67.", "070-123 45 67"),
        ("Tyrkisk nummer 0532 123 45 67.", "0532 123 45 67"),
        ("Ukrainsk nummer 050 123 4567.", "050 123 4567"),
    )
    ALLOWED = (
        "Møtet var 01.05.2024 kl. 08.00-16.00.",
        "Beløpet var 0,5 prosent av 25 000 kr.",
        "Se punkt 0.1 og 0.2 i rutinen.",
        "Tallet +5 grader og -3 grader.",
        "Saken gjelder 2019-2020 og 2021-2022.",
    )

    @pytest.mark.parametrize(("text", "value"), FOUND)
    def test_found(self, text: str, value: str) -> None:
        assert_found(text, FOREIGN_PHONE, value)

    @pytest.mark.parametrize("text", ALLOWED)
    def test_near_misses_pass(self, text: str) -> None:
        assert found(text) == []

    def test_a_norwegian_number_stays_a_norwegian_phone_number(self) -> None:
        assert found("Ring +47 912 34 567.") == [("et telefonnummer", "+47 912 34 567")]


class TestForeignIdentityNumbers:
    FOUND = (
        (f"Det svenske personnummeret {swedish_number('900517')} ble oppgitt.", "swedish"),
        # (born 1985: a 12-digit number starting 1990-2039 reads as a DUF number first)
        (f"Personnummer 19{swedish_number('850517')}.", "swedish, with the century"),
        (f"Personnummer {swedish_number('900517').replace('-', '')}.", "swedish, ungrouped"),
        (f"Finsk nummer {finnish_number('170590')}.", "finnish"),
        (f"Finsk nummer {finnish_number('170505', sign='B')}.", "finnish, born in the 2000s"),
        (f"T.C. Kimlik No {turkish_number()}.", "turkish"),
        (f"PESEL {polish_number()}.", "polish"),
        (f"RNOKPP {ukrainian_number()}.", "ukrainian"),
        (f"INN {russian_number()}.", "russian"),
        ("Dansk CPR 170590-1234.", "danish"),  # a CPR number is a date and four digits
    )
    ALLOWED = (
        "Nummeret 1234567890 er oppdiktet.",  # no valid check digit in any of the countries
        "Organisasjonsnummer 974 760 673.",
        "Perioden 170590-170591.",  # two dates, not a date and four digits
    )

    @pytest.mark.parametrize(("text", "country"), FOUND)
    def test_found(self, text: str, country: str) -> None:
        findings = find_personal_data(text)
        assert [f.what for f in findings] == [FOREIGN_ID], (country, findings)

    @pytest.mark.parametrize("text", ALLOWED)
    def test_near_misses_pass(self, text: str) -> None:
        assert found(text) == []

    def test_a_norwegian_identity_number_is_reported_as_one(self) -> None:
        number = norwegian_identity()
        assert found(f"Nummer {number}.") == [(NORWEGIAN_ID, number)]


class TestAccountNumbers:
    NUMBER = account_number()
    FOUND = (
        (f"Kontonummer {grouped_account(NUMBER)}.", grouped_account(NUMBER)),
        (f"Konto {grouped_account(NUMBER, '.')}.", grouped_account(NUMBER, ".")),
        (f"Konto {NUMBER}.", NUMBER),
    )
    WRONG_CHECK_DIGIT = NUMBER[:-1] + str((int(NUMBER[-1]) + 1) % 10)
    ALLOWED = (
        f"Saken {grouped_account(WRONG_CHECK_DIGIT)}.",  # no keyword: the check digit decides
        "Tallene 1234 56 og 78903.",
    )

    @pytest.mark.parametrize(("text", "value"), FOUND)
    def test_found(self, text: str, value: str) -> None:
        assert_found(text, ACCOUNT, value)

    def test_after_its_keyword_a_wrong_check_digit_is_an_account_all_the_same(self) -> None:
        shown = grouped_account(self.WRONG_CHECK_DIGIT)
        assert_found(f"Konto {shown}.", ACCOUNT, shown)

    @pytest.mark.parametrize("text", ALLOWED)
    def test_near_misses_pass(self, text: str) -> None:
        assert found(text) == []


class TestIban:
    FOUND = (
        generated_iban("NO", "8601", "111794"),
        generated_iban("DE", "37040044", "532013000"),
        generated_iban("SE", "500", "1234567"),
        generated_iban("NO", "8601", "111794").replace(" ", ""),
    )

    @pytest.mark.parametrize("iban", FOUND)
    def test_found(self, iban: str) -> None:
        assert_found(f"IBAN: {iban} (BIC DNBANOKK).", IBAN_NUMBER, iban)

    @pytest.mark.parametrize(
        "text",
        [
            "IBAN: NO93 8601 1117 948.",  # the check digits do not match
            "Koden AB12 er et skjemanummer.",
        ],
    )
    def test_near_misses_pass(self, text: str) -> None:
        # (`8601 1117` inside still reads as a Norwegian phone number: that class is older)
        assert IBAN_NUMBER not in [f.what for f in find_personal_data(text)]


class TestDatesOfBirth:
    FOUND = (
        ("Søkeren er født 17.05.1990 i Kabul.", "17.05.1990"),
        ("Søkeren er født den 17. mai 1990.", "17. mai 1990"),
        ("Søkeren (f. 17/5/90) kom alene.", "17/5/90"),
        ("Fødselsdato: 1990-05-17.", "1990-05-17"),
        ("fødd 3. januar 1985 i Asmara", "3. januar 1985"),
        ("Date of birth: May 17, 1990.", "May 17, 1990"),
        ("født 170590", "170590"),
        ("Søkeren, **født** 17.05.1990, kom i 2015.", "17.05.1990"),
        ("Søkeren oppga 17.05.1990 (34 år) som dato.", "17.05.1990"),
    )
    ALLOWED = (
        "Vedtaket ble fattet 17.05.2024.",
        "Praksisnotatet ble endret 2024-05-17.",
        "Søkeren er født i 1990.",  # a year of birth is not a date of birth
        "Søkeren er i midten av tjueårene.",
        "Endret 17. mai 2024, jf. rundskrivet.",
        "Født 31.02.1990 finnes ikke.",  # no such date
    )

    @pytest.mark.parametrize(("text", "value"), FOUND)
    def test_found(self, text: str, value: str) -> None:
        assert_found(text, BIRTH, value)

    @pytest.mark.parametrize("text", ALLOWED)
    def test_near_misses_pass(self, text: str) -> None:
        assert found(text) == []


class TestDocumentNumbers:
    FOUND = (
        ("Passnummer: P1234567.", PASSPORT, "P1234567"),
        ("Han viste pass nr. AB 123456 på grensen.", PASSPORT, "AB 123456"),
        ("Passport no. N01234567.", PASSPORT, "N01234567"),
        ("Tazkira nr 1395-0101-12345 ble fremlagt.", FOREIGN_ID, "1395-0101-12345"),
        ("Tazkera: 7712345 ble fremlagt.", ID_DOCUMENT, "7712345"),
        ("ID-kort 12345678 var falskt.", ID_DOCUMENT, "12345678"),
        ("Nasjonalt ID-nummer: 000123456789.", FOREIGN_ID, "000123456789"),
        ("Oppholdskort nr. SE1234567.", ID_DOCUMENT, "SE1234567"),
    )
    ALLOWED = (
        "Passet ble utstedt i 2019.",
        "Søkeren la fram tazkira fra 2015.",
        "ID-kontrollen tok 15 minutter.",
        "Se vedtak VB-AFG-2024-017 om passkontroll.",
        "Reisedokumentet var gyldig til 2020.",
    )

    @pytest.mark.parametrize(("text", "what", "value"), FOUND)
    def test_found(self, text: str, what: str, value: str) -> None:
        assert_found(text, what, value)

    @pytest.mark.parametrize("text", ALLOWED)
    def test_near_misses_pass(self, text: str) -> None:
        assert found(text) == []


class TestAddresses:
    FOUND = (
        ("Hun bor i Storgata 12B, 0368 Oslo.", "Storgata 12B, 0368 Oslo"),
        ("Adressen er Kirkeveien 5.", "Kirkeveien 5"),
        ("Mottaket i Thorvald Meyers gate 5 er stengt.", "Thorvald Meyers gate 5"),
        ("Post sendes til 0368 Oslo.", "0368 Oslo"),
        ("Han bodde i Drottninggatan 10 i Stockholm.", "Drottninggatan 10"),
    )
    ALLOWED = (
        "Etter utl. § 28 og kapittel 5 i forskriften.",
        "I 2019 Oslo-avtalen ble nevnt.",
        "Fra 2019 Bergen og 2020 Oslo.",  # years before a town
        "Veien 5 km nord for Kabul var stengt.",
        "Punkt 4.2 i IM 2016-003.",
    )

    @pytest.mark.parametrize(("text", "value"), FOUND)
    def test_found(self, text: str, value: str) -> None:
        assert_found(text, ADDRESS, value)

    @pytest.mark.parametrize("text", ALLOWED)
    def test_near_misses_pass(self, text: str) -> None:
        assert found(text) == []


class TestPersonalNames:
    FOUND = (
        ("Søkeren møtte Kari Nordmann i Kabul.", "Kari Nordmann"),
        ("Ahmad Rahimi forklarte at han var forfulgt.", "Ahmad Rahimi"),
        ("Tolken oversatte for Olena Kovalenko.", "Olena Kovalenko"),
        ("Vitnet Mehmet Yılmaz bekreftet forklaringen.", "Mehmet Yılmaz"),
        ("Broren Yonas Tesfay er i Sudan.", "Yonas Tesfay"),
        ("I går kom Per Hansen.", "Per Hansen"),  # `Per` inside a sentence is a name
        ("Hun er gift med Ahmad al-Hassan.", "Ahmad al-Hassan"),
        ("| Søker | Fatima Ahmadi |", "Fatima Ahmadi"),
    )
    ALLOWED = (
        "Per Enhet: tre saker.",  # `Per` at the start of a sentence is the preposition
        "Han Kom tilbake.",  # `Han` is a pronoun (a given name too, in some countries)
        "Søkeren kom fra Jordan Valley.",
        "Hun flyktet fra Nord Kivu til Uganda.",
        "Rapporten fra Human Rights Watch og Amnesty International.",
        "Intervjuet ble holdt av Enhet A1.",
        "Kvalitetssikret av Intervjufaglig nettverk.",
        "Fagsjef og Områdeleder godkjente rutinen.",
        "Søkeren er konvertitt og tror på Jesus Kristus.",
    )

    @pytest.mark.parametrize(("text", "value"), FOUND)
    def test_found(self, text: str, value: str) -> None:
        assert_found(text, NAME, value)

    @pytest.mark.parametrize("text", ALLOWED)
    def test_near_misses_pass(self, text: str) -> None:
        assert found(text) == []

    @pytest.mark.parametrize(
        ("text", "known"),
        [
            ("Kontaktperson er Kari Nordmann.", ["Kari Nordmann"]),
            ("Kontaktperson er Kari  Nordmann.", ["kari nordmann"]),
            ("Kontaktperson er Kari Nordmann.", ["Kari Nordmann Hansen"]),
        ],
    )
    def test_known_names_are_not_findings(self, text: str, known: list[str]) -> None:
        assert found(text) != []
        assert found(text, known_names=known) == []

    def test_a_known_name_leaves_the_others(self) -> None:
        text = "Kari Nordmann intervjuet Ahmad Rahimi."
        assert found(text, known_names=["Kari Nordmann"]) == [(NAME, "Ahmad Rahimi")]

    def test_a_name_is_masked_in_messages(self) -> None:
        assert mask_digits("Vitnet Kari Nordmann kom.") == "Vitnet K… N… kom."


class TestContactFields:
    """The fields that name employees (a practice note's contacts, an interview guide's
    quality_assured_by) may hold a name; an applicant's name elsewhere is an error."""

    CASES = (
        ("practice_notes/afg.md", "  - name: Per Prøvestad", "  - name: Kari Nordmann", False),
        (
            "interview_guides/afg.md",
            "quality_assured_by: Intervjufaglig nettverk",
            "quality_assured_by: Kari Nordmann",
            False,
        ),
        (
            "practice_notes/afg.md",
            "Fiktivt notat for tester.",
            "Fiktivt notat om Ahmad Rahimi.",
            True,
        ),
        (
            "practice_notes/afg.md",
            "Fiktivt notat for tester.",
            "Spørsmål til Ingrid Testesen, landpraksiskontakt.",
            False,  # the note's own contact, named in its body
        ),
        (
            "practice_notes/afg.md",
            "    unit: Enhet B2\n  - name: Per",
            "    unit: Enhet B2, Storgata 12\n  - name: Per",
            True,  # the contact fields are exempt from names only
        ),
    )

    @pytest.mark.parametrize(("path", "old", "new", "error"), CASES)
    def test_contact_fields(
        self, project: Project, path: str, old: str, new: str, error: bool
    ) -> None:
        write_project(project)
        file = project.root / path
        text = file.read_text(encoding="utf-8")
        assert old in text
        file.write_text(text.replace(old, new, 1), encoding="utf-8")
        result = load(Layout.default(project.root), TODAY)
        problems = [p for p in result.problems if p.code == "personal-data"]
        assert bool(problems) == error, problems


def test_generated_numbers_are_what_they_claim() -> None:
    """The generators above make valid numbers (so a test that finds none can fail)."""
    from stdnum.se import personnummer

    assert personnummer.is_valid(swedish_number("900517"))
    assert tckimlik.is_valid(turkish_number())
    assert pesel.is_valid(polish_number())
    assert rntrc.is_valid(ukrainian_number())
    assert inn.is_valid(russian_number())
    assert fodselsnummer.is_valid(norwegian_identity())
    assert date(1990, 5, 17) < TODAY


class TestManyCandidates:
    """A text with more number-like strings than the libraries may judge in one scan: never let
    through. Past the cap of one class (``caps.CAP``) the rest is not read, and one finding that
    no exception clears stands for it."""

    CASES = (
        ("national phones", "070-123 45 67", FOREIGN_PHONE),
        ("IBAN", generated_iban("NO", "8601", "111794"), IBAN_NUMBER),
    )

    @pytest.mark.parametrize(("label", "value", "what"), CASES)
    def test_every_candidate_is_reported(self, label: str, value: str, what: str) -> None:
        text = " og ".join([value] * 1500)
        findings = [f for f in find_personal_data(text) if f.what == what]
        assert len(findings) == caps.CAP + 1, label
        capped = [f for f in findings if f.capped]
        assert len(capped) == 1 and not capped[0].exceptable
