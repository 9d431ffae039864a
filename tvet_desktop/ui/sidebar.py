"""The browse sidebar: facet tree with counts, a year range, and a way back to everything."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
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

from ..catalog.records import FACETS
from .local_format import number
from .qt_values import CHECK_STATE_ROLE, CHECKED, UNCHECKED

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from .facet_model import FacetModel

OPEN_GROUPS = {"kind", "theme", "region"}


class Sidebar(QWidget):
    years_changed = Signal(object, object)  # year_from, year_to (None = open)
    clear_requested = Signal()

    def __init__(self, model: FacetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._closed: set[str] = set(FACETS) - OPEN_GROUPS
        self._largest = 100_000  # the largest count the count column must fit
        self.tree = QTreeView()
        self.tree.setModel(model)
        self.tree.setAccessibleName(self.tr("Browse by facet"))
        self.tree.setAccessibleDescription(self.tr("Filters with their number of items. Space or Enter ticks a "
                                                   "value to show only the items that have it; the right and "
                                                   "left arrows open and close a group."))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed count column: sizing it to its contents would ask the model for every row on each update.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.fit_counts(100_000)
        self.tree.expanded.connect(lambda index: self._group_shown(index, True))
        self.tree.collapsed.connect(lambda index: self._group_shown(index, False))
        self.tree.activated.connect(self._toggle)
        self.tree.setPalette(_visible_indicators(self.tree.palette()))
        model.updating.connect(self._remember_current)
        model.updated.connect(self._after_update)
        self._current: tuple[str, str] | None = None
        for row, facet in enumerate(FACETS):
            self.tree.setExpanded(model.index(row, 0), facet not in self._closed)

        self.year_from = self._year_box(self.tr("From year (any when blank)"))
        self.year_to = self._year_box(self.tr("To year (any when blank)"))
        years = QHBoxLayout()
        years.addWidget(QLabel(self.tr("Years")))
        years.addWidget(self.year_from, 1)
        years.addWidget(QLabel("–"))
        years.addWidget(self.year_to, 1)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show the whole catalogue again"))
        self.clear_button.clicked.connect(self.clear_requested)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.setAccessibleDescription(self.tr("Removes every filter and shows the whole catalogue "
                                                           "again (Ctrl+Shift+X)."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(years)
        layout.addWidget(self.clear_button)

    def changeEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light or dark: check boxes that show in it
            self.tree.setPalette(_visible_indicators(QPalette(self.palette())))
        if event.type() == QEvent.Type.FontChange:  # a new text size: counts as wide as its digits
            self.fit_counts(self._largest)

    def _group_shown(self, index: QModelIndex, shown: bool) -> None:
        if index.parent().isValid():
            return  # a value row: expanding everything reports those too
        facet = FACETS[index.row()]
        if shown:
            self._closed.discard(facet)
        else:
            self._closed.add(facet)

    def _year_box(self, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1899, 2100)
        box.setSpecialValueText(self.tr("Any"))  # shown at the minimum, which means "no limit"
        box.setToolTip(tip)
        box.setAccessibleName(tip)
        box.setAccessibleDescription(self.tr("Shows only items of these years; up and down arrows change the year, "
                                             "the lowest value means any year."))
        box.setKeyboardTracking(False)
        box.valueChanged.connect(self._emit_years)
        return box

    def fit_counts(self, largest: int) -> None:
        """Make the count column as wide as the largest count can get, and leave the rest to the labels."""
        self._largest = largest
        self.tree.header().resizeSection(1, self.fontMetrics().horizontalAdvance(number(largest)) + 8)

    def set_year_bounds(self, first: int | None, last: int | None) -> None:
        """Let the boxes step through the catalogue's years; one below the first means "Any"."""
        if first is None or last is None:
            return
        for box in (self.year_from, self.year_to):
            box.blockSignals(True)
            keep = self._year(box)
            box.setRange(first - 1, last)
            box.setValue(keep if keep is not None else first - 1)
            box.blockSignals(False)

    def set_years(self, year_from: int | None, year_to: int | None) -> None:
        for box, value in ((self.year_from, year_from), (self.year_to, year_to)):
            box.blockSignals(True)
            box.setValue(value if value is not None else box.minimum())
            box.blockSignals(False)

    @staticmethod
    def _year(box: QSpinBox) -> int | None:
        return None if box.value() == box.minimum() else box.value()

    def _emit_years(self) -> None:
        self.years_changed.emit(self._year(self.year_from), self._year(self.year_to))

    def _remember_current(self) -> None:
        index = self.tree.currentIndex()
        entry = self.model.entry(index)[1] if index.isValid() and index.parent().isValid() else None
        self._current = (FACETS[index.parent().row()], entry.value) if entry else None

    def _after_update(self) -> None:
        """Open any group with a ticked value, and keep the keyboard on the value it was on (counts reorder rows)."""
        for row, facet in enumerate(FACETS):
            group = self.model.index(row, 0)
            if not self.tree.isExpanded(group) and self.model.ticked(row):
                self.tree.setExpanded(group, True)
            if self._current and self._current[0] == facet:
                found = self.model.row_of(row, self._current[1])
                if found is not None and self.tree.currentIndex() != self.model.index(found, 0, group):
                    self.tree.setCurrentIndex(self.model.index(found, 0, group))

    def _toggle(self, index: QModelIndex) -> None:
        """Enter or double-click on a value ticks or unticks it (keyboard use)."""
        if index.parent().isValid():
            value_index = index.siblingAtColumn(0)
            ticked = value_index.data(CHECK_STATE_ROLE) == CHECKED  # an int
            self.model.setData(value_index, UNCHECKED if ticked else CHECKED, CHECK_STATE_ROLE)


def _visible_indicators(palette: QPalette) -> QPalette:
    """Check boxes whose outline shows in dark palettes too.

    Fusion draws the outline in the Window colour darkened, near-black on a dark Base. A lighter Window
    colour for the tree alone fixes that; a style sheet would too, but makes every paint of the tree
    about 2 ms slower at each keystroke's update.
    """
    window = palette.color(QPalette.ColorRole.Window)
    if window.lightness() < 128:
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        palette.setColor(QPalette.ColorRole.Window, muted)
    return palette
