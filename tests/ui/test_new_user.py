"""What a new user met (issue 13), each as they would notice it: where the list starts, what the reading
pane shows, which buttons work, and what the window looks like on a small laptop screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tvet_desktop.library.search import Collection
from tvet_desktop.ui.results_model import IdRole

from .conftest import WAIT_MS
from .test_main_window import shown_ids, type_query

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.main_window import MainWindow


def scrolled_to_bottom(window: MainWindow) -> int:
    window.resize(760, 360)  # five rows no longer fit: the list scrolls
    QApplication.processEvents()
    bar = window.results.list.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    return bar.value()


def test_a_new_search_starts_at_the_top_with_nothing_chosen_for_the_user(qtbot: QtBot, window: MainWindow) -> None:
    scrolled_to_bottom(window)
    type_query(qtbot, window, "t")
    assert window.results_model.rowCount() == 5 and window.results.list.verticalScrollBar().value() == 0
    assert not window.results.list.currentIndex().isValid() and window.reader.item is None


def test_a_new_sort_or_filter_starts_at_the_top(qtbot: QtBot, window: MainWindow) -> None:
    scrolled_to_bottom(window)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.results.sort_box.setCurrentIndex(window.results.sort_box.findData("title"))
    assert window.results.list.verticalScrollBar().value() == 0
    scrolled_to_bottom(window)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.sidebar.year_from.setValue(2019)
    assert window.results.list.verticalScrollBar().value() == 0


def test_the_list_does_not_jump_to_keep_an_open_item_in_view(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(760, 360)
    window.open_item("apprenticeship-programme")  # last by date: the list scrolls down to it
    assert window.results.list.verticalScrollBar().value() > 0
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.results.sort_box.setCurrentIndex(window.results.sort_box.findData("title"))  # now first
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.results.sort_box.setCurrentIndex(window.results.sort_box.findData("newest"))  # last again
    assert window.results.list.verticalScrollBar().value() == 0
    assert window.results.list.currentIndex().data(IdRole) == "apprenticeship-programme"  # still marked


def test_the_reading_pane_never_shows_an_item_the_results_no_longer_have(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("welding-safety-guide")
    type_query(qtbot, window, "solar")
    assert window.reader.item is None and "Welding" not in window.reader.toPlainText()
    assert "Pick a result" in window.reader.toPlainText()
    assert window.library.panel.heading.full_text == "Pick an item to write a note on it"
    window.open_item("solar-installers-practice")
    type_query(qtbot, window, "nothing matches this")
    assert window.results_model.rowCount() == 0 and window.reader.item is None


def test_the_first_result_opened_with_down_is_highlighted(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "skills")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    first = window.results_model.index(0)
    assert window.results.list.selectionModel().isSelected(first)
    assert window.reader.item is not None and window.reader.item.id == first.data(IdRole)


def test_down_while_the_search_runs_highlights_its_first_result(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        qtbot.keyClicks(window.search_field, "weld")
        qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    first = window.results_model.index(0)
    assert window.results.list.selectionModel().isSelected(first) and first.data(IdRole) == "welding-safety-guide"


def hover_link(qtbot: QtBot, window: MainWindow, address: str) -> None:
    reader = window.reader
    cursor = reader.document().find(address)
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 2, QTextCursor.MoveMode.MoveAnchor)
    qtbot.mouseMove(reader.viewport(), reader.viewport().rect().topLeft())  # Qt drops a move to where it is
    qtbot.mouseMove(reader.viewport(), reader.cursorRect(cursor).center())
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == address, timeout=WAIT_MS)


def test_a_hovered_link_address_goes_when_the_page_or_the_mouse_does(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1000, 700)
    window.open_item("welding-safety-guide")
    hover_link(qtbot, window, "https://example.org/welding")
    window.open_item("greening-tvet")
    assert window.statusBar().currentMessage() == ""
    window.open_item("welding-safety-guide")
    hover_link(qtbot, window, "https://example.org/welding")
    QApplication.sendEvent(window.reader, QEvent(QEvent.Type.Leave))  # as Qt tells a widget the mouse left
    assert window.statusBar().currentMessage() == ""


def test_item_actions_are_disabled_and_look_it_with_no_item_open(qtbot: QtBot, window: MainWindow) -> None:
    toolbar = window.library.toolbar
    assert window.reader.item is None
    disabled = toolbar.bookmark.grab().toImage()
    assert not toolbar.bookmark.isEnabled() and not toolbar.lists_button.isEnabled()
    assert not window.item_actions["bookmark"].isEnabled() and not window.item_actions["quote"].isEnabled()
    window.open_item("welding-safety-guide")
    assert toolbar.bookmark.isEnabled() and window.item_actions["bookmark"].isEnabled()
    assert toolbar.bookmark.grab().toImage() != disabled  # the text is drawn differently, not only the state


def test_a_search_limited_to_a_reading_list_says_so(qtbot: QtBot, window: MainWindow) -> None:
    store = window.notes
    store.create_list("Welding — week 3")
    found = store.find_list("Welding — week 3")
    assert found is not None
    store.add_to_list(found.id, "welding-safety-guide", "Welding safety guide for trainers")
    window.library.refresh()
    assert not window.results.scope.isVisibleTo(window)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.library.collections.choose(Collection("list", found.id, "Welding — week 3"))
    assert window.results.scope.isVisibleTo(window) and "Welding — week 3" in window.results.scope.text()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.results.scope.linkActivated.emit("everything:")
    assert not window.results.scope.isVisibleTo(window) and len(shown_ids(window)) == 5
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.library.collections.choose(Collection("bookmarks", None, "Bookmarks"))
    assert "bookmarks" in window.results.scope.text().lower()


def test_an_unanswered_web_link_says_so_and_copies_the_address(window: MainWindow) -> None:
    window.reader._open_external = lambda url: False  # what Qt answers when no browser is installed
    window.reader.anchorClicked.emit(QUrl("https://unevoc.unesco.org/home"))
    assert "No web browser" in window.statusBar().currentMessage()
    assert QApplication.clipboard().text() == "https://unevoc.unesco.org/home"
