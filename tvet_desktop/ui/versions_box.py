"""The catalogue versions on this computer, and a way back to the one used before (rollback)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..sync.errors import SyncError
from ..sync.store import BUNDLED_ORIGIN
from .local_format import sync_words
from .worker import explain

if TYPE_CHECKING:
    from ..sync.service import UpdateService


class VersionsBox(QGroupBox):
    rolled_back = Signal(object)  # ActiveCatalogue now in use
    message = Signal(str)

    def __init__(self, service: UpdateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Versions on this computer"))
        self.service = service
        self.listing = QLabel()
        self.listing.setWordWrap(True)
        self.listing.setTextFormat(Qt.TextFormat.PlainText)  # an origin is a path or address someone named
        self.rollback_button = QPushButton()
        self.rollback_button.clicked.connect(self.rollback)
        row = QHBoxLayout()
        row.addWidget(self.listing, 1)
        row.addWidget(self.rollback_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        versions = self.service.versions()
        self.listing.setText("\n".join(self._line(v.version, v.role, v.origin) for v in versions))
        target = next((v for v in versions if v.role == "previous"), None)
        if target is None and len(versions) > 1:
            target = versions[-1]  # nothing before the one in use: back to the bundled catalogue
        self.rollback_button.setEnabled(target is not None)
        self.rollback_button.setText(self.tr("Roll back to v{version}").format(version=target.version) if target
                                     else self.tr("Roll back"))

    def _line(self, version: int, role: str, origin: str) -> str:
        if role == "bundled":
            return self.tr("v{version} · bundled with the app").format(version=version)
        if origin == BUNDLED_ORIGIN:
            return self.tr("v{version} · in use · bundled with the app").format(version=version)
        return (self.tr("v{version} · in use · from {origin}") if role == "in use"
                else self.tr("v{version} · used before · from {origin}")).format(version=version,
                                                                              origin=sync_words(origin))

    def rollback(self) -> None:
        try:
            active = self.service.rollback()
        except (SyncError, OSError) as error:
            self.message.emit(explain(error)[0])
            return
        self.refresh()
        self.message.emit(self.tr("Now using catalogue v{version}; roll back again to undo.").format(
            version=active.version))
        self.rolled_back.emit(active)
