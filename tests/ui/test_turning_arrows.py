"""In the Arabic window the page and chapter buttons are mirrored: "previous" sits on the right, so its arrow
points right and "next" points left (a new user saw both arrows pointing inward)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from tvet_desktop.ui.reader.arrows import turning_arrows

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def test_the_arrows_point_the_way_the_window_reads(qapp: QApplication) -> None:
    assert turning_arrows() == ("◀", "▶")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert turning_arrows() == ("▶", "◀")
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
