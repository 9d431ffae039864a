"""View → Language → "Start again now": the window closes as on quitting, and a new TVET Desktop starts on the
same data folder once this one has let go of it, in the language chosen. Real processes."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from tvet_desktop.ui.app import again_command
from tvet_desktop.ui.settings import WindowSettings

from .test_single_instance import START_TIMEOUT_S, environment, launch_again, wait_until_listening

if TYPE_CHECKING:
    import pytest

CHOOSE_SPANISH_AND_START_AGAIN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tvet_desktop import launch
from tvet_desktop.ui import main_window

show = main_window.MainWindow.show

def show_then_choose(window):
    show(window)
    def click_start_again():  # in the question's own event loop, as a user's click
        box = QApplication.activeModalWidget()
        next(button for button in box.buttons() if button.text() == "Start again now").click()
    def choose():
        QTimer.singleShot(300, click_start_again)
        next(action for action in window.language_menu.actions if action.data() == "es").trigger()
    QTimer.singleShot(1000, choose)

main_window.MainWindow.show = show_then_choose
code = launch.main([])
print(f"the first window ended: {code}", flush=True)
sys.exit(code)
"""


RUN = argparse.Namespace(catalog=None, theme=None, dark=False, text_size=None)  # started from its icon


def started_on(data_dir: Path) -> list[int]:
    """The processes running on ``data_dir`` (Linux: read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and f"TVET_DESKTOP_DATA_DIR={data_dir}".encode() in \
                    (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:
            continue  # gone, or not ours
    return found


def test_start_again_starts_a_new_window_in_the_language_chosen(tmp_path: Path) -> None:
    said = tmp_path / "said.txt"  # a file, not a pipe: the window started again keeps what it inherits open
    with said.open("w") as out:
        first = subprocess.run([sys.executable, "-c", CHOOSE_SPANISH_AND_START_AGAIN], env=environment(tmp_path),
                               stdout=out, stderr=subprocess.STDOUT, timeout=START_TIMEOUT_S, check=False)
    try:
        assert first.returncode == 0 and "the first window ended: 0" in said.read_text(), said.read_text()
        assert WindowSettings(tmp_path / "settings.ini").language == "es"
        give_up = time.monotonic() + START_TIMEOUT_S
        while not started_on(tmp_path):  # the new window, started as the first one ended
            assert time.monotonic() < give_up, "nothing started again"
            time.sleep(0.1)
        wait_until_listening(tmp_path)  # up, and holding the data folder
        second_launch = launch_again(tmp_path)  # answered by the window that started again
        assert "already open" in second_launch.stderr
    finally:
        for pid in started_on(tmp_path):
            os.kill(pid, signal.SIGKILL)


def test_a_frozen_build_or_an_appimage_starts_itself_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("APPIMAGE", raising=False)
    monkeypatch.delenv("APPDIR", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert again_command(RUN) == [sys.executable]
    monkeypatch.setenv("APPIMAGE", "/home/trainer/TVET_Desktop-x86_64.AppImage")
    assert again_command(RUN) == [sys.executable]  # inherited from another AppImage: not this program
    monkeypatch.setenv("APPDIR", str(Path(sys.executable).parent))  # this build runs inside it: its mount ends
    assert again_command(RUN) == ["/home/trainer/TVET_Desktop-x86_64.AppImage"]  # with this run


def test_the_command_that_starts_again_is_tvet_desktop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPIMAGE", "/opt/OtherApp.AppImage")  # a terminal started from another AppImage
    catalog = tmp_path / "my catalogue.sqlite"
    given = argparse.Namespace(catalog=catalog, theme=None, dark=True, text_size=150)
    assert again_command(given)[-6:] == ["--catalog", str(catalog), "--theme", "dark", "--text-size", "150"]
    done = subprocess.run([*again_command(RUN), "--version"], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0 and done.stdout.startswith("tvet-desktop ")
