"""Where the user's documents are kept: each file copied into the data folder under its sha256 (the same
content twice is one document), its rows and page index in a database of its own (``documents/``), so adding
documents never writes to the notes database.

All or nothing: a document's rows, pages and vocabulary go in one transaction, and its file is moved to its
final name inside that transaction, just before the commit. A kill -9 at any point leaves the document either
fully added or absent; a file left without rows (killed between the move and the commit) or a copy still
arriving from a process that is gone is removed by :meth:`DocumentStore.tidy` the next time documents are
opened. Two processes adding the same file at once: the second finds it there inside its own transaction.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import threading
import time
import uuid
from contextlib import suppress
from datetime import UTC, datetime
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

from ..db import STOP_CHECK_STEPS, Stopped, ThreadConnections, placeholders, write_trouble
from ..errors import Size, UserError
from ..locks import hold, unlock
from .formats import SNIFF_BYTES, SUFFIX_OF, Limits, UnreadableDocument, sniff
from .index import (
    DOCUMENT_COLUMNS,
    INSERT_PAGE,
    SCHEMA,
    SCHEMA_VERSION,
    UPGRADES,
    count_words,
    heading,
    page_terms,
    uncount_words,
)
from .layout import DATABASE, FILES, INCOMING
from .page_lists import DEFAULT_POLICY, PageCounter, PagePolicy, forget_pages, refill
from .page_lists import SCHEMA as LIST_SCHEMA
from .passages import checkpoints
from .readers import open_file
from .records import Document, document_id
from .sentences import Sentence

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..db import ShouldStop
    from .formats import Opened

COPY_CHUNK = 1024 * 1024
DEFAULT_LIMITS = Limits()
FRESH_SECONDS = 60  # a copy arriving this recently is never taken for a killed add's leftover
READ_MAP_BYTES = 2**30  # address space, not memory: the OS keeps what is read in its cache either way
BUSY_TIMEOUT_MS = 120_000  # another process adding a long document holds the write lock that long at most
QUICK_WAIT_MS = 250  # how long a store opened not to wait waits for the write lock


class DocumentsUnavailable(UserError):
    """The documents folder or database cannot be used; the message says why and what to do."""


class WouldWait(Exception):
    """Opening the documents now would wait (a store opened not to wait): ``reason`` is "busy" (another program
    is adding documents: it holds the write lock while it adds one) or "upgrade" (the index was made by an
    earlier version of the app and is rebuilt, which takes about a minute for a large library)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RemovedBefore(Exception):  # not an error: the user's choice, kept
    """The file's content is a document the user removed (a folder read again leaves it out)."""


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _document(row: tuple[object, ...]) -> Document:
    doc_id, title, authors, year, pages, media_type, file_name, source, size, sha, added_at, searchable = row
    return Document(str(doc_id), str(title), tuple(json.loads(str(authors))), year if isinstance(year, int) else None,
                    int(pages), str(media_type), str(file_name), str(source), int(size), str(sha),  # type: ignore[call-overload]
                    str(added_at), bool(searchable))


Written = TypeVar("Written")


def _one_writer(method: Callable[..., Written]) -> Callable[..., Written]:
    """Adding, removing and tidying in one process share one connection: each runs whole, one at a time, so
    their transactions never interleave (a removal started while a folder is being added waits for the file
    being added)."""

    @wraps(method)
    def one_at_a_time(self: DocumentStore, *args: Any, **kwargs: Any) -> Written:
        with self.writing:
            return method(self, *args, **kwargs)

    return one_at_a_time


