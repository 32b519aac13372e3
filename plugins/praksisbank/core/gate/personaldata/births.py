"""Dates of birth a reader finds further from their keyword: in the keyword's sentence, a
day and month with an age or a year near, East Asian dates, an age reached on a date, a date a
reader computes (ISO week, Buddhist era, days old, a birthday tied to the decision), a date
given by reference to someone, an age and a date in parentheses, a date in words.

Imports: `candidates.py`, `dates.py` and the gate's helpers.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

from praksisbank.core.base.dates import is_date
from praksisbank.core.gate import caps, numerals, prefilter, spoken
from praksisbank.core.gate.personaldata.candidates import (
    WHAT_BIRTH,
    Candidate,
    _by_first_letter,
    _digits,
    mask_digits,
)
from praksisbank.core.gate.personaldata.dates import (
    _BIRTH_KEY,
    _BIRTH_KEY_AT,
    _BIRTH_STEMS,
    _DATE,
    _DATE_ANY_MONTH,
    _DAY_WORD,
    _DAY_WORDS,
    _GAP_STOP,
    _MONTH,
    _MONTHS,
    _ORDINAL,
    _ORDINALS,
    _birth,
    _birth_date,
    _date_fields,
    _date_start,
    _full_year,
    _month_number,
    _read_birth,
)
from praksisbank.core.gate.prefilter import has_digit, lowered_alike, may_hold

# A day and a month, the year left out or far away: a date of birth when the sentence says so.
# `fyller 30 år 3. april 2024` (an age reached on a day gives the day and the year of birth),
# `Bursdagen hans er 3. april, og han er fra 1994` (a birthday, and a year or an age in the same
# sentence or the next). A date on its own (`3. april 2024` in a case history) is no date of
# birth, nor is a birthday with no year or age near (`feiret bursdagen 3. april`).
_DAY_MONTH = re.compile(
    rf"(?i)(?P<d>[0-9](?<![\w.][0-9])[0-9]?)(?:\.[ \u00a0]*|[ \u00a0]+)(?P<m>{_MONTH})\.?(?![\w])"
    r"(?:,?[ \u00a0]+(?P<y>[0-9]{4})(?![0-9]))?"
)


_TURNS = re.compile(
    r"(?i)(?<![\w])(?:(?:fyller|fylte|fylle|fyll|blir|ble|runder|rundet|feirer|feiret)"
    r"(?:[ \u00a0]+[^\W\d_]+){0,2}?[ \u00a0]+[0-9]{1,3}"
    r"(?:[ \u00a0]*år(?![\w])|[ \u00a0]*-?[ \u00a0]*årsdag"
    # attack round 12: the age with no `år` before the day (`fyller 18 den 3. april neste år`,
    # `fyller 18 om tre uker, 3. april`); majority (`blir myndig 3. april`)
    r"|(?=[ \u00a0]+(?:den|på|om)[ \u00a0]))"
    r"|[0-9]{1,3}[ \u00a0]*-?[ \u00a0]*årsdag"
    r"|(?:blir|ble|blei|vart|nådde|når)[ \u00a0]+(?:han[ \u00a0]+|hun[ \u00a0]+|ho[ \u00a0]+)?"
    r"myndig(?![\w]))"
)
"""An age reached (`fyller 30 år`, `fylte han 18 år`, `30-årsdagen`, `fyller 18 den`,
`blir myndig`)."""


_TURNS_WORDS = ("år", "myndig", " den ", " på ", " om ")
"""What every match of `_TURNS` holds (lower-cased)."""


_BIRTHDAY = re.compile(
    r"(?i)(?<![\w])(?:bursdag|fødselsdag|født|fødd|född|fødsels?dato|f\.(?=[ \u00a0]*[0-9])"
    r"|fødedag|geburtsdag"
    r"|birthday|born|geboren|doğum)"
)
"""A word that makes a day and month the day of birth."""


_YEAR_OR_AGE = re.compile(
    r"(?<![\w.,])(?:(?:19|20)[0-9]{2}(?![\w])|[0-9]{1,3}[ \u00a0]*(?:i[ \u00a0]+)?år(?![\w]))"
    # a year of two digits after «from» (`han e fra -94`: attack round 12; not a date's own
    # short year, `17 mars -92`, which the date's reader takes whole)
    r"|(?i:(?:(?<=fra[ \u00a0])|(?<=frå[ \u00a0])|(?<=from[ \u00a0]))[-\u2013'’][0-9]{2}(?![\w]))"
    r"|(?i:(?<![\w])(?:ble|blir|fylte|fyller|rundet|runder|alder|age)[ \u00a0:]+[0-9]{1,3}"
    r"(?![\w]|[.,][0-9]))"
)
"""A year, or an age (which gives the year of birth from the decision's date): ``32 år``, ``32 i
år``, ``ble 32``, ``Alder: 32``."""


_ABBREVIATED = "".join(
    rf"(?<!\b{word})"
    for word in ("jf", "Jf", "dvs", "Dvs", "ca", "kl", "nr", "Nr", "pkt", "evt", "mht", "ifm",
                 "iht", "bl", "bl\\.a", "eks", "vs", "ev")
)  # fmt: skip
"""The full stop of an abbreviation ends no sentence (``født i Herat, jf. tazkira
17.03.1992``: the probe after round 8)."""


_SENTENCE_STOP_AT = "[.!?\n|]"
"""The first character of every match of ``_SENTENCE_STOP`` (a branch that starts otherwise
needs it added: ``tests/test_gate_speed.py`` compares the pattern with and without it)."""


_SENTENCE_STOP_PLAIN = (
    r"(?<![0-9])(?<!\b[fF])" + _ABBREVIATED + r"[.!?](?=[ \u00a0]*\n|[ \u00a0]+[^\W_]|\Z)"
    r"|(?<=(?<![0-9])[0-9]{4})\.(?=[ \u00a0]+[^\W\d_]|\Z)|\n|(?<=[ \u00a0])\|(?=[ \u00a0\n]|\Z)"
)


_SENTENCE_STOP = re.compile(f"(?={_SENTENCE_STOP_AT})(?:{_SENTENCE_STOP_PLAIN})")
"""The end of a sentence: not the full stop of a day (``3. april``) or of ``f.``; one before a
date ends a sentence (``Han fylte 18 år. 3. april 2024 kom han``), and so does one after a year
before a word (``fylte 18 år 17.03.2010. Endret 4. november``). A line break and a table cell's
edge end one too: on a published page each block and each row is a line, and a generated list
(the change list, a review page) puts one item's text right before the next item's date.
The look-ahead before it lets the engine skip to those characters: the branches start with
look-behinds (twenty for the abbreviations), which it otherwise tried at every character of a
window (0.49 s against 0.045 s over the demo's 0.8 M characters of visible text)."""


_SENTENCE_REACH = 300
"""How far a sentence is looked for on each side of a date (a longer one is cut there)."""


def _sentences_around(text: str, start: int, end: int, more: int) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` begins, and where the ``more``-th sentence
    after it ends (within ``_SENTENCE_REACH`` on each side)."""
    lo = max(0, start - _SENTENCE_REACH)
    begin = lo
    for stop in _SENTENCE_STOP.finditer(text, lo, start + 2):  # (it looks at what follows)
        if stop.end() <= start:
            begin = stop.end()
    finish = min(len(text), end + _SENTENCE_REACH * (more + 1))
    at = end
    for _ in range(more + 1):
        after = _SENTENCE_STOP.search(text, at, finish)
        if after is None:
            return begin, finish
        at = after.end()
    return begin, at


@caps.capped
def _day_month_births(text: str) -> Iterator[Candidate]:
    """Dates of birth given as a day and a month (see ``_DAY_MONTH``)."""
    low = lowered_alike(text)
    marks: list[dict[str, int]] = []
    told_at_all = may_hold(text, ("fød",))  # (every match of `_BIRTH_TOLD` holds it)
    for date in _DAY_MONTH.finditer(text):
        day, month = int(date.group("d")), _MONTHS[date.group("m").lower()]
        if not is_date(2000, month, day):  # a leap year: 29 February is a day of birth
            continue
        begin, end = _sentences_around(text, date.start(), date.end(), 0)
        sentence = text[begin:end]
        # Every match of `_TURNS` holds `år`, a digit before `den`/`på`/`om` or `myndig` (`low`
        # has them where the text has them in any case).
        turns = low is None or any(low.find(w, begin, end) >= 0 for w in _TURNS_WORDS)
        if not turns or _TURNS.search(sentence) is None:
            told = told_at_all and _told_before(text, begin, sentence, marks)
            if told:  # `Fødselsåret er 1994. Dagen er 3. april.` (attack round 12)
                value = date.group().rstrip(".")
                end = date.start() + len(value)
                yield (date.start(), end, WHAT_BIRTH, mask_digits(value), value.lower())
                continue
            if date.group("y") or _BIRTHDAY.search(sentence) is None:
                continue
            first, last = _sentences_around(text, date.start(), date.end(), 1)
            around = text[first : date.start()] + " " + text[date.end() : last]
            if _YEAR_OR_AGE.search(around) is None:
                continue
        value = date.group().rstrip(".")
        end = date.start() + len(value)
        yield (date.start(), end, WHAT_BIRTH, mask_digits(value), value.lower())


# A day of birth told in a sentence of its own (attack round 12): `Fødselsåret er 1994. Dagen er
# 3. april.`, a footnote `[^1]: Datoen er 3. april 1994.` on `Han er født i Jaghori.[^1]`. The
# sentence opens with «the day/date is»; the sentence before it (or the one the footnote's mark
# stands in) holds a birth word, and a year stands in one of them.
_DAY_TOLD = re.compile(
    r"(?i)[ \u00a0>*_]*(?P<note>\[\^[^\]\s]{1,20}\]:)?[ \u00a0]*"
    r"(?:dagen|datoen|dato|fødselsdagen|fødedagen|bursdagen)(?:[ \u00a0]+(?:hans|hennes|hennar))?"
    r"[ \u00a0]+(?:er|var|blir|vart)(?![\w])"
)


_BIRTH_TOLD = re.compile(
    r"(?i)(?<![\w])(?:født|fødd|fødsel(?:sår|sdato)?(?:et|en)?|føde(?:år|dato)(?:et|en)?)(?![\w])"
)


_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,20}\](?!:)")


