"""Notes, bookmarks and reading lists in the window, driven with qtbot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor

from tvet_desktop.library.search import Collection
from tvet_desktop.library.store import open_notes
from tvet_desktop.ui.single_instance import SingleInstance

from .conftest import WAIT_MS
from .test_main_window import shown_ids, type_query

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.main_window import MainWindow
    from tvet_desktop.ui.note_panel import NotePanel


def write_note(qtbot: QtBot, panel: NotePanel, text: str) -> None:
    """Type short ASCII text as key presses; paste the rest.

    QTest cannot type non-Latin keys or emoji, and PySide's keyClicks leaks a reference to None per
    key, which aborts the interpreter at exit after a few thousand keys.
    """
    panel.editor.setFocus()
    panel.editor.moveCursor(QTextCursor.MoveOperation.End)
    if text.isascii() and len(text) <= 200:
        qtbot.keyClicks(panel.editor, text)
    else:
        panel.editor.insertPlainText(text)


def test_note_autosaves_and_survives_switching_and_restart(qtbot: QtBot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_item("welding-safety-guide")
    panel = window.library.panel
    write_note(qtbot, panel, "Masks first — مرحبا 🙂")
    assert panel.state.text() == "Editing…"
    qtbot.waitUntil(lambda: panel.state.text().startswith("Saved"), timeout=WAIT_MS)
    write_note(qtbot, panel, " and gloves")
    window.open_item("greening-tvet")  # switching items saves at once
    assert panel.editor.toPlainText() == ""
    window.open_item("welding-safety-guide")
    assert panel.editor.toPlainText() == "Masks first — مرحبا 🙂 and gloves"
    window.close()
    again = make_window()
    again.open_item("welding-safety-guide")
    assert again.library.panel.editor.toPlainText() == "Masks first — مرحبا 🙂 and gloves"


def test_closing_saves_the_note(qtbot: QtBot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_item("greening-tvet")
    write_note(qtbot, window.library.panel, "typed just before closing")
    window.close()
    store = open_notes(data_dir)
    assert store.note_for_item("greening-tvet").text == "typed just before closing"  # type: ignore[union-attr]
    store.close()


def test_failed_save_keeps_the_text_and_retries(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("greening-tvet")
    panel = window.library.panel
    store = window.library.store
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is "full"
    write_note(qtbot, panel, "x" * 5000)
    assert not panel.save()
    assert "disk is full" in panel.state.text() and panel.editor.toPlainText() == "x" * 5000
    store.conn.execute("PRAGMA max_page_count = 1073741823")  # space again: the retry saves it
    qtbot.waitUntil(lambda: panel.state.text().startswith("Saved"), timeout=8000)
    assert store.note_for_item("greening-tvet").text == "x" * 5000  # type: ignore[union-attr]


def test_a_note_changed_elsewhere_is_never_overwritten(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    window.open_item("greening-tvet")
    panel = window.library.panel
    other = open_notes(data_dir)  # the command line, say
    other.save_item_note("greening-tvet", "written on the command line", "Greening TVET", None)
    write_note(qtbot, panel, "typed in the window")
    panel.save()
    texts = {n.text for n in other.list_notes()}
    other.close()
    assert texts == {"written on the command line", "typed in the window"}
    assert panel.editor.toPlainText() == "written on the command line" and "separate note" in panel.state.text()


def test_quote_selection_into_note(window: MainWindow) -> None:
    window.open_item("welding-safety-guide")
    cursor = window.reader.document().find("Every apprentice wears a mask.")
    assert not cursor.isNull()
    window.reader.setTextCursor(cursor)
    window.library.quote_selection()
    assert window.library.panel.editor.toPlainText() == ("> Every apprentice wears a mask.\n>\n"
                                                         "> — Welding safety guide for trainers (2021)\n\n")


def test_the_window_shows_what_the_command_line_changed_when_it_comes_back(qtbot: QtBot, window: MainWindow,
                                                                           data_dir: Path) -> None:
    """A trainer bookmarks and lists items in a terminal while the window is open: back in the window (it is
    activated), the library's counts, the open item's star and the lists are up to date."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    window.open_item("greening-tvet")
    assert window.library.toolbar.bookmark.text() == "☆ Bookmark"
    other = open_notes(data_dir)  # the command line, say
    other.set_bookmark("greening-tvet", "Greening TVET", True)
    other.create_list("Week 3")
    other.save_item_note("greening-tvet", "Set from the terminal", "Greening TVET", None)
    other.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))  # as switching back to it sends
    labels = [window.library.collections.item(r).text() for r in range(window.library.collections.count())]
    assert "Bookmarks (1)" in labels and any("Week 3" in label for label in labels)
    assert window.library.toolbar.bookmark.text() == "★ Bookmarked"
    assert window.library.panel.editor.toPlainText() == "Set from the terminal"  # nothing was being typed
    window.library.panel.editor.setPlainText("Being typed")  # not saved yet: what the user types is kept
    other = open_notes(data_dir)
    other.save_item_note("greening-tvet", "Set again from the terminal", "Greening TVET", None)
    other.close()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert window.library.panel.editor.toPlainText() == "Being typed"


