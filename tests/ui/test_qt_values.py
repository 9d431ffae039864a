"""The window's first frame names no value of the Qt namespace (building it is ~15 ms of start-up): the numbers
it uses instead are Qt's own, and the app's real start reaches its first painted results without the namespace."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from tvet_desktop.ui import qt_values
from tvet_desktop.ui.elide import ELLIPSIS, elide_right

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]
QT = {
    "DISPLAY_ROLE": Qt.ItemDataRole.DisplayRole, "EDIT_ROLE": Qt.ItemDataRole.EditRole,
    "TOOLTIP_ROLE": Qt.ItemDataRole.ToolTipRole, "TEXT_ALIGNMENT_ROLE": Qt.ItemDataRole.TextAlignmentRole,
    "CHECK_STATE_ROLE": Qt.ItemDataRole.CheckStateRole, "ACCESSIBLE_TEXT_ROLE": Qt.ItemDataRole.AccessibleTextRole,
    "ACCESSIBLE_DESCRIPTION_ROLE": Qt.ItemDataRole.AccessibleDescriptionRole, "USER_ROLE": Qt.ItemDataRole.UserRole,
    "UNCHECKED": Qt.CheckState.Unchecked, "CHECKED": Qt.CheckState.Checked,
    "ALIGN_RIGHT": Qt.AlignmentFlag.AlignRight,
    "ALIGN_VCENTER": Qt.AlignmentFlag.AlignVCenter, "ALIGN_CENTER": Qt.AlignmentFlag.AlignCenter,
    "PLAIN_TEXT": Qt.TextFormat.PlainText, "RICH_TEXT": Qt.TextFormat.RichText,
    "VERTICAL": Qt.Orientation.Vertical, "SCROLL_BAR_ALWAYS_OFF": Qt.ScrollBarPolicy.ScrollBarAlwaysOff,
    "LINKS_BY_MOUSE": Qt.TextInteractionFlag.LinksAccessibleByMouse,
    "LINKS_BY_KEYBOARD": Qt.TextInteractionFlag.LinksAccessibleByKeyboard, "NO_FOCUS": Qt.FocusPolicy.NoFocus,
    "LEFT_TO_RIGHT": Qt.LayoutDirection.LeftToRight, "RIGHT_TO_LEFT": Qt.LayoutDirection.RightToLeft,
}


def test_each_number_is_qts_own() -> None:
    names = {name for name in vars(qt_values) if name.isupper()}
    assert names == set(QT)  # each one checked
    for name, value in QT.items():
        assert getattr(qt_values, name) == value.value, name


@pytest.mark.parametrize("text", ["", "a", "Arc <b>welding</b> & “masks”", "line one\nline two", "one\n\ntwo",
                                  "one\n\n\n\ntwo", "ends\n", "ends\n\n", "\nstarts", "tab\tand  spaces",
                                  "crlf\r\nline", "\u2068isolated\u2069 'quoted'"])
def test_tooltips_are_escaped_as_qt_escapes_them(qapp: QApplication, text: str) -> None:
    from PySide6.QtGui import Qt as QtText

    from tvet_desktop.ui.plain import tooltip

    assert tooltip(text) == (QtText.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else "")


@pytest.mark.parametrize("text", ["Welding safety guide", "Digital skills development in TVET teacher training",
                                  "تطوير المهارات الرقمية في تدريب معلمي التعليم والتدريب التقنيين", "", "W" * 300])
def test_eliding_by_hand_keeps_the_longest_start_that_fits(qapp: QApplication, text: str) -> None:
    metrics = QFontMetrics(QFont(qapp.font()))
    for width in (0, 5, 40, 120, 400, 5000):
        shown = elide_right(metrics, text, width)
        if shown == text:
            assert metrics.horizontalAdvance(text) <= width
            continue
        assert metrics.horizontalAdvance(shown) <= width  # it fits
        if shown:
            start = shown.removesuffix(ELLIPSIS)
            assert text.startswith(start) and shown.endswith(ELLIPSIS)
            assert metrics.horizontalAdvance(text[:len(start) + 1] + ELLIPSIS) > width  # one more would not


def test_the_app_paints_its_first_results_without_the_qt_namespace(tmp_path: Path) -> None:
    """The real entry point, as the start-up benchmark launches it: its child reports whether the namespace
    was built when the result list first painted."""
    env = {**os.environ, "TVET_DESKTOP_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    for start in ("first", "later"):
        done = subprocess.run([sys.executable, "-m", "benchmarks.startup_child", "app"], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=120, check=False)
        assert done.stdout.startswith("READY"), (start, done.stderr[-2000:])
        assert done.stdout.split()[2] == "without-qt-namespace", (start, done.stdout)
