"""The document reader as a trainer uses it: a real PDF written here, its pages, page box, zoom, outline, find
and selection; web pages, Markdown and text through the safe renderer; and a sentence, never a blank pane,
for a document that cannot be shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QUrl
from PySide6.QtPdf import QPdfSearchModel

from tests.ui.reader_pdfs import add_outline, lock, reshape, write_pdf
from tvet_desktop.search.marks import words_to_mark
from tvet_desktop.ui.reader.document_view import Document, DocumentView
from tvet_desktop.ui.reader.text_files import HTML, MARKDOWN, PDF, TEXT
from tvet_desktop.ui.settings import WindowSettings
from tvet_desktop.ui.worker import BackgroundWork

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.reader.pdf_reader import PdfReader

WAIT_MS = 5000


@pytest.fixture
def handbook(tmp_path: Path) -> Path:
    """40 pages; "grinding sparks" on pages 3 and 7 (twice there), a heading on page 37."""
    return write_pdf(tmp_path / "handbook.pdf", 40, {
        3: ["Keep grinding sparks away from solvents."],
        7: ["Grinding sparks travel far.", "Sweep before grinding sparks fly."],
        37: ["Chapter 9: hot work permits"],
    })


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path) -> Iterator[DocumentView]:
    work = BackgroundWork()
    shown = DocumentView(WindowSettings(tmp_path / "settings.ini"), work, open_external=lambda url: True)
    qtbot.addWidget(shown)
    shown.resize(800, 900)
    shown.show()
    yield shown
    work.wait()


def pdf_of(view: DocumentView) -> PdfReader:
    assert view.pdf is not None and view.stack.currentWidget() is view.pdf, "the PDF reader is not shown"
    return view.pdf


def finished_find(qtbot: QtBot, reader: PdfReader, text: str) -> None:
    reader.find_text(text)
    qtbot.waitUntil(lambda: reader.finder.finished, timeout=WAIT_MS)


def test_a_pdf_opens_at_the_page_asked_and_turns_with_page_down(qtbot: QtBot, view: DocumentView,
                                                                handbook: Path) -> None:
    view.show_document(Document("doc-1", handbook, PDF, page=37))
    reader = pdf_of(view)
    assert reader.page_box.text() == "37 of 40"
    assert 36 in reader.view.visible_pages()
    qtbot.keyClick(reader.view, Qt.Key.Key_PageDown)
    assert reader.page_box.text() == "38 of 40" and reader.page() == 38
    qtbot.keyClick(reader.view, Qt.Key.Key_PageUp)
    qtbot.keyClick(reader.view, Qt.Key.Key_PageUp)
    assert reader.page() == 36
    reader.page_box.setValue(5)  # typed into the box
    assert reader.page() == 5 and 4 in reader.view.visible_pages()


def test_the_view_lays_pages_out_as_qt_draws_them(view: DocumentView, handbook: Path) -> None:
    """Selection and the search's marks map mouse and page positions through this layout."""
    view.show_document(Document("doc-1", handbook, PDF))
    reader = pdf_of(view)
    for zoom in (None, 1.2, 1.2):
        if zoom is not None:
            reader.zoom(zoom)
        scroll = reader.view.verticalScrollBar()
        assert reader.view.document_height() - reader.view.viewport().height() == scroll.maximum()


def test_zoom_and_fit_to_width(view: DocumentView, handbook: Path) -> None:
    view.show_document(Document("doc-1", handbook, PDF, page=12))
    reader = pdf_of(view)
    fitted = reader.view.page_rects()[0].width()
    assert abs(fitted - (reader.view.viewport().width() - 12)) <= 1  # the page fills the pane's width
    reader.zoom_in_button.click()
    assert reader.view.page_rects()[0].width() > fitted * 1.15 and reader.page() == 12
    reader.fit_button.click()
    assert reader.view.page_rects()[0].width() == fitted and reader.page() == 12


def test_find_counts_every_hit_and_goes_from_one_to_the_next(qtbot: QtBot, view: DocumentView,
                                                             handbook: Path) -> None:
    view.show_document(Document("doc-1", handbook, PDF))
    reader = pdf_of(view)
    finished_find(qtbot, reader, "grinding sparks")
    assert reader.hit_count() == 3 and reader.find_count.text() == "3 hits"
    reader.find_next.click()
    assert reader.page() == 3 and reader.find_count.text() == "Hit 1 of 3"
    reader.find_next.click()
    reader.find_next.click()
    assert reader.page() == 7 and reader.find_count.text() == "Hit 3 of 3"
    assert len(reader.find_model.resultsOnPage(6)) == 2  # both hits on page 7 are painted
    finished_find(qtbot, reader, "oxyacetylene")
    assert reader.find_count.text() == "Not found in this document"


