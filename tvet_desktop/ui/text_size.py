"""Text size for the whole window (lists, sidebar, notes, reading pane, menus), in per cent of the system's.

It is the application's font that grows: every widget that does not set its own font follows it, and the
few sizes worked out from a font once (the result rows' height, the facet counts' column, the library
list's height) are worked out again when their widget's font changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

TEXT_SIZES = (100, 115, 130, 150, 175, 200)  # View → Text size; Ctrl+= / Ctrl+- step through them
_BASE_FONT = "tvetBaseFont"  # the system's font, kept on the application the first time it is scaled


def clamp(percent: int) -> int:
    return max(TEXT_SIZES[0], min(TEXT_SIZES[-1], percent))


def step(percent: int, steps: int) -> int:
    """The next size up (``steps`` > 0) or down from ``percent`` among TEXT_SIZES."""
    if steps > 0:
        return next((size for size in TEXT_SIZES if size > percent), TEXT_SIZES[-1])
    return next((size for size in reversed(TEXT_SIZES) if size < percent), TEXT_SIZES[0])


def apply_text_size(app: QApplication, percent: int) -> int:
    """Scale the application's font to ``percent`` of the system's; returns the size used."""
    percent = clamp(percent)
    base = app.property(_BASE_FONT)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(_BASE_FONT, base)
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    else:  # a font the system gave in pixels
        font.setPixelSize(round(base.pixelSize() * percent / 100))
    app.setFont(font)
    return percent


def text_size(app: QApplication) -> int:
    """The size in use, in per cent (100 before any was applied)."""
    base = app.property(_BASE_FONT)
    if not isinstance(base, QFont):
        return 100
    font = app.font()
    if base.pointSizeF() > 0:
        return round(font.pointSizeF() / base.pointSizeF() * 100)
    return round(font.pixelSize() / base.pixelSize() * 100)


def text_scale() -> float:
    """The running application's text size as a factor (1.0 at 100%)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return text_size(app) / 100 if isinstance(app, QApplication) else 1.0
