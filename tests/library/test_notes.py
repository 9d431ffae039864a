"""Notes, bookmarks and reading lists: what users write comes back exactly, and is never lost."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.library import transfer
from tvet_desktop.library.backups import is_healthy
from tvet_desktop.library.database import UserDatabase, UserDataCorrupt, UserDataError, connect
from tvet_desktop.library.export_format import NotAnExport
from tvet_desktop.library.migrations import MIGRATIONS
from tvet_desktop.library.store import NoteConflict, NotesStore, SaveFailed, item_text_hash, note_status, open_notes
from tvet_desktop.search.query import parse

from ..conftest import ITEMS, write_source

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

TEXTS = {
    "plain": "Use in week 3.",
    "unicode": "Ünïcödé — “quotes” — naïve café",
    "rtl": "مرحبا بالمدربين — שלום למורים",
    "emoji": "Great for apprentices 👩‍🏭🔥 ✔︎",
    "whitespace": "  leading\n\n\ttabs\r\nwindows line\n  trailing  \n\n",
    "control": "nul\x00inside and \x1b escape",
    "big": ("A long note line with some words. " * 30_000)[:1_000_000],
}


@pytest.fixture
def store(data_dir: Path) -> Iterator[NotesStore]:
    opened = open_notes(data_dir)
    yield opened
    opened.close()


@pytest.mark.parametrize("name", list(TEXTS))
def test_note_text_round_trips_exactly(store: NotesStore, data_dir: Path, name: str) -> None:
    store.save_item_note("welding-safety-guide", TEXTS[name], "Welding safety", None)
    store.close()
    reopened = open_notes(data_dir)
    note = reopened.note_for_item("welding-safety-guide")
    reopened.close()
    assert note is not None and note.text == TEXTS[name]


def test_edits_bump_revision_and_conflicts_keep_both_texts(store: NotesStore) -> None:
    first = store.save_item_note("x", "one", "X", None, expected_revision=0)
    assert first is not None and first.revision == 1
    second = store.save_item_note("x", "two", "X", None, expected_revision=1)
    assert second is not None and second.revision == 2
    with pytest.raises(NoteConflict) as conflict:
        store.save_item_note("x", "stale editor text", "X", None, expected_revision=1)
    assert conflict.value.current is not None and conflict.value.current.text == "two"
    assert store.note_for_item("x").text == "two"  # type: ignore[union-attr]


def test_saving_the_same_text_changes_nothing(store: NotesStore) -> None:
    first = store.save_item_note("x", "same", "X", None)
    again = store.save_item_note("x", "same", "X", None)
    assert first == again


def test_empty_text_deletes_the_note(store: NotesStore) -> None:
    store.save_item_note("x", "text", "X", None)
    assert store.save_item_note("x", "  \n", "X", None) is None
    assert store.note_for_item("x") is None


def test_free_standing_notes(store: NotesStore) -> None:
    note = store.create_note("Session plan — week 3", "1. Safety\n2. Practice")
    updated = store.update_note(note.id, "1. Safety\n2. Practice\n3. Quiz", note.title, expected_revision=1)
    assert updated.revision == 2 and store.list_notes()[0].item_id is None
    with pytest.raises(NoteConflict):
        store.update_note(note.id, "old", note.title, expected_revision=1)


def test_bookmarks(store: NotesStore) -> None:
    store.set_bookmark("a", "Item A", True)
    store.set_bookmark("a", "Item A", True)
    store.set_bookmark("b", "Item B", True)
    assert {b.item_id for b in store.bookmarks()} == {"a", "b"} and store.is_bookmarked("a")
    store.set_bookmark("a", "Item A", False)
    assert not store.is_bookmarked("a")


def test_reading_lists_order_and_membership(store: NotesStore) -> None:
    week3 = store.create_list("Welding — week 3")
    week4 = store.create_list("Welding — week 4")
    for item in ("a", "b", "c"):
        store.add_to_list(week3.id, item, item.upper())
    assert store.add_to_list(week4.id, "a", "A") and not store.add_to_list(week3.id, "a", "A")
    store.move_in_list(week3.id, "c", 0)
    assert [e.item_id for e in store.list_items(week3.id)] == ["c", "a", "b"]
    store.remove_from_list(week3.id, "a")
    assert [(e.item_id, e.position) for e in store.list_items(week3.id)] == [("c", 0), ("b", 1)]
    assert [e.item_id for e in store.list_items(week4.id)] == ["a"]
    with pytest.raises(SaveFailed, match="already a reading list"):
        store.create_list("Welding — week 3")
    store.delete_list(week4.id)
    assert [rl.name for rl in store.lists()] == ["Welding — week 3"]


def test_a_new_version_of_a_document_takes_over_its_note_bookmark_and_list_places(store: NotesStore) -> None:
    week3 = store.create_list("Welding — week 3")
    week4 = store.create_list("Welding — week 4")
    for item in ("a", "old", "c"):
        store.add_to_list(week3.id, item, item)
    store.add_to_list(week4.id, "new", "Handout (corrected)")  # the new version already listed there
    store.add_to_list(week4.id, "old", "Handout")
    store.set_bookmark("old", "Handout", True)
    store.save_item_note("old", "Use with the second-year group", "Handout", None)

    store.carry_over("old", "new", "Handout (corrected)")

    note = store.note_for_item("new")
    assert note is not None and note.text == "Use with the second-year group" and store.note_for_item("old") is None
    assert [(b.item_id, b.title) for b in store.bookmarks()] == [("new", "Handout (corrected)")]
    assert [e.item_id for e in store.list_items(week3.id)] == ["a", "new", "c"]  # in the earlier one's place
    assert [e.item_id for e in store.list_items(week4.id)] == ["new"]  # once


def test_a_new_version_with_a_note_of_its_own_keeps_both_notes(store: NotesStore) -> None:
    store.save_item_note("old", "Written on the first version", "Handout", None)
    store.save_item_note("new", "Written on the corrected one", "Handout", None)
    store.carry_over("old", "new", "Handout")
    old, new = store.note_for_item("old"), store.note_for_item("new")
    assert old is not None and old.text == "Written on the first version"  # shown as a removed document's note
    assert new is not None and new.text == "Written on the corrected one"


def test_search_notes_ranks_and_highlights(store: NotesStore) -> None:
    store.save_item_note("a", "Remember the welding masks for apprentices.", "A", None)
    store.create_note("Plan", "Nothing about that here.")
    hits = store.search_notes(parse("masks"))
    assert [h.note.item_id for h in hits] == ["a"] and "<b>masks</b>" in hits[0].snippet_html
    assert store.search_notes(parse('"')) == [] and store.search_notes(parse("")) == []


def _fill(store: NotesStore) -> None:
    store.save_item_note("welding-safety-guide", TEXTS["rtl"], "Welding safety guide for trainers", "h1")
    store.create_note("Session plan", TEXTS["emoji"])
    store.set_bookmark("greening-tvet", "Greening TVET", True)
    course = store.create_list("Welding — week 3")
    store.add_to_list(course.id, "welding-safety-guide", "Welding safety guide for trainers")
    store.add_to_list(course.id, "greening-tvet", "Greening TVET")


def _content(store: NotesStore) -> tuple:  # type: ignore[type-arg]
    notes = sorted((n.id, n.item_id, n.title, n.text, n.created_at, n.updated_at) for n in store.list_notes())
    lists = [(rl.name, [(e.item_id, e.title) for e in store.list_items(rl.id)]) for rl in store.lists()]
    return notes, [(b.item_id, b.title) for b in store.bookmarks()], lists


@pytest.mark.parametrize("target", ["export-folder", "export.zip"])
def test_export_then_import_into_a_fresh_folder_equals_the_original(store: NotesStore, tmp_path: Path,
                                                                    target: str) -> None:
    _fill(store)
    path = tmp_path / target
    transfer.export(store, path)
    fresh = open_notes(tmp_path / "colleague")
    report = transfer.import_(fresh, path)
    assert (report.notes, report.bookmarks, report.lists, report.list_items) == (2, 1, 1, 2)
    assert _content(fresh) == _content(store)
    again = transfer.import_(fresh, path)
    assert (again.notes, again.bookmarks, again.lists, again.list_items) == (0, 0, 0, 0)
    assert _content(fresh) == _content(store)
    fresh.close()


def test_export_is_readable_without_the_app(store: NotesStore, tmp_path: Path) -> None:
    _fill(store)
    transfer.export(store, tmp_path / "out")
    markdown = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out").rglob("*.md")}
    assert any(TEXTS["rtl"] in text and "welding-safety-guide" in text for text in markdown.values())
    assert any("1. Welding safety guide for trainers" in text for text in markdown.values())
    assert (tmp_path / "out" / "notes.json").is_file()


def test_import_keeps_both_sides_of_a_diverged_note(store: NotesStore, tmp_path: Path) -> None:
    store.save_item_note("x", "mine", "X", None)
    other = open_notes(tmp_path / "other")
    other.save_item_note("x", "theirs", "X", None)
    transfer.export(other, tmp_path / "theirs.zip")
    report = transfer.import_(store, tmp_path / "theirs.zip")
    assert report.notes_as_copies == 1
    assert store.note_for_item("x").text == "mine"  # type: ignore[union-attr]
    assert any(n.text == "theirs" and n.item_id is None for n in store.list_notes())
    assert transfer.import_(store, tmp_path / "theirs.zip").notes == 0
    other.close()


def test_import_rejects_foreign_files(store: NotesStore, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.zip"
    bogus.write_bytes(b"PK not really")
    with pytest.raises(NotAnExport):
        transfer.import_(store, bogus)
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "notes.json").write_text('{"format": "something-else"}')
    with pytest.raises(NotAnExport):
        transfer.import_(store, tmp_path / "folder")


def test_export_refuses_a_non_empty_folder(store: NotesStore, tmp_path: Path) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "keep.txt").write_text("mine")
    with pytest.raises(UserDataError, match="not empty"):
        transfer.export(store, tmp_path / "busy")
    assert (tmp_path / "busy" / "keep.txt").read_text() == "mine"


def test_orphaned_and_changed_items_are_flagged(tmp_path: Path, store: NotesStore) -> None:
    build_snapshot(write_source(tmp_path / "v1", ITEMS), tmp_path / "v1.sqlite")
    with Catalog(tmp_path / "v1.sqlite") as v1:
        for item_id in ("welding-safety-guide", "greening-tvet", "digital-skills-teachers"):
            item = v1.get(item_id)
            assert item is not None
            store.save_item_note(item.id, f"note on {item.title}", item.title, item_text_hash(item))
    changed = [dict(ITEMS[1], summary="A rewritten summary."), *ITEMS[2:]]  # item 0 removed
    build_snapshot(write_source(tmp_path / "v2", changed), tmp_path / "v2.sqlite")
    with Catalog(tmp_path / "v2.sqlite") as v2:
        status = {n.item_id: note_status(n, v2.get(n.item_id or "")) for n in store.list_notes()}
    assert status == {"welding-safety-guide": "no longer in the catalogue",
                      "digital-skills-teachers": "the item has changed since this note was written",
                      "greening-tvet": None}
    orphan = store.note_for_item("welding-safety-guide")
    assert orphan is not None and orphan.title == "Welding safety guide for trainers"


def test_disk_full_keeps_earlier_notes_and_says_so(store: NotesStore) -> None:
    store.save_item_note("x", "saved before the disk filled", "X", None)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite then reports SQLITE_FULL
    with pytest.raises(SaveFailed, match="disk is full"):
        store.save_item_note("y", "z" * 200_000, "Y", None)
    assert store.note_for_item("x").text == "saved before the disk filled"  # type: ignore[union-attr]
    assert store.note_for_item("y") is None
    assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_read_only_database_says_so(store: NotesStore, data_dir: Path) -> None:
    store.save_item_note("x", "kept", "X", None)
    read_only = NotesStore(connect(data_dir / "user.sqlite", read_only=True))
    with pytest.raises(SaveFailed, match="read-only"):
        read_only.save_item_note("x", "new text", "X", None)
    read_only.close()
    assert store.note_for_item("x").text == "kept"  # type: ignore[union-attr]


def test_locked_database_says_so(store: NotesStore, data_dir: Path) -> None:
    other = sqlite3.connect(data_dir / "user.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store.conn.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(SaveFailed, match="busy"):
        store.save_item_note("x", "text", "X", None)
    other.execute("ROLLBACK")
    other.close()
    assert store.save_item_note("x", "text", "X", None) is not None


def test_backups_rotate_and_are_verified(tmp_path: Path) -> None:
    database = UserDatabase(tmp_path / "d", keep_backups=3)
    conn = database.open()
    store = NotesStore(conn)
    for n in range(5):
        store.save_item_note("x", f"version {n}", "X", None)
        database.backup(conn)
    backups = database.list_backups()
    assert len(backups) == 3 and all(is_healthy(b) for b in backups)
    assert not list((tmp_path / "d" / "backups").glob("*-wal"))
    newest = sqlite3.connect(backups[0])
    assert newest.execute("SELECT text FROM notes").fetchone() == ("version 4",)
    newest.close()
    conn.close()


def test_corrupt_database_is_set_aside_never_deleted_and_can_be_restored(tmp_path: Path) -> None:
    database = UserDatabase(tmp_path / "d")
    conn = database.open()
    NotesStore(conn).save_item_note("x", "precious", "X", None)
    database.backup(conn)
    conn.close()
    damaged = b"SQLite format 3\x00" + b"\xff" * 8000
    database.path.write_bytes(damaged)
    with pytest.raises(UserDataCorrupt) as raised:
        database.open()
    assert raised.value.set_aside.read_bytes() == damaged  # kept for whoever can rescue it
    assert raised.value.backup is not None and "notes restore" in str(raised.value)
    database.restore()
    conn = database.open()
    assert NotesStore(conn).note_for_item("x").text == "precious"  # type: ignore[union-attr]
    conn.close()


def test_migrations_run_after_a_verified_backup(tmp_path: Path) -> None:
    database = UserDatabase(tmp_path / "d")
    conn = database.open()
    NotesStore(conn).save_item_note("x", "before the upgrade", "X", None)
    conn.close()
    database = UserDatabase(tmp_path / "d", migrations=[*MIGRATIONS, ["ALTER TABLE notes ADD COLUMN colour TEXT"]])
    conn = database.open()
    assert conn.execute("PRAGMA user_version").fetchone() == (2,)
    assert NotesStore(conn).note_for_item("x").text == "before the upgrade"  # type: ignore[union-attr]
    conn.close()
    (backup,) = database.list_backups()
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone() == (1,)
    old.close()


def test_failed_migration_changes_nothing(tmp_path: Path) -> None:
    database = UserDatabase(tmp_path / "d")
    database.open().close()
    database = UserDatabase(tmp_path / "d", migrations=[*MIGRATIONS, ["CREATE TABLE t (a)", "NOT VALID SQL"]])
    with pytest.raises(UserDataError):
        database.open()
    conn = sqlite3.connect(database.path)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 't'").fetchone() == (0,)
    conn.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    database = UserDatabase(tmp_path / "d")
    conn = database.open()
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(UserDataError, match="newer TVET Desktop"):
        database.open()


def test_changes_by_another_program_are_noticed_and_a_closed_store_has_none(tmp_path: Path) -> None:
    from tvet_desktop.library.store import open_notes

    store = open_notes(tmp_path)
    assert not store.changed_elsewhere()
    store.set_bookmark("greening-tvet", "Greening TVET", True)  # its own write
    assert not store.changed_elsewhere()
    other = open_notes(tmp_path)
    other.create_list("Week 3")
    other.close()
    assert store.changed_elsewhere() and not store.changed_elsewhere()
    store.close()
    assert not store.changed_elsewhere()
