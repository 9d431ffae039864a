"""The window as the app starts it: what the first painted results do not need (the user's documents when
there are none yet, the attachments box, the catalogue watch, the menus' entries) is set up right after the
first paint, without changing what the window shows, and works at once. Real widgets, off-screen."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.documents.layout import holds_documents
from tvet_desktop.documents.service import DocumentService
from tvet_desktop.library.store import open_notes
from tvet_desktop.sync.service import UpdateService
from tvet_desktop.ui.main_window import MainWindow
from tvet_desktop.ui.settings import WindowSettings
from tvet_desktop.ui.worker import BackgroundWork

from .conftest import WAIT_MS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from PySide6.QtGui import QAction, QImage
    from pytestqt.qtbot import QtBot


class AtFirstPaint(QObject):
    """Runs ``then`` in the event loop's turn after the result list first paints, as the start-up benchmark
    reports (installed after the window is built, so it runs before the window's own deferred set-up)."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        window.results.list.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


@pytest.fixture
def start(qtbot: QtBot, data_dir: Path, snapshot_path: Path) -> Iterator[Callable[[], MainWindow]]:
    """Builds the window as ``ui.app`` does on a start without documents: updates, documents opened later,
    set-up after the first paint. Not shown yet."""
    made: list[tuple[MainWindow, BackgroundWork]] = []

    def build() -> MainWindow:
        updates = UpdateService(data_dir, snapshot_path)
        work = BackgroundWork()
        window = MainWindow(Catalog(updates.active().path), open_notes(data_dir),
                            WindowSettings(data_dir / "settings.ini"), work, updates,
                            open_documents=DocumentService.open, defer_setup=True)
        window.remember_state = False
        qtbot.addWidget(window)
        made.append((window, work))
        window.run_first_search()
        return window

    yield build
    for window, work in made:
        work.wait()
        window.notes.close()
        if window.documents is not None:
            window.documents.close()
        window.close_catalogs()


def collection_names(window: MainWindow) -> list[str]:
    collections = window.library.collections
    return [collections.item(row).text() for row in range(collections.count())]


def kinds(window: MainWindow) -> list[str]:
    model = window.results_model
    return [hit.kind for row in range(model.rowCount()) if (hit := model.hit(row)) is not None]


def later_parts(window: MainWindow) -> tuple[object, ...]:
    return window.attachments, window.catalogue_watch, window.documents


def test_the_set_up_after_the_first_paint_changes_nothing_on_screen(qtbot: QtBot,
                                                                    start: Callable[[], MainWindow]) -> None:
    window = start()
    assert later_parts(window) == (None, None, None)
    first_row = window.facet_model.item(0, 0).child(0, 0)
    assert first_row.text() and not first_row.toolTip()  # shown; its tooltip and spoken text come after the paint
    assert "My documents (0)" in collection_names(window)  # listed from the first paint on
    assert [menu.title() for menu in window._menus] == ["&File", "&Edit", "&View", "&Notes", "&Lists", "&Help"]
    at_paint: list[tuple[bool, QImage]] = []
    AtFirstPaint(window, lambda: at_paint.append((window.setup.done, window.grab().toImage())))
    window.resize(1100, 700)
    window.show()
    qtbot.waitUntil(lambda: bool(at_paint) and window.setup.done and window.documents is not None, timeout=WAIT_MS)
    done_at_paint, first = at_paint[0]
    assert not done_at_paint  # the results were painted before the set-up ran
    assert window.results_model.rowCount() > 0
    assert None not in later_parts(window)
    assert window.search_field.isClearButtonEnabled()
    assert first_row.toolTip() and first_row.data(Qt.ItemDataRole.AccessibleTextRole).startswith(first_row.text())
    assert window.attachments is not None and window.attachments.parentWidget() is not None
    QApplication.processEvents()
    assert window.grab().toImage() == first  # the same pixels: menus, panes, "My documents (0)", status bar


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_keys_menus_documents_and_the_watch_work_right_after_the_first_paint(
        qtbot: QtBot, start: Callable[[], MainWindow], tmp_path: Path, data_dir: Path) -> None:
    window = start()
    keys_done: list[bool] = []

    def ctrl_k() -> None:
        QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        keys_done.append(True)

    # The first key after the window appears: the input comes after the first frame is on screen.
    AtFirstPaint(window, lambda: QTimer.singleShot(0, ctrl_k))
    window.results.list.setFocus()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: bool(keys_done), timeout=WAIT_MS)
    assert window.search_field.hasFocus()  # Ctrl+K: the menus' shortcuts were there

    shortcuts = {action.shortcut().toString(QKeySequence.SequenceFormat.PortableText): action
                 for menu in window._menus for action in menu.actions()}
    assert {"Ctrl+O", "Ctrl+P", "Ctrl+Q", "Ctrl+D", "Ctrl+N", "Ctrl+K", "F1", "Ctrl+="} <= set(shortcuts)
    # Add documents…: once the documents are open, in the background right after the paint.
    qtbot.waitUntil(lambda: shortcuts["Ctrl+O"].isEnabled(), timeout=WAIT_MS)

    # The documents, opened in the background after the first paint, take a new one, which is then listed and found.
    qtbot.waitUntil(lambda: window.documents is not None, timeout=WAIT_MS)
    note = tmp_path / "welding-notes.txt"
    note.write_text("Welding bay checklist: gloves, mask, ventilation.", encoding="utf-8")
    assert window.adder is not None
    with qtbot.waitSignal(window.adder.finished, timeout=WAIT_MS * 4):
        assert window.add_documents([note])
    assert "My documents (1)" in collection_names(window)
    assert holds_documents(data_dir)  # so the next start opens them before its first search
    window.search_field.setText("checklist")
    qtbot.waitUntil(lambda: "document" in kinds(window), timeout=WAIT_MS)

    # The catalogue watch holds the catalogue in use (tests/sync: it follows an update made elsewhere).
    watch = window.catalogue_watch
    assert watch is not None and watch.in_use == window.catalog.path


