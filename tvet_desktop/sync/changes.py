"""What an update changed: the items one catalogue version adds, changes and removes against another."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .delta import snapshot_items

if TYPE_CHECKING:
    from pathlib import Path

    from ..catalog.records import Item


class Entry(NamedTuple):
    id: str
    title: str


class Changes(NamedTuple):
    added: tuple[Entry, ...]
    changed: tuple[Entry, ...]
    removed: tuple[Entry, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


def compare(old: Path, new: Path) -> Changes:
    """The items of ``new`` that ``old`` lacks or has otherwise, and those only ``old`` has, by title."""
    before, after = snapshot_items(old), snapshot_items(new)

    def entries(ids: set[str], items: dict[str, Item]) -> tuple[Entry, ...]:
        found = [Entry(item_id, items[item_id].title) for item_id in ids]
        return tuple(sorted(found, key=lambda entry: entry.title.casefold()))

    return Changes(entries(set(after) - set(before), after),
                   entries({i for i in set(after) & set(before) if after[i] != before[i]}, after),
                   entries(set(before) - set(after), before))
