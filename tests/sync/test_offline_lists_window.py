"""Keeping many catalogue documents offline from the window: a reading list's (its context menu in "Your
library", the line above its results, the Lists menu) and the whole catalogue's (File › Storage…, its size and
the free disk space said first, refused when it does not fit). A real published catalogue with a PDF and a
handout, served over HTTP on 127.0.0.1; the window's own widgets, read as a user reads them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QMenu

from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.library.search import Collection
from tvet_desktop.sync.attachment_service import AttachmentService
from tvet_desktop.sync.errors import SyncError
from tvet_desktop.sync.service import UpdateService
from tvet_desktop.text import isolate

from . import test_attachments_window as attached
from .test_attachments_window import WAIT_MS, box_of, row_texts

repo, window = attached.repo, attached.window  # the published catalogue with documents, and a window on it

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.main_window import MainWindow

    from .conftest import Server


def reading_list(qtbot: QtBot, window: MainWindow, *item_ids: str) -> Collection:
    """A reading list holding these items, chosen in "Your library" (its results shown)."""
    made = window.notes.create_list("Welding — week 3")
    for item_id in item_ids:
        window.notes.add_to_list(made.id, item_id, item_id)
    collection = Collection("list", made.id, made.name)
    window.library.refresh()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.library.collections.choose(collection)
    return collection


def status_message(qtbot: QtBot, window: MainWindow, starts: str) -> str:
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(starts), timeout=WAIT_MS)
    return window.statusBar().currentMessage()


def test_keep_a_reading_list_offline_from_the_line_above_its_results(qtbot: QtBot, window: MainWindow) -> None:
    reading_list(qtbot, window, "welding-safety-guide", "greening-tvet", "doc-0123456789abcdef")
    scope = window.results.scope
    assert scope.isVisible() and "Keep this list offline" in scope.text()
    assert window.offline is not None
    shown: list[str] = []
    window.offline.download.progress.connect(lambda said, _permille: shown.append(said))
    scope.linkActivated.emit("offline:")  # the link's click
    said = status_message(qtbot, window, "2 documents kept")
    assert said == "2 documents kept on this computer."
    assert any(" of " in text for text in shown)  # the status bar said how far, in sizes
    assert not window.offline.status.isVisible()  # its bar and Cancel leave with the download
    box = box_of(qtbot, window, "welding-safety-guide")
    assert row_texts(box).count("On this computer") == 2


def test_the_context_menu_of_a_reading_list_offers_it(qtbot: QtBot, window: MainWindow) -> None:
    reading_list(qtbot, window, "greening-tvet")
    collections = window.library.collections
    row = collections.visualItemRect(collections.currentItem()).center()
    assert window.offline is not None
    menu = window.offline.context_menu(row)  # what a right click there shows
    assert menu is not None and [a.text() for a in menu.actions()] == ["Keep this list offline"]
    menu.actions()[0].trigger()
    assert status_message(qtbot, window, "No item") == \
        f"No item of “{isolate('Welding — week 3')}” has documents to keep offline."
    everything = collections.visualItemRect(collections.item(0)).center()  # "All items": nothing to offer
    assert window.offline.context_menu(everything) is None


def test_a_list_already_kept_says_so(qtbot: QtBot, window: MainWindow) -> None:
    box = box_of(qtbot, window, "welding-safety-guide")
    with qtbot.waitSignal(box.changed, timeout=WAIT_MS):
        box.keep.click()
    collection = reading_list(qtbot, window, "welding-safety-guide")
    lists_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Lists")
    keep = next(a for a in lists_menu.actions() if a.text() == "&Keep this list offline")
    keep.trigger()
    assert status_message(qtbot, window, "Every") == \
        f"Every document of “{isolate(collection.name)}” is already on this computer."


def test_cancel_in_the_status_bar_stops_a_list_download(qtbot: QtBot, window: MainWindow, server: Server) -> None:
    reading_list(qtbot, window, "welding-safety-guide")
    assert window.offline is not None
    status = window.offline.status
    server.faults.drip_delay = 0.0005  # a slow link: a byte at a time
    window.results.scope.linkActivated.emit("offline:")
    starting = status_message(qtbot, window, "Keeping")  # what is being kept, with its size, as it starts
    assert starting.startswith(f"Keeping “{isolate('Welding — week 3')}” offline: 2 documents, ")
    qtbot.waitUntil(lambda: status.isVisible() and " of " in status.what.text(), timeout=WAIT_MS)
    status.cancel.click()
    said = status_message(qtbot, window, "Download cancelled")
    server.faults.drip_delay = 0
    assert said.endswith("what arrived is kept and the next try resumes from there.")
    assert not status.isVisible()


def test_storage_keeps_the_whole_catalogue_offline_after_saying_its_size(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_storage_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.keep_all.isEnabled(), timeout=WAIT_MS)
    summary = dialog.all_summary.text()
    assert summary.startswith("The whole catalogue: 2 documents, ")
    assert " 2 not yet on this computer: " in summary and summary.endswith(" free on this disk.")
    dialog.keep_all.click()
    qtbot.waitUntil(lambda: dialog.all_summary.text().endswith("All of them are on this computer."), timeout=WAIT_MS)
    assert dialog.files.topLevelItemCount() == 2 and not dialog.keep_all.isEnabled()
    assert dialog.status.text() == "2 documents kept on this computer."
    dialog.close()


def test_storage_refuses_the_whole_catalogue_when_it_does_not_fit(qtbot: QtBot, window: MainWindow) -> None:
    assert window.attachments is not None
    window.attachments.service.free_space = lambda path: 1 << 20  # the disk this computer reports: 1 MiB free
    dialog = window.open_storage_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: "do not fit" in dialog.all_summary.text(), timeout=WAIT_MS)
    assert "They do not fit on this disk: " in dialog.all_summary.text()
    assert "only 1.0 MB are free" in dialog.all_summary.text() or "only 1.0 MiB are free" in dialog.all_summary.text()
    assert dialog.keep_all.isVisible() and not dialog.keep_all.isEnabled()
    dialog.close()


def test_several_files_that_cannot_fit_are_refused_before_a_byte(data_dir: Path, bundled: Path, trust: object,
                                                                 server: Server) -> None:
    updates = UpdateService(data_dir, bundled)
    updates.sync(server.url, lambda done, total: None)
    service = AttachmentService(updates, free_space=lambda path: 1 << 20)
    with Catalog(updates.active().path) as catalog:
        wanted = service.wanted(catalog, None)
        plan = service.plan(wanted)
    assert (plan.files, plan.missing, plan.fits) == (2, 2, False)
    asked = len(server.requests)
    with pytest.raises(SyncError, match=r"Not enough free disk space to keep these 2 documents offline: they need "
                                        r".* only 1\.0 MB are free in .*\. Nothing was downloaded\."):
        service.keep_offline(wanted, service.repository(), lambda done, total: None)
    assert len(server.requests) == asked  # nothing was asked of the server


def test_quitting_stops_a_list_download_and_keeps_what_arrived(qtbot: QtBot, window: MainWindow,
                                                               server: Server) -> None:
    reading_list(qtbot, window, "welding-safety-guide")
    assert window.offline is not None
    download, status = window.offline.download, window.offline.status
    server.faults.drip_delay = 0.0005
    window.results.scope.linkActivated.emit("offline:")
    qtbot.waitUntil(lambda: download.running and " of " in status.what.text(), timeout=WAIT_MS)
    with qtbot.waitSignal(download.failed, timeout=WAIT_MS) as stopped:
        window.close()
    server.faults.drip_delay = 0
    assert str(stopped.args[0]).startswith("Download cancelled; what arrived is kept")
    assert window.attachments is not None and window.attachments.service.store.partial_bytes() > 0


def test_with_no_update_server_known_the_window_says_where_to_enter_one(qtbot: QtBot, data_dir: Path,
                                                                         bundled: Path, tmp_path: Path) -> None:
    from tvet_desktop.catalog.build import build_snapshot
    from tvet_desktop.ui.offline_download import OfflineDownload
    from tvet_desktop.ui.worker import BackgroundWork

    from .test_attachments import attached_source

    build_snapshot(attached_source(tmp_path / "source"), tmp_path / "with-documents.sqlite")
    updates = UpdateService(data_dir, bundled)  # a computer that never used an update server
    assert updates.server is None
    service = AttachmentService(updates)
    with Catalog(tmp_path / "with-documents.sqlite") as catalog:
        wanted = service.wanted(catalog, ["welding-safety-guide"])
    work = BackgroundWork()
    download = OfflineDownload(service, work)
    with qtbot.waitSignal(download.failed, timeout=WAIT_MS) as said:
        assert download.start(wanted)
    work.wait()
    assert said.args == ["No update server is known yet: enter its address in File → Update the catalogue…, or "
                         "import the catalogue from a USB stick."]
