"""The window's update dialog: progress while it downloads, the new catalogue in use at once, notes kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tvet_desktop.catalog import Catalog
from tvet_desktop.notes import open_notes
from tvet_desktop.sync.service import UpdateService
from tvet_desktop.ui.main_window import MainWindow
from tvet_desktop.ui.settings import WindowSettings
from tvet_desktop.ui.worker import BackgroundWork

from .conftest import NEW_ITEM, Server

WAIT_MS = 10_000


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, bundled: Path, trust: object, notes_kept: None) -> Iterator[MainWindow]:
    updates = UpdateService(data_dir, bundled)
    notes = open_notes(data_dir)
    work = BackgroundWork()
    main = MainWindow(Catalog(updates.active().path), notes, WindowSettings(data_dir / "settings.ini"), work, updates)
    main.remember_state = False
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.search_finished, timeout=WAIT_MS):
        main.show()
        main.run_search()
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
    assert dialog.stage_label.text() == "Catalogue v2 is available (you have v1): press Update to install it."
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
