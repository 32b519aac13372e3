"""E-mail addresses (plain, rare domains, spelled out: `amir at gmail dot com`), online
identities (a user name after a service, a handle, a profile address) and phone links.

Imports: `findings.py`, `numbers.py` and the gate's helpers (`caps`, `prefilter`,
`personaldata`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from praksisbank.core.gate import (
    caps,
    personaldata,
    prefilter,
)
from praksisbank.core.gate.anonymity.findings import (
    WHAT_EMAIL,
    WHAT_ONLINE,
    WHAT_PHONE,
    _Candidate,
)
from praksisbank.core.gate.anonymity.numbers import (
    _DOMAIN,
    _FILE_SUFFIX,
    _LOCAL_REVERSED,
    _mask,
)

_EMAIL = re.compile(
    r"(?<=[\w.+-])@(?P<domain>(?:[^\W_](?:[^\W_]|-)*+\.)+[^\W\d_]{2,63}(?!(?:[^\W_]|-)))"
)


# An address written so that a program does not see it: `navn (at) domene.no`, `navn[at]domene.no`,
# `navn at domene dot no`, `navn krøllalfa domene punktum no`, `navn @ domene . no` (an `@`
# spaced, or an `@` and `.` written as references, decoded by then). Found from the word for
# `@`; the local part is read backwards from it as for a plain address.
_AT_WORDS = (
    "arobase|arrobase|arroba|chiocciola|klammeraffe|at-zeichen|sobaka|собака|kukac|miau"
    # Ukrainian «snail» and «little dog» (also Russian), Turkish «at sign» (issue 17, round 10)
    "|равлик|ravlyk|собачка|sobachka|et işareti|et isareti"
    "|\u0622\u062a|\u0627\u062a|\u0627\u064e\u062a"  # Arabic and Persian «at» (آت, ات, اَت)
)
"""Words for `@` in the arrival and transit countries' languages (French, Spanish, Italian,
German, Russian, Ukrainian, Turkish, Hungarian, Arabic, Persian), as `krøllalfa` and `snabel-a`
are ours. Literal words (`_OBF_FOREIGN_AT` looks them up with `in`)."""


_DOT_WORDS = (
    "point|punkt|punto|nokta|tochka|точка|pont"
    # Ukrainian, Kurmanji, Somali «dot»; Pashto ټکی, Tigrinya ነጥቢ, Amharic ነጥብ
    "|крапка|krapka|xal|dhibic|\u067c\u06a9\u06cc|\u1290\u1325\u1262|\u1290\u1325\u1265"
    "|\u0646\u0642\u0637\u0629|\u0646\u0642\u0637\u0647|\u062f\u0627\u062a"  # نقطة نقطه دات
)
"""Words for the dot of an address in those languages: only after a word for `@` that is not
the bare «at» (`amir.hassan arobase gmail point com`; «punkt 3», «point of view» and «han sa at
saken punkt for punkt» are no addresses)."""


_OBF_AT = (
    r"(?P<bracket>[ \u00a0]*[(\[{<][ \u00a0]*(?i:at|a|alfakrøll|krøllalfa|snabel-?a|@"
    rf"|{_AT_WORDS})[ \u00a0]*[)\]}}>][ \u00a0]*)"
    rf"|(?P<word>[ \u00a0]+(?i:alfakrøll|krøllalfa|snabel-?a|{_AT_WORDS})[ \u00a0]+"
    r"|[ \u00a0]+@[ \u00a0]*|@[ \u00a0]+)"
    r"|(?P<bare>[ \u00a0]+(?i:at)[ \u00a0]+)"
)


_OBF_DOT = (
    r"(?:\.|(?:[ \u00a0]*[(\[{<][ \u00a0]*(?i:dot|punktum|prikk|\.)[ \u00a0]*[)\]}>]"
    r"[ \u00a0]*|[ \u00a0]+(?i:dot|punktum|prikk)[ \u00a0]+|[ \u00a0]+\.[ \u00a0]+))"
)


_OBF_DOT_WORD = (
    rf"[ \u00a0]+(?i:{_DOT_WORDS})[ \u00a0]+"
    rf"|[ \u00a0]*[(\[{{<][ \u00a0]*(?i:{_DOT_WORDS})[ \u00a0]*[)\]}}>][ \u00a0]*"
)


_OBF_DOT_ANY = rf"(?:{_OBF_DOT}|(?(bare)(?!)|(?:{_OBF_DOT_WORD})))"
"""A dot of a spelled address: a foreign word for it only after a word for `@` (not «at»)."""


_OBFUSCATED_EMAIL = re.compile(
    rf"(?<=[\w.+-])(?:{_OBF_AT})(?P<domain>[^\W_][\w-]{{0,62}}+"
    rf"(?:{_OBF_DOT_ANY}[^\W_][\w-]{{0,62}}+){{0,4}}?{_OBF_DOT_ANY}(?P<tld>[^\W\d_]{{2,63}}+))"
    r"(?![\w-])"
)


_OBF_DOT_ONLY = re.compile(rf"{_OBF_DOT}|{_OBF_DOT_WORD}")


_DOMAIN_LABELS = re.compile(r"[\w-]++")


_MAIL_PROVIDERS = frozenset(
    (
        "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "icloud", "me",
        "aol", "proton", "protonmail", "pm", "gmx", "web", "mail", "yandex", "online", "start",
        "frisurf", "telenor", "altibox", "getmail", "tutanota",
    )
)  # fmt: skip
"""Mail services: `navn at gmail.com` is an address; `forklarte at landinfo.no` is a sentence."""


_OBF_TRIGGER = re.compile(
    r"[ \u00a0(\[{<@](?:"
    r"(?<=[(\[{<])(?=[ \u00a0]*+(?:[Aa][Tt]?|@|[Aa]lfakrøll|[Kk]røllalfa|[Ss]nabel"
    rf"|(?i:{_AT_WORDS}))"
    r"[ \u00a0]*+[)\]}>])"
    r"|(?<=[ \u00a0])(?=@|(?:at|AT|At)[ \u00a0]|[Aa]lfakrøll|[Kk]røllalfa|[Ss]nabel"
    rf"|ALFAKRØLL|KRØLLALFA|(?i:{_AT_WORDS})[ \u00a0)\]}}>])"
    r"|(?<=@)(?=[ \u00a0]))"
)
"""Where a spelled-out address may have its `@`: the pattern is tried only there (from the
spaces before it), not at every space of a text. Its first character is one class, so the
engine skips in C every other character."""


# Most texts have none of the rarer spellings of `@` (an `@` itself, a bracket around `at`, a word
# for `@` other than `at`), which `in` rules out in C: for those, the only trigger is a bare «at»,
# which Norwegian uses in every other sentence. It is found from its letters (a pattern that
# starts with a literal is scanned far faster than one that starts with a class), and only where
# the first label of a domain and a dot follow it, as the bare form of `_OBFUSCATED_EMAIL` needs:
# every other «at» could only be tried and refused. The result is the same positions as
# `_OBF_TRIGGER`'s less those (tests/test_gate_speed.py compares the two).
_OBF_RARE_WORDS = ("@", "nabel", "røll", "RØLL")


_OBF_FOREIGN_AT = tuple(_AT_WORDS.split("|"))
"""The foreign words for `@` (rare in our texts: one found in the text in small letters, every
trigger is tried)."""


_OBF_BRACKETS = tuple(
    (opening, re.compile(re.escape(opening) + r"(?=[ \u00a0]*+[Aa][Tt]?[ \u00a0]*+[)\]}>])"))
    for opening in "([{<"
)


_OBF_LABEL_DOT = rf"[ \u00a0]+[^\W_][\w-]{{0,62}}+{_OBF_DOT}"


_OBF_BARE_AT = re.compile(rf"at(?<=[ \u00a0]at)(?={_OBF_LABEL_DOT})")


_OBF_BARE_CAPITAL = re.compile(rf"A[Tt](?<=[ \u00a0]A[Tt])(?={_OBF_LABEL_DOT})")


def _foreign_at(text: str) -> bool:
    """Whether a foreign word for `@` stands anywhere in ``text`` (any case)."""
    folded = prefilter.lowered(text)
    return any(word in folded for word in _OBF_FOREIGN_AT)


def _obfuscation_triggers(text: str) -> list[int]:
    """The positions `_obfuscated` tries, in order: where `_OBF_TRIGGER` matches, less the bare
    «at»s that no domain follows."""
    if (any(word in text for word in _OBF_RARE_WORDS) or _foreign_at(text)) or any(
        opening in text and pattern.search(text) for opening, pattern in _OBF_BRACKETS
    ):
        return [trigger.start() for trigger in _OBF_TRIGGER.finditer(text)]
    spaces = [m.start() - 1 for m in _OBF_BARE_AT.finditer(text)]
    if "At" in text or "AT" in text:
        spaces = sorted(spaces + [m.start() - 1 for m in _OBF_BARE_CAPITAL.finditer(text)])
    return spaces


def _obfuscated(text: str) -> Iterator[re.Match[str]]:
    done = 0
    for start in _obfuscation_triggers(text):
        if start < done:
            continue
        while start > 0 and text[start - 1] in " \u00a0":
            start -= 1
        match = _OBFUSCATED_EMAIL.match(text, start) if start > 0 else None
        if match is not None:
            yield match
            done = match.end()


def _obfuscated_email_candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for match in _obfuscated(text):
        at = match.start()
        local_match = _LOCAL_REVERSED.match(text[max(0, at - 64) : at][::-1])
        if local_match is None:
            continue
        local = local_match.group()[::-1].lstrip("._+-")
        labels = [p for p in _OBF_DOT_ONLY.split(match.group("domain")) if p]
        if not local or _FILE_SUFFIX.fullmatch(labels[-1]):
            continue
        if match.group("bare") is not None:
            plain_local = local.isalpha()
            spelled = any(ch not in "." for ch in _DOMAIN_LABELS.sub("", match.group("domain")))
            provider = len(labels) >= 2 and labels[-2].lower() in _MAIL_PROVIDERS
            if plain_local and not spelled and not provider:
                continue
        domain = ".".join(labels)
        found.append(
            (
                at - len(local),
                match.end(),
                WHAT_EMAIL,
                f"{local[0]}…@{domain}",
                f"{local}@{domain}".lower(),
            )
        )
    return found


def _email_candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for match in _EMAIL.finditer(text):
        at = match.start()
        domain = match.group("domain")
        end = match.end()
        if _FILE_SUFFIX.fullmatch(domain.rsplit(".", 1)[1]):
            # `logo@2x.png` is a file; `kari@kommune.example.md` is an address in a file name
            domain = domain.rsplit(".", 1)[0]
            if _DOMAIN.fullmatch(domain) is None:
                continue
            end = at + 1 + len(domain)
        window = text[max(0, at - 64) : at][::-1]
        local_match = _LOCAL_REVERSED.match(window)
        if local_match is None:
            continue
        local = local_match.group()[::-1].lstrip("._+-")
        if not local:
            continue
        found.append(
            (
                at - len(local),
                end,
                WHAT_EMAIL,
                f"{local[0]}…@{domain}",
                f"{local}@{domain}".lower(),
            )
        )
    return found


# Addresses in the rarer forms RFC 5321/5322 allow, which `_EMAIL` does not read: a quoted local
# part (`"amir hassan"@example.com`), a comment (`amir.h(privat)@example.com`), an address
# literal (`amir.h@[192.0.2.10]`, `amir.h@[IPv6:2001:db8::1]`) and a host without a dot
# (`amir.h@intranett`). Looked for only around each `@`. The local part must touch the `@` and
# hold a letter, so `@`-mentions, `@media`, `5 @ 10 kr` and `100@stk` stay prose.
_RARE_DOMAIN = re.compile(
    r"(?:\([^()\n]{0,40}\))?"
    r"(?P<domain>\[(?i:IPv6:[0-9a-f:.]{2,45}|[0-9]{1,3}(?:\.[0-9]{1,3}){3})\]"
    r"|(?:[^\W_](?:[^\W_]|-)*+\.)*[^\W\d_](?:[^\W_]|-){1,62}+(?![\w@-]|\.[^\W_]))"
)


def _closed_local(text: str, at: int) -> tuple[int, str]:
    """Where the local part ending in a quote or a comment right before the `@` at `at` starts,
    and its text without quotes (``-1, ""`` when there is none)."""
    close = text[at - 1]
    if close == ")":  # a comment after the local part: `amir.h(privat)@`
        opening = text.rfind("(", max(0, at - 42), at - 1)
        if opening < 0 or "\n" in text[opening:at]:
            return -1, ""
        reversed_local = _LOCAL_REVERSED.match(text[max(0, opening - 64) : opening][::-1])
        local = "" if reversed_local is None else reversed_local.group()[::-1]
        return opening - len(local), local
    opening = text.rfind("“" if close == "”" else '"', max(0, at - 66), at - 1)
    if opening < 0 or "\n" in text[opening:at] or opening == at - 2:
        return -1, ""
    return opening, text[opening + 1 : at - 1]


def _rare_email_candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    at = text.find("@")
    while at >= 0:
        prev = text[at - 1] if at > 0 else " "
        closed = prev in '")”'  # a quoted local part or a comment ends at the `@`
        after = (
            _RARE_DOMAIN.match(text, at + 1) if closed or prev.isalnum() or prev in "._+-" else None
        )
        if after is not None:
            domain = after.group("domain")
            plain = after.start("domain") == at + 1 and "." in domain and domain[0] != "["
            if closed:
                start, local = _closed_local(text, at)
            elif not plain:  # `_EMAIL`'s own local part, read backwards
                reversed_local = _LOCAL_REVERSED.match(text[max(0, at - 64) : at][::-1])
                local = "" if reversed_local is None else reversed_local.group()[::-1]
                local = local.lstrip("._+-")
                start = at - len(local)
            else:
                local, start = "", -1
            if any(ch.isalpha() for ch in local):
                found.append(
                    (start, after.end(), WHAT_EMAIL, f"{local[0]}…@{domain}",
                     f"{local}@{domain}".lower())
                )  # fmt: skip
        at = text.find("@", at + 1)
    return found


_SERVICES = (
    *sorted(_MAIL_PROVIDERS - {"me", "pm", "web", "mail", "live", "online", "start"}),
    "facebook", "instagram", "twitter", "tiktok", "telegram", "linkedin", "vk", "vkontakte",
    "snapchat", "youtube", "whatsapp", "signal", "viber", "skype", "discord", "messenger",
)  # fmt: skip


_SERVICE = "(?:" + "|".join(sorted(_SERVICES, key=len, reverse=True)) + ")"


_SOCIAL_HOSTS = (
    r"(?:facebook|fb|instagram|x|twitter|tiktok|t|telegram|linkedin|vk|snapchat|youtube)"
)


_ACCOUNT_WORD = r"(?:brukernavn|navn|bruker|profil|konto|adresse)"


_USER = r"[^\W_][\w.]{0,62}(?<![.])"


_ONLINE_SERVICE = re.compile(
    rf"(?i)(?<![\w.@/-]){_SERVICE}(?:\.[a-z]{{2,6}}){{0,2}}"
    rf"(?![\w@/]|-(?!{_ACCOUNT_WORD})|\.\w)"
)


_ONLINE_BEFORE = re.compile(
    rf"(?i)(?<![\w.@/+-])(?P<user>{_USER})"
    r"(?:[ \u00a0]+(?:på|hos|at|via|@)[ \u00a0]+|[ \u00a0]*+\([ \u00a0]*+|[ \u00a0]+@)\Z"
)


_ONLINE_AFTER = re.compile(
    rf"(?i)[ \u00a0]*+(?::|-?{_ACCOUNT_WORD}[ \u00a0]*+:?)[ \u00a0]*+"
    rf"@?(?P<user>{_USER})(?![\w@-])"
)


_HANDLE = re.compile(rf"(?<![\w.+@/-])@(?P<user>{_USER})(?![\w@(-]|\.[^\W\d_])")


_PROFILE = re.compile(
    rf"(?i)(?<![\w.@-])(?:https?://)?(?:www\.|m\.|mobile\.)?(?P<host>{_SOCIAL_HOSTS}\.(?:com|me))"
    r"/(?P<path>@?[\w%-]++(?:[.%-]++[\w%-]++)*+(?:/[\w%-]++(?:[.%-]++[\w%-]++)*+)*+)"
)


_ASCII_FOLDS = "\u0130\u0131\u017f\u212a"
"""The characters other than ASCII letters that a case-insensitive pattern matches as an ASCII
letter (İ, ı, ſ and the Kelvin sign): ``str.lower`` does not make them the letter."""


class _ServiceFilter:
    """A cheap test with a pattern's ``search``: `_ONLINE_SERVICE` cannot match where it finds
    nothing. A service's name is looked for with ``str.find`` in a lowercased copy, where no
    letter or ``_.@/-`` stands before it (a case-insensitive pattern tries every name at every
    character: a hundred times slower); a text with one of `_ASCII_FOLDS` goes to the pattern
    itself."""

    def search(self, text: str) -> object | None:
        if any(ch in text for ch in _ASCII_FOLDS):
            return _ONLINE_SERVICE.search(text)
        lowered = prefilter.lowered(text)  # as long as the text: only İ makes two characters
        for name in _SERVICES:
            at = lowered.find(name)
            while at >= 0:  # the pattern's look-behind: not inside a word (`Kaol`), path, address
                if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_.@/-"):
                    return True
                at = lowered.find(name, at + 1)
        return None


def _profile_possible(text: str) -> bool:
    """Whether `_PROFILE` can match: its host ends in ``.com/`` or ``.me/`` in any case (no
    character but these letters matches them case-insensitively), which a file's path and a
    link elsewhere do not (the pattern is case-insensitive, so tried at every character)."""
    if "/" not in text:
        return False
    lowered = prefilter.lowered(text)
    return ".com/" in lowered or ".me/" in lowered


_ONLINE_ANY = _ServiceFilter()
"""Whether a service's name is in the text (the other online-identity patterns need an ``@`` or
a ``/``): tests/test_gate_speed.py compares the gate with and without it."""


def _online_possible(text: str) -> tuple[bool, bool]:
    """Whether ``_ONLINE_SERVICE`` and ``_PROFILE`` can match in ``text`` at all
    (tests/test_gate_cost.py compares the findings with and without this shortcut)."""
    return _ONLINE_ANY.search(text) is not None, _profile_possible(text)


_COMMON_WORDS = frozenset(("signal", "messenger"))
"""Services whose name is also a word: a service only with a capital letter."""


_TLDS = frozenset(("no", "com", "org", "net", "se", "dk", "de", "eu", "int", "gov", "info"))


def _user_name(user: str) -> bool:
    """Whether ``user`` reads as a user name, not a word, an abbreviation or a file."""
    if not any(ch in "._" or ch.isdigit() for ch in user) or user.isdigit():
        return False
    if "." in user:
        parts = user.split(".")
        marked = any(ch == "_" or ch.isdigit() for ch in user)
        if any(len(part) < 2 for part in parts) and not marked:
            return False  # `f.eks`, `bl.a`
        if parts[-1].lower() in _TLDS or _FILE_SUFFIX.fullmatch(parts[-1]):
            return False  # a domain or a file: `udi.no`, `vedtak.pdf`
    return sum(ch.isalpha() for ch in user) >= 2


_HANDLE_SLOT = re.compile(
    r"(?i)(?:-?(?:brukernavn|konto|profil|navn|bruker|adresse|nick|handle|id)[a-zæøå]{0,4})?"
    r"(?:[ \u00a0]+(?:hans|hennes|deres|hennar|sin|sitt|mitt|min|his|her))?"
    r"(?:[ \u00a0]*[:=]|[ \u00a0]+(?:er|var|heter|het|lyder|is|was))[ \u00a0]*"
    r"[«\"'“]?@?(?P<user>[^\W\d_][\w.]{3,62}(?<![.]))(?![\w@-])"
)
"""The slot a user name stands in after a service's name: ``Skype: navn``, ``TikTok-kontoen
hans er navn``, ``Instagram-profilen heter navn``, ``Gmail-adressen hans er navn``. There a word
of letters only is a user name too, unless it is a word that says something about the account
(``_SLOT_WORDS``), has the ending of a Norwegian adjective or participle, or is written as a
word of prose (a capital first and small letters after, or all capitals: names have their own
rules)."""


_SLOT_WORDS = frozenset(
    (
        "ikke", "nei", "ukjent", "privat", "offentlig", "åpen", "lukket", "aktiv", "inaktiv",
        "slettet", "stengt", "sperret", "hacket", "falsk", "ekte", "borte", "nedlagt", "tom",
        "deaktivert", "oppgitt", "fremlagt", "kjent", "brukt", "anonym", "fjernet", "skjult",
        "sjekket", "undersøkt", "opprettet", "endret", "overvåket", "blokkert", "gammel", "samme",
        "annen", "annet", "andre", "også", "fortsatt", "fremdeles", "trolig", "antakelig", "mulig",
        "uklart", "ukjente", "falske", "hans", "hennes", "deres", "hennar", "deleted", "private",
        "public", "unknown", "none", "closed", "blocked", "suspended", "given", "there", "their",
        "nettopp", "lagt", "ment", "knyttet", "registrert", "verifisert", "kontrollert",
        "tilgjengelig", "omtalt", "nevnt", "beskrevet", "brukernavnet", "navnet", "profilen",
        "kontoen", "adressen", "lenken", "lenke", "utenlandsk", "norsk", "afghansk",
    )
)  # fmt: skip


_SLOT_ENDINGS = ("lig", "ig", "isk", "ert", "ende", "sjon", "het", "ene", "ede")


def _slot_handle(user: str) -> bool:
    """Whether a word in the slot after a service's name (`_HANDLE_SLOT`) is a user name."""
    if _user_name(user):
        return True
    low = user.lower()
    if "." in user or len(user) < 5 or low in _SLOT_WORDS:
        return False
    if user[0].isupper() and (user[1:].islower() or user.isupper()):
        return False  # a word of prose (`Telegram: Nyheter`); a handle is small or camel case
    return not low.endswith(_SLOT_ENDINGS)


