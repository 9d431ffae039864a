"""The PDF reader, in its own process: ``python -m benchmarks.bench_reader [--quick]``.

A 300-page PDF of running text is written with Qt's PDF writer, then opened in the reader as the window opens
a document, in a pane of 800×900:

- open: from asking the reader to show the PDF at page 1 until that page has been painted with its image
  (the image comes from Qt's render thread; the paint after it is the moment a reader sees the page). The first
  open of a process also imports Qt's PDF module and builds the reader: reported apart;
- turn: Page Down to a page not drawn before, until it is painted; and the same with the search's words marked
  (opened from a search: each page's text is read once, its words found and their places asked of pdfium);
- blocked: the longest gap of a 1 ms timer on the GUI thread during an open (the GUI thread is busy that long);
- baseline, measured in the same run: Qt's own ``QPdfDocument.load`` and ``render`` of page 1 at the same size,
  with no widget at all (the floor the reader is compared with).

Prints one JSON line, then the Markdown rows of docs/benchmarks.md.
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

from PySide6.QtCore import QEventLoop, QMarginsF, QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from .stats import summary

PAGES = 300
PANE = (800, 900)
PARAGRAPH = ("Hot work such as welding, cutting and grinding produces sparks and heat that can ignite nearby "
             "materials. Before any hot work begins, the supervisor checks the area, removes flammable materials "
             "within eleven metres, and issues a written permit. ")


def write_book(path: Path) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setResolution(72)
    painter = QPainter(writer)
    for page in range(1, PAGES + 1):
        if page > 1:
            writer.newPage()
        painter.setFont(QFont("DejaVu Serif", 18, QFont.Weight.Bold))
        painter.drawText(QRectF(60, 60, 475, 40), f"Chapter {(page - 1) // 30 + 1}, page {page}")
        painter.setFont(QFont("DejaVu Serif", 11))
        for paragraph in range(6):
            painter.drawText(QRectF(60, 120 + paragraph * 110, 475, 110), Qt.TextFlag.TextWordWrap, PARAGRAPH * 2)
    painter.end()
    return path


class Stalls:
    def __init__(self) -> None:
        self.timer = QTimer(interval=1, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.longest, self.last = 0.0, 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000)
        self.last = now

    def start(self) -> None:
        self.longest, self.last = 0.0, time.perf_counter()
        self.timer.start()


def until_painted(view: Any, page: int, action: Any) -> float:
    """Milliseconds from ``action()`` until ``page`` (from 0) has been rendered and then painted."""
    loop = QEventLoop()
    state = {"rendered": False, "done": 0.0}

    def rendered(number: int) -> None:
        state["rendered"] = state["rendered"] or number == page

    def painted() -> None:
        if state["rendered"] and not state["done"]:
            state["done"] = time.perf_counter()
            loop.quit()

    view.page_rendered.connect(rendered)
    view.painted.connect(painted)
    QTimer.singleShot(10_000, loop.quit)
    started = time.perf_counter()
    action()
    if not state["done"]:
        loop.exec()
    view.page_rendered.disconnect(rendered)
    view.painted.disconnect(painted)
    if not state["done"]:
        raise RuntimeError(f"page {page + 1} was never painted")
    return (state["done"] - started) * 1000


def measure(quick: bool) -> dict[str, Any]:
    app = QApplication.instance() or QApplication(["bench", "-style", "Fusion"])
    folder = Path(tempfile.mkdtemp(prefix="tvet-reader-bench-"))
    book = write_book(folder / "book.pdf")
    from tvet_desktop.search.marks import words_to_mark
    from tvet_desktop.ui.reader.document_view import Document, DocumentView
    from tvet_desktop.ui.settings import WindowSettings

    pane = DocumentView(WindowSettings(folder / "settings.ini"))
    pane.remember = False
    pane.resize(*PANE)
    pane.show()
    app.processEvents()
    stalls = Stalls()
    started = time.perf_counter()
    view = pane._pdf_reader().view  # what the first PDF of a session does first: import Qt PDF, build the reader
    built = (time.perf_counter() - started) * 1000
    first = built + until_painted(view, 0, lambda: pane.show_document(Document("bench", book, "application/pdf",
                                                                                page=1)))
    opens, turns, blocked = [], [], []
    for round_ in range(3 if quick else 15):
        copy = folder / f"book-{round_}.pdf"
        copy.write_bytes(book.read_bytes())  # a file pdfium has not seen
        stalls.start()
        opens.append(until_painted(view, 0, lambda copy=copy: pane.show_document(
            Document(f"bench-{copy.name}", copy, "application/pdf", page=1))))
        stalls.timer.stop()
        blocked.append(stalls.longest)
        for _ in range(2 if quick else 5):
            target = view.current_page() + 1
            turns.append(until_painted(view, target, lambda target=target: view.go_to(target)))
    marked = []
    for round_ in range(2 if quick else 5):
        copy = folder / f"marked-{round_}.pdf"
        copy.write_bytes(book.read_bytes())
        until_painted(view, 0, lambda copy=copy: pane.show_document(Document(
            f"bench-{copy.name}", copy, "application/pdf", page=1, words=tuple(words_to_mark("welding permit")))))
        for _ in range(2 if quick else 5):
            target = view.current_page() + 1
            marked.append(until_painted(view, target, lambda target=target: view.go_to(target)))
    marks = len(view.word_marks(view.current_page()))
    baseline = baseline_open(book, view.page_rects()[0].size())
    pane.close()
    return {"pages": PAGES, "pane": PANE, "first_open_ms": first, "reader_built_ms": built, "open_ms": summary(opens),
            "turn_ms": summary(turns), "turn_marked_ms": summary(marked), "marks_a_page": marks,
            "blocked_ms": summary(blocked), "baseline_ms": baseline}


def baseline_open(book: Path, size: Any) -> dict[str, float]:
    """Qt's PDF document alone: load the file and render page 1 at the size the reader shows it."""
    from PySide6.QtPdf import QPdfDocument

    samples = []
    for _ in range(15):
        started = time.perf_counter()
        document = QPdfDocument()
        document.load(str(book))
        document.render(0, size)
        samples.append((time.perf_counter() - started) * 1000)
        document.close()
    return summary(samples)


