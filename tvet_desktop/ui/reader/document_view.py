"""One document in the reading pane, whatever its format, and never a blank pane.

A PDF goes to the PDF reader (imported here on first use, not at start-up); a web page, Markdown or text
file, and an EPUB book chapter by chapter, is read and rendered off the GUI thread through the safe renderer
(nothing loaded from the network or from outside the file; a book's own pictures are shown) into a reading
pane of its own. A document that cannot be shown says why in one sentence and offers the system's own viewer.
"""

from __future__ import annotations

from collections.abc import Callable  # noqa: TC003 - a field's type in a NamedTuple is read at run time
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QTextEdit, QToolButton, QVBoxLayout, QWidget

from ...search.marks import marked_spans
from ...text import utf16_positions
from ..local_format import number
from ..plain import label
from ..reading_pane import ReadingPane
from ..worker import Latest, explain
from .arrows import turning_arrows
from .text_files import EPUB, PDF, book_chapter, document_html

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QImage, QResizeEvent

    from ..worker import BackgroundWork
    from .pdf_reader import PdfReader


FIND_BESIDE_WIDTH = 860  # from this width the find bar sits in the header row, beside the page controls
MAX_TEXT_MARKS = 2000  # the search's words marked in a text; past that the text is all marks anyway


class Document(NamedTuple):
    """What the window asks to show."""

    key: str  # the last page read is remembered under it (the item id)
    path: Path | None  # None: the file is not on this computer (``problem`` says why)
    media_type: str
    page: int | None = None  # from 1; None: where the reader left it last time
    words: tuple[str, ...] = ()  # the search's words, marked on the pages
    problem: str | None = None
    pages: int = 0  # an EPUB's chapters, a text's parts of about a page (as the search counts them)
    page_text: Callable[[int], str] | None = None  # a page's text as indexed (runs on a worker thread)


class Shown(NamedTuple):
    """What a worker read for the text pane."""

    html: str
    start: str = ""  # the first words of the part a page hit names, to scroll to
    pictures: dict[str, QImage] | None = None  # a book's pictures, by the names its HTML gives them
    chapters: int = 0  # a book's chapters, as its reading order has them


class Positions(Protocol):
    def last_page(self, key: str) -> int | None: ...

    def save_last_page(self, key: str, page: int) -> None: ...


