"""The search field: Esc clears it, ↓ and Enter move into the results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class SearchField(QLineEdit):
    """Its clear button (×, shown while there is text) is added by the window: right after the first paint
    when the field starts empty (making it loads the style's icon)."""

    leave_down = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search publications, practices, programmes…  (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search"))
        self.setToolTip(self.tr('Words must all match. Use "exact phrase", OR, and -word to exclude.'))
        self.setAccessibleDescription(self.tr("Searches the catalogue and your notes as you type. Down arrow or "
                                              "Enter moves into the results; Escape clears the search."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # (not needed by the first frame: see qt_values.py)

        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.leave_down.emit()
        else:
            super().keyPressEvent(event)
