"""One background download of catalogue documents (an item's, a reading list's, the whole catalogue's): the
files come through :meth:`..sync.attachment_service.AttachmentService.keep_offline` on a worker, progress is
said with sizes and time left in the window's language, and Cancel stops it (what arrived is kept, the next
try resumes). Widgets show what it says; it touches no widget itself."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..sync.progress import ProgressMeter
from .progress_words import ProgressWords
from .sentences import say
from .worker import explain

if TYPE_CHECKING:
    from ..catalog.records import Attachment
    from ..sync.attachment_service import AttachmentService
    from ..sync.offline import FetchReport
    from .worker import BackgroundWork


class _Relay(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    progress = Signal(int, int)


class OfflineDownload(QObject):
    progress = Signal(str, int)  # what to say ("12.0 MB of 40.0 MB · 1.2 MB/s · 23 seconds left"), per mille done
    finished = Signal(object)  # FetchReport
    failed = Signal(str)  # one sentence (a cancel says so)
    running_changed = Signal(bool)

    def __init__(self, service: AttachmentService, work: BackgroundWork, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service, self.work = service, work
        self.running = False
        self._cancel = threading.Event()
        self._meter = ProgressMeter()
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)

    def start(self, wanted: list[Attachment]) -> bool:
        """Download the files of ``wanted`` not yet on this computer; False while a download is running."""
        if self.running:
            return False
        self._cancel.clear()
        self._meter = ProgressMeter()
        self._set_running(True)
        self.progress.emit(self.tr("Downloading…"), 0)
        service, relay, cancelled = self.service, self._relay.progress.emit, self._cancel.is_set
        self.work.run(lambda: service.keep_offline(wanted, service.repository(), relay, cancelled),
                      self._done, self._failed)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.running_changed.emit(running)

    def _progress(self, done: int, total: int) -> None:
        if not self.running:
            return
        self._meter.update(done, total)
        self.progress.emit(ProgressWords(self).describe(self._meter), int(1000 * done / total) if total else 0)

    def _done(self, report: FetchReport) -> None:
        self._set_running(False)
        self.finished.emit(report)

    def _failed(self, error: Exception) -> None:
        from ..sync.errors import Cancelled

        self._set_running(False)
        if isinstance(error, Cancelled):
            self.failed.emit(self.tr("Download cancelled; what arrived is kept and the next try resumes from there."))
        else:
            self.failed.emit(explain(error)[0])  # a bug's traceback is in the log

    def report_text(self, report: FetchReport) -> str:
        """What a finished download did, in one or a few sentences."""
        said = self.tr("%n document(s) kept on this computer.", "", len(report.fetched))
        if report.already:
            said += " " + self.tr("%n were already here.", "", report.already)
        for skipped in report.skipped:
            said += " " + self.tr("“{name}” was not kept: {reason}.").format(name=skipped.name,
                                                                             reason=say(skipped.reason))
        return said
