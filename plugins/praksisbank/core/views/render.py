"""The template environment: Jinja with autoescape on, our filters, and a loader a site chooses.

The adapter hands in a loader that looks in the site's own folder first, so a site can override
any of our templates; without one, the packaged templates are used.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Hashable, Mapping
from datetime import date
from functools import lru_cache
from typing import Any

import jinja2
import markupsafe

from praksisbank.core.base.countries import norwegian_name
from praksisbank.core.base.dates import norwegian_date, norwegian_number
from praksisbank.core.base.problems import Problem, Severity, summary
from praksisbank.core.views.sandbox import Sandbox, SandboxedTemplates

SINGLE_DECISION_NOTICE = (
    "Enkeltvedtak gir ikke nødvendigvis et fullstendig og riktig bilde av gjeldende praksis. "
    "Les alltid praksisnotatet for landet."
)


def attribute_text(value: str) -> str:
    """Escaped for an HTML attribute: the theme writes the page description into one as it is."""
    return html.escape(value, quote=True)


def _one_line(value: Any) -> Any:
    """Values from content go out on one line.

    Generated pages are Markdown with HTML blocks, and some Markdown (fenced code) acts on whole
    lines even inside HTML: a value that spans lines could start such a line. Our own template
    output (``Markup``) keeps its lines.
    """
    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return " ".join(value.split())
    return value


@lru_cache(maxsize=8192)
def _when(value: date) -> markupsafe.Markup:
    """A date as readers write it, with the ISO date for machines: «17. mai 2024». Kept per
    day: a list of 5,000 decisions shows a few hundred days, each many times (``Markup.format``
    costs about as much as the rest of a row)."""
    iso, text = markupsafe.escape(value.isoformat()), markupsafe.escape(norwegian_date(value))
    return markupsafe.Markup(f'<time datetime="{iso}">{text}</time>')


def _number(value: int) -> markupsafe.Markup:
    """«2 140»: Markup, so the no-break space survives ``_one_line`` (digits need no escaping)."""
    return markupsafe.Markup(norwegian_number(value))


Keep = Callable[..., markupsafe.Markup]
"""``keep(value, caller=…)``, the templates' ``{% call keep(row) %}…{% endcall %}``: the text
of a block that shows ``value`` alone (with ``link``), rendered once per value and page."""


def keep_nothing(value: object, *, caller: Callable[[], markupsafe.Markup]) -> markupsafe.Markup:
    """A build without a live preview's cache renders every row."""
    return caller()


class RenderCache:
    """The text each template last rendered for each page, with the values it was rendered from,
    kept by a live preview from one rebuild to the next.

    A template rendered again for the same page with values equal to the last ones (``==``:
    views are frozen dataclasses, compared field by field) gives the text it gave then, without
    rendering. When they differ, the page is rendered again, but each row a template wraps in
    ``keep`` (a decision in a list of 5,000) whose value was on the page last time gives its
    text of last time. The key holds what else shapes the text (the day, the kind of
    addresses); a change to the templates or the settings must ``clear`` it."""

    def __init__(self) -> None:
        self._texts: dict[tuple[Hashable, ...], tuple[Mapping[str, object], str]] = {}
        self._rows: dict[tuple[Hashable, ...], dict[object, markupsafe.Markup]] = {}
        self.rendered = 0
        """Texts rendered since the last ``clear`` (the rest came from the cache)."""
        self.values: dict[str, dict[int, tuple[object, Hashable, object]]] = {}
        """Values a view made from one item, kept by that view's name: by the item's ``id()``,
        the item, what else the value was made from, the value (``decisions.decision_entries``:
        the finder's entry of each decision). Held here, each item stays alive, so its
        ``id()`` names no other object meanwhile."""

    def text(
        self,
        key: tuple[Hashable, ...],
        values: Mapping[str, object],
        render: Callable[[Keep], str],
    ) -> str:
        kept = self._texts.get(key)
        if kept is not None and kept[0] == values:
            return kept[1]
        before = self._rows.get(key, {})
        now: dict[object, markupsafe.Markup] = {}

        def keep(value: object, *, caller: Callable[[], markupsafe.Markup]) -> markupsafe.Markup:
            try:
                text = before.get(value)
            except TypeError:  # a value that cannot be a key is rendered every time
                return caller()
            if text is None:
                text = caller()
            now[value] = text
            return text

        text = render(keep)
        self._texts[key], self._rows[key] = (values, text), now  # rows gone are forgotten
        self.rendered += 1
        return text

    def clear(self) -> None:
        self._texts.clear()
        self._rows.clear()
        self.values.clear()
        self.rendered = 0


def packaged_templates() -> jinja2.BaseLoader:
    return jinja2.PackageLoader("praksisbank", "templates")


def environment(loader: jinja2.BaseLoader | None = None) -> SandboxedTemplates:
    """Our templates' environment, in the sandbox (a site may override any of them:
    ``core/views/sandbox.py``)."""
    return environment_of(SandboxedTemplates, loader)


def environment_of(kind: type[Sandbox], loader: jinja2.BaseLoader | None = None) -> Sandbox:
    """Our templates' environment as a ``kind`` of sandbox (a template error stops as it
    says)."""
    env = kind(
        loader=loader or packaged_templates(),
        autoescape=True,
        finalize=_one_line,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["nodate"] = norwegian_date
    env.filters["when"] = _when
    env.filters["country_name"] = norwegian_name
    env.filters["number"] = _number
    env.globals["NOTICE"] = SINGLE_DECISION_NOTICE
    env.globals["keep"] = keep_nothing  # a live preview's pages get their RenderCache's
    return env


def render_problems(env: jinja2.Environment, problems: tuple[Problem, ...]) -> str:
    """The preview's page when content has errors: every problem with file, line and message."""
    errors = sum(p.severity is Severity.ERROR for p in problems)
    return env.get_template("problems.md").render(
        problems=sorted(problems), summary=summary(problems), errors=errors
    )