def _told_before(text: str, begin: int, sentence: str, marks: list[dict[str, int]]) -> bool:
    """Whether the sentence at ``begin`` tells a day of a birth told before (`_DAY_TOLD`);
    ``marks`` holds the text's footnote marks once read (where each first stands)."""
    told = _DAY_TOLD.match(sentence)
    if told is None:
        return False
    refs = marks[0] if marks else None
    if told.group("note"):
        mark = told.group("note")[:-1]
        if refs is None:
            refs = {}
            for ref in _FOOTNOTE_MARK.finditer(text):  # once a text: the first mark of each
                refs.setdefault(ref.group(), ref.start())
            marks.append(refs)
        at = refs.get(mark, -1)
        if at < 0:
            return False
        first, _ = _sentences_around(text, at, at + len(mark), 0)
        before = text[first : at + len(mark)]
    else:
        if begin == 0:
            return False
        first, _ = _sentences_around(text, max(0, begin - 2), max(0, begin - 1), 0)
        before = text[first:begin]
    if _BIRTH_TOLD.search(before) is None:
        return False
    return _YEAR_OR_AGE.search(before + " " + sentence) is not None


# A birth word and a date further on in its sentence (`født i Herat, en større by …, og det var
# 17.03.1992`, `født, slik det går fram av tazkiraen …, den 17.03.1992`, `(… er født) oppga
# 1992-03-17`): the readers above look a few words after the keyword; this one reads the
# keyword's sentence to its end for the first whole date (with separators or a month's name).
# It is no date of birth when a year stands before it that is not its year (`født i 1990 og kom
# til Norge 17. mars 2015`: the birth is dated, the date is another event), or when the part of
# the sentence that holds the date (from the last comma, parenthesis, `og`, `men`…) is more than
# a few words, names an event (`kom`, `søkte`, `vedtak`, `utstedt`…) or starts it from or until
# (`fra`, `til`, `etter` right before the date).
_FAR_DATE = re.compile(
    r"(?i)(?<![\w.])(?:"
    + _DATE_ANY_MONTH.replace(r"|(?P<d5>[0-9]{2})(?P<m5>[0-9]{2})(?P<y5>(?:19|20)?[0-9]{2})", "")
    + r"|(?P<bare>(?<![.,/-])(?:19|20)[0-9]{2})(?![\w]|[.,/-][0-9]))"
)


_CLAUSE_EDGE = re.compile(
    r"(?i)[,;:()\[\]\u2013\u2014«»\x22]|[ \u00a0]-[ \u00a0]|(?<![\w])(?:og|men|eller|mens|samt"
    r"|and|but)(?![\w])"
)


_EVENT = re.compile(
    r"(?i)(?<![\w])(?:kom|ankom|reis|flykt|flytt|søk|fikk|ble|vedtak|intervju|registrer|innreis"
    r"|arrest|pågrep|gift|død|forlot|return|sendt|utstedt|gyldig|datert|fremlagt|framlagt|levert"
    r"|mottatt|innkalt|avhørt|dømt|løslatt|deport|overført|skilt|fengsl|drept|start|begynt"
    r"|sluttet|endret|utvist|asyl|rapport|publiser|arrived|came|applied|left|issued|married"
    r"|died|decided|interview|registered|bygget|built|generert|oppdatert|updated)"
)
"""Words of an event a date in a birth word's sentence may date instead (by their start)."""


