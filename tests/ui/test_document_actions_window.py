"""Removing one of your documents from the window (after a confirmation that says the note is kept) and reading
a folder of documents again; real documents, a real notes database, the window's own widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QMessageBox

from tvet_desktop.library.search import MY_DOCUMENTS

from ..documents.files import text_pdf
from ..qt_driving import Box, answer_next_box
from .conftest import WAIT_MS

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.documents.service import DocumentService
    from tvet_desktop.ui.document_actions import DocumentActions
    from tvet_desktop.ui.main_window import MainWindow

NOTE = "Use the checklist on page 2 in week 3."


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    text_pdf(folder / "handbook.pdf", ["Safety first: masks.", "Welding checklist."], title="Workshop handbook")
    return folder


def open_my_documents(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.library.collections.choose(MY_DOCUMENTS)
    window.results.list.setCurrentIndex(window.results_model.index(0))


def collection_labels(window: MainWindow) -> list[str]:
    collections = window.library.collections
    return [collections.item(row).text() for row in range(collections.count())]


def actions_of(window: MainWindow) -> DocumentActions:
    assert window.document_actions is not None
    return window.document_actions


def read_again(qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    """File › Read a folder of documents again, on ``folder``, until the adder has finished (a replaced earlier
    version is then removed in the background: see DocumentActions.removing)."""
    assert window.adder is not None
    with qtbot.waitSignal(window.adder.finished, timeout=WAIT_MS * 4):
        assert actions_of(window).rescan(folder)


def test_remove_the_open_document_after_saying_the_note_is_kept(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                                 documents: DocumentService, stick: Path) -> None:
    documents.add([stick])
    doc_id = documents.list()[0].id
    window: MainWindow = make_window(documents=documents)
    window.notes.save_item_note(doc_id, NOTE, "Workshop handbook", None)
    open_my_documents(qtbot, window)
    button = actions_of(window).remove_button
    assert button.isVisible() and button.text() == "Remove document…"
    seen: list[Box] = []
    answer_next_box(seen, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        button.click()
    assert seen[0].text == ("Remove “Workshop handbook” from your documents? Its copy in your data folder is deleted; "
                            "the file you added it from is not touched. Your note on it, its bookmark and its place "
                            "in your reading lists are kept.")
    assert window.statusBar().currentMessage() == "Removed “Workshop handbook”; your note on it is kept under My notes."
    assert window.results_model.rowCount() == 0 and "My documents (0)" in collection_labels(window)
    assert not window.reading_area.showing_document() and not button.isVisible()
    kept = window.notes.note_for_item(doc_id)
    assert kept is not None and kept.text == NOTE
    assert (stick / "handbook.pdf").is_file()  # the file it was added from is left alone
    assert documents.list() == [] and not list(documents.store.files.glob("*/*"))


def test_no_keeps_the_document(qtbot: QtBot, make_window, documents: DocumentService,  # type: ignore[no-untyped-def]
                               stick: Path) -> None:
    documents.add([stick])
    window: MainWindow = make_window(documents=documents)
    open_my_documents(qtbot, window)
    seen: list[Box] = []
    answer_next_box(seen, QMessageBox.StandardButton.No)
    assert not actions_of(window).remove_open()
    assert len(seen) == 1 and len(documents.list()) == 1 and window.reading_area.showing_document()


def test_a_documents_row_offers_remove_in_its_context_menu(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                           documents: DocumentService, stick: Path) -> None:
    documents.add([stick])
    window: MainWindow = make_window(documents=documents)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_field.setText("welding")
    rows = window.results.list
    document_row = rows.visualRect(window.results_model.index(0)).center()
    menu = actions_of(window).row_menu(document_row)  # what a right click on the row shows
    assert menu is not None and [action.text() for action in menu.actions()] == ["Remove this document…"]
    last = window.results_model.rowCount() - 1  # a catalogue item's row: nothing to remove
    assert actions_of(window).row_menu(rows.visualRect(window.results_model.index(last)).center()) is None


def test_read_a_folder_again_adds_what_is_new_and_names_what_left(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                                  documents: DocumentService, stick: Path) -> None:
    documents.add([stick])
    window: MainWindow = make_window(documents=documents)
    text_pdf(stick / "plan.pdf", ["Session plan: grinding."], title="Session plan")
    (stick / "handbook.pdf").unlink()
    seen: list[Box] = []
    answer_next_box(seen)
    read_again(qtbot, window, stick)
    summary = "1 document added; 1 no longer in the folder (kept until you remove it)."
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert seen[0].text.splitlines() == [summary, "", "These documents are no longer in the folder; they stay in My "
                                         "documents until you remove them:", "• Workshop handbook"]
    assert window.statusBar().currentMessage() == summary
    assert "My documents (2)" in collection_labels(window)


def test_a_handout_corrected_in_its_folder_replaces_the_earlier_one(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                                    documents: DocumentService, stick: Path) -> None:
    documents.add([stick])
    earlier = documents.list()[0].id
    window: MainWindow = make_window(documents=documents)
    window.notes.save_item_note(earlier, NOTE, "Workshop handbook", None)
    window.notes.set_bookmark(earlier, "Workshop handbook", True)
    text_pdf(stick / "handbook.pdf", ["Safety first: masks and gloves.", "Welding checklist."],
             title="Workshop handbook")  # corrected where it was
    text_pdf(stick / "old.pdf", ["An old plan."], title="Old plan")
    documents.add([stick / "old.pdf"])
    documents.remove(next(d.id for d in documents.list() if d.title == "Old plan"))  # the user's choice, kept

    read_again(qtbot, window, stick)
    assert window.statusBar().currentMessage() == \
        "1 updated to the new version of its file; 1 left out: you removed it before."
    qtbot.waitUntil(lambda: not actions_of(window).removing, timeout=WAIT_MS * 4)
    (kept,) = documents.list()
    assert kept.id != earlier and kept.title == "Workshop handbook"  # one copy, the corrected one
    note = window.notes.note_for_item(kept.id)
    assert note is not None and note.text == NOTE and window.notes.is_bookmarked(kept.id)
    open_my_documents(qtbot, window)
    assert "My documents (1)" in collection_labels(window) and window.results_model.rowCount() == 1
    assert "gloves" in documents.page_text(kept.id, 1)


def test_a_note_being_typed_on_the_earlier_version_follows_it(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                              documents: DocumentService, stick: Path) -> None:
    """The earlier version is open, its note being typed, when its folder is read again: the text is saved and
    moved with the note, and the new version takes its place in the panes."""
    documents.add([stick])
    earlier = documents.list()[0].id
    window: MainWindow = make_window(documents=documents)
    open_my_documents(qtbot, window)
    panel = window.library.panel
    assert window.library.item is not None and window.library.item.id == earlier
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "Week 3: gloves too")  # not saved yet (the panel saves after a pause)
    text_pdf(stick / "handbook.pdf", ["Safety first: masks and gloves.", "Welding checklist."],
             title="Workshop handbook")
    read_again(qtbot, window, stick)
    qtbot.waitUntil(lambda: not actions_of(window).removing, timeout=WAIT_MS * 4)
    (kept,) = documents.list()
    assert kept.id != earlier and window.library.item is not None and window.library.item.id == kept.id
    note = window.notes.note_for_item(kept.id)
    assert note is not None and note.text == "Week 3: gloves too" and panel.editor.toPlainText() == note.text
    assert [n.title for n in window.notes.list_notes()] == ["Workshop handbook"]  # no second, "other version" note
    assert window.statusBar().currentMessage() == "1 updated to the new version of its file."
