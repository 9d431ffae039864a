"""Opening the user's documents in the background, so that the window never waits for them: at once, or, while
another program adds documents (it holds their lock as long as one file takes) or their index of an earlier
version is rebuilt, as soon as that is done. Closing the window stops the waiting, and an upgrade (one
transaction: it runs again, from the start, at the next start)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..documents.service import DocumentService
    from .worker import BackgroundWork

RETRY_S = 0.5  # between two tries while another program holds the documents


class DocumentsOpening(QObject):
    awaited = Signal(str)  # "busy" (another program adds documents) or "upgrade": why they are not there yet
    opened = Signal(object)  # the DocumentService
    failed = Signal(object)  # the exception that keeps them closed

    def __init__(self, open_documents: Callable[..., DocumentService], work: BackgroundWork,
                 parent: QObject | None = None) -> None:
        """``open_documents(wait=..., upgrade=..., should_stop=...)``: as
        :meth:`..documents.service.DocumentService.open`."""
        super().__init__(parent)
        self.open_documents, self.work = open_documents, work
        self._closing = threading.Event()

    def start(self, awaited: str | None = None) -> None:
        """Open them; ``awaited``: the reason a try at start-up already gave (they are waited for at once)."""
        if awaited is None:
            self.work.run(self._quickly, self._done, self._failed)
        else:
            self._wait_for_them(awaited)

    def stop(self) -> None:
        """The window is closing: a wait ends within a try, an upgrade soon; documents opened meanwhile are
        closed again."""
        self._closing.set()

    def _quickly(self) -> DocumentService | str:
        from ..documents.store import WouldWait

        try:
            return self.open_documents(wait=False)
        except WouldWait as error:
            return error.reason

    def _patiently(self) -> DocumentService | None:
        """Tried again every half second while another program holds them (upgraded on the way if need be);
        None once the window is closing."""
        from ..db import Stopped
        from ..documents.store import WouldWait

        while not self._closing.is_set():
            try:
                return self.open_documents(wait=False, upgrade=True, should_stop=self._closing.is_set)
            except WouldWait:
                self._closing.wait(RETRY_S)
            except Stopped:
                return None
        return None

    def _done(self, found: DocumentService | str | None) -> None:
        if self._closing.is_set():
            if found is not None and not isinstance(found, str):
                found.close()
        elif isinstance(found, str):
            self._wait_for_them(found)
        elif found is not None:
            self.opened.emit(found)

    def _failed(self, error: Exception) -> None:
        if not self._closing.is_set():
            self.failed.emit(error)

    def _wait_for_them(self, reason: str) -> None:
        self.awaited.emit(reason)
        self.work.run(self._patiently, self._done, self._failed)