def test_a_start_with_documents_lists_them_in_its_first_results(qtbot: QtBot, data_dir: Path, snapshot_path: Path,
                                                                tmp_path: Path) -> None:
    note = tmp_path / "kept.txt"
    note.write_text("Soldering station rules.", encoding="utf-8")
    documents = DocumentService.open()
    documents.add([note])
    assert holds_documents(data_dir)
    work, notes, catalog = BackgroundWork(), open_notes(data_dir), Catalog(snapshot_path)
    window = MainWindow(catalog, notes, WindowSettings(data_dir / "settings.ini"), work, documents=documents,
                        defer_setup=True)
    qtbot.addWidget(window)
    try:
        window.request = window.request._replace(text="soldering")  # as if the last search was for it
        window.run_first_search()  # inline, before any paint: the kept document is among the results already
        assert "document" in kinds(window)
        assert "My documents (1)" in collection_names(window)
    finally:
        work.wait()
        notes.close()
        documents.close()
        catalog.close()


def test_holds_documents_looks_at_the_kept_files(data_dir: Path, tmp_path: Path) -> None:
    assert not holds_documents(data_dir)  # no documents folder at all
    documents = DocumentService.open()
    try:
        assert not holds_documents(data_dir)  # opened (its database made), nothing kept
        note = tmp_path / "one.txt"
        note.write_text("One page of text.", encoding="utf-8")
        report = documents.add([note])
        assert holds_documents(data_dir)
        documents.remove(report.added[0].id)
        assert not holds_documents(data_dir)
    finally:
        documents.close()


