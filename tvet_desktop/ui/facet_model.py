"""Facet groups (Library, Themes, Regions …) with their values and counts, as a two-column tree."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..browse_index import Filters
from ..records import FACETS, KIND_LABELS, FacetCount, Facets
from ..render import language_name

GROUP_LABELS = {"kind": "Library", "theme": "Themes", "region": "Regions", "country": "Countries",
                "language": "Languages"}
Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = 0
# Looked up once: data() runs for every role of every visible cell on each paint.
_DISPLAY, _CHECK = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TIP, _ACCESSIBLE = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def value_label(facet: str, value: str) -> str:
    if facet == "kind":
        return KIND_LABELS.get(value, value)
    if facet == "language":
        return language_name(value)
    return value


class _Row(NamedTuple):
    """One value row, with the texts it shows worked out once per update rather than on every paint."""

    entry: FacetCount
    label: str
    count_text: str  # formatted: "1,234"
    check: Qt.CheckState

    @classmethod
    def of(cls, facet: str, entry: FacetCount, filters: Filters) -> _Row:
        selected = entry.value in filters.selected(facet)
        return cls(entry, value_label(facet, entry.value), f"{entry.count:,}",
                   Qt.CheckState.Checked if selected else Qt.CheckState.Unchecked)


class FacetModel(QAbstractItemModel):
    toggled = Signal(str, str, bool)  # facet, value, now selected
    updating = Signal()  # the counts are about to change (rows may move)
    updated = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[_Row, ...]] = [() for _ in FACETS]

    def set_facets(self, facets: Facets, filters: Filters) -> None:
        """Update the counts in place: the tree keeps its layout, open groups and scroll position,
        and repaints only the rows that changed (a model reset re-lays out the whole tree)."""
        self.updating.emit()
        for group, facet in enumerate(FACETS):
            self._replace(group, tuple(_Row.of(facet, entry, filters) for entry in facets.values.get(facet, ())))
        self.updated.emit()

    def _replace(self, group: int, rows: tuple[_Row, ...]) -> None:
        old, parent = self._rows[group], self.index(group, 0)
        if len(rows) < len(old):
            self.beginRemoveRows(parent, len(rows), len(old) - 1)
            self._rows[group] = old[: len(rows)]
            self.endRemoveRows()
        elif len(rows) > len(old):
            self.beginInsertRows(parent, len(old), len(rows) - 1)
            self._rows[group] = old + rows[len(old):]
            self.endInsertRows()
        changed = [row for row in range(min(len(old), len(rows))) if old[row] != rows[row]]
        self._rows[group] = rows
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0, parent), self.index(changed[-1], 1, parent))

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
        return len(self._rows[parent.row()])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if index.internalId() != _NO_PARENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        return flags

    def ticked(self, group: int) -> bool:
        return any(row.check == Qt.CheckState.Checked for row in self._rows[group])

    def row_of(self, group: int, value: str) -> int | None:
        return next((r for r, row in enumerate(self._rows[group]) if row.entry.value == value), None)

    # -- content -----------------------------------------------------------------------------
    def entry(self, index: Index) -> tuple[str, FacetCount | None]:
        """The facet and, for a value row, its value and count."""
        if index.internalId() == _NO_PARENT:
            return FACETS[index.row()], None
        group = index.internalId() - 1
        return FACETS[group], self._rows[group][index.row()].entry

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        group, column = index.internalId(), index.column()
        if group == _NO_PARENT:
            return GROUP_LABELS[FACETS[index.row()]] if role in (_DISPLAY, _ACCESSIBLE) and column == 0 else None
        row = self._rows[group - 1][index.row()]
        if role == _DISPLAY:
            return row.label if column == 0 else row.count_text
        if role == _CHECK:
            return row.check if column == 0 else None
        if role == _ALIGN:
            return _RIGHT if column == 1 else None
        if role == _TIP:
            return f"{row.label}: {row.count_text} items"
        if role == _ACCESSIBLE:
            selected = ", selected" if row.check == Qt.CheckState.Checked else ""
            return f"{row.label}, {row.entry.count} items{selected}"
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
