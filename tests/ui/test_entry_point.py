"""The entry point pauses the garbage collector for start-up only: the window resumes it once painted, every
other command before it starts. Real processes, as the ``tvet-desktop`` command starts them."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

WINDOW = """
import gc, sys
from tvet_desktop import launch
from tvet_desktop.ui import main_window
from PySide6.QtCore import QTimer

paused = not gc.isenabled()
show = main_window.MainWindow.show

def show_then_look(window):
    show(window)
    def look():
        print(f"paused at start: {paused}; running after start-up: {gc.isenabled()}", flush=True)
        window.close()
    QTimer.singleShot(1500, look)  # well after the window settles (ui.app.SETTLE_DELAY_MS)

main_window.MainWindow.show = show_then_look
sys.exit(launch.main([]))
"""

COMMAND = """
import gc, sys
from tvet_desktop import launch
from tvet_desktop.cli import catalog as cli

paused = not gc.isenabled()
def info(args):
    print(f"paused at start: {paused}; running during the command: {gc.isenabled()}", flush=True)
    return 0

cli._info = info
sys.exit(launch.main(["info"]))
"""


def run(code: str, data_dir: Path) -> str:
    env = dict(os.environ, TVET_DESKTOP_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_window_resumes_the_collector_once_started(tmp_path: Path) -> None:
    assert "paused at start: True; running after start-up: True" in run(WINDOW, tmp_path)


def test_a_command_runs_with_the_collector_on(tmp_path: Path) -> None:
    assert "paused at start: True; running during the command: True" in run(COMMAND, tmp_path)