def test_a_new_user_searches_the_catalogue_once_the_documents_are_opened(qtbot: QtBot,
                                                                         start: Callable[[], MainWindow]) -> None:
    window = start()  # a new user: no documents yet, so an empty documents database is made after the paint
    window.show()
    qtbot.waitUntil(lambda: window.setup.done and window.documents is not None, timeout=WAIT_MS)
    word = "teacher"
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_field.setText(word)
    model = window.results_model
    titles = [hit.title for row in range(model.rowCount()) if (hit := model.hit(row)) is not None]
    assert titles and window.results_model.rowCount() < window.catalog.info.item_count  # the search's, not all
    assert "document" not in kinds(window)


def test_documents_that_cannot_be_opened_are_said_once_and_the_window_goes_on(
        qtbot: QtBot, start: Callable[[], MainWindow], data_dir: Path) -> None:
    from tvet_desktop.documents.layout import DOCUMENTS_DIR

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / DOCUMENTS_DIR).write_text("not a folder", encoding="utf-8")  # the documents folder cannot be made
    window = start()
    window.show()
    qtbot.waitUntil(lambda: window.setup.done and bool(window.statusBar().currentMessage()), timeout=WAIT_MS)
    assert window.documents is None
    said = window.statusBar().currentMessage()
    assert said.startswith("The documents folder") and str(data_dir / DOCUMENTS_DIR) in said
    shortcuts = {action.shortcut().toString(QKeySequence.SequenceFormat.PortableText): action
                 for menu in window._menus for action in menu.actions()}
    assert not shortcuts["Ctrl+O"].isEnabled()  # Add documents…
    assert not any(name.startswith("My documents") for name in collection_names(window))
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_field.setText("teacher")  # the catalogue is searched as ever
    assert window.results_model.rowCount() > 0


PROBE = """
import sys
import tvet_desktop.ui.app  # the window's modules without Qt, first, as the entry point loads them
import PySide6
from shibokensupport.feature import _mod_uses_pyside, pyside_feature_dict
import shibokensupport.feature as feature
from tvet_desktop.ui.source_checks import answer_before_asked
read = []
feature._mod_uses_pyside = lambda module: read.append(module.__name__) or _mod_uses_pyside(module)
answer_before_asked()
import tvet_desktop.ui.main_window, tvet_desktop.ui.reader.pdf_view
ours = {name: module for name, module in sys.modules.items() if name.startswith("tvet_desktop")}
wrong = [name for name, module in ours.items() if pyside_feature_dict.get(name) not in (None, 0, -1)
         or (pyside_feature_dict.get(name) == -1 and _mod_uses_pyside(module))]
print(sorted(name for name in read if name.startswith("tvet_desktop.ui")), wrong)
"""


