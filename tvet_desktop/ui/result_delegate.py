"""Paints one result row: bold title, a muted meta line, and the snippet with matches highlighted."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from ..catalog.records import Hit
from ..catalog.render import meta_parts
from ..text import isolate
from .elide import elide_right
from .local_format import catalog_words
from .results_model import HitRole, row_mark

PADDING = 8
LEFT_TO_RIGHT_MARK, RIGHT_TO_LEFT_MARK = "\u200e", "\u200f"
SNIPPET_LINES = 2
LINES_KEPT = 400  # laid-out title and meta lines: a few screens of rows
UNBOUNDED = 1 << 20  # pixels: a line that never wraps


class _Fonts(NamedTuple):
    """The fonts a row is painted with, worked out once per font of the list rather than for every row."""

    key: str  # the list font's QFont.key()
    line: int  # the line spacing of the list's font
    title: QFont
    title_metrics: QFontMetrics
    meta: QFont
    meta_metrics: QFontMetrics


class ResultDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, _Fonts] = {}  # by QFont.key(): a new text size is a new entry
        self._document: QTextDocument | None = None  # one, laid out again for each snippet
        # Title and meta lines laid out (elided, coloured), by what they show: a repaint, a scroll back or a
        # selection that comes back draws them again as they are.
        self._lines: dict[tuple[object, ...], tuple[QTextLayout, float]] = {}

    def _fonts_for(self, base: QFont) -> _Fonts:
        key = base.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            title = QFont(base)
            title.setBold(True)
            meta = QFont(base)
            meta.setPointSizeF(max(base.pointSizeF() * 0.92, 7.0))
            fonts = _Fonts(key, QFontMetrics(base).lineSpacing(), title, QFontMetrics(title), meta,
                           QFontMetrics(meta))
            self._fonts[key] = fonts
        return fonts

    def _line(self, text: str, title: bool, fonts: _Fonts, colour: QBrush, width: int,
              right_to_left: bool) -> tuple[QTextLayout, float]:
        """``text`` elided to ``width`` and laid out in the title's font (as one isolate) or the meta line's (its
        parts are isolates already), and how far right to draw it; laid out once for as long as it is shown."""
        key = (text, title, fonts.key, colour.color().rgba(), width, right_to_left)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) >= LINES_KEPT:
                self._lines.clear()
            font, metrics = (fonts.title, fonts.title_metrics) if title else (fonts.meta, fonts.meta_metrics)
            shown = elide_right(metrics, text, width)
            found = self._lines[key] = _laid_out((RIGHT_TO_LEFT_MARK if right_to_left else LEFT_TO_RIGHT_MARK) +
                                                 (isolate(shown) if title else shown), font, colour, width,
                                                 right_to_left)
        return found

    @staticmethod
    def row_height(font: QFont) -> int:
        return 2 * PADDING + int(QFontMetrics(font).lineSpacing() * (2.2 + SNIPPET_LINES))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        hit = index.data(HitRole)
        if not isinstance(hit, Hit):
            return
        # Selection is asked of the view and drawn here rather than through QStyle: touching QStyle from
        # Python (its flags, its primitives) makes PySide build its dozens of enum types, ~4 ms of start-up.
        view = option.widget
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        palette: QPalette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.brush(QPalette.ColorRole.Highlight))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        fonts = self._fonts_for(option.font)
        line, width = fonts.line, rect.width()
        # Each line in the window's direction, each text in it an isolate: its own direction, whatever the
        # window's (an English title ends with its "…" on the right in the Arabic window too).
        right_to_left = QGuiApplication.isRightToLeft()
        title, shift = self._line(hit.title, True, fonts, palette.brush(text_role), width, right_to_left)
        title.draw(painter, QPointF(rect.x() + shift, rect.y()))
        parts = meta_parts(hit.kind, hit.year, hit.country, hit.institution, catalog_words)
        mark = row_mark(hit)
        muted = palette.brush(text_role) if selected else palette.brush(QPalette.ColorGroup.Disabled, text_role)
        meta, shift = self._line(" · ".join(isolate(part) for part in ([*parts, mark] if mark else parts)), False,
                                 fonts, muted, width, right_to_left)
        meta.draw(painter, QPointF(rect.x() + shift, rect.y() + line + 2))
        snippet_top = rect.y() + int(line * 2.2)
        self._paint_snippet(painter, hit.snippet_html, palette.color(text_role).name(), option.font, line,
                            QRectF(rect.x(), snippet_top, width, line * SNIPPET_LINES), right_to_left)

    def _paint_snippet(self, painter: QPainter, html: str, colour: str, font: QFont, line: int, area: QRectF,
                       right_to_left: bool) -> None:
        document = self._document
        if document is None:
            document = self._document = QTextDocument(self)
            document.setDocumentMargin(0)
        document.setDefaultFont(font)
        document.setTextWidth(area.width())
        # Lines as tall as the row allows for: an isolate mark (U+2068, around a passage or a title) is drawn
        # from a fallback font whose taller line would push the second line out of the row. In the window's
        # direction, as the lines above it, the passage an isolate (its "…" where its own language puts it).
        document.setHtml(f"<p dir='{'rtl' if right_to_left else 'ltr'}' style='margin:0; line-height:{line}px; "
                         f"-qt-line-height-type:fixed; color:{colour}'>{isolate(html)}</p>")
        painter.save()
        painter.translate(area.topLeft())
        clip = QRectF(0, 0, area.width(), area.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()


def _laid_out(text: str, font: QFont, colour: QBrush, width: int, right_to_left: bool) -> tuple[QTextLayout, float]:
    """One line of text laid out by Qt's text engine, coloured by its format, and how far right to draw it so that
    a right-to-left line ends at the right (aligning it through QTextOption would take a value of the Qt
    namespace). Not drawn with QPainter.drawText: its colour is the painter's pen, and setting a pen from Python
    builds the Qt namespace, which the first frame does without (see qt_values.py)."""
    layout = QTextLayout(text, font)
    span = QTextLayout.FormatRange()
    span.start, span.length = 0, len(text)
    coloured = QTextCharFormat()
    coloured.setForeground(colour)
    span.format = coloured
    layout.setFormats([span])
    layout.beginLayout()
    line = layout.createLine()
    # Elided to ``width`` already, without its direction and isolate marks, which a line of exactly that width
    # would count: its last word would wrap out of sight, with the "…".
    line.setLineWidth(UNBOUNDED)
    layout.endLayout()
    return layout, (width - line.naturalTextWidth() if right_to_left else 0.0)
