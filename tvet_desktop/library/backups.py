"""Backups of the user database: verified copies in ``backups/``, what each holds, and which to keep.

A backup is made with SQLite's backup API and checked with ``PRAGMA integrity_check`` before it counts.
Pruning keeps the newest few, and never the last backup that held more than all of those: after the
notes were reset (damage set aside, an empty database started), daily backups of the nearly empty
database must not rotate the last full copy away.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING, NamedTuple

from ..errors import Moment, UserError
from .sentences import Counted, Sentence

if TYPE_CHECKING:
    from pathlib import Path

BACKUP_DIR = "backups"
KEEP_BACKUPS = 7
STAMP = "%Y%m%dT%H%M%S%fZ"


class BackupFailed(UserError):
    """A backup could not be written; the old backups are kept."""


class Contents(NamedTuple):
    notes: int
    bookmarks: int
    lists: int

    @property
    def size(self) -> int:
        return self.notes + self.bookmarks + self.lists


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


def contents(path: Path) -> Contents | None:
    """How much a (healthy) backup holds, or None when it cannot be read as a notes database."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return Contents(*(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                              for table in ("notes", "bookmarks", "reading_lists")))
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def taken_at(backup: Path) -> datetime:
    """When ``backup`` was made (its name says so; the file's time for a file named otherwise)."""
    try:
        return datetime.strptime(backup.stem.removeprefix("user-"), STAMP).replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp(backup.stat().st_mtime, UTC)


def describe(backup: Path) -> Sentence:
    """"from 5 Dec 2026 11:14, holding 3 notes, 1 bookmark and 2 reading lists" (local time)."""
    when = Moment(taken_at(backup).isoformat())
    held = contents(backup)
    if held is None:
        return Sentence("backup-from", when=when)
    return Sentence("backup-holding", when=when, notes=Counted(held.notes, "note", "notes"),
                    bookmarks=Counted(held.bookmarks, "bookmark", "bookmarks"),
                    lists=Counted(held.lists, "reading list", "reading lists"))


class Backups:
    """The backup files of one user database."""

    def __init__(self, folder: Path, keep: int = KEEP_BACKUPS) -> None:
        self.folder, self.keep = folder, keep

    def take(self, conn: sqlite3.Connection, now: datetime) -> Path:
        """Copy the database behind ``conn``, verify the copy, then prune; raises :class:`BackupFailed`."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise BackupFailed(Sentence("backups-folder-is-file", folder=self.folder)) from None
        final = self.folder / f"user-{now.strftime(STAMP)}.sqlite"
        staging = final.with_suffix(".partial")
        try:
            target = sqlite3.connect(staging)
            try:
                conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            finally:
                target.close()
        except (OSError, sqlite3.DatabaseError) as error:
            with contextlib.suppress(OSError):
                staging.unlink()
            raise BackupFailed(Sentence("backup-not-written", folder=self.folder, problem=error)) from None
        if not is_healthy(staging):
            staging.unlink()
            raise BackupFailed(Sentence("backup-unhealthy"))
        os.replace(staging, final)
        self.prune()
        return final

    def all(self) -> list[Path]:
        """Backups, newest first."""
        return sorted(self.folder.glob("user-*.sqlite"), reverse=True) if self.folder.is_dir() else []

    def newest(self, check: bool = True) -> Path | None:
        return next((b for b in self.all() if not check or is_healthy(b)), None)

    def prune(self) -> None:
        """Keep the newest ``keep`` good backups, and the newest older one that held more than any of them."""
        good = [b for b in self.all() if is_healthy(b)]
        kept, older = good[:self.keep], good[self.keep:]
        most = max((held.size for b in kept if (held := contents(b))), default=0)
        fuller = next((b for b in older if (held := contents(b)) and held.size > most), None)
        for old in older:
            if old != fuller:
                old.unlink()
