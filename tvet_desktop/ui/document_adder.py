"""Adding documents from the window: the files or folder chosen (or dropped on the window) are added in the
background, with a progress bar, a count and Cancel in the status bar; the window stays usable meanwhile.
Re-reading a folder that changed goes the same way (its new files are added, a changed one replaces its earlier
version, the files the user removed are left out; the documents whose file left it are named, and kept)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from .plain import message_box
from .qt_values import PLAIN_TEXT

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from ..documents.records import AddReport
    from ..documents.service import DocumentService
    from .worker import BackgroundWork

SHOWN_FAILURES = 12  # the message lists this many failed files; Details has them all


class _Relay(QObject):
    """Carries progress from the worker thread to the bar (queued onto the GUI thread)."""

    progress = Signal(int, int, str)


class DocumentAdder(QWidget):
    finished = Signal(object)  # AddReport, once shown

    def __init__(self, service: DocumentService | None, work: BackgroundWork, parent: QWidget | None = None) -> None:
        """``service`` may come later (the window opens the documents after its first paint); the widget is
        in the status bar from the start, which it makes as tall as it will be."""
        super().__init__(parent)
        self.service, self.work = service, work
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        self.running = False
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Adding documents"))
        self.bar.setMaximumWidth(160)
        self.count = QLabel()
        self.count.setProperty("textFormat", PLAIN_TEXT)  # a file name is anyone's text (qt_values.py: why so)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop adding; the documents added so far are kept"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def add(self, paths: list[Path]) -> bool:
        """Start adding ``paths``; False (and a message) while an earlier add is still running."""
        service, progress, stop = self.service, self._relay.progress.emit, self._cancel.is_set
        return service is not None and self._start(lambda: service.add(paths, progress, stop))

    def rescan(self, folder: Path) -> bool:
        """Read ``folder`` again (documents were added from it before); False while an add is running."""
        service, progress, stop = self.service, self._relay.progress.emit, self._cancel.is_set
        return service is not None and self._start(lambda: service.rescan(folder, progress, stop))

    def _start(self, job: Callable[[], Any]) -> bool:
        if self.running:
            from PySide6.QtWidgets import QMessageBox  # made when first needed, not at start-up

            message_box(self.window(), QMessageBox.Icon.Information, self.tr("Adding documents"),
                        self.tr("Documents are still being added; add these once it has finished.")).open()
            return False
        self.running = True
        self._cancel.clear()
        self.bar.setRange(0, 0)
        self.count.setText(self.tr("Looking for documents…"))
        self.cancel_button.setEnabled(True)
        self.show()
        self.work.run(job, self._done, self._failed)
        return True

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.count.setText(self.tr("Stopping after this file…"))

    def _progress(self, done: int, total: int, name: str) -> None:
        if self._cancel.is_set():
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.count.setText(self.tr("Adding {done} of {total}: {name}").format(done=done + 1, total=total, name=name)
                           if done < total else "")

    def _done(self, report: AddReport) -> None:
        self.running = False
        self.hide()
        self._tell(report)
        self.finished.emit(report)

    def _failed(self, error: Exception) -> None:
        from .worker import explain

        self.running = False
        self.hide()
        message, details = explain(error)
        from PySide6.QtWidgets import QMessageBox

        box = message_box(self.window(), QMessageBox.Icon.Warning, self.tr("Documents not added"),
                          self.tr("Adding documents stopped: {message}. The documents added before it are kept.")
                          .format(message=message))
        if details:
            box.setDetailedText(details)
        box.open()

    def summary(self, report: AddReport) -> str:
        """One line for the status bar: how many were added, updated, already there, not added."""
        new_versions = {new.id for _, new in report.replaced}
        added = sum(1 for document in report.added if document.id not in new_versions)
        parts = [self.tr("%n document(s) added", "", added)] if added or not report.replaced else []
        if report.replaced:
            parts.append(self.tr("%n updated to the new version of its file", "", len(report.replaced)))
        if report.skipped:
            parts.append(self.tr("%n already there", "", len(report.skipped)))
        if report.removed_before:
            parts.append(self.tr("%n left out: you removed them before", "", len(report.removed_before)))
        if report.failed:
            parts.append(self.tr("%n could not be added", "", len(report.failed)))
        if report.gone:
            parts.append(self.tr("%n no longer in the folder (kept until you remove it)", "", len(report.gone)))
        if report.stopped:
            parts.append(self.tr("stopped before the end"))
        return "; ".join(parts) + "."

    def _tell(self, report: AddReport) -> None:
        from PySide6.QtWidgets import QMessageBox  # made when first needed, not at start-up

        if report.gone and not report.failed:
            titles = "\n".join("• " + document.title for document in report.gone[:SHOWN_FAILURES])
            message_box(self.window(), QMessageBox.Icon.Information, self.tr("Folder read again"),
                        self.summary(report) + "\n\n" + self.tr(
                            "These documents are no longer in the folder; they stay in My documents until you "
                            "remove them:") + "\n" + titles).open()
        if not report.failed:
            return
        from .sentences import say

        reasons = [say(failure.reason) for failure in report.failed]
        shown = "\n".join("• " + reason for reason in reasons[:SHOWN_FAILURES])
        more = len(report.failed) - SHOWN_FAILURES
        text = self.summary(report) + "\n\n" + shown + ("\n" + self.tr("… and %n more (see Details).", "", more)
                                                        if more > 0 else "")
        from PySide6.QtWidgets import QMessageBox

        box = message_box(self.window(), QMessageBox.Icon.Warning, self.tr("Some documents were not added"), text)
        box.setDetailedText("\n".join(f"{failure.path}: {reason}" for failure, reason in zip(report.failed, reasons,
                                                                                            strict=True)))
        box.open()
