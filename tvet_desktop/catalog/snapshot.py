"""The read-only catalogue: open a snapshot file, read its items, its facets and its browse index.

``Catalog`` is safe to use from several threads: each thread gets its own read-only SQLite connection
(:class:`..db.ThreadConnections`), and the in-memory browse index is immutable once built. Searching it
is :mod:`..search`'s job.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..db import STOP_CHECK_STEPS, ThreadConnections, placeholders
from ..errors import UserError
from ..text import fold
from .browse import BrowseIndex, Filters
from .records import FACETS, SNAPSHOT_FORMAT, Attachment, Item, SnapshotInfo, language_name
from .sentences import Sentence

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

ITEM_SQL = (
    "SELECT items.*, item_bodies.body, item_bodies.sources FROM items "
    "JOIN item_bodies ON item_bodies.rowid = items.rowid WHERE items.id IN ({})"
)
ATTACHMENTS_SQL = (
    "SELECT item, filename, media_type, sha256, size, pages, title, language, licence FROM attachments "
    "WHERE item IN ({}) ORDER BY item, position"
)
CHUNK = 500  # ids per IN (...) statement


class CatalogError(UserError):
    """The catalogue file is missing, damaged or of a format this version cannot read."""


class Catalog:
    def __init__(self, path: Path | str, stop_check_steps: int = STOP_CHECK_STEPS) -> None:
        """``stop_check_steps``: how often a search looks whether it should stop (see :mod:`..db`)."""
        self.path = Path(path)
        if not self.path.is_file():
            raise CatalogError(Sentence("no-catalogue-file", path=self.path))
        self.connections = ThreadConnections(
            self.path, lambda: CatalogError(Sentence("catalogue-closed", path=self.path)), stop_check_steps)
        self._lock = threading.Lock()
        self._index: BrowseIndex | None = None
        self.info = self._read_info()
        self.has_champion_lists = self.conn.execute("SELECT 1 FROM term_lists LIMIT 1").fetchone() is not None

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's read-only connection."""
        return self.connections.conn

    def close(self) -> None:
        self.connections.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_info(self) -> SnapshotInfo:
        try:
            odd = _odd_schema(self.conn)
            if odd:
                self.close()
                raise CatalogError(Sentence("odd-catalogue", path=self.path, names=", ".join(odd)))
            meta = dict(self.conn.execute("SELECT key, value FROM snapshot").fetchall())
            kinds = dict(self.conn.execute("SELECT kind, count(*) FROM items GROUP BY kind ORDER BY kind"))
            version = int(meta["format_version"])
        except (sqlite3.DatabaseError, KeyError, ValueError) as error:
            self.close()
            raise CatalogError(Sentence("unreadable-catalogue", path=self.path, problem=error)) from None
        if version != SNAPSHOT_FORMAT:
            self.close()
            raise CatalogError(Sentence("catalogue-format", path=self.path, format=version, reads=SNAPSHOT_FORMAT))
        return SnapshotInfo(str(self.path), version, int(meta["catalogue_version"]), meta["created"],
                            int(meta["item_count"]), meta["content_hash"], kinds)

    @property
    def index(self) -> BrowseIndex:
        """The in-memory facet bitmaps, built by the first use (about 1 s at 100,000 items)."""
        with self._lock:
            if self._index is None:
                with self.connections.unstoppable():
                    self._index = BrowseIndex(self.conn)
            return self._index

    # -- items -------------------------------------------------------------------------------
    def get(self, item_id: str) -> Item | None:
        return self.items([item_id]).get(item_id)

    def items(self, item_ids: Iterable[str]) -> dict[str, Item]:
        """The items with these ids that the catalogue has, by id (one statement per few hundred ids)."""
        found: dict[str, Item] = {}
        unique = list(dict.fromkeys(item_ids))
        for start in range(0, len(unique), CHUNK):
            chunk = unique[start : start + CHUNK]
            cursor = self.conn.execute(ITEM_SQL.format(placeholders(len(chunk))), chunk)
            columns = [c[0] for c in cursor.description]
            rows = [dict(zip(columns, row, strict=True)) for row in cursor]
            attached = self._attachments([row["rowid"] for row in rows])
            for row in rows:
                item = _item(row, attached.get(row["rowid"], ()))
                found[item.id] = item
        return found

    def _attachments(self, rowids: list[int]) -> dict[int, tuple[Attachment, ...]]:
        found: dict[int, list[Attachment]] = {}
        for item, *fields in self.conn.execute(ATTACHMENTS_SQL.format(placeholders(len(rowids))), rowids):
            filename, media_type, sha256, size, pages, title, language, licence = fields
            found.setdefault(item, []).append(Attachment(filename, media_type, sha256, size, pages, title or "",
                                                         language or "", licence or ""))
        return {item: tuple(entries) for item, entries in found.items()}

    def attachment_items(self, sha256: str) -> list[tuple[str, Attachment]]:
        """The items (id, attachment) that carry the file with this SHA-256."""
        ids = [row[0] for row in self.conn.execute(
            "SELECT DISTINCT items.id FROM attachments JOIN items ON items.rowid = attachments.item "
            "WHERE attachments.sha256 = ? ORDER BY items.id", (sha256,))]
        return [(item.id, entry) for item in self.items(ids).values() for entry in item.attachments
                if entry.sha256 == sha256]

    def all_attachments(self) -> dict[str, Attachment]:
        """Every file the catalogue's items carry, by SHA-256 (a file on several items once)."""
        rows = self.conn.execute("SELECT filename, media_type, sha256, size, pages, title, language, licence "
                                 "FROM attachments ORDER BY item, position")
        found: dict[str, Attachment] = {}
        for filename, media_type, sha256, size, pages, title, language, licence in rows:
            found.setdefault(sha256, Attachment(filename, media_type, sha256, size, pages, title or "",
                                                language or "", licence or ""))
        return found

    def rowids_of(self, item_ids: Sequence[str]) -> list[int]:
        """Rowids of the given item ids that are in this catalogue, in the given order."""
        found = self._rowid_map(item_ids)
        return [found[item_id] for item_id in dict.fromkeys(item_ids) if item_id in found]

    def present(self, item_ids: Sequence[str]) -> set[str]:
        """Which of ``item_ids`` this catalogue has."""
        return set(self._rowid_map(item_ids))

    def _rowid_map(self, item_ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        unique = list(dict.fromkeys(item_ids))
        for start in range(0, len(unique), CHUNK):
            chunk = unique[start : start + CHUNK]
            found.update(self.conn.execute(f"SELECT id, rowid FROM items WHERE id IN ({placeholders(len(chunk))})",
                                           chunk))
        return found

    def year_range(self) -> tuple[int | None, int | None]:
        """The first and last publication year in the catalogue."""
        first, last = self.conn.execute("SELECT min(year), max(year) FROM items").fetchone()
        return first, last

    # -- facet values ------------------------------------------------------------------------
    def resolve_filters(self, filters: Filters) -> Filters:
        """``filters`` with each value spelled as the catalogue spells it: case and accents do not matter
        ("germany", "Teacher Training"), and a language may be named ("English") as well as coded ("en").
        A value the catalogue does not have is kept as it is: it matches nothing."""
        resolved: dict[str, tuple[str, ...]] = {}
        for facet in FACETS:
            chosen = filters.selected(facet)
            if chosen:
                spellings = self._spellings(facet)
                resolved[facet] = tuple(spellings.get(fold(value.strip()), value) for value in chosen)
        return filters._replace(**resolved)  # type: ignore[arg-type]

    def unknown_filter_values(self, filters: Filters) -> list[tuple[str, str]]:
        """The (facet, value) pairs of ``filters`` that no item of this catalogue has."""
        values = self.index.facet_values
        return [(facet, value) for facet in FACETS for value in filters.selected(facet) if value not in values[facet]]

    def facet_values(self, facet: str) -> list[str]:
        """Every value of ``facet`` that some item has, as the catalogue spells it."""
        return list(self.index.facet_values[facet])

    def _spellings(self, facet: str) -> dict[str, str]:
        values = self.index.facet_values[facet]
        spellings = {fold(value): value for value in values}
        if facet == "language":
            spellings.update({fold(language_name(code)): code for code in values})
        return spellings


def _odd_schema(conn: sqlite3.Connection) -> list[str]:
    """The schema objects that are not what the builder makes (it makes no view and no trigger): read before
    anything else, because a view or trigger named like one of the app's tables could run for ever
    (sqlite_master itself runs no code)."""
    found = {name: (kind, sql or "") for kind, name, sql in
             conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view', 'trigger')")}
    odd = [name for name, (kind, sql) in found.items()
           if kind in ("trigger", "view")]
    index = found.get("items_fts")
    if index is not None and not index[1].upper().startswith("CREATE VIRTUAL TABLE ITEMS_FTS USING FTS5("):
        odd.append("items_fts")  # a plain table under the index's name would find nothing, silently
    return sorted(odd)


def _item(data: dict[str, Any], attachments: tuple[Attachment, ...]) -> Item:
    return Item(
        id=data["id"], kind=data["kind"], title=data["title"], summary=data["summary"] or "",
        body=data["body"] or "", year=data["year"], date=data["date"],
        authors=tuple(json.loads(data["authors"] or "[]")),
        submitter=data["submitter"], institution=data["institution"], country=data["country"],
        region=data["region"], languages=tuple(json.loads(data["languages"] or "[]")),
        themes=tuple(json.loads(data["themes"] or "[]")), url=data["url"],
        attachments=attachments,
        licence=data["licence"], isbn=data["isbn"], sources=data["sources"],
    )
