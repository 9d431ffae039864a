"""The user's own database (notes, bookmarks, reading lists): opened safely, migrated, backed up.

Durability: WAL with ``synchronous=FULL``, so a save that returned has reached the disk. A damaged
file is never overwritten or deleted: it is moved aside and the caller is told which backup can
bring the data back. Only proven damage moves a file aside: a file that is not an SQLite database
at all, or one whose integrity check fails. A file another program holds locked is waited for and
then reported as busy; on a full disk or in a read-only folder the notes are opened read-only, and
:attr:`UserDatabase.read_only` says why.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from ..errors import UserError
from ..locks import hold, unlock
from ..paths import WINDOW_LOCK
from .backups import BACKUP_DIR, KEEP_BACKUPS, BackupFailed, Backups, describe, is_healthy
from .migrations import MIGRATIONS
from .sentences import Sentence

USER_DB = "user.sqlite"
CORRUPT_DIR = "set-aside"
SQLITE_HEADER = b"SQLite format 3\x00"
LOW_SPACE = 1024 * 1024  # less free space than this, and a write that failed is put down to a full disk
Clock = Callable[[], datetime]
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def utc_now() -> datetime:
    return datetime.now(UTC)


class Patience(NamedTuple):
    """How long to wait for another program that holds the notes database locked: each attempt waits up to
    ``busy_timeout_ms`` (SQLite's busy timeout, also used for every write), ``attempts`` times."""

    busy_timeout_ms: int = 5000
    attempts: int = 2


DEFAULT_PATIENCE = Patience()


class UserDataError(UserError):
    """The user database cannot be used right now; the message says what to do."""


class UserDataBusy(UserDataError):
    """Another program holds the notes database locked; nothing was changed."""


class UserDataCorrupt(UserDataError):
    def __init__(self, set_aside: Path, backup: Path | None) -> None:
        super().__init__(Sentence("set-aside-backup", set_aside=set_aside, backup=backup.name,
                                  described=describe(backup)) if backup else
                         Sentence("set-aside", set_aside=set_aside))
        self.set_aside, self.backup = set_aside, backup


def connect(path: Path, read_only: bool = False, busy_timeout_ms: int = DEFAULT_PATIENCE.busy_timeout_ms
            ) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=busy_timeout_ms / 1000)
    else:
        conn = sqlite3.connect(path, timeout=busy_timeout_ms / 1000)
    conn.isolation_level = None  # we open transactions ourselves: BEGIN IMMEDIATE … COMMIT
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0)) & 0xFF  # the primary result code


