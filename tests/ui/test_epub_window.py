"""An EPUB book in the window: each chapter through the safe renderer (headings and paragraphs, never a script),
the book's own pictures shown, and nothing loaded from the network or from outside the book: a picture on a
real HTTP server on 127.0.0.1 and one beside the book on disk stay unasked for and unshown. Books written here
with zipfile; what is checked is what the pane paints and says."""

from __future__ import annotations

import http.server
import threading
from typing import TYPE_CHECKING, ClassVar

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QImageWriter, QTextCursor

from tests.documents.files import epub
from tests.ui.conftest import WAIT_MS
from tvet_desktop.documents.service import DocumentService
from tvet_desktop.library.search import MY_DOCUMENTS
from tvet_desktop.ui.reader.document_view import Document, DocumentView
from tvet_desktop.ui.settings import WindowSettings
from tvet_desktop.ui.worker import BackgroundWork

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.main_window import MainWindow

EPUB = "application/epub+zip"
BLUE, RED = QColor(20, 60, 220), QColor(230, 20, 20)


def png(colour: QColor, size: int = 60) -> bytes:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(colour)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    return bytes(data.data())


class Spy(http.server.BaseHTTPRequestHandler):
    asked: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Spy.asked.append(self.path)
        body = png(RED)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def spy() -> Iterator[str]:
    """A real web server on 127.0.0.1 serving a red picture, noting every request."""
    Spy.asked = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Spy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def book(tmp_path: Path, spy: str) -> Path:
    """Two chapters; the first shows a blue picture of the book, and names a red one on the web, a red one beside
    the book on disk (by a relative path climbing out, and by file:), and a fake picture that is a script."""
    (tmp_path / "red.png").write_bytes(png(RED))
    first = ("<h1>Arc welding basics</h1><p>Strike the arc gently.</p>"
             '<p><img src="images/blue.png" alt="A blue mask"/></p>'
             f'<p><img src="{spy}/spy.png"/><img src="../../red.png"/><img src="file://{tmp_path}/red.png"/>'
             '<img src="images/fake.png"/></p>'
             "<script>document.write('Injected by the book')</script>"
             '<p onclick="steal()">Wear a mask.</p><style>p { color: red }</style>')
    second = "<h1>Gas welding</h1><p>Check the hoses.</p>" + "<p>Keep the bottles upright.</p>" * 80 + \
        '<p>Flashback arrestors on both hoses.</p><p><a href="c0.xhtml">Back to arc welding</a></p>'
    return epub(tmp_path / "welding.epub", [first, second],
                title="Welding book", extra={"OEBPS/images/blue.png": png(BLUE),
                                             "OEBPS/images/fake.png": b"<script>alert(1)</script>"})


def painted(view: DocumentView) -> QImage:
    view.text.viewport().repaint()
    return view.text.viewport().grab().toImage()


def count(image: QImage, colour: QColor) -> int:
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y) == colour)


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path) -> Iterator[DocumentView]:
    work = BackgroundWork()
    shown = DocumentView(WindowSettings(tmp_path / "settings.ini"), work, open_external=lambda url: True)
    qtbot.addWidget(shown)
    shown.resize(800, 700)
    shown.show()
    yield shown
    work.wait()


def test_a_chapter_shows_its_text_and_its_own_pictures_and_nothing_else(qtbot: QtBot, view: DocumentView,
                                                                        book: Path) -> None:
    view.show_document(Document("book", book, EPUB, page=1))
    qtbot.waitUntil(lambda: view.text.toPlainText().startswith("Arc welding basics"), timeout=WAIT_MS)
    text = view.text.toPlainText()
    assert "Strike the arc gently." in text and "Wear a mask." in text
    assert "Injected" not in text and "alert" not in text and "color" not in text
    assert view.chapter_label.text() == "Chapter 1 of 2" and not view.chapter_previous.isEnabled()
    image = painted(view)
    assert count(image, BLUE) > 100  # the book's picture is shown
    assert count(image, RED) == 0  # none from the web, from beside the book, or a script posing as a picture
    assert Spy.asked == []  # and the web server was never asked
    layout = view.text.document().documentLayout()
    block = view.text.document().begin()
    while "\ufffc" not in block.text():
        block = block.next()
    assert layout.blockBoundingRect(block).height() < 60 * 1.2  # no half a picture of space under it
    view.chapter_next.click()
    qtbot.waitUntil(lambda: view.text.toPlainText().startswith("Gas welding"), timeout=WAIT_MS)
    assert view.chapter_label.text() == "Chapter 2 of 2" and not view.chapter_next.isEnabled()
    assert count(painted(view), BLUE) == 0