_SPAN_WORDS = re.compile(
    r"(?i)(?:fra|til|siden|etter|før|innen|mellom|inntil|per|pr|from"
    r"|since|until|after|before)\.?[ \u00a0]*\Z"
)


_CLAUSE_WORDS = 4


_IN_SLUG = re.compile(r"\A[-/_=]|[-/_=]\Z")
"""A keyword joined by ``-``, ``/``, ``_`` or ``=`` to what stands beside it is part of a slug,
a path or an address, not of a sentence."""


_A_DIGIT = re.compile("[0-9]")
"""The most words that may stand before the date in its part of the sentence (`og det var`)."""


@cache
def _birth_key_start() -> re.Pattern[str]:
    """Where a birth keyword may start (its stem, in small letters): one class first."""
    return re.compile(_by_first_letter(_BIRTH_STEMS))


@caps.capped
def _sentence_births(text: str) -> Iterator[Candidate]:
    """Dates of birth further on in a birth word's sentence (see `_FAR_DATE`)."""
    if not has_digit(text) or not may_hold(text, _BIRTH_STEMS):
        return
    low = prefilter.lowered_alike(text)
    if low is None:
        return
    for stem in _birth_key_start().finditer(low):
        key = _BIRTH_KEY_AT.match(text, stem.start())
        if key is None or _IN_SLUG.search(text, max(0, key.start() - 1), key.end() + 1):
            continue  # a slug or a path (`…/jenter-fodt-utenfor-somalia/ Bygget 21. november`)
        stop = _SENTENCE_STOP.search(text, key.end(), key.end() + _SENTENCE_REACH)
        end = stop.start() if stop else min(len(text), key.end() + _SENTENCE_REACH)
        candidate = _far_birth(text, key.end(), end)
        if candidate is not None:
            yield candidate


def _far_birth(text: str, begin: int, end: int) -> Candidate | None:
    """The first whole date between a birth keyword (ending at `begin`) and its sentence's end,
    when it dates the birth (see `_FAR_DATE`)."""
    years: set[int] = set()
    digit = _A_DIGIT.search(text, begin, end)
    if digit is None:
        return None
    # (a date starts at most a month's name before its first digit: `March 17, 1992`)
    for date in _FAR_DATE.finditer(text, max(begin, digit.start() - 12), end):
        if date.group("bare"):
            years.add(int(date.group("bare")))
            continue
        year = _year_of(date)
        if years - {year} or not _birth_date(date):
            return None
        edges = [edge.end() for edge in _CLAUSE_EDGE.finditer(text, begin, date.start())]
        before = text[edges[-1] if edges else begin : date.start()]
        after_edge = _CLAUSE_EDGE.search(text, date.end(), end)
        after = text[date.end() : after_edge.start() if after_edge else end]
        if _ACT_LEAD.search(before) is not None:
            return _birth(date)
        if (
            len(before.split()) > _CLAUSE_WORDS
            or _EVENT.search(before) is not None
            or _EVENT.search(after) is not None
            or _SPAN_WORDS.search(before) is not None
            or (
                _BIRTH_LEAD.search(before) is None
                and _ATTRIBUTE_LEAD.search(text, max(begin, date.start() - 12), date.start())
                is None
            )
        ):
            return None
        return _birth(date)
    return None


_BIRTH_LEAD = re.compile(
    r"(?i)(?:^|[^\w])(?:den|det var|dette var|oppga|oppgav|oppgir|oppgitt|nemlig|bestemt"
    r"|dato(?:en)?|dag(?:en)?|tazkira(?:en)?|pass(?:et)?|id-kort(?:et)?|identitetskort(?:et)?"
    r"|fødselsattest(?:en)?)[ \u00a0:]*\Z"
)


_ACT_LEAD = re.compile(
    r"(?i)(?:^|[^\w])(?:актовий[ \u00a0]+запис|актова[ \u00a0]+запис|запис(?:ь)?[ \u00a0]+акта"
    r"|актов(?:ая|ой)[ \u00a0]+запис(?:ь|и)?|aktnummer|akt(?:en)?[ \u00a0]+nr\.?)"
    r"[ \u00a0]*(?:№|n[or]\.?|nr\.?)?[ \u00a0]*[0-9]{1,8}[ \u00a0,]+(?:від|от|fra|av|of|datert)"
    r"[ \u00a0:]*\Z"
)
"""A birth record's act and its date after a birth word (`Свідоцтво про народження: актовий
запис № 245 від 03.04.1994`, Russian `запись акта № 245 от …`: attack round 12): the date
the birth was registered, as a reader takes it."""


_ATTRIBUTE_LEAD = re.compile(r"(?i)(?:datetime|value|content)=[\x22']?\Z")
"""What must stand right before a date far from its birth word, in the date's own clause, for
the date to be the birth's (``…, og det var 17.03.1992``, ``…) oppga 1992-03-17``, ``…, den
17.03.1992``, ``nærmere bestemt 17.03.1992``), an identity document that states it (``ifølge tazkira
17.03.1992``), or an HTML attribute that holds a date (``født <time
datetime="1992-03-17">den dagen</time>``). A date after a noun or a verb of its own
(``Landinfo 14.06.2023``, ``lov 7. juni 1990``, ``Mazar falt 14. august 2021``,
``skoleangrepet var 8. mai 2021``) or alone after a comma (``se UNHCR, 30. august 2022``) dates
something else: country information names such dates after «født i <sted>» all the time (the
probe after round 8: 41 ordinary sentences refused without this)."""


# A date written the Chinese, Japanese or Korean way (`1992年3月17日`, `1992년 3월 17일`, a
# Japanese era year `平成4年3月17日`): a date of birth when a birth word stands before it in its
# sentence (`født 1992年3月17日`, `出生日期`, `생년월일`) or `生`/`생`/`生まれ` («born») after it
# (`1992년 3월 17일생`).
_HAN = numerals.han_numerals()


_HAN_NUMERAL = re.compile(f"[{_HAN}]")


_CJK_DATE = re.compile(
    rf"(?:(?P<era>平成|昭和|令和|大正)[ \u00a0]?(?P<eyear>[0-9]{{1,2}}|元|[{_HAN}]{{1,3}})"
    rf"|(?P<year>[0-9]{{4}}|[{_HAN}]{{4}}))"
    rf"[ \u00a0]?[年년][ \u00a0]?(?P<month>[0-9]{{1,2}}|[{_HAN}]{{1,3}})[ \u00a0]?[月월][ \u00a0]?"
    rf"(?P<day>[0-9]{{1,2}}|[{_HAN}]{{1,3}})[ \u00a0]?[日일号號]"
)
"""The parts in digits or in Han numerals (`一九九二年三月十七日`: the year digit by digit, the
month and the day with 十), the day marked by 日, Korean 일, or 号/號 as spoken Chinese writes it
(`1992年3月17号`)."""


