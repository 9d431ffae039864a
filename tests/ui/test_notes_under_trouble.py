"""The window with notes in trouble: a read-only disk (B2), a restore while a real window is open (B3), imports
and exports that fail or would replace a file (B5, R2-1)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tvet_desktop.launch import main
from tvet_desktop.library.store import SaveFailed, open_notes
from tvet_desktop.locks import hold, unlock
from tvet_desktop.paths import WINDOW_LOCK
from tvet_desktop.ui.single_instance import SingleInstance

from ..qt_driving import Box, answer_next_box
from .conftest import WAIT_MS

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.catalog.snapshot import Catalog
    from tvet_desktop.ui.main_window import MainWindow

    from ..disks import SmallDisk

# -- B2: a read-only disk ------------------------------------------------------------------------------
@pytest.fixture
def read_only_notes(small_disk: SmallDisk, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = small_disk.root / "data"
    store = open_notes(folder)
    store.save_item_note("welding-safety-guide", "my note on welding", "Welding safety guide for trainers", None)
    store.close()
    monkeypatch.setenv("TVET_DESKTOP_DATA_DIR", str(folder))
    small_disk.read_only()
    yield folder
    small_disk.read_only(False)


def test_the_window_opens_read_only_and_says_why(qtbot: QtBot, read_only_notes: Path, catalog: Catalog) -> None:
    from tvet_desktop.ui.main_window import MainWindow
    from tvet_desktop.ui.settings import WindowSettings
    from tvet_desktop.ui.worker import BackgroundWork

    notes, work = open_notes(read_only_notes), BackgroundWork()
    window = MainWindow(catalog, notes, WindowSettings(read_only_notes / "settings.ini"), work)
    window.remember_state = False
    qtbot.addWidget(window)
    window.show()
    panel = window.library.panel
    assert panel.read_only_notice.isVisibleTo(window)
    assert "can be read but not changed: the notes folder" in panel.read_only_notice.text()
    assert "is on a read-only disk" in panel.read_only_notice.text()
    window.open_item("welding-safety-guide")
    assert panel.editor.toPlainText() == "my note on welding" and panel.editor.isReadOnly()
    assert not window.library.toolbar.bookmark.isEnabled()
    assert SingleInstance(read_only_notes).claim()  # no lock file can be made there: the window starts anyway
    window.close()
    work.wait()
    notes.close()


def test_a_french_window_says_why_in_french(qtbot: QtBot, read_only_notes: Path, catalog: Catalog,
                                             tmp_path: Path) -> None:
    from tvet_desktop.ui.language import install
    from tvet_desktop.ui.main_window import MainWindow
    from tvet_desktop.ui.settings import WindowSettings
    from tvet_desktop.ui.worker import BackgroundWork, explain

    install("fr", tmp_path)
    notes, work = open_notes(read_only_notes), BackgroundWork()
    try:
        window = MainWindow(catalog, notes, WindowSettings(tmp_path / "settings.ini"), work)
        window.remember_state = False
        qtbot.addWidget(window)
        window.show()
        notice = window.library.panel.read_only_notice.text()
        assert f"le dossier des notes {read_only_notes} se trouve sur un disque en lecture seule" in notice
        with pytest.raises(SaveFailed) as refused:
            notes.save_item_note("welding-safety-guide", "new text", "Welding safety guide for trainers", None)
        assert explain(refused.value)[0] == (f"Non enregistré\u00a0: le dossier des notes {read_only_notes} se "
                                             "trouve sur un disque en lecture seule. Vos notes peuvent toujours être "
                                             "lues et exportées.")
        window.close()
    finally:
        work.wait()
        notes.close()
        install("en", tmp_path)


def test_a_lock_file_on_a_read_only_disk_still_keeps_one_window(small_disk: SmallDisk) -> None:
    folder = small_disk.root / "data"
    folder.mkdir()
    (folder / WINDOW_LOCK).touch()
    small_disk.read_only()
    try:
        first, second = SingleInstance(folder), SingleInstance(folder)
        assert first.claim() and not second.claim()
        first.release()
    finally:
        small_disk.read_only(False)


def test_the_real_app_starts_on_a_read_only_disk(read_only_notes: Path, tmp_path: Path, snapshot_path: Path) -> None:
    shot = tmp_path / "shot.png"
    env = dict(os.environ, TVET_DESKTOP_DATA_DIR=str(read_only_notes), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "tvet_desktop", "--catalog", str(snapshot_path), "--screenshot",
                           str(shot), "--select", "welding-safety-guide"], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert done.returncode == 0 and shot.is_file(), done.stderr
    assert "Traceback" not in done.stderr


# -- B3: restore and import while a real window is open --------------------------------------------------
@pytest.fixture
def open_window(data_dir: Path, snapshot_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The real app, started as a user would, holding its lock on ``data_dir``."""
    env = dict(os.environ, TVET_DESKTOP_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-m", "tvet_desktop", "--catalog", str(snapshot_path)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        give_up = time.monotonic() + 60
        while True:
            assert process.poll() is None and time.monotonic() < give_up, "the window did not start"
            lock = hold(data_dir / WINDOW_LOCK)
            if lock is None:
                break  # the window holds it
            unlock(lock)
            time.sleep(0.1)
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def test_restore_is_refused_while_a_window_is_open_and_import_is_not(open_window: subprocess.Popen[bytes],
                                                                     data_dir: Path, snapshot_path: Path,
                                                                     tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--catalog", str(snapshot_path), "notes", "set", "greening-tvet", "written while open"]) == 0
    assert main(["notes", "backup"]) == 0
    capsys.readouterr()
    assert main(["notes", "restore"]) == 1
    assert "A TVET Desktop window is open on these notes" in capsys.readouterr().err
    assert not (data_dir / "set-aside").exists()
    other = open_notes(tmp_path / "colleague")
    other.create_note("Theirs", "their plan")
    from tvet_desktop.library import transfer

    transfer.export(other, tmp_path / "theirs.zip")
    other.close()
    assert main(["notes", "import", str(tmp_path / "theirs.zip")]) == 0  # one transaction, like any save
    open_window.send_signal(signal.SIGTERM)
    open_window.wait(timeout=30)
    assert main(["notes", "restore"]) == 0


# -- B5, R2-1: import and export in the window -------------------------------------------------------------
def test_a_malformed_import_is_explained_in_a_dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    export = tmp_path / "bad.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("notes.json", json.dumps({"format": "tvet-desktop-notes", "version": "2"}))
    seen: list[Box] = []
    answer_next_box(seen)
    window.library.import_file(export)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert seen == [Box(f"{export} cannot be imported: its format version \"2\" is unknown. Nothing was imported.",
                        "", True)]
    assert not window.library.busy and not window.library.panel.editor.isReadOnly()


def test_a_bug_during_an_import_is_shown_as_a_bug(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[Box] = []
    answer_next_box(seen)
    window.library._run("Import", "Importing…", lambda: 1 // 0, lambda _: None)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    (text, details, _), = seen
    assert text.startswith("Something went wrong inside TVET Desktop (ZeroDivisionError")
    assert "Traceback" in details


def test_exporting_onto_a_file_asks_first(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    precious = tmp_path / "tvet-notes.zip"
    precious.write_text("precious")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(precious), ""))
    seen: list[Box] = []
    answer_next_box(seen, QMessageBox.StandardButton.No)
    window.library.export_notes()
    assert seen[0][0] == f"{precious} already exists. Replace it?" and precious.read_text() == "precious"
    answer_next_box(seen, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.library.status, timeout=WAIT_MS,
                          check_params_cb=lambda message: message.startswith("Exported")):
        window.library.export_notes()
    assert zipfile.is_zipfile(precious)
