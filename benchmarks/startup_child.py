"""One start-up, timed from outside: ``python -m benchmarks.startup_child app|bare [SNAPSHOT]``.

Prints ``READY <peak RSS KiB>`` once the window has painted (for the app: its result list has painted
results), then exits at once; the parent times launch to that line. The app is started through its real
entry point, ``tvet_desktop.launch.main`` (what the ``tvet-desktop`` command and ``python -m tvet_desktop``
run), so the benchmark follows any change to how the window is composed. Off-screen; the parent chooses
the data folder (fresh for a first start).
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
if sys.argv[1:2] == ["app"]:
    # The real launch order: the ``tvet-desktop`` script imports the app's entry module first (which pauses
    # the garbage collector for the start-up), and that module imports Qt only when the window is asked for.
    import tvet_desktop.launch  # noqa: F401

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QTextBrowser,
    QWidget,
)


class FirstPaint(QObject):
    """Reports after the first Paint of an item view's viewport once the view has rows (the report runs
    only after that paint ends). Installed on that one viewport, in both modes: an application-wide Python
    filter would be called for every event of every widget (about 1,750 in the app against 230 in the bare
    window), several milliseconds of the benchmark's own Python that the app itself never runs.
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.view.model().rowCount() > 0:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False


def watch_the_apps_results() -> None:
    """Watch the result list of every main window the app builds, from the moment it is built."""
    from tvet_desktop.ui.main_window import MainWindow

    build = MainWindow.__init__

    def build_and_watch(window: MainWindow, *args: Any, **kwargs: Any) -> None:
        build(window, *args, **kwargs)
        FirstPaint(window.results.list)

    MainWindow.__init__ = build_and_watch  # type: ignore[method-assign,assignment]


def report() -> None:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forked parent across exec.
    with open("/proc/self/status") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    print(f"READY {peak}", flush=True)
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
    FirstPaint(listing)
    window.resize(1280, 800)
    window.show()
    app.window = window  # type: ignore[attr-defined]  # keep it alive
    app.exec()


def main() -> None:
    threading.Timer(120, lambda: os._exit(3)).start()  # never hang the parent
    if sys.argv[1] == "bare":
        bare(QApplication(sys.argv[:1]))
    else:  # the app makes its own QApplication, as it does when a user starts it
        from tvet_desktop.launch import main as tvet_desktop

        watch_the_apps_results()
        tvet_desktop(["--catalog", sys.argv[2]] if len(sys.argv) > 2 else [])
    os._exit(4)  # the event loop ended without a paint


if __name__ == "__main__":
    main()
