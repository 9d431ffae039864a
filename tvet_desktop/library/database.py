"""The user's own database (notes, bookmarks, reading lists): opened safely, migrated, backed up.

Durability: WAL with ``synchronous=FULL``, so a save that returned has reached the disk. A damaged
file is never overwritten or deleted: it is moved aside and the caller is told which backup can
bring the data back.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from ..errors import UserError
from .migrations import MIGRATIONS

USER_DB = "user.sqlite"
BACKUP_DIR = "backups"
CORRUPT_DIR = "set-aside"
KEEP_BACKUPS = 7
BUSY_TIMEOUT_MS = 5000
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class UserDataError(UserError):
    """The user database cannot be used right now; the message says what to do."""


class UserDataCorrupt(UserDataError):
    def __init__(self, set_aside: Path, backup: Path | None) -> None:
        hint = (f"Your newest good backup is {backup.name}: restore it with `tvet-desktop notes restore`."
                if backup else "No backup was found.")
        super().__init__(f"Your notes database was damaged and has been set aside as {set_aside}. {hint}")
        self.set_aside, self.backup = set_aside, backup


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.isolation_level = None  # we open transactions ourselves: BEGIN IMMEDIATE … COMMIT
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def is_healthy(path: Path) -> bool:
    """True when ``path`` is an SQLite database whose integrity check passes."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA integrity_check").fetchone() == ("ok",))
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


class UserDatabase:
    """Owns the user database file under ``folder`` and its backups."""

    def __init__(self, folder: Path, clock: Clock = utc_now, keep_backups: int = KEEP_BACKUPS,
                 migrations: Sequence[Sequence[str]] = MIGRATIONS) -> None:
        self.folder, self.clock, self.keep_backups = folder, clock, keep_backups
        self.migrations = migrations  # the schema, as numbered steps (see .migrations)
        self.path = folder / USER_DB
        self.backups = folder / BACKUP_DIR

    def open(self) -> sqlite3.Connection:
        """Open (creating or migrating as needed); raises :class:`UserDataCorrupt` for a damaged file."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserDataError(f"Cannot create the data folder {self.folder}: {error.strerror}") from None
        if self.path.exists() and not is_healthy(self.path):
            raise UserDataCorrupt(self._set_aside(), self.newest_backup())
        try:
            conn = connect(self.path)
            self._migrate(conn)
        except sqlite3.DatabaseError as error:
            raise UserDataError(f"Cannot open your notes database {self.path}: {error}") from None
        return conn

    # -- migrations --------------------------------------------------------------------------
    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(self.migrations):
            conn.close()
            raise UserDataError(f"Your notes were saved by a newer TVET Desktop (schema {version}); "
                                "update the app to open them.")
        if version == len(self.migrations):
            return
        if version > 0:
            self.backup(conn)  # a verified copy exists before any schema change
        conn.execute("BEGIN IMMEDIATE")
        try:
            for number, statements in enumerate(self.migrations[version:], version + 1):
                for statement in statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    # -- backups -----------------------------------------------------------------------------
    def backup(self, conn: sqlite3.Connection) -> Path:
        """Copy the live database with SQLite's backup API, verify the copy, then drop old backups."""
        self.backups.mkdir(parents=True, exist_ok=True)
        stamp = self.clock().strftime("%Y%m%dT%H%M%S%fZ")
        final = self.backups / f"user-{stamp}.sqlite"
        staging = final.with_suffix(".partial")
        target = sqlite3.connect(staging)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            target.close()
        if not is_healthy(staging):
            staging.unlink()
            raise UserDataError("A backup of your notes failed its integrity check; the old backups are kept.")
        os.replace(staging, final)
        self._prune()
        return final

    def backup_if_older_than(self, conn: sqlite3.Connection, hours: float) -> Path | None:
        newest = self.newest_backup(check=False)
        if newest is not None:
            age = self.clock().timestamp() - newest.stat().st_mtime
            if age < hours * 3600:
                return None
        return self.backup(conn)

    def list_backups(self) -> list[Path]:
        """Backups, newest first."""
        return sorted(self.backups.glob("user-*.sqlite"), reverse=True) if self.backups.is_dir() else []

    def newest_backup(self, check: bool = True) -> Path | None:
        return next((b for b in self.list_backups() if not check or is_healthy(b)), None)

    def _prune(self) -> None:
        good = [b for b in self.list_backups() if is_healthy(b)]
        for old in good[self.keep_backups:]:
            old.unlink()

    # -- damage ------------------------------------------------------------------------------
    def _set_aside(self) -> Path:
        aside = self.folder / CORRUPT_DIR
        aside.mkdir(exist_ok=True)
        stamp = self.clock().strftime("%Y%m%dT%H%M%S%fZ")
        moved = aside / f"user-{stamp}.sqlite"
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(self.path) + suffix)
            if source.exists():
                os.replace(source, Path(str(moved) + suffix))
        return moved

    def restore(self, backup: Path | None = None) -> Path:
        """Put a good backup in place of the live database (which must be closed or missing)."""
        chosen = backup or self.newest_backup()
        if backup is not None and not backup.is_file():
            raise UserDataError(f"There is no file {backup}.")
        if chosen is None or not is_healthy(chosen):
            raise UserDataError("There is no good backup to restore." if backup is None else
                                f"{backup} is not a healthy notes database; nothing was restored.")
        if self.path.exists():
            self._set_aside()
        staging = self.path.with_suffix(".restoring")
        shutil.copyfile(chosen, staging)
        with open(staging, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, self.path)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(self.path) + suffix).unlink()
        return chosen
