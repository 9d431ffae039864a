"""A list model over result ids: it knows the count, and fetches rows a page at a time when shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ..catalog import Results
from ..records import KIND_LABELS, Hit

PAGE_SIZE = 100
HitRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
PageLoader = Callable[[list[int]], list[Hit]]


class ResultsModel(QAbstractListModel):
    def __init__(self, load_hits: PageLoader) -> None:
        super().__init__()
        self._load_hits = load_hits
        self._results: Results | None = None
        self._pages: dict[int, list[Hit]] = {}
        self._extra: list[Hit] = []  # rows above the catalogue results (the user's notes)

    def set_results(self, results: Results | None, first_page: list[Hit] | None = None,
                    load_hits: PageLoader | None = None, extra_rows: list[Hit] | None = None) -> None:
        """Show ``results``; ``first_page`` is usually fetched with them, off the GUI thread."""
        self.beginResetModel()
        self._results = results
        self._extra = extra_rows or []
        self._pages = {0: first_page} if first_page is not None else {}
        if load_hits is not None:
            self._load_hits = load_hits
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return len(self._extra) + (self._results.count if self._results else 0)

    def hit(self, row: int) -> Hit | None:
        if 0 <= row < len(self._extra):
            return self._extra[row]
        row -= len(self._extra)
        if self._results is None or not 0 <= row < self._results.count:
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            self._pages[page] = self._load_hits(self._results.page(page * PAGE_SIZE, PAGE_SIZE))
        rows = self._pages[page]
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hit(index.row())
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{KIND_LABELS.get(hit.kind, hit.kind)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title}, {KIND_LABELS.get(hit.kind, hit.kind)} {hit.year or ''}"
        if role == HitRole:
            return hit
        if role == IdRole:
            return hit.id
        return None

    def row_of(self, item_id: str) -> int | None:
        """The row showing ``item_id`` among the rows already fetched (never reads more)."""
        for row, hit in enumerate(self._extra):
            if hit.id == item_id:
                return row
        for page, hits in self._pages.items():
            for offset, hit in enumerate(hits):
                if hit.id == item_id:
                    return len(self._extra) + page * PAGE_SIZE + offset
        return None
