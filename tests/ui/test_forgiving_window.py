"""Search that forgives, in a real window (off-screen) over the four-language test catalogue: the same results
as the command line, and the lines that say what the results are."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.search.engine import SearchEngine

from ..conftest import write_source
from ..multilingual import ITEMS
from ..search.test_forgiving import LANGUAGE_CASES
from .conftest import WAIT_MS
from .test_main_window import shown_ids, type_query

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.main_window import MainWindow


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator[Catalog]:
    build_snapshot(write_source(tmp_path / "source", ITEMS), tmp_path / "multilingual.sqlite")
    with Catalog(tmp_path / "multilingual.sqlite") as opened:
        yield opened


def enter(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """As typing would (QTest cannot type Arabic or accented letters): the field's text changes, the search runs."""
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_field.setText(text)


@pytest.mark.parametrize(("typed", "expected"), LANGUAGE_CASES)
def test_four_languages_in_the_window(qtbot: QtBot, window: MainWindow, catalog: Catalog, typed: str,
                                      expected: str) -> None:
    enter(qtbot, window, typed + " ")  # a finished query: the same results as the command line
    assert shown_ids(window)[0] == expected
    assert shown_ids(window) == [hit.id for hit in SearchEngine(catalog).search(typed)]
    assert window.results.notice.isHidden()


def test_closest_matches_are_said(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "green teacher welding")
    assert shown_ids(window)[0] == "green-teachers"
    assert not window.results.notice.isHidden()
    assert window.results.notice.text() == "No item has all these words; showing the closest matches"


def test_corrected_results_at_once_and_search_instead(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "artifical inteligence ")
    assert shown_ids(window) == ["ai-in-tvet"]
    assert "Showing results for <b>artificial intelligence</b>" in window.results.notice.text()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.results.notice.linkActivated.emit("instead:artifical inteligence ")
    assert window.search_field.text() == "artifical inteligence " and shown_ids(window) == []
    assert window.results.notice.isHidden()
    assert "Did you mean" in window.results.empty.text()


def test_typing_stop_words_and_a_title(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "events in Africa")
    assert set(shown_ids(window)) == {"africa-forum", "africa-workshop"}
    type_query(qtbot, window, "innovation awards")
    assert shown_ids(window)[0] == "innovation-awards"
