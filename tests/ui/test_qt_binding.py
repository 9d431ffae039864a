"""Known binding faults the app must not run into: lost references to None (PySide6 6.12.0 on Python 3.11)
and tuples coming back from Qt as lists (6.10.1), which would blank every result row."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QLabel

from tvet_desktop.catalog.records import Hit

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


def test_calling_qt_methods_that_return_nothing_keeps_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):  # with the broken binding: 2,000 references lost (and a crash soon after)
        label.setText("x")
    assert sys.getrefcount(None) >= before - 10


def test_a_record_stored_in_qt_comes_back_as_the_same_record() -> None:
    hit = Hit("an-id", "publication", "A title", 2024, "Kenya", None, "snippet", "<b>snippet</b>")
    item = QStandardItem()
    item.setData(hit, 256)  # Qt.ItemDataRole.UserRole, as the result model and the collections list use it
    assert item.data(256) == hit and isinstance(item.data(256), Hit)