class UserDatabase:
    """Owns the user database file under ``folder`` and its backups."""

    def __init__(self, folder: Path, clock: Clock = utc_now, keep_backups: int = KEEP_BACKUPS,
                 migrations: Sequence[Sequence[str]] = MIGRATIONS, patience: Patience = DEFAULT_PATIENCE) -> None:
        self.folder, self.clock, self.patience = folder, clock, patience
        self.migrations = migrations  # the schema, as numbered steps (see .migrations)
        self.path = folder / USER_DB
        self.backups = Backups(folder / BACKUP_DIR, keep_backups)
        self.read_only: Sentence | None = None  # why the open database cannot be changed ("the disk is full")
        self.reader_uri = ""  # how other threads open it read-only (set by open())

    def open(self) -> sqlite3.Connection:
        """Open (creating or migrating as needed). Raises :class:`UserDataCorrupt` for a damaged file (set
        aside), :class:`UserDataBusy` when another program keeps it locked; when it can be read but not
        written, returns a read-only connection and sets :attr:`read_only`."""
        self.read_only = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserDataError(Sentence("no-data-folder", folder=self.folder, problem=error.strerror)) from None
        if self._looks_like_a_database():
            self._check()
        conn: sqlite3.Connection | None = None
        try:
            conn = connect(self.path, busy_timeout_ms=self.patience.busy_timeout_ms)
            self._migrate(conn)
        except sqlite3.DatabaseError as error:
            if conn is not None:
                conn.close()
            if _code(error) in _BUSY:
                raise self._busy() from None
            if _code(error) in {sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY,
                                sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}:
                return self._open_read_only(error)
            raise UserDataError(Sentence("cannot-open", path=self.path, problem=error)) from None
        self.reader_uri = self.path.resolve().as_uri() + "?mode=ro"
        return conn

    # -- what is there -----------------------------------------------------------------------
    def _looks_like_a_database(self) -> bool:
        """False for a missing or empty file (a new database is made); sets aside what is proven not to be
        an SQLite database (a FIFO or device is never opened, so it cannot hang the app)."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return False
        except OSError as error:
            raise UserDataError(Sentence("cannot-read", path=self.path, problem=error.strerror)) from None
        if stat.S_ISREG(info.st_mode) and info.st_size == 0:
            return False
        header = b""
        if stat.S_ISREG(info.st_mode):
            try:
                with open(self.path, "rb") as handle:
                    header = handle.read(len(SQLITE_HEADER))
            except OSError as error:
                raise UserDataError(Sentence("cannot-read", path=self.path, problem=error.strerror)) from None
        if header != SQLITE_HEADER:
            raise self._damaged("it is not an SQLite database")
        return True

    def _check(self) -> None:
        """Run SQLite's integrity check, waiting for other programs; damage sets the file aside. A check that
        cannot run for other reasons (a full disk, a read-only folder) proves nothing: open() goes on."""
        for attempt in range(self.patience.attempts):
            try:
                conn = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True,
                                       timeout=self.patience.busy_timeout_ms / 1000)
                try:
                    problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
                finally:
                    conn.close()
            except sqlite3.DatabaseError as error:
                if _code(error) in _DAMAGED:
                    raise self._damaged(str(error)) from None
                if _code(error) not in _BUSY:
                    return
                if attempt + 1 < self.patience.attempts:
                    time.sleep(self.patience.busy_timeout_ms / 1000 / 10)
                continue
            if problems != ["ok"]:
                raise self._damaged("; ".join(problems))
            return
        raise self._busy()

    def _busy(self) -> UserDataBusy:
        seconds = self.patience.busy_timeout_ms * self.patience.attempts / 1000
        return UserDataBusy(Sentence("busy", path=self.path, seconds=round(seconds)))

    # -- read-only ---------------------------------------------------------------------------
    def _open_read_only(self, cause: sqlite3.Error) -> sqlite3.Connection:
        """The notes as they are, read-only, when they cannot be written (``cause``)."""
        self.read_only = self._why_unwritable(cause)
        if not self.path.is_file() or self.path.stat().st_size == 0:
            return self._empty_in_memory()
        uri = self.path.resolve().as_uri() + "?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=self.patience.busy_timeout_ms / 1000)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as error:
            if _code(error) in _BUSY:
                raise self._busy() from None
            # Without a shared-memory file (which cannot be made here) SQLite reads the database file alone
            # as "immutable". Saves still in the write-ahead log would be missing then: only without one.
            if not self.path.is_file() or self._wal_size() > 0:
                raise UserDataError(Sentence("cannot-open-now", reason=self.read_only)) from None
            uri += "&immutable=1"
            conn = sqlite3.connect(uri, uri=True)
        conn.isolation_level = None
        if conn.execute("PRAGMA user_version").fetchone()[0] != len(self.migrations):
            conn.close()
            raise UserDataError(Sentence("cannot-open-now", reason=self.read_only))
        conn.execute("PRAGMA query_only = 1")
        self.reader_uri = uri
        return conn

    def _empty_in_memory(self) -> sqlite3.Connection:
        """No notes yet and nowhere to write them: an empty library that lives as long as the connection."""
        import uuid

        uri = f"file:tvet-notes-{uuid.uuid4().hex}?mode=memory&cache=shared"
        conn = sqlite3.connect(uri, uri=True)
        conn.isolation_level = None
        for statements in self.migrations:
            for statement in statements:
                conn.execute(statement)
        self.reader_uri = uri
        return conn

    def _wal_size(self) -> int:
        try:
            return Path(str(self.path) + "-wal").stat().st_size
        except OSError:
            return 0

    def _why_unwritable(self, cause: sqlite3.Error) -> Sentence:
        try:
            if getattr(os, "ST_RDONLY", 0) and os.statvfs(self.folder).f_flag & os.ST_RDONLY:
                return Sentence("read-only-disk", folder=self.folder)
            if not os.access(self.folder, os.W_OK) or (self.path.exists() and not os.access(self.path, os.W_OK)):
                return Sentence("read-only-folder", folder=self.folder)
            if _code(cause) == sqlite3.SQLITE_FULL or shutil.disk_usage(self.folder).free < LOW_SPACE:
                return Sentence("notes-disk-full")
        except OSError:
            pass  # the folder cannot even be looked at: say what SQLite said
        return Sentence("unwritable", problem=cause)

    # -- migrations --------------------------------------------------------------------------
    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(self.migrations):
            conn.close()
            raise UserDataError(Sentence("newer-schema", version=version))
        if version == len(self.migrations):
            return
        if version > 0:
            self.backup(conn)  # a verified copy exists before any schema change
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again inside the transaction: another process (a window starting, a command) may have
            # migrated the file while this one waited for it.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
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
        """A verified copy of the live database in ``backups/`` (old ones pruned)."""
        if self.read_only:
            raise BackupFailed(Sentence("no-backup-made", reason=self.read_only))
        return self.backups.take(conn, self.clock())

    def backup_if_older_than(self, conn: sqlite3.Connection, hours: float) -> Path | None:
        newest = self.backups.newest(check=False)
        if newest is not None:
            age = self.clock().timestamp() - newest.stat().st_mtime
            if age < hours * 3600:
                return None
        return self.backup(conn)

    def list_backups(self) -> list[Path]:
        """Backups, newest first."""
        return self.backups.all()

    def newest_backup(self, check: bool = True) -> Path | None:
        return self.backups.newest(check)

    # -- damage ------------------------------------------------------------------------------
    def _damaged(self, problem: str) -> UserDataError:
        try:
            return UserDataCorrupt(self._set_aside(), self.newest_backup())
        except OSError as error:
            return UserDataError(Sentence("damaged-not-moved", path=self.path, problem=problem,
                                          aside=self.folder / CORRUPT_DIR, reason=error.strerror))

    def _set_aside(self) -> Path:
        aside = self.folder / CORRUPT_DIR
        aside.mkdir(exist_ok=True)
        stamp = self.clock().strftime("%Y%m%dT%H%M%S%fZ")
        moved = aside / f"user-{stamp}.sqlite"
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(self.path) + suffix)
            if source.exists() or source.is_symlink():
                os.replace(source, Path(str(moved) + suffix))
        return moved

    def restore(self, backup: Path | None = None) -> tuple[Path, Path | None]:
        """Put a good backup in place of the live database, which must be closed or missing; returns the backup
        restored and the backup made of the notes it replaced (None when there was nothing healthy to keep)."""
        chosen = backup or self.newest_backup()
        if backup is not None and not backup.is_file():
            raise UserDataError(Sentence("no-such-backup", path=backup))
        if chosen is None or not is_healthy(chosen):
            raise UserDataError(Sentence("no-good-backup") if backup is None else
                                Sentence("unhealthy-backup", path=backup))
        replaced = None
        if self.path.exists():
            if is_healthy(self.path):
                replaced = self._backup_file()
            self._set_aside()
        staging = self.path.with_suffix(".restoring")
        shutil.copyfile(chosen, staging)
        with open(staging, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, self.path)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(self.path) + suffix).unlink()
        return chosen, replaced

    def _backup_file(self) -> Path:
        conn = connect(self.path, read_only=True, busy_timeout_ms=self.patience.busy_timeout_ms)
        try:
            return self.backup(conn)
        finally:
            conn.close()


@contextlib.contextmanager
def no_window(folder: Path) -> Iterator[None]:
    """Hold the window's lock on ``folder`` for a while, so that no window can be open on it meanwhile (one
    open on notes that are replaced would go on writing to the replaced file)."""
    try:
        handle = hold(folder / WINDOW_LOCK)
    except OSError:
        handle = None  # a folder that cannot hold a lock file cannot be written either: the work will say so
    else:
        if handle is None:
            raise UserDataError(Sentence("window-open", folder=folder))
    try:
        yield
    finally:
        if handle is not None:
            unlock(handle)
