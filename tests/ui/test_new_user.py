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
    from pathlib import Path

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
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()  # the source line is at the foot of the page, below the fold on a small window
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
    collections = window.library.collections  # every entry of "Your library" shows, the list's too: no scrolling
    assert collections.verticalScrollBar().maximum() == 0
    assert collections.visualItemRect(collections.item(collections.count() - 1)).bottom() < \
        collections.viewport().height()
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


def test_the_first_start_fits_the_screen_with_clear_filters_and_the_status_bar_on_it(
        qtbot: QtBot, window: MainWindow) -> None:
    """The test screen is 800×600, smaller than the old fixed 1280×800 first size."""
    screen = window.screen().availableGeometry()
    window.fit_to_screen(screen)
    QApplication.processEvents()
    assert screen.contains(window.frameGeometry())
    for widget in (window.sidebar.clear_button, window.statusBar()):
        corner = widget.mapToGlobal(widget.rect().bottomRight())
        assert screen.contains(corner) and widget.isVisible()


def test_a_laptop_screen_of_1366_by_768_shows_everything(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QRect

    window.fit_to_screen(QRect(0, 0, 1366, 768))
    assert window.height() <= 768 - 40  # room for a title bar
    assert window.minimumSizeHint().height() <= window.height()


def test_theme_names_are_not_cut_on_a_wide_screen(qtbot: QtBot, data_dir: Path) -> None:
    from PySide6.QtCore import QRect

    from tvet_desktop.catalog.snapshot import Catalog
    from tvet_desktop.library.store import open_notes
    from tvet_desktop.paths import bundled_snapshot
    from tvet_desktop.ui.main_window import MainWindow
    from tvet_desktop.ui.settings import WindowSettings
    from tvet_desktop.ui.worker import BackgroundWork

    work, notes = BackgroundWork(), open_notes(data_dir)
    with Catalog(bundled_snapshot()) as bundled:
        window = MainWindow(bundled, notes, WindowSettings(data_dir / "settings.ini"), work)
        qtbot.addWidget(window)
        window.fit_to_screen(QRect(0, 0, 1920, 1080))
        with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
            window.show()
            window.run_search()
        tree = window.sidebar.tree
        themes = window.facet_model.index(1, 0)
        longest = max(tree.fontMetrics().horizontalAdvance(window.facet_model.index(row, 0, themes).data())
                      for row in range(window.facet_model.rowCount(themes)))
        first = tree.visualRect(window.facet_model.index(0, 0, themes))
        text_room = first.width() - 24  # the check box and its spacing
        assert longest <= text_room
        window.close()
        work.wait()
    notes.close()


def test_the_note_editor_shows_more_than_six_lines_at_700_pixels(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QRect

    window.fit_to_screen(QRect(0, 0, 1024, 740))
    assert window.height() >= 660
    QApplication.processEvents()
    editor = window.library.panel.editor
    assert editor.viewport().height() / editor.fontMetrics().lineSpacing() > 8


def test_the_focused_control_has_a_strong_ring(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QPalette

    accent = window.palette().color(QPalette.ColorRole.Highlight).name()
    window.activateWindow()
    window.library.toolbar.quote.setEnabled(True)
    for widget in (window.search_field, window.results.list, window.library.toolbar.quote):
        widget.setFocus()
        QApplication.processEvents()
        picture = window.grab().toImage()
        edge = widget.mapTo(window, widget.rect().topLeft())
        ring = [picture.pixelColor(edge.x() + dx, edge.y() - 1).name() for dx in range(10, 40)]
        assert ring.count(accent) > 25, widget.accessibleName()


def test_dark_theme_is_in_the_view_menu_and_remembered(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    from tvet_desktop.ui.palette import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        window: MainWindow = make_window()
        window.open_item("welding-safety-guide")
        light = window.reader.grab().toImage().pixelColor(5, 5).lightness()
        window.view.theme_actions["dark"].trigger()
        QApplication.processEvents()
        assert window.view.theme_actions["dark"].isChecked() and app.palette().window().color().lightness() < 128
        assert window.reader.grab().toImage().pixelColor(5, 5).lightness() < light
        html = window.reader.document().defaultStyleSheet()
        assert "#5b9bd5" in html  # the dark accent for links
        window.close()
        again: MainWindow = make_window()
        assert again.settings.theme == "dark" and again.view.theme_actions["dark"].isChecked()
    finally:
        apply_theme(app, "light")


def test_a_quote_gets_a_blank_line_before_it_and_its_source(window: MainWindow) -> None:
    window.open_item("welding-safety-guide")
    panel = window.library.panel
    panel.editor.setPlainText("Ask the group first.")
    panel.editor.moveCursor(QTextCursor.MoveOperation.End)
    cursor = window.reader.document().find("Every apprentice wears a mask.")
    window.reader.setTextCursor(cursor)
    window.library.quote_selection()
    assert panel.editor.toPlainText() == ("Ask the group first.\n\n> Every apprentice wears a mask.\n>\n"
                                          "> — Welding safety guide for trainers (2021)\n\n")


def test_down_with_no_results_keeps_the_keyboard_in_the_search_field(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    type_query(qtbot, window, "nothing matches this")
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.search_field.hasFocus() and window.focus_ring.target is window.search_field
