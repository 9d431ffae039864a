"""The reader in the window: a document found by the search opens at its page with the words marked, a passage
quoted into the note ends with its page, the page reference in the note opens that page again, and the window
starts without Qt's PDF module."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from tests.conftest import ITEMS
from tests.ui.conftest import WAIT_MS, shown
from tests.ui.reader_pdfs import write_pdf
from tvet_desktop.documents.service import DocumentService
from tvet_desktop.library.store import open_notes
from tvet_desktop.ui.main_window import MainWindow
from tvet_desktop.ui.settings import WindowSettings
from tvet_desktop.ui.worker import BackgroundWork

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.catalog.snapshot import Catalog
    from tvet_desktop.ui.reader.pdf_reader import PdfReader


@pytest.fixture
def documents(tmp_path: Path, data_dir: Path) -> Iterator[DocumentService]:
    service = DocumentService.open(data_dir / "documents")
    handbook = write_pdf(tmp_path / "handbook.pdf", 40, {
        3: ["Oxyacetylene cylinders stand upright and chained."],
        37: ["Oxyacetylene hoses are checked for cracks before every shift."],
    })
    report = service.add([handbook])
    assert report.added, report.failed
    yield service
    service.close()


@pytest.fixture
def doc_window(qtbot: QtBot, catalog: Catalog, data_dir: Path, documents: DocumentService) -> Iterator[MainWindow]:
    work = BackgroundWork()
    notes = open_notes(data_dir)
    window = MainWindow(catalog, notes, WindowSettings(data_dir / "settings.ini"), work, documents=documents)
    window.remember_state = False
    window.resize(1400, 900)
    yield shown(qtbot, window)
    work.wait()
    notes.close()


def doc_id(documents: DocumentService) -> str:
    return documents.list()[0].id


def reader_of(window: MainWindow) -> PdfReader:
    view = window.reading_area.documents
    assert window.reading_area.showing_document() and view is not None and view.pdf is not None
    return view.pdf


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_field.setText(text)


def test_a_page_hit_opens_the_reader_at_that_page_with_the_words_marked(qtbot: QtBot, doc_window: MainWindow,
                                                                       documents: DocumentService) -> None:
    search(qtbot, doc_window, "hoses cracks")
    rows = [doc_window.results_model.index(row).data(Qt.ItemDataRole.UserRole + 2)
            for row in range(doc_window.results_model.rowCount())]
    assert doc_id(documents) in rows
    doc_window.results.list.setCurrentIndex(doc_window.results_model.index(rows.index(doc_id(documents))))
    reader = reader_of(doc_window)
    assert reader.page_box.text() == "37 of 40"
    assert len(reader.view.word_marks(36)) >= 2  # "hoses" and "cracks" painted on page 37
    assert doc_window.library.panel.heading.full_text.startswith("My note on")


def test_a_page_row_opens_its_page(qtbot: QtBot, doc_window: MainWindow, documents: DocumentService) -> None:
    doc_window.open_item(f"page:{doc_id(documents)}:3")
    assert reader_of(doc_window).page() == 3


def test_quote_a_pdf_passage_into_the_note_with_its_page_and_open_it_again(qtbot: QtBot, doc_window: MainWindow,
                                                                           documents: DocumentService) -> None:
    assert doc_window.open_item(doc_id(documents), page=37)
    reader = reader_of(doc_window)
    reader.find_text("Oxyacetylene hoses are checked for cracks before every shift.")
    qtbot.waitUntil(lambda: reader.finder.finished, timeout=WAIT_MS)
    reader.find_next.click()
    hit = reader.find_model.resultAtIndex(0)
    start = reader.view.to_viewport(hit.page(), hit.rectangles()[0]).center().toPoint() - QPoint(3, 0)
    end = reader.view.to_viewport(hit.page(), hit.rectangles()[-1]).center().toPoint() + QPoint(3, 0)
    qtbot.mousePress(reader.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(reader.view.viewport(), end)
    qtbot.mouseRelease(reader.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    doc_window.item_actions["quote"].trigger()  # Notes → Quote selection into note (Ctrl+Shift+Q)
    note = doc_window.library.panel.editor.toPlainText()
    assert "> Oxyacetylene hoses are checked for cracks before every shift. (p. 37)" in note

    reader.page_box.setValue(1)  # read on elsewhere, then follow the reference in the note
    panel = doc_window.library.panel
    panel.preview_toggle.setChecked(True)
    qtbot.waitUntil(lambda: "p. 37" in panel.preview.toPlainText() and panel.preview.viewport().width() > 100,
                    timeout=WAIT_MS)
    found = panel.preview.document().find("p. 37")
    assert found.charFormat().anchorHref() == "page:37"  # the reference is a link
    inside = QTextCursor(panel.preview.document())
    inside.setPosition(found.selectionStart() + 2)
    where = panel.preview.cursorRect(inside).center()
    qtbot.mouseClick(panel.preview.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert reader.page() == 37


def test_the_open_document_found_by_other_words_opens_at_their_page_when_picked(qtbot: QtBot, doc_window: MainWindow,
                                                                                 documents: DocumentService) -> None:
    """A new search finds the document being read on another page: the reader stays where the user reads until
    they pick its row again, which opens it at the new page with the new words marked."""
    def pick_document() -> None:
        ids = [doc_window.results_model.index(row).data(Qt.ItemDataRole.UserRole + 2)
               for row in range(doc_window.results_model.rowCount())]
        doc_window.results.list.setCurrentIndex(doc_window.results_model.index(ids.index(doc_id(documents))))

    search(qtbot, doc_window, "hoses cracks")
    pick_document()
    reader = reader_of(doc_window)
    assert reader.page() == 37
    search(qtbot, doc_window, "cylinders upright")
    assert reader.page() == 37 and reader.view.word_marks(36)  # still reading, the earlier words still marked
    assert not doc_window.results.list.currentIndex().isValid()  # the row does not claim to be what is shown
    pick_document()
    assert reader.page() == 3 and reader.view.word_marks(2) and not reader.view.word_marks(36)
    search(qtbot, doc_window, "oxyacetylene")
    search(qtbot, doc_window, "cylinders upright")  # found at the page shown, with the words marked: still its row
    assert doc_window.results.list.currentIndex().isValid() and reader.page() == 3


def test_a_document_opened_at_its_hit_s_page_by_a_link_is_its_row_in_the_list(qtbot: QtBot, doc_window: MainWindow,
                                                                              documents: DocumentService) -> None:
    """Opened other than from its row (a page reference in a note, a corrected version), at the page the search
    finds: the next results show its row as the one open."""
    search(qtbot, doc_window, "hoses cracks")
    assert doc_window.open_item(doc_id(documents), page=37)
    with qtbot.waitSignal(doc_window.search_finished, timeout=WAIT_MS):
        doc_window.run_search()
    current = doc_window.results.list.currentIndex()
    assert current.isValid() and current.data(Qt.ItemDataRole.UserRole + 2) == doc_id(documents)
    assert reader_of(doc_window).page() == 37


def test_a_note_found_by_a_quote_opens_its_document_at_the_quote_s_page(qtbot: QtBot, doc_window: MainWindow,
                                                                        documents: DocumentService) -> None:
    """The search finds the words of a quote in the user's note: the note's row opens the document at the page
    the quote names, with the words marked; found in a paragraph of the user's own, where it was left."""
    doc_window.notes.save_item_note(doc_id(documents), "Week 2 plan: regulators.\n\n> Cylinders stand upright "
                                    "(p. 3)\n\nRemind them.\n\n> Hoses and regulators are checked for cracks "
                                    "(p. 37)\n", "Handbook", None)
    for words, page in (("plan", 1), ("regulators cracks", 37), ("cylinders upright", 3)):
        search(qtbot, doc_window, words)
        ids = [doc_window.results_model.index(row).data(Qt.ItemDataRole.UserRole + 2)
               for row in range(doc_window.results_model.rowCount())]
        note_row = next(row for row, row_id in enumerate(ids) if str(row_id).startswith("note:"))
        doc_window.results.list.setCurrentIndex(doc_window.results_model.index(note_row))
        assert reader_of(doc_window).page() == page, words  # (the same note opened again, at another page)
    search(qtbot, doc_window, "cylinders")  # another search: the note's document stays open
    assert doc_window.reading_area.showing_document() and reader_of(doc_window).page() == 3


