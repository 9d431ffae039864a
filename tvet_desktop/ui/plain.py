"""Text from content shown in widgets as plain text, always.

Titles, themes, list names, note headings, file names and error messages quoting them come from the
catalogue, from a colleague's export or from a file someone named. Qt shows a tooltip, a label or a message
box as rich text as soon as its text merely looks like HTML, and rich text loads the images it names: a
local file, a device, or a FIFO that blocks the window for ever. Every such string reaches a widget
through one of these.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from ..text import escape_html
from .qt_values import PLAIN_TEXT

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


_LINE_BREAKS = re.compile(r"\n+")


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: escaped into rich text of our own, so no tag in it is read (and
    long lines wrap). What Qt's ``convertFromPlainText`` makes, without naming a value of the Qt namespace (see
    qt_values.py): tooltips are set before the first paint."""
    if not text:
        return ""

    def breaks(run: re.Match[str]) -> str:
        count = len(run.group())
        return "<br>\n" if count == 1 else "</p>\n" + "<br>\n" * (count - 2) + "<p>"

    rich = "<p>" + _LINE_BREAKS.sub(breaks, escape_html(text, quote=False))
    return rich if text.endswith("\n") else rich + "</p>"


def menu_text(text: str) -> str:
    """``text`` for a menu entry or button, where ``&`` would otherwise mark a shortcut key and vanish."""
    return text.replace("&", "&&")


def label(text: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setProperty("textFormat", PLAIN_TEXT)  # see qt_values.py
    return widget


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box whose text (which may quote a name, a path or an error) is plain text."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox  # (its type is made when first needed: not at start-up)

    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or no (the default), with ``text`` as plain text."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def offer(parent: QWidget | None, title: str, text: str, do: str, later: str) -> bool:
    """Whether the user takes the offer of ``do`` now (a button named for it) or ``later`` (the default)."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    now = box.addButton(do, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(later, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is now
