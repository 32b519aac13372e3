"""Personal data in a decision's text is caught. The numbers are generated here, not real ones."""

from __future__ import annotations

from stdnum.no import fodselsnummer

from praksisbank.core.anonymity import find_personal_data


def generated_number(birth: str, *, d_number: bool = False) -> str:
    """A number with valid check digits for a made-up birth date; belongs to nobody we know of."""
    if d_number:
        birth = str(int(birth[0]) + 4) + birth[1:]
    for individual in range(500, 1000):
        base = f"{birth}{individual:03d}"
        number = base + fodselsnummer.calc_check_digit1(base)
        number += fodselsnummer.calc_check_digit2(number)
        if fodselsnummer.is_valid(number):
            return number
    raise AssertionError("no valid number generated")


def whats(text: str) -> list[str]:
    return [f.what for f in find_personal_data(text)]


def test_identity_numbers_and_d_numbers_are_found() -> None:
    number = generated_number("010203")
    assert whats(f"Søkeren ({number}) møtte.") == ["et fødselsnummer eller D-nummer"]
    assert whats(f"Søkeren ({number[:6]} {number[6:]}) møtte.") == [
        "et fødselsnummer eller D-nummer"]
    assert whats(f"D-nummer {generated_number('150595', d_number=True)}.") == [
        "et fødselsnummer eller D-nummer"]


def test_other_personal_data_is_found() -> None:
    assert whats("Ring 22 33 44 55 eller +47 91234567.") == ["et telefonnummer"] * 2
    assert whats("Skriv til saksbehandler@udi.example.") == ["en e-postadresse"]
    assert whats("Jf. sak 16/02035-7.") == ["et saksnummer"]
    assert whats("DUF 2016 123456 78.") == ["et DUF-nummer"]


def test_ordinary_numbers_are_not_personal_data() -> None:
    text = ("Søkeren var 24 år og reiste i 2019. Utl. § 28 første ledd bokstav a. "
            "Om lag 1 200 000 mennesker er fordrevet. Artikkel 3 nr. 2.")
    assert whats(text) == []


def test_eleven_digits_with_wrong_check_digits_are_not_flagged() -> None:
    number = generated_number("010203")
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert whats(wrong) == []


def test_findings_do_not_repeat_the_number_in_full() -> None:
    number = generated_number("311299")
    [finding] = find_personal_data(number)
    assert number not in finding.text
