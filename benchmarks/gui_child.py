"""Keystroke to painted results, in its own process: ``python -m benchmarks.gui_child SNAPSHOT [--quick]``.

The app is started as ``python -m tvet_desktop --catalog SNAPSHOT`` would start it, and its window is typed
into letter by letter. A 1 ms timer on the GUI thread records when it actually fires: any gap well above 1 ms
is time the GUI thread was blocked (by slots, layout, painting, or waiting for the GIL held by the search
thread). Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
from array import array
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tvet_desktop.launch import main as tvet_desktop
from tvet_desktop.ui.main_window import MainWindow

from .stats import percentile

TYPED = ["digital teacher training", "welding safety", "apprenticeship"]
INTERVALS_MS = (80, 250)  # faster than the 150 ms debounce (one search at the end), and slower (one per key)
TIMEOUT_MS = 180_000


class StallMeter:
    """Gaps between the ticks of a 1 ms precise timer on the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=1, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.gaps = array("d")  # not a list: the collector would walk its 100,000s of items, in the app's process
        self.last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def start(self) -> None:
        self.gaps, self.last = array("d"), time.perf_counter()
        self.timer.start()

    def stop(self) -> array[float]:
        self.timer.stop()
        return self.gaps


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Arrivals(QObject):
    """When the results for the expected text have been painted, the way the event loop paints them.

    The result list's viewport is watched for its next Paint after the results arrive; the time is taken
    once that paint (and whatever else Qt painted with it, such as the facet counts) has finished. Forcing
    repaints here instead would paint twice: a widget's repaint() flushes every dirty widget of the window.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window, self.wanted, self.shown = window, "", 0
        self.found: tuple[float, Any, float] | None = None
        self.loop: QEventLoop | None = None
        self._outcome: Any = None
        self._paint_started = 0.0
        window.search_finished.connect(self._shown)

    def expect(self, text: str) -> None:
        self.wanted, self.found, self.shown, self._outcome = text, None, 0, None

    def _shown(self, outcome: Any) -> None:
        self.shown += 1
        if outcome.request.text == self.wanted and self._outcome is None:
            self._outcome = outcome
            self.window.results.list.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._paint_started = time.perf_counter()
            QTimer.singleShot(0, self._painted)  # runs once this paint has finished
        return False

    def _painted(self) -> None:
        now = time.perf_counter()
        self.found = (now, self._outcome, (now - self._paint_started) * 1000)
        if self.loop is not None:
            self.loop.quit()

    def wait(self) -> tuple[float, Any, float]:
        """(time painted, outcome, paint ms), running the event loop until then."""
        if self.found is None:
            self.loop = QEventLoop()
            QTimer.singleShot(TIMEOUT_MS, self.loop.quit)
            self.loop.exec()
            self.loop = None
        if self.found is None:
            raise TimeoutError(f"no results for {self.wanted!r} within {TIMEOUT_MS} ms")
        return self.found


def type_query(window: MainWindow, arrivals: Arrivals, meter: StallMeter, text: str, interval: int) -> dict[str, Any]:
    if window.search_field.text():
        arrivals.expect("")
        window.search_field.clear()
        arrivals.wait()
    window.work.wait(TIMEOUT_MS)  # no search left over from the previous run
    arrivals.expect(text)
    meter.start()
    for char in text:
        QTest.keyClicks(window.search_field, char)
        last_key = time.perf_counter()
        spin(interval)
    painted, outcome, paint_ms = arrivals.wait()
    shown = arrivals.shown
    spin(100)  # stalls right after the results count too
    gaps = meter.stop()
    return {"query": text, "interval_ms": interval, "latency_ms": (painted - last_key) * 1000,
            "search_ms": outcome.elapsed_ms, "paint_ms": paint_ms, "results": outcome.results.count,
            "searches_shown": shown,
            "max_gap_ms": max(gaps), "p95_gap_ms": percentile(gaps, 0.95), "p99_gap_ms": percentile(gaps, 0.99),
            "gaps_over_16ms": sum(g > 16 for g in gaps), "gaps": gaps}


def benchmark(app: QApplication, quick: bool) -> None:
    """Runs inside the app's own event loop, on the window ``run_app`` built."""
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    arrivals, meter = Arrivals(window), StallMeter()
    if not window.results_model.rowCount():  # run_app's first search (it builds the browse index) is not back yet
        arrivals.wait()
    # The session's first typing pays one-time costs (glyph caches, the clear button): shown, not counted.
    cold = type_query(window, arrivals, meter, TYPED[0], INTERVALS_MS[0])
    runs = [type_query(window, arrivals, meter, text, interval)
            for interval in INTERVALS_MS for text in (TYPED[:1] if quick else TYPED)]
    gaps = [gap for run in runs for gap in run.pop("gaps")]
    cold.pop("gaps")
    print(json.dumps({"cold": cold, "runs": runs, "max_gap_ms": max(gaps), "p95_gap_ms": percentile(gaps, 0.95),
                      "p99_gap_ms": percentile(gaps, 0.99), "gaps_over_16ms": sum(g > 16 for g in gaps)}), flush=True)
    os._exit(0)  # skip closing and tear-down: not part of what is measured


def main() -> None:
    """Starts the app through its real entry point (``python -m tvet_desktop --catalog SNAPSHOT``)."""
    snapshot, quick = sys.argv[1], "--quick" in sys.argv
    with tempfile.TemporaryDirectory() as home:
        os.environ["TVET_DESKTOP_DATA_DIR"] = home  # fresh settings: no restored query
        app = QApplication(sys.argv[:1])  # run_app takes over an existing QApplication

        def start() -> None:
            try:
                benchmark(app, quick)
            except Exception:
                traceback.print_exc()
                os._exit(1)

        QTimer.singleShot(0, start)
        tvet_desktop(["--catalog", snapshot])
    sys.exit(5)  # the app's event loop ended before the benchmark did


if __name__ == "__main__":
    main()
