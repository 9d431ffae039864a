"""One start-up, timed from outside: ``python -m benchmarks.startup_child app|bare [SNAPSHOT]``.

Prints ``READY <peak RSS KiB>`` once the window has painted (for the app: painted its first results),
then exits at once; the parent times launch to that line. Off-screen, with a fresh settings folder.
"""

from __future__ import annotations

import os
import resource
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListWidget, QMainWindow, QTextBrowser, QWidget  # noqa: E402


class FirstPaint(QObject):
    """Reports after the first Paint of ``widget`` once ``armed``; the report runs after that paint ends."""

    def __init__(self, widget: QWidget, armed: bool) -> None:
        super().__init__()
        self.armed = armed
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint:
            self.armed = False
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    print(f"READY {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    os._exit(0)  # tear-down is not start-up


def bare() -> FirstPaint:
    app = QApplication(sys.argv[:1])
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
    watcher = FirstPaint(listing.viewport(), armed=True)
    window.show()
    app.window = window  # type: ignore[attr-defined]  # keep it alive
    return watcher


def tvet_app(snapshot: str | None) -> FirstPaint:
    """Composed exactly as tvet_desktop.ui.app.run_app does (without the blocking app.exec)."""
    import tvet_desktop.cli  # noqa: F401  # what `python -m tvet_desktop` imports first
    from tvet_desktop.catalog import Catalog
    from tvet_desktop.paths import bundled_snapshot, settings_file
    from tvet_desktop.ui.main_window import MainWindow
    from tvet_desktop.ui.palette import apply_palette
    from tvet_desktop.ui.settings import WindowSettings
    from tvet_desktop.ui.worker import BackgroundWork

    catalog = Catalog(snapshot or bundled_snapshot())
    app = QApplication(sys.argv[:1])
    app.setApplicationName("TVET Desktop")
    apply_palette(app, dark=False)
    window = MainWindow(catalog, WindowSettings(settings_file()), BackgroundWork(app))
    watcher = FirstPaint(window.results.list.viewport(), armed=False)
    window.search_finished.connect(lambda _: setattr(watcher, "armed", True))  # the paint showing results
    window.show()
    window.run_search()
    app.window = window  # type: ignore[attr-defined]
    return watcher


def main() -> None:
    mode = sys.argv[1]
    watcher = bare() if mode == "bare" else tvet_app(sys.argv[2] if len(sys.argv) > 2 else None)
    QTimer.singleShot(120_000, lambda: os._exit(3))  # never hang the parent
    QApplication.exec()
    del watcher


if __name__ == "__main__":
    main()
