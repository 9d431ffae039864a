"""An unexpected error never ends the app silently: it is written to the log and the user sees what
happened and where the log is. Errors in background jobs reach their callers (``worker.explain``); this
catches the rest: a slot or a Qt override that raised, and a failure in a thread of our own.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from types import TracebackType


def install() -> None:
    """Report what nothing else caught (PySide hands an exception raised in a slot to ``sys.excepthook``)."""
    sys.excepthook = _report
    threading.excepthook = _report_thread


def _report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    from ..logs import log_file, logger

    logger("crash").error("unexpected error", exc_info=(kind, error, trace))
    show(f"{kind.__name__}: {error}", log_file(), "".join(_format(kind, error, trace)))


def _report_thread(args: threading.ExceptHookArgs) -> None:
    from ..logs import logger

    if args.exc_value is not None:
        logger("crash").error("unexpected error in a thread", exc_info=(args.exc_type, args.exc_value,
                                                                        args.exc_traceback))


def _format(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> list[str]:
    import traceback

    return traceback.format_exception(kind, error, trace)


def show(what: str, log: object, details: str) -> None:
    """The dialog: what happened, that the app goes on, and where the log is."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    if not isinstance(QApplication.instance(), QApplication):
        print(f"TVET Desktop: unexpected error ({what}); the details are in {log}", file=sys.stderr)
        return
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, QMessageBox)]
    parent = QApplication.activeWindow() or (windows[0] if windows else None)
    title = QCoreApplication.translate("crash", "Something went wrong")
    text = QCoreApplication.translate("crash", "TVET Desktop met an unexpected problem ({what}). Your notes are "
                                               "saved as you type; if something no longer works, close and open "
                                               "the app again. The details are in {log}: please send that file to "
                                               "whoever looks after this computer.")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text.format(what=what, log=log), parent=parent)
    box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        box.exec()  # nothing else would keep it open
    else:
        box.open()
