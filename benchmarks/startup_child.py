"""One start-up, timed from outside: ``python -m benchmarks.startup_child app|bare [SNAPSHOT]``.

Prints ``READY <peak RSS KiB>`` once the window has painted (for the app: its result list has painted
results), then exits at once; the parent times launch to that line. The app is started through its real
entry point, ``tvet_desktop.cli.main`` (what ``python -m tvet_desktop`` runs), so the benchmark follows any
change to how the window is composed. Off-screen; the parent gives each run a fresh data folder.
"""

from __future__ import annotations

import os
import resource
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListView, QListWidget, QMainWindow, QTextBrowser, QWidget


class FirstPaint(QObject):
    """Reports after the first Paint of a list viewport that has rows; the report runs once that paint ends.

    Installed on the application in both modes, so both pay the same per-event filter cost.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            view = watched.parent()
            if isinstance(view, QListView) and view.model() is not None and view.model().rowCount() > 0:
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, report)
        return False


def report() -> None:
    print(f"READY {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    os._exit(0)  # tear-down is not start-up


def bare(app: QApplication) -> None:
    window = QMainWindow()
    listing, reader = QListWidget(), QTextBrowser()
    listing.addItems([f"Result {n}: a title of about ten words for a catalogue item" for n in range(100)])
    reader.setHtml("<h1>Title</h1><p>Some text to read.</p>")
    central = QWidget()
    layout = QHBoxLayout(central)
    layout.addWidget(listing)
    layout.addWidget(reader)
    window.setCentralWidget(central)
    window.resize(1280, 800)
    window.show()
    app.window = window  # type: ignore[attr-defined]  # keep it alive
    app.exec()


def main() -> None:
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])  # run_app takes over an existing QApplication
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    QTimer.singleShot(120_000, lambda: os._exit(3))  # never hang the parent
    if mode == "bare":
        bare(app)
    else:
        from tvet_desktop.cli import main as tvet_desktop

        tvet_desktop(["--catalog", sys.argv[2]] if len(sys.argv) > 2 else [])
    os._exit(4)  # the event loop ended without a paint


if __name__ == "__main__":
    main()
