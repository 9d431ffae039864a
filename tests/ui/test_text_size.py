"""Text size scales the whole window, is remembered, and at 200% a 1366×768 window still shows everything
a trainer needs, whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from tvet_desktop.ui.result_delegate import ResultDelegate
from tvet_desktop.ui.text_size import apply_text_size

from .conftest import WAIT_MS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.main_window import MainWindow


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    yield application
    apply_text_size(application, 100)  # the next test starts at the system's size
    QApplication.processEvents()


def sizes(window: MainWindow) -> dict[str, float]:
    """What a person sees grow: the fonts of each pane, and the result rows' height."""
    panel = window.library.panel
    return {"results": window.results.list.font().pointSizeF(), "facets": window.sidebar.tree.font().pointSizeF(),
            "library": window.library.collections.font().pointSizeF(), "note": panel.editor.font().pointSizeF(),
            "reading": window.reader.font().pointSizeF(), "search": window.search_field.font().pointSizeF(),
            "menus": window.menuBar().font().pointSizeF(),
            "row height": window.results.list.verticalHeader().defaultSectionSize()}


def test_ctrl_plus_grows_every_pane_and_is_remembered(qtbot: QtBot, app: QApplication, make_window) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    before = sizes(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for _ in range(2):
        qtbot.keySequence(window, QKeySequence("Ctrl+="))
    QApplication.processEvents()
    after = sizes(window)
    assert {name: round(after[name] / before[name], 1) for name in before if name != "row height"} == {
        name: 1.3 for name in before if name != "row height"}  # 100% → 115% → 130%, everywhere
    assert after["row height"] > before["row height"] * 1.2
    assert window.view.size_actions[130].isChecked()
    window.close()
    apply_text_size(app, 100)
    again: MainWindow = make_window()
    assert again.settings.text_size == 130
    qtbot.keySequence(again, QKeySequence("Ctrl+0"))
    assert again.settings.text_size == 100


ESSENTIAL = ("search_field", "results.sort_box", "results.sort_label", "results.count_label", "results.list",
             "sidebar.tree", "sidebar.year_from", "sidebar.year_to", "sidebar.clear_button",
             "library.collections", "library.toolbar.bookmark", "library.toolbar.lists_button",
             "library.toolbar.quote", "reader", "library.panel.editor", "library.panel.preview_toggle",
             "catalogue_label", "timing_label")
WHOLE = ("results.sort_box", "results.sort_label", "sidebar.clear_button", "library.toolbar.bookmark",
         "library.toolbar.lists_button", "library.toolbar.quote", "library.panel.preview_toggle")


def widget_at(window: MainWindow, path: str) -> QWidget:
    found: object = window
    for part in path.split("."):
        found = getattr(found, part)
    assert isinstance(found, QWidget)
    return found


def test_at_200_percent_a_laptop_window_shows_everything_whole(qtbot: QtBot, app: QApplication,
                                                              window: MainWindow) -> None:
    apply_text_size(app, 200)
    window.resize(1366, 768)
    window.fit_panes(1366, 768)
    window.request = window.request._replace(filters=window.request.filters.with_values("region", ("Africa",)))
    with qtbot.waitSignal(window.search_finished):
        window.run_search()
    window.open_item("welding-safety-guide")

    def as_tall_as_their_text() -> bool:  # the status bar lays its labels out again a moment after the font grows
        return all(widget_at(window, path).height() >= QFontMetrics(widget_at(window, path).font()).height()
                   for path in ESSENTIAL)

    qtbot.waitUntil(as_tall_as_their_text, timeout=WAIT_MS)  # later on a loaded machine
    assert window.size().width() == 1366 and window.size().height() == 768
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 768
    inside = window.rect()
    for path in ESSENTIAL:
        widget = widget_at(window, path)
        area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        assert widget.isVisible() and inside.contains(area), f"{path} is off-screen at 200%: {area}"
        assert widget.height() >= QFontMetrics(widget.font()).height(), f"{path} is shorter than its text"
    for path in WHOLE:
        widget = widget_at(window, path)
        assert widget.width() >= widget.minimumSizeHint().width(), f"{path} cuts its text at 200%"
    list_view = window.results.list
    assert list_view.verticalHeader().defaultSectionSize() == ResultDelegate.row_height(list_view.font())
    assert list_view.visualRect(window.results_model.index(0)).height() >= 4 * QFontMetrics(
        list_view.font()).lineSpacing()  # title, meta line and two snippet lines
