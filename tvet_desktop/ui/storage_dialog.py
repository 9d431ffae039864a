"""File › Storage…: the documents kept on this computer, their sizes, the free disk space, and removing them;
and keeping the whole catalogue offline, its size and whether it fits said before it starts.

The list is read by :class:`..sync.attachment_service.AttachmentService` on a worker (it looks at files); the
download is the window's one (:class:`.offline_actions.OfflineActions`), so its progress shows here and in the
status bar alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from .local_format import size as size_text
from .offline_actions import plan_for
from .plain import label
from .worker import explain

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from ..catalog.snapshot import Catalog
    from ..sync.attachment_service import AttachmentService, Storage
    from .offline_actions import OfflineActions, Wanted
    from .worker import BackgroundWork


class StorageDialog(QDialog):
    removed = Signal()  # files were removed here (the open item's documents box reads again)

    def __init__(self, service: AttachmentService, catalog: Callable[[], Catalog], work: BackgroundWork,
                 parent: QWidget | None = None, offline: OfflineActions | None = None) -> None:
        super().__init__(parent)
        self.service, self.catalog, self.work, self.offline = service, catalog, work, offline
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
        self.everything: Wanted | None = None  # the whole catalogue's documents and what keeping them takes
        layout.addLayout(self._whole_catalogue())
        layout.addWidget(buttons)
        self.resize(620, 460)
        self.storage: Storage | None = None
        self.refresh()

    def _whole_catalogue(self) -> QVBoxLayout:
        self.all_summary = label()
        self.all_summary.setWordWrap(True)
        self.keep_all = QPushButton(self.tr("Keep the whole catalogue offline"))
        self.keep_all.setToolTip(self.tr("Download every document of the catalogue, to read them without a "
                                         "connection"))
        self.keep_all.setEnabled(False)
        self.keep_all.clicked.connect(self.keep_everything)
        self.all_bar = QProgressBar()
        self.all_bar.setRange(0, 1000)
        self.all_bar.setAccessibleName(self.tr("Downloading the whole catalogue"))
        self.all_cancel = QPushButton(self.tr("Cancel"))
        self.all_cancel.setToolTip(self.tr("Stop the download; what arrived is kept and the next try resumes"))
        row = QHBoxLayout()
        for widget in (self.keep_all, self.all_bar, self.all_cancel):
            row.addWidget(widget)
        row.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.all_summary)
        column.addLayout(row)
        self._show_running(False)
        if self.offline is None:
            self.all_summary.hide()
            self.keep_all.hide()
        else:
            download = self.offline.download
            self.all_cancel.clicked.connect(download.cancel)
            download.progress.connect(self._progress)
            download.running_changed.connect(self._show_running)
            self.offline.changed.connect(self.refresh)
            self.offline.message.connect(self.status.setText)
        return column

    def refresh(self) -> None:
        """What is kept and, with the offline actions, the whole catalogue's plan: read together on the worker
        and shown together (read apart, either could be shown first, the list and the summary disagreeing)."""
        catalog, service, whole = self.catalog(), self.service, self.offline is not None

        def read() -> tuple[Storage, Wanted | None]:
            return service.storage(catalog), plan_for(service, catalog, None) if whole else None

        self.work.run(read, self._show_read, self._failed)

    def _show_read(self, read: tuple[Storage, Wanted | None]) -> None:
        storage, everything = read
        self._show(storage)
        if everything is not None:
            self._show_everything(everything)

    def _show_everything(self, everything: Wanted) -> None:
        """The whole catalogue's documents: how many, their size, what is still to download, and whether it fits."""
        assert self.offline is not None
        self.everything, plan = everything, everything.plan
        if not plan.files:
            said = self.tr("The catalogue in use has no documents to keep offline.")
        else:
            said = self.tr("The whole catalogue: %n document(s), {total}.", "", plan.files).format(
                total=size_text(plan.total_bytes))
            if not plan.missing:
                said += " " + self.tr("All of them are on this computer.")
            else:
                said += " " + self.tr("%n not yet on this computer: {needed} to download; {free} free on this "
                                      "disk.", "", plan.missing).format(needed=size_text(plan.needed_bytes),
                                                                        free=size_text(plan.free_bytes))
                if not plan.fits:
                    said += " " + self.offline.does_not_fit(plan)
        self.all_summary.setText(said)
        self.keep_all.setVisible(bool(plan.files))
        self.keep_all.setEnabled(bool(plan.missing) and plan.fits and not self.offline.download.running)

    def keep_everything(self) -> None:
        everything = self.everything
        if self.offline is None or everything is None or not everything.plan.fits:
            return
        self.offline.start(everything, self.tr("Keeping the whole catalogue offline"))

    def _progress(self, said: str, permille: int) -> None:
        self.all_bar.setValue(permille)
        self.status.setText(said)

    def _show_running(self, running: bool) -> None:
        self.all_bar.setVisible(running)
        self.all_cancel.setVisible(running)
        self.keep_all.setEnabled(not running and self.everything is not None and
                                 bool(self.everything.plan.missing) and self.everything.plan.fits)
        if running:
            self.all_bar.setValue(0)

    def _show(self, storage: Storage) -> None:
        self.storage = storage
        count = len(storage.files)
        self.summary.setText(self.tr("%n document(s) kept offline, {size}; {free} free on this disk.", "", count)
                             .format(size=size_text(storage.kept_bytes), free=size_text(storage.free_bytes)))
        self.files.clear()
        for stored in storage.files:
            names = "; ".join(stored.titles) or self.tr("(no item of the catalogue in use)")
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
