"""The main window driven like a trainer would: type, click, filter, use the keyboard, come back."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolButton

from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.catalog.render import theme_link
from tvet_desktop.sync.store import ActiveCatalogue
from tvet_desktop.ui.results_model import IdRole

from ..conftest import ITEMS, write_source
from .conftest import WAIT_MS, Opened

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.main_window import MainWindow


def shown_ids(window: MainWindow) -> list[str]:
    model = window.results_model
    return [model.index(row).data(IdRole) for row in range(model.rowCount())]


def type_query(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_field.clear()
        qtbot.keyClicks(window.search_field, text)


def test_first_start_shows_everything_newest_first(window: MainWindow) -> None:
    assert shown_ids(window)[0] == "solar-installers-practice" and len(shown_ids(window)) == 5
    assert window.results.count_label.text() == "<b>5</b> items"
    assert window.catalogue_label.text() == "Catalogue v1 · 2 Jan 2026 · 5 items"


def test_typing_searches_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "weld")
    assert shown_ids(window)[0] == "welding-safety-guide"
    assert "results" in window.timing_label.text()


def test_clicking_a_result_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "welding")
    rect = window.results.list.visualRect(window.results_model.index(0))
    qtbot.mouseClick(window.results.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = window.reader.toPlainText()
    assert "Welding safety guide for trainers" in text and "Protective gear" in text


def test_facet_filters_and_chips(qtbot: QtBot, window: MainWindow) -> None:
    model = window.facet_model
    regions = model.index(2, 0)
    africa = next(model.index(r, 0, regions) for r in range(model.rowCount(regions))
                  if model.index(r, 0, regions).data() == "Africa")
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        model.setData(africa, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert sorted(shown_ids(window)) == ["solar-installers-practice", "welding-safety-guide"]
    assert window.results.chip_row.isVisibleTo(window)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.results.chip_removed.emit("region", "Africa")
    assert len(shown_ids(window)) == 5 and not window.results.chip_row.isVisibleTo(window)


def test_facet_ticked_and_unticked_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    model, tree = window.facet_model, window.sidebar.tree
    regions = model.index(2, 0)

    def africa() -> QModelIndex:
        return next(model.index(r, 0, regions) for r in range(model.rowCount(regions))
                    if model.index(r, 0, regions).data() == "Africa")

    tree.setFocus()
    for expected in (("Africa",), ()):
        tree.setCurrentIndex(africa())
        with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
            qtbot.keyClick(tree, Qt.Key.Key_Return)
        assert window.request.filters.region == expected
        ticked = africa().data(Qt.ItemDataRole.CheckStateRole)
        assert Qt.CheckState(ticked) == (Qt.CheckState.Checked if expected else Qt.CheckState.Unchecked)


def test_a_failing_start_up_search_opens_the_window_with_a_message(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object, **__: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("tvet_desktop.ui.main_window.search_library", broken)
    window.run_first_search()  # must not raise out of start-up
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and "database disk image is malformed" in boxes[0].text()


def test_year_range(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.sidebar.year_from.setValue(2022)
    assert sorted(shown_ids(window)) == ["digital-skills-teachers", "solar-installers-practice"]


def test_theme_chip_in_reading_pane_filters(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("welding-safety-guide")
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.reader.anchorClicked.emit(QUrl(theme_link("workshop safety")))
    assert shown_ids(window) == ["welding-safety-guide"]
    assert window.request.filters.theme == ("workshop safety",)


def test_sort_by_title(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.results.sort_box.setCurrentIndex(window.results.sort_box.findData("title"))
    assert shown_ids(window)[0] == "apprenticeship-programme"


def test_no_results_offers_did_you_mean(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "weldng ")  # the corrected results at once, and the text as typed a click away
    assert shown_ids(window) and "Showing results for <b>welding</b>" in window.results.notice.text()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.results.notice.linkActivated.emit("instead:weldng ")
    assert window.results.stack.currentWidget() is window.results.empty
    assert "Did you mean" in window.results.empty.text() and "welding" in window.results.empty.text()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.results.empty.linkActivated.emit("suggest:welding")
    assert window.search_field.text() == "welding" and shown_ids(window)


def test_keyboard_only_use(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keySequence(window, QKeySequence("Ctrl+K"))
    assert window.search_field.hasFocus()
    type_query(qtbot, window, "skills")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.results.list.hasFocus()
    first = window.reader.toPlainText()
    qtbot.keyClick(window.results.list, Qt.Key.Key_Down)
    assert window.reader.toPlainText() != first and window.reader.item is not None
    window.search_field.setFocus()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == "" and len(shown_ids(window)) == 5


def test_state_is_restored_on_next_start(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    type_query(qtbot, first, "solar")
    first.resize(760, 560)  # the off-screen display is 800x600
    first.splitter.setSizes([180, 250, 300])
    sizes = first.splitter.sizes()
    first.close()
    second = make_window()
    assert second.search_field.text() == "solar"
    assert shown_ids(second) == ["solar-installers-practice"]
    assert second.size().width() == 760 and second.splitter.sizes() == sizes


def test_only_http_links_leave_the_app(window: MainWindow, opened: Opened) -> None:
    for unsafe in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "relative.html", "ftp://x/y"):
        window.reader.anchorClicked.emit(QUrl(unsafe))
    assert opened == []
    window.reader.anchorClicked.emit(QUrl("https://unevoc.unesco.org/home"))
    assert [url.toString() for url in opened] == ["https://unevoc.unesco.org/home"]


def test_reading_pane_loads_no_resources(window: MainWindow) -> None:
    assert window.reader.loadResource(2, QUrl("file:///etc/passwd")) is None
    assert window.reader.loadResource(2, QUrl("https://tracker.example/p.png")) is None


def test_selection_survives_a_new_search_when_still_listed(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("digital-skills-teachers")
    type_query(qtbot, window, "skills")
    current: QModelIndex = window.results.list.currentIndex()
    assert current.data(IdRole) == "digital-skills-teachers"


def test_an_item_beyond_the_rows_read_is_selected_and_stays_selected(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    """Rows are read a page at a time; an item opened further down (or moved there by a new sort) is still
    found, highlighted and scrolled to."""
    window: MainWindow = make_window(page_size=2)
    window.open_item("welding-safety-guide")  # third newest: on the second page, not read yet
    assert window.results.list.currentIndex().row() == 2
    assert window.results.list.currentIndex().data(IdRole) == "welding-safety-guide"
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.results.sort_box.setCurrentIndex(window.results.sort_box.findData("title"))
    current = window.results.list.currentIndex()
    assert current.row() == 4  # last by title, on the third page
    qtbot.waitUntil(lambda: current.data(IdRole) == "welding-safety-guide", timeout=WAIT_MS)


def test_a_catalogue_update_keeps_the_open_item_open(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """The new catalogue numbers its items differently (one newer item comes first); until its search is back
    the list shows the old catalogue's results, where the open item must be looked up by the old numbers."""
    type_query(qtbot, window, "green")  # lists greening-tvet, whose old number the open item has in the new one
    window.open_item("apprenticeship-programme")  # opened by its id (a link), though not in the results
    newer = {"id": "new-guide", "kind": "publication", "title": "A newer guide", "year": 2030, "languages": ["en"]}
    build_snapshot(write_source(tmp_path / "v2", [*ITEMS, newer], version=2), tmp_path / "v2.sqlite")
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.switch_catalog(ActiveCatalogue(tmp_path / "v2.sqlite", 2, "test"))
        assert window.reader.item is not None and window.reader.item.id == "apprenticeship-programme"
        assert not window.results.list.currentIndex().isValid()  # greening-tvet is not taken for it
    assert "greening-tvet" in shown_ids(window) and not window.results.list.currentIndex().isValid()
    assert window.reader.item is None  # the new results do not have it: the pane says nothing is open


