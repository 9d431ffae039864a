"""One window per user data folder: a second launch asks the first window to come forward and exits.

Who is first is settled by an OS lock on a file in the data folder, which costs nothing at start-up and
is released however the first window ends. The local socket that carries "come forward" (and QtNetwork,
which it needs) is set up only after the window is on screen; a second launch keeps trying for a few
seconds to reach it, or to take the lock if the first window is closing.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, BinaryIO, Literal

from PySide6.QtCore import QObject, Signal

from ..locks import hold, unlock
from ..paths import WINDOW_LOCK

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtNetwork import QLocalServer

Start = Literal["first", "handed over", "no answer"]
CONNECT_TIMEOUT_MS = 1000
REACH_FOR_S = 5.0  # how long a second launch keeps trying to reach a first window that is still starting
RETRY_S = 0.1


class SingleInstance(QObject):
    activated = Signal()  # another launch wants this window in front

    def __init__(self, data_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_folder = data_folder
        self.lock_path = data_folder / WINDOW_LOCK
        self.server: QLocalServer | None = None
        self._lock: BinaryIO | None = None

    @property
    def key(self) -> str:
        """The local socket's name, one per data folder."""
        import hashlib

        return "tvet-desktop-" + hashlib.sha256(str(self.data_folder.resolve()).encode()).hexdigest()[:16]

    def claim(self) -> bool:
        """True when this is the only window on the data folder (it then holds the lock until it exits)."""
        try:
            self._lock = hold(self.lock_path)
        except OSError:
            return True  # a read-only data folder without a lock file: no window can write there anyway
        return self._lock is not None

    def claim_or_hand_over(self, reach_for_s: float = REACH_FOR_S) -> Start:
        """Become the window, or ask the running one to come forward. The running window listens only once
        it is up, and may be closing, so both are tried until one works or ``reach_for_s`` has passed."""
        give_up = time.monotonic() + reach_for_s
        while True:
            if self.claim():
                return "first"
            if self._ask_to_come_forward():
                return "handed over"
            if time.monotonic() >= give_up:
                return "no answer"
            time.sleep(RETRY_S)

    def _ask_to_come_forward(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(b"raise\n")
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.key)  # a server file left behind by a crash
        self.server = QLocalServer(self)
        self.server.listen(self.key)
        self.server.newConnection.connect(self._connection)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        if self._lock is not None:
            unlock(self._lock)
            self._lock = None

    def _connection(self) -> None:
        assert self.server is not None
        socket = self.server.nextPendingConnection()
        if socket is not None:
            socket.disconnected.connect(socket.deleteLater)
        self.activated.emit()