def test_the_search_words_are_painted_on_the_page(qtbot: QtBot, view: DocumentView, handbook: Path) -> None:
    view.show_document(Document("doc-1", handbook, PDF, page=7, words=("sparks",)))
    reader = pdf_of(view)
    marks = reader.view.word_marks(6)
    assert len(marks) == 2
    word = reader.view.to_viewport(6, marks[0]).toRect()
    before = word.translated(-word.width() - 10, 0)  # "Grinding", not marked
    qtbot.waitUntil(lambda: _tinted(reader, before.united(word)) > 0.1, timeout=WAIT_MS)  # Qt renders on a thread
    assert _tinted(reader, word) > 0.3 and _tinted(reader, before) < 0.02


def test_a_stem_marks_whole_words_on_the_page(qtbot: QtBot, view: DocumentView, tmp_path: Path) -> None:
    """Searching "extract" marks all of "Extraction" (Qt's own search would mark its first seven letters) and
    nothing inside "subtracted"."""
    path = write_pdf(tmp_path / "fumes.pdf", 2, {2: ["Extraction of welding fumes", "subtracted air"]})
    view.show_document(Document("doc-f", path, PDF, page=2, words=tuple(words_to_mark("extract"))))
    reader = pdf_of(view)
    marks = reader.view.word_marks(1)
    qt_search = QPdfSearchModel()
    qt_search.setDocument(reader.document)
    qt_search.setSearchString("extract")
    stem = [rect for result in qt_search.resultsOnPage(1) for rect in result.rectangles()]
    assert len(marks) == 1 and len(stem) == len("extract")  # one mark; Qt's: one rectangle per letter
    assert marks[0].left() <= stem[0].left() + 1 and marks[0].right() > stem[-1].right() + 10  # "ion" too
    assert reader.view.word_marks(0) == []


def test_marks_stay_on_their_words_after_a_character_with_no_text(qtbot: QtBot, view: DocumentView,
                                                                 tmp_path: Path) -> None:
    """A glyph PDFium has no Unicode for (a symbol its font lacks, as in subset or symbol fonts) is left out of
    the page's text but counted among its characters: the marks after it are still on their words."""
    path = write_pdf(tmp_path / "symbols.pdf", 1, {1: ["permit \U0001F525 \U0001F525 covers welding"]})
    view.show_document(Document("doc-s", path, PDF, page=1, words=("welding",)))
    reader = pdf_of(view)
    qt_search = QPdfSearchModel()  # Qt's own search counts characters as the selection does
    qt_search.setDocument(reader.document)
    qt_search.setSearchString("welding")
    (word,) = [result.rectangles() for result in qt_search.resultsOnPage(0)][:1]
    (mark,) = [rect for rect in reader.view.word_marks(0) if rect.top() < 100]
    assert abs(mark.left() - word[0].left()) <= 1 and abs(mark.right() - word[-1].right()) <= 1


@pytest.mark.parametrize(("crop", "rotate"), [(None, 90), ((30, 400, 560, 820), 0), ((30, 400, 560, 820), 270)])
def test_marks_are_on_their_words_on_cropped_and_turned_pages(qtbot: QtBot, view: DocumentView, tmp_path: Path,
                                                              crop: tuple[float, ...] | None, rotate: int) -> None:
    """Cropped print PDFs and landscape scans: the marks are where Qt draws the words. (Upside down, PDFium reads
    a line backwards: neither Qt's find nor the marks find its words.)"""
    path = reshape(write_pdf(tmp_path / "shaped.pdf", 1, {1: ["Check the hoses before welding."]}),
                   crop=crop, rotate=rotate)  # type: ignore[arg-type]
    view.show_document(Document("doc-r", path, PDF, page=1, words=("welding",)))
    reader = pdf_of(view)
    qt_search = QPdfSearchModel()
    qt_search.setDocument(reader.document)
    qt_search.setSearchString("welding")
    qtbot.waitUntil(lambda: bool(qt_search.resultsOnPage(0)), timeout=WAIT_MS)
    word = qt_search.resultsOnPage(0)[0].rectangles()
    united = word[0]
    for rect in word[1:]:
        united = united.united(rect)
    (mark,) = reader.view.word_marks(0)
    assert abs(mark.center().x() - united.center().x()) <= 2 and abs(mark.center().y() - united.center().y()) <= 2


