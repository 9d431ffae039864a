"""`tvet-desktop --screenshot` renders the real window off-screen, as the README's picture is made."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from pathlib import Path


def screenshot(tmp_path: Path, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TVET_DESKTOP_DATA_DIR=str(data_dir))
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "tvet_desktop", "--screenshot", str(tmp_path / "shot.png"), *args],
                          capture_output=True, text=True, timeout=120, env=env, check=False)


def test_screenshot_with_query_and_selection(tmp_path: Path, data_dir: Path) -> None:
    done = screenshot(tmp_path, data_dir, "--query", "digital skills", "--size", "1024x640", "--dark",
                      "--select", "digital-skills-development-in-tvet-teacher-training-trends")
    assert done.returncode == 0, done.stderr
    assert "propagateSizeHints" not in done.stderr  # the off-screen platform's warning, of no use to a reader
    image = QImage(str(tmp_path / "shot.png"))
    assert (image.width(), image.height()) == (1024, 640)
    # Not a blank picture: a dark window has many distinct colours once text is drawn.
    colours = {image.pixel(x, y) for x in range(0, 1024, 7) for y in range(0, 640, 7)}
    assert len(colours) > 20
    assert not (data_dir / "settings.ini").exists(), "a screenshot must not change the user's settings"


def test_screenshot_of_unknown_item_fails_clearly(tmp_path: Path, data_dir: Path) -> None:
    done = screenshot(tmp_path, data_dir, "--select", "no-such-item")
    assert done.returncode == 1 and "no item with id 'no-such-item'" in done.stderr