def test_a_document_whose_copy_is_gone_says_so(qtbot: QtBot, doc_window: MainWindow,
                                               documents: DocumentService) -> None:
    path, _ = documents.file_of(doc_id(documents))
    path.unlink()
    assert doc_window.open_item(doc_id(documents))
    view = doc_window.reading_area.documents
    assert view is not None and view.stack.currentWidget() is view.problem
    assert "missing" in view.problem.text() and view.problem.isVisible()


def test_picking_a_catalogue_item_brings_the_item_pane_back(qtbot: QtBot, doc_window: MainWindow,
                                                            documents: DocumentService) -> None:
    doc_window.open_item(doc_id(documents))
    assert doc_window.reading_area.showing_document()
    doc_window.open_item(ITEMS[0]["id"])
    assert doc_window.reading_area.currentWidget() is doc_window.reader and doc_window.reader.item is not None


def test_the_window_starts_without_qt_pdf(tmp_path: Path, data_dir: Path, snapshot_path: Path) -> None:
    """Start-up stays as fast as before: Qt's PDF module is loaded with the first document, not the window."""
    script = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(["t", "-platform", "offscreen"])
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.documents.service import DocumentService
from tvet_desktop.library.store import open_notes
from tvet_desktop.ui.main_window import MainWindow
from tvet_desktop.ui.settings import WindowSettings
from tvet_desktop.ui.worker import BackgroundWork
work = BackgroundWork()
settings = WindowSettings(Path({str(tmp_path / "s.ini")!r}))
window = MainWindow(Catalog({str(snapshot_path)!r}), open_notes(), settings, work,
                    documents=DocumentService.open())
window.run_first_search()
window.show()
app.processEvents()
work.wait()
print(sorted(name for name in sys.modules if "QtPdf" in name or "pypdf" in name))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