class DocumentStore:
    """The documents under ``folder`` (the data folder's ``documents/``). Writes go through the connection of
    the thread that opened the store; :attr:`readers` gives every other thread a read-only one."""

    def __init__(self, folder: Path, limits: Limits = DEFAULT_LIMITS, policy: PagePolicy = DEFAULT_POLICY,
                 wait: bool = True, upgrade: bool | None = None, should_stop: ShouldStop | None = None) -> None:
        """``wait`` false: :class:`WouldWait` rather than wait for another program's write (a quarter of a second
        for each step of opening), until :meth:`wait_from_now_on`; ``upgrade`` false (by default: as ``wait``):
        WouldWait rather than upgrade the index. ``should_stop``: an upgrade stops (:class:`..db.Stopped`, the
        database left as it was) soon after it turns true."""
        self.folder, self.limits, self.policy, self.waits = folder, limits, policy, wait
        self.upgrades = wait if upgrade is None else upgrade
        self.writing = threading.RLock()  # one writer at a time on the one connection (see _one_writer)
        self.files, self.incoming = folder / FILES, folder / INCOMING
        patience = (BUSY_TIMEOUT_MS if wait else QUICK_WAIT_MS) / 1000
        try:
            for path in (self.files, self.incoming):
                path.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(folder / DATABASE, isolation_level=None, check_same_thread=False,
                                        timeout=patience)
        except sqlite3.DatabaseError as error:
            raise DocumentsUnavailable(Sentence("unavailable", problem=error, folder=folder)) from error
        except OSError as error:
            raise DocumentsUnavailable(Sentence("folder-unusable", folder=folder, problem=error.strerror)) from error
        try:
            self._wal(patience)
            self.conn.execute("PRAGMA synchronous = FULL")
            self._migrate(should_stop)
        except sqlite3.DatabaseError as error:
            self.conn.close()
            if should_stop is not None and should_stop():
                raise Stopped from error
            raise DocumentsUnavailable(Sentence("unavailable", problem=error, folder=folder)) from error
        except BaseException:
            self.conn.close()
            raise
        # The search reads pages' terms at random (documents/ranking.py): mapped, not copied page by page.
        self.readers = ThreadConnections(folder / DATABASE, lambda: DocumentsUnavailable(Sentence("closed")),
                                         mmap_bytes=READ_MAP_BYTES)

    def _wal(self, patience: float) -> None:
        """Switching a new database to WAL while another process opens it answers "locked" at once (SQLite
        calls no busy handler for it): two `documents add` started together, say. Wait as for any lock."""
        deadline = time.monotonic() + patience
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    self._unless_waiting(error)
                    raise
                time.sleep(0.02)

    def _migrate(self, should_stop: ShouldStop | None) -> None:
        """Make or upgrade the database in one transaction: a kill (or ``should_stop``) leaves it as it was,
        upgraded next time."""
        self._begin_housekeeping()
        if should_stop is not None:  # SQLite asks it every so many steps; a true answer interrupts the statement
            self.conn.set_progress_handler(should_stop, STOP_CHECK_STEPS)
        try:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            steps = (*SCHEMA, *LIST_SCHEMA) if version == 0 else [s for v in range(version, SCHEMA_VERSION)
                                                                  for s in UPGRADES[v]]
            if version > 0 and any(callable(step) for step in steps) and not self.upgrades:
                raise WouldWait("upgrade")
            for statement in steps:
                if should_stop is not None and should_stop():
                    raise Stopped
                if callable(statement):
                    statement(self.conn, self.policy)
                else:
                    self.conn.execute(statement)
            if version < SCHEMA_VERSION:  # (a newer app's documents are left as they are)
                self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:  # (SQLite may have rolled back itself)
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self.conn.set_progress_handler(None, 0)

    def _begin_housekeeping(self) -> None:
        """Take the write lock to make, upgrade or tidy the database, waiting for another program's write as the
        store was opened to."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            self._unless_waiting(error)
            raise

    def _unless_waiting(self, error: sqlite3.OperationalError) -> None:
        """Another program holds the documents' lock: :class:`WouldWait` when this store was opened not to wait."""
        if not self.waits and write_trouble(error) == "busy":
            raise WouldWait("busy") from error

    def wait_from_now_on(self) -> None:
        """Writes wait for another program's as long as a long document takes to add (see ``wait``)."""
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.waits = True

    def close(self) -> None:
        self.readers.close()
        self.conn.close()

    # -- reading -----------------------------------------------------------------------------
    def documents(self, conn: sqlite3.Connection | None = None) -> list[Document]:
        rows = (conn or self.conn).execute(f"SELECT {DOCUMENT_COLUMNS} FROM documents ORDER BY added_at DESC, n DESC")
        return [_document(row) for row in rows]

    def numbered(self, numbers: list[int], conn: sqlite3.Connection) -> dict[int, Document]:
        """The documents with these row numbers (the page index names documents by them)."""
        rows = conn.execute(f"SELECT n, {DOCUMENT_COLUMNS} FROM documents WHERE n IN ({placeholders(len(numbers))})",
                            numbers)
        return {row[0]: _document(row[1:]) for row in rows}

    def get(self, doc_id: str, conn: sqlite3.Connection | None = None) -> Document | None:
        row = (conn or self.conn).execute(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?",
                                          (doc_id,)).fetchone()
        return _document(row) if row else None

    def later_version(self, doc_id: str, conn: sqlite3.Connection | None = None) -> str | None:
        """The id of the latest version of a file whose earlier version was ``doc_id``, if it changed."""
        row = (conn or self.conn).execute("SELECT later FROM replaced WHERE earlier = ?", (doc_id,)).fetchone()
        return str(row[0]) if row else None

    def stored_file(self, doc_id: str, conn: sqlite3.Connection | None = None) -> Path | None:
        row = (conn or self.conn).execute("SELECT stored FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return self.folder / row[0] if row else None

    # -- adding ------------------------------------------------------------------------------
    @_one_writer
    def add_file(self, path: Path, should_stop: ShouldStop = lambda: False,
                 on_page: Callable[[int, int], None] = lambda done, total: None,
                 unless_removed: bool = False) -> tuple[Document, bool]:
        """Add ``path``; returns the document and True, or the one already there with the same content and
        False. UserError (one sentence about this file) when it cannot be added; :class:`..db.Stopped` when
        ``should_stop()`` turned true first. Either way nothing of it is kept. A file the user removed from
        the app before: :class:`RemovedBefore` when ``unless_removed`` (a folder read again), else added again
        and no longer remembered as removed (the user chose it)."""
        size = _size_of(path, self.limits)
        with _open_source(path) as source:
            media_type = sniff(path, source.read(SNIFF_BYTES))
            source.seek(0)
            part, sha = self._copy_in(path, source, size)
        try:
            existing = self._with_sha(sha)
            if existing is not None:
                return existing, False
            if unless_removed and self.conn.execute("SELECT 1 FROM removed WHERE sha256 = ?", (sha,)).fetchone():
                raise RemovedBefore
            return self._index(path, part, sha, media_type, size, should_stop, on_page)
        finally:
            part[0].unlink(missing_ok=True)  # moved to its final name, or not needed
            unlock(part[1])

    def _copy_in(self, path: Path, source: BinaryIO, size: int) -> tuple[tuple[Path, BinaryIO], str]:
        """Copy to a locked file in ``incoming/`` (the lock says "still arriving"), hashing on the way."""
        temp = self.incoming / f"{uuid.uuid4().hex}.part"
        handle = hold(temp)
        assert handle is not None  # a fresh name: no one else has it
        digest = hashlib.sha256()
        try:
            while chunk := source.read(COPY_CHUNK):
                digest.update(chunk)
                _write_all(handle.fileno(), chunk)  # unbuffered: nothing left to fail again when it is closed
            os.fsync(handle.fileno())
        except OSError as error:
            temp.unlink(missing_ok=True)
            unlock(handle)
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise UserError(Sentence("disk-full-copying", name=path.name, size=Size(size))) from None
            raise UserError(Sentence("not-copied", name=path.name, problem=error.strerror)) from None
        return (temp, handle), digest.hexdigest()

    def _with_sha(self, sha: str) -> Document | None:
        row = self.conn.execute(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE sha256 = ?", (sha,)).fetchone()
        return _document(row) if row else None

    def _index(self, path: Path, part: tuple[Path, BinaryIO], sha: str, media_type: str, size: int,
               should_stop: ShouldStop, on_page: Callable[[int, int], None]) -> tuple[Document, bool]:
        temp = part[0]
        opened = open_file(temp, media_type, self.limits, path.name)
        stored = Path(FILES) / sha[:2] / (sha + SUFFIX_OF[media_type])
        final = self.folder / stored
        moved = False
        try:
            info = opened.info()
            self._begin(path)
            existing = self._with_sha(sha)  # another process added it while this one was copying
            if existing is not None:
                self.conn.execute("ROLLBACK")
                return existing, False
            self.conn.execute("DELETE FROM removed WHERE sha256 = ?", (sha,))
            self.conn.execute("DELETE FROM replaced WHERE earlier = ?", (document_id(sha),))  # back as it was
            n = self.conn.execute(
                "INSERT INTO documents (id, sha256, title, authors, year, pages, media_type, file_name, source, "
                "size, added_at, searchable, stored) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, 0, ?)",
                (document_id(sha), sha, info.title, json.dumps(list(info.authors), ensure_ascii=False), info.year,
                 media_type, path.name, str(path.absolute()), size, _now(), stored.as_posix())).lastrowid or 0
            pages, searchable = self._write_pages(n, opened, path, should_stop, on_page,
                                                  heading(info.title, info.authors))
            self.conn.execute("UPDATE documents SET pages = ?, searchable = ? WHERE n = ?", (pages, searchable, n))
            opened.close()
            final.parent.mkdir(exist_ok=True)
            os.replace(temp, final)
            moved = True
            self.conn.execute("COMMIT")
        except BaseException as error:
            opened.close()
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if moved:
                final.unlink(missing_ok=True)
            if isinstance(error, sqlite3.DatabaseError):
                raise _database_error(path, error) from error
            if isinstance(error, OSError) and not isinstance(error, UserError):
                raise UserError(Sentence("not-added", name=path.name, problem=error.strerror)) from error
            raise
        document = self.get(document_id(sha))
        assert document is not None
        return document, True

    def _begin(self, path: Path) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise _database_error(path, error) from error

    def _write_pages(self, n: int, opened: Opened, path: Path, should_stop: ShouldStop,
                     on_page: Callable[[int, int], None], title_words: str) -> tuple[int, bool]:
        """Index each page; the first also under the title and authors (``title_words``), so a search for the
        title finds the document."""
        pairs: set[tuple[str, str]] = set()
        counter = PageCounter(self.conn, self.policy)
        number, searchable = 0, False
        for number, text in enumerate(opened.pages(), 1):
            if should_stop():
                raise Stopped
            terms = page_terms(text, pairs)
            marks = checkpoints(text, len(terms.split()))
            searchable = searchable or bool(terms)
            if number == 1:
                terms = (page_terms(title_words, pairs) + " " + terms).strip()
            row = self.conn.execute(INSERT_PAGE, (n, number, text, terms, marks)).lastrowid
            counter.add(row or 0, terms)
            on_page(number, max(opened.page_count, number))
        if number == 0:
            raise UnreadableDocument(Sentence("no-pages", name=path.name))
        count_words(self.conn, pairs)
        counter.finish()
        return number, searchable

    # -- removing ----------------------------------------------------------------------------
    @_one_writer
    def remove(self, doc_id: str, remember: bool = True, replaced_by: str | None = None) -> Document | None:
        """Remove a document, its pages and its file (notes, bookmarks and list entries on it are kept).
        ``remember``: its content is left out when its folder is read again (not for an earlier version
        replaced by a new one: the user may well put that back). ``replaced_by``: the id of the new version,
        which its id (and the ids it replaced) lead to from now on (:meth:`later_version`)."""
        document = self.get(doc_id)
        if document is None:
            return None
        stored = self.stored_file(doc_id)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            n = self.conn.execute("SELECT n FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
            pairs: set[tuple[str, str]] = set()
            title, authors = self.conn.execute("SELECT title, authors FROM documents WHERE n = ?", (n,)).fetchone()
            page_terms(heading(title, tuple(json.loads(authors))), pairs)
            for (text,) in self.conn.execute("SELECT text FROM pages WHERE document = ?", (n,)):
                page_terms(text, pairs)
            uncount_words(self.conn, pairs)
            first, last = self.conn.execute("SELECT min(n), max(n) FROM pages WHERE document = ?", (n,)).fetchone()
            irregular = forget_pages(self.conn, first, last) if first is not None else False
            self.conn.execute("DELETE FROM pages WHERE document = ?", (n,))
            refill(self.conn, self.policy, irregular)
            self.conn.execute("DELETE FROM documents WHERE n = ?", (n,))
            if remember:
                self.conn.execute("INSERT OR REPLACE INTO removed VALUES (?, ?, ?)",
                                  (document.sha256, document.source, _now()))
            if replaced_by is not None:
                self.conn.execute("UPDATE replaced SET later = ? WHERE later = ?", (replaced_by, doc_id))
                self.conn.execute("INSERT OR REPLACE INTO replaced VALUES (?, ?)", (doc_id, replaced_by))
            self.conn.execute("COMMIT")
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.DatabaseError):
                raise _removal_error(document.title, error) from error
            raise
        if stored is not None:
            with suppress(OSError):  # left behind, it is removed by the next tidy()
                stored.unlink()
        return document

    @_one_writer
    def tidy(self) -> int:
        """Remove files no document names (a kill between a file's move and its commit) and copies whose
        process is gone; returns how many. Holds the write lock, so no add is between its move and commit."""
        removed = 0
        for part in self.incoming.glob("*.part"):
            with suppress(OSError):  # gone meanwhile: its add finished
                if time.time() - part.stat().st_mtime < FRESH_SECONDS:
                    continue  # perhaps just made, its lock not yet taken (another process's add starting)
            handle = hold(part)
            if handle is not None:  # no live process holds it: an add that was killed
                part.unlink(missing_ok=True)
                unlock(handle)
                removed += 1
        self._begin_housekeeping()
        try:
            known = {row[0] for row in self.conn.execute("SELECT stored FROM documents")}
            for file in self.files.glob("*/*"):
                if file.relative_to(self.folder).as_posix() not in known:
                    file.unlink(missing_ok=True)
                    removed += 1
        finally:
            self.conn.execute("COMMIT")
        return removed


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view):]


