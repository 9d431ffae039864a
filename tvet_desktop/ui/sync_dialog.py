"""Update the catalogue: from a server or from a file or folder (USB stick), with progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..sync.errors import NoTrustedKey, SyncError
from ..sync.keys import ADDED_BY_YOU
from ..sync.manifest import Manifest
from ..sync.progress import ProgressMeter
from ..sync.sentences import Sentence
from . import local_format
from .changes_view import ChangesView
from .local_format import sync_words
from .progress_words import ProgressWords
from .sentences import say
from .versions_box import VersionsBox
from .worker import BackgroundWork, explain

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..sync.client import SyncResult
    from ..sync.offline import FetchReport
    from ..sync.service import UpdateService
    from ..sync.store import ActiveCatalogue


class _Relay(QObject):
    """Carries progress from the worker thread to the dialog (queued onto the GUI thread)."""

    progress = Signal(int, int)
    stage = Signal(object)  # a stage's name, or the service's sentence about a retry (a str that keeps its code)


class SyncDialog(QDialog):
    installed = Signal(object)  # ActiveCatalogue, once a new version is in use (an update or a rollback)
    item_wanted = Signal(str)  # an item id from "What changed", to open

    def __init__(self, service: UpdateService, work: BackgroundWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.work = service, work
        self.setWindowTitle(self.tr("Update the catalogue"))
        self.setMinimumWidth(520)
        self._cancel = threading.Event()
        self._meter = ProgressMeter()
        self._relay = _Relay(self)
        self._import_path: Path | None = None  # an import whose documents are still to be copied
        self._relay.progress.connect(self._progress)
        self._relay.stage.connect(self._stage)
        self.running = False

        self.current = QLabel(self._describe(service.active()))
        self.current.setWordWrap(True)
        self.current.setTextFormat(Qt.TextFormat.PlainText)  # an import's origin is a path someone else named
        self.server = QLineEdit(service.server or "")
        self.server.setPlaceholderText(self.tr("https://… or http://192.168.1.20:8765/ (from `tvet-desktop share`)"))
        self.room = QCheckBox(self.tr("A computer in this room (running tvet-desktop share)"))
        self.room.setToolTip(self.tr("Its catalogue counts as carried by hand, like one on a USB stick: it is "
                                     "installed even after its update period if it is newer than yours."))
        self.keys = QListWidget()
        self.keys.setMaximumHeight(64)
        self.keys.setAccessibleName(self.tr("Trusted publishers"))
        self.keys.setAccessibleDescription(self.tr("The publishers whose signed catalogues this computer installs."))
        self.add_key_button = QPushButton(self.tr("Add key…"))
        self.remove_key_button = QPushButton(self.tr("Remove"))
        self.add_key_button.clicked.connect(self._add_key)
        self.remove_key_button.clicked.connect(self._remove_key)
        self.keys.currentRowChanged.connect(lambda _: self._key_selected())
        self._list_keys()
        self.stage_label = QLabel(self.tr("Nothing is downloaded until you press Update."))
        self.stage_label.setWordWrap(True)
        self.stage_label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = QLabel()  # e.g. a catalogue carried by hand installed after its update period
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setVisible(False)
        self.versions = VersionsBox(service)
        self.versions.message.connect(self.stage_label.setText)
        self.versions.rolled_back.connect(self._rolled_back)
        self.changes = ChangesView()
        self.changes.item_wanted.connect(self.item_wanted)
        self._before: ActiveCatalogue | None = None  # what was in use when an update started

        self.check_button = QPushButton(self.tr("C&heck"))
        self.update_button = QPushButton(self.tr("&Update from server"))
        self.update_button.setDefault(True)
        self.import_button = QPushButton(self.tr("&Import bundle…"))
        self.import_folder_button = QPushButton(self.tr("Import &folder…"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.hide()  # only while an update runs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.update_button.clicked.connect(self.start_sync)
        self.room.toggled.connect(lambda room: self.update_button.setText(
            self.tr("&Update from this computer") if room else self.tr("&Update from server")))
        self.check_button.clicked.connect(self.start_check)
        self.import_button.clicked.connect(self._choose_import)
        self.import_folder_button.clicked.connect(self._choose_import_folder)
        self.cancel_button.clicked.connect(self.cancel)

        form = QFormLayout()
        form.addRow(self.tr("In use:"), self.current)
        form.addRow(self.tr("Server:"), self.server)
        form.addRow("", self.room)
        key_buttons = QVBoxLayout()
        key_buttons.addWidget(self.add_key_button)
        key_buttons.addWidget(self.remove_key_button)
        key_buttons.addStretch(1)
        key_row = QHBoxLayout()
        key_row.addWidget(self.keys, 1)
        key_row.addLayout(key_buttons)
        form.addRow(self.tr("Trusted publishers:"), key_row)
        actions = QHBoxLayout()
        for button in (self.check_button, self.update_button, self.import_button, self.import_folder_button,
                       self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.versions)
        layout.addWidget(buttons)

    # -- trusted keys --------------------------------------------------------------------------
    def _list_keys(self) -> None:
        self.keys.clear()
        for key in self.service.trusted_keys():
            origin = sync_words(key.origin)
            entry = QListWidgetItem(self.tr("Key {key} · {origin}").format(key=key.keyid, origin=origin))
            entry.setData(Qt.ItemDataRole.UserRole, key.keyid if key.origin == ADDED_BY_YOU else None)
            self.keys.addItem(entry)
        if not self.keys.count():
            self.keys.addItem(self.tr("None yet: add the .pub file your catalogue publisher gave you."))
        self._key_selected()

    def _key_selected(self) -> None:
        current = self.keys.currentItem()
        self.remove_key_button.setEnabled(current is not None and bool(current.data(Qt.ItemDataRole.UserRole)))

    def _add_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Trust a publisher's key"), "",
                                              self.tr("Public key (*.pub);;Any file (*)"))
        if path:
            self.add_key(Path(path))

    def add_key(self, path: Path) -> None:
        try:
            key = self.service.trust_key(path)
        except (SyncError, OSError) as error:
            self.stage_label.setText(explain(error)[0])
            return
        self.stage_label.setText(self.tr("Catalogues signed with key {key} are now accepted.").format(key=key.keyid))
        self._list_keys()

    def _remove_key(self) -> None:
        current = self.keys.currentItem()
        keyid = current.data(Qt.ItemDataRole.UserRole) if current else None
        if keyid:
            try:
                self.service.distrust_key(keyid)
            except (SyncError, OSError) as error:
                self.stage_label.setText(explain(error)[0])
                return
            self.stage_label.setText(self.tr("Key {key} is no longer trusted.").format(key=keyid))
            self._list_keys()

    # -- starting ------------------------------------------------------------------------------
    def _server_address(self) -> str | None:
        server = self.server.text().strip()
        if not server:
            self.stage_label.setText(self.tr("Enter the address of an update server first."))
        return server or None

    def start_check(self) -> None:
        """Only ask whether a newer version exists (the small signed manifest, nothing else)."""
        server, room = self._server_address(), self.room.isChecked()
        if server:
            self._start(lambda: self.service.check(server, room))

    def start_sync(self) -> None:
        server, room = self._server_address(), self.room.isChecked()
        if server:
            self._start(lambda: self.service.sync(server, self._relay.progress.emit, self._cancel.is_set,
                                                  self._relay.stage.emit, room))

    def start_import(self, path: Path) -> None:
        self._import_path = path  # its documents are copied once the catalogue is in (_copy_documents)
        self._start(lambda: self.service.import_from(path, self._relay.progress.emit, self._cancel.is_set,
                                                     self._relay.stage.emit))

    def _copy_documents(self, path: Path, said: str) -> None:
        """The documents the export carries (only those its laptop kept), each checked against the catalogue now
        in use; after the catalogue's own result is shown, so a trainer sees it at once."""
        from ..sync.attachment_service import AttachmentService

        documents, progress, cancelled = AttachmentService(self.service), self._relay.progress.emit, self._cancel.is_set
        self._set_running(True)
        self.detail.setText(self.tr("Copying documents…"))

        def copied(report: FetchReport | None) -> None:
            self._set_running(False)
            self.bar.setVisible(False)
            count = len(report.fetched) if report is not None else 0
            self.detail.setText((said + " " + self.tr("%n document(s) copied from it.", "", count)).strip()
                                if count else said)

        def failed(error: Exception) -> None:
            self._set_running(False)
            self.bar.setVisible(False)
            self.detail.setText(self.tr("The documents could not be copied: {problem}").format(
                problem=explain(error)[0]))

        self.work.run(lambda: documents.import_documents(path, progress, cancelled), copied, failed)

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a catalogue bundle"), "",
                                              self.tr("Catalogue bundle (*.zip)"))
        if path:
            self.start_import(Path(path))

    def _choose_import_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Import a catalogue folder"))
        if path:
            self.start_import(Path(path))

    def _start(self, job: Callable[[], SyncResult | Manifest]) -> None:
        self._before = self.service.active()
        self.changes.hide()
        self._cancel.clear()
        self._meter = ProgressMeter()
        self._set_running(True)
        self.stage_label.setText(self.tr("Starting…"))
        self.notice.setVisible(False)

        self.work.run(job, self._finished, self._failed)

    def cancel(self) -> None:
        self._cancel.set()
        self.stage_label.setText(self.tr("Cancelling…"))

    # -- progress and the end ------------------------------------------------------------------
    def _stage(self, name: str) -> None:
        if isinstance(name, Sentence):  # "Trying again in 4 s (2 of 7): …"
            self.stage_label.setText(say(name))
            return
        self.stage_label.setText(self.tr("{stage}…").format(stage=sync_words(name)))

    def _progress(self, done: int, total: int) -> None:
        self._meter.update(done, total)
        self.bar.setVisible(True)
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(1000 * done / total) if total else 0)
        self.detail.setText(self._progress_text())

    def _progress_text(self) -> str:
        return ProgressWords(self).describe(self._meter)

    def _finished(self, result: SyncResult | Manifest) -> None:
        if isinstance(result, Manifest):
            self._checked(result)
            return
        self._set_running(False)
        self.bar.setVisible(False)
        self.detail.setText(self._transferred(result) if result.installed else "")
        self.stage_label.setText(self._result_text(result))
        self.notice.setText(say(result.notice))
        self.notice.setVisible(bool(result.notice))
        active = self.service.active()
        self.current.setText(self._describe(active))
        self.versions.refresh()
        if result.installed:
            self.installed.emit(active)
            self._show_changes(active)
        path, self._import_path = self._import_path, None
        if path is not None:
            self._copy_documents(path, self.detail.text())

    def _result_text(self, result: SyncResult) -> str:
        """What the update did, said by the window from the result's figures (``result.message`` is the
        command line's); an up-to-date catalogue carried by hand is said from the service's sentence."""
        installed = {
            "server": self.tr("Installed catalogue v{version} (%Ln item(s)) from the server.", "", result.item_count),
            "room": self.tr("Installed catalogue v{version} (%Ln item(s)) from this computer in the room.", "",
                            result.item_count),
            "usb": self.tr("Installed catalogue v{version} (%Ln item(s)) from this USB stick.", "", result.item_count),
            "folder": self.tr("Installed catalogue v{version} (%Ln item(s)) from this folder.", "", result.item_count),
            "file": self.tr("Installed catalogue v{version} (%Ln item(s)) from this file.", "", result.item_count),
        }
        if result.installed and result.source in installed:
            return installed[result.source].format(version=result.version)
        if not result.installed and result.source == "server":
            return self.tr("Catalogue v{installed} is up to date.").format(installed=result.version)
        return say(result.message)

    def _transferred(self, result: SyncResult) -> str:
        from ..sync.client import ALREADY_HERE  # loaded with the update itself, not with the dialog

        if result.method == ALREADY_HERE:
            return self.tr("This version was still on this computer: nothing had to be downloaded.")
        size = local_format.size(result.fetched)
        return (self.tr("{size} downloaded: only the changes.") if result.method == "delta"
                else self.tr("{size} downloaded: the whole catalogue.")).format(size=size)

    def _rolled_back(self, active: ActiveCatalogue) -> None:
        self.current.setText(self._describe(active))
        self.installed.emit(active)

    def _show_changes(self, active: ActiveCatalogue) -> None:
        """List what the update added, changed and removed (both files are read: off the GUI thread)."""
        before = self._before
        if before is None or before.path == active.path:
            return
        self.work.run(lambda: self.service.changes(before.path, active.path),
                      lambda changes: self.changes.show_changes(changes, before.version, active.version),
                      lambda error: None)  # the update itself succeeded; a bug is in the log

    def _checked(self, manifest: Manifest) -> None:
        self._set_running(False)
        installed = self.service.active().version
        self.stage_label.setText(
            self.tr("Catalogue v{offered} (published {published}) is available; you have v{installed}. Press Update "
                    "to install it.").format(offered=manifest.catalogue_version, installed=installed,
                                             published=local_format.date(manifest.created))
            if manifest.catalogue_version > installed
            else self.tr("Catalogue v{installed} is up to date.").format(installed=installed))

    def _failed(self, error: Exception) -> None:
        self._import_path = None
        message, _ = explain(error)  # a bug's traceback is in the log
        if isinstance(error, NoTrustedKey):  # the button is right here: no command to type
            message = self.tr("No publisher key is trusted yet: press Add key… and choose the .pub file your "
                              "catalogue publisher gave you")
        self._set_running(False)
        self.stage_label.setText(message + ("" if message.endswith(".") else "."))

    def _set_running(self, running: bool) -> None:
        self.running = running
        for widget in (self.check_button, self.update_button, self.import_button, self.import_folder_button,
                       self.server, self.room, self.close_button, self.add_key_button):
            widget.setEnabled(not running)
        self.versions.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)

    def _describe(self, active: ActiveCatalogue) -> str:
        if active.bundled:
            text = self.tr("Catalogue v{version}, bundled with the app").format(version=active.version)
        elif active.published:
            text = self.tr("Catalogue v{version} from {origin}, published {published}").format(
                version=active.version, origin=sync_words(active.origin), published=local_format.date(active.published))
        else:  # installed before publication dates were recorded
            text = self.tr("Catalogue v{version} from {origin}").format(version=active.version,
                                                                       origin=sync_words(active.origin))
        if active.problem:
            text += self.tr(" (because {problem})").format(problem=say(active.problem))
        return text

    def reject(self) -> None:
        if self.running:  # closing the dialog cancels; the partial download is kept for next time
            self.cancel()
            return
        super().reject()
