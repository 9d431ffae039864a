"""Where things live: the bundled snapshot and icons inside the package, user data under platformdirs, or
beside the app in portable mode.

Every file the app writes for its user goes under :func:`data_dir`; nothing else picks a user path.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "tvet-desktop"
DATA_DIR_ENV = "TVET_DESKTOP_DATA_DIR"
BUNDLED_SNAPSHOT = "catalog.sqlite"
PORTABLE_MARKER = "portable"  # an empty file of this name beside the app: keep everything beside it too
PORTABLE_DATA = "data"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
WINDOW_LOCK = "window.lock"  # in the data folder: held by the open window (and by a restore while it runs)


def _package_folder(name: str) -> Path:
    # The package's folder, as importlib.resources would give it, without loading that module at start-up.
    return Path(str(importlib.import_module(name).__file__)).parent


def bundled_snapshot() -> Path:
    """The read-only snapshot installed with the package (never written to)."""
    return _package_folder("tvet_desktop.bundled_db") / BUNDLED_SNAPSHOT


def user_guide(language: str = "en") -> Path:
    """The user guide in ``language`` (docs/user-guide.LANGUAGE.md in the repository; English is
    docs/user-guide.md, also for a language it has not been translated into), installed with the package."""
    folder = _package_folder("tvet_desktop.docs")
    translated = folder / f"user-guide.{language}.md"
    return translated if language != "en" and translated.is_file() else folder / "user-guide.md"


def icon_files() -> list[Path]:
    """The app icon as PNGs, smallest first (made from ``tvet-desktop.svg`` by ``make icons``)."""
    folder = _package_folder("tvet_desktop.icons")
    return [folder / f"tvet-desktop-{size}.png" for size in ICON_SIZES]


def app_folder() -> Path:
    """The folder the app runs from: a frozen build's executable's folder; for a source install, the folder
    that holds the ``tvet_desktop`` package (the repository, in a checkout)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_data_dir() -> Path | None:
    """``data/`` beside the app when a ``portable`` file is there (a USB stick), else None."""
    folder = app_folder()
    return folder / PORTABLE_DATA if (folder / PORTABLE_MARKER).is_file() else None


def data_dir() -> Path:
    """The user's own data folder: ``TVET_DESKTOP_DATA_DIR`` if set, else the portable folder, else the
    platform's per-user folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return portable_data_dir() or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    return data_dir() / "settings.ini"