def _size_of(path: Path, limits: Limits) -> int:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise UserError(Sentence("cannot-read", name=path.name, problem=error.strerror)) from None
    if size > limits.max_file_bytes:
        raise UserError(Sentence("too-large", name=path.name, size=Size(size), cap=Size(limits.max_file_bytes)))
    if size == 0:
        raise UnreadableDocument(Sentence("empty", name=path.name))
    return size


def _open_source(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except PermissionError:
        raise UserError(Sentence("no-permission", name=path.name)) from None
    except OSError as error:
        raise UserError(Sentence("cannot-read", name=path.name, problem=error.strerror)) from None


def _removal_error(title: str, error: sqlite3.DatabaseError) -> UserError:
    trouble = write_trouble(error)
    if trouble == "full":
        return UserError(Sentence("remove-disk-full", name=title))
    if trouble == "busy":
        return UserError(Sentence("remove-busy", name=title))
    return UserError(Sentence("not-removed", name=title, problem=error))


def _database_error(path: Path, error: sqlite3.DatabaseError) -> UserError:
    trouble = write_trouble(error)
    if trouble == "full":
        return UserError(Sentence("disk-full", name=path.name))
    if trouble == "busy":
        return UserError(Sentence("busy", name=path.name))
    return UserError(Sentence("not-added", name=path.name, problem=error))
