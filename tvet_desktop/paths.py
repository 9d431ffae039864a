"""Where things live: the bundled snapshot inside the package, user data under platformdirs."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "tvet-desktop"
DATA_DIR_ENV = "TVET_DESKTOP_DATA_DIR"
BUNDLED_SNAPSHOT = "catalog.sqlite"


def bundled_snapshot() -> Path:
    """The read-only snapshot installed with the package (never written to)."""
    return Path(str(resources.files("tvet_desktop.bundled_db").joinpath(BUNDLED_SNAPSHOT)))


def data_dir() -> Path:
    """The user's own data folder: settings now, notes and synced catalogues later."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    return data_dir() / "settings.ini"
