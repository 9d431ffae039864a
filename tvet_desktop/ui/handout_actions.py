"""File → Print handout / Save handout as PDF: of the reading list or "My notes" chosen in the sidebar,
else of the open item, in the interface's language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..catalog.snapshot import Catalog
    from ..library.handout import Handout
    from .library_controller import LibraryController
    from .worker import BackgroundWork


class HandoutActions(QObject):
    status = Signal(str)
    saved = Signal(object)  # the Path written

    def __init__(self, library: LibraryController, catalog: Callable[[], Catalog], work: BackgroundWork) -> None:
        super().__init__(library)
        self.library, self._catalog, self.work = library, catalog, work

    def current(self) -> Handout | None:
        """The handout of what the user chose: a reading list, My notes, or the open item."""
        from ..library.handout import item_handout, list_handout, notes_handout  # loaded when first used
        from .handout_print import labels

        collection, catalog, store = self.library.collection, self._catalog(), self.library.store
        if collection.kind == "list" and collection.list_id:
            return list_handout(catalog, store, collection.list_id, collection.name, labels(), self.library.find_item)
        if collection.kind == "notes":
            return notes_handout(catalog, store, labels(), self.library.find_item)
        if self.library.item is not None:
            return item_handout(catalog, store, self.library.item, labels())
        self.status.emit(self.tr("Open an item, or choose a reading list or My notes, to make a handout of it."))
        return None

    def save_pdf(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        handout = self.current()
        if handout is None:
            return
        name = "".join(c if c.isalnum() or c in " -_" else "_" for c in handout.title).strip() or "handout"
        path, _ = QFileDialog.getSaveFileName(self.library.window, self.tr("Save handout as PDF"),
                                              str(Path.home() / f"{name}.pdf"), self.tr("PDF document (*.pdf)"))
        if path:
            self.save_pdf_to(handout, Path(path if path.lower().endswith(".pdf") else f"{path}.pdf"))

    def save_pdf_to(self, handout: Handout, path: Path) -> None:
        from .handout_print import write_pdf

        def done(pages: int) -> None:
            self.status.emit(self.tr("Saved the handout “{title}” to {path} (%Ln page(s)).", "", pages).format(
                title=handout.title, path=path))
            self.saved.emit(path)

        self.work.run(lambda: write_pdf(handout, path), done, self._failed)

    def print_handout(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from .handout_print import paint

        handout = self.current()
        if handout is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(handout.title)
        dialog = QPrintDialog(printer, self.library.window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            try:
                paint(handout, printer)
            except Exception as error:  # a printer that fails: said, and logged when it is a bug
                self._failed(error)

    def _failed(self, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .worker import explain

        QMessageBox.warning(self.library.window, self.tr("Handout"),
                            self.tr("The handout could not be made: {reason}.").format(reason=explain(error)[0]))
