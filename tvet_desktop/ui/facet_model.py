"""Facet groups (Library, Themes, Regions …) with their values and counts, as a two-column tree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..browse_index import Filters
from ..records import FACETS, KIND_LABELS, FacetCount, Facets
from ..render import language_name

GROUP_LABELS = {"kind": "Library", "theme": "Themes", "region": "Regions", "country": "Countries",
                "language": "Languages"}
Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = 0


def value_label(facet: str, value: str) -> str:
    if facet == "kind":
        return KIND_LABELS.get(value, value)
    if facet == "language":
        return language_name(value)
    return value


class FacetModel(QAbstractItemModel):
    toggled = Signal(str, str, bool)  # facet, value, now selected

    def __init__(self) -> None:
        super().__init__()
        self._values: dict[str, tuple[FacetCount, ...]] = {facet: () for facet in FACETS}
        self._filters = Filters()

    def set_facets(self, facets: Facets, filters: Filters) -> None:
        self.beginResetModel()
        self._values = {facet: facets.values.get(facet, ()) for facet in FACETS}
        self._filters = filters
        self.endResetModel()

    # -- structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        group = parent.row() + 1 if parent.isValid() else _NO_PARENT
        return self.createIndex(row, column, group)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(FACETS)
        if parent.internalId() != _NO_PARENT or parent.column() != 0:
            return 0
        return len(self._values[FACETS[parent.row()]])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if index.internalId() != _NO_PARENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        return flags

    # -- content -----------------------------------------------------------------------------
    def entry(self, index: Index) -> tuple[str, FacetCount | None]:
        """The facet and, for a value row, its value and count."""
        if index.internalId() == _NO_PARENT:
            return FACETS[index.row()], None
        facet = FACETS[index.internalId() - 1]
        return facet, self._values[facet][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        facet, entry = self.entry(index)
        if entry is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) and index.column() == 0:
                return GROUP_LABELS[facet]
            return None
        selected = entry.value in self._filters.selected(facet)
        if role == Qt.ItemDataRole.DisplayRole:
            return value_label(facet, entry.value) if index.column() == 0 else f"{entry.count:,}"
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if selected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{value_label(facet, entry.value)}: {entry.count:,} items"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{value_label(facet, entry.value)}, {entry.count} items{', selected' if selected else ''}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.internalId() == _NO_PARENT:
            return False
        facet, entry = self.entry(index)
        assert entry is not None
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.toggled.emit(facet, entry.value, checked)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("Browse", "Items")[section] if 0 <= section < 2 else None
        return None
