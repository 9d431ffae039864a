"""In-memory facet bitmaps: filter, count and page 100k items in about a millisecond.

Each facet value is a Python int used as a bitset over item positions, once in 'newest' order
(the snapshot's rowid order) and once in title order. Filters are ANDs and ORs of ints, counts
are ``int.bit_count()``, and a page is read off the set bits in C with ``itertools.compress``.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from itertools import compress, islice
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from .records import FACETS, FacetCount

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable, Sequence

_FLAG_BYTES = bytes.maketrans(b"01", b"\x00\x01")
_BIT_CHARS = bytes.maketrans(b"\x00\x01", b"01")
SORTS = ("relevance", "newest", "title")


class Filters(NamedTuple):
    """What the user narrowed the catalogue to; values inside one facet are alternatives."""

    kind: tuple[str, ...] = ()
    theme: tuple[str, ...] = ()
    region: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None

    @classmethod
    def of(cls, **values: object) -> Filters:
        """Build from keyword arguments where each facet takes a string or a list of strings."""
        unknown = set(values) - set(FACETS) - {"year_from", "year_to"}
        if unknown:
            raise TypeError(f"unknown filter(s): {', '.join(sorted(unknown))}")
        facets: dict[str, tuple[str, ...]] = {}
        for name in FACETS:
            value = values.get(name)
            if value is None:
                facets[name] = ()
            elif isinstance(value, str):
                facets[name] = (value,)
            else:
                facets[name] = tuple(str(v) for v in value)  # type: ignore[attr-defined]
        return cls(year_from=_year(values.get("year_from")), year_to=_year(values.get("year_to")), **facets)

    def selected(self, facet: str) -> tuple[str, ...]:
        return getattr(self, facet)  # type: ignore[no-any-return]

    @property
    def is_empty(self) -> bool:
        return self == Filters()

    def with_values(self, facet: str, values: tuple[str, ...]) -> Filters:
        if facet not in FACETS:
            raise ValueError(f"unknown facet {facet!r}")
        return self._replace(**{facet: values})  # type: ignore[arg-type]

    def without_years(self) -> Filters:
        return self._replace(year_from=None, year_to=None)


def _year(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


class _Order:
    """Bitmaps for one item order: position i is the i-th item in that order."""

    def __init__(self, rowids: list[int], position_of: dict[int, int]) -> None:
        self.rowids, self.position_of = rowids, position_of
        self.values: dict[tuple[str, str], int] = {}
        self.years: dict[int, int] = {}


class BrowseIndex:
    def __init__(self, conn: sqlite3.Connection) -> None:
        newest = [r for (r,) in conn.execute("SELECT rowid FROM items ORDER BY rowid")]
        self.size = len(newest)
        self.all = (1 << self.size) - 1
        self._by_title = [r for (r,) in conn.execute("SELECT rowid FROM items ORDER BY title_sort, id")]
        self.orders = {"newest": _order(newest)}  # "title" is made when first sorted by (see _order_of)
        self._making = threading.Lock()  # searches run on worker threads
        self._facet_rows = conn.execute("SELECT facet, value, item FROM item_facets").fetchall()
        self._year_rows = conn.execute("SELECT year, rowid FROM items WHERE year IS NOT NULL").fetchall()
        self._fill(self.orders["newest"])
        # Snapshots number items 1..N in 'newest' order, so a bitmap with bit rowid - 1 (the search's
        # champion lists) is a 'newest' mask as it is.
        self.rowid_positions = newest == list(range(1, self.size + 1))
        self._title_picks: itemgetter[tuple[int, ...]] | None = None
        self.facet_values: dict[str, list[str]] = defaultdict(list)
        for facet, value in sorted(self.orders["newest"].values):
            self.facet_values[facet].append(value)

    def _fill(self, order: _Order) -> None:
        order.values = _bitmaps(((facet, value), order.position_of[item]) for facet, value, item in self._facet_rows)
        order.years = _bitmaps((year, order.position_of[rowid]) for year, rowid in self._year_rows)

    def _order_of(self, name: str) -> _Order:
        """The bitmaps of an order; the title order's are made on first use (most windows never sort by title,
        and the first search, at start-up, never does)."""
        found = self.orders.get(name)
        if found is not None:
            return found
        with self._making:
            if name not in self.orders:
                title = _order(self._by_title)
                self._fill(title)
                newest = self.orders["newest"].position_of
                self._title_picks = itemgetter(*(newest[r] for r in self._by_title)) if self.size > 1 else None
                self.orders["title"] = title
            return self.orders[name]

    def mask(self, filters: Filters, order: str = "newest", skip: str | None = None) -> int:
        """Bitset of the items passing ``filters`` (ignoring facet ``skip``) in ``order``."""
        bitmaps = self._order_of(order)
        mask = self.all
        for facet in FACETS:
            chosen = filters.selected(facet)
            if chosen and facet != skip:
                mask &= _union(bitmaps.values.get((facet, value), 0) for value in chosen)
        if filters.year_from is not None or filters.year_to is not None:
            low = filters.year_from if filters.year_from is not None else -(10**9)
            high = filters.year_to if filters.year_to is not None else 10**9
            mask &= _union(bits for year, bits in bitmaps.years.items() if low <= year <= high)
        return mask

    def bitmap_of(self, rowids: Iterable[int], order: str = "newest") -> int:
        """Bitset of the given rowids in ``order``."""
        position_of = self._order_of(order).position_of
        flags = bytearray(b"0") * self.size
        for rowid in rowids:
            flags[position_of[rowid]] = 49  # ord("1")
        return int(flags[::-1], 2) if self.size else 0

    def reorder(self, mask: int, order: str) -> int:
        """A 'newest' ``mask`` as the same items' mask in ``order``."""
        if order == "newest":
            return mask
        self._order_of(order)
        if self._title_picks is None:
            return mask
        flags = bytes(self._title_picks(self.flags(mask)))
        return int(flags.translate(_BIT_CHARS)[::-1], 2)

    def flags(self, mask: int) -> bytes:
        """One byte per position, 1 where ``mask`` has the bit set."""
        if not self.size:
            return b""
        return format(mask, f"0{self.size}b")[::-1].encode().translate(_FLAG_BYTES)

    def page(self, mask: int, order: str, offset: int, limit: int) -> list[int]:
        """Rowids of the set bits ``offset`` to ``offset + limit`` of ``mask`` in ``order``."""
        return list(islice(compress(self._order_of(order).rowids, self.flags(mask)), offset, offset + limit))

    def position(self, mask: int, order: str, rowid: int) -> int | None:
        """How many set bits of ``mask`` come before ``rowid``'s bit in ``order`` (None when its bit is clear)."""
        bit = self._order_of(order).position_of.get(rowid)
        if bit is None or not mask >> bit & 1:
            return None
        return (mask & ((1 << bit) - 1)).bit_count()

    def counts(self, filters: Filters, query_mask: int) -> dict[str, tuple[FacetCount, ...]]:
        """Per facet, how many items each value would have: the other facets' filters apply, its own not."""
        values = self.orders["newest"].values
        result = {}
        for facet in FACETS:
            base = self.mask(filters, skip=facet) & query_mask
            chosen = set(filters.selected(facet))
            counts = [FacetCount(v, (base & values[(facet, v)]).bit_count()) for v in self.facet_values[facet]]
            counts = [c for c in counts if c.count or c.value in chosen]
            result[facet] = tuple(sorted(counts, key=lambda c: (-c.count, c.value.casefold())))
        return result

    def year_span(self, mask: int) -> tuple[int | None, int | None]:
        years = sorted(y for y, bits in self.orders["newest"].years.items() if bits & mask)
        return (years[0], years[-1]) if years else (None, None)


def _order(rowids: list[int]) -> _Order:
    return _Order(rowids, {rowid: position for position, rowid in enumerate(rowids)})


def _bitmaps(pairs: Iterable[tuple[object, int]]) -> dict:  # type: ignore[type-arg]
    positions: dict[object, list[int]] = defaultdict(list)
    for key, position in pairs:
        positions[key].append(position)
    return {key: _bits(found) for key, found in positions.items()}


def _bits(positions: Sequence[int]) -> int:
    if not positions:
        return 0
    flags = bytearray(b"0") * (max(positions) + 1)
    for position in positions:
        flags[position] = 49
    return int(flags[::-1], 2)


def _union(bitmaps: Iterable[int]) -> int:
    mask = 0
    for bits in bitmaps:
        mask |= bits
    return mask