def test_bookmark_and_reading_list_collections(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("welding-safety-guide")
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence("Ctrl+D"))
    assert window.library.store.is_bookmarked("welding-safety-guide")
    assert window.library.toolbar.bookmark.text() == "★ Bookmarked"
    store = window.library.store
    course = store.create_list("Welding — week 3")
    window.library._add_to_list(course.id)
    window.open_item("greening-tvet")
    window.library._add_to_list(course.id)
    store.add_to_list(course.id, "removed-from-catalogue", "An item that was removed")
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.library.collections.choose(Collection("bookmarks", None, "Bookmarks"))
    assert shown_ids(window) == ["welding-safety-guide"]
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.library.collections.choose(Collection("list", course.id, "Welding — week 3"))
    assert shown_ids(window) == ["missing:removed-from-catalogue", "welding-safety-guide", "greening-tvet"]
    window.results.list.setCurrentIndex(window.results_model.index(2))  # not in the bookmarks: opened again
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.library.move_in_list(-1)  # greening-tvet is open: move it up
    assert shown_ids(window)[1:] == ["greening-tvet", "welding-safety-guide"]
    labels = [window.library.collections.item(r).text() for r in range(window.library.collections.count())]
    assert labels == ["All items", "My notes (0)", "Bookmarks (1)", "• \u2068Welding — week 3\u2069 (3)"]  # isolated


def test_search_finds_my_notes_marked_as_such(qtbot: QtBot, window: MainWindow) -> None:
    window.library.store.save_item_note("greening-tvet", "Discuss photovoltaic panels", "Greening TVET", None)
    type_query(qtbot, window, "photovoltaic")
    assert shown_ids(window)[0].startswith("note:")
    hit = window.results_model.hit(0)
    assert hit is not None and hit.kind == "note" and "<b>photovoltaic</b>" in hit.snippet_html
    window.results.list.setCurrentIndex(window.results_model.index(0))
    assert window.reader.item is not None and window.reader.item.id == "greening-tvet"
    assert window.library.panel.editor.toPlainText() == "Discuss photovoltaic panels"


def test_orphaned_note_keeps_its_title_and_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.library.store.save_item_note("gone-item", "my thoughts", "A removed publication", "hash")
    window.library.refresh()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.library.collections.choose(Collection("notes", None, "My notes"))
    hit = window.results_model.hit(0)
    assert hit is not None and hit.title == "A removed publication" and hit.mark == "no longer in the catalogue"
    window.results.list.setCurrentIndex(window.results_model.index(0))
    assert "no longer in the catalogue" in window.reader.toPlainText()
    assert window.library.panel.editor.toPlainText() == "my thoughts"


def test_second_launch_brings_the_first_forward(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.claim_or_hand_over() == "first"
    second = SingleInstance(tmp_path)
    assert second.claim_or_hand_over(reach_for_s=0.2) == "no answer"  # held, but not listening yet
    first.listen()
    with qtbot.waitSignal(first.activated, timeout=WAIT_MS):
        assert second.claim_or_hand_over() == "handed over"
    first.release()
    assert second.claim_or_hand_over() == "first"  # the first window has closed: this launch takes over
    assert SingleInstance(tmp_path / "another folder").claim()  # another data folder: its own window
    second.release()


def test_edit_note_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("greening-tvet")
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keySequence(window, QKeySequence("Ctrl+E"))
    assert window.library.panel.editor.hasFocus()
    window.library.panel.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(window.library.panel.editor, Qt.Key.Key_A)
    assert window.library.panel.editor.toPlainText() == "a"


def test_a_long_item_title_in_the_note_heading_does_not_squeeze_the_results(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.results.width() > 250, timeout=WAIT_MS)
    results_width = window.results.width()
    heading = window.library.panel.heading
    title = "Skills development in the time of COVID-19: " + "taking stock of the initial responses " * 6
    heading.setText(f"My note on “{title}”")
    qtbot.wait(50)  # the layouts settle
    assert window.results.width() == results_width
    assert heading.text().endswith("…") and len(heading.text()) < len(heading.full_text)
    assert title.strip() in heading.toolTip()


def test_a_bookmark_whose_item_left_and_an_untitled_note_speak_the_window_s_language(  # type: ignore[no-untyped-def]
        qtbot: QtBot, make_window, tmp_path: Path) -> None:
    from tvet_desktop.ui.language import install

    install("fr", tmp_path)
    try:
        window = make_window()
        window.library.store.set_bookmark("gone-item", "A removed publication", True)
        window.library.store.create_note("", "a plan for Monday")
        window.library.refresh()
        with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
            window.library.collections.choose(Collection("bookmarks", None, "Bookmarks"))
        gone = window.results_model.hit(0)
        assert gone is not None and gone.kind == "missing" and gone.title == "A removed publication"
        assert gone.snippet == "Cet élément n’est plus dans le catalogue\u00a0; votre entrée est conservée."
        with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
            window.library.collections.choose(Collection("notes", None, "My notes"))
        assert [hit.title for hit in map(window.results_model.hit, range(1)) if hit] == ["Note sans titre"]
    finally:
        install("en", tmp_path)
