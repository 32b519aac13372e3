"""The settings a build or a command takes from the site: PDFs on or off, the day to build as,
worker processes. Each is an option of the ``praksisbank`` plugin in ``mkdocs.yml``:

```yaml
plugins:
  - praksisbank:
      pdf: !ENV [PRAKSISBANK_PDF, null]       # the environment variable wins where it is set
      today: !ENV [PRAKSISBANK_TODAY, null]
      workers: !ENV [PRAKSISBANK_WORKERS, 0]
      verdict_cache: !ENV [PRAKSISBANK_VERDICT_CACHE, null]
```

A site whose ``mkdocs.yml`` does not name an option gets the environment variable's value, as
if it had written the ``!ENV`` line above (``handbook/architecture.md``, Settings, has the
table). This is the one module that reads those variables, and the one that reads the clock:
``core`` is handed the values.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

PDF_ENV = "PRAKSISBANK_PDF"
TODAY_ENV = "PRAKSISBANK_TODAY"
WORKERS_ENV = "PRAKSISBANK_WORKERS"
VERDICT_CACHE_ENV = "PRAKSISBANK_VERDICT_CACHE"

_OFF = ("0", "false", "no", "nei", "off")
_ON = ("1", "true", "yes", "ja", "on")


class SettingsError(ValueError):
    """A setting has a value that means nothing; the message is Norwegian."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Settings:
    today: date
    """The day the content is checked and flagged as of (the build date on every page)."""
    pdf: bool
    """This build makes the PDFs."""
    workers: int
    """Processes that read a large project's files; 0: one per core (``core/content/loader.py``)."""
    verdict_cache: bool = True
    """Keep the gate's clean verdicts between runs (``core/gate/verdicts.py``); off: every text
    is read, nothing is kept."""


def resolve(
    options: Mapping[str, Any], command: str | None, environ: Mapping[str, str] | None = None
) -> Settings:
    """The settings from the plugin's options (``None`` or absent: not set there), else from
    the environment, else the defaults; `command` is MkDocs' (``serve`` makes no PDFs unless
    asked), ``None`` for our own commands. Raises ``SettingsError``."""
    env = os.environ if environ is None else environ
    return Settings(
        today=_today(options.get("today"), env),
        pdf=_pdf(options.get("pdf"), env, command),
        workers=_workers(options.get("workers"), env),
        verdict_cache=_verdict_cache(options.get("verdict_cache"), env),
    )


def _option(name: str, value: object) -> str:
    return f"«{name}: {value}» (i mkdocs.yml, eller fra miljøvariabelen den leser med !ENV)"


def _set(value: object) -> bool:
    return value is not None and value != ""


def _today(value: object, env: Mapping[str, str]) -> date:
    if isinstance(value, date):  # YAML reads 2026-11-21 as a date, from the file or !ENV
        return value
    if _set(value):
        return _date(str(value), _option("today", value))
    given = env.get(TODAY_ENV, "").strip()
    return _date(given, f"{TODAY_ENV}={given!r}") if given else date.today()


def _date(text: str, shown: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise SettingsError(
            f"{shown} er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-11-21."
        ) from None


def _switch(
    value: object, env: Mapping[str, str], option: str, variable: str, *, unset: bool, off: str
) -> bool:
    """An on/off setting: the plugin's ``option`` as written (a boolean, or 0/1 and the like, also
    through ``!ENV``), else the environment's ``variable``, else ``unset``; anything else is refused
    with a message that says how to turn it off (``off``)."""
    if isinstance(value, bool):
        return value
    if _set(value):
        word, shown = str(value).strip().lower(), _option(option, value)
    else:
        word = env.get(variable, "").strip().lower()
        shown = f"{variable}={env.get(variable, '').strip()!r}"
    if word in _OFF:
        return False
    if word in _ON:
        return True
    if word:
        raise SettingsError(
            f"{shown} er ikke 0 eller 1. Skriv {variable}=0 (eller «{option}: false» under "
            f"«praksisbank» i mkdocs.yml) for {off}."
        )
    return unset


def _pdf(value: object, env: Mapping[str, str], command: str | None) -> bool:
    # a live preview makes no PDFs unless asked
    off = "å slå av PDF-ene"
    return _switch(value, env, "pdf", PDF_ENV, unset=command != "serve", off=off)


def _workers(value: object, env: Mapping[str, str]) -> int:
    if _set(value):
        text, shown = str(value).strip(), _option("workers", value)
    else:
        text = env.get(WORKERS_ENV, "").strip()
        shown = f"{WORKERS_ENV}={text!r}"
    if not text:
        return 0
    if not text.isdigit() or isinstance(value, bool):
        raise SettingsError(
            f"{shown} er ikke et antall prosesser. Skriv et helt tall: 1 leser filene i én "
            "prosess, 0 bruker én per kjerne."
        )
    return int(text)


def _verdict_cache(value: object, env: Mapping[str, str]) -> bool:
    off = "å lese hver tekst på nytt uten å huske noe"
    return _switch(value, env, "verdict_cache", VERDICT_CACHE_ENV, unset=True, off=off)
