"""A catalogue publication shipped as an EPUB book: kept offline from the window over real HTTP on 127.0.0.1,
then read in the reading pane chapter by chapter through the safe renderer, in front of its item."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tvet_desktop.sync.publish import publish

from ..conftest import write_source
from ..documents.files import epub
from . import test_attachments_window as attached
from .conftest import NOW, items_v2
from .test_attachments_window import WAIT_MS, box_of, row_texts

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.main_window import MainWindow

window = attached.window  # a window on the catalogue the server below publishes


@pytest.fixture
def repo(tmp_path: Path, keys: tuple[Path, Path], bundled: Path) -> Path:
    source = tmp_path / "source-v2"
    (source / "books").mkdir(parents=True)
    epub(source / "books" / "digital.epub", ["<h1>Why digital skills</h1><p>Teachers need time to practise.</p>"
                                             "<script>document.write('never')</script>",
                                             "<h1>Blended learning</h1><p>Mix workshop and online.</p>"],
         title="Digital skills for TVET teachers")
    items = items_v2()
    items[1] = dict(items[1], attachments=[{"path": "books/digital.epub", "media_type": "application/epub+zip",
                                            "title": "The study as a book (EPUB)"}])
    folder = tmp_path / "repo"
    publish(write_source(source, items, 2), folder, keys[0], bundled, clock=lambda: NOW)
    return folder


def test_a_catalogue_book_is_kept_then_read_chapter_by_chapter(qtbot: QtBot, window: MainWindow) -> None:
    box = box_of(qtbot, window, "digital-skills-teachers")
    with qtbot.waitSignal(box.changed, timeout=WAIT_MS):
        box.keep.click()
    qtbot.waitUntil(lambda: row_texts(box).count("On this computer") == 1, timeout=WAIT_MS)
    box.open_document(box.infos[0])
    view = window.reading_area.documents
    assert view is not None and window.reading_area.showing_document()
    qtbot.waitUntil(lambda: view.text.toPlainText().startswith("Why digital skills"), timeout=WAIT_MS)
    assert "never" not in view.text.toPlainText() and view.chapter_label.text() == "Chapter 1 of 2"
    view.chapter_next.click()
    qtbot.waitUntil(lambda: view.text.toPlainText().startswith("Blended learning"), timeout=WAIT_MS)
    assert window.library.item is not None and window.library.item.id == "digital-skills-teachers"