_PHONE_LINK = re.compile(
    r"(?i)(?<![\w.-])(?:https?://)?(?:www\.)?(?:wa\.me/|(?:api\.)?whatsapp\.com/send/?\?phone="
    r"|viber://(?:chat|contact)\?number=|signal\.me/#p/|t\.me/|tel:|sms:|callto:|skype:)"
    r"(?:%2B|\+)?(?P<number>[0-9]{7,15})(?![0-9])"
)
"""A link that opens a chat or a call with a phone number: ``wa.me/4741122334``, WhatsApp's
``send?phone=``, Viber's ``number=``, Signal's ``signal.me/#p/``, ``t.me/+...``, ``tel:``.
The number is a phone number whatever its country (the link says so; phonenumbers names the
country when it can)."""


_SEVEN_DIGITS = re.compile("[0-9]{7}")


def _phone_link_candidates(text: str) -> list[_Candidate]:
    """Phone numbers in chat and call links (`_PHONE_LINK`)."""
    if "me/" not in text and "=" not in text and ":" not in text:
        return []
    if _SEVEN_DIGITS.search(text) is None:  # a link's number is seven digits or more
        return []
    import phonenumbers

    found: list[_Candidate] = []
    for match in _PHONE_LINK.finditer(text):
        digits = match.group("number")
        what = personaldata.WHAT_FOREIGN_PHONE
        try:
            number = phonenumbers.parse("+" + digits, None)
            if number.country_code == 47:
                what = WHAT_PHONE
        except phonenumbers.NumberParseException:
            pass
        start, end = match.span("number")
        found.append((start, end, what, _mask(digits), digits))
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
    return found


