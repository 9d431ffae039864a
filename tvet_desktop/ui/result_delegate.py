"""Paints one result row: bold title, a muted meta line, and the snippet with matches highlighted."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from ..catalog.records import Hit
from ..catalog.render import meta_parts
from ..text import isolate
from .local_format import catalog_words
from .results_model import HitRole, row_mark

PADDING = 8
SNIPPET_LINES = 2


class _Fonts(NamedTuple):
    """The fonts a row is painted with, worked out once per font of the list rather than for every row."""

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

    def _fonts_for(self, base: QFont) -> _Fonts:
        key = base.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            title = QFont(base)
            title.setBold(True)
            meta = QFont(base)
            meta.setPointSizeF(max(base.pointSizeF() * 0.92, 7.0))
            fonts = _Fonts(QFontMetrics(base).lineSpacing(), title, QFontMetrics(title), meta, QFontMetrics(meta))
            self._fonts[key] = fonts
        return fonts

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
        base_font: QFont = option.font
        fonts = self._fonts_for(base_font)
        line = fonts.line
        painter.save()

        painter.setFont(fonts.title)
        painter.setPen(palette.color(text_role))
        # Each text as an isolate: its own direction, whatever the window's (an English title ends with its
        # "…" on the right in the Arabic window too).
        title = isolate(fonts.title_metrics.elidedText(hit.title, Qt.TextElideMode.ElideRight, rect.width()))
        painter.drawText(rect.x(), rect.y(), rect.width(), line, Qt.AlignmentFlag.AlignLeft, title)

        painter.setFont(fonts.meta)
        muted = palette.color(text_role)
        if not selected:
            muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(muted)
        parts = meta_parts(hit.kind, hit.year, hit.country, hit.institution, catalog_words)
        mark = row_mark(hit)
        meta = " · ".join(isolate(part) for part in ([*parts, mark] if mark else parts))
        meta = fonts.meta_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y() + line + 2, rect.width(), line, Qt.AlignmentFlag.AlignLeft, meta)

        snippet_top = rect.y() + int(line * 2.2)
        self._paint_snippet(painter, hit.snippet_html, palette.color(text_role).name(), base_font, line,
                            QRectF(rect.x(), snippet_top, rect.width(), line * SNIPPET_LINES))
        painter.restore()

    def _paint_snippet(self, painter: QPainter, html: str, colour: str, font: QFont, line: int,
                       area: QRectF) -> None:
        document = self._document
        if document is None:
            document = self._document = QTextDocument(self)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setTextWidth(area.width())
        document.setHtml(f"<span style='color:{colour}'>{html}</span>")
        # Lines as tall as the row allows for: an isolate mark (U+2068, around a passage or a title) is drawn
        # from a fallback font whose taller line would push the second line out of the row.
        whole = QTextCursor(document)
        whole.select(QTextCursor.SelectionType.Document)
        spacing = QTextBlockFormat()
        spacing.setLineHeight(line, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        whole.mergeBlockFormat(spacing)
        painter.translate(area.topLeft())
        clip = QRectF(0, 0, area.width(), area.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        document.documentLayout().draw(painter, context)
