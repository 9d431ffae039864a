"""Every place a string from the catalogue, a note or an import reaches a widget shows it as plain text: an
``<img src=…>`` in a title, theme, country, list name or note heading loads nothing (issue 16: B6; R1-3).

Canary files (Linux inotify) tell whether anything opened them: the real tooltips, labels, menus and message
boxes are shown, and no canary may have been opened afterwards.
"""

from __future__ import annotations

import json
import zipfile
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMessageBox, QToolButton

from tvet_desktop.catalog.browse import Filters
from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.library.search import Collection
from tvet_desktop.library.store import open_notes
from tvet_desktop.text import isolate
from tvet_desktop.ui.main_window import MainWindow

from ..canary import Canaries
from ..conftest import write_source
from ..qt_driving import Box, answer_next_box, hover, hover_rows
from .conftest import WAIT_MS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.library.store import NotesStore

FIELDS = ("title", "theme", "country", "region", "language", "institution", "author", "summary", "body",
          "note title", "list name", "note text")


@pytest.fixture
def canaries(tmp_path: Path) -> Iterator[Canaries]:
    watched = Canaries(tmp_path / "canary", len(FIELDS))
    yield watched
    watched.close()


def payload(canaries: Canaries, field: str) -> str:
    return f'<img src="{canaries.paths[FIELDS.index(field)]}">{field}'


@pytest.fixture
def hostile(tmp_path: Path, data_dir: Path, canaries: Canaries,
            window_on: Callable[[Path, NotesStore], MainWindow]) -> MainWindow:
    def p(field: str) -> str:
        return payload(canaries, field)

    item = {"id": "hostile-item", "kind": "publication", "title": p("title") + " \u202eevil\u202c \u2067open",
            "themes": [p("theme")], "country": p("country"), "region": p("region"), "languages": [p("language")],
            "institution": p("institution"), "authors": [p("author")], "summary": p("summary"),
            "body": p("body") + f"\n\n![x]({canaries.paths[0]})", "year": 2024}
    build_snapshot(write_source(tmp_path / "hostile-source", [item]), tmp_path / "hostile.sqlite")
    notes = open_notes(data_dir)
    notes.create_note(p("note title"), p("note text"))
    course = notes.create_list(p("list name"))
    notes.add_to_list(course.id, "hostile-item", str(item["title"]))
    return window_on(tmp_path / "hostile.sqlite", notes)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the off-screen platform has no pointer or keyboard
def test_no_tooltip_label_or_menu_loads_what_content_names(qtbot: QtBot, hostile: MainWindow,
                                                           canaries: Canaries) -> None:
    window = hostile
    window.open_item("hostile-item")
    window.sidebar.tree.expandAll()
    qtbot.wait(50)
    tips = hover_rows(window.results.list) + hover_rows(window.sidebar.tree) + hover_rows(window.library.collections)
    tips.append(hover(window.library.panel.heading))
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window._set_filters(Filters(theme=(payload(canaries, "theme"),), country=(payload(canaries, "country"),)))
    chips = window.results.chip_row.findChildren(QToolButton)
    tips += [hover(chip) for chip in chips]
    menu = window.library.toolbar.lists_menu
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.wait(50)
    menu.hide()
    assert canaries.opened() == []
    for field in ("title", "theme", "country", "region", "language", "list name"):
        assert any(payload(canaries, field) in tip for tip in tips), field  # shown, as it is
    assert any(payload(canaries, "list name") == action.text().replace("&&", "&") for action in menu.actions())
    assert all(payload(canaries, "theme") in chip.text() for chip in chips[:1])


def test_the_reading_pane_and_note_preview_load_nothing(qtbot: QtBot, hostile: MainWindow,
                                                       canaries: Canaries) -> None:
    window = hostile
    window.open_item("hostile-item")
    text = window.reader.toPlainText()  # the title escaped, the Markdown's image and raw tag dropped
    assert payload(canaries, "title") in text and "\nsummary\nbody\n" in text and "<img" not in text.split("\n")[-2]
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.library.collections.choose(Collection("notes", None, "My notes"))
    window.results.list.setCurrentIndex(window.results_model.index(0))
    panel = window.library.panel
    assert payload(canaries, "note title") in window.reader.toPlainText()
    panel.preview_toggle.setChecked(True)
    panel.editor.insertPlainText(f"\n\n<img src='{canaries.paths[0]}'> ![y]({canaries.paths[1]})")
    qtbot.waitUntil(lambda: "![y]" not in panel.preview.toPlainText() and panel.preview.toPlainText() != "",
                    timeout=WAIT_MS)
    assert canaries.opened() == []


def test_message_boxes_that_quote_names_are_plain_text(qtbot: QtBot, hostile: MainWindow, canaries: Canaries,
                                                      tmp_path: Path) -> None:
    window, name = hostile, payload(canaries, "list name")
    window.open_item("hostile-item")
    seen: list[Box] = []
    answer_next_box(seen)
    window.library._new_list(name)  # already there: the warning quotes it
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    list_id = next(rl.id for rl in window.notes.lists() if rl.name == name)
    window.library.collections.choose(Collection("list", list_id, name))
    answer_next_box(seen, QMessageBox.StandardButton.No)
    window.library.delete_list()  # "Delete the list “…”?"
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT_MS)
    export = tmp_path / "theirs.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("notes.json", json.dumps({"format": "tvet-desktop-notes", "version": 1, "lists": [
            {"id": "theirs", "name": name, "items": []}]}))
    answer_next_box(seen)
    window.library.import_file(export)  # the report names the list it kept apart
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=WAIT_MS)
    assert all(box.plain and name in box.text for box in seen), seen
    assert canaries.opened() == []


def test_titles_with_direction_overrides_are_isolated_in_the_app_s_sentences(hostile: MainWindow) -> None:
    hostile.open_item("hostile-item")
    heading = hostile.library.panel.heading.full_text
    title = hostile.reader.item.title if hostile.reader.item else ""
    assert heading == f"My note on “{isolate(title)}”"
    inside = heading[len("My note on “"):-1]
    opened = sum(inside.count(c) for c in "\u2066\u2067\u2068")
    assert opened == inside.count("\u2069")  # every isolate closed before the closing quote


@pytest.mark.parametrize(("text", "expected"), [
    ("plain", "\u2068plain\u2069"),
    ("\u202eRTL override\u202c", "\u2068\u202eRTL override\u202c\u2069"),
    ("\u2067left open", "\u2068\u2067left open\u2069\u2069"),
    ("stray \u2069 close", "\u2068stray  close\u2069"),
])
def test_isolate_closes_what_a_title_leaves_open(text: str, expected: str) -> None:
    assert isolate(text) == expected


def test_labels_that_show_paths_or_errors_are_plain_text(hostile: MainWindow) -> None:
    from PySide6.QtCore import Qt

    window: Callable[[], object] | MainWindow = hostile
    assert isinstance(window, MainWindow)
    panel = window.library.panel
    for label in (panel.state, panel.read_only_notice, window.catalogue_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