def test_enter_right_after_typing_opens_the_new_first_result(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("greening-tvet")
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        qtbot.keyClicks(window.search_field, "welding")
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # before the debounce fired
    assert window.reader.item is not None and window.reader.item.id == "welding-safety-guide"


def test_refined_search_keeps_the_reading_position(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("welding-safety-guide")
    rendered: list[str] = []
    window.reader.textChanged.connect(lambda: rendered.append("again"))
    type_query(qtbot, window, "welding")
    assert rendered == []


def test_chip_labels_read_naturally(qtbot: QtBot, window: MainWindow) -> None:
    from tvet_desktop.catalog.browse import Filters

    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window._set_filters(Filters(country=("Germany",), language=("de",), year_from=2020))
    chips = window.results.chip_row.findChildren(QToolButton)
    labels = [chip.text().replace("\u2068", "").replace("\u2069", "") for chip in chips]  # invisible bidi isolates
    assert labels == ["Country: Germany  ✕", "Language: German  ✕", "Years: 2020–…  ✕"]


def test_a_bad_saved_sort_falls_back_to_best_match(qtbot: QtBot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    (data_dir).mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.ini").write_text("[search]\nsort=sideways\n")
    window = make_window()
    assert window.request.sort == "relevance" and len(shown_ids(window)) == 5


def test_year_boxes_step_through_catalogue_years(window: MainWindow) -> None:
    box = window.sidebar.year_from
    assert box.text() == "Any" and box.minimum() == 2018 and box.maximum() == 2023
    box.stepUp()
    assert box.value() == 2019
