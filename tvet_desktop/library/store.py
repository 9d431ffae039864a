"""Notes, bookmarks and reading lists: the user's own writing, kept in the user database.

Every write is one short ``BEGIN IMMEDIATE`` transaction; when it returns, the data is on disk.
A write that fails raises :class:`SaveFailed` with a sentence the user can act on; nothing that
was saved before is touched. Edits carry the revision they started from, so a second window or
the command line never silently overwrites a newer text (:class:`NoteConflict`).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from ..db import ThreadConnections, write_trouble
from ..errors import UserError
from ..paths import data_dir
from ..search.compile import compile_typed
from ..search.snippets import END, START, plain_snippet, snippet_html, snippet_text
from ..text import QT_TRANSLATE_NOOP
from .database import USER_DB, Clock, UserDatabase, UserDataError, connect, utc_now
from .sentences import Sentence

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from ..catalog.records import Item
    from ..documents.records import Document
    from ..search.query import ParsedQuery


Found = TypeVar("Found")  # what a look into the notes finds (see _peek)


class SaveFailed(UserDataError):
    """A write did not happen; the text is still wherever the user typed it."""


class NoteConflict(UserDataError):
    def __init__(self, current: Note | None) -> None:
        super().__init__(Sentence("note-conflict"))
        self.current = current


class Note(NamedTuple):
    id: str
    item_id: str | None
    title: str  # a free-standing note's title, or the item's title when the note was last saved
    text: str
    revision: int
    created_at: str
    updated_at: str
    item_hash: str | None = None


class NoteHit(NamedTuple):
    note: Note
    snippet: str
    snippet_html: str


class ReadingList(NamedTuple):
    id: str
    name: str
    size: int


class ListEntry(NamedTuple):
    item_id: str
    title: str  # the item's title when it was added
    position: int


def item_text_hash(item: Item) -> str:
    """Fingerprint of what a note was written against, to tell later that the item changed."""
    import hashlib  # here, not at the top: loading it is 2 ms of start-up, and no start-up step needs it

    return hashlib.sha256("\x1f".join((item.title, item.summary, item.body)).encode()).hexdigest()[:16]


_NOTE_COLUMNS = "id, item_id, title, text, revision, created_at, updated_at, item_hash"


class NotesStore:
    """The user's notes, bookmarks and reading lists. Writes go through ``conn`` on the thread that opened the
    store (the GUI thread in the window); reads work on any thread, a background search's included, each other
    thread reading through a read-only connection of its own."""

    def __init__(self, conn: sqlite3.Connection, clock: Clock = utc_now, database: UserDatabase | None = None) -> None:
        self.conn, self.clock, self.database = conn, clock, database
        # Why nothing can be saved (a full disk, a read-only folder), or None: the notes are still readable.
        self.read_only = database.read_only if database else None
        self._owner = threading.get_ident()
        self._batch = False  # inside all_or_nothing(): writes join its one transaction
        readers = database.reader_uri if database and database.reader_uri else \
            Path(conn.execute("PRAGMA database_list").fetchone()[2])
        self._readers = ThreadConnections(readers, lambda: UserDataError(Sentence("notes-closed")))
        self._data_version = self._version()

    @property
    def _read(self) -> sqlite3.Connection:
        return self.conn if threading.get_ident() == self._owner else self._readers.conn

    def close(self) -> None:
        self._readers.close()
        self.conn.close()

    def changed_elsewhere(self) -> bool:
        """Whether another program (the command line, say) wrote to the notes since this was last asked (never
        once the store is closed)."""
        version = self._version()
        changed, self._data_version = None not in (version, self._data_version) and version != self._data_version, \
            version
        return changed

    def _version(self) -> int | None:
        """SQLite's count of other connections' commits (None once closed)."""
        try:
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.ProgrammingError:
            return None

    def _now(self) -> str:
        return self.clock().strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise SaveFailed(Sentence("not-saved-read-only", reason=self.read_only))
        if self._batch:
            yield self.conn  # all_or_nothing() commits or rolls back
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            raise _save_failed(error) from error
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            self._rollback()
            raise _save_failed(error) from error
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextmanager
    def all_or_nothing(self) -> Iterator[None]:
        """Every write inside is one transaction: when anything in it fails, nothing of it is kept."""
        with self._write():
            self._batch = True
            try:
                yield
            finally:
                self._batch = False

    # -- notes -------------------------------------------------------------------------------
    def _note(self, where: str, value: str) -> Note | None:
        row = self._read.execute(f"SELECT {_NOTE_COLUMNS} FROM notes WHERE {where} = ?", (value,)).fetchone()
        return Note(*row) if row else None

    def note_for_item(self, item_id: str) -> Note | None:
        return self._note("item_id", item_id)

    def get_note(self, note_id: str) -> Note | None:
        return self._note("id", note_id)

    def list_notes(self) -> list[Note]:
        rows = self._read.execute(f"SELECT {_NOTE_COLUMNS} FROM notes ORDER BY updated_at DESC, id")
        return [Note(*row) for row in rows]

    def save_item_note(self, item_id: str, text: str, title: str, item_hash: str | None,
                       expected_revision: int | None = None) -> Note | None:
        """Create, replace or (for empty text) delete the note on ``item_id``.

        ``expected_revision`` is the revision the editor started from (0: there was no note);
        None skips the check (the command line's "set").
        """
        with self._write() as conn:
            current = self.note_for_item(item_id)
            if expected_revision is not None and (current.revision if current else 0) != expected_revision:
                raise NoteConflict(current)
            if not text.strip():
                conn.execute("DELETE FROM notes WHERE item_id = ?", (item_id,))
                return None
            now = self._now()
            if current is None:
                import uuid  # here, not at the top: uuid loads the platform module, which start-up does not need

                conn.execute("INSERT INTO notes (id, item_id, title, text, item_hash, created_at, updated_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)", (uuid.uuid4().hex, item_id, title, text, item_hash,
                                                               now, now))
            elif current.text != text or current.title != title or current.item_hash != item_hash:
                conn.execute("UPDATE notes SET text = ?, title = ?, item_hash = ?, revision = revision + 1, "
                             "updated_at = ? WHERE item_id = ?", (text, title, item_hash, now, item_id))
            return self.note_for_item(item_id)

    def create_note(self, title: str, text: str, note_id: str | None = None, item_id: str | None = None,
                    created_at: str | None = None, updated_at: str | None = None) -> Note:
        """A free-standing note (a session plan, say), or an imported one keeping its id and dates."""
        import uuid  # see save_item_note

        now = self._now()
        new_id = note_id or uuid.uuid4().hex
        with self._write() as conn:
            conn.execute("INSERT INTO notes (id, item_id, title, text, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)", (new_id, item_id, title, text, created_at or now,
                                                       updated_at or now))
        note = self.get_note(new_id)
        assert note is not None
        return note

    def update_note(self, note_id: str, text: str, title: str, expected_revision: int | None = None) -> Note:
        with self._write() as conn:
            current = self.get_note(note_id)
            if current is None or (expected_revision is not None and current.revision != expected_revision):
                raise NoteConflict(current)
            if current.text != text or current.title != title:
                conn.execute("UPDATE notes SET text = ?, title = ?, revision = revision + 1, updated_at = ? "
                             "WHERE id = ?", (text, title, self._now(), note_id))
        note = self.get_note(note_id)
        assert note is not None
        return note

    def delete_note(self, note_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def search_notes(self, query: ParsedQuery, limit: int = 50) -> list[NoteHit]:
        """Notes matching ``query``, best first, each with a snippet (one statement)."""
        expression = compile_typed(query).expression
        if not expression:
            return []
        columns = ", ".join(f"n.{column}" for column in _NOTE_COLUMNS.split(", "))
        try:
            rows = self._read.execute(
                f"SELECT {columns}, snippet(notes_fts, 1, '{START}', '{END}', '…', 16) FROM notes_fts "
                "JOIN notes n ON n.n = notes_fts.rowid WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?",
                (expression, limit)).fetchall()
        except sqlite3.OperationalError:
            return []
        hits = []
        for *note, marked in rows:
            flat = plain_snippet(marked)
            hits.append(NoteHit(Note(*note), snippet_text(flat), snippet_html(flat)))
        return hits

    # -- a new version of a document -------------------------------------------------------
    def carry_over(self, earlier_id: str, new_id: str, title: str) -> None:
        """Move the note, bookmark and reading-list entries on ``earlier_id`` to ``new_id`` (a handout that
        changed in its folder), all or nothing. What the new version already has stays: a note of its own
        keeps the earlier one apart (shown as a note on a removed document); a bookmark or list entry is
        there once. Its place in each list is kept."""
        with self._write() as conn:
            conn.execute("UPDATE OR IGNORE notes SET item_id = ? WHERE item_id = ?", (new_id, earlier_id))
            conn.execute("UPDATE OR IGNORE bookmarks SET item_id = ?, title = ? WHERE item_id = ?",
                         (new_id, title, earlier_id))
            conn.execute("DELETE FROM bookmarks WHERE item_id = ?", (earlier_id,))
            conn.execute("UPDATE OR IGNORE reading_list_items SET item_id = ?, title = ? WHERE item_id = ?",
                         (new_id, title, earlier_id))
            conn.execute("DELETE FROM reading_list_items WHERE item_id = ?", (earlier_id,))

    def carry_over_versions(self, replaced: Sequence[tuple[Document, Document]]
                            ) -> tuple[list[Document], UserError | None]:
        """:meth:`carry_over` for each (earlier, new) version of a document (a folder read again); the earlier
        versions whose note, bookmark and list places moved, which the caller may now retire, and why the
        others did not (the notes cannot be written now: the first failure stops it, the rest would fail alike)."""
        moved: list[Document] = []
        for earlier, new in replaced:
            try:
                self.carry_over(earlier.id, new.id, new.title)
            except UserError as error:
                return moved, error
            moved.append(earlier)
        return moved, None

    # -- bookmarks ---------------------------------------------------------------------------
    def is_bookmarked(self, item_id: str) -> bool:
        return self._read.execute("SELECT 1 FROM bookmarks WHERE item_id = ?", (item_id,)).fetchone() is not None

    def set_bookmark(self, item_id: str, title: str, on: bool) -> None:
        with self._write() as conn:
            if on:
                conn.execute("INSERT OR IGNORE INTO bookmarks VALUES (?, ?, ?)", (item_id, title, self._now()))
            else:
                conn.execute("DELETE FROM bookmarks WHERE item_id = ?", (item_id,))

    def bookmarks(self) -> list[ListEntry]:
        rows = self._read.execute("SELECT item_id, title FROM bookmarks ORDER BY created_at DESC, item_id")
        return [ListEntry(item_id, title, position) for position, (item_id, title) in enumerate(rows)]

    # -- reading lists -----------------------------------------------------------------------
    def lists(self) -> list[ReadingList]:
        rows = self._read.execute(
            "SELECT l.id, l.name, count(i.item_id) FROM reading_lists l "
            "LEFT JOIN reading_list_items i ON i.list_id = l.id GROUP BY l.id ORDER BY l.name COLLATE NOCASE")
        return [ReadingList(*row) for row in rows]

    def find_list(self, name_or_id: str) -> ReadingList | None:
        return next((rl for rl in self.lists() if name_or_id in (rl.id, rl.name)), None)

    def find_list_typed(self, name_or_id: str) -> ReadingList | None:
        """A reading list by id or name, the name as a terminal lets it be typed (any case, "-" for "—") when one
        list alone has it so."""
        lists = self.lists()
        alike = _alike(lists, name_or_id)
        return next((rl for rl in lists if name_or_id in (rl.id, rl.name)), alike[0] if len(alike) == 1 else None)

    def lists_like(self, name: str) -> list[ReadingList]:
        """The reading lists whose name is ``name`` as a terminal lets it be typed (any case, "-" for "—")."""
        return _alike(self.lists(), name)

    def create_list(self, name: str, list_id: str | None = None) -> ReadingList:
        name = name.strip()
        if not name:
            raise SaveFailed(Sentence("list-needs-name"))
        if self.find_list(name):
            raise SaveFailed(Sentence("list-exists", name=name))
        import uuid  # see save_item_note

        now = self._now()
        with self._write() as conn:
            conn.execute("INSERT INTO reading_lists VALUES (?, ?, ?, ?)", (list_id or uuid.uuid4().hex, name, now, now))
        created = self.find_list(name)
        assert created is not None
        return created

    def rename_list(self, list_id: str, name: str) -> None:
        name = name.strip()
        if not name:
            raise SaveFailed(Sentence("list-needs-name"))
        other = self.find_list(name)
        if other is not None and other.id != list_id:
            raise SaveFailed(Sentence("list-exists", name=name))
        with self._write() as conn:
            conn.execute("UPDATE reading_lists SET name = ?, updated_at = ? WHERE id = ?", (name, self._now(), list_id))

    def delete_list(self, list_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM reading_lists WHERE id = ?", (list_id,))

    def list_items(self, list_id: str) -> list[ListEntry]:
        rows = self._read.execute("SELECT item_id, title, position FROM reading_list_items WHERE list_id = ? "
                                 "ORDER BY position", (list_id,))
        return [ListEntry(*row) for row in rows]

    def add_to_list(self, list_id: str, item_id: str, title: str) -> bool:
        """Append ``item_id`` (once); returns False when it was already there."""
        with self._write() as conn:
            end = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM reading_list_items WHERE list_id = ?",
                               (list_id,)).fetchone()[0]
            added = conn.execute("INSERT OR IGNORE INTO reading_list_items VALUES (?, ?, ?, ?, ?)",
                                 (list_id, item_id, title, end, self._now())).rowcount
            conn.execute("UPDATE reading_lists SET updated_at = ? WHERE id = ?", (self._now(), list_id))
        return bool(added)

    def remove_from_list(self, list_id: str, item_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM reading_list_items WHERE list_id = ? AND item_id = ?", (list_id, item_id))
            self._renumber(conn, list_id, [e.item_id for e in self.list_items(list_id)])

    def move_in_list(self, list_id: str, item_id: str, new_position: int) -> None:
        with self._write() as conn:
            order = [e.item_id for e in self.list_items(list_id)]
            if item_id not in order:
                return
            order.remove(item_id)
            order.insert(max(0, min(new_position, len(order))), item_id)
            self._renumber(conn, list_id, order)

    @staticmethod
    def _renumber(conn: sqlite3.Connection, list_id: str, order: list[str]) -> None:
        conn.executemany("UPDATE reading_list_items SET position = ? WHERE list_id = ? AND item_id = ?",
                         [(position, list_id, item_id) for position, item_id in enumerate(order)])


def _save_failed(error: sqlite3.DatabaseError) -> SaveFailed:
    trouble = write_trouble(error)
    if trouble == "full":
        return SaveFailed(Sentence("not-saved-disk-full"))
    if trouble == "read-only":
        return SaveFailed(Sentence("not-saved-folder-read-only"))
    if trouble == "busy":
        return SaveFailed(Sentence("not-saved-busy"))
    return SaveFailed(Sentence("not-saved", problem=error))


GONE_FROM_CATALOGUE = QT_TRANSLATE_NOOP("library", "no longer in the catalogue")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")  # hyphens, en and em dashes, minus: typed as "-"


def _alike(lists: list[ReadingList], name: str) -> list[ReadingList]:
    return [rl for rl in lists if _loose(rl.name) == _loose(name)]


def _loose(name: str) -> str:
    return " ".join(_DASHES.sub("-", name).casefold().split())


def note_status(note: Note, item: Item | None) -> str | None:
    """What a reader should know about a note's item: gone from the catalogue, or changed since."""
    if note.item_id is None:
        return None
    if item is None:
        return GONE_FROM_CATALOGUE
    if note.item_hash and note.item_hash != item_text_hash(item):
        return QT_TRANSLATE_NOOP("library", "the item has changed since this note was written")
    return None


def find_in_notes(query: ParsedQuery, limit: int, folder: Path | None = None) -> list[NoteHit] | None:
    """The notes matching ``query``, best first, read as :func:`_peek` reads; None when they cannot be read."""
    nothing: list[NoteHit] = []
    return _peek(lambda store: store.search_notes(query, limit), nothing, folder)


def has_note_on(item_id: str, folder: Path | None = None) -> bool | None:
    """Whether the user wrote a note on ``item_id``, read as :func:`_peek` reads; None when the notes cannot be
    read."""
    return _peek(lambda store: store.note_for_item(item_id) is not None, False, folder)


def _peek(read: Callable[[NotesStore], Found], none_yet: Found, folder: Path | None) -> Found | None:
    """What ``read`` finds in the user's notes, read without opening the store (no new database, backup, check
    or migration: nothing made or changed by looking); ``none_yet`` when there are no notes yet, None when they
    cannot be read."""
    path = (folder or data_dir()) / USER_DB
    if not path.exists():
        return none_yet
    try:
        with closing(connect(path, read_only=True)) as conn:
            return read(NotesStore(conn))
    except sqlite3.Error:
        return None


def open_notes(folder: Path | None = None, clock: Clock = utc_now, backup: bool = True) -> NotesStore:
    """The user's notes store under ``folder`` (default: the user data folder), backed up once a day."""
    database = UserDatabase(folder or data_dir(), clock)
    store = NotesStore(database.open(), clock, database)
    if backup:
        daily_backup(store)
    return store


def daily_backup(store: NotesStore) -> None:
    """Make the day's backup if there is none yet (none for notes that cannot be changed: nothing is new)."""
    if store.database is None or store.read_only:
        return
    try:
        store.database.backup_if_older_than(store.conn, hours=24)
    except (UserError, OSError, sqlite3.DatabaseError) as error:
        # A failed backup must not keep anyone from their notes; the next start tries again.
        from ..logs import logger  # imported on failure only: logging costs start-up ~2 ms

        logger(__name__).warning("The daily backup of your notes was not made: %s", error)
