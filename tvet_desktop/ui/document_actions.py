"""Removing one of the user's own documents and re-reading a folder that changed, from the window.

Remove is offered where a document is met: a "Remove document…" button beside Bookmark while one is open, the
context menu of its row (or one of its pages) in the results, and File › Remove this document…. A confirmation
says that the note on it, its bookmark and list entries are kept. The removal runs on a worker through
:meth:`..documents.service.DocumentService.remove`; not while documents are being added (both write the
documents' database). Re-reading a folder goes through the adder, with its progress, count and Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QPushButton

from ..documents.records import is_document_id
from ..library.document_rows import parse_page_row
from .plain import ask, inform
from .results_model import IdRole
from .worker import explain

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from ..catalog.records import Item
    from ..documents.records import Document
    from ..documents.service import DocumentService
    from .document_adder import DocumentAdder
    from .library_controller import LibraryController
    from .results_pane import ResultsPane
    from .settings import WindowSettings
    from .worker import BackgroundWork


class Window(Protocol):
    """What these actions use of the main window."""

    @property
    def library(self) -> LibraryController: ...

    @property
    def results(self) -> ResultsPane: ...

    @property
    def work(self) -> BackgroundWork: ...

    @property
    def settings(self) -> WindowSettings: ...

    def window(self) -> QWidget: ...

    def statusBar(self) -> QStatusBar: ...

    def find_item(self, item_id: str) -> Item | None: ...

    def run_search(self) -> None: ...

    def open_item(self, item_id: str, page: int | None = None) -> bool: ...


def document_of_row(row_id: str) -> str | None:
    """The document a result row is, or is a page of; None for any other row."""
    page_row = parse_page_row(row_id)
    if page_row is not None:
        return page_row[0]
    return row_id if is_document_id(row_id) else None


class DocumentActions(QObject):
    def __init__(self, window: Window, service: DocumentService, adder: DocumentAdder) -> None:
        super().__init__(window.library)
        self.main, self.service, self.adder = window, service, adder
        self.removing = False
        self.remove_button = QPushButton(self.tr("Remove document…"))
        self.remove_button.setToolTip(self.tr("Remove this document from your documents; your note on it is kept"))
        self.remove_button.setAccessibleName(self.tr("Remove document"))
        self.remove_button.setAccessibleDescription(self.tr("Removes the open document and its copy in your data "
                                                            "folder, after asking; your note on it is kept."))
        self.remove_button.clicked.connect(self.remove_open)
        toolbar = window.library.toolbar.layout()
        assert isinstance(toolbar, QHBoxLayout)
        toolbar.insertWidget(toolbar.count() - 1, self.remove_button)  # before the stretch
        self.remove_button.hide()
        window.library.actions_available.connect(lambda *_: self._follow_open_item())
        results = window.results.list
        results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        results.customContextMenuRequested.connect(self._row_menu)

    def open_document(self) -> str | None:
        item = self.main.library.item
        return item.id if item is not None and is_document_id(item.id) else None

    def _follow_open_item(self) -> None:
        self.remove_button.setVisible(self.open_document() is not None)
        self.remove_button.setEnabled(not self.removing)

    def row_menu(self, at: QPoint) -> QMenu | None:
        """The context menu of the result row at ``at``: a document's (or one of its pages') offers Remove."""
        results = self.main.results.list
        index = results.indexAt(at)
        doc_id = document_of_row(str(index.data(IdRole) or "")) if index.isValid() else None
        if doc_id is None:
            return None
        menu = QMenu(results)
        menu.addAction(self.tr("Remove this document…")).triggered.connect(lambda: self.remove(doc_id))
        return menu

    def _row_menu(self, at: QPoint) -> None:
        menu = self.row_menu(at)
        if menu is not None:
            menu.popup(self.main.results.list.viewport().mapToGlobal(at))

    # -- removing ------------------------------------------------------------------------------
    def remove_open(self) -> bool:
        doc_id = self.open_document()
        if doc_id is None:
            self.main.statusBar().showMessage(self.tr("Open one of your documents first (My documents)."), 8000)
            return False
        return self.remove(doc_id)

    def remove(self, doc_id: str) -> bool:
        """Ask, then remove the document ``doc_id``; False when it was not removed (not asked for, or busy)."""
        item = self.main.library.item
        title = item.title if item is not None and item.id == doc_id else self._title(doc_id)
        heading = self.tr("Remove document")
        if self.adder.running or self.removing:
            inform(self.main.window(), heading, self.tr("A document is still being removed; try again in a moment.")
                   if self.removing else
                   self.tr("Documents are still being added; remove this one once that has finished."))
            return False
        if not ask(self.main.window(), heading, self.tr(
                "Remove “{title}” from your documents? Its copy in your data folder is deleted; the file you added "
                "it from is not touched. Your note on it, its bookmark and its place in your reading lists are "
                "kept.").format(title=title)):
            return False
        self.removing = True
        self._follow_open_item()
        service = self.service
        self.main.work.run(lambda: service.remove(doc_id), self._removed, self._failed)
        return True

    def replace_earlier(self, replaced: tuple[tuple[Document, Document], ...]) -> list[Document]:
        """Files that changed in a folder read again: the note, bookmark and list places of each earlier version
        move to the new one (here: notes are written on this thread; text being typed is saved first, and the
        new version takes the earlier one's place in the panes), then the earlier versions are removed in the
        background. Should the notes not take the change, both versions stay and the user is told why. Returns
        the earlier versions replaced."""
        library = self.main.library
        heading = self.tr("Read a folder again")
        if not library.panel.save():  # (the panel says why and keeps the text)
            inform(self.main.window(), heading, self.tr(
                "Files changed in the folder and their new versions were added, but your notes cannot be saved now; "
                "the earlier versions stay beside them."))
            return []
        moved, problem = library.store.carry_over_versions(replaced)
        if problem is not None:
            kept = next(earlier for earlier, _ in replaced if earlier not in moved)
            inform(self.main.window(), heading, self.tr(
                "“{title}” changed in its folder and its new version was added, but your notes could not be moved "
                "to it ({problem}); the earlier version stays beside it.").format(title=kept.title,
                                                                                   problem=explain(problem)[0]))
        if not moved:
            return moved
        open_id = library.item.id if library.item is not None else None
        shown = next((new for earlier, new in replaced if earlier.id == open_id and earlier in moved), None)
        if shown is not None:
            self.main.open_item(shown.id)
        self.removing = True
        self._follow_open_item()
        service = self.service

        def retire() -> None:
            for earlier, new in replaced:
                if earlier in moved:
                    service.retire(earlier, new)

        self.main.work.run(retire, self._retired, lambda error: self._failed(error, heading))
        return moved

    def _retired(self, _: object) -> None:
        self.removing = False
        self.main.library.refresh()
        self.main.run_search()
        self._follow_open_item()

    def _title(self, doc_id: str) -> str:
        item = self.main.find_item(doc_id)
        return item.title if item is not None else doc_id

    def _removed(self, document: Document) -> None:
        self.removing = False
        window = self.main
        window.statusBar().showMessage(self.tr("Removed “{title}”; your note on it is kept under My notes.").format(
            title=document.title), 15_000)
        window.library.refresh()
        window.run_search()  # its rows leave the results, and the reading pane with them
        self._follow_open_item()

    def _failed(self, error: Exception, heading: str | None = None) -> None:
        self.removing = False
        self._follow_open_item()
        inform(self.main.window(), heading or self.tr("Remove document"), explain(error)[0])

    # -- re-reading a folder -------------------------------------------------------------------
    def choose_folder_to_rescan(self) -> bool:
        folder = QFileDialog.getExistingDirectory(self.main.window(), self.tr("Read a folder of documents again"),
                                                  self.main.settings.documents_folder())
        if folder:
            self.main.settings.save_documents_folder(Path(folder))
        return bool(folder) and self.rescan(Path(folder))

    def rescan(self, folder: Path) -> bool:
        return self.adder.rescan(folder)
