"""A result row shows its whole passage: two lines fit in the row whatever marks the passage carries. Real
delegate, painted off-screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from tvet_desktop.catalog.records import Hit
from tvet_desktop.ui.result_delegate import SNIPPET_LINES, ResultDelegate
from tvet_desktop.ui.results_model import HitRole


def test_a_passage_in_isolate_marks_wraps_inside_its_row(qapp: QApplication) -> None:
    # The window isolates a passage (U+2068 … U+2069) so that an English passage keeps its full stop in the
    # Arabic window; the marks come from a fallback font with taller lines.
    passage = "\u2068Page two covers <b>arc</b> <b>welding</b> practice and gas cylinders in the bay.\u2069"
    hit = Hit("doc-1", "document", "Welding safety guide", None, None, None, "", f"<b>p. 2</b>: {passage}")
    model = QStandardItemModel()
    row = QStandardItem()
    row.setData(hit, HitRole)
    model.appendRow(row)
    delegate = ResultDelegate()
    option = QStyleOptionViewItem()
    option.font = qapp.font()
    option.palette = qapp.palette()
    option.rect = QRect(0, 0, 300, ResultDelegate.row_height(option.font))  # narrow: the passage takes two lines
    image = QImage(300, option.rect.height(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    laid_out = delegate._document  # the passage as the row drew it
    line = QFontMetrics(option.font).lineSpacing()
    assert laid_out is not None and laid_out.size().height() > line  # it wraps
    assert laid_out.size().height() <= SNIPPET_LINES * line  # and both lines are inside the row
