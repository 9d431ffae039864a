"""The window's part of catalogue documents: the item's documents under the reading pane, Keep offline with
progress and Cancel, a PDF read in the window (other formats with the system viewer), Remove, and
File › Storage…; real server, real files."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.library.store import open_notes
from tvet_desktop.sync.publish import publish
from tvet_desktop.sync.service import UpdateService
from tvet_desktop.ui.main_window import MainWindow
from tvet_desktop.ui.settings import WindowSettings
from tvet_desktop.ui.worker import BackgroundWork

from .conftest import NOW, Server
from .test_attachments import attached_source

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from PySide6.QtCore import QUrl
    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.documents_box import DocumentsBox

WAIT_MS = 10_000


@pytest.fixture
def repo(tmp_path: Path, keys: tuple[Path, Path], bundled: Path) -> Path:
    folder = tmp_path / "repo"
    publish(attached_source(tmp_path / "source-v2"), folder, keys[0], bundled, clock=lambda: NOW)
    return folder


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, bundled: Path, trust: object, server: Server,
           notes_kept: None, english_window: None) -> Iterator[MainWindow]:
    updates = UpdateService(data_dir, bundled)
    updates.sync(server.url, lambda done, total: None)  # v2, and the server is remembered
    notes = open_notes(data_dir)
    work = BackgroundWork()
    # As the app builds it: the attachments box is added right after the first paint.
    main = MainWindow(Catalog(updates.active().path), notes, WindowSettings(data_dir / "settings.ini"), work, updates,
                      defer_setup=True)
    main.remember_state = False
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.search_finished, timeout=WAIT_MS):
        main.show()
        main.run_search()
    qtbot.waitUntil(lambda: main.setup.done, timeout=WAIT_MS)
    yield main
    work.wait()
    main.close_catalogs()
    notes.close()


def box_of(qtbot: QtBot, window: MainWindow, item_id: str) -> DocumentsBox:
    box = window.attachments
    assert box is not None
    window.open_item(item_id)
    qtbot.waitUntil(lambda: (bool(box.infos) and box.isVisible()) or not box.item or not box.item.attachments,
                    timeout=WAIT_MS)
    return box


def row_texts(box: DocumentsBox) -> list[str]:
    from PySide6.QtWidgets import QLabel

    items = [box.rows.itemAt(i) for i in range(box.rows.count())]
    return [w.text() for item in items if item is not None and isinstance(w := item.widget(), QLabel)]


def test_an_item_lists_its_documents_and_keeps_them_offline(qtbot: QtBot, window: MainWindow) -> None:
    box = box_of(qtbot, window, "welding-safety-guide")
    texts = row_texts(box)
    assert any(t.startswith("Welding safety guide (PDF) · ") and t.endswith(" · 40 pages") for t in texts)
    assert texts.count("Not on this computer") == 2 and box.keep.isVisible() and not box.remove.isVisible()
    with qtbot.waitSignal(box.changed, timeout=WAIT_MS):
        box.keep.click()
    qtbot.waitUntil(lambda: row_texts(box).count("On this computer") == 2, timeout=WAIT_MS)
    assert box.status.text() == "2 documents kept on this computer."
    opened: list[QUrl] = []

    def open_file(url: QUrl) -> bool:
        opened.append(url)
        return True

    box._open_file = window.reader._open_external = open_file
    assert not box.keep.isVisible() and box.remove.isVisible()
    pdf, text = sorted(box.infos, key=lambda info: info.attachment.media_type != "application/pdf")
    area = window.reading_area
    box.open_document(text)  # a text handout is read here too, through the safe renderer
    assert area.showing_document() and area.documents is not None and not opened
    shown = area.documents.text
    qtbot.waitUntil(lambda: shown.toPlainText().startswith("Bring your own gloves."), timeout=WAIT_MS)
    box.open_document(pdf)  # a PDF is read here, in front of its item, whose note it quotes into
    assert area.showing_document() and not opened
    qtbot.waitUntil(lambda: area.documents is not None and area.documents.page() == 1, timeout=WAIT_MS)
    assert window.library.item is not None and window.library.item.id == "welding-safety-guide"
    area.documents.open_outside()  # the way out: the system viewer
    assert len(opened) == 1 and opened[0].toLocalFile().endswith(".pdf")


def test_an_item_without_documents_shows_no_box(qtbot: QtBot, window: MainWindow) -> None:
    box = box_of(qtbot, window, "welding-safety-guide")
    window.open_item("greening-tvet")
    assert not box.isVisible()


def test_cancel_stops_the_download_and_keeps_what_arrived(qtbot: QtBot, window: MainWindow, server: Server) -> None:
    box = box_of(qtbot, window, "welding-safety-guide")
    server.faults.drip_delay = 0.0005  # a slow link: a byte at a time
    box.keep.click()
    qtbot.waitUntil(lambda: box.bar.value() > 0 or "left" in box.status.text() or "of" in box.status.text(),
                    timeout=WAIT_MS)
    box.cancel.click()
    qtbot.waitUntil(lambda: not box.running, timeout=WAIT_MS)
    server.faults.drip_delay = 0
    assert box.status.text().startswith("Download cancelled; what arrived is kept")
    assert row_texts(box).count("Not on this computer") == 2


def test_storage_lists_what_is_kept_and_removes_it(qtbot: QtBot, window: MainWindow) -> None:
    box = box_of(qtbot, window, "welding-safety-guide")
    with qtbot.waitSignal(box.changed, timeout=WAIT_MS):
        box.keep.click()
    dialog = window.open_storage_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.files.topLevelItemCount() == 2, timeout=WAIT_MS)
    assert dialog.summary.text().startswith("2 documents kept offline, ")
    item = window.catalog.get("welding-safety-guide")
    assert item is not None  # each row names its item by title, not by id
    rows = [dialog.files.topLevelItem(row) for row in range(2)]
    assert all(row is not None and row.text(0).startswith(f"{item.title}: ") for row in rows)
    assert dialog.summary.text().endswith(" free on this disk.")
    dialog.files.selectAll()
    with qtbot.waitSignal(dialog.removed, timeout=WAIT_MS):
        dialog.remove.click()
    qtbot.waitUntil(lambda: dialog.files.topLevelItemCount() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: row_texts(box).count("Not on this computer") == 2, timeout=WAIT_MS)
    dialog.close()


def test_an_import_from_the_window_brings_the_documents_on_the_stick(qtbot: QtBot, window: MainWindow,
                                                                     tmp_path: Path) -> None:
    from tvet_desktop.sync.sneakernet import export_active

    box = box_of(qtbot, window, "welding-safety-guide")
    with qtbot.waitSignal(box.changed, timeout=WAIT_MS):
        box.keep.click()
    assert window.updates is not None
    export_active(window.updates.store, tmp_path / "usb.zip", box.service.store)
    box.service.remove([info.attachment.sha256 for info in box.infos])
    dialog = window.open_sync_dialog()
    assert dialog is not None
    dialog.start_import(tmp_path / "usb.zip")
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert dialog.detail.text() == "2 documents copied from it."
    assert all(box.service.file_of("x", info.attachment.sha256) for info in box.infos)
    dialog.close()
