"""Portable mode: a copy of the app with a ``portable`` file beside it keeps everything in ``data/`` beside
it and writes nothing to the computer it runs on. Real processes on a real copy of the package, with HOME,
the XDG folders and the temporary folder pointed at an empty "host" folder that must stay empty."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from ..conftest import REPO
from .conftest import signed_bundle, tvet_desktop

# The real window with a file dialog opened and closed, then closed by itself (as the user would close it).
WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog
from tvet_desktop import launch
from tvet_desktop.ui import main_window

show = main_window.MainWindow.show
def show_then_close(window):
    show(window)
    dialog = QFileDialog(window, "Import notes")
    dialog.show()
    dialog.done(0)
    dialog.deleteLater()  # Qt's file dialog records its state as it goes
    QTimer.singleShot(1500, window.close)  # after the window settles and listens (ui.app.SETTLE_DELAY_MS)
main_window.MainWindow.show = show_then_close
sys.exit(launch.main([]))
"""


def portable_copy(folder: Path) -> Path:
    """The app as a source install lays it out (``tvet_desktop/`` with its snapshot inside), plus the marker."""
    shutil.copytree(REPO / "tvet_desktop", folder / "tvet_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "bundled_db", folder / "tvet_desktop" / "bundled_db",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "portable").touch()
    return folder


def host_environment(host: Path) -> dict[str, str]:
    """Every per-user and temporary location of a Linux desktop, inside ``host``."""
    for name in ("home", "tmp", "run"):
        (host / name).mkdir(parents=True)
    (host / "run").chmod(0o700)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("XDG_") and key not in ("TVET_DESKTOP_DATA_DIR", "PYTHONPATH")}
    return {**env, "HOME": str(host / "home"), "TMPDIR": str(host / "tmp"), "XDG_RUNTIME_DIR": str(host / "run"),
            "XDG_CONFIG_HOME": str(host / "config"), "XDG_DATA_HOME": str(host / "share"),
            "XDG_CACHE_HOME": str(host / "cache"), "XDG_STATE_HOME": str(host / "state"),
            "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}


def files_under(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if not path.is_dir())


@pytest.fixture
def app(tmp_path: Path) -> Path:
    return portable_copy(tmp_path / "usb-stick" / "TVET Desktop")


def test_a_portable_copy_keeps_everything_beside_itself(app: Path, tmp_path: Path) -> None:
    host = tmp_path / "host"
    env = host_environment(host)
    key, bundle = signed_bundle(tmp_path / "work")  # handed over by a colleague, on another stick

    def run(*args: str, code: str | None = None) -> str:
        return tvet_desktop(env, *args, code=code, cwd=app).stdout

    run("trust", str(key))
    run("import", str(bundle))
    run("export-snapshot", str(tmp_path / "work" / "again.tvet.zip"))
    run("notes", "set", "welding-safety-guide", "Use in week 3")
    run("bookmarks", "add", "welding-safety-guide")
    run("lists", "create", "Welding — week 3")
    run("notes", "backup")
    run(code=WINDOW)
    run("--self-test")
    info = json.loads(run("info", "--json"))

    assert files_under(host) == [], "written outside the portable folder"
    assert sorted(path.name for path in host.iterdir()) == ["home", "run", "tmp"]
    data = app / "data"
    assert info["version"] == 2 and Path(info["path"]).is_relative_to(data)
    written = files_under(data)
    for expected in ("user.sqlite", "settings.ini", "window.lock", "catalogues/active.json",
                     "QtProject.conf"):
        assert expected in written
    assert any(name.startswith("trusted_keys/") for name in written)
    assert any(name.startswith("backups/") for name in written)
    assert sorted(path.name for path in app.iterdir()) == ["data", "portable", "tvet_desktop"]


def test_without_the_marker_the_copy_uses_the_per_user_folder(app: Path, tmp_path: Path) -> None:
    (app / "portable").unlink()
    env = host_environment(tmp_path / "host")
    tvet_desktop(env, "notes", "new", "Plan", "Week 3", cwd=app)
    assert not (app / "data").exists()
    assert "tvet-desktop/user.sqlite" in files_under(tmp_path / "host" / "share")


def test_a_marker_that_is_a_folder_is_not_portable_mode(app: Path, tmp_path: Path) -> None:
    (app / "portable").unlink()
    (app / "portable").mkdir()
    env = host_environment(tmp_path / "host")
    tvet_desktop(env, "notes", "new", "Plan", "Week 3", cwd=app)
    assert not (app / "data").exists()
