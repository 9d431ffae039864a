"""The window's update dialog: progress while it downloads, the new catalogue in use at once, notes kept."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.library.store import open_notes
from tvet_desktop.sync.service import UpdateService
from tvet_desktop.ui.main_window import MainWindow
from tvet_desktop.ui.settings import WindowSettings
from tvet_desktop.ui.worker import BackgroundWork

from .conftest import NEW_ITEM, Server

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

WAIT_MS = 10_000


pytestmark = pytest.mark.usefixtures("english_window")  # the window as on an English system


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, bundled: Path, trust: object, notes_kept: None) -> Iterator[MainWindow]:
    updates = UpdateService(data_dir, bundled)
    notes = open_notes(data_dir)
    work = BackgroundWork()
    # As the app builds it: the catalogue watch and the attachments box are set up right after the first paint.
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


def test_update_from_the_window_switches_to_the_new_catalogue(qtbot: QtBot, window: MainWindow,
                                                              server: Server) -> None:
    assert window.catalogue_label.text().startswith("Catalogue v1 ·")
    window.open_item("welding-safety-guide")
    dialog = window.open_sync_dialog()
    assert dialog is not None and "bundled with the app" in dialog.current.text()
    assert dialog.keys.count() == 1 and dialog.keys.item(0).text().endswith("added by you")
    dialog.server.setText(server.url)
    seen: list[str] = []
    dialog._relay.progress.connect(lambda done, total: seen.append(dialog.detail.text()))
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        dialog.update_button.click()
        assert not dialog.update_button.isEnabled() and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)  # the window may switch first
    assert dialog.stage_label.text() == "Installed catalogue v2 (5 items) from the server."
    assert seen and " of " in seen[-1]
    assert window.catalogue_label.text().startswith("Catalogue v2 ·")
    assert window.results_model.row_of(str(NEW_ITEM["id"])) is not None  # the new item is in the list
    assert window.reader.item is not None and window.reader.item.summary.startswith("Updated")  # re-read
    dialog.close()


def test_a_refused_update_is_explained_and_nothing_changes(qtbot: QtBot, window: MainWindow,
                                                           server: Server) -> None:
    (server.folder / "manifest.json").write_text((server.folder / "manifest.json").read_text().replace("5", "6"))
    dialog = window.open_sync_dialog()
    assert dialog is not None
    dialog.server.setText(server.url)
    dialog.update_button.click()
    qtbot.waitUntil(lambda: dialog.update_button.isEnabled(), timeout=WAIT_MS)
    assert "changed after signing" in dialog.stage_label.text()
    assert window.catalogue_label.text().startswith("Catalogue v1 ·")
    dialog.close()


def test_the_status_bar_says_when_an_update_is_available(qtbot: QtBot, window: MainWindow, server: Server,
                                                         http: object) -> None:
    assert window.updates is not None
    window.updates.updater().check(http)  # type: ignore[arg-type]
    window._show_catalogue_status()
    assert window.catalogue_label.text().endswith("· update available (v2)")


def test_trusted_keys_are_shown_added_and_removed_in_the_dialog(window: MainWindow, tmp_path: Path) -> None:
    from tvet_desktop.sync.keys import generate_keys

    dialog = window.open_sync_dialog()
    assert dialog is not None
    assert [dialog.keys.item(i).text().endswith("added by you") for i in range(dialog.keys.count())] == [True]
    _, public = generate_keys(tmp_path / "second")
    dialog.add_key(public)
    assert dialog.keys.count() == 2 and "now accepted" in dialog.stage_label.text()
    dialog.add_key(tmp_path / "second" / "tvet-signing.key")  # the private key by mistake
    assert "private signing key" in dialog.stage_label.text() and dialog.keys.count() == 2
    dialog.keys.setCurrentRow(0)
    assert dialog.remove_key_button.isEnabled()
    dialog.remove_key_button.click()
    assert dialog.keys.count() == 1 and "no longer trusted" in dialog.stage_label.text()
    dialog.close()


def test_check_only_reads_the_manifest_and_says_what_is_available(qtbot: QtBot, window: MainWindow,
                                                                  server: Server) -> None:
    dialog = window.open_sync_dialog()
    assert dialog is not None
    dialog.server.setText(server.url)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.stage_label.text() == ("Catalogue v2 (published 29 Nov 2026) is available; you have v1. Press "
                                         "Update to install it.")
    assert {path for path, _ in server.requests} == {"/manifest.json", "/manifest.json.sig"}
    dialog.close()
    qtbot.waitUntil(lambda: window.catalogue_label.text().endswith("update available (v2)"), timeout=WAIT_MS)


def test_closing_the_window_cancels_a_running_update(qtbot: QtBot, window: MainWindow, server: Server,
                                                     keys: tuple[Path, Path]) -> None:
    from .test_hostile import drop_deltas, resign

    resign(server.folder, keys[0], drop_deltas)
    server.faults.drip_delay = 0.002  # slow enough to still be running when the window closes
    dialog = window.open_sync_dialog()
    assert dialog is not None
    dialog.server.setText(server.url)
    dialog.update_button.click()
    qtbot.waitUntil(lambda: dialog.bar.isVisible(), timeout=WAIT_MS)
    window.close()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert "cancelled" in dialog.stage_label.text()
    assert window.updates is not None and window.updates.active().version == 1


@pytest.fixture
def published_200_days_ago(tmp_path: Path, keys: tuple[Path, Path], bundled: Path) -> Path:
    """A repository whose v2 was published 200 days ago, with the default 90-day update period."""
    from datetime import UTC, datetime, timedelta

    from tvet_desktop.sync.publish import publish

    from ..conftest import write_source
    from .conftest import items_v2

    folder = tmp_path / "stick"
    publish(write_source(tmp_path / "old-source", items_v2(), 2), folder, keys[0], bundled,
            clock=lambda: datetime.now(UTC) - timedelta(days=200))
    return folder


def test_an_expired_import_is_installed_with_the_notice_and_the_publication_date(
        qtbot: QtBot, window: MainWindow, published_200_days_ago: Path) -> None:
    from tvet_desktop.catalog.render import friendly_date

    dialog = window.open_sync_dialog()
    assert dialog is not None and not dialog.notice.isVisible()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        dialog.start_import(published_200_days_ago)
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)  # the window may switch first
    assert dialog.stage_label.text() == "Installed catalogue v2 (5 items) from this folder."
    manifest = json.loads((published_200_days_ago / "manifest.json").read_text())
    created, expires = friendly_date(manifest["created"]), friendly_date(manifest["expires"])
    assert dialog.notice.isVisible() and dialog.notice.text() == (
        f"This catalogue was published on {created}; its update period ended on {expires}. It is newer than "
        "yours, so it was installed.")
    assert dialog.current.text() == f"Catalogue v2 from {published_200_days_ago}, published {created}"
    assert window.catalogue_label.text().startswith("Catalogue v2 ·")
    dialog.close()


def test_a_computer_in_this_room_is_a_choice_and_only_then_is_an_expired_catalogue_taken(
        qtbot: QtBot, window: MainWindow, published_200_days_ago: Path) -> None:
    from tvet_desktop.sync.serve import serving

    dialog = window.open_sync_dialog()
    assert dialog is not None
    with serving(published_200_days_ago) as url:
        dialog.server.setText(url.removeprefix("http://").rstrip("/"))  # as share prints it: 127.0.0.1:PORT
        dialog.update_button.click()
        qtbot.waitUntil(lambda: dialog.update_button.isEnabled(), timeout=WAIT_MS)
        assert "is not an http:// or https:// address" in dialog.stage_label.text()  # not the room: a server
        dialog.server.setText(url)
        dialog.update_button.click()
        qtbot.waitUntil(lambda: dialog.update_button.isEnabled(), timeout=WAIT_MS)
        assert dialog.stage_label.text().startswith("The catalogue from the server was published on ")
        assert window.catalogue_label.text().startswith("Catalogue v1 ·")
        dialog.room.setChecked(True)
        assert dialog.update_button.text() == "&Update from this computer"
        with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
            dialog.update_button.click()
        qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)  # the window may switch first
    assert dialog.stage_label.text() == "Installed catalogue v2 (5 items) from this computer in the room."
    assert dialog.notice.isVisible() and "It is newer than yours, so it was installed." in dialog.notice.text()
    dialog.close()


def test_a_catalogue_folder_deleted_under_the_window_falls_back_to_the_bundled_one_with_one_message(
        qtbot: QtBot, data_dir: Path, bundled: Path, trust: object, server: Server) -> None:
    """Issue 16, R3-5: ``rm -rf catalogues/`` while the window runs on a synced version. Each search runs on a
    fresh worker thread (the pool lets idle threads go at once), which opens the vanished file anew, as the
    window's searches do once the pool's threads have expired."""
    import shutil

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QMessageBox

    from tvet_desktop.sync.transport import HttpRepository

    updates = UpdateService(data_dir, bundled)
    updates.updater().update(HttpRepository(server.url), lambda done, total: None)
    pool = QThreadPool()
    pool.setExpiryTimeout(0)
    work = BackgroundWork(pool=pool)
    notes = open_notes(data_dir)
    main = MainWindow(Catalog(updates.active().path), notes, WindowSettings(data_dir / "settings.ini"), work, updates)
    main.remember_state = False
    qtbot.addWidget(main)
    try:
        with qtbot.waitSignal(main.search_finished, timeout=WAIT_MS):
            main.show()
            main.run_search()
        assert main.catalogue_label.text().startswith("Catalogue v2 ·")
        shutil.rmtree(data_dir / "catalogues")
        for query in ("welding", "solar"):
            with qtbot.waitSignal(main.search_finished, timeout=WAIT_MS):
                main.search_field.setText(query)
            assert main.catalog.path == bundled and main.catalogue_label.text().startswith("Catalogue v1 ·")
        assert main.statusBar().currentMessage() == ("The catalogue in use was removed from this computer; now "
                                                     "using catalogue v1 (bundled with the app).")
        assert not [box for box in main.findChildren(QMessageBox) if box.isVisible()]  # no "Search failed"
    finally:
        work.wait()
        main.close_catalogs()
        notes.close()


def test_an_update_made_elsewhere_reaches_the_window_and_keeps_the_note_and_the_places(
        qtbot: QtBot, window: MainWindow, server: Server, data_dir: Path, bundled: Path) -> None:
    """As a command-line `sync` would: another UpdateService installs v2; the window notices by itself."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from tvet_desktop.sync.transport import HttpRepository

    window.resize(640, 420)
    window.right.setSizes([120, 200])
    window.open_item("digital-skills-teachers")
    editor = window.library.panel.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(window.library.panel.saved, timeout=WAIT_MS):  # saved, and shown with the item
        qtbot.keyClicks(editor, " and gloves")
    editor.moveCursor(QTextCursor.MoveOperation.Left)
    cursor_at = editor.textCursor().position()
    reader_bar, list_bar = window.reader.verticalScrollBar(), window.results.list.verticalScrollBar()
    QApplication.processEvents()  # the resized panes and the open item laid out before the places are taken
    reader_bar.setValue(reader_bar.maximum())
    list_bar.setValue(list_bar.maximum())
    places = (reader_bar.value(), list_bar.value())
    assert places[0] > 0 and places[1] > 0
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        UpdateService(data_dir, bundled).updater().update(HttpRepository(server.url), lambda done, total: None)
    assert window.catalogue_label.text().startswith("Catalogue v2 ·")
    assert window.statusBar().currentMessage() == "Now using catalogue v2 (" + server.url + ")."
    assert window.reader.item is not None and window.reader.item.id == "digital-skills-teachers"
    assert editor.toPlainText().endswith(" and gloves") and editor.textCursor().position() == cursor_at
    assert (reader_bar.value(), list_bar.value()) == places


