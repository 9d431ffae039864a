"""Shortening a line of text with "…" to fit a width, as ``QFontMetrics.elidedText`` does at the right.

That method takes its mode from the Qt namespace, and naming any of its values builds the whole namespace
(~15 ms, see qt_values.py), while the first frame's result titles and labels are elided before it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics

ELLIPSIS = "…"


def elide_right(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` as it is when it fits in ``width`` pixels, else its longest start that fits followed by "…"
    ("" when not even that fits)."""
    whole = metrics.horizontalAdvance(text)
    if whole <= width:
        return text
    if metrics.horizontalAdvance(ELLIPSIS) > width:
        return ""

    def fits(size: int) -> bool:
        return metrics.horizontalAdvance(text[:size] + ELLIPSIS) <= width

    # A first guess in proportion to the widths (each measure shapes the text: a few, not a binary search's
    # seven or eight), then a character at a time to the longest start that fits.
    size = min(len(text) - 1, len(text) * width // whole)
    if fits(size):
        while size + 1 < len(text) and fits(size + 1):
            size += 1
    else:
        size -= 1
        while size > 0 and not fits(size):
            size -= 1
    return text[:size] + ELLIPSIS