_ERA_START = {"大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
"""The Gregorian year before each Japanese era's first year (``平成4年`` is 1992)."""


_CJK_BORN_AFTER = re.compile(r"[ \u00a0]?(?:生まれ|生|생|出生)")


_CJK_BIRTH_KEY = re.compile(rf"{_BIRTH_KEY}|出生|生年月日|생년월일|생일|태어났|誕生|诞生|生于|生於")


def _cjk_number(part: str) -> int:
    """A part of an East Asian date: digits, or Han numerals (`numerals.value`: `一九九二` digit
    by digit, `十七` with its ten); 0 when it reads as no number."""
    if part.isascii():
        return int(part)
    said = numerals.value(part)
    return int(said) if said is not None and said.isdigit() else 0


@caps.capped
def _cjk_births(text: str) -> Iterator[Candidate]:
    """Dates of birth written the East Asian way (see `_CJK_DATE`)."""
    if "年" not in text and "년" not in text:
        return
    for date in _CJK_DATE.finditer(text):
        era = date.group("era")
        if era:
            first = date.group("eyear")
            year = _ERA_START[era] + (1 if first == "元" else _cjk_number(first))
        else:
            year = _cjk_number(date.group("year"))
        month, day = _cjk_number(date.group("month")), _cjk_number(date.group("day"))
        if not 1900 <= year <= 2099 or not 1 <= month <= 12 or not is_date(year, month, day):
            continue
        begin, _ = _sentences_around(text, date.start(), date.end(), 0)
        if _CJK_BORN_AFTER.match(text, date.end()) is None and (
            _CJK_BIRTH_KEY.search(text, begin, date.start()) is None
        ):
            continue
        value = date.group()
        masked = mask_digits(_HAN_NUMERAL.sub("•", value))  # (a Han numeral shows no digit)
        yield (date.start(), date.end(), WHAT_BIRTH, masked, value)


# An age reached and the whole date it was reached on (`fylte 18 år 17.03.2010`, `ble 32 år den
# 17.03.2024`): the day and month of birth, and the year by subtraction. Narrowly: a word of
# reaching an age, the age with `år`, then the date (perhaps after `den`, `på`, `gammel`) in the
# same clause; `var 17 år 17.03.2010` (an age on a day, not a birthday) and a date after `og` or
# a full stop pass.
_AGE_REACHED = re.compile(
    r"[0-9](?<![\w.,][0-9])[0-9]{0,2}[ \u00a0]*(?:år|years?)(?![\w])"
    # up to four words between, commas too (`fylte 18 år søndag 17.03.2010`, `fylte 18 år på en
    # søndag, 17.03.2010`, `ble 18 år gammel den 17.03.2010`), none that starts a new clause
    rf"(?P<gap>(?:[ \u00a0,]+(?!(?:{_GAP_STOP})(?![\w-]))[^\W\d_][\w-]*+){{0,4}}?)[ \u00a0,]*"
    rf"(?<![\w.]){_DATE}"
)
"""The age and the date (found from the age's first digit: one class first). A gap that names
an event (`fylte 18 år i mottaket, intervjuet 17.03.2010`: `_EVENT`) dates that event."""


_DATE_THEN_GAP = re.compile(
    rf"(?<![\w.]){_DATE}"
    rf"(?P<gap>(?:[ \u00a0,]+(?!(?:{_GAP_STOP})(?![\w-]))[^\W\d_][\w-]*+){{0,4}}?)[ \u00a0,]+\Z"
)
"""A date and up to four words before a word of reaching an age (`17.03.2010 fylte han 18 år`,
`Søndag 17.03.2010, en søndag, fylte han 18 år`): searched for before it, not across the text."""


_REACHING = re.compile(
    r"(?i)(?<![\w])(?:fyller|fylte|fylle|fyll|blir|ble|runder|rundet|feirer|feiret|turned|turns"
    r"|vart|blei|nådde)"
    r"(?:[ \u00a0]+(?!(?:ikke|aldri|not|never)(?![\w]))[^\W\d_]+){0,2}?[ \u00a0]+\Z"
)
"""The word of reaching an age right before it (`fylte`, `fylte han`); not denied (`fylte
søkeren ikke 18 år`: the probe after round 9)."""


_AGE_REACHED_WORDS = ("fyl", "ble", "blir", "rund", "feir", "turn", "vart", "nådd")
"""Every text `_age_reached_dates` finds something in holds one of these (lower-cased)."""


@caps.capped
def _age_reached_dates(text: str) -> Iterator[Candidate]:
    """Dates an age was reached on (see `_AGE_REACHED`, `_DATE_THEN_GAP`): found from the age,
    the word of reaching it looked for right before (in the lowered text first: most ages in a
    decision are reached by no one), then the date after the age or before that word."""
    if not has_digit(text) or not may_hold(text, _AGE_REACHED_WORDS):
        return
    low = prefilter.lowered_alike(text)
    for age in _AN_AGE.finditer(text):
        window = max(0, age.start() - 40)
        if low is not None and not any(w in low[window : age.start()] for w in _AGE_REACHED_WORDS):
            continue
        reaching = _REACHING.search(text, window, age.start())
        if reaching is None:
            continue
        candidate = _date_after_age(text, age.start())
        if candidate is None:
            candidate = _date_before_reaching(text, reaching.start())
        if candidate is not None:
            yield candidate


# An age on a dated day that pins the day of birth (attack round 12): majority reached on it
# (`ble myndig 14.02.2022`, `nådde myndighetsalder 14. februar 2022`), an age until it (`var
# mindreårig til …`, `var 17 år frem til …`), a birthday on it (`fylte år 3. april 2023`), an age
# to the day (`17 år og 364 dager`, `17 år og 3 måneder`, `en dag over 18 år`, `tre uker på å
# bli 18`, `16 år gammel …, på dagen`) with a whole date in its sentence or table row. An age
# in years alone on a date (`var 17 år da han flyktet i 2019`, `var 17 år 17.03.2010`) gives
# only a year of birth and passes.
_COUNT = (
    r"(?:[0-9]{1,3}|en|én|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|noen|få"
    r"|halvannen|et[ \u00a0]+par)"
)
_UNIT = r"(?:dager|dagar|dag|døgn|uker|uke|veker|veke|måneder|månader|måned|månad|mnd)"
_AGE_ON_DAY = re.compile(
    r"(?i)(?<![\w])(?:"
    r"(?P<major>(?:ble|blei|vart|blir|nådde|når|oppnådde)(?:[ \u00a0]+(?:han|hun|ho))?"
    r"[ \u00a0]+myndig(?:hetsalder(?:en)?)?(?![\w]))"
    r"|(?P<until>(?:mindreårig|umyndig|[0-9]{1,3}[ \u00a0]+år(?:[ \u00a0]+gammel)?)[ \u00a0]+"
    r"(?:(?:frem|fram|helt)[ \u00a0]+)?(?:til|inntil)(?![\w]))"
    r"|(?P<birthday>(?:fylte|fyllte|fyller|fylde)[ \u00a0]+år(?![\w]))"
    r"|(?P<precise>[0-9]{1,3}[ \u00a0]+år(?:,|[ \u00a0]+og)[ \u00a0]+"
    rf"{_COUNT}[ \u00a0]+{_UNIT}(?![\w])"
    rf"|{_COUNT}[ \u00a0]+{_UNIT}[ \u00a0]+(?:over|under|før|etter|fra|unna"
    r"|på[ \u00a0]+å[ \u00a0]+(?:bli|fylle))[ \u00a0]+[0-9]{1,3}(?![\w]))"
    r"|(?P<today>[0-9]{1,3}[ \u00a0]+år(?:[ \u00a0]+gammel)?"
    r"(?=(?:[^.!?\n|]|\.(?=[ \u00a0]*[0-9a-zæøå])){0,80}?"
    r"på[ \u00a0]+(?:dagen|dato)(?![\w])))"
    r")"
)
"""What `_age_on_day_dates` reads: `major`, `until` and `birthday` with their date right
after; `precise` and `today` with a whole date anywhere in their sentence (or table row)."""


_AGE_ON_DAY_WORDS = ("myndig", "mindreårig", "til", "år", "dag", "uke", "veke", "måne", "mnd")


_RIGHT_AFTER = re.compile(
    rf"(?P<gap>(?:[ \u00a0,]+(?!(?:{_GAP_STOP})(?![\w-]))[^\W\d_][\w-]*+){{0,2}}?)"
    rf"[ \u00a0,]*(?:(?:den|på)[ \u00a0]+)?(?<![\w.]){_DATE}"
)


_WHOLE_DATE = re.compile(rf"(?i)(?<![\w.]){_DATE}")


_CITED = re.compile(
    r"(?i)(?:^|[^\w])(?:lov(?:en)?|forskrift(?:en)?|rundskriv(?:et)?|dom(?:men)?|kjennelse(?:n)?"
    r"|instruks(?:en)?|retningslinjer?|av|datert|endret|ikrafttredelse|HR|LB|LG|LA|LF|LH|LE"
    r"|Rt\.?)[ \u00a0,-]*\Z"
)
"""A date cited as a law's, a judgment's or a document's (`forskrift 15. oktober 2009`): no one's
age is reached on it."""


_AGE_REACH = 150
"""How far from an age to the day its date may stand (in its sentence or row)."""


_AGE_TRIES = 1000
"""The most ages to the day with a year near whose sentence is read for a date (a decision
holds a few; a run of them with no date of theirs is a hostile text)."""


_A_YEAR = re.compile(r"[0-9]{4}|[./,-][0-9]{2}(?![0-9])")


def _row_or_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The table row around ``text[start:end]`` when it stands in one (a cell and the next one
    read as one line: `| 4. april 2022 | 17 år og 364 dager |`), else its sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text.count("|", line_start, line_end) >= 2 and line_end - line_start <= 600:
        return line_start, line_end
    return _sentences_around(text, start, end, 0)


@caps.capped
def _age_on_day_dates(text: str) -> Iterator[Candidate]:
    """Dates a day of birth is pinned by (see `_AGE_ON_DAY`)."""
    if not has_digit(text) or not may_hold(text, _AGE_ON_DAY_WORDS):
        return
    tries = 0
    for age in _AGE_ON_DAY.finditer(text):
        if age.group("precise") is None and age.group("today") is None:
            match = _RIGHT_AFTER.match(text, age.end())
            if match is None or _EVENT.search(match.group("gap")) is not None:
                continue
            candidate = _birth(match)
            if candidate is not None:
                yield candidate
            continue
        begin, end = max(0, age.start() - _AGE_REACH), age.end() + _AGE_REACH
        if _A_YEAR.search(text, begin, end) is None:
            continue  # (every whole date holds a year of four digits or two after a separator)
        tries += 1
        if tries > _AGE_TRIES:
            return  # (a text of ages with no date of theirs: 1 MB of them stays under budget)
        first, last = _row_or_sentence(text, age.start(), age.end())
        begin, end = max(begin, first), min(end, last)
        for date in _WHOLE_DATE.finditer(text, begin, end):
            if age.start() <= date.start() < age.end():
                continue
            if _CITED.search(text, max(begin, date.start() - 30), date.start()) is not None:
                continue
            candidate = _birth(date)
            if candidate is not None:
                yield candidate
                break


# A date of birth a reader computes rather than reads (attack round 9): a birth word's date in
# the ISO week or ordinal notation (`født 1994-W13-7`, `fødselsdato: 1994-093`) or in a year of the
# Buddhist era (`født 3. april 2537`: 1994); an age counted in days (`var 10 957 dager gammel`, with
# the decision's date on the page); a birthday tied to the decision or another dated day
# (`vedtaket ble fattet på søkerens 30-årsdag`, `fylte 30 år samme dag som vedtaket ble fattet`,
# `født nøyaktig 30 år før dette vedtaket`).
_ISO_WEEK_OR_ORDINAL = re.compile(
    r"(?<![\w.-])(?P<y>(?:19|20)[0-9]{2})"
    r"(?:-?[Ww](?P<w>[0-5][0-9])-?(?P<wd>[1-7])|-(?P<o>[0-3][0-9]{2}))(?![\w])"
)


_BUDDHIST_ERA = 543
"""A year of the Buddhist era less this is the Gregorian year (Thailand's calendar)."""


_OTHER_ERA_DATE = re.compile(rf"(?i)(?<![\w.]){_DATE}")


_ERA_YEAR = re.compile(r"(?<![0-9])2[4-6][0-9]{2}(?![0-9])")


_DAYS_OLD = re.compile(
    r"(?i)(?<![\w.,])(?P<n>[0-9]{1,3}(?:[ \u00a0]?[0-9]{3})*)[ \u00a0]+(?:dager|døgn|days|dagar)"
    r"[ \u00a0]+(?:gammel|gammelt|gamle|old)(?![\w])"
)


_A_YEAR_IN_DAYS = 366
"""An age in days at least this is no newborn's: a date of birth written to be counted back."""


_BIRTHDAY_TIED = re.compile(
    r"(?i)(?<![\w])(?:"
    r"(?P<birthday>[0-9]{1,3}[ \u00a0]?-?[ \u00a0]?årsdag(?:en)?)"
    r"|(?P<reached>(?:fylte|ble|rundet|feiret)[ \u00a0]+[0-9]{1,3}[ \u00a0]+år[ \u00a0,]+"
    r"(?:(?:på|den)[ \u00a0]+)?(?:samme[ \u00a0]+dag(?:en)?|den[ \u00a0]+dagen|dagen))"
    r"|født[ \u00a0]+(?:(?:nøyaktig|eksakt|på[ \u00a0]+dagen|akkurat)[ \u00a0]+)?[0-9]{1,3}"
    r"[ \u00a0]+år[ \u00a0]+(?:før|etter)(?![\w]))"
)


_DECIDED_ON = re.compile(
    r"(?i)(?:fattet|truffet|avgjort|vedtatt)[ \u00a0]+på[ \u00a0]+"
    r"(?:(?:søkerens|klagerens|barnets|hans|hennes|hennar|sin)[ \u00a0]+)?\Z"
)
"""A decision made on a birthday (`vedtaket ble fattet på søkerens 30-årsdag`): the decision's
date is on its page. A birthday as a time limit (`vedtak skal fattes før 18-årsdagen`) or as an
event with no date (`innkalt på 18-årsdagen`) is no date of birth (the probe after round 9)."""


_THE_DECISION = re.compile(r"(?i)[ \u00a0]+(?:som[ \u00a0]+|da[ \u00a0]+)?[^\W\d_]*vedtak")
"""After an age reached «samme dag» or «den dagen»: the decision (`fylte 30 år samme dag som
vedtaket ble fattet`); another event (`samme dag som han kom til Norge`) has no date here."""


_COMPUTED_WORDS = ("fød", "dob", "birth", "dag", "døgn", "days", "-w")


def _computed_births(text: str) -> list[Candidate]:
    """Dates of birth a reader computes (see `_ISO_WEEK_OR_ORDINAL`)."""
    found: list[Candidate] = []
    if not has_digit(text) or not may_hold(text, _COMPUTED_WORDS):
        return found

    def add(start: int, end: int) -> None:
        value = text[start:end]
        found.append((start, end, WHAT_BIRTH, mask_digits(value), value))

    def after_birth_word(start: int) -> bool:
        begin, _ = _sentences_around(text, start, start, 0)
        return _BIRTH_KEY_AT.search(text, begin, start) is not None

    for date in _ISO_WEEK_OR_ORDINAL.finditer(text):
        year = int(date.group("y"))
        if date.group("o"):
            valid = 1 <= int(date.group("o")) <= (366 if is_date(year, 2, 29) else 365)
        else:
            valid = 1 <= int(date.group("w")) <= 53
        if valid and after_birth_word(date.start()):
            add(date.start(), date.end())
    if _ERA_YEAR.search(text) and may_hold(text, _BIRTH_STEMS):
        for date in _OTHER_ERA_DATE.finditer(text):
            day, month, era_year = _day_month_year(date)
            if era_year is None or not 1900 <= era_year - _BUDDHIST_ERA <= 2099:
                continue
            if is_date(era_year - _BUDDHIST_ERA, month, day) and after_birth_word(date.start()):
                add(date.start(), date.end())
    for age in _DAYS_OLD.finditer(text) if may_hold(text, ("gam", "old")) else ():
        days = int(_digits(age.group("n")))
        if days >= _A_YEAR_IN_DAYS or _dated_sentence(text, age.start(), age.end()):
            add(age.start(), age.end())
    tied_words = ("årsdag", "samme dag", "dagen", "født")
    for tied in _BIRTHDAY_TIED.finditer(text) if may_hold(text, tied_words) else ():
        if (
            tied.group("birthday")
            and not _dated_sentence(text, tied.start(), tied.end())
            and _DECIDED_ON.search(text, max(0, tied.start() - 40), tied.start()) is None
        ):
            continue  # `innkalt på 18-årsdagen`: a birthday, not a date
        if tied.group("reached") and _THE_DECISION.match(text, tied.end()) is None:
            continue  # `fylte 18 år samme dag som han ble innkalt`: an event with no date
        add(tied.start(), tied.end())
    found.sort()
    return found[: caps.CAP]


def _day_month_year(date: re.Match[str]) -> tuple[int, int, int | None]:
    """The day, month and four-digit year of a `_DATE` match (year `None` when it has two)."""
    fields = _date_fields(date)
    if fields is None:
        return 0, 0, None
    day, month, year, form = fields
    return day, _month_number(month, form), int(year) if len(year) == 4 else None


def _dated_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` holds a whole date as well."""
    begin, finish = _sentences_around(text, start, end, 0)
    return any(
        _day_month_year(date)[2] is not None
        for date in _OTHER_ERA_DATE.finditer(text, begin, finish)
        if not start <= date.start() < end
    )


_AN_AGE = re.compile(r"[0-9](?<![\w.,][0-9])[0-9]{0,2}[ \u00a0]*(?:år|years?)(?![\w])")
"""The age of `_AGE_REACHED` alone."""


def _date_after_age(text: str, at: int) -> Candidate | None:
    """The date an age reached at `at` was reached on, after it (`_AGE_REACHED`)."""
    match = _AGE_REACHED.match(text, at)
    if match is None or _EVENT.search(match.group("gap")) is not None:
        return None
    if "," in text[match.end("gap") : _date_start(match)]:  # the date opens a clause
        edge = _CLAUSE_EDGE.search(text, match.end(), match.end() + 120)
        if _EVENT.search(text, match.end(), edge.start() if edge else match.end() + 120):
            return None  # `fylte 18 år under behandlingen, 17.03.2010 kom vedtaket`
    return _birth(match)


def _date_before_reaching(text: str, at: int) -> Candidate | None:
    """The date before a word of reaching an age at `at` (`_DATE_THEN_GAP`)."""
    date = _DATE_THEN_GAP.search(text, max(0, at - 100), at)
    if date is None or _EVENT.search(date.group("gap")) is not None:
        return None
    start = _date_start(date)
    lead = text[max(0, start - 40) : start]
    edges = [edge.end() for edge in _CLAUSE_EDGE.finditer(lead)]
    lead = lead[edges[-1] if edges else 0 :].rsplit("\n", 1)[-1].rsplit(". ", 1)[-1]
    if _EVENT.search(lead) is not None or _SPAN_WORDS.search(lead) is not None:
        return None  # `vedtaket 17.03.2010 fylte han …`, `etter 17.03.2010 fylte han …`
    return _birth(date)


# A date of birth given by reference (`født samme dag som Kong Harald`): what a reader can work
# out is what the gate judges. A birth on the same day as a public person or a public event
# (a capitalised name, a title or office: `Kong Harald`, `kronprinsen`, `Berlinmuren falt`)
# gives the day and the year to anyone who looks that person or event up; the same birthday
# (`har samme fødselsdag som Kong Harald`, `deler bursdag med dronningen`) gives the day and
# the month, so it is a date of birth when a year or an age stands in the sentence or the next
# (as `_day_month_births`). A birth on the same day as kin or an unnamed person (`samme dag som
# tvillingbroren`, `samme dag som faren døde`) gives a reader nothing to look up, nor does the
# same year (`født samme år som Kong Harald`). A public day with a year is read by `_read_birth`
# (`født på nasjonaldagen 1992`, `_NAMED_DAYS`).
_PUBLIC_ROLE = (
    r"(?:kong(?:en)?|dronning(?:en)?|kronprins(?:en|essen|esse)?|prins(?:en|essen|esse)?"
    r"|keiser(?:en)?|pave(?:n)?|president(?:en)?|statsminister(?:en)?|king|queen|prince"
    r"|princess|pope)(?![\w])"
)
"""A title or office a reader can look the holder of up (the holder's name may follow)."""


_SP = r"[ \u00a0]+"


_SAME_DAY = re.compile(
    r"(?i)(?<![\w])(?:"
    rf"(?P<born>født|fødd|född|born)(?:{_SP}(?:på|den|on))?{_SP}(?:samme|same){_SP}"
    r"(?:dag(?:en)?|dato(?:en)?|day|date)"
    rf"|(?P<date>samme{_SP}fødselsdato|same{_SP}(?:date{_SP}of{_SP}birth|birth[ \u00a0]?date))"
    rf"|(?:samme|same){_SP}(?:fødselsdag|bursdag|birthday)"
    rf"|(?:fødselsdag|bursdag|birthday)(?:en)?{_SP}(?:på{_SP})?(?:samme|same){_SP}"
    r"(?:dag|dato|day|date)"
    rf"|(?:deler|delte|shares?|shared){_SP}(?:fødselsdag|bursdag|birthday)(?:en)?"
    rf"){_SP}(?:som|as|med|with){_SP}"
    # a capitalised name, perhaps after a noun (`sangeren Sissel`), or a title or office
    rf"(?P<who>(?-i:(?:[a-zæøå]++{_SP})?[A-ZÆØÅ][\w-]*+)|{_PUBLIC_ROLE})"
)
"""A birth on the same day, a same date of birth (the day and the year), or a same birthday (the
day and the month), and whom it is the same as."""


_SAME_DAY_WORDS = ("samme", "same", "deler", "delte", "share")
"""Every match of `_SAME_DAY` holds one of these (lower-cased)."""


_SAME_DAY_HINT = re.compile(
    r"(?:samme|same)[ \u00a0]+(?:dag|dato|day|date|fødsel|bursdag|birth)"
    r"|(?:deler|delte|share[sd]?)[ \u00a0]+(?:fødsel|bursdag|birth)"
)
"""What every match of `_SAME_DAY` holds, in small letters: `samme` alone is in most decisions,
`samme dag` and `samme fødselsdag` in few (the pattern with its alternatives runs on those)."""


_REFERENCE_MASK = "(dato ved henvisning)"


_NO_PERSON = re.compile(
    r"(?i)(?:i|på|hos|fra|ifølge|etter|in|at|from)[ \u00a0]"
    r"|(?:eurodac|folkeregist|register|udis?\b|politi|pass(?:et)?\b|tazkira|dokument|id-kort"
    r"|fødselsattest|vedtak|søknad|intervju|skjema)"
)
"""A `who` that is a register, a document or a place (`samme fødselsdato som i Eurodac`, `som
Folkeregisteret viser`): an identity assessment comparing registrations, not a birth told by
reference to someone (the probe after round 9)."""


def _hinted(low: str, words: tuple[str, ...], hint: re.Pattern[str]) -> bool:
    """Whether ``hint`` matches where one of ``words`` stands in ``low`` (each found by
    ``str.find``: quicker than a scan of the whole text for a rare phrase of common words)."""
    for word in words:
        at = low.find(word)
        while at >= 0:
            if hint.match(low, at) is not None:
                return True
            at = low.find(word, at + 1)
    return False


class _Stops:
    """Every sentence's end in a text (`_SENTENCE_STOP`), read once: `around` answers as
    `_sentences_around` does by bisection, for a rule that may judge thousands of phrases in one
    text (a megabyte of `samme fødselsdag som …`)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        found = [(m.start(), m.end()) for m in _SENTENCE_STOP.finditer(text)]
        self.starts = [start for start, _ in found]
        self.ends = [end for _, end in found]

    def around(self, start: int, end: int, more: int) -> tuple[int, int]:
        lo = max(0, start - _SENTENCE_REACH)
        at = bisect.bisect_right(self.ends, start) - 1
        begin = self.ends[at] if at >= 0 and self.starts[at] >= lo else lo
        finish = min(self.length, end + _SENTENCE_REACH * (more + 1))
        reached = end
        for _ in range(more + 1):
            at = bisect.bisect_left(self.starts, reached)
            if at >= len(self.starts) or self.ends[at] > finish:
                return begin, finish
            reached = self.ends[at]
        return begin, reached


def _near_year(years: list[tuple[int, int]], begin: int, end: int) -> bool:
    """Whether a year or an age of ``years`` (spans, in order) lies within ``begin``-``end``:
    found by bisection, so a text of a thousand birthdays reads its years once."""
    at = bisect.bisect_left(years, (begin, -1))
    return at < len(years) and years[at][1] <= end


@caps.capped
def _referenced_births(text: str) -> Iterator[Candidate]:
    """Dates of birth given by reference to a public person or event (see `_SAME_DAY`)."""
    if not may_hold(text, _SAME_DAY_WORDS):
        return
    low = prefilter.lowered_alike(text)
    if low is not None and not _hinted(low, _SAME_DAY_WORDS, _SAME_DAY_HINT):
        return
    years: list[tuple[int, int]] | None = None  # every year or age, once (`_near_year`)
    stops: _Stops | None = None  # every sentence's end, once
    for match in _SAME_DAY.finditer(text):
        if _NO_PERSON.match(match.group("who")):
            continue
        if not (match.group("born") or match.group("date")):  # the day and the month only
            if years is None or stops is None:
                years = [(m.start(), m.end()) for m in _YEAR_OR_AGE.finditer(text)]
                stops = _Stops(text)
            first, last = stops.around(match.start(), match.end(), 1)
            before, _ = stops.around(max(0, first - 2), max(0, first - 1), 0)
            start, end = match.span()
            if not _near_year(years, min(before, first), start) and not _near_year(
                years, end, last
            ):
                continue
        value = text[match.start() : match.end("who")]
        yield (match.start(), match.end("who"), WHAT_BIRTH, _REFERENCE_MASK, value.lower())


# An age with a date beside it in parentheses (`Søkeren, 32 (17.3.92)`, `17.03.1992 (32)`): the
# date of birth when the age and the year add up to a year of a decision (2000-2035).
_AGE_THEN_DATE = re.compile(
    r"(?:(?<=,[ \u00a0])|(?<=\A)|(?<=\n)|(?<=\()|(?<=alder[ \u00a0:])|(?<=age[ \u00a0:]))"
    rf"(?P<age>[0-9]{{1,3}})(?P<unit>[ \u00a0]*år)?[ \u00a0]*\([ \u00a0]*"
    rf"(?:(?:f\.|født|fødd|b\.|born)[ \u00a0]*)?{_DATE}[ \u00a0]*\)"
)


_DATE_THEN_AGE = re.compile(
    rf"(?<![\w.]){_DATE}[ \u00a0]*\([ \u00a0]*(?P<age>[0-9]{{1,3}})(?P<unit>[ \u00a0]*år)?"
    r"[ \u00a0]*\)"
)
"""(An age stands after a comma, at a line's start or with ``år``, not after any word: ``fikk 3
(17.3.2016) dager`` is a count; a bare number after a date is an age from 15 on.)"""


_AGED_HINT = re.compile(
    r"[0-9](?:[ \u00a0]*år)?[ \u00a0]*\(|\([ \u00a0]*[0-9]{1,3}(?:[ \u00a0]*år)?[ \u00a0]*\)"
)
"""What every match of `_AGE_THEN_DATE` holds (an age's last digit before its parenthesis) or
of `_DATE_THEN_AGE` (the age in its parentheses): without it, neither needs a scan."""


def _year_of(match: re.Match[str]) -> int | None:
    fields = _date_fields(match)
    return None if fields is None else _full_year(fields[2])


@caps.capped
def _aged_dates(text: str) -> Iterator[Candidate]:
    """Dates of birth beside an age in parentheses (`_AGE_THEN_DATE`, `_DATE_THEN_AGE`)."""
    if "(" not in text or _AGED_HINT.search(text) is None:
        return
    for pattern in (_AGE_THEN_DATE, _DATE_THEN_AGE):
        for match in pattern.finditer(text):
            year, age = _year_of(match), int(match.group("age"))
            if year is None or not 2000 <= year + age <= 2035:
                continue
            if pattern is _DATE_THEN_AGE and age < 15 and not match.group("unit"):
                continue
            candidate = _birth(match)
            if candidate is not None:
                yield candidate


# A day and a month in digits after a birth word, the year left out (`Fødselsdag: 17.03.`): a
# date of birth when a year or an age stands in the sentence before, the same or the next.
_BIRTH_DAY_MONTH = re.compile(
    r"(?i)(?<![\w])(?:fødselsdag(?:en)?|bursdag(?:en)?|født|fødd|fødselsdato(?:en)?|geburtstag"
    r"|birthday|dob)(?:[ \u00a0]+(?:hans|hennes|hennar|er|var|den))*[ \u00a0:]*"
    r"(?P<d>[0-9]{1,2})[./](?P<m>[0-9]{1,2})(?![0-9]|[./-][0-9])\.?"
)


_BIRTH_DAY_MONTH_WORDS = ("fød", "bursdag", "geburtstag", "birthday", "dob")
"""Every match of `_BIRTH_DAY_MONTH` holds one of these (lower-cased), and a digit."""


@caps.capped
def _keyword_day_months(text: str) -> Iterator[Candidate]:
    if not has_digit(text) or not may_hold(text, _BIRTH_DAY_MONTH_WORDS):
        return
    for match in _BIRTH_DAY_MONTH.finditer(text):
        if not is_date(2000, int(match.group("m")), int(match.group("d"))):
            continue
        begin, end = _sentences_around(text, match.start(), match.end(), 1)
        before, _ = _sentences_around(text, max(0, begin - 2), max(0, begin - 1), 0)
        around = text[min(before, begin) : match.start()] + " " + text[match.end() : end]
        if _YEAR_OR_AGE.search(around) is None:
            continue
        start = match.start("d")
        value = text[start : match.end("m")]
        yield (start, match.end("m"), WHAT_BIRTH, mask_digits(value), value)


_WORDS_DATE = re.compile(
    r"(?i)(?<![\w])(?:født|fødd|född|fødselsdag(?:en)?|fødselsdato(?:en)?|bursdag(?:en)?|born"
    r"|birthday|geboren|dob)(?:[ \u00a0]+(?:den|på|on|the|er|var|hans|hennes|hennar))*[ \u00a0:]+"
    rf"(?P<day>{_ORDINAL}|{_DAY_WORD}|[0-9]{{1,2}}\.?)(?:[ \u00a0]+(?:of|i))?[ \u00a0]+"
    rf"(?P<month>{_MONTH})"
    r"\.?,?[ \u00a0]+(?P<year>[^\W\d_][\w-]*+(?:[ \u00a0]+[^\W\d_][\w-]*+){0,5})"
)


_WORDS_DATE_WORDS = ("fød", "född", "bursdag", "born", "birthday", "geboren", "dob")
"""Every match of `_WORDS_DATE` holds one of these (lower-cased)."""


@caps.capped
def _worded_births(text: str) -> Iterator[Candidate]:
    """Dates of birth whose year is in words (`_WORDS_DATE`), the day in words or digits."""
    if not may_hold(text, _WORDS_DATE_WORDS):
        return
    for match in _WORDS_DATE.finditer(text):
        day_text = match.group("day").lower().rstrip(".")
        day = int(day_text) if day_text.isdigit() else _ORDINALS.get(day_text, 0)
        day = day or _DAY_WORDS.get(day_text, 0)
        words = match.group("year").split()
        year = next(
            (y for n in range(len(words), 0, -1) if (y := spoken.year_of(" ".join(words[:n])))),
            None,
        )
        if year is None or not is_date(year, _MONTHS[match.group("month").lower()], day):
            continue
        start = match.start("day")
        value = text[start : match.end("year")]
        yield (start, match.end("year"), WHAT_BIRTH, "(dato med ord)", value.lower())


_SPELLED_KEY = re.compile(
    r"(?i)(?<![\w.])(?:født|fødd|född|foe?dt|fødselsdag(?:en)?|bursdag(?:en)?|born|geboren)"
    r"(?![\w])"
)
"""A birth word whose date may be written without a digit (`født den syttende i femte nitti`,
`født dagen etter grunnlovsdagen i nitti`): `_read_birth` reads it as it reads a date in
digits, its year in words (`dates._year_in_words`)."""


_SPELLED_KEY_WORDS = ("fød", "född", "fodt", "foedt", "bursdag", "born", "geboren")
"""Every match of `_SPELLED_KEY` holds one of these (lower-cased)."""


@caps.capped
def _spelled_births(text: str) -> Iterator[Candidate]:
    """Dates of birth after a birth word (see `_SPELLED_KEY`), read from the keyword: the scan
    reads a keyword's date from a run of digits, which a date in words lacks (a date both
    find counts once: `personaldata.scan`)."""
    if not may_hold(text, _SPELLED_KEY_WORDS):
        return
    for key in _SPELLED_KEY.finditer(text):
        candidate = _read_birth(text, key.start())
        if candidate is not None:
            yield candidate
