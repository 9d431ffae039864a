"""The PDF reader: the pages, a page box ("37 of 300"), zoom, the outline, and find in the document.

Imported only when the first PDF opens (Qt's PDF module costs start-up time that a window showing the
catalogue does not need). Loading a PDF reads its cross-reference table only (a few milliseconds for 300
pages, see docs/benchmarks.md); pages are drawn on Qt's own render thread as they come into view.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPointF, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..local_format import number
from .arrows import turning_arrows
from .pdf_view import PdfPageView

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QResizeEvent

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0
FIND_SLICE_S = 0.012  # find searches pages in slices this long between paints, so typing stays smooth
FIND_DEBOUNCE_MS = 250
OUTLINE_BESIDE_WIDTH = 800  # a narrower pane opens without the outline (the Contents button shows it)
OUTLINE_WIDTH = 240


class FindDriver:
    """Searches every page for the find bar's text a slice at a time, so the count of hits is known soon
    (Qt's model searches one page per 100 ms on its own: half a minute for 300 pages)."""

    def __init__(self, model: QPdfSearchModel, done: QTimer) -> None:
        self.model, self._timer = model, done
        self._next = 0

    def restart(self) -> None:
        self._next = 0
        self._timer.start()

    @property
    def finished(self) -> bool:
        document = self.model.document()
        return document is None or self._next >= document.pageCount() or not self.model.searchString()

    def step(self) -> None:
        deadline = time.perf_counter() + FIND_SLICE_S
        while not self.finished and time.perf_counter() < deadline:
            self.model.updatePage(self._next)
            self._next += 1
        if self.finished:
            self._timer.stop()


class PdfReader(QWidget):
    page_changed = Signal(int)  # the page now shown, from 1
    find_updated = Signal()  # the find bar's count changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = PdfPageView()
        self.view.setDocument(self.document)
        self.find_model = QPdfSearchModel(self)
        self.find_model.setDocument(self.document)
        self.view.setSearchModel(self.find_model)
        self.outline_model = QPdfBookmarkModel(self)
        self.outline_model.setDocument(self.document)
        self._outline_wanted: bool | None = None  # until the Contents button is pressed, the pane's width decides
        self._build()
        self._find_timer = QTimer(self, interval=0)
        self.finder = FindDriver(self.find_model, self._find_timer)
        self._find_timer.timeout.connect(self._find_step)
        self._find_debounce = QTimer(self, singleShot=True, interval=FIND_DEBOUNCE_MS)
        self._find_debounce.timeout.connect(self._find_now)
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self.outline.activated.connect(self._outline_chosen)
        self.outline.clicked.connect(self._outline_chosen)

    def _build(self) -> None:
        self.outline_button = self._button(self.tr("Contents"), self.tr("Show or hide the document's outline"))
        self.outline_button.setCheckable(True)
        self.outline_button.clicked.connect(self._outline_toggled)
        previous, following = turning_arrows()
        self.previous_button = self._button(previous, self.tr("Previous page (Page Up)"),
                                            lambda: self.view.go_to(self.view.current_page() - 1))
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setToolTip(self.tr("Type a page number and press Enter"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda page: self.view.go_to(page - 1))
        self.next_button = self._button(following, self.tr("Next page (Page Down)"),
                                        lambda: self.view.go_to(self.view.current_page() + 1))
        self.zoom_out_button = self._button("−", self.tr("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button = self._button("+", self.tr("Zoom in"), lambda: self.zoom(ZOOM_STEP))
        self.fit_button = self._button(self.tr("Fit width"), self.tr("Fit the page to the width of the pane"),
                                       self.fit_width)
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Find in this document"))
        self.find_field.setAccessibleName(self.tr("Find in this document"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setMinimumWidth(180)
        self.find_field.setMaximumWidth(360)
        self.find_field.textChanged.connect(lambda _text: self._find_debounce.start())
        self.find_field.returnPressed.connect(self._find_enter)
        self.find_previous = self._button("▲", self.tr("Previous hit (Shift+Enter)"), lambda: self.go_to_hit(-1))
        self.find_next = self._button("▼", self.tr("Next hit (Enter)"), lambda: self.go_to_hit(1))
        self.find_count = QLabel()
        self.find_count.setAccessibleName(self.tr("Hits in this document"))
        self.outline = QTreeView()
        self.outline.setModel(self.outline_model)
        self.outline.setHeaderHidden(True)
        self.outline.setAccessibleName(self.tr("Outline"))
        self.outline.setMinimumWidth(120)
        self.outline.hide()
        self.toolbar = QWidget()  # the page controls: the document view puts them in its header row
        pages = QHBoxLayout(self.toolbar)
        pages.setContentsMargins(0, 0, 0, 0)
        for widget in (self.outline_button, self.previous_button, self.page_box, self.next_button,
                       self.zoom_out_button, self.zoom_in_button, self.fit_button):
            pages.addWidget(widget)
        pages.addStretch(1)
        self.find_bar = QWidget()  # below the page controls, or beside them in a wide pane (document_view)
        find = QHBoxLayout(self.find_bar)
        find.setContentsMargins(0, 0, 0, 0)
        find.addWidget(self.find_field, 1)
        for widget in (self.find_previous, self.find_next):
            find.addWidget(widget)
        find.addWidget(self.find_count, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.outline)
        self.split.addWidget(self.view)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.split, 1)

    def _button(self, text: str, tip: str, slot: object = None) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    # -- opening -----------------------------------------------------------------------------------
    def load(self, path: Path) -> str | None:
        """Open ``path``; None when it shows, else one sentence saying why it cannot be shown."""
        self.view.select(None)
        self.view.set_source(None)
        self.find_model.setSearchString("")
        self.document.close()
        self.view.rendered.clear()
        error = self.document.load(str(path))
        problem = _problem(error)
        if problem is None and self.document.pageCount() == 0:
            problem = self.tr("This PDF has no pages.")
        if problem is not None:
            self.document.close()
            return problem
        self.view.set_source(path)
        count = self.document.pageCount()
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, count)
        self.page_box.setSuffix(self.tr(" of {count}").format(count=number(count)))  # the language's digits
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        has_outline = self.outline_model.rowCount(QModelIndex()) > 0
        self.outline_button.setEnabled(has_outline)
        self._outline_wanted = None  # a new document: the pane's width decides again
        self._fit_outline()
        self.outline.expandToDepth(0)
        self.fit_width()
        self._show_count()
        return None

    def _outline_toggled(self, on: bool) -> None:
        self._outline_wanted = on
        self._fit_outline()

    def _fit_outline(self) -> None:
        has_outline = self.outline_button.isEnabled()
        wanted = self._outline_wanted if self._outline_wanted is not None else self.width() >= OUTLINE_BESIDE_WIDTH
        self.outline_button.setChecked(has_outline and wanted)
        if self.outline.isVisibleTo(self) != self.outline_button.isChecked():
            self.outline.setVisible(self.outline_button.isChecked())
            self.split.setSizes([min(OUTLINE_WIDTH, self.width() // 4), self.width()])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_outline()

    def show_page(self, page: int, words: list[str] | None = None) -> None:
        """Show ``page`` (from 1) with the search's ``words`` marked on every page."""
        self.view.go_to(page - 1)
        self._page_shown(self.view.current_page())
        if words is not None:
            self.view.mark_words(words)

    def page(self) -> int:
        return self.view.current_page() + 1

    def _page_shown(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self._follow_outline(page)
        self.page_changed.emit(page + 1)

    def _follow_outline(self, page: int) -> None:
        """The outline's entry for the part being read is the current one (its chapters, not their sections)."""
        model, role = self.outline_model, int(QPdfBookmarkModel.Role.Page)
        here = QModelIndex()
        for row in range(model.rowCount(QModelIndex())):
            index = model.index(row, 0)
            start = index.data(role)
            if isinstance(start, int) and start <= page:
                here = index
        if here.isValid():
            self.outline.setCurrentIndex(here)

    def _outline_chosen(self, index: QModelIndex) -> None:
        page = index.data(int(QPdfBookmarkModel.Role.Page))
        location = index.data(int(QPdfBookmarkModel.Role.Location))
        if isinstance(page, int):
            self.view.go_to(page, location if isinstance(location, QPointF) else None)

    # -- zoom --------------------------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:  # from fit-to-width: start at what is shown
            rects = self.view.page_rects()
            page = self.view.current_page()
            resolution = self.logicalDpiX() / 72.0
            if rects and page < len(rects):
                current = rects[page].width() / (self.document.pagePointSize(page).width() * resolution)
        page = self.view.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, current * factor)))
        self.view.go_to(page)

    def fit_width(self) -> None:
        page = self.view.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.go_to(page)

    # -- find --------------------------------------------------------------------------------------
    def find_text(self, text: str) -> None:
        """Find ``text`` everywhere in the document (as the find bar does), going to the first hit."""
        self.find_field.blockSignals(True)
        self.find_field.setText(text)
        self.find_field.blockSignals(False)
        self._find_now()

    def _find_now(self) -> None:
        self._find_debounce.stop()
        self.find_model.setSearchString(self.find_field.text().strip())
        self.view.setCurrentSearchResultIndex(-1)
        self.finder.restart()
        self._show_count()

    def _find_step(self) -> None:
        self.finder.step()
        self._show_count()

    def _find_enter(self) -> None:
        if self._find_debounce.isActive():
            self._find_now()
        backwards = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        self.go_to_hit(-1 if backwards else 1)

    def hit_count(self) -> int:
        return self.find_model.count()

    def go_to_hit(self, steps: int) -> None:
        count = self.hit_count()
        if not count:
            return
        index = self.view.currentSearchResultIndex()
        index = (index + steps) % count if index >= 0 else (0 if steps > 0 else count - 1)
        self.view.setCurrentSearchResultIndex(index)
        result = self.find_model.resultAtIndex(index)
        self.view.go_to(result.page(), result.location())
        self._show_count()

    def _show_count(self) -> None:
        count, searching = self.hit_count(), not self.finder.finished
        index = self.view.currentSearchResultIndex()
        if not self.find_model.searchString():
            text = ""
        elif searching:
            text = self.tr("1 hit so far…") if count == 1 else self.tr("%n hits so far…", "", count)
        elif not count:
            text = self.tr("Not found in this document")
        elif index >= 0:
            text = self.tr("Hit {index} of %n", "", count).format(index=index + 1)
        else:  # "1 hit" apart: a language with more plural forms translates "%n hits" for each (Qt's numerus)
            text = self.tr("1 hit") if count == 1 else self.tr("%n hits", "", count)
        self.find_count.setText(text)
        self.find_updated.emit()


def _problem(error: QPdfDocument.Error) -> str | None:
    from PySide6.QtCore import QCoreApplication

    return {
        QPdfDocument.Error.None_: None,
        QPdfDocument.Error.FileNotFound: QCoreApplication.translate(
            "PdfReader", "The file of this document is missing."),
        QPdfDocument.Error.InvalidFileFormat: QCoreApplication.translate(
            "PdfReader", "This file is damaged or is not really a PDF, so it cannot be shown here."),
        QPdfDocument.Error.IncorrectPassword: QCoreApplication.translate(
            "PdfReader", "This PDF is locked with a password, so it cannot be shown here."),
        QPdfDocument.Error.UnsupportedSecurityScheme: QCoreApplication.translate(
            "PdfReader", "This PDF is encrypted in a way the reader cannot open."),
    }.get(error, QCoreApplication.translate("PdfReader", "This PDF could not be opened."))
