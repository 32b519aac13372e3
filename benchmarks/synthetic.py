"""Fictional content at the scale of a directorate's decision bank, for the benchmarks.

``generate(target, decisions=N, countries=M)`` writes a whole project: ``mkdocs.yml`` and
``docs/`` from this repository, and for M countries a practice note with five categories and
its changes, an interview guide, a few practice clarifications, arrival figures, and N decisions
(about 800 words each) spread over the countries, categories, outcomes and legal provisions, some
of them outdated or withdrawn. Everything comes from a fixed seed: the same arguments give the
same bytes. The texts are made of invented sentences about invented places: no real person, no
real case, and no digits in running text (the personal-data gate would rightly stop them).
"""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 2026_12
TODAY = date(2026, 12, 1)

COUNTRIES = ("AFG", "ERI", "SYR", "SOM", "SDN", "TUR", "IRQ", "ETH", "IRN", "UKR", "YEM", "COD")
CATEGORIES = (
    ("enslig-kvinne", "Enslige kvinner uten nettverk", "complex"),
    ("tidligere-statsansatt", "Tidligere statsansatte", "complex"),
    ("religion-konversjon", "Konvertitter og frafalne", "complex"),
    ("militaertjeneste", "Unndragelse av militærtjeneste", "medium"),
    ("enslig-mann-nettverk", "Enslige menn med nettverk", "simple"),
)
OUTCOMES = ("protection", "refused", "humanitarian", "dublin", "dismissed")
PROVISIONS = (
    "utl. § 28",
    "utl. § 28 første ledd bokstav a",
    "utl. § 28 første ledd bokstav b",
    "utl. § 28 femte ledd",
    "utl. § 32 første ledd bokstav a",
    "utl. § 38",
)
TAGS = (
    "internflukt",
    "nettverk",
    "troverdighet",
    "konversjon",
    "verneplikt",
    "klan",
    "kjønn",
    "sosiale medier",
    "landkonflikt",
    "journalist",
)

# Sentences are put together from parts, so the texts have a vocabulary of some thousand words
# (with the invented place names), as real decisions have, not one paragraph repeated.
_SUBJECTS = (
    "Søkeren",
    "Direktoratet",
    "Søkerens bror",
    "Familien",
    "Den lokale militsen",
    "Tolken",
    "Saksbehandleren",
    "Nabolagskomiteen",
    "Landinformasjonen",
    "Arbeidsgiveren",
)
_VERBS = (
    "forklarte at",
    "la til grunn at",
    "opplyste i intervjuet at",
    "fant det sannsynlig at",
    "kunne ikke utelukke at",
    "viste til at",
    "bestred at",
    "bekreftet at",
)
_CLAUSES = (
    "konflikten om jorden i {place} hadde vart i flere år",
    "han hadde arbeidet som sjåfør for et distriktskontor i {place}",
    "hun ikke hadde mannlige slektninger igjen i {place}",
    "myndighetene hadde oppsøkt familiens hus i {place} etter utreise",
    "reisen gikk over fjellene nord for {place} til nabolandet",
    "forklaringen om hendelsene i {place} var detaljert og sammenhengende",
    "det ikke var holdepunkter for at søkeren var kjent for myndighetene i {place}",
    "sikkerhetssituasjonen i {place} var bedret det siste året",
    "søkeren hadde gått på skole i {place} i seks år",
    "en onkel drev en liten butikk i {place} og kunne gi praktisk hjelp",
    "innkallingen til tjeneste kom mens søkeren bodde i {place}",
    "søkeren deltok i en menighet i {place} etter ankomst",
    "landsbyen {place} ble kontrollert av en væpnet gruppe i perioden",
    "den anførte risikoen var knyttet til en privat konflikt i {place}",
)
_ENDINGS = (
    "",
    " Dette ble tillagt vekt.",
    " Opplysningen ble ikke bestridt.",
    " Direktoratet fant ikke grunn til å tvile på dette.",
    " Forholdet ble drøftet med fagenheten.",
)
_SYLLABLES = (
    "ka",
    "ro",
    "mi",
    "sel",
    "dan",
    "vu",
    "te",
    "lor",
    "bi",
    "na",
    "qa",
    "zu",
    "far",
    "ol",
)
_HEADINGS = ("Sammendrag", "Faktum", "Vurdering", "Konklusjon")


def _place(rng: random.Random) -> str:
    name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
    return name.capitalize()


def _sentence(rng: random.Random, places: list[str]) -> str:
    clause = rng.choice(_CLAUSES).format(place=rng.choice(places))
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {clause}.{rng.choice(_ENDINGS)}"


