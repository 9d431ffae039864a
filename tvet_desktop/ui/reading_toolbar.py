"""Actions on the item being read: bookmark, add to a reading list, quote a passage into the note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget

from .plain import menu_text

if TYPE_CHECKING:
    from ..library.store import NotesStore


class ReadingToolbar(QWidget):
    bookmark_toggled = Signal(bool)
    add_to_list = Signal(str)  # list id
    new_list_wanted = Signal(str)  # name
    quote_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bookmark = QPushButton(self.tr("☆ Bookmark"))
        self.bookmark.setCheckable(True)
        self.bookmark.setToolTip(self.tr("Bookmark this item (Ctrl+D)"))
        self.bookmark.setAccessibleName(self.tr("Bookmark"))
        self.bookmark.toggled.connect(self._bookmark_toggled)
        self.bookmark.setAccessibleDescription(self.tr("Adds the open item to your bookmarks, or removes it "
                                                       "(Ctrl+D)."))
        self.lists_button = QToolButton()
        self.lists_button.setText(self.tr("Add to list"))  # the style draws the menu arrow
        self.lists_button.setToolTip(self.tr("Add this item to a reading list"))
        self.lists_button.setAccessibleName(self.tr("Add to reading list"))
        self.lists_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.lists_button.setAccessibleDescription(self.tr("Opens a menu of your reading lists to add the open item "
                                                           "to, or to start a new list (Ctrl+L)."))
        self.lists_menu = QMenu(self)
        self.lists_menu.aboutToShow.connect(self._fill_lists)  # the lists as they are when it opens
        self.lists_button.setMenu(self.lists_menu)
        self._store: NotesStore | None = None
        self.quote = QPushButton(self.tr("Quote selection"))
        self.quote.setToolTip(self.tr("Copy the passage selected in the text into your note, as a quote"))
        self.quote.clicked.connect(self.quote_wanted)
        self.quote.setAccessibleName(self.tr("Quote selection"))
        self.quote.setAccessibleDescription(self.tr("Copies the passage selected in the reading pane into your note "
                                                    "as a quote (Ctrl+Shift+Q)."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.bookmark, self.lists_button, self.quote):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_state(self, enabled: bool, bookmarked: bool, store: NotesStore) -> None:
        for widget in (self.bookmark, self.lists_button, self.quote):
            widget.setEnabled(enabled)
        self.bookmark.blockSignals(True)
        self.bookmark.setChecked(bookmarked)
        self.bookmark.setText(self.tr("★ Bookmarked") if bookmarked else self.tr("☆ Bookmark"))
        self.bookmark.blockSignals(False)
        self._store = store

    def _fill_lists(self) -> None:
        self.lists_menu.clear()
        lists = self._store.lists() if self._store is not None else []
        for reading_list in lists:
            action = self.lists_menu.addAction(menu_text(reading_list.name))
            action.triggered.connect(lambda _=False, list_id=reading_list.id: self.add_to_list.emit(list_id))
        if lists:
            self.lists_menu.addSeparator()
        self.lists_menu.addAction(self.tr("New reading list…")).triggered.connect(self._ask_new_list)

    def _bookmark_toggled(self, on: bool) -> None:
        self.bookmark.setText(self.tr("★ Bookmarked") if on else self.tr("☆ Bookmark"))
        self.bookmark_toggled.emit(on)

    def _ask_new_list(self) -> None:
        from PySide6.QtWidgets import QInputDialog  # made when first needed, not at start-up

        name, ok = QInputDialog.getText(self, self.tr("New reading list"),
                                        self.tr("Name of the list (e.g. Welding — week 3):"))
        if ok and name.strip():
            self.new_list_wanted.emit(name.strip())
