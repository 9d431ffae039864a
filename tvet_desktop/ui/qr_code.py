"""A QR code of a short text (the share's address), drawn as sharp squares at any size.

segno makes the code: encoding, error correction and masking are easy to get subtly wrong by hand, and
segno is small, pure Python, dependency-free and standards-checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

QUIET_ZONE = 4  # modules of white around the code, as scanners expect


class QrCode(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: list[bytearray] = []
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        import segno  # loaded when a share starts, not with the window

        self.text = text
        self.matrix = [bytearray(row) for row in segno.make(text, error="m", micro=False).matrix] if text else []
        self.setAccessibleName(self.tr("QR code of {text}").format(text=text))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        modules = len(self.matrix) + 2 * QUIET_ZONE
        return QSize(modules * 5, modules * 5)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.matrix:
            return
        painter = QPainter(self)
        modules = len(self.matrix) + 2 * QUIET_ZONE
        scale = max(1, min(self.width(), self.height()) // modules)
        painter.fillRect(QRect(0, 0, modules * scale, modules * scale), QColor("white"))  # dark mode too
        painter.setPen(Qt.PenStyle.NoPen)
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect((x + QUIET_ZONE) * scale, (y + QUIET_ZONE) * scale, scale, scale, QColor("black"))
