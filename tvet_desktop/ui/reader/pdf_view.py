"""The pages of a PDF, one under the other, with text selection and the search's words highlighted.

Qt's ``QPdfView`` draws the pages and the find bar's hits; it has no text selection and knows one search
string. This view adds both: a drag selects text (pdfium finds the characters between the two points), and
the words of the window's search are painted over the pages they are on (whole words, found in each page's
text as the index folds them, where Qt's search would mark "extract" inside "extraction"). To turn a mouse
position into a point on a page it lays the pages out as ``QPdfView`` does (checked against its scroll range by
a test).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView

from ...search.marks import marked_spans

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtPdf import QPdfSelection

    from ...documents.pdf import PageWords

POINTS_PER_INCH = 72.0
REDRAW_AFTER_RESIZE_MS = 120
MAX_MARKS_A_PAGE = 400  # the search's words marked on one page: past that the page is all marks anyway
WORD_MARK_ALPHA = 110  # the search's words: the accent colour, half see-through so the text stays readable


class PdfPageView(QPdfView):
    """Continuous pages; Page Up/Down turn a page; a drag selects text on one page."""

    selection_changed = Signal(str)  # the selected text ("" when nothing is selected)
    page_rendered = Signal(int)  # a page's image arrived from Qt's render thread (it is painted next)
    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setAccessibleName(self.tr("Document pages"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._press: tuple[int, QPointF] | None = None
        self.selection: tuple[int, QPdfSelection] | None = None
        self._words: list[str] = []
        self._layout: list[QRect] = []
        self._layout_key: tuple[object, ...] = ()
        self._documents_shown = 0  # counts the documents shown: a new one is laid out even if alike
        self._source: Path | None = None
        self._page_words: PageWords | None = None  # opened when words are first marked
        self._word_rects: dict[int, list[QRectF]] = {}  # by page, filled as pages are painted
        self._redraw = QTimer(self, singleShot=True, interval=REDRAW_AFTER_RESIZE_MS)
        self._redraw.timeout.connect(self._draw_again)
        self._anchor = (0, 0.0)  # the page at the top of the view, and the share of it scrolled past
        self._resizing = False
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.rendered: set[int] = set()  # pages drawn since the document was set (for a screenshot to wait on)
        renderer = self.findChild(QPdfPageRenderer)  # QPdfView's own, which says when a page is ready
        if renderer is not None:
            renderer.pageRendered.connect(self._page_rendered)
        self.documentChanged.connect(lambda _document: self.rendered.clear())

    def _page_rendered(self, page: int, *_details: object) -> None:
        self.rendered.add(page)
        self.page_rendered.emit(page)

    def all_drawn(self) -> bool:
        """Every page in view has been rendered at least once."""
        return not self._redraw.isActive() and all(page in self.rendered for page in self.visible_pages())

    # -- layout: where each page is drawn ----------------------------------------------------------
    def page_sizes(self) -> list[QSize]:
        """Each page's size in pixels, as QPdfView computes it for the current zoom."""
        document = self.document()
        if document is None or document.status() != QPdfDocument.Status.Ready:
            return []
        resolution = QGuiApplication.primaryScreen().logicalDotsPerInch() / POINTS_PER_INCH
        margins = self.documentMargins()
        sizes = []
        for page in range(document.pageCount()):
            natural = (document.pagePointSize(page) * resolution)
            if self.zoomMode() == QPdfView.ZoomMode.Custom:
                sizes.append((natural * self.zoomFactor()).toSize())
                continue
            size = natural.toSize()
            if self.zoomMode() == QPdfView.ZoomMode.FitToWidth:
                usable = self.viewport().width() - margins.left() - margins.right()
                sizes.append(size * (usable / max(1, size.width())))
            else:  # FitInView
                room = self.viewport().size() - QSize(margins.left() + margins.right(), self.pageSpacing())
                sizes.append(size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio))
        return sizes

    def page_rects(self) -> list[QRect]:
        """Each page's rectangle in document coordinates (the viewport's top left is the scroll position); laid
        out again only when the document, the zoom or the viewport changed (every mark painted asks)."""
        document = self.document()
        margins = self.documentMargins()
        key = (self._documents_shown, document.status() if document is not None else None,
               document.pageCount() if document is not None else 0, self.zoomMode(), self.zoomFactor(),
               self.viewport().width(), self.viewport().height(), self.pageSpacing(),
               (margins.left(), margins.top(), margins.right(), margins.bottom()),
               QGuiApplication.primaryScreen().logicalDotsPerInch())
        if key != self._layout_key:
            self._layout, self._layout_key = self._lay_out(), key
        return self._layout

    def _lay_out(self) -> list[QRect]:
        sizes = self.page_sizes()
        margins = self.documentMargins()
        width = max((size.width() for size in sizes), default=0) + margins.left() + margins.right()
        rects, y = [], margins.top()
        for size in sizes:
            x = (max(width, self.viewport().width()) - size.width()) // 2
            rects.append(QRect(QPoint(x, y), size))
            y += size.height() + self.pageSpacing()
        return rects

    def document_height(self) -> int:
        rects = self.page_rects()
        return rects[-1].bottom() + 1 + self.pageSpacing() + self.documentMargins().bottom() if rects else 0

    def _offset(self) -> QPoint:
        return QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def to_page(self, position: QPoint) -> tuple[int, QPointF] | None:
        """The page under a viewport position and the point on it, in PDF points from its top left."""
        document = self.document()
        at = position + self._offset()
        for page, rect in enumerate(self.page_rects()):
            if rect.top() <= at.y() <= rect.bottom() and document is not None:
                scale = document.pagePointSize(page).width() / max(1, rect.width())
                return page, QPointF((at.x() - rect.left()) * scale, (at.y() - rect.top()) * scale)
        return None

    def to_viewport(self, page: int, rect: QRectF) -> QRectF:
        """A rectangle in PDF points on ``page`` as drawn in the viewport."""
        document = self.document()
        rects = self.page_rects()
        if document is None or not 0 <= page < len(rects):
            return QRectF()
        drawn = rects[page]
        scale = drawn.width() / max(1.0, document.pagePointSize(page).width())
        origin = QPointF(drawn.topLeft() - self._offset())
        return QRectF(origin + rect.topLeft() * scale, rect.size() * scale)

    def visible_pages(self) -> range:
        shown = QRect(self._offset(), self.viewport().size())
        pages = [page for page, rect in enumerate(self.page_rects()) if rect.intersects(shown)]
        return range(pages[0], pages[-1] + 1) if pages else range(0)

    # -- turning pages -----------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.pageNavigator().currentPage()

    def go_to(self, page: int, location: QPointF | None = None) -> None:
        """Show ``page`` (from 0) at its top, or with ``location`` (points) a little below the top."""
        document = self.document()
        if document is None or not document.pageCount():
            return
        page = max(0, min(page, document.pageCount() - 1))
        self.pageNavigator().jump(page, QPointF(), self.zoomFactor())
        if location is not None:
            target = self.to_viewport(page, QRectF(location, QSize(1, 1))).top()
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + int(target) - 40)

    def _scrolled(self, value: int) -> None:
        """Remember the place read: the page at the top of the view, and how far down it."""
        if self._resizing:
            return  # the scroll bar's range changes with the pages' sizes: not a move of the reader's
        for page, rect in enumerate(self.page_rects()):
            if rect.bottom() + self.pageSpacing() >= value:
                self._anchor = (page, (value - rect.top()) / max(1, rect.height()))
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fitted to the width, every page grows or shrinks with the pane: the place being read stays in view
        (else a page opened before the window is laid out would drift away)."""
        self._resizing = True
        try:
            super().resizeEvent(event)
        finally:
            self._resizing = False
        if self.zoomMode() != QPdfView.ZoomMode.Custom:
            self.rendered.clear()  # fitted pages change size: Qt draws them again
            self._redraw.start()
        self._keep_place()

    def _keep_place(self) -> None:
        page, into = self._anchor
        rects = self.page_rects()
        if 0 <= page < len(rects):
            self._resizing = True
            try:
                self.verticalScrollBar().setValue(rects[page].top() + round(into * rects[page].height()))
            finally:
                self._resizing = False

    def _draw_again(self) -> None:
        """Once the pane stops changing size, every page is drawn anew: an image Qt's render thread finishes
        for the old size lands in its cache after the resize and would stay there, stretched and blurred."""
        self.rendered.clear()
        spacing = self.pageSpacing()
        self._resizing = True
        try:
            self.setPageSpacing(spacing + 1)  # each change empties QPdfView's page cache (it has no call for it)
            self.setPageSpacing(spacing)
        finally:
            self._resizing = False
        self._keep_place()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}.get(Qt.Key(event.key()))
        if steps is not None:
            self.go_to(self.current_page() + steps)
            return
        if event.key() == Qt.Key.Key_Home and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.go_to(0)
            return
        if event.key() == Qt.Key.Key_End and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            document = self.document()
            self.go_to(document.pageCount() - 1 if document else 0)
            return
        super().keyPressEvent(event)

    # -- selecting text ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self.to_page(event.position().toPoint())
            self.select(None)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._select_to(event.position().toPoint())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.button() == Qt.MouseButton.LeftButton:
            self._select_to(event.position().toPoint())
            self._press = None
        super().mouseReleaseEvent(event)

    def _select_to(self, position: QPoint) -> None:
        """Select from the press to ``position``; a drag past the pressed page selects to that page's end."""
        assert self._press is not None
        page, start = self._press
        document = self.document()
        end = self.to_page(position)
        if end is None or end[0] != page:
            size = document.pagePointSize(page)
            after = position.y() > self.page_rects()[page].translated(-self._offset()).center().y()
            end = (page, QPointF(size.width(), size.height()) if after else QPointF(0, 0))
        self.select((page, document.getSelection(page, start, end[1])))

    def select(self, selection: tuple[int, QPdfSelection] | None) -> None:
        if selection is not None and not selection[1].text().strip():
            selection = None
        self.selection = selection
        self.viewport().update()
        self.selection_changed.emit(self.selected_text())

    def selected_text(self) -> str:
        return self.selection[1].text().strip() if self.selection else ""

    def selected_page(self) -> int | None:
        return self.selection[0] if self.selection else None

    # -- the search's words ------------------------------------------------------------------------
    def set_source(self, path: Path | None) -> None:
        """The file of the document shown (where the search's words are looked for), None when none is."""
        if self._page_words is not None:
            self._page_words.close()
        self._page_words, self._source = None, path
        self._documents_shown += 1
        self.mark_words([])

    def mark_words(self, words: list[str]) -> None:
        """Paint every place each of ``words`` (:func:`...search.marks.words_to_mark`) occurs, whole words
        only."""
        self._words = list(words)
        self._word_rects.clear()
        self.viewport().update()

    def word_marks(self, page: int) -> list[QRectF]:
        """The rectangles (in PDF points) of the search's words on ``page``, one per word and line (pdfium may
        give one per character or text run, which would paint as a row of stripes); each page is read once."""
        if not self._words or self._source is None:
            return []
        if page not in self._word_rects:
            if self._page_words is None:
                from ...documents.formats import UnreadableDocument
                from ...documents.pdf import PageWords  # (PDFium: loaded with the first marked document)

                try:
                    self._page_words = PageWords(self._source)
                except (UnreadableDocument, OSError):  # shown by Qt all the same: only unmarked
                    self._source = None
                    return []
            words = self._words
            spans = self._page_words.boxes(page, lambda text: marked_spans(text, words, MAX_MARKS_A_PAGE))
            self._word_rects[page] = [rect for boxes in spans for rect in _lines(
                [QRectF(QPointF(left, top), QPointF(right, bottom)) for left, top, right, bottom in boxes])]
        return self._word_rects[page]

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
        if not self._words and self.selection is None:
            return
        painter = QPainter(self.viewport())
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        words = QColor(accent)
        words.setAlpha(WORD_MARK_ALPHA)
        for page in self.visible_pages():
            for rect in self.word_marks(page):
                painter.fillRect(self.to_viewport(page, rect), words)
        if self.selection is not None:
            page, selection = self.selection
            chosen = QColor(accent)
            chosen.setAlpha(90)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(chosen)
            for polygon in selection.bounds():
                painter.drawRect(self.to_viewport(page, polygon.boundingRect()))
        painter.end()


def _lines(rects: list[QRectF]) -> list[QRectF]:
    """Neighbouring rectangles on one line joined into one: side by side on a line, or one above the other on a
    turned page, whose lines run down."""
    joined: list[QRectF] = []
    for rect in rects:
        last = joined[-1] if joined else None
        if last is not None and ((rect.top() < last.bottom() and last.top() < rect.bottom()) or
                                 (rect.left() < last.right() and last.left() < rect.right())):
            joined[-1] = last.united(rect)
        else:
            joined.append(QRectF(rect))
    return joined
