"""File › Storage…: the documents kept on this computer, their sizes, the free disk space, and removing them.

The list is read by :class:`..sync.attachment_service.AttachmentService` on a worker (it looks at files)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from .local_format import size as size_text
from .plain import label
from .worker import explain

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from ..catalog.snapshot import Catalog
    from ..sync.attachment_service import AttachmentService, Storage
    from .worker import BackgroundWork


class StorageDialog(QDialog):
    removed = Signal()  # files were removed here (the open item's documents box reads again)

    def __init__(self, service: AttachmentService, catalog: Callable[[], Catalog], work: BackgroundWork,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.catalog, self.work = service, catalog, work
        self.setWindowTitle(self.tr("Storage"))
        self.summary = label()
        self.summary.setWordWrap(True)
        self.files = QTreeWidget()
        self.files.setHeaderLabels([self.tr("Document"), self.tr("Size")])
        self.files.setRootIsDecorated(False)
        header = self.files.header()
        header.setStretchLastSection(False)  # the names take the width, the sizes what they need
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.files.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.files.itemSelectionChanged.connect(self._selection_changed)
        self.remove = QPushButton(self.tr("Remove from this computer"))
        self.remove.setEnabled(False)
        self.remove.clicked.connect(self.remove_selected)
        self.status = label()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.remove, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, 420)
        self.storage: Storage | None = None
        self.refresh()

    def refresh(self) -> None:
        catalog = self.catalog()
        self.work.run(lambda: self.service.storage(catalog), self._show, self._failed)

    def _show(self, storage: Storage) -> None:
        self.storage = storage
        count = len(storage.files)
        self.summary.setText(self.tr("%n document(s) kept offline, {size}; {free} free on this disk.", "", count)
                             .format(size=size_text(storage.kept_bytes), free=size_text(storage.free_bytes)))
        self.files.clear()
        for stored in storage.files:
            names = "; ".join(stored.names) or self.tr("(no item of the catalogue in use)")
            row = QTreeWidgetItem([names, size_text(stored.kept.size)])
            row.setData(0, 256, stored.kept.sha256)  # Qt.ItemDataRole.UserRole
            self.files.addTopLevelItem(row)

    def _selection_changed(self) -> None:
        self.remove.setEnabled(bool(self.files.selectedItems()))

    def remove_selected(self) -> None:
        shas = [row.data(0, 256) for row in self.files.selectedItems()]
        self.work.run(lambda: self.service.remove(shas), self._removed, self._failed)

    def _removed(self, outcome: tuple[int, int]) -> None:
        removed, freed = outcome
        self.status.setText(self.tr("%n document(s) removed ({size} freed); your notes are kept.", "", removed)
                            .format(size=size_text(freed)))
        self.removed.emit()
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.status.setText(explain(error)[0])