def _body(rng: random.Random, words: int, headings: tuple[str, ...] = _HEADINGS) -> str:
    places = [_place(rng) for _ in range(4)]
    per_section = words // len(headings)
    parts = ["Dette er fiktivt innhold laget for ytelsesmåling.", ""]
    for heading in headings:
        parts += [f"## {heading}", ""]
        count = 0
        while count < per_section:
            paragraph = " ".join(_sentence(rng, places) for _ in range(rng.randint(3, 6)))
            count += len(paragraph.split())
            parts += [paragraph, ""]
    return "\n".join(parts)


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _note(code: str, rng: random.Random) -> str:
    lines = [
        "---",
        f"id: PN-{code}",
        f"title: Praksisnotat {code} (syntetisk)",
        f"country: {code}",
        "owner_unit: Enhet A1",
        f"last_reviewed: {_day(rng, date(2026, 6, 1), TODAY)}",
        "review_interval_days: 180",
        "categories:",
    ]
    for slug, name, complexity in CATEGORIES:
        lines += [
            f"  - code: {slug}",
            f"    name: {name}",
            f"    description: Fiktiv kategori for ytelsesmåling, {name.lower()}.",
            f"    complexity: {complexity}",
        ]
    lines += ["contacts:", "  - name: Kari Eksempelsen", "    unit: Enhet A2", "changes:"]
    for when in sorted((_day(rng, date(2024, 1, 1), TODAY) for _ in range(3)), reverse=True):
        lines += [f"  - date: {when}", "    summary: Fiktiv endring i praksis for ytelsesmåling."]
    return "\n".join([*lines, "---", "", _body(rng, 600)])


def _guide(code: str, rng: random.Random) -> str:
    reviewed = _day(rng, date(2026, 3, 1), TODAY)
    return "\n".join(
        [
            "---",
            f"id: IG-{code}",
            f"title: Intervjuguide {code} (syntetisk)",
            f"country: {code}",
            "audience: adults",
            "quality_assured_by: Intervjufaglig nettverk",
            f"quality_assured: {reviewed}",
            f"last_reviewed: {reviewed}",
            "review_interval_days: 180",
            "---",
            "",
            _body(rng, 500),
        ]
    )


def _clarification(code: str, number: int, rng: random.Random) -> str:
    return "\n".join(
        [
            "---",
            f"id: PA-{code}-2026-{number:03d}",
            f"title: Fiktiv praksisavklaring {number} for {code}",
            f"country: {code}",
            "owner_unit: Enhet A1",
            f"date: {_day(rng, date(2026, 1, 1), TODAY)}",
            f"categories: [{rng.choice(CATEGORIES)[0]}]",
            "---",
            "",
            _body(rng, 300, ("Spørsmål", "Avklaring")),
        ]
    )


def _decision(code: str, number: int, rng: random.Random, words: int) -> tuple[str, str]:
    decided = _day(rng, date(2018, 1, 1), date(2026, 10, 31))
    ident = f"VB-{code}-{decided.year}-{number:05d}"
    category = rng.choice(CATEGORIES)
    provisions = rng.sample(PROVISIONS, rng.randint(1, 2))
    lines = [
        "---",
        f"id: {ident}",
        f"title: Fiktivt vedtak om {category[1].lower()} ({rng.choice(TAGS)})",
        f"country: {code}",
        f"category: {category[0]}",
        f"decided: {decided}",
        f"outcome: {rng.choice(OUTCOMES)}",
        "legal_basis:",
        *(f"  - {p}" for p in provisions),
        "tags:",
        *(f"  - {t}" for t in rng.sample(TAGS, 2)),
        "description: Fiktivt eksempelvedtak laget for ytelsesmåling.",
    ]
    roll = rng.random()
    if roll < 0.05:
        lines += [
            "status: outdated",
            "status_reason: Vurderingen bygger på landinformasjon som ikke lenger gjelder.",
            f"status_date: {_day(rng, decided, TODAY)}",
        ]
    elif roll < 0.07:
        lines += [
            "status: withdrawn",
            "status_reason: Vedtaket er trukket fra vedtaksbanken etter en fiktiv gjennomgang.",
            f"status_date: {_day(rng, decided, TODAY)}",
        ]
    slug = f"{decided.year}-{number:05d}-{category[0]}"
    return slug, "\n".join([*lines, "---", "", _body(rng, words)])


def generate(
    target: Path,
    decisions: int,
    countries: int = 10,
    words: int = 800,
    clarifications: int = 3,
    seed: int = SEED,
) -> None:
    """Write a whole fictional project into ``target`` (which must be empty or missing)."""
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", target / "docs")
    codes = COUNTRIES[:countries]
    arrivals = ["# Fiktive ankomsttall for ytelsesmåling."]
    for rank, code in enumerate(codes):
        arrivals += [
            f"- country: {code}",
            f"  arrivals: {2000 - 150 * rank}",
            "  expected_increase: false",
        ]
        _write(target / "practice_notes" / f"{code.lower()}.md", _note(code, rng))
        _write(target / "interview_guides" / f"{code.lower()}.md", _guide(code, rng))
        for number in range(1, clarifications + 1):
            name = f"{code.lower()}-2026-{number:02d}-fiktiv.md"
            _write(target / "practice_clarifications" / name, _clarification(code, number, rng))
    _write(target / "practice_notes" / "arrivals.yml", "\n".join(arrivals) + "\n")
    # The demo's vocabulary: the first search measured expands its word with it, as on the site.
    shutil.copy(ROOT / "practice_notes" / "vocabulary.yml", target / "practice_notes")
    for number in range(decisions):
        code = codes[number % len(codes)]
        slug, text = _decision(code, number, rng, words)
        _write(target / "decision_bank" / code.lower() / f"{slug}.md", text)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write a fictional project for the benchmarks.")
    parser.add_argument("target", type=Path)
    parser.add_argument("--decisions", type=int, default=2000)
    parser.add_argument("--countries", type=int, default=10)
    args = parser.parse_args()
    generate(args.target, args.decisions, args.countries)
    print(f"Wrote {args.decisions} decisions over {args.countries} countries to {args.target}")
