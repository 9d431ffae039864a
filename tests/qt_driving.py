"""Driving real widgets as a user would, for the window tests and the rendering campaign: a pointer resting on a
widget (its tooltip), and answering the next message box."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QToolTip, QWidget


class Box(NamedTuple):
    text: str
    details: str
    plain: bool  # shown as plain text


def hover(widget: QWidget, where: QPoint | None = None) -> str:
    """Ask ``widget`` for its tooltip as a pointer resting there would; returns the text the tooltip shows."""
    QToolTip.hideText()
    point = where if where is not None else widget.rect().center()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point)))
    QApplication.processEvents()
    return shown(QToolTip.text())


def hover_rows(view: QAbstractItemView) -> list[str]:
    """The tooltip of every row the view shows (the tree's children too)."""
    model, texts = view.model(), []
    parents = [view.rootIndex()]
    while parents:
        parent = parents.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            parents.append(index)
            view.scrollTo(index)
            rect = view.visualRect(index)
            if rect.isValid():
                texts.append(hover(view.viewport(), rect.center()))
    return texts


def shown(text: str) -> str:
    """What Qt shows for ``text`` in a tooltip or an automatic label: rich text when it looks like HTML."""
    from PySide6.QtGui import Qt as QtText

    document = QTextDocument()
    if QtText.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def answer_next_box(seen: list[Box], button: QMessageBox.StandardButton | None = None) -> None:
    """Note the next message box in ``seen`` once it is shown, and press ``button`` (default: its first)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(Box(box.text(), box.detailedText(), box.textFormat() == Qt.TextFormat.PlainText))
        (box.button(button) if button is not None else box.buttons()[0]).click()

    QTimer.singleShot(0, look)