def _online(start: int, end: int, user: str, where: str) -> _Candidate:
    return start, end, WHAT_ONLINE, f"{user[0]}…@{where.lower()}", f"{user}@{where}".lower()


def _online_candidates(text: str) -> list[_Candidate]:
    """User names at a service, handles and profile addresses."""
    found: list[_Candidate] = []
    services, profiles = _online_possible(text)
    for match in _ONLINE_SERVICE.finditer(text) if services else ():
        if caps.full(found):
            break  # the rest is not read (`caps.py`)
        service = match.group().split(".")[0]
        if service in _COMMON_WORDS:
            continue  # `et signal: fase_2` is a word; `Signal: navn_93` a service
        window = max(0, match.start() - 80)
        before = _ONLINE_BEFORE.search(text[window : match.start()])
        if before is not None and _user_name(before.group("user")):
            start = window + before.start("user")
            end = match.end()
            if text.startswith(")", end) or text.startswith(" )", end):
                end = text.index(")", end) + 1
            found.append(_online(start, end, before.group("user"), service))
            continue
        after = _ONLINE_AFTER.match(text, match.end())
        if after is not None and _user_name(after.group("user")):
            found.append(_online(match.start(), after.end(), after.group("user"), service))
            continue
        slot = _HANDLE_SLOT.match(text, match.end())
        if slot is not None and _slot_handle(slot.group("user")):
            found.append(_online(match.start(), slot.end(), slot.group("user"), service))
    if "@" in text:
        for match in _HANDLE.finditer(text):
            if caps.full(found):
                break
            if _user_name(match.group("user")):
                found.append(_online(*match.span(), match.group("user"), "handle"))
    if profiles:
        for match in _PROFILE.finditer(text):
            if caps.full(found):
                break
            path = match.group("path")
            user = path.split("/")[0].lstrip("@") or path
            found.append(_online(*match.span(), user, match.group("host").split(".")[0]))
    return found
