"""The "Your library" list at the top of the sidebar: everything, my notes, bookmarks, reading lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ..library.search import EVERYTHING, MY_DOCUMENTS, Collection
from ..text import isolate
from .local_format import number
from .plain import tooltip
from .qt_values import USER_ROLE

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QEvent

    from ..library.store import NotesStore


class CollectionsList(QListWidget):
    chosen = Signal(object)  # Collection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Your library"))
        self.setAccessibleDescription(self.tr("Where to search: all items, your notes, your bookmarks or one of "
                                              "your reading lists."))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.currentItemChanged.connect(self._current_changed)
        self.current = EVERYTHING
        # Set when the window has the user's documents; None from it while they are still being opened.
        self.count_documents: Callable[[], int | None] | None = None

    def _my_documents(self, count: int | None) -> str:
        return self.tr("My documents") if count is None else self.tr("My documents ({count})").format(
            count=number(count))

    def refresh(self, store: NotesStore) -> None:
        """Rebuild the entries with fresh counts, keeping the current one selected."""
        entries = [(EVERYTHING, self.tr("All items")),
                   (Collection("notes", None, "My notes"),
                    self.tr("My notes ({count})").format(count=number(len(store.list_notes())))),
                   *([(MY_DOCUMENTS, self._my_documents(self.count_documents()))]
                     if self.count_documents is not None else []),
                   (Collection("bookmarks", None, "Bookmarks"),
                    self.tr("Bookmarks ({count})").format(count=number(len(store.bookmarks()))))]
        entries += [(Collection("list", rl.id, rl.name), f"{isolate(rl.name)} ({number(rl.size)})")
                    for rl in store.lists()]
        self.blockSignals(True)
        self.clear()
        for collection, label in entries:
            entry = QListWidgetItem(("• " if collection.kind == "list" else "") + label)
            entry.setData(USER_ROLE, collection)
            entry.setToolTip(tooltip(label))
            self.addItem(entry)
            if collection == self.current:
                self.setCurrentItem(entry)
        if self.currentItem() is None:
            self.current = EVERYTHING
            self.setCurrentRow(0)
        self.blockSignals(False)
        self._fit_height()

    def _fit_height(self) -> None:
        # Row by row: a list's name is isolated for mixed scripts, and those marks can make its row taller.
        rows = sum(self.sizeHintForRow(row) for row in range(min(8, self.count())))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 2)

    def changeEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.count():  # a new text size: every entry still shows
            self._fit_height()

    def choose(self, collection: Collection) -> None:
        for row in range(self.count()):
            if self.item(row).data(USER_ROLE) == collection:
                self.setCurrentRow(row)
                return

    def _current_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.current = current.data(USER_ROLE)
            self.chosen.emit(self.current)
