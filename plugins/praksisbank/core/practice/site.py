"""The content with the lookups every page needs, computed once per build."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from praksisbank.core.base.model import Content, Decision, Document, Item, Reviewable, Status
from praksisbank.core.content.kinds import KINDS, Kind
from praksisbank.core.practice import flags as flagging
from praksisbank.core.practice import readiness
from praksisbank.core.practice.checks import CHECKS, Facts, LiveState
from praksisbank.core.practice.flags import Flag, FlagKind

D = TypeVar("D", bound=Document)


@dataclass(frozen=True, kw_only=True, slots=True)
class SiteOptions:
    today: date
    directory_urls: bool = True
    demo: bool = False
    """Say on every page that the content is fictional."""
    pdf: bool = False
    """The build makes PDFs (``pdfviews``): pages link to them."""


class Site:
    """Lookups over the content: by id, by country, flags, readiness and checklist states."""

    def __init__(
        self, content: Content, options: SiteOptions, kinds: tuple[Kind, ...] = KINDS
    ) -> None:
        self.content = content
        self.options = options
        self.kinds = kinds
        """The content kinds the site shows (``Layout.kinds``)."""
        self.today = options.today
        self.by_id: dict[str, Document] = {d.id: d for d in content.documents()}
        self.by_country: dict[tuple[type[Item], str], list[Document]] = defaultdict(list)
        """(item class, country) → that country's documents of that kind, by path."""
        for kind, items in content.items.items():
            for item in items:
                if isinstance(item, Document):
                    self.by_country[kind, item.country].append(item)
        self.superseding: dict[str, list[Decision]] = defaultdict(list)
        for d in content.decisions:
            if d.superseded_by:
                self.superseding[d.superseded_by].append(d)
        self.flags = flagging.compute(content, options.today)
        self._flags = {(f.item.id, f.kind): f for f in self.flags}
        self.attention = [f for f in self.flags if flagging.needs_attention(f)]
        """What the review queues list, all units together."""
        units = {f.owner_unit for f in self.flags}
        units |= {
            u for d in content.documents() if isinstance(u := getattr(d, "owner_unit", None), str)
        }
        self.units = sorted(units)
        self.readiness = readiness.assess(content, options.today)
        self._live: dict[str, LiveState] = {}

    def of_country(self, item_type: type[D], country: str) -> list[D]:
        """A country's documents of one kind, by path."""
        found = self.by_country.get((item_type, country), [])
        assert all(isinstance(d, item_type) for d in found)
        return found  # type: ignore[return-value]

    def decisions_of(self, country: str) -> list[Decision]:
        return self.of_country(Decision, country)

    def flag(self, item: Document, kind: FlagKind) -> Flag | None:
        return self._flags.get((item.id, kind))

    def possibly_outdated(self, item: Document) -> Flag | None:
        return self._flags.get((item.id, FlagKind.POSSIBLY_OUTDATED))

    def overdue(self, item: Reviewable) -> bool:
        return flagging.is_overdue(item, self.today)

    def owner(self, item: Document) -> str:
        return flagging.owner_of(item, self.content)

    def live(self, check: str) -> LiveState:
        """The state of a checklist item that content can verify, computed once per build."""
        if check not in self._live:
            facts = Facts(readiness=self.readiness, flags=self.flags)
            self._live[check] = CHECKS[check].state(facts)
        return self._live[check]

    def readiness_of(self, country: str) -> readiness.Readiness | None:
        return next((r for r in self.readiness if r.country == country), None)

    def queue(self, unit: str) -> list[Flag]:
        """What a unit must look at, in the order of the flags."""
        return [f for f in self.attention if f.owner_unit == unit]

    def listed(self, decisions: list[Decision]) -> list[Decision]:
        """Decisions as listings show them: withdrawn left out; current, then possibly outdated,
        then outdated; newest first within each."""

        def rank(d: Decision) -> int:
            if d.status is not Status.CURRENT:
                return 2
            return 1 if self.possibly_outdated(d) else 0

        shown = [d for d in decisions if d.status is not Status.WITHDRAWN]
        return sorted(shown, key=lambda d: (rank(d), -d.decided.toordinal(), d.id))
