"""The one way the window runs slow work: on a thread pool, with the answer delivered on the GUI thread."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str, str)


class _Task(QRunnable):
    def __init__(self, job: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.job, self.signals = job, signals

    def run(self) -> None:
        try:
            result = self.job()
        except Exception as error:  # delivered to the caller, never lost
            details = traceback.format_exc()
            log.error("background job failed:\n%s", details)
            self.signals.failed.emit(str(error) or type(error).__name__, details)
        else:
            self.signals.done.emit(result)


class BackgroundWork(QObject):
    """Runs jobs off the GUI thread. A job returns data; only the callbacks touch widgets."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[_Signals] = set()

    def run(self, job: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[str, str], None]) -> None:
        signals = _Signals()
        self._running.add(signals)

        def finish() -> None:
            self._running.discard(signals)

        signals.done.connect(on_done)
        signals.failed.connect(on_error)
        signals.done.connect(finish)
        signals.failed.connect(finish)
        self.pool.start(_Task(job, signals))

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)
