"""A trainer who cannot use a mouse: the main tasks done with key presses only, each sent to the widget that
has the keyboard (or to the menu or dialog that a key opened), with the focus ring on every stop."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.main_window import MainWindow

Key, Mod = Qt.Key, Qt.KeyboardModifier
WAIT_MS = 5000


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def then_in(find: Callable[[], QWidget | None], keys: Callable[[QWidget], object]) -> None:
    """Once ``find`` returns the menu or dialog a key is about to open (it runs its own event loop), press
    ``keys`` in it."""

    def look() -> None:
        found = find()
        if found is None or not found.isVisible():
            QTimer.singleShot(20, look)
            return
        keys(found)

    QTimer.singleShot(0, look)


def ring_on(window: MainWindow, widget: QWidget) -> bool:
    ring = window.focus_ring
    return ring.isVisible() and ring.target is widget and ring.geometry().contains(
        widget.mapTo(window, widget.rect().center()))


@pytest.mark.qt_log_ignore("This plugin does not support")  # menus raise and grab the keyboard: not off-screen
def test_search_filter_open_note_bookmark_list_and_export_by_keyboard(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.activateWindow()  # keyboard shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.results.list.setFocus()

    # Search: Ctrl+K, type, and the results follow.
    press(Key.Key_K, Mod.ControlModifier)
    assert focused() is window.search_field and ring_on(window, window.search_field)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        type_text("training")
    assert window.results_model.rowCount() == 4

    # Filter: F6 to the library, F6 to the filters; down to "Africa", Space ticks it.
    press(Key.Key_F6, times=2)
    tree = window.sidebar.tree
    assert focused() is tree and ring_on(window, tree)
    for _ in range(40):
        if tree.currentIndex().data() == "Africa":
            break
        press(Key.Key_Down)
    assert tree.currentIndex().data() == "Africa"
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        press(Key.Key_Space)
    assert window.request.filters.selected("region") == ("Africa",) and window.results_model.rowCount() == 2

    # Open: F6 to the results, ↓ opens the next one in the reading pane.
    press(Key.Key_F6)
    assert focused() is window.results.list and ring_on(window, window.results.list)
    press(Key.Key_Down)
    press(Key.Key_Up)
    item = window.reader.item
    assert item is not None and item.id == window.results_model.index(0).data(Qt.ItemDataRole.UserRole + 2)

    # Note: Ctrl+E, type; it is saved by itself.
    press(Key.Key_E, Mod.ControlModifier)
    editor = window.library.panel.editor
    assert focused() is editor and ring_on(window, editor)
    type_text("Use in week 3")
    qtbot.waitUntil(lambda: (window.notes.note_for_item(item.id) or None) is not None, timeout=WAIT_MS)
    note = window.notes.note_for_item(item.id)
    assert note is not None and note.text == "Use in week 3"

    # Bookmark: Ctrl+D.
    press(Key.Key_D, Mod.ControlModifier)
    assert window.notes.is_bookmarked(item.id)

    # Add to a reading list: Ctrl+L opens the lists menu; ↓ Enter on "New reading list…", type its name, Enter.
    then_in(QApplication.activePopupWidget, lambda menu: (QTest.keyClick(menu, Key.Key_Down),
                                                          QTest.keyClick(menu, Key.Key_Return)))
    then_in(lambda: _modal(QInputDialog), lambda dialog: (QTest.keyClicks(dialog.focusWidget(), "Welding week 3"),
                                                          QTest.keyClick(dialog.focusWidget(), Key.Key_Return)))
    press(Key.Key_L, Mod.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.notes.lists()), timeout=WAIT_MS)
    (reading_list,) = window.notes.lists()
    assert reading_list.name == "Welding week 3"
    assert [entry.item_id for entry in window.notes.list_items(reading_list.id)] == [item.id]

    # A desktop makes the window active again when its dialog closes (the editor still has its keyboard
    # focus); Qt's off-screen platform leaves no window active, so the test does what the desktop would.
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is editor, timeout=WAIT_MS)
    # Export: Alt+F opens the File menu, E its Export entry; Enter takes the file name it suggests at home.
    monkeypatch.setenv("HOME", str(tmp_path))
    target = tmp_path / "tvet-notes.zip"
    then_in(lambda: _popup(QMenu), lambda menu: QTest.keyClick(menu, Key.Key_E))
    then_in(lambda: _modal(QFileDialog), lambda dialog: QTest.keyClick(dialog.focusWidget(), Key.Key_Return))
    press(Key.Key_F, Mod.AltModifier)
    qtbot.waitUntil(lambda: target.exists() and "Exported" in window.statusBar().currentMessage(),
                    timeout=WAIT_MS)


def _modal(kind: type) -> QWidget | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, kind) else None


def _popup(kind: type) -> QWidget | None:
    widget = QApplication.activePopupWidget()
    return widget if isinstance(widget, kind) else None


def test_f6_goes_round_the_panes_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_item("welding-safety-guide")
    window.search_field.setFocus()
    seen = []
    for _ in range(6):
        press(Key.Key_F6)
        seen.append(focused())
    panel = window.library.panel
    assert seen == [window.library.collections, window.sidebar.tree, window.results.list, window.reader,
                    panel.editor, window.search_field]
    press(Key.Key_F6, Mod.ShiftModifier)
    assert focused() is panel.editor
