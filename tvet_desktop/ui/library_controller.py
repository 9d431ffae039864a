"""The user's own library in the window: collections, bookmarks, reading lists and the note editor.

It sits between the widgets and the notes store; the main window tells it which item is open and
asks it which item ids the current collection limits the results to. Import and export run off the GUI
thread; an error the user can act on is shown as it is, anything else as a bug (with its details). Notes
that cannot be changed (a full disk, a read-only folder) are shown read-only, with the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from ..documents.records import is_document_id
from ..errors import UserError
from ..library.rows import MISSING_PREFIX, NOTE_PREFIX
from ..library.search import Collection
from ..library.store import NotesStore, note_status
from ..search.marks import marked_spans, words_to_mark
from ..text import isolate
from .collections import CollectionsList
from .local_format import library_words, number
from .note_panel import NotePanel
from .plain import ask, inform, message_box, warn
from .reading_toolbar import ReadingToolbar
from .worker import explain, reason_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from ..catalog.records import Item
    from ..catalog.snapshot import Catalog
    from ..library.transfer import ImportReport
    from .reading_pane import ReadingPane
    from .worker import BackgroundWork


T = TypeVar("T")


class LibraryController(QObject):
    collection_changed = Signal()  # the results must be searched again
    status = Signal(str)  # a short message for the status bar
    row_opened = Signal(str)  # a result row this controller opened itself (a new note)
    actions_available = Signal(bool, bool)  # an item is open; a note can be written

    def __init__(self, store: NotesStore, catalog: Catalog, reader: ReadingPane, window: QWidget,
                 work: BackgroundWork | None = None, count_documents: Callable[[], int | None] | None = None) -> None:
        """``count_documents``: how many documents the user has, when the window has them ("My documents")."""
        super().__init__(window)
        self.store, self.catalog, self.reader, self.window, self.work = store, catalog, reader, window, work
        self.collections = CollectionsList()
        self.collections.count_documents = count_documents
        self.toolbar = ReadingToolbar()
        self.panel = NotePanel(store, work)
        self.item: Item | None = None
        # The passage selected where the user reads, and its page when it has one (the window may show a document)
        self.selection: Callable[[], tuple[str, int | None]] = lambda: (
            reader.textCursor().selectedText().replace("\u2029", "\n"), None)
        self.find_item: Callable[[str], Item | None] = lambda item_id: self.catalog.get(item_id)  # or a document
        self.busy = False  # an import or export is running
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
        editable = self.item is not None and not self.store.read_only and not self.busy
        self.toolbar.show_state(editable, bool(self.item and self.store.is_bookmarked(self.item.id)), self.store)
        self.actions_available.emit(editable, self.panel.editor.isEnabled())

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
            item = self.find_item(note.item_id) if note.item_id else None
            if item is not None:
                return item.id
            self.item = None
            status = note_status(note, None)
            self.reader.show_note(note.title or self.tr("Untitled note"), library_words(status) if status else None,
                                  note.text)
            self.panel.set_note(note)
            self.refresh()
        elif row_id.startswith(MISSING_PREFIX):
            self.show_item(None)
            self.reader.show_html(self.tr("<h2>No longer in the catalogue</h2><p>This item was removed from the "
                                          "catalogue after you saved it. Your bookmark or list entry is kept.</p>"))
        return None

    def page_in_note(self, row_id: str, query: str) -> int | None:
        """For the row of a note on a document, found by ``query``: the page the first quote with a word found
        names (:func:`..catalog.page_links.page_near`); None for any other row, or when no word found is in a
        quote with its page."""
        if not row_id.startswith(NOTE_PREFIX) or not query.strip():
            return None
        note = self.store.get_note(row_id[len(NOTE_PREFIX):])
        if note is None or not note.item_id or not is_document_id(note.item_id):
            return None
        from ..catalog.page_links import page_near  # (with Markdown: not loaded before the first paint)

        pages = (page_near(note.text, start) for start, _ in marked_spans(note.text, words_to_mark(query)))
        return next((page for page in pages if page is not None), None)

    # -- actions -----------------------------------------------------------------------------
    def _guard(self, action: str, work: Callable[[], object]) -> bool:
        try:
            work()
        except UserError as error:
            warn(self.window, action, explain(error)[0])
            return False
        except Exception as error:  # a bug: said as one, with its details, and logged
            import logging

            logging.getLogger(__name__).exception("%s failed", action)
            self._show_failure(action, error)
            return False
        return True

    def _show_failure(self, action: str, error: Exception) -> None:
        message, details = explain(error)
        from PySide6.QtWidgets import QMessageBox  # dialogs are made when first needed, not at start-up

        box = message_box(self.window, QMessageBox.Icon.Warning, action, message)
        if details:
            box.setDetailedText(details)
        box.exec()

    def toggle_bookmark(self) -> None:
        if self.item is not None:
            self.toolbar.bookmark.toggle()

    def _set_bookmark(self, on: bool) -> None:
        item = self.item
        if item is not None and self._guard(self.tr("Bookmark"),
                                            lambda: self.store.set_bookmark(item.id, item.title, on)):
            self.status.emit(self.tr("Bookmarked.") if on else self.tr("Bookmark removed."))
            self._changed_collection_content("bookmarks")

    def _add_to_list(self, list_id: str) -> None:
        item = self.item
        if item is not None and self._guard(self.tr("Reading list"),
                                            lambda: self.store.add_to_list(list_id, item.id, item.title)):
            name = next(r.name for r in self.store.lists() if r.id == list_id)
            self.status.emit(self.tr("Added to “{name}”.").format(name=isolate(name)))
            self._changed_collection_content("list")

    def _new_list(self, name: str) -> None:
        if self._guard(self.tr("New reading list"), lambda: self.store.create_list(name)):
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
        passage, page = self.selection()
        if page is not None:  # a page of the open document: the note is on it, so the page says where
            self.panel.quote(passage, page=page)
            return
        source = f"{item.title} ({item.year})" if item and item.year else item.title if item else ""
        self.panel.quote(passage, source)

    def new_note(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        title, ok = QInputDialog.getText(self.window, self.tr("New note"),
                                         self.tr("Title (e.g. Session plan — week 3):"))
        if ok and title.strip() and self._guard(self.tr("New note"), lambda: self.store.create_note(title.strip(), "")):
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
                if self._guard(self.tr("Reading list"), lambda: self.store.move_in_list(list_id, item_id, target)):
                    self._changed_collection_content("list")

    def remove_from_list(self) -> None:
        list_id = self.collection.list_id
        if self.collection.kind == "list" and list_id and self.item is not None:
            item_id = self.item.id
            if self._guard(self.tr("Reading list"), lambda: self.store.remove_from_list(list_id, item_id)):
                self._changed_collection_content("list")

    def rename_list(self) -> None:
        list_id = self.collection.list_id
        if self.collection.kind != "list" or not list_id:
            self.status.emit(self.tr("Choose a reading list in “Your library” first."))
            return
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self.window, self.tr("Rename reading list"), self.tr("New name:"),
                                        text=self.collection.name)
        if ok and name.strip() and self._guard(self.tr("Rename"), lambda: self.store.rename_list(list_id, name)):
            self.collections.current = Collection("list", list_id, name.strip())
            self.refresh()

    def delete_list(self) -> None:
        list_id = self.collection.list_id
        if self.collection.kind != "list" or not list_id:
            self.status.emit(self.tr("Choose a reading list in “Your library” first."))
            return
        wanted = ask(self.window, self.tr("Delete reading list"),
                     self.tr("Delete the list “{name}”? The items stay in the catalogue and your notes are kept.")
                     .format(name=isolate(self.collection.name)))
        if wanted and self._guard(self.tr("Delete"), lambda: self.store.delete_list(list_id)):
            self.collections.current = Collection()
            self.refresh()
            self.collection_changed.emit()

    def export_list(self) -> None:
        list_id = self.collection.list_id
        if self.collection.kind != "list" or not list_id:
            self.status.emit(self.tr("Choose a reading list in “Your library” first."))
            return
        name = self.collection.name
        path = self._export_path(self.tr("Export reading list"), Path.home() / f"{name}.zip")
        if path is not None:
            self._export(path, list_id, self.tr("Exported “{name}” to {path}.").format(name=isolate(name), path=path))

    def export_notes(self) -> None:
        path = self._export_path(self.tr("Export notes, bookmarks and lists"), Path.home() / "tvet-notes.zip")
        if path is not None:
            self._export(path, None, self.tr("Exported to {path}.").format(path=path))

    def _export_path(self, title: str, suggested: Path) -> Path | None:
        """Where to export, asked; a file that is already there is replaced only when the user says so."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(suggested), self.tr("One file (*.zip)"),
                                                options=QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return None
        path = Path(chosen)
        replace = self.tr("{path} already exists. Replace it?").format(path=path)
        if path.exists() and not ask(self.window, title, replace):
            return None
        return path

    def _export(self, path: Path, list_id: str | None, done: str) -> None:
        from ..library import transfer  # zip export and import are loaded when first used, not at start-up

        store = self.store
        self._run(self.tr("Export"), self.tr("Exporting…"),
                  lambda: transfer.export(store, path, list_id=list_id, overwrite=True),
                  lambda _count: self.status.emit(done))

    def import_notes(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import notes"), str(Path.home()),
                                              self.tr("Notes export (*.zip)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Merge the export at ``path`` (checked whole first; all of it or nothing), off the GUI thread."""
        from ..library import transfer  # see _export

        if self.store.read_only:  # said at once, before anything runs
            warn(self.window, self.tr("Import"),
                 self.tr("Nothing was imported: {reason}.").format(reason=reason_words(self.store.read_only)))
            return
        self.panel.save()  # the import writes through a connection of its own; the editor waits meanwhile
        database = self.store.database
        if database is None:
            return
        self._run(self.tr("Import"), self.tr("Importing…"), lambda: transfer.import_into(database, path),
                  self._imported)

    def _imported(self, report: ImportReport) -> None:
        inform(self.window, self.tr("Import"), self._imported_sentence(report))
        self.refresh()
        self.collection_changed.emit()

    def _imported_sentence(self, report: ImportReport) -> str:
        """The report's sentences in the window's language (``report.sentence()`` is the command line's)."""
        sentences = [self.tr("Added — notes: {notes}, bookmarks: {bookmarks}, reading lists: {lists}, list entries: "
                             "{entries}.").format(notes=number(report.notes), bookmarks=number(report.bookmarks),
                                                  lists=number(report.lists), entries=number(report.list_items))]
        copies = report.notes_as_copies
        if copies:
            sentences.append(self.tr("%Ln imported note(s) differed from yours on the same item and were kept as "
                                     "separate notes.", "", copies))
        sentences += [self.tr("The imported list “{theirs}” has the name of one of yours, so it was kept apart as "
                              "“{given}”.").format(theirs=isolate(theirs), given=isolate(given))
                      for theirs, given in report.lists_kept_apart]
        return " ".join(sentences)

    def _run(self, action: str, doing: str, job: Callable[[], T], done: Callable[[T], None]) -> None:
        """``job`` off the GUI thread (at once without a worker), the library read-only meanwhile."""
        if self.work is None:
            result: list[T] = []
            if self._guard(action, lambda: result.append(job())):
                done(result[0])
            return
        self._set_busy(True)
        self.status.emit(doing)

        def finished(result: T) -> None:
            self._set_busy(False)
            done(result)

        def failed(error: Exception) -> None:
            self._set_busy(False)
            if isinstance(error, UserError):
                warn(self.window, action, explain(error)[0])
            else:
                self._show_failure(action, error)

        self.work.run(job, finished, failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.panel.set_busy(busy)
        self.refresh()

    def close(self) -> bool:
        """Save the open note; False when it could not be saved (the window should stay open)."""
        return self.panel.save()
