"""The template contract: what each template a site may override gets, written down from the
view classes, and every template rendered from its view with ``StrictUndefined``."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path

import jinja2
import pytest
from markupsafe import escape

from helpers import TODAY
from praksisbank.core.base.model import FreePage
from praksisbank.core.content.loader import load
from praksisbank.core.practice.site import Site, SiteOptions
from praksisbank.core.views import contract
from praksisbank.core.views import countries as countryviews
from praksisbank.core.views.pages import Pages, variables
from praksisbank.core.views.render import environment
from praksisbank.core.views.sandbox import TemplateRefusedError
from praksisbank.mkdocs_adapter.project import layout_for

REPO = Path(__file__).resolve().parent.parent
CONTRACT = REPO / "plugins/praksisbank/templates/CONTRACT.md"


@pytest.fixture(scope="module")
def demo() -> Site:
    """The repository's own (fictional) demo content, with PDFs on so their links render too."""
    result = load(layout_for(REPO), TODAY)
    assert result.ok, result.problems
    return Site(result.content, SiteOptions(today=TODAY, demo=True, pdf=True))


def test_the_contract_document_is_up_to_date() -> None:
    expected = contract.document()
    assert CONTRACT.read_text(encoding="utf-8") == expected, (
        "templates/CONTRACT.md is out of date: python -m praksisbank.core.views.contract > "
        "plugins/praksisbank/templates/CONTRACT.md"
    )


def test_every_generated_template_has_a_view_in_the_contract() -> None:
    views = contract.views()
    assert {"home.md", "country.md", "changes.md", "tag.md", "notes.md", "decision.html"} <= {
        template for template, _ in views
    }
    sections = contract.document().split("\n## ")[1:]
    assert len(sections) == len(views)
    for (template, cls), section in zip(views, sections, strict=True):
        assert section.startswith(f"`{template}`: `") and f".{cls.__name__}`" in section
        for field in dataclasses.fields(cls):
            assert f"\n- `{field.name}` (" in section, (template, field.name)


def test_every_template_renders_from_its_view(demo: Site) -> None:
    """The build's environment is strict: a field a template reads that its view lacks fails
    here, for every generated page and every item's page of the demo content."""
    env = environment()
    assert env.undefined is jinja2.StrictUndefined
    pages = Pages(demo, env)
    used: set[str] = set()
    render = pages.render

    def recorded(template: str, page_uri: str, values: Mapping[str, object]) -> str:
        used.add(template)
        return render(template, page_uri, values)

    pages.render = recorded  # type: ignore[method-assign]
    generated = pages.generated()
    rendered = {p.uri for p in generated}
    assert {"index.md", "land/afg/index.md", "vedtaksbank/index.md", "roller/index.md"} <= rendered
    for item in demo.content.all_items():
        decoration = pages.decorate(item)
        if not isinstance(item, FreePage):  # each kind's template heads the page with the title
            assert f"<h1>{escape(item.title)}</h1>" in decoration.before, item.path
    # Every template the build renders is in the contract, and every one there was rendered.
    assert used == {template for template, _ in contract.views()}


def test_a_field_the_view_lacks_fails_the_render(demo: Site) -> None:
    values = variables(countryviews.home(demo))
    del values["cards"]
    pages = Pages(demo, environment())
    with pytest.raises(TemplateRefusedError, match="'cards' is undefined"):  # in Norwegian
        pages.render("home.md", "index.md", values)
