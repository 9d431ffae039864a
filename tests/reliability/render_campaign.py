"""The rendering campaign: hostile payloads in every field of catalogue items, notes and reading lists, shown in
every widget that shows content; nothing may load a file or reach the network.

Each vector is one payload template (an image, a style sheet, a frame, a link, … pointing at a canary file or at
a loopback HTTP server) placed in one field, with a canary of its own. The real window is driven: every item
opened in the reading pane, every result row, facet value, library entry, filter chip and note heading
hovered for its tooltip, the lists menu opened, every note opened with its preview on, and the message boxes
that quote list names shown. Canaries are watched with inotify; the server counts requests.

``python -m tests.reliability.render_campaign`` prints the figures reported in docs/reliability.md.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from tvet_desktop.catalog.browse import Filters
from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.library.rows import NOTE_PREFIX
from tvet_desktop.library.search import Collection
from tvet_desktop.library.store import open_notes
from tvet_desktop.ui.main_window import MainWindow
from tvet_desktop.ui.results_model import IdRole
from tvet_desktop.ui.settings import WindowSettings
from tvet_desktop.ui.worker import BackgroundWork

from ..canary import Canaries
from ..conftest import write_source
from ..qt_driving import Box, answer_next_box, hover, hover_rows

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

# {src}: a canary file's path, or an address on the loopback server
TEMPLATES = [
    '<img src="{src}">', "<img src='file://{src}'>", "<IMG SRC={src}>", "![x]({src})", "![x][r]\n\n[r]: {src}",
    '<img src="x" onerror="{src}">', "<style>p {{ background: url({src}) }}</style>",
    '<p style="background-image: url({src})">x</p>', '<table background="{src}"><tr><td>x</td></tr></table>',
    '<link rel="stylesheet" href="{src}">', '<iframe src="{src}"></iframe>', '<object data="{src}"></object>',
    '<embed src="{src}">', '<video src="{src}"></video>', '<svg><image href="{src}"/></svg>',
    '<input type="image" src="{src}">', '<base href="{src}"><img src="a.png">',
    '<meta http-equiv="refresh" content="0; url={src}">', '<a href="{src}">a link</a>', "<{src}>",
]
ITEM_FIELDS = ("title", "theme", "country", "region", "language", "institution", "author", "summary", "body")
LIBRARY_FIELDS = ("note title", "note text", "list name")


@dataclass
class Figures:
    vectors: int = 0
    surfaces: dict[str, int] = field(default_factory=dict)  # how many times each surface showed content
    files_opened: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


class _Recorder(BaseHTTPRequestHandler):
    seen: list[str]

    def do_GET(self) -> None:
        self.seen.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def run_campaign(folder: Path, wait: Callable[[Callable[[], bool]], None]) -> Figures:
    """``wait(condition)`` lets the event loop run until ``condition()`` (qtbot.waitUntil, or a loop of ours)."""
    figures = Figures()
    requests: list[str] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("Handler", (_Recorder,), {"seen": requests}))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    fields = [*ITEM_FIELDS, *LIBRARY_FIELDS]
    vectors = [(template, place, to_file) for template in TEMPLATES for place in fields for to_file in (True, False)]
    canaries = Canaries(folder / "canaries", len(vectors))
    payloads: dict[str, list[str]] = {place: [] for place in fields}
    for number, (template, place, to_file) in enumerate(vectors):
        src = str(canaries.paths[number]) if to_file else f"http://127.0.0.1:{server.server_port}/v{number}.png"
        payloads[place].append(template.format(src=src) + f" v{number}")
    figures.vectors = len(vectors)
    try:
        with HostileWindow(folder, payloads) as window:
            _drive(window, payloads, figures, wait)
    finally:
        server.shutdown()
        server.server_close()
    figures.files_opened = [path.name for path in canaries.opened()]
    figures.requests = list(requests)
    canaries.close()
    return figures


def _items(payloads: dict[str, list[str]]) -> list[dict[str, Any]]:
    items = []
    for place in ITEM_FIELDS:
        for number, text in enumerate(payloads[place]):
            item: dict[str, Any] = {"id": f"{place}-{number}", "kind": "publication", "title": f"Item {number}",
                                    "year": 2000 + number % 25}
            key = {"theme": "themes", "language": "languages", "author": "authors"}.get(place, place)
            item[key] = [text] if key.endswith("s") and key != "title" else text
            items.append(item)
    return items


class HostileWindow:
    """The real main window on a catalogue and notes made of the payloads; closed and cleaned up on exit."""

    def __init__(self, folder: Path, payloads: dict[str, list[str]]) -> None:
        build_snapshot(write_source(folder / "source", _items(payloads)), folder / "hostile.sqlite")
        self.notes = open_notes(folder / "data")
        for title, text in zip(payloads["note title"], payloads["note text"], strict=True):
            self.notes.create_note(title, text)
        for name in payloads["list name"]:
            self.notes.create_list(name)
        self.catalog = Catalog(folder / "hostile.sqlite")
        self.work = BackgroundWork()
        self.window = MainWindow(self.catalog, self.notes, WindowSettings(folder / "data" / "settings.ini"),
                                 self.work)
        self.window.remember_state = False

    def __enter__(self) -> MainWindow:
        self.window.show()
        return self.window

    def __exit__(self, *exc: object) -> None:
        self.window.close()
        self.work.wait()
        self.notes.close()
        self.window.close_catalogs()


def _count(figures: Figures, surface: str, number: int = 1) -> None:
    figures.surfaces[surface] = figures.surfaces.get(surface, 0) + number


def _drive(window: MainWindow, payloads: dict[str, list[str]], figures: Figures,
           wait: Callable[[Callable[[], bool]], None]) -> None:
    window.run_search()
    wait(lambda: window.results_model.rowCount() > 0 and not window.work.busy)
    model = window.results_model
    for row in range(model.rowCount()):  # every item: the reading pane, its row's tooltip, the note heading
        window.results.list.setCurrentIndex(model.index(row))
        wait(lambda: not window.work.busy)
        _count(figures, "reading pane")
        hover(window.library.panel.heading)
        _count(figures, "note heading tooltip")
    _count(figures, "result row tooltip", len(hover_rows(window.results.list)))
    window.sidebar.tree.expandAll()
    _count(figures, "facet tooltip", len(hover_rows(window.sidebar.tree)))
    _count(figures, "library entry tooltip", len(hover_rows(window.library.collections)))
    for facet, place in (("theme", "theme"), ("country", "country"), ("region", "region"), ("language", "language")):
        for value in payloads[place]:
            window._set_filters(Filters().with_values(facet, (value,)))
            wait(lambda: not window.work.busy)
            for chip in window.results.chip_row.findChildren(QToolButton):
                hover(chip)
                _count(figures, "filter chip and its tooltip")
    window.clear_filters()
    wait(lambda: not window.work.busy)
    menu = window.library.toolbar.lists_menu
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    QApplication.processEvents()
    _count(figures, "lists menu entry", len(menu.actions()))
    menu.hide()
    window.library.collections.choose(Collection("notes", None, "My notes"))
    wait(lambda: not window.work.busy and window.results_model.rowCount() > 0)
    window.library.panel.preview_toggle.setChecked(True)
    for row in range(window.results_model.rowCount()):
        row_id = window.results_model.index(row).data(IdRole)
        if str(row_id).startswith(NOTE_PREFIX):
            window.results.list.setCurrentIndex(window.results_model.index(row))
            wait(lambda: not window.work.busy)
            hover(window.library.panel.heading)
            _count(figures, "note in reading pane, heading, preview")
    seen: list[Box] = []
    for reading_list in window.notes.lists():
        answer_next_box(seen)
        window.library._new_list(reading_list.name)  # "There is already a reading list called …"
        window.library.collections.choose(Collection("list", reading_list.id, reading_list.name))
        answer_next_box(seen, QMessageBox.StandardButton.No)
        window.library.delete_list()  # "Delete the list …?"
    _count(figures, "message box quoting a list name", len(seen))


if __name__ == "__main__":
    import os
    import tempfile
    import time
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application = QApplication([])

    def loop_until(condition: Callable[[], bool]) -> None:
        give_up = time.monotonic() + 30
        while not condition() and time.monotonic() < give_up:
            application.processEvents()
            time.sleep(0.005)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        result = run_campaign(Path(scratch), loop_until)
    print(f"vectors={result.vectors} shown={sum(result.surfaces.values())} surfaces={result.surfaces} "
          f"files_opened={len(result.files_opened)} requests={len(result.requests)} "
          f"seconds={time.perf_counter() - started:.0f}")

