"""One start-up, timed from outside: ``python -m benchmarks.startup_child app|bare [SNAPSHOT]``.

Prints ``READY <peak RSS KiB> with[out]-qt-namespace`` once the window has painted (for the app: its result
list has painted results), then exits at once; the parent times launch to that line. The app is started through its real
entry point, ``tvet_desktop.launch.main`` (what the ``tvet-desktop`` command and ``python -m tvet_desktop``
run), so the benchmark follows any change to how the window is composed. Off-screen; the parent chooses
the data folder (fresh for a first start).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
if sys.argv[1:2] == ["app"]:
    # The real launch order: the ``tvet-desktop`` script imports the app's entry module first (which pauses
    # the garbage collector for the start-up), and that module imports Qt only when the window is asked for.
    # So this child imports nothing of Qt itself before the app has: the order of imports matters (PySide
    # inspects each module imported after it).
    import tvet_desktop.launch  # noqa: F401


def first_paint(view: Any) -> None:
    """Report after the first Paint of an item view's viewport once the view has rows (the report runs only
    after that paint ends). Installed on that one viewport, in both modes: an application-wide Python filter
    would be called for every event of every widget (about 1,750 in the app against 230 in the bare window),
    several milliseconds of the benchmark's own Python that the app itself never runs."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and view.model().rowCount() > 0:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, report)
            return False

    view.viewport().installEventFilter(FirstPaint(view))


class WatchTheAppsResults:
    """Once the app has imported its main window (where and when it does), every window it builds has its
    result list watched from the moment it is built. A finder needs only ``find_spec``: subclassing
    ``importlib.abc.MetaPathFinder`` would import ``importlib.resources`` (with ``tempfile``, ``shutil``,
    compression modules…), about 3 ms the app itself does not spend."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if name != "tvet_desktop.ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        load = spec.loader.exec_module

        def load_and_watch(module: Any) -> None:
            load(module)
            build = module.MainWindow.__init__

            def build_and_watch(window: Any, *args: Any, **kwargs: Any) -> None:
                build(window, *args, **kwargs)
                first_paint(window.results.list)

            module.MainWindow.__init__ = build_and_watch

        spec.loader.exec_module = load_and_watch  # type: ignore[method-assign]
        return spec


def report() -> None:
    """``READY <peak RSS KiB> with[out]-qt-namespace``: whether the window had PySide build the Qt namespace's
    enum types before its first paint (see tvet_desktop/ui/qt_values.py; tests/ui/test_qt_values.py reads it)."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forked parent across exec.
    with open("/proc/self/status") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    built = "Qt" in vars(sys.modules["PySide6.QtCore"])  # PySide adds it to the module when first asked for
    print(f"READY {peak} {'with' if built else 'without'}-qt-namespace", flush=True)
    os._exit(0)  # tear-down is not start-up


def bare(app: QApplication) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QTextBrowser, QWidget

    window = QMainWindow()
    listing, reader = QListWidget(), QTextBrowser()
    listing.addItems([f"Result {n}: a title of about ten words for a catalogue item" for n in range(100)])
    reader.setHtml("<h1>Title</h1><p>Some text to read.</p>")
    central = QWidget()
    layout = QHBoxLayout(central)
    layout.addWidget(listing)
    layout.addWidget(reader)
    window.setCentralWidget(central)
    first_paint(listing)
    window.resize(1280, 800)
    window.show()
    app.window = window  # type: ignore[attr-defined]  # keep it alive
    app.exec()


def main() -> None:
    threading.Timer(120, lambda: os._exit(3)).start()  # never hang the parent
    if sys.argv[1] == "bare":
        from PySide6.QtWidgets import QApplication

        bare(QApplication(sys.argv[:1]))
    else:  # the app makes its own QApplication, as it does when a user starts it
        from tvet_desktop.launch import main as tvet_desktop

        sys.meta_path.insert(0, WatchTheAppsResults())
        tvet_desktop(["--catalog", sys.argv[2]] if len(sys.argv) > 2 else [])
    os._exit(4)  # the event loop ended without a paint


if __name__ == "__main__":
    main()
