"""Schema of the user database, as numbered migrations (``PRAGMA user_version`` counts them).

Never edit a released migration: append a new one.
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    [  # 1: notes, bookmarks, reading lists, and a search index over notes
        """CREATE TABLE notes (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            item_id TEXT UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            item_hash TEXT,
            text TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        """CREATE TABLE bookmarks (
            item_id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            created_at TEXT NOT NULL)""",
        """CREATE TABLE reading_lists (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        """CREATE TABLE reading_list_items (
            list_id TEXT NOT NULL REFERENCES reading_lists(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            title TEXT NOT NULL,
            position INTEGER NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (list_id, item_id))""",
        """CREATE VIRTUAL TABLE notes_fts USING fts5(title, text, content='notes', content_rowid='n',
            tokenize='porter unicode61 remove_diacritics 2')""",
        """CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
            INSERT INTO notes_fts(rowid, title, text) VALUES (new.n, new.title, new.text); END""",
        """CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
            INSERT INTO notes_fts(notes_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text); END""",
        """CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
            INSERT INTO notes_fts(notes_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
            INSERT INTO notes_fts(rowid, title, text) VALUES (new.n, new.title, new.text); END""",
    ],
]
