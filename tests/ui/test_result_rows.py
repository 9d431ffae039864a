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


def test_a_long_title_is_drawn_whole_up_to_its_ellipsis(qapp: QApplication) -> None:
    """The title is shortened to the row's width and drawn on one line, "…" included (laid out in a line of
    exactly that width, its direction marks pushed its last word, and the "…", out of sight)."""
    title = "A Global Overview of TVET Teaching and Training: Current Issues, Trends and Recommendations"
    hit = Hit("a-global-overview", "publication", title, 2018, "Switzerland", None, "", "…teaching personnel")
    model = QStandardItemModel()
    row = QStandardItem()
    row.setData(hit, HitRole)
    model.appendRow(row)
    option = QStyleOptionViewItem()
    option.font = qapp.font()
    option.palette = qapp.palette()
    for width in range(200, 600, 9):
        delegate = ResultDelegate()
        option.rect = QRect(0, 0, width, ResultDelegate.row_height(option.font))
        image = QImage(width, option.rect.height(), QImage.Format.Format_RGB32)
        painter = QPainter(image)
        delegate.paint(painter, option, model.index(0, 0))
        painter.end()
        (drawn, _), *_ = delegate._lines.values()  # the title's line, laid out first
        shown = drawn.text().strip("\u200e\u2068\u2069")
        assert shown.endswith("…") and title.startswith(shown[:-1]) and len(shown) < len(title), width
        assert drawn.lineCount() == 1 and drawn.lineAt(0).textLength() == len(drawn.text()), width  # all on it
