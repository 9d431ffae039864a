"""The arrows on the buttons that turn pages and chapters: pointing the way the window reads. In a right-to-left
window the layout puts "previous" on the right, so its arrow points right, and "next" points left."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def turning_arrows() -> tuple[str, str]:
    """The (previous, next) arrows for the window's direction."""
    return ("▶", "◀") if QGuiApplication.isRightToLeft() else ("◀", "▶")