def rows(result: dict[str, Any]) -> list[str]:
    base = result["baseline_ms"]["median"]
    opened, turned = result["open_ms"], result["turn_ms"]
    return [
        "| What | Median | p95 | Target |",
        "|---|---:|---:|---:|",
        f"| Open a {result['pages']}-page PDF to its first painted page, first of the session (imports Qt PDF, "
        f"builds the reader: {result['reader_built_ms']:.0f} ms of it) | {result['first_open_ms']:.0f} ms | "
        "| ≤ 300 ms |",
        f"| Open a {result['pages']}-page PDF to its first painted page | {opened['median']:.1f} ms | "
        f"{opened['p95']:.1f} ms | ≤ 300 ms |",
        f"| Turn a page (Page Down to a page not drawn before, until painted) | {turned['median']:.1f} ms | "
        f"{turned['p95']:.1f} ms | ≤ 50 ms |",
        f"| Turn a page with the search's words marked (\"welding permit\": {result['marks_a_page']} marks a "
        "page) | "
        f"{result['turn_marked_ms']['median']:.1f} ms | {result['turn_marked_ms']['p95']:.1f} ms | ≤ 50 ms |",
        f"| Longest block of the GUI thread while opening | {result['blocked_ms']['median']:.1f} ms | "
        f"{result['blocked_ms']['p95']:.1f} ms | |",
        f"| Baseline: QPdfDocument load + render page 1, no widget | {base:.1f} ms | "
        f"{result['baseline_ms']['p95']:.1f} ms | (open is {opened['median'] / base:.1f}× this) |",
    ]


if __name__ == "__main__":
    result = measure("--quick" in sys.argv)
    print(json.dumps(result))
    print("\n".join(rows(result)))
