"""The template contract: for each template a site may override, the view it gets.

``document()`` writes ``templates/CONTRACT.md`` from the view dataclasses themselves (their
fields, types and the first line of each field's docstring), so the document cannot drift from
the code; ``tests/test_contract.py`` fails when the file is out of date. Regenerate it with
``python -m praksisbank.core.views.contract > plugins/praksisbank/templates/CONTRACT.md``.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import textwrap
import typing
from collections.abc import Callable

from praksisbank.core.content.kinds import KINDS
from praksisbank.core.views import items as itemviews
from praksisbank.core.views.pages import CONTENT_PAGES, PAGES, index_view, item_trail, item_view

_INTRO = """\
# The template contract

Generated from the view classes (`python -m praksisbank.core.views.contract`); do not edit by hand.

A site overrides one of the plugin's templates by putting a file of the same name in
`<custom_dir>/praksisbank/`. Each generated page's template gets the fields of its view as
variables (`{{ rows }}`), and three more: `link(target, anchor="")`, the relative address of a
page or a `Link`; `today`, the build's date; and `keep`, for a row of a long list:
`{% call keep(row) %}…{% endcall %}` is the block's text, which the live preview renders once for
each value of `row` on the page (the block must show nothing but `row`, with `link`). Templates
render with Jinja's `StrictUndefined`: a variable that is not listed here is an error, not an
empty text.

The templates around a content item's own text (`decision.html`, `note_before.html` …) get
`item`, the item itself (its class in `core/base/model.py`), `link()`, `today` and the fields of its
kind's page view (`core/views/items.py`).

A kind's section on a country's page (`Kind.country_section`) is drawn by the template its record
names, included from `country.md` with `section` (`countries.KindSection`: `title`, `template`,
`rows`); `country_clarifications.html` draws the practice clarifications, `country_items.html` any
other kind's.
"""


def views() -> list[tuple[str, type]]:
    """Every template a site may override and its view class, by template name."""
    found: list[tuple[str, Callable[..., object]]] = [
        (p.template, p.view) for p in PAGES if p.uri not in _INDEXES
    ]
    for kind in KINDS:
        shown = kind.presentation
        if shown.index:
            found.append((shown.index, index_view(kind)))
        found += [(t, item_view(kind)) for t in (shown.before, shown.after) if t]
    found += [
        *CONTENT_PAGES,
        ("withdrawn.html", itemviews.withdrawn),
        ("item_path.html", item_trail),
    ]
    classes: dict[str, type] = {}
    for template, view in found:
        returned = typing.get_type_hints(view)["return"]
        assert isinstance(returned, type) and dataclasses.is_dataclass(returned), view
        classes.setdefault(template, returned)
    return sorted(classes.items())


_INDEXES = frozenset(kind.index for kind in KINDS)


def _items() -> dict[str, str]:
    """The item class each item template gets as ``item``, by template."""
    found = {"withdrawn.html": "Document"}
    for kind in KINDS:
        shown = kind.presentation
        for template in (shown.before, shown.after):
            if template:
                found[template] = kind.item_type.__name__
    return found


def _field_docs(cls: type) -> dict[str, str]:
    """The first line of the docstring under each field, for a class and the classes it
    extends."""
    docs: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if not dataclasses.is_dataclass(klass):
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(klass)))
        body = tree.body[0].body if isinstance(tree.body[0], ast.ClassDef) else []
        for field, after in zip(body, [*body[1:], None], strict=True):
            if (
                isinstance(field, ast.AnnAssign)
                and isinstance(field.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                docs[field.target.id] = after.value.value.strip().split("\n")[0]
    return docs


def _class_doc(cls: type) -> str:
    return " ".join((cls.__doc__ or "").split())


def document() -> str:
    lines = [_INTRO]
    items = _items()
    for template, cls in views():
        lines += ["", f"## `{template}`: `{cls.__module__.rsplit('.', 1)[-1]}.{cls.__name__}`", ""]
        lines += [_class_doc(cls), ""]
        if template in items:
            lines.append(f"- `item` (`{items[template]}`): The item itself.")
        docs = _field_docs(cls)
        hints = typing.get_type_hints(cls)
        for field in dataclasses.fields(cls):
            shown = str(field.type) if isinstance(field.type, str) else repr(hints[field.name])
            lines.append(f"- `{field.name}` (`{shown}`): {docs.get(field.name, '')}".rstrip())
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(document(), end="")