def test_what_changed_rollback_and_an_update_already_here(qtbot: QtBot, window: MainWindow, server: Server) -> None:
    from PySide6.QtCore import QUrl

    dialog = window.open_sync_dialog()
    assert dialog is not None
    assert not dialog.cancel_button.isVisibleTo(dialog) and dialog.close_button.isVisibleTo(dialog)
    assert not dialog.versions.rollback_button.isEnabled()  # only the bundled catalogue so far
    dialog.server.setText(server.url)
    dialog.update_button.click()
    assert dialog.cancel_button.isVisibleTo(dialog) and not dialog.close_button.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.changes.isVisibleTo(dialog), timeout=WAIT_MS)
    shown = dialog.changes.toPlainText()
    assert "What changed from v1 to v2" in shown
    assert "Added (1)" in shown and "Solar-powered welding kit for workshops" in shown
    assert "Changed (1)" in shown and "Welding safety guide for trainers" in shown
    assert "Removed from the catalogue (1)" in shown and "Apprenticeship programme" in shown
    assert "item:solar-welding-kit" in dialog.changes.toHtml()
    qtbot.waitUntil(lambda: window.catalogue_label.text().startswith("Catalogue v2"), timeout=WAIT_MS)
    dialog.changes.anchorClicked.emit(QUrl("item:solar-welding-kit"))
    assert window.reader.item is not None and window.reader.item.id == "solar-welding-kit"
    listing = dialog.versions.listing.text()
    assert "v2 · in use" in listing and "v1 · bundled with the app" in listing
    assert dialog.versions.rollback_button.text() == "Roll back to v1"
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        dialog.versions.rollback_button.click()
    assert window.catalogue_label.text().startswith("Catalogue v1") and "roll back again" in dialog.stage_label.text()
    dialog.update_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert dialog.detail.text() == "This version was still on this computer: nothing had to be downloaded."
    dialog.close()


