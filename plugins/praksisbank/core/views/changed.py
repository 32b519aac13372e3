"""What a live preview's field edit can have changed: which generated pages and which items'
decorations read the decisions it changed.

A field edit of one decision (its title, tags, provisions, outcome, category or country) changes
the pages that list it, not the others. ``edit_between`` compares the content of two rebuilds:
when every difference is in decisions (added, removed or changed) and the flags the site raises
say the same thing (the review queues, the checklists' counts and the status each listing shows
read them), it gives the decisions changed, in their old and new versions. Then:

- a generated page is made again only when its ``Planned.reads`` says it reads one of them
  (``pages.py``: a country's pages its decisions, a provision's page the decisions citing it);
  a page that reads more says ``None`` and is always made again;
- an item's decoration is made again only for the decisions changed and their neighbours
  (``touched``): a decision whose text names a changed one's title (it replaces it, or is
  replaced by it) and the practice notes of a changed decision's country (their category
  counts).

Anything else (a note, a guide, a role, a flag raised or lowered, the settings) gives ``None``:
every view is made again and compared, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from praksisbank.core.base.model import Decision, PracticeNote
from praksisbank.core.content.kinds import address
from praksisbank.core.practice.flags import Flag
from praksisbank.core.practice.site import Site


@dataclass(frozen=True, kw_only=True, slots=True)
class Edit:
    """The decisions a field edit changed: each one's version before and after (a decision
    added has no version before, one removed none after)."""

    decisions: tuple[Decision, ...]

    def reads(self, reads: Callable[[Decision], bool] | None) -> bool:
        """Whether a page that reads decisions by ``reads`` (``Planned.reads``; ``None``: more
        than decisions) shows any version of a decision this edit changed."""
        return reads is None or any(reads(decision) for decision in self.decisions)


def _flagged(flags: Iterable[Flag]) -> tuple[tuple[object, ...], ...]:
    """What a flag says, without the item it is on (whose other fields the pages that list
    it read through ``Planned.reads``)."""
    return tuple(
        (f.kind, f.item.path, f.item.id, f.reason, f.owner_unit, f.since, f.practice) for f in flags
    )


def edit_between(before: Site | None, after: Site) -> Edit | None:
    """The decisions changed between two rebuilds' content, when nothing but decisions
    changed and the flags are the same; otherwise ``None`` (every view made again)."""
    if before is None or before.options != after.options or before.kinds != after.kinds:
        return None
    old, new = before.content, after.content
    if (old.arrivals, old.sources, old.training, old.files, old.vocabulary) != (
        new.arrivals,
        new.sources,
        new.training,
        new.files,
        new.vocabulary,
    ):
        return None
    kinds = set(old.items) | set(new.items)
    if any(
        old.items.get(kind, ()) != new.items.get(kind, ())
        for kind in kinds
        if not issubclass(kind, Decision)
    ):
        return None
    if before.units != after.units or _flagged(before.flags) != _flagged(after.flags):
        return None
    was = {d.path: d for d in old.decisions}
    now = {d.path: d for d in new.decisions}
    changed: list[Decision] = []
    for path in sorted(was.keys() | now.keys()):
        a, b = was.get(path), now.get(path)
        if a is b or a == b:
            continue
        changed += [d for d in (a, b) if d is not None]
    return Edit(decisions=tuple(changed))


def touched(site: Site, edit: Edit) -> set[str]:
    """The items (by address) whose decoration may read a changed decision: the decisions
    themselves, the documents one of them replaces or is replaced by (their panels name its
    title), and the practice notes of each of their countries (its categories count
    the decisions)."""
    ids = {d.id for d in edit.decisions}
    successors = {d.superseded_by for d in edit.decisions if d.superseded_by}
    countries = {d.country for d in edit.decisions}
    found = {address(d) for d in edit.decisions}
    for document in site.content.documents():
        names = document.superseded_by in ids or document.id in successors
        counts = isinstance(document, PracticeNote) and document.country in countries
        if names or counts:
            found.add(address(document))
    return found
