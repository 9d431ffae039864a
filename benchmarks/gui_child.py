"""Keystroke to painted results, in its own process: ``python -m benchmarks.gui_child SNAPSHOT [--quick]``.

The window is composed as ``tvet_desktop.ui.app.run_app`` does it and typed into letter by letter. A 1 ms
timer on the GUI thread records when it actually fires: any gap well above 1 ms is time the GUI thread was
blocked (by our own slots, painting, or waiting for the GIL held by the search thread). Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tvet_desktop.catalog import Catalog  # noqa: E402
from tvet_desktop.ui.main_window import MainWindow  # noqa: E402
from tvet_desktop.ui.palette import apply_palette  # noqa: E402
from tvet_desktop.ui.settings import WindowSettings  # noqa: E402
from tvet_desktop.ui.worker import BackgroundWork  # noqa: E402

from .stats import percentile  # noqa: E402

TYPED = ["digital teacher training", "welding safety", "apprenticeship"]
INTERVALS_MS = (80, 250)  # faster than the 150 ms debounce (one search at the end), and slower (one per key)
TIMEOUT_MS = 180_000


class StallMeter:
    """Gaps between the ticks of a 1 ms precise timer on the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=1, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self.last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def start(self) -> None:
        self.gaps, self.last = [], time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.gaps


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for_text(window: MainWindow, text: str) -> Any:
    """Run the event loop until results for ``text`` are shown and painted; returns (time, outcome)."""
    loop, found = QEventLoop(), []

    def shown(outcome: Any) -> None:
        if outcome.request.text == text and not found:
            window.results.list.viewport().repaint()  # paint now, inside the measured GUI-thread time
            found.append((time.perf_counter(), outcome))
            loop.quit()

    window.search_finished.connect(shown)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()
    window.search_finished.disconnect(shown)
    if not found:
        raise TimeoutError(f"no results for {text!r} within {TIMEOUT_MS} ms")
    return found[0]


def type_query(window: MainWindow, meter: StallMeter, text: str, interval: int) -> dict[str, Any]:
    if window.search_field.text():
        window.search_field.clear()
        wait_for_text(window, "")
    shown: list[str] = []

    def count(outcome: Any) -> None:
        shown.append(outcome.request.text)

    window.search_finished.connect(count)
    meter.start()
    for char in text:
        QTest.keyClicks(window.search_field, char)
        last_key = time.perf_counter()
        spin(interval)
    painted, outcome = wait_for_text(window, text)
    spin(100)  # stalls right after the results count too
    gaps = meter.stop()
    window.search_finished.disconnect(count)
    return {"query": text, "interval_ms": interval, "latency_ms": (painted - last_key) * 1000,
            "search_ms": outcome.elapsed_ms, "results": outcome.results.count, "searches_shown": len(shown),
            "max_gap_ms": max(gaps), "p95_gap_ms": percentile(gaps, 0.95), "p99_gap_ms": percentile(gaps, 0.99),
            "gaps_over_16ms": sum(g > 16 for g in gaps), "gaps": gaps}


def main() -> None:
    path, quick = Path(sys.argv[1]), "--quick" in sys.argv
    app = QApplication(sys.argv[:1])
    apply_palette(app, dark=False)
    with tempfile.TemporaryDirectory() as home, Catalog(path) as catalog:
        window = MainWindow(catalog, WindowSettings(Path(home) / "settings.ini"), BackgroundWork(app))
        window.remember_state = False
        started = time.perf_counter()
        window.show()
        window.run_search()
        first, _ = wait_for_text(window, "")  # the first search also builds the browse index
        meter = StallMeter()
        runs = [type_query(window, meter, text, interval)
                for interval in INTERVALS_MS for text in (TYPED[:1] if quick else TYPED)]
        window.close()
        window.work.wait(TIMEOUT_MS)
    gaps = [gap for run in runs for gap in run.pop("gaps")]
    print(json.dumps({"first_results_ms": (first - started) * 1000, "runs": runs,
                      "max_gap_ms": max(gaps), "p95_gap_ms": percentile(gaps, 0.95),
                      "p99_gap_ms": percentile(gaps, 0.99), "gaps_over_16ms": sum(g > 16 for g in gaps)}))


if __name__ == "__main__":
    main()
