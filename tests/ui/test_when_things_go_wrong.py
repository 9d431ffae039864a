"""When things go wrong: one plain sentence without a display, and a dialog and a log entry for a bug
(real processes, started as the ``tvet-desktop`` command starts them)."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from tvet_desktop.ui.worker import explain

if TYPE_CHECKING:
    from pathlib import Path

BUG_IN_A_SLOT = """
import sys
from tvet_desktop import launch
from tvet_desktop.ui import main_window
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

show = main_window.MainWindow.show

def broken():
    raise ValueError("a bug in a slot")

def look(window):
    boxes = [b for b in window.findChildren(QMessageBox) + QApplication.topLevelWidgets()
             if isinstance(b, QMessageBox) and b.isVisible()]
    print("DIALOG:", boxes[0].text() if boxes else "none", flush=True)
    window.close()

def show_then_break(window):
    show(window)
    QTimer.singleShot(100, broken)
    QTimer.singleShot(1000, lambda: look(window))

main_window.MainWindow.show = show_then_break
sys.exit(launch.main([]))
"""


def run_app(data_dir: Path, env: dict[str, str], *args: str,
            code: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "tvet_desktop", *args]
    return subprocess.run(command, env={**env, "TVET_DESKTOP_DATA_DIR": str(data_dir)}, capture_output=True,
                          text=True, timeout=60, check=False)


def test_with_display_set_and_no_x_server_the_app_says_one_plain_sentence(data_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    done = run_app(data_dir, {**env, "DISPLAY": ":93"})  # no server listens there
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "TVET Desktop cannot open its window: no X server answers on display :93 (the DISPLAY setting). Start the "
        "desktop session or correct DISPLAY; the commands (such as tvet-desktop search or tvet-desktop info) need "
        "no display."]


def test_without_any_display_the_app_says_so(data_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")}
    done = run_app(data_dir, env)
    assert done.returncode == 1 and "needs a graphical desktop" in done.stderr
    assert "Reinstalling" not in done.stderr


def test_a_bug_in_a_slot_shows_a_dialog_naming_the_log_and_the_app_goes_on(data_dir: Path) -> None:
    done = run_app(data_dir, dict(os.environ, QT_QPA_PLATFORM="offscreen"), code=BUG_IN_A_SLOT)
    assert done.returncode == 0, done.stderr
    log = data_dir / "logs" / "tvet-desktop.log"
    assert "DIALOG: TVET Desktop met an unexpected problem (ValueError: a bug in a slot)" in done.stdout
    assert str(log) in done.stdout
    assert "ValueError: a bug in a slot" in log.read_text() and "Traceback" in log.read_text()


def test_a_failed_background_job_names_the_log(data_dir: Path) -> None:
    message, details = explain(KeyError("x"))
    assert message.endswith(f"the details are in {data_dir / 'logs' / 'tvet-desktop.log'}")
    assert "KeyError" in details
