"""The app's log: a small rotating file in the data folder, where unexpected errors are written in full.

It is set up on first use, not at start-up (importing and configuring logging costs start-up time), and
when the data folder cannot be written the log goes to the terminal instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .paths import data_dir

if TYPE_CHECKING:
    import logging
    from pathlib import Path

LOG_NAME = "tvet-desktop.log"
MAX_BYTES = 1 << 20
KEEP = 3  # tvet-desktop.log.1 … .3 besides the current one


def log_file() -> Path:
    return data_dir() / "logs" / LOG_NAME


def logger(name: str = "tvet_desktop") -> logging.Logger:
    """A logger under ``tvet_desktop`` whose records reach the log file (set up on the first call)."""
    import logging

    root = logging.getLogger("tvet_desktop")
    if not root.handlers:
        _set_up(root)
    return logging.getLogger(name if name.startswith("tvet_desktop") else f"tvet_desktop.{name}")


def _set_up(root: logging.Logger) -> None:
    import logging
    from logging.handlers import RotatingFileHandler

    handler: logging.Handler
    try:
        log_file().parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(log_file(), maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
    except OSError:  # a read-only or full data folder: the terminal, if there is one
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
