"""The one way the window runs slow work: on a thread pool, with the answer delivered on the GUI thread.

A job returns data or raises. What it raised reaches the caller as the exception object: an error the user
can act on (:class:`..errors.UserError`) to be shown as it is, anything else a bug, logged with its
traceback (:func:`explain`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ..errors import damage, user_message

Failed = Callable[[Exception], None]
MIN_THREADS = 4


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception the job raised


class _Task(QRunnable):
    def __init__(self, job: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.job, self.signals = job, signals

    def run(self) -> None:
        try:
            result = self.job()
        except Exception as error:  # delivered to the caller, never lost
            if user_message(error) is None:  # a bug
                from ..logs import logger  # imported on failure only (see ..startup)

                logger(__name__).error("background job failed", exc_info=error)
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class Latest:
    """A slot for one kind of request (a search) where only the newest one matters.

    Each request takes a ticket; a job whose ticket is no longer the newest is skipped when a worker
    picks it up, and its answer is dropped if it was already running. The newest job always runs.
    Reading the ticket from a worker thread is safe: it is one int, replaced under the GIL.
    """

    def __init__(self) -> None:
        self._newest = 0

    def take(self) -> int:
        self._newest += 1
        return self._newest

    def is_newest(self, ticket: int) -> bool:
        return ticket == self._newest


_SKIPPED = object()  # what a job returns when a newer request replaced it before it started


class BackgroundWork(QObject):
    """Runs jobs off the GUI thread. A job returns data; only the callbacks touch widgets."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        # Threads are kept, not retired after 30 s idle: each one opens its own database connections
        # (db.ThreadConnections), which would otherwise pile up with every new thread.
        self.pool.setExpiryTimeout(-1)
        # Long jobs (adding a folder, a download, documents waiting for another program) must not hold up the
        # searches, also on a laptop with one or two cores (the pool's default: one thread per core).
        self.pool.setMaxThreadCount(max(MIN_THREADS, self.pool.maxThreadCount()))
        self._running: set[_Signals] = set()

    def run(self, job: Callable[[], Any], on_done: Callable[[Any], None], on_error: Failed) -> None:
        signals = _Signals()
        self._running.add(signals)

        def finish() -> None:
            self._running.discard(signals)

        signals.done.connect(on_done)
        signals.failed.connect(on_error)
        signals.done.connect(finish)
        signals.failed.connect(finish)
        self.pool.start(_Task(job, signals))

    def run_latest(self, slot: Latest, job: Callable[[Callable[[], bool]], Any], on_done: Callable[[Any], None],
                   on_error: Failed) -> None:
        """Like :meth:`run`, but only for the newest request in ``slot``: older ones never start or report.
        ``job`` is given a ``should_stop()`` test, true once a newer request came, so that it can stop early."""
        ticket = slot.take()

        def should_stop() -> bool:
            return not slot.is_newest(ticket)

        def newest_only() -> Any:
            return _SKIPPED if should_stop() else job(should_stop)

        def done(result: Any) -> None:
            if result is not _SKIPPED and slot.is_newest(ticket):
                on_done(result)

        def failed(error: Exception) -> None:
            if slot.is_newest(ticket):
                on_error(error)

        self.run(newest_only, done, failed)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)


def explain(error: Exception) -> tuple[str, str]:
    """What to tell the user about ``error``: its sentence, and for a bug the traceback as details."""
    message = user_message(error)
    if message is not None:
        return translated_message(error, message), ""
    import traceback

    from ..logs import log_file

    details = "".join(traceback.format_exception(error))
    return QCoreApplication.translate("errors", "Something went wrong inside TVET Desktop ({problem}); the details "
                                                "are in {log}").format(problem=f"{type(error).__name__}: {error}",
                                                                       log=log_file()), details


def translated_message(error: BaseException, message: str) -> str:
    """``message`` (``user_message``'s English) in the window's language, when the error carries a sentence of
    the core (a code the window has its own sentence for: ui/sentences.py); a system's own message (OSError)
    stays as it is."""
    sentence = getattr(error, "sentence", None)
    if sentence is not None:
        from .sentences import say  # loaded with the first failed job, not with the window

        return say(sentence)
    damaged = damage(error)
    if damaged is not None:
        return QCoreApplication.translate("errors", "the catalogue or notes file is damaged ({problem})").format(
            problem=damaged)
    return message


def reason_words(reason: str) -> str:
    """A reason the core gave (why the notes are read-only), in the window's language."""
    from .sentences import say

    return say(reason)