def test_a_text_marks_whole_words_as_the_index_folds_them(qtbot: QtBot, view: DocumentView,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Éducation\n\nFume **extraction** saves lungs; subtracted air does not.\n", encoding="utf-8")
    view.show_document(Document("doc-m", path, MARKDOWN, words=tuple(words_to_mark("extract education"))))
    qtbot.waitUntil(lambda: bool(view.text.extraSelections()), timeout=WAIT_MS)
    assert [mark.cursor.selectedText() for mark in view.text.extraSelections()] == ["Éducation", "extraction"]


def test_a_text_s_marks_stay_on_their_words_after_emoji(qtbot: QtBot, view: DocumentView, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("📌 Pin this. 🔥🔥 Hot work: welding needs a permit.\n", encoding="utf-8")
    view.show_document(Document("doc-e", path, MARKDOWN, words=("welding", "permit")))
    qtbot.waitUntil(lambda: bool(view.text.extraSelections()), timeout=WAIT_MS)
    assert [mark.cursor.selectedText() for mark in view.text.extraSelections()] == ["welding", "permit"]


def _tinted(reader: PdfReader, rect: QRect) -> float:
    """The share of pixels in ``rect`` painted in the accent (blue) colour."""
    image = reader.view.viewport().grab().toImage()
    pixels = [image.pixelColor(x, y) for x in range(rect.left(), rect.right())
              for y in range(rect.top(), rect.bottom())]
    return sum(1 for colour in pixels if colour.blue() - colour.red() > 25) / max(1, len(pixels))


def test_the_outline_lists_the_chapters_and_opens_them(qtbot: QtBot, view: DocumentView, handbook: Path) -> None:
    add_outline(handbook, [("Safety first", 3), ("Hot work permits", 37)])
    view.resize(1000, 900)  # a wide pane shows the outline beside the pages
    view.show_document(Document("doc-1", handbook, PDF))
    reader = pdf_of(view)
    model = reader.outline.model()
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles == ["Safety first", "Hot work permits"]
    assert reader.outline.isVisible() and reader.outline_button.isEnabled()
    reader.outline.clicked.emit(model.index(1, 0))
    assert reader.page() == 37
    reader.page_box.setValue(5)  # reading on: the outline shows which part
    assert reader.outline.currentIndex().data() == "Safety first"


def test_a_pdf_without_outline_hides_it(view: DocumentView, handbook: Path) -> None:
    view.resize(1000, 900)
    view.show_document(Document("doc-1", handbook, PDF))
    reader = pdf_of(view)
    assert not reader.outline.isVisible() and not reader.outline_button.isEnabled()


def test_a_narrow_pane_shows_the_outline_when_asked(view: DocumentView, handbook: Path) -> None:
    add_outline(handbook, [("Safety first", 3)])
    view.resize(500, 700)
    view.show_document(Document("doc-1", handbook, PDF))
    reader = pdf_of(view)
    assert not reader.outline.isVisible() and reader.outline_button.isEnabled()
    reader.outline_button.click()
    assert reader.outline.isVisible()
    view.resize(520, 700)  # the reader's choice stays
    assert reader.outline.isVisible()


def test_a_wide_pane_puts_find_beside_the_page_controls(view: DocumentView, handbook: Path) -> None:
    view.resize(1200, 900)
    view.show_document(Document("doc-1", handbook, PDF))
    reader = pdf_of(view)
    assert view.header.indexOf(reader.find_bar) >= 0 and reader.find_bar.isVisible()
    view.resize(600, 900)
    assert view.header.indexOf(reader.find_bar) < 0 and reader.find_bar.isVisible()


def test_a_drag_selects_text_on_its_page(qtbot: QtBot, view: DocumentView, handbook: Path) -> None:
    view.show_document(Document("doc-1", handbook, PDF))
    reader = pdf_of(view)
    finished_find(qtbot, reader, "Keep grinding sparks away from solvents.")
    reader.find_next.click()
    hit = reader.find_model.resultAtIndex(0)
    first = reader.view.to_viewport(hit.page(), hit.rectangles()[0]).center().toPoint()
    last = reader.view.to_viewport(hit.page(), hit.rectangles()[-1]).center().toPoint()
    viewport = reader.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=first - QPoint(3, 0))
    qtbot.mouseMove(viewport, last + QPoint(3, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=last + QPoint(3, 0))
    assert view.selection() == ("Keep grinding sparks away from solvents.", 3)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=first)  # a click elsewhere clears it
    assert view.selection() == ("", None)


def test_the_last_page_read_is_remembered_per_document(qtbot: QtBot, tmp_path: Path, view: DocumentView,
                                                       handbook: Path) -> None:
    other = write_pdf(tmp_path / "other.pdf", 5)
    view.show_document(Document("doc-1", handbook, PDF))
    pdf_of(view).page_box.setValue(12)
    view.show_document(Document("doc-2", other, PDF))
    assert pdf_of(view).page() == 1
    view.show_document(Document("doc-1", handbook, PDF))
    assert pdf_of(view).page() == 12
    view.show_document(Document("doc-2", other, PDF))
    pdf_of(view).page_box.setValue(3)
    view.show_document(Document("doc-1", handbook, PDF))  # opening moves from page 3 to 1 first: not remembered
    assert pdf_of(view).page() == 12
    assert WindowSettings(tmp_path / "settings.ini").last_page("doc-1") is not None  # kept for the next run


@pytest.mark.parametrize(("make", "sentence"), [
    (lambda folder: lock(write_pdf(folder / "locked.pdf", 2), "secret"), "locked with a password"),
    (lambda folder: _truncated(write_pdf(folder / "cut.pdf", 3)), "damaged or is not really a PDF"),
    (lambda folder: _written(folder / "fake.pdf", b"<html>not a pdf</html>"), "damaged or is not really a PDF"),
    (lambda folder: folder / "gone.pdf", "missing"),
])
def test_a_pdf_that_cannot_be_shown_says_why_and_offers_the_system_viewer(view: DocumentView, tmp_path: Path,
                                                                          make: object, sentence: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    view.show_document(Document("bad", path, PDF))
    assert view.stack.currentWidget() is view.problem and view.problem.isVisible()
    assert sentence in view.problem.text()
    assert view.viewer_button.isVisible() and view.viewer_button.isEnabled()


def _truncated(path: Path) -> Path:
    path.write_bytes(path.read_bytes()[:300])
    return path


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_file_not_on_this_computer_says_so(view: DocumentView) -> None:
    view.show_document(Document("doc-9", None, PDF, problem="This publication's PDF is not kept offline."))
    assert view.problem.text() == "This publication's PDF is not kept offline."
    assert not view.viewer_button.isEnabled()


def test_the_system_viewer_gets_the_file(tmp_path: Path, view: DocumentView, handbook: Path) -> None:
    asked: list[str] = []

    def system_viewer(url: QUrl) -> bool:
        asked.append(url.toLocalFile())
        return True

    view._open_external = system_viewer
    view.show_document(Document("doc-1", handbook, PDF))
    view.viewer_button.click()
    assert asked == [str(handbook)]


@pytest.mark.parametrize(("name", "media_type", "content", "shown", "never"), [
    ("page.html", HTML, "<h1>Lathe setup</h1><script>document.write('x')</script><img src='/etc/passwd'>"
     "<p>Check the chuck key.</p>", "Check the chuck key.", "document.write"),
    ("notes.md", MARKDOWN, "# Lathe setup\n\nCheck the **chuck key**.\n\n![x](file:///etc/passwd)",
     "Check the chuck key.", "passwd"),
    ("plain.txt", TEXT, "Lathe setup\n\nCheck the chuck key. <b>not bold</b>", "<b>not bold</b>", "passwd"),
])
def test_text_documents_go_through_the_safe_renderer(qtbot: QtBot, tmp_path: Path, view: DocumentView,
                                                     name: str, media_type: str, content: str, shown: str,
                                                     never: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    view.show_document(Document("doc-t", path, media_type))
    assert view.stack.currentWidget() is view.text
    qtbot.waitUntil(lambda: shown in view.text.toPlainText(), timeout=WAIT_MS)
    assert never not in view.text.toPlainText() and "Lathe setup" in view.text.toPlainText()


def test_a_missing_text_file_says_why(qtbot: QtBot, tmp_path: Path, view: DocumentView) -> None:
    view.show_document(Document("doc-t", tmp_path / "gone.md", MARKDOWN))
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.problem, timeout=WAIT_MS)
    assert view.problem.text().startswith("This document could not be shown:")


def test_a_text_opened_at_a_found_part_scrolls_there_without_selecting_it(qtbot: QtBot, tmp_path: Path,
                                                                          view: DocumentView) -> None:
    """A search hit on the third part of a long handout: the text opens there, its words marked, and nothing is
    selected (Quote selection would otherwise take the part's first words into the note)."""
    parts = [f"Part {number}: " + "grinding sparks and solvents " * 120 for number in (1, 2, 3)]
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    view.show_document(Document("doc-l", path, TEXT, page=3, words=("solvents",), pages=3,
                                page_text=lambda page: parts[page - 1]))
    qtbot.waitUntil(lambda: "Part 3" in view.text.toPlainText() and bool(view.text.extraSelections()),
                    timeout=WAIT_MS)
    cursor = view.text.textCursor()
    assert not cursor.hasSelection() and view.selection() == ("", None)
    assert view.text.toPlainText()[cursor.position():].startswith("Part 3")
