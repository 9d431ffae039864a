"""The browse sidebar: facet tree with counts, a year range, and a way back to everything."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..records import FACETS, Facets
from .facet_model import FacetModel

ANY_YEAR = 0
OPEN_GROUPS = {"kind", "theme", "region"}


class Sidebar(QWidget):
    years_changed = Signal(object, object)  # year_from, year_to (None = open)
    clear_requested = Signal()

    def __init__(self, model: FacetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._closed: set[str] = set(FACETS) - OPEN_GROUPS
        self.tree = QTreeView()
        self.tree.setModel(model)
        self.tree.setAccessibleName("Browse by facet")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expanded.connect(lambda index: self._closed.discard(FACETS[index.row()]))
        self.tree.collapsed.connect(lambda index: self._closed.add(FACETS[index.row()]))
        self.tree.activated.connect(self._toggle)
        self.tree.setStyleSheet(_indicator_style(self.palette()))
        model.modelReset.connect(self._restore_groups)

        self.year_from = self._year_box("From year (any when blank)")
        self.year_to = self._year_box("To year (any when blank)")
        years = QHBoxLayout()
        years.addWidget(QLabel("Years"))
        years.addWidget(self.year_from, 1)
        years.addWidget(QLabel("–"))
        years.addWidget(self.year_to, 1)
        clear = QPushButton("Clear filters")
        clear.setToolTip("Show the whole catalogue again")
        clear.clicked.connect(self.clear_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(years)
        layout.addWidget(clear)

    def _year_box(self, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(ANY_YEAR, 2100)
        box.setSpecialValueText("Any")
        box.setToolTip(tip)
        box.setAccessibleName(tip)
        box.setKeyboardTracking(False)
        box.valueChanged.connect(self._emit_years)
        return box

    def set_year_bounds(self, facets: Facets) -> None:
        for box in (self.year_from, self.year_to):
            if facets.year_min and box.value() == ANY_YEAR:
                box.setMinimum(ANY_YEAR)
                box.setProperty("suggested", facets.year_min if box is self.year_from else facets.year_max)

    def set_years(self, year_from: int | None, year_to: int | None) -> None:
        for box, value in ((self.year_from, year_from), (self.year_to, year_to)):
            box.blockSignals(True)
            box.setValue(value or ANY_YEAR)
            box.blockSignals(False)

    def _emit_years(self) -> None:
        self.years_changed.emit(self.year_from.value() or None, self.year_to.value() or None)

    def _restore_groups(self) -> None:
        for row, facet in enumerate(FACETS):
            self.tree.setExpanded(self.model.index(row, 0), facet not in self._closed)

    def _toggle(self, index: QModelIndex) -> None:
        """Enter or double-click on a value ticks or unticks it (keyboard use)."""
        if index.parent().isValid():
            value_index = index.siblingAtColumn(0)
            state = value_index.data(Qt.ItemDataRole.CheckStateRole)
            new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
            self.model.setData(value_index, new, Qt.ItemDataRole.CheckStateRole)


def _indicator_style(palette: QPalette) -> str:
    """Check boxes that stay visible in dark palettes too (Fusion draws their outline near-black)."""
    border = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    fill = palette.color(QPalette.ColorRole.Highlight).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    return (
        f"QTreeView::indicator {{ width: 11px; height: 11px; border: 1px solid {border}; border-radius: 2px;"
        f" background: {base}; }} QTreeView::indicator:checked {{ background: {fill}; border-color: {fill}; }}"
    )
