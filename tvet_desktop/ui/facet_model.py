"""Facet groups (Library, Themes, Regions …) with their values and counts, as a two-column tree."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ..catalog.records import FACETS, KIND_LABELS, FacetCount, Facets, language_name
from ..text import QT_TRANSLATE_NOOP, isolate
from .local_format import catalog_words, number
from .plain import tooltip
from .qt_values import (
    ACCESSIBLE_DESCRIPTION_ROLE,
    ACCESSIBLE_TEXT_ROLE,
    ALIGN_RIGHT,
    ALIGN_VCENTER,
    CHECK_STATE_ROLE,
    CHECKED,
    EDIT_ROLE,
    TEXT_ALIGNMENT_ROLE,
    UNCHECKED,
)

if TYPE_CHECKING:
    from ..catalog.browse import Filters

GROUP_LABELS = {"kind": QT_TRANSLATE_NOOP("FacetModel", "Library"), "theme": QT_TRANSLATE_NOOP("FacetModel", "Themes"),
                "region": QT_TRANSLATE_NOOP("FacetModel", "Regions"),
                "country": QT_TRANSLATE_NOOP("FacetModel", "Countries"),
                "language": QT_TRANSLATE_NOOP("FacetModel", "Languages")}
Index = QModelIndex | QPersistentModelIndex


def value_label(facet: str, value: str) -> str:
    if facet == "kind":
        return catalog_words(KIND_LABELS.get(value, value))
    if facet == "language":
        return catalog_words(language_name(value))
    return value


class _Row(NamedTuple):
    """One value row, with the texts it shows worked out once per update rather than on every paint."""

    entry: FacetCount
    label: str
    count_text: str  # formatted in the window's language: "1,234", "1 234", "١٬٢٣٤"
    ticked: bool

    @classmethod
    def of(cls, facet: str, entry: FacetCount, filters: Filters) -> _Row:
        return cls(entry, value_label(facet, entry.value), number(entry.count), entry.value in filters.selected(facet))


class FacetModel(QStandardItemModel):
    """Kept in Qt's own item model: a tree view asks its model thousands of questions per layout and paint
    (index, parent, rowCount, data for every role of every visible cell), and with a Python model each of
    them crossed into Python, about 3 ms of the GUI thread at every keystroke's update."""

    toggled = Signal(str, str, bool)  # facet, value, now selected
    updating = Signal()  # the counts are about to change (rows may move)
    updated = Signal()

    def __init__(self) -> None:
        super().__init__(0, 2)
        self.setHorizontalHeaderLabels([self.tr("Browse"), self.tr("Items")])
        self._rows: list[tuple[_Row, ...]] = [() for _ in FACETS]
        # Each row's tooltip and what a screen reader says of it: the window's start puts them off until it has
        # painted (then calls describe()), as nobody can point at or move to a row before.
        self.describing = True
        for facet in FACETS:
            label = QCoreApplication.translate("FacetModel", GROUP_LABELS[facet])
            group, beside = QStandardItem(_GROUP), QStandardItem(_GROUP)
            group.setText(label)
            group.setData(label, ACCESSIBLE_TEXT_ROLE)
            group.setData(QCoreApplication.translate("FacetModel", "A group of filters; the right arrow opens it, "
                                                     "the left arrow closes it."), ACCESSIBLE_DESCRIPTION_ROLE)
            group.setColumnCount(2)
            self.appendRow([group, beside])

    def set_facets(self, facets: Facets, filters: Filters) -> None:
        """Update the counts in place: the tree keeps its layout, open groups and scroll position,
        and repaints only the rows that changed (a model reset re-lays out the whole tree)."""
        self.updating.emit()
        for group, facet in enumerate(FACETS):
            self._replace(group, tuple(_Row.of(facet, entry, filters) for entry in facets.values.get(facet, ())))
        self.updated.emit()

    def _replace(self, group: int, rows: tuple[_Row, ...]) -> None:
        old, parent = self._rows[group], self.item(group, 0)
        if len(rows) < len(old):
            parent.removeRows(len(rows), len(old) - len(rows))
        elif len(rows) > len(old):
            parent.insertRows(len(old), len(rows) - len(old))  # one insertion for the view, not one per row
        changed = [row for row in range(len(rows)) if row >= len(old) or old[row] != rows[row]]
        self._rows[group] = rows
        if not changed:
            return
        # Filled in with signals blocked, then one dataChanged for the block: otherwise every field of every
        # row (and every new item, which also re-lays out the tree) would tell the view on its own.
        self.blockSignals(True)
        try:
            for row in changed:
                if row >= len(old):
                    parent.setChild(row, 0, QStandardItem(_VALUE))
                    parent.setChild(row, 1, QStandardItem(_COUNT))
                self._show_row(parent.child(row, 0), parent.child(row, 1), rows[row])
        finally:
            self.blockSignals(False)
        self.dataChanged.emit(self.index(changed[0], 0, parent.index()), self.index(changed[-1], 1, parent.index()))

    def describe(self) -> None:
        """Give every row its tooltip and spoken texts, and every later row as it comes."""
        self.describing = True
        for group in range(len(FACETS)):
            rows, parent = self._rows[group], self.item(group, 0)
            if not rows:
                continue
            self.blockSignals(True)
            try:
                for row, shown in enumerate(rows):
                    self._describe_row(parent.child(row, 0), parent.child(row, 1), shown)
            finally:
                self.blockSignals(False)
            self.dataChanged.emit(self.index(0, 0, parent.index()), self.index(len(rows) - 1, 1, parent.index()))

    def _show_row(self, value: QStandardItem, count: QStandardItem, row: _Row) -> None:
        value.setText(row.label)
        value.setData(CHECKED if row.ticked else UNCHECKED, CHECK_STATE_ROLE)
        count.setText(row.count_text)
        if self.describing:
            self._describe_row(value, count, row)

    def _describe_row(self, value: QStandardItem, count: QStandardItem, row: _Row) -> None:
        tip = tooltip(self.tr("{value}: %Ln item(s)", "", row.entry.count).format(value=isolate(row.label)))
        spoken = (self.tr("{value}, %Ln item(s), selected", "", row.entry.count)
                  if row.ticked else
                  self.tr("{value}, %Ln item(s)", "", row.entry.count)).format(value=row.label)
        for item in (value, count):
            item.setToolTip(tip)
            item.setData(spoken, ACCESSIBLE_TEXT_ROLE)
            item.setData(_row_description(row.ticked), ACCESSIBLE_DESCRIPTION_ROLE)

    def setData(self, index: Index, value: Any, role: int = EDIT_ROLE) -> bool:
        """A tick by the user asks for the filter; the box shows it once the search with it is back."""
        if role != CHECK_STATE_ROLE or not index.isValid() or not index.parent().isValid():
            return False
        facet, entry = self.entry(index)
        assert entry is not None
        self.toggled.emit(facet, entry.value, int(getattr(value, "value", value)) == CHECKED)  # an int or a CheckState
        return True

    def ticked(self, group: int) -> bool:
        return any(row.ticked for row in self._rows[group])

    def row_of(self, group: int, value: str) -> int | None:
        return next((r for r, row in enumerate(self._rows[group]) if row.entry.value == value), None)

    def entry(self, index: Index) -> tuple[str, FacetCount | None]:
        """The facet and, for a value row, its value and count."""
        parent = index.parent()
        if not parent.isValid():
            return FACETS[index.row()], None
        return FACETS[parent.row()], self._rows[parent.row()][index.row()].entry


def _row_description(ticked: bool) -> str:
    if ticked:
        return QCoreApplication.translate("FacetModel", "Ticked: only items with this value are shown. Space "
                                          "unticks it.")
    return QCoreApplication.translate("FacetModel", "Space ticks it, to show only items with this value.")


def _prototype(selectable: bool = True, checkable: bool = False, align: int | None = None) -> QStandardItem:
    """An item the rows are copied from (``QStandardItem(prototype)``: a copy made by Python, which PySide
    forgets when the model deletes it; a ``clone()`` is made by Qt, and its wrapper would outlive it), with its
    flags set one by one (flags are a value of the Qt namespace: see qt_values.py): enabled, neither edited
    nor dragged."""
    item = QStandardItem()
    item.setEditable(False)
    item.setDragEnabled(False)
    item.setDropEnabled(False)
    item.setSelectable(selectable)
    item.setCheckable(checkable)
    if align is not None:
        item.setData(align, TEXT_ALIGNMENT_ROLE)
    return item


_GROUP = _prototype(selectable=False)
_VALUE = _prototype(checkable=True)
_COUNT = _prototype(align=ALIGN_RIGHT | ALIGN_VCENTER)