def test_a_link_to_another_chapter_opens_it(qtbot: QtBot, view: DocumentView, book: Path) -> None:
    view.show_document(Document("book", book, EPUB, page=2))
    qtbot.waitUntil(lambda: view.text.toPlainText().startswith("Gas welding"), timeout=WAIT_MS)
    view.text.anchorClicked.emit(QUrl("chapter:1"))  # the click on "Back to arc welding"
    qtbot.waitUntil(lambda: view.text.toPlainText().startswith("Arc welding basics"), timeout=WAIT_MS)
    assert view.chapter_label.text() == "Chapter 1 of 2"


def test_a_chapter_a_search_found_opens_at_its_words(qtbot: QtBot, view: DocumentView, book: Path) -> None:
    view.show_document(Document("book", book, EPUB, page=2, words=("arrestors",)))
    qtbot.waitUntil(lambda: bool(view.text.extraSelections()), timeout=WAIT_MS)
    selections = view.text.extraSelections()
    marked = QTextCursor(selections[0].cursor)
    assert marked.selectedText() == "arrestors"
    assert view.text.verticalScrollBar().value() > 0  # scrolled down to it, far below the chapter's start
    assert view.text.cursorRect(marked).intersects(view.text.viewport().rect())


def test_a_zip_bomb_book_says_why_it_is_not_shown(qtbot: QtBot, view: DocumentView, tmp_path: Path) -> None:
    bomb = epub(tmp_path / "bomb.epub", ["<p>Hi</p>"], extra={"OEBPS/images/huge.png": b"\0" * (80 * 1024**2)})
    view.show_document(Document("bomb", bomb, EPUB))
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.problem, timeout=WAIT_MS)
    assert view.problem.text().startswith("This document could not be shown: “bomb.epub” is damaged or is not a "
                                          "safe EPUB book.")
    assert view.viewer_button.isEnabled()


def test_a_book_outside_names_is_refused(qtbot: QtBot, view: DocumentView, tmp_path: Path) -> None:
    sly = epub(tmp_path / "sly.epub", ["<p>Hi</p>"], extra={"../../outside.png": png(RED)})
    view.show_document(Document("sly", sly, EPUB))
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.problem, timeout=WAIT_MS)
    assert "“sly.epub” is damaged or is not a safe EPUB book" in view.problem.text()
    assert view.viewer_button.isEnabled()


def test_a_book_added_to_my_documents_opens_at_the_chapter_left(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                                data_dir: Path, book: Path) -> None:
    documents = DocumentService.open()
    try:
        assert documents.add([book]).added
        window: MainWindow = make_window(documents=documents)
        with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
            window.library.collections.choose(MY_DOCUMENTS)
        window.results.list.setCurrentIndex(window.results_model.index(0))
        view = window.reading_area.documents
        assert view is not None and window.reading_area.showing_document()
        qtbot.waitUntil(lambda: view.text.toPlainText().startswith("Arc welding basics"), timeout=WAIT_MS)
        view.chapter_next.click()
        qtbot.waitUntil(lambda: view.text.toPlainText().startswith("Gas welding"), timeout=WAIT_MS)
        window.results.list.setCurrentIndex(window.results_model.index(0).siblingAtRow(-1))
        window.open_item("welding-safety-guide")  # away, then back: where it was left
        window.open_item(documents.list()[0].id)
        qtbot.waitUntil(lambda: view.text.toPlainText().startswith("Gas welding"), timeout=WAIT_MS)
        assert view.chapter_label.text() == "Chapter 2 of 2"
    finally:
        window.work.wait()
        documents.close()


def test_a_chapter_of_tiny_files_claiming_huge_pictures_shows_only_its_budget() -> None:
    from tvet_desktop.ui.reader.book_pictures import CHAPTER_PIXELS, pictures_of

    tall = QImage(300, 100_000, QImage.Format.Format_Grayscale8)  # narrower than the pane: never scaled down
    tall.fill(0)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(tall)
    small = bytes(data.data())
    assert len(small) < 200_000  # a few kilobytes on disk, 30 million pixels each once decoded
    shown = pictures_of({f"p{n}.png": small for n in range(6)}, 800)
    assert len(shown) == 2 and sum(i.width() * i.height() for i in shown.values()) <= CHAPTER_PIXELS
