"""The reading pane's place in the window: the item pane (catalogue items, notes, the app's own pages) or, in
front of it, a document. Whatever the item pane is given to show brings it back to the front, so the window's
many ways of showing an item need not know that documents exist."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from ..reading_pane import ReadingPane
    from ..worker import BackgroundWork
    from .document_view import Document, DocumentView, Positions


class ReadingArea(QStackedWidget):
    status = Signal(str)
    selection_changed = Signal()

    def __init__(self, pane: ReadingPane, positions: Positions, work: BackgroundWork | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane, self.positions, self.work = pane, positions, work
        self.remember = True  # off for --screenshot
        self.documents: DocumentView | None = None  # made when the first document opens (start-up stays as it was)
        self.addWidget(pane)
        pane.textChanged.connect(lambda: self.setCurrentWidget(self.pane))

    def show_document(self, document: Document) -> DocumentView:
        view = self._view()
        self.pane.show_empty("")  # nothing the item pane was still rendering will be shown over the document
        self.setCurrentWidget(view)
        view.show_document(document)
        return view

    def showing_document(self) -> bool:
        return self.documents is not None and self.currentWidget() is self.documents

    def _view(self) -> DocumentView:
        if self.documents is None:
            from .document_view import DocumentView

            self.documents = DocumentView(self.positions, self.work, lambda url: self.pane._open_external(url))
            self.documents.status.connect(self.status)
            self.documents.selection_changed.connect(self.selection_changed)
            self.addWidget(self.documents)
        self.documents.remember = self.remember
        return self.documents

    def selection(self) -> tuple[str, int | None]:
        """The passage selected in what is shown, and its page when it has one."""
        if self.documents is not None and self.showing_document():
            return self.documents.selection()
        return self.pane.textCursor().selectedText().replace("\u2029", "\n"), None
