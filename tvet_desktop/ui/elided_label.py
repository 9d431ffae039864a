"""A one-line label that shortens its text with "…" to fit, instead of widening the pane it sits in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QSizePolicy

from .elide import elide_right
from .plain import tooltip
from .qt_values import PLAIN_TEXT

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent


class ElidedLabel(QLabel):
    """Shows as much of its text as fits, the whole of it as a tooltip. A plain QLabel asks for its whole
    text's width, so a long item title in the note panel's heading squeezed the result list beside it."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setProperty("textFormat", PLAIN_TEXT)  # see qt_values.py
        self.full_text = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(tooltip(text))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        super().setText(elide_right(self.fontMetrics(), self.full_text, max(self.width(), 0)))
