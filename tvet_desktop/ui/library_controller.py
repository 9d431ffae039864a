"""The user's own library in the window: collections, bookmarks, reading lists and the note editor.

It sits between the widgets and the notes store; the main window tells it which item is open and
asks it which item ids the current collection limits the results to.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ..catalog.render import markdown_to_html
from ..library.database import UserDataError
from ..library.rows import MISSING_PREFIX, NOTE_PREFIX
from ..library.search import Collection
from ..library.store import NotesStore, note_status
from ..text import escape_html
from .collections import CollectionsList
from .note_panel import NotePanel
from .reading_toolbar import ReadingToolbar

if TYPE_CHECKING:
    from ..catalog.records import Item
    from ..catalog.snapshot import Catalog
    from ..library.transfer import ImportReport
    from .reading_pane import ReadingPane


class LibraryController(QObject):
    collection_changed = Signal()  # the results must be searched again
    status = Signal(str)  # a short message for the status bar
    row_opened = Signal(str)  # a result row this controller opened itself (a new note)
    actions_available = Signal(bool, bool)  # an item is open; a note can be written

    def __init__(self, store: NotesStore, catalog: Catalog, reader: ReadingPane, window: QWidget) -> None:
        super().__init__(window)
        self.store, self.catalog, self.reader, self.window = store, catalog, reader, window
        self.collections = CollectionsList()
        self.toolbar = ReadingToolbar()
        self.panel = NotePanel(store)
        self.item: Item | None = None
        self.collections.chosen.connect(lambda _: self.collection_changed.emit())
        self.toolbar.bookmark_toggled.connect(self._set_bookmark)
        self.toolbar.add_to_list.connect(self._add_to_list)
        self.toolbar.new_list_wanted.connect(self._new_list)
        self.toolbar.quote_wanted.connect(self.quote_selection)
        self.panel.saved.connect(self.refresh)
        self.show_item(None)  # and refresh()

    @property
    def collection(self) -> Collection:
        return self.collections.current

    def refresh(self) -> None:
        self.collections.refresh(self.store)
        self.toolbar.show_state(self.item is not None, bool(self.item and self.store.is_bookmarked(self.item.id)),
                                self.store)
        self.actions_available.emit(self.item is not None, self.panel.editor.isEnabled())

    # -- what is open ------------------------------------------------------------------------
    def show_item(self, item: Item | None) -> None:
        self.item = item
        self.panel.set_item(item)
        self.refresh()

    def keep_item(self, item: Item) -> None:
        """The open item as a new catalogue version has it: the note being typed stays in the editor as it is."""
        self.item = item
        self.panel.item = item
        self.refresh()

    def open_row(self, row_id: str) -> str | None:
        """Open a note or missing-item row; returns the catalogue item id to open instead, if any."""
        if row_id.startswith(NOTE_PREFIX):
            note = self.store.get_note(row_id[len(NOTE_PREFIX):])
            if note is None:
                return None
            item = self.catalog.get(note.item_id) if note.item_id else None
            if item is not None:
                return item.id
            self.item = None
            status = note_status(note, None)
            mark = f"<p class='meta'>{escape_html(status)}</p>" if status else ""
            title = escape_html(note.title or "Untitled note")
            self.reader.setHtml(f"<h1>{title}</h1>{mark}{markdown_to_html(note.text)}")
            self.panel.set_note(note)
            self.refresh()
        elif row_id.startswith(MISSING_PREFIX):
            self.show_item(None)
            self.reader.setHtml("<h2>No longer in the catalogue</h2><p>This item was removed from the catalogue "
                                "after you saved it. Your bookmark or list entry is kept.</p>")
        return None

    # -- actions -----------------------------------------------------------------------------
    def _guard(self, action: str, work: object) -> bool:
        try:
            work()  # type: ignore[operator]
        except UserDataError as error:
            QMessageBox.warning(self.window, action, str(error))
            return False
        return True

    def toggle_bookmark(self) -> None:
        if self.item is not None:
            self.toolbar.bookmark.toggle()

    def _set_bookmark(self, on: bool) -> None:
        item = self.item
        if item is not None and self._guard("Bookmark", lambda: self.store.set_bookmark(item.id, item.title, on)):
            self.status.emit("Bookmarked." if on else "Bookmark removed.")
            self._changed_collection_content("bookmarks")

    def _add_to_list(self, list_id: str) -> None:
        item = self.item
        if item is not None and self._guard("Reading list", lambda: self.store.add_to_list(list_id, item.id,
                                                                                            item.title)):
            self.status.emit(f"Added to “{next(r.name for r in self.store.lists() if r.id == list_id)}”.")
            self._changed_collection_content("list")

    def _new_list(self, name: str) -> None:
        if self._guard("New reading list", lambda: self.store.create_list(name)):
            created = self.store.find_list(name)
            if created is not None and self.item is not None:
                self._add_to_list(created.id)
            self.refresh()

    def _changed_collection_content(self, kind: str) -> None:
        self.refresh()
        if self.collection.kind == kind:
            self.collection_changed.emit()

    def quote_selection(self) -> None:
        item = self.item
        source = f"{item.title} ({item.year})" if item and item.year else item.title if item else ""
        self.panel.quote(self.reader.textCursor().selectedText().replace("\u2029", "\n"), source)

    def new_note(self) -> None:
        title, ok = QInputDialog.getText(self.window, "New note", "Title (e.g. Session plan — week 3):")
        if ok and title.strip() and self._guard("New note", lambda: self.store.create_note(title.strip(), "")):
            self.collections.choose(Collection("notes", None, "My notes"))
            note = next(n for n in self.store.list_notes() if n.title == title.strip())
            self.open_row(NOTE_PREFIX + note.id)
            self.row_opened.emit(NOTE_PREFIX + note.id)
            self.panel.focus_editor()

    def move_in_list(self, steps: int) -> None:
        list_id = self.collection.list_id
        if self.collection.kind == "list" and list_id and self.item is not None:
            order = [e.item_id for e in self.store.list_items(list_id)]
            if self.item.id in order:
                target = order.index(self.item.id) + steps
                item_id = self.item.id
                if self._guard("Reading list", lambda: self.store.move_in_list(list_id, item_id, target)):
                    self._changed_collection_content("list")

    def remove_from_list(self) -> None:
        list_id = self.collection.list_id
        if self.collection.kind == "list" and list_id and self.item is not None:
            item_id = self.item.id
            if self._guard("Reading list", lambda: self.store.remove_from_list(list_id, item_id)):
                self._changed_collection_content("list")

    def rename_list(self) -> None:
        list_id = self.collection.list_id
        if self.collection.kind != "list" or not list_id:
            self.status.emit("Choose a reading list in “Your library” first.")
            return
        name, ok = QInputDialog.getText(self.window, "Rename reading list", "New name:", text=self.collection.name)
        if ok and name.strip() and self._guard("Rename", lambda: self.store.rename_list(list_id, name)):
            self.collections.current = Collection("list", list_id, name.strip())
            self.refresh()

    def delete_list(self) -> None:
        list_id = self.collection.list_id
        if self.collection.kind != "list" or not list_id:
            self.status.emit("Choose a reading list in “Your library” first.")
            return
        answer = QMessageBox.question(self.window, "Delete reading list",
                                      f"Delete the list “{self.collection.name}”? The items stay in the catalogue "
                                      "and your notes are kept.")
        if answer == QMessageBox.StandardButton.Yes and self._guard("Delete", lambda: self.store.delete_list(list_id)):
            self.collections.current = Collection()
            self.refresh()
            self.collection_changed.emit()

    def export_list(self) -> None:
        list_id = self.collection.list_id
        if self.collection.kind != "list" or not list_id:
            self.status.emit("Choose a reading list in “Your library” first.")
            return
        path, _ = QFileDialog.getSaveFileName(self.window, "Export reading list",
                                              str(Path.home() / f"{self.collection.name}.zip"), "One file (*.zip)")
        from ..library import transfer  # zip export and import are loaded when first used, not at start-up

        if path and self._guard("Export", lambda: transfer.export(self.store, Path(path), list_id=list_id)):
            self.status.emit(f"Exported “{self.collection.name}” to {path}.")

    def export_notes(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, "Export notes, bookmarks and lists",
                                              str(Path.home() / "tvet-notes.zip"), "One file (*.zip)")
        from ..library import transfer  # see export_list

        if path and self._guard("Export", lambda: transfer.export(self.store, Path(path))):
            self.status.emit(f"Exported to {path}.")

    def import_notes(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Import notes", str(Path.home()), "Notes export (*.zip)")
        from ..library import transfer  # see export_list

        report: list[ImportReport] = []
        if path and self._guard("Import", lambda: report.append(transfer.import_(self.store, Path(path)))):
            QMessageBox.information(self.window, "Import", report[0].sentence())
            self.refresh()
            self.collection_changed.emit()

    def close(self) -> bool:
        """Save the open note; False when it could not be saved (the window should stay open)."""
        return self.panel.save()
