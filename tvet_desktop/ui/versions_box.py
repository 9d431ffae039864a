"""The catalogue versions on this computer, and a way back to the one used before (rollback)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..sync.errors import SyncError

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
        roles = {"in use": self.tr("in use"), "previous": self.tr("used before"),
                 "bundled": self.tr("bundled with the app")}
        versions = self.service.versions()
        self.listing.setText("\n".join(self.tr("v{version} · {role} · from {origin}").format(
            version=v.version, role=roles[v.role], origin=v.origin) for v in versions))
        target = next((v for v in versions if v.role == "previous"), None)
        if target is None and len(versions) > 1:
            target = versions[-1]  # nothing before the one in use: back to the bundled catalogue
        self.rollback_button.setEnabled(target is not None)
        self.rollback_button.setText(self.tr("Roll back to v{version}").format(version=target.version) if target
                                     else self.tr("Roll back"))

    def rollback(self) -> None:
        try:
            active = self.service.rollback()
        except (SyncError, OSError) as error:
            self.message.emit(str(error))
            return
        self.refresh()
        self.message.emit(self.tr("Now using catalogue v{version}; roll back again to undo.").format(
            version=active.version))
        self.rolled_back.emit(active)
