"""One window per user data folder: a second launch asks the first window to come forward and exits."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000


def instance_key(data_folder: Path) -> str:
    return "tvet-desktop-" + hashlib.sha256(str(data_folder.resolve()).encode()).hexdigest()[:16]


class SingleInstance(QObject):
    activated = Signal()  # another launch wants this window in front

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.server: QLocalServer | None = None

    def signal_running_instance(self) -> bool:
        """True (after asking it to come forward) when another instance already runs."""
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(b"raise\n")
        socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> None:
        QLocalServer.removeServer(self.key)  # a server file left behind by a crash
        self.server = QLocalServer(self)
        self.server.listen(self.key)
        self.server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        assert self.server is not None
        socket = self.server.nextPendingConnection()
        if socket is not None:
            socket.disconnected.connect(socket.deleteLater)
        self.activated.emit()
