"""Measurements that need a process of their own: QtPdf's text extraction (it needs a Qt application) and the
peak memory of adding one document (``ru_maxrss`` is per process).

``python -m benchmarks.documents_child qtpdf FILE.pdf`` / ``add FILE DATA_FOLDER``: prints one JSON line."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def qtpdf(path: Path) -> dict[str, float]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    app = QGuiApplication([])
    document = QPdfDocument(app)
    started = time.perf_counter()
    document.load(str(path))
    characters = sum(len(document.getAllText(page).text()) for page in range(document.pageCount()))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "pages": document.pageCount(), "characters": characters}


def add(path: Path, data: Path) -> dict[str, float]:
    from tvet_desktop.documents.service import DocumentService

    service = DocumentService.open(data)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    report = service.add([path])
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    service.close()
    return {"seconds": seconds, "pages": sum(d.pages for d in report.added), "rss_before_mib": before / 1024,
            "rss_peak_mib": after / 1024}


if __name__ == "__main__":
    action, *rest = sys.argv[1:]
    result = qtpdf(Path(rest[0])) if action == "qtpdf" else add(Path(rest[0]), Path(rest[1]))
    print(json.dumps(result))
