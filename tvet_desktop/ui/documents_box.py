"""Under the reading pane: the open item's documents (the publication's PDF and the like), each with its size,
pages and whether it is on this computer; "Keep offline" downloads them in the background with progress and
Cancel, "Remove from this computer" deletes them, "Open" hands a kept file to the system viewer.

Every file and network call goes through :class:`..sync.attachment_service.AttachmentService` on a worker.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..sync.progress import ProgressMeter
from .local_format import size as size_text
from .plain import label
from .progress_words import ProgressWords
from .sentences import say
from .worker import Latest, explain

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from ..catalog.records import Item
    from ..sync.attachment_service import AttachmentInfo, AttachmentService
    from ..sync.offline import FetchReport
    from .worker import BackgroundWork


class _Relay(QObject):
    """Carries download progress from the worker thread to the box (queued onto the GUI thread)."""

    progress = Signal(int, int)


class DocumentsBox(QWidget):
    changed = Signal()  # files were kept or removed (the Storage dialog, if open, reads again)

    def __init__(self, service: AttachmentService, work: BackgroundWork,
                 open_file: Callable[[QUrl], object] = QDesktopServices.openUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.work, self._open_file = service, work, open_file
        # The window's reader: True when it shows the file (a PDF), else the system viewer opens it.
        self.read: Callable[[AttachmentInfo, Path], bool] | None = None
        self.item: Item | None = None
        self.infos: list[AttachmentInfo] = []
        self._reads = Latest()  # only the newest item's documents are shown
        self._cancel = threading.Event()
        self._meter = ProgressMeter()
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        self.setAccessibleName(self.tr("Documents of this item"))
        self.rows = QGridLayout()
        self.keep = QPushButton(self.tr("Keep offline"))
        self.keep.setToolTip(self.tr("Download these documents to this computer, to read them without a connection"))
        self.keep.clicked.connect(self.keep_offline)
        self.remove = QPushButton(self.tr("Remove from this computer"))
        self.remove.clicked.connect(self.remove_files)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self._cancel.set)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.status = label()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (self.keep, self.remove, self.bar, self.cancel):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 4, 18, 4)
        layout.addLayout(self.rows)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._set_running(False)
        self.hide()

    # -- which item ----------------------------------------------------------------------------
    def show_item(self, item: Item | None) -> None:
        if item is None or self.item is None or item.id != self.item.id:
            self.status.setText("")  # what happened to another item's documents
        self.item = item
        if item is None or not item.attachments:
            self._reads.take()
            self.infos = []
            self.hide()
            return
        self.work.run_latest(self._reads, lambda _stop: self.service.of_item(item), self._fill, self._failed)

    def refresh(self) -> None:
        self.show_item(self.item)

    def _fill(self, infos: list[AttachmentInfo]) -> None:
        self.infos = infos
        while self.rows.count():
            taken = self.rows.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        heading = QLabel(self.tr("Documents"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.rows.addWidget(heading, 0, 0, 1, 3)
        for row, info in enumerate(infos, 1):
            self.rows.addWidget(label(self._describe(info)), row, 0)
            where = label(self.tr("On this computer") if info.offline else self.tr("Not on this computer"))
            self.rows.addWidget(where, row, 1)
            if info.offline:
                button = QPushButton(self.tr("Read"))
                button.setToolTip(self.tr("Read it here, or with the system viewer when the app cannot show it"))
                button.clicked.connect(lambda _checked=False, chosen=info: self.open_document(chosen))
                self.rows.addWidget(button, row, 2)
        self.rows.setColumnStretch(0, 1)
        missing = sum(1 for info in infos if not info.offline)
        self.keep.setVisible(missing > 0)
        self.remove.setVisible(missing < len(infos))
        self.show()

    def _describe(self, info: AttachmentInfo) -> str:
        entry = info.attachment
        if entry.pages:
            return self.tr("{name} · {size} · %n page(s)", "", entry.pages).format(name=entry.name,
                                                                                   size=size_text(entry.size))
        return self.tr("{name} · {size}").format(name=entry.name, size=size_text(entry.size))

    # -- actions -------------------------------------------------------------------------------
    def open_document(self, info: AttachmentInfo) -> None:
        path = self.service.file_of(info.item_id, info.attachment.sha256)
        if path is not None and self.read is not None and self.read(info, path):
            return
        if path is None or not self._open_file(QUrl.fromLocalFile(str(path))):
            self.status.setText(self.tr("No program on this computer opened “{name}”.").format(
                name=info.attachment.name))

    def keep_offline(self) -> None:
        wanted = [info.attachment for info in self.infos if not info.offline]
        if not wanted:
            return
        self._cancel.clear()
        self._meter = ProgressMeter()
        self._set_running(True)
        self.status.setText(self.tr("Downloading…"))
        service, progress, cancelled = self.service, self._relay.progress.emit, self._cancel.is_set
        self.work.run(lambda: service.keep_offline(wanted, service.repository(), progress, cancelled),
                      self._kept, self._stopped)

    def remove_files(self) -> None:
        shas = [info.attachment.sha256 for info in self.infos if info.offline]
        self.work.run(lambda: self.service.remove(shas), self._removed, self._stopped)

    # -- answers -------------------------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        self._meter.update(done, total)
        self.bar.setValue(int(1000 * done / total) if total else 0)
        self.status.setText(ProgressWords(self).describe(self._meter))

    def _kept(self, report: FetchReport) -> None:
        self._set_running(False)
        said = self.tr("%n document(s) kept on this computer.", "", len(report.fetched))
        for skipped in report.skipped:
            said += " " + self.tr("“{name}” was not kept: {reason}.").format(name=skipped.name,
                                                                             reason=say(skipped.reason))
        self.status.setText(said)
        self.changed.emit()
        self.refresh()

    def _removed(self, outcome: tuple[int, int]) -> None:
        removed, freed = outcome
        self.status.setText(self.tr("%n document(s) removed from this computer ({size} freed); your notes are kept.",
                                    "", removed).format(size=size_text(freed)))
        self.changed.emit()
        self.refresh()

    def _stopped(self, error: Exception) -> None:
        from ..sync.errors import Cancelled

        self._set_running(False)
        message, _ = explain(error)  # a bug's traceback is in the log
        if isinstance(error, Cancelled):
            message = self.tr("Download cancelled; what arrived is kept and the next try resumes from there.")
        self.status.setText(message)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.status.setText(explain(error)[0])

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.bar.setVisible(running)
        self.cancel.setVisible(running)
        self.keep.setEnabled(not running)
        self.remove.setEnabled(not running)
        if running:
            self.bar.setValue(0)

