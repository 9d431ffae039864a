"""SQLite connections shared by the catalogue, the search and the user's library.

:class:`ThreadConnections` gives every thread its own read-only connection to one file (a connection is
never shared between threads), and lets a thread give up a long statement: inside :meth:`stop_when`,
SQLite asks ``should_stop()`` every few thousand steps and a true answer ends the statement with
:class:`Stopped`.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

STOP_CHECK_STEPS = 10_000  # SQLite virtual machine steps between two looks at ``should_stop``
ShouldStop = Callable[[], bool]


class Stopped(Exception):
    """Work given up because ``should_stop()`` turned true (a newer search replaced it, say)."""


def write_trouble(error: sqlite3.DatabaseError) -> str | None:
    """What stopped a write, as SQLite's message says: "full" (the disk), "read-only" (the file or its folder),
    "busy" (another program holds the database), else None."""
    message = str(error).lower()
    if "full" in message:
        return "full"
    if "readonly" in message or "read-only" in message:
        return "read-only"
    if "locked" in message or "busy" in message:
        return "busy"
    return None


def placeholders(count: int) -> str:
    return ", ".join("?" * count)


def connect_read_only(path: Path | str) -> sqlite3.Connection:
    """A connection that cannot change ``path`` (or the database an SQLite URI names): opened read-only by
    SQLite itself, and refusing to write even to a temporary table (``query_only``). Schema code (views,
    triggers) may not call functions with side effects (``trusted_schema`` off): a file may come from anyone."""
    uri = path if isinstance(path, str) else path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA query_only = 1")
    return conn


class ThreadConnections:
    """One read-only connection per thread to ``path`` (a file, or an SQLite URI), each opened on first use and
    closed by :meth:`close`."""

    def __init__(self, path: Path | str, closed_error: Callable[[], Exception],
                 stop_check_steps: int = STOP_CHECK_STEPS, mmap_bytes: int = 0) -> None:
        """``mmap_bytes``: how much of the file each connection maps into memory (SQLite's ``mmap_size``), for
        databases whose rows are read at random (no copy of each page into SQLite's small cache)."""
        self.path = path
        self.stop_check_steps = stop_check_steps
        self.mmap_bytes = mmap_bytes
        self._closed_error = closed_error  # what a use after close() raises
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            if self._closed:
                raise self._closed_error()
            conn = connect_read_only(self.path)
            if self.mmap_bytes:
                conn.execute(f"PRAGMA mmap_size = {int(self.mmap_bytes)}")
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
            self._closed = True
        self._local = threading.local()

    @contextmanager
    def stop_when(self, should_stop: ShouldStop) -> Iterator[None]:
        """Statements run by this thread inside the block raise :class:`Stopped` soon after ``should_stop()``
        turns true; Python code inside can call :meth:`check_stop` to do the same."""
        outer = self._set_stop(should_stop)
        try:
            yield
        except sqlite3.OperationalError:
            if should_stop():
                raise Stopped from None
            raise
        finally:
            with suppress(sqlite3.ProgrammingError):  # closed meanwhile (the window quit): nothing to undo
                self._set_stop(outer)

    @contextmanager
    def unstoppable(self) -> Iterator[None]:
        """What is built inside is kept for later work (an index, a cache), so it is built whole, never stopped
        halfway by an enclosing :meth:`stop_when`."""
        outer = self._set_stop(None)
        try:
            yield
        finally:
            self._set_stop(outer)

    def check_stop(self) -> None:
        """Raise :class:`Stopped` when this thread's work should stop."""
        should_stop = getattr(self._local, "should_stop", None)
        if should_stop is not None and should_stop():
            raise Stopped

    def _set_stop(self, should_stop: ShouldStop | None) -> ShouldStop | None:
        """Make ``should_stop`` this thread's stop test (None: none); returns the one it replaces."""
        outer: ShouldStop | None = getattr(self._local, "should_stop", None)
        if should_stop is not outer:
            # SQLite asks the handler every so many steps of a statement; a true answer interrupts it.
            self.conn.set_progress_handler(should_stop, self.stop_check_steps if should_stop else 0)
            self._local.should_stop = should_stop
        return outer
