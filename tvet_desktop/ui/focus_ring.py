"""A strong, visible focus: a ring in the accent colour around the control that has the keyboard.

Fusion marks focus with a faint one-pixel line that many people cannot find. A style sheet could draw a
ring, but every control it styles then paints through the slower style-sheet style, and QFocusFrame is
clipped by the control's parent (most of ours sit flush in their panes). This is one small widget on top
of the window, masked to the ring itself, that follows the focus; nothing else repaints because of it.
Qt fills it with the palette's highlight colour (its background role): no paint code of ours runs, and the
ring follows a change of theme by itself.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QPalette, QRegion
from PySide6.QtWidgets import QApplication, QWidget

from .qt_values import NO_FOCUS

WIDTH = 2
_PLACE_ON = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRing(QWidget):
    """Follows the focus within one window (its dialogs keep Qt's own focus marks)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setProperty("focusPolicy", NO_FOCUS)  # see qt_values.py; clicks go through once the window is up
        # Filled by Qt rather than by a paintEvent: a first QPainter.fillRect from Python has PySide build the
        # enum types of all its overloads (QGradient's presets and others), ~2 ms of the first paint.
        self.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.setAutoFillBackground(True)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []  # the target and its parents: any of them moving moves the ring
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._follow)
        self.hide()

    def _follow(self, old: QWidget | None, new: QWidget | None) -> None:
        for watched in self._watched:
            with contextlib.suppress(RuntimeError):  # already deleted (a chip removed while it had the focus)
                watched.removeEventFilter(self)
        window = self.parentWidget()
        self.target = new if new is not None and new is not window and new.window() is window else None
        self._watched = []
        widget: QWidget | None = self.target
        while widget is not None and widget is not window:
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self._place()

    def let_clicks_through(self) -> None:
        """Clicks on the ring reach the control under it. Set after the first paint (no click comes before): a
        widget attribute is a value of the Qt namespace, which the first frame does without (see qt_values.py)."""
        from PySide6.QtCore import Qt

        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PLACE_ON:
            self._place()
        return False

    def _place(self) -> None:
        target, window = self.target, self.parentWidget()
        if target is None or window is None or not target.isVisible():
            self.hide()
            return
        area = QRect(target.mapTo(window, QPoint(0, 0)), target.size()).adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
        self.setGeometry(area)
        inner = self.rect().adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH)
        self.setMask(QRegion(self.rect()).subtracted(QRegion(inner)))
        self.raise_()
        self.show()