class DocumentView(QWidget):
    page_changed = Signal(int)  # the PDF page shown, from 1
    status = Signal(str)  # a short message for the status bar
    selection_changed = Signal()

    def __init__(self, positions: Positions, work: BackgroundWork | None = None,
                 open_external: Callable[[QUrl], object] = QDesktopServices.openUrl,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.positions, self.work, self._open_external = positions, work, open_external
        self.remember = True  # off for --screenshot, which must not change the user's settings
        self.document: Document | None = None
        self.pdf: PdfReader | None = None  # made when the first PDF opens
        self._renders = Latest()
        self._loading = False
        self.text = ReadingPane(open_external, work=work)
        self.text.setAccessibleName(self.tr("Document text"))
        self.text.copyAvailable.connect(lambda _: self.selection_changed.emit())
        self.text.anchorClicked.connect(self._follow_in_book)  # a book's link to another of its chapters
        self.problem = label()
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setAccessibleName(self.tr("Why this document is not shown"))
        self.problem.setMargin(24)
        self.viewer_button = QPushButton(self.tr("Open with the system viewer"))
        self.viewer_button.setToolTip(self.tr("Open this file in the program your computer uses for it"))
        self.viewer_button.clicked.connect(self.open_outside)
        previous, following = turning_arrows()
        self.chapter_previous = self._button(previous, self.tr("Previous chapter"), lambda: self._turn_chapter(-1))
        self.chapter_label = label()
        self.chapter_label.setAccessibleName(self.tr("Chapter"))
        self.chapter_next = self._button(following, self.tr("Next chapter"), lambda: self._turn_chapter(1))
        self.chapter = 0  # the EPUB chapter shown, from 1
        self.chapters = 0  # the book's chapters (0: not known yet)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.text)
        self.stack.addWidget(self.problem)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        for widget in (self.chapter_previous, self.chapter_label, self.chapter_next):
            self.header.addWidget(widget)
        self.header.addStretch(1)
        self.header.addWidget(self.viewer_button)
        self._show_chapter_bar(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.header)
        layout.addWidget(self.stack, 1)

    # -- showing -----------------------------------------------------------------------------------
    def show_document(self, document: Document) -> None:
        self.document = document
        self.chapters = 0
        self.text.pictures = {}
        self._renders.take()  # a text still being read for the previous document is not shown
        self.viewer_button.setEnabled(document.path is not None)
        if document.problem is not None or document.path is None:
            self.show_problem(document.problem or self.tr("The file of this document is not on this computer."))
        elif document.media_type == PDF:
            self._show_pdf(document, document.path)
        elif document.media_type == EPUB:
            self._show_chapter(document.page or self.positions.last_page(document.key) or 1)
        else:
            self._show_text(document, document.path)

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def show_problem(self, sentence: str) -> None:
        self._toolbar(None)
        self._show_chapter_bar(False)
        self.problem.setText(sentence + ("\n\n" + self.tr("You can still try the system viewer.")
                                         if self.viewer_button.isEnabled() else ""))
        self.stack.setCurrentWidget(self.problem)

    def _show_pdf(self, document: Document, path: Path) -> None:
        reader = self._pdf_reader()
        page = document.page or self.positions.last_page(document.key) or 1  # before loading moves to page 1
        self._loading = True  # that move is not the reader's: it is not remembered
        try:
            problem = reader.load(path)
        finally:
            self._loading = False
        if problem is not None:
            self.show_problem(problem)
            return
        self.stack.setCurrentWidget(reader)
        self._toolbar(reader)
        self._show_chapter_bar(False)
        reader.show_page(page, list(document.words))

    def _pdf_reader(self) -> PdfReader:
        if self.pdf is None:
            from .pdf_reader import PdfReader  # Qt's PDF module: loaded with the first PDF, not at start-up

            self.pdf = PdfReader()
            self.pdf.page_changed.connect(self._page_changed)
            self.pdf.view.selection_changed.connect(lambda _: self.selection_changed.emit())
            self.stack.addWidget(self.pdf)
        return self.pdf

    def _toolbar(self, reader: PdfReader | None) -> None:
        """The PDF reader's page controls sit in the header row, beside the system viewer's button; in a wide
        pane its find bar joins them, so the page gets the height."""
        if self.pdf is not None:
            if reader is not None and self.header.indexOf(self.pdf.toolbar) < 0:
                self.header.insertWidget(0, self.pdf.toolbar)
            self.pdf.toolbar.setVisible(reader is not None)
            self._place_find_bar()

    def _place_find_bar(self) -> None:
        if self.pdf is None:
            return
        beside = self.width() >= FIND_BESIDE_WIDTH
        if beside and self.header.indexOf(self.pdf.find_bar) < 0:
            self.header.insertWidget(1, self.pdf.find_bar, 1)
        elif not beside and self.header.indexOf(self.pdf.find_bar) >= 0:
            below = self.pdf.layout()
            assert isinstance(below, QVBoxLayout)
            below.insertWidget(0, self.pdf.find_bar)
        self.pdf.find_bar.setVisible(self.stack.currentWidget() is self.pdf or not beside)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_find_bar()

    def _show_text(self, document: Document, path: Path) -> None:
        """A web page, Markdown or text file, whole (as far as the renderer goes), opened at ``page``'s part."""
        self._toolbar(None)
        self._show_chapter_bar(False)
        page, page_text, media_type = document.page, document.page_text, document.media_type

        def read() -> Shown:
            start = page_text(page) if page and page_text else ""
            return Shown(document_html(path, media_type), start)

        self._render(read)

    def _show_chapter(self, chapter: int) -> None:
        """One chapter of an EPUB through the safe renderer: its text and structure, and the pictures the book
        itself holds (never its scripts or styles, nor anything from outside the book)."""
        document = self.document
        assert document is not None and document.path is not None
        path, count = document.path, self.chapters or document.pages
        self.chapter = max(1, min(chapter, count) if count else chapter)
        self._toolbar(None)
        self._show_chapter_bar(True)
        self._label_chapter(count)
        self._page_changed(self.chapter)
        number = self.chapter
        # The text's width, once a long chapter's scroll bar takes its place: a picture never scrolls sideways.
        width = (self.text.width() - self.text.verticalScrollBar().sizeHint().width() - 2 * self.text.frameWidth()
                 - 2 * int(self.text.document().documentMargin()) - 4)

        from .book_pictures import load_formats, pictures_of

        load_formats()  # before a worker decodes a picture

        def read() -> Shown:
            read = book_chapter(path, number)
            return Shown(read.html, pictures=pictures_of(read.pictures, width), chapters=read.chapters)

        self._render(read)

    def _label_chapter(self, count: int) -> None:
        self.chapters = count
        chapter = number(self.chapter)  # in the language's digits
        self.chapter_label.setText(self.tr("Chapter {number} of {count}").format(number=chapter, count=number(count))
                                   if count else self.tr("Chapter {number}").format(number=chapter))
        self.chapter_previous.setEnabled(self.chapter > 1)
        self.chapter_next.setEnabled(not count or self.chapter < count)

    def _follow_in_book(self, url: QUrl) -> None:
        number = url.path() if url.scheme() == "chapter" else ""  # documents.epub.CHAPTER_SCHEME
        if number.isdigit() and self.document is not None and self.document.media_type == EPUB:
            self._show_chapter(int(number))

    def _turn_chapter(self, steps: int) -> None:
        self._show_chapter(self.chapter + steps)

    def _show_chapter_bar(self, shown: bool) -> None:
        for widget in (self.chapter_previous, self.chapter_label, self.chapter_next):
            widget.setVisible(shown)

    def _render(self, read: Callable[[], Shown]) -> None:
        """``read`` (a file, a page's text) off the GUI thread, then shown with the search's words marked."""
        self.stack.setCurrentWidget(self.text)
        if self.work is None:
            try:
                self._rendered(read())
            except Exception as error:  # as a background job's failure: one sentence
                self._text_failed(error)
            return
        self.text.show_html(f"<p class='meta'>{self.tr('Loading…')}</p>")
        self.work.run_latest(self._renders, lambda _should_stop: read(), self._rendered, self._text_failed)

    def _rendered(self, shown: Shown) -> None:
        html, start = shown.html, shown.start
        self.text.pictures = shown.pictures or {}
        self.text.show_html(html)
        if shown.chapters and shown.chapters != self.chapters:
            self._label_chapter(shown.chapters)
        document = self.text.document()
        if start.strip():  # the part a page hit names: its first words, found in the text shown
            found = document.find(" ".join(start.split()[:8]))
            if not found.isNull():  # scrolled to, not selected (a selection is what Quote selection takes)
                found.setPosition(found.selectionStart())
                self.text.setTextCursor(found)
                self.text.ensureCursorVisible()
        marks = self._marks(self.document.words if self.document else ())
        self.text.setExtraSelections(marks)
        if shown.chapters and marks and self.document is not None and self.document.page == self.chapter:
            first = QTextCursor(marks[0].cursor)  # the chapter a search found: at its first marked word
            first.clearSelection()
            self.text.setTextCursor(first)
            self.text.ensureCursorVisible()

    def _marks(self, words: tuple[str, ...]) -> list[QTextEdit.ExtraSelection]:
        document = self.text.document()
        colour = self.palette().color(self.palette().ColorRole.Highlight)
        colour.setAlpha(90)
        marks: list[QTextEdit.ExtraSelection] = []
        text = document.toRawText()  # one character per cursor position (an image, a paragraph's end), in UTF-16
        units = utf16_positions(text)
        for start, end in marked_spans(text, words, MAX_TEXT_MARKS):
            mark = QTextEdit.ExtraSelection()
            mark.cursor = QTextCursor(document)
            mark.cursor.setPosition(units(start))
            mark.cursor.setPosition(units(end), QTextCursor.MoveMode.KeepAnchor)
            mark.format.setBackground(colour)
            marks.append(mark)
        return marks

    def _text_failed(self, error: Exception) -> None:
        message, _ = explain(error)  # a bug's traceback is in the log
        self.show_problem(self.tr("This document could not be shown: {problem}").format(problem=message))

    # -- what the window asks ----------------------------------------------------------------------
    def page(self) -> int | None:
        """The PDF page shown (from 1), None when no PDF is shown."""
        return self.pdf.page() if self.pdf is not None and self.stack.currentWidget() is self.pdf else None

    def selection(self) -> tuple[str, int | None]:
        """The selected passage and the page it is on (None for a text without pages)."""
        if self.pdf is not None and self.stack.currentWidget() is self.pdf:
            page = self.pdf.view.selected_page()
            return self.pdf.view.selected_text(), None if page is None else page + 1
        if self.stack.currentWidget() is self.text:
            chapter = self.chapter if self.document and self.document.media_type == EPUB else None
            return self.text.textCursor().selectedText().replace("\u2029", "\n"), chapter
        return "", None

    def open_outside(self) -> None:
        document = self.document
        if document is None or document.path is None:
            return
        if not self._open_external(QUrl.fromLocalFile(str(document.path))):
            self.status.emit(self.tr("No program on this computer opened {file}.").format(file=document.path.name))

    def _page_changed(self, page: int) -> None:
        if self.document is not None and self.remember and not self._loading:
            self.positions.save_last_page(self.document.key, page)
        self.page_changed.emit(page)