def test_with_no_key_trusted_the_dialog_points_at_its_own_button(qtbot: QtBot, window: MainWindow, server: Server,
                                                                 data_dir: Path) -> None:
    for key in (data_dir / "trusted_keys").glob("*.pub"):
        key.unlink()
    dialog = window.open_sync_dialog()
    assert dialog is not None
    dialog.server.setText(server.url)
    dialog.update_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert "press Add key…" in dialog.stage_label.text() and "tvet-desktop trust" not in dialog.stage_label.text()
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support")  # no pointer off-screen
def test_an_import_from_a_folder_named_like_html_loads_nothing(qtbot: QtBot, window: MainWindow, repo: Path,
                                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The origin of an import is a path someone else named: shown as plain text in the dialog and in the status
    bar's tooltip (issue 16: B6). The image it names would be read relative to the working folder."""
    import shutil

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from ..canary import Canaries

    canaries = Canaries(tmp_path / "canaries")
    monkeypatch.chdir(canaries.paths[0].parent)
    stick = tmp_path / f'<img src="{canaries.paths[0].name}">stick'
    shutil.copytree(repo, stick)
    dialog = window.open_sync_dialog()
    assert dialog is not None
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        dialog.start_import(stick)
    # The window may search the new catalogue before the import's own answer reaches the dialog.
    qtbot.waitUntil(lambda: str(stick) in dialog.current.text(), timeout=WAIT_MS)
    for label in (dialog.current, dialog.stage_label, dialog.detail, dialog.notice):
        assert label.textFormat() == Qt.TextFormat.PlainText
    point = window.catalogue_label.rect().center()
    QApplication.sendEvent(window.catalogue_label, QHelpEvent(QEvent.Type.ToolTip, point,
                                                              window.catalogue_label.mapToGlobal(point)))
    QApplication.processEvents()
    assert "&lt;img" in QToolTip.text() and canaries.opened() == []
    QToolTip.hideText()
    dialog.close()
    canaries.close()


@pytest.fixture
def in_french(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The window as a trainer in Dakar has it (the English one is put back afterwards)."""
    from tvet_desktop.ui.language import install

    cache = tmp_path_factory.mktemp("translations")
    install("fr", cache)
    yield
    install("en", cache)


def test_a_tampered_catalogue_is_refused_in_french(qtbot: QtBot, in_french: None, window: MainWindow,
                                                  server: Server, keys: tuple[Path, Path]) -> None:
    """A real failed update from a real server: the snapshot's bytes changed after signing (no delta to take
    instead), and the dialog says so in French, in one sentence, with nothing installed."""
    from .test_hostile import drop_deltas, resign

    resign(server.folder, keys[0], drop_deltas)
    snapshot = server.folder / "catalog-v2.sqlite.xz"
    data = bytearray(snapshot.read_bytes())
    data[len(data) // 2] ^= 0xFF
    snapshot.write_bytes(bytes(data))
    dialog = window.open_sync_dialog()
    assert dialog is not None and dialog.windowTitle() == "Mettre à jour le catalogue"
    dialog.server.setText(server.url)
    dialog.update_button.click()
    qtbot.waitUntil(lambda: dialog.update_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.stage_label.text() == ("catalog-v2.sqlite.xz ne correspond pas au manifeste signé (endommagé ou "
                                         "falsifié)\u00a0; il a été supprimé et rien n’a été installé.")
    assert window.catalogue_label.text().startswith("Catalogue v1 ·")
    dialog.close()


def test_a_catalogue_carried_by_hand_after_its_update_period_is_announced_in_french(
        qtbot: QtBot, in_french: None, window: MainWindow, published_200_days_ago: Path) -> None:
    from PySide6.QtCore import QDate, QLocale

    manifest = json.loads((published_200_days_ago / "manifest.json").read_text())
    created, expires = (QLocale().toString(QDate.fromString(manifest[key][:10], "yyyy-MM-dd"), "d MMM yyyy")
                        for key in ("created", "expires"))
    dialog = window.open_sync_dialog()
    assert dialog is not None
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        dialog.start_import(published_200_days_ago)
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert dialog.notice.text() == (f"Ce catalogue a été publié le {created}\u00a0; sa période de mise à jour a pris "
                                    f"fin le {expires}. Il est plus récent que le vôtre, il a donc été installé.")
    dialog.start_import(published_200_days_ago)  # the same again: nothing new, said in French too
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert dialog.stage_label.text() == (f"Vous avez déjà le catalogue v2, le même que celui de ce dossier. Sa "
                                         f"période de mise à jour a pris fin le {expires}\u00a0: il en existe "
                                         "peut-être un plus récent. Demandez-le, ou mettez à jour depuis le serveur.")
    dialog.close()


def test_an_update_made_before_the_set_up_after_the_first_paint_is_followed(
        qtbot: QtBot, data_dir: Path, bundled: Path, trust: object, server: Server) -> None:
    """The window is built on v1 as the app builds it (its catalogue watch is made after the first paint); a
    command-line sync installs v2 in between: the window must follow it, not take itself for a --catalog FILE."""
    from tvet_desktop.sync.transport import HttpRepository

    updates = UpdateService(data_dir, bundled)
    work = BackgroundWork()
    notes = open_notes(data_dir)
    main = MainWindow(Catalog(updates.active().path), notes, WindowSettings(data_dir / "settings.ini"), work, updates,
                      defer_setup=True)
    main.remember_state = False
    qtbot.addWidget(main)
    try:
        UpdateService(data_dir, bundled).updater().update(HttpRepository(server.url), lambda done, total: None)
        with qtbot.waitSignal(main.search_finished, timeout=WAIT_MS):
            main.show()  # the first paint, then the set-up: the watch sees v2 at once
        qtbot.waitUntil(lambda: main.catalogue_label.text().startswith("Catalogue v2 ·"), timeout=WAIT_MS)
        assert main.catalogue_watch is not None
    finally:
        work.wait()
        main.close_catalogs()
        notes.close()
