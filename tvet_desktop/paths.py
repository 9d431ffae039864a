"""Where things live: the bundled snapshot inside the package, user data under platformdirs."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "tvet-desktop"
DATA_DIR_ENV = "TVET_DESKTOP_DATA_DIR"
BUNDLED_SNAPSHOT = "catalog.sqlite"


def bundled_snapshot() -> Path:
    """The read-only snapshot installed with the package (never written to)."""
    # The package's folder, as importlib.resources would give it, without loading that module at start-up.
    package = importlib.import_module("tvet_desktop.bundled_db")
    return Path(str(package.__file__)).parent / BUNDLED_SNAPSHOT


def data_dir() -> Path:
    """The user's own data folder: settings now, notes and synced catalogues later."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    return data_dir() / "settings.ini"
