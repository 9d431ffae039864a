"""Set-up that the first painted results do not need runs right after them.

The window shows its results as soon as it can; what only later clicks use (the user's documents, the
open item's attachments, the catalogue watch, the menus' entries) is set up right after the window's first
paint, once that frame is on the screen: before any key or click can reach the window, so to the user it is
there from the start. Start-up is measured to that paint (docs/benchmarks.md, section 5).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs ``steps`` in order, once, right after ``widget`` (a window) first paints; :meth:`run_now` runs them
    at once (a window that is never shown: a screenshot, a test)."""

    def __init__(self, widget: QWidget, steps: Sequence[Callable[[], object]]) -> None:
        super().__init__(widget)
        self.steps = steps
        self.done = False
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The window is painted before its children, in one go, then shown; this waits for the turn after
            # the one that follows that paint, so that whatever the paint queued for its own next turn comes first.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.run_now))
        return False

    def add(self, step: Callable[[], object]) -> None:
        """One more step, run after the others (at once when they have run)."""
        if self.done:
            step()
        else:
            self.steps = [*self.steps, step]

    def run_now(self) -> None:
        if self.done:
            return
        self.done = True
        self._widget.removeEventFilter(self)
        for step in self.steps:
            step()
