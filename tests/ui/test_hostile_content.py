"""Content nested hundreds of levels deep or megabytes long neither raises nor freezes the window, says that it
was shortened, and the selection, the reading pane and the note editor always name the same item (issue 16:
B7, R1-1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.catalog.render import MAX_NESTING, MAX_RENDER_CHARS, markdown_to_html
from tvet_desktop.library.rows import NOTE_PREFIX
from tvet_desktop.library.store import open_notes
from tvet_desktop.ui.results_model import IdRole

from ..conftest import write_source
from .conftest import WAIT_MS

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.library.store import NotesStore
    from tvet_desktop.ui.main_window import MainWindow

DEEP = {
    "bullets": "- " * 600 + "x",
    "numbers": "1. " * 600 + "x",
    "indented": "\n".join(" " * (4 * level) + "- level" for level in range(300)),
    "quotes": ">" * 2000 + " x",
    "tags": "<ul><li>" * 8000 + "x",
    "bold": "<b>" * 20_000 + "x",
}
HUGE = "A long line of a session plan with some **bold** words. " * 6000  # 342,000 characters


@pytest.mark.parametrize("name", list(DEEP))
def test_deep_nesting_is_shown_as_plain_text_and_says_so(name: str) -> None:
    html = markdown_to_html(DEEP[name])
    assert f"nested more than {MAX_NESTING} levels deep, so it is shown as plain text" in html
    assert html.count("<ul>") == 0 and len(html) < 5 * len(DEEP[name]) + 500  # escaped, not rendered


def test_long_text_is_cut_and_says_so() -> None:
    html = markdown_to_html(HUGE)
    assert f"Shortened: this text has {len(HUGE):,} characters; the first {MAX_RENDER_CHARS:,} are shown." in html
    assert "<strong>bold</strong>" in html and len(html) < 2 * MAX_RENDER_CHARS


@pytest.fixture
def window(tmp_path: Path, data_dir: Path, window_on: Callable[[Path, NotesStore], MainWindow]) -> MainWindow:
    items = [{"id": f"deep-{name}", "kind": "publication", "title": f"Deep {name}", "body": text, "year": 2020}
             for name, text in DEEP.items()]
    items += [{"id": "huge-item", "kind": "publication", "title": "Huge item", "body": HUGE, "year": 2021},
              {"id": "normal-item", "kind": "publication", "title": "Normal item", "body": "Just text.", "year": 2022}]
    build_snapshot(write_source(tmp_path / "deep-source", items), tmp_path / "deep.sqlite")
    notes = open_notes(data_dir)
    notes.create_note("Deep note", DEEP["bullets"])
    return window_on(tmp_path / "deep.sqlite", notes)


def select(window: MainWindow, row_id: str) -> None:
    model = window.results_model
    row = next(r for r in range(model.rowCount()) if model.index(r).data(IdRole) == row_id)
    window.results.list.setCurrentIndex(model.index(row))


def agree(window: MainWindow, title: str) -> bool:
    """The selection, the reading pane and the note heading name the same item."""
    current = window.results.list.currentIndex().data(IdRole)
    item = window.reader.item
    return bool(item and item.id == current and item.title == title and window.library.item is item
                and title in window.library.panel.heading.full_text and title in window.reader.toPlainText())


@pytest.mark.parametrize("name", list(DEEP))
def test_selecting_a_deeply_nested_item_opens_it(qtbot: QtBot, window: MainWindow, name: str) -> None:
    select(window, "normal-item")
    select(window, f"deep-{name}")
    qtbot.waitUntil(lambda: agree(window, f"Deep {name}"), timeout=WAIT_MS)
    assert "shown as plain text" in window.reader.toPlainText()


def test_a_huge_item_is_rendered_in_the_background_and_the_newest_choice_wins(qtbot: QtBot,
                                                                              window: MainWindow) -> None:
    select(window, "huge-item")
    assert window.reader.item is not None and window.reader.item.id == "huge-item"
    assert "Loading…" in window.reader.toPlainText()  # the GUI thread did not render it
    qtbot.waitUntil(lambda: "Shortened: this text has" in window.reader.toPlainText(), timeout=WAIT_MS)
    assert agree(window, "Huge item")
    select(window, "normal-item")
    select(window, "huge-item")
    select(window, "normal-item")  # before the huge one's rendering is back
    window.work.wait()
    qtbot.wait(50)
    assert agree(window, "Normal item") and "Just text." in window.reader.toPlainText()


def test_a_deeply_nested_free_standing_note_opens(qtbot: QtBot, window: MainWindow) -> None:
    from tvet_desktop.library.search import Collection

    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.library.collections.choose(Collection("notes", None, "My notes"))
    note = window.notes.list_notes()[0]
    select(window, NOTE_PREFIX + note.id)
    panel = window.library.panel
    assert panel.note is not None and panel.note.id == note.id and panel.heading.full_text == "Deep note"
    assert "Deep note" in window.reader.toPlainText() and "shown as plain text" in window.reader.toPlainText()


def test_the_note_preview_never_raises_on_a_keystroke(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "normal-item")
    panel = window.library.panel
    panel.preview_toggle.setChecked(True)
    panel.editor.setFocus()
    for text in ("- " * 300, "- " * 300 + "x", "<ul><li>" * 5000, HUGE):
        panel.editor.setPlainText(text)  # each change would have raised RecursionError or frozen the window
        qtbot.keyClicks(panel.editor, "y")
        qtbot.waitUntil(lambda: panel.preview.toPlainText().strip() != "", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Shortened" in panel.preview.toPlainText(), timeout=WAIT_MS)
