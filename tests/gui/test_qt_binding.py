"""The Qt binding itself must not corrupt Python's reference counts (PySide6 6.12.0 on Python 3.11 did)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calling_qt_methods_that_return_nothing_keeps_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):  # with the broken binding: 2,000 references lost (and a crash soon after)
        label.setText("x")
    assert sys.getrefcount(None) >= before - 10