def test_pyside_reads_no_source_of_the_windows_modules() -> None:
    """PySide reads each module's source on its first import after Qt's (7.3 ms of the window's start-up):
    the answers are given beforehand, and agree with what PySide would have found."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "[] []", done.stdout + done.stderr


def kept_handout(tmp_path: Path) -> Path:
    """One document kept, as after an earlier session (a handout on brazing); returns the documents database."""
    handout = tmp_path / "brazing.txt"
    handout.write_text("Brazing torches and their safety.", encoding="utf-8")
    documents = DocumentService.open()
    documents.add([handout])
    database = documents.store.folder / "documents.sqlite"
    documents.close()
    return database


@contextmanager
def another_program_adding(database: Path) -> Iterator[None]:
    """The documents' write lock held, as `documents add` from the command line holds it while it adds a file."""
    other = sqlite3.connect(database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_documents_another_program_is_adding_to_come_once_it_is_done(qtbot: QtBot, start: Callable[[], MainWindow],
                                                                     tmp_path: Path) -> None:
    """A `documents add` from the command line holds the documents' write lock while it adds a file (a long PDF:
    many seconds): the window starts as ever, says why the documents are not there yet, and brings them in
    once they can be opened."""
    database = kept_handout(tmp_path)
    with another_program_adding(database):
        window = start()
        window.show()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Another program is adding"),
                        timeout=WAIT_MS)
        assert window.documents is None and window.results_model.rowCount() > 0  # the catalogue, as ever
        assert not shortcut(window, "Ctrl+O").isEnabled()  # Add documents… waits for them
        assert "My documents" in collection_names(window)  # not counted: "(0)" would say they were lost
        with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):  # My documents says why it is empty
            window.library.collections.setCurrentRow(collection_names(window).index("My documents"))
        assert "Another program is adding documents" in window.results.empty.text()
    qtbot.waitUntil(lambda: window.documents is not None, timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == "Your documents are ready."
    assert shortcut(window, "Ctrl+O").isEnabled() and "My documents (1)" in collection_names(window)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_field.setText("brazing")
    assert "document" in kinds(window)


def test_documents_the_start_could_not_open_are_awaited_from_the_first_paint(
        qtbot: QtBot, data_dir: Path, snapshot_path: Path, tmp_path: Path) -> None:
    """The start's own try found another program adding documents: the first frame lists "My documents" without
    a count (not "(0)", as if they were lost), the status bar says why, and closing the window then ends the
    waiting at once (no process left waiting for the lock after the window has gone)."""
    database = kept_handout(tmp_path)
    with another_program_adding(database):
        updates = UpdateService(data_dir, snapshot_path)
        work = BackgroundWork()
        window = MainWindow(Catalog(updates.active().path), open_notes(data_dir), WindowSettings(data_dir / "s.ini"),
                            work, updates, open_documents=DocumentService.open, defer_setup=True,
                            documents_awaited="busy")
        window.remember_state = False
        qtbot.addWidget(window)
        window.run_first_search()
        assert "My documents" in collection_names(window)
        window.show()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Another program is adding"),
                        timeout=WAIT_MS)
        qtbot.wait(300)  # the set-up's widgets have joined the status bar meanwhile
        assert not window.catalogue_label.isVisible()  # the message is not written over the catalogue's line
        assert not shortcut(window, "Ctrl+O").isEnabled()
        window.close()
        assert work.wait(3000)  # the waiting ended with the window, the lock still held
        assert window.documents is None
    window.notes.close()
    window.close_catalogs()


def test_documents_of_an_earlier_version_are_upgraded_in_the_background(qtbot: QtBot, start: Callable[[], MainWindow],
                                                                        tmp_path: Path) -> None:
    from tests.documents.test_adding import DROP_PAGE_LISTS

    database = kept_handout(tmp_path)
    older = sqlite3.connect(database)
    older.executescript(DROP_PAGE_LISTS + "PRAGMA user_version = 2;")
    older.close()
    window = start()
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.show()
    qtbot.waitUntil(lambda: window.documents is not None, timeout=WAIT_MS)
    assert any(message.startswith("Updating the index of your documents") for message in said)
    assert window.statusBar().currentMessage() == "Your documents are ready."
    assert "My documents (1)" in collection_names(window)


def test_a_message_said_before_the_window_shows_takes_the_catalogue_line_s_place(
        qtbot: QtBot, start: Callable[[], MainWindow]) -> None:
    """As the app says documents it could not open (before the window is shown): the message replaces the
    catalogue's line rather than being painted over it, and the line comes back when the message goes."""
    from tvet_desktop.errors import UserError

    window = start()
    window.documents_unavailable(UserError("The documents folder cannot be used."))
    window.show()
    qtbot.waitUntil(lambda: window.setup.done, timeout=WAIT_MS)
    qtbot.wait(100)
    assert window.statusBar().currentMessage() and not window.catalogue_label.isVisible()
    window.statusBar().clearMessage()
    assert window.catalogue_label.isVisible() and window.catalogue_label.text().startswith("Catalogue v")


def shortcut(window: MainWindow, keys: str) -> QAction:
    return next(action for menu in window._menus for action in menu.actions()
                if action.shortcut().toString(QKeySequence.SequenceFormat.PortableText) == keys)
