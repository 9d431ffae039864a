"""The window's size and pane widths on a first start, from the screen it opens on.

A fixed first size overflowed small laptop screens (1366×768: "Clear filters" and the status bar fell off
the bottom) and left the sidebar's theme names cut on wide ones.
"""

from __future__ import annotations

from PySide6.QtCore import QRect

FIRST_SIZE_CAP = (1600, 1000)  # beyond this a first window is more room than a library needs
SCREEN_SHARE = 0.92  # of the free screen: the rest is for the window's title bar and frame
FRAME_ALLOWANCE = 40  # a title bar and borders, which the window manager adds outside the size we set
SIDEBAR_SHARE, SIDEBAR_MIN, SIDEBAR_MAX = 0.22, 240, 400
SIDEBAR_LARGE_TEXT_MAX = 0.3  # of the window, however large the text: the results and the text need room too
NOTES_SHARE, NOTES_MAX = 0.4, 360  # of the reading column: ten lines or more of note in view, not a half


def first_geometry(available: QRect) -> QRect:
    """A window centred on ``available`` (the screen less its panels), as large as fits, up to a cap."""
    width = min(FIRST_SIZE_CAP[0], int(available.width() * SCREEN_SHARE))
    height = min(FIRST_SIZE_CAP[1], int(available.height() * SCREEN_SHARE), available.height() - FRAME_ALLOWANCE)
    geometry = QRect(0, 0, width, height)
    geometry.moveCenter(available.center())
    return geometry


def pane_widths(width: int, text_scale: float = 1.0) -> list[int]:
    """Sidebar, results and reading pane: the sidebar grows with the window and with the text size (long
    theme names), the reading pane is the widest."""
    sidebar = max(SIDEBAR_MIN, min(SIDEBAR_MAX, int(width * SIDEBAR_SHARE)))
    if text_scale > 1:
        sidebar = min(int(sidebar * text_scale), max(sidebar, int(width * SIDEBAR_LARGE_TEXT_MAX)))
    rest = max(width - sidebar, 0)
    return [sidebar, rest * 2 // 5, rest - rest * 2 // 5]


def reading_heights(height: int) -> list[int]:
    """The text being read above, the note below."""
    notes = min(int(height * NOTES_SHARE), NOTES_MAX)
    return [height - notes, notes]
